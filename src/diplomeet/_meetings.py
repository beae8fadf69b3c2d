"""
Extraction of :class:`~diplomeet.records.Meeting` records from a document.

A meeting is read from a sentence with a meeting word ("met", "held talks", "a meeting
with", "hosted", "received", "visited", "spoke by phone with", "had a brief encounter",
"discussed ... with") and at least two people: the subject before it (or a pair, "X and Y",
"the two leaders") and the object after it ("met X", "talks with X", "a meeting between X
and Y").  "In [Place] in [Month], X told Y" also tells a meeting.  The status comes from
the words before the meeting word ("will", "was due to", "is expected to" -> planned;
"called off", "no meeting took place" -> cancelled); the place from "in City", "at the
[venue] in City", "resort of City"; the setting from "on the sidelines of ..." or a phone
word; the date from the date expressions found in the same clause, leaving out those that
date a statement ("said on Sunday") or start a period ("since ...").

Every retelling of the same meeting (same people, no clash of date or place) is merged
into one record; a habitual "have met regularly" is not a meeting.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Set as AbstractSet  # mypyc evaluates _Draft.key at run time
from datetime import date, timedelta
from itertools import repeat
from typing import TYPE_CHECKING, Final

import attrs

from diplomeet import _fast_records
from diplomeet._actors import Mention, countries_in, mentions, surname_key
from diplomeet._agenda import agenda_meetings
from diplomeet._countries import CITIES, COUNTRY_NAMES, DEMONYMS, PEOPLES, SHORT_NAMES
from diplomeet._document import Document, Segment, segment_of
from diplomeet._places import CAPITALS, SUBDIVISIONS, US_STATE_ABBREVIATIONS
from diplomeet._roles import StoryRoles, amend_offices, continue_groups, recast, visit_host
from diplomeet._stems import MEETING_STEMS, find_stems
from diplomeet._titles import TITLES
from diplomeet._venues import AT_ONLY_VENUES, CITY_DISTRICTS, DATELINE_SEATS, VENUES
from diplomeet._word_gate import LazyGate, gate_search, gate_source
from diplomeet.dates import resolve
from diplomeet.records import Actor, Meeting, MeetingStatus, Place, Span, TimeRef

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["find_meetings"]

# The lookahead (the first letters of every alternative) lets the scan pass over most
# positions without trying the alternation: twice as fast, same matches.
_TRIGGER_RE: Final = re.compile(
    r"""(?=[stpmecdnbhrvwagojliuf])\b(?:
        (?P<phone>(?:spoke|speaks|speak|speaking|talked|talks|talk|talking|spoken)\s+
            # ("have spoken twice by phone", "talked again by telephone")
            (?:(?:twice|again|[a-z]{3,}ly)\s+)?
            (?:by|on\s+the|over\s+the|via)\s+(?:tele)?phone(?:\s+with|\s+to)?
            # "was weighing in by phone with A", "kept in touch by telephone with A": any verb
            |(?:by|over\s+the|via)\s+(?:tele)?phone\s+with
            # ("a telephone call between A and B": read at "call between")
            |(?:tele)?phone\s+(?:calls?|conversations?|talks?)(?!\s+(?:held\s+)?between\b)
                # ("received a phone call on Saturday from A", "last Saturday from A", "late
                # Tuesday from A": the day before the caller; "telephone calls from A": one each)
                (?:\s+(?:(?:(?:on|last|late|early|this)\s+)?[a-z]+day\s+|yesterday\s+|today\s+)?
                    (?:with|from|to))?
            |calls?\s+(?:(?:(?:on|last|late|early|this)\s+)?[a-z]+day\s+|yesterday\s+|today\s+)?
                (?:with|from|to))
      | (?P<video>(?:video|virtual)[\s-]*(?:call|conference|link|conversation|meeting|talks|summit)
            (?!\s+(?:held\s+)?between\b)(?:\s+with)?)
      | (?P<phoned>phoned|telephoned|dialled|dialed|rang
            # "briefed A by phone", "congratulated A in a telephone call": a call told by its
            # medium after the person called
            |(?:briefed|congratulated|thanked|assured|informed|updated|consulted|urged|invited)
            # (the person in ten words at most, no "that" clause: "informed A that she had
            # spoken by phone with B" is no call with A)
            (?=\s+(?:(?!that\s)[\w.'\u2019,-]+\s+){1,10}?(?:(?:by|over\s+the|via)\s+(?:tele)?phone
                |in\s+a\s+(?:tele)?phone\s+(?:call|conversation))\b))
      | (?P<between>(?:meeting|talks|summit|encounter|call|conversation|negotiations|
            consultations|discussions)\s+
            # "a meeting that had been expected between A and B", "talks planned between"
            (?:(?:that|which)\s+(?:had\s+been|has\s+been|was|were|is|are)\s+)?
            (?:(?:expected|planned|scheduled|arranged|proposed|mooted|held)\s+)?
            # "talks in Nairobi between A and B", "a meeting on Monday between A and B", "the
            # talks in Bangkok in March between A, B and C"
            (?:(?:in|at)\s+(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?\s+
                |(?:on|last)\s+(?:the\s+)?[\w'\u2019-]+\s+
                |(?:on\s+)?[a-z]+day\s+|(?:yesterday|today|last\s+week)\s+){0,2}between
            # "Talks were held in the Kremlin today between A and B"; a dateline's "here"
            # ("Talks were held here today between A and B")
            |(?:talks|meetings?|negotiations|consultations)\s+(?:was|were)\s+held\s+
                (?:(?:in|at|on)\s+(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}?\s+
                |(?:here|today|yesterday|this\s+(?:morning|afternoon|evening))\s+){0,3}between
            # "a meeting of the foreign ministers of the two countries, A and B,": the
            # officials named in apposition meet
            |(?:meeting|talks|summit)\s+of(?=\s+the\s+(?:two\s+)?(?:[a-z-]+\s+){0,2}
                (?:ministers|leaders|presidents|premiers)\b[^.;,]{0,40},\s
                # "the last meeting of the two ministers in Baku": the pair told before
                |\s+the\s+(?:two|three|four)\s+(?:[a-z-]+\s+){0,2}(?:ministers|leaders|presidents|
                    premiers)\b))
      # "a meeting of A with B" (monitoring and agency English): the people after "of", then
      # after "with" (see ``_Reader.of_people``)
      # "the meeting of A and B", "the trilateral summit of A, B and C": the people named;
      # "the talks held by A with B" (a passive's agent, then the partner), the same
      | (?P<of>(?:meeting|meetings|talks|conversation|conversations|summit|encounter|
            negotiations|consultations|discussions)\s+(?:of|(?:held|conducted)\s+by)
            (?=\s+[^.;\n]{1,80}?\s(?:with|and)\s))
      | (?P<with>(?:meeting|meetings|talks|encounter|summit|retreat|dialogue|conversation|
            discussions|negotiations|bilateral|consultations|tete-a-tete|t\u00eate-\u00e0-t\u00eate|exchange|
            audience)\s+with|courtesy\s+calls?\s+(?:on|of|from|to)
            # the working meetings of Vietnamese, Lao and Chinese state media: "will have a
            # working session with A", "held working sessions with B"
            |working\s+sessions?\s+with
            |(?:met|meets|meet|meeting|talked|talk|negotiated|conferred|confer|confers|conferring|
            shook\s+hands|huddled|spoke|speaks|spoken|exchanged\s+views|consulted|
            dined|lunched|breakfasted|closeted)\s+with
            # "sat down first with A", "will sit down with B"
            |(?:sat|sit|sits|sitting)\s+down\s+(?:(?:first|again|later|then|briefly)\s+)?with
            # "sat face to face with A for an hour", "met face-to-face with B"
            |(?:sat|sit|sits|met|meet|meets|talked|spoke|came|come|comes|coming)\s+
                face[\s-]to[\s-]face\s+with
            |(?:spoke|speaks|spoken|talked)\s+to|visit\s+to|host\s+to|audience\s+(?:to|for)
            # "was granted an audience on Monday by King A": the one granting it met the subject
            |(?:granted|given)\s+(?:a|an)\s+(?:[\w-]+\s+)?audience\s+
                (?:(?:on\s+)?[a-z]+day\s+|today\s+|yesterday\s+)?by
            # "had lunch with A", "over dinner with A"; "a working breakfast at Kew House with
            # B" (the venue between)
            |(?:lunch|luncheon|dinner|breakfast)\s+
                (?:at\s+(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?\s+)?with
            # "spent six hours with A", "spent the afternoon with B"; "spent most of the day
            # in Tripoli with C" (a share of the time, the place between)
            |spent\s+(?:(?:about|nearly|almost|more\s+than|over|some|(?:most|much|part)\s+of)\s+)?
                (?:[\w-]+\s+)?(?:hours?|minutes?|day|morning|afternoon|evening)\s+
                (?:(?:in|at)\s+(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?\s+)?with
            # "will dine with A", "dining with A"
            |(?:dines|dine|dining)\s+with
            # "was the guest of B at a dinner", "were guests of B"
            |guests?\s+of
            # "received a written message from A, delivered by B": the envoy B was received
            |(?:received|receives|receiving)\s+(?:(?:on\s+)?[a-z]+day\s+|today\s+|yesterday\s+)?
                (?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:message|letter)
                \s+from\s+[^.;]{1,120}?,?\s+(?:which\s+was\s+)?(?:delivered|handed\s+over|conveyed)
                \s+(?:to\s+(?:him|her)\s+)?by
            # "was accorded a ceremonial welcome by B", "exchanged greetings with B", "rolled
            # out the red carpet for B"
            |accorded\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:welcome|reception)\s+by
            |exchanged\s+(?:greetings|pleasantries)\s+with
            |(?:rolled|rolls|roll|rolling)\s+out\s+the\s+red\s+carpet\s+for
            # an envoy's credentials: "presented his credentials to A", "received the letters
            # of credence of B" (the head of state receives the envoy in person)
            |(?:presented|presents|present|presenting)\s+(?:his|her|their)\s+(?:letters\s+of\s+)?
                (?:credentials|credence)\s+to
            |(?:received|receives|receiving|accepted|accepts)\s+
                # a venue and a day first: "received at Bayan Palace yesterday the credentials"
                (?:(?:at|in)\s+(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}?\s+)?
                (?:(?:today|yesterday|(?:on\s+)?[a-z]+day)\s+)?
                the\s+(?:letters\s+of\s+)?(?:credentials|credence)\s+(?:of|from)
                # the envoys listed after a colon: "of newly-appointed ambassadors to the
                # State of Kuwait: Ambassador of Peru A, ..."
                (?:\s+(?:the\s+)?(?:new|newly[\s-]appointed|[a-z]+)?\s*(?:ambassadors|envoys)
                    (?:\s+(?:of|to|from)\s+[^:;.]{1,60}?)?(?:\s+(?:today|yesterday|on\s+[a-z]+day))?
                    (?=\s*:))?
            # "gave a dinner in honour of A" (A the guest)
            |(?:lunch|luncheon|dinner|breakfast|banquet|reception)\s+in\s+hono(?:u)?r\s+of
            # "to deliver a written message from A to B": the envoy meets B
            |(?:deliver|delivered|delivers|delivering|convey|conveyed|conveys|conveying)\s+
                (?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:message|letter)\s+
                (?:from\s+(?:[\w.'\u2019-]+\s+){1,6}?)?to
            # "after talks there yesterday with A", "had an audience today with the Sultan"
            |(?:talks|meeting|consultations|discussions|audience)\s+(?:(?:there|here|today|yesterday|
                tonight|(?:on|last)\s+[a-z]+day|this\s+(?:morning|afternoon|evening)|
                last\s+night)\s+){1,2}with
            # "spoke this afternoon with A", "conferred for two hours today with A"; an adverb,
            # a time of day or a first time ("has met previously with A", "met in the afternoon
            # with A", "talked at length with A", "met for the first time with A"); a place or a
            # venue ("met at the Kremlin with A", "after talks in Ankara with A", "after a
            # meeting at his home with A")
            # a day to come as well: "will meet tomorrow with A", "is to confer next week with
            # B", "will talk on Friday with C"
            |(?:spoke|spoken|talked|talk|conferred|confer|consulted|met|meets|meet|meeting|talks|
                consultations|discussions|closeted)\s+(?:(?:for\s+
                (?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?[\w-]+\s+(?:hours?|minutes?)
                |(?:this|yesterday|that)\s+(?:morning|afternoon|evening)|today|yesterday|tomorrow
                |tonight|last\s+night|(?:next|this)\s+(?:week|month)
                # "talked over the situation for an hour with A": the matter talked over
                |over\s+the\s+(?:situation|matter|issue|crisis|dispute|incident)
                |(?:on\s+|next\s+|this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day
                    (?:\s+(?:morning|afternoon|evening|night))?
                    # its date in brackets: "met on Wednesday (October 16) with A", "met this
                    # Tuesday (12th) with B", as government releases write it
                    (?:\s+\((?:\d{1,2}(?:st|nd|rd|th)?|[a-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[a-z]{3,9})\))?
                |[a-z]{3,}ly|again|twice|first|later|earlier|also|alone|at\s+length
                |in\s+the\s+(?:morning|afternoon|evening)|for\s+the\s+(?:first|second|third|last)\s+time
                |(?:in|at)\s+(?:(?:the|his|her|their)\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?
                )\s+){1,3}with
            |(?:spoke|speaks|talked)\s+on\s+(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct
                |nov|dec)[a-z]*\.?(?:\s+\d{1,2})?\s+with)
      | (?P<direct>
            # "received in audience the Foreign Minister of Chile, A" (the older courts' word;
            # "was received in audience today by A" is read at "received", as a passive)
            (?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)(?:received|receives|receive)\s+in\s+audience|
            # "will brief Chancellor A in Bonn on Thursday", "briefed the Prime Minister, B, at
            # Chequers": a briefing given in person at a place ("by telephone": a call)
            (?<!was\s)(?<!were\s)(?<!been\s)(?<!\ba\s)(?<!the\s)(?:brief|briefs|briefed)
                (?=\s(?:(?!by\s|over\s|via\s)[^.;\n]){3,80}?\s(?:in|at)\s)|
            met|meets|meet|hosted|hosts|(?<!as\s)host|received|receives|receive|visited|
            visits|visit(?=\s+[a-z])|summoned|summons|summon|welcomed|welcomes|welcome|greeted|greets|
            hosting|receiving|welcoming|greeting|joined(?=\s+by\b)|
            # "joined B for dinner (talks)": the object before "for"
            joined(?=\s+[^.;,]{3,60}?\s+for\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:dinner|lunch|
                breakfast|talks|meeting)\b)|co-?chaired(?=\s+by\b)|
            # "The accord was signed at the palace on Tuesday by A and B at the end of
            # bilateral talks": the signatories, who held the talks the signing closed
            # (a style's full stop inside: "by Prime Minister the Most Hon. A")
            (?:(?<=was\s)|(?<=were\s))signed(?=[^.;]{0,100}?\sby\s
                (?:[^.;]|(?<=hon)\.|(?<=dr)\.|(?<=mr)\.|(?<=mrs)\.|(?<=ms)\.){0,200}?\b
                (?:after|following|at\s+the\s+(?:end|close)\s+of)\s+(?:[\w-]+\s+){0,3}?
                (?:talks|meeting|discussions|consultations)\b)|
            # "A and B sat down in Kuala Lumpur on 30 September": the two, no object
            sat\s+down(?=\s+(?:together\s+)?(?:in|at|on|for\s+(?:talks|a\s+meeting))\b)|
            # "the two envoys would sit down again Thursday": a sitting to come, told by its day
            (?:sit|sat)\s+down(?=\s+(?:together\s+)?again\s+(?:(?:on\s+)?(?:mon|tues|wednes|thurs|
                fri|satur|sun)day|today|tomorrow|tonight|next\s+(?:week|month))\b)|
            # "the cabinet, chaired by the two heads of state, will meet": chaired together
            chaired(?=\s+by\s+(?:the\s+two|both)\s)|
            # "A and B appeared together before the Standing Committee on Foreign Affairs": a
            # hearing, the committee's members met (see ``_Reader.committee_named``)
            appeared\s+(?:together\s+|jointly\s+)?before(?=\s+(?:the|a)\s+(?:[\w'\u2019-]+\s+){0,8}?
                (?:committee|subcommittee|commission)\b)|
            # "A was B's guest at breakfast": a meal given by B, the possessive's owner
            (?<=['\u2019]s\s)guests?(?=\s+(?:at|for|over)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:breakfast|
                lunch|luncheon|dinner|supper)\b)|
            # "A entertained B at Chequers": a host's word
            entertained|entertains|
            # "A invited the High Commissioner, B, to the ministry to express concern": a
            # summons in a milder word (not "was invited to the ministry", "invited bids")
            (?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)invited(?=\s(?!to\b)[^.;\n]{3,80}?\sto\s+the\s+
                (?:(?:foreign|external\s+affairs)\s+)?(?:ministry|foreign\s+office)\b(?!['\u2019]s))|
            # "A handed him a note verbale", "handed the envoy a protest note": a summons'
            # meeting, the note given in person (not "handed over", "handed to"; not "the
            # ministry summoned A and handed him a note": the summons' own second verb)
            (?<!was\s)(?<!were\s)(?<!been\s)(?<!and\s)handed(?=\s(?!over\b|to\b|down\b|back\b)
                [^.;\n]{2,80}?\s(?:a|an|the)\s(?:formal\s|written\s|strong\s)?(?:note\s+verbale|protest\s+note|
                note\s+of\s+protest|diplomatic\s+note|d[eé]marche|letter\s+of\s+protest|
                # "handed A a note demanding an explanation": a protest told by its demand
                note(?=\s+(?:demanding|protesting|requesting|seeking|calling\s+for)\b))\b)|
            # "flew to Kigali to hand President A a message from B": a message given in person
            (?<!was\s)(?<!were\s)(?<!been\s)(?<!and\s)(?:hand|hands|handing|handed)
                (?=\s(?!over\b|to\b|down\b|back\b)[^.;\n]{2,80}?\s(?:a|an|the|his|her)\s
                (?:[\w-]+\s+){0,2}?(?:message|letter)\s+from\b)|
            # "will meet next month under the co-chairmanship of A and B"
            co-?chairmanship(?=\s+of\b)|
            (?<=\bto\s)see(?=\s)|(?:saw|seen)(?=\s)(?!\s+each\s+other)|
            # "The Secretary will see the Turkish Foreign Minister here on Thursday"
            # (not "will see what (whether, how) ...", "will see an increase", "will see it")
            # or its timetable's present: "He sees the Prime Minister on Parliament Hill this
            # morning" (not "sees no reason", "sees it as", "sees growth")
            (?:(?:(?<=\bwill\s)|(?<=\balso\s))see|sees)(?=\s)(?!\s+(?:what|how|if|whether|that|this|these|those|it|
            them|who|which|why|when|where|more|less|much|many|some|any|no|an?|its|their|
            results?|progress|growth|nothing|little|room|signs?|value|merit|hope|danger|
            risks?|opportunit(?:y|ies)|itself|himself|herself|themselves)\b)|
            # ("a day after seeing King A in Riyadh": a stop before, see _PARTICIPLE_LEAD_RE)
            (?<=\bafter\s)seeing(?=\s)|
            meeting(?=\s+(?:first\s+|then\s+|separately\s+)?[a-z])|call(?:ed|s|ing)?\s+on|
            # a past meeting named by its noun and place: "their first talks since a brief
            # encounter in Vilnius in July"; "Their first meeting, in Siem Reap on June 2, ended
            # without agreement" (the place or day in apposition)
            encounter(?=\s+(?:in|at)\s)|
            # "the first meeting between the two since their talks in Wellington in June": the
            # pair's meeting before, told by its place
            (?<=\bsince\stheir\s)(?:talks|meeting|summit)(?=\s+(?:in|at)\s)|
            meeting(?=,\s+(?:in|at|on)\s(?!which\b|whose\b))|
            # "called in the Chinese ambassador": summoned him; so "called in Ambassador A",
            # and "sent for the Afghan Ambassador" (the older British and South Asian word)
            (?:call(?:ed|s|ing)?\s+in|sen(?:t|ds|d|ding)\s+for)(?=\s+(?:the|his|her|their)\s
                |\s+(?:ambassador|envoy|minister|high\s+commissioner|charg[eé]|counsell?or|
                nuncio|consul)\b
                # "called in Russian Ambassador A", "called in Norway's Deputy High Commissioner"
                # (the envoy's country first; not "called in Russian troops")
                # (a country's initials: "called in U.S. Ambassador A")
                |\s+(?:[a-z]+|(?:[a-z]\.){2,3})(?:['\u2019]s)?\s+(?:(?:deputy|acting)\s+)?(?:ambassador|envoy|
                high\s+commissioner|charg[eé]|nuncio)\b
                # "called in Bolivia's consul general": a country's envoy by its possessive
                |\s+[a-z][\w.-]*(?:\s[a-z][\w.-]*)?['\u2019]s\s+(?:[a-z]+\s+)?(?:ambassador|envoy|
                minister|high\s+commissioner|charg[eé]|counsell?or|nuncio|consul)\b
                # "called in Nankya to deliver a letter of complaint": a person named at once,
                # then the summons' purpose (the name checked in _Reader.reading)
                |\s+(?:(?:mr|mrs|ms|dr)\.?\s+)?[a-z][\w'\u2019-]*\s+to\s))
      | (?P<called>called|calls)
      | (?P<during>during\s+(?:(?:the|their|a|an|his|her)\s+)?(?:[\w-]+\s+){0,3}?
            (?:talks|meeting|summit|call|conversation)
            (?!\s+(?:(?:in|at)\s+(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?\s+)?(?:with|between)\b))
      | (?P<discuss>discussed|discusses|discuss|discussing)
      | (?P<noun>(?:held|hold|holds|holding|had|opened|began|begun|started|resumed|concluded)
                \s+(?!no\s|(?:tele)?phone\s)
                # "held restricted and delegation-level talks", "one-on-one and expanded talks"
                (?:[a-z]+(?:-[a-z]+){0,2}\s+(?:and\s+[a-z]+(?:-[a-z]+){0,2}\s+)?)?
                # ("held separate meetings on Monday with A and B": one with each)
                (?:talks|consultations|discussions|negotiations|meetings)|
            # an epithet in quotes or an aside between the verb and the noun: "held "candid"
            # talks", "had a "very frank" meeting", "held what the ministry described as
            # "difficult" talks", "had what both sides called a useful exchange"
            (?:held|hold|holds|holding|had|have|has)\s+
                (?:what\s+[^.;"\u201c\n]{3,80}?\s(?:described\s+as|called|termed)\s+)?
                (?:(?:a|an)\s+)?(?:["\u201c][^"\u201d\n]{1,60}["\u201d]\s+|(?<=called\s)
                (?:[\w-]+\s+){0,2}|(?<=termed\s)(?:[\w-]+\s+){0,2}|(?<=described\sas\s)
                (?:[\w-]+\s+){0,2})(?:talks|consultations|discussions|negotiations|meetings?|
                session|conversation|exchange)|
            # "had a separate hour-long session with A"
            (?:had|have|has)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:encounter|meeting|talks|one-on-one|
                session|conversation|discussion|exchange|tete-a-tete|t\u00eate-\u00e0-t\u00eate|lunch|
                luncheon|dinner|breakfast|interview)|
            # "when the pair held a bilateral during the retreat": the noun alone
            (?:hold|held|holds|had)\s+(?:a|their)\s+bilateral(?=\s+(?:on|at|in|with|during|before|after)\b|[,.;])|
            (?:hold|held|holds)\s+(?:the|a|an|their)\s+(?:[\w-]+\s+){0,2}(?:round|session|meeting|summit|retreat|dialogue|
                conversation|discussion|tete-a-tete|t\u00eate-\u00e0-t\u00eate|lunch|luncheon|
                dinner|breakfast)|
            # "A and B began a two-day summit", "wrapped up their talks", "opened the meeting"
            (?:opened|began|begun|started|resumed|concluded|ended|wrapped\s+up)\s+
                (?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}(?:summit|meeting|talks|session)\b
                (?!\s+of\b)|
            # "held the foreign office consultations", "held their annual strategic dialogue talks"
            (?:hold|held|holds)\s+(?:the|their|its|fresh|new)\s+(?:[\w-]+\s+){1,2}(?:consultations|
                talks|negotiations)|
            spent\s+(?:[\w-]+\s+){1,4}?(?:together|in\s+talks)|
            # "A and B agreed in Khartoum on Sunday to ...": two people agreeing at a place
            # (not "agreed in principle", "agreed in a statement")
            # (a day first: "agreed on Tuesday in Podgorica", "agreed yesterday in Lome")
            agreed(?=\s+(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+|yesterday\s+|today\s+)?
                (?:in|at)\s+(?!(?:principle|writing|private|public|general|full|part|
                advance|order|a|an|the|their|his|her|its|this|that|talks|theory)\b)[a-z])|
            # "A and B signed a memorandum of understanding", "A signed an accord with B"; or
            # initialled it, the negotiators' mark on a text before its signing
            (?:signed|initial(?:l)?ed)\s+(?:a|an|the|two|three|several)\s+(?:[\w-]+\s+){0,3}?(?:memorandum|memoranda|
                agreements?|accords?|treaty|treaties|declaration|protocol|mou|deals?)\b|
            # "A and B spent two and a half hours at 10 Downing Street"
            spent\s+(?:[\w-]+\s+){1,4}?(?:hours?|minutes?)(?=\s+(?:at|in|together|talking)\b)|
            # "at their annual leaders' retreat" (a leaders' meeting away from the capital)
            # ("at the end of talks in Phnom Penh between A and B": read at "talks ... between")
            at\s+(?:a|the|their)\s+(?:\w+['\u2019]?\s+){0,2}(?:meeting|summit|retreat|talks)
                (?!\s+(?:with|between|of\s+the\s+(?:two|three|four)\s
                    |(?:in|at)\s+(?:[\w'\u2019-]+\s+){1,3}(?:with|between)\b))|
            # "A and B pledged to ... after their first formal summit in Dublin"
            (?:after|following)\s+their\s+(?:[\w-]+\s+){0,2}?(?:summit|talks|meeting)(?!\s+(?:with|between))|
            # "A and B announced it after a four-hour meeting", "... after bilateral talks",
            # "... following marathon talks" (not "the following talks")
            (?:after|(?<!the\s)following)\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:summit|talks|meeting)|(?:[\w-]+\s+)?talks)
                # ("after talks in Ankara with A, B said": read at "talks ... with")
                # ("after talks held by A with B": read at "talks held by")
                # ("after the last meeting of the two ministers, in Baku": read at "meeting
                # of", the group told before)
                (?!\s+(?:with|between|(?:in|at)\s+(?:[\w'\u2019-]+\s+){1,3}(?:with|between)
                    |(?:held|conducted)\s+by|of\s+the\s+(?:two|three|four)\s)\b)|

            (?:sit|sat|sits)\s+down\s+together|(?:saw|met)\s+each\s+other|
            # "where A and B would come face to face for the first time"
            (?:came|come|comes|coming)\s+face[\s-]to[\s-]face(?!\s+with\b)|
            # "A and B shook hands outside the Chancellery" (with no "with": each other's)
            shook\s+hands(?!\s+with\b)|(?:sit|sat|sits)\s+down(?=\s+with\b)|
            # "A and B sat down for talks", "dined together", "held a joint news conference"
            (?:sit|sat|sits)\s+down\s+for\s+(?:talks|a\s+meeting|lunch|dinner|breakfast)|
            (?:dined|lunched|breakfasted)\s+together|
            # "A and B appeared together at a joint news conference"
            appeared\s+together\s+at\s+(?:a|the|their)\s+(?:joint\s+)?(?:news|press)\s+conference|
            # "The two leaders witnessed the signing of six agreements"
            witnessed\s+the\s+(?:signing|exchange)\s+of|
            (?:held|hold|holds|holding)\s+(?:a|their|the)\s+joint\s+(?:press|news)\s+conference|
            # "the two leaders will confer next week" ("conferred an award on A" is none)
            confer(?:s|ring)?(?!\s+(?:on|upon)\b)|
            (?:days?|hours?|rounds?)\s+of\s+talks(?!\s+between\b)|
            # "at the fifth round of Foreign Office Consultations"
            rounds?\s+of\s+(?:[\w-]+\s+){1,3}?(?:consultations|negotiations|talks)|
            # "A led the Bangladesh side at the talks, while B led his country's delegation"
            (?:delegation|side|team)\s+(?:at|to|in|for|during)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}?
                (?:talks|meeting|negotiations|summit|consultations)|
            delegations\s+(?:at|to|in|for|during)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}?
                (?:talks|meeting|negotiations|summit|consultations)|
            exchanged\s+views|conferred|huddled|co-?chair(?:ed|s)?|
            # "They first spoke on the margins of the APEC summit"
            (?:spoke|talked|chatted|conversed)(?=\s+(?:briefly\s+)?on\s+the\s+(?:sidelines|margins|fringes?)\b)|
            # "The two leaders spoke for about an hour", "A and B talked privately for 40
            # minutes": a talk between the subjects, told by its length
            # "A and B sat down for close to three hours at the ministry", "A and B were
            # closeted for two hours in the palace": a sitting told by its length
            (?:spoke|talked|chatted|conversed|negotiated|closeted|sat\s+down)(?=\s+(?:privately\s+|
                alone\s+|together\s+|face\s+to\s+face\s+)?for\s+(?:about\s+|nearly\s+|almost\s+|
                more\s+than\s+|over\s+|some\s+|roughly\s+|close\s+to\s+|just\s+(?:over|under)\s+|
                well\s+over\s+)?(?:an?|half\s+an|[\w-]+)\s+(?:hours?|minutes?)\b)|
            # "the two leaders talked alone at a lakeside villa": a talk between the subjects
            (?:spoke|talked|conversed)(?=\s+(?:privately|alone)\s+(?:at|in|on)\s)|
            (?<!the\s)met)
      # "agreed to come to London next month for a new round of negotiations", "will return
      # to Ottawa in June for further talks": more talks with the one met last (see
      # ``_Reader.further_talks``)
      | (?P<further>(?:(?<=\bfor\s)|(?<=\bfor\sa\s))(?:new|further|fresh|another)\s+
            (?:round\s+of\s+)?(?:talks|negotiations)(?!\s+(?:with|between)\b))
      # "The talks will resume on Friday", "Negotiations are set to continue next week": the
      # talks told last go on, planned for that day (see ``_Reader.resumed_talks``)
      | (?P<resume>(?:talks|negotiations|consultations|discussions)\s+
            (?:will|would|(?:are|were)\s+(?:(?:set|expected|due|scheduled|likely)\s+)?to)\s+
            (?:resume|continue|reconvene))
      | (?P<told>told
            # "warned (assured, urged) B at talks in Moscow on Thursday that ...": a word of
            # telling before a meeting noun, its object the person met (see ``told_meeting``)
            |(?:warned|assured|urged|informed|promised|reminded|pressed)
                (?=(?:(?!\bthat\b)[^;\n]){1,100}?\b(?:at|during)\s+(?:(?:a|an|the|their)\s+)?
                    (?:[\w-]+\s+)?(?:talks|meeting|consultations)\b))
    )\b""",
    re.VERBOSE,
)


@functools.cache
def _trigger_gate() -> re.Pattern[str]:
    """The yes-or-no gate of :data:`_TRIGGER_RE` (``diplomeet._word_gate``), made on first use."""
    source = gate_source(_TRIGGER_RE.pattern, verbose=True)
    return _TRIGGER_RE if source is None else re.compile(source)


#: The gate as :func:`_has_trigger` asks for it: built on its ninth ask (``LazyGate``).
_LAZY_TRIGGER_GATE: Final = LazyGate(_TRIGGER_RE, _trigger_gate)


def _has_trigger(low: str, start: int, end: int) -> bool:
    """Whether ``_TRIGGER_RE.search(low, start, end)`` finds a match, asked of its gate."""
    return gate_search(_LAZY_TRIGGER_GATE(), _TRIGGER_RE, low, start, end)


# "the Duarte-Arce talks", "the Vollmer-Reyes summit": the surnames of two people the
# article named, joined by a hyphen (or a dash) before a meeting noun.
_PAIR_NOUN_RE: Final = re.compile(r"(?:talks|meeting|summit|encounter)\b")
_PAIR_NOUNS: Final = ("talks", "meeting", "summit", "encounter")
_PAIR_REACH: Final = 60  # characters before the noun the two surnames may start at
_SURNAME_PAIR_RE: Final = re.compile(
    # (the second of two words: "the Diallo-Ould Meimou talks")
    r"\b([A-Z][\w'\u2019]+)[-\u2013]([A-Z][\w'\u2019]+(?:\s[A-Z][\w'\u2019]+)?)\s+(?:[a-z]+\s+)?$"
)
# An agreement to meet right before the meeting word: "agreed to meet", "agreed that the
# ministers should meet" (a plan; the dates before it are the agreement's).
_AGREED_TO_RE: Final = re.compile(
    r"\bagreed\s+"
    # the agreement's own day between its verb and "to": "agreed on Thursday to hold"
    r"(?:(?P<day>(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today)\s+)?"
    r"(?P<to>that\s+(?:[\w'\u2019-]+\s+){1,4}?(?:should|would|will|must)\s+|to\s+)$"
)
# A plan's second verb: "was due to fly to Honiara this morning and hold talks with A".
_PLANNED_AND_RE: Final = re.compile(
    r"\b(?:expected|due|set|scheduled|planned|planning|plans?|was|were|is|are)\s+to\s+"
    r"[a-z]+\b[^.;:\n]{0,160}?\band\s+(?:then\s+)?(?:(?:hold|have|meet|see)\s+)?$"
)
# A visitor expected somewhere for talks: "is due in Doha on Wednesday for talks with A".
# ("is due at the White House Sept. 25 for two days of talks": a month's stop before its
# day, and the talks' length)
_DUE_IN_FOR_RE: Final = re.compile(
    r"\b(?:due|expected)\s+(?:back\s+)?(?:in|at)\s+(?:[^.;:\n]|\.(?=\s\d)){0,60}?\bfor\s+"
    r"(?:a\s+|an\s+|[\w-]+\s+|(?:[\w-]+\s+){1,2}(?:days?|hours?|rounds?)\s+of\s+)?$"
)
# The bare form opening a meeting phrase, for the plan's second verb ("and hold talks").
_BARE_MEETING_VERBS: Final = ("hold ", "have ", "meet", "see ")
_PLANNED_RE: Final = re.compile(
    r"""\b(?:will|would|'ll|shall|(?:plans?|planned|planning|expected|due|set|scheduled|
    going|hopes?|hoped|intends?|intended|is|are|was|were|agreed|wants?)\s+to)
    # (a time of day between: "will this morning join a call with")
    \s+(?:(?:this|tomorrow)\s+(?:morning|afternoon|evening)\s+)?(?:[a-z]+\s+){0,2}$|\bto\s+$
    |\b(?:expected|due|set|scheduled|planning|plans?)\s+to\s+(?:hold|have|attend)\s+
    (?:the|a|an|his|her|their)\s+(?:[a-z'\u2019-]+\s+){0,2}$
    # "will make an official visit to", "is expected to pay a state visit to", "will also pay"
    |\b(?:will|to)\s+(?:also\s+)?(?:make|pay)\s+(?:a|an|his|her|their)\s+(?:[a-z-]+\s+){0,2}$""",
    re.VERBOSE,
)
_NEXT_PLAN_RE: Final = re.compile(r"\snext\s")
# A trip made, then its purpose: "flew to Aden to see A" (the meeting held, not planned).
_PAST_TRIP_TO_RE: Final = re.compile(
    r"\b(?:drove|flew|travell?ed|went|headed|came|returned)\s+to\s+[^,;]{1,40}?\bto\s+$"
)
_ONE_SIDE: Final = ("delegation ", "side ", "team ")
# The first head of a delegation: "A led the Bangladesh side" before "at the talks".
_LED_ONE_SIDE_RE: Final = re.compile(
    r"\b(?:led|headed)\s+(?:the|his|her|its)\s+(?:[\w'\u2019-]+\s+){0,2}$"
)
# The heads of a state's organs, each receiving a visitor on his own (see _heads_of_organs).
_ORGAN_HEADS: Final = frozenset(
    {"president", "prime minister", "premier", "speaker", "head of government", "chancellor"}
)
_ORGAN_HEADS_MAX: Final = 3
# The second head of a delegation: "..., while B led his country's delegation".
_OTHER_SIDE_LED_RE: Final = re.compile(r"\b(?:led|headed)\s+(?:the|his|her|its)\s")
# A body's meeting to come: "the commission will meet", "the council is to convene".
_BODY_TO_MEET_RE: Final = re.compile(
    r"\b(?:will|would|shall|(?:is|are)\s+(?:(?:due|expected|scheduled|set)\s+)?to)\s+"
    r"(?:meet|convene|reconvene|sit|take\s+place|be\s+(?:held|convened))\b"
)
# A planned trip whose purpose is the meeting: "is due to travel to Lagos on Saturday for talks".
_PLANNED_TRIP_RE: Final = re.compile(
    r"""(?:\b(?:will|would|'ll|(?:is|are|was|were)\s+(?:(?:due|expected|set|scheduled|going)\s+)?to|
    plans?\s+to|planning\s+to)\s+(?:travel|fly|go|head|visit|return|come)\b
    |\b(?:heads|travels|flies|leaves|departs)\b)[^.;]{0,120}?\bfor\s+
    (?:(?:two|three|four|several|more|further|fresh|new|a|an|the|his|her|their)\s+)?
    (?:(?:annual|first|second|third|regular|bilateral|leaders['\u2019]?|ministerial|summit)\s+){0,2}$""",
    re.VERBOSE,
)
# The trip's purpose right before its meeting word: "flying to Apia on Tuesday for talks".
# "discuss trade when they meet", "discussed it as the two leaders met": the meeting after
# the topic (no other clause between: the pattern stops at a full stop or a semicolon)
_WHEN_THEY_MEET_RE: Final = re.compile(
    r"[^.;]*?\b(?:when|once|as|after)\s+(?:they|the\s+two(?:\s+[a-z]+)?)\s+"
    r"(?:(?:will|would|next|first|finally|eventually)\s+)?"
    r"(?:meet|met|hold\s+talks|held\s+talks|sit\s+down|sat\s+down)\b"
)
# "a meeting of their presidents", "the next meeting of the Joint Coordination Committee",
# "of the bilateral working group (task force, expert panel)": people or a body after "of"
# (see ``_Reader.meeting_of_others``)
_MEETING_OF_OTHERS_RE: Final = re.compile(
    r"\s+of\s+(?:the|their|its|his|her)\s+(?:[\w'\u2019-]+\s+){0,5}?"
    r"(?:committee|commission|council|mechanism|presidents|leaders|commanders|experts|"
    r"chiefs|heads\s+of\s+state|envoys|negotiators|"
    r"working\s+group|group|task\s+force|panel)\b"
)
_ATTENDS_BEFORE_RE: Final = re.compile(
    r"\b(?:at|for|to|during|in)\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}$"
)
# A place as the subject of "host": "Paris is to host", "Riyadh is due to host", "which
# Peru has offered to host" (see ``_Reader.place_hosts``)
_PLACE_HOSTS_RE: Final = re.compile(
    r"\b([A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?)\s+"
    r"(?:(?:is|was|are|were|has|had|will|would|also|now|due|set|scheduled|expected|slated|"
    r"to|offered|agreed|plans|planned|proposed)\s+){0,4}$"
)
# "the commitments made at the summit", "the accord signed in May": a participle after the
# thing discussed, opening its own time and place
_PARTICIPLE_EVENT_RE: Final = re.compile(
    r"\b(?:made|signed|reached|agreed|adopted|announced|struck|taken|launched|concluded|"
    r"issued|sealed|brokered)\s+(?:at|in|on|during|last|earlier|this)\b"
)
# A visit discussed, right before a date (a place between at most): "A's visit to Almaty
# next month" (not "the meeting by telephone on Monday", nor "on the sidelines of the summit
# in August", where the talk is held)
# (also a gathering discussed: "discussed a summit in Arusha next year", "the possibility of
# a meeting of the High-Level Cooperation Council in Ankara in the first half of 2027")
_TOPIC_MEETING_RE: Final = re.compile(
    r"\b(visit|trip|summit|meeting|session|round)\s+"
    r"(?:of\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,4}\s+)?"
    r"(?:(?:to|in)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?\s+)?$"
)
# A gathering the talk is held at, not one discussed: "discussed trade on the sidelines of
# the summit in August", "at a meeting in Geneva on Monday", "during the session".
_AT_GATHERING_RE: Final = re.compile(
    r"\b(?:at|during|on|by|after|before|(?:sidelines|margins?|fringes?)\s+of)\s+"
    r"(?:the\s+|a\s+|an\s+|their\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,2}$"
)
_LEADERS_CALL_GAP: Final = 3  # characters between a call told and "The two leaders ..."
# "..., together with C": more people at the meeting (no other clause before it)
_TOGETHER_WITH_RE: Final = re.compile(r"\btogether\s+with\s+")
_HOLDERS_GAP: Final = 400  # characters, at most, from a meeting of three to "the two ministers"
_MIN_OFFICE_NOUN: Final = 5  # "heads" at least: no "the two"
_OBJECT_OPENERS: Final = frozenset({"", "the", "his", "her", "their", "with"})
# After a verb's object, its place and day, then "with" a third party and the third's
# titles: "B there on May 23 with US Secretary of State ", "B in Geneva next week with ".
_THEN_WITH_RE: Final = re.compile(
    r"(?:\s(?:there|here|again))?"
    r"(?:\s(?:on|in|at|next|this|later|early|late)\s[\w ]{1,30}?)?"
    r"(?:\s(?:on|next|this)\s[\w ]{1,20}?)?"
    r"\swith\s(?:the\s)?(?:[A-Z][\w.-]*\s(?:of\s(?:the\s)?)?){0,5}"
)
# (not "together with their ministers, A and B": their own delegations)
_DET_GAP_RE: Final = re.compile(r"(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}")
_OTHERS_REACH: Final = 3  # paragraphs back the meeting of a group object may be told in
# "during which they discussed", "at which the two leaders also discussed"
_DURING_WHICH_RE: Final = re.compile(
    r"\b(?:during|in|at|over)\s+which\s+(?:they|the\s+two\s+[a-z]+|both\s+[a-z]+)?\s*"
    r"(?:[a-z]+ly\s+|also\s+)?$"
)
_WHICH_BEFORE_RE: Final = re.compile(r"\bwhich\s*$")
# (Patterns searched through a stretch open with their words, each followed by a look-behind
# for the word's start, "for(?<=\bfor)", rather than with "\b": a search then skips at once
# to where the word's letters stand, where a leading "\b" or look-ahead is tried at every
# position; the matches are the same.)
_FOR_BEFORE_RE: Final = re.compile(r"for(?<=\bfor)\s+(?:[a-z-]+\s+){0,2}$")
_TRIP_FOR_CHARS: Final = 80  # at most, from "flying to X" to the meeting word
# A trip in a gerund, for the meeting word after it: "before heading to Tokyo on Friday for".
_TRIP_GERUND_RE: Final = re.compile(
    r"\b(?:before|after)\s+(?:heading|travell?ing|flying|going|leaving)\b[^.;]{0,60}?"
    r"\bfor\s+(?:[a-z-]+\s+){0,2}$"
)
# A trip told after a plan, for a meeting: "is set to hold talks with A on Thursday before
# heading to Tokyo on Friday for consultations with B" (B's meeting is planned too).
_PLANNED_THEN_TRIP_RE: Final = re.compile(
    r"\b(?:will|(?:is|are)\s+(?:due|set|expected|scheduled)\s+to)\s[^.;]{0,120}?"
    r"\bbefore\s+(?:heading|travell?ing|flying|going|leaving)\b[^.;]{0,80}?\bfor\s+"
    r"(?:(?:two|three|further|more|a|an|the|his|her|their)\s+)?$"
)
# Below, "(?=[letters])(?:...)": a lookahead on the letters every match starts with lets
# the scan pass over most positions at once (same matches, fewer tries of the pattern).
_CANCELLED_RE: Final = re.compile(
    "(?=[cspwdnrbmtv])(?:"
    r"""\b(?:called\s+off|call\s+off|cancel+ed|cancels|scrapped|shelved|postponed|postpones|
    # "but the meeting was dropped": words that cancel only a meeting named as their subject
    (?:meeting|talks|visit|trip|summit)\s+(?:was|were|has\s+been|had\s+been)\s+
    (?:dropped|abandoned)|
    deferred|put\s+off|pushed\s+back|pulled\s+out\s+of|withdrew\s+from|skipped|boycotted|
    # ("A scheduled meeting with B did not proceed": a readout's programme item dropped)
    (?:would|will|did)\s+not\s+(?:go\s+ahead|proceed)|no\s+(?:\w+\s+){0,2}
    (?:meeting|talks)\s+(?:took\s+place|was\s+held|were\s+held)|did\s+not\s+(?:meet|take\s+place)
    |didn't\s+meet|will\s+not\s+meet|won't\s+meet
    |(?:will|would)\s+not\s+(?:now\s+)?take\s+place|won't\s+(?:now\s+)?take\s+place
    # ("the talks have been moved to Sunday", "was brought forward to Saturday": moved to a
    # new day, read by _MOVED_TO_RE; not "moved to Paris" without a passive before it)
    |(?:been|was|were)\s+(?:moved|rescheduled|brought\s+forward)\s+(?:to|for)\b
    # "was to have held talks with B on Thursday", "a call A was to have paid on B": a plan
    # that did not come about, in the perfect infinitive of a past plan
    |(?:was|were)\s+to\s+have\s+(?:held|met|had|paid|visited|seen|hosted|received)
    )\b"""
    ")",
    re.VERBOSE,
)
# A meeting put off to a new date: "has been put off to Thursday", "postponed until June".
# Another meeting opening the clause after a meeting held: "..., but the fisheries talks
# pencilled in for Saturday (were moved)".
_OTHER_MEETING_NEXT_RE: Final = re.compile(
    r",\s+(?:and|but|while|whereas)\s+(?:the|a|an|their|his|her|its)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:meeting|talks|visit|summit|session|trip|conference)\b"
)
_MOVED_TO_RE: Final = re.compile(
    r"\b(?:put\s+off|postponed|deferred|delayed|pushed\s+back|moved|rescheduled|"
    r"brought\s+forward)\s+"
    r"(?:to|until|till|for)\b"
)
# A gathering put off to a new date, told in a sentence of its own before the people who
# will chair or attend it: "The joint commission, which was to meet in Lima in June, has
# been pushed back to August. A and B are expected to co-chair it."
_BODY_PUT_OFF_RE: Final = re.compile(
    r"\b(?:commission|committee|meeting|conference|session|talks|summit|council|dialogue|"
    r"forum|consultations)\b[^.;]{0,160}?\b(?:put\s+off|put\s+back|postponed|deferred|delayed|"
    r"pushed\s+back|moved|rescheduled|brought\s+forward)\s+(?:to|until|till|for)\b"
)
# The part of a period told before its date: "the first week (of August)", "the end (of
# June)", "early (next month)".
_PART_BEFORE_DATE_RE: Final = re.compile(
    r"(?:(?:the\s+)?(?:(?:first|second|third|fourth|last|final)\s+(?:week|fortnight|days)|"
    r"end|middle|start|beginning)|early|late|mid-?)?"
)
# What takes up a gathering of the sentence before: "co-chair it", "attend the session",
# "lead the delegation there".
_TAKES_UP_RE: Final = re.compile(
    r"\b(?:it|there|the\s+(?:session|meeting|talks|commission|committee|conference|summit|"
    r"council|gathering))\b"
)
# Every match of the pattern above holds one of these (lower-case): a stretch of text
# without one is not searched.  The same holds for the other "_WORDS" tables below.
_CANCELLED_WORDS: Final = (
    "call",
    "cancel",
    "deferred",
    "held",
    "n't",
    "not",
    "place",
    "postpone",
    "pulled",
    "put",
    "scrapped",
    "shelved",
    "skipped",
    "boycotted",
    "withdrew",
    "dropped",
    "abandoned",
    "moved",
    "pushed",
    "rescheduled",
    "brought",
    "to have",
)
_HABITUAL_RE: Final = re.compile(
    "(?=[romnsfeatdhcs])(?:"
    r"\b(?:regularly|repeatedly|often|several\s+times|many\s+times|numerous\s+times|"
    r"frequently|routinely|every\s+(?:year|month|week)|a\s+number\s+of\s+times|twice|"
    r"three\s+times|(?:four|five|six|seven|eight|nine|ten|a\s+dozen)\s+times|"
    r"(?:dozens|scores|hundreds)\s+of\s+times|countless\s+times)\b"
    ")",
)
# Who only attended talks: "A and B were also present during the talks".
_PRESENT_AT_RE: Final = re.compile(
    r"\b(?:present|attended|attending|in\s+attendance|on\s+hand|accompanied|joined|sat\s+in)\b"
)
# A day right after the count of times: "several times on Tuesday night", "twice yesterday".
_ONE_DAY_NEXT_RE: Final = re.compile(
    r"\s+(?:on\s+|during\s+|over\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|"
    r"today|tonight|last\s+night|overnight|that\s+(?:day|night|evening))\b"
)
_MOST_RECENTLY_RE: Final = re.compile(r"most(?<=\bmost)\s+recently\b")
# Words before "met" that tell an earlier meeting: "last met", "had met", "first met"; and
# "had spoken" (a conversation before the story's events, in person or not).
_EARLIER_BEFORE_RE: Final = re.compile(
    r"(?:last(?<=\blast)|previously(?<=\bpreviously)|first(?<=\bfirst)|had(?<=\bhad))"
    r"\s+(?=met\b|spoken\b)"
)
_HABITUAL_WORDS: Final = (
    "every",
    "frequently",
    "often",
    "regularly",
    "repeatedly",
    "routinely",
    "times",
    "twice",
)
# Clause ends inside a sentence: the next clause may tell another event.  The breaks after
# a comma, and those after a space, are grouped: the same matches, fewer tries.  Read in the
# lower-cased text (see "Patterns read in lower case" above), save "and then <word>", which
# breaks only before a word in lower case in the text itself: ``_clauses`` checks it there.
# Another stop of a tour, its own clause: "met A today, then drove to Haifa to see B", "met
# A today, a day after seeing B in Riyadh" (the lede's place is not read past it).
_THEN_TRAVEL_RE: Final = re.compile(
    r",\s+(?:then\s+(?:drove|flew|travell?ed|went|headed|continued|proceeded)"
    r"|(?:(?:a|an|one|two|three|four|five|six)\s+(?:hours?|days?|weeks?)|hours|days|shortly"
    r"|just|soon)\s+after\s+[a-z]+ing)\s"
)
_CLAUSE_BREAK_RE: Final = re.compile(
    r"(?=[;,\s])(?:;"
    # (", after talks in Bangkok": the clause opens at "after", whose meeting noun it reads)
    r"|,\s+(?:(?:where|when|which|who|while|whereas|before|as)\b|(?=after\b)"
    # ("met A in the morning, then drove to Haifa to see B": the next stop's own clause)
    r"|then\s+(?=(?:drove|flew|travell?ed|went|headed|continued|proceeded)\s)"
    # ("met A on Wednesday, a day after meeting B in Delhi": the earlier stop's own clause)
    r"|(?:(?:a|an|one|two|three|four|five|six)\s+(?:hours?|days?|weeks?)|hours|days|shortly"
    r"|just|soon)\s+(?=after\s+[a-z]+ing\s)"
    # (not "at the ministry Wednesday and told him ...": the subject's second verb)
    r"|(?=[\w\s]{0,40}\b(?:said|says|told|added)\b)"
    r"(?![\w\s]{0,40}\band\s+(?:said|says|told|added)\b)"
    # ("summoned A on Thursday, and on Saturday morning B and C spoke by phone": a day after
    # ", and" opens the next event's own clause, its subject after the day)
    r"|and\s+(?=(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|"
    r"evening|night))?,?\s|(?:later|earlier)\s+(?:that|the\s+same)\s+(?:day|morning|afternoon|"
    r"evening)\b|(?:the\s+)?(?:next|following)\s+(?:day|morning|week)\b|last\s+night\b))"
    # (not "closed since September", "since last month's clash": a time, no clause)
    r"|(?<!\s)\s+(?:but\s+|since\s+(?!(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
    r"|last|early|late|mid)\b)(?=(?:they|he|she|the|their|[a-z]))"
    # ("arrived in Riyadh on Wednesday after talks in Amman on Tuesday with A": the earlier
    # stop's own clause, its place and day)
    r"|(?=(?P<after>after)\s+(?:(?:holding|having\s+held)\s+)?(?:talks|meetings?)\s+(?:in|at|on|with)\s)"
    # (not "and later with B", "and then with B": the next person met, one more stop)
    # ("said A had met B in Oslo, and that C had held talks with D": a second clause said;
    # not "and that country's president", one more person met)
    r"|and\s+(?=(?:that(?!\s+\w+['\u2019]s\b)|was|were|is|are|will|would|has|have|had"
    r"|later(?!\s+with\b)|also|he|she|"
    r"they|we|the\s+(?:two|three|four|five)|then\s+(?!with\b)(?P<then>[a-z]+)"
    # ("was in Nairobi on Monday for talks with A and travelled to Kampala on Tuesday to meet
    # B", "and went on to Dar es Salaam": the next stop's own clause)
    r"|(?:went|flew|drove|travell?ed|headed|continued|proceeded)\s+(?:on\s+)?to"
    # ("called on A this afternoon, and tomorrow she will call on B": the next day's own
    # clause, its date before its subject)
    r"|(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tonight"
    r"|this\s+(?:morning|afternoon|evening|week)"
    r"|next\s+week),?\s+(?:i|he|she|they|we)\s)\b)))"
)
# A clause opening with a participle: "Speaking (at a news conference) after talks with A".
_ING_LEAD_RE: Final = re.compile(r"\s*[a-z]+ing\s")
# The same after a dateline: "BERLIN (Reuters) - Speaking after talks with A".
_DASH_ING_RE: Final = re.compile(r"\s[-\u2013\u2014]+\s+[a-z]+ing\s")
# Where a clause break may start (the words right after the white space that starts one):
# every alternative opens with a literal, so the scan skips all other characters at once.
_CLAUSE_CANDIDATE_RE: Final = re.compile(
    r";|,|but(?<=\sbut)(?=\s)|since(?<=\ssince)(?=\s)|and(?<=\sand)(?=\s)"
    r"|after(?<=\safter)(?=\s)"
)
# Each word's first letter opens its branch, the word boundary tested right after it
# (``(?<!\w.)`` for ``\b``): a pattern opening with a letter lets the search skip in C.
_SPEECH_RE: Final = re.compile(
    r"(?:s(?<!\w.)(?:aid|ays|tated)|t(?<!\w.)old|a(?<!\w.)(?:nnounced|dded)|r(?<!\w.)eported"
    r"|w(?<!\w.)arned|d(?<!\w.)eclared)\b",
)
_ACCOMPANIED_RE: Final = re.compile(
    "(?=[aj])(?:"
    r"\baccompanied\b[^.]*?\bby\b"
    # "A and B were joined by their foreign ministers, C and D": their own delegations
    r"|\bjoined\s+by\s+(?:their|his|her)\b"
    ")",
)
_JOINED_OWN_RE: Final = re.compile(r"\s+by\s+(?:their|his|her)\s")
_SIDELINES_RE: Final = re.compile(
    "(?=[oa])(?:"
    r"\b(?:on|at)\s+the\s+((?:sidelines|margins?|fringes?)\s+of\s+(?:the\s+|a\s+)?[\w'\u2019\s-]+?)"
    r"(?=\s+in\s+[a-z]|[,.;]|\s+on\s|$)"
    ")",
)
_SIDELINES_WORDS: Final = ("sidelines", "margin", "fringe")
# The words before "of" and a gathering held beside: "on the sidelines (of the X Forum)".
_ASIDE_OF_END_RE: Final = re.compile(r"(?<=\S)\s(?:sidelines|margins?|fringes?)\s+$")
# The gathering a setting names, up to the meeting word ending its name: "on the sidelines
# of the Pacific Islands Forum Foreign Ministers Meeting".
_SIDELINES_OF_BEFORE_RE: Final = re.compile(
    r"\b(?:sidelines|margins?|fringes?)\s+of\s+(?:the\s+|an?\s+)?(?:[\w'\u2019-]+\s+){0,7}$"
)
# A sentence opening at the gathering just told, named no more: "On the sidelines, A met B".
_BARE_SIDELINES: Final = tuple(
    f"{prep} the {word}," for prep in ("on", "at") for word in ("sidelines", "margins", "fringes")
)
# A setting that refers back to a gathering told before: "the margins of the gathering".
_SAME_EVENT_RE: Final = re.compile(
    # ("the trilateral meeting", "the ministerial meeting": one word may qualify it)
    r"(?:sidelines|margins?|fringes?)\s+of\s+the\s+(?:[\w-]+\s+)?(?:gathering|summit|meeting|conference|"
    r"forum|event|talks|session|assembly|meetings|conclave|jamboree)",
    re.IGNORECASE,
)
# A paragraph opening on its scene: "On Monday, in Riyadh, ", "In Lagos on Tuesday, ".
_SCENE_RE: Final = re.compile(
    r"(?:(?:On|Earlier|Later)\s+[\w.]+(?:\s+\d{1,2})?,?\s+)?[Ii]n\s+"
    r"([A-Z][\w'\u2019.-]*\w(?: [A-Z][\w'\u2019.-]*\w){0,2})"
)
# A time told by a gathering told before: "before the opening of the session", "after the
# summit", "ahead of the talks".
_AROUND_EVENT_RE: Final = re.compile(
    r"\b(?:before|after|ahead\s+of)\s+the\s+(?:(?:opening|start|close|end)\s+of\s+the\s+)?"
    r"(?:[\w-]+\s+)?(session|meeting|summit|talks|conference|gathering)\b"
)
_NAME_WORD: Final = r"[A-Z][\w'\u2019.-]*\w"
# Lower-case particles inside place names: "Rio de Janeiro", "Dar es Salaam", "Sharm el-Sheikh".
_PLACE_PARTICLE: Final = r"(?:de|da|do|dos|das|del|des|du|el|al|es|la|le|di|au|aux|sur|en)"
# A place after a word of what was discussed: "the situation in the Sahel", "the crisis in
# X" tells the topic, not where the meeting was (a lookbehind after "in", tried only there).
_TOPIC_NOUNS: Final = (
    "situation",
    "crisis",
    "conflict",
    "war",
    "developments",
    "events",
    "tensions",
    "fighting",
    "violence",
    "unrest",
    "instability",
)
_NOT_A_TOPIC: Final = "".join(f"(?<!{w} in)" for w in _TOPIC_NOUNS)
_PLACE_RE: Final = re.compile(
    # (the first letters as a plain class open the pattern, so that the search skips to
    # them in C, with the dotted and dotless i that match "i" in any case; the word
    # boundary is tested after the letter, ``(?<!\w.)``, and a look-behind on that letter
    # picks the word it may open)
    # ("flew into Alexandria", "drove back into Kyiv": a journey's end, see _JOURNEY_END_RE)
    r"[ADFHILOTVadfhilotv\u0130\u0131](?<!\w.)"
    rf"(?i:(?<=i)(?:n{_NOT_A_TOPIC}|nto)|(?<=a)t|(?<=o)f|(?<=t)o|(?<=v)isit(?:s|ed|ing)?"
    # "leaves Monday for London, where he will meet A"
    r"|(?:(?<=l)(?:eaves?|eft|eaving)|(?<=d)epart(?:s|ed|ing)?|(?<=f)l(?:ies|ew)|(?<=h)ead(?:s|ed)?)"
    r"\s+(?:[A-Za-z]+\s+){0,3}?for)"
    r"\s+(?:the\s+)?"
    r"(?:(?:central|northern|southern|eastern|western|downtown|suburban)\s+)?"
    rf"((?:St\.\s)?{_NAME_WORD}(?:[ -](?:{_PLACE_PARTICLE}[ -])?{_NAME_WORD}){{0,3}})"
)
# The verb of a journey before "into" a place: "flew into Alexandria", "drove back into Kyiv"
# (not "an inquiry into Russia's claims").
_JOURNEY_END_RE: Final = re.compile(
    r"\b(?:fl(?:y|ies|ew|ying)|dr(?:ive|ives|ove|iving)|came|comes?|coming|sail(?:s|ed|ing)?)"
    r"\s+(?:back\s+)?$"
)
_ACCORDING_END_RE: Final = re.compile(r"\baccording\s+$")
# A verb whose "in" is its particle, not a place's preposition: "called in the Example
# Ambassador", "summoned in the envoy", "ushered in the delegation".
_PARTICLE_IN_END_RE: Final = re.compile(
    r"\b(?:call(?:s|ed|ing)?|summon(?:s|ed|ing)?|usher(?:s|ed|ing)?|br(?:ing|ings|ought))"
    r"(?: (?:yesterday|today|again|formally))?\s+$"
)
# A source phrase up to a date inside it: "according to a release sent on", "in a statement
# issued by the presidency on" (no clause break in between).
_SOURCE_PHRASE_RE: Final = re.compile(
    r"\b(?:according\s+to|in\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+)?(?:statement|release|"
    r"communiqu[e\u00e9]|readout|post|report))\b[^,;.]*$"
)
# The place right after the partner of "discussed X with B" (an appositive name between):
# "with Kenya's minister, A, at the ministry in Nairobi", "with B in Lima on Monday".
_PARTNER_PLACE_RE: Final = re.compile(
    r"(?:,\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,4})?,?\s+((?:in|at)\s)"
)
# What may follow the town of "a meeting at Oujda between": a day at most, then "between".
_AT_BETWEEN_RE: Final = re.compile(
    r"\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+|(?:yesterday|today|last\s+week)\s+)?between\b"
)
# The rest of a venue's name after "of": "Great Hall| of the People", "Palace| of Nations".
_VENUE_OF_RE: Final = re.compile(rf" of (?:the )?{_NAME_WORD}(?: {_NAME_WORD})?")
_AT_VENUE_CITY_RE: Final = re.compile(
    rf"at(?<=\bat)\s+(?:the\s+)?((?:{_NAME_WORD}\s+){{0,3}}{_NAME_WORD}),\s+"
    rf"((?:St\.?\s)?{_NAME_WORD}(?:\s{_NAME_WORD})?)"
)
# A named building and its city after a topic: "at the Foreign Ministry in Colombo".
_AT_BUILDING_IN_RE: Final = re.compile(
    r"\bat\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,3}(?:Ministry|Palace|House|Hall|Office|"
    r"Secretariat|Chancellery|Residence|Headquarters|Building|Hotel)\s+in\s+(?=[A-Z])"
)
# Events named after their city: "the Antalya Diplomacy Forum", "the Munich Security Conference".
_EVENT_NOUNS: Final = frozenset(
    {"Forum", "Summit", "Conference", "Dialogue", "Talks", "Meeting", "Congress", "Expo", "Games"}
)
# A gathering named in capitals after "discussed": "discuss X with A at the Munich Security
# Conference", "discussed it at the Antalya Diplomacy Forum" (the gathering's own place).
_AT_NAMED_EVENT_RE: Final = re.compile(
    r"\bat\s+the\s+(?:[A-Z][\w'\u2019-]*\s+){1,4}(?:Forum|Summit|Conference|Dialogue|Congress)\b"
)
# A building after the name of the state or province it serves: "the Quintana Roo| government
# palace", "the Kerala| guest house", "the Jalisco| State Assembly", or a lower-case word of
# its government alone: "the Sabah| government's offices" (the town is told after it, if at
# all).
_BUILDING_AFTER_RE: Final = re.compile(
    r"\s+(?:(?:state|provincial|regional|government|governor['\u2019]s|legislative)\s+){0,2}"
    r"(?:palace|house|guest\s+house|building|headquarters|secretariat|assembly|hall|"
    r"offices?|residence|mansion|(?-i:government|governor|guest|legislative))\b",
    re.IGNORECASE,
)
# The last word of a building's name, which a city's may follow: "State House Entebbe".
_BUILDING_NOUNS: Final = frozenset({"House", "Palace", "Hall", "Lodge", "Building", "Castle"})
# Words after a building's name that are parts of it, no town: "State House Annex".
_BUILDING_PARTS: Final = frozenset(
    {"Annex", "Annexe", "Gardens", "Garden", "Grounds", "Lawn", "Complex", "Chambers", "Wing"}
    | {"Compound", "Library", "Ballroom", "Auditorium", "Gate", "Road", "Street", "Avenue"}
)
# A known city after a comma: "in Nongsa, Batam".
_COMMA_CITY_RE: Final = re.compile(rf",\s+({_NAME_WORD}(?: {_NAME_WORD})?)\b")
_SAINT_RE: Final = re.compile(r"St\.?\s+")
# Waters a capitalised name may end or start with: no meeting is held in them.
_WATER_RE: Final = re.compile(r"\b(?:Sea|Ocean|Gulf|Straits?|Channel)\b")
# The capitalised compass words of a city's districts: "Central Jakarta", "South Delhi".
_DISTRICT_LEADS: Final = frozenset(
    {"Central", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western"}
)
# The first words of towns named after a country or a person: "Port Sudan", "Fort Portal".
_PORT_WORDS: Final = frozenset({"Port", "Fort", "Puerto", "Porto"})
_COMPASS_WORDS: Final = (
    "central",
    "northern",
    "southern",
    "eastern",
    "western",
    "downtown",
    "suburban",
)
_POSSESSIVE_END_RE: Final = re.compile(r"['\u2019]s$")
_PLACE_NOUN_END_RE: Final = re.compile(
    r"\b(?:resort|city|town|capital|village|port|region|province)\s*$"
)
_TOPIC_RE: Final = re.compile(
    r"(?:discuss(?<=\bdiscuss)(?:ed|es|ing)?|talks(?<=\btalks)\s+(?:on|about|covering)"
    r"|focus(?<=\bfocus)(?:ed)?\s+on|centred(?<=\bcentred)\s+on|centered(?<=\bcentered)\s+on"
    r"|to(?<=\bto)\s+discuss)\s+(?:the\s+)?([^,.;:\"“”]{3,60}?)"
    r"(?=\s+(?:with|in|at|on|and\s+the|during|before|after)\b|[,.;:\"“”]|$)",
)
# Where a new clause starts inside a sentence: ", and", "; ", ", but".
_NEW_CLAUSE_RE: Final = re.compile(r",\s+(?:and|but|while|where|after)\b|;")
_TOPIC_WORDS: Final = ("centered", "centred", "discuss", "focus", "talks")
_MONTHS_DAYS: Final = (
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
)
# Months as the wires shorten them before a day: "Sept. 25", "Oct. 3" (their stop is no part
# of the word a place pattern reads).  "Jan", "Mar" and "Jun" name people and places too
# ("Mar del Plata"): a place never opens with the others.
_MONTH_ABBREVIATIONS: Final = "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
_MONTH_STOPS: Final = "Feb Apr Aug Sep Sept Oct Nov Dec"
# A day or month run on after a place name: "will fly to Paris Thursday", "due at the White
# House Sept. 25".
_DAY_WORDS: Final = frozenset(f"{_MONTHS_DAYS} {_MONTH_ABBREVIATIONS}".split())
_PLACE_STOP: Final = frozenset(
    f"The A An In At On Middle East West North South {_MONTHS_DAYS} {_MONTH_STOPS}".split()
)
# A state named by its style alone, as the press of monarchies and republics does: "the
# Sultanate", "the Kingdom", "the Republic" (Oman's, Jordan's or Saudi Arabia's, any).
_STATE_STYLES: Final = frozenset(
    {
        "Sultanate",
        "Kingdom",
        "Emirate",
        "Emirates",
        "Republic",
        "Principality",
        "Grand Duchy",
        "Federation",
        "Confederation",
        "Commonwealth",
        "Realm",
    }
)
# Seas and oceans named by their adjective alone ("in the Adriatic", "in the Aegean"), from
# the International Hydrographic Organization's "Limits of Oceans and Seas" (S-23).
_SEAS: Final = frozenset(
    {
        "Adriatic",
        "Aegean",
        "Arctic",
        "Atlantic",
        "Baltic",
        "Caribbean",
        "Caspian",
        "Ionian",
        "Mediterranean",
        "Pacific",
        "Tyrrhenian",
    }
)
# "since the cease-fire of Feb. 28": a day that starts a period, a few words after "since".
_SINCE_THE_OF_RE: Final = re.compile(
    r"\b(?:since|until|till)\s+the\s+(?:[\w-]+\s+){1,3}(?:of\s+)?$"
)
# (and "through", "throughout": "keep the crossing open through the winter", a period of
# the thing agreed, not the day of the meeting)
_DATE_BAD_BEFORE_RE: Final = re.compile(r"\b(?:since|until|till|by|from|through|throughout)\s*$")
# A clause after "since" running up to a date: "their first meeting since the tanker was hit
# by a drone on Saturday", "the first talks since they met in Geneva in March".
_SINCE_TO_DATE_RE: Final = re.compile(r"\bsince\s[^,;:.!?]*$")
_SINCE_REACH: Final = 120  # characters before a date its "since" may stand
# The date of a thing's founding, not of the meeting: "a mechanism set up in 2017".
_FOUNDED_BEFORE_RE: Final = re.compile(
    r"\b(?:set\s+up|established|founded|created|launched|signed|adopted|formed|built)\s+(?:in\s+)?$"
)
# The start of a state the meeting agrees on, not its day: "to reopen the crossing from next
# Monday", "visas waived from January 1" (not a range: "a visit from 2 to 3 November").
_FROM_START_RE: Final = re.compile(r"from\b", re.IGNORECASE)
_RANGE_RE: Final = re.compile(r"\b(?:to|until|till|through)\b|[-\u2013]")


# The end of a range after its first date: "from November 13 to 16", "from 2-3 May".
_RANGE_NEXT_RE: Final = re.compile(r"\s*(?:to|until|till|through|-|\u2013)\s*\d")


def _open_start(text: str) -> bool:
    """Whether a date's words open a state with "from" and close no range."""
    return _FROM_START_RE.match(text) is not None and _RANGE_RE.search(text) is None


_DATE_BAD_START_RE: Final = re.compile(
    r"(?:since|until|till|by|through|throughout)\b", re.IGNORECASE
)
# "in the morning" alone dates nothing: the day is the one the story is about.
# A meeting of officials the subjects send, right after the meeting noun: "hold a meeting of
# defence and finance officials", "a session of senior border officers".
_OF_OFFICIALS_NEXT_RE: Final = re.compile(
    r"\s+of\s+(?:their\s+|the\s+two\s+countries['\u2019]\s+)?(?:[a-z-]+\s+){0,4}?"
    r"(?:officials|experts|officers|delegates|negotiators|representatives|envoys|diplomats)\b"
)
# A part of the day with no day of its own: "In the afternoon, B is to be received by C".
_IN_PART_OF_DAY_RE: Final = re.compile(r"\bin\s+the\s+(?:morning|afternoon|evening)\b")
_BARE_PART_OF_DAY_RE: Final = re.compile(
    r"(?:in\s+the\s+|that\s+|late\s+|early\s+)?(?:morning|afternoon|evening|night)",
    re.IGNORECASE,
)
_MONTH_OR_DAY_RE: Final = re.compile(
    r"\b(?:in|on|last)\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"week|month|year|spring|summer|autumn|fall|winter)\b"
)
_POSSESSIVE_COUNTRY_RE: Final = re.compile(r"\b([A-Z]\w+(?: [A-Z]\w+)?)['\u2019]s\b")
# A title in apposition before "and": "A, President of the Senate, and B".
_TITLED_AND_RE: Final = re.compile(
    r",\s*(?:the\s+)?[^,;()\"]{1,60},\s*and\s+(?:(?:his|her|the)\s+)?"
)
# A title in apposition before the next name: "between himself, the Indonesian Foreign
# Minister, Dr. A, and the Philippine Foreign Secretary, Mr. B".
_AND_THE_TITLE_RE: Final = re.compile(r",\s*(?:and\s+)?the\s+[^,;()\"]{1,60},\s*")
# The same with a title of any length, bodies and "and" in it: only between two people.
_LONG_TITLED_AND_RE: Final = re.compile(r",\s*[^;()\"]{1,160}?,\s*and\s+(?:(?:his|her|the)\s+)?")
# An apposition between commas, then "and": "A, Russia's foreign minister, and B".
_APPOSED_AND_RE: Final = re.compile(r",\s+(?:[\w.'\u2019-]+\s+){0,5}[\w.'\u2019-]+,\s+and\s+")
_AND_RE: Final = re.compile(
    # ("and H.E. President B": a diplomatic style no mention holds)
    r"\s*(?:,|and|,\s*and)\s*"
    # "spoke by telephone to A and to his Turkish counterpart, B": the preposition again
    r"(?:(?:to|with)\s+)?"
    # "A and the army chief, Gen. B": an office in apposition before a rank the mention
    # starts with (or ends with: "the air force chief, Air Marshal B")
    r"(?:the\s+(?:[A-Za-z-]+\s+){0,2}(?:chief|commander|head|chairman|director)\s*,\s*"
    r"(?:(?:Air|Rear|Vice|Field|Lieutenant|Major|Brigadier)\s+)?)?"
    r"(?:H\.\s?E\.\s+)?(?:(?:his|her|their|the)\s+"
    # "A and his visiting Indonesian counterpart B"
    r"(?:(?:visiting|new|outgoing|incoming|acting)\s+)?"
    # "A and his Argentine peer B": a word for the other side no title table holds;
    # "A and her Botswana counterpart, minister for foreign affairs B": B's office after it
    r"(?:[A-Z][\w-]+\s+)?(?:(?:peer|opposite\s+number|host|guest|counterpart),?\s+)?"
    # "A and visiting Indian Prime Minister B": the guest's word with no article before it
    r"|visiting\s+)?"
)
# "and" before a body's or a nationality's capitalised name and then an office: "A and Rapid
# Support Forces commander B" (see ``_and_body_office``).
_AND_BODY_RE: Final = re.compile(r"\s+and\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){1,3}")
_OF_COUNTRY_AND_RE: Final = re.compile(
    # ("A of the Republic of South Africa and H.E. B": the state's long form, a style)
    r"\s+of\s+(?:the\s+(?:Republic|Kingdom|State|Federation|Sultanate)\s+of\s+)?"
    r"((?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s*(?:,|and|,\s*and)\s*"
    r"(?:H\.\s?E\.\s+)?(?:(?:his|her|their|the)\s+)?"
)
_OFFICIALS_OF_RE: Final = re.compile(
    "(?=[t])(?:"
    r"\bthe\s+((?:[a-z]+\s+){0,2}(?:leaders|presidents|prime\s+ministers|ministers|secretaries|"
    r"heads\s+of\s+state))\s+of\s+([a-z][\w'\u2019. -]*?(?:,\s+[a-z][\w. -]*?)*\s+and\s+"
    r"(?:the\s+)?[a-z][\w.-]*(?:\s+[a-z][\w.-]*)?)"
    ")",
)
# "talks between their foreign ministers": the officials of the countries named before.
_THEIR_OFFICIALS_RE: Final = re.compile(
    r"\s+their\s+((?:[a-z]+\s+){0,2}?(?:leaders|presidents|prime\s+ministers|ministers|"
    r"secretaries|heads\s+of\s+state))\b"
)
_OFFICIALS_OF_WORDS: Final = (
    "heads",
    "leaders",
    "ministers",
    "presidents",
    "secretaries",
    "premiers",
)
_LEADER_KINDS: Final = frozenset(
    {"president", "prime minister", "chancellor", "king", "premier", "emir"}
)
# "the Egyptian and Iraqi leaders", "the Indian and Chinese foreign ministers": the officials
# of two countries named by their nationality adjectives (see ``_demonyms_in``).
_DEMONYM_OFFICIALS_RE: Final = re.compile(
    r"\bthe\s+([a-z]+(?:\s[a-z]+)?\s+and\s+[a-z]+(?:\s[a-z]+)?)\s+((?:foreign\s+|prime\s+)?"
    r"(?:leaders|presidents|ministers|premiers))\b"
)
_CANCEL_ALONE_RE: Final = re.compile(
    "(?=[nmtsv])(?:"
    r"\bno\s+(?:\w+\s+){0,2}(?:meeting|talks|summit)\s+(?:took\s+place|was\s+held|happened)|"
    r"\b(?:meeting|talks|summit|visit)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:called\s+off|cancel+ed|postponed|scrapped|put\s+off|shelved|dropped|abandoned)"
    ")",
)
_WILL_BE_RE: Final = re.compile(
    r"\b(?:(?:will|would)\s+(?:be|take\s+place)|(?:is|are|was|were)\s+(?:scheduled|due|set|slated|planned)|"
    r"(?:is|are)\s+(?:expected|to\s+(?:be\s+held|take\s+place)))\b"
)
# "a planned meeting", "the upcoming talks": a meeting noun after a word of plans.
_PLANNED_ADJ_RE: Final = re.compile(
    r"\b(?:planned|proposed|upcoming|scheduled|forthcoming|expected|prospective|mooted)\s+"
    r"(?:[a-z-]+\s+){0,2}$"
    # "agreed that the next trilateral meeting would", "to hold their next round"
    r"|\b(?:the|their|its|a)\s+next\s+(?:[a-z-]+\s+){0,2}$"
    # "what is expected to be his last summit with A"
    r"|\b(?:expected|set|due|likely|slated)\s+to\s+be\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?"
    r"(?:[a-z-]+\s+){0,2}$"
)
# A meeting noun and the day it is set for, told after the plan ("The talks, set for
# Tuesday,", "The meeting is scheduled for next Monday", "The summit, which is due on 4 May,").
_PLAN_DAY_RE: Final = re.compile(
    r"\b(?:the|their)\s+(?:[a-z-]+\s+){0,2}?(?:talks|meeting|summit|negotiations|consultations)"
    r"(?:,\s+(?:which\s+(?:is|are|was|were)\s+)?|\s+(?:is|are|was|were)\s+)(?:now\s+)?"
    r"(?:set|scheduled|planned|slated|due|pencil+ed\s+in|fixed)\s+(?:for|on)\s+"
)
# A meeting noun's relative clause telling its day: ", which had been arranged for Friday".
_ARRANGED_FOR_RE: Final = re.compile(
    r",\s+(?:which|that)\s+(?:had\s+been|has\s+been|was|were|is|had)\s+(?:originally\s+)?"
    r"(?:arranged|fixed|scheduled|planned|set|pencil+ed\s+in|expected|slated|due)\s+(?:for|on)\s+"
    # or with the one who set it: ", which the UN envoy had arranged for 4 September", ", which
    # the Arab League had arranged for Thursday", ", that Brussels had planned for May"
    r"|,\s+(?:which|that)\s+(?:[\w'\u2019.-]+\s+){1,5}?(?:had|has|have)\s+(?:originally\s+)?"
    r"(?:arranged|fixed|scheduled|planned|set|called|convened|proposed)\s+(?:for|on)\s+"
)
_MEETING_NOUNS: Final = (
    "call",
    "consultations",
    "encounter",
    "meeting",
    "phone",
    "summit",
    "talks",
    "telephone",
    "video",
    "virtual",
    "visit",
)
# A refusal or denial right before a meeting word: no meeting is told ("declined to meet",
# "ruled out a meeting", "has no plans to meet", "refused to take his call").
_REFUSED_RE: Final = re.compile(
    # (the bare form too: "did not rule out a meeting", "would refuse to meet": no event)
    r"\b(?:declin(?:e|ed|es|ing)|refus(?:e|ed|es|ing)|reject(?:ed|s|ing)?|rul(?:e|ed|es|ing)\s+out|"
    r"turn(?:ed|s|ing)\s+down|snubbed|spurned|shunned|denied|denies|deny)\s+"
    r"(?:(?:to|an?|the|any|his|her|their)\s+)?(?:[a-z-]+\s+){0,2}$"
    r"|\bno\s+(?:immediate\s+)?(?:plans?|intention)\s+(?:to|of)\s+(?:[a-z-]+\s+){0,1}$"
    # the last of a list of things not planned: "has no plans to either attend the forum or
    # meet with A", "had no intention of touring the port or meeting B"
    r"|\bno\s+(?:immediate\s+)?(?:plans?|intention)\s+(?:to|of)\s+(?:either\s+)?[a-z]+"
    r"[^.;:\n]{0,60}?\s(?:n?or|and)\s+$"
)
# A meeting told as a possibility, a wish or a habit, not an event: "can always call or meet
# with A", "could easily see B", "would welcome C", "would be happy to meet D", "spends his
# days meeting with E".
_NOT_AN_EVENT_RE: Final = re.compile(
    r"\b(?:can|could)\s+(?:always|easily|freely|still|also)\s+(?:[a-z]+\s*(?:/|\bor\s)\s*)?$"
    r"|\bcan\s+(?:[a-z]+\s*(?:/|\bor\s)\s*)?$"
    r"|\bwould\s+(?:be\s+(?:happy|glad|willing|open|delighted|honou?red)\s+to|(?:like|love)\s+to)"
    r"\s+$"
    # an offer, no meeting yet: "has offered to host talks between A and B"
    r"|\boffer(?:ed|s|ing)?\s+to\s+(?:host|mediate|organi[sz]e|arrange|broker)\s+"
    r"(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+)?$"
    r"|\bspend(?:s|ing)?\s+(?:much\s+of\s+)?(?:his|her|their)\s+(?:time|days|evenings|"
    r"weekends|mornings)\s+(?:[a-z]+ing\s+[^.;:\n]{0,60}?\s(?:and|or)\s+)?$"
)
# A meeting told of a group of people no one names, in a relative clause: "the lobbyists who
# met with A", "the people outside government who met with B", "donors who had met C" (the
# main clause's subject is not the one who met).
_GENERIC_WHO_RE: Final = re.compile(
    r"\b(?:people|men|women|(?!(?:is|was|has|his|this|as|us|thus|its)\s)[a-z]+s)\s+"
    r"(?:(?:outside|inside|in|of|from|at|within)\s+(?:the\s+)?[a-z]+\s+)?"
    r"who\s+(?:(?:had|have|has|also|previously|later|once)\s+)?$"
)
_WOULD_RE: Final = re.compile(r"\bwould\s+(?:(?:gladly|happily|certainly|also)\s+)?$")
# A body its principals direct to meet: "directed the Boundary Working Group to meet", "tasked
# the joint technical committee to convene" (the body's meeting, not the speakers').
_DIRECTED_BODY_RE: Final = re.compile(
    r"\b(?:directed|instructed|asked|tasked|mandated|urged|ordered|called\s+(?:on|upon)|"
    r"requested|encouraged)\s+(?:the|their|its|a|an)\s+(?:[\w'\u2019-]+\s+){0,5}?"
    r"(?:groups?|committees?|commissions?|councils?|teams?|panels?|mechanisms?|officials|experts|"
    r"force|sub-?committees?|bod(?:y|ies)|delegations)\s+to\s+$"
)
_DIRECTED_WORDS: Final = ("direct", "instruct", "ask", "task", "mandat", "urge", "order", "call")
_NOT_AN_EVENT_WORDS: Final = ("can", "could", "would", "spend", "offer")
# Meetings told in the plural as a habit: "during his frequent visits to the front".
_HABIT_PLURAL_RE: Final = re.compile(r"\b(?:frequent|regular|occasional|periodic|routine)\s+$")
_HABIT_PLURAL_WORDS: Final = ("frequent", "regular", "occasional", "periodic", "routine")
# A message of a tone delivered to someone, told as a figure of speech, not an envoy's
# errand: "delivered a blunt message to A", "conveyed a stern message to B over the dispute".
_TONE_MESSAGE_RE: Final = re.compile(
    r"\s(?:blunt|stern|clear|strong|tough|firm|pointed|stark|sharp|forceful|unambiguous|"
    r"unmistakable|powerful|simple|harsh|defiant|direct)\s+(?:[\w-]+\s+)?message\s+to$"
)
_REFUSED_WORDS: Final = (
    "declin",
    "refus",
    "reject",
    "rul",
    "turn",
    "snub",
    "spurn",
    "shun",
    "den",
    "no ",
)
# The article before a call word: "in a phone call", "during a telephone conversation".
_IN_A_CALL_BEFORE_RE: Final = re.compile(r"\b(?:in|during|over)\s+(?:a|an|the|their)\s+$")
# "with" before a person's mention, an organisation's initials between: "with OAS A".
_WITH_BEFORE_RE: Final = re.compile(
    r"\bwith\s+(?:the\s+)?(?:[A-Z][\w.'-]*\s+){0,2}(?:of\s+(?:[A-Z][\w.'-]*\s+){1,3})?$"
)
# "raise it with B when they meet": they are the main clause's subject and B.
_WHEN_THEY_RE: Final = re.compile(
    r"\b(?:when|once|after|before|until|as\s+soon\s+as|(?P<since>since))\s+they\s+(?:[a-z]+\s+)?$"
)
# "when the two leaders meet", "once both sides meet": a group, not "they", as the subject
# (also "when the two meet", "when the pair next meet", as older copy writes it)
_WHEN_GROUP_RE: Final = re.compile(
    r"\b(?:when|once|after|before|until)\s+(?:the\s+two|both|the\s+pair)\s+(?:[a-z]+\s+){0,2}$"
)
# "A has not met B since they ...": the main clause denies a meeting of the two since then.
_NOT_MET_RE: Final = re.compile(r"\b(?:not|never)\s+(?:met|spoken|talked|seen|been\s+in\s+touch)\b")
# Who invites a visitor: "an invitation from B", "at the invitation of B".
# (not "conveyed an invitation from B", which invites someone else)
_INVITATION_RE: Final = re.compile(
    r"\baccept(?:ed|s|ing)?\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?invitation\s+from\s+"
    r"|\bat\s+the\s+invitation\s+of\s+"
)
# An invitation owned by its inviter, to the meeting word after it: "accepted A's
# invitation to a trilateral meeting with C", "took up her invitation to the summit".
_OWNED_INVITATION_RE: Final = re.compile(
    r"['\u2019]s\s+invitation\s+to\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$"
)
_INVITATION_REACH: Final = 240  # characters before a visit its invitation may open at
_INVITER_REACH: Final = 120  # characters after "invitation of" the inviter's name may end by
# A trip told as a noun after "for": "arrived for a four-day official visit to China".
_FOR_A_VISIT_RE: Final = re.compile(r"\bfor\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}$")
# The host of two others' meeting: "with Malaysian Foreign Minister C acting as host".
_AS_HOST_RE: Final = re.compile(r"\bwith\s+[^;.]{3,120}?\s+(?:acting\s+|serving\s+)?as\s+host\b")
# Attending the meeting told before: "A and B sat in on the meeting", "C took part in the
# talks", "D joined them for the last hour" (read in the sentences holding a meeting stem).
_ATTENDED_RE: Final = re.compile(
    r"\b(?:attended\s+(?:the|their)\s+(?:talks|meeting|session|discussions?)"
    r"|sat\s+in\s+on|took\s+part\s+in\s+the\s+(?:talks|meeting|session|discussions?)"
    r"|joined\s+them\s+for)\b"
)
_ATTENDED_WORDS: Final = ("attended", "sat in", "took part", "joined them")
# The same told of the meeting, the people after it, as protocol news writes it: "The
# meeting was attended by A and B", "The ceremony, held at the palace, was also attended by
# C", "Present at the reception were D and E", "Present on the occasion were F"; or the
# people before: "Ambassador G was also present".
_ATTENDED_BY_RE: Final = re.compile(
    r"\b(?:(?:meeting|talks|reception|ceremony|session|audience|banquet|conversation|"
    r"discussions?)\b[^.;]{0,80}?\b(?:was|were)\s+(?:also\s+)?attended\s+by"
    r"|\bpresent\s+(?:(?:at|during)\s+(?:the|their)\s+(?:meeting|talks|reception|ceremony|"
    r"banquet|session|audience)|on\s+the\s+occasion)\s+(?:was|were)"
    r"|(?P<before>\b(?:was|were)\s+also\s+present)\s*[.;])"
)
_ATTENDED_BY_WORDS: Final = ("attended by", "present")
_ATTENDED_REACH: Final = 400  # characters from the meeting told last
# A meeting noun before "hosted by": "a trilateral meeting hosted by A".
_NOUN_BEFORE_HOSTED_RE: Final = re.compile(
    # "attended a dinner (reception, banquet) hosted by A": a guest of A's
    r"\b(?:meeting|talks|summit|session|consultations|dinner|lunch|luncheon|breakfast|banquet"
    r"|reception)\s+$"
)
_HOSTED_BY_NEXT_RE: Final = re.compile(r"\s+hosted\s+by\b")
# A plan to see someone: "is expected to see A", "is due to see A".
# ("The Chancellor is to see President A on Monday": the formal future "is to")
_PLANNED_SEE_RE: Final = re.compile(
    r"\b(?:expected|due|scheduled|set|slated|(?:is|are|was|were)(?:\s+also)?)\s+to\s+$"
    # "The Secretary will see the Turkish Foreign Minister here on Thursday"
    r"|\bwill\s+(?:also\s+)?$"
)
# A correction's retraction before the meeting word: what was told is not so.
_CORRECTED_RE: Final = re.compile(
    r"\b(?:incorrectly|wrongly|erroneously|mistakenly|inaccurately)\s+"
    r"(?:said|stated|reported|wrote|described|identified|gave|suggested|implied)\b"
)
# A condition or question before the meeting word: "if they meet", "whether the two will meet".
_HYPOTHETICAL_RE: Final = re.compile(r"\b(?:if|unless|whether)\b")
_HYPOTHETICAL_WORDS: Final = ("if", "unless", "whether")
# A call told with a phone or video word in its clause ("spoke with X by phone").
_BY_PHONE_RE: Final = re.compile(
    r"\b(?:(?:by|over\s+the|on\s+the|via)\s+(?:tele)?phone|(?:in|during)\s+(?:a|an|the|their)\s+"
    r"(?:[a-z-]+\s+)?(?:(?:tele)?phone\s+(?:call|conversation)|call))\b"
)
_MEDIUM_WORD_RE: Final = re.compile(r"\b(?:(?:tele)?phone|call|video\w*|virtual)\b")
_BY_VIDEO_RE: Final = re.compile(
    r"\b(?:(?:by|via|over)\s+(?:a\s+)?video(?:\s*link|\s*conference)?|virtually"
    r"|(?:in|during)\s+(?:a|an|the|their)\s+(?:[a-z-]+\s+)?(?:video[\s-]*(?:call|conference)"
    r"|videoconference|virtual\s+(?:meeting|talks|summit|call)))\b"
)
# "a call from X", "a call to X" are calls when received, taken or made.
_CALL_LEAD_RE: Final = re.compile(
    r"\b(?:received|receives|receiving|took|takes|taking|got|gets|had|has|answered|returned|"
    r"made|makes|making|placed|places|in|during|on|after)\s+(?:a|an|the|his|her|their)\s+"
    r"(?:[a-z-]+\s+){0,2}$"
)
# What follows the person "called" when the word tells a call ("called X on Monday to
# congratulate him"), not a name ("called X a liar") or a demand ("called X to account").
_CALLED_NEXT_RE: Final = re.compile(
    r"(?<![\s,])[\s,]*(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|to\s+(?:discuss|congratulate|"
    r"offer|express|thank|brief|convey|extend|wish|talk|update|condole|ask|urge|inform|"
    r"reassure|discuss)|yesterday|last\s+(?:week|night|month)|late\s+on|earlier\s+(?:on|today|"
    r"this)|by\s+(?:tele)?phone|and\s+(?:discussed|talked|spoke)"
    # a day told from another ("called his counterpart, B, the next day", "the same evening")
    r"|the\s+(?:next|following|same|previous)\s+(?:day|morning|afternoon|evening|night)"
    r"|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+"
    r"(?:morning|afternoon|evening|night))\b"
)
# "In a call with X, Y said": the subject is the main clause's.
# A participle opening a sentence: "After meeting A, B flew home".
_PARTICIPLE_LEAD_RE: Final = re.compile(
    # (a clause of its own after a comma: "..., a day after meeting B in Delhi")
    r"(?:(?:(?:a|an|one|two|three|four|five|six)\s+(?:hours?|days?|weeks?)|hours|days|shortly"
    r"|just|soon)\s+(?=after))?(?:after|while|before|when|upon|on)\s+"
)
# A meeting told as the second of two participles opening a sentence: "After touring the
# port and meeting with A, B said" (B met A).
_AND_PARTICIPLE_LEAD_RE: Final = re.compile(
    r"(?:after|while|before|when|upon)\s+[a-z]+ing\s+[^,;.()\"\u201c]{1,80}?\s+and\s+"
)
# "In a call with A, B said", also "After a meeting with A", "Emerging from a 45-minute meeting
# with A", "Fresh from talks with A": the main clause's subject met A.
_IN_LEAD_RE: Final = re.compile(
    # ("Speaking after talks with A, B said": the participle before the preposition)
    r"(?:(?:speaking|talking|writing|returning)\s+)?"
    # the participle's own complement first: "Speaking to reporters after talks with A, B said"
    r"(?:(?:to|at|with)\s+(?:a\s+|the\s+)?[a-z]+(?:\s+[a-z]+){0,2}\s+(?=after|following))?"
    # a time before "after": "Hours after his meeting with A, B announced a summit"
    r"(?:(?:hours|minutes|moments|days|shortly|soon|just|only|a\s+day|an\s+hour)\s+(?=after))?"
    r"(?:in|during|after|following|emerging\s+from|coming\s+out\s+of|fresh\s+from|leaving"
    # "At the end of a 90-minute meeting with A, B said"; "At the close of two days of talks"
    r"|at\s+the\s+(?:end|close|conclusion)\s+of)"
    r"\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[a-z0-9-]+\s+){0,2}"
)
# Talks opening a sentence whose speaker judges them: "Talks with A were useful, B said",
# "Wednesday's meeting with A was frank, B told reporters", "His talks with A ...".
_TALKS_LEAD_RE: Final = re.compile(
    r"(?:(?:his|her|their|the)\s+)?(?:(?:[a-z]+day|yesterday|today)['\u2019]s\s+)?"
    r"(?:[a-z0-9-]+\s+){0,2}?(?:talks|meetings?|consultations|discussions|conversation)\s+with"
)
# The speaker after the judgement: a comma or a closing quote before him, "said" after him.
_JUDGE_BEFORE_RE: Final = re.compile(r"[,\"\u201d]\s*(?:[\"\u201d]\s*)?(?:the\s+)?$")
_JUDGE_SAID_RE: Final = re.compile(
    r"\s+(?:(?:has|had)\s+)?(?:said|says|told|tells|added|declared|insisted|noted|stressed)\b"
)
# A first-person subject inside a quote: "I had a very good meeting with", "My talks with".
_FIRST_PERSON_RE: Final = re.compile(r"\b(?:i|my)\s+(?:[a-z'\u2019-]+\s+){0,4}$")
# The same, the meeting a trip's purpose: "I will travel to Wellington next week to meet",
# "I am going to Nairobi on Friday to see" (a verb of intent or travel after "I").
_FIRST_PERSON_TRIP_RE: Final = re.compile(
    r"\bi\s+(?:will|shall|am|intend|plan|hope|expect|want|wish|propose|travel|go|leave|fly)\b"
    r"[^.;\"\u201c\u201d]{0,70}?\sto\s+$"
)
# A turn's label at a paragraph's start, in a transcript or a parliamentary record: "Hon.
# A. B. SMITH:", "MR. JONES (Minister of Trade):", "Spokesperson Li Wei:" (see
# :meth:`_Reader.turn_speaker`); or closed by a stop and a dash, as the Hansards of Fiji,
# Papua New Guinea and older Westminster records print it: "HON. J.T. SMITH (Minister for
# Foreign Affairs).-", "MR. SPEAKER.—" (initials run together: "J.T.").
_TURN_LABEL_RE: Final = re.compile(
    r"(?:[A-Z](?:[\w'\u2019-]|\.(?=[A-Z]))*\.?[ \t]+){0,6}[A-Z](?:[\w'\u2019-]|\.(?=[A-Z]))*\.?"
    r"(?:[ \t]+\([^()\n]{1,80}\))?(?::|\.[-\u2013\u2014])[ \t]"
)
# The person a label names when the actor reader found no one in it (names in capitals after
# an honorific, as parliamentary records print them): "Hon. A. B. SMITH (Minister of X):".
# (the honorific in capitals too, "HON.", "MR."; a chief's or a Malay style after it, "Hon.
# Ratu A. SMITH", "Hon. Datuk Seri B", is no part of the name)
_TURN_NAME_RE: Final = re.compile(
    r"(?i:(?:Rt\.?[ \t]+)?Hon\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Sir|Dame)[ \t]+"
    r"(?i:(?:Ratu|Adi|Roko|Tan[ \t]+Sri|Tun|Datuk(?:[ \t]+Seri)?|Dato['\u2019]?(?:[ \t]+Sri)?"
    r"|Pehin|Alhaji|Chief)[ \t]+)?"
    # (the chair's label, "MR. SPEAKER.-", "Mr Deputy Speaker:", names an office, no one)
    r"(?!(?i:speaker|deputy[ \t]+speaker|chairman|chairperson|chair|president|clerk)\b)"
    r"(?P<name>(?:[A-Z]\.[ \t]*){0,3}[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){0,2})"
    r"(?:[ \t]+\((?P<office>[^()\n]{1,80})\))?(?::|\.[-\u2013\u2014])"
)
# A turn's label for a questioner, whose "I" is no one named: "Q:", "Question:", "Reporter:".
_ASKER_LABEL_RE: Final = re.compile(
    r"(?:Q|Question|Reporter|Journalist|Audience(?:[ \t]+member)?)[ \t]*:", re.IGNORECASE
)
#: The chair's office a turn's label may name as if a person: "MR. SPEAKER.-".
_CHAIR_LABELS: Final = frozenset(
    {"speaker", "deputy speaker", "chairman", "chairperson", "chair", "president", "clerk"}
)
#: How far before a meeting word a first person travelling to it is looked for.
_TRIP_REACH: Final = 100
#: How many paragraphs back a turn's label is looked for.
_TURN_LOOK_BACK: Final = 40
# A document's maker at a line's start, before the first person of its body stands for them
# (see :meth:`_Reader.maker`): a parliament's "Statement made by" over the member's name, a
# ministry's "Statement by the Minister for X, A, on ...", an embassy's "Remarks by
# Ambassador A at ...".
_MAKER_RE: Final = re.compile(
    r"^(?:(?:written|ministerial|joint|press)[ \t]+)?"
    r"(?:statement|remarks|speech|address|message|op-ed|article)[ \t]+"
    r"(?:(?:made|delivered|given|written)[ \t]+)?by\b[ \t:]*\n*[ \t]*",
    re.IGNORECASE | re.MULTILINE,
)
# A maker's name alone on its line under that line, when the actor reader found no one there
# (names on a line of their own read as no sentence): "Statement made by\n\nA. B. Smith\n".
_MAKER_NAME_RE: Final = re.compile(
    r"(?:(?:Rt\.?[ \t]+)?Hon\.?[ \t]+|(?:Mr|Mrs|Ms|Dr)\.?[ \t]+|Sir[ \t]+|Dame[ \t]+)?"
    r"(?P<name>(?:[A-Z]\.[ \t]*){0,3}[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){0,3})"
    r"[ \t]*(?:\n|$)"
)
# A minister's media release: "Media release" (or "Press release", "Joint media statement")
# on a line of its own near the top, the minister's name on a line above or below it with
# the parliament's honorifics ("Senator the Hon A B", "The Hon A B MP", "Hon A B"): the
# body's "I" is that minister (see :meth:`_Reader.release_maker`).
_RELEASE_LINE_RE: Final = re.compile(
    r"^[ \t]*(?:joint[ \t]+)?(?:media|press|news)[ \t]+(?:release|statement)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_RELEASE_NAME_RE: Final = re.compile(
    r"^[ \t]*(?:Senator[ \t]+)?(?:[Tt]he[ \t]+)?(?:Rt\.?[ \t]+|Right[ \t]+)?"
    r"(?:Hon\.?|Honourable|Honorable)[ \t]+(?:Dr\.?[ \t]+)?"
    r"(?P<hon_name>[A-Z][\w'\u2019-]+(?:[ \t]+(?:[A-Z]\.[ \t]*)?[A-Z][\w'\u2019-]+){1,3}?)"
    r"(?:[ \t]+(?:MP|MLA|MLC|MHA|QC|KC|AO|AC|AM|CSC))*[ \t]*$",
    re.MULTILINE,
)
#: How far into a document its maker's line is looked for, and how long the name runs after.
_MAKER_REACH: Final = 1500
_MAKER_NAME_REACH: Final = 160
# After the quote's close: the speaker named ('," Minister A said') or after the verb
# ('," said Minister A').
_QUOTE_CLOSE_RE: Final = re.compile(r"[,.!?]?[\"\u201d]\s+")
_SPEECH_VERB_RE: Final = re.compile(
    r"\s+(?:said|says|told|added|stressed|declared|noted|remarked|wrote|posted|insisted)\b"
)
_SPEECH_FIRST_RE: Final = re.compile(r"(?:said|says|added|told\s+reporters)\s+")
# "During a phone call, X told Y": the person told is there too.
_TOLD_NEXT_RE: Final = re.compile(
    r"(?<!\s)\s+(?:told|assured|urged|thanked|informed|congratulated|briefed|invited|asked|reassured|"
    r"pressed|warned)\s+(?:(?:the|his|her|their)\s+)?"
)
_PAST_PLAN_RE: Final = re.compile(r"\b(?:was|were|had)\b")
_RELATIVE_RE: Final = re.compile(r"\s*(?:which|that|who|whose)\b")
# A subordinate clause after a word of the main one: "A said so when B called on him".  Its
# subject, after the conjunction, is the meeting word's (no comma: that breaks the clause).
# A clause told after "agreed that" has its own subject too: "the two sides agreed that the
# working group would meet" (no person: the group meets, not the sides).
_SUBORDINATE_RE: Final = re.compile(
    r"(?<=[a-z])\s+(?:when|while|as|after|before|once)\s+"
    r"|(?P<that>\b(?:agreed|said|says|announced|decided|confirmed|added|stated|hoped|expects|"
    # "told journalists that the joint commission would meet": the commission meets (an
    # audience, not a person: "A told B that they would meet again" is A and B's plan)
    r"expected|(?:told|tell|tells|informed|assured|briefed)\s+(?:the\s+)?(?:journalists|reporters|"
    r"newsmen|press|media|parliament|lawmakers|legislators|senators|mps|diplomats))\s+that"
    # "said the joint committee would meet in July" (no "that"): a body's own meeting, not
    # one of those who said so
    r"|\b(?:agreed|said|says|announced|decided|confirmed|added|stated)(?=\s+(?:the|a|its|their)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:committee|commission|council|working\s+group|panel|board|"
    r"task\s+force)s?\s)"
    # "recalled that the ministers had spoken, and that President A had raised it with B":
    # a second clause of what was said, with a subject of its own
    r"|(?<=[a-z,])\s+and\s+that)\s+"
)
# The words one of _SUBORDINATE_RE's matches holds: a conjunction, "that", or a reporting verb
# a body's meeting may follow with no "that" ("said the committee would meet").
_SUBORDINATE_WORDS: Final = (
    " when ",
    " while ",
    " as ",
    " after ",
    " before ",
    " once ",
    " that ",
    " agreed ",
    " said ",
    " says ",
    " announced ",
    " decided ",
    " confirmed ",
    " added ",
    " stated ",
)
# "did not meet", "never met", also "is not expected to meet", "was not scheduled to meet".
_NEGATED_RE: Final = re.compile(
    # ("hasn't", "didn't": no word boundary stands before the "n't")
    r"(?:\b(?:not|never|no)|n't)\s+(?:\w+\s+)?"
    r"(?:(?:expected|scheduled|due|going|planning|set|likely|able)\s+to\s+)?$"
)
# ("officials from both sides will meet": a committee's members, not the two met before)
_THEY_RE: Final = re.compile(
    r"\b(?<!from\s)(?<!of\s)(?<!on\s)(?<!for\s)(?:they|both)\s+(?:\w+\s+){0,2}$"
)
# "we spoke by phone" in a first-person release (see :meth:`_Reader.we_of_maker`)
_WE_RE: Final = re.compile(r"\bwe\s+(?:\w+\s+){0,2}$")
#: How far back before "we" an opening quotation mark is looked for in its paragraph.
_WE_QUOTE_REACH: Final = 600
_THEN_RE: Final = re.compile(r"\s*(?:,\s*)?(?:and\s+)?then\s+")  # one way to split spaces
# One stop of a tour told before the next person met: "met A in Doha on Monday and B in Cairo
# on Wednesday", "spoke with A, and later with B". A place or a day (or "later") must stand in
# the gap: "met A and B" alone is one meeting of three.
# (the first one's name in apposition closed by its comma: "received Russia's envoy, A, in
# the morning and Belarus's envoy, B, two hours later")
_STOP_GAP_RE: Final = re.compile(
    r"(?<!\s),?(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}"
    # a building's common noun after its name: "at the Elysee presidential palace"
    r"(?:\s+(?:presidential\s+|royal\s+|state\s+)?(?:palace|residence|house|office|"
    r"headquarters|ministry|building|hall))?)?"
    r"(?:\s+(?:on\s+[A-Z][a-z]+(?:\s+\d{1,2})?(?:\s+(?:morning|afternoon|evening))?|today|"
    r"yesterday|(?:this|in\s+the)\s+(?:morning|afternoon|evening)))?"
    r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:then|later|afterwards)\s+)?(?:with\s+)?"
    # ("and then with the head of the council, B": the office in apposition)
    r"(?:the\s+[a-z][a-z\s-]{0,50},\s*)?"
    # ("on Monday and his Eritrean counterpart B on Tuesday": the second one's office first)
    r"(?:(?:his|her|their)\s+)?"
)
_STOP_WORD_RE: Final = re.compile(r"\b(?:in|at|on|today|yesterday|morning|then|later|afterwards)\b")
_HELD_WORD_RE: Final = re.compile(
    r"(?:met|held|had|hosted|received|visited|summoned)\b", re.IGNORECASE
)
# A word of a place's name: a capital, then letters with their diacritics, and apostrophes
# inside ("BOGOTÁ", "Lomé", "NUKU'ALOFA", "N'Djamena").
_PLACE_WORD: Final = r"[A-Z\u00c0-\u00d6\u00d8-\u00de](?:[^\W\d_]|['\u2019](?=[^\W\d_]))+"
# The labels of a link to another story inside a body, as news sites print them ("ALSO READ:",
# "Read more:", "SEE ALSO:", "RELATED:", "WATCH:"): no dateline, though in capitals and a colon.
_LINK_LABEL: Final = (
    r"(?i:also\s+read|read\s+(?:also|more)|see\s+also|related(?:\s+(?:stories|news))?|"
    r"more\s+on\s+this|watch|listen|recommended|trending|latest)"
)
_DATELINE_RE: Final = re.compile(
    # (the old wire dash "WASHINGTON (AP) _ ", its credit taken off by the outlet parser)
    # (not the label of a link to another story: "ALSO READ: ...", "READ MORE: ...")
    rf"^(?!{_LINK_LABEL}\s*:)({_PLACE_WORD}(?:[ -]{_PLACE_WORD})*)\s*(?:,|:|\(|\s[-\u2013\u2014_]"
    # "ASTANA. KAZINFORM -", "BISHKEK. KABAR -": the city, a full stop, the agency in capitals
    r"|\.[ \t]+[A-Z][A-Za-z]*[A-Z](?:[ \t][A-Z][A-Za-z]*[A-Z]){0,2}[ \t]+[-\u2013\u2014]"
    # "Santo Domingo.- ", "LIMA.- ": a full stop and a dash, as Spanish-language papers write
    r"|\.[-\u2013\u2014][ \t]"
    # "CANBERRA. -- ": a full stop, a space and the dash, as old print pages set it
    r"|\.[ \t]+(?:--|[\u2013\u2014])[ \t])",
    re.MULTILINE,
)
# The last characters of a paragraph of prose (a headline or a deck has none of them).
_PARAGRAPH_ENDS: Final = frozenset(".!?\"'\u201d\u2019):")
# A dispatch's own line as a whole short paragraph: "Gibraltar, Tuesday", "ROME, June 10"
# (only fullmatched; `dates._dispatch` finds such lines in a whole text for the dates).
_DISPATCH_PARAGRAPH_RE: Final = re.compile(
    rf"({_PLACE_WORD}(?:[ -]{_PLACE_WORD})*)(?:,[ \t]+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2})\.?[ \t]*"
    # an agency's undated dispatch on a page of briefs ("CANBERRA, Australia (UPI) --" and
    # "GUATEMALA CITY (AP) --" open items)
    rf"|(?:,[ \t]+{_PLACE_WORD}(?:[ \t]{_PLACE_WORD})?)?[ \t]+\([A-Z][A-Za-z]+\)[ \t]*-)"
)
# A dateline closed by a full stop, as some African and Asian dailies write it: "Dodoma.
# Tanzania and ..." (taken only when the word is a known city: "Mr. A" opens lines too).
# ("Dar es Salaam. President A ...": a particle inside the name)
_STOP_DATELINE_RE: Final = re.compile(
    r"([A-Z][a-z]+(?:[ -](?:(?:es|de|da|do|del|la|el|al)[ -])?[A-Z][a-z]+)?)\.[ \t]+(?=[A-Z])"
)
# A dateline's town in capitals, then a dash (the agency's credit in brackets or taken off by
# the outlet parser), a date before it or not: "SOCHI (Reuters) -", "SOCHI -", "OSAKA, June 28
# (Kyodo) -" (matched from the character that ends the town's match).
_DATELINE_CREDIT_RE: Final = re.compile(
    r"(?:\(|,[ \t]*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}"
    r"[ \t]*(?:\(|(?=[-\u2013\u2014_]))|(?=[-\u2013\u2014_]))"
    r"(?:[A-Z][A-Za-z&/.-]*(?:[ \t][A-Z][A-Za-z&/.-]*){0,3}\)[ \t]*)?[-\u2013\u2014_]"
)
# A story's label in capitals before a dash, as wires and papers write it ("EXCLUSIVE -",
# "ANALYSIS -"): no town.
_STORY_LABELS: Final = frozenset(
    {
        "ANALYSIS",
        "BREAKING",
        "COMMENT",
        "CORRECTION",
        "EDITORIAL",
        "EXCLUSIVE",
        "EXPLAINER",
        "FACTBOX",
        "FEATURE",
        "FLASH",
        "INTERVIEW",
        "LIVE",
        "NEWS",
        "OPINION",
        "PHOTOS",
        "REFILE",
        "REVIEW",
        "UPDATE",
        "URGENT",
        "VIDEO",
        "WATCH",
    }
)
# What follows a dateline's town no table knows: its country or its US state, then the date
# or the agency ("BALI, Indonesia (AP) -", "GLASSBORO, N.J., June 23-").
_DATELINE_REGION_RE: Final = re.compile(
    r"[ \t]*([A-Z][\w.'\u2019]*(?:[ \t][A-Z][\w.'\u2019]*){0,2}?)[ \t]*(?=,|\(|[-\u2013\u2014_:])"
)
# A byline that tells where it was written: "From A, Europe Editor, in Brussels".
_BYLINE_IN_RE: Final = re.compile(
    rf"(?:From|By)\s[^\n]{{0,80}}?\bin\s+({_PLACE_WORD}(?:[ -]{_PLACE_WORD})*)\s*$"
)
# The dateline field of an archive's record: "DATELINE: BISHKEK, April 17".
_LABELLED_DATELINE_RE: Final = re.compile(
    rf"DATELINE:[ \t]+({_PLACE_WORD}(?:[ -]{_PLACE_WORD})*)[ \t]*(?:,|$)", re.MULTILINE
)
_BARE_PLACE_RE: Final = re.compile(rf"{_PLACE_WORD}(?:[ -]{_PLACE_WORD})*")
# A newspaper's masthead line, its home city and its issue's full date and nothing more:
# "MONTREAL, THURSDAY, NOVEMBER 8, 1956", "Glasgow, Monday, 3 March 1969".
_MASTHEAD_RE: Final = re.compile(
    rf"{_PLACE_WORD}(?:[ -]{_PLACE_WORD})*,[ \t]+(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day),"
    r"[ \t]+(?:[A-Za-z]+\.?[ \t]+\d{1,2},?|\d{1,2}[ \t]+[A-Za-z]+,?)[ \t]+\d{4}\.?[ \t]*"
)
# "NUKU'ALOFA" title-cased is "Nuku'Alofa": a letter after an apostrophe inside a word is
# lower-cased again ("N'Djamena", after a single capital, keeps its capital).
_AFTER_APOSTROPHE_RE: Final = re.compile(r"(?<=[a-z]['\u2019])[A-Z]")


def _dated_rest(rest: str) -> bool:
    """Whether a line's words after its city tell a day or a date (see :data:`_WEEKDAYS`)."""
    return rest.lstrip().startswith(_WEEKDAYS) or any(c.isdigit() for c in rest)


def _dateline_name(raw: str) -> str:
    """
    A dateline's place as a city's name: "BOGOTÁ" -> "Bogotá", "NUKU'ALOFA" -> "Nuku'alofa".

    A seat is its city: "UNITED NATIONS, N.Y., Nov. 7" -> "New York" (see ``DATELINE_SEATS``).
    """
    if not raw.isupper():
        return DATELINE_SEATS.get(raw, raw)
    name = raw.title()
    name = (
        _AFTER_APOSTROPHE_RE.sub(lambda m: m[0].lower(), name)
        if "'" in name or "\u2019" in name
        else name
    )
    return DATELINE_SEATS.get(name, name)


# A meeting is dated by its day: the part of day or the time of day told is left out.
_PART_OF_DAY_RE: Final = re.compile(r"^(\d{4}-\d{2}-\d{2})T(?:[A-Z]+|\d{2}:\d{2}(?::\d{2})?)$")
# The stems a meeting phrase may hold after its first word ("spoke by phone", "had talks",
# "had a brief encounter", "at the summit", "days of talks"), and how such a phrase starts
# (see _Reader.trigger_starts).
_LOOK_BACK_STEMS: Final = (
    "audience",
    "breakfast",
    "consult",
    "conversation",
    "dinner",
    "discuss",
    "encounter",
    "exchang",
    "face",
    "interview",
    "lunch",
    "meet",
    "negotiat",
    "phone",
    "retreat",
    "dialogue",
    "session",
    "summit",
    "talk",
    "telephone",
    "tete",
    "t\u00eate",
)
_PHRASE_STARTS: Final = (
    "after",
    "another",
    "at",
    "began",
    "begun",
    "came",
    "come",
    "comes",
    "coming",
    "by",
    "concluded",
    "day",
    "delegation",
    "delegations",
    "ended",
    "following",
    "fresh",
    "given",
    "granted",
    "further",
    "had",
    "has",
    "have",
    "hour",
    "new",
    "opened",
    "over",
    "resumed",
    "round",
    "side",
    "speaks",
    "spoke",
    "started",
    "team",
    "via",
    "wrapped",
    "working",  # "will have a working session with A"
)
# Up to four words before a place in the reversed text, each after white space (a word may
# hold an apostrophe or a hyphen: "at Monday's talks", "after a day-long meeting").
_WORDS_BEFORE_RE: Final = re.compile(
    r"\s+([\w'\u2019-]+)(?:\s+([\w'\u2019-]+)(?:\s+([\w'\u2019-]+)(?:\s+([\w'\u2019-]+))?)?)?"
)
_WITH_NEXT_RE: Final = re.compile(r"\s+with\b")
#: The plain meeting words a reading naming one participant is backed off from (see
#: ``_Reader.back_off``): meeting, talks and calls told with a partner.
_BACK_OFF_RE: Final = re.compile(
    r"(?:met|meet|meets|meeting|held\s+talks|holds\s+talks|hold\s+talks)(?:\s+with)?"
    r"|(?:talks|meeting|talked|spoke|speaks|conferred)\s+with"
    r"|(?:spoke|talked|speaks|spoken)\s+(?:by|on\s+the|over\s+the)\s+(?:tele)?phone(?:\s+with)?"
    r"|(?:tele)?phone\s+(?:call|calls|conversation|talks)(?:\s+with)?"
    r"|received|receives|hosted"
)
#: How far from the meeting word the other party of a backed-off reading may stand.
_BACK_OFF_REACH: Final = 80
#: The words that may stand between a backed-off meeting word and its other party: times,
#: auxiliaries and "his counterpart" ("he will on Monday meet", "met on Friday with his
#: Thai counterpart, A"), besides capitalised words (see ``_plain_gap``); any other word
#: ("received a letter from A", "hosted the meeting and A attended") leaves the person no
#: party.
_GAP_WORDS: Final = frozenset(
    {
        "will", "would", "shall", "had", "has", "have", "was", "is", "also", "then", "later",
        "first", "last", "earlier", "again", "on", "this", "today", "yesterday", "tonight",
        "morning", "afternoon", "evening", "night", "week", "to", "be", "due", "expected",
        "scheduled", "set", "separately", "briefly", "with", "his", "her", "their", "its",
        "counterpart", "visiting", "the", "he", "she", "they", "when",
    }
)  # fmt: skip
#: A word of a gap (see ``_GAP_WORDS``), or a comma.
_GAP_TOKEN_RE: Final = re.compile(r"[\w'\u2019-]+|[^\w\s]")
# A mention after a preposition is no subject ("according to presidential spokesman S, ...").
_PREP_BEFORE_RE: Final = re.compile(
    r"(?:with(?<=\bwith)|by(?<=\bby)|to(?<=\bto)|of(?<=\bof)|from(?<=\bfrom)|for(?<=\bfor))"
    r"\s+(?:[a-z][a-z-]*\s+){0,2}$"
)
# A passive verb and "by" before its agent: "was made by", "were announced by the".
_PASSIVE_BY_END_RE: Final = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?[a-z]+\s+by\s+(?:[a-z][a-z-]*\s+){0,2}$"
)
# From a passive's agent to the talks it held: " during talks with", " after his meeting with".
_AGENT_TO_TALKS_RE: Final = re.compile(
    r",?\s+(?:during|after|at|following|in)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[a-z-]+\s+)?"
)
_CALLED_ON_RE: Final = re.compile(r"call(?:ed|s|ing)?\s+on\b")
# A possessive pronoun, not the object itself: "welcomed his decision", "her offer" (not "her
# at the airport", "her to Lima", "her warmly").
_OWNER_PRONOUN_RE: Final = re.compile(
    r"(?:his|their|its|her(?=\s+(?!(?:at|to|in|on|with|and|as|for|into|upon|back|home|warmly|"
    r"personally|again|there|here|today|yesterday|when|while|after|before|during|by|from|"
    r"outside|inside|last|this|earlier|later)\b)[a-z]))"
)
# The lower-case words after an owner ("his| decision", "A's| top aide"), up to three.
_OWNED_WORDS_RE: Final = re.compile(r"(?:\s+[a-z][a-z-]*){1,3}")
# Nouns of people after an owner: "his counterpart", "her deputy", "A's envoy" are met.
_PERSON_NOUNS: Final = frozenset(
    {
        "counterpart",
        "counterparts",
        "host",
        "hosts",
        "guest",
        "guests",
        "deputy",
        "deputies",
        "envoy",
        "envoys",
        "delegation",
        "delegations",
        "team",
        "aide",
        "aides",
        "adviser",
        "advisers",
        "advisor",
        "advisors",
        "wife",
        "husband",
        "son",
        "daughter",
        "sons",
        "daughters",
        "family",
        "father",
        "mother",
        "brother",
        "sister",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "ambassadors",
        "successor",
        "predecessor",
        "representative",
        "representatives",
        "minister",
        "ministers",
        "officials",
        "staff",
        "chief",
        "head",
        "heads",
        "friend",
        "friends",
        "colleague",
        "colleagues",
        "partner",
        "partners",
        "opponent",
        "opponents",
        "rival",
        "rivals",
        "cabinet",
        "entourage",
        "secretary",
        "negotiator",
        "negotiators",
        "emissary",
        "emissaries",
    }
)
# "called on A to resign", also "called on A months ago to quit", "called on A again to",
# and the verb quoted: 'called on both sides to "show restraint"'.
_TO_VERB_RE: Final = re.compile(
    r"(?<![\s,])[\s,]*(?:(?:again|repeatedly|publicly|once\s+more|(?:[a-z]+\s+){1,2}ago)"
    r"[\s,]+)?to\s+[\"\u201c\u2018']?[a-z]"
)
# (also "received in turn the ambassadors of A and B", "met them one by one")
_SEPARATE_RE: Final = re.compile(
    r"\b(?:separate(?:ly)?|in\s+turn|one\s+by\s+one|one\s+after\s+(?:the\s+)?other|individually)\b"
)
# An unnamed person as the subject before a meeting verb: "The envoy met A and B", "a senior
# official later received A and B" (the people met did not meet each other).
_UNNAMED_SUBJECT_RE: Final = re.compile(
    r"\b(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}(?:minister|envoy|official|diplomat|mediator|"
    r"ambassador|secretary|negotiator|emissary|delegation)\s+"
    r"(?:(?:also|then|later|first|briefly|separately|has|had|will|would)\s+)?$"
)
# The words of an Arabic nasab ("son of", "daughter of") inside a name: "A bin B Al C".
_NASAB_WORDS: Final = frozenset({"bin", "bint", "ibn"})
_NASAB_MIN_WORDS: Final = 2  # "A bin B" at least, with the family name after
# A subordinate clause opening a sentence before its main clause's subject: "while the heads
# of state talked, ", "as the summit opened, ".
_OPENING_CLAUSE_RE: Final = re.compile(
    r"(?:while|when|as|whereas|although|though|once)\s+[^,;]{1,80},\s+"
)
# Between two people met separately, the first one's venue: ", at the Foreign Ministry, and
# with the Executive ", " in Cairo and with "
# The last of the meetings told one after the other: ", and then with" (also "later").
_AND_THEN_WITH_RE: Final = re.compile(r",?[ \t]+and[ \t]+(?:then|later|finally)[ \t]+with[ \t]+")
_STOP_AND_WITH_RE: Final = re.compile(
    r"(?<!\s),?\s+(?:at|in)\s+[^,;.()]{1,60}?,?\s+and\s+(?:later\s+|then\s+)?with\s+"
    r"(?:(?:the|his|her|their)\s+)?(?:[A-Z][\w-]*\s+){0,3}"
)
# "separately" right after the people met: "will meet the two leaders separately on Monday"
_SEPARATELY_NEXT_RE: Final = re.compile(r",?\s+(?:on\s+[a-z]+day\s+)?separately\b")
# "met each minister separately", "met each of the two leaders in turn": an office of people
# told before, met one by one.
_EACH_SEPARATELY_RE: Final = re.compile(
    r"\s+each\s+(?:of\s+the\s+(?:two\s+|three\s+)?)?(minister|leader|president|premier|side|"
    r"delegation|envoy)s?\s+(?:separately|individually|in\s+turn)\b"
)
# Between a "during ..." phrase and the main clause's subject: a comma and "the"/"both".
_MAIN_SUBJECT_GAP_RE: Final = re.compile(r",\s*(?:(?:the|both)\s+)?")
# A verb right after a mention: the mention is a subject.  The look-behinds here keep a
# search over a run of spaces linear (one start per run).
_VERB_NEXT_RE: Final = re.compile(
    r"(?<!\s)\s+(?:(?:also|then|later)\s+)?(?:is|are|was|were|will|would|has|have|had|could|"
    r"should|may|might|plans?|planned|agreed|said|say|says)\b"
)
# The opening of a clause before its subject: "where Peru offered", "and the EU will"
_CLAUSE_OPENING_RE: Final = re.compile(
    r"\s*(?:(?:and|but|while|whereas|where|when|as)\s+)?(?:the\s+)?"
)
# A body's members after its name: "ASEAN foreign ministers", "EU leaders", "AU heads of state".
_BODY_MEMBERS_RE: Final = re.compile(
    r"\s+(?:(?:foreign|defen[cs]e|finance|trade|interior|economy)\s+)?"
    r"(?:ministers|leaders|heads\s+of\s+(?:state|government)|members|envoys)\b"
)
# Before "the Haitian delegation" as a clause's subject: "But later, the", "Then the".
_DELEGATION_OPENING_RE: Final = re.compile(
    # ("On the same day, the delegation", "Earlier in the day, the delegation": a time first)
    r"\s*(?:(?:on\s+the\s+same\s+day|(?:earlier|later)(?:\s+in\s+the\s+day|\s+that\s+day)?"
    r"|on\s+[a-z]+day|in\s+the\s+(?:morning|afternoon|evening)),\s*)?"
    r"(?:(?:and|but|later|then|earlier|meanwhile|afterwards|also)\b,?\s*){0,3}(?:the\s+)?"
)
# A verb after a subject: "Peru offered", "the EU has agreed", "Brazil will"
_BODY_VERB_RE: Final = re.compile(
    r"\s+(?:(?:also|then|later|has|have|had)\s+)?(?:[a-z]+ed|is|are|was|were|will|would|"
    r"could|may|might|plans|agreed|offers|hosts|proposes)\b"
)
# A relative clause about people: a clause break (see ``_CLAUSE_BREAK_RE``) takes the "who".
_WHEN_NEXT_RE: Final = re.compile(r",\s+when\b")
_WHEN_WHERE_NEXT_RE: Final = re.compile(r",\s+(?:when|where)\b")
_AGAIN_RE: Final = re.compile(r"(?<!\s)\s+again\b")
# A sentence that opens with the meeting just told and where it was: "The talks took place
# in A", "The meeting, held at the ministry in B,", "The consultations were held in C".
_PLACE_NEXT_RE: Final = re.compile(
    r"(?:(?:the|their)\s+(?:talks|meeting|summit|encounter|consultations|discussions|session)\b"
    # ("It will be held in Kingstown": the meeting just told, to come)
    r"[^.;]{0,40}?|it\s+)\b(?:took\s+place|will\s+take\s+place|"
    r"(?:was|were|will\s+be|is\s+to\s+be)\s+held|,\s+held)\s+(?=in\b|at\b)"
)
_IN_COUNTRY_RE: Final = re.compile(rf"\bin\s+(?:the\s+)?({_NAME_WORD}(?: {_NAME_WORD}){{0,2}})")
# A sentence that opens with the meeting just told and when it was: "The call took place on
# Monday evening", "The meeting took place late Wednesday" (the day right after the verb).
_DAY_NEXT_RE: Final = re.compile(
    r"(?:the|their|that)\s+(?:call|conversation|talks|meeting|encounter|consultations|"
    r"discussions|session)\s+(?:took\s+place|was\s+held|were\s+held)\s+"
    r"(?=(?:on|late|early|last|this|yesterday|today)\b)"
)
_WHO_RE: Final = re.compile(r"who(?<=\bwho)\s*$")
# A visit others prepare ("agreed to arrange a visit to Tokyo by A", "work toward the visit
# to Japan by A"): the words right before the visit noun.
_ARRANGED_VISIT_RE: Final = re.compile(
    r"\b(?:arrange|arranging|arranged|prepare|preparing|prepared|organi[sz]e|organi[sz]ing"
    r"|plan|planning|toward|towards)\s+(?:for\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$"
)
# The place a visit goes to: "visit Lima", "a visit to Lima" (and the words up to it).
_VISIT_PLACE_RE: Final = re.compile(rf"(?:\s+to)?\s+({_NAME_WORD}(?: {_NAME_WORD}){{0,2}})")
# An invitation to visit a country named with "the": "invited A to visit the United States".
_VISIT_THE_PLACE_RE: Final = re.compile(rf"\s+the\s+({_NAME_WORD}(?: {_NAME_WORD}){{0,2}})")
# "invited A to visit": the guest is after "invited".
_INVITED_RE: Final = re.compile(r"\binvit(?:ed|es|ing)\b")
# A trip's destination: "travel to Chile", "fly to the United States".
_TRAVEL_TO: Final = r"\b(?:travel|travell?ing|fly|flying|go|going|head|heading|come|coming)\s+to\s+"
_TRAVEL_END_RE: Final = re.compile(
    r"\b(?:travel|travell?ing|fly|flying|go|going|head|heading|come|coming)\s+$"
)
# A trip whose purpose is to see someone: "will fly to Paris Thursday to see A".
_TRAVEL_BEFORE_SEE_RE: Final = re.compile(
    r"\b(?:travel(?:s|l?ed|l?ing)?|fl(?:y|ies|ying|ew)|go(?:es|ing)?|went|head(?:s|ed|ing)?|"
    r"come|comes|coming|came|arrive[sd]?|arriving|return(?:s|ed|ing)?|dr(?:ive|ives|ove|iving))"
    # ("fly back to Tripoli tomorrow to see A again": a return)
    r"\s+(?:on\s+|back\s+)?to\s+"
    r"[^,;]{1,60}?\bto\s+$"
    # a stay before the purpose: "is due (expected) in Kigali on Friday to see A"
    r"|\b(?:due|expected)\s+(?:back\s+)?in\s+[^,;]{1,60}?\bto\s+$"
)
# A verb in the present perfect: "have pledged", "has agreed".
_HAVE_DONE_RE: Final = re.compile(r"\b(?:have|has)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|t)\b")
# A sentence told later the same day: "Later, the minister met ...", "Afterwards, ...".
_LATER_START_RE: Final = re.compile(
    r"(?:later|afterwards|subsequently)(?:\s+that\s+day|\s+in\s+the\s+day)?\s*,"
)
_TRIP_TO_RE: Final = re.compile(rf"{_TRAVEL_TO}(?:the\s+)?({_NAME_WORD}(?: {_NAME_WORD}){{0,2}})")
# A trip on to a city, told in the sentence before a planned meeting: "before flying to
# Doha", "leaves for Lima on Monday".
_ONWARD_RE: Final = re.compile(
    r"\b(?i:(?:travel(?:s|l?ed|l?ing)?|fl(?:y|ies|ying|ew)|go(?:es|ing)?|went|head(?:s|ed|ing)?)"
    r"\s+(?:on\s+)?to|(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?|head(?:s|ed|ing)?)"
    # "leaves Sunday for London" (an archive wire in capitals: "LEAVES SUNDAY FOR LONDON")
    r"\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?for"
    # "will visit Noumea in August for talks with A"
    r"|visit(?:s|ed|ing)?)"
    rf"\s+(?:the\s+)?({_NAME_WORD}(?: {_NAME_WORD}){{0,2}})"
)
_RELATIVE_GAP_RE: Final = re.compile(r"(?<!\s)(?:\s*,)?\s*who\s*")
# "A, with whom the king met", "B, whom the envoy visited", "C, whom Brazilian Foreign
# Minister D received": up to six words of the subject.
_WHOM_RE: Final = re.compile(r",\s*(?:with\s+)?whom\s+(?:[\w.'\u2019-]+\s+){1,6}$")
# Between that person and ", with whom": nothing, or the country: "President A of Iraq".
_WHOM_GAP_RE: Final = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})?")
# What may stand between the meeting word and its object, per kind of meeting word.
# "his Democratic Republic of Congo counterpart, A": the words of a country's long name before
# the mention, which starts at its last word.
# A time told between a passive verb and "by": "was received this morning by", "on Friday by".
_WHEN_WORDS: Final = (
    r"(?:(?:this|yesterday|on|late|early|last)\s+){0,2}(?:[A-Za-z]+day|morning|afternoon|evening)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+"
    # its date in brackets: "on Tuesday (June 30) by A"
    r"(?:\([A-Za-z]+\.?\s+\d{1,2}\)\s+)?"
)
# "was received in audience by A", "in a private audience today by": the audience a royal
# or a head of state grants, told between the passive verb and "by".
_AUDIENCE_GAP: Final = r"(?:in\s+(?:an?\s+)?(?:private\s+|special\s+|farewell\s+)?audience\s+)?"
# "was received in Bishkek on Tuesday by A", "was also received on the same day by B": a
# place and a day told between the passive verb and "by" (two at most, in either order).
_PASSIVE_ADVERBIALS: Final = (
    rf"(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){{0,2}}\s+"
    # "was greeted at the airport by A", "was received at the palace by A"
    rf"|on\s+the\s+same\s+day\s+|at\s+the\s+[a-z]+\s+|{_WHEN_WORDS}"
    # a dateline's city: "was received here today by A", "was met here on Monday by B"
    r"|here\s+"
    # "was summoned to the Foreign Office this afternoon by A"
    r"|to\s+the\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}\s+){0,2}"
    # "... and told by A that", "and handed a protest note by B": a second passive verb
    r"(?:and\s+(?:was\s+|were\s+)?(?:told|informed|handed|given|warned|reminded)\s+"
    r"(?:[\w'\u2019-]+\s+){0,4}?)?"
)
# The same over lower-cased text (the place is then any word or three).
_PASSIVE_ADVERBIALS_LOW: Final = _PASSIVE_ADVERBIALS.replace("[A-Z]", "[a-z]")
_DET: Final = (
    # ("spoke with my Tongan counterpart, A": a speaker's own, in a quote or a record)
    r"(?:(?:the|his|her|their|my|our)\s+)?(?:visiting\s+|newly\s+arrived\s+)?"
    # "an audience with His Majesty King A", "received Her Excellency B": a style of address
    r"(?:H(?:is|er)\s+(?:Royal\s+)?(?:Majesty|Highness|Excellency)\s+)?"
    # "the country's chief negotiator, A": a possessor in lower case before the office.
    # ("the guerrilla group's chief negotiator, A": a word before the possessor)
    r"(?:(?<=the\s)(?:[a-z]+\s+)?[a-z]+['\u2019]s\s+)?"
    # "call on Myanmar's Union Minister for Foreign Affairs A": a country's, and a word before
    # the office the mention starts at; a body's officer's: "received the UN Secretary-
    # General's Special Envoy A"
    r"(?:(?:[A-Z][A-Z.]{1,5}\s+)?[A-Z][\w-]*['\u2019]s\s+(?:[A-Z][\w-]*\s+)?)?"
    # "acting Afghan foreign minister A": a modifier before the nationality the mention starts at.
    r"(?:(?:acting|interim|caretaker|outgoing|incoming|newly\s+appointed)\s+)?"
    # "UN Special Envoy A", "EU foreign policy chief B": a body's initials before the title.
    r"(?:[A-Z][A-Z.]{1,5}\s+)?"
    # "Under-Secretary of State A": an office "of" a capitalised body before the name.
    r"(?:(?:\b[A-Z][\w-]*\s+){1,3}of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2})?"
    # "regional Prime Minister A", "Kurdistan Regional Government Prime Minister B": a level
    # of government, or the body's name, before a head's office the mention starts at (no
    # look-ahead for the office: the gap is matched up to the mention's start; the reader
    # checks the office, see ``_Reader.object_gap``), tried last
    r"(?:(?:regional|provincial|state|federal|local|opposition|exiled|former)\s+)?"
    r"(?P<body>(?:(?!(?:The|His|Her|Their|Honou?rable|Hon)\b)[A-Z][\w-]*\s+){1,3})?"
)
# A nationality before an office inside a mention: "Chinese ", "South Korean ".
_NATIONALITY_GAP_RE: Final = re.compile(r"(?:[A-Z][a-z]+\s+){1,2}")
# An office before its holder's name in brackets: " with the United States Ambassador (",
# " the Minister for External Affairs (" (capitalised words and "of", "for", "the", "and").
_OFFICE_BRACKET_GAP_RE: Final = re.compile(
    r"(?<!\s)\s*(?:with\s+|to\s+)?(?:the\s+)?[A-Z][\w.'\u2019-]*\s+"
    r"(?:(?:[A-Z][\w.'\u2019-]*|of|for|the|and)\s+){0,7}\("
)
# "British Foreign Secretary Sir A": a title the mention leaves out before an honorific.
_TITLE_GAP_RE: Final = re.compile(r"(?:[A-Z][\w-]*\s+){1,3}")
# Offices joined by "and" before a title: "Deputy Premier and Minister of Foreign and
# Diaspora Affairs " (capitalised words and "and", "of", "for", "the")
_OFFICES_GAP_RE: Final = re.compile(r"\s+(?:(?:[A-Z][\w/'-]*|and|of|for|the)\s+){2,12}")
_HONORIFIC_RE: Final = re.compile(r"(?:Sir|Dame|Lord|Lady|Dr|Mr|Mrs|Ms)\b")
# A first office in full before "and" and the office the mention opens with, as party and
# state media write a guest's two posts: "Member of the Political Bureau of the Lao
# People's Revolutionary Party Central Committee and " (capitalised words, "of", "the").
_PARTY_OFFICE_GAP_RE: Final = re.compile(
    r"\s+(?:the\s+)?[A-Z][\w'\u2019-]*\s+(?:(?:[A-Z][\w'\u2019-]*|of|for|the),?\s+){1,16}and\s+"
)
# A day between a call and its partner: "her video call on Tuesday with A"; a readout's
# "met today in Lima with A" (a day word, then a place, before "with").
_DATED_WITH: Final = (
    # "met on Monday with A", "met last week with A", "met earlier this week with A", "on
    # Monday night with A", "last Tuesday evening with B"
    r"(?:(?:late\s+|early\s+|earlier\s+|later\s+)?(?:on|last|this|next)\s+(?:\d{1,2}\s+)?[A-Za-z]+\.?"
    r"(?:\s+\d{1,2})?\s+"
    r"(?:(?:morning|afternoon|evening|night)\s+)?"
    # "met today in Doha with A", "met in Doha with A"
    r"|(?:today|yesterday|tonight|tomorrow|(?:earlier|later)\s+today)\s+"
    # "spoke by telephone that afternoon with A", "the same evening with B": a day told before
    r"|(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)\s+"
    # "will meet tomorrow morning with A"
    r"|tomorrow\s+(?:morning|afternoon|evening|night)\s+"
    # "spoke by phone Monday with A": a wire's bare weekday
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+"
    r"|(?=in\s+[A-Z]))(?:in\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s+)?with\s+"
)
# An adverb of calls before their partner or day: "separately with", "jointly on Monday".
_CALL_ADVERB: Final = (
    r"(?:separately|also|again|briefly|jointly|later|then|twice)\s+(?=with\b|on\b|[A-Z])"
)
# The day of the month in brackets after a weekday, as Brazilian and Portuguese outlets
# write it in English: "received on Tuesday (14) at the palace B".
_DAY_OF_MONTH: Final = r"(?:\(\d{1,2}\)\s+)?"
# A palace, a ministry or an office told between a host's verb and the guest, as protocol
# news writes it: "received in audience at the Akorda the Speaker of ... B", "received at
# the Iguacu Palace a delegation", "received at Bayan Palace yesterday the credentials of B"
# (a capitalised venue of one to four words, or "his office", and a day word after it).
_VENUE_BEFORE_OBJECT: Final = (
    r"(?:at\s+(?:(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){1,4}|(?:his|her|their)\s+office\s+)"
    r"(?:(?:today|yesterday|tomorrow)\s+)?)?"
)
# Where the caller took a call from, before its partner: "joined a video call from her hotel
# with A", "spoke by phone from his office with B".
_CALLED_FROM: Final = (
    r"(?:from\s+(?:his|her|their|the)\s+[a-z][\w'\u2019-]*(?:\s+[a-z][\w'\u2019-]*)?\s+(?=with\b))?"
)
_OBJECT_GAP_RE: Final = {
    # "spoke by phone separately with A and B": an adverb of the calls before their partner
    "phone": re.compile(rf"\s*(?:{_CALL_ADVERB})?{_CALLED_FROM}(?:{_DATED_WITH}|with\s+)?{_DET}"),
    "video": re.compile(rf"\s*(?:{_CALL_ADVERB})?{_CALLED_FROM}(?:{_DATED_WITH}|with\s+)?{_DET}"),
    "phoned": re.compile(rf"\s*{_DET}"),
    "called": re.compile(rf"\s*{_DET}"),
    "between": re.compile(rf"\s*{_DET}"),
    # ("received the credentials of new ambassadors: A, B and C": the list after a colon)
    "with": re.compile(rf"\s*(?::\s+)?{_DET}"),
    "direct": re.compile(
        # "will meet again with A" (a trilateral after bilateral talks)
        r"\s*(?:(?:first|then|separately|briefly|privately|virtually|informally|jointly|again"
        # "received in turn the ambassadors of A and B"
        r"|in\s+turn|one\s+by\s+one|individually"
        # "are expected to meet there with A": the place told before
        r"|there|again\s+there|there\s+again)\s+)?"
        # "received on Saturday his Sudanese counterpart A"
        # "received at the ministry's headquarters in Riyadh today Foreign Minister A"
        r"(?:(?:at|in)\s+[\w'\u2019 -]{1,80}?\s+"
        r"(?=today\b|yesterday\b|tomorrow\b|(?:on\s+)?[A-Z][a-z]+day\b))?"
        # "met Tuesday with A" (a wire's bare weekday before "with")
        # (no look-ahead after the weekday: the gap is matched up to the object's start, so
        # nothing after it is seen, and "received on Monday German Foreign Minister A" failed)
        rf"(?:{_DATED_WITH}|with\s+|(?:on\s+)?[A-Z][a-z]+day\s+{_DAY_OF_MONTH}(?:with\s+)?"
        rf"|(?:today|yesterday|tomorrow)\s+)?{_VENUE_BEFORE_OBJECT}{_DET}"
    ),
    "passive": re.compile(
        rf"\s*{_AUDIENCE_GAP}{_PASSIVE_ADVERBIALS}(?:by|(?<=chairmanship\s)of)\s+{_DET}"
    ),
    "told": re.compile(rf"\s*{_DET}"),
    "during": re.compile(r"$^"),  # the people come after the clause: see ``_Reader.during``
    "discuss": re.compile(rf"[^.;]*?\bwith\s+{_DET}"),
    "noun": re.compile(rf"[^.;]*?\bwith\s+{_DET}"),
}
# A title in apposition before the object's name: "the head of the ruling council, ", "his
# Ugandan counterpart, " (two words at least: "reporters, " is no title).
# (not a phrase of time or place: "spoke by phone for half an hour, A's spokesperson, B,
# confirmed" names no one called)
_APPOSITION_GAP_RE: Final = re.compile(
    r"(?!(?:for|in|on|at|by|over|during|after|before|since|from|until|throughout)\s)"
    r"(?:the\s+)?(?:[a-z][\w'\u2019-]*\s+|[A-Z][\w-]*(?:['\u2019]s)?\s+){1,5}[a-z][\w-]*,\s+"
    # "talks with his counterpart, Gen. A" (after "his", which the object gap reads)
    r"|(?:counterparts?|colleagues?|hosts?|guests?),\s+"
    # "hosted her counterpart, industry and commerce minister A": portfolios joined by "and"
    # or "&" the mention ("commerce minister A") leaves out
    r"|(?:[A-Z][\w-]*\s+){0,2}(?:counterparts?|colleagues?|hosts?|guests?),\s+"
    r"(?:[a-z][\w-]*,?\s+){1,4}(?:and|&)\s+"
    # "hosted his counterparts from Lithuania and Latvia, A and B"
    r"|(?:counterparts?|colleagues?|peers?)\s+from\s+[A-Z][^,;.]{0,60}?,\s+"
    # "with the chairman of Sudan's Sovereignty Council, General A": an office of a body
    # or of countries: "received the foreign ministers of Chile and Peru, A and B", "the
    # ambassadors of Chad, Niger and Mali, respectively A, B and C"
    r"|(?:[a-z][\w-]*\s+){1,2}of\s+(?:the\s+)?(?:[A-Z][\w-]*(?:['\u2019]s)?,?\s+(?:and\s+)?){0,4}"
    r"[A-Z][\w-]*,\s+(?:respectively\s+)?"
    # "the head of the UN Military Observer Group in India and Pakistan (UNMOGIP), A": a
    # body named in full with where it serves, then its initials
    r"|(?:[a-z][\w-]*\s+){1,2}of\s+the\s+(?:[A-Z][\w-]*\s+){1,5}(?:(?:in|for|on)\s+(?:the\s+)?"
    r"[A-Z][\w-]*\s+(?:and\s+[A-Z][\w-]*\s+)?)?\([A-Z][\w.&-]*\),\s+"
    # "Bahrain's Prime Minister and Minister of Foreign Affairs, Sheikh A": a country's
    # office in capitals, as long as it goes; "the Secretary-General of the Organisation of
    # African Unity (O.A.U.), A", with the body's initials
    # (an office of the European Union's length: "the High Representative of the European
    # Union for Foreign Affairs and Security Policy, Vice-President of the Commission A")
    r"|(?:[A-Z][\w-]*['\u2019]s\s+)?(?:(?:[A-Z][\w-]*|and|of|the|for)\s+){0,12}[A-Z][\w-]*"
    r"(?:\s+\([A-Z][\w.&-]*\))?,\s+"
    # and a second office of a body before the name: "..., Vice-President of the European
    # Commission A"
    r"(?:[A-Z][\w-]*\s+of\s+the\s+(?:[A-Z][\w-]*\s+){1,4})?"
)
# "met at the Namanga border post", "at the Wagah border crossing": the town the post is named
# after is the meeting's place.
_AT_BORDER_POST_RE: Final = re.compile(
    r"\bat\s+the\s+([A-Z][\w'\u2019-]*(?:\s[A-Z][\w'\u2019-]*)?)\s+border\s+"
    r"(?:post|crossing|checkpoint|point|station)\b"
)
# "in the Kenyan capital", "in the capital": the capital of a country named by its adjective,
# else the capital in the dateline.
_THE_CAPITAL_RE: Final = re.compile(
    r"\b(?:in|to|at)\s+the\s+(?:([A-Z][\w-]*(?: [A-Z][\w-]*)?)\s+)?capital(?!\s+(?:of|city\s+of)\b)"
)

# A country told as the host: "a three-day visit to Ghana", "arrived in Brazil", "Vietnam
# hosted the talks", "Chile will host" (the capital of "in the capital" with no dateline).
_HOST_COUNTRY_RE: Final = re.compile(
    rf"\b(?:(?:visit|trip|tour|journey)\s+to|(?:arrived|arrives|arriving|landed)\s+in)\s+"
    rf"(?:the\s+)?({_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}})"
    rf"|\b({_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}})\s+(?:hosted|hosts|will\s+host|is\s+hosting)\b"
)
# A trip's end told from home: "said on her return from Caracas", "returned from Lima on
# Friday", "flew back from Accra".
_RETURN_FROM_RE: Final = re.compile(
    # (the first letters open the pattern, the word boundary tested after the letter and a
    # look-behind on it picking the words: the search skips to those letters in C)
    r"[OoRrfc](?<!\w.)(?:(?<=[Oo])n\s+(?:his|her|their)\s+return|(?<=[Rr])eturned"
    r"|(?<=[Rr])eturning|(?<=f)lew\s+back|(?<=c)ame\s+back)"
    r"\s+(?:home\s+)?from\s+([A-Z][\w'\u2019-]*(?:\s(?:of\s|de\s|es\s)?[A-Z][\w'\u2019-]*){0,2})"
)
# "to the ministry's Port of Spain headquarters", "at the embassy's Geneva office": a city
# between an owner's possessive and a building.
_OWNED_BUILDING_CITY_RE: Final = re.compile(
    r"\b(?:to|at|in)\s+(?:the|its|his|her|their)\s+[a-z]+['\u2019]s\s+"
    r"([A-Z][\w'\u2019-]*(?:\s(?:of\s|de\s|es\s)?[A-Z][\w'\u2019-]*){0,3})\s+"
    r"(?:headquarters|office|offices|residence|building|compound|premises)\b"
)
# "in the city", "at a hotel in the city": the city told just before (not "the city of A",
# "the city hall"), found among the capitalised words of the characters before it.
_THE_CITY_RE: Final = re.compile(
    r"\b(?:in|at)\s+the\s+city\b(?!\s+(?:of|hall|council|centre|center|limits|'s)\b)"
)
_CITY_WORDS_RE: Final = re.compile(r"[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?")
_CITY_REACH: Final = 200  # characters before "in the city" its city may be named in
# The city named after "the capital": "in the capital Ankara", "in the capital, Lima,".
_CITY_NAMED_RE: Final = re.compile(r",?\s+([A-Z][\w-]+(?: [A-Z][\w-]+)?)")


def _capital_names() -> dict[str, str]:
    """The capital of each country, by code: the last name :data:`CAPITALS` gives for it."""
    out = {code: name for name, code in CAPITALS.items() if not name.startswith(" ")}
    out.update(_CAPITAL_OVERRIDES)
    return out


#: Where :data:`CAPITALS` names a seat of government besides the capital, the capital
#: (the Constitution of the Kingdom of the Netherlands, art. 32).
_CAPITAL_OVERRIDES: Final = {"NL": "Amsterdam"}
_CAPITAL_OF: Final = _capital_names()
# "the visit", "a planned visit": the noun, not the verb.
_NOUN_BEFORE_RE: Final = re.compile(
    r"\b(?:a|an|the|his|her|their|its|planned|proposed|upcoming|possible|state|official)\s+$"
)
_EACH_LIST_MOST: Final = 3  # people listed after "also met" from which each is met alone
# The words before the second call's "on" (each with the space after "on").
_THEN_ON_WORDS: Final = (" and then on ", " and later on ", " and afterwards on ")
# "and then on" and the capitalised words of an office before the second one called on.
_THEN_ON_OFFICE_RE: Final = re.compile(
    r" and (?:then|later|afterwards) on (?:[A-Z][\w.-]*\s+){0,4}"
)
# A noun "visit" modifies, a compound's head: "the ship visit row", "the visit programme".
_VISIT_COMPOUND_RE: Final = re.compile(
    r"\s+(?:row|dispute|controversy|affair|scandal|ban|programme|program|schedule|agenda)\b"
)
# What "the first minister to visit" visits: a name, or a place told by a common noun.
_VISITED_PLACE_RE: Final = re.compile(
    rf"\s+(?:the\s+)?(?:({_PLACE_WORD}(?:[ -]{_PLACE_WORD})*)|(?:island|country|region|"
    r"capital|city|territory|kingdom|republic)\b)"
)
# A record of visits, not a visit told: "is the first Afghan minister to visit Russia since
# 1992", "the most senior official to visit the island in decades".
_FIRST_TO_VISIT_RE: Final = re.compile(
    r"\bthe\s+(?:first|second|third|last|only|highest[\w-]*|most\s+senior)\s+"
    r"(?:[\w'\u2019-]+\s+){0,4}?to\s+$"
)
# The plural noun after "their" whose names follow: "Their foreign ministers, ".
_POSSESSED_NOUN_RE: Final = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}[a-z-]+s,\s+"
    # "A and his Georgian host, B, met": the other side's word, then its name in apposition
    r"|\s+(?:[A-Z][\w-]+\s+)?(?:peer|host|guest|counterpart),\s+"
)
# A venue with its street number: "at 10 Downing Street".
_NUMBERED_VENUE_RE: Final = re.compile(
    r"at(?<=\bat) (?:No\.? )?\d{1,4} ([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"
)
# "B, who arrived in Georgetown on Wednesday night": where B's talks were held.
# A city's words as the datelines read them, hyphens inside a word too ("Port-au-Prince").
_ARRIVED_WORD: Final = r"[A-Z\u00c0-\u00d6\u00d8-\u00de](?:[^\W\d_]|['\u2019-](?=[^\W\d_]))+"
_ARRIVED_IN_RE: Final = re.compile(
    # ("arrived here this afternoon": the dispatch's city)
    # ("is due to arrive in Quito on Monday for a three-day stay": a guest's coming
    # arrival, where the host is to receive him)
    rf"\b(?:arrived|(?:expected|due|scheduled|set) to arrive|will arrive) "
    rf"(?:in ({_ARRIVED_WORD}(?: {_ARRIVED_WORD})?)|here\b)"
)
# "a trilateral meeting", "the first such meeting": a noun, not "meeting A".
_A_NOUN_BEFORE_RE: Final = re.compile(r"\b(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}$")
_BY_NEXT_RE: Final = re.compile(rf"(?<!\s)\s+{_AUDIENCE_GAP}{_PASSIVE_ADVERBIALS_LOW}by\b")
# "A and B were joined by C for a trilateral discussion": the talks "joined by" tells.
_JOINED_FOR_RE: Final = re.compile(
    r"\b(?:for|in|at)\s+(?:(?:a|an|the|their)\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:talks|meeting|discussions?|session|summit|lunch|dinner|consultations)\b"
)
_PASSIVE_BEFORE_RE: Final = re.compile(
    r"\b(?:was|were|is|are|be|been|being)\s+"
    # an adverb of time or manner between the auxiliary and the participle: "was earlier
    # received by A", "were then received by B", "was cordially received by C"
    r"(?:(?:warmly|formally|officially|also|later|first|earlier|then|subsequently|separately|"
    r"cordially|briefly|personally)\s+)?$"
)
# Attending a meeting told before it: "A and B were also present at the meeting".
_PRESENT_BEFORE_RE: Final = re.compile(
    r"\b(?:present|in\s+attendance|on\s+hand|sat\s+in|sitting\s+in)\s+$"
)
_HOSTED_RE: Final = re.compile(r"(?:hosted|hosts|received|receives|welcomed|welcomes)$")
# "hosted his Spanish and Portuguese counterparts" with no names after them; "received the
# Egyptian and Iraqi ministers" (the ministers named before).
_UNNAMED_COUNTERPARTS_RE: Final = re.compile(
    r"\s+(?:(?:his|her|their)\s+((?:[A-Z][a-z]+(?:,\s+|\s+and\s+|\s+)){1,6}?)counterparts?"
    r"|the\s+((?:[A-Z][a-z]+(?:,\s+|\s+and\s+)){1,5}[A-Z][a-z]+)\s+(?:foreign\s+)?"
    r"(?:ministers|leaders|presidents|premiers|envoys))\b"
    r"(?![,:]?\s+[A-Z])"
)
_COUNTERPART_REACH: Final = 2000  # characters around the meeting word the names may be
_IN_PERSON_RE: Final = re.compile(r"(?:in(?<=\bin)\s+person|face(?<=\bface)[\s-]to[\s-]face)\b")
_MEDIA: Final = frozenset({"phone call", "video call"})
# A participle after a noun, ending where a date starts: "the tanker seized by the navy ".
_REDUCED_RELATIVE_RE: Final = re.compile(
    r"\b(?!(?:was|were|been|being|is|are|be|had|has|have|and|who|which|that)\b)[a-z]+\s+"
    r"[a-z]{3,}ed(?:\s+(?:by|off|near|at|in|to|from|into|against|over)\s+[^,;]{1,60}?)?\s+$"
)
# "his last summit with A": a possessive and at most two words before a meeting noun.
# Between "meeting of" and its first person, and between that person and the other's: a
# determiner and lower-case words ("of Ukraine's foreign minister A with B", "A with his
# German counterpart B").
_OF_GAP_RE: Final = re.compile(r"\s+(?:(?:the|his|her|their)\s+)?")
# The words from "with" to the person it takes, in a clause with one verb before it: "raised
# the incident with his Libyan counterpart, ", "took the matter up with ".
_RAISED_WITH_RE: Final = re.compile(
    r"(?:\s+[a-z][\w'\u2019-]*){1,5}\s+with\s+(?:(?:his|her|their|the)\s+)?"
    r"(?:[A-Za-z][\w-]*\s+){0,2}$"
)
_RAISED_WITH_REACH: Final = 80  # characters from the subject to the person after "with"
_WITH_GAP_RE: Final = re.compile(r",?\s+with\s+(?:(?:the|his|her|their)\s+)?")
# The first words of a call told as a noun: "his call with A", "her phone call with B".
_CALL_NOUNS: Final = ("call", "phone", "telephone", "video", "virtual")
# Between a possessor's name and the meeting noun: "A's visit", "A's planned state visit"
_NAMED_OWNER_GAP_RE: Final = re.compile(r"(['\u2019]s)?\s+(?:[a-z][a-z-]*\s+){0,2}")
_POSSESSOR_BEFORE_RE: Final = re.compile(r"\b(?:his|her|their)\s+(?:[a-z][a-z-]*\s+){0,2}$")
# The verbs that open the "with" alternatives of the meeting words ("met with", "spoke to").
_VERB_STARTS: Final = (
    "deliver",
    "convey",
    "met",
    "meet",
    "talk",
    "negotiated",
    "confer",
    "shook",
    "huddled",
    "spoke",
    "speaks",
    "exchanged",
    "consulted",
    "courtesy",
    "visit",
    "host",
    "audience",
)
# The last word of a part of a city, no place of its own: "the Central Business District".
_CITY_PART_ENDS: Final = (
    *(" District", " Quarter", " Zone", " Enclave", " Area"),
    # a building's name: "in the Zamoyski Palace", "in the Kew Residence" is a venue, no town
    *(" Palace", " Castle", " Mansion", " Residence", " Villa", " Pavilion"),
)
# "spoke to", "talked with": no meeting of the speakers when no one is named after it.
_SPOKE_TO_RE: Final = re.compile(r"(?:spoke|speaks|spoken|speaking|talked|talking)\s+(?:to|with)")
# The nouns among them, after "his", "her" or "their": "his meeting with", "her talks with".
_NOUN_STARTS: Final = ("meeting", "talks", "visit", "audience", "courtesy")
_TOPIC_CLAUSE_RE: Final = re.compile(
    r"\b(?:that|which)\s+(?:had\s+|was\s+|were\s+)?[a-z]+ed\b[^,;]*$"
)
# An incident or event discussed, before its date: "discussed the suspected violation of
# Finnish airspace by a helicopter off Porvoo on", "discussed the seizure of the trawler on".
_DISCUSSED_EVENT_RE: Final = re.compile(
    r"\b(violations?|incidents?|attacks?|shooting|seizure|detention|arrests?|killings?|"
    r"crash|clash(?:es)?|incursions?|intrusions?|bombing|explosion|sinking|downing|collision|"
    r"elections?|referendum|coup)\b"
)
_CLAUSE_STOP_RE: Final = re.compile(r"[.;]")
# A meeting's purpose told after it: "met B to discuss ...", "received B to review ...".
_PURPOSE_RE: Final = re.compile(r"\bto\s+(?:discuss|review|address|examine|talk\s+about)\b")
# A document sent or issued on a day: "a statement issued on", "a release sent to the
# agency on", "a communique published late on".
_DOCUMENT_DATED_RE: Final = re.compile(
    r"\b(?:statement|release|communiqu[eé]|readout|note|bulletin)"
    # the sender between the noun and the verb: a release of the ministry, sent to the agency
    r"(?:\s+(?:of|from|by)\s+[^,;.]{1,60}?)?\s+(?:was\s+)?"
    r"(?:issued|released|sent|published|posted|distributed)\s+(?:[\w-]+\s+){0,4}?$"
)
# Between the person met and the talk's day: a place at most ("with A, at the ministry's
# headquarters in Addis Abeba, on Wednesday").
_MET_THEN_DATE_RE: Final = re.compile(r",?\s+(?:(?:in|at|aboard)\s+[^,;.]{1,80}?,?\s+)?")
# The medium of a talk between the incident discussed and the talk's day: "discussed the
# shooting on the telephone on March 1" (the call's day, not the shooting's).
_DISCUSSED_BY_RE: Final = re.compile(
    r"\b(?:by\s+(?:tele)?phone|by\s+video|(?:over|on)\s+the\s+(?:tele)?phone|"
    r"in\s+a\s+(?:[\w-]+\s+)?call|"
    r"at\s+(?:the|their)\s+(?:meeting|talks))\b"
)
# A cue right before a day: "said Thursday", "told reporters on Monday".
_SAID_BEFORE_RE: Final = re.compile(r"\b(?:said|says|told\s+[a-z]+|announced|stated)\s+(?:on\s+)?$")
# Another gathering and the words that set its date: "the council, to be held in Riyadh on",
# "the summit due to open in Vilnius on".
_OTHER_EVENT_DATE_RE: Final = re.compile(
    r"\b(?:summit|council|conference|forum|congress|assembly|session|meeting|talks|games|"
    r"elections?|ceremony)\b[^.;]{0,40}?\b(?:to\s+be\s+held|due\s+to\s+(?:be\s+held|open|start|"
    r"begin|take\s+place)|scheduled\s+(?:for|to)|set\s+to\s+(?:open|begin|take\s+place)|"
    r"which\s+(?:opens|begins|starts))\b[^.;]*$"
)
_PREPARE_FOR_RE: Final = re.compile(
    r"\b(?:to\s+prepare|preparing|in\s+preparation|ahead\s+of|preparations?(?=\s+for\b))\s+"
    r"(?:for\s+)?(?:the\s+|a\s+|an\s+)?"
)
_PREPARING_RE: Final = re.compile(
    r"\b(?:to\s+prepare|preparing|in\s+preparation\s+for|to\s+pave\s+the\s+way\s+for"
    # "will call on A on Friday before flying to Manila": the next leg of the trip
    r"|before\s+(?:leaving|flying|travell?ing|heading|departing|returning|going\s+on|moving\s+on)"
    r")\b"
)
_CANCELLED_PAST_RE: Final = re.compile(
    r"\b(?:cancel+ed|called\s+off|scrapped|postponed|put\s+off|pulled\s+out\s+of|skipped)\b"
)
_WEEKDAY_RE: Final = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
_WEEK: Final = 7
_ARRIVAL_REACH: Final = 3  # sentences after an arrival an undated meeting may be told
_VISIT_DAYS: Final = 3  # how long a visit goes on, for a meeting planned during it
_ON_RE: Final = re.compile(r"^on\s+", re.IGNORECASE)
_WHICH_HELD_RE: Final = re.compile(
    r",\s+which\s+(?:[a-z]+\s+){0,2}?(?:will|is|are|would|had|was|were)\s+(?:been\s+)?"
    r"(?:be\s+held|take\s+place|(?:be\s+)?(?:scheduled|due|set|expected|slated|planned)\b)"
)
# Two sides' delegations as the subject of talks: "The Israeli and Egyptian delegations held
# their third round of talks", and the words that name each one's head: "A, who heads the
# Israeli team", "The Egyptian delegation was headed by B".
_DELEGATIONS_SUBJECT_RE: Final = re.compile(
    r"\b[Tt]he\s+[A-Z][\w-]+\s+and\s+[A-Z][\w-]+\s+(?:delegations|teams|negotiating\s+teams)\b"
    # two sides' officers, their heads named after: "Lebanese and Israeli army officers met
    # in Naqoura ... The Lebanese delegation was headed by A, while the Israeli side was led
    # by B"
    r"|\b[A-Z][\w-]+\s+and\s+[A-Z][\w-]+\s+(?:(?:army|military|border|defen[cs]e)\s+)?"
    r"(?:officers|commanders|officials|negotiators|delegates)\b"
)
_HEADS_REACH: Final = 2  # the sentences after the talks that may name the heads
_WHO_HEADS_RE: Final = re.compile(
    r",\s+who\s+(?:heads|headed|leads|led|is\s+heading|is\s+leading)\s+(?:the|his|her)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:team|delegation|side)\b"
)
# "led by" or "headed by" before a delegation's head, as the patterns below read it.
_LED_BY: Final = r"(?:led|headed)\s+by\s+"
_HEADED_BY_RE: Final = re.compile(
    rf"\b(?:team|delegation|side)\s+(?:was|is|were|had\s+been)\s+{_LED_BY}"
    # (a rank or office before the name: "led by Brig. Gen. B", "headed by Colonel B")
    r"(?:[a-z][\w.-]*\s+){0,3}$"
)
# A host told alone, then the heads of the delegations: "hosted the session. The army's
# delegation was led by A".
_HOST_WORD_RE: Final = re.compile(r"host(?:ed|s|ing)?|chair(?:ed|s)?", re.IGNORECASE)
_LED_BY_RE: Final = re.compile(
    r"\bdelegations?\s+(?:was|were|is|are|will\s+be)\s+(?:led|headed)\s+by\b"
)
# A subject that is a delegation named by its head: "A delegation led by A called on B", "An
# Iranian team, headed by A, held talks with B", "A five-member mission led by A met B" (after
# the clause start, after a dateline's dash or colon at most: "KABUL, May 19 (Pajhwok) -").
_LED_SUBJECT_RE: Final = re.compile(
    # (a dateline first: "KAMPALA - ", "HANOI, May 4 (VNA) -- ", "Lima, Apr. 28 (ANDINA).- ")
    r"(?:[^\n]{1,60}?[-\u2013\u2014:]{1,2}\s+)?"
    rf"(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}(?:delegation|team|mission)\s*,?\s+{_LED_BY}"
    # "led by the Minister of State for Foreign Affairs, A"
    r"(?:the\s+)?"
)
_RECEIVED_WORDS: Final = frozenset({"received", "welcomed", "greeted"})
# The object of a host's verb is a delegation whose head follows in the same sentence:
# "hosted a delegation from the party's International Department led by its minister, A".
_DELEGATION_LED_RE: Final = re.compile(
    # "met and had a cordial and friendly conversation this afternoon with the delegation"
    # "met and gave a banquet this evening for the delegation"
    r"(?:\s+and\s+(?:had|held|gave|hosted)\s+[^.;]{0,60}?\s+(?:with|for))?"
    r"(?:\s+(?:(?:on\s+)?[a-z]+day|today|yesterday)(?=\s+with\b))?"
    r"(?:\s+with)?"
    # "received on Tuesday (14) at the Iguacu Palace a delegation", "received at the
    # palace yesterday the delegation": the day and the venue before the delegation
    # ("received in Hanoi on Wednesday a delegation": the city too)
    r"(?:\s+(?:(?:on\s+)?[a-z]+day(?:\s+\(\d{1,2}\))?|today|yesterday"
    r"|in\s+(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?(?=\s+(?:on|today|yesterday|a|an|the)\b))){0,2}"
    r"(?:\s+at\s+(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}?"
    # (the venue in apposition: "at the Iguacu Palace, seat of the state government,")
    r"(?:,\s+[^,.;]{1,60},)?(?:\s+(?:today|yesterday))?)?"
    r"\s+(?:a|an|the)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:delegation|government|side|team|mission)\b"
    # (an abbreviation's stops are no sentence's end: "a delegation of U.S. senators led by")
    rf"(?:[^.;]|(?<=\b[a-z])\.){{0,100}}?\b{_LED_BY}"
)
# Delegations after "between" and their heads: "between the Ugandan and Rwandan delegations,
# led by", "between the two sides, headed by".
_DELEGATIONS_LED_RE: Final = re.compile(
    r"\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,4}?(?:delegations|teams|sides)\s*,?\s+"
    r"(?:respectively\s+)?(?:led|headed)\s+(?:respectively\s+)?by\s+"
)
# A subject of leaders told by their countries: "The leaders of Germany, France and Poland",
# "the foreign ministers of Chile, Peru and Bolivia".
_LEADERS_OF_RE: Final = re.compile(
    r"\b(?:leaders|presidents|heads\s+of\s+(?:state|government)|prime\s+ministers|premiers"
    r"|(?:foreign|defen[cs]e|finance|trade|interior)\s+ministers)\s+of\s+(?=[a-z])"
)
_LED_BY_GAP_CHARS: Final = 60  # characters from "led by" to the head's mention (his office)
# "..., also joined by C": a third party to the call or talks told before it.
_JOINED_BY_TOO_RE: Final = re.compile(
    r"[^.;]{0,60}?,\s+(?:and\s+)?(?:which\s+was\s+|who\s+were\s+)?(?:also\s+|later\s+)?joined\s+by\s+"
)
# A call on others to meet: "urged A and B to meet", "called on A to hold talks with B",
# "appealed to the two leaders to sit down" (the meeting word right after "to").
_URGED_TO_RE: Final = re.compile(
    r"\b(?:urged|urges|urge|urging|called\s+on|calls\s+on|calling\s+on|appealed\s+to|appeals\s+to"
    # (no other "to" between: "A, who urged Japan to cooperate, will travel to Tokyo to meet B")
    r"|encouraged|encourages|encouraging|pressed|presses|pressing|exhorted|implored"
    r"|pleaded\s+with)\s+"
    r"(?:(?!\bto\s)[^.;:]){1,120}\bto\s+$"
)
_URGED_REACH: Final = 140  # characters before the meeting word the urging verb may start at
# A delegation told by "it" or by its noun as a clause's subject, right before the meeting
# word: "where it will meet", "and the group is due to meet", "the mission also met".
_IT_SUBJECT_RE: Final = re.compile(
    r"\b(?:it|the\s+(?:group|delegation|mission|team))\s+"
    r"(?:(?:will|would|is|was|also|then|due|to|expected|set|scheduled|later)\s+){0,3}$"
)
_IT_REACH: Final = 48  # characters before the meeting word: "the delegation is expected to "
# A delegation and its head: "A delegation from Cape Verde led by", "The Kenyan mission,
# headed by".
_DELEGATION_HEAD_RE: Final = re.compile(
    rf"\b(?:delegation|mission|team|group)\b[^.;]{{0,60}}?\b{_LED_BY}"
)
# A delegation's head named before it: "A, who heads the eight-member delegation", "B, head
# of the delegation", "C, leading a parliamentary delegation" (the head ends right before).
_HEADS_DELEGATION_RE: Final = re.compile(
    r",\s+(?:who\s+(?:heads|leads|headed|led|is\s+leading|is\s+heading)|(?:the\s+)?head\s+of"
    r"|(?:the\s+)?leader\s+of|leading|heading)\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:delegation|mission|team|group)\b"
)
# A body's meeting "with" its principals named in apposition: ", with the two defence
# ministers, " (then the names, see ``_Reader.principals_with``); and what they did, right
# after the last name: ", agreeing to ...", " presiding", " in the chair".
_WITH_PRINCIPALS_RE: Final = re.compile(
    r",\s+with\s+(?:the\s+|both\s+)?(?:two|three|four)?\s*(?:[a-z-]+\s+){0,2}"
    r"(?:ministers|leaders|chiefs|heads|presidents|premiers|negotiators|envoys|commanders)"
    r",\s+"
)
_PRINCIPALS_DOING_RE: Final = re.compile(
    r"(?<!\s),?\s+(?:[a-z]+ing|presiding|in\s+the\s+chair)\b(?<!\bbeing)"
)
# A determiner before "host" (and a word between): the noun, "their Malaysian host, A",
# "the host", not the verb "will host".
_HOST_NOUN_BEFORE_RE: Final = re.compile(
    r"\b(?:their|his|her|its|our|my|the|a|an|your)\s+(?:[a-z'\u2019-]+\s+)?$"
)
# A verb of what talks went over, after "During the meeting, the two sides".
_DISCUSSED_WORD_RE: Final = re.compile(
    r"\b(?:discussed|reviewed|addressed|exchanged\s+views\s+on|touched\s+on|went\s+over|"
    # "During the meeting, A informed B about the drone which was downed on Saturday"
    r"informed|briefed|apprised)\b"
)
_MET_WORDS: Final = frozenset({"met", "meets", "meet", "meeting"})
# Meeting verbs whose object is the person met ("welcomed A"), not the people meeting.
_TAKES_PERSON: Final = frozenset(
    {"received", "receives", "welcomed", "welcomes", "hosted", "hosts", "greeted", "greets"}
)
_MAX_HEADS: Final = 4
# A host's reception or meal for a guest: "will host a reception for", "a dinner in honour of".
_MEAL_FOR_RE: Final = re.compile(
    r"\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:reception|dinner|lunch|luncheon|banquet|breakfast)\s+"
    r"(?:in\s+honou?r\s+of|for)\s+"
)
_MEAL_GAP_CHARS: Final = 20  # at most, from "for" to the guest: "the visiting "
_LED_BY_GAP_WORDS: Final = 3  # at most, between "led by" and the head: "its minister, "
# The place of a briefing in person: "brief Chancellor A in Bonn", "at Chequers" (a name).
_BRIEF_PLACE_RE: Final = re.compile(
    r"\s(?:(?!by\s|over\s|via\s)[^.;\n]){3,80}?\s(?:in|at)\s(?:the\s)?[A-Z]"
)
# A trip to more talks, before "for further talks": "agreed to come to London early next
# month", "will return to Ottawa in June", "is to fly back to Bonn next week".
_FURTHER_TRIP_RE: Final = re.compile(
    r"\b(?:come|came|comes|coming|return|returns|returned|returning|travel|travels|travelled|"
    r"traveled|go|goes|went|fly|flies|flew|be\s+back|back)\s+to\s+"
    r"([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b[^.;]{0,60}$"
)
_TOLD_LEAD_WORDS: Final = 10  # at most, in the phrase before "X told Y": "In Lima in May, "
# "told B at talks in Moscow", "warned B during a meeting on Thursday that": the telling was
# face to face (the meeting noun before any "that" clause, in the same clause).
_TOLD_AT_TALKS_RE: Final = re.compile(
    r"(?:(?!\bthat\b)[^;\n]){1,100}?\b(?:at|during)\s+(?:(?:a|an|the|their)\s+)?"
    r"(?:[\w-]+\s+)?(?:talks|meeting|consultations)\b"
)
# A live blog entry's time stamp on a line of its own: "18:05 GST", "10.42am, 3 March".
_STAMP_MAX_CHARS: Final = 30
# "later met", "was later received": a meeting told after another, on its day.
# A meeting told on the day of the one before: "Later that day, A held talks with C".
_THAT_DAY_RE: Final = re.compile(
    r"\b(?:(?:later|earlier)\s+(?:that|the\s+same|in\s+the)\s+day|that\s+same\s+day)\b"
)
# A sentence opening on the day of the meeting told before: "On the same day, A was ...".
_SAME_DAY_OPENING: Final = ("on the same day,", "on the same day ", "the same day,")
_LATER_MET_RE: Final = re.compile(
    r"\blater\s+(?:met|held|received|hosted|called\s+on|paid|was\s+received|were\s+received)\b"
)
# "two days later": a count of days after the day told before.
_DAYS_LATER_RE: Final = re.compile(r"(?i)(a|one|two|three|four|five)\s+days?\s+later")
_LATER_COUNT: Final = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
# The last words of a meeting noun that may open a sentence: "After their talks in Berlin, ".
_THEIR_MEETING: Final = ("summit", "talks", "meeting")
# Meeting verbs in the simple present that a timetable uses: "holds talks with B on Friday".
_TIMETABLE_VERBS: Final = ("meets ", "holds talks", "hosts ", "receives ", "sees ", "visits ")
# A photo caption's marks: "A, left, meets B", "A (R) greets B", "pictured".
_CAPTION_MARK_RE: Final = re.compile(
    r",\s+(?:left|right|centre|center|second\s+(?:left|right))\s*,|\((?:L|R|C|left|right)\)"
    r"|\bpictured\b"
)
# The present progressive of a plan: "are meeting (up) next week", "is meeting B on Friday".
_PRESENT_MEETING_VERBS: Final = ("visits", "meets", "sees ", "hosts", "receives")
# A time word before a meeting verb in the present: "must wait until A visits Kabul", "before
# B meets C next week" tell a meeting ahead.
_UNTIL_BEFORE_RE: Final = re.compile(
    r"\b(?:until|till|before|once|as\s+soon\s+as|by\s+the\s+time)\s+[^,;:\n]{2,60}?\s$"
)
_PROGRESSIVE_BEFORE_RE: Final = re.compile(
    r"\b(?:is|are|am|['\u2019]re|['\u2019]s)\s+(?:[a-z]+ly\s+)?$"
)
# The simple present of a timetable: "A meets tomorrow with B", "B visits Lima next week";
# a day surely ahead (not "on Monday", which a headline's present tells of as past).
_PRESENT_PLAN_RE: Final = re.compile(
    r"\b(?:meets|visits|sees|hosts|receives|confers|travels|flies|goes|heads|leaves)\s"
    r"[^.;,]{0,40}?\b(?:tomorrow|next\s+(?:week|month|[a-z]+day)|this\s+coming)\b"
)
_FUTURE_TIME_RE: Final = re.compile(
    r"\b(?:next\s+(?:week|month|year|[a-z]+day)|tomorrow|later\s+(?:this|today|in\s+the)|"
    r"this\s+coming|in\s+the\s+coming\s+(?:days|weeks|months)|on\s+(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)day)\b"
)
# The roles of journalists right before a name: "conservative radio host A", "MSNBC anchor B"
# (a host alone may be a meeting's: "his Egyptian host, A").
_MEDIA_ROLE_RE: Final = re.compile(
    r"\b(?:(?:radio|talk|chat|show|television|tv|news|podcast|program|programme|cable)\s+"
    r"(?:show\s+)?(?:host|hosts|co-host)|anchor|anchors|anchorman|anchorwoman|interviewer|"
    r"moderator|presenter|reporter|reporters|correspondent|columnist|journalist|journalists)\s+"
    r"(?:[a-z]+\s+)?$"
    # a host named by the interview: "was asked by host A", "in an interview with Sunday
    # Morning hosts B and C"
    r"|\b(?:asked|interviewed|questioned|pressed|quizzed)\s+by\s+(?:the\s+)?(?:host|co-host)\s+$"
    r"|\binterview\s+with\s+(?:[a-z'.-]+\s+){1,3}(?:host|hosts|co-hosts?)\s+$"
)
# A person's name used as a modifier: "the Obama administration", "Trump aides", "the Lind
# campaign" name no one met.
_ATTRIBUTIVE_RE: Final = re.compile(
    r"\s+(?:administration|administrations|campaign|campaigns|camp|aides|aide|staffers|"
    r"allies|supporters|foundation|presidency|era|doctrine|government|cabinet|team|family)\b"
)
# Those only present at a meeting, after "with" and their names: "with A in attendance",
# "with B present", "with C looking on", "with D sitting in", "with E also present".
# (a bracket, and the last of a list joined by "and" the reader took no name from, between:
# "with Deputy Minister A (in Chinese) and the agency's chief representative B in attendance")
_ATTENDING_RE: Final = re.compile(
    r"(?<!\s)(?:\s*\([^()\n]{0,40}\))?(?:\s+and\s+[^,.;()\n]{1,120}?)?"
    r",?\s+(?:(?:also|both|all)\s+)?(?:in\s+attendance|present|looking\s+on|sitting\s+in|"
    r"in\s+tow|taking\s+notes|as\s+(?:an?\s+)?(?:observers?|witness(?:es)?|note-?takers?))\b"
)
# Calls told in the plural: "received telephone calls from A", "calls from A".
_CALLS_RE: Final = re.compile(r"\b(?:calls|conversations)\b")
# A call word after "both" or "each" and a verb: "both received", "each took a", "separate".
_EACH_CALLED_RE: Final = re.compile(
    r"\b(?:(?:both|each|separately)\s+(?:[a-z]+\s+){1,2}|separate\s+)(?:[a-z]+\s+)?$"
)
_EACH_BEFORE_RE: Final = re.compile(
    r"\b(?:both|each|separately|individually)\s+(?:(?:still|also|already|[a-z]+ly|have|has)\s+)?$"
)
# A decision, not a call: "make a definitive call on", "made the right call about".
_MAKE_A_CALL_RE: Final = re.compile(
    r"\b(?:make|made|makes|making)\s+(?:a|an|the|that|this|his|her|their)\s+(?:[a-z-]+\s+){0,2}$"
)
_WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# The officeholder "saw" or "had seen" as a meeting (see ``_Reader.reading``).
_SEEN_OFFICE_RE: Final = re.compile(
    # ("saw Mr. A here in January": a person called on, named with a courtesy title)
    # (up to three words before the office: "saw the Ruritanian Deputy Foreign Minister")
    r"\s+(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame)\b\.?\s+[A-Z]|"
    # any minister ("the Defence Minister", "the Minister of Defence") and the heads of
    # international bodies ("the Secretary-General of the OAU", "the Director General")
    r"(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:President|Prime\s+Minister|Premier|Chancellor|"
    r"Minister|Foreign\s+Secretary|Secretary\s+of\s+State|Secretary[-\s]General|"
    r"Director[-\s]General|King|Queen|Emir|Sultan|Pope|"
    r"Ambassador|Envoy|High\s+Commissioner)\b(?![\w'\u2019]))"
)
# A sentence opening with a programme item of no owner: "A scheduled meeting |with B".
_OWNERLESS_MEETING_RE: Final = re.compile(
    r"\s*(?:a|the)\s+(?:scheduled|planned|proposed|expected)\s+(?:bilateral\s+)?"
)
# "as" right after the name told in apposition: "saw the Defence Minister, B, as a rival".
_SEEN_AS_AFTER_RE: Final = re.compile(r",[^.;,]{1,60},\s+as\b")
_SEEN_NOT_RE: Final = re.compile(
    r"\b(?:as|on\s+(?:television|tv|video)|in\s+(?:a|the)\s+(?:film|video|photo))\b|['\u2019]s\b"
)
# A dateline before a sentence's first word: "BERLIN, Nov 3 (Reuters) - ", "LIMA, March 3-",
# and the older papers' stop before the dash, abbreviations inside: "LONDON, Wednesday.-",
# "UNITED NATIONS, N.Y., Nov. 7.-".
_DATELINE_LEAD_RE: Final = re.compile(
    # (after the agency's credit: "(ANSA) - ROME, MAY 7 - ")
    r"(?:\([A-Za-z][\w.&' -]{0,30}\)[ \t]*[-\u2013\u2014]{1,2}[ \t]*)?"
    r"(?:[A-Z](?:[^\n.]|\.(?=[A-Z,]|[ \t]\d)){0,60}?"
    r"(?:\s[-\u2013\u2014]+\s*|\.?[\u2013\u2014]\s*)"
    # "Lima, Apr. 28 (ANDINA). ", "Hanoi, May 4 (VNA): ": a day of the month, the agency in
    # capitals (or the gap the outlet parser left of it), a full stop or a colon
    r"|[A-Z][^\n():]{0,40}?\d\s*(?:\([A-Z]{2,12}\))?\s*[.:][-\u2013\u2014]?\s+)"
)
# A dateline in title case with its day (and agency): "Havana, Mar 10 (EFE).- ", "Lima, Aug.
# 10 (ANDINA). ", "Tehran, Sept 3, IRNA - ", "Nairobi, May 4 - " (agencies of Spain, Latin
# America and Iran, and newspapers).
_AGENCY_DATELINE_RE: Final = re.compile(
    r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]+\d{4})?"
    r"(?:(?:[ \t]*\([A-Z][\w-]{1,14}\)|,[ \t]+[A-Z]{2,10})[ \t]*[.:,]?[ \t]*[-\u2013\u2014]{0,2}"
    # (or the agency's credit left out by the outlet's reader: "Havana, Mar 10 - ")
    r"|[ \t]*[-\u2013\u2014]{1,2})[ \t]+"
)
_FILED_RETOLD_REACH: Final = 800  # characters from talks told under a dateline to their day
_DATELINE_WITHIN: Final = 6  # the paragraphs a dateline may open, a standfirst before it
# "B led his country's side": the head of the other side of talks told just before.
_LED_SIDE_RE: Final = re.compile(
    r"(?<=[a-z])\s+(?:led|headed)\s+(?:his|her|the)\s+(?:(?:country|nation|government)['\u2019]s\s+)?"
    r"(?:side|delegation|team)\b"
)
_HAD_BEEN_PLANNED_RE: Final = re.compile(
    r"\bhad\s+been\s+(?:planned|scheduled|due|set|expected|slated)\b"
)
_WHERE_BEFORE_RE: Final = re.compile(r"\bwhere[\s,]*$")
# The words a committee as a subject meets by: a host's and a summons' (see committee_named).
_COMMITTEE_VERBS: Final = frozenset(
    # (not "met": "the border committee met in Kuala Lumpur, with the two ministers, A and B,
    # agreeing": the body's sitting, its principals named after it; see principals_with)
    {"hosted", "hosts", "received", "receives", "summoned", "summons", "welcomed"}
)
_COMMITTEE_REACH: Final = 160  # characters before the verb a committee's name may start at
# A parliamentary committee named in capitals, with its remit after "on": "Departmental
# Committee on Defence, Intelligence and Foreign Relations", "House of Commons Standing
# Committee on Foreign Affairs and International Development", "International Relations
# Committee" (group 1; a possessive's owner before it is left out).
_COMMITTEE: Final = (
    r"((?:[A-Z][\w-]*[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?){1,6}(?:Committee|Subcommittee|Commission)"
    r"(?:[ \t]+on[ \t]+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Febr)uary\b|March\b"
    r"|April\b|May\b|June\b|July\b|August\b|(?:Septem|Octo|Novem|Decem)ber\b)"
    r"[A-Z][\w-]*(?:(?:,[ \t]+|[ \t]+and[ \t]+|[ \t]+)[A-Z][\w-]*){0,8})?)"
)
# The committee right before a meeting verb, its subject: "the ... Committee hosted A".
_COMMITTEE_SUBJECT_RE: Final = re.compile(rf"(?<![\w'\u2019-]){_COMMITTEE}[ \t]+$")
# The committee right after "appeared before": "appeared together before the ... Committee".
_COMMITTEE_AFTER_RE: Final = re.compile(rf"[ \t]+(?:the|a)[ \t]+{_COMMITTEE}(?![\w-])")
# A person named right after "called in" before the summons' purpose: "called in Nankya to
# deliver a letter" (the name, checked as a person, in group 1).
_SUMMONED_NAME_TO_RE: Final = re.compile(
    r"\s+(?:(?:mr|mrs|ms|dr)\.?\s+)?([a-z][\w'\u2019-]*)\s+to\s"
)
# An envoy or a determiner right after "called in": read by the meeting words' pattern.
_SUMMONED_ENVOY_RE: Final = re.compile(
    r"\s+(?:the|his|her|their|ambassador|envoy|minister|high\s+commissioner|charg[eé]|"
    r"counsell?or|nuncio|consul)\b"
)
# A summons' word: "summoned", "called in", "sent for".
# A past participle of an incident opening a reduced relative clause: ", detained by the
# navy on Wednesday", ", seized off the coast last week" (see _participle_clause).
_INCIDENT_PARTICIPLE_RE: Final = re.compile(
    r"(?:detained|seized|arrested|captured|intercepted|shot\s+down|downed|attacked|"
    r"struck|hit|killed|sunk|boarded|impounded|abducted|kidnapped)\s+"
    r"(?:by|in|on|at|off|near|over|during|early|late|last)\b"
)
_SUMMONS_WORD_RE: Final = re.compile(r"summon|call(?:ed|s|ing)?\s+in\b|sen(?:t|ds|d|ding)\s+for\b")
# The unnamed envoy a summons names by office and country: "summoned Norway's chargé
# d'affaires", "called in the Chinese ambassador" (the office in group 1).
_UNNAMED_ENVOY_RE: Final = re.compile(
    r"(?:summon\w*|call(?:ed|s|ing)?\s+in|sen(?:t|ds|d|ding)\s+for)\s+(?:the\s+)?"
    r"(?:[\w\u00c0-\u024f'\u2019-]+\s+){1,2}(?:top\s+|senior\s+)?"
    r"(ambassador|envoy|charg[eé](?:\s+d['\u2019]affaires)?|consul(?:[\s-]general)?|"
    r"(?:deputy\s+)?(?:chief|head)\s+of\s+mission)\b"
)
# The official a summons' protest was given by, told in the next sentence: "The protest was
# delivered by Director General A", "The note was handed over by B".
_DELIVERED_BY_RE: Final = re.compile(
    r"(?:the|a|its)\s+(?:[a-z]+\s+)?(?:protest|note|d[eé]marche|message|letter|concerns?)\s+"
    r"(?:was|were|had\s+been)\s+(?:delivered|conveyed|handed\s+over|lodged|registered)\s+by\s+"
)
#: How far after "delivered by" the official's mention may start ("Director General
#: (South Asia) A": an office the mention leaves out).
_OFFICE_REACH: Final = 60
#: How far after a government's summons a "told" may tell its meeting (two sentences).
_SUMMONS_REACH: Final = 400
# The "when" of a clause dated by the day told right before it: "on Monday, when A met B".
_WHEN_BEFORE_RE: Final = re.compile(r",\s*when\s*$")
# A trip to a town right before its "where" clause: "goes to Maringa, where", "travels on
# to Tromso, where", "will fly to Hilo, where".
_TRIP_TO_WHERE_RE: Final = re.compile(
    r"\b(?:go|goes|going|went|travel(?:s|led|ling)?|head(?:s|ed|ing)?|fl(?:y|ies|ew|ying)|"
    r"mov(?:e|es|ed|ing)|continu(?:e|es|ed|ing)|proceed(?:s|ed|ing)?)"
    rf"(?:\s+on)?\s+to\s+({_NAME_WORD}(?: {_NAME_WORD})?),\s+where\s*$"
)
_TRIP_TO_REACH: Final = 80  # characters before "where": "will then travel on to Port Moresby, "
# The date of an event named just before it, not of the meeting: "discussed the seizure on
# February 24 of a ship", "met after the incident on the 14th", "condemned the attack on
# Monday".
# Nouns of events that a date can belong to instead of a meeting (shared by two patterns).
_DATED_EVENT_NOUNS: Final = (
    r"seizure|attack|detention|arrest|killing|incident|strike|shooting|elections?|"
    r"collapse|crash|sinking|explosion|bombing|capture|invasion|clash(?:es)?|raid|coup|"
    r"assassination|expulsion|blast|collision|ambush|incursion|accident|shelling|"
    r"skirmish(?:es)?"
)
# "discussed the detention of three fishing vessels by the coast guard in December": an
# event noun, then what it befell or who did it, right before the date (no "with" between).
_TOPIC_EVENT_OF_RE: Final = re.compile(
    rf"^\s+(?:the|a|an|last\s+week's|recent)\s+(?:[a-z-]+\s+)?(?:{_DATED_EVENT_NOUNS})s?\s+"
    # ("discussed the attack by telephone on Sunday": the call's day)
    r"(?:of|on(?!\s+the\s+(?:tele)?phone\b)|by(?!\s+(?:tele)?phone\b)|against|near|at)\s+"
    r"(?!(?:[^,;]*?\s)?with\s)"
    r"[^,;]{3,100}?\s+$"
)
# The same before a second verb: "discussed the detention of ... in December and welcomed".
_EVENT_OF_BEFORE_RE: Final = re.compile(
    rf"\b(?:{_DATED_EVENT_NOUNS})s?\s+(?:of|on|by|against|near|at)\s+[^,;]{{3,100}}?\s+$"
)
# Another event the meeting is dated by: "two days after a drone strike", "since the attack".
# A gathering that is the talks' topic, and its place: "talks on the conference now under way
# in London", "met on preparations for the summit in Bangkok", "consulted about next year's
# elections in Lagos" (not "on the sidelines of the summit in X", where they met).
_TOPIC_GATHERING_RE: Final = re.compile(
    r"\b(?:on|about|over|regarding|concerning)\s+"
    r"(?!the\s+(?:sidelines|margins?|fringes?|eve|occasion|day|opening|closing)\b)"
    r"(?:(?:preparations|plans|arrangements|the\s+agenda|the\s+run-up)\s+for\s+)?"
    r"(?:the|a|an|next\s+\w+['\u2019]s|this\s+\w+['\u2019]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:conference|summit|negotiations|session|forum|elections?|referendum|games|olympics)"
    r"(?:\s+(?:now\s+|currently\s+)?(?:under\s*way|being\s+held|taking\s+place|to\s+be\s+held"
    r"|due\s+to\s+(?:be\s+held|open|start)))?\s+in\s+(?=[A-Z])"
)
_AFTER_EVENT_RE: Final = re.compile(
    r"(?:after(?<=\bafter)|since(?<=\bsince)|following(?<=\bfollowing))"
    rf"\s+(?:(?:a|an|the|last\s+\w+['\u2019]s)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_DATED_EVENT_NOUNS})s?\b"
    # "days after border guards detained two farmers in Subotica", "after a patrol boat fired
    # warning shots at a trawler in the bay": the clause's own event and its place
    r"|(?:a|an|the|[a-z]+)\s+[^,;.]{0,60}?\b(?:fired|killed|detained|seized|arrested|shot|"
    r"attacked|sank|rammed|crossed|violated|shelled|bombed|abducted|kidnapped|stormed|"
    # "hours after warplanes struck a depot near A", "after a drone hit a car outside B"
    r"struck|hit|raided|downed|intercepted)\b)"
    # "conveyed concern over the killing of a youth by border guards in Kanpur district",
    # "protested about the seizure of a trawler off Aru": the protest's event and its place
    rf"|(?:over(?<=\bover)|about(?<=\babout))\s+(?:the|a|an|last\s+\w+['\u2019]s)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_DATED_EVENT_NOUNS})s?\b"
)
# "since" or "after" opening a clause of its own event, its verb a few words on: "since
# border fighting broke out", "after troops clashed", "since the war ended".
_SINCE_CLAUSE_RE: Final = re.compile(
    r"\b(?:since|after)\s+(?:[\w-]+\s+){1,3}?(?:broke\s+out|began|started|erupted|flared|clashed"
    r"|escalated|resumed|ended|took\s+place|opened\s+fire|were\s+killed|was\s+killed)\b"
)
_ARTICLE_BEFORE_RE: Final = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$")
_SINCE_THEY_RE: Final = re.compile(r"since(?<=\bsince)\s+(?:they|he|she)\s+$")
_CONFERENCE_CALL_RE: Final = re.compile(
    r"\b(?:conference|joint|three-way|trilateral|four-way)\s+(?:tele)?(?:phone\s+)?call\b"
)
_BY_PHONE_END_RE: Final = re.compile(r"\b(?:by|(?:over|on)\s+the)\s+(?:tele)?phone\s+$")
_EVENT_BEFORE_DATE_RE: Final = re.compile(rf"\b(?:{_DATED_EVENT_NOUNS}|release|deaths?)s?\s+$")
_EARLIER_END_RE: Final = re.compile(r"\b(?:earlier|previously)$")
# An event named in what was discussed: "exchanged views on the Sahel, including the attack
# on a camp on March 2": the date after it is the event's.
_TOPIC_EVENT_RE: Final = re.compile(
    rf"\b(?:{_DATED_EVENT_NOUNS}|earthquake|flood(?:s|ing)?|massacre|hijacking|kidnapping)s?\b"
)
# An open relative clause before a date, "a commission that has not met in 2019": the date
# of the thing the clause tells of, the meeting's only when the sentence has no other.
_RELATIVE_WORD_RE: Final = re.compile(r"(?:that(?<=\bthat)|which(?<=\bwhich)|whose(?<=\bwhose))\s")
_ANCHOR_END_RE: Final = re.compile(r"\b(?:before|after)$")
_CLAUSE_ENDS_RE: Final = re.compile(r"\s*(?:[.,;:)]|$)")
_POSSESSIVES: Final = frozenset({"his", "her", "their"})
_COUNT_OF: Final = {"two": 2, "both": 2, "pair": 2, "three": 3, "four": 4, "five": 5}
_LEADER_GROUP_RE: Final = re.compile(
    r"\b(?:leaders|presidents|premiers|heads|chancellors|(?:prime|chief|first)\s+ministers)\b"
)
# A group named by an office all its people hold: "the two presidents".
# "here" as the place of the story ("met A here in May"), not "here is" nor "from here".
_HERE_RE: Final = re.compile(r"(?<!\s)(?<!from)\s+here\b(?!\s+(?:is|are|was|were)\b)")
# A building named with no city: "at the Hilton hotel", "at Parliament House", "at the
# Prime Ministry", "at Seri Taman, the prime minister's official residence".
_AT_BUILDING_RE: Final = re.compile(
    r"at(?<=\bat)\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){1,4}(?:[Hh]otel|House|Palace|Ministry|"
    r"Residence|Guest\s+House|Hall|Castle)\b"
)
# A seat of government named by its office, with no city: "at the presidential palace", "at
# the Presidential Villa", "at the Ministry of Foreign Affairs", "at the ministry", "at the
# Chancellery", "at State House": in the capital of the one whose seat it is (the host).
_AT_SEAT_RE: Final = re.compile(
    r"at(?<=\bat)\s+(?:the\s+)?(?:(?:[Pp]residential|[Pp]resident's|[Pp]rime\s+[Mm]inister's|"
    r"[Rr]oyal|[Gg]overnment)\s+(?:[Pp]alace|[Vv]illa|[Rr]esidence|[Oo]ffice|[Cc]omplex|"
    r"[Hh]ouse|[Ss]ecretariat)"
    r"|(?:[Ff]oreign\s+)?[Mm]inistry(?:\s+of\s+(?:[Ff]oreign|[Ee]xternal)\s+[Aa]ffairs)?"
    r"|[Dd]epartment\s+of\s+(?:[Ff]oreign|[Ee]xternal)\s+[Aa]ffairs|[Ff]oreign\s+[Oo]ffice"
    r"|Chancellery|State\s+House|Government\s+House"
    r"|(?:(?:his|her|their)\s+)?official\s+residence)\b(?![ \t]*,?[ \t]*[A-Z])"
)
# A country's own seat named by its nationality: "at the Chilean Foreign Ministry", "at the
# Thai Ministry of Foreign Affairs", "at the Romanian Presidential Palace" (in its capital).
_AT_NATIONAL_SEAT_RE: Final = re.compile(
    r"at(?<=\bat)\s+the\s+([A-Z][a-z]+)\s+"
    r"(?:Foreign\s+Ministry|Ministry\s+of\s+(?:Foreign|External)"
    r"\s+Affairs|Foreign\s+Office|Presidential\s+Palace|Government\s+Palace)\b"
)
# Who hosts at a seat: the one after "received by", "called on" ...
_HOSTED_BY_RE: Final = re.compile(
    r"\b(?:(?:received|hosted|welcomed|greeted)\s+by|call(?:s|ed|ing)?\s+on"
    r"|courtesy\s+call\s+on)\b"
)
# ... or the one before "received", "hosted", "will receive".
_HOSTS_RE: Final = re.compile(r"\b(?:receiv|host|welcom)(?:e|es|ed|ing|s)?\b(?!\s+by\b)")
# The offices of one received abroad: "Chinese Ambassador A" is the guest.
_ENVOY_TITLE_RE: Final = re.compile(r"\b(?:[Aa]mbassador|[Ee]nvoy|[Cc]harg[eé])")
# "there" as a place named before ("talks there"), not "there is" nor "there were talks".
_THERE_RE: Final = re.compile(
    r"(?<=[a-z])\s+there\b(?!\s+(?:is|are|was|were|has|have|had|will|would|could|may)\b)"
)
# A place named after a preposition: "from Kampala", "in Lima", "to Doha".
_CITY_BEFORE_RE: Final = re.compile(
    # ("his shuttle between Jerusalem and Alexandria, where he is to see A": the last city)
    r"\b(?:from|in|to|at|for|of|visited|visiting|between|and)\s+(?:the\s+)?"
    rf"({_NAME_WORD}(?: {_NAME_WORD}){{0,2}})"
)
_GROUP_OFFICE_RE: Final = re.compile(
    r"\b(president|premier|chancellor|king|foreign\s+minister|prime\s+minister)s\b"
)
_COUNT_WORD_RE: Final = re.compile(r"\b(?:two|both|pair|three|four|five)\b")
_DEPUTY_ENDS: Final = ("vice", "vice-", "deputy", "deputy-", "acting")


# Other wordings of an office a group may be named by: "Minister for Foreign Affairs".
_OFFICE_WORDINGS: Final = {
    "foreign minister": ("foreign minister", "foreign affairs", "external affairs"),
    "prime minister": ("prime minister", "premier"),
    "premier": ("premier", "prime minister"),
}


def _may_hold_office(title: str | None, office: str) -> bool:
    """Whether one of ``title`` may hold ``office``: none known, it, or its bare head."""
    return title is None or _holds_office(title, office) or office.endswith(title.lower())


def _holds_office(title: str, office: str) -> bool:
    """Whether ``title`` is ``office`` ("president"): not "Vice President" nor "Deputy ..."."""
    low = title.lower()
    for wording in _OFFICE_WORDINGS.get(office, (office,)):
        i = low.find(wording)
        if i >= 0 and not low[:i].rstrip().endswith(_DEPUTY_ENDS):
            return True
    return False


# The count of the countries a group's people come from: "the ministers of the three ...".
_OF_COUNT_RE: Final = re.compile(r"\s+of\s+(?:the\s+|all\s+)?(two|three|four|five)\b")
# A group's history, told of the meeting the article opens with: "the two leaders last met".
_LAST_MET_RE: Final = re.compile(
    r"(?:last(?<=\blast)|first(?<=\bfirst)|previously(?<=\bpreviously))\s+met\b"
)
# "the two foreign secretaries": an office whose plural does not end in a plain "s".
_SECRETARIES_RE: Final = re.compile(r"\b(foreign|home|defen[cs]e)\s+secretaries\b")
_STATUS_RANK: Final = {"planned": 0, "held": 1, "cancelled": 2}
# The words of a meeting of three: "their next trilateral meeting".
_THREE_WAY_WORDS: Final = ("trilateral", "three-way", "three-party", "tripartite")
_THREE_SIDES: Final = 3  # the people of a three-way meeting, all named
# Ministers who lead a government: "the ministers" are not they.
_LEADER_MINISTERS: Final = ("prime", "first", "chief")
# A list in apposition to a group ("The two leaders, A and B of Chile, met"): its start
# and its end.
_COMMA_GAP_RE: Final = re.compile(
    r"(?:\s+of\s+(?:state|government|(?:the\s+)?[A-Z][\w'\u2019-]*"
    r"(?:(?:\s+|,\s*|,?\s+and\s+)[A-Z][\w'\u2019-]*){0,5}))?"
    # "the heads of state of both countries, A and B": the sides named by a count
    r"(?:\s+of\s+(?:both|the\s+two|the\s+three|all\s+three)\s+(?:countries|nations|states|"
    r"sides|governments|neighbou?rs))?\s*,\s*"
)
_LIST_END_RE: Final = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})?\s*,"
)


@attrs.define
class _Draft:
    """A meeting under construction, merged across retellings."""

    people: list[Actor]
    status: MeetingStatus
    evidence: Segment
    when: TimeRef | None = None
    place: Place | None = None
    setting: str | None = None
    topics: list[str] = attrs.Factory(list)
    accompanied: list[Actor] = attrs.Factory(list)
    #: "will meet again": a meeting after those already told, never merged into a held one.
    again: bool = False
    #: Told of "the two ministers" or "they": a retelling of a meeting told before, whose
    #: place words ("the situation in X") do not make it another meeting.
    retold: bool = False
    #: "agreed to meet in person": never the same meeting as a call.
    in_person: bool = False
    #: "A and B last met in May", "had met a week ago": an earlier meeting than the one the
    #: article tells, merged with another only when both have dates.
    earlier: bool = False
    #: Placed in the lede's dateline city, no place told: a retelling that tells the place
    #: ("flew into Alexandria and met A") is the same meeting, and places it.
    lined: bool = False
    #: The key of the one who "hosted" or "received" the others, if one did.
    host: str | None = None
    #: The keys of the people (see ``_key``): the same meeting has the same ones. (A frozenset,
    #: typed as a set so that mypyc does not check attrs' placeholder for it.)
    key: AbstractSet[str] = attrs.field(
        init=False, default=attrs.Factory(lambda d: frozenset(map(_key, d.people)), takes_self=True)
    )


def _envoy_office(title: str) -> str:
    """An envoy's office in one form: "chargé d'affaires" and "charge" are "charge"."""
    return "charge" if title.startswith(("chargé", "charge")) else title.replace("-", " ")


def _same_day(a: TimeRef | None, b: TimeRef) -> bool:
    """
    Whether ``b`` is ``a``, or a part of its day ("Tuesday evening" of "Tuesday").

    A clock time is a part of its day too: "tonight" and "shortly before midnight".
    """
    if a is None:
        return False
    if a.value == b.value:
        return True
    days = {"day", "part_of_day", "time"}
    return a.granularity in days and b.granularity in days and a.start == b.start is not None


def _same_time(old: _Draft, new: _Draft) -> bool:
    """Whether the dates of two drafts allow one meeting; an earlier one needs both dated."""
    if old.when and new.when:
        if old.when.value != new.when.value and {old.status, new.status} == {"held", "planned"}:
            return False  # "spoke on Thursday" and "are to meet at the end of the month"
        # "spent three hours at the chancellery yesterday afternoon ... They dined together
        # last night": the talks of one day, parts of it told apart
        return (
            _compatible(old.when.value, new.when.value)
            or (old.status == new.status == "held" and _same_day(old.when, new.when))
            or _day_within(old.when, new.when)
            or _day_within(new.when, old.when)
        )
    return not (old.earlier or new.earlier)


def _day_within(period: TimeRef, day: TimeRef) -> bool:
    """Whether ``day`` is a day of the week ``period`` names: "last week", "on 30 September"."""
    return (
        period.granularity == "week"
        and day.granularity in {"day", "part_of_day"}
        and period.start is not None
        and period.end is not None
        and day.start is not None
        and period.start <= day.start <= period.end
    )


def _may_be_minister(actor: Actor) -> bool:
    """Whether "the ministers" may count ``actor``: no title, a minister's or a counterpart's."""
    title = (actor.title or "").lower()
    return (
        not title
        # a Nigerian style, no office: "his Nigerian counterpart, Chief A"
        or title == "chief"
        or "counterpart" in title
        or "secretary" in title
        or ("minister" in title and not title.startswith(_LEADER_MINISTERS))
    )


def _again_apart(old: _Draft, new: _Draft) -> bool:
    """
    Whether a meeting "again" keeps ``old`` and ``new`` apart.

    A plan to meet again is no meeting held before it, and a meeting held after "agreed to
    meet again" ("Following his meeting with A") is the last one, not that plan.
    """
    return (new.again and old.status != "planned") or (
        old.again and old.status == "planned" and new.status == "held"
    )


def _namesakes(old: _Draft, new: _Draft) -> bool:
    """
    Whether a person of ``new`` only shares a family name with one of ``old``.

    "Foreign Minister Sheikh A B Al-Sabah met C; later the Crown Prince Sheikh D E Al-Sabah
    received C": a ruling family's two members, two meetings.  Only full names of two words
    or more count, of different first names, neither's given names within the other's.
    """
    for a in old.people:
        if a.kind != "person" or " " not in a.name:
            continue
        for b in new.people:
            if b.kind != "person" or b.name == a.name or _key(a) != _key(b) or " " not in b.name:
                continue
            first_a, first_b = a.name.split()[:-1], b.name.split()[:-1]
            if not set(first_a) & set(first_b):
                return True
    return False


def _plan_at_a_gathering(old: _Draft, new: _Draft) -> bool:
    """Whether ``old`` plans a meeting at a gathering that the held ``new`` is not."""
    # "agreed to meet at the summit" is not the talks held today
    return (
        old.status == "planned"
        and new.status == "held"
        and old.setting is not None
        and old.setting not in _MEDIA
        and new.setting != old.setting
    )


def _passive_form(word: str) -> bool:
    """
    Whether a meeting verb may be passive: "received", "called on" ("was called on by A").

    So may "met": "A was met on Tuesday by B" (B met A; "was met by" alone is no
    meeting of A's own subject with itself).
    """
    return word.endswith(("ed", "ed on")) or word == "met"


def _key(actor: Actor) -> str:
    """
    The key a participant is told apart by: a person's surname, else the name.

    Arabic names of one dynasty share the family name ("A bin B Al Khalifa", the king,
    and "C bin A Al Khalifa", the crown prince): a name with "bin", "bint" or "ibn" is
    keyed by its given name too, so two princes received one guest in two meetings.
    """
    if actor.kind != "person":
        return actor.name.lower()
    return _person_key(actor.name)


@functools.lru_cache(maxsize=4096)
def _person_key(name: str) -> str:
    """The key of a person named ``name`` (see ``_key``; the same names recur in a story)."""
    key = surname_key(name)
    words = name.split()
    if len(words) > _NASAB_MIN_WORDS and _NASAB_WORDS.intersection(w.lower() for w in words[1:-1]):
        return f"{surname_key(words[0])} {key}"
    return key


def _clauses(text: str, low: str, sent: Segment) -> Iterator[Segment]:
    """
    The clauses of ``sent`` (``low`` is ``text`` lower-cased), found as they are asked for.

    The same breaks as ``_CLAUSE_BREAK_RE.finditer(low, sent.start, sent.end)`` gives (less
    "and then <capitalised word>"), tried only where one may start: a ";" or ",", or the
    white space before a "but", "since" or "and" found by :data:`_CLAUSE_CANDIDATE_RE`.
    """
    begin = pos = sent.start
    end = sent.end
    for c in _CLAUSE_CANDIDATE_RE.finditer(low, pos, end):
        at = c.start()
        if at < pos:
            continue
        if low[at] not in ";,":  # a word: the break starts with the white space before it
            while at > pos and low[at - 1].isspace():
                at -= 1
        m = _CLAUSE_BREAK_RE.match(low, at, end)
        if m is None:
            continue
        word, word_end = m.span("then")
        if word >= 0 and text[word:word_end] != low[word:word_end]:
            continue  # "and then Paris": no break here
        if m.start("after") >= 0 and (
            _ING_LEAD_RE.match(low, begin) or _DASH_ING_RE.search(low, begin, at + 1)
        ):
            continue  # "Speaking after talks with A, B said": the participle's own phrase
        yield segment_of((begin, at))
        begin = pos = m.end()
    yield segment_of((begin, end))


def _holds(low: str, words: tuple[str, ...], start: int, end: int) -> bool:
    """Whether one of ``words`` stands in the lower-cased text ``low[start:end]``."""
    return any(map(low[start:end].__contains__, words))


def _people(ms: list[Mention], text: str) -> list[Mention]:
    """People and groups of people, less "his"/"her" standing before another mention."""
    out = []
    for k, m in enumerate(ms):
        if not (m.actor.kind == "person" or m.members):
            continue
        if (
            m.form == "pronoun"
            and k + 1 < len(ms)
            and text[m.start : m.end].lower() in {"his", "her", "their"}
            and ms[k + 1].start - m.end <= 30
            and (
                "," not in text[m.end : ms[k + 1].start]
                # "Their foreign ministers, A and B,": the names in apposition are the people
                or _POSSESSED_NOUN_RE.fullmatch(text, m.end, ms[k + 1].start) is not None
            )
        ):
            continue
        if (
            m.form == "description"
            and k + 1 < len(ms)
            and ms[k + 1].form in {"name", "surname"}
            and ms[k + 1].actor != m.actor
            and text.startswith(", ", m.end)
            and ms[k + 1].start == m.end + 2
            and text[ms[k + 1].end : ms[k + 1].end + 1] in {",", "."}
        ):
            # "summoned the Foreign Secretary, B, to brief lawmakers": the office in apposition
            # is B's, whoever held a like office before in the story
            continue
        out.append(m)
    return out


def _plain_gap(gap: str) -> bool:
    """
    Whether ``gap`` holds only times, auxiliaries, "his counterpart", nationalities and names.

    Capitalised words are a party's body or country before its office ("will meet Papua New
    Guinea Defence Force Commander A"); any lower-case word but those of ``_GAP_WORDS``
    ("received a letter from A", "at the palace in the presence of A") is no gap.
    """
    return len(gap) <= _BACK_OFF_REACH and all(
        w == ","
        or w.lower() in _GAP_WORDS
        or w.capitalize() in _WEEKDAYS
        or w in DEMONYMS
        or w[:1].isupper()
        for w in _GAP_TOKEN_RE.findall(gap)
    )


def _demonyms_in(words: str) -> list[str]:
    """The countries of the nationality adjectives in "Spanish and Portuguese ", in order."""
    toks = [w for w in re.split(r"[\s,]+", words) if w and w != "and"]
    out: list[str] = []
    k = 0
    while k < len(toks):
        two = " ".join(toks[k : k + 2])
        if k + 1 < len(toks) and two in DEMONYMS:
            out.append(DEMONYMS[two])
            k += 2
        elif toks[k] in DEMONYMS:
            out.append(DEMONYMS[toks[k]])
            k += 1
        else:
            return []
    return out


def _ethnonym_before(body: str, text: str, first: Mention) -> bool:
    """
    Whether ``body`` is the first half of a people's name the mention ``first`` starts with.

    "met the Turkish Cypriot leader, A", "talks with Bosnian Serb leader B": the reader's
    mention starts at the second word ("Cypriot leader, A"); the first is no body's name.
    """
    words = body.split()
    head = text[first.start : first.end].split(maxsplit=1)[:1]
    return (
        len(words) == 1
        and (words[0] in DEMONYMS or words[0] in PEOPLES)
        and bool(head)
        and (head[0] in DEMONYMS or head[0] in PEOPLES)
    )


def _expand(m: Mention) -> list[Actor]:
    return list(m.members) if m.members else [m.actor]


def _coordinated(
    text: str, ms: list[Mention], first: int, *, objects: bool = False, between: bool = False
) -> list[Mention]:
    """
    The mention at ``first`` and those joined to it by "and" or commas.

    Among ``objects`` (after the meeting word), a mention followed by a verb starts a new
    clause ("met A, and the three ministers will meet again") and ends the list.  After
    "between", each may carry its title: "talks between A, the Senate president, and B".
    """
    out = [ms[first]]
    k = first + 1
    while k < len(ms) and (
        _AND_RE.fullmatch(text, ms[k - 1].end, ms[k].start)
        or (
            between
            and (
                _TITLED_AND_RE.fullmatch(text, ms[k - 1].end, ms[k].start)
                or _LONG_TITLED_AND_RE.fullmatch(text, ms[k - 1].end, ms[k].start)
                or _AND_THE_TITLE_RE.fullmatch(text, ms[k - 1].end, ms[k].start)
            )
        )
        # "A of Portugal and B of Sweden met"
        or _and_after_country(text, ms[k - 1].end, ms[k].start)
        # "A, Russia's foreign minister, and B, Iran's ...": an apposition no mention holds
        or _APPOSED_AND_RE.fullmatch(text, ms[k - 1].end, ms[k].start)
        or _and_body_office(text, ms[k - 1].end, ms[k])
        or _AND_BODY_MEMBER_RE.fullmatch(text, ms[k - 1].end, ms[k].start)
    ):
        if objects and _VERB_NEXT_RE.match(text, ms[k].end):
            break
        if (
            k + 1 < len(ms)
            and text[ms[k].start : ms[k].end].lower() in _POSSESSIVES
            and not text[ms[k].end : ms[k + 1].start].strip()
        ):
            # "A and her Moroccan counterpart B": the pronoun belongs to B's title
            k += 1
        out.append(ms[k])
        k += 1
    return out


# "and" before a member of a body named by the body's capitalised name, which no mention
# holds: "A and House of Councillors member B", "A and Knesset member B".
_AND_BODY_MEMBER_RE: Final = re.compile(
    r"(?<!\s)\s*(?:,\s*)?and\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+(?:(?:of|for|the)\s+){0,2}){1,5}"
    r"(?:member|lawmaker|legislator|deputy|MP|delegate|representative)\s+"
)


def _and_body_office(text: str, end: int, m: Mention) -> bool:
    """
    Whether "and" and a body's (or a nationality's) capitalised name join ``m`` to the last.

    "Sudanese army chief A and Rapid Support Forces commander Gen. B", "Ethiopian Water
    Minister C and Egyptian Irrigation Minister D": the words before the office of the second
    are no mention's, and the second opens with its office.
    """
    title = m.actor.title
    if title is None:
        return False
    # (or with its nationality's last word first: "and Turkish Cypriot leader B", the
    # mention opening at "Cypriot")
    at = text.find(title, m.start, m.end)
    return (
        at >= 0
        and (at == m.start or _NATIONALITY_GAP_RE.fullmatch(text, m.start, at) is not None)
        and _AND_BODY_RE.fullmatch(text, end, m.start) is not None
    )


def _heads_of_organs(subject: list[Actor], objects: list[Mention]) -> bool:
    """
    Whether a visitor meets the heads of a state's organs one by one.

    "The envoy met President A and Speaker B", "he met Haddad and Sabbagh" (the president and
    the prime minister).

    One person meets two or three people who each head another organ of one state (distinct
    offices of :data:`_ORGAN_HEADS`, of one country or none told): one meeting with each.
    """
    if len(subject) != 1 or subject[0].kind != "person" or len(objects) > _ORGAN_HEADS_MAX:
        return False
    people = [m.actor for m in objects]
    titles = [(a.title or "").lower() for a in people]
    countries = {a.country for a in people} - {None}
    return (
        all(a.kind == "person" for a in people)
        and all(t in _ORGAN_HEADS for t in titles)
        and len(set(titles)) == len(titles)
        and len(countries) <= 1
        and subject[0].country not in countries
    )


def _call_noun(trig: re.Match[str]) -> bool:
    """Whether ``trig`` is a call told as a noun ("call with", "video call with"), no verb."""
    return trig.lastgroup in {"phone", "video"} and trig.group().startswith(_CALL_NOUNS)


def _and_after_country(text: str, start: int, end: int) -> bool:
    """
    Whether ``text[start:end]`` is " of Portugal and ": a person's country, then "and".

    Or the city a mayor or governor holds office of: "the mayors of the two capitals, A of
    Bogota and B of Quito, met".
    """
    m = _OF_COUNTRY_AND_RE.fullmatch(text, start, end)
    if m is None:
        return False
    name = m.group(1)
    return name in COUNTRY_NAMES or name in CAPITALS or name in CITIES


def _after_word(text: str, ms: list[Mention], start: int, end: int) -> list[Mention]:
    """
    The people in ``[start, end)``, after a meeting word.

    A leading "his" is left out when more follow: "hosted his Ugandan counterpart, President
    A" (the pronoun belongs to the title in apposition, see ``_Reader.object_gap``).
    """
    after = [m for m in ms if start <= m.start and m.end <= end]
    if len(after) > 1 and text[after[0].start : after[0].end].lower() in _POSSESSIVES:
        return after[1:]
    return after


def _antecedent(text: str, ms: list[Mention], end: int) -> list[Mention]:
    """The people a relative clause starting at ``end`` tells of: "A and B, who met ..."."""
    k = len(ms) - 1
    while k >= 0 and ms[k].end > end:
        k -= 1
    if k < 0 or not _RELATIVE_GAP_RE.fullmatch(text, ms[k].end, end):
        return []
    first = k
    while first > 0 and (
        _AND_RE.fullmatch(text, ms[first - 1].end, ms[first].start)
        or _AND_BODY_MEMBER_RE.fullmatch(text, ms[first - 1].end, ms[first].start)
    ):
        first -= 1
    return ms[first : k + 1]


def _last_told_with(d: _Draft, before: list[_Draft]) -> _Draft | None:
    """The last meeting told before `d` that shares one of its people (a story's own, no call)."""
    return next(
        (
            p
            for p in reversed(before)
            if p.key & d.key and not p.earlier and p.setting not in _MEDIA
        ),
        None,
    )


def _told_by_day(d: _Draft) -> bool:
    """Whether a meeting's date is one day (or a part of one)."""
    return d.when is not None and d.when.start is not None and d.when.start == d.when.end


class _Reader:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        # ("the President of Estonia" read as the story's one holder, "the leaders" as the
        # group told before them, "the guest" as the one received: see _roles)
        self.all = recast(
            doc.text,
            doc.sentences,
            continue_groups(doc.text, doc.sentences, amend_offices(doc.text, mentions(doc))),
        )
        self.starts = [m.start for m in self.all]
        self.paragraph_starts = [p.start for p in doc.paragraphs]
        self.sentence_starts = [x.start for x in doc.sentences]
        self.drafts: list[_Draft] = []
        self.stems = find_stems(doc)
        self.low = self.stems.low
        self.reversed: str | None = None
        #: Where a meeting word starts in the sentence being read (see :meth:`live_starts`).
        self.live: list[int] = []
        #: The match of :data:`_TRIGGER_RE` at each of ``live``, read to the sentence's end.
        self.matched: dict[int, re.Match[str]] = {}
        #: The people of each country, by code (see :meth:`officials_of`), built when asked.
        self.people_of: dict[str | None, list[Actor]] | None = None
        self.places: dict[Segment, Place | None] = {}
        #: The countries told as hosts, and where: see ``host_country`` (read on first use).
        self.hosts: list[tuple[int, str]] | None = None
        #: The dateline before each end asked for (see :meth:`dateline`).
        self.datelines: dict[int, re.Match[str] | None] = {}
        #: The searches of :meth:`search`, by the id of the pattern, start and end.
        self.searched: dict[tuple[int, int, int], re.Match[str] | None] = {}
        #: Whether the subject of the meeting word being read refers back ("the two leaders").
        self.retold = False
        #: Whether that subject is a group ("the two leaders", not "he").
        self.group_told = False
        #: The draft made or merged last (see :meth:`group_members`).
        self.last: _Draft | None = None
        #: The sentence of an ownerless programme item and the meeting that lent it its owner
        #: (see ``story_owner``).
        self.owned: tuple[Segment, _Draft] | None = None
        #: Those items' people and the meeting that lent each its owner: its place, once known.
        self.owned_items: list[tuple[Segment, _Draft]] = []
        #: The meeting whose people a group ("the three ministers") was read as, if any.
        self.group_from: _Draft | None = None
        #: The office of the last "the Egyptian and Iraqi leaders" read.
        self.demonym_office = ""
        #: A group the resolver read as other people than the meeting it retells: its
        #: resolver's people and the meeting's (see :meth:`group_members`).
        self.regrouped: tuple[frozenset[str], list[Actor]] | None = None
        #: The people the headline names, read when a maker is looked for there.
        self.headline_people: list[Mention] | None = None
        # The release's maker read for a first person past its reach (see release_maker())
        self.released: list[Actor] | None = None
        #: Envoys a government or a ministry summoned with no official named, and where the
        #: summons' sentence ends (see :meth:`summoned_by_body`).
        self.summoned: dict[str, int] = {}
        #: The day of each of those summonses, if told (see :meth:`summons_day`).
        self.summoned_on: dict[str, TimeRef] = {}
        #: The one participant a meeting word's reading named last, when it named only one
        #: (see :meth:`back_off`); how many readings named one, and two or more, so far.
        self.short: Actor | None = None
        self.shorts = self.made = 0
        #: The story's people by country and office, built when first asked (see role_partner).
        self.roles: StoryRoles | None = None

    def in_range(self, start: int, end: int) -> list[Mention]:
        """The mentions inside ``[start, end)``, found by bisection."""
        lo = bisect_left(self.starts, start)
        hi = bisect_left(self.starts, end, lo)
        return [m for m in self.all[lo:hi] if m.end <= end]

    def read(self) -> list[Meeting]:
        sentences = self.doc.sentences
        self.lede(sentences)
        # Only the sentences holding a meeting stem are read, each once, in text order.
        for k, hits in self.stems.by_sentence(MEETING_STEMS):
            self.sentence(sentences[k], hits)
        self.stamped_entries()
        self.follow_on()
        self.fold_plans_of_fewer()
        self.country_office_hosts()
        return [self.record(d) for d in self.drafts if not self.country_stand_in(d)]

    def country_office_hosts(self) -> None:
        """
        Host a visit told with a country for host by that country's holder of the guest's office.

        "Chilean Foreign Minister A held talks on Monday ... A visit to Santiago by Argentine
        Foreign Minister B, set for June, was put off": B was to be received by A, the one
        person of the story who holds B's office for Chile (a minister of the home country,
        told with no country, counts where the lede is placed in it).  Only a planned or
        called-off visit of one guest; the country stays when no one, or two, hold the office.
        """
        for d in self.drafts:
            if d.status == "held" or len(d.people) != 2:
                continue
            guest, host = d.people
            if guest.kind == "country":
                guest, host = host, guest
            office = _guest_office(guest) if host.kind == "country" else None
            if office is None or guest.country == host.country:
                continue
            holders = {
                a.name: a
                for x in self.drafts
                for a in x.people
                if a.kind == "person"
                and a.title is not None
                and _holds_office(a.title, office)
                and self.of_country(a, host.country)
            }
            if len(holders) == 1:
                d.people = [guest, *holders.values()]
                d.key = frozenset(map(_key, d.people))

    def of_country(self, a: Actor, code: str | None) -> bool:
        """Whether ``a`` is of ``code``: told so, or of no country in a lede placed there."""
        if a.country is not None or code is None:
            return a.country == code
        place = self.lede_date_place()[1]
        return place is not None and place.country == code

    def fold_plans_of_fewer(self) -> None:
        """
        Fold a plan of two people into the plan of the same place that names a third too.

        "The two leaders are expected to meet again at the summit in Basseterre next week.
        [...] A and B are expected to meet there with C": one meeting of three, planned (a
        summary's shorter telling gives its date to the fuller one).  Only plans of other
        sentences at the same named place, with the same date or one undated.
        """
        plans = [d for d in self.drafts if d.status == "planned" and d.place is not None]
        if len(plans) < 2:
            return
        gone: set[int] = set()  # (by identity: two drafts may be equal)
        for d in plans:
            for e in plans:
                if (
                    e is not d
                    and id(e) not in gone
                    and len(e.key) > len(d.key)
                    and d.key < e.key
                    and d.place is not None
                    and e.place is not None
                    and d.place.name == e.place.name
                    # (the same date, or one undated; and told apart: "to meet B in January,
                    # and the three are to meet early next year" are two plans)
                    and (d.when is None or e.when is None or d.when.value == e.when.value)
                    and d.evidence != e.evidence
                ):
                    e.when = e.when or d.when
                    gone.add(id(d))
                    break
        if gone:
            self.drafts = [d for d in self.drafts if id(d) not in gone]

    def country_stand_in(self, d: _Draft) -> bool:
        """
        Whether ``d`` meets a country whose person the same sentence's meeting names.

        "A visited Oslo last month and had talks with him" (Norway's premier): the visit's
        country stands in for the person A met, no meeting of its own.
        """
        codes = {a.country for a in d.people if a.kind == "country"}
        if not codes:
            return False
        others = {_key(a) for a in d.people if a.kind != "country"}
        return any(
            x is not d
            and x.evidence == d.evidence
            and others <= x.key
            and any(a.kind == "person" and a.country in codes for a in x.people)
            for x in self.drafts
        )

    def follow_on(self) -> None:
        """
        Place a meeting told with no place where the visit told before it took place.

        "A held talks in Lusaka on Monday with B. A was later received by C": a visitor's
        next meeting, told with neither place nor another day, is held in the same city and,
        told with no day at all, on the same day.  Not a call, nor one at a gathering of its
        own ("on the margins of a forum"), nor a meeting told as earlier ("had met in May"),
        nor one on another day.
        """
        drafts = self.drafts
        for k, d in enumerate(drafts):
            if d.place is None and d.status == "planned" and d.setting is None:
                self.next_days(d, drafts[:k])
            self.that_day(d, drafts[:k])
            self.part_of_that_day(d, drafts[:k])
            if d.place is not None and d.when is None:
                self.later_same_day(d, drafts[:k])
            if d.place is not None or d.status != "held" or d.earlier or d.setting is not None:
                continue  # (a setting of its own: a call, or "on the margins of" another event)
            # (a meeting recalled as background in between is no step of the visit: "The
            # two leaders last met in Suva in May. The Prime Minister then met B")
            # (and so is a plan told in between: "They agreed to arrange a visit by C in the
            # autumn. A later paid a courtesy call on D")
            prior = next(
                (
                    p
                    for p in reversed(drafts[:k])
                    if p.key & d.key and not p.earlier and p.status == "held"
                ),
                None,
            )
            if (
                prior is None
                or prior.place is None
                or prior.status != "held"
                or prior.earlier
                or prior.setting in _MEDIA
                or (d.when is not None and not _same_day(prior.when, d.when))
            ):
                continue
            d.place = prior.place
            d.when = d.when or prior.when
        self.programme_places()
        self.lede_pair_retold()
        self.arrival_place()
        self.return_place()
        self.scene_place()
        self.sibling_place()
        self.dateline_place()
        self.seat_place()
        self.building_place()

    def sibling_place(self) -> None:
        """
        Place the meetings one clause tells one after the other where the first of them is.

        "She first met separately with A, and with B, and then with both together": three
        meetings of one host in one sentence, held where the first was placed (by the
        sentence before: "hosted the meeting here in Brussels"), unless one tells its own.
        """
        for d in self.drafts:
            if d.place is not None or d.status != "held":
                continue
            sibling = next(
                (
                    o
                    for o in self.drafts
                    if o is not d
                    and o.place is not None
                    and o.evidence == d.evidence
                    and o.status == "held"
                    and o.earlier == d.earlier
                    and o.key & d.key
                    and (d.when is None or _same_day(o.when, d.when))
                ),
                None,
            )
            if sibling is not None:
                d.place = sibling.place

    def programme_places(self) -> None:
        """Place an ownerless programme item (see ``story_owner``) where its owner's was."""
        for sent, last in self.owned_items:
            for d in self.drafts:
                if last.place is not None and d.evidence == sent and last.people[0] in d.people:
                    d.place = last.place
                    d.when = d.when or last.when

    def arrival_place(self) -> None:
        """
        Place talks told with no city where a participant "arrived in".

        "A held talks with B at State House [...] B, who arrived in Georgetown on Wednesday
        night for a 24-hour visit, ...": the next two sentences, a known city.  "B arrived in
        Port Vila on Tuesday for a three-day visit. The two ministers met at the ministry
        yesterday", "B is expected to pay a courtesy call on the Prime Minister this
        morning": a meeting of the visitor told after the arrival, within a week of it (or,
        held and undated, within three sentences of it), is in that city too.
        """
        pending = [
            d
            for d in self.drafts
            if d.place is None
            and d.status in {"held", "planned"}
            and not d.earlier
            and d.setting is None
        ]
        if not pending or "arrive" not in self.text:
            return
        arrivals = self.arrivals()
        for d in pending:
            k = bisect_left(self.sentence_starts, d.evidence.start)
            after = [
                a
                for a in arrivals
                if k < a[0] <= k + 2 and a[2] & d.key and self.arrived_by(d, a[3])
            ]
            before = [a for a in arrivals if a[0] < k and a[2] & d.key][-1:]
            for j, city, _, day in after or before:
                start = None if d.when is None else d.when.start
                if j < k and not (
                    0 <= (start - day).days <= _WEEK
                    if day is not None and start is not None
                    else d.status == "held" and k - j <= _ARRIVAL_REACH
                ):
                    continue
                d.place = Place(name=city, country=CITIES[city])
                break

    def arrived_by(self, d: _Draft, day: date | None) -> bool:
        """
        Whether an arrival told after the meeting ``d`` brings its guest there for it.

        A held meeting: the visit it was part of ("B, who arrived in Lima on Tuesday").  A
        planned one: an arrival on its day or in the week before it ("A will receive B on
        Wednesday. B is expected to arrive in Lima on Tuesday evening").
        """
        if d.status == "held":
            return True
        start = None if d.when is None else d.when.start
        return day is None or start is None or 0 <= (start - day).days <= _WEEK

    def return_place(self) -> None:
        """
        Place talks told with no city where a participant came back from.

        "A said on her return from Caracas yesterday [...] A held talks on Thursday with B":
        a held meeting of one who "returned from" (or spoke "on her return from") a known
        city, within a week before the return, was held in that city.
        """
        if "return" not in self.low:
            return
        returns = []
        for m in _RETURN_FROM_RE.finditer(self.text):
            if m.group(1) not in CITIES:
                continue
            k = bisect_right(self.sentence_starts, m.start()) - 1
            x = self.doc.sentences[k]
            who = {_key(p.actor) for p in self.in_range(x.start, x.end) if p.actor.kind == "person"}
            days = [t.start for t in self.doc.dates_in(x.start, x.end) if t.start is not None]
            returns.append((k, m.group(1), who, days[0] if days else None))
        for d in self.drafts:
            if d.place is not None or d.status != "held" or d.setting is not None:
                continue
            j = bisect_right(self.sentence_starts, d.evidence.start) - 1
            start = None if d.when is None else d.when.start
            for k, city, who, day in returns:
                # (both dated: the meeting in the week before the return, "had met" too; else
                # told near it)
                near = (
                    0 <= (day - start).days <= _WEEK
                    if day is not None and start is not None
                    else abs(j - k) <= _ARRIVAL_REACH and not d.earlier
                )
                if who & d.key and near:
                    d.place = Place(name=city, country=CITIES[city])
                    break

    def scene_place(self) -> None:
        """
        Place a held meeting told later in a paragraph that opens by setting its scene.

        "On Monday, in Riyadh, A met the Gulf ministers. He also had lunch with B": the lunch
        is in Riyadh too, not in the dateline's city.
        """
        paragraphs, text = self.doc.paragraphs, self.text
        for d in self.drafts:
            if d.place is not None or d.status != "held" or d.earlier or d.setting is not None:
                continue
            k = bisect_left(self.paragraph_starts, d.evidence.start + 1) - 1
            if k < 0 or paragraphs[k].start >= d.evidence.start:
                continue  # (the paragraph's first sentence reads its own place)
            m = _SCENE_RE.match(text, paragraphs[k].start, d.evidence.start)
            found = None if m is None else _city_of(m.group(1))
            if found is not None:
                d.place = Place(name=found[0], country=CITIES[found[1]])

    def arrivals(self) -> list[tuple[int, str, set[str], date | None]]:
        """
        Each "arrived in" a known city: its sentence, the city, who arrived, and the day.

        Who arrived: the people named before the words in their sentence.
        """
        sentences, text = self.doc.sentences, self.text
        out: list[tuple[int, str, set[str], date | None]] = []
        for k, x in enumerate(sentences):
            if "arrive" not in text[x.start : x.end]:
                continue
            m = _ARRIVED_IN_RE.search(text, x.start, x.end)
            if m is None:
                continue
            city = m.group(1)
            if city is None:  # "arrived here": the city of the dispatch it is told in
                city = self.dispatch_before(m.start())
                if city is None and (here := self.lede_date_place()[1]) is not None:
                    city = here.name
            if city is None or city not in CITIES:
                continue
            who = {_key(p.actor) for p in self.in_range(x.start, m.start())}
            day = next(
                (
                    t.start
                    for t in self.doc.dates_in(m.end(), x.end)
                    if t.granularity in {"day", "part_of_day"} and t.start is not None
                ),
                None,
            )
            out.append((k, city, who, day))
        return out

    def stamped_entries(self) -> None:
        """
        Date a meeting held with no day of its own by its live blog entry's time stamp.

        "18:05 GST" on a line of its own, then "A has just met B on the sidelines": the entry
        tells what happened at that time of the stamp's day.
        """
        undated = [
            d for d in self.drafts if d.when is None and d.status == "held" and not d.earlier
        ]
        if not undated:
            return
        paragraphs = self.doc.paragraphs
        starts = [p.start for p in paragraphs]
        for d in undated:
            k = bisect_right(starts, d.evidence.start) - 1
            if k < 1:
                continue
            stamp = paragraphs[k - 1]
            if stamp.end - stamp.start > _STAMP_MAX_CHARS:
                continue
            d.when = next(
                (
                    t
                    for t in self.doc.dates_in(stamp.start, stamp.end)
                    if t.span is not None
                    and t.span.start <= stamp.start + 1
                    and t.span.end >= stamp.end - 1
                    and t.granularity in {"day", "part_of_day", "time"}
                ),
                None,
            )

    def that_day(self, d: _Draft, before: list[_Draft]) -> None:
        """
        Date a meeting told "later that day" by the meeting told before it with someone shared.

        "A met B on Monday morning. Later that day, A held talks with C": Monday, whatever
        day the paper would give a meeting told with no date.
        """
        if d.status != "held" or d.earlier or not before:
            return
        if not self.low.startswith(_SAME_DAY_OPENING, d.evidence.start) and not _THAT_DAY_RE.search(
            self.low, d.evidence.start, d.evidence.end
        ):
            return
        # (the day of the story's own meetings, not of a call or a meeting told as background:
        # "They last spoke by phone on February 20. Earlier in the day, A called on C")
        prior = self.same_day_just_before(d, before) or _last_told_with(d, before)
        if prior is not None and prior.status == "held" and _told_by_day(prior):
            d.when = prior.when

    def same_day_just_before(self, d: _Draft, before: list[_Draft]) -> _Draft | None:
        """
        The meeting or call told in the sentence right before "On the same day, ...".

        "The Prime Minister spoke by telephone with B on June 6. On the same day, A summoned
        the ambassador": June 6, the day just told, though nobody is shared with the call
        (not a meeting told as background: "They last spoke by phone on ...").
        """
        if not self.low.startswith(_SAME_DAY_OPENING, d.evidence.start):
            return None
        k = bisect_left(self.sentence_starts, d.evidence.start)
        if k == 0:
            return None
        previous = self.doc.sentences[k - 1]
        return next(
            (
                p
                for p in reversed(before)
                if p.evidence.start == previous.start and not p.earlier and _told_by_day(p)
            ),
            None,
        )

    def part_of_that_day(self, d: _Draft, before: list[_Draft]) -> None:
        """
        Date a plan told only by a part of the day by the meeting told before it.

        "A received B in the morning [...] In the afternoon, B is to be received by C": the
        day of A and B's meeting (a held or planned one, told with a day), not no day.
        """
        if d.when is not None or d.status != "planned" or not before:
            return
        if _IN_PART_OF_DAY_RE.search(self.low, d.evidence.start, d.evidence.end) is None:
            return
        prior = _last_told_with(d, before)
        if prior is not None and _told_by_day(prior):
            d.when = prior.when

    def later_same_day(self, d: _Draft, before: list[_Draft]) -> None:
        """
        Date a meeting told "later", in the same place, by the visit's meeting told before it.

        "A held talks with B in Skopje on Wednesday. [...] B, who arrived on Tuesday, later
        met C": the same day as the talks, in a place already known to be the same.
        """
        if d.status != "held" or d.earlier or d.setting is not None or d.place is None:
            return
        if _LATER_MET_RE.search(self.low, d.evidence.start, d.evidence.end) is None:
            return
        prior = next((p for p in reversed(before) if p.key & d.key), None)
        if (
            prior is not None
            and prior.status == "held"
            and not prior.earlier
            and prior.setting is None
            and prior.when is not None
            and prior.place is not None
            and prior.place.name == d.place.name
        ):
            d.when = prior.when

    def seat_place(self) -> None:
        """
        Place a meeting at a seat of government named by its office in the host's capital.

        "B was received by President A at the presidential palace", "A will receive B at
        the Chancellery", "B called on A at the ministry", "A met Chinese Ambassador B at the
        Department of Foreign Affairs": a meeting told with no place, at a seat no table
        places, is held in the capital of the one who hosts it (the one after "received by"
        or "called on", the one before "received", the other side of an ambassador).
        """
        text = self.text
        for d in self.drafts:
            if d.place is not None or d.setting in _MEDIA or len(d.people) < 2:
                continue
            national = _AT_NATIONAL_SEAT_RE.search(text, d.evidence.start, d.evidence.end)
            code = DEMONYMS.get(national.group(1)) if national is not None else None
            if code is not None and _CAPITAL_OF.get(code) is not None:
                # "C and D met separately at the Chilean Foreign Ministry": in Santiago
                d.place = Place(name=_CAPITAL_OF[code], country=code)
                continue
            seat = _AT_SEAT_RE.search(text, d.evidence.start, d.evidence.end)
            if seat is None:
                continue
            host = self.seat_host(d, seat.start())
            if host is not None and host.country is not None:
                city = _CAPITAL_OF.get(host.country)
                d.place = None if city is None else Place(name=city, country=host.country)
                continue
            # a host of no country told (the home side of a home outlet): the story's city,
            # unless that is a guest's country ("postponed his visit to Niamey")
            place = self.lede_date_place()[1]
            if place is not None and not any(
                a.country == place.country for a in d.people if a is not host
            ):
                d.place = place

    def seat_host(self, d: _Draft, end: int) -> Actor | None:
        """The one of ``d`` who hosts it at a seat told at ``end`` (see :meth:`seat_place`)."""
        start = d.evidence.start
        mentions = [m for m in self.in_range(start, end) if _key(m.actor) in d.key]
        by = _HOSTED_BY_RE.search(self.text, start, end)
        if by is not None:
            after = [m for m in mentions if m.start >= by.end()]
            return after[0].actor if after else None
        hosts = _HOSTS_RE.search(self.text, start, end)
        if hosts is not None:
            before = [m for m in mentions if m.end <= hosts.start()]
            return before[-1].actor if before else None
        envoys = [a for a in d.people if a.title and _ENVOY_TITLE_RE.search(a.title)]
        if len(envoys) == 1 and len(d.people) == 2:
            return next(a for a in d.people if a is not envoys[0])
        return None

    def building_place(self) -> None:
        """
        Place a meeting at a building named with no city in the story's city.

        "Mr. Tan will call on A tomorrow at the Hilton hotel", "the summit opens at Parliament
        House on Thursday", under a "KUALA LUMPUR, Tuesday." dateline: a building no table
        places, in a meeting told with no place after every other rule, is in the city of
        the dateline (or of the lede).  Not a call, nor a meeting told as earlier.
        """
        for d in self.drafts:
            if (
                d.place is not None
                or d.earlier
                or d.setting in _MEDIA
                or not _AT_BUILDING_RE.search(self.text, d.evidence.start, d.evidence.end)
            ):
                continue
            d.place = self.lede_date_place()[1]

    def dateline_place(self) -> None:
        """
        Place a meeting held in person in the days before the story in its dateline's city.

        "NEW YORK, 29 January -- [...] The Secretary-General met on 27 January with A": a
        meeting told with no place, no setting, a day at most three before the publication.
        """
        published = self.doc.published
        line = None
        for d in self.drafts:
            if (
                d.place is not None
                or d.status != "held"
                or d.earlier
                or (d.setting is not None and not self.gathering_setting(d.setting))
                or published is None
                or d.when is None
                or d.when.start is None
                or d.when.granularity not in {"day", "part_of_day"}
                or not 0 <= (published - d.when.start).days <= _VISIT_DAYS
            ):
                continue
            line = line or self.dateline(self.lede_end)
            if line is None:
                return
            # a later dispatch of the page ("From Our Correspondent / Gibraltar, Tuesday")
            name = self.dispatch_before(d.evidence.start) or _dateline_name(line.group(1))
            code = CITIES.get(name) or self.dateline_region(line)
            if code is None:
                return
            d.place = Place(name=name, country=code or None)

    def dateline_region(self, line: re.Match[str]) -> str | None:
        """
        The country of a dateline's town no table knows, when the dateline names it.

        "BALI, Indonesia (AP) -" -> "ID", "GLASSBORO, N.J., June 23-" -> "US": a town in
        capitals, a comma, then a country or a US state's abbreviation.  A town in capitals
        credited to an agency ("SOCHI (Reuters) -", "OSAKA, June 28 (Kyodo) -") is a
        dateline's too, its country unknown: "".
        """
        if not line.group(1).isupper():
            return None
        if (
            line.group(1) not in _STORY_LABELS
            and _DATELINE_CREDIT_RE.match(self.text, line.end() - 1) is not None
        ):
            return ""
        if not line.group().endswith(","):
            return None
        m = _DATELINE_REGION_RE.match(self.text, line.end())
        if m is None:
            return None
        region = m.group(1)
        if region in US_STATE_ABBREVIATIONS:
            return "US"
        return COUNTRY_NAMES.get(region) or (
            SUBDIVISIONS.get(region) if region in SUBDIVISIONS else None
        )

    @staticmethod
    def gathering_setting(setting: str) -> bool:
        """Whether a setting is a gathering in person: "margins of the Executive Council"."""
        return setting.startswith(("sidelines", "margin", "fringe"))

    def lede_pair_retold(self) -> None:
        """
        Date and place "the two ministers also discussed X" by the lede that names the pair.

        "A and his Polish counterpart B agreed in Vilnius on Wednesday to ... [...] The two
        ministers also discussed ...": a retelling with neither day nor place, of the two
        people the lede's first sentence names together, is their encounter of the lede.
        """
        for d in self.drafts:
            if (
                not d.retold
                or d.when is not None
                or d.place is not None
                or d.status != "held"
                or d.earlier
                or d.setting is not None
                or len(d.key) != 2
                or not self.lede_content
            ):
                continue
            first = next(
                (x for x in self.doc.sentences if x.start >= self.lede_content[0].start), None
            )
            if first is None or not d.key <= {
                _key(m.actor) for m in self.in_range(first.start, first.end)
            }:
                continue
            when, place = self.lede_date_place()
            if when is not None and place is not None:
                d.when, d.place = when, place

    def dispatch_before(self, pos: int) -> str | None:
        """
        The city of the last dispatch line past the lede before ``pos``, if any.

        A page of several dispatches opens each with a line of its own, "Gibraltar, Tuesday"
        or "ROME, June 10", or with a dateline in capitals at the head of its first paragraph
        ("WASHINGTON, July 18 [AP]-Secretary of State A met ..."): its meetings are placed
        there, not at the first dateline.
        """
        found = None
        for p in self.doc.paragraphs:
            if p.start > pos:  # (the meeting may open the dispatch's paragraph)
                break
            if p.start < self.lede_end:
                continue
            if p.end - p.start > 40:
                m = _DISPATCH_PARAGRAPH_RE.match(self.text, p.start, p.end)
                if m is None or not m.group(1).isupper():
                    continue
            else:
                m = _DISPATCH_PARAGRAPH_RE.fullmatch(self.text, p.start, p.end)
            if m is not None and _dateline_name(m.group(1)) in CITIES:
                found = _dateline_name(m.group(1))
        return found

    def next_days(self, d: _Draft, before: list[_Draft]) -> None:
        """
        Place a meeting planned within days of a visit told before it where that visit is.

        "A held talks with B in Hanoi on Thursday [...] A is scheduled to call on C on
        Friday": the visit goes on in Hanoi.
        """
        if d.when is None or d.when.start is None or d.when.granularity != "day":
            return
        for p in reversed(before):
            if not p.key & d.key:
                continue
            if (
                p.status == "held"
                and p.place is not None
                and p.setting is None
                and not p.earlier
                and p.when is not None
                and p.when.start is not None
                and 0 <= (d.when.start - p.when.start).days <= _VISIT_DAYS
            ):
                d.place = p.place
            return

    def lede(self, sentences: list[Segment]) -> None:
        """Find where the lede ends: meetings told at the top happened then and there."""
        self.lede_end = 0
        self.lede_content: list[Segment] = []
        self.lede_found: tuple[TimeRef | None, Place | None] | None = None
        if not sentences:
            self.lede_found = (None, None)
            return
        content = self.lede_paragraphs()
        paragraphs = self.doc.paragraphs
        if len(content) > 1 and any(
            p.end - p.start <= 40 and _DISPATCH_PARAGRAPH_RE.fullmatch(self.text, p.start, p.end)
            for p in paragraphs[
                bisect_left(self.paragraph_starts, content[0].end) : bisect_left(
                    self.paragraph_starts, content[1].start
                )
            ]
        ):
            content = content[:1]  # the next paragraph opens another dispatch ("Rome, Monday")
        self.lede_end = content[min(1, len(content) - 1)].end if content else sentences[0].end
        self.lede_content = content

    def said_after(self, sent: Segment, trig: re.Match[str], day: TimeRef | None) -> bool:
        """
        Whether the lede's day is that of words said "after talks" the sentence tells.

        "X said Thursday after talks with his counterpart Y": the day of the telling, the
        talks before it (their day told further on, or none).
        """
        return (
            day is not None
            and day.span is not None
            and sent.start <= day.span.start < trig.start()
            and _SAID_BEFORE_RE.search(
                self.low, max(sent.start, day.span.start - 12), day.span.start
            )
            is not None
            and self.low.endswith("after ", max(0, trig.start() - 6), trig.start())
        )

    def lede_date_place(self) -> tuple[TimeRef | None, Place | None]:
        """The lede's date and place, read when a meeting told there first needs them."""
        if self.lede_found is not None:
            return self.lede_found
        sentences, content, end = self.doc.sentences, self.lede_content, self.lede_end
        days = [
            t
            for t in self.doc.dates_in(0, end)
            if t.span is not None
            and t.span.start < end
            and any(p.start <= t.span.start < p.end for p in content)
            and t.granularity in {"day", "part_of_day"}
            and not _DATE_BAD_BEFORE_RE.search(self.low, max(0, t.span.start - 8), t.span.start)
            and not self.in_since_clause(t.span.start)
        ]
        # "Bissau, 16 Apr 2026 (Lusa) - The ministers agreed on Wednesday ...": the day the
        # lede tells of, not the day the dispatch was filed, when it tells one
        leads = [_DATELINE_LEAD_RE.match(self.text, p.start, p.end) for p in content]
        told = [
            t
            for t in days
            if t.span is not None
            and not any(m is not None and m.start() <= t.span.start < m.end() for m in leads)
        ]
        lede_date = told[0] if told else days[0] if days else None
        # The place told in the first sentence of the lede, when it tells a meeting ("met in
        # the city of B"), else the dateline's, else the first sentence's all the same.
        first = sentences[0]
        if content:
            first = next(
                (x for x in sentences if x.start >= content[0].start and x.end <= end), first
            )
        first = self.before_preparing(first, first.start)
        other = _AFTER_EVENT_RE.search(self.low, first.start, first.end) or (
            # "... for the first time since border fighting broke out in B"
            _SINCE_CLAUSE_RE.search(self.low, first.start, first.end)
        )
        topic = _TOPIC_GATHERING_RE.search(self.text, first.start, first.end)
        if topic is not None and (other is None or topic.start() < other.start()):
            other = topic  # "talks on the summit in B": the topic's place
        if other is not None:  # "... two days after a drone strike killed two men in B"
            first = Segment(first.start, other.start())
        onward = _THEN_TRAVEL_RE.search(self.low, first.start, first.end)
        if onward is not None:  # "met A today, then drove to Haifa to see B": B's stop
            first = Segment(first.start, onward.start())
        lede_place = self.place(first)
        if lede_place is None or not _has_trigger(self.low, first.start, first.end):
            m = self.dateline(end)
            if m is not None:
                name = _dateline_name(m.group(1))
                code = CITIES.get(name) or (
                    self.dateline_region(m) if m.re is _DATELINE_RE else None
                )
                if code is not None:
                    lede_place = Place(name=name, country=code or None)
                elif m.re is _BYLINE_IN_RE and lede_place is None:
                    lede_place = Place(name=name, country=None)  # "From A, in Brussels"
        self.lede_found = (lede_date, lede_place)
        return self.lede_found

    def held_lede_day(self, lede_date: TimeRef | None) -> TimeRef | None:
        """
        The lede's day for a meeting held, a day to come passed over for one gone by.

        "A meeting of A and B set for this Friday will not go ahead, C told the envoy on
        Monday. C hosted the envoy at the ministry": Monday, not Friday.
        """
        published = self.doc.published
        if (
            lede_date is None
            or published is None
            or lede_date.start is None
            or lede_date.start <= published
            or lede_date.span is None
        ):
            return lede_date
        return next(
            (
                t
                for t in self.doc.dates_in(lede_date.span.end, self.lede_end)
                if t.start is not None
                and t.start <= published
                and t.granularity in {"day", "part_of_day"}
                and t.span is not None
                and any(p.start <= t.span.start < p.end for p in self.lede_content)
            ),
            lede_date,
        )

    def lede_paragraphs(self) -> list[Segment]:
        """The first two paragraphs of eight words or more: the lede and what follows it."""
        out: list[Segment] = []
        paragraphs = self.doc.paragraphs
        # A standfirst before the dateline's paragraph is no part of the lede: the story
        # starts at "WARSAW - ..." (a dateline in capitals) when one opens a paragraph soon
        # (not when the first paragraph has its own: the later one is another dispatch).
        first = _DATELINE_RE.match(self.text, paragraphs[0].start) if paragraphs else None
        opened = first is not None and first.group(1).isupper() and len(first.group(1)) > 2
        for k, p in enumerate(paragraphs[1 : 1 if opened else _DATELINE_WITHIN], 1):
            m = _DATELINE_RE.match(self.text, p.start, p.end)
            if (
                m is not None and m.group(1).isupper() and len(m.group(1)) > 2
            ) or self.stop_dateline(p.start, p.end) is not None:
                paragraphs = paragraphs[k:]
                break
        for p in paragraphs:
            words = self.text[p.start : p.end]
            # (a deck over the date line ends with no stop: "Ministers also plan to ...")
            if len(words.split(maxsplit=8)) >= 8 and words.rstrip()[-1:] in _PARAGRAPH_ENDS:
                out.append(p)
                if len(out) == 2:
                    break
        return out

    def dateline(self, end: int) -> re.Match[str] | None:
        """
        The first dateline ("LIMA, March 3 -") before ``end``: one starts a line.

        A known city's first; else the first in capitals ("KESSLER, HAROLD", an archive's
        byline, comes before "SAN SALVADOR, El Salvador, July 18-"); a record's field
        "DATELINE: BISHKEK, April 17" is one.
        """
        if end in self.datelines:
            return self.datelines[end]
        found = self.find_dateline(end)
        self.datelines[end] = found
        return found

    def find_dateline(self, end: int) -> re.Match[str] | None:
        """:meth:`dateline`, read afresh."""
        text = self.text
        fallback = masthead = None
        for p in self.doc.paragraphs:  # the lines that are not blank
            if p.start >= end:
                break
            m = self.dateline_at(p, end)
            if m is None or m.re is not _DATELINE_RE:
                if m is not None:
                    return m
                continue
            if _MASTHEAD_RE.fullmatch(text, p.start, p.end):
                # the paper's home: a dispatch's own dateline below it tells where it was
                # written ("UNITED NATIONS, N.Y., Nov. 7.-" under a Montreal masthead)
                masthead = masthead or m
                continue
            name = m.group(1)
            if not name.isupper() and (
                name not in CITIES
                or not (
                    text[p.end - 1 : p.end] in _PARAGRAPH_ENDS
                    or _dated_rest(text[m.end() : p.end])
                    or text[m.end() : p.end].strip() in COUNTRY_NAMES
                )
            ):
                # a headline opening "Zambia, Zimbabwe agree ..." or "Salvador, Honduras Accept
                # Truce" is no dateline: one in capitals, or a known city opening prose, is
                continue
            if name.isupper() and _dateline_name(name) not in CITIES:
                fallback = fallback or m
                continue
            return m
        if masthead is not None or fallback is not None:
            return masthead or fallback
        line = self.doc.dateline
        if line and _BARE_PLACE_RE.fullmatch(line):
            # the place of a byline the outlet parser took off the body ("From A, Europe
            # Editor, in Brussels"), read as that byline is
            return _BYLINE_IN_RE.match(f"From {line} in {line}")
        return None

    def dateline_at(self, p: Segment, end: int) -> re.Match[str] | None:
        """The dateline (or byline with a place) opening the paragraph ``p``, if any."""
        m = None
        if self.text.startswith(("From ", "By "), p.start):
            m = _BYLINE_IN_RE.match(self.text, p.start, min(end, p.end))
        elif self.text.startswith("DATELINE:", p.start):
            m = _LABELLED_DATELINE_RE.match(self.text, p.start, min(end, p.end))
        return m or _DATELINE_RE.match(self.text, p.start, end) or self.stop_dateline(p.start, end)

    def stop_dateline(self, start: int, end: int) -> re.Match[str] | None:
        """A dateline closed by a full stop ("Dodoma. Tanzania and ..."): a known city."""
        m = _STOP_DATELINE_RE.match(self.text, start, end)
        return m if m is not None and m.group(1) in CITIES else None

    def sentence(self, sent: Segment, hits: list[int]) -> None:
        """Read one sentence; ``hits`` are the offsets of its meeting stems."""
        text = self.text
        if self.drafts and self.drafts[-1].status == "planned":
            self.plan_told_after(sent, self.drafts[-1])
        live = self.live = self.live_starts(sent, hits)
        low = self.low
        # (the exact test only where a hit opens one of its stems: most sentences have none)
        accompanied = any(map(low.startswith, repeat(("accompan", "joined")), hits)) and any(
            self.low.startswith("accompan", h)
            # "The two leaders were joined by their ministers, A and B, for lunch"
            or (self.low.startswith("joined", h) and _JOINED_OWN_RE.match(self.low, h + 6))
            for h in hits
        )
        if any(map(low.startswith, repeat(_PAIR_NOUNS), hits)):
            self.surname_pair(sent, hits)
        self.attended_by(sent)
        if not live and not accompanied:
            if self.drafts and self.search(_ATTENDED_RE, _ATTENDED_WORDS, sent.start, sent.end):
                self.attended(sent)
            return
        inside = self.in_range(sent.start, sent.end)
        sent_people = _people(inside, text)
        if (
            not sent_people
            and not any(m.actor.kind == "organization" for m in inside)
            and not self.search(_OFFICIALS_OF_RE, _OFFICIALS_OF_WORDS, sent.start, sent.end)
            and not self.search(_DEMONYM_OFFICIALS_RE, _OFFICIALS_OF_WORDS, sent.start, sent.end)
            # ("after talks between their foreign ministers": see their_officials)
            and self.low.find(" between their ", sent.start, sent.end) < 0
            # ("The talks will resume on Friday": see resumed_talks)
            and not any(m.lastgroup == "resume" for m in self.matched.values())
        ):
            return
        for clause, trig in self.meeting_words(sent, live):
            shorts, made = self.shorts, self.made
            self.trigger(sent, clause, trig, sent_people)
            if self.shorts != shorts and self.made == made:
                self.one_named(sent, clause, trig, sent_people)
        if accompanied:
            self.accompanied(sent, sent_people)
        if (
            self.drafts
            and self.drafts[-1].evidence == sent
            and self.low.find(" as host", sent.start, sent.end) >= 0
        ):
            self.as_host(sent, sent_people)

    def back_off(
        self, sent: Segment, clause: Segment, trig: re.Match[str], sent_people: list[Mention]
    ) -> None:
        """
        Pair the one participant a strong meeting word's reading named with the nearest person.

        "Prime Minister A first asked Norway to mediate when he met Prime Minister B": the
        readings name B alone; the person nearest the word on the other side of it, within
        the sentence and a short reach, is the other party (A, told as "he").  Only the
        plain meeting words ("met", "held talks with", "spoke by phone with"), and only a
        person of another key standing close to the word, not a possessor ("A's aide").
        """
        known = self.short
        if known is None or known.kind != "person" or not _BACK_OFF_RE.fullmatch(trig.group()):
            return
        key = _key(known)
        start, end = trig.span()
        text = self.text
        people = [
            m
            for m in sent_people
            if m.actor.kind == "person" and not _POSSESSIVE_END_RE.search(text, m.start, m.end)
        ]
        left = [
            m
            for m in reversed(people)
            if clause.start <= m.start and m.end <= start and start - m.end <= _BACK_OFF_REACH
        ]
        right = [
            m
            for m in people
            if m.start >= end and m.start - end <= _BACK_OFF_REACH and m.end <= clause.end
        ]
        if not any(_key(m.actor) == key for m in (*left, *right)):
            # the one named stands far off: "A summoned B ..., and C and D spoke by phone"
            if (
                len(left) >= 2
                and not right
                and _key(left[0].actor) != _key(left[1].actor)
                and text[left[1].end : left[0].start] == " and "  # "C and D spoke"
            ):
                self.add(sent, clause, trig, [left[1].actor, left[0].actor])
            return
        known_left = any(_key(m.actor) == key for m in left) and not any(
            _key(m.actor) == key for m in right
        )
        other = next((m for m in (right if known_left else left) if _key(m.actor) != key), None)
        if other is None or not _plain_gap(
            text[end : other.start] if known_left else text[other.end : start]
        ):
            return
        pair = [known, other.actor] if known_left else [other.actor, known]
        self.add(sent, clause, trig, pair)

    def one_named(
        self, sent: Segment, clause: Segment, trig: re.Match[str], sent_people: list[Mention]
    ) -> None:
        """A meeting word's reading named one participant: the other by place, then by role."""
        made = self.made
        self.back_off(sent, clause, trig, sent_people)
        if self.made == made:
            self.role_partner(sent, clause, trig)

    def role_partner(self, sent: Segment, clause: Segment, trig: re.Match[str]) -> None:
        """
        Pair the one visitor a visit word named with his host, told by role in the story.

        "A made a visit to Tokyo for talks": the story's one person of Japan of A's rank, or
        the one A met before (see :func:`diplomeet._roles.visit_host`).  Asked only after
        :meth:`back_off` found no partner.
        """
        known = self.short
        if (
            known is None
            or known.kind != "person"
            or not self.low.startswith("visit", trig.start())
        ):
            return
        if self.roles is None:
            self.roles = StoryRoles(m.actor for m in self.all)
        key = _key(known)
        met = [
            a
            for d in reversed(self.drafts)
            if key in d.key and len(d.people) == 2
            for a in d.people
            if _key(a) != key
        ]
        host = visit_host(self.roles, self.text, (trig.end(), clause.end), known, met)
        if host is not None:
            self.add(sent, clause, trig, [known, host])

    def surname_pair(self, sent: Segment, hits: list[int]) -> None:
        """Read "the Duarte-Arce talks": a meeting of the two people named before."""
        text = self.text
        for h in hits:
            trig = _PAIR_NOUN_RE.match(self.low, h)
            lo = max(sent.start, h - _PAIR_REACH)
            pair = (
                None
                # (most nouns have no dash before them: no search)
                if trig is None or (text.find("-", lo, h) < 0 and text.find("\u2013", lo, h) < 0)
                else _SURNAME_PAIR_RE.search(text, lo, h)
            )
            if trig is None or pair is None:
                continue
            dash = pair.end(1)
            # (or named in the next sentence: "The Diallo-Meimou talks ended without a deal.
            # Foreign Minister A and his counterpart B will meet again")
            people = [
                self.named_before(pair.group(k), pair.start())
                or self.named_next(pair.group(k), sent)
                for k in (1, 2)
            ]
            key = {_key(a) for a in people if a is not None}
            if any(
                m.start < dash < m.end and _key(m.actor) not in key
                for m in self.in_range(pair.start(), pair.end())
            ):
                continue  # one person's double surname: "Senator Rosa-Vidal"
            # (an undated retelling of a meeting told before adds nothing: "will meet ... The
            # Vollmer-Reyes meeting would focus on energy" stays planned)
            if len(key) == 2 and (
                self.doc.dates_in(sent.start, sent.end)
                or not any(d.key == key for d in self.drafts)
            ):
                self.add(sent, sent, trig, [a for a in people if a is not None])

    def named_next(self, surname: str, sent: Segment) -> Actor | None:
        """The person first named after ``sent``, in the next sentence, as ``surname``."""
        k = bisect_right(self.sentence_starts, sent.start)
        if k >= len(self.doc.sentences):
            return None
        nxt = self.doc.sentences[k]
        key = surname_key(surname)
        return next(
            (
                m.actor
                for m in self.in_range(nxt.start, nxt.end)
                if m.actor.kind == "person" and surname_key(m.actor.name) == key
            ),
            None,
        )

    def named_before(self, surname: str, end: int) -> Actor | None:
        """The person last named before ``end`` whose surname is ``surname``."""
        key = surname_key(surname)
        return next(
            (
                m.actor
                for m in reversed(self.all[: bisect_left(self.starts, end)])
                if m.actor.kind == "person" and surname_key(m.actor.name) == key
            ),
            None,
        )

    def live_starts(self, sent: Segment, hits: list[int]) -> list[int]:
        """
        Where a meeting word starts in ``sent`` read whole, tried at :meth:`trigger_starts`.

        A meeting word read in a clause is read at the same place in the whole sentence too
        (a clause ends before ";", "," or a space, which no meeting word reads past).
        """
        low = self.low
        matched: dict[int, re.Match[str]] = {}
        self.matched = matched
        for q in self.trigger_starts(sent, hits):
            m = _TRIGGER_RE.match(low, q, sent.end)
            if m is not None:
                matched[q] = m
        return list(matched)

    def meeting_words(
        self, sent: Segment, live: list[int]
    ) -> Iterator[tuple[Segment, re.Match[str]]]:
        """
        The meeting words of ``sent`` with their clauses, found as they are asked for.

        The same as :data:`_TRIGGER_RE` finds in each clause, tried only at ``live`` (see
        :meth:`live_starts`); the sentence is cut into clauses only as far as the last.
        """
        if not live:
            return
        text, low, matched = self.text, self.low, self.matched
        k = 0
        for clause in _clauses(text, low, sent):  # the clauses and ``live`` are in text order
            if clause.start > live[-1]:
                return
            while k < len(live) and live[k] < clause.start:
                k += 1
            free = clause.start
            # the clause that ends the sentence: the matches of live_starts() (the same call)
            whole = matched if clause.end == sent.end else None
            while k < len(live) and live[k] < clause.end:
                if live[k] >= free:
                    m = (
                        whole[live[k]]
                        if whole is not None
                        else _TRIGGER_RE.match(low, live[k], clause.end)
                    )
                    if m is not None:
                        yield clause, m
                        free = m.end()
                k += 1

    def search(
        self, pattern: re.Pattern[str], words: tuple[str, ...], start: int, end: int
    ) -> re.Match[str] | None:
        """
        ``pattern.search(low, start, end)``, not tried where none of ``words`` stands.

        Each search is made once: the meeting words of a sentence share its stretches.  The
        cache is keyed by the pattern's id: hashing a compiled pattern hashes its whole
        compiled code (about 1 microsecond, 12 for the meeting words' pattern), and the
        patterns are module constants, alive as long as the reader.
        """
        key = (id(pattern), start, end)
        if key in self.searched:
            return self.searched[key]
        found = None
        if _holds(self.low, words, start, end):
            found = pattern.search(self.low, start, end)
        self.searched[key] = found
        return found

    def trigger_starts(self, sent: Segment, hits: list[int]) -> list[int]:
        """
        Where a meeting word may start in ``sent``: at a stem, or a few words before one.

        Every phrase :data:`_TRIGGER_RE` reads starts with a stem of ``MEETING_STEMS``, or
        with one of :data:`_PHRASE_STARTS` at most four words before one of
        :data:`_LOOK_BACK_STEMS`, the words parted by white space only ("spoke on the
        telephone", "had a brief meeting").  The words before a stem are read backwards, in
        the reversed text.
        """
        extra: list[int] = []
        n = len(self.text)
        for h in hits:
            if not self.low.startswith(_LOOK_BACK_STEMS, h):
                continue
            if self.reversed is None:
                self.reversed = self.text[::-1]
            m = _WORDS_BEFORE_RE.match(self.reversed, n - h)
            if m is None:
                continue
            for i in range(1, 5):
                q = n - m.end(i)
                if m.start(i) >= 0 and q >= sent.start and self.low.startswith(_PHRASE_STARTS, q):
                    extra.append(q)
        return sorted({*hits, *extra}) if extra else hits  # hits are in order, each once

    def trigger(  # noqa: C901 - the readings of one meeting word, in order
        self, sent: Segment, clause: Segment, trig: re.Match[str], sent_people: list[Mention]
    ) -> None:
        """Read one meeting word: who, where, when, in what status."""
        text = self.text
        kind = trig.lastgroup or ""
        if kind in {"during", "of", "further", "resume"}:
            self.read_own(sent, clause, trig, sent_people)
            return
        self.retold = self.group_told = False
        self.group_from = None
        # "met ... to discuss X": the meeting's purpose, no meeting of its own
        purpose = kind == "discuss" and self.purpose_of_meeting(sent, trig)
        kind = (
            "" if purpose or self.setting_of_another(clause, trig) else self.reading(clause, trig)
        )
        if not kind or self.meeting_of_others(kind, trig):
            return
        clause, lead = self.after_relative(clause, trig, sent_people)
        begin, end = clause
        word_start, word_end = trig.span()
        before = [m for m in sent_people if begin <= m.start and m.end <= word_start]
        after = _after_word(text, sent_people, word_end, end)
        led = self.delegations_led_between(trig, clause) if kind == "between" else []
        if kind == "between":
            after = led or self.between(trig, clause)
        # "B, whom A met on Monday, said": A, named after "whom", met B
        whom = self.whom_antecedent(trig, before) if kind not in {"between", "passive"} else []
        participants = [
            m.actor for m in before if whom and m.start > whom[-1].end and m.actor.kind == "person"
        ] or (
            # "co-chaired by A and B": the chairs alone, not the subject of the clause; "A
            # and B agreed ... after talks between their foreign ministers": the officials
            # of the two countries, named anywhere in the story
            (self.their_officials(clause, trig) if kind == "between" and not after else [])
            if kind == "between" or (kind == "passive" and _jointly_chaired(trig.group()))
            else self.delegations_heads(sent, clause, trig)
            or self.possessor(clause, trig)
            or self.traveller(sent, clause, trig, kind)
            or self.turn_speaker(sent, trig)
            or self.subject_people(clause, before, sent_people, trig)
            or self.lead_subject(sent, clause, trig, kind, sent_people)
            or self.quoted_speaker(sent, trig, sent_people)
            or self.leaders_named_next(sent, clause, trig)
        )
        committee = self.committee_named(clause, trig) if kind == "direct" else None
        if committee is not None:
            # "the X Committee hosted A", "A and B appeared before the X Committee" (no one
            # after "before" but the committee)
            participants = [*participants, committee]
            after = [] if trig.group().startswith("appeared") else after
        objects = led or (
            self.host_of_guest(trig, before)
            or self.objects_of(kind, trig, after)
            or self.with_before_call(kind, trig, before)
            or self.whom_antecedent(trig, before)
            or self.other_side_head(sent, kind, trig, sent_people)
        )
        if kind == "between" and objects:
            objects = [*objects, *self.joined_by_too(sent, trig, objects)]
        objects = [
            m
            for m in self.other_than_subject(objects, participants)
            if not self.media(m) and not _ATTRIBUTIVE_RE.match(self.low, m.end)
        ]
        objects = self.less_attendees(trig, objects)
        if not participants and not objects and kind == "direct":
            participants = self.principals_with(sent, trig)
        if not objects and participants and kind == "direct":
            each = self.each_separately(trig, participants)
            if each:
                # "A met each minister separately": one meeting with each of those told
                for one in each:
                    self.add(sent, clause, trig, [*participants, one])
                return
        if (
            (kind == "direct" and self.since_their(sent, clause, trig))
            or (
                not participants
                and len(objects) == 1
                and kind == "direct"
                and self.summoned_by_body(sent, clause, trig, objects[0])
            )
            or (
                not participants
                and not objects
                and kind == "direct"
                and self.unnamed_summons(sent, clause, trig)
            )
            or self.each_envoy((sent, clause, trig), participants, objects)
            or self.owned_thing(kind, trig, after)
            or (not objects and self.place_hosts(trig))
            # "The envoy met A and B": someone unnamed met them, not A and B each other
            or (
                not participants
                and kind == "direct"
                and (len(objects) > 1 or any(m.members for m in objects))
                and _UNNAMED_SUBJECT_RE.search(
                    self.low, max(clause.start, word_start - 60), word_start
                )
                is not None
            )
            # "It was greeted at the airport by A, B and officials": the hosts of a guest
            # left unnamed, no meeting among themselves
            or (
                not participants
                and kind == "passive"
                and len(objects) + sum(len(m.members) > 1 for m in objects) > 1
                and trig.group().lower() in _RECEIVED_WORDS
            )
            or self.no_call(kind, trig, objects)
            or self.no_one_met(kind, trig, objects, participants)
            or (
                # "A and B both visited Nairobi", "have each visited": two visits, no meeting
                not objects
                and trig.group().startswith("visit")
                and _EACH_BEFORE_RE.search(self.low, max(0, trig.start() - 16), trig.start())
            )
        ):
            return
        # "hosted his Spanish and Portuguese counterparts": the ministers named elsewhere
        objects, participants = self.unnamed_counterparts(trig, objects, participants)
        subject = [*participants]
        if objects:
            read = self.read_objects((sent, clause, trig, kind), participants, objects, after)
            if read is None:
                return
            participants = read
        participants += self.meal_guest(sent, trig) if participants and not objects else []
        participants += self.together_with(sent, trig, participants)
        participants += self.with_after_object(sent, trig, participants)
        participants += self.invitation_owner(trig, participants)
        invited = self.invited_visit(trig, participants, objects)
        participants = [
            *lead,
            *(invited or self.visit_host(clause, trig, participants, after, objects)),
        ]
        self.add_each_listed(sent, clause, trig, (kind, before), (participants, subject, objects))
        self.then_called_on(sent, clause, trig, subject, (objects, sent_people))

    def add_each_listed(
        self,
        sent: Segment,
        clause: Segment,
        trig: re.Match[str],
        told: tuple[str, list[Mention]],
        read: tuple[list[Actor], list[Actor], list[Mention]],
    ) -> None:
        """
        Add the meeting read, or one with each person of a list "also met" (see below).

        ``read``: the participants read, the subject's people and the objects named.
        """
        participants, subject, objects = read
        for each in self.also_met_each(trig, subject, objects) or [participants]:
            self.add_hosted(sent, clause, trig, told, each)

    def also_met_each(
        self, trig: re.Match[str], subject: list[Actor], objects: list[Mention]
    ) -> list[list[Actor]]:
        """
        One meeting with each of a visitor's further calls: "A also met B, C and D".

        A programme's list after "also met" of three people or more, each named with an
        office of their own ("National Assembly Speaker B, Trade Secretary C and the
        Director-General of the Office, D"): the visitor met each.
        """
        if (
            len(objects) < _EACH_LIST_MOST
            or not subject
            or trig.group() != "met"
            or not self.low.endswith("also ", 0, trig.start())
            or len({m.actor.title for m in objects}) < len(objects)
            or any(m.actor.kind != "person" or not m.actor.title or m.members for m in objects)
        ):
            return []
        return [[*subject, m.actor] for m in objects]

    def then_called_on(
        self,
        sent: Segment,
        clause: Segment,
        trig: re.Match[str],
        subject: list[Actor],
        told: tuple[list[Mention], list[Mention]],
    ) -> None:
        """
        Add the second call of "A called on B at his office, and then on C": A met C too.

        The verb is left out before the second "on", after "and then" ("and later",
        "and afterwards"); only offices in capitals stand between "on" and C.
        """
        objects, sent_people = told
        if not subject or not objects or not _CALLED_ON_RE.fullmatch(trig.group()):
            return
        last = objects[-1].end
        nxt = next((m for m in sent_people if m.start > last and m.form != "pronoun"), None)
        if nxt is None:
            return
        gap = self.low[last : nxt.start]
        at = max(gap.rfind(w) for w in _THEN_ON_WORDS)
        if at < 0 or not _THEN_ON_OFFICE_RE.fullmatch(self.text, last + at, nxt.start):
            return
        self.add(sent, clause, trig, [*subject, *_expand(nxt)])

    def host_of_guest(self, trig: re.Match[str], before: list[Mention]) -> list[Mention]:
        """The host of "A was B's guest at breakfast": B, the possessive's owner before "guest"."""
        if not trig.group().startswith("guest") or len(before) < 2:
            return []
        last, low = before[-1], self.low
        gap = low[last.end : trig.start()]
        owned = gap in {"'s ", "\u2019s "} or (
            gap == " " and low.endswith(("'s", "\u2019s"), 0, last.end)
        )
        return [last] if owned else []

    def committee_named(self, clause: Segment, trig: re.Match[str]) -> Actor | None:
        """
        A parliamentary committee that meets in ``trig``'s reading, named in capitals.

        Its subject right before a host's or a summons' word ("the National Assembly's
        Committee on Defence and Foreign Relations hosted Ambassador A"), or the body
        "appeared before" ("A and B appeared together before the Standing Committee on
        Foreign Affairs").  The committee is an organisation among the participants.
        """
        word = trig.group()
        if word.startswith("appeared"):
            m = _COMMITTEE_AFTER_RE.match(self.text, trig.end(), clause.end)
        elif word in _COMMITTEE_VERBS:
            m = _COMMITTEE_SUBJECT_RE.search(
                self.text, max(clause.start, trig.start() - _COMMITTEE_REACH), trig.start()
            )
        else:
            return None
        if m is None:
            return None
        return Actor(name=" ".join(m.group(1).split()), kind="organization")

    def principals_with(self, sent: Segment, trig: re.Match[str]) -> list[Actor]:
        """
        The officials a body's meeting is told "with", doing its business.

        "the border committee met in Kuala Lumpur on Friday, with the two defence ministers,
        A and B, agreeing to pull back artillery", "the commission met, with the foreign
        ministers, A and B, presiding": A and B met.
        """
        m = _WITH_PRINCIPALS_RE.search(self.low, trig.end(), sent.end)
        if m is None:
            return []
        named = _people(self.in_range(m.end(), sent.end), self.text)
        if not named or named[0].start != m.end():
            return []
        chain = _coordinated(self.text, named, 0)
        if len(chain) < 2 or _PRINCIPALS_DOING_RE.match(self.low, chain[-1].end) is None:
            return []
        return [a for x in chain for a in _expand(x)]

    def less_attendees(self, trig: re.Match[str], objects: list[Mention]) -> list[Mention]:
        """
        ``objects`` less those named after "with" as only present at the meeting.

        "A and B held talks, with Deputy Minister C in attendance", "... with C and D
        looking on", "with the ambassador, E, also present": C, D and E sat in; they did
        not hold the talks.
        """
        if not objects or _ATTENDING_RE.match(self.low, objects[-1].end) is None:
            return objects
        at = self.low.rfind(" with ", trig.end(), objects[-1].start)
        return objects if at < 0 else [m for m in objects if m.start < at]

    def since_their(self, sent: Segment, clause: Segment, trig: re.Match[str]) -> bool:
        """
        Read "since their talks in A in June" after a meeting of the sentence; True if added.

        "met B on Monday, their first meeting since their talks in Wellington in June": the
        people of the meeting just told, met before, there and then.
        """
        last = self.last
        if (
            last is None
            or last.evidence != sent
            or not self.low.endswith("since their ", sent.start, trig.start())
        ):
            return False
        self.add(sent, clause, trig, list(last.people))
        return True

    def three_way_of_two(
        self, clause: Segment, trig: re.Match[str], seen: AbstractSet[str]
    ) -> bool:
        """
        Whether the meeting word tells a three-way meeting of which only two people are named.

        "The two ministers agreed to hold a trilateral foreign ministers' meeting with China":
        a meeting of three sides, the third unnamed, is no meeting of the two alone.
        """
        low = self.low
        window = low[max(clause.start, trig.start() - 40) : trig.end()]
        # (the meeting noun's own words: "Before the trilateral meeting, A sat down with B"
        # is a meeting of two)
        window = window[window.rfind(",") + 1 :]
        if not any(w in window for w in _THREE_WAY_WORDS):
            return False
        return len(seen) < _THREE_SIDES

    def summoned_by_body(
        self, sent: Segment, clause: Segment, trig: re.Match[str], envoy: Mention
    ) -> bool:
        """
        Read a summons whose subject is a government or a ministry; True when added here.

        "The Foreign Office summoned the Indian envoy, A. The protest was delivered by
        Director General B": B met A.  When no official is named so, the envoy is kept: "B
        told the ambassador that ..." in the sentences after tells the summons' meeting (see
        :meth:`told_summoned`).
        """
        if envoy.actor.kind != "person" or not _SUMMONS_WORD_RE.match(self.low, trig.start()):
            return False
        k = bisect_right(self.sentence_starts, sent.start)
        nxt = self.doc.sentences[k] if k < len(self.sentence_starts) else None
        by = None if nxt is None else _DELIVERED_BY_RE.match(self.low, nxt.start, nxt.end)
        if by is not None and nxt is not None:
            official = next(
                (
                    m
                    for m in self.in_range(by.end(), nxt.end)
                    if m.actor.kind == "person" and m.start - by.end() <= _OFFICE_REACH
                ),
                None,
            )
            if official is not None:
                self.add(sent, clause, trig, [official.actor, envoy.actor])
                return True
        self.summoned[_key(envoy.actor)] = sent.end
        day = self.when(sent, clause, trig)
        if day is not None:
            self.summoned_on[_key(envoy.actor)] = day
        return False

    def unnamed_summons(self, sent: Segment, clause: Segment, trig: re.Match[str]) -> bool:
        """
        Keep the day of a government's summons of an envoy it names by office alone.

        "On Monday the ministry summoned Norway's chargé d'affaires [...] Undersecretary A
        met Norwegian chargé d'affaires B": B, of that office and country, met A that day.
        Never a meeting by itself (False).
        """
        m = _UNNAMED_ENVOY_RE.match(self.low, trig.start(), clause.end)
        if m is None:
            return False
        lands = countries_in(self.doc, trig.end(), m.start(1))
        day = self.when(sent, clause, trig)
        if len(lands) == 1 and day is not None:
            office = _envoy_office(m.group(1))
            self.summoned[f"{office}|{lands[0]}"] = sent.end
            self.summoned_on[f"{office}|{lands[0]}"] = day
        return False

    def summons_day(self, sent: Segment, seen: dict[str, Actor]) -> TimeRef | None:
        """
        The day of a government's summons of an envoy met, undated, in the sentences after.

        "The ministry this morning called in the chargé, A. [...] The chargé was received by
        State Secretary B": B met A on the summons' day (within a few sentences of it, or
        anywhere after a summons the lede tells: the story's own meeting, retold).
        """
        offices = [
            f"{_envoy_office(a.title.lower())}|{a.country}"
            for a in seen.values()
            if a.title is not None and a.country is not None
        ]
        for key in [*seen, *offices]:
            end = self.summoned.get(key)
            if end is not None and (
                0 <= sent.start - end < 2 * _SUMMONS_REACH
                or (end <= self.lede_end and sent.start >= end)
            ):
                return self.summoned_on.get(key)
        return None

    def told_summoned(self, sent: Segment, seen: dict[str, Actor]) -> bool:
        """
        Whether a "told" in ``sent`` tells an envoy summoned just before by a government.

        "Libya summoned the Belgian ambassador, A, and handed him a protest. Secretary B
        told the ambassador that ...": B met A (two sentences after the summons at most).
        """
        return any(
            0 <= sent.start - self.summoned.get(key, -_SUMMONS_REACH) < _SUMMONS_REACH
            for key in seen
        )

    def read_objects(
        self,
        where: tuple[Segment, Segment, re.Match[str], str],
        participants: list[Actor],
        objects: list[Mention],
        after: list[Mention],
    ) -> list[Actor] | None:
        """
        The participants with the people met added, or None when meetings were added here.

        "met A in Doha and B in Amman" (a stop each), "met first A and then B", "held
        separate talks with A and B", "will meet the two leaders separately": one meeting
        with each, added here.
        """
        sent, clause, trig, kind = where
        text = self.text
        if kind == "phone" and len(participants) > 1 and self.call_each(clause, trig):
            # "A and B both received telephone calls from C": one call with each of them
            people = [a for m in objects for a in _expand(m)]
            for one in participants:
                self.add(sent, clause, trig, [one, *people])
            return None
        then = [
            k
            for k in range(1, len(after))
            if _THEN_RE.fullmatch(text, after[k - 1].end, after[k].start)
        ]
        if kind not in {"between", "passive"} and self.add_stops(
            (sent, clause, trig), participants, after
        ):
            return None
        if len(objects) > 1 and (
            _SEPARATE_RE.search(self.low, trig.start(), after[0].start)
            or (
                # (a plan to meet them is one stop of a trip: "expects to meet President
                # A and Prime Minister B in Beirut on 10 March" stays one meeting)
                (
                    (
                        _heads_of_organs(participants, objects)
                        and self.status(clause, trig) == "held"
                    )
                    # "telephoned A and B on Tuesday", "called A and B", "spoke by
                    # telephone to A and to B": a call to each
                    or kind in {"phoned", "called", "phone"}
                )
                and _CONFERENCE_CALL_RE.search(self.low, sent.start, sent.end) is None
            )
        ):
            # "held separate talks with A and B": one meeting with each.
            then = list(range(1, len(objects)))
        if then and kind != "between":
            for k in [0, *then]:
                self.add(sent, clause, trig, [*participants, *_expand(after[k])])
            return None
        for m in objects:
            got = (
                self.others_group(m, clause, participants) or self.group_members(m, clause)
                if m.members
                else _expand(m)
            )
            if m.members and len(got) > 1 and participants and self.separately(trig, m):
                # "will meet the two leaders separately": one meeting with each
                for one in got:
                    self.add(sent, clause, trig, [*participants, one])
                return None
            participants += got
        return participants

    def call_each(self, clause: Segment, trig: re.Match[str]) -> bool:
        """
        Whether the people before a call word each had a call of their own.

        "A and B both received telephone calls from C", "A and B each took a call from C",
        "A and B received separate calls from C": a call with each.  "A and B spoke by
        phone with C" (no such word) may be one call of three.
        """
        low = self.low
        if _CALLS_RE.search(low, trig.start(), trig.end()):
            return True
        start = max(clause.start, trig.start() - 40)
        return _EACH_CALLED_RE.search(low, start, trig.start()) is not None

    def add_stops(
        self,
        where: tuple[Segment, Segment, re.Match[str]],
        participants: list[Actor],
        after: list[Mention],
    ) -> bool:
        """
        Add one meeting a stop when the people met are told one stop after another.

        "met A in Doha on Monday and B in Cairo on Wednesday": each meeting with the place and
        day told after its person. False when the people were met at one stop.
        """
        sent, clause, trig = where
        stops = self.stops(after)
        for i, k in enumerate(stops):
            end = clause.end if i + 1 == len(stops) else after[stops[i + 1]].start
            people = [*participants, *_expand(after[k])]
            self.add(sent, clause, trig, people, stop=Segment(after[k].end, end))
        return bool(stops)

    def each_separately(self, trig: re.Match[str], participants: list[Actor]) -> list[Actor]:
        """
        The people "each minister" stands for in "A met each minister separately".

        The holders of that office in the last meeting told (other than A), two at least:
        "The foreign ministers of Iran and Iraq met ... The UN chief met each minister
        separately on Wednesday" is a meeting of the chief with each of them.
        """
        m = _EACH_SEPARATELY_RE.match(self.low, trig.end())
        if m is None or not self.drafts:
            return []
        office = m.group(1)
        keys = {_key(a) for a in participants}
        people = [
            a
            for a in self.drafts[-1].people
            if a.kind == "person"
            and _key(a) not in keys
            and (office in {"leader", "side"} or office in (a.title or "").lower())
        ]
        return people if len(people) >= _COUNT_OF["two"] else []

    def separately(self, trig: re.Match[str], m: Mention) -> bool:
        """Whether the people of group ``m`` are met one by one: "met the two men separately"."""
        return (
            _SEPARATE_RE.search(self.low, trig.start(), m.start) is not None
            or _SEPARATELY_NEXT_RE.match(self.low, m.end) is not None
        )

    def stops(self, after: list[Mention]) -> list[int]:
        """
        The people met one stop after another, by their index in ``after`` (none if one stop).

        "met A in Doha on Monday and B in Cairo on Wednesday" -> [0, 1]: each gap holds a
        place, a day or "then"/"later" before "and" or a comma.
        """
        found = [0]
        for k in range(1, len(after)):
            gap = self.low[after[k - 1].end : after[k].start]
            if not _STOP_GAP_RE.fullmatch(self.text, after[k - 1].end, after[k].start):
                break
            if _ATTENDING_RE.match(self.low, after[k].end):
                break  # "met A on Monday, with B looking on": B sat in, no stop of its own
            if _STOP_WORD_RE.search(gap) is None:
                if len(found) > 1:
                    break  # "A in Hanoi, B and C in Bangkok": not read
                return []
            found.append(k)
        return found if len(found) > 1 else []

    def other_side_head(
        self, sent: Segment, kind: str, trig: re.Match[str], sent_people: list[Mention]
    ) -> list[Mention]:
        """
        The head of the other side of talks, after the first side's head.

        "A led the Bangladesh side at the talks, while B led his country's delegation": B,
        the subject of the second "led".
        """
        if kind != "noun" or not trig.group().startswith(_ONE_SIDE):
            return []
        m = _OTHER_SIDE_LED_RE.search(self.low, trig.end(), sent.end)
        if m is None:
            return []
        heads = [x for x in sent_people if trig.end() <= x.start and x.end <= m.start()]
        return heads[-1:]

    def add_hosted(
        self,
        sent: Segment,
        clause: Segment,
        trig: re.Match[str],
        reading: tuple[str, list[Mention]],
        participants: list[Actor],
    ) -> None:
        """
        Add the meeting, knowing who hosted it: "A hosted B and C" (A, named alone).

        "The three ministers were later received by President D" after it: D meets the
        guests, the host minister goes with D (``accompanied_by``).
        """
        kind, before = reading  # how the meeting word reads, the mentions before it
        host = None
        if kind == "direct" and _HOSTED_RE.match(trig.group()) and len(before) == 1:
            host = _key(before[0].actor)
        elif kind == "passive" and self.group_told and not _jointly_chaired(trig.group()):
            # (not "co-chaired by A and B": the two chairs meet, whoever hosted before)
            keys = set(map(_key, participants))
            d = next((x for x in reversed(self.drafts) if x.host and x.key < keys), None)
            if d is not None:
                host = d.host
                self.group_from = d
                participants = [a for a in participants if _key(a) != host]
        participants = self.story_owner(sent, trig, participants)
        self.add(sent, clause, trig, self.delegation_heads(sent, trig, participants))
        last = self.last
        if host is None or last is None or last.evidence != sent:
            return
        if kind == "direct" and self.group_from is None:
            last.host = last.host or host
            return
        gone = next((a for a in (self.group_from or last).people if _key(a) == host), None)
        if gone is not None and gone not in last.accompanied:
            last.accompanied.append(gone)

    def each_envoy(
        self,
        where: tuple[Segment, Segment, re.Match[str]],
        participants: list[Actor],
        objects: list[Mention],
    ) -> bool:
        """
        Add a meeting with each envoy whose credentials were received; whether there were many.

        "received the credentials of new ambassadors: A, B and C": each envoy presents his
        letters to the head of state in a meeting of his own (the envoys do not meet each
        other, whoever received them).
        """
        sent, clause, trig = where
        if len(objects) < _COUNT_OF["two"] or "creden" not in trig.group():
            return False
        for m in objects if participants else ():
            self.add(sent, clause, trig, [*participants, *_expand(m)])
        return True

    def no_one_met(
        self, kind: str, trig: re.Match[str], objects: list[Mention], subject: list[Actor]
    ) -> bool:
        """
        Whether the meeting word's object is no one: "welcomed the entry into force of X".

        A verb that takes the person met as its object ("welcomed", "received", "hosted")
        with a group or pronoun subject, or two people or more, and no person after it: a
        thing welcomed or received ("A and B both received the news", "A and B welcomed the
        accord": A and B did not meet). "A and B both spoke to the audience": no one spoken
        to, and A and B did not talk together (unless "to each other").
        """
        if self.low.startswith((" each other", " one another"), trig.end()):
            return False
        if kind == "with" and not objects:
            return _SPOKE_TO_RE.fullmatch(self.low, trig.start(), trig.end()) is not None
        return (
            kind == "direct"
            and (self.retold or len(subject) > 1)
            and trig.group() in _TAKES_PERSON
            and not any(m.actor.kind == "person" or m.members for m in objects)
        )

    def unnamed_counterparts(
        self, trig: re.Match[str], objects: list[Mention], host: list[Actor]
    ) -> tuple[list[Mention], list[Actor]]:
        """
        The objects and people of a meeting word, with its unnamed counterparts' people.

        "hosted his Spanish and Portuguese counterparts", no names after: each nationality
        stands for the person of that country named nearest in the article (after the
        meeting word first), one who holds the host's office before any other ("Spanish
        Foreign Minister A" in the next paragraph).
        """
        if any(m.actor.kind == "person" and m.form != "pronoun" for m in objects):
            return objects, host
        found = self.counterparts_named(trig, host)
        return ([], [*host, *found]) if found else (objects, host)

    def counterparts_named(self, trig: re.Match[str], host: list[Actor]) -> list[Actor]:
        """The people of "his Spanish and Portuguese counterparts": see the caller."""
        m = _UNNAMED_COUNTERPARTS_RE.match(self.text, trig.end())
        if m is None or len(host) != 1:
            return []
        codes = _demonyms_in(m.group(1) or m.group(2))
        if not codes:
            return []
        title = (host[0].title or "").lower()
        taken = {_key(host[0])}
        out: list[Actor] = []
        pos = trig.end()
        lo = bisect_left(self.starts, pos - _COUNTERPART_REACH)
        hi = bisect_left(self.starts, pos + _COUNTERPART_REACH, lo)
        near = [x for x in self.all[lo:hi] if x.actor.kind == "person" and x.form == "name"]
        for code in codes:
            best = min(
                (x for x in near if x.actor.country == code and _key(x.actor) not in taken),
                key=lambda x: (
                    (x.actor.title or "").lower() != title,
                    x.start - pos if x.start >= pos else 2 * (pos - x.end),
                ),
                default=None,
            )
            if best is None:
                return []
            taken.add(_key(best.actor))
            out.append(best.actor)
        return out

    def after_relative(
        self, clause: Segment, trig: re.Match[str], sent_people: list[Mention]
    ) -> tuple[Segment, list[Actor]]:
        """
        Read "A, who flies to B today, and C last met in May": A and C are the subject.

        The clause after "who" is cut at ", and"; the antecedent of "who" joins the subject.
        """
        if not self.after_who(clause):
            return clause, []
        cut = self.low.rfind(", and ", clause.start, trig.start())
        if cut < 0:
            return clause, []
        lead = _antecedent(self.text, sent_people, clause.start)
        if not lead:
            return clause, []
        if _ACCOMPANIED_RE.search(self.low, clause.start, cut):
            # "A, who was accompanied by B, and C, met D": the companions' list goes on after
            # ", and"; A meets D (the meeting word's own words start after the last comma)
            cut = self.low.rfind(", ", cut, trig.start())
        return Segment(cut + 2, clause.end), [a for m in lead for a in _expand(m)]

    def between(self, trig: re.Match[str], clause: Segment) -> list[Mention]:
        """
        Who meets after "between": people and bodies ("between the IMF and the Ministry").

        "between A, General Secretary of the Central Committee and President of the
        Presidium, and B": a long title with bodies in it parts the two people.
        """
        after = [
            m
            for m in self.in_range(trig.end(), clause.end)
            if m.actor.kind in {"person", "organization"} or m.members
        ]
        people = [m for m in after if m.actor.kind == "person"]
        if (
            len(people) >= 2
            and people[1] is not after[1]
            and _LONG_TITLED_AND_RE.fullmatch(self.text, people[0].end, people[1].start)
        ):
            return people
        return after

    def delegations_led_between(self, trig: re.Match[str], clause: Segment) -> list[Mention]:
        """
        The heads of delegations told after "between": they meet.

        "Talks between the Ugandan and Rwandan delegations, led by A and B, resumed";
        "negotiations between the two sides, headed by A and B".
        """
        m = _DELEGATIONS_LED_RE.match(self.low, trig.end(), clause.end)
        if m is None:
            return []
        people = [x for x in self.in_range(m.end(), clause.end) if x.actor.kind == "person"]
        if not people or people[0].start > m.end() + _LED_BY_GAP_CHARS:
            return []
        heads = _coordinated(self.text, people, 0, between=True)
        return heads if len(heads) > 1 else []

    def leaders_named_next(
        self, sent: Segment, clause: Segment, trig: re.Match[str]
    ) -> list[Actor]:
        """
        The leaders of the countries a subject lists, named in the next sentence.

        "The leaders of Germany, France and Poland began a three-way meeting on Monday.
        Chancellor A, President B and President C sat down ...": A, B and C, as many as
        the countries.
        """
        m = _LEADERS_OF_RE.search(self.low, clause.start, trig.start())
        if m is None:
            return []
        codes = set(countries_in(self.doc, m.end(), trig.start()))
        k = bisect_right(self.sentence_starts, sent.start)
        if len(codes) < 2 or k >= len(self.doc.sentences):
            return []
        nxt = self.doc.sentences[k]
        people = _people(self.in_range(nxt.start, nxt.end), self.text)
        if not people:
            return []
        heads = _coordinated(self.text, people, 0)
        if len(heads) != len(codes):
            return []
        return [a for x in heads for a in _expand(x)]

    def joined_by_too(
        self, sent: Segment, trig: re.Match[str], objects: list[Mention]
    ) -> list[Mention]:
        """
        A third party who joined a call or talks told just before: "also joined by C".

        "A call between A and B on Tuesday, also joined by C, ..."; "A spoke by phone with
        B, joined by C".
        """
        m = _JOINED_BY_TOO_RE.match(self.low, max(trig.end(), objects[-1].end), sent.end)
        if m is None:
            return []
        people = [x for x in self.in_range(m.end(), sent.end) if x.actor.kind == "person"]
        if not people or people[0].start > m.end() + _LED_BY_GAP_CHARS:
            return []
        return _coordinated(self.text, people, 0, objects=True)

    def delegations_heads(self, sent: Segment, clause: Segment, trig: re.Match[str]) -> list[Actor]:
        """
        The heads of two delegations that are the subject, named in it or two sentences on.

        "The Israeli and Egyptian delegations held talks in Alexandria, and A, who heads the
        Israeli team, said ... The Egyptian delegation was headed by B": A and B.
        """
        if not _DELEGATIONS_SUBJECT_RE.search(self.text, clause.start, trig.start()):
            return []
        sentences = self.doc.sentences
        k = bisect_left(self.sentence_starts, sent.start)
        end = sentences[min(k + _HEADS_REACH, len(sentences) - 1)].end
        # to the end of that paragraph: a rank's stops ("led by Brig. Gen. B") may have cut
        # the sentence that names the second head
        p = bisect_left(self.paragraph_starts, end) - 1
        if 0 <= p < len(self.doc.paragraphs):
            end = max(end, self.doc.paragraphs[p].end)
        heads: dict[str, Actor] = {}
        for m in self.in_range(sent.start, end):
            if m.actor.kind != "person" or m.form == "pronoun":
                continue
            if _WHO_HEADS_RE.match(self.low, m.end) or _HEADED_BY_RE.search(
                self.low, max(sent.start, m.start - 40), m.start
            ):
                heads.setdefault(_key(m.actor), m.actor)
        return list(heads.values()) if len(heads) > 1 else []

    def delegation_heads(
        self, sent: Segment, trig: re.Match[str], participants: list[Actor]
    ) -> list[Actor]:
        """
        ``participants``, and for a host alone the delegations' heads the next sentence names.

        "A hosted the closed-door session in Nairobi. The army's delegation was led by B,
        while the RSF sent C": a meeting of A, B and C.
        """
        if len(participants) != 1:
            return participants
        head = self.delegation_led(sent, trig)
        if head:
            return [*participants, *head]
        sentences = self.doc.sentences
        k = bisect_left(self.sentence_starts, sent.start)
        if k + 1 >= len(sentences):
            return participants
        nxt = sentences[k + 1]
        # (also "The ministers were received by A. The delegation was led by B and C.")
        if not _HOST_WORD_RE.fullmatch(trig.group()) and trig.group() not in _RECEIVED_WORDS:
            return [*participants, *self.side_head(nxt)]
        m = _LED_BY_RE.search(self.low, nxt.start, nxt.end)
        if m is None:
            return participants
        people = _people(self.in_range(m.start(), nxt.end), self.text)
        return [*participants, *(a for x in people[:_MAX_HEADS] for a in _expand(x))]

    def other_than_subject(
        self, objects: list[Mention], participants: list[Actor]
    ) -> list[Mention]:
        """
        ``objects``, with a pronoun that was read as the subject read as the person before.

        "A met B on Monday. A will host her at a dinner": "her" is not A (the subject of the
        same verb), but the last other person named, B.
        """
        if len(objects) != 1 or objects[0].form != "pronoun" or not participants:
            return objects
        keys = {_key(a) for a in participants}
        if _key(objects[0].actor) not in keys:
            return objects
        k = bisect_left(self.starts, objects[0].start) - 1
        while k >= 0:
            m = self.all[k]
            if m.actor.kind == "person" and _key(m.actor) not in keys:
                return [m._replace(start=objects[0].start, end=objects[0].end)]
            k -= 1
        return objects

    def meal_guest(self, sent: Segment, trig: re.Match[str]) -> list[Actor]:
        """
        The guest of a reception or a meal a host gives, if named right after.

        "A will host a reception for B", "hosted a dinner in honour of B"; "for the
        Australian delegation": the last Australian named before, its head.
        """
        if not _HOST_WORD_RE.fullmatch(trig.group()):
            return []
        m = _MEAL_FOR_RE.match(self.low, trig.end(), sent.end)
        if m is None:
            return []
        after = self.in_range(m.end(), sent.end)
        if not after or after[0].start > m.end() + _MEAL_GAP_CHARS:
            return []
        first = after[0]
        if first.actor.kind == "person":
            return _expand(first)
        if first.actor.kind != "group" or first.actor.country is None:
            return []
        return self.last_of_country(sent.start, first.actor.country)

    def last_of_country(self, end: int, code: str) -> list[Actor]:
        """The last person of the country ``code`` named before ``end`` (a delegation's head)."""
        k = bisect_left(self.starts, end) - 1
        while k >= 0:
            p = self.all[k]
            if p.actor.kind == "person" and p.actor.country == code:
                return [p.actor]
            k -= 1
        return []

    def delegation_led(self, sent: Segment, trig: re.Match[str]) -> list[Actor]:
        """
        The head of the delegation a host received, named after "led by" in the sentence.

        "A hosted a delegation from the party's International Department led by its
        minister, B": B is the one A met; so is B after "held talks with a Kyrgyz delegation
        (the Kyrgyz government) led (headed) by B" and "met a delegation led by B".
        """
        word = trig.group()
        if (
            not _HOST_WORD_RE.fullmatch(word)
            and word not in _RECEIVED_WORDS
            # "held talks with a Kyrgyz delegation led by B", "met the Kyrgyz side, led by B"
            and not word.endswith((" with", "talks"))
            # "had a meeting with a delegation led by B", "had a conversation with ..."
            and not word.endswith(("meeting", "meetings", "conversation", "audience"))
            and word not in _MET_WORDS
        ):
            return []
        m = _DELEGATION_LED_RE.match(self.low, trig.end(), sent.end)
        if m is None:
            return []
        people = _people(self.in_range(m.end(), sent.end), self.text)
        if not people or self.text[m.end() : people[0].start].count(" ") > _LED_BY_GAP_WORDS:
            return []
        heads = _expand(people[0])
        codes = countries_in(self.doc, trig.end(), m.end())
        if len(heads) == 1 and heads[0].country is None and len(codes) == 1:
            # "a delegation of the Seimas of the Republic of Lithuania led by First Deputy
            # Speaker A": the head is of the delegation's country
            return [attrs.evolve(heads[0], country=codes[0])]
        return heads

    def side_head(self, nxt: Segment) -> list[Actor]:
        """
        The other side's head a sentence after talks "with" a country names.

        "A raised it at the consultations with Peru in Lima. Peru's Deputy Foreign Minister
        B led his country's side": B is the one A met.
        """
        if "led " not in self.low[nxt.start : nxt.end]:
            return []
        m = _LED_SIDE_RE.search(self.low, nxt.start, nxt.end)
        if m is None:
            return []
        people = _people(self.in_range(nxt.start, m.start()), self.text)
        return _expand(people[-1]) if people else []

    def visit_host(
        self,
        clause: Segment,
        trig: re.Match[str],
        participants: list[Actor],
        after: list[Mention],
        objects: list[Mention],
    ) -> list[Actor]:
        """
        The visitor and the host of a visit to a capital or a country no person is named with.

        "A is scheduled to visit Lima in April", "a visit to Lima by A" (the visitor after
        "by"): the host is the person of Peru A met earlier in the story, else Peru itself.
        "B invited A to visit Lima": B, the one inviting, hosts.  A trip told as a noun
        ("for a four-day visit to Peru") is no meeting of its own.
        """
        text, low = self.text, self.low
        if objects or not low.startswith("visit", trig.start()):
            return participants  # (a visit with a person named after it: "visited A")
        invited = _INVITED_RE.search(low, max(clause.start, trig.start() - 60), trig.start())
        m = _VISIT_PLACE_RE.match(text, trig.end(), clause.end) or (
            None if invited is None else _VISIT_THE_PLACE_RE.match(text, trig.end(), clause.end)
        )
        code = None if m is None else CAPITALS.get(m.group(1)) or COUNTRY_NAMES.get(m.group(1))
        if m is None or code is None:
            return participants
        arranged = False
        if trig.lastgroup == "with":  # "a visit to Lima by A"
            by = [x for x in after if x.start > m.end(1)]
            if not by or not _BY_NEXT_RE.match(low, m.end(1)):
                return participants
            # "They agreed to arrange a visit to Tokyo by A": those who arrange it are not the
            # visitor, and whom A will meet is not told (A alone: no record)
            arranged = bool(participants) or bool(
                _ARRANGED_VISIT_RE.search(low, clause.start, trig.start())
            )
            participants = _expand(by[0])[:1] if arranged else _expand(by[0])
        if invited is not None:
            guest = [
                x for x in self.in_range(invited.end(), trig.start()) if x.actor.kind == "person"
            ]
            if guest and participants and _key(guest[-1].actor) != _key(participants[0]):
                # "B invited A to visit Lima": B hosts; but "the ambassador invited the
                # governor to visit Tokyo": an envoy speaks for his government and hosts
                # no one, and who will receive the guest is not told (no record)
                envoy = _ENVOY_TITLE_RE.search(participants[0].title or "")
                return [] if envoy else [participants[0], guest[-1].actor]
        # "visit Tokyo to meet his Japanese counterpart, A": the one met there.
        named = [x.actor for x in after if x.actor.kind == "person" and x.actor.country == code]
        if (
            len(participants) != 1
            or arranged
            or participants[0].country == code
            # "visited Lima in May, when he held talks with A": that is the meeting
            or (not named and self.told_next(clause))
        ):
            return participants
        return [*participants, named[0] if named else self.host_in(code, participants[0])]

    def invited_visit(
        self, trig: re.Match[str], participants: list[Actor], objects: list[Mention]
    ) -> list[Actor]:
        """
        The visitor and the one who invited him, for a visit to a place.

        "accepted an invitation from B to visit Egypt", "will make a visit to X at the
        invitation of B": B hosts.  Empty for any other meeting word.
        """
        if not self.low.startswith("visit", trig.start()) or not all(
            o.actor.kind == "country" for o in objects
        ):
            return []
        inviter = self.inviter(trig, participants)
        if inviter is None:
            return []
        if _key(inviter.actor) != _key(participants[0]):
            return [participants[0], inviter.actor]
        # "At the invitation of A, B will pay a visit to C": the subject read was the inviter;
        # the visitor is the person named between the invitation and the visit
        visitor = next(
            (
                x.actor
                for x in reversed(self.in_range(inviter.end, trig.start()))
                if x.actor.kind == "person" and _key(x.actor) != _key(inviter.actor)
            ),
            None,
        )
        return [] if visitor is None else [visitor, inviter.actor]

    def invitation_owner(self, trig: re.Match[str], participants: list[Actor]) -> list[Actor]:
        """
        The person whose invitation to the meeting was accepted.

        "B accepted A's invitation to a trilateral meeting with C": A takes part, with B and C.
        """
        m = _OWNED_INVITATION_RE.search(self.low, max(0, trig.start() - 60), trig.start())
        if m is None or not participants:
            return []
        owner = next(
            (
                x
                for x in reversed(self.in_range(max(0, m.start() - 80), m.start() + 3))
                if self.owner(x) and x.end >= m.start() - 2
            ),
            None,
        )
        if owner is None or owner.actor.kind != "person":
            return []
        key = _key(owner.actor)
        return [] if any(_key(a) == key for a in participants) else [owner.actor]

    def inviter(self, trig: re.Match[str], participants: list[Actor]) -> Mention | None:
        """The person of "an invitation from B" or "at the invitation of B" around a visit."""
        low = self.low
        # the invitation may open the sentence, well before the visit: "At the invitation
        # of A (his long title), B will pay an official visit to C"
        reach = max(0, trig.start() - _INVITATION_REACH)
        start = max(
            reach, low.rfind(". ", reach, trig.start()), low.rfind("\n", reach, trig.start())
        )
        stop = low.find(". ", trig.end())
        stop = len(low) if stop < 0 else stop
        if (
            low.find("invitation", start, stop) < 0
            or not participants
            or _FOR_A_VISIT_RE.search(low, start, trig.start())
        ):
            return None
        m = _INVITATION_RE.search(low, start, stop)
        if m is None:
            return None
        # the first person after it ("at the invitation of Member of the Political Bureau of
        # the CPC Central Committee and Foreign Minister A": A, past the bodies of a long title)
        host = next(
            (
                x
                for x in self.in_range(m.end(), min(stop, m.end() + _INVITER_REACH))
                if x.start >= m.end() and x.actor.kind != "organization"
            ),
            None,
        )
        return None if host is None or host.actor.kind != "person" else host

    def told_next(self, clause: Segment) -> bool:
        """Whether a "when" or "where" clause after ``clause`` tells a meeting of its own."""
        m = _WHEN_WHERE_NEXT_RE.match(self.low, clause.end)
        if m is None:
            return False
        stop = self.low.find(".", m.end())
        return _has_trigger(self.low, m.end(), len(self.low) if stop < 0 else stop)

    def host_in(self, code: str, guest: Actor) -> Actor:
        """The host of ``guest`` in country ``code``: one met before, else the country."""
        key = _key(guest)
        for d in self.drafts:
            if key in d.key and len(d.people) == 2 and d.status == "held":
                other = next(a for a in d.people if _key(a) != key)
                if other.country in {code, None}:
                    return other
        return Actor(name=SHORT_NAMES.get(code, code), kind="country", country=code)

    def owner(self, m: Mention) -> bool:
        """Whether ``m`` owns what follows it: "A's", "his", "their", "her" before a noun."""
        return self.text.endswith(("'s", "\u2019s"), m.start, m.end) or (
            m.form == "pronoun"
            and (owner := _OWNER_PRONOUN_RE.match(self.low, m.start)) is not None
            and owner.end() == m.end
        )

    def owned_thing(self, kind: str, trig: re.Match[str], after: list[Mention]) -> bool:
        """
        Whether the object of ``trig`` is a thing its first mention owns, no one met.

        "welcomed his decision", "received A's letter", "welcomed her offer of aid": the
        words after the owner are lower case and name no person ("his counterpart", "her
        deputy", "their delegation" are people; "his Chinese counterpart" is read as before).
        """
        if not after or kind == "between" or not self.owner(after[0]):
            return False
        if "," in self.text[trig.end() : after[0].start]:
            # "spoke by telephone on Friday night, their first conversation since": the
            # phrase after the comma tells the call itself, not a thing given or received
            return False
        if not self.object_gap(kind, trig, after[0]):
            return False
        words = _OWNED_WORDS_RE.match(self.text, after[0].end)
        return (
            words is not None
            and bool(words.group().strip())
            and not _PERSON_NOUNS.intersection(words.group().split())
        )

    def objects_of(self, kind: str, trig: re.Match[str], after: list[Mention]) -> list[Mention]:
        """The people the meeting word ``trig`` (of ``kind``) takes as objects, in ``after``."""
        if not after or not self.object_gap(kind, trig, after[0]):
            return []
        if self.owner(after[0]):
            # "received A's letter", "visited A's home town", "welcomed his decision": A owns
            # the object, A is not met; "received A's envoy, B": B is, named right after.
            if len(after) < 2 or not self.text[after[0].end : after[1].start].isspace():
                return []
            after = after[1:]
        # "a meeting between A and B is planned": the verb after B ends no list here.
        objects = _coordinated(
            self.text, after, 0, objects=kind != "between", between=kind == "between"
        )
        if kind in {"with", "direct"} and _SEPARATE_RE.search(
            self.low, trig.start(), after[0].start
        ):
            # "met separately with A at the commission's headquarters, and with B": the
            # second person after the first one's venue
            k = len(objects)
            while k < len(after) and (
                _STOP_AND_WITH_RE.fullmatch(self.text, after[k - 1].end, after[k].start)
                # "met separately with A, and with B, and then with both leaders together":
                # a last meeting with them all
                or _AND_THEN_WITH_RE.fullmatch(self.text, after[k - 1].end, after[k].start)
            ):
                objects.append(after[k])
                k += 1
        if objects[0].members:
            # "received the foreign ministers of Chile and Peru, A and B": A and B.
            return self.group_apposition(after, 1, objects[0]) or objects
        return objects

    def during_people(
        self, sent: Segment, trig: re.Match[str], sent_people: list[Mention]
    ) -> list[Actor]:
        """
        The people of "during the talks": the main clause's subject after it or before it.

        "During the talks, A told B ..."; "A and B agreed on Tuesday to ..., during talks
        in C" (the phrase after a comma ends the sentence).
        """
        people = self.main_subject(sent, trig, sent_people)
        if len(people) > 1:
            return people
        head = Segment(sent.start, trig.start())
        before = [m for m in sent_people if m.end <= trig.start()]
        subject = self.subject(head, before, sent_people, trig)
        own = [a for m in subject for a in _expand(m)]
        if len(own) == 1 and (not people or people == own):
            # "A raised the incident with his Libyan counterpart, B, during talks in C": the
            # one A raised it with is at the talks too
            other = self.raised_with(before, subject[-1].end)
            if other:
                return own + other
        if people or (
            # "A and B reached the agreement during a virtual meeting": two or more named
            # as the subject meet, with or without a comma before "during" (not those "also
            # present during the talks": the delegations' members)
            (len(own) < 2 or _PRESENT_AT_RE.search(self.low, subject[-1].end, trig.start()))
            and not self.low.endswith(",", sent.start, trig.start() - 1)
        ):
            return people
        return own

    def raised_with(self, before: list[Mention], start: int) -> list[Actor]:
        """
        The person after the subject's "with" in the clause before a "during the talks".

        "A raised the matter with B, during talks", "A took up the case with his counterpart
        B during a meeting": B and those joined to B.
        """
        text = self.text
        for k, m in enumerate(before):
            if m.start < start or m.form == "pronoun" or m.actor.kind != "person":
                continue
            if m.start - start > _RAISED_WITH_REACH or not _RAISED_WITH_RE.fullmatch(
                self.low, start, m.start
            ):
                return []
            return [a for x in _coordinated(text, before, k) for a in _expand(x)]
        return []

    def read_own(
        self, sent: Segment, clause: Segment, trig: re.Match[str], sent_people: list[Mention]
    ) -> None:
        """Read a meeting word whose people are found their own way: "during", "of", "further"."""
        kind = trig.lastgroup
        if kind == "resume":
            talks = self.resumed_talks(clause, trig)
            if talks is not None:
                self.add(sent, clause, trig, list(talks.people))
                new = self.last
                if new is not None and new is not talks and new.evidence == sent:
                    new.place = new.place or talks.place  # where they are, unless told
            return
        if kind != "further":
            people = (
                self.during_people(sent, trig, sent_people)
                if kind == "during"
                else self.of_people(trig, clause)
            )
            self.add(sent, clause, trig, people)
            return
        # "B will return to Ottawa in June for further talks": planned when the trip is
        self.add(sent, clause, trig, self.further_talks(clause, trig, sent_people))
        trip = _FURTHER_TRIP_RE.search(self.text, clause.start, trig.start())
        last = self.last
        if (
            trip is not None
            and last is not None
            and last.evidence == sent
            and _PLANNED_RE.search(self.low, max(clause.start, trip.start() - 50), trip.start())
        ):
            last.status = "planned"  # (the trip's verb, not the talks', tells the tense)

    def visits_a_place(self, end: int) -> bool:
        """Whether a country or a city follows "to visit" ("Russia", "the island"), no one."""
        m = _VISITED_PLACE_RE.match(self.text, end)
        if m is None:
            return False
        name = m.group(1)
        return name is None or name in COUNTRY_NAMES or name in CITIES

    def further_talks(
        self, clause: Segment, trig: re.Match[str], sent_people: list[Mention]
    ) -> list[Actor]:
        """
        The people of "B agreed to come to London next month for a new round of negotiations".

        The one who travels, the subject, and the people of the last meeting told with that
        one: the talks go on with them.  Only after a trip to a known city ("come to London",
        "return to Ottawa in June") in the clause, the city of that meeting or in the country
        of one of them, or of people of no known country ("flew to Bonn for further talks"
        after a meeting in Paris with a Frenchman is none).
        """
        trip = _FURTHER_TRIP_RE.search(self.text, clause.start, trig.start())
        city = None if trip is None else _city_of(trip.group(1))
        if city is None:
            return []
        before = [m for m in sent_people if clause.start <= m.start and m.end <= trig.start()]
        subject = [a for m in self.subject(clause, before, sent_people, trig) for a in _expand(m)]
        if len(subject) != 1:
            return []
        key = _key(subject[0])
        for d in reversed(self.drafts):
            if key in d.key:
                others = [a for a in d.people if _key(a) != key]
                countries = {a.country for a in others}
                if (
                    (d.place is not None and d.place.name == city[0])
                    or CITIES[city[1]] in countries
                    or countries == {None}  # ("the Foreign Secretary, Mr A": none told)
                ):
                    return [*subject, *others]
                return []
        return []

    def resumed_talks(self, clause: Segment, trig: re.Match[str]) -> _Draft | None:
        """
        The talks "The talks will resume on Friday" tells of: those held last.

        Only for talks of no one named before them ("A's talks with B": another's) and
        resumed on a day told after the words ("Talks are set to continue next week"; "the
        talks will continue" alone plans no meeting of its own).
        """
        owner = self.text[max(clause.start, trig.start() - 3) : trig.start()]
        if not self.drafts or owner.endswith(("'s ", "\u2019s ", "s' ", "s\u2019 ")):
            return None
        if not any(t.start is not None for t in self.doc.dates_in(trig.end(), clause.end)):
            return None
        # the talks held last ("met B on Wednesday; the talks will resume on Friday"), not a
        # meeting told before them as background ("A had seen each of them the day before")
        last, day = self.drafts[-1], None
        for d in self.drafts:
            start = None if d.when is None or d.status != "held" else d.when.start
            if start is not None and (day is None or start >= day):
                last, day = d, start
        return last

    def of_people(self, trig: re.Match[str], clause: Segment) -> list[Actor]:
        """
        The people of "a meeting of A with B": A (and those joined to A), then B.

        Only when a mention starts right after "of" and another right after "with" (else
        no one: "a meeting of the council with observers"); without "with", the people of
        "the meeting of A and B" (two people at least, no body: "the summit of the Union and
        Canada" is no meeting of people).
        """
        text = self.text
        after = _people(self.in_range(trig.end(), clause.end), text)
        if not after or not _OF_GAP_RE.fullmatch(text, trig.end(), after[0].start):
            return []
        owners = _coordinated(text, after, 0)
        rest = after[len(owners) :]
        if not rest or not _WITH_GAP_RE.fullmatch(text, owners[-1].end, rest[0].start):
            if len(owners) > 1 and all(m.actor.kind == "person" for m in owners):
                return [a for m in owners for a in _expand(m)]
            return []
        others = _coordinated(text, rest, 0, objects=True)
        return [a for m in [*owners, *others] for a in _expand(m)]

    def possessor(self, clause: Segment, trig: re.Match[str]) -> list[Actor]:
        """
        The owner of "his last summit with A": the one whose meeting the noun tells.

        Only for a meeting noun ("summit with", "talks with", and a call's: "his call with",
        "her video call with") right after "his", "her" or "their" and at most two lower-case
        words.
        """
        if not _call_noun(trig) and (
            trig.lastgroup != "with"
            # "his meeting with", "her talks with", "their audience with": nouns after "his"
            or (trig.group().startswith(_VERB_STARTS) and not trig.group().startswith(_NOUN_STARTS))
        ):
            return []
        m = _POSSESSOR_BEFORE_RE.search(
            self.low, max(clause.start, trig.start() - 40), trig.start()
        )
        if m is None:
            return self.named_possessor(clause, trig)
        owner = [
            x
            for x in self.in_range(m.start(), m.end())
            if x.form == "pronoun" and x.start == m.start()
        ]
        return _expand(owner[0]) if owner else []

    def named_possessor(self, clause: Segment, trig: re.Match[str]) -> list[Actor]:
        """
        The person named with "'s" before the meeting noun: "President A's visit to Tokyo".

        "The two ministers looked forward to President A's visit to Tokyo": A visits, not
        the ministers.
        """
        before = [
            x
            for x in self.in_range(max(clause.start, trig.start() - 80), trig.start())
            if x.actor.kind == "person" and x.form != "pronoun"
        ]
        if not before:
            return []
        last = before[-1]
        gap = _NAMED_OWNER_GAP_RE.fullmatch(self.low, last.end, trig.start())
        if gap is None or not (gap.group(1) or self.low.endswith(("'s", "\u2019s"), 0, last.end)):
            return []
        return _expand(last)

    def object_gap(self, kind: str, trig: re.Match[str], first: Mention) -> bool:
        """
        Whether ``first`` is the object of the meeting word ``trig``.

        The words between them are those :data:`_OBJECT_GAP_RE` allows, or those and a title
        in apposition before the name ("talks with the head of the ruling council, General
        A"), when no verb follows the name ("..., A said").
        """
        text = self.text
        # (Each use names the table: tests/test_hostile.py sees them anchored.)
        whole = _OBJECT_GAP_RE[kind].fullmatch(text, trig.end(), first.start)
        # capitalised words before the mention name a body or a place only before an office
        # ("Kurdistan Regional Government Prime Minister A"), not before a pronoun or another
        # name the reader did not take ("told host Chris Cuomo she")
        if whole is not None and (
            whole["body"] is None
            or self.office_first(first)
            or _ethnonym_before(whole["body"], text, first)
        ):
            return True
        if (
            kind == "between"
            and first.actor.title is not None
            and _OFFICES_GAP_RE.fullmatch(text, trig.end(), first.start)
        ):
            # "talks between Prime Cabinet Secretary and Foreign Affairs CS A and B": offices
            # joined by "and" the mention leaves out, before its own title
            return True
        if (
            kind in {"direct", "with"}
            and first.actor.title is not None
            and _PARTY_OFFICE_GAP_RE.fullmatch(text, trig.end(), first.start)
        ):
            # "received Member of the Political Bureau of the ... Central Committee and
            # Chairwoman of the National Assembly A": a first office the mention leaves out
            return True
        if _HONORIFIC_RE.match(text, first.start):
            m = _OBJECT_GAP_RE[kind].match(text, trig.end(), first.start)
            if (m is not None and _TITLE_GAP_RE.fullmatch(text, m.end(), first.start)) or (
                # "conferred with the United States Ambassador (Mr. B)": the office, then its
                # holder's name in brackets, as older Australian and British papers print it
                kind in {"direct", "with", "phone", "video"}
                and _OFFICE_BRACKET_GAP_RE.fullmatch(text, trig.end(), first.start) is not None
            ):
                return True
        if "," not in text[trig.end() : first.start]:
            return False
        m = _OBJECT_GAP_RE[kind].match(text, trig.end(), first.start)
        return (
            m is not None
            # (the apposition's own words may be capitalised: not a body before an office)
            and _APPOSITION_GAP_RE.fullmatch(
                text, m.end() if m["body"] is None else m.start("body"), first.start
            )
            is not None
            and _VERB_NEXT_RE.match(text, first.end) is None
        )

    def office_first(self, m: Mention) -> bool:
        """
        Whether ``m`` opens with its office, a nationality at most before it.

        "Kurdistan Regional Government Prime Minister A", "Nationalist Chinese Ambassador B",
        "Free French Commissioner C": the capitalised words before such a mention name a
        body, a faction or a regime, not another person.
        """
        title = m.actor.title
        if title is None:
            return False
        at = self.text.find(title, m.start, m.end)
        return at == m.start or (
            at > m.start and _NATIONALITY_GAP_RE.fullmatch(self.text, m.start, at) is not None
        )

    def lead_subject(
        self,
        sent: Segment,
        clause: Segment,
        trig: re.Match[str],
        kind: str,
        sent_people: list[Mention],
    ) -> list[Actor]:
        """Read "In a call with A on Monday, B said ...": B is the main clause's subject."""
        start = clause.start
        while start < trig.start() and self.low[start].isspace():
            start += 1
        start = self.after_dateline(start, trig.start())
        if kind == "noun" and start == trig.start() and trig.group().endswith(_THEIR_MEETING):
            # "After their talks in Berlin, A and B issued a joint statement"
            return self.main_subject(sent, trig, sent_people)
        if kind in {"phone", "video", "with"} and _IN_LEAD_RE.fullmatch(
            self.low, start, trig.start()
        ):
            return self.main_subject(sent, trig, sent_people)
        if kind == "with" and _TALKS_LEAD_RE.fullmatch(self.low, start, trig.end()):
            return self.talks_judged_by(trig, sent_people)
        # "While hosting A in Accra, B said ...": the participle's subject is B's too; so is
        # "Meeting in Berlin on Tuesday, A and B agreed ..." (the sentence's first word)
        if (
            kind == "direct"
            and trig.group().endswith("ing")
            and (
                _PARTICIPLE_LEAD_RE.fullmatch(self.low, start, trig.start())
                or (trig.group() == "meeting" and start == trig.start())
            )
        ) or (
            kind in {"direct", "with"}
            and trig.group().startswith(("meeting", "hosting", "receiving", "welcoming"))
            and _AND_PARTICIPLE_LEAD_RE.fullmatch(self.low, start, trig.start())
        ):
            return self.main_subject(sent, trig, sent_people)
        return []

    def talks_judged_by(self, trig: re.Match[str], sent_people: list[Mention]) -> list[Actor]:
        """
        The speaker who judges talks that open the sentence: the one who held them.

        "Talks with A on Tuesday were productive, B said"; "Wednesday's meeting with A was
        'frank', B told reporters": B met A.
        """
        for m in sent_people:
            if (
                m.start > trig.end()
                and m.form != "pronoun"
                and _JUDGE_BEFORE_RE.search(self.text, max(trig.end(), m.start - 12), m.start)
                and _JUDGE_SAID_RE.match(self.low, m.end)
            ):
                return _expand(m)
        return []

    def media(self, m: Mention) -> bool:
        """
        Whether ``m`` is named as an interviewer: "told radio host A", "hosts B and C".

        A talk-show host, an anchor or a reporter who questions a politician holds an
        interview, not a meeting.
        """
        return _MEDIA_ROLE_RE.search(self.low, max(0, m.start - 48), m.start) is not None

    def after_dateline(self, start: int, end: int) -> int:
        """
        Where a paragraph's first sentence starts after its dateline ("BERLIN (Reuters) - ").

        ``start`` itself when it opens no paragraph or no dateline in capitals is there.
        """
        starts = self.paragraph_starts
        k = bisect_left(starts, start)
        if k == len(starts) or starts[k] != start:
            return start
        if not self.text[start : start + 2].isupper():
            return _agency_dateline_end(self.text, start, end)
        m = _DATELINE_LEAD_RE.match(self.text, start, end)
        return start if m is None else m.end()

    def quoted_speaker(
        self, sent: Segment, trig: re.Match[str], sent_people: list[Mention]
    ) -> list[Actor]:
        """
        The speaker of a quote whose "I" or "my" met: '"I met A today," Minister B said'.

        Only in a sentence that opens with the quote, the meeting word inside it after "I"
        or "my" (a few words between), and the speaker named right after the quote closes,
        before or after a verb of saying.
        """
        text, low = self.text, self.low
        start = sent.start
        while start < trig.start() and text[start].isspace():
            start += 1
        if text[start : start + 1] not in {'"', "\u201c"}:
            return []
        if _FIRST_PERSON_RE.search(low, max(start, trig.start() - 40), trig.start()) is None:
            return []
        close = _QUOTE_CLOSE_RE.search(text, trig.end(), sent.end)
        if close is None:
            return []
        first = _SPEECH_FIRST_RE.match(low, close.end())
        at = first.end() if first else close.end()
        for m in sent_people:
            if m.start >= at:
                if m.start == at and (first or _SPEECH_VERB_RE.match(low, m.end)):
                    return _expand(m)
                break
        return []

    def turn_speaker(self, sent: Segment, trig: re.Match[str]) -> list[Actor]:
        """
        The speaker of a transcript's turn whose "I" or "my" met.

        A parliamentary record or a briefing's transcript labels each turn with its speaker
        ("Hon. A. B. SMITH: On 30 July I held talks in Canberra with ..."); the turn's first
        person, outside quotation marks, is the labelled speaker, in the label's paragraph
        and the unlabelled ones after it.  A label that names no person ("Q:", a dateline's
        "Abu Dhabi:") gives no one.
        """
        text, low = self.text, self.low
        at = trig.start()
        lo = max(sent.start, at - 40)
        far = max(sent.start, at - _TRIP_REACH)
        if low.find("i ", far, at) < 0 and low.find("my ", lo, at) < 0:
            return []  # (no first person before the word: most meeting words)
        k = bisect_right(self.paragraph_starts, at) - 1
        first = _FIRST_PERSON_RE.search(low, lo, at) or _FIRST_PERSON_TRIP_RE.search(low, far, at)
        if k < 0 or first is None:
            return []
        start = self.paragraph_starts[k]
        if '"' in text[start:at] or "\u201c" in text[start:at]:
            return []  # inside a quotation: its speaker is read elsewhere
        speaker: list[Actor] | None = None
        for j in range(k, max(-1, k - _TURN_LOOK_BACK), -1):
            p = self.paragraph_starts[j]
            label = _TURN_LABEL_RE.match(text, p)
            if label is not None:
                # a heading "Cyprus: Visit of the Minister" labels no turn: the maker's "I"
                named = self.labelled(p, label.end())
                if named or _ASKER_LABEL_RE.match(text, p):
                    speaker = named
                break
        speaker = self.maker(at) if speaker is None else speaker
        return [*self.and_i_partner(sent, first.start()), *speaker] if speaker else []

    def and_i_partner(self, sent: Segment, i_at: int) -> list[Actor]:
        """
        The person named just before "and I" at ``i_at``, who met the speaker.

        "Minister A and I discussed", "A and I last met in May": the speaker and A met.
        """
        if self.low[max(0, i_at - 5) : i_at] != " and ":
            return []
        end = i_at - 5
        found = [m for m in self.in_range(sent.start, end) if m.end == end]
        return _expand(found[-1]) if found and found[-1].actor.kind == "person" else []

    def maker(self, before: int) -> list[Actor]:
        """
        The person a document names as its maker, when that line comes before ``before``.

        A written statement to a parliament ("Statement made by" over "A" and A's office), a
        ministry's "Statement by the Minister for Foreign Affairs, A, on his visit to X" or
        an embassy's "Remarks by Ambassador A at ...": the body's first person is A.  Only a
        line near the document's start or its headline counts, and only a person named on
        the rest of that line, on the line under it, or (read off as the byline) the author.
        """
        m = _MAKER_RE.search(self.text, 0, min(before, _MAKER_REACH))
        if m is None:
            released = self.release_maker(before)
            if released:
                return released
            headline = self.doc.headline
            if headline is None or _MAKER_RE.match(headline) is None:
                return []
            return self.headline_maker(headline)
        # the name's line: the rest of the maker's line, or the first line under it
        start = m.end()
        end = self.text.find("\n", start)
        end = min(before, start + _MAKER_NAME_REACH, len(self.text) if end < 0 else end)
        for found in self.in_range(start, end):
            if found.actor.kind == "person":
                return _expand(found)
        named = _MAKER_NAME_RE.match(self.text, start, end + 1)
        if named is not None and " " in named["name"]:
            return [Actor(name=named["name"], kind="person")]
        return self.author()

    def release_maker(self, before: int) -> list[Actor]:
        """
        The minister whose media release this is, named with honorifics around its line.

        "Senator the Hon A B / Minister for X / Media release": the name on a line of its own
        above the release's line (the nearest), else on one of the lines just under it; the
        lines above the body that the outlet parser set aside (a letterhead) count.
        """
        if before >= _MAKER_REACH and self.released is not None:
            return self.released  # (the same for every first person past the reach)
        body = self.text[: min(before, _MAKER_REACH)]
        front = self.doc.masthead[-_MAKER_REACH:]
        head = f"{front}\n{body}" if front else body
        low = head.lower()
        found: list[Actor] = []
        line = _RELEASE_LINE_RE.search(head) if "release" in low or "statement" in low else None
        if line is not None:
            above = list(_RELEASE_NAME_RE.finditer(head, 0, line.start()))
            below = (
                None
                if above
                else _RELEASE_NAME_RE.search(head, line.end(), line.end() + _MAKER_NAME_REACH)
            )
            named = above[-1] if above else below
            found = [] if named is None else [Actor(name=named["hon_name"], kind="person")]
        if before >= _MAKER_REACH:
            self.released = found
        return found

    def headline_maker(self, headline: str) -> list[Actor]:
        """The maker a headline names: "Remarks by Ambassador A at ...", else the author."""
        if self.headline_people is None:
            self.headline_people = [
                m for m in mentions(Document(text=headline)) if m.actor.kind == "person"
            ]
        return _expand(self.headline_people[0]) if self.headline_people else self.author()

    def author(self) -> list[Actor]:
        """The byline's first name of a person, as one who may have met (see :meth:`maker`)."""
        authors = [a for a in self.doc.authors if " " in a and a[:1].isupper()]
        return [Actor(name=authors[0], kind="person")] if authors else []

    def labelled(self, start: int, end: int) -> list[Actor]:
        """The person a turn's label at ``[start, end)`` names, if any."""
        for m in self.in_range(start, end):
            if m.actor.kind == "person":
                # (the chair's label, "MR. SPEAKER.-", names an office, no one)
                return [] if m.actor.name.lower() in _CHAIR_LABELS else _expand(m)
        named = _TURN_NAME_RE.match(self.text, start, end)
        if named is None:
            return []
        name = " ".join(_dateline_name(w) for w in named["name"].split())
        return [Actor(name=name, kind="person", title=named["office"])]

    def with_before_call(
        self, kind: str, trig: re.Match[str], before: list[Mention]
    ) -> list[Mention]:
        """
        The person "with" names before "in a phone call" or "at their meeting": the other party.

        "said she had raised the case with A in a phone call on Monday", "discussed it with A
        during a call": A was called.
        """
        if not (
            (
                kind == "phone"
                and _IN_A_CALL_BEFORE_RE.search(self.low, max(0, trig.start() - 24), trig.start())
            )
            # "will raise the attack with A at their next meeting Thursday": A is met there
            or (kind == "noun" and trig.group().startswith(("at their ", "at the ")))
        ):
            return []
        found = [m for m in before if m.actor.kind == "person" and self.with_before(m)]
        return found[-1:]

    def whom_antecedent(self, trig: re.Match[str], before: list[Mention]) -> list[Mention]:
        """
        The person "with whom" tells of: the one named right before it.

        "a message from President A, with whom the king met Monday", "B, whom the envoy
        visited in May": A and B are met.
        """
        m = _WHOM_RE.search(self.low, max(0, trig.start() - 80), trig.start())
        if m is None:
            return []
        found = [x for x in before if x.end <= m.start() and x.actor.kind == "person"]
        if not found or not _WHOM_GAP_RE.fullmatch(self.text, found[-1].end, m.start()):
            return []
        return found[-1:]

    def with_before(self, m: Mention) -> bool:
        """Whether "with" stands before ``m`` ("with OAS Secretary General A", "with the")."""
        return _WITH_BEFORE_RE.search(self.text, max(0, m.start - 40), m.start) is not None

    def no_call(self, kind: str, trig: re.Match[str], objects: list[Mention]) -> bool:
        """
        Whether "called" or "called on" tells no meeting with ``objects``.

        "called for calm" calls nobody, "called A a liar" names A, "called on A to resign"
        is a demand; "called A on Monday to congratulate him" is a call.
        """
        low = self.low
        if kind == "called":
            return not objects or not _CALLED_NEXT_RE.match(low, objects[-1].end)
        return bool(
            objects
            and _CALLED_ON_RE.match(low, trig.start())
            and _TO_VERB_RE.match(low, objects[-1].end)
        )

    def place_hosts(self, trig: re.Match[str]) -> bool:
        """
        Whether a place or a country is the subject of "host" with no one as its object.

        "the reconstruction conference that Paris is to host in November", "the summit,
        which Riyadh is due to host": the place hosts an event, the people before it do not
        meet there.
        """
        if not trig.group().startswith("host"):
            return False
        m = _PLACE_HOSTS_RE.search(self.text, max(0, trig.start() - 60), trig.start())
        if m is None:
            return False
        name = m.group(1)
        return any(name in table for table in (COUNTRY_NAMES, CAPITALS, CITIES, SUBDIVISIONS))

    def together_with(
        self, sent: Segment, trig: re.Match[str], participants: list[Actor]
    ) -> list[Actor]:
        """
        The people named after "together with" following the meeting word: they meet too.

        "A will meet B in Geneva next week, together with UN envoy C": A, B and C.
        """
        if len(participants) < 2 or self.low.find("together with", trig.end(), sent.end) < 0:
            return []
        m = _TOGETHER_WITH_RE.search(self.low, trig.end(), sent.end)
        if m is None:
            return []
        after = _people(self.in_range(m.end(), sent.end), self.text)
        if not after or not _DET_GAP_RE.fullmatch(self.text, m.end(), after[0].start):
            return []
        keys = {_key(a) for a in participants}
        chain = _coordinated(self.text, after, 0, objects=True)
        return [a for x in chain for a in _expand(x) if _key(a) not in keys]

    def with_after_object(
        self, sent: Segment, trig: re.Match[str], participants: list[Actor]
    ) -> list[Actor]:
        """
        A third party named after "with" once the verb's object and its day are told.

        "He is due to meet Foreign Minister B there on May 23 with Secretary of State C",
        "will meet B in Geneva next week with UN envoy C": A, B and C meet.  Only after the
        verb "meet" whose object is a person named right after it.
        """
        if len(participants) != 2 or not self.low.startswith("meet", trig.start()):
            return []
        after = _people(self.in_range(trig.end(), sent.end), self.text)
        if len(after) < 2 or self.low[trig.end() : after[0].start].strip() not in _OBJECT_OPENERS:
            return []
        gap = _THEN_WITH_RE.fullmatch(self.text, after[0].end, after[1].start)
        if gap is None:
            return []
        keys = {_key(a) for a in participants}
        chain = _coordinated(self.text, after, 1, objects=True)
        return [a for x in chain for a in _expand(x) if _key(a) not in keys]

    def meeting_of_others(self, kind: str, trig: re.Match[str]) -> bool:
        """
        Whether the meeting word names a meeting of others than its subject after "of".

        "The ministers agreed to recommend a meeting of their presidents", "They agreed to
        convene the next meeting of the Joint Coordination Committee": the presidents', the
        committee's meeting, not the ministers'.  (A count, "a meeting of the two
        ministers", may be the subject's own.)
        """
        if (
            kind not in {"direct", "noun"}
            or not trig.group().endswith("meeting")
            or trig.group().startswith("at ")
            # "signed deals at a meeting of the joint council", "flew in for a meeting of
            # the council": the subject attends
            or _ATTENDS_BEFORE_RE.search(self.low, max(0, trig.start() - 30), trig.start())
        ):
            return False
        m = _MEETING_OF_OTHERS_RE.match(self.low, trig.end())
        return m is not None and _COUNT_WORD_RE.search(self.low, m.start(), m.end()) is None

    def setting_of_another(self, clause: Segment, trig: re.Match[str]) -> bool:
        """Whether "at a summit" tells where a meeting word before it in the clause is held."""
        start = trig.start()
        return (
            (trig.lastgroup == "noun" and self.low.startswith("at", start))
            # "are due to meet A in B for a trilateral meeting on trade": the same one
            or (
                trig.group() == "meeting"
                and _A_NOUN_BEFORE_RE.search(self.low, max(clause.start, start - 30), start)
                is not None
            )
            # "will meet again on the sidelines of the Pacific Islands Forum Foreign
            # Ministers Meeting": the gathering's name, where the meeting just read is held
            or (
                _SIDELINES_OF_BEFORE_RE.search(self.low, max(clause.start, start - 90), start)
                is not None
                and bool(self.drafts)
                and clause.start <= self.drafts[-1].evidence.start < start
            )
        ) and any(clause.start <= q < start for q in self.live)

    def reading(  # noqa: C901, PLR0911, PLR0912 - the forms of the meeting words
        self, clause: Segment, trig: re.Match[str]
    ) -> str:
        """
        How to read the meeting word ``trig``: its kind, "passive", or "" to pass it over.

        "the planned visit of a trade mission" is a noun, not "will visit X"; "was received
        by A" has its object after "by"; "a call from A" is a call when received or taken.
        """
        kind = trig.lastgroup or ""
        low, word = self.low, trig.group()
        start = trig.start()
        if word.startswith("call") and _MAKE_A_CALL_RE.search(low, max(0, start - 32), start):
            return ""  # "they do not make a definitive call on which is better": a decision
        if word == "host" and _HOST_NOUN_BEFORE_RE.search(low, max(0, start - 32), start):
            return ""  # "closeted with their Malaysian host, A": the noun, A named after it
        if kind == "direct" and word in {"saw", "seen"}:
            # "He had seen President A in Tegucigalpa yesterday", "saw the Soviet Ambassador":
            # a call on an officeholder named by his office; not "saw President A as a
            # threat", "saw Prime Minister B's speech", "saw it on television"
            # (nor "saw the Defence Minister, B, as an obstacle": "as" past the name's commas)
            # (or the person named before "whom": "the Ambassador, Mr A, whom he saw at the
            # Foreign Office yesterday")
            office = _SEEN_OFFICE_RE.match(self.text, trig.end())
            if (
                (office is None and not _WHOM_RE.search(low, max(0, start - 60), start))
                or _SEEN_NOT_RE.search(low, trig.end(), clause.end)
                or (office is not None and _SEEN_AS_AFTER_RE.match(low, office.end()))
            ):
                return ""
        elif (
            kind == "direct"
            and word.startswith(("call", "sen"))
            and (named := _SUMMONED_NAME_TO_RE.match(low, trig.end())) is not None
            and not _SUMMONED_ENVOY_RE.match(low, trig.end())
        ):
            # "called in Nankya to deliver a letter": a person by name, not "called in
            # Paris to ..." (a place) or "sent for repairs to ..."
            if not any(
                m.actor.kind == "person" and m.start <= named.start(1) < m.end
                for m in self.in_range(trig.end(), named.end(1))
            ):
                return ""
        elif kind == "direct" and word.startswith("brief"):
            if not _BRIEF_PLACE_RE.match(self.text, trig.end()):
                return ""  # "briefed reporters on the talks": no place told, no meeting
        elif kind == "direct" and word in {"see", "visit", "meeting"}:
            if (
                # "a meeting hosted by A": read at "hosted"
                (word == "meeting" and _HOSTED_BY_NEXT_RE.match(low, trig.end()))
                or (
                    word == "visit"
                    and (
                        _NOUN_BEFORE_RE.search(low, max(clause.start, start - 12), start)
                        # "since the ship visit row broke": the noun before another's head
                        or _VISIT_COMPOUND_RE.match(low, trig.end())
                        or (
                            _FIRST_TO_VISIT_RE.search(low, max(clause.start, start - 60), start)
                            and self.visits_a_place(trig.end())
                        )
                    )
                )
            ) or (
                # "will fly to Paris on Thursday to see A": a trip's purpose, a meeting; so is
                # "is expected to see A again at the summit"
                word == "see"
                and not _TRAVEL_BEFORE_SEE_RE.search(low, clause.start, start)
                and not _PLANNED_SEE_RE.search(low, max(clause.start, start - 24), start)
            ):
                return ""
        elif kind == "direct" and _passive_form(word) and _BY_NEXT_RE.match(low, trig.end()):
            if word == "joined" and (
                not _JOINED_FOR_RE.search(low, trig.end(), clause.end)
                # "were joined by their ministers": their own people, no other party
                or _JOINED_OWN_RE.match(low, trig.end())
            ):
                return ""  # "was joined by his wife at the rally": no talks
            if _PASSIVE_BEFORE_RE.search(low, max(clause.start, start - 24), start) or (
                # "for a trilateral meeting hosted by A": A and the subject's people
                word == "hosted" and _NOUN_BEFORE_HOSTED_RE.search(low, max(0, start - 16), start)
            ):
                return "passive"
            if _jointly_chaired(word):
                return "passive"  # "the talks, co-chaired by A and B": chaired together
        elif kind == "noun" and word.startswith(_ONE_SIDE):
            if not _LED_ONE_SIDE_RE.search(low, max(clause.start, start - 40), start):
                return ""  # the head of one side reads the other's: "A led the X side"
        elif kind == "direct" and word.endswith("chairmanship"):
            return "passive"  # "under the co-chairmanship of A and B": chaired together
        elif (
            (kind == "phone" and not self.call_told(clause, trig))
            or (
                # "A and B were also present at the meeting": attending another's
                kind == "noun"
                and low.startswith("at ", start)
                and _PRESENT_BEFORE_RE.search(low, max(clause.start, start - 24), start)
            )
            # "The two sides agreed to hold a meeting of defence and finance officials":
            # the officials' meeting, not the sides'
            or (kind == "noun" and _OF_OFFICIALS_NEXT_RE.match(low, trig.end()))
        ):
            return ""
        return kind

    def subject_people(
        self,
        clause: Segment,
        before: list[Mention],
        sent_people: list[Mention],
        trig: re.Match[str],
    ) -> list[Actor]:
        """The people of the subject: named, "the leaders of A and B", or "they"."""
        participants: list[Actor] = []
        if self.low.find(" they ", max(0, trig.start() - 40), trig.start()) >= 0 or (
            self.low.find("we ", max(0, trig.start() - 40), trig.start()) >= 0
        ):
            pair = self.they_of_main(trig, sent_people) or self.we_of_maker(clause, trig)
            if pair:
                self.retold = self.group_told = False
                return pair
        subject = self.led_subject(clause, before) or self.subject(
            clause, before, sent_people, trig
        )
        forms = {m.form for m in subject}  # a set, not all(): no generator to close
        self.retold = bool(subject) and forms <= {"group", "pronoun"}
        self.group_told = bool(subject) and forms == {"group"}
        if not subject and (
            visitor := self.delegation_head(clause, trig)
            or self.delegation_head(self.sentence_at(clause.start), trig)
            or self.delegation_it(clause, trig)
        ):
            # (also "the delegation was received by B, and had a meeting with C": the
            # sentence's subject, after another clause)
            return visitor
        if not subject:
            wider = self.after_phrase_sentence(clause)
            participants += self.officials_of(clause, trig) or (
                self.officials_of(wider, trig) if wider is not None else []
            )
            if (
                self.drafts
                and _THEY_RE.search(self.low, clause.start, trig.start())
                and not self.members_of_body(trig.start())
            ):
                participants += self.drafts[-1].people
                self.retold = True
        if (
            len(subject) == 1
            and subject[0].form == "group"
            and self.low.startswith("the ", subject[0].start)
        ):
            # "The leaders of South Korea, China and Japan": the countries name them, not
            # the resolver's leaders named last
            listed = _OFFICIALS_OF_RE.match(self.low, subject[0].start, trig.start())
            officials = self.officials_of(clause, trig) if listed is not None else []
            if len(officials) > len(subject[0].members):
                return officials
            if (
                listed is not None
                and not officials
                and len(countries_in(self.doc, listed.start(2), listed.end()))
                > len(subject[0].members)
            ):
                return []  # "The leaders of A, B and C", one of no leader named: not the pair
        for m in subject:
            participants += self.group_members(m, clause) if m.members else _expand(m)
        return participants

    def we_of_maker(self, clause: Segment, trig: re.Match[str]) -> list[Actor]:
        """
        The two of the meeting read last, one the maker, when "we" before ``trig`` are they.

        A minister's release: "A and I last met in May, and we spoke by phone in June" (the
        release's "I" and A); outside a quotation, and only when the maker met last.
        """
        at = trig.start()
        if (
            not self.drafts
            or len(self.drafts[-1].people) != 2
            or _WE_RE.search(self.low, max(clause.start, at - 40), at) is None
        ):
            return []
        last = self.drafts[-1]
        if all(_key(a) not in last.key for a in self.maker(at)):
            return []
        k = bisect_right(self.paragraph_starts, at) - 1
        start = max(self.paragraph_starts[k] if k >= 0 else 0, at - _WE_QUOTE_REACH)
        if '"' in self.text[start:at] or "\u201c" in self.text[start:at]:
            return []  # a quotation's "we": its speaker's side
        return list(last.people)

    def members_of_body(self, end: int) -> bool:
        """
        Whether the sentence before ``end`` opens with a body's members: "they" are those.

        "The ASEAN foreign ministers will discuss the issue when they meet", "EU leaders
        will take it up when they meet in Brussels": not the pair of the meeting told last.
        """
        k = bisect_right(self.sentence_starts, end) - 1
        start = self.sentence_starts[k] if k >= 0 else 0
        return any(
            m.actor.kind == "organization" and _BODY_MEMBERS_RE.match(self.low, m.end) is not None
            for m in self.in_range(start, end)
        )

    def delegation_head(self, clause: Segment, trig: re.Match[str]) -> list[Actor]:
        """
        The visitor "the Haitian delegation" stands for, as the clause's subject.

        "A received his Haitian counterpart, B [...] the Haitian delegation was received by
        Vice President C": the one person of the delegation's country among the people of
        the meeting told last.
        """
        first = next(iter(self.in_range(clause.start, trig.start())), None)
        last = self.last
        if (
            first is None
            or last is None
            or first.actor.kind not in {"group", "organization"}
            or first.actor.country is None
            or not self.low.endswith("delegation", first.start, first.end)
            or _DELEGATION_OPENING_RE.fullmatch(self.low, clause.start, first.start) is None
        ):
            return []
        ours = [a for a in last.people if a.kind == "person" and a.country == first.actor.country]
        return ours if len(ours) == 1 else []

    def delegation_it(self, clause: Segment, trig: re.Match[str]) -> list[Actor]:
        """
        The head of the delegation "it" (or "the group") takes up, as the clause's subject.

        "A delegation led by Governor A arrived on Monday. On Thursday the group goes to
        Braga, where it will meet the mayor, B": A meets B.  The head is the person named
        right after "led by" or "headed by" the last delegation, team or mission told
        before (paragraphs before, at times: a visit's programme closes a story).
        """
        low = self.low
        at = trig.start()
        if not _IT_SUBJECT_RE.search(low, max(clause.start, at - _IT_REACH), at):
            return []
        # the last delegation told before the clause
        led = next(reversed(list(_DELEGATION_HEAD_RE.finditer(low, 0, at))), None)
        heads = next(reversed(list(_HEADS_DELEGATION_RE.finditer(low, 0, at))), None)
        if heads is not None and (led is None or heads.start() > led.start()):
            # "A, who heads the delegation, arrived. The delegation is to call on B": A
            named = [m for m in self.in_range(0, heads.start()) if m.end == heads.start()]
            return [named[-1].actor] if named and named[-1].actor.kind == "person" else []
        if led is None:
            return []
        head = next(iter(self.in_range(led.end(), trig.start())), None)
        if (
            head is None
            or head.actor.kind != "person"
            or self.text[led.end() : head.start].count(" ") > _LED_BY_GAP_WORDS
        ):
            return []
        return [head.actor]

    def they_of_main(self, trig: re.Match[str], sent_people: list[Mention]) -> list[Actor]:
        """
        "they" after "when" as the main clause's subject and the person it names after "with".

        "A is expected to raise the matter with B when they meet in Gaborone": A and B meet.
        """
        they = _WHEN_THEY_RE.search(self.low, max(0, trig.start() - 40), trig.start())
        if they is None:
            return []
        main = [m for m in sent_people if m.end <= they.start() and m.actor.kind == "person"]
        if they.group("since") is not None:
            # "A has not met B since they had a short conversation in New York": A and B
            people = {_key(m.actor): m.actor for m in main if m.form != "pronoun"}
            start = main[0].start if main else they.start()
            if len(people) == 2 and _NOT_MET_RE.search(self.low, start, they.start()):
                return list(people.values())
            return []
        partner = next((m for m in main if self.with_before(m)), None)
        if partner is None:
            # "A is expected to press B on tariffs when they meet": the two people named
            named = {_key(m.actor): m.actor for m in main if m.form != "pronoun"}
            # ("When they met in Harare, A and B agreed ...": the main clause's pair)
            return (
                self.they_before_main(trig, they.start(), sent_people)
                if not main
                else list(named.values())
                if len(named) == 2
                else []
            )
        if main[0] is partner:
            return []
        return [main[0].actor, partner.actor]

    def they_before_main(
        self, trig: re.Match[str], at: int, sent_people: list[Mention]
    ) -> list[Actor]:
        """
        "When they met in Harare in 1990, A and B agreed ...": the pair right after the comma.

        Only when the "when" clause opens the sentence (after a dateline at most) and the
        main clause opens with two people joined by "and".
        """
        start = self.after_dateline(self.sentence_start(at), at)
        if self.low[start:at].strip():
            return []
        comma = self.low.find(",", trig.end())
        after = [m for m in sent_people if m.start > comma >= 0 and m.actor.kind == "person"]
        if not after or self.text[comma + 1 : after[0].start].strip():
            return []
        chain = _coordinated(self.text, after, 0)
        named = {_key(a): a for m in chain for a in _expand(m) if m.form != "pronoun"}
        return list(named.values()) if len(named) == 2 else []  # (a pair)

    def group_members(self, m: Mention, clause: Segment) -> list[Actor]:
        """
        The people of "the two ministers": those of the meeting told last, when they fit.

        The actor resolver takes the people named last; when the meeting told last (three
        paragraphs back at most) holds some of them and as many people as the group counts
        ("the ministers" counts any), the group is that meeting's people: "A met B and C.
        [...] The ministers discussed ..." retells the meeting of A, B and C; so does "the
        last meeting between the two ministers" after a call of two.  A meeting with someone
        the noun does not fit ("the ministers" and a president), or of another count ("their
        next trilateral meeting" counts three), is passed over for the one told before it.
        """
        members = list(m.members)
        of_count = _OF_COUNT_RE.match(self.low, m.end)
        if of_count is not None and _COUNT_OF[of_count.group(1)] > len(members):
            # "the ministers of the three Baltic states": more people than those named, so
            # not the pair the resolver found
            return []
        if self.low.startswith(" of ", m.end) and m.form == "group":
            # "the leaders of Ethiopia and South Yemen": people of those countries, never
            # two people of others named before
            lands = set(countries_in(self.doc, m.end, min(m.end + 60, clause.end)))
            if lands and any(a.country is not None and a.country not in lands for a in members):
                return []
        keys = frozenset(map(_key, members))
        if m.form == "pronoun" and self.regrouped is not None and self.regrouped[0] == keys:
            # "The two ministers agreed to meet again [the ministers, not the presidents
            # named last]. They last met in Harare": "they" are the same ministers
            return list(self.regrouped[1])
        found = self.lede_members(m, clause, members)
        titled = None if found else self.titled_group(m, members)
        if titled is not None and not titled:
            return []  # "the two presidents": none of the meetings told is of presidents
        found = (
            found
            or titled
            or self.leaders_just_met(m, clause, members)
            or self.leaders_of_call(m, clause, members)
            or self.told_members(m, clause, members)
        )
        if m.form == "group":
            regrouped = found and frozenset(map(_key, found)) != keys
            self.regrouped = (keys, found) if regrouped else None
        return found

    def others_group(self, m: Mention, clause: Segment, subject: list[Actor]) -> list[Actor]:
        """
        The people of a group object that the resolver gave the subject to: the others.

        "Togo's President A has offered to host the two presidents": the group is not A and
        the president named last, but the two of the last meeting told without A.
        """
        keys = {_key(a) for a in subject}
        if not keys or not keys & {_key(a) for a in m.members}:
            return []
        k = bisect_left(self.paragraph_starts, clause.start + 1) - 1
        for d in reversed(self.drafts):
            j = bisect_left(self.paragraph_starts, d.evidence.start + 1) - 1
            if d.evidence.start > clause.start or k - j > _OTHERS_REACH:
                break
            if len(d.people) == len(m.members) and not d.key & keys and self.hold_office(m, d):
                return list(d.people)
        return []

    def lede_members(self, m: Mention, clause: Segment, members: list[Actor]) -> list[Actor]:
        """
        The people of "the two leaders last met in May": the lede's meeting, when they fit.

        A group that "last met" (or "first met", "previously met") tells the history of the
        meeting the article opens with, not of the two people named last: "A and B held
        talks on Thursday. [...] B was to call on C, but the visit was cancelled. The two
        leaders last met in Johannesburg" is A and B.  The lede's meeting must have been
        held, count as many people as the group ("the ministers" counts any), hold people
        the noun fits, and share one of the resolver's people.
        """
        if not self.drafts or _LAST_MET_RE.search(self.low, clause.start, clause.end) is None:
            return []
        first = self.drafts[0]
        if (
            first.status != "held"
            or first.earlier
            or first.evidence.start >= self.lede_end
            or first.evidence.start > clause.start
            or len(first.people) < 2
            or not first.key & {_key(a) for a in members}
            or first.key == {_key(a) for a in members}
        ):
            return []
        word = _COUNT_WORD_RE.search(self.low, m.start, m.end)
        count = _COUNT_OF[word.group()] if word is not None else None
        if count is not None and count != len(first.people):
            return []
        if self.names_ministers(m) and not all(map(_may_be_minister, first.people)):
            return []
        if not self.hold_office(m, first) or self.told_just_before(clause, members):
            return []
        return list(first.people)

    def told_just_before(self, clause: Segment, members: list[Actor]) -> bool:
        """
        Whether the resolver's people of a group met in the meeting told just before it.

        "Earlier today, A received a phone call from C [...]. The two ministers last met in
        Muscat": the history of the call's pair (in the same paragraph, held or planned: "A
        will meet C on Monday. The two men last met in Warsaw" is A and C), not of the lede's
        meeting of A and B.
        """
        last = self.last
        if last is None or last is self.drafts[0] or last.status == "cancelled":
            return False
        k = bisect_left(self.paragraph_starts, clause.start + 1)
        return (
            last.key == {_key(a) for a in members}
            and bisect_left(self.paragraph_starts, last.evidence.start + 1) == k
        )

    def told_members(self, m: Mention, clause: Segment, members: list[Actor]) -> list[Actor]:
        """The people of the group ``m``: see :meth:`group_members`."""
        last = self.last
        if (
            last is None
            or last.evidence.start > clause.start
            # "the two leaders": the resolver takes leaders, who need not be the last met.
            or _LEADER_GROUP_RE.search(self.low, m.start, m.end)
        ):
            return members
        word = _COUNT_WORD_RE.search(self.low, m.start, m.end)
        count = _COUNT_OF[word.group()] if word is not None else None
        three_way = count is None and _holds(self.low, _THREE_WAY_WORDS, clause.start, clause.end)
        if three_way:
            count = 3
        fewer = self.holders_among_last(m, clause, count)
        d = None if fewer else self.told_group(m, clause, count)
        if d is None:
            return fewer or members
        keys = {_key(a) for a in members}
        if keys == d.key or len(d.people) < 2 or self.pair_of_sentence(m, keys):
            return members
        if not keys & d.key:
            # "the two ministers" read as two presidents: the noun fits the meeting better;
            # "the two sides" are the sides of the meeting told, never the last two named
            if not self.low.endswith(("sides", "parties"), m.start, m.end) and (
                all(map(_may_be_minister, members)) or not self.names_ministers(m)
            ):
                return members
        elif not three_way and any(x.key == keys for x in self.drafts):
            return members  # the pair named has met in this article: keep it
        self.group_from = d
        return list(d.people)

    def pair_of_sentence(self, m: Mention, keys: AbstractSet[str]) -> bool:
        """
        Whether the people of the bare "the two" ``m`` are both named before it in its sentence.

        "A will raise it with B when the two meet in Lima": A and B, not the people of the
        meeting told last.
        """
        if not self.low.startswith("the two", m.start) or m.end - m.start != len("the two"):
            return False
        sent = self.sentence_at(m.start)
        named = {_key(x.actor) for x in self.in_range(sent.start, m.start)}
        return keys <= named

    def leaders_of_call(self, m: Mention, clause: Segment, members: list[Actor]) -> list[Actor]:
        """
        Whether "the two leaders" are the pair of the call (or meeting) told just before.

        "A telephoned President B to brief him. The two leaders discussed B's visit": A and
        B, though the resolver took B and the leader named before them.  The meeting must be
        held, of two leaders, in the same paragraph, right before, and share one person.
        """
        last = self.last
        keys = {_key(a) for a in members}
        if (
            last is None
            or last.status != "held"
            or len(last.people) != len(members)
            or last.evidence.end > clause.start
            or clause.start - last.evidence.end > _LEADERS_CALL_GAP
            or not _LEADER_GROUP_RE.search(self.low, m.start, m.end)
            or keys == last.key
            or not keys & last.key
            or not all((a.title or "").lower() in _LEADER_KINDS for a in last.people)
        ):
            return []
        self.group_from = last
        return list(last.people)

    def holders_among_last(self, m: Mention, clause: Segment, count: int | None) -> list[Actor]:
        """
        The people of "the two ministers" among the three of the meeting told just before.

        "A is due to meet Foreign Minister B there on May 23 with Secretary of State C. The
        two ministers held talks earlier this month": A and B, those of the three whose
        office is the group's noun ("minister"), when just ``count`` of them hold it.
        """
        last = self.last
        if count is None or last is None or len(last.people) != count + 1:
            return []
        if clause.start - last.evidence.end > _HOLDERS_GAP or last.evidence.start > clause.start:
            return []
        noun = self.low[m.start : m.end].rsplit(" ", 1)[-1]
        if not noun.endswith("s") or len(noun) < _MIN_OFFICE_NOUN:
            return []
        office = noun[:-1]
        fit = [a for a in last.people if a.title and a.title.lower().endswith(office)]
        return fit if len(fit) == count else []

    def told_group(self, m: Mention, clause: Segment, count: int | None) -> _Draft | None:
        """
        The meeting the group ``m`` retells: the last one told before it that fits.

        Three paragraphs back for the last meeting read, twelve for those before it; the
        meeting counts ``count`` people when a count is told, and its people fit the noun
        ("the ministers": no president among them) and the group's office.
        """
        last = self.last
        ministers = self.names_ministers(m)
        k = bisect_left(self.paragraph_starts, clause.start + 1) - 1
        # "the sides" name no office: the sides of the meeting told last, however many short
        # paragraphs of what was said there come between (as agencies' readouts write them),
        # unless the pair the resolver took is named in the group's own paragraph ("Later, C
        # received B [...] and the two sides exchanged views": C and B)
        sides = self.low.endswith(("sides", "parties"), m.start, m.end) and not (
            self.named_in_paragraph(m, k)
        )
        for d in [last, *(x for x in reversed(self.drafts) if x is not last)]:
            if d is None or d.evidence.start > clause.start:
                continue
            j = bisect_left(self.paragraph_starts, d.evidence.start + 1) - 1
            if k - j > (3 if d is last and not sides else 12):
                break
            if count is not None and count != len(d.people):
                continue
            misfit = ministers and not all(map(_may_be_minister, d.people))
            if not misfit and self.hold_office(m, d):
                return d
        return None

    def named_in_paragraph(self, m: Mention, k: int) -> bool:
        """Whether each of the group ``m``'s people is named in paragraph ``k`` before it."""
        start = self.doc.paragraphs[k].start if k >= 0 else 0
        named = {_key(x.actor) for x in self.in_range(start, m.start) if x.form != "pronoun"}
        return bool(m.members) and {_key(a) for a in m.members} <= named

    def leaders_just_met(self, m: Mention, clause: Segment, members: list[Actor]) -> list[Actor]:
        """
        The people of "the leaders" (no count) told in the paragraph after a meeting of more.

        The resolver gives "the leaders" the leaders named last; "The leaders discussed ..."
        right after a meeting of three leaders, two of them the resolver's, is that meeting.
        """
        last = self.last
        if (
            last is None
            or last.evidence.start > clause.start
            or not _LEADER_GROUP_RE.search(self.low, m.start, m.end)
        ):
            return []
        keys = {_key(a) for a in members}
        k = bisect_left(self.paragraph_starts, clause.start + 1) - 1
        j = bisect_left(self.paragraph_starts, last.evidence.start + 1) - 1
        if (
            k - j > 1
            or len(last.people) <= len(members)
            or not keys < last.key
            or _COUNT_WORD_RE.search(self.low, m.start, m.end) is not None
        ):
            return []
        self.group_from = last
        return list(last.people)

    def names_ministers(self, m: Mention) -> bool:
        """
        Whether the group ``m`` is named "ministers" of a portfolio, not heads of government.

        "the two foreign ministers", "the ministers": yes; "the two prime ministers" (or
        "chief", "first" ministers) are leaders, whom "the ministers" never count.
        """
        low = self.low
        if not low.endswith("ministers", m.start, m.end):
            return False
        before = low[max(m.start, m.end - 20) : m.end - len("ministers")].split()
        return not before or before[-1] not in _LEADER_MINISTERS

    def hold_office(self, m: Mention, d: _Draft) -> bool:
        """
        Whether the people of ``d`` may be the group ``m`` named by an office.

        "The two foreign secretaries last met in Delhi": not a meeting of a foreign secretary
        with a foreign adviser, whose title is known and another.
        """
        word = _SECRETARIES_RE.search(self.low, m.start, m.end)
        if word is None:
            return True
        office = f"{word.group(1)} secretary"
        return all(a.title is None or a.title.lower().endswith(office) for a in d.people)

    def titled_group(self, m: Mention, members: list[Actor]) -> list[Actor] | None:
        """
        The people of "the two presidents" who all hold that office, when the resolver's do not.

        "A (President) phoned B (Prime Minister) [...] The two presidents agreed to meet
        again": the presidents are those of the last meeting told whose people all are.
        When no meeting told is of people who all hold it, the group is of people the text
        does not name: "B will call on President C. The two presidents are due to meet in
        August" (B a minister) or "The Presidents of the two countries are expected to meet"
        after a deputy chairman and a chairman: no meeting of the people named (an empty
        list).  A deputy or vice president does not hold the office.
        """
        word = _GROUP_OFFICE_RE.search(self.low, m.start, m.end)
        if word is None:
            return None
        office = word.group(1)
        if all(a.title is None or _holds_office(a.title, office) for a in members):
            return None  # (one of no title known may hold the office)
        count_word = _COUNT_WORD_RE.search(self.low, m.start, m.end)
        count = _COUNT_OF[count_word.group()] if count_word is not None else None
        drafts = [d for d in reversed(self.drafts) if count is None or count == len(d.people)]
        for d in drafts:
            if all(_holds_office(a.title or "", office) for a in d.people):
                return list(d.people)
        if any(all(_may_hold_office(a.title, office) for a in d.people) for d in drafts):
            return None  # ("his counterpart", title "Minister", may be a foreign minister)
        return []

    def main_subject(
        self, sent: Segment, trig: re.Match[str], sent_people: list[Mention]
    ) -> list[Actor]:
        """Read "During the talks in Hanoi, the two leaders agreed ...": the main subject."""
        text = self.text
        comma = text.find(",", trig.end(), sent.end)
        rest = [m for m in sent_people if m.start > comma]
        if comma < 0 or not rest or not _MAIN_SUBJECT_GAP_RE.fullmatch(text, comma, rest[0].start):
            return []
        subject = _coordinated(text, rest, 0)
        k = len(subject)
        if k < len(rest) and _TOLD_NEXT_RE.fullmatch(self.low, subject[-1].end, rest[k].start):
            subject.append(rest[k])  # "During the call, A told B ...": B is there too
        return [a for m in subject for a in _expand(m)]

    def call_told(self, clause: Segment, trig: re.Match[str]) -> bool:
        """Whether "call from"/"call to" tells a call: "received a call from", "made a call to"."""
        word = trig.group()
        if not word.startswith("call") or word.endswith("with"):
            return True
        return (
            _CALL_LEAD_RE.search(self.low, max(clause.start, trig.start() - 40), trig.start())
            is not None
        )

    def story_owner(
        self, sent: Segment, trig: re.Match[str], participants: list[Actor]
    ) -> list[Actor]:
        """
        The people of a sentence's ownerless "A scheduled meeting with B": the story's own too.

        "A met C on Monday. A scheduled meeting with B did not proceed": a readout's programme
        item with no subject is the one of the person whose meetings the story told last.
        """
        last = self.last
        if (
            last is None
            or not last.people
            or len({_key(a) for a in participants}) != 1
            or _OWNERLESS_MEETING_RE.fullmatch(self.low, sent.start, trig.start()) is None
            or _key(last.people[0]) == _key(participants[0])
        ):
            return participants
        self.owned = (sent, last)
        self.owned_items.append((sent, last))
        return [last.people[0], *participants]

    def programme_item(
        self, sent: Segment, when: TimeRef | None, place: Place | None
    ) -> tuple[TimeRef | None, Place | None]:
        """
        The day and place of an ownerless programme item: those of the meeting before it.

        "A received C in Port Vila on 3 August. A scheduled meeting with B did not proceed
        after B returned to Honiara": the item was on the same programme (not in Honiara).
        """
        owned = self.owned
        if owned is None or owned[0] != sent:
            return when, place
        last = owned[1]
        # (its own sentence's place is a reason's: the owner's, once known, replaces it; see
        # ``programme_places``)
        return when or last.when, last.place or place

    def medium(self, kind: str, clause: Segment, trig: re.Match[str]) -> str | None:
        """The setting of a call: "phone call", "video call", or None for a meeting in person."""
        word = trig.group()
        if kind == "video":
            return "video call"
        if kind in {"phone", "phoned", "called"}:
            return "phone call"
        low = self.low
        if kind == "between":
            # "a phone conversation between A and B": the word before tells the medium
            word = low[max(clause.start, trig.start() - 12) : trig.end()]
        if kind in {"between", "during", "noun"} and (m := _MEDIUM_WORD_RE.search(word)):
            return "video call" if m.group().startswith(("video", "virtual")) else "phone call"
        # "met in Tehran in June and spoke by phone last month": the call is the second verb's.
        cut = low.find(" and ", trig.end(), clause.end)
        end = clause.end if cut < 0 else cut
        # (video first: "during a video call" is a call by video, not by phone)
        if _holds(low, ("video", "virtual"), clause.start, end) and _BY_VIDEO_RE.search(
            low, clause.start, end
        ):
            return "video call"
        if _holds(low, ("phone", "call"), clause.start, end) and _BY_PHONE_RE.search(
            low, clause.start, end
        ):
            return "phone call"
        return None

    def add(  # noqa: C901 - the checks and parts of one reading, in order
        self,
        sent: Segment,
        clause: Segment,
        trig: re.Match[str],
        participants: list[Actor],
        stop: Segment | None = None,
    ) -> None:
        """Make a draft from one reading and merge it (``stop``: one stop's own words)."""
        text = self.text
        kind = trig.lastgroup or ""
        seen: dict[str, Actor] = {}
        for a in participants:
            seen.setdefault(_key(a), a)
        if len(seen) < 2:
            self.short = next(iter(seen.values()), self.short)
            self.shorts += len(seen)
            if len(seen) == 1 and (
                kind in {"with", "between"} or _WITH_NEXT_RE.match(text, trig.end())
            ):
                self.doc.diagnose(
                    "meeting.participant_unknown",
                    "A meeting word names only one known participant; no record was made.",
                    severity="info",
                    span=self.doc.span(sent.start, sent.end),
                )
            return
        self.made += 1
        habit = self.search(_HABITUAL_RE, _HABITUAL_WORDS, clause.start, clause.end)
        if (
            habit is not None
            # "has met A three times, most recently in May": the latest one is a meeting.
            and not _MOST_RECENTLY_RE.search(self.low, trig.end(), sent.end)
            # "spoke to A several times on Tuesday night", "met A twice today": one day's
            # meetings or calls, one record
            and not _ONE_DAY_NEXT_RE.match(self.low, habit.end())
        ):
            return
        if kind == "told" and not (self.told_meeting(sent, trig) or self.told_summoned(sent, seen)):
            return
        if self.denied(clause, trig) or self.three_way_of_two(clause, trig, seen.keys()):
            return
        status, moved = self.sentence_status(sent, clause, trig)
        medium = self.medium(kind, clause, trig)
        place = None if medium else self.meeting_place(sent, clause, trig)
        when = moved or self.when(
            sent, Segment(sent.start, clause.end) if kind == "told" else clause, trig
        )
        if stop is not None:
            # one stop of a tour: the place and day told after its person, if any
            place = place if medium else (self.place(stop) or place)
            when = next(
                (t for t in self.doc.dates_in(stop.start, stop.end) if t.start is not None), when
            )
        when, place = self.put_off_plan(sent, clause, status, when, place)
        when, place = self.most_recent(sent, trig, when, place, medium=medium)
        when, place = self.which_held(sent, clause, status, when, place)
        when, place = self.programme_item(sent, when, place)
        again = status == "planned" and _AGAIN_RE.match(self.low, trig.end()) is not None
        if status == "planned" and place is None and not medium:
            place = self.plan_country(clause, trig, again=again) or self.onward(sent)
        place = place or (
            None
            if medium
            else self.here(clause, trig) or self.there(sent, clause) or self.next_place(sent)
        )
        place = place or (
            self.previous_stop_place(sent, seen.keys()) if status == "held" and not medium else None
        )
        # "A received a call from B. The call took place on Monday": the next sentence's day
        # (or the day of a summons of the envoy told before: see summons_day)
        when = when or (
            self.next_day(sent) or self.summons_day(sent, seen) if status == "held" else None
        )
        lined = False
        if sent.start < self.lede_end and status != "cancelled" and not again:
            lede_date, lede_place = self.lede_date_place()
            if (
                when is None
                and status == "held"
                and self.group_from is None
                and not self.said_after(sent, trig, lede_date)
            ):
                # (not for "the leaders" read as the meeting just told: it has its date)
                when = self.held_lede_day(lede_date)
            # (a retelling, "the leaders exchanged views", takes the place of what it retells)
            lede_place = None if self.retold and self.drafts else lede_place
            lined = place is None and lede_place is not None
            place = place or lede_place
        when = (
            when
            or self.paragraph_date(sent, status)
            or self.perfect_day(sent, clause, trig)
            or self.later_day(sent, status)
        )
        if medium:
            place = None
        when = self.days_later(self.tense(when, status, clause, trig), seen)
        draft = _Draft(
            people=list(seen.values()),
            status=status,
            evidence=sent,
            when=when,
            place=place,
            setting=medium or self.setting(sent),
            topics=self.topics(clause),
            again=again,
            retold=self.retold,
            lined=lined,
            in_person=_IN_PERSON_RE.search(self.low, clause.start, clause.end) is not None,
            earlier=status == "held"
            and (
                _EARLIER_BEFORE_RE.search(
                    self.low, max(clause.start, trig.start() - 12), trig.end()
                )
                is not None
                or _MOST_RECENTLY_RE.search(self.low, trig.end(), sent.end) is not None
                # "their first meeting since they sat down in New York last September": a
                # meeting before the one the sentence tells, never a retelling of it
                or _SINCE_THEY_RE.search(self.low, max(sent.start, trig.start() - 30), trig.start())
                is not None
            ),
        )
        if draft.when is None and self.group_told and status == "held" and not self.drafts:
            # "The two leaders spoke by telephone": the first meeting told, retold of the
            # people of the lede, took place on the lede's day.
            draft.when = self.previous_paragraph_date(sent)
        self.same_event(draft)
        self.merge(draft)

    def previous_stop_place(self, sent: Segment, keys: AbstractSet[str]) -> Place | None:
        """
        The place of the meeting told in the sentence just before, in the same paragraph.

        "A met B and C separately in Seoul on Sunday. The three held their summit on Monday"
        (one of the people again, no place told: the same stop).
        """
        if not self.drafts:
            return None
        last = self.drafts[-1]
        k = bisect_right(self.sentence_starts, sent.start) - 1
        if last.place is None or k < 1 or not last.key & keys or last.status != "held":
            return None
        before = self.doc.sentences[k - 1]
        p = bisect_right(self.paragraph_starts, sent.start) - 1
        if last.evidence.start != before.start or (
            p >= 0 and before.start < self.paragraph_starts[p]
        ):
            return None
        return last.place

    def sentence_status(
        self, sent: Segment, clause: Segment, trig: re.Match[str]
    ) -> tuple[MeetingStatus, TimeRef | None]:
        """The status in the sentence, and the new day of a meeting put off to one."""
        # ("the talks will resume", "are to continue": planned, by the words themselves)
        status = "planned" if trig.lastgroup == "resume" else self.status(clause, trig)
        if (
            status != "cancelled"
            and self.search(_CANCELLED_RE, _CANCELLED_WORDS, sent.start, sent.end)
            and (status == "planned" or not _HELD_WORD_RE.match(trig.group()))
        ):
            status = "cancelled"
        # "has been put off to Thursday morning": planned anew, for the new day
        moved = self.moved_to(sent, trig) if status == "cancelled" else None
        return ("planned" if moved is not None else status), moved

    def moved_to(self, sent: Segment, trig: re.Match[str]) -> TimeRef | None:
        """
        The new date of a meeting put off to it: "has been put off to Thursday morning".

        "postponed until next week", "moved to June", "pushed back to Friday": the meeting is
        planned for that date (a meeting only put off, with no new date, is cancelled).
        """
        m = _MOVED_TO_RE.search(self.low, trig.end(), sent.end)
        if m is None:
            return None
        # (the date's text may hold the preposition: "until Friday")
        return next(
            (
                t
                for t in self.doc.dates_in(m.start(), sent.end)
                if t.span is not None
                and m.start() <= t.span.start <= m.end() + 1
                and t.start is not None
            ),
            None,
        )

    def put_off_plan(
        self,
        sent: Segment,
        clause: Segment,
        status: MeetingStatus,
        when: TimeRef | None,
        place: Place | None,
    ) -> tuple[TimeRef | None, Place | None]:
        """
        The date and place of a plan that takes up a gathering put off in the sentence before.

        "The commission, due to meet in Lima, was postponed to October 14. A and B will
        co-chair it": October 14, in Lima (for a plan with no date of its own; a call's place
        is dropped after).
        """
        if status != "planned" or when is not None:
            return when, place
        put_off = self.put_off_before(sent, clause)
        if put_off is None:
            return when, place
        return put_off[0], place or self.place(put_off[1])

    def put_off_before(self, sent: Segment, clause: Segment) -> tuple[TimeRef, Segment] | None:
        """
        The new date of a gathering put off in the sentence before, and the words telling it.

        "The joint commission, which was to meet in Lima in June, has been postponed to 14
        October. A and B are expected to co-chair it": the plan is for 14 October (the
        sentence before must be of the same paragraph, and this one must take the
        gathering up: "it", "the session", "there").
        """
        low = self.low
        k = bisect_right(self.sentence_starts, sent.start) - 1
        if k < 1 or not _TAKES_UP_RE.search(low, clause.start, clause.end):
            return None
        before = self.doc.sentences[k - 1]
        p = bisect_right(self.paragraph_starts, sent.start) - 1
        m = (
            None
            if p >= 0 and before.start < self.paragraph_starts[p]
            else _BODY_PUT_OFF_RE.search(low, before.start, before.end)
        )
        if m is None:
            return None
        # (the date's text may hold the preposition: "to October 14"; or a part of it
        # stands before: "to the first week of August" holds "of August")
        for t in self.doc.dates_in(m.end() - 4, min(before.end, m.end() + 40)):
            if t.span is None or t.start is None or t.span.start < m.end() - 4:
                continue
            lead = self.low[m.end() : t.span.start].strip()
            if not _PART_BEFORE_DATE_RE.fullmatch(lead):
                return None
            # (the gathering's words, where its place is told: "which was to meet in Lima")
            return t, Segment(m.start(), m.end())
        return None

    def later_day(self, sent: Segment, status: MeetingStatus) -> TimeRef | None:
        """
        The day of the meeting told last, for a sentence opening "Later," or "Afterwards,".

        "A received B today. ... Later, B met with C in Jeddah": the same day.
        """
        if status != "held" or not self.drafts or not _LATER_START_RE.match(self.low, sent.start):
            return None
        # (the last one held: "They agreed to meet again in November. Later, B called on C"
        # is later than the talks, not than the plan)
        last = next(
            (d for d in reversed(self.drafts) if d.status == "held" and not d.earlier), None
        )
        return None if last is None else last.when

    def perfect_day(self, sent: Segment, clause: Segment, trig: re.Match[str]) -> TimeRef | None:
        """
        The day of publication, for "A and B have pledged ... after their summit in X".

        A lede in the present perfect tells what happened on the news day; only for a
        meeting named in an "after their <summit>" phrase and dated nowhere else.
        """
        published = self.doc.published
        if (
            published is None
            or sent.start >= self.lede_end
            or not trig.group().startswith("after their")
            or not _HAVE_DONE_RE.search(self.low, clause.start, trig.start())
        ):
            return None
        return resolve("today", published)

    def days_later(self, when: TimeRef | None, seen: dict[str, Actor]) -> TimeRef | None:
        """
        Count "two days later" from the meeting in person told last of the same person.

        "A was due to meet B in Apia on Friday [...] spoke by phone on Monday [...] was due
        to fly on to Suva two days later": two days after Friday, the visit's day.
        """
        if when is None or " later" not in when.text:
            return when
        m = _DAYS_LATER_RE.fullmatch(when.text)
        if m is None:
            return when
        for d in reversed(self.drafts):
            if (
                not d.key.isdisjoint(seen)
                and d.setting not in _MEDIA
                and d.when is not None
                and d.when.start is not None
                and d.when.granularity == "day"
            ):
                later = timedelta(days=_LATER_COUNT[m.group(1).lower()])
                if d.when.start > date.max - later:
                    return when  # past the calendar's end (December 9999)
                day = d.when.start + later
                return attrs.evolve(when, value=day.isoformat(), start=day, end=day)
        return when

    def which_held(
        self,
        sent: Segment,
        clause: Segment,
        status: MeetingStatus,
        when: TimeRef | None,
        place: Place | None,
    ) -> tuple[TimeRef | None, Place | None]:
        """
        The date and place a relative clause gives a planned meeting named before it.

        "will host A at the Leaders' Retreat, which will be held in Lima on Jan 19".
        """
        if (
            status == "held"
            or (when is not None and place is not None)
            or not _WHICH_HELD_RE.match(self.low, clause.end)
        ):
            return when, place
        end = self.low.find(";", clause.end, sent.end)
        tail = Segment(clause.end, sent.end if end < 0 else end)
        if when is None:
            when = next(
                (
                    t
                    for t in self.doc.dates_in(tail.start, tail.end)
                    if t.span is not None and t.start is not None and tail.start <= t.span.start
                ),
                None,
            )
        return when, place or self.place(tail)

    def most_recent(
        self,
        sent: Segment,
        trig: re.Match[str],
        when: TimeRef | None,
        place: Place | None,
        *,
        medium: str | None,
    ) -> tuple[TimeRef | None, Place | None]:
        """
        The date and place of "has met A four times, most recently in Novi Sad last October".

        The phrase after "most recently" tells the meeting the record is of, past any clause
        break ("since taking office") between it and the meeting word.
        """
        if "recently" not in self.low[trig.end() : sent.end]:
            return when, place
        m = _MOST_RECENTLY_RE.search(self.low, trig.end(), sent.end)
        if m is None:
            return when, place
        end = self.low.find(";", m.end(), sent.end)
        tail = Segment(m.end(), sent.end if end < 0 else end)
        for t in self.doc.dates_in(tail.start, tail.end):
            if t.span is not None and t.start is not None and tail.start <= t.span.start:
                when = t
                break
        if medium is None:
            place = self.place(tail) or place
        return when, place

    def same_event(self, draft: _Draft) -> None:
        """
        Date and place a meeting "on the margins of the gathering" as the one told before it.

        The gathering is the one an earlier meeting "on the sidelines of the summit in B on
        Saturday" was told at: its date and place hold for the later meeting too.  With no
        such meeting, it is the last meeting told of more people, all the later one's among
        them ("the foreign ministers of A, B and C met ... On the sidelines of the meeting").
        """
        if draft.when is not None and draft.place is not None:
            return
        if draft.setting is None:
            self.bare_sidelines(draft)
            self.around_gathering(draft)
            return
        if not _SAME_EVENT_RE.fullmatch(draft.setting):
            return
        for d in reversed(self.drafts):
            if d.setting is not None and d.setting not in _MEDIA and d.status == draft.status:
                draft.when = draft.when or d.when
                draft.place = draft.place or d.place
                return
        # "A, B and C met in D on Wednesday. [...] On the sidelines of the meeting, A and B
        # held bilateral talks": the gathering is the last meeting told that holds them all
        for d in reversed(self.drafts):
            if d is not draft and d.status == draft.status and draft.key < d.key:
                draft.when = draft.when or d.when
                draft.place = draft.place or d.place
                return

    def around_gathering(self, draft: _Draft) -> None:
        """
        Date and place a meeting told "before the opening of the session" at that gathering.

        "The five ministers met in San Jose on Tuesday. [...] A and B had held a separate
        breakfast before the opening of the session": the gathering is the last meeting told
        that holds them all (and more).
        """
        if (draft.when is not None and draft.place is not None) or not _AROUND_EVENT_RE.search(
            self.low, draft.evidence.start, draft.evidence.end
        ):
            return
        for d in reversed(self.drafts):
            if d is not draft and d.status == draft.status and draft.key < d.key:
                draft.when = draft.when or d.when
                draft.place = draft.place or d.place
                return
        # "The council met in an emergency session on Monday. [...] Before the session, A, B
        # and C met at the mission": no meeting of named people holds them, but the lede
        # tells the gathering, whose day is the lede's
        m = _AROUND_EVENT_RE.search(self.low, draft.evidence.start, draft.evidence.end)
        if (
            draft.when is None
            and draft.status == "held"
            and m is not None
            and draft.evidence.start >= self.lede_end
            and self.low.find(m.group(1), 0, self.lede_end) >= 0
        ):
            draft.when = self.lede_date_place()[0]

    def bare_sidelines(self, draft: _Draft) -> None:
        """
        Date and place a meeting told "On the sidelines," at the gathering told before it.

        "A hosted B and C for the summit in D on Tuesday. On the sidelines, E met F": the
        sentence opens with the bare phrase, of no gathering named; it is the last meeting
        told of three people or more.
        """
        if not self.low.startswith(
            _BARE_SIDELINES, self.sentence_start(draft.evidence.start)
        ) or any(d.key == draft.key for d in self.drafts):
            return  # (the same people told before: a retelling, merged with it)
        for d in reversed(self.drafts):
            if d is not draft and d.status == draft.status and len(d.key) > 2 and not d.earlier:
                draft.when = draft.when or d.when
                draft.place = draft.place or d.place
                return

    def sentence_start(self, pos: int) -> int:
        """The start of the sentence holding ``pos``."""
        k = bisect_right(self.sentence_starts, pos) - 1
        return self.sentence_starts[k] if k >= 0 else 0

    def paragraph_date(self, sent: Segment, status: MeetingStatus) -> TimeRef | None:
        """
        The day told last before ``sent`` in its paragraph, for a held meeting past the lede.

        "On Tuesday, A arrived in B. He met C ..." dates the meeting.  A day after "since",
        "until" or "by" dates nothing.
        """
        if status != "held" or sent.start < self.lede_end:
            return None
        paragraphs = self.doc.paragraphs
        k = bisect_left(self.paragraph_starts, sent.start + 1) - 1
        if k < 0 or paragraphs[k].start >= sent.start:
            return None
        found = None
        for t in self.doc.dates_in(paragraphs[k].start, sent.start):
            span = t.span
            if (
                span is not None
                and span.start >= paragraphs[k].start
                and span.end <= sent.start
                and t.granularity in {"day", "part_of_day"}
                and not _DATE_BAD_BEFORE_RE.search(self.low, max(0, span.start - 8), span.start)
                # "since the cease-fire of Feb. 28": the day a period starts
                and not _SINCE_THE_OF_RE.search(self.low, max(0, span.start - 40), span.start)
                and not self.in_since_clause(span.start)
            ):
                found = t
        return found

    def in_since_clause(self, at: int, start: int = 0) -> bool:
        """
        Whether the date at ``at`` closes a clause opened by "since" (after ``start``).

        "held talks in Muscat, their first meeting since the tanker was hit by a drone on
        Saturday": Saturday dates what the meeting is the first since, not the meeting.
        """
        return _SINCE_TO_DATE_RE.search(self.low, max(start, at - _SINCE_REACH), at) is not None

    def previous_paragraph_date(self, sent: Segment) -> TimeRef | None:
        """
        The day told last in the paragraph before the one ``sent`` opens, when not ahead.

        "A and B agreed on Tuesday to [...]. // The two leaders spoke by telephone": the
        day the people were told of before.
        """
        k = bisect_left(self.paragraph_starts, sent.start + 1) - 1
        paragraphs = self.doc.paragraphs
        if k < 1 or self.text[paragraphs[k].start : sent.start].strip():
            return None
        prev = paragraphs[k - 1]
        published = self.doc.published
        found = None
        for t in self.doc.dates_in(prev.start, prev.end):
            span = t.span
            if (
                span is not None
                and prev.start <= span.start
                and span.end <= prev.end
                and t.granularity in {"day", "part_of_day"}
                and (published is None or (t.start is not None and t.start <= published))
                and not _DATE_BAD_BEFORE_RE.search(self.low, max(0, span.start - 8), span.start)
            ):
                found = t
        return found

    def denied(self, clause: Segment, trig: re.Match[str]) -> bool:
        """Whether no meeting is told: "declined to meet", "if they meet", "did not meet"."""
        start = trig.start()
        reach = start - 60 if start - 60 > clause.start else clause.start
        if self.search(_REFUSED_RE, _REFUSED_WORDS, reach, start):
            return True
        if self.search(_HYPOTHETICAL_RE, _HYPOTHETICAL_WORDS, clause.start, start):
            return True
        if self.not_an_event(trig, reach) or self.urged_to_meet(clause, trig):
            return True
        if " who " in self.low[reach:start] and _GENERIC_WHO_RE.search(self.text, reach, start):
            return True
        if self.low.find("ly ", clause.start, start) >= 0 and _CORRECTED_RE.search(
            self.low, clause.start, start
        ):
            return True  # "An earlier version incorrectly said A met B on Monday."
        return _NEGATED_RE.search(
            self.low, max(clause.start, start - 30), start
        ) is not None and not self.search(_CANCELLED_RE, _CANCELLED_WORDS, clause.start, clause.end)

    def urged_to_meet(self, clause: Segment, trig: re.Match[str]) -> bool:
        """
        Whether a third party urges the people to meet: a call for talks, no meeting.

        "Church leaders urged A and B to meet"; "The EU called on A to hold talks with B".
        """
        start = trig.start()
        if self.low.rfind(" to ", clause.start, start) < 0:
            return False
        return (
            _URGED_TO_RE.search(self.low, max(clause.start, start - _URGED_REACH), start)
            is not None
        )

    def not_an_event(self, trig: re.Match[str], reach: int) -> bool:
        """
        Whether the meeting word tells a possibility, a wish, a habit or a figure of speech.

        "can always call or meet with A", "would welcome B", "spends his days meeting with
        C", "during his frequent visits to Kabul", "delivered a blunt message to D".
        """
        start = trig.start()
        word = trig.group()
        if self.search(_NOT_AN_EVENT_RE, _NOT_AN_EVENT_WORDS, reach, start):
            return True
        if word.endswith(("visits", "meetings", "calls")) and self.search(
            _HABIT_PLURAL_RE, _HABIT_PLURAL_WORDS, reach, start
        ):
            return True
        if "message" in word and _TONE_MESSAGE_RE.search(word):
            return True
        if self.search(_DIRECTED_BODY_RE, _DIRECTED_WORDS, reach, start):
            return True
        # "said she would welcome A": a wish, not a welcome given
        return word.startswith("welcome") and _WOULD_RE.search(self.low, reach, start) is not None

    def purpose_of_meeting(self, sent: Segment, trig: re.Match[str]) -> bool:
        """
        Whether "to discuss" tells why a meeting told before it in the sentence was held.

        Or what is discussed at one told after it: "will discuss X when they meet".

        "A and B met in Aqaba on Sunday to discuss Gaza" is one meeting, not a second one
        planned; "met on Sunday, and agreed to discuss trade next month" is left to the
        rules (a new clause starts after ", and").
        """
        low = self.low
        if _DURING_WHICH_RE.search(low, max(sent.start, trig.start() - 50), trig.start()):
            # "held a video call on Oct 8, during which they discussed X": the call's topic
            return True
        if _WHEN_THEY_MEET_RE.match(low, trig.end(), sent.end):
            # "A and B are expected to discuss trade when they meet in Osaka": the meeting
            # told after "when" is the one
            return True
        if not low.endswith("to ", max(sent.start, trig.start() - 3), trig.start()):
            return False
        for m in _TRIGGER_RE.finditer(low, sent.start, trig.start()):
            if m.lastgroup not in {"discuss", "told", "called"} and not _NEW_CLAUSE_RE.search(
                low, m.end(), trig.start()
            ):
                return True
        return False

    def plan_country(self, clause: Segment, trig: re.Match[str], *, again: bool) -> Place | None:
        """
        The country a planned meeting is told in, when no city is told.

        "agreed to meet again in Brazil" (after the meeting word); "is scheduled to travel to
        Australia in April for the leaders' meeting" (the trip's, before it).
        """
        if again:
            return self.country_place(Segment(trig.end(), clause.end))
        if "to " not in self.low[clause.start : trig.start()]:
            return None
        for m in _TRIP_TO_RE.finditer(self.text, clause.start, trig.start()):
            code = COUNTRY_NAMES.get(m.group(1))
            if code is not None:
                return Place(name=m.group(1), country=code)
        return None

    def here(self, clause: Segment, trig: re.Match[str]) -> Place | None:
        """The story's place for "met A here in May" (the dateline's, or the lede's city)."""
        if " here" not in self.low[trig.end() : clause.end] or not _HERE_RE.search(
            self.low, trig.end(), clause.end
        ):
            return None
        name = self.dispatch_before(trig.start())
        if name is not None:
            return Place(name=name, country=CITIES[name])  # a later dispatch's "here"
        return self.lede_date_place()[1]

    def there(self, sent: Segment, clause: Segment) -> Place | None:
        """
        The city "there" stands for: the last one named before it in the sentence.

        "B, who flew in from Kampala after talks there with A": the talks were in Kampala.
        """
        if " there" not in self.low[clause.start : clause.end]:
            return None
        m = _THERE_RE.search(self.low, clause.start, clause.end)
        if m is None:
            return None
        found = None
        for c in _CITY_BEFORE_RE.finditer(self.text, sent.start, m.start()):
            found = _city_of(c.group(1)) or found
        if found is None:
            found = self.city_of_sentence_before(sent)
        return None if found is None else Place(name=found[0], country=CITIES[found[1]])

    def city_of_sentence_before(self, sent: Segment) -> tuple[str, str] | None:
        """
        The last city the sentence before names, in the same paragraph: what "there" takes up.

        "[...] next week's talks in Washington, A said he would go. He is due to meet B there
        on May 23": the meeting is in Washington.
        """
        k = bisect_right(self.sentence_starts, sent.start) - 1
        if k < 1:
            return None
        before = self.doc.sentences[k - 1]
        p = bisect_right(self.paragraph_starts, sent.start) - 1
        if p >= 0 and before.start < self.paragraph_starts[p]:
            return None
        found = None
        for c in _CITY_BEFORE_RE.finditer(self.text, before.start, before.end):
            found = _city_of(c.group(1)) or found
        return found

    def next_place(self, sent: Segment) -> Place | None:
        """
        The place the next sentence of the paragraph gives the meeting just told.

        "A and B met on Tuesday. The talks took place in Paso Canoas": the meeting is told
        over two sentences, its place in the second, which opens with the meeting noun.
        """
        nxt = self.next_in_paragraph(sent)
        if nxt is None:
            return None
        m = _PLACE_NEXT_RE.match(self.low, nxt.start, nxt.end)
        place = None if m is None else self.place(Segment(m.end(), nxt.end))
        if place is None or place.country is not None:
            return place
        # A place of no known country after "the" is a part of a city ("in the Central
        # Business District"), not the meeting's town ("in the border town of Paso Canoas")
        at = self.text.find(place.name, m.end() if m is not None else nxt.start, nxt.end)
        return None if self.low.endswith("the ", nxt.start, at) else place

    def next_in_paragraph(self, sent: Segment) -> Segment | None:
        """The sentence after ``sent`` when it is in the same paragraph, else None."""
        k = bisect_right(self.sentence_starts, sent.start)
        if k >= len(self.sentence_starts):
            return None
        nxt = self.doc.sentences[k]
        p = bisect_right(self.paragraph_starts, sent.start) - 1
        if p + 1 < len(self.paragraph_starts) and nxt.start >= self.paragraph_starts[p + 1]:
            return None
        return nxt

    def next_day(self, sent: Segment) -> TimeRef | None:
        """
        The day the next sentence of the paragraph gives the meeting just told.

        "A received a phone call from B. The call took place on Monday evening": the meeting
        is told over two sentences, its day in the second, which opens with the meeting noun.
        """
        nxt = self.next_in_paragraph(sent)
        if nxt is None:
            return None
        m = _DAY_NEXT_RE.match(self.low, nxt.start, nxt.end)
        if m is None:
            return None
        return next((t for t in self.doc.dates_in(m.end(), nxt.end) if t.start is not None), None)

    def onward(self, sent: Segment) -> Place | None:
        """
        The city the sentence before ``sent``, in its paragraph, tells a trip on to.

        "A held talks with B before flying to Doha. He is due to meet C on Thursday": the
        planned meeting is in Doha.
        """
        sentences = self.doc.sentences
        k = bisect_left(self.sentence_starts, sent.start)
        if k < 1:
            return None
        prev = sentences[k - 1]
        p = bisect_left(self.paragraph_starts, sent.start + 1) - 1
        if p >= 0 and prev.start < self.paragraph_starts[p]:
            return None
        if not _holds(self.low, (" to ", " for "), prev.start, prev.end):
            return None
        found = None
        for m in _ONWARD_RE.finditer(self.text, prev.start, prev.end):
            word = m.group(1)
            found = _city_of(word.title() if word.isupper() else word) or found
        return None if found is None else Place(name=found[0], country=CITIES[found[1]])

    def country_place(self, seg: Segment) -> Place | None:
        """The country of "in Brazil" in ``seg``, as a place."""
        for m in _IN_COUNTRY_RE.finditer(self.text, seg.start, seg.end):
            code = COUNTRY_NAMES.get(m.group(1))
            if code is not None:
                return Place(name=m.group(1), country=code)
        return None

    def meeting_place(self, sent: Segment, clause: Segment, trig: re.Match[str]) -> Place | None:
        """The place told before "discussed", else in the clause, else in the sentence."""
        if trig.lastgroup == "discuss":
            return self.discussion_place(sent, clause, trig)
        trip = (
            self.visited_city(clause, trig)
            or self.trip_for(clause, trig)
            or self.where_antecedent(sent, clause)
        )
        if trip is not None:
            return trip
        clause = self.before_preparing(clause, trig.end())
        other = _AFTER_EVENT_RE.search(self.low, trig.end(), clause.end)
        if other is None:
            # "for the first time since border fighting broke out in the Amazon jungle",
            # "since troops clashed in the Galwan valley": a clause of its own event
            other = _SINCE_CLAUSE_RE.search(self.low, trig.end(), clause.end)
        topic = _TOPIC_GATHERING_RE.search(self.text, trig.end(), clause.end)
        if topic is not None and (other is None or topic.start() < other.start()):
            # "talks on the summit in Bangkok": the topic's place, not the meeting's
            other = topic
        if other is not None:
            # "met A on Wednesday, two days after a drone strike killed two men in Nabatieh":
            # the place of the event after "after", not of the meeting
            clause = Segment(clause.start, other.start())
        # "their first meeting since they signed the agreement at Hillsborough": the
        # subordinate clause's own event, not placed where the main clause's is
        since = _SINCE_THEY_RE.search(self.low, max(sent.start, trig.start() - 30), trig.start())
        if since is not None:
            return self.place(Segment(since.start(), clause.end))
        place = self.place(clause)
        if place is None and clause.start != sent.start:  # else the same stretch again
            place = self.place(Segment(sent.start, clause.end))
        if place is None and _WHEN_NEXT_RE.match(self.low, clause.end):
            # "They last met in May, when the two leaders held a summit in Bali."
            end = self.low.find(";", clause.end, sent.end)
            tail = Segment(clause.end, sent.end if end < 0 else end)
            if _has_trigger(self.low, tail.start, tail.end):
                place = self.place(tail)
        return place

    def seat_after(self, clause: Segment, trig: re.Match[str]) -> Place | None:
        """
        The place of "discussed X at the Foreign Ministry in Colombo": a building, its city.

        A named building and its city after the topic are where the talk was held ("the
        situation in Gaza", a topic's place, has no building before it).
        """
        m = _AT_BUILDING_IN_RE.search(self.text, trig.end(), clause.end)
        return None if m is None else self.place(Segment(m.start(), clause.end))

    def discussion_place(self, sent: Segment, clause: Segment, trig: re.Match[str]) -> Place | None:
        """
        The place of "discussed": told before it, else after the partner, else a gathering's.

        Not "discussed the situation in Gaza" (a topic); but "discussed the plan in March, on
        the sidelines of the SICA meeting in San Salvador" (the gathering's place), and
        "discussed the attack with A at the ministry in Addis Abeba" (told after the partner:
        see ``partner_place``).
        """
        before = self.place(Segment(sent.start, trig.start()))
        if before is not None:
            return before
        told = self.partner_place(self.partner(trig.end(), sent.end), sent, clause)
        if isinstance(told, Place):
            return told
        side = self.search(_SIDELINES_RE, _SIDELINES_WORDS, trig.end(), sent.end) or (
            _AT_NAMED_EVENT_RE.search(self.text, trig.end(), sent.end)
        )
        if side is not None:
            return self.place(Segment(side.start(), sent.end))
        return (None if told is None else self.place(told)) or self.seat_after(clause, trig)

    def partner(self, start: int, end: int) -> list[Mention]:
        """
        The partner "with" introduces after ``start``: the mentions from "with" to ``end``.

        "discussed the attack with Kenya's minister, A, at the ministry in Nairobi on Monday":
        what stands after the partner (here a place and a day) is the talks', not the topic's.
        The one reading of a partner, for the place and for the day of the talks.
        """
        with_at = self.low.find(" with ", start, end)
        return [] if with_at < 0 else self.in_range(with_at, end)

    def partner_place(
        self, partner: list[Mention], sent: Segment, clause: Segment
    ) -> Place | Segment | None:
        """
        The place told after the partner in the clause, else the stretch right after it.

        "discussed the attack with A at the ministry in Addis Abeba": the place in the rest
        of the clause after the last person met. Else "with Kenya's minister, A, at the
        ministry in Nairobi on Monday": "in" or "at" right after the partner (and its
        appositive name) opens the stretch to read, to the sentence's end (a gathering's
        place, told anywhere after "discussed", comes first). Not a topic: "discussed with
        A the situation in Gaza" has the topic after the partner, and no place.
        """
        met = [m for m in partner if m.actor.kind == "person" and m.end <= clause.end]
        found = None if not met else self.place(Segment(met[-1].end, clause.end))
        if found is not None:
            return found
        people = _people(partner, self.text)
        m = None if not people else _PARTNER_PLACE_RE.match(self.text, people[0].end)
        if m is None:
            return None
        other = _AFTER_EVENT_RE.search(self.low, m.end(), sent.end)
        return Segment(m.start(1), sent.end if other is None else other.start())

    def visited_city(self, clause: Segment, trig: re.Match[str]) -> Place | None:
        """
        The city a visit word names right after it: "will visit Noumea in August".

        The visit is there, not in a city an earlier clause of the sentence named ("the
        ministers meet in Port Vila this month, and A will visit Noumea in August").
        """
        if not self.low.startswith("visit", trig.start()):
            return None
        m = _VISIT_PLACE_RE.match(self.text, trig.end(), clause.end)
        found = None if m is None else _city_of(m.group(1))
        return None if found is None else Place(name=found[0], country=CITIES[found[1]])

    def where_antecedent(self, sent: Segment, clause: Segment) -> Place | None:
        """
        The city a clause opening with "where" tells of: the last one named before it.

        "is due to travel to Santiago on October 20, where A will receive him to discuss the
        port of Arica", "called off a trip to Tokyo, where he was to have met A": the
        meeting is in Santiago, in Tokyo, not at a place its own clause names as a topic.
        """
        if not _WHERE_BEFORE_RE.search(self.low, max(sent.start, clause.start - 9), clause.start):
            return None
        found = None
        for c in _CITY_BEFORE_RE.finditer(self.text, sent.start, clause.start):
            found = _city_of(c.group(1)) or found
        if found is None:
            return _town_of_trip(self.text, sent.start, clause.start)
        return Place(name=found[0], country=CITIES[found[1]])

    def traveller(
        self, sent: Segment, clause: Segment, trig: re.Match[str], kind: str
    ) -> list[Actor]:
        """
        The one who travels on to a meeting told after another in the same sentence.

        "A, who landed on Sunday, will meet B on Monday before flying to Apia for talks with
        C": A meets C (the first person of the sentence's meeting just read), not B.
        """
        last = self.last
        if (
            kind not in {"with", "noun"}
            or last is None
            or last.evidence != sent
            or not _TRIP_GERUND_RE.search(
                self.low, max(clause.start, trig.start() - _TRIP_FOR_CHARS), trig.start()
            )
        ):
            return []
        return last.people[:1]

    def trip_for(self, clause: Segment, trig: re.Match[str]) -> Place | None:
        """
        The city of a trip told in the clause for the meeting, if any.

        "before flying to Apia on Tuesday for talks with B": B is met in Apia, not where the
        sentence began.
        """
        start = max(clause.start, trig.start() - _TRIP_FOR_CHARS)
        if not _FOR_BEFORE_RE.search(self.low, start, trig.start()):
            return None
        found = None
        for m in _ONWARD_RE.finditer(self.text, start, trig.start()):
            word = m.group(1)
            found = _city_of(word.title() if word.isupper() else word)
        return None if found is None else Place(name=found[0], country=CITIES[found[1]])

    def before_preparing(self, seg: Segment, start: int) -> Segment:
        """
        ``seg`` cut where a purpose of preparing another event starts, after ``start``.

        "held talks at the palace to prepare a summit in Cusco": Cusco is the summit's.
        """
        if not _holds(self.low, ("prepar", "pave", "before"), start, seg.end):
            return seg
        m = _PREPARING_RE.search(self.low, start, seg.end)
        return seg if m is None else Segment(seg.start, m.start())

    def after_phrase_sentence(self, clause: Segment) -> Segment | None:
        """
        The sentence up to the end of an "after" phrase cut off as a clause, or None.

        "The foreign ministers of A and B agreed on Tuesday to ..., after talks in C": the
        officials the main clause names held the talks.
        """
        start = clause.start
        while start < clause.end and self.low[start].isspace():
            start += 1
        if not self.low.startswith(("after ", "following "), start):
            return None
        return Segment(self.sentence_start(start), clause.end)

    def officials_of(self, clause: Segment, trig: re.Match[str]) -> list[Actor]:
        """Read "the leaders of Serbia and Kosovo": the people of those countries named here."""
        m = self.search(_OFFICIALS_OF_RE, _OFFICIALS_OF_WORDS, clause.start, trig.start())
        codes = self.demonym_officials(clause, trig) if m is None else []
        if m is None and not codes:
            return []
        office = m.group(1) if m is not None else self.demonym_office
        kinds = (
            _LEADER_KINDS
            if office.lower().startswith(("leader", "president", "head", "prime"))
            else None
        )
        if m is not None:
            codes = countries_in(self.doc, m.start(2), m.end())
        return self.officials_picked(office, kinds, codes)

    def their_officials(self, clause: Segment, trig: re.Match[str]) -> list[Actor]:
        """
        Read "A and B agreed ... after talks between their foreign ministers": those officials.

        The countries before the meeting word name them, as in "the foreign ministers of A
        and B" (see :meth:`officials_of`).
        """
        m = _THEIR_OFFICIALS_RE.match(self.low, trig.end())
        if m is None:
            return []
        codes = list(dict.fromkeys(countries_in(self.doc, clause.start, trig.start())))
        if len(codes) != 2:
            return []
        office = m.group(1)
        kinds = (
            _LEADER_KINDS if office.startswith(("leader", "president", "head", "prime")) else None
        )
        found = self.officials_picked(office, kinds, codes)
        return found if len(found) == 2 else []

    def officials_picked(
        self, office: str, kinds: frozenset[str] | None, codes: list[str]
    ) -> list[Actor]:
        """The person of each of ``codes`` holding ``office`` (see :meth:`officials_of`)."""
        if self.people_of is None:
            self.people_of = {}
            for x in self.all:
                if x.actor.kind == "person":
                    self.people_of.setdefault(x.actor.country, []).append(x.actor)
        out: list[Actor] = []
        missing = [code for code in codes if not self.people_of.get(code)]
        for code in codes:
            people = self.people_of.get(code, [])
            if not people and len(missing) == 1 and len(codes) > 1:
                # the outlet's own country's official is often named with no country ("Foreign
                # Minister A" in a Jordanian daily): the one country left is the untold one's
                people = self.untold_official(office, kinds, out)
            fitting = [a for a in people if kinds is None or (a.title or "").lower() in kinds]
            pick = (fitting or people)[:1]
            if not pick and len(codes) > 2:  # (a pair's one missing is read on)
                # "the ministers of Poland, Lithuania and Ukraine will meet": three countries,
                # one of no official named, is no meeting of the two named
                return []
            out += pick
        return out

    def untold_official(
        self, office: str, kinds: frozenset[str] | None, taken: list[Actor]
    ) -> list[Actor]:
        """
        The person named with no country who holds ``office``, for "the leaders of A, B and C".

        Only one country of the list without a person of its own may take one: the first
        person with no country whose title is one of ``kinds`` (leaders) or ends in the
        office's noun ("foreign ministers": a minister).
        """
        assert self.people_of is not None  # noqa: S101 - filled by the caller
        noun = office.lower().split()[-1].removesuffix("s")
        for a in self.people_of.get(None, []):
            title = (a.title or "").lower()
            if a in taken or not title:
                continue
            if (kinds is not None and title in kinds) or (kinds is None and title.endswith(noun)):
                return [a]
        return []

    def demonym_officials(self, clause: Segment, trig: re.Match[str]) -> list[str]:
        """
        The countries of "the Egyptian and Iraqi leaders" before ``trig``, with the office.

        The office ("leaders") is kept in :attr:`demonym_office`.
        """
        m = self.search(_DEMONYM_OFFICIALS_RE, _OFFICIALS_OF_WORDS, clause.start, trig.start())
        if m is None:
            return []
        codes = _demonyms_in(self.text[m.start(1) : m.end(1)])  # (capitalised, as written)
        self.demonym_office = m.group(2)
        return codes if len(codes) == 2 else []

    def subject(
        self,
        clause: Segment,
        before: list[Mention],
        sent_people: list[Mention],
        trig: re.Match[str],
    ) -> list[Mention]:
        """The people before the meeting word that are not a prepositional object."""
        text = self.text
        before = self.less_turn_label(clause, before)
        if before and (
            opening := _OPENING_CLAUSE_RE.match(self.low, clause.start, before[-1].start)
        ):
            # "While the two presidents talked, A met B": the opening clause's people are
            # not the main clause's subject
            before = [m for m in before if m.start >= opening.end()] or before
        if before and _holds(
            self.low,
            _SUBORDINATE_WORDS,
            before[0].end,
            trig.start(),
        ):
            before = self.subordinate(before, trig)
            if not before:
                return []
        for k, m in enumerate(before):
            if not _PREP_BEFORE_RE.search(text, clause.start, m.start) or self.agent_at(m, trig):
                chain = _coordinated(text, before, k)
                after = k + len(chain)
                if m.members and (
                    listed := self.group_apposition(before, k + 1, m)
                    if len(chain) == 1 and after < len(before)
                    else self.group_apposition(chain, 1, m)
                ):
                    return listed
                # "He said the three men would meet": the speaker, then the subject.
                if after < len(before) and _SPEECH_RE.search(
                    self.low, chain[-1].end, before[after].start
                ):
                    continue
                return chain
        if self.after_who(clause):
            # "B, who arrived on Monday, called on A": the antecedent of "who"; also when
            # the people before the meeting word are all objects of a preposition ("B, who
            # was accompanied by his deputy, met A", "B, who travelled with C, was received
            # by A")
            return _antecedent(text, sent_people, clause.start)
        if (
            not before
            and sent_people
            and sent_people[0].end <= trig.start()
            # ("X was received by B, and had a meeting with C": B is no subject; but "was
            # announced by A after talks with B": A holds the talks)
            and (
                _PASSIVE_BY_END_RE.search(
                    self.low, max(0, sent_people[0].start - 60), sent_people[0].start
                )
                is None
                or self.agent_at(sent_people[0], trig)
            )
            and not _RELATIVE_RE.match(self.low, clause.start)
            and not self.body_subject(clause, trig)
            # ", which last met in Colombo in 2024": a thing's clause (a body's), not people's
            and _WHICH_BEFORE_RE.search(self.low, max(0, clause.start - 8), clause.start) is None
        ):
            return _coordinated(text, sent_people, 0)
        return []

    def less_turn_label(self, clause: Segment, before: list[Mention]) -> list[Mention]:
        """
        ``before`` less a transcript turn's speaker labelled at the clause's start.

        "Mr A: The secretary, Ms B, called in the ambassador": the turn's speaker tells of
        another's meeting (see ``turn_speaker`` for the speaker's own "I").
        """
        text = self.text
        if (
            len(before) > 1
            and text.startswith(":", before[0].end)
            and (label := _TURN_LABEL_RE.match(text, clause.start)) is not None
            and label.end() > before[0].end
        ):
            return before[1:]
        return before

    def sentence_at(self, pos: int) -> Segment:
        """The sentence that holds offset ``pos``."""
        k = bisect_right(self.sentence_starts, pos) - 1
        return self.doc.sentences[max(k, 0)]

    def agent_at(self, m: Mention, trig: re.Match[str]) -> bool:
        """
        Whether ``m`` is the agent of a passive verb, right before "during talks with".

        "The commitment was made by A during talks with B", "The offer was announced by A
        after his meeting with B": A holds the talks, though "by" stands before A.
        """
        return (
            _PASSIVE_BY_END_RE.search(self.low, max(0, m.start - 60), m.start) is not None
            and _AGENT_TO_TALKS_RE.fullmatch(self.low, m.end, trig.start()) is not None
        )

    def body_subject(self, clause: Segment, trig: re.Match[str]) -> bool:
        """
        Whether the clause opens with a country or a body as its own subject.

        "A and B met in Lima, where Peru offered to host a further round": Peru hosts, not
        the people of the main clause.
        """
        first = next(iter(self.in_range(clause.start, trig.start())), None)
        return (
            first is not None
            # (or a group: "but the Haitian delegation was received by C")
            and first.actor.kind in {"country", "organization", "group"}
            and _CLAUSE_OPENING_RE.fullmatch(self.low, clause.start, first.start) is not None
            and _BODY_VERB_RE.match(self.text, first.end) is not None
        )

    def led_subject(self, clause: Segment, before: list[Mention]) -> list[Mention]:
        """
        The head of a delegation that is the subject: "A delegation led by A called on B".

        "by" makes A look like a prepositional object, but the delegation meets as its head.
        Only when the clause opens with the delegation (after a dateline at most).
        """
        if not before:
            return []
        low = self.low
        start = clause.start
        while start < before[0].start and not low[start].isalpha():
            start += 1
        # "A Nigerian delegation led by ...": the delegation itself may be read as a body
        k = 0
        while k < len(before) - 1 and before[k].actor.kind != "person":
            k += 1
        if not _LED_SUBJECT_RE.fullmatch(low, start, before[k].start):
            return []
        return _coordinated(self.text, before, k)

    def subordinate(self, before: list[Mention], trig: re.Match[str]) -> list[Mention]:
        """
        The mentions of the subordinate clause the meeting word is in, when it is in one.

        "The president said so when Foreign Minister B called on him": B, after "when", is
        the subject, not the president.
        """
        cut = None
        for m in _SUBORDINATE_RE.finditer(self.low, before[0].end, trig.start()):
            cut = m
        if cut is None:
            return before
        inner = [m for m in before if m.start >= cut.end()]
        # After "agreed that", a clause of no person has a subject of its own (a body).
        return inner if inner or cut.group("that") else before

    def group_apposition(
        self, before: list[Mention], k: int, group: Mention
    ) -> list[Mention] | None:
        """
        The people listed in apposition to a group: "The two leaders, A and B, met".

        The list starts with ``before[k]`` right after the group and a comma, and ends with a
        comma (after "of <Country>" when one follows the last name).
        """
        text = self.text
        if k >= len(before) or not _COMMA_GAP_RE.fullmatch(text, group.end, before[k].start):
            return None
        listed = _coordinated(text, before, k)
        if len(listed) < 2 or not _LIST_END_RE.match(text, listed[-1].end):
            return None
        return listed

    def after_who(self, clause: Segment) -> bool:
        """Whether ``clause`` is a relative clause opened by "who"."""
        # (a negative start is read as 0 by re, as max(0, ...) did: a cheaper call)
        return _WHO_RE.search(self.low, clause.start - 6, clause.start) is not None

    def tense(
        self, when: TimeRef | None, status: MeetingStatus, clause: Segment, trig: re.Match[str]
    ) -> TimeRef | None:
        """Read a planned meeting's day forward, a held one's weekday back."""
        if status == "planned" and not _PAST_PLAN_RE.search(self.low, clause.start, trig.start()):
            return self.future(when)
        # "canceled a planned meeting with A on Wednesday": a weekday told with a past verb.
        if status == "held" or (
            status == "cancelled"
            and _CANCELLED_PAST_RE.search(self.low, clause.start, trig.start())
        ):
            return self.past(when)
        if status == "cancelled" and _HAD_BEEN_PLANNED_RE.search(
            self.low, clause.start, clause.end
        ):
            return self.soon(self.past_month(when))
        # "was to meet A on Friday", "had been due to ...", "a meeting expected on Friday
        # will not take place"
        return self.soon(when)

    def soon(self, when: TimeRef | None) -> TimeRef | None:
        """
        Read a plan's weekday told in the past tense ahead when it falls in the next days.

        "A meeting that had been expected on Friday will not take place", "she had been due
        to hold talks with A on Friday", in a paper of Thursday: the Friday to come, not the
        one six days gone (a plan called off is news before its day, not a week after).
        """
        published = self.doc.published
        if (
            when is None
            or published is None
            or when.start is None
            or when.granularity != "day"
            or (published - when.start).days <= _VISIT_DAYS
            or not _WEEKDAY_RE.fullmatch(_ON_RE.sub("", when.text))
        ):
            return when
        ahead = resolve(when.text, published, tense="future")
        if (
            ahead is None
            or ahead.start is None
            or not 0 < (ahead.start - published).days <= _VISIT_DAYS
        ):
            return when
        return attrs.evolve(ahead, span=when.span)

    def past_month(self, when: TimeRef | None) -> TimeRef | None:
        """
        Read back a month a past plan was for: "had been planned for February but was postponed".

        The date stage reads a bare month after "planned" ahead; a plan told in the past
        perfect was made for a month already gone.
        """
        if when is None or when.granularity != "month":
            return when
        return self.read_back(when)

    def past(self, when: TimeRef | None) -> TimeRef | None:
        """
        A held meeting lies behind: read "on Wednesday" back when it was read forward.

        ("canceled a planned meeting on Wednesday and held talks with A": the date stage
        may read the weekday ahead, after "planned".)
        """
        if when is None or not _WEEKDAY_RE.search(when.text):
            return when
        return self.read_back(when)

    def read_back(self, when: TimeRef) -> TimeRef:
        """``when`` read again in the past tense, if the date stage put it after publication."""
        published = self.doc.published
        if published is None or when.start is None or when.start <= published:
            return when
        back = resolve(when.text, published, tense="past")
        if back is None or back.start is None or back.start > published:
            return when
        return attrs.evolve(back, span=when.span)

    def future(self, when: TimeRef | None) -> TimeRef | None:
        """
        A planned meeting lies ahead: read "on Monday" forward when it was read back.

        The publication's own weekday is that day ("is scheduled to call on A on Friday" in
        a paper of Friday), not the same day a week later: that would be "next Friday".
        """
        published = self.doc.published
        if (
            when is not None
            and published is not None
            and when.start is not None
            and when.granularity == "day"
            and (when.start - published).days == _WEEK
            and _WEEKDAY_RE.fullmatch(_ON_RE.sub("", when.text))
        ):
            return attrs.evolve(when, value=published.isoformat(), start=published, end=published)
        if when is None or published is None or when.end is None or when.end >= published:
            return when
        ahead = resolve(when.text, published, tense="future")
        if ahead is None or ahead.start is None or ahead.start < published:
            return when
        return attrs.evolve(ahead, span=when.span)

    def told_meeting(self, sent: Segment, trig: re.Match[str]) -> bool:
        """
        Read "In [Place] in [Month], X told Y": a statement made face to face.

        So is "X told (warned, assured) Y at talks in Moscow on Thursday that ...".
        """
        if _TOLD_AT_TALKS_RE.match(self.low, trig.end(), sent.end):
            return True
        intro = self.text[sent.start : trig.start()]
        if "," not in intro:
            return False
        lead = intro[: intro.index(",")]
        if len(lead.split(maxsplit=_TOLD_LEAD_WORDS)) > _TOLD_LEAD_WORDS:
            return False  # a clause of its own ("A is expected to travel to B next week, ...")
        has_date = any(
            t.span is not None and sent.start <= t.span.start < sent.start + len(lead)
            for t in self.doc.dates_in(sent.start, sent.start + len(lead))
        )
        has_place = self.place(Segment(sent.start, sent.start + len(lead))) is not None
        return has_place and (has_date or bool(_MONTH_OR_DAY_RE.search(lead)))

    def status(self, clause: Segment, trig: re.Match[str]) -> MeetingStatus:  # noqa: PLR0911
        """Planned, cancelled or held, from the words around the meeting word."""
        text = self.text
        low = self.low
        cancel = self.search(_CANCELLED_RE, _CANCELLED_WORDS, clause.start, clause.end)
        if cancel is not None and not (
            # "A met B on Thursday, and the ministers' meeting set for Friday was put off": the
            # other meeting's, told as the subject of the clause after the one held
            cancel.start() > trig.end()
            and _HELD_WORD_RE.match(trig.group())
            and _OTHER_MEETING_NEXT_RE.search(low, trig.end(), cancel.start()) is not None
        ):
            return "cancelled"
        head = low[max(clause.start, trig.start() - 50) : trig.start()]
        if trig.group().startswith(("co-chair", "cochair", "chaired")):
            # "the commission will meet in May, co-chaired by A and B", "the commission,
            # co-chaired by A and B, will be held in May": the body's verb tells the time of
            # the meeting A and B chair
            stop = low.find(". ", trig.end())
            if _BODY_TO_MEET_RE.search(
                low, max(low.rfind(". ", 0, trig.start()) + 1, trig.start() - 120), trig.start()
            ) or _BODY_TO_MEET_RE.search(
                low, trig.end(), min(trig.end() + 160, len(low) if stop < 0 else stop)
            ):
                return "planned"
        if (
            (
                _PLANNED_RE.search(head)
                # ("then drove to Haifa to see B": a trip made, its purpose met)
                and not _PAST_TRIP_TO_RE.search(head)
            )
            or _PLANNED_ADJ_RE.search(head)
            # (a venue and a day between: "is due at the White House Sept. 25 for talks")
            or _DUE_IN_FOR_RE.search(low, max(clause.start, trig.start() - 110), trig.start())
            # "will raise it with A at their next meeting"
            or _NEXT_PLAN_RE.search(low, trig.start(), trig.end())
        ):
            return "planned"
        if (
            " and " in head
            and (trig.group().startswith(_BARE_MEETING_VERBS) or not head.endswith("and "))
            # "was scheduled to lay a wreath, tour the port, talk to survivors and meet with
            # A": the last of a long list of plans
            and _PLANNED_AND_RE.search(low, max(clause.start, trig.start() - 200), trig.start())
        ):
            return "planned"
        if (
            self.agreed_to(clause, trig) is not None
            or (
                # "will raise it with B when they meet": the present of a plan ("tomorrow,
                # when the two prime ministers hold talks")
                (trig.group() == "meet" or trig.group().startswith("hold "))
                and (
                    # (the clause may open after its "when": "..., when the two meet")
                    _WHEN_THEY_RE.search(
                        low, max(clause.start - 8, trig.start() - 40), trig.start()
                    )
                    # "will discuss it when the two leaders meet in Lima"
                    or _WHEN_GROUP_RE.search(
                        low, max(clause.start - 8, trig.start() - 40), trig.start()
                    )
                )
            )
            or (
                # "hold off until A visits Baghdad": the present of a plan
                trig.group().startswith(_PRESENT_MEETING_VERBS)
                and _UNTIL_BEFORE_RE.search(low, max(clause.start, trig.start() - 80), trig.start())
            )
        ):
            return "planned"
        if _PLANNED_TRIP_RE.search(low, clause.start, trig.start()) or (
            _PLANNED_THEN_TRIP_RE.search(low, clause.start, trig.start())
        ):
            return "planned"
        if trig.group().lower().startswith(_MEETING_NOUNS) and _WILL_BE_RE.search(
            text, trig.end(), clause.end
        ):
            return "planned"
        if (
            (
                # "A and B are meeting up next week": the present of a plan
                trig.group().endswith("ing")
                and _PROGRESSIVE_BEFORE_RE.search(head)
                and _FUTURE_TIME_RE.search(low, trig.end(), clause.end)
            )
            or _PRESENT_PLAN_RE.search(
                # "A meets tomorrow with B", "visits Lima next week for talks": a timetable
                low,
                max(clause.start, trig.start() - 80),
                min(clause.end, trig.end() + 60),
            )
            or self.timetable(clause, trig)
        ):
            return "planned"
        return "held"

    def timetable(self, clause: Segment, trig: re.Match[str]) -> bool:
        """
        Whether a meeting verb in the simple present tells a day ahead: a programme's item.

        "arrives in Ottawa on Thursday and holds talks with B on Friday", "He meets B there on
        Friday" (a newsletter's "what we're watching", a radio bulletin): the date stage read
        the day ahead, as the present of a timetable.  Not a headline (no full stop) nor a
        photo's caption ("A, left, meets B on Monday"), whose present tells the past.
        """
        published = self.doc.published
        if published is None or not self.low.startswith(_TIMETABLE_VERBS, trig.start()):
            return False
        text = self.text
        stop = text.find("\n", trig.end())
        end = len(text) if stop < 0 else stop
        line_start = text.rfind("\n", 0, trig.start()) + 1
        line = text[line_start:end].rstrip()
        if not line.endswith(".") or _CAPTION_MARK_RE.search(line):
            return False
        return any(
            t.start is not None and t.start > published and t.granularity in {"day", "part_of_day"}
            for t in self.doc.dates_in(trig.end(), clause.end)
        )

    def when(  # noqa: C901 - the checks of each date of the clause, in order
        self, sent: Segment, clause: Segment, trig: re.Match[str]
    ) -> TimeRef | None:
        """The date in the meeting's clause nearest the meeting word, else the sentence's."""
        low = self.low
        if _holds(low, ("prepar", "ahead of"), trig.end(), clause.end):
            # "a meeting planned to prepare for next month's council": the council's date;
            # "discussed oil prices ahead of the conference to be held in July": the
            # conference's
            m = _PREPARE_FOR_RE.search(low, trig.end(), clause.end)
            clause = clause if m is None else Segment(clause.start, m.start())
        told = trig.group() == "told"
        speech: list[tuple[int, int]] | None = None  # the speech words, read when needed
        relative = self.after_who(clause)
        best: TimeRef | None = None
        best_dist = 10**9
        # "spoke on 4 May and agreed that the ministers should meet": the agreement's date
        agreed = self.agreed_to(clause, trig)
        for t in self.doc.dates_in(clause.start, clause.end):
            span = t.span
            if (
                span is None
                or t.start is None
                or not max(clause.start, agreed or 0) <= span.start < clause.end
            ):
                continue
            if self.not_the_meetings(t, span, trig, relative=relative) or self.relative_before(
                clause, span, trig
            ):
                continue
            # A date of the words said ("On Sunday, X said talks ...", "said on Sunday").
            if speech is None and not told:
                speech = [m.span() for m in _SPEECH_RE.finditer(low, clause.start, clause.end)]
            if speech is not None and any(
                (span.end <= s0 < trig.start()) or 0 <= span.start - s1 <= 3 for s0, s1 in speech
            ):
                continue
            if span.end <= trig.start() and self.in_source_phrase(clause.start, span.start, trig):
                continue
            # Prefer the date after the meeting word ("met X on Monday"), else the nearest;
            # but a date right before the verb is its own ("A this afternoon called in B and
            # protested against the seizure on Wednesday", "A yesterday received B")
            dist = (
                span.start - trig.end()
                if span.start >= trig.end()
                else -1
                if 0 <= trig.start() - span.end <= 1 and trig.lastgroup == "direct"
                else 10**6 + trig.start() - span.start
            )
            if (
                self.topic_date(trig, span.start)
                or (
                    # "met ahead of next month's summit": the summit's date ("Tuesday's
                    # talks", before the meeting word, is the meeting's)
                    span.start >= trig.end() and self.text.startswith(("'s", "\u2019s"), span.end)
                )
                or self.invited_trip_date(trig.end(), span.start)
            ):
                continue
            if span.start >= trig.end() and (
                _open_relative(low, trig.end(), span.start)
                # "received B to discuss the trawler, detained by the navy on Wednesday"
                or _participle_clause(low, trig.end(), span.start)
                # "..., in which they reviewed the council, to be held in Riyadh on June 28":
                # another gathering's date, told after its noun
                or _OTHER_EVENT_DATE_RE.search(low, trig.end(), span.start) is not None
                # "On Tuesday, A met B to discuss the shooting on the border on Saturday":
                # the incident's date, told in the meeting's purpose
                or self.purpose_event(trig.end(), span.start)
            ):
                # "met A on Monday to revive a commission that last met in 2019": the
                # relative clause's date only if the clause has no other.
                dist += 10**7
            if dist < best_dist:
                best, best_dist = t, dist
        if best is not None or agreed is not None:
            return best
        return (
            self.arranged_for(sent, trig)
            or self.when_clause_date(sent, trig)
            or self.earlier_clause_date(sent, clause, trig)
        )

    def when_clause_date(self, sent: Segment, trig: re.Match[str]) -> TimeRef | None:
        """
        The date a "when" clause of the meeting word hangs on: "on Monday, when A called in B".

        The date stands right before ", when", and the meeting word in the clause it opens.
        """
        at = self.low.rfind(", when ", sent.start, trig.start())
        if at < 0:
            return None
        return next(
            (
                t
                for t in self.doc.dates_in(sent.start, at)
                if t.span is not None and t.span.end == at and t.start is not None
            ),
            None,
        )

    def invited_trip_date(self, start: int, at: int) -> bool:
        """
        Whether the date at ``at`` dates a trip someone was invited to, told after ``start``.

        "The two sides discussed trade, and the ambassador invited the governor to visit
        Tokyo in the autumn": the autumn is the invited trip's, not the talks'.
        """
        if at <= start:
            return False
        m = _INVITED_RE.search(self.low, start, at)
        return m is not None and self.low.find(" to visit ", m.end(), at) >= 0

    def relative_before(self, clause: Segment, span: Span, trig: re.Match[str]) -> bool:
        """
        Whether a date before "after talks" is told in a relative clause of its own.

        "agreed on Tuesday to reopen a crossing that was closed in September after talks":
        the closing's month, not the talks' day.
        """
        at = trig.start()
        if span.end >= at:
            return False
        low = self.low
        word = max(
            low.rfind(" after ", span.end, at + 1), low.rfind(" following ", span.end, at + 1)
        )
        return word >= 0 and _open_relative(low, clause.start, span.start)

    def in_source_phrase(self, start: int, at: int, trig: re.Match[str]) -> bool:
        """
        Whether ``at`` is inside a source phrase opening the clause, before the meeting word.

        "According to a release sent to the agency on Thursday, the ministers met ...", "In
        a statement issued on Friday, the presidency said the two leaders held talks": the
        day the words came out, not the meeting's.
        """
        m = _SOURCE_PHRASE_RE.search(self.low, max(start, at - 160), at)
        return m is not None and self.low.find(",", at, trig.start()) >= 0

    def topic_date(self, trig: re.Match[str], at: int) -> bool:
        """
        Whether a date at ``at`` after "discussed" dates what was discussed, not the talk.

        "discussed the conference that Paris is to host in November" (a relative clause),
        "discussed the commitments made at the summit in Tokyo in January" (a participle),
        "discussed preparations for A's visit next month" (a meeting discussed).
        """
        if at < trig.end():
            return False
        low = self.low
        start = trig.end()
        if trig.lastgroup == "during":
            # "During the meeting, the two sides discussed ... the attack on the dhow in the
            # early hours of Monday": what was discussed, told after its verb
            said = _DISCUSSED_WORD_RE.search(low, start, at)
            if said is None:
                return False
            start = said.end()
        elif trig.lastgroup != "discuss":
            return False
        return (
            _open_relative(low, start, at)
            or _PARTICIPLE_EVENT_RE.search(low, start, at) is not None
            # "discussed preparations for A's visit to Almaty next month": the visit's date
            or self.topic_meeting(start, at)
            # "discussed the violation of Finnish airspace ... on Friday 9 October": the
            # incident's date
            or self.event_discussed(start, at)
        )

    def purpose_event(self, start: int, at: int) -> bool:
        """
        Whether the date at ``at`` follows an incident named in a meeting's purpose.

        "met B to discuss the violation of its airspace on Sunday night", "received B to
        review the seizure of the trawler on March 2": the date of the incident discussed.
        """
        m = _PURPOSE_RE.search(self.low, start, at)
        return m is not None and self.event_discussed(m.end(), at)

    def event_discussed(self, start: int, at: int) -> bool:
        """
        Whether the date at ``at`` follows an incident discussed, not the discussion's medium.

        "discussed the violation of its airspace on Friday" (the violation's day), but
        "discussed the detention by telephone last Thursday" (the call's), and "discussed the
        attack with his counterpart, A, in Nairobi on Monday" (the partner told between: the
        talks').
        """
        m = _DISCUSSED_EVENT_RE.search(self.low, start, at)
        if (
            m is None
            or _DISCUSSED_BY_RE.search(self.low, m.end(1), at) is not None
            or _CLAUSE_STOP_RE.search(self.low, m.end(1), at)
        ):
            return False
        # "discussed the attack with A in Nairobi on Wednesday": the talk's day, told after
        # the person met
        return not self.dated_after_partner(m.end(1), at, after_event=True)

    def dated_after_partner(self, start: int, at: int, *, after_event: bool) -> bool:
        """
        Whether the date at ``at`` is the talks', told after the partner met after ``start``.

        "discussed the floods with A at the ministry in Nairobi on Wednesday": right after
        the person met (a place at most between), the talks' day; not "discussed with A the
        attack that killed two traders on Monday". When ``start`` ends the incident
        discussed (``after_event``), any partner between tells it: "discussed the attack
        with his counterpart, A, during a visit on Monday".
        """
        partner = self.partner(start, at)
        met = [m for m in partner if m.actor.kind == "person"]
        if met and _MET_THEN_DATE_RE.fullmatch(self.text, met[-1].end, at) is not None:
            return True
        return after_event and bool(_people(partner, self.text))

    def topic_meeting(self, start: int, at: int) -> bool:
        """Whether the date at ``at`` follows a visit or gathering discussed, not attended."""
        m = _TOPIC_MEETING_RE.search(self.text, max(start, at - 90), at)
        if m is None:
            return False
        if m.group(1) in {"visit", "trip"}:
            return True
        return _AT_GATHERING_RE.search(self.low, max(start, m.start() - 30), m.start()) is None

    def plan_told_after(self, sent: Segment, last: _Draft) -> None:
        """What a sentence after a plan tells of it: called off, or the day it is set for."""
        if last.evidence.end >= sent.start - 2 and _CANCEL_ALONE_RE.search(
            self.low, sent.start, sent.end
        ):
            # "In the end, no bilateral meeting took place." cancels the meeting just told.
            last.status = "cancelled"
        elif last.when is None:
            # "A will meet B in Nairobi. The talks, set for Tuesday, will ...": its day
            last.when = self.plan_day(sent)

    def plan_day(self, sent: Segment) -> TimeRef | None:
        """
        The day a sentence tells the plan just told is set for: "The talks, set for Tuesday,".

        Only a meeting noun with the definite article ("The meeting is scheduled for next
        Monday", "their summit, which is due on 4 May"): the meeting told before.
        """
        m = _PLAN_DAY_RE.search(self.low, sent.start, sent.end)
        return None if m is None else self.date_at(m.end(), sent.end)

    def date_at(self, at: int, end: int) -> TimeRef | None:
        """The calendar date told right at ``at`` (its text may hold "for" or "on" before)."""
        return next(
            (
                t
                for t in self.doc.dates_in(at - 4, end)
                if t.span is not None and at - 4 <= t.span.start <= at + 1 and t.start is not None
            ),
            None,
        )

    def arranged_for(self, sent: Segment, trig: re.Match[str]) -> TimeRef | None:
        """
        The day a meeting noun's relative clause tells it was set for.

        "A bilateral meeting between A and B, which had been arranged for Friday, was
        cancelled", "a phone call, which had been pencilled in for last Friday, was called
        off": the date right after "arranged for".
        """
        if not trig.group().lower().startswith(_MEETING_NOUNS):
            return None
        m = _ARRANGED_FOR_RE.search(self.low, trig.end(), sent.end)
        if m is None or _has_trigger(self.low, trig.end(), m.start()):
            return None
        # (the date stage's span may hold the "for" or "on" too: "for last Friday")
        return next(
            (
                t
                for t in self.doc.dates_in(m.end() - 4, sent.end)
                if t.span is not None and m.end() - 4 <= t.span.start <= m.end() + 1
            ),
            None,
        )

    def agreed_to(self, clause: Segment, trig: re.Match[str]) -> int | None:
        """Where "agreed to" or "agreed that X should" before the meeting word starts, if so."""
        if self.low.find("agreed", max(clause.start, trig.start() - 60), trig.start()) < 0:
            return None
        m = _AGREED_TO_RE.search(self.low, max(clause.start, trig.start() - 60), trig.start())
        if m is None:
            return None
        # "agreed on Thursday to meet": Thursday is the agreement's day, not the meeting's
        return m.start("to") if m.group("day") else m.start()

    def earlier_clause_date(
        self, sent: Segment, clause: Segment, trig: re.Match[str]
    ) -> TimeRef | None:
        """The date of a clause before the meeting's, when that clause tells it too."""
        low = self.low
        if _WHERE_BEFORE_RE.search(low, max(0, clause.start - 9), clause.start):
            return self.where_date(sent, clause, trig)
        if w := _WHEN_BEFORE_RE.search(low, max(sent.start, clause.start - 8), clause.start):
            # "a protest lodged on Monday, when A called in B": the day the "when" clause
            # opens on, told right before it
            day = next(
                (
                    t
                    for t in self.doc.dates_ending_in(w.start() - 1, w.start())
                    if t.start is not None and t.span is not None and t.span.start >= sent.start
                ),
                None,
            )
            if day is not None:
                return day
        where = low.rfind(", where ", sent.start, clause.start) if self.after_who(clause) else -1
        if where >= 0:
            # "will travel to Balti, where A and B, who is part of the delegation, will meet
            # C": the "where" clause goes on past the relative clause cut from it
            return self.where_date(sent, Segment(where + 2, clause.end), trig)
        # "met X on Friday and was expected to see Y afterwards": the first clause's date.
        # A meeting word before the clause starts at one of ``self.live`` (cut at the
        # clause's start, a meeting word reads no further than it does in the sentence).
        best = in_relative = None
        if any(_TRIGGER_RE.match(low, q, clause.start) for q in self.live if q < clause.start):
            for t in self.doc.dates_in(sent.start, clause.start):
                span = t.span
                if (
                    span is not None
                    and t.start is not None
                    and sent.start <= span.start < clause.start
                    and not self.not_the_meetings(t, span, trig, relative=False)
                ):
                    # "agreed on Wednesday to revive a commission that has not met since
                    # 2019, after talks": the sentence's own day, not the relative clause's.
                    if _open_relative(low, sent.start, span.start):
                        in_relative = in_relative or t
                    else:
                        best = t
        return best or in_relative

    def where_date(self, sent: Segment, clause: Segment, trig: re.Match[str]) -> TimeRef | None:
        """
        The date of the trip a "where" clause tells the meeting of.

        "will travel to B next month for the summit, where he will meet A": the last date
        before the clause that dates no other thing.
        """
        best = None
        for t in self.doc.dates_in(sent.start, clause.start):
            span = t.span
            if (
                span is not None
                and t.start is not None
                and sent.start <= span.start < clause.start
                and not self.not_the_meetings(t, span, trig, relative=False)
            ):
                best = t
        return best

    def not_the_meetings(
        self, t: TimeRef, span: Span, trig: re.Match[str], *, relative: bool
    ) -> bool:
        """Whether the date ``t`` (at ``span``) dates something else than the meeting."""
        low = self.low
        # "discussed the floods with A in Nairobi on Wednesday": a day told after the person
        # met is the talk's, not the topic's
        topic = (
            trig.lastgroup == "discuss"
            and span.start > trig.end()
            and not self.dated_after_partner(trig.end(), span.start, after_event=False)
        )
        return bool(
            _DATE_BAD_BEFORE_RE.search(low, max(0, span.start - 8), span.start)
            or _FOUNDED_BEFORE_RE.search(low, max(0, span.start - 16), span.start)
            # "discussed the seizure on February 24 of a ship": the event's date.
            or _EVENT_BEFORE_DATE_RE.search(low, max(0, span.start - 16), span.start)
            # "According to a release sent to the agency on Thursday, the two met": the
            # document's day, not the meeting's
            or _DOCUMENT_DATED_RE.search(low, max(0, span.start - 120), span.start)
            or _DATE_BAD_START_RE.match(t.text)
            or (_open_start(t.text) and not _RANGE_NEXT_RE.match(low, span.end))
            # "the 1942 Rio Protocol", "the 2012 navigation agreement": a year as an adjective
            or (
                t.text.isdigit()
                and _ARTICLE_BEFORE_RE.search(low, max(0, span.start - 6), span.start)
            )
            or (
                _BARE_PART_OF_DAY_RE.fullmatch(t.text) is not None
                # "That night, A and B spoke on the telephone" after "on Monday": the part of
                # the day told before, when the dates read it off another day than today
                and not (t.text[:5].lower() == "that " and t.start != self.doc.published)
            )
            # "held talks in Muscat, their first meeting since the tanker was hit on Saturday":
            # the date of what the meeting is the first since, not the meeting's
            or (span.start > trig.end() and self.in_since_clause(span.start, trig.end()))
            # "B, who arrived on Monday, called on A": the date of the relative clause.
            or (relative and span.end <= trig.start() and "," in low[span.end : trig.start()])
            # "discussed the tanker detained by the navy last Friday", "discussed the aircraft
            # that entered its airspace on Tuesday": the topic's date.
            or (
                topic
                and (
                    _REDUCED_RELATIVE_RE.search(low, trig.end(), span.start)
                    or _TOPIC_CLAUSE_RE.search(low, trig.end(), span.start)
                    or _TOPIC_EVENT_OF_RE.match(low, trig.end(), span.start)
                )
            )
            # "discussed the detention of three vessels in December and welcomed their
            # release": the date of the topic before, not of the verb after "and"
            or (
                low.startswith(" and ", span.end)
                and span.end + 5 == trig.start()
                and _EVENT_OF_BEFORE_RE.search(low, max(0, span.start - 120), span.start)
                is not None
            )
            # "held talks a day before A arrives": the day of the clause after "before";
            # "discussed the incident a day earlier": the incident's.
            # ("after talks with A the day before." is the meeting's day)
            or (
                span.start > trig.end()
                and _ANCHOR_END_RE.search(t.text) is not None
                and _CLAUSE_ENDS_RE.match(low, span.end) is None
            )
            or (topic and _EARLIER_END_RE.search(t.text) is not None)
            or (
                (topic or (trig.group().startswith("exchanged") and span.start > trig.end()))
                and (event := _TOPIC_EVENT_RE.search(low, trig.end(), span.start)) is not None
                # "discussed the attack by telephone on Sunday": the call's day
                and _BY_PHONE_END_RE.search(low, max(trig.end(), span.start - 24), span.start)
                is None
                # "discussed the attack with A in Nairobi on Monday": the talks' day
                and not self.dated_after_partner(event.end(), span.start, after_event=True)
            )
        )

    def place(self, seg: Segment) -> Place | None:
        """The place told in ``seg`` (read once per stretch: meeting words share clauses)."""
        if seg in self.places:
            return self.places[seg]
        found = self.read_place(seg)
        if found is None and "capital" in self.low[seg.start : seg.end]:
            found = self.capital(seg)
        if found is None and "border" in self.low[seg.start : seg.end]:
            found = self.border_post(seg)
        if found is None and " the city" in self.low[seg.start : seg.end]:
            found = self.the_city(seg)
        if found is None and "'s " in self.text[seg.start : seg.end]:
            found = self.owned_building_city(seg)
        if found is not None and found.name in CITY_DISTRICTS:
            # "met in Manhattan": the city the borough is in
            found = Place(name=CITY_DISTRICTS[found.name], country=found.country, venue=found.venue)
        self.places[seg] = found
        return found

    def numbered_venue(self, seg: Segment) -> tuple[str, str, str | None] | None:
        """A venue written with its street number: "at 10 Downing Street"."""
        n = _NUMBERED_VENUE_RE.search(self.text, seg.start, seg.end)
        return None if n is None else VENUES.get(n.group(1))

    def read_place(self, seg: Segment) -> Place | None:  # noqa: C901 - one pass, each kind of place
        text = self.text
        venue_hit = self.numbered_venue(seg)
        for m in _PLACE_RE.finditer(text, seg.start, seg.end):
            words = _without_day(m.group(1))  # "fly to Paris Thursday"
            word = _POSSESSIVE_END_RE.sub("", words)
            venue = self.venue_named(word, m.end(1), seg.end)
            if venue is not None:
                # ("according to the State Department": a source, not where they met; "envoy
                # to the United Nations": the body, not its seat)
                if not _ACCORDING_END_RE.search(text, max(0, m.start() - 12), m.start()) and (
                    word not in AT_ONLY_VENUES or text.startswith(("at ", "At "), m.start())
                ):
                    venue_hit = venue
                continue
            prep = m.group().split()[0].lower()
            # "on the sidelines of the Munich Security Conference": a gathering named after
            # its city (only a city: "the sidelines of the SADC summit" names none)
            aside = prep == "of" and _ASIDE_OF_END_RE.search(
                text, max(0, m.start() - 12), m.start()
            )
            if (
                (
                    prep == "of"
                    and not aside
                    and not _PLACE_NOUN_END_RE.search(
                        text[max(seg.start, m.start() - 12) : m.start()]
                    )
                )
                or (
                    prep == "into"
                    and not _JOURNEY_END_RE.search(text, max(0, m.start() - 16), m.start())
                )
                or (
                    prep == "in"
                    and _PARTICLE_IN_END_RE.search(text, max(0, m.start() - 24), m.start())
                )
            ):
                continue  # "the Chief Minister of Gibraltar" (not "the town of Jinja"); "an
                # inquiry into Russia's claims" (not "flew into Alexandria"); "called in
                # the Example Ambassador" (whom, not where)
            # "Chile's Pacific port of Arica": the country, then the place.
            word = _district_city(word)  # "" for a sea: "shipping in the Red Sea"
            housed = _building_city(word)
            if housed is not None:  # "at State House Entebbe": the building, then its city
                return Place(name=housed[1], country=CITIES.get(housed[1]), venue=housed[0])
            lead = word.partition(" ")[0]
            # A known city first, even one named after its country or with an article:
            # Mexico City, The Hague.
            # (A city-state is both: "the Shangri-La Dialogue in Singapore".)
            in_city = (
                None
                if not word or (word in COUNTRY_NAMES and CITIES.get(word) != COUNTRY_NAMES[word])
                else _city_of(word)
            )
            if in_city is None and (
                aside
                or not word
                or word in COUNTRY_NAMES
                or lead in _PLACE_STOP
                or lead in COUNTRY_NAMES
                or word in DEMONYMS  # "in the Kenyan capital": see ``capital``
            ):
                continue
            if (
                in_city is None
                and word in SUBDIVISIONS
                and prep == "at"
                and _BUILDING_AFTER_RE.match(text, m.end(1))
            ):
                # "at the Quintana Roo government palace in Chetumal": the state names the
                # building, the city after it (or the one told before) is the place
                continue
            if in_city is not None or word in SUBDIVISIONS:  # a city, or a state or province
                written, known = in_city or (word, word)
                return Place(
                    name=written,
                    country=CITIES.get(known) or SUBDIVISIONS[word],
                    venue=venue_hit[0] if venue_hit else None,
                )
            if prep == "at" and (before := self.placed_before(word)) is not None:
                return before  # "agreed to meet again at Malaba": the town of a meeting told
            if (
                prep in {"in", "of"}
                # "will travel to Siem Reap next Monday to meet A"
                or (prep == "to" and _TRAVEL_END_RE.search(text, max(0, m.start() - 12), m.start()))
                # "A meeting at Oujda between A and B": "at" a name no table knows, between the
                # meeting word and "between", is the meeting's town (elsewhere "at" tells a
                # building or a body: "at Chequers", "at the Ministry")
                or (prep == "at" and _AT_BETWEEN_RE.match(text, m.end(1), seg.end) is not None)
            ) and self.is_unknown_place(m.start(1), m.end(1), word):
                return self.unknown_place(seg, m, word, venue_hit)
        if venue_hit is not None:
            name, code, city = venue_hit
            if city is not None:
                return Place(name=city, country=code, venue=name)
        return self.venue_then_city(seg) if ", " in text[seg.start : seg.end] else None

    def placed_before(self, word: str) -> Place | None:
        """The town ``word`` names when a meeting told before was placed there."""
        for d in self.drafts:
            if d.place is not None and d.place.name == word:
                return Place(name=d.place.name, country=d.place.country)
        return None

    def unknown_place(
        self,
        seg: Segment,
        m: re.Match[str],
        word: str,
        venue_hit: tuple[str, str, str | None] | None,
    ) -> Place:
        """A place no table knows, with the country a possessive before it tells."""
        text = self.text
        after = _COMMA_CITY_RE.match(text, m.end(1), seg.end)
        if after is not None and after.group(1) in CITIES:
            # "in Nongsa, Batam": a part of the town, then the town
            return Place(name=after.group(1), country=CITIES[after.group(1)])
        hint = None
        ctx = text[max(seg.start, m.start() - 50) : m.start()]
        for cm in _POSSESSIVE_COUNTRY_RE.finditer(ctx):
            found = cm.group(1)
            hint = COUNTRY_NAMES.get(found) or COUNTRY_NAMES.get(found.split()[-1]) or hint
        return Place(
            name=word,
            country=hint or _port_country(word),
            venue=venue_hit[0] if venue_hit else None,
        )

    def venue_named(self, word: str, end: int, stop: int) -> tuple[str, str, str | None] | None:
        """The known venue ``word`` names, read on past "of the" ("Great Hall of the People")."""
        longer = _VENUE_OF_RE.match(self.text, end, stop)
        if longer is not None and f"{word}{longer.group()}" in VENUES:
            return VENUES[f"{word}{longer.group()}"]
        return VENUES.get(word)

    def venue_then_city(self, seg: Segment) -> Place | None:
        """Read "at State House, Entebbe": a building, then its city after a comma."""
        for m in _AT_VENUE_CITY_RE.finditer(self.text, seg.start, seg.end):
            known = m.group(2) if m.group(2) in CITIES else _saint(m.group(2))
            if known in CITIES:
                return Place(name=m.group(2), country=CITIES[known], venue=m.group(1))
        return None

    def border_post(self, seg: Segment) -> Place | None:
        """Read "at the Namanga border post": the post's town, its country known or not."""
        m = _AT_BORDER_POST_RE.search(self.text, seg.start, seg.end)
        if (
            m is None
            # ("at the Indian border post", "at the Kenyan border crossing": no town named)
            or m.group(1) in DEMONYMS
            or m.group(1).partition(" ")[0] in DEMONYMS
            or not self.is_unknown_place(m.start(1), m.end(1), m.group(1))
        ):
            return None
        return Place(name=m.group(1), country=CITIES.get(m.group(1)))

    def capital(self, seg: Segment) -> Place | None:
        """Read "in the Kenyan capital" (its country's capital) or "in the capital"."""
        m = _THE_CAPITAL_RE.search(self.text, seg.start, seg.end)
        if m is None:
            return None
        named = _CITY_NAMED_RE.match(self.text, m.end())
        if named is not None and named.group(1) in CITIES:
            # "in the capital Ankara": the city named after it
            return Place(name=named.group(1), country=CITIES[named.group(1)])
        if m.group(1) is not None:
            code = DEMONYMS.get(m.group(1)) or COUNTRY_NAMES.get(m.group(1))
            if code is not None and named is not None and named.group().startswith(","):
                # "in the Beninese capital, Cotonou,": the city the story names, known or not
                # (where the seat of government is not the capital of the tables)
                return Place(name=named.group(1), country=code)
            name = _CAPITAL_OF.get(code or "")
            return None if name is None else Place(name=name, country=code)
        line = self.dateline(len(self.text))
        if line is None:
            # "is on a visit to Ghana. He met B in the capital": the host's capital
            code = self.host_country(m.start())
            name = _CAPITAL_OF.get(code or "")
            return None if name is None else Place(name=name, country=code)
        name = _dateline_name(line.group(1))
        code = CAPITALS.get(name)
        return None if code is None else Place(name=name, country=code)

    def owned_building_city(self, seg: Segment) -> Place | None:
        """
        Read "to the ministry's Port of Spain headquarters": the city before the building.

        A known city between an owner's possessive and a building ("at the embassy's Geneva
        office", "to the bank's Nairobi headquarters") is the place.
        """
        for m in _OWNED_BUILDING_CITY_RE.finditer(self.text, seg.start, seg.end):
            if m.group(1) in CITIES:
                return Place(name=m.group(1), country=CITIES[m.group(1)])
        return None

    def the_city(self, seg: Segment) -> Place | None:
        """
        Read "in the city": the known city named last before it, close by.

        "This week it was Almaty. A and B met at the foreign ministry's residence in the
        city"; "B flew to Mombasa on Monday and met A at a hotel in the city".
        """
        m = _THE_CITY_RE.search(self.text, seg.start, seg.end)
        if m is None:
            return None
        found = None
        for c in _CITY_WORDS_RE.finditer(self.text, max(0, m.start() - _CITY_REACH), m.start()):
            name = c.group()
            if name not in CITIES:
                name = name.partition(" ")[0]
            if name in CITIES:
                found = name
        return None if found is None else Place(name=found, country=CITIES[found])

    def host_country(self, at: int) -> str | None:
        """
        The country last told as the host before ``at``: "a visit to Ghana", "Chile hosted".

        The article's hosts are read once (a list of where each is told, and its code).
        """
        hosts = self.hosts
        if hosts is None:
            hosts = self.hosts = []
            for h in _HOST_COUNTRY_RE.finditer(self.text):
                code = COUNTRY_NAMES.get(h.group(1) or h.group(2))
                if code is not None:
                    hosts.append((h.start(), code))
        k = bisect_left(hosts, (at, ""))
        return hosts[k - 1][1] if k else None

    def is_unknown_place(self, start: int, end: int, word: str) -> bool:
        """
        A capitalised word that is not a person, organisation, country or date.

        Nor one after a compass word: "in central Bosnia" names a region, where a known city
        ("in central Seoul") is read before this is asked.
        """
        if self.text[max(0, start - 10) : start].rstrip().endswith(_COMPASS_WORDS):
            return False
        k = bisect_left(self.starts, start)
        lead = word.split(maxsplit=1)[0]
        for m in self.all[max(0, k - 2) : k + 2]:
            if m.start < end and start < m.end:
                # "Port Sudan": a country named inside a port's or a fort's name
                if lead in _PORT_WORDS and m.start > start and m.actor.kind == "country":
                    continue
                return False
        # "in the GOP race", "at the OSCE": initials name a body, not a place; "in the Central
        # Business District", "the Diplomatic Enclave": a part of a city the story names; "in
        # the King's residence", "at the Chairman's house": an office's holder, not a place
        return not (
            lead in _PLACE_STOP
            # "arrived in the Sultanate (the Kingdom)": the host state by its style, no place
            or word in _STATE_STYLES
            # "the seizure of a trawler in the Adriatic": a sea, where no one meets
            or word in _SEAS
            or word.lower() in TITLES
            or len(word) < 3
            or (word.isupper() and " " not in word)
            or word.endswith(_CITY_PART_ENDS)
        )

    def setting(self, sent: Segment) -> str | None:
        m = self.search(_SIDELINES_RE, _SIDELINES_WORDS, sent.start, sent.end)
        return self.text[m.start(1) : m.end(1)].strip() if m else None

    def topics(self, clause: Segment) -> list[str]:
        if not _holds(self.low, _TOPIC_WORDS, clause.start, clause.end):
            return []
        text = self.text
        return [
            text[m.start(1) : m.end(1)].strip()
            for m in _TOPIC_RE.finditer(self.low, clause.start, clause.end)
        ]

    def accompanied(self, sent: Segment, sent_people: list[Mention]) -> None:
        m = _ACCOMPANIED_RE.search(self.low, sent.start, sent.end)
        if m is None or not self.drafts:
            return
        principal = [p for p in sent_people if p.end <= m.start()]
        members = [
            p
            for p in sent_people
            if p.start >= m.end()
            and p.actor.kind == "person"
            and len(self.text[p.start : p.end].split()) > 1
        ]
        if not principal or not members:
            return
        # "The two leaders were joined by ...": any of the pair is the principal
        keys = {_key(a) for a in _expand(principal[0])}
        for d in reversed(self.drafts):
            if keys & d.key:
                for a in members:
                    if _key(a.actor) not in d.key and a.actor not in d.accompanied:
                        d.accompanied.append(a.actor)
                return

    def as_host(self, sent: Segment, sent_people: list[Mention]) -> None:
        """
        "A and B will meet on Friday, with C acting as host": C goes with them.

        The host of two others' meeting is no third party of it (``accompanied_by``).
        """
        m = _AS_HOST_RE.search(self.low, sent.start, sent.end)
        if m is None:
            return
        d = self.drafts[-1]
        for x in sent_people:
            if (
                m.start() <= x.start
                and x.end <= m.end()
                and x.actor.kind == "person"
                and _key(x.actor) not in d.key
                and x.actor not in d.accompanied
            ):
                d.accompanied.append(x.actor)

    def attended(self, sent: Segment) -> None:
        """
        Add the people who "attended", "sat in on" or "took part in" the meeting told last.

        "Deputy Minister A and Ambassador B sat in on the meeting", "C and D took part in the
        talks", "E joined them for the last hour": they go with the meeting's principals.
        """
        m = self.search(_ATTENDED_RE, _ATTENDED_WORDS, sent.start, sent.end)
        # the meeting told last with a date (an undated one is a retelling or a side remark)
        d = next((x for x in reversed(self.drafts) if x.when is not None), None)
        if m is None or d is None or sent.start - d.evidence.end > _ATTENDED_REACH:
            return
        people = [
            x
            for x in self.in_range(sent.start, sent.end)
            if x.actor.kind == "person" and x.form != "pronoun"
        ]
        for a in [x.actor for x in people if x.end <= m.start()]:
            if _key(a) not in d.key and a not in d.accompanied:
                d.accompanied.append(a)

    def attended_by(self, sent: Segment) -> None:
        """
        Add the people a sentence says attended the meeting told last, or were present at it.

        "The meeting was attended by A and B", "Present at the reception were C and D": they
        go with the last meeting held, told in the sentences just before.
        """
        if not self.drafts:
            return
        m = self.search(_ATTENDED_BY_RE, _ATTENDED_BY_WORDS, sent.start, sent.end)
        d = next((x for x in reversed(self.drafts) if x.status == "held"), None)
        if m is None or d is None or sent.start - d.evidence.end > _ATTENDED_REACH:
            return
        start, end = (sent.start, m.start()) if m["before"] else (m.end(), sent.end)
        for x in self.in_range(start, end):
            a = x.actor
            if (
                a.kind == "person"
                and x.form != "pronoun"
                and _key(a) not in d.key
                and a not in d.accompanied
            ):
                d.accompanied.append(a)

    def filed_day_retold(self, d: _Draft, new: _Draft) -> bool:
        """
        Whether ``new`` dates talks ``d`` told undated under a dateline, and dated by it.

        "Lusaka, May 6 - A has held talks with B ... The two ministers met in Lusaka on
        Tuesday": the dispatch's day is when it was filed; the day told a paragraph or two
        later, in the week before it, is the talks'.
        """
        old, told = d.when, new.when
        if (
            old is None
            or told is None
            or old.span is None
            or told.span is None
            or d.status != "held"
            or new.status != "held"
            or new.earlier
            or (d.place is not None and new.place is not None and d.place.name != new.place.name)
            or old.granularity != "day"
            or told.granularity not in {"day", "part_of_day"}
            or old.start is None
            or told.start is None
            or not 0 < (old.start - told.start).days < _WEEK
            or new.evidence.start - d.evidence.end > _FILED_RETOLD_REACH
        ):
            return False
        k = bisect_right(self.paragraph_starts, old.span.start) - 1
        if k < 0:
            return False
        lead = _DATELINE_LEAD_RE.match(self.text, self.paragraph_starts[k])
        return lead is not None and old.span.end <= lead.end() <= d.evidence.end

    def merge(self, new: _Draft) -> None:
        for d in self.drafts:
            if d.key != new.key or _again_apart(d, new) or _namesakes(d, new):
                continue
            filed = self.filed_day_retold(d, new)
            if (
                not _same_time(d, new)
                # "A had met B earlier in the day. The two men discussed X": an undated
                # retelling of the meeting told just before
                and not (new.retold and new.when is None and not new.earlier and d is self.last)
                and not filed
            ) or _plan_at_a_gathering(d, new):
                continue
            if _other_place(d, new) or _plan_elsewhere_after_cancelled(d, new):
                continue
            if _MEDIA.intersection((d.setting, new.setting)) and (
                d.setting != new.setting and (d.place or new.place or d.in_person or new.in_person)
            ):
                continue  # a call and a meeting in person are two meetings
            if filed:
                d.when = new.when
            _fold_when_place(d, new)
            d.setting = d.setting or new.setting
            if _STATUS_RANK[new.status] > _STATUS_RANK[d.status]:
                d.status = new.status
            for topic in new.topics:
                if topic not in d.topics:
                    d.topics.append(topic)
            self.last = d
            return
        self.drafts.append(new)
        self.last = new

    def record(self, d: _Draft) -> Meeting:
        when = d.when
        if when is not None and (m := _PART_OF_DAY_RE.match(when.value)):
            when = attrs.evolve(when, value=m.group(1))
        return _fast_records.meeting(
            participants=d.people,
            accompanied_by=d.accompanied,
            place=d.place,
            when=when,
            status=d.status,
            setting=d.setting,
            topics=d.topics,
            evidence=self.doc.span(d.evidence.start, d.evidence.end),
        )


def _other_place(d: _Draft, new: _Draft) -> bool:
    """Whether ``new`` tells another place than ``d``'s (a retelling or a lede's aside)."""
    return (
        d.place is not None
        and new.place is not None
        and d.place.name != new.place.name
        and not new.retold
        and not _told_place_of_lede(d, new)
    )


def _plan_elsewhere_after_cancelled(d: _Draft, new: _Draft) -> bool:
    """
    Whether ``new`` plans the cancelled ``d`` anew, at another place.

    "Their talks in Vilnius on Wednesday were called off. The two heads of government are now
    expected to meet on the margins of the summit in Brussels later this month": a new plan,
    though told of "the two" and in the same month.
    """
    return (
        d.status == "cancelled"
        and new.status == "planned"
        and d.place is not None
        and new.place is not None
        and d.place.name != new.place.name
    )


def _told_place_of_lede(d: _Draft, new: _Draft) -> bool:
    """
    Whether ``new`` tells the place of ``d``, a lede's meeting placed by its dateline only.

    "CAIRO (AP) -- A ordered a cease-fire last night after talks with B. B flew into
    Alexandria yesterday and met A": one meeting, in Alexandria.
    """
    return (
        d.lined
        and not new.lined
        and new.place is not None
        and d.status == new.status == "held"
        and d.when is not None
        and new.when is not None
    )


def _agency_dateline_end(text: str, start: int, end: int) -> int:
    """Where a sentence starts after a title-case dateline ("Havana, Mar 10 (EFE).- ")."""
    m = _AGENCY_DATELINE_RE.match(text, start, end)
    return start if m is None else m.end()


def _fold_when_place(d: _Draft, new: _Draft) -> None:
    """
    Take into ``d`` the day and place a retelling ``new`` of the same meeting adds.

    A plan told after talks held with no day or place neither dates nor places them ("A then
    met B. B invited A to visit Port Moresby later this year"); a venue in the same city
    replaces none; a place told replaces the lede's dateline city.
    """
    if _told_place_of_lede(d, new):
        d.place, d.lined = new.place, False  # "CAIRO -- ... B flew into Alexandria and met A"
    plan_after = d.status == "held" and new.status == "planned"
    if not plan_after:
        d.when = (
            new.when
            if d.when and new.when and _day_within(d.when, new.when)
            else (d.when or new.when)
        )
    if d.place is None:
        d.place = None if plan_after else new.place
    elif (
        new.place is not None
        and d.place.venue is None
        and new.place.venue is not None
        and new.place.name == d.place.name
    ):
        d.place = new.place


def _without_day(words: str) -> str:
    """``words`` less the days and months run on after a place: "Paris Thursday" -> "Paris"."""
    if " " not in words:
        return words
    parts = words.split(" ")
    while len(parts) > 1 and parts[-1] in _DAY_WORDS:
        parts.pop()
    return " ".join(parts)


def _open_relative(low: str, start: int, end: int) -> bool:
    """
    Whether a relative clause opens in ``low[start:end]`` and runs on to ``end``.

    "a commission that has not met since": a "that", "which" or "whose" after the last
    comma or semicolon before ``end``.
    """
    cut = max(low.rfind(",", start, end), low.rfind(";", start, end)) + 1
    return _RELATIVE_WORD_RE.search(low, max(start, cut), end) is not None


def _participle_clause(low: str, start: int, end: int) -> bool:
    """
    Whether a reduced relative of an incident opens after the last comma before ``end``.

    "to take up the matter of the seiner, seized by coastguards late on Friday
    night": the detention's day, told in its own clause.
    """
    cut = low.rfind(",", start, end)
    return cut >= 0 and _INCIDENT_PARTICIPLE_RE.match(low, cut + 2, end) is not None


def _town_of_trip(text: str, start: int, end: int) -> Place | None:
    """
    The town a trip goes to right before a "where" clause, though no table knows it.

    "On Thursday the group goes to Maringa, where it will meet the mayor", "then travels on
    to Tromso, where she is due to meet": a name after a verb of travel and "to" is a
    place (of no country the text tells).
    """
    m = _TRIP_TO_WHERE_RE.search(text, max(start, end - _TRIP_TO_REACH), end)
    return None if m is None else Place(name=m.group(1), country=None)


def _city_of(word: str) -> tuple[str, str] | None:
    """
    The city ``word`` names, as written and as :data:`CITIES` writes it, or None.

    "St. Petersburg" is the table's "Saint Petersburg"; "Antalya Diplomacy Forum", an event
    named after its city, is in Antalya.
    """
    if word in CITIES:
        return word, word
    if word.startswith("St") and (known := _saint(word)) in CITIES:
        return word, known
    parts = word.split()
    if len(parts) > 1 and parts[-1] in _EVENT_NOUNS:
        for n in range(len(parts) - 1, 0, -1):
            lead = " ".join(parts[:n])
            if lead in CITIES:
                return lead, lead
    return None


def _building_city(word: str) -> tuple[str, str] | None:
    """A building named before its city with no comma: "State House Entebbe" -> its parts."""
    parts = word.split()
    for k in range(1, len(parts) - 1):
        if parts[k] in _BUILDING_NOUNS:
            city = " ".join(parts[k + 1 :])
            # a town no table lists, one word: "State House Entebbe" (not "House Annex")
            town = " " not in city and city not in _BUILDING_PARTS and city not in COUNTRY_NAMES
            return (" ".join(parts[: k + 1]), city) if city in CITIES or town else None
    return None


def _port_country(word: str) -> str | None:
    """The country a port or a fort is named after: "Port Sudan" is Sudan's."""
    lead, _, rest = word.partition(" ")
    return COUNTRY_NAMES.get(rest) if lead in _PORT_WORDS else None


def _district_city(word: str) -> str:
    """
    ``word`` as a meeting place: the city of "Central Jakarta", "" for a sea or a strait.

    A compass word before a known city names one of its districts ("South Delhi"), unless
    the whole is a city of its own.
    """
    if not word or _WATER_RE.search(word):
        return ""
    lead, _, rest = word.partition(" ")
    if lead in _DISTRICT_LEADS and rest in CITIES and word not in CITIES:
        return rest
    return word


def _saint(word: str) -> str:
    """Write "St. Petersburg" or "St Petersburg" as "Saint Petersburg"."""
    m = _SAINT_RE.match(word)
    return word if m is None else "Saint " + word[m.end() :]


def _jointly_chaired(word: str) -> bool:
    """
    Whether the meeting word is an act shared by its agents: "co-chaired by A and B".

    So are "chaired by both" and "(the accord) was signed by A and B at the end of talks".
    """
    return word.startswith("co") or word in {"chaired", "signed"}


# The offices a visiting guest is received by the holder of, in the host country.
_GUEST_OFFICES: Final = ("foreign minister", "prime minister", "premier")


def _guest_office(guest: Actor) -> str | None:
    """The office of ``guest`` that a host of the same office receives, if one."""
    title = guest.title
    if guest.kind != "person" or title is None:
        return None
    return next((o for o in _GUEST_OFFICES if _holds_office(title, o)), None)


def _compatible(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def find_meetings(doc: Document) -> list[Meeting]:
    """Return the meetings told in ``doc``, one record per meeting."""
    found = _Reader(doc).read()
    agenda = agenda_meetings(doc, found) if doc.headline else []
    if agenda:
        # an entry's names are the owner's guests: "Meeting with A and B" is no meeting of
        # A and B without the owner
        owner = agenda[0].participants[0]
        entries = [(m.evidence.start, m.evidence.end) for m in agenda]
        found = [
            m
            for m in found
            if owner in m.participants or not any(a <= m.evidence.start < b for a, b in entries)
        ]
        found.extend(agenda)
    return found
