"""View ▸ Language: the interface's language, the system's unless the writer picks one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from ui.i18n.languages import LANGUAGES, language_named, system_language
from ui.message_bar import MessageBar
from ui.settings import Preferences


def add_language_menu(menu: QMenu, preferences: Preferences, message_bar: MessageBar) -> QMenu:
    """A submenu of `menu` with one entry per language; choosing one is kept in the preferences,
    and the message line says it applies from the next start (widgets take their texts when built)."""
    translate = QCoreApplication.translate
    languages = menu.addMenu(translate("LanguageMenu", "&Language"))
    group = QActionGroup(languages)
    system = translate("LanguageMenu", "System Language (%1)").replace("%1", system_language().name)
    chosen = preferences.get(Preferences.LANGUAGE)
    for code, name in [("", system), *((language.code, language.name) for language in LANGUAGES)]:
        action = languages.addAction(name)
        action.setCheckable(True)
        action.setChecked(code == chosen)
        action.setData(code)
        group.addAction(action)
        if code == "":
            languages.addSeparator()

    def choose(code: str) -> None:
        if code == preferences.get(Preferences.LANGUAGE):
            return
        preferences.set(Preferences.LANGUAGE, code)
        preferences.store.sync()
        name = (language_named(code) or system_language()).name
        note = translate("LanguageMenu", "Postmortem Studio will be in %1 from the next time it starts.")
        message_bar.show_message(note.replace("%1", name), error=False, kind="language")

    group.triggered.connect(lambda action: choose(str(action.data())))
    return languages
