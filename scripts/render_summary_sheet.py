"""Render the exported workbook's Summary sheet to docs/screenshots/summary-sheet.png.

The picture is what LibreOffice makes of the workbook (charts included): the
example plan is exported, converted to PDF by ``soffice --headless`` with a
throwaway profile that recalculates on load, and the first page (the Summary
sheet, which is the workbook's first sheet) is rasterised by ``pdftoppm``.

Usage: python scripts/render_summary_sheet.py [--plan voice-assistant] [--lang en]
       [--out docs/screenshots/summary-sheet.png]
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from gptbots_planner.core.catalog import load_catalog
from gptbots_planner.core.planfile import load_example_plan
from gptbots_planner.export.xlsx import write_xlsx

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent

PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def render(plan_name: str, language: str, out: Path, resolution: int = 80) -> Path:
    soffice = shutil.which("soffice")
    pdftoppm = shutil.which("pdftoppm")
    if not soffice or not pdftoppm:
        raise SystemExit("needs soffice (libreoffice-calc-nogui) and pdftoppm (poppler-utils)")
    with tempfile.TemporaryDirectory(prefix="render-summary-") as tmp:
        work = Path(tmp)
        profile = work / "profile"
        (profile / "user").mkdir(parents=True)
        (profile / "user" / "registrymodifications.xcu").write_text(PROFILE, encoding="utf-8")
        xlsx = work / f"{plan_name}.xlsx"
        # Bundled prices only: the picture must not depend on whoever runs the script.
        write_xlsx(
            load_example_plan(plan_name),
            load_catalog(use_user_file=False),
            xlsx,
            language=language,
        )
        env = {**os.environ, "HOME": str(work)}
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work),
                str(xlsx),
            ],
            check=True,
            capture_output=True,
            env=env,
            timeout=180,
        )
        pdf = xlsx.with_suffix(".pdf")
        subprocess.run(
            [
                pdftoppm,
                "-png",
                "-r",
                str(resolution),
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf),
                str(work / "page"),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(work / "page.png", out)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plan", default="voice-assistant")
    parser.add_argument("--lang", default="en", choices=("en", "zh"))
    parser.add_argument("--out", type=Path, default=ROOT / "docs/screenshots/summary-sheet.png")
    parser.add_argument("--resolution", type=int, default=80)
    args = parser.parse_args(argv)
    path = render(args.plan, args.lang, args.out, args.resolution)
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
