"""``wksbm duplicates``: pairs of members likely to be one person (docs/duplicates.md);
``--like`` checks one new record as the member form does, ``--dismiss`` remembers a pair that
is not one person, ``--dismissed`` lists those pairs."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from wksbm_desktop.cli.context import emit, open_db
from wksbm_desktop.core.domain.nik import mask_id_for_file
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.queries.duplicate_rules import kind_label
from wksbm_desktop.core.queries.duplicates import (
    DuplicatePair,
    PersonSummary,
    find_duplicates,
    similar_members,
)
from wksbm_desktop.core.queries.merges import dismissed
from wksbm_desktop.core.services.access import shows_full_nik
from wksbm_desktop.core.services.city import is_city
from wksbm_desktop.core.services.merging import dismiss_pair
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.i18n import t


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "duplicates", help=t("duplicates.cli.help"), description=t("duplicates.cli.help")
    )
    parser.add_argument("--json", action="store_true", help=t("duplicates.cli.json"))
    what = parser.add_mutually_exclusive_group()
    what.add_argument(
        "--dismiss", nargs=2, metavar=("UUID", "UUID"), help=t("duplicates.cli.dismiss")
    )
    what.add_argument("--dismissed", action="store_true", help=t("duplicates.cli.dismissed_help"))
    what.add_argument(
        "--like", nargs=2, metavar=("NIK", t("cli.metavar.name")), help=t("duplicates.cli.like")
    )
    parser.add_argument(
        "--born", metavar=t("duplicates.cli.metavar.date"), help=t("duplicates.cli.born")
    )
    parser.add_argument("--note", default="", help=t("duplicates.cli.note"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    born = _date(args.born) if args.born else None
    database = open_db(args)
    try:
        if args.dismiss:
            first, second = args.dismiss
            with database.session() as session:
                dismiss_pair(session, first, second, note=args.note)
            emit(t("duplicates.cli.dismissed", first=first, second=second))
            return 0
        with database.read_session() as session:
            if args.dismissed:
                _print_dismissed(session)
                return 0
            city = is_city(session)
            if args.like:
                nik, name = args.like
                pairs = similar_members(session, nik=nik, full_name=name, birth_date=born)
            else:
                pairs = find_duplicates(session, whole_city=city)
        masked = _masks_niks(database)
    finally:
        database.dispose()
    if args.json:
        emit(json.dumps([_as_json(pair, masked) for pair in pairs], ensure_ascii=False, indent=2))
    else:
        _print_table(pairs, masked, city)
    return 0


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise WksbmError("duplicates.cli.bad_date", value=text) from None


def _masks_niks(database: Database) -> bool:
    """NIKs read as on screen: masked for a pemantau (the one rule, ``roles.sees_full_nik``)."""
    return not shows_full_nik(database)


def _person(person: PersonSummary, masked: bool) -> dict[str, Any]:
    return {
        "uuid": person.uuid,
        "nik": mask_id_for_file(person.nik) if masked else person.nik,
        "name": person.name,
        "sex": person.sex,
        "birth_date": person.birth_date.isoformat() if person.birth_date else None,
        "kk": mask_id_for_file(person.kk) if masked and person.kk else person.kk,
        "rt": person.rt,
        "rw": person.rw,
        "kelurahan_code": person.kelurahan_code,
        "groups": list(person.groups),
    }


def _as_json(pair: DuplicatePair, masked: bool) -> dict[str, Any]:
    return {
        "a": _person(pair.a, masked),
        "b": _person(pair.b, masked),
        "score": pair.score,
        "reasons": list(pair.reasons),
        "kinds": list(pair.kinds),
    }


def _line(person: PersonSummary, masked: bool, city: bool) -> str:
    born = person.birth_date.strftime("%d-%m-%Y") if person.birth_date else "-"
    nik = mask_id_for_file(person.nik) if masked else person.nik
    place = f" · {person.kelurahan_code}" if city and person.kelurahan_code else ""
    uuid = f" · {person.uuid}" if person.uuid else ""
    return f"{person.name} · NIK {nik} · {born}{place}{uuid}"


def _print_table(pairs: list[DuplicatePair], masked: bool, city: bool) -> None:
    if not pairs:
        emit(t("duplicates.cli.none"))
        return
    for number, pair in enumerate(pairs, start=1):
        score = f"{pair.score:.2f}".replace(".", ",")
        kinds = ", ".join(kind_label(kind) for kind in pair.kinds)
        emit(f"{number:>4}. {score}  {kinds}")
        emit(f"{'':>12}A: {_line(pair.a, masked, city)}")
        emit(f"{'':>12}B: {_line(pair.b, masked, city)}")
        for reason in pair.reasons:
            emit(f"{'':>12}- {reason}")
    emit(t("duplicates.cli.count", count=len(pairs)))


def _print_dismissed(session: Any) -> None:
    found = dismissed(session)
    for pair in found:
        emit(
            t("duplicates.cli.dismissed_line", first=pair.low_name, second=pair.high_name,
              when=pair.dismissed_at.strftime("%d-%m-%Y %H:%M"), who=pair.dismissed_by or "-",
              note=pair.note or "-")
        )  # fmt: skip
    emit(t("duplicates.cli.dismissed_count", count=len(found)))
