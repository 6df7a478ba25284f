"""The bug log: Python ``logging`` to ``qari.log`` in the data folder, rotated (no Qt).

A bug (an exception that is not the environment's fault) is written here with its traceback;
the person is shown the file's path, never the traceback. Three old files are kept, 512 kB each.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "qari.log"
MAX_BYTES = 512 * 1024
BACKUPS = 3
logger = logging.getLogger("qari")


def setup_logging(data_dir: Path) -> Path | None:
    """Log to ``data_dir/qari.log`` (instead of any earlier folder); None when the folder cannot take it."""
    path = Path(data_dir) / LOG_NAME
    for handler in logger.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    close_logging()  # one log a process: the library folder in use
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                       encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False  # the log file only: nothing on a user's terminal
    return path


def log_bug(error: BaseException, where: str = "") -> None:
    """Write a bug and its traceback to the log."""
    from qari import __version__

    logger.error("bug%s (Qari %s): %s: %s", f" in {where}" if where else "", __version__,
                 type(error).__name__, error, exc_info=(type(error), error, error.__traceback__))
    for handler in logger.handlers:
        handler.flush()


def close_logging() -> None:
    """Close the log files (tests; the end of a process closes them anyway)."""
    for handler in list(logger.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            logger.removeHandler(handler)
            handler.close()
