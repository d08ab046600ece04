"""Run every notebook exactly as `nbdev_test` does, one pytest test per notebook.

`nbdev_test` prints only `Success.` or a list of failed notebooks; wrapping each notebook in a pytest test
gives CI a count line and per-notebook failures, while the notebooks stay the only place tests are written.
"""
import subprocess, sys
from pathlib import Path

import pytest
from nbdev.doclinks import nbglob

ROOT = Path(__file__).resolve().parents[1]
# the same selection as nbdev_test: skips `_*.ipynb`, `.`-folders and `_proc`
NOTEBOOKS = sorted(nbglob(ROOT / 'nbs', as_path=True))


def test_notebooks_found():
    assert NOTEBOOKS, f"no notebooks under {ROOT / 'nbs'}"


@pytest.mark.parametrize('nb', NOTEBOOKS, ids=lambda p: p.name)
def test_notebook(nb, request):
    flags = request.config.getoption('--nb-flags')
    cmd = [str(Path(sys.executable).parent / 'nbdev_test'), '--path', str(nb), '--n_workers', '0']
    if flags: cmd += ['--flags', flags]
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0 and 'Success.' in r.stdout, (
        f"{nb.name} failed (exit {r.returncode}):\n{r.stdout[-3000:]}\n{r.stderr[-8000:]}")
