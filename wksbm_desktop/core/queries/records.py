"""What the one-record queries share (the detail panels' and the editor forms')."""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import case

from wksbm_desktop.core.models import ROLES, Membership

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

Row = TypeVar("Row", bound="DataclassInstance")

# Officers first, in the order of the organisation chart, then members.
ROLE_RANK = case({role: rank for rank, role in enumerate(ROLES)}, value=Membership.role, else_=99)


def copy_fields(row_type: type[Row], source: object, **computed: Any) -> Row:
    """A frozen ``row_type`` whose fields are ``source``'s attributes of the same name.

    ``computed`` gives the fields that are not copied as they are (labels of linked items,
    related rows); every other field must exist on ``source``.
    """
    copied = {f.name: getattr(source, f.name) for f in fields(row_type) if f.name not in computed}
    return row_type(**copied, **computed)
