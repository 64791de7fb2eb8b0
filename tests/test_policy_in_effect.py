"""The payer in effect on a day and the authorization rule for one more visit are core's, read the same by
booking, billing and the assistant (issue 22): a policy that has ended covers nothing after its end date."""

from datetime import datetime, timedelta

from conftest import Practice
from sqlmodel import Session, col, select

from core.authorizations.models import Authorization
from core.patients.insurance import primary_payer
from core.patients.models import InsurancePolicy, Patient
from core.payers.models import Payer
from core.scheduling.booking import check_authorization

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


def _refusing_patient_without_authorization(session: Session) -> tuple[Patient, InsurancePolicy, Payer]:
    """A patient with one policy, whose payer refuses a visit no authorization covers, and with no PT
    authorization at all."""
    for policy, payer in session.exec(
        select(InsurancePolicy, Payer)
        .join(Payer, col(Payer.id) == InsurancePolicy.payer_id)
        .where(
            col(Payer.requires_authorization),
            Payer.authorization_overrun == "refuse",
            col(InsurancePolicy.effective_to).is_(None),
        )
        .order_by(col(InsurancePolicy.patient_id))
    ).all():
        policies = session.exec(
            select(InsurancePolicy).where(InsurancePolicy.patient_id == policy.patient_id)
        )
        authorizations = session.exec(
            select(Authorization).where(
                Authorization.patient_id == policy.patient_id, Authorization.discipline == "PT"
            )
        )
        if len(policies.all()) == 1 and authorizations.first() is None:
            patient = session.get(Patient, policy.patient_id)
            assert patient is not None
            return patient, policy, payer
    raise AssertionError("no demo patient has a single policy with a refusing payer and no PT authorization")


def test_an_ended_policy_is_no_payer_after_its_end(practice: Practice, demo_clock: datetime) -> None:
    from assistant.tools import authorization_check

    with practice.session() as session:
        patient, policy, payer = _refusing_patient_without_authorization(session)
        day = max(policy.effective_from, demo_clock.date()) + timedelta(days=7)
        assert primary_payer(session, patient.id or 0, day) == payer
        check = check_authorization(session, patient, "PT", day)
        assert (check.payer, check.outcome) == (payer, "refuse")
        assert check.reason.startswith(f"{payer.name}: ")
        assert authorization_check(session, patient.id or 0, "PT", day) == (check.outcome, check.reason)

        policy.effective_to = day - timedelta(days=1)
        session.add(policy)
        session.commit()
        assert primary_payer(session, patient.id or 0, day - timedelta(days=1)) == payer
        assert primary_payer(session, patient.id or 0, day) is None
        after = check_authorization(session, patient, "PT", day)
        assert (after.payer, after.outcome, after.reason) == (None, "ok", "")
        assert authorization_check(session, patient.id or 0, "PT", day) == ("ok", "")
        # Another test of this file's practice would otherwise find the patient self-pay.
        policy.effective_to = None
        session.add(policy)
        session.commit()
