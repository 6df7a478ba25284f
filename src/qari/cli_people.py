"""`qari people` and `qari quotes`: who is named, and who said what, across the library.

    qari people [--type PER|ORG|LOC|MISC] [--json]
    qari people merge ID INTO_ID / split ID NAME        the reader's choices (they persist)
    qari quotes [--speaker NAME | --person ID] [--article ID] [--json] [--format md|csv|json] [-o FILE]

Articles not analysed yet (or analysed by an older extractor) are analysed first, with progress
on stderr. Offsets are code points in the article's text.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from qari.cli_common import tsv_row

EXIT_OK, EXIT_FAIL, EXIT_BAD_INPUT = 0, 1, 2
TYPES = ("PER", "ORG", "LOC", "MISC")

Sub = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def register(sub: Sub) -> None:
    p = sub("people", cmd_people, "People, organisations and places named across the library.")
    p.add_argument("action", nargs="?", choices=("merge", "split"))
    p.add_argument("args", nargs="*")
    p.add_argument("--type", choices=TYPES, type=str.upper)
    p.add_argument("--json", action="store_true")
    p = sub("quotes", cmd_quotes, "Quotations and reported statements across the library, with citations.")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--speaker", metavar="NAME", help="any written form of the speaker's name")
    who.add_argument("--person", type=int, metavar="ID", help="an entry of `qari people`")
    p.add_argument("--article", type=int, metavar="ID")
    p.add_argument("--json", action="store_true")
    p.add_argument("--format", choices=("md", "csv", "json"), help="an export with citations")
    p.add_argument("-o", "--output", type=Path, metavar="FILE")


def _err(message: str) -> int:
    print(f"qari: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _ready(args: argparse.Namespace):  # -> Session, with every article analysed and people current
    from qari.cli_common import _open_session
    from qari.core.store.people import extract_missing

    session = _open_session(args)

    def told(done: int, total: int) -> None:
        if total >= 5:
            sys.stderr.write(f"\rqari: analysing articles: {done}/{total}" + ("\n" if done == total else ""))

    extract_missing(session.library, progress=told)
    session.people.ensure_current()
    return session


def cmd_people(args: argparse.Namespace) -> int:
    from qari.cli_common import _print_json

    session = _ready(args)
    try:
        if args.action == "merge":
            ids = _ints(args.args)
            if ids is None or len(ids) != 2:
                return _err("people merge takes two ids: the entry to merge and the one to merge it into.")
            if session.people.merge(ids[0], ids[1]) is None:
                return _err("no such entries (see `qari people`), or they are the same.")
            print("merged")
            return EXIT_OK
        if args.action == "split":
            if len(args.args) != 2 or _ints(args.args[:1]) is None:
                return _err("people split takes an id and one of its names (see `qari people --json`).")
            if session.people.split(int(args.args[0]), args.args[1]) is None:
                return _err("that entry has no such separate name form.")
            print("split")
            return EXIT_OK
        people = session.people.all(args.type)
    finally:
        session.close()
    if args.json:
        _print_json([p.to_json() for p in people])
    else:
        for p in people:
            print(tsv_row(p.id, p.type, len(p.articles), p.mentions, p.quotes, p.statements, p.name))
    return EXIT_OK


def _ints(values: list[str]) -> list[int] | None:
    try:
        return [int(v) for v in values]
    except ValueError:
        return None


def cmd_quotes(args: argparse.Namespace) -> int:
    from qari.cli_common import _print_json
    from qari.core.people.export import export_quotes

    session = _ready(args)
    name = ""
    try:
        if args.person is not None:
            person = session.people.get(args.person)
            if person is None:
                return _err(f"no entry with id {args.person} (see `qari people`).")
            name = person.name
            quotes = session.people.quotes(person_ids=[person.id], article_id=args.article)
        else:
            quotes = session.people.quotes(speaker=args.speaker, article_id=args.article)
            name = args.speaker or ""
    finally:
        session.close()
    if args.format:
        text = export_quotes(quotes, args.format, name=name)
        if args.output:
            try:
                args.output.write_text(text, encoding="utf-8")
            except OSError as exc:
                return _err(f"{args.output}: cannot write: {exc.strerror or exc}")
        else:
            sys.stdout.write(text)
        return EXIT_OK
    if args.json:
        keys = ("article_id", "title", "kind", "text", "speaker", "person_id", "start", "end")
        _print_json([{k: q.to_json()[k] for k in keys} | {"source": q.source, "added": q.added} for q in quotes])
    else:
        for q in quotes:
            print(tsv_row(q.article_id, q.kind, q.speaker or "?", q.text))
    return EXIT_OK
