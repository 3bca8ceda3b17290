"""The streaming JSON-array reader agrees with ``json.loads`` and keeps exact bytes."""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from borgerpost.errors import MonitorError
from borgerpost.monitor.sources import jsonarray
from borgerpost.monitor.sources.jsonarray import json_array

scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=30)
objects = st.dictionaries(st.text(max_size=8), scalars | st.lists(scalars, max_size=3),
                          max_size=5)


@settings(max_examples=150, deadline=None)
@given(st.lists(objects, max_size=12), st.sampled_from([0, 2]), st.booleans())
def test_same_values_as_json_loads(values: list[dict[str, object]], indent: int,
                                   ascii_only: bool) -> None:
    text = json.dumps(values, indent=indent or None, ensure_ascii=ascii_only)
    got = list(json_array(io.BytesIO(text.encode()), max_element_bytes=10**6))
    assert [e.value for e in got] == values
    assert all(json.loads(e.raw) == v for e, v in zip(got, values, strict=True))
    assert all(e.raw.decode() in text for e in got)


def test_elements_longer_than_a_chunk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonarray, "CHUNK", 16)
    values = [{"tekst": "æøå " * 50, "n": i} for i in range(20)]
    got = list(json_array(io.BytesIO(json.dumps(values).encode()), max_element_bytes=10**6))
    assert [e.value for e in got] == values and all(e.error is None for e in got)


@pytest.mark.parametrize(("body", "errors"), [
    (b'[{"a":1}{"b":2},{"c":3}]', {2: "mangler komma før elementet"}),
    (b'[{"a":1},{"b":"x}', {2: "er ikke gyldig JSON: Unterminated string starting at",
                            3: "resten af filen kan ikke læses efter fejlen"}),
    (b'[{"a":1},', {2: "arrayet slutter uden ']'"}),
    (b'[{"a":1},]', {}),
])
def test_broken_arrays(body: bytes, errors: dict[int, str]) -> None:
    got = list(json_array(io.BytesIO(body), max_element_bytes=1000))
    assert {e.number: e.error for e in got if e.error} == errors
    assert got[0].value == {"a": 1}


def test_element_over_the_limit() -> None:
    body = json.dumps([{"a": "x" * 5000}, {"b": 1}]).encode()
    got = list(json_array(io.BytesIO(body), max_element_bytes=1000))
    assert got[0].error is not None and got[0].error.startswith("er over")
    assert got[1].value == {"b": 1}


@pytest.mark.parametrize("body", [b'{"a": 1}', b"", b"   ", b"42"])
def test_not_an_array(body: bytes) -> None:
    with pytest.raises(MonitorError, match="ikke et JSON-array"):
        list(json_array(io.BytesIO(body), max_element_bytes=1000))
