"""The README stays true: it opens with the two commands and documents every setting."""

from __future__ import annotations

from pathlib import Path

import pytest

from borgerpost.config import Settings
from borgerpost.demo.loader import DEMO_USERS

README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.fixture(scope="module")
def readme() -> str:
    return README.read_text(encoding="utf-8")


def test_opens_with_make_run_and_make_test(readme: str) -> None:
    first_block = readme.split("```sh", 1)[1].split("```", 1)[0]
    assert [line.split()[:2] for line in first_block.strip().splitlines()] == [
        ["make", "run"], ["make", "test"]]


@pytest.mark.parametrize("name", list(Settings.model_fields))
def test_every_setting_is_documented(readme: str, name: str) -> None:
    assert f"`BORGERPOST_{name.upper()}`" in readme


def test_demo_logins_are_documented(readme: str) -> None:
    for user in DEMO_USERS:
        assert f"`{user.username}`" in readme and f"`{user.password}`" in readme
