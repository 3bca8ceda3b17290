"""The session signing key: from settings, else made once and kept with mode 0600."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from borgerpost.config import Settings
from borgerpost.errors import ConfigError
from borgerpost.web.secret import key_path, session_secret


def test_configured_key_is_used(tmp_path: Path) -> None:
    key = "k" * 40
    assert session_secret(Settings(db=str(tmp_path / "b.db"), secret_key=key)) == key
    assert not (tmp_path / "secret_key").exists()


def test_short_configured_key_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="for kort"):
        session_secret(Settings(db=str(tmp_path / "b.db"), secret_key="kort"))


def test_generated_key_is_kept_beside_the_database(tmp_path: Path) -> None:
    settings = Settings(db=f"sqlite:///{tmp_path / 'data' / 'b.db'}")
    first = session_secret(settings)
    path = key_path(settings)
    assert path == tmp_path / "data" / "secret_key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert session_secret(settings) == first and len(first) >= 32


def test_postgres_keeps_its_key_in_var(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    settings = Settings(db="postgresql://u@localhost/borgerpost")
    assert key_path(settings) == Path("var") / "secret_key"


def test_truncated_key_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "secret_key").write_text("abc\n")
    with pytest.raises(ConfigError, match="for kort"):
        session_secret(Settings(db=str(tmp_path / "b.db")))
