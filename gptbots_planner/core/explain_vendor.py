"""The model vendor's bill on the own key, explained from a line's own charges.

On the own key the vendor bills the same quantities as the line's charges at its own price
(``core.provider_prices``), per million tokens or characters or per minute; the parts are
summed as ``core.charges`` sums them (per component: input, then output with reasoning).
"""

from __future__ import annotations

import logging
from decimal import Decimal

from gptbots_planner.core.catalog import LLMModel
from gptbots_planner.core.charges import MILLION, SIXTY_SECONDS, ScenarioPrices
from gptbots_planner.core.explain_model import (
    Expr,
    Factor,
    LineExplanation,
    Term,
    VendorTerm,
    plus,
)
from gptbots_planner.vocab import explain_terms as words

log = logging.getLogger(__name__)


def vendor_price(value: Decimal | None, name: str, ref: str, unit: str) -> Factor:
    return Factor(
        words.DERIVED["vendor_price"],
        value,
        words.UNITS[unit],
        "vendor",
        ref,
        (("model", name),),
    )


def _llm(model: LLMModel, direction: str) -> Factor:
    price = model.provider_price
    value = price.input if direction == "input" else price.output
    return vendor_price(value, model.name, model.id, "usd_per_1m_tokens")


def vendor_groups(
    line: LineExplanation, prices: ScenarioPrices
) -> tuple[tuple[VendorTerm, ...], ...]:
    """The vendor's parts of ``line`` (nothing for storage and the user-priced types)."""
    own = prices.key_mode == "own_key"
    by_id = {c.id: c for c in prices.components}

    def term(quantity: Expr, price: Factor, per: Decimal, cid: str = "") -> VendorTerm:
        return VendorTerm(quantity, price, per, own, cid)

    t = line.billing_type
    if t == "llm_text":
        ins, outs, reasonings = line.groups
        groups = []
        for i, r, o in zip(ins, reasonings, outs, strict=True):
            model = by_id[i.component].text_model
            groups.append(
                (
                    term(i.quantity, _llm(model, "input"), MILLION, i.component),
                    term(plus(o.quantity, r.quantity), _llm(model, "output"), MILLION, o.component),
                )
            )
        return tuple(groups)
    if t == "llm_audio":
        heard, spoken = line.groups
        return tuple(
            (
                term(h.quantity, _llm(by_id[h.component].model, "input"), MILLION, h.component),
                term(s.quantity, _llm(by_id[s.component].model, "output"), MILLION, s.component),
            )
            for h, s in zip(heard, spoken, strict=True)
        )
    services = {
        "asr": (prices.asr, "usd_per_minute", SIXTY_SECONDS),
        "tts": (prices.tts, "usd_per_1m_characters", MILLION),
        "rerank": (prices.rerank, "usd_per_1m_tokens", MILLION),
        "knowledge_index": (prices.embedding, "usd_per_1m_tokens", MILLION),
    }
    if t not in services:
        return ()
    row, unit, per = services[t]
    terms: list[Term] = line.terms
    quantity = terms[0].quantity if len(terms) == 1 else plus(*(x.quantity for x in terms))
    price = vendor_price(row.provider_price.input, row.name, row.id, unit)
    return ((term(quantity, price, per),),)
