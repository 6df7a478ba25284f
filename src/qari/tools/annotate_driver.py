"""Crash-safety driver: add highlights through the app's own code path, announcing each commit.

    python -m qari.tools.annotate_driver DATA_DIR

Opens the library in DATA_DIR (as the app does: :meth:`Session.open`, which seeds
the sample article), then adds highlights over the sample article's words one after
another, forever, printing ``<uuid>`` on its own line after each one is committed.
A test kills it with SIGKILL at any moment and checks that every announced
highlight survived (tests/e2e/test_kill_safety.py).
"""

from __future__ import annotations

import re
import sys
from itertools import cycle
from pathlib import Path

from qari.core.session import Session


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    session = Session.open(Path(args[0]))
    article_id = session.library.summaries()[0].id
    text = session.library.get(article_id).text  # type: ignore[union-attr]  # listed just above
    words = [m.span() for m in re.finditer(r"\w+", text)]
    colors = cycle(("yellow", "green", "blue", "pink", "purple"))
    for start, end in cycle(words):
        a = session.annotations.add_highlight(article_id, start, end, color=next(colors), note="kill test")
        sys.stdout.write(a.uuid + "\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
