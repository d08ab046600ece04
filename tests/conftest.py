"pytest options for running the notebooks: `--nb-flags` is nbdev_test's `--flags` (e.g. `slow`, `cuda`)."
import os


def pytest_addoption(parser):
    parser.addoption('--nb-flags', default=os.environ.get('MTVIT_TEST_FLAGS', ''),
                     help="space-separated nbdev test flags to run too, e.g. 'slow' (env MTVIT_TEST_FLAGS)")
