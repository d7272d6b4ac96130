"""The user's preferences: one typed JSON file under ``paths.user_config_dir()``.

QSettings keeps only the window's geometry and dock/splitter state (see
``main_window``); everything a person chooses lives here, readable and
diffable.  A damaged file never stops the app: the defaults are used and the
reason is logged.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from gptbots_planner import paths
from gptbots_planner.atomic import atomic_write_text
from gptbots_planner.core import safe_json
from gptbots_planner.core.plan import Plan, Scenario
from gptbots_planner.vocab import billing
from gptbots_planner.vocab.fields import FIELDS
from gptbots_planner.vocab.messages import Message, message

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"
LANGUAGES = ("", "en", "zh_CN")  # "" = follow the system
THEMES = ("system", "light", "dark")  # gui.palettes applies them
#: the key choice that compares both key modes (a choice of the window, not a key mode)
BOTH_KEY_MODES = "both"
KEY_MODE_CHOICES = (*billing.KEY_MODE_IDS, BOTH_KEY_MODES)
MAX_RECENT = 8
MAX_SETTINGS_BYTES = 1024 * 1024  # a settings file is under 2 kB


@dataclass
class AppSettings:
    language: str = ""
    theme: str = "system"  # or "light" / "dark" (gui.palettes.THEMES)
    default_key_mode: str = "gptbots_key"  # or "own_key" / "both"
    image_rule: str = "seed"
    asr_rounding: str = "pro_rata"
    days_mode: str = "calendar"
    # Count PPTX speaker notes as knowledge (the measurement default; off: slides only).
    speaker_notes: bool = True
    recent_plans: list[str] = field(default_factory=list)

    def validated(self) -> AppSettings:
        """A copy with every unknown choice replaced by its default."""
        default = AppSettings()
        checks = {
            "language": LANGUAGES,
            "theme": THEMES,
            "default_key_mode": KEY_MODE_CHOICES,
            "image_rule": FIELDS["image_rule"].choice_values,
            "asr_rounding": FIELDS["asr_rounding"].choice_values,
            "days_mode": FIELDS["days_mode"].choice_values,
        }
        values = asdict(self)
        for name, allowed in checks.items():
            if values[name] not in allowed:
                log.warning("settings: %s=%r is not one of %s", name, values[name], allowed)
                values[name] = getattr(default, name)
        values["recent_plans"] = [str(p) for p in values["recent_plans"] if isinstance(p, str)]
        if not isinstance(values["speaker_notes"], bool):
            values["speaker_notes"] = default.speaker_notes
        return AppSettings(**values)

    def add_recent(self, path: Path) -> None:
        text = str(path)
        self.recent_plans = [text] + [p for p in self.recent_plans if p != text]
        del self.recent_plans[MAX_RECENT:]

    def apply_defaults(self, plan: Plan) -> None:
        """Give a new plan this user's default settings and key mode."""
        plan.set_field("image_rule", self.image_rule)
        plan.set_field("asr_rounding", self.asr_rounding)
        plan.set_field("days_mode", self.days_mode)
        modes = (
            billing.KEY_MODE_IDS
            if self.default_key_mode == BOTH_KEY_MODES
            else (self.default_key_mode,)
        )
        models = list(dict.fromkeys(s.model_id for s in plan.scenarios))
        plan.scenarios = [Scenario(m, k) for m in models for k in modes]


def settings_path() -> Path:
    return paths.user_config_dir() / SETTINGS_FILE


def load_settings(path: Path | None = None) -> AppSettings:
    return read_settings(path)[0]


def read_settings(path: Path | None = None) -> tuple[AppSettings, Message | None]:
    """The settings, and why the file was not used (None when it was, or is absent)."""
    path = path or settings_path()
    try:
        data = safe_json.load_file(path, max_bytes=MAX_SETTINGS_BYTES)
    except FileNotFoundError:
        return AppSettings(), None
    except (OSError, ValueError) as exc:  # also JsonFileError: too large, too deep ...
        return _defaults(path, exc)
    if not isinstance(data, dict):
        return _defaults(path, ValueError("not a JSON object"))
    known = {f.name for f in fields(AppSettings)}
    try:
        return AppSettings(**{k: v for k, v in data.items() if k in known}).validated(), None
    except TypeError as exc:
        return _defaults(path, exc)


def _defaults(path: Path, exc: Exception) -> tuple[AppSettings, Message]:
    problem = message("settings_not_read", error=f"{path}: {exc}")
    log.warning("%s", problem.english())
    return AppSettings(), problem


def save_settings(settings: AppSettings, path: Path | None = None) -> None:
    """Atomic write; raises OSError when the folder is not writable."""
    path = path or settings_path()
    atomic_write_text(path, json.dumps(asdict(settings), ensure_ascii=False, indent=2) + "\n")
