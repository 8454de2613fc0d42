"""Sentences for an account disabled while a window signed in as it stays open."""

MESSAGES = {
    "accounts.refused.disabled": (
        "Your account has been disabled by an administrator, so nothing was changed. "
        "Close the application and contact the Lurah/administrator if you still need to work."
    ),
    "accounts.ui.disabled_title": "Account disabled",
    "accounts.ui.disabled_sign_in": (
        "Your account has been disabled by an administrator. Sign in with another active "
        "account, or close the application and contact the Lurah/administrator."
    ),
}
