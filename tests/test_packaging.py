"""The wheel carries the fonts (with their licences) and the sample, and finds them once installed."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_contains_fonts_licences_and_sample(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path),
         str(ROOT)],
        check=True, capture_output=True,
    )
    (wheel,) = tmp_path.glob("qari-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "qari/resources/samples/kim-putin-vostochny.txt" in names
    assert "qari/resources/fonts/Amiri-Regular.ttf" in names
    assert "qari/resources/fonts/Amiri-OFL.txt" in names
    assert "qari/resources/fonts/NotoNaskhArabic-Regular.ttf" in names
    assert "qari/resources/fonts/NotoNaskhArabic-OFL.txt" in names
    assert "qari/cli.py" in names and "qari/core/article.py" in names
    # the interface translations are compiled by the build hook (hatch_build.py), not left to the Makefile
    assert {"qari/resources/i18n/qari_ar.qm", "qari/resources/i18n/qari_en.qm"} <= names
    assert len(zipfile.ZipFile(wheel).read("qari/resources/i18n/qari_ar.qm")) > 10_000
    # Installed (unpacked) without the checkout around it, resources are found inside the package.
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    code = "from qari.resources import sample_article_path as p; print(p())"
    out = subprocess.run([sys.executable, "-S", "-c", f"import sys; sys.path.insert(0, {str(target)!r}); {code}"],
                         capture_output=True, text=True, check=True, cwd=tmp_path)
    assert out.stdout.strip().startswith(str(target / "qari" / "resources"))


def test_sdist_carries_the_compiled_translations_and_the_hook(tmp_path: Path) -> None:
    import tarfile

    subprocess.run([sys.executable, "-m", "hatchling", "build", "-t", "sdist", "-d", str(tmp_path)],
                   check=True, capture_output=True, cwd=ROOT)
    (sdist,) = tmp_path.glob("qari-*.tar.gz")
    with tarfile.open(sdist) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    assert {"resources/i18n/qari_ar.qm", "resources/i18n/qari_ar.ts", "hatch_build.py",
            "src/qari/tools/qm.py"} <= names
