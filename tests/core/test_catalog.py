"""The bundled catalog holds every row of the seed, verbatim, and loads safely."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from seed_tables import PRICING_PAGE, seed_tables

from gptbots_planner.core.catalog import (
    BILLING_TYPES,
    CatalogError,
    load_bundled_catalog,
    load_catalog,
    parse_catalog,
    read_user_catalog,
    write_user_catalog,
)
from gptbots_planner.paths import resource_path, user_catalog_path


def test_catalog_header_is_the_pricing_page() -> None:
    """What the catalog takes from the page outside the price tables, word for word."""
    page = PRICING_PAGE.read_text(encoding="utf-8")
    lines = page.splitlines()
    catalog = load_bundled_catalog()
    assert "resources/pricing/gptbots-pricing-page.zh.txt" in catalog.source
    # The page's table of the ten billing types: name, definition, example on one line.
    start = lines.index("扣费类型 定义 示例")
    assert lines[start + 1 : start + 11] == [
        f"{bt.name_zh} {bt.definition_zh} {bt.example_zh}" for bt in catalog.billing_types
    ]
    # The FAQ's conversion: "$10 = 1000 积分 = ..."
    assert f"${catalog.usd_per_1000_credits} = 1000 积分 = " in page


def test_every_seed_row_is_in_the_catalog_verbatim() -> None:
    tables = seed_tables()
    assert len(tables["llm"]) == 67
    assert [len(tables[c]) for c in ("embedding", "rerank", "asr", "tts")] == [3, 5, 2, 5]
    raw = json.loads(resource_path("pricing", "catalog.json").read_text(encoding="utf-8"))
    llm_rows = [
        (
            r["brand"],
            r["name"],
            [
                r["prices"]["gptbots_key"]["input"],
                r["prices"]["gptbots_key"]["output"],
                r["prices"]["own_key"]["input"],
                r["prices"]["own_key"]["output"],
            ],
        )
        for r in raw["llm"]
    ]
    assert llm_rows == tables["llm"]
    for category in ("embedding", "rerank", "asr", "tts"):
        rows = [
            (r["brand"], r["name"], [r["prices"]["gptbots_key"], r["prices"]["own_key"]])
            for r in raw[category]
        ]
        assert rows == tables[category], category
    assert raw["storage"][0]["name"] == tables["storage"][0][1]
    assert raw["storage"][0]["price"] == tables["storage"][0][2][0]


def test_loaded_prices_equal_the_seed_numbers() -> None:
    catalog = load_bundled_catalog()
    tables = seed_tables()
    models = list(catalog.llm.values())
    for model, (brand, name, prices) in zip(models, tables["llm"], strict=True):
        assert (model.brand, model.name) == (brand, name)
        got = [
            model.price("gptbots_key", "input"),
            model.price("gptbots_key", "output"),
            model.price("own_key", "input"),
            model.price("own_key", "output"),
        ]
        for price, text in zip(got, prices, strict=True):
            if text == "免费":
                assert price.value == 0 and price.free
            else:
                assert price.value == Decimal(text) and not price.free
    assert catalog.storage_price.value == Decimal("0.001")
    assert catalog.usd_per_1000_credits == Decimal(10)


def test_display_names_keep_the_seed_spelling() -> None:
    catalog = load_bundled_catalog()
    names = {m.name for m in catalog.llm.values()}
    assert "GPT-4o-mini-Auido-128k" in names  # the seed's typo, kept
    assert "Hunyuan-lite- 4k" in names
    assert (
        catalog.find_llm("tencent/hunyuan-lite-4k").price("gptbots_key", "input").label() == "free"
    )


def test_billing_types_are_the_ten_platform_types() -> None:
    catalog = load_bundled_catalog()
    assert tuple(b.id for b in catalog.billing_types) == BILLING_TYPES
    assert [b.name_zh for b in catalog.billing_types] == [
        "LLM 文本对话",
        "LLM 音频对话",
        "ASR 识别",
        "TTS 生成",
        "知识索引",
        "知识存储",
        "Tools 调用",
        "知识重排",
        "数据库处理",
        "问题识别",
    ]
    # The three types the seed does not price are unpriced, never 0.
    for t in ("tool_call", "database_processing", "question_classification"):
        assert catalog.open_prices[t].unpriced


def test_tokenizers_and_audio_rates() -> None:
    c = load_bundled_catalog()
    assert (
        c.find_llm("GPT-4.1-1M").tokenizer == "o200k_base"
        and c.find_llm("GPT-4.1-1M").tokenizer_exact
    )
    assert c.find_llm("openai/gpt-4-8k").tokenizer == "cl100k_base"
    assert c.find_llm("openai/gpt-3.5-turbo-16k").tokenizer == "cl100k_base"
    assert c.find_llm("openai/gpt-4-turbo-128k").tokenizer == "cl100k_base"
    assert c.find_llm("deepseek/v3").tokenizer == "deepseek_v3"
    assert c.find_llm("deepseek/v3").tokenizer_exact  # the vendor's published vocabulary
    assert not c.find_llm("anthropic/claude-4.0-sonnet-200k").tokenizer_exact
    assert c.find_llm("openai/gpt-4o-audio-128k").audio_input_tps == 10
    assert c.find_llm("openai/gpt-4o-audio-128k").audio_output_tps == 20
    assert c.find_llm("google/gemini-2.5-flash-audio-input").audio_input_tps == 32
    assert not c.find_llm("GPT-4.1-1M").takes_audio
    for svc in c.services["embedding"].values():
        assert svc.tokenizer == "cl100k_base"


def test_find_llm_errors_are_clear() -> None:
    c = load_bundled_catalog()
    with pytest.raises(CatalogError, match="ambiguous"):
        c.find_llm("GPT-4o-128k")
    assert c.find_llm("Azure/GPT-4o-128k").brand == "Azure"
    with pytest.raises(CatalogError, match="unknown model"):
        c.find_llm("no-such-model")


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (
            lambda d: d["llm"][3]["prices"]["own_key"].pop("input"),
            "llm row 4 .*prices.own_key.*missing field 'input'",
        ),
        (
            lambda d: d["llm"][0]["prices"]["gptbots_key"].__setitem__("input", "abc"),
            "llm row 1 .*input.*not a number",
        ),
        (
            lambda d: d["rerank"][1]["prices"].__setitem__("own_key", "-1"),
            "rerank row 2 .*negative",
        ),
        (lambda d: d["tts"].append(dict(d["tts"][0])), "tts row 6: duplicate id"),
        (lambda d: d.__setitem__("schema", 2), "schema"),
        (lambda d: d["llm"][5].__setitem__("tokenizer", "gpt2"), "llm row 6 .*tokenizer"),
    ],
)
def test_bad_bundled_data_is_rejected_naming_row_and_field(mutate, message) -> None:
    data = json.loads(resource_path("pricing", "catalog.json").read_text(encoding="utf-8"))
    mutate(data)
    with pytest.raises(CatalogError, match=message):
        parse_catalog(data, "catalog.json")


def test_user_prices_change_add_and_price_open_types() -> None:
    data = read_user_catalog()
    data["prices"]["openai/gpt-4.1-1m"] = {"gptbots_key": {"input": "0.3"}}
    data["prices"]["storage/vector"] = "0.002"
    data["open_prices"]["tool_call"] = "2.5"
    data["custom_models"].append(
        {
            "id": "custom/my-llm",
            "brand": "Custom",
            "name": "My LLM",
            "prices": {
                "gptbots_key": {"input": "0.1", "output": "0.2"},
                "own_key": {"input": "0.01", "output": "0.02"},
            },
        }
    )
    bundled_before = resource_path("pricing", "catalog.json").read_bytes()
    write_user_catalog(data)
    catalog = load_catalog()
    assert catalog.user_error == ""
    m = catalog.find_llm("GPT-4.1-1M")
    assert (
        m.price("gptbots_key", "input").value == Decimal("0.3")
        and m.price("gptbots_key", "input").user
    )
    assert m.price("gptbots_key", "output").value == Decimal("0.88")  # untouched
    assert catalog.storage_price.value == Decimal("0.002")
    assert catalog.open_prices["tool_call"].value == Decimal("2.5")
    assert catalog.find_llm("My LLM").custom
    assert resource_path("pricing", "catalog.json").read_bytes() == bundled_before


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        json.dumps(
            {
                "schema": 1,
                "custom_models": [
                    {
                        "id": "openai/gpt-4.1-1m",
                        "brand": "X",
                        "name": "Y",
                        "prices": {
                            "gptbots_key": {"input": "1", "output": "1"},
                            "own_key": {"input": "1", "output": "1"},
                        },
                    }
                ],
            }
        ),
        json.dumps({"schema": 1, "open_prices": {"tool_call": "free-ish"}}),
        json.dumps([1, 2, 3]),
        # wrong shapes used to escape as AttributeError / TypeError (a crash at start-up)
        json.dumps({"schema": 1, "open_prices": ["tool_call"]}),
        json.dumps({"schema": 1, "audio": [1]}),
        json.dumps({"schema": 1, "custom_models": 5}),
        json.dumps(
            {
                "schema": 1,
                "custom_models": [
                    {
                        "id": "custom/x",
                        "brand": "X",
                        "name": "Y",
                        "prices": {
                            "gptbots_key": {"input": "1", "output": "1"},
                            "own_key": {"input": "1", "output": "1"},
                        },
                        "provider_image_rule": ["high"],
                    }
                ],
            }
        ),
    ],
)
def test_broken_user_catalog_is_reported_and_bundled_still_loads(content) -> None:
    path = user_catalog_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    catalog = load_catalog()
    assert catalog.user_error
    assert str(path) in catalog.user_error
    assert catalog.find_llm("GPT-4.1-1M").price("gptbots_key", "input").value == Decimal("0.22")


def test_writing_bad_user_prices_is_refused_and_keeps_the_old_file() -> None:
    good = read_user_catalog()
    good["open_prices"]["tool_call"] = "1"
    path = write_user_catalog(good)
    before = path.read_bytes()
    bad = read_user_catalog()
    bad["prices"]["openai/gpt-4.1-1m"] = {"gptbots_key": {"input": "-3"}}
    with pytest.raises(CatalogError, match="negative"):
        write_user_catalog(bad)
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temp file left


def test_writing_a_wrongly_shaped_user_catalog_is_a_catalog_error() -> None:
    with pytest.raises(CatalogError, match="open_prices"):
        write_user_catalog({"schema": 1, "open_prices": ["tool_call"]})
    assert not user_catalog_path().exists()


def test_user_prices_written_as_json_numbers_stay_exact() -> None:
    path = user_catalog_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        '{"schema": 1, "open_prices": {"tool_call": 0.123456789012345678901}}', encoding="utf-8"
    )
    catalog = load_catalog()
    assert catalog.user_error == ""
    assert catalog.open_prices["tool_call"].value == Decimal("0.123456789012345678901")
    data = read_user_catalog()
    write_user_catalog(data)  # Decimals read back are written as exact text
    assert load_catalog().open_prices["tool_call"].value == Decimal("0.123456789012345678901")
