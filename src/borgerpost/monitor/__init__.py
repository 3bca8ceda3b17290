"""The public-post monitor: reads public feeds, exports and pages for posts that name staff
or reveal their private data, and keeps those — only those — frozen as evidence.

    sources/ rss.py export.py html.py     a source → RawItem | RowError, streamed
    fetch.py                              our small HTTP client (timeout, size limit)
    scan.py                               seen before? prefilter, triage, keep or discard
    evidence.py                           freeze a kept item: text, SHA-256, WARC records
    runner.py                             run_sources(): every enabled source, batched

Data minimisation is the design rule: a post that names nobody on the staff register and
reveals nothing about them is discarded right after scanning; the only trace is two
hashes in ``monitor_seen`` so it is not scanned twice. No profile of citizens is built.
"""
