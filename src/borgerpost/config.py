"""Settings, read from the environment (prefix ``BORGERPOST_``) and never at import time.

``get_settings()`` is cached; tests build their own ``Settings`` and pass it down
(``create_app(settings)``, ``open_store(settings.db_url)``) instead of patching globals.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DB_PATH = Path("var") / "borgerpost.db"


class Settings(BaseSettings):
    """Runtime settings of one borgerpost installation."""

    model_config = SettingsConfigDict(env_prefix="BORGERPOST_", extra="ignore")

    db: str = Field(
        default=f"sqlite:///{DEFAULT_DB_PATH}",
        description="SQLAlchemy URL: sqlite:///path.db or postgresql+psycopg://user@host/db",
    )
    secret_key: str = Field(
        default="",
        description="Signs session cookies. Empty: a random key is made and kept in var/.",
    )
    secure_cookies: bool = Field(
        default=False, description="Send the session cookie only over HTTPS (set in production)."
    )
    attachment_max_bytes: int = Field(
        default=10 * 1024 * 1024,
        description="Attachments larger than this keep name, type, size and hash, not bytes.",
    )
    message_max_bytes: int = Field(
        default=50 * 1024 * 1024,
        description="A raw message larger than this is quarantined (kept, not parsed).",
    )
    default_unit: str = Field(
        default="Modtagelsen",
        description="Unit of a message whose recipients match no unit mailbox (the front desk).",
    )
    ingest_batch_size: int = Field(default=500, description="Messages per transaction.")
    ingest_batch_bytes: int = Field(
        default=32 * 1024 * 1024,
        description="A batch is also committed when its raw bytes reach this (bounds memory).",
    )
    official_contacts: str = Field(
        default="",
        description="Path to a YAML file listing the jobcentre's own addresses, phone numbers "
        "and e-mail domains, which are never doxxing.",
    )
    session_max_age_s: int = Field(default=8 * 3600)
    session_idle_s: int = Field(
        default=3600,
        description="A login ends after this many seconds without a request (it always "
        "ends after session_max_age_s, and at once on logout or deactivation).",
    )
    deadlines: str = Field(
        default="",
        description="Path to a YAML file of case-request kinds and their deadlines; empty: "
        "the file shipped with borgerpost (route/data/deadlines.yaml).",
    )
    rules: str = Field(
        default="",
        description="Path to a YAML file of routing rules (queues, flags, shielding, "
        "incidents); empty: the file shipped with borgerpost (route/data/rules.yaml).",
    )
    representation: str = Field(
        default="",
        description="Path to a YAML file saying which representative types need a written "
        "fuldmagt, how a type is recognised, and the ready fuldmagt letter; empty: the file "
        "shipped with borgerpost (route/data/representation.yaml).",
    )
    duty_phone: str = Field(
        default="",
        description="The municipality's duty phone (vagttelefon), shown in the protocol of "
        "the 'akut' queue for messages about self-harm.",
    )
    duplicate_threshold: float = Field(
        default=0.9, gt=0.0, le=1.0,
        description="Word 5-shingle Jaccard similarity from which a sender's message is "
        "linked to an earlier one as its near duplicate (route/duplicates.py).",
    )
    duplicate_window_days: int = Field(
        default=14, ge=0,
        description="How many days back a message is compared with its sender's earlier ones.",
    )
    monitor_scheduler: bool = Field(
        default=False,
        description="Let the web app read the public-post monitor's sources on their "
        "schedule (interval per source) in a background thread; run it in one process only.",
    )
    monitor_batch_size: int = Field(
        default=5000, ge=1,
        description="Posts per transaction of a monitor run. Larger than mail's batches: a "
        "discarded post writes only two hashes, and SQLite pays per commit for those random "
        "keys (bench/monitor.py).",
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment."""
    return Settings()


def normalise_db_url(url: str) -> str:
    """Accept the short forms people type: a bare path means SQLite, postgresql:// means
    psycopg 3."""
    if "://" not in url:
        return f"sqlite:///{url}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url
