"""Build the docs pages offline: nbdev's notebook processing, then one HTML page per notebook.

    python tools/docs.py [OUT_DIR]

`nbdev_docs` needs Quarto; where Quarto is missing, `nbdev_proc_nbs` tries to install it (with sudo and a
download) and then re-installs the package. This runs the same processing without that detour
(`refresh_quarto_yml`, the module index, `proc_nbs`) and renders each processed notebook with
`jupyter nbconvert --to html`, so a page that cannot build fails here. Exits 1 on any failure.
"""
import subprocess, sys
from pathlib import Path

from nbdev.config import get_config
from nbdev.doclinks import _build_modidx, nbglob
from nbdev.quarto import refresh_quarto_yml
from nbdev.serve import proc_nbs


def main(out=None):
    cfg = get_config()
    out = Path(out or cfg.config_path / '_docs_html')
    refresh_quarto_yml()
    _build_modidx()
    cache = proc_nbs(cfg.nbs_path, n_workers=0, force=True)
    expected = sorted(p.relative_to(cfg.nbs_path) for p in nbglob(cfg.nbs_path, as_path=True))
    procd = [cache / p for p in expected]
    missing = [str(p) for p, q in zip(expected, procd) if not q.exists()]
    if missing: sys.exit(f"nbdev could not process: {', '.join(missing)}")
    out.mkdir(parents=True, exist_ok=True)
    r = subprocess.run([sys.executable, '-m', 'jupyter', 'nbconvert', '--to', 'html', '--log-level', 'WARN',
                        '--output-dir', str(out), *map(str, procd)])
    pages = [out / p.with_suffix('.html').name for p in expected]
    bad = [p.name for p in pages if not p.exists() or p.stat().st_size == 0]
    if r.returncode or bad: sys.exit(f"html pages failed to build: {bad or 'nbconvert exit ' + str(r.returncode)}")
    print(f"{len(pages)} docs pages built in {out}")


if __name__ == '__main__': main(*sys.argv[1:2])
