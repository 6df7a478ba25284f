import gc
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QARI_NO_DIALOGS"] = "1"
# The command line speaks the terminal's language (qari.cli_text): the suite's `qari` processes
# run in a neutral locale whatever the developer's is; the Arabic is tested with --lang or LANG.
for _name in ("LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"

# No per-example deadline: it would make the property tests timed ones, failing on a loaded machine
# (a 200 ms deadline was missed once at load 4 on the 2 cores). Speed lives in bench/.
# (.ci/fresh_install runs one test file in a venv with only pytest and pytest-qt: no Hypothesis there.)
try:
    from hypothesis import settings
except ImportError:
    pass
else:
    settings.register_profile("qari", deadline=None)
    settings.load_profile("qari")

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "samples" / "kim-putin-vostochny.txt"


@pytest.fixture
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


def _build_translations() -> None:
    """A bare `pytest` (not `make test`) on a fresh checkout: the .qm catalogues are build outputs
    (make i18n, or the wheel's hook); compile the missing or stale ones so that the Arabic the
    tests look for is there."""
    try:
        from qari.tools.qm import compile_ts
    except ImportError:  # an installed wheel without the build tools: it carries its own catalogues
        return
    for ts in (ROOT / "resources" / "i18n").glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            compile_ts(ts, qm)


_build_translations()


# As in the app (qari.ui.collector): cyclic garbage is collected on the main thread only, between
# tests, never by a worker thread a test left running (which would destroy Qt objects off the
# interface thread: the suite crashed so once in ~8 runs).
gc.disable()
_GC_LIMITS = gc.get_threshold()


@pytest.fixture(autouse=True)
def _collect_on_the_main_thread():
    yield
    from qari.ui.collector import collect_full

    collect_full(_GC_LIMITS)
