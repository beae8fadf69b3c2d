"""
The compiled patterns that find date expressions.

One combined regular expression (:data:`DATE_RE`) scans a whole article: each kind of
expression is a named alternative, tried in order at every word start, so the longest
reading comes first ("September 17, 2018" before "September 17" before "September").
:func:`kind` tells which alternative matched.  Every repetition runs over a closed word
list or a single character class, so there is no catastrophic backtracking.

Months and weekdays must be capitalised, as in edited prose: "may" and "march" stay verbs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final, TypeAlias

from diplomeet.dates._lexicon import (
    FREQUENCIES,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    VAGUE,
    WEEKDAYS,
)

__all__ = ["CUE_CANDIDATE_RE", "CUE_RE", "DATE_RE", "SENTENCE_END_RE", "kind"]


#: A prefix tree of characters; the key "" marks the end of a word.
_Trie: TypeAlias = dict[str, "_Trie"]


def _trie(words: Iterable[str], *, caps: bool = True) -> str:
    """
    Return a regex matching exactly ``words``, factored by common prefixes.

    A flat alternation of 170 words costs a test per word at every word start; the trie
    costs one test per letter.  With ``caps`` the first letter also matches its capital;
    a space matches any run of white space.
    """
    tree: _Trie = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: _Trie, *, top: bool = False) -> str:
        branches = []
        for char in sorted(node, key=lambda c: (c == "", c)):
            if char == "":
                continue
            if char == " ":
                head = r"\s+"
            elif top and caps and char.isalpha():
                head = f"[{char}{char.upper()}]"
            else:
                head = re.escape(char)
            branches.append(head + render(node[char], top=False))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return render(tree, top=True)


def _alt(words: Iterable[str]) -> str:
    r"""Return a regex for any of ``words`` (a prefix trie), spaces as ``\s+``."""
    return "(?:" + _trie(words, caps=False) + ")"


_CAP: Final = r"(?=(?-i:[A-Z]))"
#: Month names written in full though short: no abbreviation's dot follows them ("in May."
#: ends a sentence).
_SHORT_FULL_MONTHS: Final = frozenset({"may", "june", "july"})
_MONTH: Final = (
    _CAP
    + r"(?:"
    + _alt(k for k in MONTHS if len(k) > 4 or k in _SHORT_FULL_MONTHS)
    + r"|"
    + _alt(k for k in MONTHS if len(k) <= 4 and k not in _SHORT_FULL_MONTHS)
    + r"\.?)(?![\w'\u2019])"
)
"""A month: its full name, or an abbreviation with an optional full stop ("Sept.", "Feb")."""
#: A full month name with "'s" ("December's figures").
_MONTH_FULL: Final = _CAP + _alt(k for k in MONTHS if len(k) > 4)
_MONTH_POSSESSIVE: Final = _MONTH_FULL + r"['\u2019]s(?!\w)"
_WEEKDAY: Final = _CAP + _alt(k for k in WEEKDAYS if len(k) > 4) + r"(?![\w-])"
# (a comma then digits is a number, "19,000", save a year glued to the day: "Feb 19,2026")
_DAYNUM: Final = (
    r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:.]\d|,(?!(?:1[5-9]|20)\d\d(?!\d))\d|\w)"
)
_YEAR: Final = r"(?:1[5-9]\d\d|20\d\d)(?![\d,.]\d|\w)"
_TENS: Final = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNITS_WORDS: Final = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_NUM: Final = (
    r"(?:(?:(?!(?:1[5-9]|20)\d\d\b)\d+(?:\.\d+|[\s-]1/2(?![\d/])|\u00bd)?|"
    + _TENS
    + r"[\s-]"
    + _UNITS_WORDS
    + r"|"
    + _alt(NUMBER_WORDS)
    + r")(?:[\s-]+and[\s-]+a[\s-]+half)?)"
)
_UNIT: Final = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?"
    r"|quarters?|years?|decades?|century|centuries)"
)
_CAL: Final = r"(?:week|weekend|month|year|quarter|decade|century)"
_POD: Final = _alt(PARTS_OF_DAY)
_SEASON: Final = _alt(SEASONS)
_ORD: Final = _alt(ORDINALS)
_MOD: Final = (
    r"(?:(?:early|earlier|late|later|mid|the\s+(?:end|start|beginning|middle|close|turn"
    r"|first\s+half|second\s+half|rest|remainder)\s+of|the\s+(?:early|late)\s+part\s+of"
    r"|(?:the\s+)?end\s+of|until\s+the\s+end\s+of)(?:\s+|-))"
)
_REL: Final = r"(?:this|last|next|past|coming|previous|current|present)"

_ALTERNATIVES: Final = [
    # 2019-02-27
    # 2019-02-27; year first with points or slashes, as East Asian and Baltic pages print
    # it: 2019.02.27, 2019/2/27
    (
        "iso",
        (
            r"(?P<iso_y>\d{4})(?:-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)(?![\d-])"
            r"|\.(?P<iso_m2>\d\d?)\.(?P<iso_d2>\d\d?)(?!\d|\.\d)|/(?P<iso_m3>\d\d?)/(?P<iso_d3>\d\d?)(?![\d/]))"
        ),
    ),
    # 27/02/2019, 27.02.2019 (day first; see docs/dates.md), perhaps after its weekday, as a
    # page's date line writes it: "Thursday 19/11/2026", "Mon, 16.11.2026"
    (
        "numeric",
        (
            r"(?:(?P<num_wd>" + _WEEKDAY + r"),?\s+)?"
            r"(?:(?P<num_a>\d{1,2})(?P<num_sep>[/.])(?P<num_b>\d{1,2})(?P=num_sep)"
            r"(?P<num_y>\d{4}|\d\d)"
            # dashes only between pairs of digits, as wire trailers stamp them: "06-20-79"
            r"|(?P<num_a2>\d\d)-(?P<num_b2>\d\d)-(?P<num_y2>\d{4}|\d\d))(?![\d/])(?!\.\d)(?!-\d)"
        ),
    ),
    # a range of days: (on) March 12-14, 12-14 March (2025), 12 to 14 March: its first day
    (
        "mdrange",
        (
            r"(?:(?P<mdr_wd>" + _WEEKDAY + r"),?\s+)?(?P<mdr_m>" + _MONTH + r")\s*"
            r"(?P<mdr_d>(?:[12]\d|3[01]|0?[1-9]))\s*[-\u2013]\s*(?:[12]\d|3[01]|0?[1-9])"
            r"(?![\d:,.]\d|\w)(?:,?\s*(?P<mdr_y>" + _YEAR + r"))?"
        ),
    ),
    (
        "dmrange",
        (
            r"(?:(?P<dmr_wd>" + _WEEKDAY + r"),?\s+)?(?P<dmr_d>(?:[12]\d|3[01]|0?[1-9]))"
            r"(?:st|nd|rd|th)?\s*(?:[-\u2013]|to)\s*" + _DAYNUM + r"(?:\s+of)?\s+"
            r"(?P<dmr_m>" + _MONTH + r")(?:,?\s*(?P<dmr_y>" + _YEAR + r"))?"
        ),
    ),
    # (Wednesday,) February 27(, 2019)
    (
        "md",
        (
            r"(?:(?P<md_wd>" + _WEEKDAY + r")(?:\s+(?:last|next)(?=,))?,?\s+)?"
            r"(?P<md_m>" + _MONTH + r")\s*"
            r"(?P<md_d>" + _DAYNUM + r")(?:,?\s*(?P<md_y>" + _YEAR + r")"
            # an archive's header line: "April 17, 1996, Wednesday"
            r"(?:,[ \t]+" + _WEEKDAY + r"(?=[ \t]*(?:\n|$)))?"
            r"|\s+(?P<md_rel>last|next|this)\s+year(?![\w'\u2019-]))?"
        ),
    ),
    # (Wednesday,) (the) 27(th) (of) February( 2019)
    (
        "dm",
        (
            # ("Saturday last, 4th July": the formal order's weekday, then its date)
            r"(?:(?P<dm_wd>" + _WEEKDAY + r")(?:\s+(?:last|next)(?=,))?,?\s+)?"
            r"(?:the\s+)?(?P<dm_d>" + _DAYNUM + r")"
            # hyphens between the three, as archives and forms print them: "24-May-1973"
            r"(?:(?:\s+of)?\s+|-(?=[A-Za-z]{3,9}\.?-(?:1[5-9]|20)\d\d(?!\d)))"
            r"(?P<dm_m>" + _MONTH + r")(?:(?:,?\s*|-)(?P<dm_y>" + _YEAR + r")"
            r"|\s+(?P<dm_rel>last|next|this)\s+year(?![\w'\u2019-]))?"
        ),
    ),
    # the last day of October, the first day of March 2026: a month's first or last day
    (
        "monthday",
        (
            r"the\s+(?P<mday_w>first|last|final|opening|closing)\s+day\s+of\s+"
            r"(?P<mday_m>" + _MONTH + r")(?![\w'\u2019])(?:,?\s+(?P<mday_y>" + _YEAR + r"))?"
        ),
    ),
    # (on) the 14th, the 29th of this month: a day of the month alone, as wires write it
    (
        "ordday",
        (
            r"the\s+(?P<od_d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
            # the commercial and official Latin of older papers and press notes: "the 14th
            # inst." (this month), "the 30th ultimo" (last month), "the 2nd prox." (next);
            # the Latin word itself shows a date, whatever follows
            r"(?:\s+(?P<od_lat>(?:inst|ult|prox)\.|(?:instant|ultimo|proximo|inst|ult|prox)(?![\w-]))"
            r"|(?:\s+of\s+(?P<od_rel>this|last|next|the)\s+month)?"
            # only where no noun follows ("the 14th century", "the 5th Fleet")
            r"(?=\s*[,.;:)\u2014\u2013]|\s*$|\s+(?:and|or|but|when|at|after|before|as|with|in"
            r"|to|from|until|till|through|following|was|were|is|will|would|had|has|saw)\b))"
        ),
    ),
    # (early) September (of) 2018
    (
        "my",
        (
            r"(?P<my_mod>"
            + _MOD
            + r")?(?P<my_m>"
            + _MONTH
            + r"),?\s+(?:of\s+)?(?:(?P<my_y>"
            + _YEAR
            + r")|(?P<my_rel>last|next|this)\s+year(?![\w'\u2019-]))"
        ),
    ),
    # (since) Christmas, Christmas Day, Christmas Eve (1980): the feast's day (not "Christmas
    # Island", "a Christmas tree", "the Christmas holidays")
    (
        "feast",
        (
            r"Christmas(?:\s+(?P<fe_part>Day|Eve))?(?:,?\s+(?P<fe_y>" + _YEAR + r"))?"
            r"(?![\w'\u2019-]|\s+(?:[Ii]slands?|trees?|cards?|markets?|messages?|address|"
            r"part(?:y|ies)|presents?|gifts?|carols?|shopping|lights|decorations|dinners?|"
            r"lunch(?:es)?|holidays?|break|recess|season|period|rush|sales?|bonus(?:es)?|"
            r"truce|ceasefire|cease-fire|offensive|bombing|services?|mass|sermon|songs?|"
            r"specials?|edition|issue|number|appeal|story|stories|spirit|fair|tree)\b)"
        ),
    ),
    # the second week of April, the last week of July (2027): a week counted in a month
    (
        "monthweek",
        (
            r"(?:the\s+)?(?P<mw_n>first|second|third|fourth|last|final)\s+week\s+of\s+"
            r"(?P<mw_m>" + _MONTH + r")(?:,?\s+(?P<mw_y>" + _YEAR + r"))?(?![\w'\u2019-])"
        ),
    ),
    # every Monday, each week, every two years, twice a year
    (
        "set",
        (
            r"(?:(?:every|each)\s+(?:(?P<set_n>"
            + _NUM
            + r"|other)\s+)?(?:(?P<set_wd>"
            + _WEEKDAY
            + r")|(?P<set_m>"
            + _MONTH
            + r")|(?P<set_u>"
            + _UNIT
            + r"))"
            r"|(?:once|twice|(?:"
            + _NUM
            + r")\s+times)\s+(?:a|per|each|every)\s+(?P<set_u2>"
            + _UNIT
            + r")"
            r"|(?P<set_f>" + _alt(FREQUENCIES) + r")(?![\w-])"
            r"|(?P<set_wds>" + _CAP + r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)(?!\w))"
        ),
    ),
    # a day after, two days later, three weeks earlier, four years ago
    (
        "offset",
        (
            r"(?:(?P<off_mod>nearly|almost|about|around|roughly|some|more\s+than|less\s+than|"
            r"over|just|only|barely|at\s+least)\s+)?"
            r"(?:(?P<off_n>" + _NUM + r")[\s-]+(?P<off_u>" + _UNIT + r")"
            # "hours after the attack", "moments later": the same day as the event
            r"|(?P<off_v>[Hh]ours|[Mm]inutes|[Mm]oments))\s+"
            r"(?P<off_dir>ago|earlier|before|later|after|from\s+now|hence|previously|prior)(?!\w)"
            # "a week ago today", "a year ago yesterday": that day, so many units back
            r"(?:(?<=ago)\s+(?P<off_today>today|yesterday)(?!\w))?"
        ),
    ),
    # the next day, the following week, the previous month, the day before, the same day
    (
        "anchor",
        (
            r"(?:(?:the\s+(?P<anc_w>next|following|previous|preceding|same|prior)|"
            r"(?P<anc_w2>following|preceding|same))\s+"
            r"(?P<anc_u>day|week|weekend|month|year|morning|afternoon|evening|night)"
            r"|(?:the\s+)?(?P<anc_u2>day|week|month|year|night)\s+(?P<anc_dir>before|after|"
            r"earlier|prior)(?=\s*[,.;]|\s+(?:that|then|and)\b"
            # "the day before the summit": an offset from the event named after it
            r"|\s+(?P<anc_obj>the|their|his|her|its)\s)"
            r"|(?P<anc_d>(?:later|earlier|late|early)\s+(?:in\s+the|that)\s+(?:day|morning|"
            r"afternoon|evening"
            r"|night)|that\s+(?P<anc_pod>day|morning|afternoon|evening|night)"
            # markets "end the day" higher: the trading day the sentence reports
            r"|(?:(?<=end\s)|(?<=ends\s)|(?<=ended\s)|(?<=ending\s)|(?<=finish\s)|"
            r"(?<=finished\s)|(?<=finishing\s)|(?<=closed\s)|(?<=closing\s))the\s+day"
            r"(?=\s+(?:at|on|with|down|up|higher|lower)\b))"
            r"|(?P<anc_ya>(?:the\s+)?(?:comparable\s+)?year-(?:ago|earlier))(?:\s+period)?"
            r"(?!\s+(?:(?:first|second|third|fourth|fiscal)\s+)?(?:quarter|half)\b)"
            r"|(?P<anc_that>(?:(?:later|earlier)\s+)?that)\s+(?P<anc_tu>week|month|year)"
            r"|(?:(?:later|earlier|early|late)\s+in|(?:the\s+)?(?:end|start|beginning|middle|"
            r"rest|remainder)\s+of)\s+the\s+(?P<anc_iu>week|month|year))(?!\w)"
        ),
    ),
    # the night of Sunday to Monday: the night that begins on the first day
    (
        "nightof",
        (r"the\s+night\s+of\s+(?P<no_d>" + _WEEKDAY + r")\s+(?:to|into)\s+" + _WEEKDAY),
    ),
    # (last/next/this) (early (on), (at) dawn (on)) Friday('s) (night)
    (
        "weekday",
        (
            # ("last week Thursday", "next week Monday": the day of the week named, as Nigerian
            # and Ghanaian papers write "Thursday last week")
            r"(?:(?P<wd_wk0>last|next|this) week (?=" + _WEEKDAY + r")"
            r"|(?P<wd_rel>last|next|this|past|coming|previous|preceding|following)\s+)?"
            # "early on Sunday", "at dawn on Monday", "before dawn Tuesday"
            r"(?:(?P<wd_mod>early|late|later|earlier|dawn|daybreak|dusk|nightfall)(?:\s+on)?\s+)?"
            r"(?P<wd_d>" + _WEEKDAY + r")(?P<wd_pos>['\u2019]s)?"
            r"(?:\s+(?P<wd_pod>" + _POD + r"))?"
            # "on Thursday next week", "Monday of last week": that day of the week named
            # (not "on Monday of last week's talks", a thing of that week)
            r"(?:\s+(?:of\s+)?(?P<wd_week>next|last|this)\s+week(?![\w'\u2019-])"
            # "on Saturday last," "on Monday next.": the formal British order, closing a phrase
            r"|\s+(?P<wd_after>last|next)(?=\s*[,.;:!?)]))?(?!\w)"
        ),
    ),
    # today, yesterday morning, tomorrow's, tonight, last night, this morning
    (
        "relday",
        (
            r"(?:(?P<rd_pre>the\s+day\s+(?:before|after))\s+|(?:earlier|later|early|late)\s+)?"
            # ("to-day", "to-morrow", "to-night": the hyphen of older papers)
            r"(?P<rd_w>to-?day|to-?night|"
            r"yesterday|to-?morrow)(?P<rd_pos>['\u2019]s)?(?:\s+(?P<rd_pod>" + _POD + r"))?(?!\w)"
            # ("the last evening of the visit" is read and dropped: see _resolve._last_of_many)
            r"|(?:(?:earlier|later|early|late)\s+)?(?P<rd_rel>last|this|to-?morrow"
            r"|yesterday)\s+(?P<rd_pod2>" + _POD + r")(?!\w)"
        ),
    ),
    # the third quarter (of 2019), Q3 2019, the first half, the year-earlier quarter
    (
        "quarter",
        (
            r"(?P<q_the>the\s+|that\s+)?(?:(?P<q_rel>last|next|this|past|current|latest|"
            r"previous|year-earlier|year-ago|same|recent|most\s+recent|final|latter)\s+"
            r"(?:year['\u2019]s\s+)?)?"
            r"(?:(?P<q_yb>" + _YEAR + r")\s+)?(?:fiscal[\s-]+)?(?:(?P<q_n>first|"
            r"second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?(?P<q_u>quarter|half|(?<=latest\s)period)(?![\w-])"
            # "half an hour", "a quarter of an hour": a count, read as a duration
            r"(?!\s+(?:an?|of\s+an?)\s)"
            # "the second half of June" is June's (a month with its modifier), not the year's
            r"(?!\s+of\s+" + _MONTH + r")"
            r"(?:\s+(?:of\s+)?(?:(?P<q_y>" + _YEAR + r")|(?P<q_yrel>this|last|next)\s+year))?"
            r"|(?P<q_q>Q[1-4])(?:\s+(?P<q_qy>" + _YEAR + r"))?(?!\w)"
        ),
    ),
    # the weekend, over the weekend
    ("weekend", r"the\s+weekend(?![\w-])"),
    # the 20th century
    (
        "century",
        (
            r"(?:the\s+)?(?P<cen_mod>early|late|mid)?[\s-]*(?P<cen_n>" + _ORD + r"|\d{1,2}"
            r"(?:st|nd|rd|th))[\s-]+century(?!\w)"
        ),
    ),
    # the 1990s, the '90s, the early 2000s
    (
        "decade",
        (
            r"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?P<dec_y>1[5-9]\d0|20\d0)|"
            r"['\u2019](?P<dec_yy>\d0))['\u2019]?s(?!\w)"
        ),
    ),
    # the nineties, the early eighties, the 80s (with "the": "in their 80s" is an age; from
    # the 50s only: "in the mid-30s" is more often a share of a poll than the 1930s)
    (
        "decword",
        (
            r"the\s+(?:(?:early|mid|late)[\s-]+)?(?:(?P<dw_yy>[5-9]0)s|(?P<dw_w>twenties|"
            r"thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w'\u2019-])"
        ),
    ),
    # this summer, last winter, the spring of 2015, autumn 2019, next fall
    (
        "season",
        (
            r"(?:(?P<sea_rel>this|last|next|past|coming|early|late|the)\s+)?"
            r"(?P<sea_s>" + _SEASON + r")(?:\s+(?:of\s+)?(?P<sea_y>" + _YEAR + r")"
            # "in the spring of last year", "the summer of next year"
            r"|\s+of\s+(?P<sea_yrel>this|last|next)\s+year)?(?!\w)"
        ),
    ),
    # this week, last month, next year, earlier this month, the end of last year,
    # last November, next spring
    (
        "relperiod",
        (
            r"(?P<rp_mod>"
            + _MOD
            + r")?(?P<rp_the>the\s+)?(?P<rp_rel>"
            + _REL
            # "the latest fiscal year", "the full year" of an earnings report
            + r"|(?<=the\s)latest(?=\s+(?:fiscal|financial)\s+year\b)"
            r"|(?<=the\s)full(?=\s+year\b))\s+"
            # "this fiscal year", "the current financial year"
            r"(?:(?P<rp_fy>fiscal|financial)\s+(?=year\b))?(?:(?P<rp_u>"
            + _CAL
            + r")|(?P<rp_m>"
            + _MONTH
            # "since last November's crisis"
            + r"|"
            + _MONTH_POSSESSIVE
            # "last Oct. 23", "next March 3": a day of that month
            + r")(?:\s+(?P<rp_md>"
            + _DAYNUM
            + r"))?)(?![\w-])"
            # "by year-end", "around year end", "by the year's end"
            r"|(?P<rp_ye>(?:the\s+)?year(?:['\u2019]s\s+|[\s-])end)(?![\w-])"
        ),
    ),
    # (nearly) four months, a seven-year, the past two weeks, 24 hours
    (
        "duration",
        (
            r"(?P<dur_fy>the\s+(?:fiscal\s+|financial\s+)?year)(?=\s+end(?:ed|ing|s)\b)|"
            r"(?:(?P<dur_pre>the\s+(?:past|last|next|coming|first|previous|following|"
            r"final)|(?:the\s+)?(?:past|last|next|coming|first|previous|following))\s+)?"
            r"(?:(?P<dur_mod>nearly|almost|about|around|roughly|approximately|some|more\s+than|"
            r"less\s+than|fewer\s+than|over|under|up\s+to|at\s+least|at\s+most|just|only|"
            r"barely|well\s+over|close\s+to)\s+)?"
            r"(?P<dur_n>" + _NUM + r")[\s-]+(?:(?:more|additional|extra|trading|business|working|"
            r"full|straight|consecutive|calendar|long|short)\s+)?(?P<dur_u>"
            + _UNIT
            # "an hour and a half", "two days and a half"
            + r")(?P<dur_half>\s+and\s+a\s+half)?(?:-(?:long|old))?(?!\w)"
            r"|(?P<dur_pre2>the\s+(?:past|last|next|coming))\s+(?P<dur_u2>day|week|month|year|decade"
            r"|century|hour)(?!\w)"
        ),
    ),
    # days, weeks, months, years on their own after "for", "over", "in", "within"
    (
        "vaguedur",
        (
            r"(?:(?<=for\s)|(?<=over\s)|(?<=within\s)|(?<=than\s)|(?<=after\s)|"
            r"(?<=took\s)|(?<=lasted\s)|(?<=last\s)|(?<=in\s)|"
            # "despite months of talks", "follows years of war", "ends weeks of unrest"
            r"(?:(?<=despite\s)|(?<=amid\s)|(?<=through\s)|(?<=follows\s)|(?<=following\s)"
            r"|(?<=followed\s)|(?<=ends\s)|(?<=ended\s)|(?<=ending\s)|(?<=end\s)"
            r"|(?<=spent\s)|(?<=spend\s)|(?<=spends\s))(?=\w+\s+of\s))"
            r"(?P<vd_u>days|weeks|months|years|decades|hours|minutes)(?!\w)"
            r"|(?P<vd_u2>days|weeks|months|years|decades|hours|minutes|centuries)-(?:long|old)(?!\w)"
        ),
    ),
    # recently, in recent years, now, currently, the coming weeks, in the future
    (
        "vague",
        (
            r"(?P<vg_past>recent\s+(?:days|weeks|months|years|decades))(?!\w)"
            r"|(?P<vg_fut>(?:the\s+)?(?:coming|next\s+few|upcoming)\s+(?:days|weeks|months|years|"
            r"decades)|the\s+(?:near|foreseeable|immediate|distant|not\s+too\s+distant)\s+future"
            r"|the\s+(?:near|short|long|medium)\s+term)(?!\w)|(?P<vg_w>"
            + _alt(VAGUE)
            + r")(?![\w-])"
        ),
    ),
    # nineteen ninety-six, two thousand and one (spoken years, as in transcripts)
    (
        "spoken",
        (
            r"(?:the\s+year\s+)?(?:(?P<sp_c>nineteen|eighteen)[\s-]+(?P<sp_y>"
            + _TENS
            + r"(?:[\s-]+"
            + _UNITS_WORDS
            + r")?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
            r"seventeen|eighteen|nineteen|hundred)|two\s+thousand(?:\s+and)?(?:[\s-]+(?P<sp_t>"
            + _UNITS_WORDS
            + r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
            r"|nineteen|" + _TENS + r"(?:[\s-]+" + _UNITS_WORDS + r")?))?)(?![\w-])"
        ),
    ),
    # (mid-)2015, (early) 2016, fiscal 1989, the year 2000
    (
        "year",
        (
            r"(?P<yr_mod>"
            + _MOD
            + r")?(?:(?P<yr_fy>fiscal)\s+|the\s+year\s+)?(?P<yr_y>"
            + _YEAR
            # a year before 1500 closes its phrase: "fought at Grunwald in 1410."
            + r"|1[0-4]\d\d(?=[.,;:)]|\s+(?:and|when|AD|BC|CE|BCE)\b|\s*$)"
            # "at 1530 GMT", "0630 hrs" are the clock's; "Mirage 2000-5 jets" is a model's
            + r")(?!\s+(?-i:UTC|GMT|[A-Z]ST|[A-Z]DT)\b|\s*(?-i:hrs|HRS)\b|-\d(?!\d))"
            r"(?P<yr_tail>['\u2019]s)?"
        ),
    ),
    # (early) November, December's (a bare month)
    (
        "month",
        (
            r"(?P<mo_mod>"
            + _MOD
            + r")?(?:(?P<mo_m>"
            + _MONTH
            + r")|(?P<mo_poss>"
            + _MONTH_FULL
            + r")['\u2019]s(?!\w))"
        ),
    ),
    # 3 p.m., 10:30 a.m., noon, midnight
    (
        "time",
        (
            # "11.40 pm", "9.15am": Britain and the Commonwealth put a point between them;
            # old wires space the letters: "10 p. m."
            r"(?:(?P<t_h>1[0-2]|0?[1-9])(?:[:.](?P<t_m>[0-5]\d))?\s*(?P<t_ap>[ap])"
            r"(?:\.[ ]?m\b\.?|m\b)"
            r"|(?P<t_h24>[01]\d|2[0-3]|\d)[:.]?(?P<t_m24>[0-5]\d)"
            r"(?:(?=\s+(?:(?-i:UTC|GMT|[A-Z]ST|[A-Z]DT)\b|local\s+time\b))"
            # the 24-hour clock of military and police statements: "at 10.45 hrs", "0630 hrs",
            # "at 14:20 hours" (with "hours", only after a colon or point: "120 hours" is a span)
            r"|\s*(?-i:hrs|HRS)\b|(?<=[:.]\d\d)\s+hours\b"
            # "at 18:30", "by 07:45": two digits, a colon (the handler wants a preposition)
            r"|(?P<t_bare>(?<=[0-2]\d:\d\d))(?![\d:]|[.,]\d))"
            # ("the midday briefing", "midday prayers": a kind of briefing, of prayers, no time)
            r"|(?P<t_w>noon|midnight|midday)(?!\w)(?!\s+(?:press\s+)?(?:briefings?|prayers?"
            r"|meals?|bulletins?)\b)"
            # "at 4 in the morning", "at 9 o'clock in the evening"
            r"|(?P<t_hd>1[0-2]|[1-9])(?::(?P<t_mm>[0-5]\d))?(?:\s+o['\u2019]clock)?\s+in\s+the\s+"
            r"(?P<t_dp>morning|afternoon|evening|night)(?!\w))"
            r"(?:\s+\(?(?P<t_zone>(?-i:[A-Z]{2,4}))\)?(?!\w))?(?:\s+local\s+time(?!\w))?"
            r"(?:,?\s+(?:on\s+)?(?:(?P<t_md>"
            + _MONTH
            + r"\s*"
            + _DAYNUM
            # (not a full date with its year: "07:30 AM, Jun 16, 2026" on a page's stamp is
            # the day, read as written, and a clock time before it)
            + r")(?!,?\s+"
            + _YEAR
            + r")|(?P<t_wd>"
            + _WEEKDAY
            + r")))?"
        ),
    ),
]

_PREP: Final = (
    r"(?:(?P<prep>on|in|at|by|since|until|till|from|for|within|during|of|over|through|before|"
    r"after|around|about|throughout|between|to)\s+)?"
)

_TOKEN_RE: Final = re.compile(
    r"\\u[0-9a-fA-F]{4}|\\.|\(\?P<\w+>|\(\?P=\w+\)|\(\?-?i:|\[(?:\\.|[^\]\\])*\]|[a-z]+|.",
    re.DOTALL,
)


def _initial_caps(pattern: str) -> str:
    """
    Let every lower-case word of ``pattern`` also start with a capital ("[oO]n Friday").

    This stands in for ``re.IGNORECASE``: each word then opens with a character set that
    the regex engine checks before entering an alternative, which makes the scan several
    times faster than case folding every character.  Escapes, group names and character
    sets are left alone.
    """
    out = []
    for token in _TOKEN_RE.findall(pattern):
        if token[0].isalpha() and token.islower():
            out.append(f"[{token[0]}{token[0].upper()}]{token[1:]}")
        else:
            out.append(token)
    return "".join(out)


_LEFT_EDGE: Final = r"(?<![\w$\u00a3\u20ac#/.-])"

#: Every date expression, with an optional leading preposition kept in the match; one
#: named group per alternative (see :func:`kind`).  Used to read a match found by
#: :data:`SCAN_RE`.
DATE_RE: Final = re.compile(
    _initial_caps(
        _LEFT_EDGE
        + _PREP
        + r"(?:"
        + "|".join(f"(?P<{name}>{body})" for name, body in _ALTERNATIVES)
        + r")"
    )
)

_FIRST_WORDS: Final = [
    "future",
    "christmas",
    "year-ago",
    "year-earlier",
    # the hyphenated spellings of older papers
    "to-day",
    "to-morrow",
    "to-night",
    "in",
    "until",
    "the",
    "a",
    "an",
    "that",
    "every",
    "each",
    "once",
    "twice",
    "last",
    "next",
    "this",
    "past",
    "coming",
    "previous",
    "following",
    "preceding",
    "same",
    "prior",
    "current",
    "present",
    "early",
    "earlier",
    "late",
    "later",
    "dawn",
    "daybreak",
    "dusk",
    "nightfall",
    "mid",
    "end",
    "start",
    "beginning",
    "middle",
    "close",
    "turn",
    "rest",
    "remainder",
    "nearly",
    "almost",
    "roughly",
    "some",
    "more",
    "less",
    "fewer",
    "over",
    "under",
    "up",
    "at",
    "least",
    "most",
    "just",
    "only",
    "barely",
    "well",
    "approximately",
    "couple",
    "few",
    "several",
    "many",
    "numerous",
    "dozen",
    "half",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "final",
    "fiscal",
    "year",
    "years",
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "weekend",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "recent",
    "recently",
    "lately",
    "previously",
    "formerly",
    "now",
    "right",
    "currently",
    "nowadays",
    "presently",
    "these",
    "shortly",
    "soon",
    "eventually",
    "someday",
    "upcoming",
    "days",
    "weeks",
    "months",
    "decades",
    "hours",
    "minutes",
    "centuries",
    "noon",
    "midnight",
    "midday",
    "close",
]
#: Common words that open an expression ("the past year", "in recent weeks", "a day
#: after", "that week", "at least two years") but far more often open none: a scan
#: tries them, and number words ("two days", "several weeks"), only when a key word
#: follows within four words.
_FUNCTION_WORDS: Final = frozenset({"the", "a", "an", "in", "that", "at"})

#: Words one of which every expression opened by a function word holds within its first
#: words (or a digit): months, weekdays, units, parts of the day, seasons, frequencies,
#: the last word of each vague phrase, number words, ordinals and a few more, as whole
#: words or plurals; a word too many only costs a wasted attempt.
#: Number words too common to mark a date ("a", "some"); the unit after them does.
_VAGUE_COUNTS: Final = frozenset(
    {"a", "an", "some", "many", "few", "several", "single", "numerous", "couple", "dozen"}
)

_KEYS: Final = frozenset(
    {
        *MONTHS,
        *WEEKDAYS,
        *PARTS_OF_DAY,
        *SEASONS,
        *UNITS,
        *FREQUENCIES,
        *(phrase.split()[-1] for phrase in VAGUE),
        *(word.split()[0] for word in NUMBER_WORDS if word.split()[0] not in _VAGUE_COUNTS),
        *ORDINALS,
        *(
            "once",
            "twice",
            "noon",
            "midnight",
            "midday",
            "future",
            "recent",
            "current",
            "present",
            "mid",
        ),
        *(
            "thousand",
            "centuries",
            "today",
            "tonight",
            "yesterday",
            "tomorrow",
            "ago",
            "fiscal",
            "term",
            "era",
            "latest",
        ),
        *("nineties", "eighties", "seventies", "sixties", "fifties", "twenties", "thirties"),
    }
)

_FIRST: Final = (
    r"(?=\d|['\u2019]\d|Q[1-4]|"
    + _trie((set(_FIRST_WORDS) - _FUNCTION_WORDS) | set(FREQUENCIES))
    + r"\b|"
    + _trie(_FUNCTION_WORDS | {w.split()[0] for w in NUMBER_WORDS})
    + r"[\s-]+(?:[\w'\u2019.,]+[\s-]+){0,3}?(?:\d|['\u2019]\d|"
    + _trie(_KEYS)
    + r"(?:s|es)?\b)|"
    + _initial_caps(_WEEKDAY + r"|" + _MONTH + r"|" + _MONTH_POSSESSIVE)
    + r")"
)

_PREP_BEFORE_RE: Final = re.compile(_initial_caps(_LEFT_EDGE + _PREP[3:-2] + r"$"))

_KINDS: Final = frozenset(name for name, _ in _ALTERNATIVES)
_KIND_GROUPS: Final = {DATE_RE.groupindex[name]: name for name, _ in _ALTERNATIVES}


def kind(match: re.Match[str]) -> str:
    """Return the name of the alternative that matched (``"md"``, ``"weekday"``...)."""
    # The alternative's group closes after every group inside it, so it is the last group.
    if match.lastgroup in _KINDS:
        return match.lastgroup
    for index, name in _KIND_GROUPS.items():
        if match.start(index) >= 0:
            return name
    return ""  # pragma: no cover - DATE_RE always matches one alternative


#: Where a sentence ends: a full stop, question or exclamation mark before a capital, or a
#: line break.  A title's abbreviation ("Mr.", "Gen.", "Dr.") or an initial ("Lester B.
#: Pearson", "U.S. Secretary") ends none: cut there, the clause lost its verb, and "will
#: meet Dr. Ilse Brandt on Friday" read as past.  Other abbreviations ("Inc.") may still
#: cut a sentence short; that only narrows the window searched for tense cues.
# Written to open with a character class, which lets the engine skip to the next
# candidate in C: the same matches as "[.!?]...|\n+".  Each look-behind has one width.
SENTENCE_END_RE: Final = re.compile(
    r"[.!?\n](?:(?<=\n)\n*|(?<=[.!?])"
    r"(?<!\b[A-Z]\.)(?<!\b(?:Mr|Ms|Dr|St|Lt|Mt|Ft)\.)"
    r"(?<!\b(?:Mrs|Gen|Col|Maj|Sgt|Adm|Sen|Rep|Gov|Amb|Rev|Hon|Eng)\.)"  # "Eng." = Engineer
    r"(?<!\b(?:Capt|Prof|Pres|Brig|Cmdr)\.)"
    r"[\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(]?[A-Z]))"
)

_PAST_IRREGULAR: Final = (
    "was|were|had|did|said|met|told|held|came|went|made|took|gave|left|began|spoke|saw|"
    "sent|won|lost|fell|rose|hit|shot|struck|led|flew|brought|bought|sold|paid|kept|found|"
    "thought|felt|got|put|ran|wrote|stood|became|broke|chose|drove|ate|forgot|knew|"
    "heard|meant|read|sought|taught|understood|withdrew|overtook|shook|swore|threw|woke|"
    "fought|caught|built|spent|lent|dealt|sat|slid|split|spread|quit|cut|cost|ago|"
    "earlier|previously|last|yesterday|has been|have been|"
    # memory looks back: "fans will long remember Sunday" is a Sunday gone by
    "remember|remembers|remembering"
)
_NOT_PAST: Final = (
    "need|indeed|proceed|exceed|succeed|speed|feed|seed|bed|red|shed|hundred|sacred|"
    "wicked|naked|creed|breed|greed|weed|deed|heed|bleed|steed|reed|led|wed|bred|fled|sled"
)
_FUTURE: Final = (
    r"will|won['\u2019]t|shall|could|might|should|['\u2019]ll|going\s+to|gonna|next(?!\s+to\b)|"
    r"upcoming|"
    r"tomorrow|later|soon|(?:is|are|be)\s+(?:due|expected|scheduled|set|slated|"
    r"likely|poised|planning|preparing|going|to)(?:\s+to)?|"
    r"(?:plans?|intends?|hopes?|aims?|seeks?|wants?|prepares?|expects?)\s+to|"
    r"(?:looks?|looking)\s+forward\s+to|to\s+be\s+(?:held|made|given|taken|met|sent|built|set)\b|"
    r"to\s+be\s+[a-z]+ed|(?:set|due|scheduled|slated|planned|timed)\s+(?:for|to)|"
    # "a planned meeting", "the scheduled talks": an adjective after a determiner, no cue
    r"(?<!\ba\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)"
    r"(?:planned|scheduled|slated)|planning|ahead\s+of|upcoming|forthcoming|will\s+be\s+[a-z]+|"
    # a purpose: "held talks to prepare a summit on the 29th", "preparations for the vote"
    r"to\s+prepare|preparations?\s+for"
)
#: More future phrases, kept apart from :data:`_FUTURE` because the words inside them ("in",
#: "the") open no cue: only their first words join :data:`_CUE_WORDS`, as
#: :data:`_FUTURE_PHRASE_WORDS`, so the common words do not become places to try a cue.
_FUTURE_PHRASES: Final = (
    # a plan's participle after its noun: "the trip, fixed for Thursday", "the conference,
    # expected in December"
    r"fixed\s+for|expected\s+(?:in|on|for)\b|"
    # a deadline's adjective: "graduation from the status, due in November"
    r"due\s+(?:in|on|by)\b|"
    # an invitation looks ahead: "accepted an invitation to come to Wellington in November"
    r"invitations?\s+to(?=\s+(?!(?:the|a|an|his|her|its|their|this|that)\b)[a-z])|"
    # a change announced with the day it takes effect: "a new pact effective June 1",
    # "effective from March 1" ("effective since Monday" is no cue)
    r"effective(?=\s+(?:from\s+|as\s+of\s+)?(?-i:[A-Z0-9]))"
)
_FUTURE_PHRASE_WORDS: Final = (
    *("fixed", "expected", "invitation", "invitations", "effective", "due"),
)
#: The future seen from the past ("was due to", "would"): the same day still counts.
_PAST_FUTURE: Final = (
    r"would|wouldn['\u2019]t|(?:was|were)\s+(?:due|expected|scheduled|set|slated|likely|"
    r"poised|planning|preparing|going|to)(?:\s+to)?|(?:planned|intended|hoped|aimed|agreed|"
    r"decided|promised|pledged|vowed|threatened|wanted|prepared|expected|scheduled|slated|"
    r"sought|invited)\s+to|looked\s+forward\s+to|proposed|suggested|"
    # a postponement's new day is ahead of it: "was put off to Thursday", "moved to Monday"
    r"(?:postponed|put\s+off|pushed\s+back|moved|rescheduled|deferred|delayed)\s+(?:to|until|till)"
)

_PRESENT: Final = (
    r"(?:is|are|am)(?:\s+(?:being|not|also|still|now))*(?:\s+[a-z]+)?|begins|starts|opens|ends|closes|arrives|departs|leaves|meets|sees|visits|travels|"
    r"hosts|holds|expires|resumes|returns|flies|attends|concludes|convenes|tours|falls|marks|"
    r"kicks\s+off|gets\s+under\s*way|takes\s+place|"
    # a visitor's next leg: "goes on to Wellington on Friday", "heads home on Sunday"
    r"goes(?!\s+back)|heads(?=\s+(?:on|to|for|home|back)\b)|"
    r"meet|visit|hold|begin|start|open|end|resume|travel|arrive|leave|host|"
    # a gathering's verbs: "before the leaders gather in November", "when parliament
    # reconvenes in March"
    r"gathers|convenes|reconvenes|assembles|gather|convene|reconvene|assemble"
)

#: What stands before a noun, not before a verb: "the visits", "his plans", "141.52 marks",
#: "the summit's host".
_NOT_AFTER_DETERMINER: Final = (
    r"(?<!\d\s)(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)"
    r"(?<!\btheir\s)(?<!\bour\s)(?<!\bthese\s)(?<!\bthose\s)"
    # a possessive's noun: "the summit's host", "Oman's visits"
    r"(?<!['\u2019]s\s)"
    # a noun after a duration's or a kind's modifier: "a four-day visit", "a working visit"
    r"(?<!-day\s)(?<!-week\s)(?<!-level\s)(?<!working\s)(?<!official\s)(?<!\bstate\s)"
)

_GOVERNED: Final = (
    r"(?:\s+(?:not|also|then|likely|again|still|first|only|now|be|have))*"
    r"(?:\s+(?!remember)[a-z]+)?"  # "will remember Friday": memory's object is past
)

#: Tense cues: group ``fut`` for the future, ``pfut`` for the future seen from the past,
#: ``pres`` for the present (scheduled events:
#: "which begins on Friday"), ``past`` for past-tense verbs and adverbs.
#: A future phrase swallows the verb it governs ("will be held") so that the participle
#: is not read as a past tense.
_CUE_WORDS: Final = {
    form
    for source in (_FUTURE, _PAST_FUTURE, _PRESENT, _PAST_IRREGULAR)
    for word in re.findall(r"(?<![\\\w])[a-z]{2,}", source)
    for form in (word, word.removesuffix("s"))  # "plans?" opens with "plan" too; a superset
} | set(_FUTURE_PHRASE_WORDS)
#: A cheap gate: only words that can open a cue, and words ending in "-ed", go further.
# The leading \b (which the pattern needs anyway) keeps the look-ahead from rescanning a long
# word from each of its letters.
# The letters of a word are taken possessively before "ed" is looked for behind them:
# the same words as "[A-Za-z]+ed\b", without trying "ed" after each of their letters.  Word
# ends (a boundary before a space) fail at the first look-ahead.
_CUE_GATE: Final = (
    r"\b(?=[A-Za-z'\u2019])(?=[A-Za-z]++(?<=ed)\b|['\u2019]|" + _trie(_CUE_WORDS) + r"(?![A-Za-z]))"
)

#: Where a cue may start in lower-cased text (after a space put before it): a superset
#: of the offsets ``CUE_RE`` can match at, apostrophes aside ("they'll").  A character
#: class first lets the engine skip the letters of other words in C.
CUE_CANDIDATE_RE: Final = re.compile(
    r"[^a-z0-9_](?=[a-z]++(?<=ed)\b|" + _trie(_CUE_WORDS, caps=False) + r"(?![a-z]))"
)

#: A plan told in the past perfect ("had been planned for February but was postponed", "was
#: to have been received on Wednesday"): the planned date is seen from after the plan was
#: made or dropped, so it is the nearer occurrence.
_PAST_PLAN: Final = (
    r"had\s+(?:(?:originally|initially|previously|first|once|already)\s+)?been\s+"
    r"(?:planned|scheduled|set|slated|due|expected|timed|pencilled|penciled|arranged|fixed|booked)"
    # a plan that did not happen: "the talks that were to have taken place on Wednesday"
    r"|(?:was|were)\s+to\s+have(?:\s+been)?(?:\s+[a-z]+)?"
    # a plan put forward, the date named after it, whatever tense tells it: "a summit has been
    # floated for November", "talks pencilled in for Friday", "had floated for Saturday, did
    # not take place" (a month's or a day's name after it: "floated for a week" is none)
    r"|(?:floated|mooted|pencill?ed\s+in|earmarked|touted)\s+for(?=\s+(?:(?:early|mid|late)"
    r"[\s-]+)?(?-i:[A-Z]))"
)

#: A preposition right before an "-ed" word: the word is an adjective in the preposition's
#: noun phrase ("behind closed doors", "with armed groups", "over disputed islands"), not a
#: past-tense verb.  One look-behind per word, each of one width.
_PREPOSITIONS: Final = (
    *("about", "after", "against", "among", "at", "behind", "between", "by", "for", "from"),
    *("in", "into", "of", "on", "over", "to", "toward", "towards", "under", "with", "without"),
)
_PREPOSITION_BEFORE: Final = "".join(rf"(?<!\b{word}\s)" for word in _PREPOSITIONS)

CUE_RE: Final = re.compile(
    _CUE_GATE
    + _initial_caps(
        r"\b(?:(?P<pplan>"
        + _PAST_PLAN
        + r")|(?P<pfut>(?:"
        + _PAST_FUTURE
        + r")"
        + _GOVERNED
        + r")|(?P<fut>(?:"
        + _FUTURE
        + r"|"
        + _FUTURE_PHRASES
        + r")"
        + _GOVERNED
        + r")|(?P<pres>"
        + _NOT_AFTER_DETERMINER
        + r"(?:"
        + _PRESENT
        # the second half of a compound adjective ("a full-fledged summit", "the US-led
        # coalition", "so-called talks") is no verb; "re-elected", "co-hosted" are verbs
        + r"))|(?P<past>(?:(?<=\bre-)|(?<=\bco-)|(?<![-\u2010\u2011]))(?:"
        + _alt(_PAST_IRREGULAR.split("|"))
        + r"|(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)(?<!\bstill\s)(?<!\bnewly\s)"
        # an adjective opening a preposition's noun phrase, no verb: "behind closed doors",
        # "with armed groups", "on disputed boundaries", "to elected officials"
        + _PREPOSITION_BEFORE
        + r"(?!"
        + _alt(_NOT_PAST.split("|"))
        + r"\b)[a-z]{2,}ed)"
        # a participle before its agent ("a dinner hosted by the king", "talks led by Ali")
        # has no tense; "contracted by 0.9%" still does
        r"(?!\s+by\s+(?:the|his|her|their|its|(?-i:[A-Z])))))\b",
    )
)
