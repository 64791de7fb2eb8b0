"""Minimal clinically important differences (MCID) of the standard outcome measures, and whether a
patient's change since the first score passes one. Data, not code: a measure's row says which way is
better and how much change a patient notices, with the study it comes from."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Mcid:
    measure: str
    difference: float
    higher_is_better: bool
    source: str


MCIDS: dict[str, Mcid] = {
    m.measure.lower(): m
    for m in (
        Mcid("Berg", 5, True, "Donoghue & Stokes 2009, J Rehabil Med 41:343"),
        Mcid("6MWT", 50, True, "Perera et al. 2006, J Am Geriatr Soc 54:743 (meters)"),
        Mcid("TUG", 3.4, False, "Gautschi et al. 2017, Neurosurg Focus 43:E3 (seconds)"),
        Mcid("30s sit-to-stand", 2, True, "Wright et al. 2011, J Orthop Sports Phys Ther 41:319"),
        Mcid("FIST", 6.5, True, "Gorman et al. 2014, Phys Ther 94:1093"),
        Mcid("LEFS", 9, True, "Binkley et al. 1999, Phys Ther 79:371"),
        Mcid("ODI", 10, False, "Ostelo et al. 2008, Spine 33:90 (points of 100)"),
        Mcid("NDI", 7.5, False, "Young et al. 2009, Spine J 9:802 (points of 50)"),
        Mcid("QuickDASH", 15.9, False, "Franchignoni et al. 2014, J Orthop Sports Phys Ther 44:30"),
        Mcid("COPM", 2, True, "Law et al. 1998, COPM manual (points of 10)"),
    )
}
ALIASES = {"6 minute walk": "6mwt", "six minute walk": "6mwt", "sts": "30s sit-to-stand", "dash": "quickdash"}


def mcid_for(measure: str) -> Mcid | None:
    key = measure.strip().lower()
    return MCIDS.get(ALIASES.get(key, key))


VERDICT_WORDS = {
    "improved": "improved by at least the minimal clinically important difference",
    "worse": "worse by at least the minimal clinically important difference",
    "within MCID": "change smaller than the minimal clinically important difference",
    "no MCID on file": "no minimal clinically important difference on file for this measure",
}


@dataclass(frozen=True)
class Change:
    """The change from the first score to the latest, in the measure's own units."""

    first: float
    latest: float
    change: float
    mcid: Mcid | None
    verdict: str  # "improved", "worse", "within MCID" or "no MCID on file"

    @property
    def verdict_words(self) -> str:
        """The verdict as a therapist reads it on a chart or a note, the abbreviation spelled out."""
        return VERDICT_WORDS.get(self.verdict, self.verdict)

    @property
    def threshold(self) -> float | None:
        """The score the patient must pass to have improved by the MCID (the line on the chart)."""
        if self.mcid is None:
            return None
        step = self.mcid.difference if self.mcid.higher_is_better else -self.mcid.difference
        return self.first + step


def change_of(measure: str, scores: list[float]) -> Change | None:
    """How the scores (oldest first) moved, judged against the measure's MCID; None without scores.
    A change exactly at the MCID counts: the studies give the smallest change patients noticed."""
    if not scores:
        return None
    first, latest = scores[0], scores[-1]
    found = mcid_for(measure)
    change = round(latest - first, 6)  # 10.1 - 6.7 is 3.4 to a clinician, not 3.3999999999999995
    if found is None:
        verdict = "no MCID on file"
    else:
        better = change if found.higher_is_better else -change
        if better >= found.difference:
            verdict = "improved"
        elif -better >= found.difference:
            verdict = "worse"
        else:
            verdict = "within MCID"
    return Change(first, latest, change, found, verdict)
