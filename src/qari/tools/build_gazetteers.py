"""Build resources/gazetteers/<CLASS>.txt from the sources listed in resources/gazetteers/README.md.

Sources: ANERGazet (../shared/data/anercorp, or --data DIR / $QARI_ANERCORP), pyarabic's
proper-noun lists, Babel's (CLDR) Arabic territory and city names, and the hand-written
resources/gazetteers/curated.tsv. Single-word PERS and PERS_FIRST entries listed in
resources/gazetteers/not-names.txt (common words, reviewed by hand) are left out. Also writes
resources/gazetteers/common-words.txt: the Arabic words that wordfreq (an optional build-time
dependency, the ``train`` extra) rates at Zipf >= 4, less the names of curated-people.tsv. Build time only;
run with ``python -m qari.tools.build_gazetteers``.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from qari.core.extract.gazetteer import CLASSES, norm

REPO = Path(__file__).resolve().parents[3]
OUT = REPO / "resources" / "gazetteers"
_ARABIC_ONLY = re.compile(r"^[\u0621-\u064a\u0660-\u0669 ]+$")


def anercorp_dir(arg: str | None) -> Path:
    for cand in (arg, os.environ.get("QARI_ANERCORP"), REPO.parent / "shared" / "data" / "anercorp"):
        if cand and (Path(cand) / "ANERCorp.txt").is_file():
            return Path(cand)
    sys.exit("ANERcorp not found: pass --data DIR or set QARI_ANERCORP")


def clean(name: str) -> str:
    name = " ".join(norm(name).replace("ـ", "").split())
    return name if _ARABIC_ONLY.match(name) and len(name) >= 2 else ""


def from_anergazet(data: Path, out: dict[str, set[str]]) -> None:
    for cls in ("LOC", "ORG", "PERS"):
        for line in (data / f"ANERGazet-{cls}.txt").read_text(encoding="utf-8").splitlines():
            if not line.startswith("="):
                out[cls].add(clean(line))


def from_pyarabic(out: dict[str, set[str]]) -> None:
    from pyarabic import propernouns  # its is_proper_noun() is broken: read the raw list

    text = "\n".join(getattr(propernouns, v, "") for v in ("TEXT", "TEXT1", "TEXT2"))
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if "اسم علم" in line:
            name, _, kind = line.partition("اسم علم")
            kind = norm(kind)
            cls = "LOC_COUNTRY" if "دوله" in kind else "LOC_CITY" if "عاصمه" in kind else "LOC"
            out[cls].add(clean(name))
            continue
        name, _, label = line.rpartition(" ")
        name = clean(name)
        if label == "nom":
            out["PERS_FIRST"].add(name)
        elif label in ("nasab", "laqab", "konia", "laqab2") and len(name.split()) <= 3:
            out["PERS"].add(name)


def from_babel(out: dict[str, set[str]]) -> None:
    from babel import Locale

    loc = Locale("ar")
    for code, name in loc.territories.items():
        out["LOC" if code.isdigit() else "LOC_COUNTRY"].add(clean(name.split("(")[0]))
    for zone in loc.time_zones.values():
        if zone.get("city"):
            out["LOC_CITY"].add(clean(zone["city"]))


def from_curated(out: dict[str, set[str]], pattern: str = "curated*.tsv") -> None:
    for path in sorted(OUT.glob(pattern)):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                cls, _, name = line.partition("\t")
                if cls.strip() in out:
                    out[cls.strip()].add(clean(name))


COMMON_ZIPF = 4.0  # about once in 100,000 words and more often


def not_names() -> set[str]:
    text = (OUT / "not-names.txt").read_text(encoding="utf-8")
    return {w for line in text.splitlines() if not line.startswith("#") for w in line.split()}


def common_words() -> list[str]:
    """Frequent Arabic words (wordfreq's "large" Arabic list), less the names of the hand-written
    people list and the rules' given names (ترامب، محمد are frequent but mostly names)."""
    import math

    from wordfreq import get_frequency_dict

    from qari.core.extract.cues import FIRST_NAMES

    people: dict[str, set[str]] = {"PERS": set(), "PERS_FIRST": set()}
    from_curated(people, "curated-people*.tsv")
    single = {n for names in people.values() for n in names if " " not in n} | {norm(n) for n in FIRST_NAMES}
    out = set()
    for word, freq in get_frequency_dict("ar", wordlist="large").items():
        if math.log10(freq * 1e9) < COMMON_ZIPF:
            continue
        n = clean(word)
        if n and " " not in n and n not in single:
            out.add(n)
    return sorted(out)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", help="ANERcorp directory (default ../shared/data/anercorp)")
    args = ap.parse_args(argv)
    out: dict[str, set[str]] = {c: set() for c in CLASSES}
    from_anergazet(anercorp_dir(args.data), out)
    from_pyarabic(out)
    from_babel(out)
    from_curated(out)
    drop = not_names()
    for cls in ("PERS", "PERS_FIRST"):
        out[cls] -= drop
    for cls, names in out.items():
        names.discard("")
        (OUT / f"{cls}.txt").write_text("".join(n + "\n" for n in sorted(names)), encoding="utf-8")
        print(f"{cls}: {len(names)} entries")
    try:
        common = common_words()
    except ImportError:
        print("wordfreq not installed (pip install '.[train]'): common-words.txt left as it is")
        return
    (OUT / "common-words.txt").write_text("".join(w + "\n" for w in common), encoding="utf-8")
    print(f"common words: {len(common)}")


if __name__ == "__main__":
    main()
