"""The service codes the scribe's rules name in more than one module, defined once here, below them all
(`scribe.services` imports `scribe.rest_split`: a constant of both stands in neither)."""

# Therapeutic activities: functional tasks ("the rest was lifting and carrying tasks").
THER_ACT = "97530"
