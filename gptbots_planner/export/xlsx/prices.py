"""The Prices sheet: the catalog rows the plan uses, as input cells.

Every compared model is listed with both key modes (finance sees the other
mode's price too), then each model's context window, whether it is a reasoning
model and its vendor's price on the own key (USD per 1M tokens, with its basis
and source), then the services of the plan with their vendor prices, and the
shared prices (storage and the three per-call types only the user prices).  Each
scenario's formulas point at its own rows.  Workbook names: the shared prices
(``price_storage``, ``price_tool_call`` ...), per model ``context_window_<id>``,
``reasoning_<id>``, ``provider_input_<id>``, ``provider_output_<id>`` and per
service ``provider_price_<service>`` (``<id>``: the model id with every character
other than a letter or digit as ``_``).  The models listed are the compared ones, every
workflow component's fixed model, and the rows that bill their text under either
``audio_row_text`` setting, so that setting stays a live input.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from xlsxwriter.worksheet import Worksheet

from gptbots_planner.core.catalog import KEY_MODES, LLMModel
from gptbots_planner.core.provider_prices import ProviderPrice
from gptbots_planner.core.workflow import speaks, text_row
from gptbots_planner.export.xlsx.book import UNPRICED, Book, print_setup, ref

log = logging.getLogger(__name__)

SERVICE_UNITS = {
    "embedding": "unit.per_1k_tokens",
    "rerank": "unit.per_1k_tokens",
    "asr": "unit.per_60s",
    "tts": "unit.per_1000_chars",
}
PER_CALL_TYPES = ("tool_call", "database_processing", "question_classification")
# The billing types charged as one quantity at one price: the PriceCells key of that price
# and how many units it is per (``core/billing.py``).
TYPE_PRICES = {
    "asr": ("asr", 60),
    "tts": ("tts", 1000),
    "knowledge_storage": ("storage", 1000),
    "tool_call": ("tool_call", 1),
    "rerank": ("rerank", 1000),
    "database_processing": ("database_processing", 1),
    "question_classification": ("question_classification", 1),
}


@dataclass(frozen=True)
class PriceCells:
    """What the Prices sheet publishes: per scenario, price key -> its cell.

    Keys: ``llm_input``, ``llm_output`` (the row that bills the text),
    ``audio_input``, ``audio_tps`` (the model's own row), the services
    ``embedding``, ``rerank``, ``asr``, ``tts`` at the scenario's key mode, the
    shared ``storage`` and per-call prices; the model facts ``context_window`` and
    ``reasoning`` (1 / 0) of the scenario's model; the vendor prices (USD)
    ``vendor_input``, ``vendor_output`` (the row that bills the text),
    ``vendor_audio`` (the model's own input) and ``vendor_<service>``.

    ``models``: per listed model id its facts (``context_window``, ``reasoning``,
    ``vendor_input``, ``vendor_output``, ``audio_tps``, ``audio_out_tps``); ``llm``: per
    (model id, key mode) its ``input`` and ``output`` price; ``text_rows``: per model id
    the row that bills its text under ``audio_row_text`` "audio_row" and "text_sibling"."""

    scenarios: tuple[dict[str, str], ...]
    models: dict[str, dict[str, str]] = field(default_factory=dict)
    llm: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    text_rows: dict[str, tuple[str, str]] = field(default_factory=dict)

    def model_prices(self, model_id: str, key_mode: str) -> dict[str, str]:
        """The price expressions of a component on ``model_id`` in ``key_mode``: its text
        prices (``in``, ``out``, vendor ``vin``, ``vout``) follow the ``audio_row_text``
        cell; its audio (``ain``, ``aout``, ``vain``, ``vaout``) is its own row's."""
        own, sibling = self.text_rows[model_id]
        facts = self.models[model_id]

        def text(pick: Callable[[str], str]) -> str:
            if own == sibling:
                return pick(own)
            return f'IF(audio_row_text="text_sibling",{pick(sibling)},{pick(own)})'

        row = self.llm[(model_id, key_mode)]
        return {
            "in": text(lambda m: self.llm[(m, key_mode)]["input"]),
            "out": text(lambda m: self.llm[(m, key_mode)]["output"]),
            "vin": text(lambda m: self.models[m]["vendor_input"]),
            "vout": text(lambda m: self.models[m]["vendor_output"]),
            "ain": row["input"],
            "aout": row["output"],
            "vain": facts["vendor_input"],
            "vaout": facts["vendor_output"],
            **{k: facts[k] for k in ("audio_tps", "audio_out_tps", "context_window", "reasoning")},
        }


def write_prices(book: Book) -> PriceCells:
    t, f, cat = book.t, book.fmt, book.catalog
    ws = book.sheets["prices"]
    ws.set_column(0, 0, 40)
    ws.set_column(1, 1, 36)
    ws.set_column(2, 6, 20)
    ws.set_column(7, 8, 24)
    ws.write_string(0, 0, t("prices.title"), f.title)
    ws.write_string(1, 0, t("summary.catalog", version=cat.version, date=cat.date), f.text)
    ws.write_string(2, 0, cat.source, f.note)
    prices: tuple[dict[str, str], ...] = tuple({} for _ in book.cols)
    cells = PriceCells(prices)
    row = _llm_rows(book, ws, 4, cells)
    row = _model_rows(book, ws, row + 1, cells)
    row = _service_rows(book, ws, row + 1, prices)
    shared = _shared_rows(book, ws, row + 1)
    for scenario in prices:
        scenario.update(shared)
    ws.freeze_panes(1, 0)
    print_setup(ws)
    return cells


def listed_models(book: Book) -> list[LLMModel]:
    """The compared models, every component's fixed model, and the rows that bill their
    text under either ``audio_row_text`` setting (an "(audio input)" row's sibling)."""
    models: list[LLMModel] = []
    for c in book.cols:
        for model in (c.est.model, *(r.model for r in c.est.runs)):
            for row in (model, *(text_row(book.catalog, model, s) for s in TEXT_SETTINGS)):
                if row not in models:
                    models.append(row)
    return models


TEXT_SETTINGS = ("audio_row", "text_sibling")


def _llm_rows(book: Book, ws: Worksheet, row: int, cells: PriceCells) -> int:
    """A row per model and key mode; returns the next free row."""
    t, f, cat = book.t, book.fmt, book.catalog
    sheet = book.names["prices"]
    prices = cells.scenarios
    heads = (
        "model",
        "model_id",
        "key_mode",
        "prices.input",
        "prices.output",
        "prices.audio_tps",
        "prices.audio_out_tps",
    )
    row = book.section(ws, row, t("prices.llm"), [t(key) for key in heads])
    ws.set_row(row - 1, 30)
    rows: dict[tuple[str, str], int] = {}
    for model in listed_models(book):
        cells.text_rows[model.id] = tuple(  # type: ignore[assignment]
            text_row(cat, model, s).id for s in TEXT_SETTINGS
        )
        for mode in KEY_MODES:
            if (model.id, mode) in rows:
                continue
            ws.write_string(row, 0, model.display, f.text)
            ws.write_string(row, 1, model.id, f.note)
            ws.write_string(row, 2, t.key_mode(mode), f.text)
            book.price_cell(ws, row, 3, model.price(mode, "input"))
            book.price_cell(ws, row, 4, model.price(mode, "output"))
            if model.audio_input_tps is not None:
                ws.write_number(row, 5, float(model.audio_input_tps), f.price)
            else:
                ws.write_string(row, 5, t("no_audio"), f.note)
            # only a model that answers in audio has a spoken-reply rate
            if speaks(model) and model.audio_output_tps is not None:
                ws.write_number(row, 6, float(model.audio_output_tps), f.price)
            else:
                ws.write_string(row, 6, t("no_audio"), f.note)
            if model.text_prices_from:
                sibling = cat.text_pricing(model).display
                ws.write_string(row, 7, t("prices.text_from", model=sibling), f.note)
            rows[(model.id, mode)] = row
            cells.llm[(model.id, mode)] = {
                "input": ref(sheet, row, 3),
                "output": ref(sheet, row, 4),
                "audio_tps": ref(sheet, row, 5),
                "audio_out_tps": ref(sheet, row, 6),
            }
            row += 1
    for c in book.cols:
        own = rows[(c.est.model.id, c.est.key_mode)]
        text = rows[(c.est.text_pricing_model.id, c.est.key_mode)]
        prices[c.index]["llm_input"] = ref(sheet, text, 3)
        prices[c.index]["llm_output"] = ref(sheet, text, 4)
        prices[c.index]["audio_input"] = ref(sheet, own, 3)
        prices[c.index]["audio_tps"] = ref(sheet, own, 5)
    return row


def _service_rows(book: Book, ws: Worksheet, row: int, prices: tuple[dict[str, str], ...]) -> int:
    """The plan's embedding, rerank, ASR and TTS services in both key modes."""
    t, f, cat = book.t, book.fmt, book.catalog
    sheet = book.names["prices"]
    heads = [
        t("prices.service"),
        t("model"),
        t("unit"),
        *(t.key_mode(m) for m in KEY_MODES),
        t("prices.vendor_price"),
        t("prices.vendor_unit"),
        t("prices.basis"),
        t("source"),
    ]
    row = book.section(ws, row, t("prices.services"), heads)
    ws.set_row(row - 1, 30)
    for category, unit in SERVICE_UNITS.items():
        svc = cat.service(category, getattr(book.plan.services, category))
        ws.write_string(row, 0, t(f"service.{category}"), f.text)
        ws.write_string(row, 1, svc.display, f.text)
        ws.write_string(row, 2, t(unit), f.text)
        for i, mode in enumerate(KEY_MODES):
            book.price_cell(ws, row, 3 + i, svc.price(mode))
            for c in book.cols:
                if c.est.key_mode == mode:
                    prices[c.index][category] = ref(sheet, row, 3 + i)
        vendor = svc.provider_price
        _vendor_cell(book, ws, row, 5, vendor.input)
        ws.write_string(row, 6, t(f"prices.unit.{vendor.unit}"), f.text)
        _basis(book, ws, row, 7, vendor)
        cell = book.name_cell(f"provider_price_{category}", "prices", row, 5)
        for c in book.cols:
            prices[c.index][f"vendor_{category}"] = cell
        row += 1
    return row


def slug(model_id: str) -> str:
    """A model id as part of a workbook name: letters and digits, the rest ``_``."""
    return re.sub(r"[^A-Za-z0-9]", "_", model_id)


def _vendor_cell(book: Book, ws: Worksheet, row: int, col: int, value: Decimal | None) -> None:
    if value is None:
        ws.write_string(row, col, UNPRICED, book.fmt.unpriced)
    else:
        ws.write_number(row, col, float(value), book.fmt.price)


def _basis(book: Book, ws: Worksheet, row: int, col: int, vendor: ProviderPrice) -> None:
    """The vendor price's basis and where it comes from (the user's own words for theirs)."""
    t, f = book.t, book.fmt
    ws.write_string(row, col, t(f"prices.basis.{vendor.basis}"), f.text)
    source = vendor.source if vendor.basis == "user" else t(f"prices.source.{vendor.basis}")
    ws.write_string(row, col + 1, source, f.note)


def _model_rows(book: Book, ws: Worksheet, row: int, price_cells: PriceCells) -> int:
    """Per listed model: context window, reasoning, the vendor's price; the next free row."""
    t, f = book.t, book.fmt
    prices = price_cells.scenarios
    heads = (
        "model",
        "model_id",
        "prices.context_window",
        "prices.reasoning",
        "prices.vendor_input",
        "prices.vendor_output",
        "prices.basis",
        "source",
    )
    row = book.section(ws, row, t("prices.models"), [t(key) for key in heads])
    ws.set_row(row - 1, 30)
    cells: dict[str, dict[str, str]] = {}
    for model in listed_models(book):
        key = slug(model.id)
        ws.write_string(row, 0, model.display, f.text)
        ws.write_string(row, 1, model.id, f.note)
        if model.context_window is None:
            ws.write_string(row, 2, t("prices.window_unknown"), f.input_text)
        else:
            ws.write_number(row, 2, float(model.context_window), f.input_int)
        ws.write_number(row, 3, 1.0 if model.reasoning else 0.0, f.input_num)
        ws.data_validation(
            row,
            3,
            row,
            3,
            {"validate": "integer", "criteria": "between", "minimum": 0, "maximum": 1},
        )
        vendor = model.provider_price
        _vendor_cell(book, ws, row, 4, vendor.input)
        _vendor_cell(book, ws, row, 5, vendor.output)
        _basis(book, ws, row, 6, vendor)
        cells[model.id] = {
            "context_window": book.name_cell(f"context_window_{key}", "prices", row, 2),
            "reasoning": book.name_cell(f"reasoning_{key}", "prices", row, 3),
            "vendor_input": book.name_cell(f"provider_input_{key}", "prices", row, 4),
            "vendor_output": book.name_cell(f"provider_output_{key}", "prices", row, 5),
        }
        # the audio rates are the same in both key modes: the GPTBots key's row holds them
        audio = price_cells.llm[(model.id, KEY_MODES[0])]
        cells[model.id].update(audio_tps=audio["audio_tps"], audio_out_tps=audio["audio_out_tps"])
        price_cells.models[model.id] = cells[model.id]
        row += 1
    for c in book.cols:
        own, text = cells[c.est.model.id], cells[c.est.text_pricing_model.id]
        prices[c.index]["context_window"] = own["context_window"]
        prices[c.index]["reasoning"] = own["reasoning"]
        prices[c.index]["vendor_audio"] = own["vendor_input"]
        prices[c.index]["vendor_input"] = text["vendor_input"]
        prices[c.index]["vendor_output"] = text["vendor_output"]
    return row


def _shared_rows(book: Book, ws: Worksheet, row: int) -> dict[str, str]:
    """Storage and the per-call prices, one for every scenario; returns key -> cell."""
    t, f, cat = book.t, book.fmt, book.catalog
    heads = [t(key) for key in ("prices.item", "unit", "prices.price", "source")]
    row = book.section(ws, row, t("prices.other"), heads)
    shared: dict[str, str] = {}
    storage = cat.storage_price
    ws.write_string(row, 0, t("service.storage"), f.text)
    ws.write_string(row, 1, t("unit.per_1k_tokens_day"), f.text)
    book.price_cell(ws, row, 2, storage)
    ws.write_string(row, 3, t("prices.user" if storage.user else "prices.bundled"), f.note)
    shared["storage"] = book.name_cell("price_storage", "prices", row, 2)
    row += 1
    for type_id in PER_CALL_TYPES:
        price = cat.open_prices[type_id]
        ws.write_string(row, 0, t.billing_type(cat, type_id), f.text)
        ws.write_string(row, 1, cat.billing_type(type_id).unit, f.text)
        book.price_cell(ws, row, 2, price)
        ws.write_string(row, 3, t("prices.user" if price.user else "prices.open"), f.note)
        shared[type_id] = book.name_cell(f"price_{type_id}", "prices", row, 2)
        row += 1
    return shared
