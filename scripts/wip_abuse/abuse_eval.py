"""Fresh-set effect of the abuse heads: heads from DIR (trained without the sets given),
pipeline with and without learned_abuse, at several thresholds.
usage: PYTHONPATH=src python abuse_eval.py DIR CUTS(e.g. 0.8,0.9,0.95) SET..."""
import sys
from pathlib import Path
from borgerpost.detect.context import PipelineContext
from borgerpost.detect.evaluate import evaluate, read_set
from borgerpost.detect.label_model import ABUSE_HEADS, HEADS, HeadSet, load_head
from borgerpost.detect.labels.learned import LearnedDetector
from borgerpost.detect.labels.learned_abuse import LearnedAbuseDetector
from borgerpost.detect.offensive_model import read
from borgerpost.detect.pipeline import Pipeline, build_detectors
from borgerpost.register import read_register
d, cuts, sets = Path(sys.argv[1]), [float(c) for c in sys.argv[2].split(",")], sys.argv[3:]
heads = HeadSet({**{l: load_head(l) for l in HEADS},
                 **{l: read((d / f"label_model_{l}.npz").read_bytes(), l) for l in ABUSE_HEADS}})
data = Path("tests/detect/data")
tot = {}
for n in sets:
    items = read_set(data / f"probe_{n}.jsonl")
    ctx = PipelineContext.build(read_register(data / f"probe_staff_{n}.csv"))
    dets = [LearnedDetector(ctx, heads) if x.name == "learned" else LearnedAbuseDetector(ctx, heads) if x.name == "learned_abuse" else x for x in build_detectors(ctx)]
    base = Pipeline(ctx, [x for x in dets if x.name != "learned_abuse"])
    r0 = evaluate(base, items)
    row = [f"set {n}: without {sum(o.passed for o in r0.outcomes)}"]
    tot.setdefault("without", 0); tot["without"] += sum(o.passed for o in r0.outcomes)
    abuse = next(x for x in dets if x.name == "learned_abuse")
    for c in cuts:
        for l in ABUSE_HEADS:
            abuse.limits.min_probability[l] = c
        r = evaluate(Pipeline(ctx, dets), items)
        ok = sum(o.passed for o in r.outcomes)
        tot.setdefault(c, 0); tot[c] += ok
        ff = {l: r.labels[l].false_flags - r0.labels[l].false_flags for l in ("threat", "self_harm", "insult", "offensive", "exposure", "criticism")}
        row.append(f"@{c}: {ok} (ff+ {ff})")
        if c == cuts[0]:
            for o, o0 in zip(r.outcomes, r0.outcomes):
                if o.given != o0.given:
                    print("   ", o.item.id, sorted(o0.given), "->", sorted(o.given), "must", sorted(o.item.must), "must_not", sorted(o.item.must_not), "|", o.item.text[:110])
    print("  ".join(row), flush=True)
print("TOTAL", tot)
