"""Refresh resources/i18n/qari_ar.ts from the sources: ``python -m qari.tools.update_ts``.

pyside6-lupdate (from the venv) extracts the messages of every .py under src/qari/ui (and of
src/qari/cli*.py when they call Qt's translation functions). lupdate's Python reader misses some
patterns the code uses, so a small AST pass over the same files is authoritative for the calls
it understands and fills lupdate's gaps:

- ``tr = self.tr`` then ``tr("...")``: lupdate gives these an empty context; Qt looks them up
  under the class name.
- ``tr = QCoreApplication.translate`` then ``tr("Ctx", "...")``: lupdate reads the context as
  the source text.
- ``window.tr("...")`` outside the class: PySide6 uses the run-time class name (MainWindow).
- module helpers such as ``def _tr(text): return QCoreApplication.translate("Ctx", text)``
  (imported ones too): lupdate does not see the strings passed to them.

Existing translations are kept (key: context, source, disambiguation); a new message whose
source text is already translated in another context reuses that translation. Messages no longer
in the code are dropped and listed. ``--check`` writes nothing and exits 1 when a source string
is missing from the .ts or a translation is unfinished (what tests/ui/test_i18n.py asserts).
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parents[3]
TS_PATH = REPO / "resources" / "i18n" / "qari_ar.ts"
ARABIC_FORMS = 6  # Qt's Arabic numerus forms: 0, 1, 2, 3-10, 11-99, 100-102...

# obj.tr(...) on something other than self: the class obj is at run time, by the name the code uses
RECEIVERS = {"window": "MainWindow", "main_window": "MainWindow"}
Key = tuple[str, str, str]  # context, source, disambiguation


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    locations: list[tuple[Path, int]] = field(default_factory=list)
    translation: list[str] = field(default_factory=list)  # one entry, or ARABIC_FORMS for numerus
    finished: bool = False

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)


# -- which files --------------------------------------------------------------------------
def source_files(repo: Path = REPO) -> list[Path]:
    files = sorted((repo / "src" / "qari" / "ui").rglob("*.py"))
    for cli in sorted((repo / "src" / "qari").glob("cli*.py")):
        text = cli.read_text(encoding="utf-8")
        if "translate(" in text or ".tr(" in text:
            files.append(cli)
    return files


# -- lupdate -----------------------------------------------------------------------------------
def lupdate_binary() -> str:
    local = Path(sys.executable).parent / "pyside6-lupdate"
    if local.exists():
        return str(local)
    found = shutil.which("pyside6-lupdate")
    if not found:
        sys.exit("pyside6-lupdate not found: run inside the project's .venv")
    return found


def run_lupdate(files: list[Path]) -> list[Message]:
    with tempfile.TemporaryDirectory(prefix="qari-ts-") as tmp:
        out = Path(tmp) / "fresh_ar.ts"
        cmd = [lupdate_binary(), "-silent", "-locations", "absolute", "-target-language", "ar",
               *map(str, files), "-ts", str(out)]
        subprocess.run(cmd, check=True, capture_output=True)
        return read_ts(out)


# -- the AST pass ------------------------------------------------------------------------------
@dataclass
class Wrapper:
    context: str
    text_index: int
    text_name: str
    n_index: int | None
    n_name: str | None


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _is_translate(func: ast.AST) -> bool:
    return isinstance(func, ast.Attribute) and func.attr == "translate"


def _find_wrappers(tree: ast.Module) -> dict[str, Wrapper]:
    """Functions whose body returns ``X.translate("Ctx", <param>, ..., [n])``."""
    found: dict[str, Wrapper] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef):
            continue
        params = [a.arg for a in node.args.args]
        for ret in ast.walk(node):
            call = ret.value if isinstance(ret, ast.Return) else None
            if not (isinstance(call, ast.Call) and _is_translate(call.func) and len(call.args) >= 2):
                continue
            ctx, text = _literal(call.args[0]), call.args[1]
            if ctx is None or not isinstance(text, ast.Name) or text.id not in params:
                continue
            n_arg = call.args[3] if len(call.args) >= 4 else None
            n_name = n_arg.id if isinstance(n_arg, ast.Name) and n_arg.id in params else None
            found[node.name] = Wrapper(ctx, params.index(text.id), text.id,
                                       params.index(n_name) if n_name else None, n_name)
    return found


def _module_of(path: Path, repo: Path) -> str:
    rel = path.relative_to(repo / "src").with_suffix("")
    return ".".join(rel.parts)


class _Extractor(ast.NodeVisitor):
    def __init__(self, path: Path, wrappers: dict[str, Wrapper]) -> None:
        self.path, self.wrappers = path, wrappers
        self.classes: list[str] = []
        self.aliases: list[dict[str, str]] = [{}]  # name -> "tr" | "translate", per function scope
        self.messages: list[Message] = []
        self.spans: list[tuple[int, int]] = []  # lines of the calls understood here
        self.problems: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.aliases.append({})
        self.generic_visit(node)
        self.aliases.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]  # same visit for both

    def visit_Assign(self, node: ast.Assign) -> None:
        value = node.value
        kind = None
        if isinstance(value, ast.Attribute) and value.attr in ("tr", "translate"):
            kind = value.attr
        if kind:
            for target in node.targets:
                if isinstance(target, ast.Name):
                    self.aliases[-1][target.id] = kind
        self.generic_visit(node)

    def _alias(self, name: str) -> str | None:
        for scope in reversed(self.aliases):
            if name in scope:
                return scope[name]
        return None

    def _add(self, node: ast.Call, context: str, src: ast.AST | None, comment: ast.AST | None,
             numerus: bool) -> None:
        self.spans.append((node.lineno, node.end_lineno or node.lineno))
        text = _literal(src)
        if text is None:
            if not isinstance(src, ast.Name):  # a variable: a lookup of strings marked elsewhere (NOOP)
                self.problems.append(f"{self.path}:{node.lineno}: translated text is not a string literal")
            return
        disamb = _literal(comment) or ""
        self.messages.append(Message(context, text, disamb, numerus, [(self.path, src.lineno)]))  # type: ignore[union-attr]  # src checked

    def _tr_context(self, func: ast.AST, cls: str, node: ast.Call) -> str:
        """PySide6's obj.tr() looks up under type(obj).__name__: the class for self, else a known receiver."""
        receiver = func.value if isinstance(func, ast.Attribute) else None
        if receiver is None or (isinstance(receiver, ast.Name) and receiver.id in ("self", "cls")):
            return cls
        name = receiver.id if isinstance(receiver, ast.Name) else getattr(receiver, "attr", "")
        if name in RECEIVERS:
            return RECEIVERS[name]
        self.problems.append(f"{self.path}:{node.lineno}: unknown class of {ast.unparse(receiver)}.tr(): "
                             "use QCoreApplication.translate")
        return cls

    def visit_Call(self, node: ast.Call) -> None:
        func, args = node.func, node.args
        kwargs = {k.arg: k.value for k in node.keywords if k.arg}
        name = func.id if isinstance(func, ast.Name) else None
        kind = None
        if isinstance(func, ast.Attribute) and func.attr in ("tr", "translate"):
            kind = func.attr
        elif name:
            kind = self._alias(name)
        cls = self.classes[-1] if self.classes else ""
        if kind == "tr" and args:
            self._add(node, self._tr_context(func, cls, node), args[0], args[1] if len(args) > 1 else None,
                      len(args) > 2 or "n" in kwargs)
        elif kind == "translate" and len(args) >= 2 and _literal(args[0]) is not None:
            self._add(node, _literal(args[0]) or "", args[1], args[2] if len(args) > 2 else None,
                      len(args) > 3 or "n" in kwargs)
        elif name in ("QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3") and len(args) >= 2:
            self._add(node, _literal(args[0]) or "", args[1], args[2] if len(args) > 2 else None, False)
        elif name == "QT_TR_NOOP" and args:
            self._add(node, cls, args[0], None, False)
        elif name in self.wrappers:
            w = self.wrappers[name]
            text = args[w.text_index] if len(args) > w.text_index else kwargs.get(w.text_name)
            has_n = w.n_index is not None and (len(args) > w.n_index or w.n_name in kwargs)
            self._add(node, w.context, text, None, has_n)
        self.generic_visit(node)


def run_ast(files: list[Path], repo: Path = REPO) -> tuple[list[Message], dict[Path, list[tuple[int, int]]], list[str]]:
    trees = {p: ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in files}
    local = {p: _find_wrappers(t) for p, t in trees.items()}
    by_module = {_module_of(p, repo): w for p, w in local.items()}
    messages: list[Message] = []
    spans: dict[Path, list[tuple[int, int]]] = {}
    problems: list[str] = []
    for path, tree in trees.items():
        wrappers = dict(local[path])
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in by_module:
                for alias in node.names:
                    if alias.name in by_module[node.module]:
                        wrappers[alias.asname or alias.name] = by_module[node.module][alias.name]
        ex = _Extractor(path, wrappers)
        ex.visit(tree)
        messages += ex.messages
        spans[path] = ex.spans
        problems += ex.problems
    return messages, spans, problems


# -- putting it together --------------------------------------------------------------------------
def extract(files: list[Path] | None = None, repo: Path = REPO) -> tuple[list[Message], list[str]]:
    """Every message in the sources, in source order, merged by key; and warnings."""
    files = files or source_files(repo)
    found, spans, problems = run_ast(files, repo)
    for msg in run_lupdate(files):  # lupdate's finds on lines the AST pass did not understand
        path, line = msg.locations[0] if msg.locations else (Path(), 0)
        resolved = path.resolve()
        if any(a <= line <= b for a, b in spans.get(resolved, [])):
            continue
        if not msg.context:
            problems.append(f"{path}:{line}: no translation context for {msg.source!r}")
        found.append(msg)
    merged: dict[Key, Message] = {}
    for msg in found:
        if msg.key in merged:
            merged[msg.key].locations += msg.locations
            merged[msg.key].numerus |= msg.numerus
        else:
            merged[msg.key] = msg
    return list(merged.values()), problems


def read_ts(path: Path) -> list[Message]:
    out: list[Message] = []
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        cname = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            kind = tr.get("type", "") if tr is not None else "unfinished"
            forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
            numerus = m.get("numerus") == "yes"
            text = forms if numerus else [(tr.text or "") if tr is not None else ""]
            locs = []
            last: tuple[Path, int] | None = None
            for loc in m.iter("location"):
                fname = loc.get("filename")
                fpath = (path.parent / fname) if fname else (last[0] if last else Path())
                line = loc.get("line", "0")
                n = int(line) if not line.startswith(("+", "-")) else (last[1] if last else 0) + int(line)
                last = (fpath, n)
                locs.append(last)
            out.append(Message(cname, m.findtext("source") or "", m.findtext("comment") or "", numerus, locs,
                               text, kind == ""))
    return out


def merge(fresh: list[Message], old: list[Message]) -> tuple[list[Message], list[Message], list[Message]]:
    """(messages with translations carried over, reused-by-source ones, dropped old ones)."""
    by_key = {m.key: m for m in old if m.finished or any(m.translation)}
    by_source = {(m.source, m.numerus): m for m in old if m.finished}
    reused: list[Message] = []
    for msg in fresh:
        prev = by_key.get(msg.key)
        if prev is None and (msg.source, msg.numerus) in by_source:
            prev = by_source[(msg.source, msg.numerus)]
            reused.append(msg)
        if prev is not None and prev.numerus == msg.numerus:
            msg.translation, msg.finished = list(prev.translation), prev.finished
    keys = {m.key for m in fresh}
    dropped = [m for m in old if m.key not in keys]
    return fresh, reused, dropped


def _x(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def write_ts(path: Path, messages: list[Message]) -> None:
    contexts: dict[str, list[Message]] = {}
    for msg in messages:
        contexts.setdefault(msg.context, []).append(msg)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             '<TS version="2.1" language="ar" sourcelanguage="en">']
    for name in sorted(contexts):
        lines += ["<context>", f"    <name>{_x(name)}</name>"]
        for msg in contexts[name]:
            lines.append('    <message numerus="yes">' if msg.numerus else "    <message>")
            for loc_path, line in sorted(set(msg.locations)):
                rel = os.path.relpath(loc_path.resolve(), path.parent.resolve())
                lines.append(f'        <location filename="{_x(rel)}" line="{line}"/>')
            lines.append(f"        <source>{_x(msg.source)}</source>")
            if msg.comment:
                lines.append(f"        <comment>{_x(msg.comment)}</comment>")
            state = "" if msg.finished else ' type="unfinished"'
            if msg.numerus:
                forms = (msg.translation + [""] * ARABIC_FORMS)[:ARABIC_FORMS]
                lines.append(f"        <translation{state}>")
                lines += [f"            <numerusform>{_x(f)}</numerusform>" for f in forms]
                lines.append("        </translation>")
            else:
                text = msg.translation[0] if msg.translation else ""
                lines.append(f"        <translation{state}>{_x(text)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def unfinished(messages: list[Message]) -> list[Message]:
    return [m for m in messages if not m.finished or not all(m.translation) or
            (m.numerus and len(m.translation) != ARABIC_FORMS)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m qari.tools.update_ts", description=__doc__.splitlines()[0])
    ap.add_argument("--ts", type=Path, default=TS_PATH, help="the .ts file (default: %(default)s)")
    ap.add_argument("--check", action="store_true", help="write nothing; exit 1 if anything is untranslated")
    args = ap.parse_args(argv)
    fresh, problems = extract()
    old = read_ts(args.ts) if args.ts.exists() else []
    messages, reused, dropped = merge(fresh, old)
    todo = unfinished(messages)
    for p in problems:
        print(f"warning: {p}", file=sys.stderr)
    for m in reused:
        print(f"reused: [{m.context}] {m.source!r}")
    for m in dropped:
        print(f"dropped: [{m.context}] {m.source!r}")
    for m in todo:
        print(f"untranslated: [{m.context}] {m.source!r}")
    print(f"{len(messages)} messages ({sum(m.numerus for m in messages)} with plurals), "
          f"{len(todo)} untranslated, {len(reused)} reused, {len(dropped)} dropped")
    if args.check:
        return 1 if todo else 0
    write_ts(args.ts, messages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
