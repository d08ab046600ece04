"""Build the docs site offline: what `nbdev_docs` + Quarto publish, without Quarto.

    python tools/docs.py [OUT_DIR]        # default: _docs/ (nbdev_docs' output folder, git-ignored)
    python tools/docs.py OUT_DIR --screenshots index.html model.html   # and PNGs of pages (headless Chromium)

Quarto cannot be installed everywhere (not on the machines this project is developed on), so this renders
the same pages with nbconvert, the maintained notebook-to-HTML library, and checks them:

1. every notebook goes through nbdev's own docs processors (`FilterDefaults`: front matter from the H1 and
   the first `>` line, `show_doc` cells added and executed, exported/hidden cells removed, symbol links),
   in memory: nothing in the repository is written;
2. nbconvert preprocessors then do what Quarto does with the result: the front matter becomes the page's
   `<title>`, `<h1>` and description; the `#|` cell options `include`, `echo`, `output` (`false`, `asis`),
   `code-fold`/`code-summary`, `fig-alt`/`fig-cap` are honoured and removed; Pandoc's link attributes
   (`[source](url){target="_blank"}`) become HTML;
3. the template in `tools/docs_template/` (extending nbconvert's `lab` template) adds the navbar, the
   sidebar from `nbs/sidebar.yml`, a table of contents and previous/next links, with no `In [n]:` prompts;
   headings get Pandoc's ids, so nbdev's symbol anchors (`model.html#multitaskvit`) exist;
4. links are resolved like Quarto resolves them: `05_model.ipynb` -> `model.html` (the page's
   `output-file`) and nbdev's symbol links to the published site (`settings.ini` `doc_host`+`doc_baseurl`)
   -> the local page;
5. `check_site` checks the result: every local link and anchor resolves, every page has a title and an
   `<h1>`, every image alt text, and no Quarto markup, front matter or `#|` directive is left in the text.

Exits 1 when a notebook cannot be processed, a processed notebook is not valid nbformat, nbconvert logs an
error, or `check_site` finds a problem.
"""
from __future__ import annotations

import html, json, logging, os, re, shutil, sys, warnings
from pathlib import Path
from urllib.parse import unquote, urlsplit

import nbformat, yaml
from bs4 import BeautifulSoup
from jinja2 import pass_context
from nbconvert import HTMLExporter
from nbconvert.filters.markdown_mistune import IPythonRenderer, MarkdownWithMath
from nbconvert.preprocessors import Preprocessor
from traitlets import Dict, Unicode

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TEMPLATE = 'docs_template'

# --------------------------------------------------------------------------------------------- nbdev step

def nbdev_process(path: Path) -> nbformat.NotebookNode:
    "The notebook at `path` as `nbdev_docs` hands it to Quarto (nbdev's `FilterDefaults` processors), as nbformat."
    from execnb.nbio import nb2dict, read_nb
    from nbdev.processors import FilterDefaults
    nb = read_nb(path)
    old = os.environ.get('IN_TEST')
    os.environ['IN_TEST'] = '1'  # as nbdev's own docs processing (serve_drv) does
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            FilterDefaults()(nb)
    finally:
        if old is None: os.environ.pop('IN_TEST', None)
        else: os.environ['IN_TEST'] = old
    # nbdev runs every cell that has an import to render show_doc; a cell that also does work (trains, writes
    # files) runs during the docs build too. nbdev warns with the whole cell: one line per cell here.
    for w in caught:
        msg = str(w.message)
        if 'imports and other code' in msg:
            first = next((l for l in msg.split('---')[1].splitlines() if l.strip()), '') if '---' in msg else ''
            print(f"  nbdev: {path.name}: a cell mixes imports with other code, so it runs during the docs build: "
                  f"{first[:70]!r}", file=sys.stderr)
        else: print(f"  nbdev: {path.name}: {msg.strip()[:300]}", file=sys.stderr)
    d = nb2dict(nb)
    # nbdev marks the show_doc cells it adds with a private `has_sd` key (processors.add_show_docs) that it
    # writes into the notebook; Quarto ignores it, nbformat rejects it ("'has_sd' was unexpected").
    for c in d['cells']: c.pop('has_sd', None)
    nb = nbformat.reads(json.dumps(d), as_version=4)  # joins the line lists into strings
    nbformat.validate(nb)  # raises on anything else that is not valid nbformat
    return nb


_re_fm = re.compile(r'^---\s*\n(.*?)\n---\s*$', re.S)

def front_matter(nb) -> dict:
    "The YAML front matter nbdev put in the notebook's first raw cell (`{}` if none)."
    for c in nb.cells:
        if c.cell_type == 'raw':
            m = _re_fm.match(c.source.strip())
            if m: return yaml.safe_load(m.group(1)) or {}
    return {}


def nb_page_name(nb_path: Path) -> str:
    "The `output-file` nbdev gives a notebook (`05_model.ipynb` -> `model.html`), as its symbol links assume."
    from nbdev.doclinks import _nbpath2html
    return _nbpath2html(Path(nb_path)).name


def page_name(nb_path: Path, fm: dict) -> str:
    "The page Quarto writes for a notebook: its front matter's `output-file`, else nbdev's name for it."
    return fm.get('output-file') or nb_page_name(nb_path)

# ------------------------------------------------------------------------------------ nbconvert preprocessors

class FrontMatterPreprocessor(Preprocessor):
    "Remove the front-matter raw cell; its title and description go to `resources['page']` for the template."
    def preprocess(self, nb, resources):
        fm = front_matter(nb)
        nb.cells = [c for c in nb.cells if not (c.cell_type == 'raw' and _re_fm.match(c.source.strip()))]
        title = fm.get('title') or resources['metadata']['name']
        resources.setdefault('page', {}).update(title=title, description=fm.get('description', ''))
        site = resources.get('site', {}).get('title')
        nb.metadata['title'] = f"{title} – {site}" if site and site != title else title  # the page's <title>
        return nb, resources


_re_opt = re.compile(r'^#\|\s*([\w-]+)\s*:\s*(.*?)\s*$')
_re_opt_any = re.compile(r'^#\|')

def cell_options(source: str) -> tuple[dict, str]:
    "Quarto's `#| key: value` options at the top of a code cell, and the source without them."
    lines, opts = source.splitlines(), {}
    i = 0
    while i < len(lines) and (_re_opt_any.match(lines[i]) or not lines[i].strip()):
        m = _re_opt.match(lines[i])
        if m:
            try: opts[m.group(1)] = yaml.safe_load(m.group(2)) if m.group(2) else True
            except yaml.YAMLError: opts[m.group(1)] = m.group(2)
        i += 1
    return opts, '\n'.join(lines[i:])


_re_heading = re.compile(r'^(#{1,6})\s+(.+?)\s*#*\s*$', re.M)

def _heading_text(md: str) -> str:
    hs = _re_heading.findall(md)
    return re.sub(r'[`*_\[\]]|\(.*?\)', '', hs[-1][1]).strip() if hs else ''


class QuartoOptionsPreprocessor(Preprocessor):
    """Honour Quarto's cell options as Quarto does, then remove them from the code shown.

    `include: false` drops the cell, `echo: false` hides its code, `output: false` its outputs,
    `output: asis` shows printed text as Markdown; `code-fold`/`code-summary` fold the code;
    `fig-alt` (else `fig-cap`, else "<page>: figure n, <section>") is the alt text of the cell's images and
    `fig-cap` their caption. Code cells left with neither code nor output are dropped."""
    def preprocess(self, nb, resources):
        page, cells, nfig, section = resources.get('page', {}).get('title', ''), [], 0, ''
        for cell in nb.cells:
            if cell.cell_type == 'markdown':
                section = _heading_text(cell.source) or section
                cells.append(cell); continue
            if cell.cell_type != 'code': cells.append(cell); continue
            opts, cell.source = cell_options(cell.source)
            if opts.get('include') is False: continue
            md = cell.setdefault('metadata', {})
            if opts.get('echo') is False or not cell.source.strip():
                md.setdefault('transient', {})['remove_source'] = True
            if opts.get('output') is False: cell.outputs = []
            if opts.get('output') == 'asis':
                for o in cell.outputs:
                    if o.output_type == 'stream' and o.name == 'stdout':
                        o.output_type, o.data, o.metadata = 'display_data', {'text/markdown': o.pop('text')}, {}
                        o.pop('name')
            if opts.get('code-fold') not in (None, False):
                md['docs_fold'] = dict(open=opts['code-fold'] == 'show', summary=opts.get('code-summary', 'Code'))
            for o in cell.outputs:
                if o.output_type in ('display_data', 'execute_result') and \
                        any(k.startswith('image/') for k in o.get('data', {})):
                    nfig += 1
                    alt = opts.get('fig-alt') or opts.get('fig-cap') or \
                        f"{page}: figure {nfig}" + (f", {section}" if section else '')
                    o.setdefault('metadata', {})['docs_alt'] = str(alt)
                    if opts.get('fig-cap'): o.metadata['docs_caption'] = str(opts['fig-cap'])
            if md.get('transient', {}).get('remove_source') and not cell.outputs: continue
            cells.append(cell)
        nb.cells = cells
        return nb, resources


# Pandoc's link attributes, as nbdev's show_doc writes them: [source](url){target="_blank" style="..."}
_re_link_attrs = re.compile(r'\[([^\]\n]*)\]\(([^)\s]+)\)\{([^}\n]*)\}')
_re_attr = re.compile(r'([\w-]+)="([^"]*)"|\.([\w-]+)|#([\w-]+)')
# a fenced code block (show_doc's signature) that holds Markdown links: [`MTViTConfig`](url)
_re_fence = re.compile(r'^```(\w*)\n(.*?)^```\s*$', re.S | re.M)
_re_md_link = re.compile(r'\[([^\]\n]+)\]\(([^)\s]+)\)')

def _attrs_html(attrs: str) -> str:
    kv, classes = [], []
    for k, v, cls, id_ in _re_attr.findall(attrs):
        if k: kv.append(f'{k}="{html.escape(v)}"')
        elif cls: classes.append(cls)
        elif id_: kv.append(f'id="{id_}"')
    if classes: kv.append(f'class="{" ".join(classes)}"')
    return ' '.join(kv)

def _sig_html(code: str) -> str:
    "A code block with Markdown links as a <pre> whose links work (Pandoc would print them as text)."
    out, pos = [], 0
    for m in _re_md_link.finditer(code):
        out.append(html.escape(code[pos:m.start()]))
        out.append(f'<a href="{html.escape(m.group(2))}">{html.escape(m.group(1).strip("`"))}</a>')
        pos = m.end()
    out.append(html.escape(code[pos:]))
    return '<pre class="signature"><code>' + ''.join(out).strip('\n') + '</code></pre>\n'

def pandoc_markdown(md: str) -> str:
    "The Pandoc-only Markdown nbdev writes, as HTML that any Markdown renderer passes through."
    md = _re_link_attrs.sub(lambda m: f'<a href="{html.escape(m.group(2))}" {_attrs_html(m.group(3))}>{m.group(1)}</a>', md)
    return _re_fence.sub(lambda m: _sig_html(m.group(2)) if _re_md_link.search(m.group(2)) else m.group(0), md)


class PandocMarkdownPreprocessor(Preprocessor):
    "Apply `pandoc_markdown` to Markdown cells and Markdown outputs (show_doc)."
    def preprocess(self, nb, resources):
        for cell in nb.cells:
            if cell.cell_type == 'markdown': cell.source = pandoc_markdown(cell.source)
            for o in cell.get('outputs', []):
                if 'text/markdown' in o.get('data', {}):
                    o.data['text/markdown'] = pandoc_markdown(o.data['text/markdown'])
        return nb, resources

# ------------------------------------------------------------------------------------------- the exporter

def pandoc_id(text: str) -> str:
    "Pandoc's (so Quarto's) automatic heading identifier."
    s = re.sub(r'[^\w\s.-]', '', text, flags=re.UNICODE)
    s = re.sub(r'\s+', '-', s.strip()).lower()
    s = re.sub(r'^[^a-z]+', '', s)
    return s or 'section'


class _Renderer(IPythonRenderer):
    "nbconvert's Markdown renderer with Pandoc's heading ids, unique within the page."
    def __init__(self, ids: dict, **kw):
        super().__init__(**kw); self.ids = ids

    def heading(self, text, level, **attrs):
        plain = BeautifulSoup(text, 'html.parser').get_text()
        base = pandoc_id(plain); n = self.ids.get(base, 0); self.ids[base] = n + 1
        hid = base if n == 0 else f'{base}-{n}'
        return f'<h{level} id="{hid}" class="anchored">{text}<a class="anchor-link" href="#{hid}">¶</a></h{level}>\n'


class DocsExporter(HTMLExporter):
    "HTMLExporter with the docs template, Quarto's preprocessors and Pandoc heading ids."
    site = Dict(help="site-wide data for the template: title, sidebar, pages").tag(config=True)
    page_file = Unicode('').tag(config=True)

    def __init__(self, **kw):
        super().__init__(**kw)
        self.exclude_input_prompt = self.exclude_output_prompt = True
        for p in (FrontMatterPreprocessor, QuartoOptionsPreprocessor, PandocMarkdownPreprocessor):
            self.register_preprocessor(p(parent=self), enabled=True)
        self._ids = {}

    @property
    def extra_template_basedirs(self): return [str(HERE)]

    def _template_name_default(self): return TEMPLATE

    @pass_context
    def markdown2html(self, context, source):
        cell = context.get('cell', {})
        r = _Renderer(self._ids, escape=False, attachments=cell.get('attachments', {}),
                      embed_images=self.embed_images, path=context.get('resources', {}).get('metadata', {}).get('path', ''),
                      anchor_link_text=self.anchor_link_text, exclude_anchor_links=False, **self.lexer_options)
        return MarkdownWithMath(renderer=r).render(source)

    def inline_markdown(self, source):
        "Markdown for one line (a description) without the <p>."
        out = MarkdownWithMath(renderer=IPythonRenderer(escape=False, exclude_anchor_links=True)).render(source).strip()
        return re.sub(r'^<p>(.*)</p>$', r'\1', out, flags=re.S)

    def default_filters(self):
        yield from super().default_filters()
        yield ('markdown2html', self.markdown2html)
        yield ('inline_markdown', self.inline_markdown)

    def from_notebook_node(self, nb, resources=None, **kw):
        self._ids = {}
        resources = self._init_resources(resources)
        resources['site'] = self.site
        resources['page_file'] = self.page_file
        return super().from_notebook_node(nb, resources, **kw)

# ----------------------------------------------------------------------------------------------- the site

def _sidebar(contents, titles, files):
    "nbs/sidebar.yml contents as [{'section', 'children'} | {'title', 'href'}] with page titles and file names."
    res = []
    for o in contents:
        if isinstance(o, str): res.append(dict(title=titles[o], href=files[o], nb=o))
        elif 'contents' in o: res.append(dict(section=o.get('section', ''), children=_sidebar(o['contents'], titles, files)))
        elif 'href' in o: res.append(dict(title=o.get('text') or titles.get(o['href'], o['href']),
                                          href=files.get(o['href'], o['href']), nb=o['href']))
    return res

def _flat(sb):
    for o in sb:
        if 'children' in o: yield from _flat(o['children'])
        else: yield o


def add_toc(soup: BeautifulSoup):
    "Quarto's 'On this page': the page's h2 and h3 headings, in `nav#TOC`."
    nav, main = soup.find(id='TOC'), soup.find('main')
    hs = [h for h in main.find_all(['h2', 'h3']) if h.get('id')] if main else []
    if not nav: return
    if not hs: nav.decompose(); return
    nav.append(BeautifulSoup('<div class="toc-title">On this page</div>', 'html.parser'))
    ul = soup.new_tag('ul')
    for h in hs:
        li = soup.new_tag('li', attrs={'class': f'toc-{h.name}'})
        a = soup.new_tag('a', href=f"#{h['id']}")
        a.string = h.get_text(' ', strip=True).rstrip('¶').strip()
        li.append(a); ul.append(li)
    nav.append(ul)


def resolve_links(soup: BeautifulSoup, nb_rel: Path, files: dict, site_url: str) -> list[str]:
    "Point notebook links and symbol links to the published site at the built pages; unresolved ones returned."
    bad = []
    for a in soup.find_all('a', href=True):
        href = a['href']
        if site_url and href.startswith(site_url + '/'):
            href = a['href'] = href[len(site_url) + 1:]
        u = urlsplit(href)
        if u.scheme or u.netloc or not u.path.endswith('.ipynb'): continue
        target = (nb_rel.parent / unquote(u.path)).as_posix()
        target = os.path.normpath(target)
        if target not in files: bad.append(href); continue
        a['href'] = files[target] + (f'#{u.fragment}' if u.fragment else '')
    return bad


def build(out, nbs_path: Path = None, quiet=False) -> list[Path]:
    "Build every notebook's page into `out`; returns the pages. Raises `SystemExit` on any failure."
    from nbdev.config import get_config
    from nbdev.doclinks import nbglob
    cfg = get_config(path=ROOT)
    nbs_path = Path(nbs_path or cfg.nbs_path)
    out = Path(out); out.mkdir(parents=True, exist_ok=True)
    site_url = f"{cfg.doc_host}{cfg.doc_baseurl}".rstrip('/')
    sidebar_yml = yaml.safe_load((nbs_path / 'sidebar.yml').read_text())
    nbdev_yml = yaml.safe_load((nbs_path / 'nbdev.yml').read_text())
    css = (nbs_path / 'styles.css').read_text() if (nbs_path / 'styles.css').exists() else ''

    # nbconvert logs problems (invalid notebook JSON, failed conversions) and carries on: make them fatal
    errors = []
    class _Fail(logging.Handler):
        def emit(self, rec): errors.append(self.format(rec))
    h = _Fail(level=logging.ERROR)
    for name in ('NbConvertApp', 'traitlets', 'nbconvert'): logging.getLogger(name).addHandler(h)

    paths = sorted(nbglob(nbs_path, as_path=True))
    if not paths: sys.exit(f"no notebooks under {nbs_path}")
    procd, files, titles = {}, {}, {}
    for p in paths:
        rel = p.relative_to(nbs_path).as_posix()
        try: nb = nbdev_process(p)
        except Exception as e: sys.exit(f"{rel}: nbdev's docs processing failed: {type(e).__name__}: {e}")
        fm = front_matter(nb)
        procd[rel], files[rel], titles[rel] = nb, page_name(p, fm), fm.get('title') or p.stem
        if not quiet: print(f"processed {rel} -> {files[rel]}", flush=True)

    sidebar = _sidebar(sidebar_yml['website']['sidebar']['contents'], titles, files)
    order = list(_flat(sidebar))
    site = dict(title=nbdev_yml['website'].get('title', cfg.lib_name), repo_url=nbdev_yml['website'].get('repo-url', ''),
                description=nbdev_yml['website'].get('description', ''), sidebar=sidebar, css=css)

    problems, pages = [], []
    for rel, nb in procd.items():
        i = next((k for k, o in enumerate(order) if o['nb'] == rel), None)
        page_site = dict(site, prev=order[i - 1] if i else None,
                         next=order[i + 1] if i is not None and i + 1 < len(order) else None)
        ex = DocsExporter(site=page_site, page_file=files[rel])
        body, _ = ex.from_notebook_node(nb, resources=dict(metadata=dict(name=Path(rel).stem, path=str(nbs_path))))
        soup = BeautifulSoup(body, 'html.parser')
        add_toc(soup)
        problems += [f"{rel}: link to a notebook that is not built: {b}" for b in resolve_links(soup, Path(rel), files, site_url)]
        for img in soup.find_all('img'):  # Markdown images (`![](x.png)`): a default alt, the file copied
            if not img.get('alt'): img['alt'] = f"{titles[rel]}: image {Path(urlsplit(img.get('src', '')).path).name}"
            src = img.get('src', '')
            if src and not urlsplit(src).scheme and (nbs_path / src).is_file():
                (out / src).parent.mkdir(parents=True, exist_ok=True); shutil.copy2(nbs_path / src, out / src)
        page = out / files[rel]
        page.write_text(str(soup), encoding='utf-8')
        pages.append(page)
    for name in ('NbConvertApp', 'traitlets', 'nbconvert'): logging.getLogger(name).removeHandler(h)

    problems += [f"nbconvert: {e}" for e in errors]
    problems += check_site(out, [o['href'] for o in order])
    if problems: sys.exit(f"{len(problems)} docs problem(s):\n  " + '\n  '.join(problems))
    return pages

# ---------------------------------------------------------------------------------------------- the check

_re_quarto_markup = re.compile(r'\{(?:target=|\.[\w-]+|#[\w-]+\s*\})|^:::|^#\|', re.M)
_re_raw_fm = re.compile(r'(?:^|\s)---\s+(?:description|output-file|title):|^output-file:', re.M)

def _visible_text(soup):
    s = BeautifulSoup(str(soup), 'html.parser')
    for t in s(['script', 'style', 'head']): t.decompose()
    return s.get_text('\n')

def check_site(out, sidebar_pages=()) -> list[str]:
    """Problems in the built site `out` (empty: none): broken local links or anchors, missing titles, h1s,
    alt texts, raw front matter, Quarto markup or `#|` directives, `In [n]:` prompts, links to notebooks or
    to the published site left unresolved, sidebar pages that index.html does not lead to."""
    out, problems = Path(out), []
    pages = {p.name: BeautifulSoup(p.read_text(encoding='utf-8'), 'html.parser') for p in sorted(out.glob('*.html'))}
    ids = {n: {t['id'] for t in s.find_all(id=True)} for n, s in pages.items()}
    links = {}
    for n, s in pages.items():
        title = s.title.get_text(strip=True) if s.title else ''
        if not title: problems.append(f"{n}: no <title>")
        if not s.find('h1') or not s.find('h1').get_text(strip=True): problems.append(f"{n}: no <h1>")
        for img in s.find_all('img'):
            if not (img.get('alt') or '').strip(): problems.append(f"{n}: an <img> without alt text")
        main = s.find('main') or s
        text = _visible_text(main)
        if _re_raw_fm.search(text): problems.append(f"{n}: raw front matter in the page text")
        for m in _re_quarto_markup.finditer(text): problems.append(f"{n}: Quarto markup or directive in the text: {m.group(0)!r}")
        if re.search(r'In\s*\[[\d\s]*\]:', text): problems.append(f"{n}: an In [n]: prompt")
        links[n] = set()
        for tag, attr in (('a', 'href'), ('img', 'src'), ('link', 'href'), ('script', 'src')):
            for t in s.find_all(tag, **{attr: True}):
                u = urlsplit(t[attr])
                if u.scheme in ('data', 'mailto', 'javascript') or u.netloc or u.scheme:
                    continue
                if u.path.endswith('.ipynb'): problems.append(f"{n}: link to a notebook: {t[attr]}"); continue
                target = unquote(u.path) or n
                if not (out / target).exists(): problems.append(f"{n}: broken link {t[attr]}"); continue
                if u.fragment and target.endswith('.html'):
                    if u.fragment not in ids.get(target, ()): problems.append(f"{n}: broken anchor {t[attr]}")
                if target.endswith('.html'): links[n].add(target)
    # every sidebar page can be reached from index.html by following links
    seen, todo = {'index.html'}, ['index.html']
    while todo:
        for t in links.get(todo.pop(), ()):
            if t not in seen: seen.add(t); todo.append(t)
    problems += [f"{p}: not reachable from index.html" for p in sidebar_pages if p not in seen]
    return problems


# ------------------------------------------------------------------------------------------ a real browser

BROWSER_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
                 '--disable-component-update', '--disable-sync', '--no-first-run', '--hide-scrollbars']

def find_browser():
    "A headless-capable Chromium or Chrome on PATH (`$CHROMIUM` first), or None."
    for b in (os.environ.get('CHROMIUM'), 'chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'):
        if b and shutil.which(b): return shutil.which(b)

def screenshot(page: Path, png: Path, size=(1400, 1000), browser=None, timeout=120):
    "Render `page` in headless Chromium and save a `size` screenshot to `png`."
    import subprocess, tempfile
    browser = browser or find_browser()
    if not browser: raise RuntimeError("no Chromium on PATH (Debian: apt-get install chromium)")
    with tempfile.TemporaryDirectory() as prof:
        r = subprocess.run([browser, *BROWSER_FLAGS, f'--user-data-dir={prof}', f'--window-size={size[0]},{size[1]}',
                            f'--screenshot={Path(png).resolve()}', Path(page).resolve().as_uri()],
                           capture_output=True, text=True, timeout=timeout)
    if r.returncode or not Path(png).exists(): raise RuntimeError(f"{browser} failed ({r.returncode}): {r.stderr[-2000:]}")
    return Path(png)


def main(out=None, *args):
    "`python tools/docs.py [OUT] [--screenshots PAGE ...]`: build and check; optionally screenshot pages into OUT."
    out = Path(out or ROOT / '_docs')  # where nbdev_docs writes the Quarto site (git-ignored)
    pages = build(out)
    print(f"{len(pages)} docs pages built in {out}; links, anchors, titles and alt texts checked")
    if args and args[0] == '--screenshots':
        for name in args[1:] or ['index.html']:
            print(f"screenshot: {screenshot(out / name, out / (Path(name).stem + '.png'))}")


if __name__ == '__main__': main(*sys.argv[1:])
