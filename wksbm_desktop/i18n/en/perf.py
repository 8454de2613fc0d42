"""Sentences of the speed work: capped search counts, background searches."""

MESSAGES = {
    "perf.count_more": "more than {count}",
    "perf.search_failed": "The search could not run. Try again; if it keeps failing, close and reopen the application.",
}
