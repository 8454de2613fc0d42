"""``wksbm init``: create or upgrade the database of a kelurahan, or of the city (``--city``)."""

from __future__ import annotations

import argparse

from sqlalchemy.orm import Session

from wksbm_desktop.cli.context import emit, open_db
from wksbm_desktop.cli.sign_in import new_password
from wksbm_desktop.core.domain.inputs import OfficeInput
from wksbm_desktop.core.domain.wilayah import Kelurahan, require_kelurahan
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.models import Office
from wksbm_desktop.core.services.accounts import NewAdministrator, create_first_administrator
from wksbm_desktop.core.services.city_key import ensure_city_key, installed_key_id
from wksbm_desktop.core.services.office import get_office, save_office
from wksbm_desktop.i18n import t


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("init", help=t("cli.init.help"), description=t("cli.init.help"))
    # One of the two: a kelurahan office, or Dinas Sosial's city installation.
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--kelurahan", metavar=t("cli.metavar.code"), help=t("cli.init.kelurahan"))
    which.add_argument("--city", action="store_true", help=t("city.cli.init_city"))
    parser.add_argument("--lurah", metavar=t("cli.metavar.name"), help=t("cli.init.lurah"))
    parser.add_argument("--nip", metavar="NIP", help=t("cli.init.nip"))
    parser.add_argument("--alamat", metavar=t("cli.metavar.address"), help=t("cli.init.alamat"))
    # Also accepted after the command; SUPPRESS keeps a global --operator from being reset.
    parser.add_argument(
        "--operator",
        metavar=t("cli.metavar.name"),
        default=argparse.SUPPRESS,
        help=t("cli.help.operator"),
    )
    parser.add_argument("--admin", metavar=t("cli.metavar.name"), help=t("accounts.cli.init_admin"))
    parser.add_argument(
        "--full-name", metavar=t("cli.metavar.name"), help=t("accounts.cli.init_full_name")
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Check the code before touching any file, so a typo creates nothing.
    kelurahan = None if args.city else require_kelurahan(args.kelurahan)
    password = new_password(args.admin) if args.admin else None
    database = open_db(args, create=True)
    try:
        with database.session() as session:
            office = get_office(session)
            _refuse_switch(office, kelurahan)
            data = OfficeInput(
                kelurahan_code=kelurahan.code if kelurahan else None,
                lurah_name=_keep(args.lurah, office.lurah_name if office else ""),
                lurah_nip=_keep(args.nip, office.lurah_nip if office else ""),
                operator_names=_keep(args.operator, office.operator_names if office else ""),
                address=_keep(args.alamat, office.address if office else ""),
            )
            save_office(session, data)
            # The key for NIKs in transit exists from the first day (services/city_key.py).
            key_id = _city_key(session) if kelurahan is None else ""
            # One transaction: a refused administrator leaves the office as it was.
            made = _first_admin(session, args, password) if password is not None else None
    finally:
        database.dispose()
    if kelurahan is None:
        emit(t("city.cli.init_done", path=database.label))
        emit(t("city_key.cli.init_city", key_id=key_id))
    else:
        emit(t("cli.init.done", label=kelurahan.label, code=kelurahan.code, path=database.label))
    if made is not None:
        emit(t("accounts.cli.admin_made", user=made.account.user_name))
        emit(t("accounts.cli.recovery_code", code=made.recovery_code))
    return 0


def _city_key(session: Session) -> str:
    ensure_city_key(session)
    return installed_key_id(session)


def _first_admin(session: Session, args: argparse.Namespace, password: str) -> NewAdministrator:
    full_name = args.full_name or args.lurah or args.admin
    return create_first_administrator(session, args.admin, full_name, password)


def _refuse_switch(office: Office | None, kelurahan: Kelurahan | None) -> None:
    """A database stays what it was made for: its records belong to it (docs/city.md)."""
    if office is None:
        return
    if kelurahan is None and office.kelurahan_code:
        raise WksbmError("city.cli.init_is_kelurahan", name=office.kelurahan_name or "")
    if kelurahan is not None and not office.kelurahan_code:
        raise WksbmError("city.cli.init_is_city")


def _keep(new: str | None, old: str) -> str:
    """Running init again must not wipe what was set before when an option is left out."""
    return old if new is None or new == "" else new
