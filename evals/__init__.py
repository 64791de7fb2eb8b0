"""Quality evaluations: data sets, metrics, runners, reports (`make eval`)."""
