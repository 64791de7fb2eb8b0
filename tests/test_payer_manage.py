"""core.payers.manage called directly on a demo practice of the module's own: an owner adds a payer from a
profile and changes its rules, each wrong field named and nothing saved; an owner or a biller keeps its
fee schedules line by line; a payer serves every clinic, so a user of one clinic may change neither."""

from datetime import date

import pytest
from conftest import Practice
from sqlmodel import Session, col, func, select

from core.audit.models import AuditEntry
from core.errors import Conflict, Forbidden, Invalid
from core.payers.manage import (
    FLAGS,
    RULES,
    PayerForm,
    add_fee_schedule,
    form_of,
    remove_fee_line,
    save_fee_line,
    save_payer,
)
from core.payers.models import FeeScheduleEntry, Payer
from core.payers.profiles import PROFILES

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


def _payers(session: Session) -> int:
    return session.exec(select(func.count()).select_from(Payer)).one()


def _lines(session: Session, schedule_id: int) -> dict[str, int]:
    rows = session.exec(select(FeeScheduleEntry).where(FeeScheduleEntry.fee_schedule_id == schedule_id)).all()
    return {f"{r.cpt} {r.modifier}".strip(): r.amount_cents for r in rows}


def _details(session: Session, record_type: str, record_id: int) -> list[str]:
    return list(
        session.exec(
            select(AuditEntry.detail)
            .where(AuditEntry.record_type == record_type, AuditEntry.record_id == str(record_id))
            .order_by(col(AuditEntry.id))
        ).all()
    )


def test_the_page_edits_every_rule_of_a_profile_but_its_kind() -> None:
    assert "kind" not in RULES and set(RULES) == set(PROFILES["commercial"]) - {"kind"}
    assert set(FLAGS) == {k for k, v in PROFILES["commercial"].items() if isinstance(v, bool)}


def test_an_owner_adds_a_payer_from_a_profile_then_changes_its_rules(pristine_practice: Practice) -> None:
    owner = pristine_practice.actor("owner")
    with pristine_practice.session() as session:
        payer = save_payer(
            session,
            actor=owner,
            form=PayerForm(name="Prairie Medicaid", profile="medicaid", electronic_payer_id="PRM01"),
        )
        for rule in RULES:  # every rule is the profile's
            assert getattr(payer, rule) == PROFILES["medicaid"][rule], rule
        assert _details(session, "payer", payer.id or 0) == ["created"]

        form = form_of(payer)
        assert (form.name, form.profile, form.rules["timely_filing_days"], form.rules["applies_ncci"]) == (
            "Prairie Medicaid",
            "medicaid",
            "180",
            "true",
        )
        form.rules.update(timely_filing_days="90", applies_ncci="off", authorization_overrun="warn")
        changed = save_payer(session, actor=owner, form=form, payer_id=payer.id)
        assert (changed.timely_filing_days, changed.applies_ncci, changed.authorization_overrun) == (
            90,
            False,
            "warn",
        )
        last = _details(session, "payer", payer.id or 0)[-1]
        assert last.startswith("changed: ")
        assert {"timely_filing_days", "applies_ncci", "authorization_overrun"} <= set(last[9:].split(", "))
        # The same form again changes nothing and says nothing.
        save_payer(session, actor=owner, form=form_of(changed), payer_id=payer.id)
        assert len(_details(session, "payer", payer.id or 0)) == 2


# (the form, the field named)
WRONG = [
    (PayerForm(name=""), "name"),
    (PayerForm(name="A", profile="tricare"), "profile"),
    (PayerForm(name="A", rules={"copay_cents": "2000"}), "copay_cents"),
    (PayerForm(name="A", rules={"timely_filing_days": "0"}), "timely_filing_days"),
    (PayerForm(name="A", rules={"progress_report_visits": "ten"}), "progress_report_visits"),
    (PayerForm(name="A", rules={"max_certification_days": "-5"}), "max_certification_days"),
    (PayerForm(name="A", rules={"unit_rule": "per-visit"}), "rules"),
    (PayerForm(name="A", rules={"authorization_overrun": "ignore"}), "rules"),
]


@pytest.mark.parametrize(("form", "field"), WRONG)
def test_a_wrong_field_is_named_and_nothing_is_saved(
    pristine_practice: Practice, form: PayerForm, field: str
) -> None:
    owner = pristine_practice.actor("owner")
    with pristine_practice.session() as session:
        before = _payers(session)
        with pytest.raises(Invalid) as refused:
            save_payer(session, actor=owner, form=form)
        assert field in refused.value.extra["fields"], refused.value.extra  # type: ignore[operator]
        assert _payers(session) == before


def test_a_payer_name_is_taken_whatever_its_case(pristine_practice: Practice) -> None:
    owner = pristine_practice.actor("owner")
    with pristine_practice.session() as session:
        name = session.exec(select(Payer.name).order_by(col(Payer.id))).first()
        assert name is not None
        with pytest.raises(Invalid) as refused:
            save_payer(session, actor=owner, form=PayerForm(name=f"  {name.upper()} "))
        assert "already payer" in refused.value.extra["fields"]["name"]  # type: ignore[index]


def test_a_biller_keeps_a_fee_schedule_line_by_line(pristine_practice: Practice) -> None:
    owner, biller = pristine_practice.actor("owner"), pristine_practice.actor("biller")
    with pristine_practice.session() as session:
        payer = save_payer(session, actor=owner, form=PayerForm(name="Lakeside Health Plan"))
        pid = payer.id or 0
        schedule = add_fee_schedule(
            session,
            actor=biller,
            payer_id=pid,
            name="2027",
            effective_from=date(2027, 1, 1),
            code="97110",
            amount="31",
        )
        sid = schedule.id or 0
        assert _lines(session, sid) == {"97110": 3100}
        save_fee_line(session, actor=biller, payer_id=pid, schedule_id=sid, code="97140 gp", amount="28.50")
        save_fee_line(session, actor=biller, payer_id=pid, schedule_id=sid, code="97110", amount="32.25")
        assert _lines(session, sid) == {"97110": 3225, "97140 GP": 2850}
        remove_fee_line(session, actor=biller, payer_id=pid, schedule_id=sid, code="97140 GP")
        assert _lines(session, sid) == {"97110": 3225}
        assert _details(session, "fee_schedule", sid) == [
            "created from 2027-01-01",
            "97140 GP added: 28.50",
            "97110 changed: 32.25",
            "97140 GP removed",
        ]
        with pytest.raises(Conflict, match="at least one line"):
            remove_fee_line(session, actor=biller, payer_id=pid, schedule_id=sid, code="97110")

        for code, amount, field in [
            ("ABC", "10", "code"),
            ("97110 XYZW", "10", "code"),
            ("97110", "ten", "amount"),
        ]:
            with pytest.raises(Invalid) as refused:
                save_fee_line(session, actor=biller, payer_id=pid, schedule_id=sid, code=code, amount=amount)
            assert field in refused.value.extra["fields"]  # type: ignore[operator]
        with pytest.raises(Invalid) as refused:  # another schedule from the same day
            add_fee_schedule(
                session,
                actor=biller,
                payer_id=pid,
                name="other",
                effective_from=date(2027, 1, 1),
                code="97112",
                amount="30",
            )
        assert "effective_from" in refused.value.extra["fields"]  # type: ignore[operator]
        assert _lines(session, sid) == {"97110": 3225}


def test_a_user_of_one_clinic_changes_no_payer_and_no_fee(pristine_practice: Practice) -> None:
    owner, biller = pristine_practice.actor("owner"), pristine_practice.actor("biller")
    desk = pristine_practice.actor("front_desk", "riverside")
    therapist = pristine_practice.actor("therapist", "hillcrest")
    with pristine_practice.session() as session:
        payer = save_payer(session, actor=owner, form=PayerForm(name="Summit Care"))
        schedule = add_fee_schedule(
            session,
            actor=owner,
            payer_id=payer.id or 0,
            name="base",
            effective_from=date(2026, 1, 1),
            code="97110",
            amount="30",
        )
        before = _payers(session)
        for actor in (biller, desk, therapist):  # a biller prices claims but does not set up payers
            with pytest.raises(Forbidden):
                save_payer(session, actor=actor, form=PayerForm(name="Shadow Plan"))
        for actor in (desk, therapist):
            with pytest.raises(Forbidden):
                save_fee_line(
                    session,
                    actor=actor,
                    payer_id=payer.id or 0,
                    schedule_id=schedule.id or 0,
                    code="97110",
                    amount="1",
                )
        assert _payers(session) == before
        assert _lines(session, schedule.id or 0) == {"97110": 3000}
