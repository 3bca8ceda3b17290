"""``self_harm``: the writer signals suicide, self-harm, a plan or the means.

Cues in ``data/cues/self_harm.yaml``: plans and acts weigh 1.0 ("tage mit eget liv",
"skærer i mig selv", "har samlet mine piller"); hopelessness and means without a plan
("ingen vil savne mig", "har købt reb") weigh less and count together. Grief over someone
else's death and figures of speech ("dø af grin") are not matched: the patterns need the
writer as the one who dies.
"""

from __future__ import annotations

from borgerpost.detect.base import register
from borgerpost.detect.rules import CueDetector


@register
class SelfHarmDetector(CueDetector):
    name = "self_harm"
    labels = ("self_harm",)
    version = "1"
    cue_file = "cues/self_harm.yaml"
