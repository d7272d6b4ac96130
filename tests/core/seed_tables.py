"""An independent reading of the seed's price tables, used to check the catalog.

It splits each row on whitespace from the right, so a model name with a space
("Hunyuan-lite- 4k", "Whisper Large-V2") stays whole.
"""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# The GPTBots pricing page (Chinese), copied verbatim: the seed every catalog price comes from.
PRICING_PAGE = REPO / "resources" / "pricing" / "gptbots-pricing-page.zh.txt"

SECTIONS = {
    "llm": ("LLM 服务定价", 4),
    "embedding": ("Embedding 服务定价", 2),
    "rerank": ("Rerank 服务定价", 2),
    "asr": ("ASR 服务定价", 2),
    "tts": ("TTS 服务定价", 2),
}
HEADINGS = [
    "LLM 服务定价",
    "Embedding 服务定价",
    "Rerank 服务定价",
    "ASR 服务定价",
    "TTS 服务定价",
    "向量数据存储服务定价",
    "FAQ",
]


def _is_price(token: str) -> bool:
    if token == "免费":
        return True
    try:
        float(token)
    except ValueError:
        return False
    return True


def seed_tables(path: Path = PRICING_PAGE) -> dict[str, list[tuple[str, str, list[str]]]]:
    """category -> [(brand, name, [prices as written])] in the seed's order."""
    lines = path.read_text(encoding="utf-8").splitlines()
    tables: dict[str, list[tuple[str, str, list[str]]]] = {}
    for category, (heading, n_prices) in SECTIONS.items():
        start = lines.index(heading)
        end = min(lines.index(h, start + 1) for h in HEADINGS if h in lines[start + 1 :])
        rows = []
        for line in lines[start + 1 : end]:
            parts = line.split()
            if len(parts) < 2 + n_prices or not all(_is_price(p) for p in parts[-n_prices:]):
                continue
            brand = parts[0]
            name = line.strip()[len(brand) :].strip()
            for _ in range(n_prices):
                name = name[: name.rfind(" ")].rstrip()
            rows.append((brand, name, parts[-n_prices:]))
        tables[category] = rows
    storage_start = lines.index("向量数据存储服务定价")
    storage = [ln.split() for ln in lines[storage_start:] if ln.startswith("向量存储 ")]
    tables["storage"] = [("", storage[0][0], [storage[0][1]])]
    return tables
