"""`qari search`, `qari tags` and `qari searches`: the library as a research tool.

    qari search QUERY [--json] [--limit N] [--exact] [--notes] [--source S] [--tag T]... [--starred]
                [--from DATE] [--to DATE] [--save NAME]
    qari tags [--json]                      every tag with its number of articles
    qari tags add TAG ID... / remove TAG ID... / show ID
    qari searches [--json]                  saved searches
    qari searches run NAME [--json] [--limit N] / delete NAME

Registered in :mod:`qari.cli` by ``_subparsers``. Offsets are code points in the article's text.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from qari.cli_common import tsv, tsv_row

EXIT_OK, EXIT_FAIL, EXIT_BAD_INPUT = 0, 1, 2

Sub = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def register(sub: Sub) -> None:
    p = sub("search", cmd_search, "Search every article's text, headline and source (diacritics, hamza forms "
            "and attached prefixes ignored; several words = all of them; \"...\" = a phrase).")
    p.add_argument("query")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="at most N results (default 20)")
    p.add_argument("--exact", action="store_true", help="match words as written (no folding, no prefixes)")
    p.add_argument("--notes", action="store_true", help="also search your notes, tags and highlights")
    p.add_argument("--source", help="only articles from this source")
    p.add_argument("--tag", action="append", default=[], help="only articles with this tag (repeatable)")
    p.add_argument("--starred", action="store_true", help="only starred articles")
    p.add_argument("--from", dest="added_from", metavar="DATE", help="added on or after DATE (YYYY-MM-DD)")
    p.add_argument("--to", dest="added_to", metavar="DATE", help="added before DATE (YYYY-MM-DD)")
    p.add_argument("--save", metavar="NAME", help="also save this search under NAME")
    p = sub("tags", cmd_tags, "List article tags, or add, remove or show them.")
    p.add_argument("action", nargs="?", choices=("add", "remove", "show"))
    p.add_argument("args", nargs="*")
    p.add_argument("--json", action="store_true")
    p = sub("searches", cmd_searches, "List, run or delete saved searches.")
    p.add_argument("action", nargs="?", choices=("run", "delete"))
    p.add_argument("name", nargs="?")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=20, metavar="N")


def _session(args: argparse.Namespace):  # -> Session
    from qari.cli_common import _open_session

    return _open_session(args)


def _err(message: str) -> int:
    print(f"qari: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _print_json(obj: object) -> None:
    from qari.cli_common import _print_json as pj

    pj(obj)


def _options(args: argparse.Namespace) -> dict[str, object]:
    opts: dict[str, object] = {"exact": args.exact, "notes": args.notes}
    if args.source:
        opts["source"] = args.source
    if args.tag:
        opts["tags"] = list(args.tag)
    if args.starred:
        opts["starred"] = True
    if args.added_from:
        opts["added_from"] = args.added_from
    if args.added_to:
        opts["added_to"] = args.added_to
    return opts


def _show(results, as_json: bool) -> None:  # results: SearchResults
    if as_json:
        _print_json(results.to_json())
        return
    print(f"{results.total} articles")
    for r in results.results:
        marked, pos = [], 0
        end = r.snippet_start + len(r.snippet)
        for s, e in r.matches:
            if s < r.snippet_start or e > end:
                continue
            marked += [r.snippet[pos : s - r.snippet_start], "[", r.snippet[s - r.snippet_start : e - r.snippet_start],
                       "]"]
            pos = e - r.snippet_start
        marked.append(r.snippet[pos:])
        print(f"{tsv_row(r.article_id, f'{r.score:.2f}', r.added[:10], r.source, r.title)}\n\t{tsv(''.join(marked))}")


def cmd_search(args: argparse.Namespace) -> int:
    from qari.core.search.index import search_options

    if args.limit < 1:
        return _err("--limit takes a number of 1 or more.")
    if not args.query.strip():
        return _err("the query is empty.")
    session = _session(args)
    try:
        opts = _options(args)
        results = session.library.search(args.query, limit=args.limit, **search_options(opts))
        if args.save:
            session.saved_searches.save(args.save, args.query, opts)
    finally:
        session.close()
    _show(results, args.json)
    return EXIT_OK


def _ids(values: list[str]) -> list[int] | None:
    try:
        return [int(v) for v in values]
    except ValueError:
        return None


def cmd_tags(args: argparse.Namespace) -> int:
    session = _session(args)
    try:
        if args.action is None:
            tags = session.tags.all()
            if args.json:
                _print_json([{"tag": t, "articles": n} for t, n in tags])
            else:
                for t, n in tags:
                    print(tsv_row(n, t))
            return EXIT_OK
        if args.action == "show":
            ids = _ids(args.args)
            if not ids:
                return _err("tags show takes article ids (see `qari list`).")
            shown = {i: session.tags.of(i) for i in ids}
            if args.json:
                _print_json([{"article_id": i, "tags": t} for i, t in shown.items()])
            else:
                for i, t in shown.items():
                    print(tsv_row(i, ", ".join(t)))
            return EXIT_OK
        if len(args.args) < 2:
            return _err(f"tags {args.action} takes a tag and one or more article ids.")
        tag, ids = args.args[0], _ids(args.args[1:])
        if ids is None:
            return _err("article ids are numbers (see `qari list`).")
        missing = [i for i in ids if session.library.summary(i) is None]
        if missing:
            return _err(f"no article with id {', '.join(map(str, missing))}.")
        changed = (session.tags.add if args.action == "add" else session.tags.remove)(ids, [tag])
        if args.json:
            _print_json([{"article_id": i, "tag": t} for i, t in changed])
        else:
            print(f"{len(changed)} articles {'tagged' if args.action == 'add' else 'untagged'}")
        return EXIT_OK
    finally:
        session.close()


def cmd_searches(args: argparse.Namespace) -> int:
    from qari.core.search.index import search_options

    session = _session(args)
    try:
        if args.action is None:
            saved = session.saved_searches.all()
            if args.json:
                _print_json([s.to_json() for s in saved])
            else:
                for s in saved:
                    print(tsv_row(s.name, s.query))
            return EXIT_OK
        if not args.name:
            return _err(f"searches {args.action} takes the name of a saved search.")
        s = session.saved_searches.get(args.name)
        if s is None:
            return _err(f"no saved search named {args.name}.")
        if args.action == "delete":
            session.saved_searches.delete(s.name)
            return EXIT_OK
        results = session.library.search(s.query, limit=args.limit, **search_options(s.options))
    finally:
        session.close()
    _show(results, args.json)
    return EXIT_OK
