"""The budget as an XLSX workbook whose numbers are live formulas.

The workbook *is* the model: the Inputs sheet holds every usage assumption
(each cell named after its plan field, e.g. ``conversations_per_month``), the
plan's settings and the measured per-turn values per model; the Prices sheet
holds the catalog rows the plan uses; the Breakdown and Projection sheets
compute credits with formulas that reproduce ``core/estimate.py`` step by
step.  Finance can change an input and the whole workbook follows.

Every formula also carries the value the engine computed (XlsxWriter
``value=``), so a viewer that does not recalculate still shows the right
numbers.  Text that came from file names or the user is always written with
``write_string`` so it can never run as a formula.

Workbook defined names that tests and users can rely on:

* every ``ASSUMPTION_SPECS`` field, the settings (``voice_mode``,
  ``asr_rounding``, ``days_mode``, ``image_rule``, ``start_month``) and
  ``start_date``;
* the shared prices ``price_storage``, ``price_tool_call``,
  ``price_database_processing`` and ``price_question_classification``;
* ``month1_total_credits`` (1 row x scenarios, on Breakdown),
  ``month1_credits_by_type`` (the 10 billing types x scenarios, Breakdown),
  ``projection_total_credits`` (months x scenarios, on Projection) and
  ``horizon_total_credits`` (1 row x scenarios, on Projection).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from gptbots_planner.core.billing import billed_asr_seconds
from gptbots_planner.core.catalog import KEY_MODES, Catalog
from gptbots_planner.core.estimate import estimate, image_rule_for
from gptbots_planner.core.measures import billed_voice_seconds
from gptbots_planner.core.money import plain
from gptbots_planner.core.plan import ASSUMPTION_SPECS, Plan
from gptbots_planner.export.atomic import atomic_write_files
from gptbots_planner.export.labels import file_tokenizers
from gptbots_planner.export.xlsx_charts import SummaryCharts
from gptbots_planner.export.xlsx_layout import (
    LIVE_SETTINGS,
    MEASURE_ROWS,
    SETTING_CHOICES,
    SETTINGS,
    UNPRICED,
    cell_abs,
    excel_date,
    num,
    ref,
    unpriced_flag_value,
)
from gptbots_planner.export.xlsx_model import ModelSheets

log = logging.getLogger(__name__)


class _Builder(ModelSheets, SummaryCharts):
    """Writes the sheets in dependency order and returns the workbook's bytes."""

    # --- Inputs ------------------------------------------------------------------
    def inputs(self) -> None:
        t, f = self.t, self.fmt
        ws = self.sheets["inputs"]
        ws.set_column(0, 0, 42)
        ws.set_column(1, 1, 16)
        ws.set_column(2, 2 + len(self.cols), 24)
        ws.write_string(0, 0, t("inputs.title"), f.title)
        ws.write_string(1, 0, self.plan.name, f.h2)
        ws.write_string(2, 0, t("inputs.note"), f.note)

        row = 4
        ws.write_string(row, 0, t("inputs.assumptions"), f.h2)
        row += 1
        for col, key in enumerate(("field", "value", "unit", "name", "help")):
            ws.write_string(row, col, t(key), f.header)
        self.assumption_row = row
        row += 1
        for name, (_, low, high, unit, help_text) in ASSUMPTION_SPECS.items():
            value = self.plan.assumptions[name]
            ws.write_string(row, 0, t.assumption(name), f.text)
            ws.write_number(row, 1, float(value), f.input_num)
            ws.write_string(row, 2, t.assumption_unit(name, unit), f.text)
            ws.write_string(row, 3, name, f.note)
            months_note = t("inputs.months_note", months=self.months)
            note = t.assumption_help(name, help_text)
            note += f" ({months_note})" if name == "months" else ""
            ws.write_string(row, 4, note, f.text)
            if name == "months":
                # The Projection sheet has a row per exported month: a larger value
                # would be ignored, so the cell refuses it and says why.
                high = str(self.months)
            validation: dict[str, Any] = {
                "validate": "decimal",
                "criteria": ">=" if high is None else "between",
                "error_message": f"{name}: {low}" + (f" .. {high}" if high else " or more"),
            }
            if name == "months":
                validation["error_message"] = f"{name}: {low} .. {high}. {months_note}"
            if high is None:
                validation["value"] = float(Decimal(low))
            else:
                validation["minimum"] = float(Decimal(low))
                validation["maximum"] = float(Decimal(high))
            ws.data_validation(row, 1, row, 1, validation)
            self._name(name, "inputs", row, 1)
            row += 1

        row += 1
        ws.write_string(row, 0, t("inputs.settings"), f.h2)
        row += 1
        for col, key in enumerate(("field", "value", "unit", "name", "help")):
            ws.write_string(row, col, t(key) if key != "unit" else "", f.header)
        row += 1
        for name in SETTINGS:
            value = str(getattr(self.plan.settings, name))
            fixed = name not in LIVE_SETTINGS
            ws.write_string(row, 0, t(f"setting.{name}"), f.text)
            ws.write_string(row, 1, value, f.text if fixed else f.input_text)
            ws.write_string(row, 3, name, f.note)
            ws.write_string(row, 4, t(f"setting_help.{name}"), f.text)
            if fixed:
                # Not an input: the measures below were computed with it at export.
                ws.data_validation(
                    row,
                    1,
                    row,
                    1,
                    {
                        "validate": "list",
                        "source": [value],
                        "error_message": t(f"setting_help.{name}")[:255],
                    },
                )
            elif name in SETTING_CHOICES:
                ws.data_validation(
                    row, 1, row, 1, {"validate": "list", "source": SETTING_CHOICES[name]}
                )
            self._name(name, "inputs", row, 1)
            row += 1
        year, month = (int(x) for x in self.plan.settings.start_month.split("-"))
        self.start = dt.date(year, month, 1)
        ws.write_string(row, 0, t("inputs.start_date"), f.text)
        ws.write_formula(
            row,
            1,
            "=DATE(VALUE(LEFT(start_month,4)),VALUE(MID(start_month,6,2)),1)",
            f.input_date,
            excel_date(self.start),
        )
        ws.write_string(row, 3, "start_date", f.note)
        self._name("start_date", "inputs", row, 1)
        row += 2

        ws.write_string(row, 0, t("inputs.measures"), f.h2)
        row += 1
        ws.write_string(row, 0, t("field"), f.header)
        ws.write_string(row, 1, t("unit"), f.header)
        for c in self.cols:
            ws.write_string(row, 2 + c.index, c.label, f.header)
        ws.write_string(row, 2 + len(self.cols), t("source"), f.header)
        ws.set_row(row, 42)
        row += 1
        ws.write_string(row, 0, t("measure.tokenizer"), f.text)
        ws.set_row(row, 40)  # tokenizer and image rule, wrapped
        for c in self.cols:
            rule = image_rule_for(c.est.model, self.plan.settings.image_rule)
            ws.write_string(row, 2 + c.index, f"{c.est.measures.tokenizer}; {rule.label}", f.wrap)
        row += 1
        sources = self.cols[0].est.measures.sources
        billed_minute, billed_live = self._billed_per_started_minute()
        for name, unit in MEASURE_ROWS:
            ws.write_string(row, 0, t(f"measure.{name}"), f.text)
            ws.write_string(row, 1, t(f"measure_unit.{unit}"), f.text)
            source = sources.get(name) or sources.get(name.replace("billed_", ""), "")
            for c in self.cols:
                value = getattr(c.est.measures, name)
                if name == "billed_voice_seconds_per_message":
                    # Follows the asr_rounding cell (and the voice seconds cell above).
                    voice = c.measures["voice_seconds_per_message"]
                    minute = f"ROUNDUP({voice}/60,0)*60" if billed_live else plain(billed_minute)
                    ws.write_formula(
                        row,
                        2 + c.index,
                        f'=IF(asr_rounding="per_started_minute",{minute},{voice})',
                        f.qty,
                        float(value),
                    )
                else:
                    ws.write_number(row, 2 + c.index, float(value), f.measure)
                c.measures[name] = ref(self.names["inputs"], row, 2 + c.index)
            if name == "billed_voice_seconds_per_message":
                source = t("measure.billed_note" if billed_live else "measure.billed_note_items")
            ws.write_string(row, 2 + len(self.cols), source, f.note)
            row += 1
        ws.freeze_panes(1, 0)
        self._print_setup(ws)

    def _billed_per_started_minute(self) -> tuple[Decimal, bool]:
        """Billed seconds per voice message when rounded per started minute, and whether
        the workbook can compute it from the voice seconds cell (one length to round)."""
        minute = billed_voice_seconds(self.plan, "per_started_minute")
        pro_rata = billed_voice_seconds(self.plan, "pro_rata")
        live = "voice_seconds_per_message" in self.plan.overrides or minute == billed_asr_seconds(
            pro_rata, "per_started_minute"
        )
        return minute, live

    # --- Prices -------------------------------------------------------------------
    def prices(self) -> None:
        t, f, cat = self.t, self.fmt, self.catalog
        ws = self.sheets["prices"]
        sheet = self.names["prices"]
        ws.set_column(0, 0, 40)
        ws.set_column(1, 1, 36)
        ws.set_column(2, 6, 20)
        ws.write_string(0, 0, t("prices.title"), f.title)
        ws.write_string(1, 0, t("summary.catalog", version=cat.version, date=cat.date), f.text)
        ws.write_string(2, 0, cat.source, f.note)

        row = 4
        ws.write_string(row, 0, t("prices.llm"), f.h2)
        row += 1
        heads = (
            "model",
            "model_id",
            "key_mode",
            "prices.input",
            "prices.output",
            "prices.audio_tps",
        )
        for col, key in enumerate(heads):
            ws.write_string(row, col, t(key), f.header)
        ws.set_row(row, 30)
        row += 1
        # Every model the plan compares, with both key modes (one row each), so finance
        # sees the other mode's price too; each scenario's formulas use its own row.
        llm_rows: dict[tuple[str, str], int] = {}
        models = []
        for c in self.cols:
            # an "(audio input)" row bills its text at a sibling row: list that one too
            for model in (c.est.model, c.est.text_pricing_model):
                if model not in models:
                    models.append(model)
        for model in models:
            for mode in KEY_MODES:
                if (model.id, mode) in llm_rows:
                    continue
                ws.write_string(row, 0, model.display, f.text)
                ws.write_string(row, 1, model.id, f.note)
                ws.write_string(row, 2, t.key_mode(mode), f.text)
                self._price_cell(ws, row, 3, model.price(mode, "input"))
                self._price_cell(ws, row, 4, model.price(mode, "output"))
                if model.audio_input_tps is not None:
                    ws.write_number(row, 5, float(model.audio_input_tps), f.price)
                else:
                    ws.write_string(row, 5, t("no_audio"), f.note)
                if model.text_prices_from:
                    sibling = cat.text_pricing(model).display
                    ws.write_string(row, 6, t("prices.text_from", model=sibling), f.note)
                llm_rows[(model.id, mode)] = row
                row += 1
        for c in self.cols:
            r = llm_rows[(c.est.model.id, c.est.key_mode)]
            text = llm_rows[(c.est.text_pricing_model.id, c.est.key_mode)]
            c.prices["llm_input"] = ref(sheet, text, 3)
            c.prices["llm_output"] = ref(sheet, text, 4)
            c.prices["audio_input"] = ref(sheet, r, 3)
            c.prices["audio_tps"] = ref(sheet, r, 5)

        row += 1
        ws.write_string(row, 0, t("prices.services"), f.h2)
        row += 1
        ws.write_string(row, 0, t("prices.service"), f.header)
        ws.write_string(row, 1, t("model"), f.header)
        ws.write_string(row, 2, t("unit"), f.header)
        for i, mode in enumerate(KEY_MODES):
            ws.write_string(row, 3 + i, t.key_mode(mode), f.header)
        row += 1
        units = {
            "embedding": "unit.per_1k_tokens",
            "rerank": "unit.per_1k_tokens",
            "asr": "unit.per_60s",
            "tts": "unit.per_1000_chars",
        }
        for category, unit in units.items():
            svc = cat.service(category, getattr(self.plan.services, category))
            ws.write_string(row, 0, t(f"service.{category}"), f.text)
            ws.write_string(row, 1, svc.display, f.text)
            ws.write_string(row, 2, t(unit), f.text)
            for i, mode in enumerate(KEY_MODES):
                self._price_cell(ws, row, 3 + i, svc.price(mode))
                for c in self.cols:
                    if c.est.key_mode == mode:
                        c.prices[category] = ref(sheet, row, 3 + i)
            row += 1

        row += 1
        ws.write_string(row, 0, t("prices.other"), f.h2)
        row += 1
        for col, key in enumerate(("prices.item", "unit", "prices.price", "source")):
            ws.write_string(row, col, t(key), f.header)
        row += 1
        shared: dict[str, str] = {}
        storage = cat.storage_price
        ws.write_string(row, 0, t("service.storage"), f.text)
        ws.write_string(row, 1, t("unit.per_1k_tokens_day"), f.text)
        self._price_cell(ws, row, 2, storage)
        ws.write_string(row, 3, t("prices.user" if storage.user else "prices.bundled"), f.note)
        shared["storage"] = ref(sheet, row, 2)
        self._name("price_storage", "prices", row, 2)
        row += 1
        for type_id in ("tool_call", "database_processing", "question_classification"):
            price = cat.open_prices[type_id]
            bt = cat.billing_type(type_id)
            ws.write_string(row, 0, t.billing_type(cat, type_id), f.text)
            ws.write_string(row, 1, bt.unit, f.text)
            self._price_cell(ws, row, 2, price)
            ws.write_string(row, 3, t("prices.user" if price.user else "prices.open"), f.note)
            shared[type_id] = ref(sheet, row, 2)
            self._name(f"price_{type_id}", "prices", row, 2)
            row += 1
        for c in self.cols:
            c.prices.update(shared)
        ws.freeze_panes(1, 0)
        self._print_setup(ws)

    # --- Files ------------------------------------------------------------------------
    def files(self) -> None:
        t, f = self.t, self.fmt
        ws = self.sheets["files"]
        tokenizers = file_tokenizers(self.plan)
        heads = t.file_headings(tokenizers)
        for col, text in enumerate(heads):
            ws.write_string(0, col, text, f.header)
        ws.set_row(0, 30)
        ws.set_column(0, 0, 36)
        ws.set_column(1, 3, 20)
        ws.set_column(4, 8 + len(tokenizers), 12)
        ws.set_column(9 + len(tokenizers), 10 + len(tokenizers), 40)
        for i, item in enumerate(self.plan.items, 1):
            m = item.measurement
            # write_string always: a name like "=HYPERLINK(...)" must stay text.
            ws.write_string(i, 0, m.name, f.text)
            ws.write_string(i, 1, t.role(item.role), f.text)
            ws.write_string(i, 2, m.kind, f.text)
            ws.write_string(i, 3, m.detail, f.text)
            col = 4
            for tok in tokenizers:
                if tok in m.tokens:
                    ws.write_number(i, col, m.tokens[tok], f.int_)
                col += 1
            for value in (m.chars, m.width, m.height):
                if value:
                    ws.write_number(i, col, value, f.int_)
                col += 1
            seconds = _decimal_or_none(m.seconds)
            if seconds is not None:
                ws.write_number(i, col, float(seconds), f.qty)
            elif m.seconds:
                ws.write_string(i, col, m.seconds, f.text)
            col += 1
            ws.write_string(i, col, t.measurement_error(m), f.flag)
            ws.write_string(i, col + 1, t.measurement_warning(m), f.note)
        ws.freeze_panes(1, 1)
        ws.autofilter(0, 0, max(1, len(self.plan.items)), len(heads) - 1)
        self._print_setup(ws, 0)

    # --- Summary ----------------------------------------------------------------------
    def summary(self) -> None:
        t, f, cat = self.t, self.fmt, self.catalog
        ws = self.sheets["summary"]
        sheet = self.names["summary"]
        n = len(self.cols)
        months = self.months
        ws.set_column(0, 0, 44)
        ws.set_column(1, 1, 14)
        ws.set_column(2, 2, 18)
        ws.set_column(3, 3, 14)
        ws.set_column(4, 4, 16)
        ws.set_column(5, 5, 20)
        ws.set_column(6, 6, 16)
        ws.set_column(7, 7, 30)
        ws.set_column(8, 8, 13)
        ws.set_column(10, 10, 14, None, {"hidden": True})
        ws.write_string(0, 0, f"{t('summary.title')}: {self.plan.name}", f.title)
        ws.write_string(1, 0, t("summary.catalog", version=cat.version, date=cat.date), f.text)
        ws.write_formula(
            2,
            0,
            _months_text(t("summary.period", start="\x01", months="\x00")),
            f.text,
            t("summary.period", start=self.plan.settings.start_month, months=months),
        )
        ws.write_string(3, 0, t("summary.note"), f.note)
        header = 5
        heads = [
            t("scenario"),
            t("key_mode"),
            t("summary.month1_credits"),
            t("summary.month1_usd"),
            t("summary.one_time"),
            t("summary.horizon_credits", months=months),
            t("summary.horizon_usd", months=months),
            t("summary.unpriced"),
            t("summary.cheapest"),
        ]
        for col, text in enumerate(heads):
            ws.write_string(header, col, text, f.header)
        # Headings that name the horizon follow the months cell, like the totals below them.
        for col, key in ((5, "summary.horizon_credits"), (6, "summary.horizon_usd")):
            ws.write_formula(header, col, _months_text(t(key, months="\x00")), f.header, heads[col])
        ws.write_string(header, 10, t("summary.comparable"), f.header)
        ws.set_row(header, 30)
        first = header + 1
        last = first + n - 1
        cheapest = self.est.cheapest
        for c in self.cols:
            r = first + c.index
            s = c.est
            b = c.breakdown
            ws.write_string(r, 0, c.label, f.text)
            ws.write_string(r, 1, t.key_mode(s.key_mode), f.text)
            ws.write_formula(r, 2, f"={b['total_credits']}", f.credits, num(s.monthly_total))
            ws.write_formula(r, 3, f"={cell_abs(r, 2)}/100", f.usd, num(s.monthly_total_usd))
            ws.write_formula(r, 4, f"={b['one_time']}", f.credits, num(s.one_time_indexing))
            ws.write_formula(r, 5, f"={b['horizon']}", f.credits, num(s.horizon_total))
            ws.write_formula(r, 6, f"={cell_abs(r, 5)}/100", f.usd, num(s.horizon_total / 100))
            ws.write_formula(
                r,
                7,
                f"={b['unpriced']}",
                f.flag,
                unpriced_flag_value([t.billing_type(cat, x) for x in s.first.unpriced_types], t),
            )
            # Only a fully priced scenario (no "unpriced" in any month) can be the cheapest.
            ws.write_formula(
                r,
                10,
                f'=IF(COUNTIF({c.block_range},"{UNPRICED}")=0,{cell_abs(r, 2)},"")',
                f.credits,
                num(s.monthly_total) if not s.unpriced_types else "",
            )
            is_cheapest = cheapest is not None and cheapest is s
            ws.write_formula(
                r,
                8,
                f'=IF(AND(ISNUMBER({cell_abs(r, 10)}),{cell_abs(r, 10)}=MIN({cell_abs(first, 10)}:{cell_abs(last, 10)})),"{t("cheapest")}","")',
                f.cheapest,
                t("cheapest") if is_cheapest else "",
            )
        self._charts(ws, sheet, first, last)
        self._notes(ws, last + 44)  # below the charts (two rows of 19-row charts)
        ws.activate()
        ws.set_first_sheet()
        self._print_setup(ws)

    def _notes(self, ws: Any, row: int) -> None:
        """The estimate's notes (approximate tokenizers, ASR fallback, unpriced or missing
        parts) with the scenarios they concern, so the reader of the workbook sees them too."""
        t, f = self.t, self.fmt
        grouped: dict[str, list[str]] = {}
        for c in self.cols:
            for note in c.est.note_items:
                grouped.setdefault(t.note(note, self.catalog), []).append(c.label)
        if not grouped:
            return
        ws.write_string(row, 0, t("summary.notes"), f.h2)
        for text, labels in grouped.items():
            row += 1
            who = t("summary.all_scenarios") if len(labels) == len(self.cols) else "; ".join(labels)
            ws.write_string(row, 0, text, f.text)
            ws.write_string(row, 5, who, f.note)

    def build(self) -> bytes:
        # Inputs and Prices first: the other sheets' formulas point at their cells.
        self.inputs()
        self.prices()
        self.breakdown()
        self.projection()
        self.files()
        self.summary()
        self.wb.close()
        return self.buf.getvalue()


_LIVE = {"\x00": "months", "\x01": "start_month"}


def _months_text(template: str) -> str:
    """A heading formula: the label with NUL / SOH standing for the ``months`` and
    ``start_month`` cells, so the text follows them."""
    pieces = re.split("([\x00\x01])", template)
    return "=" + "&".join(
        _LIVE[x] if x in _LIVE else '"' + x.replace('"', '""') + '"' for x in pieces if x
    )


def _decimal_or_none(text: str) -> Decimal | None:
    if not text:
        return None
    try:
        return Decimal(text)
    except ArithmeticError:
        return None


def build_xlsx(plan: Plan, catalog: Catalog, *, language: str = "en") -> bytes:
    """The workbook's bytes (raises PlanError when the plan cannot be estimated)."""
    est = estimate(plan, catalog)
    return _Builder(plan, catalog, est, language).build()


def write_xlsx(plan: Plan, catalog: Catalog, path: Path, *, language: str = "en") -> None:
    """Write the budget workbook to ``path`` atomically.

    Raises PlanError for a plan that cannot be estimated and an OSError
    (``ExportWriteError``, whose text is one line naming the file and the
    reason) when the target cannot be written; the target is then untouched.
    """
    data = build_xlsx(plan, catalog, language=language)
    atomic_write_files([(Path(path), data)])
    log.info("wrote %s (%d bytes)", path, len(data))


__all__ = ["build_xlsx", "write_xlsx"]
