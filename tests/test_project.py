"Checks on the project's own files: the docs sidebar and README stay in step with the notebooks."
import subprocess, sys
from configparser import ConfigParser
from pathlib import Path

import yaml
from nbdev.doclinks import nbglob

ROOT = Path(__file__).resolve().parents[1]


def _sidebar_entries(contents):
    for o in contents:
        if isinstance(o, str): yield o
        elif 'contents' in o: yield from _sidebar_entries(o['contents'])
        elif 'href' in o: yield o['href']


def test_sidebar_lists_every_notebook_once():
    side = yaml.safe_load((ROOT / 'nbs' / 'sidebar.yml').read_text())
    entries = list(_sidebar_entries(side['website']['sidebar']['contents']))
    nbs = sorted(str(p.relative_to(ROOT / 'nbs')) for p in nbglob(ROOT / 'nbs', as_path=True))
    assert sorted(entries) == nbs, f"nbs/sidebar.yml lists {sorted(entries)}, the notebooks are {nbs}"


def test_readme_is_generated_from_index():
    r = subprocess.run([sys.executable, 'tools/readme.py', '--check'], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_settings_flags_and_scripts():
    cfg = ConfigParser(delimiters=['=']); cfg.read(ROOT / 'settings.ini')
    d = cfg['DEFAULT']
    assert d['tst_flags'].split() == ['slow', 'cuda', 'notest']
    for spec in d.get('console_scripts', '').split():  # every console script points at a real function
        name, target = spec.split('=')
        mod, fn = target.split(':')
        assert (ROOT / (mod.replace('.', '/') + '.py')).exists(), f"{name}: no module {mod}"
        assert f"def {fn}(" in (ROOT / (mod.replace('.', '/') + '.py')).read_text(), f"{name}: no function {fn} in {mod}"
