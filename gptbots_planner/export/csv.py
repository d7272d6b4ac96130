"""The budget as two CSV files: the breakdown, and the plan's file list beside it.

``<name>.csv`` holds one row per scenario x month x billing type (plus a total
row per scenario and month), with exact decimal text (no float noise);
``<name>-files.csv`` lists every plan item with its role and measures.  Both
are UTF-8 with a BOM so Excel opens Chinese text correctly, and every text
cell passes through ``safe_cell`` so a file named ``=HYPERLINK(...)`` stays
text.  Both files are written atomically, together.
"""

from __future__ import annotations

import csv
import io
import logging
from decimal import Decimal
from pathlib import Path

from gptbots_planner.core.catalog import BILLING_TYPES, Catalog
from gptbots_planner.core.estimate import estimate
from gptbots_planner.core.measures import token_range
from gptbots_planner.core.money import credits_to_usd, plain
from gptbots_planner.core.plan import Plan
from gptbots_planner.export.atomic import atomic_write_files
from gptbots_planner.export.labels import Labels, file_tokenizers
from gptbots_planner.export.safe_text import printable_plan, safe_cell

log = logging.getLogger(__name__)

UNPRICED = "unpriced"
BREAKDOWN_COLUMNS = (
    "scenario",
    "model_id",
    "model",
    "key_mode",
    "month",
    "month_label",
    "billing_type_id",
    "billing_type",
    "quantity",
    "unit",
    "credits",
    "usd",
)


def files_csv_path(path: Path) -> Path:
    """Where the file list goes for a breakdown written to ``path``."""
    return path.with_name(f"{path.stem}-files{path.suffix or '.csv'}")


def _text(value: str) -> str:
    return safe_cell(value)


def _number(value: Decimal | int | None) -> str:
    if value is None:
        return UNPRICED
    return plain(Decimal(value))


def _to_bytes(rows: list[list[str]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8-sig")


def breakdown_rows(plan: Plan, catalog: Catalog, language: str = "en") -> list[list[str]]:
    """Rows of the breakdown CSV, header first (raises PlanError like ``estimate``)."""
    t = Labels(language)
    est = estimate(plan, catalog)
    rows = [[t(f"csv.{key}") for key in BREAKDOWN_COLUMNS]]
    for number, s in enumerate(est.scenarios, 1):
        head = [
            str(number),
            _text(s.model.id),
            _text(s.model.display),
            _text(t.key_mode(s.key_mode)),
        ]
        for month in s.months:
            for type_id in BILLING_TYPES:
                line = month.lines[type_id]
                rows.append(
                    [
                        *head,
                        str(month.index),
                        month.label,
                        type_id,
                        _text(t.billing_type(catalog, type_id)),
                        _number(line.quantity),
                        line.unit,
                        _number(line.credits),
                        UNPRICED if line.credits is None else _number(credits_to_usd(line.credits)),
                    ]
                )
            unpriced = [t.billing_type(catalog, x) for x in month.unpriced_types]
            rows.append(
                [
                    *head,
                    str(month.index),
                    month.label,
                    "total",
                    _text(
                        t("csv.total")
                        + (f" ({t('unpriced_prefix')}{', '.join(unpriced)})" if unpriced else "")
                    ),
                    "",
                    "credits",
                    _number(month.total),
                    _number(credits_to_usd(month.total)),
                ]
            )
    return rows


def file_rows(plan: Plan, language: str = "en") -> list[list[str]]:
    """Rows of the file list CSV, header first."""
    t = Labels(language)
    tokenizers = file_tokenizers(plan)
    spans = [token_range(item.measurement) for item in plan.items]
    ranged = any(span is not None for span in spans)  # an approximated model's samples
    rows = [t.file_headings(tokenizers) + ([t("files.token_range")] if ranged else [])]
    for item, span in zip(plan.items, spans, strict=True):
        m = item.measurement
        extra = [f"{span[0]}-{span[1]}" if span else ""] if ranged else []
        rows.append(
            [
                _text(m.name),
                _text(t.role(item.role)),
                _text(m.kind),
                _text(t.measurement_detail(m)),
                *(str(m.tokens[tok]) if tok in m.tokens else "" for tok in tokenizers),
                str(m.chars) if m.chars else "",
                str(m.width) if m.width else "",
                str(m.height) if m.height else "",
                _text(m.seconds),
                _text(t.measurement_error(m)),
                _text(t.measurement_warning(m)),
                *extra,
            ]
        )
    return rows


def write_csv(plan: Plan, catalog: Catalog, path: Path, *, language: str = "en") -> list[Path]:
    """Write the breakdown to ``path`` and the file list to ``<stem>-files.csv`` beside it.

    Returns the paths written.  Raises PlanError for a plan that cannot be
    estimated and an OSError (``ExportWriteError``) when a target cannot be
    written; then neither file is changed.
    """
    path = Path(path)
    plan = printable_plan(plan)  # names a CSV can hold (undecodable bytes as \xNN)
    files = [
        (path, _to_bytes(breakdown_rows(plan, catalog, language))),
        (files_csv_path(path), _to_bytes(file_rows(plan, language))),
    ]
    written = atomic_write_files(files)
    log.info("wrote %s", ", ".join(str(p) for p in written))
    return written
