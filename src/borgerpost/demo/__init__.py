"""Demo data for ``make run``: the fictional Jobcenter Vestby and its post bag.

``staff.csv`` is the demo staff register; ``messages.generate`` builds ~300 realistic
Danish messages of every kind; ``loader.load_demo`` sends them through the real ingest
path. Every person, address, phone number, car plate and CPR-like number is invented.
"""
