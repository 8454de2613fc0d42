"""Qt's own texts the program shows (context menus, standard buttons, wizard, file dialog).

Keys are "qt.<Qt context>.<Qt's English source text>" as in i18n/id/qt_widgets.py. Qt's source
texts are English already, so each English text is its own source text: listing the sources per
context keeps the key set equal to the Indonesian module's (tests/i18n) without a second copy.
"""

_CONTEXT_MENU = (
    "&Undo",
    "&Redo",
    "Cu&t",
    "&Copy",
    "&Paste",
    "Delete",
    "Select All",
)

_STANDARD_BUTTONS = (
    "OK",
    "Save",
    "Save All",
    "Open",
    "&Yes",
    "Yes to &All",
    "&No",
    "N&o to All",
    "Abort",
    "Retry",
    "Ignore",
    "Close",
    "Cancel",
    "Discard",
    "Help",
    "Apply",
    "Reset",
    "Restore Defaults",
)

_FILE_DIALOG = (
    "&Look in:",
    "File &name:",
    "Files of &type:",
    "&Open",
    "&Save",
    "Open",
    "Save As",
    "&Delete",
    "&Rename",
    "&New Folder",
    "New Folder",
    "Create New Folder",
    "Create a New Folder",
    "Show &hidden files",
    "Back",
    "Forward",
    "Parent Directory",
    "Go back",
    "Go forward",
    "Go to the parent directory",
    "List View",
    "Detail View",
    "Change to list view mode",
    "Change to detail view mode",
    "Sidebar",
    "List of places and bookmarks",
    "Files",
    "All Files (*)",
    "Directory:",
    "Directories",
    "My Computer",
    "Computer",
    "Recent Places",
    "Are you sure you want to delete '%1'?",
    "%1 already exists.\nDo you want to replace it?",
    "%1\nFile not found.\nPlease verify the correct file name was given.",
)

_FILE_MODEL = (
    "Name",
    "Size",
    "Type",
    "Kind",
    "Date Modified",
    "Computer",
    "My Computer",
)

_SCROLL_BAR = (
    "Scroll here",
    "Left edge",
    "Top",
    "Right edge",
    "Bottom",
    "Page left",
    "Page up",
    "Page right",
    "Page down",
    "Scroll left",
    "Scroll up",
    "Scroll right",
    "Scroll down",
)


def _context(name: str, sources: tuple[str, ...]) -> dict[str, str]:
    return {f"qt.{name}.{source}": source for source in sources}


MESSAGES = {
    **_context("QLineEdit", _CONTEXT_MENU),
    **_context("QWidgetTextControl", (*_CONTEXT_MENU, "Copy &Link Location")),
    **_context("QAbstractSpinBox", ("&Step up", "Step &down", "&Select All")),
    **_context("QPlatformTheme", _STANDARD_BUTTONS),
    **_context("QDialogButtonBox", _STANDARD_BUTTONS),
    **_context("QMessageBox", ("Show Details...", "Hide Details...", "OK", "<h3>About Qt</h3>")),
    **_context(
        "QWizard",
        (
            "< &Back",
            "&Next >",
            "&Next",
            "&Finish",
            "Cancel",
            "Commit",
            "&Help",
            "Go Back",
            "Continue",
            "Done",
            "Help",
        ),
    ),
    **_context("QProgressDialog", ("Cancel",)),
    **_context("QFileDialog", _FILE_DIALOG),
    **_context("QFileSystemModel", _FILE_MODEL),
    **_context("QAbstractFileIconProvider", ("Drive", "Folder", "File")),
    **_context("QScrollBar", _SCROLL_BAR),
    **_context("QShortcut", ("Return",)),
    **_context("QToolButton", ("Press", "Open")),
    **_context("QCalendarWidget", ("Previous Month", "Next Month", "Week")),
}
