"""The typed settings file, the settings dialog and the i18n helpers."""

from __future__ import annotations

import json

from PySide6.QtCore import QLocale

from gptbots_planner.core.plan import Plan
from gptbots_planner.gui.i18n import resolve_language
from gptbots_planner.gui.settings import AppSettings, load_settings, save_settings, settings_path
from gptbots_planner.gui.settings_dialog import SettingsDialog


def test_settings_round_trip_and_bad_values():
    settings = AppSettings(language="zh_CN", default_key_mode="both", days_mode="fixed30")
    save_settings(settings)
    assert load_settings() == settings
    data = json.loads(settings_path().read_text(encoding="utf-8"))
    data["image_rule"] = "nonsense"
    settings_path().write_text(json.dumps(data), encoding="utf-8")
    loaded = load_settings()
    assert loaded.image_rule == "seed" and loaded.language == "zh_CN"
    settings_path().write_text("{broken", encoding="utf-8")
    assert load_settings() == AppSettings()


def test_defaults_apply_to_new_plans():
    plan = Plan()
    AppSettings(default_key_mode="both", asr_rounding="per_started_minute").apply_defaults(plan)
    assert {s.key_mode for s in plan.scenarios} == {"gptbots_key", "own_key"}
    assert plan.settings.asr_rounding == "per_started_minute"


def test_recent_plans_are_unique_and_bounded(tmp_path):
    settings = AppSettings()
    for i in range(12):
        settings.add_recent(tmp_path / f"{i}.gbplan")
    settings.add_recent(tmp_path / "5.gbplan")
    assert settings.recent_plans[0].endswith("5.gbplan")
    assert len(settings.recent_plans) == 8
    assert len(set(settings.recent_plans)) == 8


def test_dialog_returns_chosen_values(qtbot):
    dialog = SettingsDialog(AppSettings())
    qtbot.addWidget(dialog)
    combo = dialog.combos["language"]
    combo.setCurrentIndex(combo.findData("zh_CN"))
    days = dialog.combos["days_mode"]
    days.setCurrentIndex(days.findData("fixed30"))
    result = dialog.result_settings()
    assert result.language == "zh_CN" and result.days_mode == "fixed30"


def test_language_follows_the_system_unless_chosen():
    chinese = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert resolve_language("", chinese) == "zh_CN"
    assert resolve_language("", german) == "en"
    assert resolve_language("en", chinese) == "en"
    assert resolve_language("zh_CN", german) == "zh_CN"


def test_a_settings_problem_found_at_start_is_said_in_the_status_bar(make_controller, tmp_path):
    """The app reads its settings before the window exists (for the language); a broken file
    falls back to the defaults and the window says why."""
    from gptbots_planner.gui.settings import read_settings
    from gptbots_planner.gui.texts import render_message

    path = tmp_path / "settings.json"
    path.write_text("[" * 5000 + "]" * 5000, encoding="utf-8")
    settings, problem = read_settings(path)
    assert problem is not None and problem.code == "settings_not_read"
    controller = make_controller(settings=settings, settings_problem=problem)
    controller.start([])
    assert controller.window.statusBar().currentMessage() == render_message(problem)
