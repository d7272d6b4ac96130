"""Explanations as text in the user's language: one formula per charge, and the factors.

``render_line(line, translate)`` gives a line's heading, one formula per charge used
("3,000 conversations × 4 turns × 1 calls × (… tokens) × 0.0024 credits / 1K tokens =
14,400 credits") and one row per factor saying what it is and where it comes from.  The
words come from ``vocab.explain_terms`` and the plan fields' own labels, translated by the
caller's ``translate`` (Qt in the window, the ``.ts`` reader elsewhere); the numbers are the
explanation's own Decimals, rounded only here, for reading.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from gptbots_planner.core.explain_model import (
    Expr,
    Factor,
    LineExplanation,
    MonthExplanation,
    Term,
    evaluate,
)
from gptbots_planner.core.money import fmt_credits, normalize
from gptbots_planner.vocab import billing as vocab_billing
from gptbots_planner.vocab import explain_terms as words
from gptbots_planner.vocab.text import Translate, fill

log = logging.getLogger(__name__)

# a unit's words for a count of one ("1 call", not "1 calls")
SINGULAR = {words.UNITS[name]: text for name, text in words.SINGULAR.items()}
HUNDRED = Decimal(100)


def number(value: Decimal) -> str:
    """A factor for reading: exact when short (0.0024, 1,250), else 4 significant digits
    below 1 and 2 decimals above it, marked "≈"."""
    n = normalize(value)
    exponent = n.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    if places <= 4:
        return format(n, ",f")
    if abs(n) >= 1:
        rounded = n.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    else:
        rounded = n.quantize(Decimal(1).scaleb(n.adjusted() - 3), rounding=ROUND_HALF_UP)
    return "≈" + format(normalize(rounded), ",f")


def credits(value: Decimal) -> str:
    return fmt_credits(value)


def _label(factor: Factor, translate: Translate) -> str:
    params = dict(factor.params)
    if "type" in params:
        params["type"] = translate(vocab_billing.BILLING_TYPES[params["type"]].name)
    return fill(translate(factor.label), params)


def factor_text(factor: Factor, translate: Translate) -> str:
    """The number with its unit: "3,000 conversations", "20 %", "0.0024 credits / 1K tokens"."""
    if factor.value is None:
        return translate(vocab_billing.UNPRICED)
    if factor.share:
        return f"{number(factor.value * HUNDRED)} %"
    text = number(factor.value)
    if factor.unit is None:
        return text
    unit = factor.unit
    if factor.value == 1:
        unit = SINGULAR.get(unit, unit)
    return f"{text} {translate(unit)}"


def _is_one(expr: Expr) -> bool:
    """A growth factor of month 1 ((1 + g)^0): left out of a product."""
    return isinstance(expr, Factor) and expr.inline and expr.value == 1 and expr.unit is None


def _is_zero(expr: Expr) -> bool:
    """A part of a sum that adds nothing (a 0 instruction, no reasoning)."""
    return evaluate(expr) == 0


class Writer:
    """Writes expressions out and keeps the factors it wrote, for the rows below."""

    def __init__(self, translate: Translate) -> None:
        self.translate = translate
        self.factors: list[Factor] = []

    def factor(self, f: Factor) -> str:
        if f not in self.factors:
            self.factors.append(f)
        return factor_text(f, self.translate)

    def expr(self, expr: Expr, parent: str = "") -> str:
        """``expr`` written out; a sum inside a product is bracketed, a 0 in a sum left out."""
        if isinstance(expr, Factor):
            if expr.inline and expr.derivation is not None:
                return self.expr(expr.derivation, parent)
            return self.factor(expr)
        args = expr.args
        if expr.op == "mul":
            kept = [a for a in args if not _is_one(a)] or list(args[:1])
            return " × ".join(self.expr(a, "mul") for a in kept)
        if expr.op == "pow":
            exponent = args[1].value if isinstance(args[1], Factor) else None
            return f"{self.expr(args[0], 'pow')}^{number(exponent or Decimal(0))}"
        if expr.op == "div":
            text = " ÷ ".join(self.expr(a, "div") for a in args)
            return f"({text})" if parent in ("mul", "div", "pow") else text
        if expr.op == "add":
            kept = [a for a in args if not _is_zero(a)] or list(args[:1])
            if len(kept) == 1:
                return self.expr(kept[0], parent)
            text = " + ".join(self.expr(a, "add") for a in kept)
        else:
            text = " − ".join(self.expr(a, "sub") for a in args)
        return f"({text})" if parent in ("mul", "div", "pow", "sub") else text


def amount_text(value: Decimal | None, translate: Translate) -> str:
    if value is None:
        return translate(words.UNPRICED_RESULT)
    return fill(translate(words.EQUALS_CREDITS), {"amount": credits(value)})


def term_text(term: Term, writer: Writer) -> str:
    """One charge: quantity × price = credits."""
    quantity = writer.expr(term.quantity, "mul")
    price = writer.factor(term.price)
    return f"{quantity} × {price} = {amount_text(term.credits, writer.translate)}"


def source_text(factor: Factor, translate: Translate) -> str:
    return translate(words.SOURCES[factor.source])


def _shown(f: Factor) -> bool:
    """A factor worth a row: a number with a unit, a share, or a missing price."""
    return f.unit is not None or f.share or f.value is None


def factor_rows(writer: Writer) -> list[str]:
    """What each written number is and where it comes from, each once; a computed one with
    its own formula (whose numbers get rows too)."""
    rows = []
    i = 0
    while i < len(writer.factors):  # grows while derivations are written
        f = writer.factors[i]
        i += 1
        if not _shown(f):
            continue
        value = factor_text(f, writer.translate)
        if f.derivation is not None:
            value = f"{value} = {writer.expr(f.derivation)}"
        label = _label(f, writer.translate)
        source = source_text(f, writer.translate)
        rows.append(
            fill(
                writer.translate(words.FACTOR_ROW),
                {"value": value, "label": label, "source": source},
            )
        )
    return rows


@dataclass(frozen=True)
class RenderedLine:
    title: str
    formulas: list[tuple[str, str]]  # (what is billed, its formula)
    factors: list[str]


def used_terms(terms: list[Term]) -> list[Term]:
    """The charges with a quantity (a formula of 0 tokens says nothing)."""
    return [t for t in terms if t.quantity_value != 0]


def render_terms(
    title: str, terms: list[Term], translate: Translate, names: dict[str, str] | None = None
) -> RenderedLine:
    """``terms`` as formulas; a component's charge is named after the component."""
    shown = used_terms(terms)
    writer = Writer(translate)
    formulas = []
    for t in shown:
        what = translate(t.label)
        if t.component and names is not None:
            what = f"{names.get(t.component, t.component)}: {what}"
        formulas.append((what, term_text(t, writer)))
    if not shown:
        formulas.append(("", translate(words.NOTHING_TO_EXPLAIN)))
    return RenderedLine(title, formulas, factor_rows(writer))


def usd_text(value: Decimal | None, translate: Translate) -> str:
    return translate(words.NO_VENDOR_PRICE) if value is None else f"${fmt_credits(value)}"


def vendor_formulas(
    line: LineExplanation, writer: Writer, names: dict[str, str] | None
) -> list[tuple[str, str]]:
    """The own key's vendor bill for the line, part by part, and its sum (none: unused)."""
    parts = [v for g in line.vendor for v in g if v.usd is None or v.usd != 0]
    if not parts:
        return []
    translate = writer.translate
    formulas = []
    for v in parts:
        what = translate(words.TERMS["vendor"])
        if v.component and names is not None:
            what = f"{names.get(v.component, v.component)}: {what}"
        quantity = writer.expr(v.quantity, "mul")
        price = writer.factor(v.price)
        formulas.append((what, f"{quantity} × {price} = {usd_text(v.usd, translate)}"))
    total = usd_text(line.provider_usd, translate)
    formulas.append(("", fill(translate(words.VENDOR_TOTAL), {"amount": total})))
    return formulas


def render_line(
    line: LineExplanation,
    translate: Translate,
    month_label: str = "",
    names: dict[str, str] | None = None,
) -> RenderedLine:
    """A billing line: "LLM text chat in 2027-01: 14,400 credits", its charges, its factors."""
    amount = line.credits
    name = translate(vocab_billing.BILLING_TYPES[line.billing_type].name)
    if amount is None:
        title = fill(translate(words.LINE_UNPRICED), {"line": name, "month": month_label})
    else:
        title = fill(
            translate(words.LINE_TOTAL),
            {"line": name, "month": month_label, "amount": credits(amount)},
        )
    rendered = render_terms(title, line.terms, translate, names)
    writer = Writer(translate)
    vendor = vendor_formulas(line, writer, names)
    if not vendor:
        return rendered
    return RenderedLine(
        title,
        rendered.formulas + vendor,
        rendered.factors + [r for r in factor_rows(writer) if r not in rendered.factors],
    )


def render_month(month: MonthExplanation, translate: Translate) -> RenderedLine:
    """A month: its total as the sum of its lines, and where its turns come from."""
    title = fill(
        translate(words.MONTH_TOTAL), {"month": month.label, "amount": credits(month.total)}
    )
    writer = Writer(translate)
    formulas = []
    for f in (month.conversations, month.turns, month.knowledge, month.days):
        value = factor_text(f, translate)
        if f.derivation is not None:
            value = f"{writer.expr(f.derivation)} = {value}"
        else:
            writer.factor(f)
        formulas.append((_label(f, translate), value))
    for type_id, line in month.lines.items():
        if line.credits is None or line.credits != 0:
            name = translate(vocab_billing.BILLING_TYPES[type_id].name)
            formulas.append((name, amount_text(line.credits, translate)))
    rows = factor_rows(writer)
    return RenderedLine(title, formulas, rows)


def text_of(rendered: RenderedLine) -> str:
    """Plain text of a rendered explanation (the tooltip, the clipboard, the tests)."""
    lines = [rendered.title]
    lines += [f"  {what}: {formula}" for what, formula in rendered.formulas]
    lines += [f"    {row}" for row in rendered.factors]
    return "\n".join(lines)
