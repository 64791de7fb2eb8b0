"""Reference data for the demo clinic: names, payers, codes, diagnoses. Plain data, no logic."""

from core.notes.forms import EVALUATION_CODES
from core.payers import profiles

FIRST_NAMES = (
    "Maria James Linda Robert Patricia John Jennifer Michael Elizabeth David Barbara William Susan "
    "Richard Jessica Joseph Sarah Thomas Karen Charles Nancy Christopher Lisa Daniel Betty Matthew "
    "Margaret Anthony Sandra Mark Ashley Donald Kimberly Steven Emily Paul Donna Andrew Michelle Joshua "
    "Carol Kenneth Amanda Kevin Dorothy Brian Melissa George Deborah Timothy Stephanie Ronald Rebecca "
    "Edward Sharon Jason Laura Jeffrey Cynthia Ryan Kathleen Jacob Amy Gary Angela Nicholas Shirley Eric "
    "Anna Jonathan Brenda Stephen Pamela Larry Emma Justin Nicole Scott Helen Brandon Samantha Benjamin "
    "Katherine Samuel Christine Gregory Debra Alexander Rachel Frank Carolyn Patrick Janet Raymond "
    "Catherine Jack Heather Dennis Diane Jerry Ruth Tyler Julie Aaron Olivia Jose Joyce Adam Virginia "
    "Nathan Victoria Henry Kelly Douglas Lauren Zachary Christina Peter Joan Kyle Evelyn Ethan Judith "
    "Walter Megan Noah Andrea Jeremy Cheryl Christian Hannah Keith Jacqueline Roger Martha Terry Gloria "
    "Gerald Teresa Harold Ann Sean Sophia Austin Madison Carl Frances Arthur Kathryn Lawrence Janice "
    "Dylan Jean Jesse Abigail Jordan Alice Bryan Julia Billy Judy Joe Grace Bruce Denise Gabriel Amber "
    "Logan Marilyn Albert Beverly Willie Danielle Alan Theresa Juan Sophie Wayne Marie Elijah Diana Randy "
    "Brittany Roy Natalie Vincent Isabella Ralph Charlotte Eugene Rose Russell Alexis Bobby Kayla Mason "
    "Lucia Rivera Jordan Ming Priya Aisha Omar Yuki Chen "
).split()

# The sex a first name is usually given for: a patient's recorded sex agrees with the name staff see.
# Names given to either (Jordan, Kelly, Terry, ...) are in neither set.
FEMALE_NAMES = frozenset(
    (
        "Maria Linda Patricia Jennifer Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty "
        "Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah "
        "Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole "
        "Helen Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine Heather Diane Ruth Julie "
        "Olivia Joyce Virginia Victoria Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah "
        "Jacqueline Martha Gloria Teresa Ann Sophia Madison Frances Kathryn Janice Jean Abigail Alice Julia "
        "Judy Grace Denise Amber Marilyn Beverly Danielle Theresa Sophie Marie Diana Brittany Natalie "
        "Isabella Charlotte Rose Alexis Kayla Lucia Priya Aisha"
    ).split()
)
MALE_NAMES = frozenset(
    (
        "James Robert John Michael David William Richard Joseph Thomas Charles Christopher Daniel Matthew "
        "Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward "
        "Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin "
        "Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry "
        "Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian Keith Roger Gerald Harold Sean Austin "
        "Carl Arthur Lawrence Dylan Jesse Bryan Billy Joe Bruce Gabriel Logan Albert Willie Alan Juan Wayne "
        "Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Omar"
    ).split()
)

LAST_NAMES = (
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez "
    "Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark "
    "Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams "
    "Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker "
    "Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper "
    "Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James "
    "Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez "
    "Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez "
    "Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole "
    "Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens "
    "Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker "
    "Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz "
    "Hunt Hicks Holmes Palmer "
).split()

STREETS = ("Oak Maple Cedar Pine Elm Walnut Lake Hill River Park Main Church Spring Mill Forest ").split()
CITIES = (("Springfield", "IL", "627"), ("Riverton", "IL", "625"), ("Hillcrest", "IL", "626"))

# name, kind, unit rule, requires auth, overrun, applies NCCI, denies 97530+97140, timely filing days
PAYERS = (
    ("Medicare Part B", "medicare", "cms", False, "warn", True, False, 365),
    ("State Medicaid", "medicaid", "cms", True, "refuse", True, False, 180),
    ("Blue Cross PPO", "commercial", "per-code", True, "warn", True, False, 180),
    ("Aetna Choice", "commercial", "per-code", True, "warn", True, True, 90),
    ("UnitedHealthcare", "commercial", "cms", False, "warn", False, False, 90),
)
PAYER_SHARE = {"medicare": 0.40, "medicaid": 0.15, "commercial": 0.45}

# Medicare's KX threshold and targeted-review threshold by year: the same figures a real clinic's payer gets.
KX_THRESHOLDS = profiles.KX_THRESHOLDS

# Base fee in cents; each payer pays a share of it (payer fee schedules differ).
BASE_FEES = {
    "97161": 12_500,
    "97162": 12_500,
    "97163": 12_500,
    "97164": 8_600,
    "97165": 12_800,
    "97166": 12_800,
    "97167": 12_800,
    "97168": 8_700,
    "92521": 15_800,
    "92522": 13_200,
    "92523": 27_400,
    "92524": 13_600,
    "92507": 9_500,
    "92526": 10_400,
    "97110": 3_100,
    "97112": 3_600,
    "97116": 3_100,
    "97140": 2_900,
    "97530": 3_500,
    "97535": 3_400,
    "97150": 1_900,
    "97010": 600,
    "97014": 1_300,
    "97032": 1_800,
    "97035": 1_500,
    "97760": 4_200,
    # Every other code the coding engine knows has a fee too, so whatever the scribe drafts can be signed.
    "97542": 3_300,
    "97750": 3_500,
    "97763": 4_700,
    "97033": 1_700,
    "97036": 1_800,
    "92610": 9_100,
    "97012": 1_500,
    "G0283": 1_200,
    "97129": 2_600,
    "97130": 2_400,
}
PAYER_FEE_SHARE = {
    "Medicare Part B": 1.00,
    "State Medicaid": 0.78,
    "Blue Cross PPO": 1.22,
    "Aetna Choice": 1.15,
    "UnitedHealthcare": 1.10,
}

# PT's and OT's evaluations by complexity, low to high, as signing checks them; SLP's have no levels.
EVAL_CODES = {
    **{discipline: tuple(by_level.values()) for discipline, by_level in EVALUATION_CODES.items()},
    "SLP": ("92522", "92523"),
}
REEVAL_CODES = {"PT": "97164", "OT": "97168", "SLP": "92524"}
TREATMENT_CODES = {
    "PT": (("97110", 0.9), ("97140", 0.6), ("97112", 0.5), ("97116", 0.2), ("97530", 0.3)),
    "OT": (("97530", 0.8), ("97110", 0.6), ("97535", 0.3), ("97140", 0.2), ("97760", 0.1)),
    "SLP": (("92507", 0.7), ("92526", 0.3)),
}
ICD10 = {
    "PT": ("M54.50", "M25.561", "M25.511", "S83.511A", "M17.11", "M54.2", "S93.401A", "M62.81", "R26.89"),
    "OT": ("M25.641", "S62.101A", "G56.01", "M19.041", "I69.351", "M79.641"),
    "SLP": ("R13.12", "R47.01", "I69.320", "R49.0", "F80.2"),
}
MEASURES = {
    "PT": (("LEFS", 80, 1), ("ODI", 100, -1), ("TUG", 30, -1), ("Berg", 56, 1)),
    "OT": (("QuickDASH", 100, -1),),
    "SLP": (),
}
# Scored in whole points on their forms (Berg Balance Scale items 0-4 over 14 items, LEFS 0-4 over
# 20 items): a decimal score is one no therapist could have written.
WHOLE_SCORES = frozenset({"Berg", "LEFS"})
GOALS = {
    "PT": (
        "Walk 500 feet without an assistive device",
        "Climb one flight of stairs with a rail",
        "Reduce pain to 2/10 or less with daily tasks",
        "Return to work duties without restriction",
    ),
    "OT": (
        "Open jars independently",
        "Dress upper body independently",
        "Grip strength 40 lb right",
        "Type for 30 minutes without pain",
    ),
    "SLP": (
        "Swallow thin liquids without signs of aspiration in 90% of trials",
        "Name 8 of 10 common objects with minimal cues",
        "Speak in sentences intelligible to strangers",
    ),
}
DENIALS = (
    ("CO", "197", "N54", 0.35),
    ("CO", "50", "N115", 0.25),
    ("CO", "16", "M51", 0.25),
    ("CO", "29", "", 0.15),
)
# A payer that asks no authorization (Medicare Part B) never denies for its absence (CARC 197,
# 'precertification/authorization absent'): its denials are drawn from the others (#20, trial 51).
DENIALS_WITHOUT_AUTHORIZATION = tuple(d for d in DENIALS if d[1] != "197")


def denial_pool(
    *, asks_authorization: bool, authorized: bool, filed_after_days: int, filing_days: int
) -> tuple[tuple[str, str, str, float], ...]:
    """The denials a payer could plausibly give one of a claim's lines (#20, a biller's read of the
    demo): 197 (authorization absent) only where the payer asks one and no authorization covers the
    visit's date; 29 (the time limit for filing has expired) only for a claim first sent after the
    payer's timely-filing window, never one sent the day after the visit. Not-medically-necessary (50)
    and missing-information (16) may come to any claim, so the pool is never empty."""
    return tuple(
        d
        for d in DENIALS
        if not (d[1] == "197" and (not asks_authorization or authorized))
        and not (d[1] == "29" and filed_after_days <= filing_days)
    )
