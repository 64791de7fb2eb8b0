"""Trial 51, owner and biller (#20): the AR aging's bucket amounts led nowhere and the claims CSV had no
clinic, provider or sent date. Now each amount opens the payer's claims of the bucket's dates of service
(core.billing.receivables.bucket_dates), and the CSV says the clinic, the rendering provider and the day
the claim first went out (in the clinic's zone)."""

import csv
import io
import re
from datetime import date, datetime

import pytest
from page_helpers import page_client
from scheduling_helpers import NY, one

from core.billing.receivables import bucket_dates, bucket_of
from core.timeutil import as_utc

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

AS_OF = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("label", "first", "last"),
    [
        ("0-30", date(2026, 10, 31), None),  # a future date of service ages as 0 days: no last day
        ("31-60", date(2026, 10, 1), date(2026, 10, 30)),
        ("61-90", date(2026, 9, 1), date(2026, 9, 30)),
        ("91-120", date(2026, 8, 2), date(2026, 8, 31)),
        ("over 120", None, date(2026, 8, 1)),
    ],
)
def test_each_bucket_is_the_dates_of_service_it_holds(label, first, last) -> None:  # type: ignore[no-untyped-def]
    assert bucket_dates(AS_OF)[label] == (first, last)
    for day in (first, last):  # must not change: each end ages into its own bucket
        if day is not None:
            assert bucket_of((AS_OF - day).days) == label


def test_a_bucket_amount_opens_its_claims_and_the_csv_names_clinic_provider_and_sent_day(practice) -> None:  # type: ignore[no-untyped-def]
    biller = page_client(practice, "biller")
    page = biller.get("/billing/aging", params={"as_of": AS_OF.isoformat()}).text
    links = re.findall(r'<td class="num"><a href="/billing/claims\?([^"]+)"', page)
    assert links, page[:2000]
    query = links[0].replace("&amp;", "&")
    opened = biller.get(f"/billing/claims?{query}")
    assert opened.status_code == 200
    rows = list(csv.DictReader(io.StringIO(biller.get(f"/billing/claims.csv?{query}").text)))
    assert rows  # the bucket's amount stands on claims the link finds
    every = list(csv.DictReader(io.StringIO(biller.get("/billing/claims.csv?status=paid").text)))
    assert every
    clinics = {r["clinic"] for r in every}
    assert clinics <= {"Riverside Therapy", "Hillcrest Therapy"} and clinics
    assert all(r["rendering_provider"] for r in every)
    first = every[0]
    sent = one(
        practice,
        "SELECT first_submitted_at FROM claim WHERE control_number = :c OR CAST(id AS VARCHAR(20)) = :c",
        c=first["claim"],
    )[0]
    sent = sent if isinstance(sent, datetime) else datetime.fromisoformat(str(sent))
    assert first["first_sent_on"] == as_utc(sent).astimezone(NY).date().isoformat()
