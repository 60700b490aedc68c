"""Page-region snapshots: render part of a PDF page to PNG and compare with a reference.

References live in tests/snapshots/pages/. ``UPDATE_SNAPSHOTS=1`` writes them anew;
look at every new image before committing it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from PIL import Image, ImageChops

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots" / "pages"
DPI = 100


def render_region(pdf: bytes, box: tuple[int, int, int, int], page: int = 1) -> Image.Image:
    """Pixels of ``box`` (x, y, width, height at 100 dpi) of one page, in grey."""
    if shutil.which("pdftoppm") is None:
        raise RuntimeError("pdftoppm (poppler-utils) is needed for page snapshots")
    x, y, w, h = box
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.pdf"
        src.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-png", "-r", str(DPI), "-f", str(page), "-l", str(page),
                        "-x", str(x), "-y", str(y), "-W", str(w), "-H", str(h),
                        "-singlefile", str(src), str(Path(tmp) / "out")], check=True)
        with Image.open(Path(tmp) / "out.png") as img:
            return img.convert("L")


def difference(a: Image.Image, b: Image.Image) -> float:
    """Share of pixels whose grey level differs by more than a quarter of the range."""
    if a.size != b.size:
        return 1.0
    diff = ImageChops.difference(a, b).point(lambda v: 255 if v > 64 else 0)
    hist = diff.histogram()
    return hist[255] / (a.size[0] * a.size[1])


def check_snapshot(name: str, image: Image.Image, tolerance: float = 0.01) -> None:
    """Fail when ``image`` differs from the reference by more than ``tolerance``."""
    ref = SNAPSHOTS / f"{name}.png"
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        SNAPSHOTS.mkdir(parents=True, exist_ok=True)
        image.save(ref)
        return
    if not ref.exists():
        raise AssertionError(f"no reference image {ref}; make it with UPDATE_SNAPSHOTS=1 "
                             "and look at it before committing")
    with Image.open(ref) as expected:
        share = difference(image, expected.convert("L"))
    if share > tolerance:
        failed = SNAPSHOTS.parent / "failed"
        failed.mkdir(exist_ok=True)
        image.save(failed / f"{name}.png")
        raise AssertionError(f"{name}: {share:.1%} of pixels differ from the reference "
                             f"(allowed {tolerance:.0%}); see {failed / (name + '.png')}")
