"""borgerpost — a Danish jobcentre's front door for written contact.

The flow: ``ingest`` turns raw bytes into stored messages, ``detect`` gives triage labels
with evidence, ``route`` turns labels into queues and deadlines, ``store`` keeps it all,
and ``web`` / ``cli`` are the two edges people use.
"""

__version__ = "0.1.0"
