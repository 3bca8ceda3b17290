"""Routing: from triage labels to units, queues and case requests with legal deadlines.

``rules`` (pure) turns labels into one work queue, flags, shielding and incidents, from
``data/rules.yaml``; ``apply`` writes those decisions for stored messages (and is the
ingest hook); ``shielding`` keeps mail from the staff member it attacks; ``incidents`` is
the work-environment register and its figures. ``calendar`` (pure) counts Danish working
days; ``deadlines`` loads the kinds and periods from data; ``cases`` opens, pauses and
closes case requests in the store.
"""
