"""Which language the interface speaks, and the translators that make it speak it.

The writer's choice (View ▸ Language) wins; without one, the system's languages
are tried in order. Qt's own catalogue (`qtbase_<lang>.qm`: standard buttons,
file dialogs, text fields' context menus) comes from the Qt installation, ours
from `postmortem_studio_<lang>.qm` beside this module. The choice is applied
when the app starts: widgets take their texts when they are built.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from postmortem.i18n import translator as core_translator
from postmortem.i18n.labels import Words
from ui.i18n.marks import english_plural
from ui.settings import Preferences
from ui.step_state import Step

HERE = Path(__file__).resolve().parent
CATALOGUE = "postmortem_studio"
SOURCE = "en"  # the language the source is written in: no catalogue needed beyond plurals


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # in its own language, as the writer looks for it in a list
    right_to_left: bool = False


LANGUAGES = (
    Language("en", "English"),
    Language("de", "Deutsch"),
    Language("fr", "Français"),
    Language("es", "Español"),
    Language("ja", "日本語"),
    Language("ar", "العربية", right_to_left=True),
)
_BY_CODE = {language.code: language for language in LANGUAGES}

# What install() put on the application, so that a second call replaces it, and its language.
_installed: list[QTranslator] = []
_speaking: list[Language] = []


def language_named(code: str) -> Language | None:
    return _BY_CODE.get(code)


def system_language(locale: QLocale | None = None) -> Language:
    """The first of the system's interface languages the app speaks (English if none)."""
    for tag in (locale or QLocale.system()).uiLanguages():
        found = _BY_CODE.get(tag.replace("_", "-").split("-")[0].lower())
        if found is not None:
            return found
    return _BY_CODE[SOURCE]


def chosen_language(preferences: Preferences, locale: QLocale | None = None) -> Language:
    """The writer's choice from View ▸ Language, else the system's language."""
    return language_named(preferences.get(Preferences.LANGUAGE)) or system_language(locale)


def interface_language() -> Language:
    """The language `install` put on the app (English before it): what the core's words in the
    app's own widgets (the Overview's chart) are written in."""
    return _speaking[-1] if _speaking else _BY_CODE[SOURCE]


def core_words() -> Words:
    """The core's catalogue for the interface's language: how the app's own widgets name the
    document's values (severities, statuses, data loss) that the exports name in the document's.
    In English, the core's source texts themselves: reading a catalogue loads Babel (about
    40 ms), which the Overview step would otherwise pay before the first paint."""
    code = interface_language().code
    return gettext.NullTranslations() if code == SOURCE else core_translator(code)


def value_names(name: Callable[[str, Words], str]) -> Callable[[str], str]:
    """How the app's tables show one kind of document value ('in progress', 'trigger'): `name`
    in the interface's words; in English the file's own value, as the tables always showed it."""
    if interface_language().code == SOURCE:
        return str
    words = core_words()
    return lambda value: name(value, words)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`QCoreApplication.translate`, with English plurals where no catalogue has the text."""
    shown = QCoreApplication.translate(context, text, disambiguation, n)
    return english_plural(shown, n) if n >= 0 else shown


def step_title(step: Step) -> str:
    """A step's name in the interface's language (`STEPS` holds it in English)."""
    return QCoreApplication.translate("Steps", step.title)


def catalogue_path(code: str) -> Path:
    return HERE / f"{CATALOGUE}_{code}.qm"


def qt_translations() -> list[str]:
    """Where Qt's own catalogues are: Qt's translations folder, and PySide6's copy in a frozen
    app (PyInstaller puts them in PySide6/Qt/translations, which QLibraryInfo may not name)."""
    import PySide6

    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"),
    ]


def install(app: QApplication, language: Language) -> list[str]:
    """Put `language`'s translators on `app` (replacing earlier ones), and its direction.

    Returns the catalogues loaded, for the record; a missing one leaves its texts in English.
    The default QLocale stays as it is: dates and times in the forms are typed and shown
    as ISO digits in every language (Arabic's locale would turn them into Arabic-Indic).
    """
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    loaded = []
    for name, folders in (("qtbase", qt_translations()), (CATALOGUE, [str(HERE)])):
        translator = QTranslator(app)
        if any(translator.load(f"{name}_{language.code}", folder) for folder in folders):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
    _speaking[:] = [language]
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language.right_to_left else Qt.LayoutDirection.LeftToRight
    )
    return loaded
