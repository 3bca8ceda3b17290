"""Routing: from triage labels to units, queues and case requests with legal deadlines.

``calendar`` (pure) counts Danish working days; ``deadlines`` loads the kinds and periods
from data; ``cases`` opens, pauses and closes case requests in the store.
"""
