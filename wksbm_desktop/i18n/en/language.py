"""The interface language: the command-line option and the menu that chooses it."""

MESSAGES = {
    "cli.help.lang": "interface language: id (Indonesian, the default) or en (English); also via WKSBM_LANG",
    "language.menu": "&Language / Bahasa",
    "language.name.id": "Bahasa Indonesia",
    "language.name.en": "English",
    "language.tip": "The application's interface language",
    "language.restart.title": "Interface language",
    "language.restart.text": (
        "The language changes when the application is opened again. "
        "Close the application and open it again to use {language}."
    ),
    "language.env_wins": (
        "The choice is saved, but the environment variable WKSBM_LANG={value} decides the "
        "language now; remove that variable for the menu choice to apply."
    ),
}
