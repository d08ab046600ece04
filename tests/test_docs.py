"""The docs site, built offline by `tools/docs.py` (what `nbdev_docs` + Quarto publish): a reader starting at
index.html reaches every page through the sidebar and every cross-reference by clicking, sees titles, prose,
API docs and figures, and no hidden code or Quarto markup. One build (about a minute on 2 CPU cores) is shared
by all tests; the browser test runs where Chromium is installed (Debian: `apt-get install chromium`).

Set `MTVIT_DOCS_OUT=DIR` to keep the site (and the screenshots) in DIR.
"""
import importlib.util, os, re, subprocess, sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup
from nbdev.doclinks import nbglob

ROOT = Path(__file__).resolve().parents[1]
NBS = ROOT / 'nbs'


def _load_docs():
    spec = importlib.util.spec_from_file_location('mtvit_docs_build', ROOT / 'tools' / 'docs.py')
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    return m

docs = _load_docs()


def _sidebar_nbs(contents):
    for o in contents:
        if isinstance(o, str): yield o
        elif 'contents' in o: yield from _sidebar_nbs(o['contents'])
        elif 'href' in o: yield o['href']

SIDEBAR = list(_sidebar_nbs(yaml.safe_load((NBS / 'sidebar.yml').read_text())['website']['sidebar']['contents']))


@pytest.fixture(scope='module')
def site(tmp_path_factory):
    out = Path(os.environ['MTVIT_DOCS_OUT']) if os.environ.get('MTVIT_DOCS_OUT') else tmp_path_factory.mktemp('site')
    r = subprocess.run([sys.executable, 'tools/docs.py', str(out)], cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, f"docs build failed (exit {r.returncode}):\n{r.stdout[-3000:]}\n{r.stderr[-6000:]}"
    assert 'Notebook JSON is invalid' not in r.stderr, r.stderr[-3000:]
    return out


@pytest.fixture(scope='module')
def pages(site):
    return {p.name: BeautifulSoup(p.read_text(encoding='utf-8'), 'html.parser') for p in sorted(site.glob('*.html'))}


@pytest.fixture(scope='module')
def files():
    "notebook (relative to nbs/) -> page name, as Quarto names it (the front matter's output-file)."
    res = {}
    for p in nbglob(NBS, as_path=True):
        rel = p.relative_to(NBS).as_posix()
        res[rel] = docs.nb_page_name(p)
    return res


def test_a_page_per_notebook(pages, files):
    assert sorted(pages) == sorted(files.values()), f"pages {sorted(pages)} != notebooks {sorted(files.values())}"


def test_site_check_passes(site, files):
    "The whole check: local links, anchors, titles, h1s, alt texts, no Quarto markup, reachability."
    problems = docs.check_site(site, [files[n] for n in SIDEBAR])
    assert not problems, '\n'.join(problems)


def test_links_resolve_to_pages_and_anchors(pages):
    ids = {n: {t['id'] for t in s.find_all(id=True)} for n, s in pages.items()}
    checked, bad, symbol_links = 0, [], 0
    for n, s in pages.items():
        for a in s.select('main a[href]'):
            u = urlsplit(a['href'])
            assert 'mtvit.github.io' not in u.netloc, f"{n}: link to the published site left: {a['href']}"
            assert not u.path.endswith('.ipynb'), f"{n}: link to a notebook left: {a['href']}"
            if u.scheme or u.netloc: continue
            target = u.path or n
            checked += 1
            if target not in pages: bad.append(f"{n}: {a['href']} (no page)")
            elif u.fragment and u.fragment not in ids[target]: bad.append(f"{n}: {a['href']} (no anchor)")
            if u.path and u.fragment: symbol_links += 1
    assert not bad, '\n'.join(bad)
    assert checked > 300 and symbol_links > 150, (checked, symbol_links)  # the cross-references are really there


def test_titles_descriptions_no_front_matter(pages):
    for n, s in pages.items():
        h1 = s.select_one('main h1.title')
        assert h1 and h1.get_text(strip=True), f"{n}: no title heading"
        assert s.title.get_text(strip=True).startswith(h1.get_text(strip=True)), f"{n}: <title> is not the page title"
        text = s.find('main').get_text('\n')
        assert not re.search(r'^---\s*$\s*^(description|title|output-file):', text, re.M), f"{n}: raw front matter"
        for raw in ('output-file:', '{target=', ':::', '#|'):
            assert raw not in text, f"{n}: {raw!r} shown in the page"
        assert not re.search(r'\{[.#][A-Za-z][\w-]*[\s}]', text), f"{n}: a Pandoc attribute shown in the page"
    assert s is not None
    assert pages['model.html'].select_one('main .description').get_text(strip=True), "model.html: no description"


def test_no_hidden_code_or_prompts(pages):
    for n, s in pages.items():
        code = '\n'.join(e.get_text() for e in s.select('main .jp-InputArea-editor'))
        assert 'show_doc(' not in code, f"{n}: a show_doc cell's code is shown"
        assert '#| ' not in code, f"{n}: a cell directive is shown"
        assert not s.select('.jp-InputPrompt, .jp-OutputPrompt'), f"{n}: In [n]: / Out[n]: prompts"
    # the home page's figure cell is `#| echo: false`: its plotting code is not on the page
    home = '\n'.join(e.get_text() for e in pages['index.html'].select('main .jp-InputArea-editor'))
    assert 'plt.' not in home and 'subplots' not in home, "index.html shows the figure's plotting code"


def test_api_docs_rendered(pages):
    s = pages['model.html']
    for sym in ('multitaskvit', 'create_model'):
        assert s.find(id=sym), f"model.html: no #{sym} heading"
    assert pages['config.html'].find(id='mtvitconfig'), "config.html: no #mtvitconfig heading"
    assert s.select('main pre.signature a[href]'), "model.html: signatures without links to their types"
    assert s.select('main a[target="_blank"]'), "model.html: no [source] links"


def test_sidebar_and_prev_next_on_every_page(pages, files):
    order = [files[n] for n in SIDEBAR]
    for i, name in enumerate(order):
        s = pages[name]
        side = [a['href'] for a in s.select('#quarto-sidebar a[href]')]
        assert side == order, f"{name}: sidebar {side} != {order}"
        assert [a['href'] for a in s.select('#quarto-sidebar a.active')] == [name], f"{name}: current page not marked"
        prev, nxt = s.select_one('.page-navigation a[rel=prev]'), s.select_one('.page-navigation a[rel=next]')
        assert (prev['href'] if prev else None) == (order[i - 1] if i else None), f"{name}: previous link"
        assert (nxt['href'] if nxt else None) == (order[i + 1] if i + 1 < len(order) else None), f"{name}: next link"


def test_every_image_has_alt_text(pages):
    n_img = 0
    for n, s in pages.items():
        for img in s.select('main img'):
            n_img += 1
            assert (img.get('alt') or '').strip(), f"{n}: an image without alt text"
            assert 'No description has been provided' not in img['alt'], f"{n}: nbconvert's placeholder alt text"
    assert n_img >= 10, n_img


def test_every_sidebar_page_reachable_from_index(pages, files):
    seen, todo = {'index.html'}, ['index.html']
    while todo:
        for a in pages[todo.pop()].select('a[href]'):
            u = urlsplit(a['href'])
            if not (u.scheme or u.netloc) and u.path in pages and u.path not in seen:
                seen.add(u.path); todo.append(u.path)
    assert {files[n] for n in SIDEBAR} <= seen, {files[n] for n in SIDEBAR} - seen
    # and from the home page's own text, not only from the sidebar: the reading-order table links every page
    linked = {urlsplit(a['href']).path for a in pages['index.html'].select('main a[href]')}
    assert {files[n] for n in SIDEBAR if n != 'index.ipynb'} <= linked


# ------------------------------------------------------------------------- the check itself catches problems

def test_check_site_finds_problems(tmp_path):
    (tmp_path / 'index.html').write_text(
        '<html><head><title></title></head><body><main>--- title: x output-file: a.html'
        '<p>[source](x){target="_blank"}</p><a href="b.html#nope">b</a><a href="c.ipynb">c</a>'
        '<a href="missing.html">m</a><img src="data:image/png;base64,AA=="></main></body></html>')
    (tmp_path / 'b.html').write_text('<html><head><title>B</title></head><body><main><h1>B</h1>'
                                     '<h2 id="yes">x</h2></main></body></html>')
    (tmp_path / 'lone.html').write_text('<html><head><title>L</title></head><body><main><h1>L</h1></main></body></html>')
    p = '\n'.join(docs.check_site(tmp_path, ['index.html', 'b.html', 'lone.html']))
    for want in ('index.html: no <title>', 'index.html: no <h1>', 'without alt', 'raw front matter', "'{target='",
                 'broken anchor b.html#nope', 'link to a notebook', 'broken link missing.html', 'lone.html: not reachable'):
        assert want in p, f"check_site missed {want!r}:\n{p}"


def test_cell_options_and_pandoc_markup():
    opts, src = docs.cell_options('#| echo: false\n#| fig-alt: "a plot"\n#| output: asis\nprint(1)')
    assert opts == {'echo': False, 'fig-alt': 'a plot', 'output': 'asis'} and src == 'print(1)'
    assert docs.pandoc_id('MultiTaskViT.forward') == 'multitaskvit.forward'
    assert docs.pandoc_id("Keypoints: relative to the instance's own box") == 'keypoints-relative-to-the-instances-own-box'
    md = docs.pandoc_markdown('[source](https://x/y.py#L3){target="_blank" style="float:right"}\n\n'
                              '```python\ndef f(a:[`T`](https://s/m.html#t))\n```\n')
    assert '<a href="https://x/y.py#L3" target="_blank" style="float:right">source</a>' in md
    assert '<pre class="signature"><code>def f(a:<a href="https://s/m.html#t">T</a>)</code></pre>' in md


def test_quarto_cell_options_rendered():
    "The cell options honoured as Quarto does, on a small notebook through the same exporter as the site."
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output, new_raw_cell
    png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='
    nb = new_notebook(cells=[
        new_raw_cell('---\ntitle: Demo page\ndescription: "A `demo`"\noutput-file: demo.html\n---'),
        new_markdown_cell('## Section one'),
        new_code_cell('#| include: false\nsecret_include = 1', outputs=[new_output('stream', name='stdout', text='gone\n')]),
        new_code_cell('#| echo: false\nsecret_echo = 2', outputs=[new_output('stream', name='stdout', text='shown-output\n')]),
        new_code_cell('#| output: false\nvisible_code = 3', outputs=[new_output('stream', name='stdout', text='hidden-output\n')]),
        new_code_cell('#| output: asis\n#| echo: false\nprint("**bold**")', outputs=[new_output('stream', name='stdout', text='**bold**\n')]),
        new_code_cell('#| fig-cap: "A caption"\nplot()', outputs=[new_output('display_data', data={'image/png': png, 'text/plain': 'fig'})]),
        new_code_cell('plot2()', outputs=[new_output('display_data', data={'image/png': png, 'text/plain': 'fig'})]),
    ])
    ex = docs.DocsExporter(site=dict(title='mtvit', sidebar=[], css=''), page_file='demo.html')
    body, _ = ex.from_notebook_node(nb, resources=dict(metadata=dict(name='demo', path='.')))
    s = BeautifulSoup(body, 'html.parser')
    text = s.find('main').get_text()
    assert s.title.get_text() == 'Demo page – mtvit' and s.select_one('h1.title').get_text() == 'Demo page'
    assert s.select_one('.description code').get_text() == 'demo'
    assert 'secret_include' not in text and 'gone' not in text
    assert 'secret_echo' not in text and 'shown-output' in text
    assert 'visible_code' in text and 'hidden-output' not in text
    assert s.select_one('main strong').get_text() == 'bold' and '**bold**' not in text
    assert '#|' not in text and 'title:' not in text and 'In [' not in text
    alts = [i['alt'] for i in s.select('main img')]
    assert alts == ['A caption', 'Demo page: figure 2, Section one'], alts
    assert s.select_one('main figcaption').get_text() == 'A caption'


# ------------------------------------------------------------------------------------------ a real browser

@pytest.mark.skipif(docs.find_browser() is None, reason="no Chromium on PATH (Debian: apt-get install chromium)")
def test_pages_render_in_a_browser(site):
    from PIL import Image, ImageStat
    for name in ('index.html', 'model.html', 'bench.html'):
        png = docs.screenshot(site / name, site / f'{Path(name).stem}.png')
        im = Image.open(png).convert('RGB')
        assert im.size == (1400, 1000), im.size
        # the navbar's blue band is on top and the page is not blank
        r, g, b = im.getpixel((700, 10))
        assert b > 180 and r < 100, f"{name}: no navbar at the top ({(r, g, b)})"
        assert ImageStat.Stat(im.crop((300, 80, 1100, 1000))).stddev[0] > 20, f"{name}: the content area is blank"
