"""`qari export`, `qari import-annotations` and `qari annotations`: annotations on the command line.

    qari export --format md|json|csv [--article ID | --all] [-o FILE]
    qari import-annotations FILE [--json]
    qari annotations [--article ID] [--search TEXT] [--tag TAG] [--color NAME] [--orphans] [--json]

Registered in :mod:`qari.cli` by ``_subparsers``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from qari.cli_common import _open_session, tsv

EXIT_OK, EXIT_FAIL, EXIT_BAD_INPUT = 0, 1, 2
FORMATS = ("md", "json", "csv")  # = qari.core.export.FORMATS (not imported: keeps `qari` start-up light)

Sub = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def register(sub: Sub) -> None:
    p = sub("export", cmd_export, "Write annotations as Markdown, W3C Web Annotation JSON-LD or CSV.")
    p.add_argument("--format", choices=FORMATS, required=True, help="md, json (W3C JSON-LD) or csv (Readwise)")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--article", type=int, metavar="ID", help="one article (ids: `qari list`)")
    which.add_argument("--all", action="store_true", help="every article with annotations (the default)")
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="write to FILE instead of standard output")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists (it keeps its permissions)")
    p = sub("import-annotations", cmd_import_annotations,
            "Read W3C Web Annotation JSON-LD (as written by `qari export --format json`) into the library.")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p = sub("annotations", cmd_annotations, "List or search highlights and bookmarks.")
    p.add_argument("--article", type=int, metavar="ID")
    p.add_argument("--search", metavar="TEXT", help="in the highlighted text and notes (diacritics ignored)")
    p.add_argument("--tag")
    p.add_argument("--color")
    p.add_argument("--orphans", action="store_true", help="only highlights whose text was edited away")
    p.add_argument("--json", action="store_true")


def _session(args: argparse.Namespace):  # -> Session
    return _open_session(args)


def _err(message: str) -> None:
    print(f"qari: {message}", file=sys.stderr)


def cmd_export(args: argparse.Namespace) -> int:
    from qari.core.export import documents, render

    session = _session(args)
    try:
        if args.article is not None and session.library.get(args.article) is None:
            _err(f"no article {args.article} (see `qari list`)")
            return EXIT_BAD_INPUT
        ids = None if args.article is None else [args.article]
        out = render(args.format, documents(session.library, session.annotations, ids))
    finally:
        session.close()
    if args.output is None:
        sys.stdout.write(out)
        return EXIT_OK
    from qari.core.errors import EXISTS, EnvironmentFault
    from qari.core.safe_write import write_text

    try:
        write_text(args.output, out, force=args.force)
    except EnvironmentFault as fault:
        _err(fault.message if fault.kind == EXISTS else f"{args.output}: cannot write: {fault.message}")
        return EXIT_BAD_INPUT if fault.kind == EXISTS else EXIT_FAIL
    return EXIT_OK


def cmd_import_annotations(args: argparse.Namespace) -> int:
    from qari.core.export import AnnotationImportError, import_jsonld

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        _err(f"{args.file}: cannot read: {exc.strerror or exc}")
        return EXIT_BAD_INPUT
    session = _session(args)
    try:
        report = import_jsonld(session.library, session.annotations, data)
    except AnnotationImportError as exc:
        from qari.cli_text import cli_language, say
        from qari.ui.annotations.problems import problem_text

        lang = cli_language(getattr(args, "lang", None))
        _err(f"{args.file}: {problem_text(exc, lambda context, text: say(lang, text, context=context))}")
        return EXIT_BAD_INPUT
    finally:
        session.close()
    if args.json:
        result = {"imported": len(report.stored), "orphaned": [a.uuid for a in report.orphaned],
                  "already": report.already, "renamed": [a.uuid for a in report.renamed],
                  "repeated": report.repeated}
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    else:
        print(report.summary())
    return EXIT_OK


def cmd_annotations(args: argparse.Namespace) -> int:
    session = _session(args)
    try:
        notes = session.annotations
        if args.search or args.tag or args.color:
            hits = [(h.annotation, h.title) for h in notes.search(args.search, args.tag, args.color)]
            if args.article is not None:
                hits = [h for h in hits if h[0].article_id == args.article]
        else:
            items = notes.all(args.article)
            titles = {s.id: s.title for s in session.library.summaries()}
            hits = [(a, titles.get(a.article_id, "")) for a in items]
        if args.orphans:
            hits = [h for h in hits if h[0].orphaned]
    finally:
        session.close()
    if args.json:
        rows = [{"uuid": a.uuid, "article": a.article_id, "title": t, "kind": a.kind, "start": a.start,
                 "end": a.end, "text": a.exact, "color": a.color, "note": a.note, "tags": list(a.tags),
                 "orphaned": a.orphaned, "created": a.created} for a, t in hits]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    else:
        for a, t in hits:
            flag = "detached" if a.orphaned else a.kind
            text = " ".join((a.exact or a.suffix).split())
            fields = (a.uuid, a.article_id, flag, a.color, a.start, text, a.note, ",".join(a.tags), t)
            print("\t".join(tsv(f) for f in fields))
    return EXIT_OK
