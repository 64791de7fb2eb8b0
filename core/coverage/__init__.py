"""Which plan of care covers a visit: the diagnoses a note bills under, and the warning given when a visit
is booked that no plan covers. Above plans, notes, scheduling and visits, which it reads; none of them
imports it."""
