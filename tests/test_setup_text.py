"""The first-run setup typed as lines: each box's lines into the fields a setup file holds."""

from datetime import date

from core.clinics.setup_text import fees_of, providers_of, reminders_of, types_of, with_fees


def test_providers_by_line_with_the_credential_upper_case_and_empty_parts_left_out() -> None:
    text = "Ana Ruiz; pt; 1234567893\r\n\nBo Lin; pta;; Ana Ruiz\n ; ; \n"
    assert providers_of(text) == [
        {"name": "Ana Ruiz", "credential": "PT", "npi": "1234567893"},
        {"name": "Bo Lin", "credential": "PTA", "supervisor": "Ana Ruiz"},
    ]


def test_reminders_on_one_line_or_several() -> None:
    assert reminders_of("24 Email; 2 sms\n48 email") == [
        {"hours_before": "24", "channel": "email"},
        {"hours_before": "2", "channel": "sms"},
        {"hours_before": "48", "channel": "email"},
    ]


def test_appointment_types_with_discipline_upper_and_kind_lower() -> None:
    assert types_of("Balance class; pt; Group; 60; 4\nEval; ot") == [
        {
            "name": "Balance class",
            "discipline": "PT",
            "kind": "group",
            "minutes": "60",
            "group_capacity": "4",
        },
        {"name": "Eval", "discipline": "OT", "kind": ""},
    ]


def test_fee_lines_by_payer_and_the_lines_that_say_too_little() -> None:
    fees, problems = fees_of("Medicare; 97110 GP; 31.00\nMedicare; 97140\nAetna; 97110; 40")
    assert fees == {"Medicare": {"97110 GP": "31.00"}, "Aetna": {"97110": "40"}}
    assert problems == ["fees line 2: is 'payer; code; amount', like 'Medicare; 97110 GP; 31.00'"]


def test_fees_go_to_the_payer_named_whatever_its_case_and_an_unknown_payer_is_a_problem() -> None:
    payers: list[dict] = [{"name": "Medicare"}, {"name": "Aetna"}]
    problems = with_fees(payers, "medicare; 97110; 31.00\nCigna; 97110; 50", date(2026, 1, 1))
    assert payers[0]["fee_schedule"] == {"effective_from": "2026-01-01", "fees": {"97110": "31.00"}}
    assert "fee_schedule" not in payers[1]
    assert problems == ["fees: 'Cigna' names no payer of the setup"]
