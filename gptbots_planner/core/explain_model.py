"""The pieces of an explanation: named factors, the operations between them, the charges.

An explanation is an expression tree whose leaves are :class:`Factor` s (a value from the
plan, a measurement, a workflow component, the catalog or the calendar) and whose nodes are
:class:`Op` s, evaluated with the engine's own arithmetic (``core.money`` at 60 digits) in
the engine's own order, so that evaluating an explanation gives exactly the engine's number.
A derived factor (turns this month, chunks a turn gets) carries its own derivation and its
value is that derivation evaluated, never copied from the engine's result.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from gptbots_planner.core.money import ZERO, add, div, mul
from gptbots_planner.core.projection import power
from gptbots_planner.vocab.text import Text

log = logging.getLogger(__name__)

Source = Literal[
    "plan",
    "measured",
    "entered",
    "component",
    "catalog",
    "user_price",
    "vendor",
    "calendar",
    "derived",
]
OpName = Literal["mul", "add", "sub", "div", "pow"]


@dataclass(frozen=True)
class Factor:
    """One named number of a formula."""

    label: Text  # what it is (a plan field's label, or a vocab.explain_terms text)
    value: Decimal | None  # None: an unpriced price
    unit: Text | None = None  # the short unit written after the number
    source: Source = "derived"
    ref: str = ""  # the plan field, component id or catalog row it comes from
    params: tuple[tuple[str, str], ...] = ()  # the label's placeholders
    share: bool = False  # a share: reads as a percentage
    derivation: Expr | None = None  # how a derived value is computed (its value evaluated)
    inline: bool = False  # a formula shows its derivation in its place (turns: conv. x turns)


@dataclass(frozen=True)
class Op:
    """An operation on its arguments, left to right (``sub``: a - b; ``pow``: a ** int(b))."""

    op: OpName
    args: tuple[Expr, ...]


Expr = Factor | Op


def evaluate(expr: Expr) -> Decimal | None:
    """The value of ``expr`` (None when a factor in it has no value)."""
    if isinstance(expr, Factor):
        return expr.value
    values = [evaluate(a) for a in expr.args]
    if any(v is None for v in values):
        return None
    known = [v for v in values if v is not None]
    if expr.op == "mul":
        return mul(*known)
    if expr.op == "add":
        return add(*known)
    if expr.op == "sub":
        # as the engine writes it: add(a, -b), the negation in the default context
        return add(known[0], -known[1])
    if expr.op == "div":
        return div(known[0], known[1])
    return power(known[0], int(known[1]))


def derived(label: Text, expr: Expr, unit: Text | None = None, *, inline: bool = False) -> Factor:
    """A factor computed from others: its value is ``expr`` evaluated."""
    return Factor(label, evaluate(expr), unit, "derived", derivation=expr, inline=inline)


def times(*args: Expr) -> Op:
    return Op("mul", args)


def plus(*args: Expr) -> Op:
    return Op("add", args)


def leaves(expr: Expr) -> list[Factor]:
    """The factors of ``expr`` down to the plan's own numbers, each once, in order."""
    found: list[Factor] = []

    def walk(e: Expr) -> None:
        if isinstance(e, Op):
            for a in e.args:
                walk(a)
        elif e.derivation is not None:
            if e not in found:
                found.append(e)
            walk(e.derivation)
        elif e not in found:
            found.append(e)

    walk(expr)
    return found


@dataclass(frozen=True)
class Term:
    """One charge of a line: a quantity at a price, ``quantity x price / per`` credits."""

    label: Text
    quantity: Expr
    price: Factor
    per: Decimal  # 1000 (tokens, characters), 60 (seconds) or 1 (per unit)
    component: str = ""  # the workflow component it belongs to ("" for the others)

    @property
    def quantity_value(self) -> Decimal:
        return evaluate(self.quantity) or ZERO

    @property
    def credits(self) -> Decimal | None:
        """As ``core.billing``: an unused quantity costs 0 whatever the price."""
        q = self.quantity_value
        if q == 0:
            return ZERO
        if self.price.value is None:
            return None
        return div(mul(q, self.price.value), self.per)


def sum_credits(values: list[Decimal | None]) -> Decimal | None:
    """A sum of charges, None when one is unpriced (as ``billing.sum_charges``)."""
    if any(v is None for v in values):
        return None
    return add(*(v for v in values if v is not None))


@dataclass(frozen=True)
class VendorTerm:
    """One part of the model vendor's bill on the own key: ``quantity x USD / per``."""

    quantity: Expr
    price: Factor  # USD per million tokens or characters, or per minute
    per: Decimal
    own_key: bool
    component: str = ""

    @property
    def usd(self) -> Decimal | None:
        """As ``charges.vendor_usd``: 0 on the GPTBots key or unused, None without a price."""
        q = evaluate(self.quantity) or ZERO
        if not self.own_key or q == 0:
            return ZERO
        if self.price.value is None:
            return None
        return div(mul(q, self.price.value), self.per)


@dataclass(frozen=True)
class LineExplanation:
    """How one billing line of one month is computed: its charges, summed group by group
    (the engine sums each kind of charge over the components first)."""

    billing_type: str
    groups: tuple[tuple[Term, ...], ...]
    month: int = 1
    vendor: tuple[tuple[VendorTerm, ...], ...] = ()  # the own key's vendor bill, summed alike

    @property
    def provider_usd(self) -> Decimal | None:
        return sum_credits([sum_credits([v.usd for v in g]) for g in self.vendor])

    @property
    def terms(self) -> list[Term]:
        return [t for g in self.groups for t in g]

    @property
    def credits(self) -> Decimal | None:
        return sum_credits([sum_credits([t.credits for t in g]) for g in self.groups])

    @property
    def quantity(self) -> Decimal:
        return add(*(add(*(t.quantity_value for t in g)) for g in self.groups))

    def component_terms(self, cid: str) -> list[Term]:
        return [t for t in self.terms if t.component == cid]

    def component_credits(self, cid: str) -> Decimal | None:
        return sum_credits([t.credits for t in self.component_terms(cid)])


@dataclass(frozen=True)
class MonthExplanation:
    """One month: where its conversations, turns, days and knowledge come from, its lines,
    and its total (the sum of the priced lines)."""

    index: int
    label: str
    conversations: Factor
    turns: Factor
    days: Factor
    knowledge: Factor
    lines: dict[str, LineExplanation] = field(default_factory=dict)

    @property
    def total(self) -> Decimal:
        return add(*(c for line in self.lines.values() if (c := line.credits) is not None))
