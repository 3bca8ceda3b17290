"""pytest plugin: record every text the label tests triage, with the labels the engine gave."""
import json
import tests.detect.labels.engine as eng

_orig = eng.triage
_out = open("/tmp/t/test_texts.jsonl", "w", encoding="utf-8")


def triage(text, register="a"):
    result = _orig(text, register)
    _out.write(json.dumps({"text": text, "register": register, "labels": sorted(result.labels)},
                          ensure_ascii=False) + "\n")
    _out.flush()
    return result


eng.triage = triage
