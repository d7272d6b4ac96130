"""LibreOffice headless with forced recalculation, for the export tests.

``soffice`` recalculates an XLSX on load only when its profile says so
(``OOXMLRecalcMode`` = 0, "always"; its default trusts the cached values); a throwaway profile per test session keeps
the user's own LibreOffice settings out of it.  One ``soffice`` run converts a
whole batch of files (~2 s), so test modules convert everything they need at
once.
"""

from __future__ import annotations

import csv
import os
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"

PROFILE_XCU = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
<prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


@dataclass
class LibreOffice:
    soffice: str
    profile: Path

    def convert(self, files: Sequence[Path], outdir: Path, target: str = CSV_FILTER) -> None:
        """Convert every file in one soffice run (recalculated on load)."""
        outdir.mkdir(parents=True, exist_ok=True)
        cmd = [
            self.soffice,
            f"-env:UserInstallation={self.profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            target,
            "--outdir",
            str(outdir),
            *(str(f) for f in files),
        ]
        env = {**os.environ, "HOME": str(self.profile.parent)}
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=180, env=env)
        assert done.returncode == 0, done.stderr

    def sheets(self, xlsx: Path, outdir: Path) -> dict[str, list[list[str]]]:
        """Every sheet of an already converted workbook, as rows of cell texts."""
        result = {}
        prefix = xlsx.stem + "-"
        for f in outdir.glob(f"{xlsx.stem}-*.csv"):
            with f.open(encoding="utf-8", newline="") as fh:
                result[f.stem[len(prefix) :]] = list(csv.reader(fh))
        assert result, f"soffice wrote no CSV for {xlsx.name} in {outdir}"
        return result
