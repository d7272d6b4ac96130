"""Issue 14: Settings offers System / Light / Dark; Light and Dark are Fusion with a palette."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from gptbots_planner.gui.palettes import apply_theme
from gptbots_planner.gui.settings import AppSettings, load_settings, save_settings
from gptbots_planner.gui.settings_dialog import SettingsDialog


def window_lightness() -> float:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightnessF()


def test_the_settings_dialog_offers_the_theme(qtbot, tmp_path):
    dialog = SettingsDialog(AppSettings())
    qtbot.addWidget(dialog)
    combo = dialog.combos["theme"]
    assert [combo.itemData(i) for i in range(combo.count())] == ["system", "light", "dark"]
    assert combo.currentData() == "system"
    combo.setCurrentIndex(combo.findData("dark"))
    chosen = dialog.result_settings()
    assert chosen.theme == "dark"
    save_settings(chosen, tmp_path / "s.json")
    assert load_settings(tmp_path / "s.json").theme == "dark"
    assert AppSettings(theme="purple").validated().theme == "system"


def test_dark_and_light_are_fusion_and_system_goes_back(qapp):
    style = qapp.style().name()
    before = QPalette(qapp.palette())
    try:
        apply_theme("dark")
        assert qapp.style().name().lower() == "fusion"
        assert window_lightness() < 0.3
        assert QApplication.palette().color(QPalette.ColorRole.Text).lightnessF() > 0.7
        apply_theme("light")
        assert qapp.style().name().lower() == "fusion"
        assert window_lightness() > 0.7
    finally:
        apply_theme("system")
    assert qapp.style().name() == style
    assert qapp.palette().color(QPalette.ColorRole.Window) == before.color(
        QPalette.ColorRole.Window
    )
