"""Insult cues whose animals and things are meant literally: contempt said without
swearing, so ``offensive`` does not count their evidence as degrading language (split from
``offensive.py`` in probe round 397 to keep that module short).
"""

from __future__ import annotations

# round 124: contempt whose animals and things are meant literally: the dog a person would
# kick, the parrot they could be replaced by ("ville sparke til en hund for en bonus")
LITERAL_CONTEMPT = (
    "insult:contempt.would_hurt_the_helpless",
    "insult:contempt.replaceable_by_a_thing",
    "insult:contempt.more_warmth_in_a_machine",
    # round 136: the dog that could not be got a job in a sausage factory
    "insult:contempt.fails_easiest_task",
    # probe round 255: the pet that keeps better order than the person, the animal doing the
    # job as well as it would ("som en ko ville styre et fly"), and the "affald"
    # someone was made to feel like ("fik ham til at føle sig som affald"): said, not sworn
    "insult:contempt.r255_pet_keeps_better_order",
    "insult:contempt.r255_as_well_as_an_animal_would",
    "insult:contempt.r255_mock_genius_made_feel_worthless",
    # probe round 307: the parrot or the goldfish that would at least do better ("man kunne
    # lige så godt have ansat en undulat"): an animal meant as one, said without swearing
    "insult:contempt.r307_animal_would_at_least",
    # probe round 361: the animal that would make fewer mistakes ("en undulat ville begå
    # færre fejl") is meant as one, said without swearing
    "insult:contempt.r361_animal_does_better",
    # probe round 323: a person called rude and dim in a formal letter's words ("en
    # ubehøvlet og enfoldig mand"): a verdict said plainly, not sworn
    "insult:contempt.r323_rude_and_dim_person",
    # probe round 361: the animal a comparison is said to insult ("at kalde dem æsler
    # krænker æslerne"): the animal is named, not sworn at anyone
    "insult:contempt.r361_comparison_insults_the_thing",
    # probe round 377: a dog, a fish or a parrot set beside a person or an office ("min kat
    # har mere omtanke end hende", "samme varme som en sild"): named as the animal, not sworn
    "insult:contempt.thing_more_human", "insult:contempt.r259_child_knows_more_than_office",
    "insult:contempt.warm_as_machine", "insult:contempt.r279_traits_of_a_vehicle",
    "insult:contempt.r377_thing_with_key_card", "insult:contempt.r389_difference_from_animal",
    # probe round 397: the animal that could do the person's job ("kunne en papegøje gøre
    # jeres arbejde"): named as the animal, not sworn
    "insult:contempt.r397_animal_could_do_the_job",
)
