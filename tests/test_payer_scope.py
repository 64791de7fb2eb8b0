"""Who may change what every clinic shares (payers, fee schedules): a user allowed it in each clinic."""

import pytest

from core.payers.scope import may_change_shared
from core.permissions import Action


@pytest.mark.parametrize(
    ("roles", "action", "clinics", "may"),
    [
        ({1: "biller", 2: "biller"}, Action.fee_schedule_write, [1, 2], True),
        ({1: "biller"}, Action.fee_schedule_write, [1, 2], False),  # one clinic's biller
        ({1: "biller", 2: "front_desk"}, Action.fee_schedule_write, [1, 2], False),
        ({1: "owner", 2: "owner"}, Action.payer_write, [1, 2], True),
        ({1: "biller", 2: "biller"}, Action.payer_write, [1, 2], False),  # payers are the owner's
        ({1: "owner"}, Action.payer_write, [], False),  # no clinic: nothing to change
    ],
)
def test_may_change_shared(roles: dict[int, str], action: Action, clinics: list[int], may: bool) -> None:
    assert may_change_shared(roles, action, clinics) is may
