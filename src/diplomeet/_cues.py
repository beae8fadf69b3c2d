"""
Reporting cues: the verbs and phrases news prose uses to attribute words to a speaker.

The inventory follows the cue lists of the attribution corpora PARC 3.0 (Pareti 2016,
"PARC 3.0: A Corpus of Attribution Relations", LREC) and PolNeAR (Newell, Margolin and Ruths
2018, "An attribution relations corpus for political news", LREC), whose most frequent cues
are *say*, *tell*, *add*, *write*, *note*, *according to*, *call*, *ask*, *argue*, *claim*,
*explain*, *warn* and *describe ... as*; the rest is general knowledge of English reporting
verbs (Quirk et al., *A Comprehensive Grammar of the English Language*, 1985, §16.33, and
the reporting-verb lists of news style guides).  Every inflected form is written out so the
extractor needs no morphology at run time.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "ADDRESSEE_CUES",
    "AS_CUES",
    "CUE_FORMS",
    "GENERIC_ADDRESSEES",
    "NOUN_CUES",
    "REPORTED_SPEECH",
    "SAYING_FORMS",
]

#: Lemma -> inflected forms (base, third person, past, participle, -ing) of reporting verbs.
CUE_FORMS: Final[dict[str, tuple[str, ...]]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "state": ("state", "states", "stated", "stating"),
    "add": ("add", "adds", "added", "adding"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "note": ("note", "notes", "noted", "noting"),
    "explain": ("explain", "explains", "explained", "explaining"),
    "argue": ("argue", "argues", "argued", "arguing"),
    "ask": ("ask", "asks", "asked", "asking"),
    "warn": ("warn", "warns", "warned", "warning"),
    "insist": ("insist", "insists", "insisted", "insisting"),
    "claim": ("claim", "claims", "claimed", "claiming"),
    "declare": ("declare", "declares", "declared", "declaring"),
    "reply": ("reply", "replies", "replied", "replying"),
    "respond": ("respond", "responds", "responded", "responding"),
    "answer": ("answer", "answers", "answered", "answering"),
    "acknowledge": ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "concede": ("concede", "concedes", "conceded", "conceding"),
    "describe": ("describe", "describes", "described", "describing"),
    "call": ("call", "calls", "called", "calling"),
    "tweet": ("tweet", "tweets", "tweeted", "tweeting"),
    "post": ("posted",),
    "continue": ("continued", "continues"),
    "recall": ("recall", "recalls", "recalled", "recalling"),
    "suggest": ("suggest", "suggests", "suggested", "suggesting"),
    "indicate": ("indicate", "indicates", "indicated", "indicating"),
    "announce": ("announce", "announces", "announced", "announcing"),
    "emphasize": (
        "emphasize",
        "underscore",
        "underline",
        "reaffirm",
        "affirm",
        "emphasizes",
        "emphasized",
        "emphasizing",
        "emphasise",
        "emphasises",
        "emphasised",
        "emphasising",
    ),
    "stress": ("stress", "stresses", "stressed", "stressing"),
    # The verbs of government readouts ("The Secretary underscored that ..."), after the
    # call and meeting readouts of foreign ministries and the White House.
    "underscore": ("underscore", "underscores", "underscored", "underscoring"),
    "underline": ("underlines", "underlined", "underlining"),
    "reaffirm": ("reaffirm", "reaffirms", "reaffirmed", "reaffirming"),
    "affirm": ("affirms", "affirmed", "affirming"),
    "highlight": ("highlighted", "highlighting"),
    "urge": ("urge", "urges", "urged", "urging"),
    "predict": ("predict", "predicts", "predicted", "predicting"),
    "promise": ("promise", "promises", "promised", "promising"),
    "vow": ("vow", "vows", "vowed", "vowing"),
    "pledge": ("pledge", "pledges", "pledged", "pledging"),
    "complain": ("complain", "complains", "complained", "complaining"),
    "joke": ("joke", "jokes", "joked", "joking"),
    "quip": ("quip", "quips", "quipped", "quipping"),
    "boast": ("boast", "boasts", "boasted", "boasting"),
    "charge": ("charged", "charging"),
    "counter": ("counter", "counters", "countered", "countering"),
    "contend": ("contend", "contends", "contended", "contending"),
    "maintain": ("maintains", "maintained", "maintaining"),
    "observe": ("observe", "observes", "observed", "observing"),
    "remark": ("remark", "remarks", "remarked", "remarking"),
    "report": ("report", "reports", "reported", "reporting"),
    "repeat": ("repeat", "repeats", "repeated", "repeating"),
    "reiterate": ("reiterate", "reiterates", "reiterated", "reiterating"),
    "confirm": ("confirm", "confirms", "confirmed", "confirming"),
    "deny": ("deny", "denies", "denied", "denying"),
    "praise": ("praise", "praises", "praised", "praising"),
    "criticize": (
        "criticize",
        "criticizes",
        "criticized",
        "criticizing",
        "criticise",
        "criticises",
        "criticised",
        "criticising",
    ),
    "slam": ("slam", "slams", "slammed", "slamming"),
    "blast": ("blast", "blasts", "blasted", "blasting"),
    "accuse": ("accuse", "accuses", "accused", "accusing"),
    "label": ("label", "labels", "labeled", "labelled", "labeling", "labelling"),
    "dub": ("dub", "dubs", "dubbed", "dubbing"),
    "exclaim": ("exclaim", "exclaims", "exclaimed", "exclaiming"),
    "shout": ("shout", "shouts", "shouted", "shouting"),
    "yell": ("yell", "yells", "yelled", "yelling"),
    "conclude": ("conclude", "concludes", "concluded", "concluding"),
    "caution": ("caution", "cautions", "cautioned", "cautioning"),
    "assert": ("assert", "asserts", "asserted", "asserting"),
    "allege": ("allege", "alleges", "alleged", "alleging"),
    "mention": ("mention", "mentions", "mentioned", "mentioning"),
    "point out": ("pointed out", "points out", "pointing out"),
    "wonder": ("wonder", "wonders", "wondered", "wondering"),
    "demand": ("demand", "demands", "demanded", "demanding"),
    "assure": ("assure", "assures", "assured", "assuring"),
    "remind": ("remind", "reminds", "reminded", "reminding"),
    "inform": ("inform", "informs", "informed", "informing"),
    "threaten": ("threaten", "threatens", "threatened", "threatening"),
    "reveal": ("reveal", "reveals", "revealed", "revealing"),
    "fire back": ("fired back", "fires back", "firing back"),
    "shoot back": ("shot back", "shoots back"),
    "go on": ("went on", "goes on"),
    "weigh in": ("weighed in", "weighs in"),
    "explode": ("exploded",),
    "retort": ("retort", "retorts", "retorted"),
    "snap": ("snapped",),
    "opine": ("opined", "opines"),
    "advise": ("advised", "advises"),
    "estimate": ("estimated", "estimates"),
    "find": ("found", "finds"),
    "bemoan": ("bemoan", "bemoans", "bemoaned", "bemoaning"),
    "interject": ("interjected", "interjecting"),
    "refer": ("referred to", "refers to", "referring to"),
    "characterize": ("characterized", "characterizes", "characterised", "characterising"),
    "brand": ("branded", "brands"),
    "term": ("termed",),
    "decry": ("decried", "decries", "decrying"),
    "mock": ("mocked", "mocks", "mocking"),
    "dismiss": ("dismissed", "dismisses", "dismissing"),
    "reject": ("rejected", "rejects", "rejecting"),
    "blame": ("blamed", "blames", "blaming"),
    "question": ("questioned", "questions", "questioning"),
    "hail": ("hailed", "hails", "hailing"),
    # Only before "as" (see _statements): 'welcomed the accord as "a first step"'.
    "welcome": ("welcomed", "welcomes", "welcoming"),
    "greet": ("greeted", "greets", "greeting"),
    "applaud": ("applauded", "applauds"),
    "condemn": ("condemned", "condemns", "condemning"),
    "denounce": ("denounced", "denounces", "denouncing"),
    "lambaste": ("lambasted", "lambastes", "lambasting"),
    "deride": ("derided", "derides", "deriding"),
    "laud": ("lauded", "lauds", "lauding"),
    "exhort": ("exhorted", "exhorts", "exhorting"),
    "attack": ("attacked", "attacks", "attacking"),
    "compare": ("compared", "compares", "comparing"),
    "encourage": ("encouraged", "encourages", "encouraging"),
    "plead": ("pleaded", "pled", "pleads", "pleading"),
    "beg": ("begged", "begs", "begging"),
    "cite": ("cited", "cites", "citing"),
    "quote": ("quoted", "quotes", "quoting"),
    "read": ("read", "reads"),
    "testify": ("testify", "testifies", "testified", "testifying"),
    "chant": ("chant", "chants", "chanted", "chanting"),
    "proclaim": ("proclaim", "proclaims", "proclaimed", "proclaiming"),
    "scoff": ("scoff", "scoffs", "scoffed", "scoffing"),
    "tout": ("tout", "touts", "touted", "touting"),
    "lament": ("lament", "laments", "lamented", "lamenting"),
    "muse": ("muse", "muses", "mused", "musing"),
    "echo": ("echoed", "echoes", "echoing"),
    "recount": ("recount", "recounts", "recounted", "recounting"),
    "sigh": ("sighed", "sighs"),
    "gush": ("gushed", "gushes"),
    "boom": ("boomed",),
    "whisper": ("whisper", "whispers", "whispered", "whispering"),
    # Vivid verbs of tabloid and wire copy ("thundered Mr X").
    "thunder": ("thundered", "thunders"),
    "fume": ("fumed", "fumes"),
    "enthuse": ("enthused", "enthuses"),
    "concur": ("concurred", "concurs"),
    "speak": ("speak", "speaks", "spoke", "spoken", "speaking"),
    # The verbs of diplomatic readouts that carry a quoted phrase: "expressed Panama's 'full
    # solidarity'", "voiced his 'deep concern'", "conveyed Seoul's 'strong regret'", "offered
    # its 'full support'".
    "express": ("expressed", "expresses", "expressing"),
    "voice": ("voiced", "voices", "voicing"),
    "convey": ("conveyed", "conveys", "conveying"),
    # "offered Japan's 'full support'", "offered 'whatever help is asked for'"
    "offer": ("offered", "offers", "offering"),
    "thank": ("thanked",),
    # a demand's quoted words: "pressed for 'visible progress'" (as "called for", "urged")
    "press for": ("pressed for", "presses for", "pressing for"),
    "believe": ("believes",),
    "think": ("thinks",),
    "according to": ("according to",),
    # "As Jo Li puts it, ...": only before a comma, a colon or the quotation (see _statements)
    "put it": ("put it", "puts it", "putting it"),
}

#: Verbs that introduce reported speech ("Smith said that ..."), the commonest in PARC 3.0.
REPORTED_SPEECH: Final = frozenset(
    {
        "say",
        "tell",
        "add",
        "state",
        "note",
        "argue",
        "claim",
        "insist",
        "warn",
        "explain",
        "acknowledge",
        "admit",
        "announce",
        "confirm",
        "deny",
        "reiterate",
        "stress",
        "suggest",
        "write",
        "report",
        "predict",
        "promise",
        "vow",
        "declare",
        "assert",
        "contend",
        "maintain",
        "believe",
        "emphasize",
        "concede",
        "recall",
        "reply",
        "respond",
        "complain",
    }
)

#: Cues that name whom the words were addressed to right after the verb ("told Merkel").
ADDRESSEE_CUES: Final = frozenset(
    {"tell", "ask", "warn", "assure", "remind", "inform", "urge", "thank", "caution"}
)

#: Cues that take an object and then the quoted words ("described it as", "called it").
AS_CUES: Final = frozenset(
    {"describe", "call", "label", "dub", "praise", "criticize", "refer", "characterize", "brand"}
)

#: Forms that are only cues when an "-ing" clause hangs on a reporter's sentence.
SAYING_FORMS: Final = frozenset(
    {"saying", "adding", "telling", "writing", "noting", "warning", "declaring", "explaining"}
)

#: Nouns that report words ("in a statement", "his remarks"): a source of words, not a speaker.
NOUN_CUES: Final = frozenset(
    {
        "statement",
        "statements",
        "remarks",
        "interview",
        "speech",
        "tweet",
        "post",
        "letter",
        "op-ed",
        "email",
        "release",
        "conference",
        "briefing",
    }
)

#: Addressees that are an audience, not an actor ("told reporters").
GENERIC_ADDRESSEES: Final = frozenset(
    {
        "reporters",
        "journalists",
        "the press",
        "supporters",
        "the crowd",
        "a crowd",
        "the audience",
        "an audience",
        "listeners",
        "viewers",
        "voters",
        "the media",
        "lawmakers",
        "students",
        "me",
        "us",
        "him",
        "her",
        "them",
    }
)
