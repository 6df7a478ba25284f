"""`qari` on the command line.

    qari [FILE]                         open the reader (importing FILE first)
    qari import PATH... [--json]        import files and folders into the library
    qari list [--json]                  print the library
    qari extract FILE --json            quotations, statements and entities of an article
    qari tag --conll FILE               named-entity tags, one token a line
    qari export / import-annotations    annotations out and in
    qari screenshot OUT.png [FILE]      render the window to a PNG
    qari --install-desktop              add Qari to the desktop's application menu (--uninstall-desktop)
    qari search QUERY [--json]          search the whole library; tags, searches: tags and saved searches
    qari people / qari quotes           who is named and who said what, across the library

Global options: --data-dir DIR (or QARI_DATA_DIR), --lang ar|en.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # argparse and json are imported where used: `qari` start-up is timed
    import argparse

# (the commands import qari.cli_common, shared with the cli_*.py parts, where they use it: the window needs none)

EXIT_OK, EXIT_FAIL, EXIT_BAD_INPUT, EXIT_ENVIRONMENT = 0, 1, 2, 3


def _global_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data-dir", type=Path, default=None, help="library folder (default: the user's data folder)")
    p.add_argument("--lang", choices=("ar", "en"), default=None, help="interface language")


# -- subcommands ---------------------------------------------------------------------
def cmd_import(args: argparse.Namespace) -> int:
    from qari.cli_common import _open_session, _print_json, tsv
    from qari.core.importing import FAILED, import_paths
    from qari.core.store.library import KEEP_BOTH, UPDATE

    session = _open_session(args)
    results = []
    failed = seen = 0
    on_changed = KEEP_BOTH if args.keep_both else UPDATE
    try:
        for outcome in import_paths(session.library, [Path(p) for p in args.paths], on_changed=on_changed):
            failed += outcome.status == FAILED
            seen += 1
            if args.json:
                results.append(outcome.to_json())
            else:
                detail = outcome.reason if outcome.status == FAILED else outcome.title  # read by programs
                print(f"{outcome.status}\t{tsv(outcome.path)}\t{tsv(detail)}")
                if outcome.warning:
                    print(f"qari: {outcome.path}: {outcome.warning}", file=sys.stderr)
    finally:
        session.close()
    if args.json:
        _print_json(results)
    if not seen:
        from qari.cli_text import NOTHING_TO_IMPORT, cli_language, say

        print(f"qari: {say(cli_language(args.lang), NOTHING_TO_IMPORT)}", file=sys.stderr)
    return EXIT_BAD_INPUT if failed else EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from qari.cli_common import _open_session, _print_json, tsv

    session = _open_session(args)
    try:
        items = session.library.summaries()
    finally:
        session.close()
    if args.json:
        _print_json([s.to_json() for s in items])
    else:
        for s in items:
            print(f"{s.id}\t{s.added[:10]}\t{s.words}\t{round(s.progress * 100)}%\t{tsv(s.source)}\t{tsv(s.title)}")
    return EXIT_OK


def _read_article(path: Path, lang: str | None = None):  # -> Article | None
    from qari.core.importers import ImportFailed, import_path

    try:
        return import_path(path)
    except ImportFailed as exc:
        from qari.cli_text import cli_language, import_reason

        print(f"qari: {path}: {import_reason(exc.reason, cli_language(lang))}", file=sys.stderr)
        return None


def cmd_extract(args: argparse.Namespace) -> int:
    from qari.cli_common import _print_json
    from qari.core.extract import extract, to_json

    article = _read_article(Path(args.file), args.lang)
    if article is None:
        return EXIT_BAD_INPUT
    # Offsets point into the file's own text: a headline the importer made up for a text without
    # one (qari.core.importers.headline) is shown in the reader but is not the file's.
    from qari.core.article import Article
    from qari.core.importers.headline import is_made_up

    body = article
    if is_made_up(article.text):
        body = Article(text=article.text.partition("\n")[2], source=article.source, meta=dict(article.meta))
    result = to_json(article, _with_corrections(args, article, body.text, extract(body)))
    if args.json:
        _print_json(result)
    else:
        for q in result["quotes"] + result["statements"]:
            print(f"[{q['kind']}] {q['speaker'] or '?'}: {q['text']}")
        for e in result["entities"]:
            print(f"{e['type']}\t{len(e['mentions'])}\t{e['name']}")
    return EXIT_OK


def _with_corrections(args: argparse.Namespace, article, text: str, ex):  # (Article, str, Extraction)
    from qari.cli_common import _data_dir, _open_session

    """The reader's corrections, when the article is in an existing library (none is created);
    ``ex``'s offsets point into ``text``."""
    from qari.core.store.db import DB_NAME

    if not (_data_dir(args) / DB_NAME).is_file():
        return ex
    from qari.core.errors import EnvironmentFault

    try:
        session = _open_session(args)
    except (EnvironmentFault, SystemExit):
        return ex
    try:
        article_id = session.library.find_by_hash(article.hash)
        return ex if article_id is None else session.corrected(article_id, text, ex)
    finally:
        session.close()


def cmd_tag(args: argparse.Namespace) -> int:
    from qari.core.extract.ner import tag_conll

    path = Path(args.conll)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        from qari.cli_text import CANNOT_READ, cli_language, say

        print(f"qari: {say(cli_language(args.lang), CANNOT_READ, path)} ({exc})", file=sys.stderr)
        return EXIT_BAD_INPUT
    out = sys.stdout
    for line in tag_conll(lines):
        out.write(line + "\n")
    return EXIT_OK


def cmd_screenshot(args: argparse.Namespace) -> int:
    from qari.ui.app import GuiOptions
    from qari.ui.screenshot import take_screenshot

    try:
        w, h = (int(x) for x in args.size.lower().split("x"))
    except ValueError:
        from qari.cli_text import BAD_SIZE, cli_language, say

        print(f"qari: {say(cli_language(args.lang), BAD_SIZE)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    file = Path(args.file) if args.file else None
    opts = GuiOptions(file=file, data_dir=args.data_dir, lang=args.lang, theme=args.theme)
    view = {"justify": args.justify, "hide_tashkeel": args.hide_tashkeel, "find": args.find, "tab": args.tab,
            "search": args.search, "people": args.people}
    return take_screenshot(Path(args.out), opts, (w, h), **view)


def _subparsers() -> dict[str, tuple[Callable[[argparse.Namespace], int], argparse.ArgumentParser]]:
    import argparse

    from qari.cli_annotations import register as _register_annotations
    from qari.cli_library import register as _register_library
    from qari.cli_people import register as _register_people

    table: dict[str, tuple[Callable[[argparse.Namespace], int], argparse.ArgumentParser]] = {}

    def sub(name: str, fn: Callable[[argparse.Namespace], int], help_: str) -> argparse.ArgumentParser:
        p = argparse.ArgumentParser(prog=f"qari {name}", description=help_)
        _global_options(p)
        table[name] = (fn, p)
        return p

    p = sub("import", cmd_import, "Import files and folders (.txt, .html, .htm, .md) into the library.")
    p.add_argument("paths", nargs="+")
    p.add_argument("--json", action="store_true", help="print one JSON result per file")
    p.add_argument("--keep-both", action="store_true",
                   help="a file imported before whose text changed becomes a second article "
                        "(default: that article is updated and its annotations re-anchored)")
    p = sub("list", cmd_list, "Print the articles in the library.")
    p.add_argument("--json", action="store_true")
    p = sub("extract", cmd_extract, "Print an article's quotations, statements and entities.")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p = sub("tag", cmd_tag, "Tag named entities in a CoNLL file (one token a line).")
    p.add_argument("--conll", required=True, metavar="FILE")
    p = sub("screenshot", cmd_screenshot, "Render the window with an article to a PNG file.")
    p.add_argument("out")
    p.add_argument("file", nargs="?")
    p.add_argument("--size", default="1280x800")
    p.add_argument("--theme", default=None, choices=("light", "sepia", "dark", "system"))
    p.add_argument("--justify", action="store_true", help="justified lines (kashida and word spaces)")
    p.add_argument("--hide-tashkeel", action="store_true", help="hide the diacritics")
    p.add_argument("--find", default=None, metavar="WORD", help="show the find bar searching for WORD")
    p.add_argument("--tab", default=None, choices=("article", "quotes", "entities", "notes"),
                   help="the sidebar tab to show (entities: the most mentioned name is marked in the text)")
    p.add_argument("--search", default=None, metavar="QUERY", help="show the library search with QUERY's results")
    p.add_argument("--people", nargs="?", const="", default=None, metavar="NAME",
                   help="show the People view (after reading every article), NAME's entry chosen")
    _register_annotations(sub)  # export, import-annotations, annotations
    _register_library(sub)  # search, tags, searches
    _register_people(sub)  # people, quotes
    return table


COMMANDS = ("import", "list", "extract", "tag", "screenshot", "export", "import-annotations", "annotations",
            "search", "tags", "searches", "people", "quotes")


def main(argv: list[str] | None = None) -> int:
    """`qari`: every error has one road. The environment's (disk full, library locked, read-only)
    get their message and exit code 3; a bug is written to qari.log in the data folder and told in
    one line with the log's path, exit code 70. No traceback reaches the terminal."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        return _main(argv)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        return _report(exc, argv)


EXIT_ENVIRONMENT, EXIT_BUG = 3, 70  # 70: EX_SOFTWARE (sysexits.h)


def _report(exc: Exception, argv: list[str]) -> int:
    from qari.core.errors import EnvironmentFault

    if isinstance(exc, EnvironmentFault):
        from qari.cli_text import cli_language, fault_text

        print(f"qari: {fault_text(exc, cli_language(_lang_of(argv)))}", file=sys.stderr)
        return EXIT_ENVIRONMENT
    from qari.logs import log_bug, setup_logging

    where = None
    try:
        where = setup_logging(_log_folder(argv))
        log_bug(exc, "qari " + " ".join(argv[:1]))
    except Exception:  # the log itself failed: still one line, no traceback
        where = None
    detail = f"the details were written to {where}" if where else "the details could not be written to a log"
    message = (f"internal error ({type(exc).__name__}: {exc}). This is a bug in Qari, not something you did; "
               f"{detail}.")
    print(f"qari: {message}", file=sys.stderr)
    if _command_word(argv) not in COMMANDS:  # the GUI: a person without a terminal is told too
        try:
            from qari.ui.app import error_dialog

            error_dialog("Qari", message)
        except Exception:  # Qt itself may be what failed
            pass
    return EXIT_BUG


def _lang_of(argv: list[str]) -> str | None:
    if "--lang" in argv and argv.index("--lang") + 1 < len(argv):
        return argv[argv.index("--lang") + 1]
    return None


def _log_folder(argv: list[str]) -> Path:
    if "--data-dir" in argv and argv.index("--data-dir") + 1 < len(argv):
        return Path(argv[argv.index("--data-dir") + 1])
    from qari.platform import default_data_dir

    return default_data_dir()


def _main(argv: list[str]) -> int:
    if "--install-desktop" in argv or "--uninstall-desktop" in argv:
        from qari.desktop import main as desktop_main

        return desktop_main(argv)
    command = _command_word(argv)
    if command in COMMANDS:
        table = _subparsers()
        fn, parser = table[command]
        rest = list(argv)
        rest.remove(command)
        return _run_command(fn, parser.parse_args(rest))
    fast = _gui_args_fast(argv)  # `qari [FILE] [--data-dir D] [--lang L]` without argparse: start-up is timed
    if fast is not None:
        file, data_dir, lang = fast
    else:
        import argparse

        gui = argparse.ArgumentParser(prog="qari", description=__doc__,
                                      formatter_class=argparse.RawDescriptionHelpFormatter)
        _global_options(gui)
        gui.add_argument("file", nargs="?", type=Path, help="an article to import and open")
        gui.add_argument("--version", action="version", version=_version())
        gui.add_argument("--install-desktop", action="store_true",
                         help="add Qari to the application menu (~/.local/share); --uninstall-desktop removes it")
        args = gui.parse_args(argv)
        file, data_dir, lang = args.file, args.data_dir, args.lang
    if file is not None and not file.exists():
        from qari.cli_text import NO_SUCH_FILE, cli_language, say

        message = say(cli_language(lang), NO_SUCH_FILE, file)
        print(f"qari: {message}", file=sys.stderr)
        from qari.ui.app import error_dialog

        error_dialog("Qari", message)
        return EXIT_BAD_INPUT
    import gc

    # No cyclic garbage collection until the window has painted: start-up makes many objects and
    # few cycles, and the collector's passes over them cost ~7 ms before the first paint and ~4 ms
    # more while the window completes (bench/NOTES.md). run_gui turns it back on then.
    gc.disable()
    from qari.platform import plain_imports, prepare_qt

    prepare_qt()
    with plain_imports():  # (Qari's modules before the first paint: PySide6's import step is for features)
        from qari.ui.app import GuiOptions
        from qari.ui.startup import run_gui

    return run_gui(GuiOptions(file=file, data_dir=data_dir, lang=lang))


def _run_command(fn: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """A subcommand; the machine's refusals (locked, read-only, full...) are told on stderr, exit 3."""
    from qari.core.errors import EnvironmentFault

    try:
        return fn(args)
    except EnvironmentFault as fault:
        from qari.cli_text import cli_language, fault_text

        print(f"qari: {fault_text(fault, cli_language(getattr(args, 'lang', None)))}", file=sys.stderr)
        return EXIT_ENVIRONMENT


def _gui_args_fast(argv: list[str]) -> tuple[Path | None, Path | None, str | None] | None:
    """The common GUI command lines, parsed by hand; None sends anything else to argparse."""
    file = data_dir = lang = None
    it = iter(argv)
    for arg in it:
        if arg == "--data-dir":
            value = next(it, None)
            if value is None:
                return None
            data_dir = Path(value)
        elif arg == "--lang":
            value = next(it, None)
            if value not in ("ar", "en"):
                return None
            lang = value
        elif arg.startswith("-") or file is not None:
            return None
        else:
            file = Path(arg)
    return file, data_dir, lang


_VALUED_GLOBALS = ("--data-dir", "--lang")


def _command_word(argv: list[str]) -> str | None:
    """The first word that is neither an option nor the value of a global option."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _VALUED_GLOBALS:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def _version() -> str:
    from qari import __version__

    return f"qari {__version__}"


if __name__ == "__main__":
    raise SystemExit(main())
