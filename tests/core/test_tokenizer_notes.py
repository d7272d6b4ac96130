"""Which catalog rows count exactly, the approximate range, and the notes that say so."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from gptbots_planner.core.catalog import load_catalog
from gptbots_planner.core.estimate import estimate
from gptbots_planner.core.measurement_rows import file_row
from gptbots_planner.core.measures import token_range
from gptbots_planner.core.plan import Plan, PlanItem, Scenario
from gptbots_planner.export.csv import file_rows
from gptbots_planner.measure import tokens
from gptbots_planner.measure.records import Measurement

D = Decimal

EXACT = {
    "deepseek/v3": "deepseek_v3",
    "deepseek/r1": "deepseek_v3",
    "deepseek/deepseek-v3-64k": "deepseek_v3",
    "deepseek/deepseek-r1-64k": "deepseek_v3",
    "ali/qwen-3.0-plus-128k": "qwen",
    "ali/qwen-3.0-turbo-1m": "qwen",
    "ali/qwen-2.5-max-32k": "qwen",
    "ali/qwen-vl-max-32k": "qwen",
    "ali/qwen2.5-72b-128k": "qwen",
    "ali/qwen2.0-7b-128k": "qwen",
    "ali/qwen2.0-audio": "qwen",
    "mixtral/open-mistral-7b": "mistral_v1",
    "mixtral/open-mixtral-8x7b": "mistral_v1",
}
APPROXIMATED = (
    "anthropic/claude-4.0-sonnet-200k",
    "google/gemini-2.5-pro",
    "tencent/hunyuan-pro-32k",
    "baidu/ernie-4.0-8k",
    "zhipu/glm-4.0-plus-128k",
    "moonshot/moonshot-32k",
    "mixtral/mistral-large-latest",
    "mixtral/mistral-small-latest",
)


def test_vendor_rows_name_their_own_tokenizer() -> None:
    llm = load_catalog(use_user_file=False).llm
    for model_id, tokenizer in EXACT.items():
        assert (llm[model_id].tokenizer, llm[model_id].tokenizer_exact) == (tokenizer, True)
    for model_id in APPROXIMATED:
        assert (llm[model_id].tokenizer, llm[model_id].tokenizer_exact) == ("o200k_base", False)


def test_llama_rows_wait_for_the_user_installed_vocabulary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GPTBOTS_PLANNER_HOME", str(tmp_path))
    model = load_catalog(use_user_file=False).llm["meta/llama-3.1-70b-turbo-128k"]
    assert (model.tokenizer, model.tokenizer_exact, model.tokenizer_wanted) == (
        "o200k_base",
        False,
        "llama3",
    )
    plan = Plan(scenarios=[Scenario(model.id, "gptbots_key")])
    codes = {n.code: n for n in estimate(plan, load_catalog()).scenarios[0].note_items}
    assert "approximate_tokenizer" in codes
    assert codes["tokenizer_needs_install"].params["tokenizer"] == "llama3"
    folder = Path(codes["tokenizer_needs_install"].params["folder"])
    assert folder.name == "tokenizers" and folder.is_relative_to(tmp_path)


def _sampled(name: str, o200k: int, samples: dict[str, int]) -> Measurement:
    counts = {"o200k_base": o200k, "cl100k_base": o200k}
    counts.update({tokens.sample_name(k): v for k, v in samples.items()})
    return Measurement(path=f"/{name}", name=name, kind="text", tokens=counts, chars=4 * o200k)


def test_token_range_scales_the_sample_ratios() -> None:
    # On the sample: DeepSeek 90, Qwen 95, Mistral 130 where o200k has 100.
    m = _sampled(
        "a.txt", 1000, {"o200k_base": 100, "deepseek_v3": 90, "qwen": 95, "mistral_v1": 130}
    )
    assert token_range(m) == (900, 1300)
    assert token_range(_sampled("b.txt", 10, {})) is None  # no samples: no range
    assert file_row(m, "o200k_base")["tokens_range"] == [900, 1300]


def test_approximated_model_gets_a_range_note_and_keeps_its_money() -> None:
    plan = Plan()
    plan.items = [
        PlanItem(
            _sampled("q1.txt", 100, {"o200k_base": 100, "deepseek_v3": 88, "qwen": 92}),
            "conversation_sample",
        ),
        PlanItem(
            _sampled("q2.txt", 300, {"o200k_base": 150, "deepseek_v3": 135, "qwen": 150}),
            "conversation_sample",
        ),
    ]
    plan.scenarios = [
        Scenario("anthropic/claude-4.0-sonnet-200k", "gptbots_key"),
        Scenario("deepseek/v3", "gptbots_key"),
    ]
    plan.set_field("conversations_per_month", "100")
    claude, deepseek = estimate(plan, load_catalog(use_user_file=False)).scenarios
    # the money rests on the model's own tokenizer count: the o200k mean
    assert claude.measures.user_message_tokens == D(200)
    # low: (88 + 270) / 2, high: (100 + 300) / 2
    assert claude.measures.ranges["user_message_tokens"] == (D(179), D(200))
    notes = {n.code: n for n in claude.note_items}
    assert notes["approximate_range"].params == {
        "model": "Claude-4.0-Sonnet-200k",
        "measure": "user_message_tokens",
        "low": "179",
        "high": "200",
        "tokenizer": "o200k_base",
        "count": "200",
    }
    assert "approx. 179-200" in notes["approximate_range"].text
    # an exact model says nothing of the kind (its own counts are missing here, so the
    # items are flagged as counted with another tokenizer instead)
    assert {n.code for n in deepseek.note_items}.isdisjoint(
        {"approximate_range", "approximate_tokenizer"}
    )


def test_range_is_left_out_where_the_user_typed_the_measure() -> None:
    plan = Plan()
    plan.items = [
        PlanItem(_sampled("q.txt", 100, {"o200k_base": 100, "qwen": 90}), "conversation_sample")
    ]
    plan.scenarios = [Scenario("google/gemini-2.5-pro", "gptbots_key")]
    plan.set_field("user_message_tokens", 55)
    s = estimate(plan, load_catalog(use_user_file=False)).scenarios[0]
    assert "user_message_tokens" not in s.measures.ranges


def test_files_csv_has_a_range_column_only_with_samples() -> None:
    plan = Plan()
    plan.items = [
        PlanItem(
            _sampled("a.txt", 1000, {"o200k_base": 100, "deepseek_v3": 90}), "knowledge_document"
        ),
        PlanItem(_sampled("b.txt", 10, {}), "knowledge_document"),
    ]
    head, a, b = file_rows(plan)
    assert head[-1] == "Token range (published tokenizers, approx.)"
    assert a[-1] == "900-1000" and b[-1] == ""
    assert not any("sample:" in h for h in head)  # no column per sample
    plain = Plan(items=[PlanItem(_sampled("c.txt", 5, {}), "knowledge_document")])
    assert "Token range" not in " ".join(file_rows(plain)[0])


def test_range_samples_come_from_the_scan() -> None:
    from gptbots_planner.measure.dispatch import measure_text

    text = "知识库里的中文文档。Plain English words too.\n" * 50
    names = ("o200k_base", *tokens.range_tokenizers())
    m = measure_text(text, "t", names)
    for name in ("deepseek_v3", "qwen", "mistral_v1"):
        assert m.tokens[tokens.sample_name(name)] == tokens.count_tokens(text, name)
    low, high = token_range(m)
    assert low < m.tokens["o200k_base"] <= high or low <= m.tokens["o200k_base"] < high


def test_workbook_files_sheet_notes_the_range_on_the_o200k_cell(tmp_path: Path) -> None:
    import openpyxl

    from gptbots_planner.export.xlsx import write_xlsx

    plan = Plan()
    plan.items = [
        PlanItem(
            _sampled("a.txt", 1000, {"o200k_base": 100, "deepseek_v3": 90, "qwen": 120}),
            "knowledge_document",
        )
    ]
    plan.scenarios = [Scenario("anthropic/claude-4.0-sonnet-200k", "gptbots_key")]
    path = tmp_path / "range.xlsx"
    write_xlsx(plan, load_catalog(use_user_file=False), path)
    ws = openpyxl.load_workbook(path)["Files"]
    heads = [c.value for c in ws[1]]
    assert not any("sample:" in str(h) for h in heads)  # no column per sample
    cell = ws.cell(2, heads.index("Tokens (o200k_base)") + 1)
    assert cell.value == 1000
    assert cell.comment is not None and "approx. 900-1,200 tokens" in cell.comment.text
