# News typography (en dashes, curly quotes) is what these patterns match:
# ruff: noqa: RUF001
"""
Bylines and credits: who wrote the story and which agencies are credited for it.

Patterns of English news credits: bylines ("By Jane Doe | Reuters", "By: Metro Desk Staff"),
trailers ("(With files from ...)", "With reporting by ...", "Reporting by X; Editing by Y", a
closing "Reuter"), datelines ("TOKYO (Reuters) -") and photo credits ("(Photo by X / AFP)").
Names are told apart as agencies (looked up in :mod:`._agencies`), people and desks.
"""

from __future__ import annotations

import itertools
import re
from datetime import date
from typing import Final

import attrs

from diplomeet._countries import CITIES, COUNTRY_NAMES, DEMONYMS
from diplomeet._orgs import ORGANIZATIONS
from diplomeet.dates._lexicon import MONTH_NAMES, WEEKDAY_NAMES
from diplomeet.outlets._agencies import canonical_agency
from diplomeet.outlets._closing_credits import (
    caption_credit_agencies,
    is_domain,
    reports_tail,
    source_list_agencies,
)
from diplomeet.outlets._furniture import DASHED_CREDIT_RE
from diplomeet.outlets._outlet_names import MASTHEAD_WORDS, SECTION_WORDS, known_outlet
from diplomeet.outlets._textdates import (
    MONTH,
    NumericDate,
    first_stated_date,
    without_hijri_dateline,
)

__all__ = [
    "OUTLET_FOOTER_OPENINGS",
    "Credits",
    "byline_role",
    "copyright_holder",
    "is_person",
    "is_role",
    "joint_agencies",
    "own_reporter",
    "photo_agencies",
    "read_bio",
    "read_byline",
    "read_cited_agencies",
    "read_credit_line",
    "read_dateline",
    "read_desk",
    "read_field_line",
    "read_name_over_date",
    "read_name_over_role",
    "read_photo_credit_line",
    "read_sign_off",
    "read_trailing_credit",
    "read_wire_end",
    "read_wire_slug",
    "reads_as_byline",
    "reads_as_heading",
    "without_byline_date",
]

# The buttons of a page's share bar, which a byline reader may meet as capitalised words.
_SHARE_WORDS: Final = frozenset(
    {"share", "tweet", "email", "e-mail", "mail", "print", "facebook", "twitter", "whatsapp"}
    | {"linkedin", "telegram", "copy", "link", "save", "comment", "comments", "x", "reddit"}
)
# Credit lines are short; an agency alone on a line shorter still.
_CREDIT_MAX_CHARS: Final = 320
_AGENCY_LINE_MAX_CHARS: Final = 60
_LOWER_NAME_WORDS: Final = frozenset(
    {"with", "of", "the", "de", "van", "von", "der", "den", "al", "bin", "da", "du", "la", "le"}
    | {"y", "and", "for", "on", "el", "dos", "das", "del", "di", "ibn", "ter", "in", "from", "at"}
    # particles of Filipino ("dela Cruz", "delos Santos"), Italian ("della", "degli"),
    # Swedish ("af"), German ("zu", "vom") and Dutch ("op", "ten") surnames
    | {"dela", "delos", "della", "degli", "af", "zu", "vom", "op", "ten"}
)
# Words that make a credited name an organisation rather than a person.
_ORG_WORDS_RE: Final = re.compile(
    r"\b(?:agency|press|news|times|post|service|radio|television|tv|network|journal|herald"
    r"|telegraph|tribune|gazette|daily|media|group|wires?|bureau|staff|desk|newspaper|magazine"
    r"|channel|online|reports?|team|editors|editorial|board|correspondents|writers)\b",
    re.IGNORECASE,
)
# Job titles and places that follow a name in a byline ("Jane Doe, Diplomatic Correspondent").
# (also a broadcaster's outlet and beat before the job: "Jane Doe, RNZ Pacific Senior Digital
# Journalist", "Jo Roe, ABC Pacific Affairs Presenter")
_ROLE_RE: Final = re.compile(
    r"^(?:[\w-]+ ){0,4}(?:correspondent|editor|reporter|writer|contributor|columnist|analyst"
    r"|producer|chief|photographer|journalist|presenter)s?$|^special to\b|^(?:in|from) [A-Z]",
    re.IGNORECASE,
)
# A line that is only a job title, under a byline or a bare name ("Regional Correspondent",
# "Our Staff Reporter", "Diplomatic Editor, Brussels").
_ROLE_LINE_RE: Final = re.compile(
    r"^(?:[A-Za-z][\w'’-]* ){0,3}(?:correspondent|editor|reporter|writer|journalist|contributor"
    r"|columnist|analyst|producer|chief|photographer|commentator)s?"
    r"(?:\s*[,|]\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})?$"
    # where the reporter filed from, under the byline: "Reporting from Nairobi"
    r"|^(?:reporting|reported|writing) from (?-i:[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,3})$",
    re.IGNORECASE,
)
# A researcher's or an academic's post after the name in an analysis piece's byline ("Senior
# Researcher", "Research Fellow", "Visiting Scholar", "Associate Professor"), from the
# bylines of think tanks' and universities' commentary series.
_POST_RE: Final = re.compile(
    r"^(?:(?:Senior|Principal|Chief|Lead|Junior|Visiting|Associate|Assistant|Adjunct"
    r"|Distinguished|Non-?[Rr]esident|Research|Postdoctoral|Doctoral|Emeritus) )*"
    r"(?:Researcher|Fellow|Research Associate|Scholar|Professor|Lecturer|Consultant|Analyst"
    # (a think tank's director: "Research Director", "Programme Director")
    r"|Director|Programme Director|Program Director"
    r"|Programme Head|Program Head|Programme Manager|Program Manager|Project Leader"
    r"|Head of (?:[A-Z][\w'’-]*|and|of)(?: (?:[A-Z][\w'’-]*|and|of)){0,4}"
    r"|Director of (?:[A-Z][\w'’-]*|and|of)(?: (?:[A-Z][\w'’-]*|and|of)){0,4})"
    # the subject held: "Lecturer in Central Asian Politics", "Professor of Law and Economics"
    r"(?: (?:in|of) (?:[A-Z][\w'’-]*)(?: (?:[A-Z][\w'’-]*|and|of|the)){0,5})?$"
)
# A writer's university or college after the name in an analysis piece's byline: "Example
# University", "University of Example", "Université de Example", "Example State College"
_AFFILIATION_RE: Final = re.compile(
    r"^(?:The )?(?:[A-Z][\w'’.&-]* ){0,4}(?:University|College|Polytechnic)$"
    r"|^(?:The )?(?:University|Universit[éeà]|Universidad|Universidade|Universität|College)"
    r" (?:of|de|del|do|da|for|at)\b"
)
_NAME_LINE_MAX_CHARS: Final = 50
_TRAILING_PLACE_RE: Final = re.compile(r"\s+(?:in|from|at)\s+[A-Z][\w.' -]*$")
_NAME_SPLIT_RE: Final = re.compile(r"\s*(?:,|;|\||&|\s[-–—]\s|/|\b(?:and|AND)\b)\s*")
_DESK_RE: Final = re.compile(
    r"^(?P<outlet>.+?)\s+(?:staff(?: writers?| reporters?)?|news desk|desk|editorial board"
    r"|editors|bureau|news service|newsroom|team)$",
    re.IGNORECASE,
)
_WORD_RE: Final = re.compile(r"[\w'’.-]+")
_WEEKDAYS_MONTHS: Final = MONTH_NAMES | WEEKDAY_NAMES

# A name may hold an initial's full stop ("By MARIA T. ALVES"): a dot after a lone capital.
_BYLINE_LABELS: Final[tuple[str, ...]] = (
    "Writer",
    "Writers",
    "Reporter",
    "Reporters",
    "Author",
    "Authors",
    "Byline",
    "Correspondent",
    "Written by",
    "Reported by",
    # a feature's credits as magazines set them: "Story: Jane Doe" over "Photography: ..."
    "Story",
    "Words",
    # a feed item's Dublin Core field as a feed reader copies it (RSS 2.0 with the
    # http://purl.org/dc/elements/1.1/ namespace): "dc:creator: Jane Doe"
    "dc:creator",
    "Creator",
)
"""
Label words naming a byline's field ("WRITER: Jane Doe", "Reporter: Jane Doe", "Author: ...").

From the article pages of Asian and African English-language dailies and wire sites, which
print the byline as a labelled field, the label in capitals or in title case, and from RSS
feeds' items (``dc:creator``).
"""
_BYLINE_LABEL: Final = "|".join(label for raw in _BYLINE_LABELS for label in (raw, raw.upper()))
_BYLINE_RE: Final = re.compile(
    r"^(?:(?:By|BY|by|(?:Words|Text|Story|Written|Report|Reported|Posted) [Bb]y"
    r"|(?:WORDS|TEXT|STORY|WRITTEN|REPORTED|POSTED) BY)\b"
    rf"|(?:{_BYLINE_LABEL})(?=\s*:))"
    r"\s*:?\s*"
    # (a given name's abbreviation keeps its point: "Ma. Cristina Doe", "WM. H. DOE", "Chas.")
    r"(?P<names>(?:[^.!?]|(?<=\b[A-Z])\.|(?<=\bDr)\.|(?<=\bProf)\.|(?<=\bMrs)\.|(?<=\bM[rs])\."
    r"|(?<=\b(?:Ma|Wm|WM|Jr|JR|Sr|SR))\.|(?<=\b(?:Geo|GEO|Jas|JAS|Jos|JOS|Edw|EDW))\."
    r"|(?<=\b(?:Chas|CHAS|Thos|THOS|Robt|ROBT|Benj|BENJ|Saml|SAML))\.)"
    r"{2,120}?)\s*\.?$"
)
# What may close a byline after its names: the date or the reading time the page sets on the
# same line ("By Jane Doe, June 3, 2025", "By Jane Doe on 3 June 2025", "By Jane Doe · 4 min
# read"), and an honorific before a name ("Dr. Jane Doe").
_BYLINE_TAIL_RE: Final = re.compile(
    r"(?<=\S)\s*(?:[,|·•–—-]|\bon\b)\s*(?:(?:updated|published|posted)\b:?\s*)?"
    rf"(?:(?:[A-Z][a-z]+day,?\s+)?(?:{MONTH}|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH})\b.*"
    r"|\d{1,3} min(?:ute)?s? read)$",
    re.IGNORECASE,
)
# A date after the names with no mark between them, only spaces: "By Jane Doe   March 12,
# 2025 | 08:15 pm GMT+7" (a page setting the byline and the stamp side by side).
_BYLINE_BARE_DATE_RE: Final = re.compile(
    rf"(?<=\S)\s+(?:(?:{MONTH})\.?\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH})\b).*$",
    re.IGNORECASE,
)
# ... or a numeric one, cut before the names are read (its points are no initials'): "By
# Jane Doe 2026.03.20", "By Jane Doe for EXN 20.03.2026 14:05"
_BYLINE_NUMERIC_DATE_RE: Final = re.compile(
    r"(?<=[^\s\d])\s+(?:(?:19|20)\d\d([./-])\d\d?\1\d\d?|\d\d?([./-])\d\d?\2(?:19|20)\d\d)"
    r"(?![\d./-])[^A-Za-z]{0,30}$"
)
# The agencies a byline closes with: "By Jane Doe with AP", "By Jane Doe  with Reuters and AFP",
# "By Jane Doe with AFP, AP" (every item must then be an agency).
_BYLINE_WITH_RE: Final = re.compile(
    r"(?<!\s)\s+with\s+(?P<names>[A-Z][^()]{1,60}|(?:news )?agencies|wires)$"
)
# The writer's job at the outlet closing a byline: "By Jane Doe, Staff writer of The Example
# Monitor", "By Jane Doe, Correspondent for the Example Times" (print bylines of US papers).
# After "a" or "an" the job describes the writer ("By Jane Doe, a newsletter writer at Example
# Affairs."): the name after it is the outlet although it holds no masthead word.
_BYLINE_ROLE_OF_RE: Final = re.compile(
    r",\s*(?P<article>(?:a|an) )?(?:[A-Za-z][\w'’-]* ){0,3}"
    r"(?i:correspondent|editor|reporter|writer|columnist)s?"
    r" (?:of|for|at) (?:[Tt]he )?(?P<outlet>[A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*){0,4})$"
)
# The writer's job after a dash, maybe with its employer and the writer's town after another:
# "By Jane Doe - Reporter at Example Wire - Lisbon", "By Jane Doe - Special Correspondent".
_BYLINE_DASHED_ROLE_RE: Final = re.compile(
    r"(?<=\S) [-–—] (?:[A-Z][\w'’-]* ){0,3}?"
    r"(?i:correspondent|editor|reporter|writer|journalist|columnist|contributor)s?"
    r"(?: (?:at|of|for|with) (?:[Tt]he )?(?P<employer>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,4}))?"
    r"(?: [-–—] [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})?$"
)
# The writer's post in brackets after the names: "By Jane Doe (Rabat, special correspondent)",
# "By Jane Doe (Our Correspondent in Nairobi)".
_BYLINE_PAREN_ROLE_RE: Final = re.compile(
    r"(?<!\s)\s*\([^()]{0,40}\b(?i:correspondent|envoy|reporter|editor|bureau)\b[^()]{0,40}\)$"
)
_HONORIFIC_RE: Final = re.compile(r"^(?:Dr|Prof|Mrs|Mr|Ms)\.?\s+(?=[A-Z])")
_CREDIT_RES: Final = (
    re.compile(
        # a dash may lead it, and the wire's own name ("-- AFP, with additional reporting by
        # Reuters in Srinagar"), and a place close each name
        r"^(?:[-\u2013\u2014]+ ?)?(?:(?P<own>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}),)?"
        r"\(?\s*(?:With|Includes) (?:additional )?(?:files|reporting|inputs?|contributions?"
        r"|material|information|(?:a )?reports?|wires|wire reports?|wire services?)(?: from| by)\s+"
        r"(?P<names>[^()]{2,200}?)\s*\)?\s*\.?$",
        re.IGNORECASE,
    ),
    re.compile(
        # the same told as a sentence: "This article was written with material from X."
        r"^(?:This|The) (?:article|story|report) (?:was|has been) (?:written|compiled"
        r"|prepared|produced) (?:with|using|from) (?:additional )?(?:material|information"
        r"|files|reporting|reports)(?: from| by)\s+(?P<names>[^()]{2,120}?)\s*\.?$"
    ),
    re.compile(
        # (a syndication's credit too: "Distributed by Nampa", "Supplied by Example Agency")
        r"^\(?\s*(?:(?:Sources?|Credits?)\s*:|(?:Distributed|Supplied|Syndicated) by)"
        r"\s*(?P<names>[^()]{2,120}?)\s*\)?\s*\.?$"
    ),
)
# Between the agencies of a pooled credit: "A.A.P.-Reuter", "AAP/AP".
_JOINT_SPLIT_RE: Final = re.compile(r"(?<=[A-Za-z.])[-/](?=[A-Z])")
# How every credit line longer than an agency's name begins.
_CREDIT_START_RE: Final = re.compile(
    r"[-–—]*\s*(?:\(\s*)?(?:With|Includes|Sources?|Credits?|Distributed|Supplied|Syndicated"
    r"|Additional|Writing|Reporting|Compiled|Written"
    r"|Editing|Edited|Reported|©|\(c\)|Copyright|(?:This|The) (?:article|story|report))\b"
    # a writer's name closing the story before the contributors: "— Jane Roe, with
    # information from Example Agency"
    r"|[-–—]+ ?(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}), with\b",
    re.IGNORECASE,
)
# Credits naming no one in particular.
_GENERIC_CREDITS: Final = frozenset(
    {"news agencies", "agencies", "wire services", "wires", "staff", "staff reports"}
)
# "Reporting by X in Y; Additional reporting by Z; Writing by W; Editing by V"
_TRAILER_RE: Final = re.compile(
    # (a dash may lead it, as papers set a closing credit: "- Additional reporting by AAP")
    r"^(?:[-\u2013\u2014]{1,2}\s*)?\(?\s*"
    r"(?:(?:(?:Additional |Writing and )?reporting|writing|compiled|written|editing|edited"
    # (a translator's, an illustrator's, a photographer's credit names no author: "Translated
    # by Jane Roe", "Photography by Jane Roe")
    r"|translated|translation|illustrations?|graphics"
    r"|(?:photos?|photographs?|photography|pictures|video)(?= by\b)"
    # (or a colon for "by": "Additional reporting: AAP", as Pacific papers print it)
    r"|reported)(?: by\b|\s*:)"
    # (or "from" after "Additional": "Additional reporting from the Solomon Star", as
    # broadcasters' sites print it; a bare "Reporting from New Delhi" tells where one filed)
    r"|Additional reporting from\b)[^()]{2,300}\)?\.?$",
    re.IGNORECASE,
)
_TRAILER_PART_RE: Final = re.compile(
    r"^(?:(?:Additional |Writing and )?reporting|writing|compiled|written|reported)"
    # (a running "the" is no part of a paper's name: "from the Solomon Star"; "The Harbour
    # Times" in capitals is)
    r"(?: by|\s*:|(?<=Additional reporting) from)\s+(?:(?-i:the)\s+)?(?P<names>.+)$",
    re.IGNORECASE,
)
# A photographer's credit: "Photos by Jane Doe", "Photography by AFP".
_PHOTOS_BY_RE: Final = re.compile(
    r"^(?:photos?|photographs?|photography|pictures|video) by\s+(?P<names>.+)$", re.IGNORECASE
)
# A trailer crediting agencies alone: "- With AFP", "(With Reuters and AP)", "— with agencies".
_WITH_AGENCIES_RE: Final = re.compile(
    r"^[-–—]*\s*(?:\(\s*)?[Ww]ith\s+(?P<names>[^()]{2,80}?)\s*(?:\)\s*)?\.?$"
)
# A closing credit of slash-separated desks and agencies: "— STAFF/AFP/EFE", "-- DPA/AP".
_SLASHED_CREDIT_RE: Final = re.compile(
    r"^[-–—]+\s*(?P<names>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)?(?:\s*/\s*[A-Z][\w&.-]*"
    r"(?: [A-Z][\w&.-]*)?){0,5})\s*\.?$"
)
_PAREN_CREDIT_RE: Final = re.compile(r"^\(\s*(?P<name>[^()]{1,40}?)\s*\)$")
# "© 2025 X", "Copyright (c) 2025. X, Inc.", "Copyright 2024-2025 X": the holder's name.
_COPYRIGHT_RE: Final = re.compile(
    # ("All rights reserved © 2026 X", "(c) Copyright X 2026": the order varies by site)
    r"^(?:all rights reserved\.?\s*)?(?:copyright\s*)?(?:©|\(c\)|(?<=copyright)|(?<=copyright\s))"
    r"\s*(?:copyright\s+)?"
    r"(?:\d{4}(?:\s*[-–]\s*\d{4})?[.,]?\s*)?(?:by\s+)?(?:the\s+)?"
    r"(?P<name>[A-Z][\w&'./ -]{1,40}?)(?:[.,|]|\s+all rights|\s+(?:19|20)\d\d\b|\s*$)",
    re.IGNORECASE,
)
# Wire datelines at a paragraph's start, in capitals or title case, with or without a date
# ("TOKYO (Reuters) -", "New York (AFP) -", "Dec 29 (Reuters) -", "(AP) -"): a short place or
# date, then the agency (checked against the table) and a dash.  Each ".segment" of the place
# holds no further dot, so runs of abbreviations cannot backtrack exponentially.
_DATELINE_RE: Final = re.compile(
    # the place may name its country in brackets: "Addis Ababa (Ethiopia), 14/02/2026 (APA) -"
    r"^(?P<place>[A-Z][^()\n.!?\"“]{0,50}?(?:\.[^()\n.!?\"“]{0,30}?)*"
    r"(?:\([A-Z][a-z]+(?: [A-Z][a-z]+)?\),[^()\n.!?\"“]{1,20}?)?)?\s*"
    # (the agency in brackets, or in square ones: "WASHINGTON, July 18 [AP]—" of old papers)
    r"[(\[](?P<agency>[A-Za-z][\w&.'/ -]{0,40})[)\]]\.?\s*(?P<dash>[-–—]+|:|_(?= ))\s*"
)
# A dateline without an agency: "MIDWAY ATOLL - Seventy-four years ago ..."
_PLAIN_DATELINE_RE: Final = re.compile(
    r"^(?P<place>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:,\s*[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})?)"
    r"\s*[-–—]+\s+(?=[A-Z\"“‘'0-9])"
)
# A wire dateline with a date and a bare agency name: "TOKYO, Jan. 18 Kyodo -", "LAGOS, May 2,
# Reuter -" (a comma after the date in older copy).
_WIRE_PLACE: Final = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_DATED_WIRE_RE: Final = re.compile(
    rf"^(?P<place>{_WIRE_PLACE}(?:,\s*{_WIRE_PLACE})?),\s+"
    rf"(?P<date>{MONTH}\.?\s+\d{{1,2}}(?:,\s*(?:19|20)\d\d)?),?\s+"
    r"(?P<agency>[A-Z][\w-]*(?: [A-Z][\w-]*){0,3})\s*(?P<dash>[-–—]+|:)\s+"
)
# A wire dateline whose bracketed agency runs straight into the story, with no dash:
# "New Delhi, Mar 4 (PTI) The minister ..." (the Indian wires' house style), also with the
# year or day first: "Abuja, March 19, 2026 (NAN) The ...", "Lagos, 19 March 2026 (NAN) The".
_BRACKETED_WIRE_RE: Final = re.compile(
    rf"^(?P<place>{_WIRE_PLACE}(?:,\s*{_WIRE_PLACE})?),\s+"
    rf"(?P<date>{MONTH}\.?\s+\d{{1,2}}(?:,\s*(?:19|20)\d\d)?"
    rf"|\d{{1,2}}\s+{MONTH}\.?(?:,?\s+(?:19|20)\d\d)?)\s*"
    r"\((?P<agency>[A-Za-z][\w&.' -]{0,40})\)\s+(?=[A-Z\"“‘'])"
)
# A wire dateline whose agency stands between slashes after the date: "MOSCOW, May 4. /TASS/.",
# also with the day first: "CHISINAU, 22 October /MOLDPRES/."
_SLASHED_WIRE_RE: Final = re.compile(
    # (the date may be left out, the page's stamp dating the copy: "Ulaanbaatar /MONTSAME/.")
    rf"^(?P<place>{_WIRE_PLACE}(?:,\s*{_WIRE_PLACE})?)(?:,\s+"
    rf"(?P<date>(?:{MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH}\.?)(?:,?\s+(?:19|20)\d\d)?))?\.?\s*"
    r"/(?P<agency>[A-Z][\w-]*(?: [A-Z][\w-]*){0,3})/\.?\s+"
)
# A dateline that is a full date, maybe after a place, opening a release's first paragraph:
# "15 February 2023 - The Secretary received ...", "ACCRA, 3 May 2021 - ...".
_DATE_OPENING_RE: Final = re.compile(
    rf"^(?:{_WIRE_PLACE}(?:,\s*{_WIRE_PLACE})?,\s+)?"
    rf"(?:{MONTH}\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d|\d{{1,2}}\s+{MONTH}\.?,?\s+(?:19|20)\d\d)"
    # (or a colon: "Kathmandu, Sept 2, 2026: The ...", as South Asian sites set it)
    r"(?:\s*[-–—]+|:)\s+(?=[A-Z\"“‘'])"
)
_PHOTO_CREDIT_RES: Final = (
    re.compile(r"\((?P<credit>[^()]{1,160})\)"),
    re.compile(r"\[(?P<credit>[^\[\]]{1,160})\]"),
    re.compile(
        r"(?:photo|photograph|photographer|picture|image|credit)s?(?: by| credit| courtesy)?\s*:\s*"
        r"(?P<credit>[^()]{1,120})$",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?P<credit>[A-Z]{2,6} (?:PHOTO|Photo)\s*/.{1,80})$"),
    # a copyright credit closing a caption: "... in Lusaka. © Jane Doe, AFP"
    re.compile(r"©\s*(?P<credit>[^()©]{1,80})$"),
    # a photographer's credit after the caption's last sentence, with no colon: "... in
    # Lusaka. Picture by Jane Doe/ZANIS", "Photo by Jane Doe/AP"
    re.compile(r"(?<=[.!?] )(?:Photo|Picture|Pic|Image)s? by (?P<credit>[^()]{1,80})$"),
    # a dashed credit closing a caption: "... in Amman. — JANE DOE/AFP via Getty Images"
    DASHED_CREDIT_RE,
    # the photographer and the agency after the caption's last sentence, set apart by a
    # space only, as in the captions of Canadian papers' sites (Jane Doe/The Example Press),
    # or two agencies alone, as Nordic papers credit them ("... in Oslo. NTB/Scanpix"), or
    # the agency before its photographer, with a file picture's mark ("REUTERS/Jane Doe/File
    # Photo")
    re.compile(
        r"(?<=[.!?] )(?P<credit>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} ?/ ?"
        r"[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})(?:/(?:File(?: Photo)?|Pool))?$"
    ),
)
# A photo agency's initials, with the word for its picture: "DHA Photo", "IHA PHOTO".
_INITIALS_PHOTO_RE: Final = re.compile(r"(?P<name>[A-Z]{2,6})(?P<photo> (?:Photos?|PHOTOS?))")
# Items are stripped after the split: a "\s*" around the mark rescans runs of spaces.
# "via" joins the photo's source to the agency distributing it ("Coast Guard via Reuters",
# "AFP via Getty Images"): both sides are credits.
_PHOTO_CREDIT_SPLIT_RE: Final = re.compile(r"[/,;|:]| via ")
_PHOTO_WORD_RE: Final = re.compile(
    # (or a courtesy, as South Asian papers credit a handout: "Pic courtesy X", "Photo courtesy
    # of X")
    r"^(?:(?:file |handout )?(?:photo|photograph|photographer|picture|pic|image)s?"
    r"(?: by| credit| courtesy(?: of)?)?:?\s*"
    r"|(?:file|handout)\s*:\s*)",
    re.IGNORECASE,
)


# A social button's label run onto a byline's name when a page's spans are joined
# ("Jane Doe + FOLLOW", "Jane Doe Follow"): the widget text of news sites' author boxes.
_FOLLOW_BUTTON_RE: Final = re.compile(
    r" (?:\+ ?(?:[Ff]ollow|FOLLOW|[Ss]ubscribe|SUBSCRIBE)|FOLLOW)$"
)


@attrs.define
class Credits:
    """
    What credit lines of one page said, gathered in reading order.

    ``wire`` is the agency a dateline or a "Source:" line credits ("SEOUL, May 2 (Yonhap) --"):
    when it is the only agency credited, the story is that agency's own copy.
    """

    authors: list[str] = attrs.Factory(list)
    agencies: list[str] = attrs.Factory(list)
    outlet: str | None = None
    wire: str | None = None
    #: Where a "From NAME, Job, in Brussels" byline was written: the story's dateline.
    place: str | None = None

    def add_agency(self, name: str) -> None:
        """Credit an agency (canonical name when known), once."""
        name = canonical_agency(name) or _tidy(name)
        if name and name.casefold() not in {a.casefold() for a in self.agencies}:
            self.agencies.append(name)

    def add_author(self, name: str) -> None:
        """Credit an author, once; a job title or a "Follow" button run onto it is cut off."""
        if "ollow" in name or "OLLOW" in name or "ubscribe" in name or "UBSCRIBE" in name:
            name = _FOLLOW_BUTTON_RE.sub("", " ".join(name.split()))
        name = _without_role(_tidy(name))
        if ("niversi" in name or "ollege" in name) and _AFFILIATION_RE.search(name):
            # "Jane Doe, Example University": the writer's affiliation after the name
            return
        if " " in name and name[:1].isupper():
            # "Pacific affairs reporter Jane Doe", as a page's author metadata may give it
            name = _ROLE_PREFIX_RE.sub("", name, count=1)
        if name and name.casefold() not in {a.casefold() for a in self.authors}:
            self.authors.append(name)


def _tidy(name: str) -> str:
    name = " ".join(name.split()).strip(" .,:;()-–—")
    if len(name) > 5 and " " in name:
        if name.isupper():
            name = name.title()
        elif _SHOUTED_PREFIXED_RE.fullmatch(name):
            # "IAN MacRAE", "JOHN McDONALD": capitals but for a Mac, Mc or Fitz prefix
            name = " ".join(_normal_case(word) for word in name.split())
    return name


# A name in capitals whose surname keeps its prefix in lower case: "IAN MacRAE", "McDONALD",
# as print bylines set Scottish and Irish names.
_SHOUTED_WORD: Final = r"(?:Ma?c|Fitz)?[A-Z][A-Z'’.-]*"
_SHOUTED_PREFIXED_RE: Final = re.compile(rf"{_SHOUTED_WORD}(?: {_SHOUTED_WORD})+")
_PREFIX_RE: Final = re.compile(r"^(Ma?c|Fitz)(?=[A-Z])")


def _normal_case(word: str) -> str:
    """One word of a name in capitals in normal case: "MacRAE" -> "MacRae", "DOE" -> "Doe"."""
    prefix = _PREFIX_RE.match(word)
    if prefix is None:
        return word.title()
    return prefix[1] + word[prefix.end() :].title()


# A job title run onto a byline's name, as when a page's spans are joined ("Jane Doe BBC
# News diplomatic correspondent"): up to five words, then the job.
_JOINED_ROLE_RE: Final = re.compile(
    r"^(?:[\w'’-]+ ){0,5}(?:correspondent|editor|reporter|writer|journalist|contributor"
    r"|columnist|analyst|producer|photographer|commentator)s?$",
    re.IGNORECASE,
)
# Words opening a job title rather than ending a name ("Senior Editor", "Diplomatic Editor").
_ROLE_OPENERS: Final = frozenset(
    {"chief", "senior", "deputy", "associate", "assistant", "contributing", "special", "staff"}
    | {"political", "diplomatic", "foreign", "security", "defence", "defense", "economics"}
    | {"business", "world", "international", "national", "regional", "investigations", "our"}
)
_MIN_NAME_WORDS: Final = 2
_MAX_NAME_WORDS: Final = 4
_ROLE_END_RE: Final = re.compile(
    r"\b(?:correspondent|editor|reporter|writer|journalist|contributor|columnist|analyst"
    r"|producer|photographer|commentator)s?$",
    re.IGNORECASE,
)


def _without_role(name: str) -> str:
    """Cut a job title run onto a person's name: "Jane Doe BBC News political correspondent"."""
    words = name.split()
    if len(words) <= _MIN_NAME_WORDS or not _ROLE_END_RE.search(name):
        return name
    found = None
    for size in range(_MIN_NAME_WORDS, min(len(words) - 1, _MAX_NAME_WORDS) + 1):
        head, rest = words[:size], words[size:]
        opener = rest[0]
        if (
            not head[-1][0].isupper()
            or opener.casefold() in _LOWER_NAME_WORDS
            or not _name_like(" ".join(head))
            or not _JOINED_ROLE_RE.match(" ".join(rest))
        ):
            continue
        if len(rest) == 1 and _is_place_or_heading(head[-1]):
            continue  # a beat's place before the job ("Jane Doe Europe correspondent")
        if opener.isupper() or opener.islower() or opener.casefold() in _ROLE_OPENERS:
            return " ".join(head)
        found = found or " ".join(head)
    return found or name


def _name_like(text: str) -> bool:
    """Whether ``text`` reads as a list of capitalised names ("Jane Doe and John Roe")."""
    words = _WORD_RE.findall(text)
    if not words or not words[0][0].isupper() or words[0].casefold() in _WEEKDAYS_MONTHS:
        return False
    return all(
        w[0].isupper()
        or w[0].isdigit()
        or w.casefold() in _LOWER_NAME_WORDS
        # a particle joined to the name by a hyphen ("al-Habsi", "el-Amin")
        or ("-" in w and w.split("-", 1)[0].casefold() in _LOWER_NAME_WORDS)
        for w in words
    )


def is_person(name: str) -> bool:
    """Whether a credited name looks like a person: two to five capitalised words, no org word."""
    words = name.split()
    return (
        2 <= len(words) <= 5
        # a share bar's buttons ("Share Tweet Email Print") name no one
        and not all(w.casefold() in _SHARE_WORDS for w in words)
        and words[0].casefold() != "the"
        and canonical_agency(name) is None
        and not _ORG_WORDS_RE.search(name)
        and _name_like(name)
    )


# A name written with a slash ("RFE/RL", "RFE/RL's Balkan Service"): one name, not two.
_SLASHED_NAME_RE: Final = re.compile(r"\b[A-Z][\w&.-]{0,20}/[A-Z][\w&.-]{0,20}(?P<poss>['’]s\b)?")
_SLASH_STAND_IN: Final = "\x00"


def _items(names: str) -> list[str]:
    if "/" in names:
        names = _SLASHED_NAME_RE.sub(_keep_slashed_name, names)
        return [
            item.replace(_SLASH_STAND_IN, "/")
            for item in (_tidy(x) for x in _NAME_SPLIT_RE.split(names))
            if item
        ]
    return [item for item in (_tidy(x) for x in _NAME_SPLIT_RE.split(names)) if item]


def _keep_slashed_name(match: re.Match[str]) -> str:
    """
    Keep a slashed name whole when it is one: possessive ("RFE/RL's") or a known outlet.

    "Jane Doe/Reuters" stays two credits; "RFE/RL's Moldovan Service" is one desk.
    """
    name = match[0]
    whole = match["poss"] is not None or known_outlet(name) is not None
    return name.replace("/", _SLASH_STAND_IN) if whole else name


def _byline_names(line: str, names: str) -> bool:
    """
    Whether ``names`` after a byline's "By" read as names, or as a desk ("X news desk").

    After "by" in lower case, every name must be a person's or an agency's, or the whole a
    desk or an outlet's name ("by Harbour Times"): a line of prose may open in lower case
    ("by the end of the day ...").
    """
    desk = _DESK_RE.match(names)
    if not _name_like(names) and not (desk and _name_like(desk["outlet"])):
        return False
    items = _items(names)
    return (
        not line.startswith("by")
        or desk is not None
        or all(is_person(item) or canonical_agency(item) for item in items)
        # a site's desk byline in lower case: "by Harbour Times" (WordPress themes)
        or (len(items) == 1 and masthead_like(names))
    )


_BYLINE_VIA_RE: Final = re.compile(r"(?<!\s)\s+via\s+(?P<names>[A-Z][^()]{1,60})$")
# A job title before a byline's name: "By Pacific affairs reporter Jane Doe and John Roe in
# Suva", "By Europe correspondent Jane Doe" (the bylines of Australian and British sites).
_ROLE_PREFIX_RE: Final = re.compile(
    r"(?:^|(?<=, )|(?<= and ))(?:[A-Za-z][\w'’-]* ){0,3}?"
    r"(?i:correspondent|editor|reporter|writer|journalist|producer|analyst|columnist)s? (?=[A-Z])"
)


# Another credit than the writer's closing a byline after a bar or a comma: the editor's,
# the producer's, the translator's ("Written By: Jane Doe | Edited By: John Roe").
_OTHER_CREDIT_TAIL_RE: Final = re.compile(
    # (the look-behind starts a match only at the run's start: no retry inside a run of spaces)
    r"(?<!\s)\s*[|,;]\s*(?:edited|produced|curated|translated|compiled|fact-?checked|photos?"
    r"|photographs?|photography|pictures|images|illustrations?|graphics|video)\s+by\b.*$",
    re.IGNORECASE,
)


def reads_as_byline(line: str) -> bool:
    """Whether ``line`` opens as a byline does ("By Jane Doe", "Story by Jane Doe")."""
    return _BYLINE_RE.match(line) is not None


def _less_special_to(line: str, tally: Credits) -> str:
    """
    ``line`` less a closing "Special to X"; the paper X names is the outlet.

    "By JANE DOE, Special to the Example Globe" (a database's byline field): the writer, and
    the paper the dispatch was written for.
    """
    special = max(line.find(", Special to "), line.find(", SPECIAL TO "))
    if special > 0 and (paper := special_to(line[special + 2 :])) is not None:
        tally.outlet = tally.outlet or paper[:1].upper() + paper[1:]
        return line[:special]
    return line


def _without_numeric_date(line: str) -> str:
    """A byline without the numeric date closing it: "By Jane Doe 2026.03.20" -> "By Jane Doe"."""
    if line[-1:].isdigit() and line[:2] in {"By", "BY"}:
        return _BYLINE_NUMERIC_DATE_RE.sub("", line)
    return line


def read_byline(line: str, tally: Credits) -> bool:
    """Read a byline ("By Jane Doe | Reuters") into ``credits``; return whether it was one."""
    if line[:1] in "FB" and _UNNAMED_WRITER_RE.match(line):
        # "From Our Own Correspondent": the paper's unnamed writer, no author
        return _unnamed_writer(line, tally)
    line = _without_contact(line)
    line = _less_special_to(line, tally)
    cabled = special_to(line) if line[:3] in {"By ", "BY "} and " to " in line.casefold() else None
    if cabled is not None:
        # "By Cable to The Example Times": how the dispatch reached the paper, no writer
        tally.outlet = tally.outlet or cabled
        return True
    match = _BYLINE_RE.match(_without_numeric_date(line))
    if match is None:
        return line.startswith(("From ", "FROM ")) and _from_byline(line, tally)
    names = match["names"]
    if "ed " in names or "ED " in names or " by " in names.casefold():
        # another credit after a bar: "Written By: Jane Doe | Edited By: John Roe"
        names = _OTHER_CREDIT_TAIL_RE.sub("", names)
    names = _ROLE_PREFIX_RE.sub(lambda m: _role_employer(m[0], tally), names)
    if any(map(str.isdigit, names)) or " read" in names:
        names = _BYLINE_BARE_DATE_RE.sub("", _BYLINE_TAIL_RE.sub("", names))
    name, comma, post = names.partition(", ")
    if comma and _POST_RE.match(post.split(", ", 1)[0]):
        # "By Jane Doe, Senior Fellow, Example Institute": the post and the institution
        _role_agency(post.split(", ", 1)[0], tally)
        names = name
    names = _byline_closing(names, tally)
    if not names or not _byline_names(line, names):
        return False
    items = [_HONORIFIC_RE.sub("", item) for item in _items(names)]
    if not line.startswith(("By", "by")) and not all(
        is_person(item) or canonical_agency(item) or _ROLE_RE.search(item) for item in items
    ):
        return False  # a headline in capitals ("BY THE END OF TALKS, ...") names no one
    if not _role_desk(items, tally):
        _add_byline_items(items, tally)
    return True


_AGENCY_MAX_WORDS: Final = 4  # words of an agency's name opening a job title


def _role_employer(role: str, tally: Credits) -> str:
    """
    Credit the agency a job title before a byline's name belongs to; return "" (cut it).

    "By Kyodo News correspondent Jane Doe", "BY ITAR-TASS CORRESPONDENT ...": the agency
    the writer files for is credited; "By Europe correspondent Jane Doe" credits no one.
    """
    words = role.split()[:-1]
    for start in range(len(words)):
        agency = canonical_agency(" ".join(words[start:]))
        if agency is not None:
            tally.add_agency(" ".join(words[start:]))
            break
    return ""


def _role_agency(role: str, tally: Credits) -> None:
    """
    Credit the agency opening a job title after a byline's name.

    "By Jane Doe, PA Diplomatic Correspondent", "Jane Doe, Reuters Chief Political
    Correspondent": the agency she files for is credited; "Jane Doe, Herald Diplomatic
    Correspondent" credits no one.
    """
    words = role.split()
    for end in range(min(len(words) - 1, _AGENCY_MAX_WORDS), 0, -1):
        agency = " ".join(words[:end])
        if canonical_agency(agency) is not None:
            tally.add_agency(agency)
            return


def _closing_wires(names: str, tally: Credits) -> str:
    """
    Cut and credit the wires closing a byline: "with AP", "with agencies", "via LETA".

    After "with", every name must be a known agency or the agencies unnamed; after "via", a
    known agency or one word reading as one.  Otherwise ``names`` is left as it stands.
    """
    found = _BYLINE_WITH_RE.search(names) if " with " in names else None
    items = _items(found["names"]) if found else []
    if (
        found
        and items
        and all(canonical_agency(item) or item.casefold() in _GENERIC_CREDITS for item in items)
    ):
        # "Jane Doe with AP", "Jane Doe with agencies" (no agency named)
        for item in items:
            if canonical_agency(item):
                tally.add_agency(item)
        return names[: found.start()]
    # "Jane Doe via LETA": the writer, then the wire that carried her copy
    found = _BYLINE_VIA_RE.search(names) if " via " in names else None
    items = _items(found["names"]) if found else []
    if found and items and all(canonical_agency(item) or _lone_agency(item) for item in items):
        for item in items:
            tally.add_agency(item)
        return names[: found.start()]
    return names


def _without_dashed_role(names: str, tally: Credits) -> str:
    """
    Cut the job, its employer and the writer's town after dashes closing a byline's names.

    "Jane Doe - Reporter at Example Wire - Lisbon": an agency employing her is credited, a
    paper named as the page's outlet.  Names with no job after a dash are left as they stand.
    """
    role = _BYLINE_DASHED_ROLE_RE.search(names)
    if role is None:
        return names
    employer = role["employer"] or ""
    if canonical_agency(employer) is not None:
        tally.add_agency(employer)
    elif employer and masthead_like(employer):
        known = known_outlet(employer)
        tally.outlet = tally.outlet or (known[0] if known else _tidy(employer))
    return names[: role.start()]


_FILED_FOR_INITIALS_MAX: Final = 6


def _byline_closing(names: str, tally: Credits) -> str:
    """
    Cut what closes a byline's names: the agencies it was written with, the writer's outlet.

    "Jane Doe with AP" credits AP; "Jane Doe, Staff writer of The Example Monitor" names the
    page's outlet.  Anything else is left as it stands.
    """
    if names.endswith(")"):
        # "Jane Doe (Rabat, special correspondent)": where and as what she filed
        names = _BYLINE_PAREN_ROLE_RE.sub("", names)
    if " with " in names or " via " in names:
        names = _closing_wires(names, tally)
    if " - " in names or " \u2013 " in names or " \u2014 " in names:
        names = _without_dashed_role(names, tally)
    if " of " in names or " for " in names or " at " in names:
        role = _BYLINE_ROLE_OF_RE.search(names)
        if role is not None and (masthead_like(role["outlet"]) or role["article"] is not None):
            known = known_outlet(role["outlet"])
            tally.outlet = tally.outlet or (known[0] if known else _tidy(role["outlet"]))
            return names[: role.start()]
    if " for " in names:
        # "Jane Doe for EXN", "Jane Doe for Example News": the outlet she filed for, no name
        head, _, outlet = names.rpartition(" for ")
        outlet = _tidy(outlet)
        if head and (
            (outlet.isupper() and outlet.isalpha() and len(outlet) <= _FILED_FOR_INITIALS_MAX)
            or known_outlet(outlet) is not None
            or masthead_like(outlet)
        ):
            return head
    if " | " in names:
        # "Jane Doe | Harbour Mail": the writer, then the paper after the bar
        head, _, last = names.rpartition(" | ")
        last = _tidy(last)
        known = known_outlet(last)
        if (
            head
            and (known is not None or masthead_like(last))
            and canonical_agency(last) is None
            and _STAFF_ROLE_RE.match(last) is None
            and not _ROLE_RE.search(last)
        ):
            tally.outlet = tally.outlet or (known[0] if known else last)
            return head
    return names


# A newspaper's byline for a staff writer away from the desk: "From JANE DOE, Europe Editor,
# in Brussels", "From Jane Doe in Vienna" (British and Irish papers' print bylines).
# A writer's social-media handle or mail address beside the name in a byline: "@janedoe",
# "(@janedoe)", "jdoe@example.com" (with a bar or a comma before it).
_CONTACT_RE: Final = re.compile(
    # (it starts after a non-space, so a run of spaces is crossed once, not from each space)
    r"(?<!\s)(?:\s*[|,])?\s*\(?(?:[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,3}|@\w{1,30})\)?"
)


def _without_contact(line: str) -> str:
    """
    A byline without the writer's handle or address beside the name.

    "By Jane Doe @janedoe", "By Jane Doe (@janedoe)", "Jane Doe | jdoe@example.com" read
    "By Jane Doe" and "Jane Doe".
    """
    return _CONTACT_RE.sub("", line).strip(" |,") if "@" in line else line


_BYLINE_PLACE_RE: Final = re.compile(r"(?:^|\s)in\s+(?P<place>[A-Z][\w.' -]*)$")
_FROM_BYLINE_RE: Final = re.compile(r"^(?:From|FROM) (?P<names>[^.!?;:\"“”()]{4,100})$")


# A print paper's unnamed writer: "From Our Own Correspondent", "FROM A SPECIAL
# CORRESPONDENT", "From Our Correspondent in Paris", "By A Staff Reporter" (the credits of
# British and Commonwealth papers, which name no one).
_UNNAMED_WRITER_RE: Final = re.compile(
    r"^(?:From|FROM|By|BY) (?:Our|OUR|A|AN|An|our|a|an) (?:[A-Za-z]+ ){0,2}(?:Correspondents?"
    r"|CORRESPONDENTS?|Reporters?|REPORTERS?|Representative|REPRESENTATIVE|Writer|WRITER"
    r"|correspondents?|reporters?|representative|writer)"
    r"(?: (?:in|IN) (?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}))?\.?$"
)


def _unnamed_writer(line: str, tally: Credits) -> bool:
    """Read a paper's unnamed writer's byline: no author; the place it was filed from, if any."""
    match = _UNNAMED_WRITER_RE.match(line)
    if match is None:
        return False
    if match["place"]:
        tally.place = tally.place or match["place"]
    return True


def _from_byline(line: str, tally: Credits) -> bool:
    """
    Read a "From NAME, Job, in Place" byline: people, then their job title or place.

    A job title or a place must stand beside the names, so "From Paris, Jane Doe writes"
    and a sentence opening with "From" are no byline.
    """
    match = _FROM_BYLINE_RE.match(line)
    if match is None:
        return False
    items = [_HONORIFIC_RE.sub("", item) for item in _items(match["names"])]
    roles = [item for item in items if _ROLE_RE.search(item) or is_role(item)]
    people: list[str] = []
    for item in items:
        if item in roles:
            continue
        person = _TRAILING_PLACE_RE.sub("", item)
        if person != item:
            roles.append(item)  # "Jane Doe in Brussels": the place tells it is a byline
        if (
            not is_person(person)
            or _has_demonym(person)
            or _is_place_or_heading(person)
            or masthead_like(person)
        ):
            return False
        people.append(person)
    if not people or (not roles and not (match["names"].isupper() and len(people) == len(items))):
        # (a name in capitals is a print byline's, its place maybe on the next line: "From
        # JANE DOE" / "Lusaka")
        return False
    for person in people:
        tally.add_author(person)
    places = [m["place"] for item in roles if (m := _BYLINE_PLACE_RE.search(item))]
    if places:
        tally.place = tally.place or places[-1]
    return True


def _lone_place_word(item: str) -> bool:
    """Whether a byline item is one capitalised word naming no outlet, masthead or agency."""
    return (
        " " not in item
        and item[:1].isupper()
        and known_outlet(item) is None
        and not masthead_like(item)
        and not canonical_agency(item)
    )


def _filed_from(items: list[str], tally: Credits, *, beside_person: bool) -> None:
    """
    Keep the city a writer filed from, beside the writer, as the story's dateline.

    "By Jane Doe | Nairobi", "By Jane Doe, Accra": the "here" of "met B here on Monday".
    """
    cities = [item for item in items if item in CITIES and not canonical_agency(item)]
    if beside_person and cities:
        tally.place = tally.place or cities[0]


def _add_byline_items(items: list[str], tally: Credits) -> None:
    """Credit a byline's names: people and desks are authors, agencies are credited."""
    desks: list[str] = []
    beside_person = len(items) > 1 and any(is_person(item) for item in items)
    # "By Jane Doe, Abuja & Jo Eze, Calabar": where one writer filed is a place, so the
    # other writer's lone word in the same slot is a place too, not a desk
    filed = sum(1 for item in items if item in CITIES or item in COUNTRY_NAMES)
    _filed_from(items, tally, beside_person=beside_person)
    for raw in items:
        if (
            _ROLE_RE.search(raw)
            or (beside_person and _STAFF_ROLE_RE.match(raw))
            or (filed and beside_person and _lone_place_word(raw))
        ):
            # "By Jane Doe | Example Foreign Staff": the staff she belongs to, no second
            # author; "..., Calabar" beside "..., Abuja": a place, neither author nor desk
            # (an agency opening her title is credited: "..., PA Diplomatic Correspondent")
            _role_agency(raw, tally)
            continue
        item = _TRAILING_PLACE_RE.sub("", raw)
        if (item in CITIES or item in COUNTRY_NAMES) and not canonical_agency(item):
            # "By Jane Doe | Nairobi": where the byline was filed, neither desk nor outlet;
            continue
        if " " in item and not is_person(item):
            item = _cut_agency(item, tally)
        if canonical_agency(item):
            tally.add_agency(item)
            continue
        tally.add_author(item)
        desk = _DESK_RE.match(item)
        if desk and tally.outlet is None:
            tally.outlet = _tidy(desk["outlet"])
        elif not is_person(item):
            desks.append(item)
    # One non-person name beside people or agencies is the outlet's own desk ("By Ynetnews, ...").
    if tally.outlet is None and len(desks) == 1:
        tally.outlet = _desk_outlet(desks[0])
    if (
        len(desks) == 1
        and tally.outlet == desks[0]
        and any(is_person(item) for item in items)
        and (known_outlet(desks[0]) is not None or masthead_like(desks[0]) or " " not in desks[0])
    ):
        # beside a person, the outlet's name is where the person writes, not a desk
        # ("By Jane Doe, Example News"): the person is the author
        tally.authors.remove(desks[0])


# A paper's staff named after a writer in a byline: "Sun Foreign Staff", "Herald Staff", "Our
# Washington Staff" (the print bylines of British and American papers); a role, not a desk.
_STAFF_ROLE_RE: Final = re.compile(r"^(?:[A-Z][\w&.'’-]* ){1,3}(?:Staff|STAFF)$")
_RUN_ON_AGENCY_MAX_WORDS: Final = 3
# An outlet's language or regional service credited as a desk: "RFE/RL's Moldovan Service",
# "the BBC's Persian Service", "VOA's Khmer Desk".
_SERVICE_DESK_RE: Final = re.compile(
    r"^(?:[Tt]he )?(?P<outlet>[A-Z][\w&./-]*(?: [A-Z][\w&./-]*){0,3})['’]s"
    r"(?: [A-Z][\w-]*){1,3} (?:Service|Desk|Bureau|Team|Unit)$"
)


_DESK_OUTLET_MAX_WORDS: Final = 3


def _desk_outlet(desk: str) -> str | None:
    """
    The outlet a byline's desk names: the desk itself, or the outlet owning a service.

    "RFE/RL's Moldovan Service" names "RFE/RL"; a desk of more than three words names none.
    """
    service = _SERVICE_DESK_RE.match(desk)
    if service is not None:
        return service["outlet"]
    return desk if len(desk.split()) <= _DESK_OUTLET_MAX_WORDS else None


def _cut_agency(item: str, tally: Credits) -> str:
    """
    Cut an agency's name run onto a person's in a byline ("JANE DOE Associated Press").

    The agency is credited and the person's name returned; ``item`` when no agency ends it.
    """
    words = item.split()
    for size in range(min(_RUN_ON_AGENCY_MAX_WORDS, len(words) - _MIN_NAME_WORDS), 0, -1):
        agency = " ".join(words[-size:])
        person = _tidy(" ".join(words[:-size]))
        if canonical_agency(agency) and is_person(person):
            tally.add_agency(agency)
            return person
    return item


def _role_desk(items: list[str], tally: Credits) -> bool:
    """A byline naming only a job title ("By Our Correspondent"): a desk byline, its author."""
    if not items or not all(_ROLE_RE.search(item) for item in items):
        return False
    if not _name_like(items[0]):
        return False
    if items[0].split()[0].casefold() != "our":
        # "By Our Staff Reporter", "By Our Correspondent": the paper's unnamed writer, no desk
        tally.add_author(items[0])
    return True


def read_credit_line(line: str, tally: Credits) -> bool:
    """Read a trailer or credit line into ``tally``; return whether it was one."""
    if len(line) > _CREDIT_MAX_CHARS or (
        len(line) > _AGENCY_LINE_MAX_CHARS and not _CREDIT_START_RE.match(line)
    ):
        return False
    return (
        _files_credit(line, tally)
        or _with_agencies(line, tally)
        or _paren_agencies(line, tally)
        or _GENERIC_CREDIT_LINE_RE.match(line) is not None
        or _and_agencies(line, tally)
        or _outlet_with(line, tally)
        or _slashed_credit(line, tally)
        or _reporting_trailer(line, tally)
        or _agency_line(line, tally)
        or _copyright_line(line, tally)
        or _source_list(line, tally)
    )


def _source_list(line: str, tally: Credits) -> bool:
    """A closing list of the story's sources: "BNS, Example.lt" (see :mod:`._closing_credits`)."""
    agencies = source_list_agencies(line)
    for agency in agencies:
        tally.add_agency(agency)
    return bool(agencies)


# A byline of the desk or writers "and agencies", maybe with the place it was filed from:
# "Staff and agencies in Oslo", "Jane Doe and agencies", "By Jane Doe and news agencies"
# (British and Australian sites' bylines for copy merged with the wires).
_AND_AGENCIES_RE: Final = re.compile(
    r"^(?:[Bb]y\s+)?(?P<names>[A-Z][^()\d]{1,80}?),?\s+(?:and|&)\s+(?:news\s+)?agencies"
    r"(?:\s+in\s+[A-Z][\w.'’ -]{1,40})?\.?$"
)
_STAFF_WORDS: Final = frozenset({"staff", "our staff", "staff reporters", "staff writers"})


def _and_agencies(line: str, tally: Credits) -> bool:
    """'Staff and agencies in Oslo', 'Jane Doe and agencies': the writers, the wires unnamed."""
    match = _AND_AGENCIES_RE.match(line) if "gencies" in line else None
    if match is None:
        return False
    if match["names"].casefold() in _STAFF_WORDS:
        return True
    items = [_HONORIFIC_RE.sub("", item) for item in _items(match["names"])]
    if not items or not all(is_person(item) for item in items):
        return False
    for item in items:
        tally.add_author(item)
    return True


def _files_credit(line: str, tally: Credits) -> bool:
    """
    '(With files from X and Y)', 'With reporting by ...', 'Source: X': credit the agencies.

    People named there contributed reporting and are not the story's byline, so they are
    neither authors nor agencies.
    """
    for pattern in _CREDIT_RES:
        match = pattern.match(line)
        if match is None:
            continue
        items = [
            _less_place(i) for i in _items(match["names"]) if i.casefold() not in _GENERIC_CREDITS
        ]
        own = match.groupdict().get("own")
        writer = _signing_writer(line, own)
        if own is not None and writer is None:
            if not canonical_agency(own):
                continue
            items.append(own)
        if not all(canonical_agency(item) or _name_like(item) for item in items):
            continue
        if pattern is _CREDIT_RES[2] and not (
            "agenc" in line.casefold() or any(canonical_agency(item) for item in items)
        ):
            continue  # "Source: NATO" under a chart credits data, not reporting
        for item in items:
            # a person who contributed reporting is no byline (gold README: authors are
            # "people or desks in the byline"); the line is still cut from the body
            if not is_person(item) or _paper_name(item):
                tally.add_agency(item)
        if writer is not None:
            tally.add_author(writer)
        return True
    return False


def _signing_writer(line: str, own: str | None) -> str | None:
    """
    The writer signing a credit line at the story's foot: "— Jane Roe, with information from X".

    The dash opens the line and a person's name stands before the comma (a wire's own name
    there, "-- AFP, with reporting by X", is the wire's credit, not a writer's).
    """
    if own is None or line[:1] not in "-\u2013\u2014" or canonical_agency(own):
        return None
    return own if is_person(own) else None


def _paper_name(item: str) -> bool:
    """
    Whether a name credited for reports reads as a paper's, not a person's.

    "El Universal", "La Nacion" (an article opening it), "ABC Color" (initials opening it).
    """
    first = item.split(" ", 1)[0]
    return first in _PAPER_ARTICLES or (len(first) > 1 and first.isupper() and first.isalpha())


# The articles opening papers' names in Spanish, Portuguese, French, Italian and German ("El
# Universal", "La Nacion", "Le Soir", "Die Welt"): credited for reports, such a name is a
# paper, not a person who contributed reporting
_PAPER_ARTICLES: Final = frozenset(
    {"El", "La", "Las", "Los", "Le", "Les", "Il", "Lo", "Die", "Der", "Das", "Het", "De"}
)


def _less_place(item: str) -> str:
    """A contributor less where it reported from: "Reuters in Srinagar" is Reuters."""
    name, sep, place = item.rpartition(" in ")
    words = place.split()
    if sep and name and 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
        return name.rstrip()
    return item


def _with_agencies(line: str, tally: Credits) -> bool:
    """'- With AFP', '(With Reuters and AP)': only agencies may follow a bare 'With'."""
    match = _WITH_AGENCIES_RE.match(line)
    if match is None:
        return False
    items = _items(match["names"])
    named = [item for item in items if item.casefold() not in _GENERIC_CREDITS]
    if not items or not all(canonical_agency(item) or _lone_agency(item) for item in named):
        return False
    if named and not any(canonical_agency(item) for item in named):
        return False  # "With Jones" names no agency the table knows: no credit line
    for item in named:
        tally.add_agency(item)
    return True


def _lone_agency(item: str) -> bool:
    """
    Whether ``item``, credited beside a known agency, reads as another agency.

    "Pacnews" in "With AFP and Pacnews": one capitalised word naming no country, city or people.
    """
    return (
        _WIRE_CREDIT_RE.fullmatch(item) is not None
        and item not in COUNTRY_NAMES
        and item not in CITIES
        and item not in DEMONYMS
        and item.casefold() not in _WEEKDAYS_MONTHS
    )


# A field of a page's metadata line: "Source: Xinhua | 2006-11-23 21:14:37 | Editor: Jane Doe".
_FIELD_RE: Final = re.compile(
    r"^(?:(?P<label>sources?|credits?|editors?|editor-in-charge|authors?|by|writers?|reporters?"
    r"|published|(?:last )?updated|update|posted|date|time|release time|issued|(?:last )?modified)"
    r"(?:\s*:\s*|\s+(?=[\dA-Z])))?(?P<value>\S.{0,80})$",
    re.IGNORECASE,
)
_FIELD_LINE_MAX_CHARS: Final = 200
_MIN_FIELDS: Final = 2
_DATE_LABELS: Final = ("publ", "upd", "post", "date", "time", "release", "issued", "modif", "last ")
# An update's age rather than its date: "Last Updated: 3 hours ago" (no date, no harm)
_AGE_RE: Final = re.compile(
    r"^(?:\d{1,3}|an?|one|a few)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago$"
    r"|^(?:just now|moments ago|yesterday|today)$",
    re.IGNORECASE,
)


_PUBLISHED_LABELS: Final = ("publ", "post", "release", "issued")
# Fields of a metadata line that neither date nor credit the page, beside one that dates it:
# the clock time and its zone ("3:12 PM PKT"), a reading time ("5 min read"), the document's
# kind ("Press release") or number ("No: 019/26"), an unnamed writer ("Staff reporter").
_PLAIN_FIELD_RE: Final = re.compile(
    r"^(?:\d{1,2}[:.]\d\d(?::\d\d)?(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s(?-i:[A-Z]{2,5}))?"
    r"|\d{1,3} min(?:ute)?s? read"
    r"|(?:press|media|news) release|press statement"
    r"|(?:No|Nr|Ref)\.?\s?:?\s?\d[\w/.-]{0,12}"
    r"|(?:(?:our|a) )?staff (?:reporter|writer|correspondent)s?)$",
    re.IGNORECASE,
)
# A writer's field labelled in words: "Posted by Jane Doe", "Written by Jane Doe"
_BY_FIELD_RE: Final = re.compile(r"^(?:posted|written|reported|story|words) by\s+", re.IGNORECASE)


def read_field_line(line: str, tally: Credits) -> tuple[bool, date | NumericDate | None]:
    """
    Read a page's metadata line of fields between bars; return whether it was one and its date.

    Every field must be labelled ("Source: X", "Editor: Y", "Author: Z", "Updated: ...") or be
    a date: "Source: Xinhua | 2006-11-23 21:14:37 | Editor: Jane Doe"; one unlabelled field
    may be a person's name beside a date ("Jane Doe |10.09.2024 - Update : 10.09.2024").  The
    source is credited (an agency, or else the outlet), authors are credited, editors are not.
    """
    separator = _field_separator(line)
    if separator is None:
        return False, None
    fields = [_FIELD_RE.match(part.strip()) for part in _split_fields(line, separator)]
    read = _read_fields([f for f in fields if f is not None])
    if read is None or len(fields) != len(read[0]) or len(fields) < _MIN_FIELDS:
        return False, None
    _, stated, sources, people, agencies = read
    if (not sources and stated is None) or (separator != "|" and stated is None):
        return False, None
    for name in agencies:
        tally.add_agency(name)
    for name in sources:
        if canonical_agency(name):
            tally.add_agency(name)
            tally.wire = tally.wire or canonical_agency(name)
        elif _name_like(name) and tally.outlet is None:
            tally.outlet = name
    for name in people:
        # (a job title among the names is no writer: "By: Jane Doe, Senior Reporter | ...")
        if is_person(name) and not _ROLE_RE.search(name):
            tally.add_author(name)
    return True, stated


def _field_separator(line: str) -> str | None:
    """
    The bar between a metadata line's fields, or " / " ("Jane Doe / PTI / Updated: ...").

    Fields between slashes must state a date: "Jane Doe / AFP" alone is a photo credit.
    """
    if len(line) > _FIELD_LINE_MAX_CHARS:
        return None
    if "|" in line or "\u00b7" in line or "\u2022" in line:
        return "|"
    return " / " if " / " in line else None


def _split_fields(line: str, separator: str) -> list[str]:
    """The fields of a metadata line; middle dots part them as bars do ("Jane Doe · X")."""
    if separator == "|" and ("\u00b7" in line or "\u2022" in line):
        line = line.replace("\u00b7", "|").replace("\u2022", "|")
    return line.split(separator)


def _read_fields(
    fields: list[re.Match[str]],
) -> tuple[list[re.Match[str]], date | NumericDate | None, list[str], list[str], list[str]] | None:
    """
    The fields, their first date, sources, people and agencies; ``None`` if a date has none.

    An unlabelled field naming an agency ("Jane Doe | PTI | 10.09.2024") credits it.
    """
    stated: date | NumericDate | None = None
    sources: list[str] = []
    people: list[str] = []
    agencies: list[str] = []
    named = False
    # a bulletin's kind ("MORNING BRIEF") names no one: the name beside it is its outlet's
    kind = any(not f["label"] and _bulletin_kind(f["value"].strip(" .")) for f in fields)
    for field in fields:
        label, value = (field["label"] or "").casefold(), field["value"].strip(" .")
        if _plain_or_credit(label, value, people, agencies):
            continue
        if not label or label.startswith(_DATE_LABELS):
            found = first_stated_date(value)
            items = _items(value) if found is None and not label and not named else []
            if items and all(map(is_person, items)):
                # "Jane Doe |10.09.2024", "Jane Doe and John Roe |10.09.2024": the page's
                # byline beside its date
                named = True
                people.extend(items)
                continue
            if found is None and _undated_field(label, value, sources, named=named or kind):
                continue
            if found is None:
                return None
            # "Updated: May 5 | Published: May 4": the publication's date wins over the update's
            stated = found if stated is None or label.startswith(_PUBLISHED_LABELS) else stated
        elif label.startswith(("source", "credit")):
            sources.extend(_items(value))
        elif label.startswith(("author", "by", "writer", "reporter")):
            people.extend(_items(value))
    if named and stated is None:
        return None
    return fields, stated, sources, people, agencies


# A newsletter's or a bulletin's kind leading its line of fields ("MORNING BRIEF | The Example
# Post | 3 April 2025", "Weekly Digest | ..."): no writer's name.
_BULLETIN_KIND_MAX_WORDS: Final = 3
_BULLETIN_KIND_RE: Final = re.compile(
    r"\b(?:brief|briefing|digest|bulletin|round-?up|newsletter|wrap|edition)$", re.IGNORECASE
)


def _bulletin_kind(value: str) -> bool:
    """Whether a field is a bulletin's kind ("MORNING BRIEF", "Weekly Digest"), no name."""
    return len(value.split()) <= _BULLETIN_KIND_MAX_WORDS and bool(_BULLETIN_KIND_RE.search(value))


def _plain_or_credit(label: str, value: str, people: list[str], agencies: list[str]) -> bool:
    """
    Whether a field neither dates nor credits the page ("3:12 PM PKT"), or credits a writer.

    An unlabelled agency ("Jane Doe | PTI | 10.09.2024") is added to ``agencies``; "Posted by
    Jane Doe", "Written by Jane Doe" name writers, added to ``people``.
    """
    if not label and canonical_agency(value):
        agencies.append(value)
        return True
    if not label and (_PLAIN_FIELD_RE.match(value) or _bulletin_kind(value)):
        return True
    whole = f"{label} {value}" if label else value
    by = _BY_FIELD_RE.match(whole)
    if by is None:
        return False
    items = _items(whole[by.end() :])
    if not items or not all(map(is_person, items)):
        return False
    people.extend(items)
    return True


def _undated_field(label: str, value: str, sources: list[str], *, named: bool) -> bool:
    """
    Whether a field with no date may stand on a line of dated fields; an outlet is kept.

    "Last Updated: 3 hours ago" gives an age, no date; "Example News" after the writer's
    name ("Jane Doe · Example News · Posted: ...") is the outlet beside its writer.
    """
    if label:
        return _AGE_RE.match(value) is not None
    if named and masthead_like(value):
        sources.append(value)
        return True
    return False


def _slashed_credit(line: str, tally: Credits) -> bool:
    """
    '— STAFF/AFP/EFE': the agencies among the slash-separated names are credited.

    The other names are the outlet's own desks; a line naming no known agency is no credit.
    """
    match = _SLASHED_CREDIT_RE.match(line) if line[0] in "-–—" else None
    if match is None:
        return False
    agencies = [a for a in (canonical_agency(i) for i in match["names"].split("/")) if a]
    for agency in agencies:
        tally.add_agency(agency)
    return bool(agencies)


def _reporting_trailer(line: str, tally: Credits) -> bool:
    """'Reporting by X in Y; Editing by Z': reporters are authors, editors are not."""
    if not _TRAILER_RE.match(line):
        return False
    for part in re.split(r"\s*;\s*", line.lstrip("-\u2013\u2014 ").strip("()")):
        photos = _PHOTOS_BY_RE.match(part.strip(" .()"))
        for item in _items(photos["names"]) if photos else ():
            if canonical_agency(item):
                tally.add_agency(item)  # "Photos by AFP": the agency's photos are credited
        match = _TRAILER_PART_RE.match(part.strip(" .()"))
        # "Additional reporting by A": a contributor, not one of the byline's writers
        additional = match is not None and match[0][:10].casefold() == "additional"
        for raw in _items(match["names"]) if match else ():
            item = _TRAILING_PLACE_RE.sub("", raw)
            if canonical_agency(item) or _reporting_outlet(item):
                tally.add_agency(item)
            elif is_person(item) and not additional:
                # ("in Miami, Florida" leaves a lone "Florida": not a name)
                tally.add_author(item)
    return True


# One title-case word closing on a news word fused to it: "Tropnews", "Afripress", "Gulfwire".
_FUSED_BRAND_RE: Final = re.compile(r"[A-Z][a-z]{2,12}(?:news|press|wire)")


def _reporting_outlet(item: str) -> bool:
    """
    Whether a trailer's name is an outlet or agency the tables lack: "PACNEWS", "Pacnews".

    One word in capitals that names no place or people (a surname alone is written in title
    case), or a masthead's name ("The Harbour Times"): "Additional reporting by PACNEWS"
    credits it as written.
    """
    if " " in item:
        # ("Solomon Star", "Pacific Herald": a masthead word last names a paper, not a person)
        last = item.rsplit(None, 1)[-1].casefold()
        return (
            masthead_like(item)
            and _name_like(item)
            and (not is_person(item) or last in MASTHEAD_WORDS)
        )
    if _FUSED_BRAND_RE.fullmatch(item):
        return True  # "Tropnews", "Afripress": a brand fused on its news word, no surname
    return (
        item.isupper()
        and item.isalpha()
        and item not in COUNTRY_NAMES
        and item not in CITIES
        and item not in DEMONYMS
        and item.casefold() not in _GENERIC_CREDITS
    )


def _agency_line(line: str, tally: Credits) -> bool:
    """A line that is only an agency: '(AP)', 'Reuter', 'Associated Press'."""
    if len(line) > _AGENCY_LINE_MAX_CHARS:
        return False
    paren = _PAREN_CREDIT_RE.match(line)
    name = paren["name"] if paren else line
    if canonical_agency(name):
        tally.add_agency(name)
        return True
    return False


def _copyright_line(line: str, tally: Credits) -> bool:
    """'© 2025 Caucasus Courier': the page's outlet (an agency's copy also credits it)."""
    match = _COPYRIGHT_RE.match(line)
    if match is None:
        return False
    name, company = _holder(match["name"])
    if canonical_agency(name):
        tally.add_agency(name)
    if tally.outlet is None and name and (company or not is_person(name) or masthead_like(name)):
        tally.outlet = _display_name(name)
    return True


# What follows a publisher's name in its copyright line: the company's legal form ("Newsweek
# Digital LLC", "Example Media Limited") and the year after the name ("© Example 2023"), from
# the footers of news sites.  Each alternative is literal up to "$", so the scan is linear.
_HOLDER_TAIL_RE: Final = re.compile(
    r",? (?:LLC|L\.L\.C|Ltd|Limited|Inc|PLC|Plc|Pty|Corp|Corporation|Company|Co|S\.A|SA|GmbH)\.?$"
    r"|(?<!\s) (?:19|20)\d\d$",
    re.IGNORECASE,
)
# Words of a company's name before its legal form: a brand's ("Digital", "Media") or a
# publishing group's ("Publishing", "Group"), the masthead's parent company, no masthead.
_BRAND_COMPANY_WORDS: Final = frozenset({"digital", "media"})
_PARENT_COMPANY_WORDS: Final = frozenset(
    {"publishing", "publications", "newspapers", "group", "holdings", "communications"}
)
_SHOUTED_NAME_MIN_CHARS: Final = 5


def _holder(raw: str) -> tuple[str, bool]:
    """
    A copyright holder's name without its company form or year, and whether it had a form.

    "NEWSWEEK DIGITAL LLC" is ("Newsweek", True); "LSM 2023" is ("LSM", False); "Example
    Publishing Ltd" is ("Example", False): a publishing group names no masthead surely.
    """
    name = _tidy(raw)
    tail = _HOLDER_TAIL_RE.search(name) if " " in name else None
    company = False
    if tail is not None:
        words = name[: tail.start()].split()
        company = not tail[0].strip()[:1].isdigit()
        while (
            len(words) > 1 and words[-1].casefold() in _BRAND_COMPANY_WORDS | _PARENT_COMPANY_WORDS
        ):
            company = company and words[-1].casefold() not in _PARENT_COMPANY_WORDS
            words.pop()
        name = " ".join(words)
    if name.isupper() and " " not in name and len(name) >= _SHOUTED_NAME_MIN_CHARS:
        name = name.title()  # "NEWSWEEK": a word in capitals, no initials
    return name, company


def copyright_holder(line: str) -> str | None:
    """The outlet a copyright line names ("© 2025 Caucasus Courier. All rights ..."), or None."""
    match = _COPYRIGHT_RE.match(line)
    name, company = _holder(match["name"]) if match is not None else ("", False)
    if name and (company or not is_person(name) or masthead_like(name)):
        return _display_name(name)
    return None


def _display_name(name: str) -> str:
    """The name a known outlet goes by: "Cable News Network" in a copyright line is "CNN"."""
    known = known_outlet(name)
    return known[0] if known is not None else name


# A government's information service, the outlet of its releases and news: "Example
# Information Service", "Example Information Agency", "Press Information Bureau".
_INFORMATION_SERVICE_RE: Final = re.compile(
    r"\b(?:Information|INFORMATION) (?:Services?|Bureau|Agency|Office|SERVICES?|BUREAU|AGENCY"
    r"|OFFICE)$"
)


def masthead_like(name: str) -> bool:
    """
    Whether ``name`` reads as a news outlet's: a known outlet, a masthead word, or a digit.

    "Caucasus Courier", "Kavkaz24", "Harbour Times", "Coast-Courier" (a masthead word joined
    by a hyphen, as in "Star-Ledger") are; "Levan Gelashvili" is not.
    """
    if known_outlet(name) is not None or _INFORMATION_SERVICE_RE.search(name) is not None:
        return True
    words = name.split()
    return any(
        part.casefold().strip(".") in MASTHEAD_WORDS
        for word in words
        for part in (word.split("-") if "-" in word else (word,))
    ) or any(
        (w[-1].isdigit() and any(c.isalpha() for c in w)) or w.isdigit() for w in words[1:] or words
    )


# A trailer of agencies in parentheses, maybe after the editors' initials: "(dpa, Reuters)",
# "jr/sms (dpa, Reuters)", "ab/cd (AFP, AP)".
_PAREN_AGENCIES_RE: Final = re.compile(
    r"^(?:[a-z]{1,4}(?:/[a-z]{1,4})+\s*)?\(\s*(?P<names>[^()]{2,80}?)\s*\)\.?$"
)
# A trailer crediting agencies in general, naming none: "Agencies", "— Agencies", "(Agencies)".
_GENERIC_CREDIT_LINE_RE: Final = re.compile(
    r"^[-–—(\s]*(?:with )?(?:news agencies|agencies|agency reports|wire services|wires)[)\s.]*$",
    re.IGNORECASE,
)
# "FRANCE 24 with AFP", "Tbilisi Times with Reuters and AP": the outlet and its agencies.
_OUTLET_WITH_RE: Final = re.compile(
    r"^(?P<outlet>[A-Z][\w&'.-]*(?: [A-Z0-9][\w&'.-]*){0,3}) (?:with|WITH) "
    r"(?P<names>[^()]{2,60}?)\.?$"
)


def _paren_agencies(line: str, tally: Credits) -> bool:
    """'jr/sms (dpa, Reuters)': every name in the parentheses is a known agency."""
    match = _PAREN_AGENCIES_RE.match(line) if line.endswith((")", ").")) else None
    if match is None:
        return False
    items = _items(match["names"])
    if not items or not all(canonical_agency(item) for item in items):
        return False
    for item in items:
        tally.add_agency(item)
    return True


def _outlet_with(line: str, tally: Credits) -> bool:
    """'FRANCE 24 with AFP': the outlet, then the agencies it drew on."""
    match = _OUTLET_WITH_RE.match(line) if " with " in line or " WITH " in line else None
    if match is None or canonical_agency(match["outlet"]):
        return False
    items = _items(match["names"])
    if not items or not all(canonical_agency(item) for item in items):
        return False
    outlet = _tidy(match["outlet"])
    if is_person(outlet) and not masthead_like(outlet):
        return False
    tally.outlet = tally.outlet or outlet
    for item in items:
        tally.add_agency(item)
    return True


# A page's foot naming its outlet: "Read more on X", "This article was originally published
# by X", "Republished with permission from X".
_OUTLET_FOOTER_RE: Final = re.compile(
    r"^(?:Read (?:more|the (?:full|original) (?:story|article)) (?:on|at)"
    r"|This (?:piece|article|post|story|column|report|essay) (?:was )?(?:first |originally )?"
    r"(?:published|produced) by"
    r"|(?:Originally|First) (?:published|appeared) (?:on|in|by|at)"
    r"|Republished (?:with permission )?(?:from|by))\s+(?:the\s+)?"
    r"(?P<name>[A-Z][^.!?:]{1,60}?)\.?$"
)
_OUTLET_FOOTER_MAX_CHARS: Final = 160
_FOOTER_NAME: Final = r"(?P<the>[Tt]he\s+)?(?P<name>[A-Z][\w&.-]*(?: [A-Z0-9][\w&.-]*){0,4})"
# Foot lines where an outlet speaks of itself, from the footers of news sites and the print
# trailers of newspapers' web copies: "Published in X, March 4th, 2025" (the print edition
# the story ran in), "Support X's journalism ...", "At X, we believe ...", "X website contains
# only a portion of the stories offered to subscribers".  The name must read as an outlet's
# (a masthead, a known outlet or agency), so "At Davos, we agreed" names none.
_OWN_FOOTER_RES: Final = (
    re.compile(
        rf"^(?:Published|Printed|Appeared) in {_FOOTER_NAME},? (?:on )?"
        rf"(?:{MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?,? (?:19|20)\d\d"
        rf"|\d{{1,2}}(?:st|nd|rd|th)? {MONTH}\.?,? (?:19|20)\d\d)\.?$"
    ),
    # "A version of this story appears in the print on March 26, 2025, of The Example Post",
    # "A version of this article appeared in the print edition of The Example Times"
    re.compile(
        r"^A version of this (?:article|story|report|piece) (?:appears|appeared|ran|runs)"
        r" in (?:the )?print(?: edition)?(?: on "
        rf"(?:{MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?,? (?:19|20)\d\d"
        rf"|\d{{1,2}}(?:st|nd|rd|th)? {MONTH}\.?,? (?:19|20)\d\d))?,? of {_FOOTER_NAME}"
        r"(?: (?:on|with)\b.{0,160})?\.?$"
    ),
    re.compile(rf"^Support {_FOOTER_NAME}(?:['’]s?)? (?:journalism|reporting|work)\b"),
    re.compile(rf"^At {_FOOTER_NAME}, we\b"),
    re.compile(
        rf"^{_FOOTER_NAME}(?:['’]s)? (?:website|web site|site|app|e-paper) (?:contains|offers"
        r"|carries|publishes|provides)\b.{0,120}\bsubscri"
    ),
)
_FOOTER_OPENINGS: Final = (
    "Read ",
    "This ",
    "Originally ",
    "First ",
    "Republished ",
    "Provided ",
    "Content provided ",
    "Shared from ",
)
# A portal's or an app's line naming the outlet whose story it carries, maybe with a clause
# after the name: "Provided by The Example Ledger", "This article is republished from The
# Example under a Creative Commons license", "This story was produced by Example Wire and
# distributed through ...", "Shared from the Example Sentinel app".  The name must read as
# an outlet's (a masthead, a known outlet or agency): "produced by Jane Doe and edited by
# ..." names none.
_SYNDICATION_RE: Final = re.compile(
    r"^(?:(?:Content )?[Pp]rovided by|Shared from(?: the)?"
    r"|This (?:article|story|piece|report|post) (?:is|was|has been) (?:republished|reproduced"
    r"|syndicated|produced|distributed|published) (?:from|by|with permission from))"
    r"\s+(?P<name>[A-Z][\w&'.-]*(?: [A-Z0-9][\w&'.-]*){0,4})"
    r"(?: app\b.{0,160}|[,;.]? (?:and|under|with|as|through|via|in|on|for|from|at)\b.{0,160})?"
    r"\.?$"
)
# The small words an outlet's name may hold in lower case ("Voice of the People").
_NAME_SMALL_WORDS: Final = frozenset({"of", "the", "and", "for", "on", "in", "de", "la", "&"})
_OWN_FOOTER_OPENINGS: Final = (
    "For more from ",
    "Published in ",
    "Printed in ",
    "Appeared in ",
    "Support ",
    "At ",
    "A version of this ",
)
OUTLET_FOOTER_OPENINGS: Final = _FOOTER_OPENINGS + _OWN_FOOTER_OPENINGS
"""How every foot line :func:`read_outlet_footer` reads begins, but "X website ..." ones."""


def _footer_names(line: str, tally: Credits) -> bool:
    """Read "Read more on X", or a portal's "Provided by X" (see ``_SYNDICATION_RE``)."""
    carried = _SYNDICATION_RE.match(line)
    if carried is not None:
        name = _tidy(carried["name"])
        if masthead_like(name) or canonical_agency(name) is not None:
            tally.outlet = tally.outlet or name
            return True
    match = _OUTLET_FOOTER_RE.match(line)
    if match is None or any(
        word[:1].islower() and word not in _NAME_SMALL_WORDS for word in match["name"].split()
    ):
        # (a clause after the name names a person's work: "produced by Jane Doe and edited
        # by John Roe")
        return False
    tally.outlet = tally.outlet or _tidy(match["name"])
    return True


def read_outlet_footer(line: str, tally: Credits) -> bool:
    """
    Read a foot line naming the page's outlet ("Read more on X"); return whether it was one.

    An agency naming itself so ("X website contains ...") is also credited as the agency of
    its own story.
    """
    if len(line) > _OUTLET_FOOTER_MAX_CHARS:
        return False
    if line.startswith(_FOOTER_OPENINGS) and _footer_names(line, tally):
        return True
    if line.startswith("For more from "):
        return _domain_footer(line, tally)
    own = None
    if line.startswith(_OWN_FOOTER_OPENINGS) or "site " in line:
        own = next(filter(None, (pattern.match(line) for pattern in _OWN_FOOTER_RES)), None)
    if own is None:
        return False
    name = _tidy(own["name"])
    agency = canonical_agency(name)
    known = (own["the"] and known_outlet(f"The {name}")) or known_outlet(name)
    if agency is None and known is None and not masthead_like(name):
        return False
    if agency is not None:
        tally.add_agency(name)
    tally.outlet = tally.outlet or (known[0] if known else name)
    return True


# "For more from Region Watch, visit regionwatch.org": a name the site's own address spells.
_DOMAIN_FOOTER_RE: Final = re.compile(
    rf"^For more from {_FOOTER_NAME},? (?:visit|go to|see) (?:us at )?(?:www\.)?"
    r"(?P<domain>[\w-]{2,40})\.[a-z]{2,6}\b"
)


def _domain_footer(line: str, tally: Credits) -> bool:
    """Read "For more from X, visit x.com": the outlet X, when its address spells the name."""
    match = _DOMAIN_FOOTER_RE.match(line)
    if match is None:
        return False
    spelt = "".join(c for c in match["name"].casefold() if c.isalnum())
    if spelt != match["domain"].casefold().replace("-", "").removeprefix("the"):
        return False
    tally.outlet = tally.outlet or _tidy(f"{match['the'] or ''}{match['name']}")
    return True


_NAME: Final = r"[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|de|van|von|al|bin|da|del|di|la|le)){1,4}"
_NAMES: Final = rf"{_NAME}(?:(?:, | and |, and ){_NAME})*"
# "Follow Jane Doe on Twitter @janedoe."
_FOLLOW_RE: Final = re.compile(
    rf"^\"?(?:Follow|Find) (?:[^@\n]{{0,120}}? )?(?P<name>{_NAME}) (?i:on) "
    r"(?:Twitter|X|Facebook|Instagram|Threads|Bluesky)\b"
)
# "Follow The Example Times on Facebook and X": the whole name the line asks readers to follow.
_FOLLOW_WHOLE_RE: Final = re.compile(
    r"^\"?(?:Follow|Find) (?P<name>[A-Z][\w&.'’-]*(?: [A-Z0-9][\w&.'’-]*){0,5}) (?i:on) "
    r"(?:Twitter|X|Facebook|Instagram|Threads|Bluesky|YouTube|TikTok|Telegram|WhatsApp)\b"
)
# "- Jane Doe." closing a story.
_SIGN_OFF_RE: Final = re.compile(rf"^[-–—]+\s*(?P<name>{_NAME})\.?$")
# A web page's closing credit: "Editor: Jane Doe" (a broadcaster's site, no byline above).
_EDITOR_LINE_RE: Final = re.compile(rf"^Editors?:\s*(?P<name>{_NAME})\.?$")
# A writer's sign-off naming the outlet written for: "— Jane Doe for the Example Times",
# "- Jane Doe, for Reuters" (the closing credit of features and syndicated copy).
_SIGN_OFF_FOR_RE: Final = re.compile(
    rf"^[-–—]+\s*(?P<name>{_NAME}),?\s+for\s+(?:the\s+)?"
    r"(?P<outlet>(?:The )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4})\.?$"
)
# "This piece first appeared on Global Risk Report."
_APPEARED_RE: Final = re.compile(
    r"^This (?:piece|article|post|story|column|report|essay) (?:was )?(?:first |originally )?"
    r"(?:appeared|published|ran) (?:on|in|at) (?P<name>[A-Z][^.!?]{1,60}?)\.?$"
)
# "Jane Doe and John Roe contributed reporting." (contributors, not authors: furniture only)
_CONTRIBUTED_RE: Final = re.compile(
    rf"^{_NAMES} contributed (?:reporting|research|to this (?:report|article|story))\b[^\"“]*$"
)
# A reporting credit glued to the end of the last paragraph, in parentheses.
# Agencies in brackets closing a story's paragraph after its full stop: "... Atlantic. (EFE)".
_GLUED_AGENCIES_RE: Final = re.compile(
    r"(?<=[.!?\"”’])\s*\((?P<names>[A-Za-z][\w./-]{1,24}"
    r"(?:(?:, | and |/)[A-Za-z][\w.-]{1,24}){0,3})\)$"
)
# An agency credited after a dash at a paragraph's end, after its last sentence: "... to
# them. — Antara.", "... on Monday. -- Reuter"
# (a list of agencies too: "... tomorrow. - AFP, Reuters")
_DASHED_TAIL_NAME: Final = r"[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,2}"
_DASHED_TAIL_RE: Final = re.compile(
    r"(?<=[.!?\"”’])\s*(?:--|[-\u2013\u2014])\s*"
    rf"(?P<name>{_DASHED_TAIL_NAME}(?:(?:, |/| and ){_DASHED_TAIL_NAME}){{0,2}})\.?$"
)
_DASHED_TAIL_WINDOW: Final = 48
_TRAILING_CREDIT_RE: Final = re.compile(
    r"(?<!\s)\s*\((?P<credit>(?:Additional |Writing and )?[Rr]eporting by [^()]{2,300})\)\.?$"
)


# Job words of an author's closing bio ("Jane Doe is a columnist for ..."), from the
# contributor notes of English-language opinion pages.
_BIO_ROLES: Final = (
    "editor|columnist|writer|author|contributor|correspondent|reporter|journalist|economist"
    "|professor|fellow|director|founder|co-founder|president|chair|chairman|chairwoman|mayor"
    "|senator|governor|congressman|congresswoman|representative|member|analyst|lecturer"
    "|researcher|scholar|playwright|novelist|historian|lawyer|attorney|consultant|strategist"
    "|ceo|executive|adviser|advisor|producer|host|commentator|blogger|student|pastor|rabbi"
    "|physician|teacher|partner|dean|chancellor|emeritus|playwright-in-residence|activist"
    "|co-author|co-host|co-chair|co-founder|coordinator|officer|delegate|backer|supporter"
)
# Verbs that tell an author's job by themselves ("Jo Li, D-Ohio, chairs the committee.", "Jo
# Li edits the weekly letter"), from the same contributor notes.
_BIO_VERBS: Final = (
    "chairs|co-chairs|edits|hosts|co-hosts|teaches|taught|directs|heads|leads|represents"
    "|covers|served|serves|founded|co-founded|runs|writes"
)
# A courtesy or office title before the name of a contributor ("Rep. Jo Li, D-Ohio, ...").
_BIO_TITLE_RE: Final = re.compile(r"^(?:Rep|Sen|Gov|Dr|Prof|Rev|Gen|Adm|Col|Lt|Capt|Amb)\.\s+")
# (Between "is" and the role only the words of a job's name: "is a senior fellow", "was the
# Washington bureau's chief editor"; a preposition or conjunction there tells a story's
# sentence, "A was carrying a message from President B", not an author's note.)
_BIO_RE: Final = re.compile(
    rf"^(?P<name>{_NAME})(?:, .{{3,200}}?,)? (?:(?:is|was|serves as) (?:(?:a|an|the|also|now"
    r"|currently|former) )*(?:(?!(?:from|with|to|by|for|at|on|in|of|that|and|or|who|when|as"
    r"|after|before|into|about|against|among)\s)[\w'’-]+ ){0,6}?"
    rf"(?:{_BIO_ROLES})s?\b|(?-i:{_BIO_VERBS})\b)",
    re.IGNORECASE,
)
# A quoted title in a bio ("the podcast “So, That Happened.”"): short and capitalised.
_QUOTED_RE: Final = re.compile(r"[\"“]([^\"“”]{0,80})[\"”]")
_QUOTED_TITLE_RE: Final = re.compile(
    r"\W*[A-Z][\w'’]*\W*(?:\s+(?:[A-Z0-9][\w'’]*|[a-z]{1,3})\W*){0,7}"
)
_REPORTED_FROM_RE: Final = re.compile(rf"^(?P<names>{_NAMES}) reported from\b")
_REPORTED_MORE_RE: Final = re.compile(rf"(?:,? and |; )(?P<names>{_NAMES}) from\b")
_BIO_AUX_RE: Final = re.compile(
    r"^(?:(?:He|She|They) (?:tweets|is on Twitter|can be reached|writes)|Follow (?:him|her|them)"
    r"|Reach (?:him|her|them)|(?:E-?mail|Contact) (?:him|her|them)?)\b",
    re.IGNORECASE,
)
_SENTENCE_SPLIT_RE: Final = re.compile(r"(?<=[a-z0-9)\"'’”][.!?])\s+(?=[A-Z])")
_BIO_MAX_WORDS: Final = 90
_BIO_MAX_SENTENCES: Final = 4


def read_bio(paragraph: str, tally: Credits, *, story: str = "") -> bool:
    """
    Read a closing author note into ``tally``; return whether the paragraph was one.

    Every sentence must be an author bio ("Jane Doe is a columnist for ..."), a "reported
    from" credit, or a contact line ("She tweets @jdoe"); after an opening bio, up to three
    more sentences about the author may follow.  A person the ``story`` itself names is a
    subject of the story, not its author ("Ruto is the president of ..."), so such a
    paragraph stays in the body.
    """
    if paragraph.count(" ") >= _BIO_MAX_WORDS or not _only_titles_quoted(paragraph):
        return False
    names: list[str] = []
    # "Rep. Jo Li, D-Ohio, chairs ...": the title's full stop ends no sentence
    sentences = _SENTENCE_SPLIT_RE.split(_BIO_TITLE_RE.sub("", paragraph, count=1))
    opening = _BIO_RE.match(sentences[0])
    if opening is not None and len(sentences) <= _BIO_MAX_SENTENCES:
        # "Jane Doe is editor of ... . Her opinions are her own." : the rest is about her
        sentences = [s for s in sentences if _BIO_RE.match(s) or _REPORTED_FROM_RE.match(s)]
    for sentence in sentences:
        bio = _BIO_RE.match(sentence)
        if bio is not None:
            names.append(bio["name"])
            continue
        reported = _REPORTED_FROM_RE.match(sentence)
        if reported is not None:
            names.extend(_items(reported["names"]))
            names.extend(
                n for m in _REPORTED_MORE_RE.finditer(sentence) for n in _items(m["names"])
            )
            continue
        if not _BIO_AUX_RE.match(sentence):
            return False
    people = [name for name in names if is_person(name)]
    if any(name in story for name in people):
        return False
    for name in people:
        tally.add_author(name)
    return bool(people)


def _only_titles_quoted(paragraph: str) -> bool:
    """
    Whether every quotation in ``paragraph`` is a title ("co-hosts the podcast “Hot Take.”").

    A quoted sentence ("“We will be back,” she said") makes the paragraph news prose; a title
    is written in title case, its short words aside.
    """
    if '"' not in paragraph and "“" not in paragraph:
        return True
    return all(_QUOTED_TITLE_RE.fullmatch(m[1]) for m in _QUOTED_RE.finditer(paragraph))


def _site_name(name: str) -> bool:
    """
    Whether a closing line's ``name`` is a site's, not a writer's.

    "The Namibian", "Radio Prague International", a known outlet are; "Maria Lindqvist" is not.
    """
    name = _tidy(name)
    if known_outlet(name) is not None or canonical_agency(name) is not None:
        return True
    if is_person(name) and not masthead_like(name):
        return False
    return name.startswith("The ") or masthead_like(name)


def _signed_for(line: str, tally: Credits) -> bool:
    """Read "— Jane Doe for the Example Times": the writer, and the outlet (or agency)."""
    signed = _SIGN_OFF_FOR_RE.match(line)
    if signed is None or not is_person(signed["name"]):
        return False
    tally.add_author(signed["name"])
    if canonical_agency(signed["outlet"]):
        tally.add_agency(signed["outlet"])
    else:
        tally.outlet = tally.outlet or signed["outlet"]
    return True


# A wire's end mark naming its agency, and the desk's initials and the time closing its copy
# ("Lusa/End", "(END/IPS/AB/CD/2026)", "SNC/JH // VM", "19:42 LOCAL TIME 16:42 GMT"), from
# the closing lines of national and international agencies' English services.
_WIRE_END_RE: Final = re.compile(
    r"^\(?(?:END|End|end) ?/ ?(?P<first>[A-Za-z][\w.-]{1,20})(?: ?/{1,2} ?[\w.-]{1,12}){0,5}\)?\.?$"
    r"|^\(?(?P<last>[A-Za-z][\w.-]{1,20}) ?/ ?(?:END|End|end)\)?\.?$"
)
_DESK_INITIALS_RE: Final = re.compile(r"^[A-Za-z]{2,4}(?: ?/{1,2} ?[A-Za-z]{2,4}){1,5}$")
_CLOSING_TIME_RE: Final = re.compile(
    r"^\d{1,2}[:.]\d\d(?: (?:LOCAL TIME|[Ll]ocal [Tt]ime|[A-Z]{2,4}))?"
    r"(?: \d{1,2}[:.]\d\d [A-Z]{2,4})?$"
)


def read_wire_end(line: str, tally: Credits) -> bool:
    """
    Read a wire's closing line: its end mark, its desk's initials or its time of issue.

    "Lusa/End" and "(END/IPS/AB/CD/2026)" credit the agency they name (a known one); the
    desk's initials ("SNC/JH // VM") and the time ("19:42 LOCAL TIME 16:42 GMT") name no one.
    """
    if len(line) > _AGENCY_LINE_MAX_CHARS:
        return False
    end = _WIRE_END_RE.match(line) if "/" in line else None
    if end is not None:
        agency = canonical_agency(end["first"] or end["last"])
        if agency is not None:
            tally.add_agency(agency)
            tally.wire = tally.wire or agency
        return True
    return ("/" in line and _DESK_INITIALS_RE.match(line) is not None) or _CLOSING_TIME_RE.match(
        line
    ) is not None


def read_sign_off(line: str, tally: Credits, *, last: bool) -> bool:
    """
    Read a sign-off line ("Follow X on Twitter", "X contributed reporting.").

    A bare "- X." signs a story off only as the page's ``last`` line; elsewhere it
    attributes a quotation.
    """
    whole = _FOLLOW_WHOLE_RE.match(line) if line.startswith(("Follow ", "Find ", '"')) else None
    if whole is not None and _site_name(whole["name"]):
        # the site itself asks to be followed: its outlet, no author
        tally.outlet = tally.outlet or _tidy(whole["name"])
        return True
    editor = _EDITOR_LINE_RE.match(line) if last and line.startswith("Editor") else None
    if editor is not None:
        # "Editor: Jane Doe" closing a page with no byline: its one credited person
        if not tally.authors:
            tally.add_author(editor["name"])
        return True
    if last and line[:1] in "-–—" and _signed_for(line, tally):
        return True
    for pattern in (_FOLLOW_RE, _APPEARED_RE, *((_SIGN_OFF_RE,) if last else ())):
        match = pattern.match(line)
        if match is None:
            continue
        if pattern is _FOLLOW_RE or not _site_name(match["name"]):
            tally.add_author(match["name"])
        elif pattern is _APPEARED_RE and not tally.authors:
            # "This piece first appeared on X" under no byline: the site is the author too
            tally.add_author(match["name"])
        if pattern is not _FOLLOW_RE:
            tally.outlet = tally.outlet or (
                _tidy(match["name"])
                if pattern is _APPEARED_RE or _site_name(match["name"])
                else None
            )
        return True
    return _agencies_contributed(line, tally) or _CONTRIBUTED_RE.match(line) is not None


# "Reuters contributed to this report.", "The Associated Press and AFP contributed reporting.":
# agencies whose copy went into the story, credited as agencies.
_AGENCIES_CONTRIBUTED_RE: Final = re.compile(
    r"^(?P<names>[A-Z][\w&.'’/ ,-]{1,80}?) contributed (?:reporting|(?:information|material)"
    r"|to this (?:report|article|story))\b[^\"“]{0,40}$"
)


def _agencies_contributed(line: str, tally: Credits) -> bool:
    """Credit the agencies of a closing "X contributed to this report."; the line is a credit."""
    match = _AGENCIES_CONTRIBUTED_RE.match(line) if " contributed " in line else None
    items = _items(match["names"]) if match is not None else []
    if not items or not all(canonical_agency(item) for item in items):
        return False
    for item in items:
        tally.add_agency(item)
    return True


# A wire's closing slug: the agency, then the desk's initials or the date and time the copy
# was filed ("EFE jm/rp", "UPI 11-03-81 0412 AED", "AP 11-02-88 1512EST"), as the agencies'
# teletype copy and its archives print it.
_WIRE_SLUG_RE: Final = re.compile(
    # (a data feed's service code between the agency and the date: "AP-DS-02-08-95 1847EST")
    r"^(?P<agency>[A-Z][\w-]{1,20}?(?: [A-Z][\w-]{1,20})?)(?:\s+|-[A-Z]{2}-(?=\d))"
    r"(?:[a-z]{1,4}(?:/[a-z]{1,4})+"
    r"|(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<year>\d\d)(?:\s+\d{1,2}:?\d\d(?:\s*[A-Z]{2,4})?)?)\.?$"
)
_WIRE_SLUG_MAX_CHARS: Final = 48
# Two-digit years as POSIX strptime's %y reads them: 69-99 are 1969-1999, 00-68 are 2000-2068.
_CENTURY_PIVOT: Final = 69


def read_wire_slug(line: str, tally: Credits) -> tuple[bool, NumericDate | None]:
    """
    Read a wire's closing slug ("EFE jm/rp", "UPI 11-03-81 0412 AED"); credit its agency.

    Return whether the line was one and the filing date it states, with the day and month in
    the order written (a two-digit year read as POSIX ``%y`` reads it).  The desk's initials
    are no byline.
    """
    if len(line) > _WIRE_SLUG_MAX_CHARS or not line[:1].isupper():
        return False, None
    match = _WIRE_SLUG_RE.match(line)
    if match is None or canonical_agency(match["agency"]) is None:
        return False, None
    tally.add_agency(match["agency"])
    if match["year"] is None:
        return True, None
    year = int(match["year"])
    year += 1900 if year >= _CENTURY_PIVOT else 2000
    return True, NumericDate(year, int(match["a"]), int(match["b"]), "-")


def read_trailing_credit(paragraph: str, tally: Credits) -> str:
    """
    Credit and cut a "(Reporting by ...)" or an agency's "(EFE)" glued to ``paragraph``'s end.

    The agencies in brackets must follow a full sentence and all be known agencies:
    "... in the South Atlantic. (EFE)" credits EFE; "... the Authority (PA)" is no credit.
    """
    trailed = _reports_trailer(paragraph, tally)
    if trailed is not None:
        return trailed
    if paragraph.endswith(")") and "eporting by" not in paragraph:
        glued = _GLUED_AGENCIES_RE.search(paragraph)
        items = _items(glued["names"]) if glued else []
        if glued and items and all(canonical_agency(item) for item in items):
            for item in items:
                tally.add_agency(item)
            return paragraph[: glued.start()].rstrip()
    tail = paragraph[-_DASHED_TAIL_WINDOW:]
    if "\u2014" in tail or "-" in tail or "\u2013" in tail:
        # "... forces them to. — Antara.": an old paper's wire credit closing a dispatch
        dashed = _DASHED_TAIL_RE.search(paragraph, max(len(paragraph) - _DASHED_TAIL_WINDOW, 0))
        items = _items(dashed["name"]) if dashed is not None else []
        if dashed is not None and items and all(canonical_agency(item) for item in items):
            for item in items:
                tally.add_agency(item)
            return paragraph[: dashed.start()].rstrip()
    if "eporting by" not in paragraph:
        return paragraph
    match = _TRAILING_CREDIT_RE.search(paragraph)
    if match is None:
        return paragraph
    _reporting_trailer(match["credit"], tally)
    return paragraph[: match.start()].rstrip()


_FIELDS_TRAILER_MAX_CHARS: Final = 300
# A closing credit of labelled fields in brackets, maybe after the agency's name and per
# language: "AGENCY (RO - author: Jane Doe, editor: John Roe; EN - author: Jo Li, editor: Al
# Ng)", "(Reporter: Jane Doe; Editor: John Roe)" (the trailers of national agencies' copy).
_FIELDS_TRAILER_RE: Final = re.compile(
    r"(?:(?<=[\s.!?\"”])|^)(?P<agency>[A-Z][\w-]{1,20}\s+)?\((?P<fields>[^()]{4,300})\)\.?$"
)
_TRAILER_FIELD_RE: Final = re.compile(
    r"^(?:[A-Z]{2}\s*[-–—]\s*)?(?P<label>[A-Za-z][A-Za-z ]{1,20}?)\s*:\s*(?P<name>[^:]{3,60})$"
)
_TRAILER_WRITER_LABELS: Final = frozenset({"author", "authors", "reporter", "reporters", "writer"})
_TRAILER_OTHER_LABELS: Final = frozenset(
    {"editor", "editors", "editing", "translator", "translation", "photo", "video", "source"}
)


def _fields_trailer(paragraph: str, tally: Credits) -> str | None:
    """
    Credit and cut a closing credit of labelled fields: "AGENCY (RO - author: Jane Doe, ...)".

    Every field must be labelled as a writer's, an editor's or a translator's; the writers
    are authors, the others are not; the agency before the brackets is credited.
    """
    match = _FIELDS_TRAILER_RE.search(
        paragraph, max(len(paragraph) - _FIELDS_TRAILER_MAX_CHARS - 30, 0)
    )
    if match is None:
        return None
    writers: list[str] = []
    for part in re.split(r"[;,]", match["fields"]):
        field = _TRAILER_FIELD_RE.match(part.strip())
        label = field["label"].casefold() if field is not None else ""
        if field is None or label not in _TRAILER_WRITER_LABELS | _TRAILER_OTHER_LABELS:
            return None
        if label in _TRAILER_WRITER_LABELS:
            if not is_person(_tidy(field["name"])):
                return None
            writers.append(_tidy(field["name"]))
    if not writers:
        return None
    for name in writers:
        tally.add_author(name)
    agency = match["agency"].strip() if match["agency"] else None
    if agency is not None and canonical_agency(agency):
        tally.add_agency(agency)
    return paragraph[: match.start()].rstrip()


def _reports_trailer(paragraph: str, tally: Credits) -> str | None:
    """
    Credit and cut a reporting trailer glued to a paragraph's end after a dash.

    "... in Hanoi. - with reports from AFP/Example.com" credits AFP; the site's own address
    is no agency.  A credit of labelled fields in brackets is read too (see
    :func:`_fields_trailer`).
    """
    if paragraph.endswith((")", ").")) and ":" in paragraph[-_FIELDS_TRAILER_MAX_CHARS:]:
        # "AGENCY (RO - author: Jane Doe, editor: John Roe)": a credit of labelled fields
        fielded = _fields_trailer(paragraph, tally)
        if fielded is not None:
            return fielded
    trailer = reports_tail(paragraph)
    if trailer is None:
        return None
    found = Credits()
    if not read_credit_line(trailer[1], found) or not found.agencies:
        return None
    for agency in found.agencies:
        if not is_domain(agency):
            tally.add_agency(agency)
    return trailer[0]


def read_dateline(paragraph: str, tally: Credits) -> tuple[str, str | None]:
    """
    Read the dateline opening ``paragraph``; return the paragraph and the dateline.

    An agency credit in the dateline ("TOKYO (Reuters) -", "TOKYO, Jan. 18 Kyodo -") is
    credited and cut from the paragraph; the city and date stay in the sentence ("TOKYO - ...").
    """
    # a Hijri date before the Gregorian one: "Riyadh, Safar 21, 1448, August 5, 2026, SPA --"
    paragraph = without_hijri_dateline(paragraph)
    # (the agency stands in brackets: a paragraph without one is not tried, which spares the
    # place's lazy runs on every story's opening paragraphs)
    match = _DATELINE_RE.match(paragraph) if "(" in paragraph or "[" in paragraph else None
    agency = _dateline_agency(match["agency"], tally) if match is not None else None
    if agency is not None:
        tally.add_agency(agency)
        tally.wire = tally.wire or agency
    elif match is not None and _agency_named(match["agency"]) and _unknown_wire(match):
        # "APIA (Pacific News Agency) -": an agency by its name, though it holds a masthead word
        tally.add_agency(_tidy(match["agency"]))
    elif match is not None and _outlet_dateline(match):
        # "TBILISI (Caucasus Courier) -": the outlet's own name, no agency credit
        _credit_outlet_dateline(match, tally)
    elif match is not None and _unknown_wire(match):
        # "SUVA (Pacnews) -": an agency the table lacks, credited in a wire dateline's place
        tally.add_agency(_tidy(match["agency"]))
    else:
        match = None
    if match is not None:
        place = (match["place"] or "").strip()
        rest = paragraph[match.end() :]
        dateline = (
            _with_dated_opening(match.group(0).strip(), rest)
            if not place
            else (match.group(0).strip())
        )
        return (f"{place} {match['dash']} {rest}" if place else rest), dateline
    dated = (
        _dated_wire(paragraph, tally)
        or _dotted_wire(paragraph, tally)
        or _bracketed_opening(paragraph, tally)
        or _agency_then_date(paragraph, tally)
    )
    if dated is not None:
        return dated
    slashed = _SLASHED_WIRE_RE.match(paragraph)
    if (
        slashed is not None
        and (canonical_agency(slashed["agency"]) or " " not in slashed["agency"])
        # (with no date, an agency's name in capitals or the table's: not "Input /Output/")
        and (slashed["date"] or slashed["agency"].isupper() or canonical_agency(slashed["agency"]))
    ):
        # "/TASS/." and an agency the table lacks in the same form: "Ulaanbaatar, May 4 /MONTSAME/."
        tally.add_agency(slashed["agency"])
        tally.wire = tally.wire or canonical_agency(slashed["agency"])
        rest = paragraph[slashed.end() :]
        dated_place = (
            f"{slashed['place']}, {slashed['date']}" if slashed["date"] else slashed["place"]
        )
        return f"{dated_place}. {rest}", slashed.group(0).strip()
    opening = _DATE_OPENING_RE.match(paragraph)
    if opening is not None:
        return paragraph, opening.group(0).strip()
    plain = _PLAIN_DATELINE_RE.match(paragraph)
    if plain is not None and len(plain["place"]) >= 3:
        return paragraph, plain.group(0).strip()
    return paragraph, None


def _with_dated_opening(dateline: str, rest: str) -> str:
    """
    An agency's credit opening a dateline, with the place and full date after it.

    "(STA) - LJUBLJANA, APRIL 3, 2025 - ...": the date dates the copy.
    """
    opening = _DATE_OPENING_RE.match(rest)
    return dateline if opening is None else f"{dateline} {opening.group(0).strip()}"


def _dateline_agency(name: str, tally: Credits) -> str | None:
    """
    The known agency a dateline credits; of a pooled credit, the first (the others credited).

    "(A.A.P.-Reuter)": AAP is returned and Reuters credited.
    """
    agency = canonical_agency(name)
    if agency is not None:
        return agency
    joint = joint_agencies(name)
    for other in joint[1:]:
        tally.add_agency(other)
    return joint[0] if joint else None


def joint_agencies(name: str) -> list[str]:
    """
    The agencies of a pooled dateline credit: "A.A.P.-Reuter", "AAP/AP" (each one known).

    Initials with stops count as the agency's initials ("A.A.P." is AAP).
    """
    parts = [p.strip() for p in _JOINT_SPLIT_RE.split(name)]
    if len(parts) < 2:
        return []
    found = [canonical_agency(p) or canonical_agency(p.replace(".", "")) for p in parts]
    return [f for f in found if f is not None] if all(found) else []


def _dated_wire(paragraph: str, tally: Credits) -> tuple[str, str] | None:
    """
    Read a wire dateline naming its agency after the date, with or without brackets.

    "TOKYO, Jan. 18 Kyodo - ..." and "New Delhi, Mar 4 (PTI) The ...": the agency is
    credited and cut; return the paragraph and the dateline, or ``None``.
    """
    dated = _DATED_WIRE_RE.match(paragraph)
    dash = dated["dash"] if dated is not None else "-"
    if dated is None and "(" in paragraph[:80]:
        dated = _BRACKETED_WIRE_RE.match(paragraph)
    agency = canonical_agency(dated["agency"]) if dated is not None else None
    if dated is None or agency is None:
        return None
    tally.add_agency(agency)
    tally.wire = tally.wire or agency
    rest = paragraph[dated.end() :]
    return f"{dated['place']}, {dated['date']} {dash} {rest}", dated.group(0).strip()


def _dotted_wire(paragraph: str, tally: Credits) -> tuple[str, str] | None:
    """
    Read "ASTANA. KAZINFORM - ": the agency in capitals after the place and a full stop.

    Or after a comma, the agency a known one: "Tehran, IRNA - ".

    The agency is credited and cut; return the paragraph and the dateline, or ``None``.
    """
    dotted = _DOTTED_WIRE_RE.match(paragraph) if ". " in paragraph[:40] else None
    if dotted is None and ", " in paragraph[:40]:
        # "Tehran, IRNA - ...": the place in any case, a comma, a known agency in capitals
        dotted = _COMMA_WIRE_RE.match(paragraph)
        if dotted is not None and canonical_agency(dotted["agency"]) is None:
            return None
    if dotted is None or not (
        canonical_agency(dotted["agency"]) or _lone_agency(dotted["agency"].title())
    ):
        return None
    tally.add_agency(dotted["agency"])
    tally.wire = tally.wire or canonical_agency(dotted["agency"])
    rest = paragraph[dotted.end() :]
    return f"{dotted['place']} {dotted['dash']} {rest}", dotted.group(0).strip()


def _bracketed_opening(paragraph: str, tally: Credits) -> tuple[str, str] | None:
    """
    Read "(JNS) Israel and Cyprus signed ...": a known agency in brackets opening the story.

    With no place and no dash, only an agency the table knows is credited and cut; return
    the paragraph and the credit, or ``None``.
    """
    opening = _BRACKETED_OPENING_RE.match(paragraph) if paragraph.startswith("(") else None
    agency = canonical_agency(opening["agency"]) if opening is not None else None
    if opening is None or agency is None:
        return None
    tally.add_agency(opening["agency"])
    tally.wire = tally.wire or agency
    rest = paragraph[opening.end() :]
    dated = _PLACE_DATE_DASH_RE.match(rest)
    if dated is not None:
        # "(KPL) Vientiane, 20 May 2026 -- ...": the place and the date after the agency
        return f"{dated['place']}, {dated['date']} {dated['dash']} {rest[dated.end() :]}", (
            f"{opening.group(0).strip()} {dated.group(0).strip()}"
        )
    return rest, opening.group(0).strip()


def _agency_then_date(paragraph: str, tally: Credits) -> tuple[str, str] | None:
    """
    Read "Bishkek (AFP) June 5, 2025 - ...": the place, a known agency, then the full date.

    Return the paragraph (the credit cut: "Bishkek, June 5, 2025 - ...") and the dateline.
    """
    match = _AGENCY_THEN_DATE_RE.match(paragraph) if "(" in paragraph[:60] else None
    agency = canonical_agency(match["agency"]) if match is not None else None
    if match is None or agency is None:
        return None
    tally.add_agency(match["agency"])
    tally.wire = tally.wire or agency
    rest = paragraph[match.end() :]
    return f"{match['place']}, {match['date']} {match['dash']} {rest}", match.group(0).strip()


_FULL_DATE: Final = (
    rf"(?:{MONTH}\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d|\d{{1,2}}\s+{MONTH}\.?,?\s+(?:19|20)\d\d)"
)
# The place and full date after an agency opening the story, then a dash: "Vientiane, 20 May
# 2026 -- " (after "(KPL) ", as some national agencies open their copy)
_PLACE_DATE_DASH_RE: Final = re.compile(
    rf"^(?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}}),\s+(?P<date>{_FULL_DATE})"
    r"\s*(?P<dash>--|[-–—])\s+(?=[A-Z\"“])"
)
# A place, a known agency in brackets, then the full date and a dash: "Bishkek (AFP) June 5,
# 2025 - " (the house style of some agencies' regional services)
_AGENCY_THEN_DATE_RE: Final = re.compile(
    rf"^(?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}})\s+\((?P<agency>[A-Z][\w-]{{1,12}})\)"
    rf"\s+(?P<date>{_FULL_DATE})\s*(?P<dash>--|[-–—])\s+(?=[A-Z\"“])"
)


# A known agency's name in brackets opening the story's first sentence: "(JNS) Israel ..."
_BRACKETED_OPENING_RE: Final = re.compile(r"^\((?P<agency>[A-Z][\w-]{1,12})\)\s+(?=[A-Z])")
_DATELINE_PLACE_MAX_WORDS: Final = 4
# A dateline of the place in capitals, a full stop, then the agency in capitals and a dash:
# "ASTANA. KAZINFORM - ", "BAKU. AZERTAC — " (the house style of Central Asian and Caucasian
# national agencies' English services).
_DOTTED_WIRE_RE: Final = re.compile(
    r"^(?P<place>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2})\. (?P<agency>[A-Z][A-Z-]{1,20})"
    r"\s*(?P<dash>[-–—]+)\s+(?=[A-Z\"“‘'])"
)


# "Tehran, IRNA - ": the place, a comma, an agency in capitals (the table's), a dash
_COMMA_WIRE_RE: Final = re.compile(
    r"^(?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}), (?P<agency>[A-Z][A-Z-]{1,12})"
    r"\s*(?P<dash>[-–—]+)\s+(?=[A-Z\"“‘'])"
)


def _credit_outlet_dateline(match: re.Match[str], tally: Credits) -> None:
    """
    Credit an outlet's own name in a wire dateline: the outlet, and a broadcaster's initials.

    "Bamako (RFI) -", "Warsaw (DW) -": a broadcaster's initials after a known place in title
    case (its services' style) credit its reporting too.
    """
    tally.outlet = tally.outlet or _tidy(match["agency"])
    if _broadcaster_dateline(match):
        tally.add_agency(_tidy(match["agency"]))


def _broadcaster_dateline(match: re.Match[str]) -> bool:
    """
    Whether a title-case dateline credits a broadcaster's initials: "Conakry (VOA) -".

    The place is a known city or ends on a country, in title case (a capitals dateline's
    "(CNN)" names the outlet alone), and the bracket holds initials, no body's ("(UN)").
    """
    place = (match["place"] or "").strip()
    return (
        bool(place)
        # (the city in capitals is a capitals dateline: "ASMARA, Eritrea (CNN) -")
        and not place.split(",", 1)[0].isupper()
        and _known_place_acronym(place, match["agency"].strip())
        and _unknown_wire(match)
    )


def _outlet_dateline(match: re.Match[str]) -> bool:
    """'TBILISI (Caucasus Courier) —', '(CNN) —': an outlet's own name in a wire dateline."""
    place = (match["place"] or "").strip()
    return (
        len(place.split()) <= _DATELINE_PLACE_MAX_WORDS
        and match["dash"] != ":"
        and masthead_like(match["agency"])
    )


# A place opening a wire dateline: a word in capitals ("SUVA", "PORT MORESBY, Papua New
# Guinea") or a place and a date ("Addis Ababa, Feb 20 2024").
_WIRE_PLACE_OPENING_RE: Final = re.compile(
    rf"^(?:[A-Z][A-Z'’.-]+\b(?! [a-z])|[A-Z][\w.'’ -]{{1,40}},\s+{MONTH}\.?\s+\d{{1,2}}\b"
    # the day first, as European and African agencies date ("Windhoek, 16 Apr 2026")
    rf"|[A-Z][\w.'’ -]{{1,40}},\s+\d{{1,2}}\s+{MONTH}\b)"
)
# One word ("Pacnews", "IPS"), or words closing on an agency's word ("Pacific News Service").
_WIRE_CREDIT_RE: Final = re.compile(
    r"[A-Z][\w&'’-]*|(?:[A-Z][\w&'’-]* ){1,3}(?:Agency|Service|Press|Wire|Agencia|Agence)"
)
# Labels news sites put in brackets after a dateline's place that credit no one:
# "LONDON (Updated) -", "KYIV (Live) -", from the update and format tags of news pages.
_WIRE_NOT_CREDITS: Final = frozenset(
    {"updated", "update", "corrected", "correction", "exclusive", "live", "watch", "video"}
    | {"analysis", "opinion", "breaking", "urgent", "flash", "bulletin", "file", "photos"}
    # a print dateline's notes of how the dispatch came: "(Special)", "(Delayed)", "(By Cable)"
    | {"special", "delayed", "cable", "wireless", "radio"}
)


_AGENCY_WORD_RE: Final = re.compile(r" (?:Agency|Service|Agencia|Agence)$")


def _agency_named(name: str) -> bool:
    """Whether ``name`` closes on an agency's word: "Pacific News Agency", "Inter Press Service"."""
    return _AGENCY_WORD_RE.search(name.strip()) is not None


_ACRONYM_CREDIT_RE: Final = re.compile(r"[A-Z]{2,8}")


def _known_place_acronym(place: str, name: str) -> bool:
    """
    Whether a title-case dateline names a known place before an agency's initials.

    "Yaounde, Cameroon (CNA) -", "Suva (FBC) -": the place is a city or ends on a country,
    and the bracket holds initials alone, as wires credit themselves.
    """
    if _ACRONYM_CREDIT_RE.fullmatch(name) is None or name in ORGANIZATIONS:
        return False  # "(UN)", "(NATO)": a body the story is about, no credit
    parts = [part.strip() for part in place.split(",")]
    return parts[0] in CITIES or parts[-1] in COUNTRY_NAMES


def _unknown_wire(match: re.Match[str]) -> bool:
    """
    Whether a wire dateline's bracketed name is an agency the table lacks: "SUVA (Pacnews) -".

    The place reads as a dateline's (capitals, or a place and a date), the dash is a dash,
    and the name is one capitalised word, or words closing on an agency's word ("Agency"),
    that names no country, city, month or page label.
    """
    name = match["agency"].strip()
    place = (match["place"] or "").strip()
    if (
        match["dash"] == ":"
        or not place
        or len(place.split()) > _DATELINE_PLACE_MAX_WORDS + 3
        or (_WIRE_PLACE_OPENING_RE.match(place) is None and not _known_place_acronym(place, name))
        or _WIRE_CREDIT_RE.fullmatch(name) is None
    ):
        return False
    words = name.casefold().split()
    return not (
        any(word in _WEEKDAYS_MONTHS or word in _WIRE_NOT_CREDITS for word in words)
        or name in COUNTRY_NAMES
        or name in CITIES
        or name in DEMONYMS
    )


def photo_agencies(caption: str, tally: Credits) -> None:
    """Credit the agencies named in a caption's photo credit ("(Photo by X / POOL / AFP)")."""
    for pattern in _PHOTO_CREDIT_RES:
        for match in pattern.finditer(caption):
            labelled = (
                _PHOTO_WORD_RE.match(match["credit"].strip()) is not None
                or pattern is _PHOTO_CREDIT_RES[2]
                # "... at the ministry on Wednesday. [InTime News]": a bracketed credit closing
                # the caption, as Greek and Cypriot papers' sites print it
                or (
                    pattern is _PHOTO_CREDIT_RES[1]
                    and not caption[match.end() :].strip()
                    and caption[: match.start()].rstrip().endswith((".", "!", "?"))
                )
            )
            credit = _PHOTO_WORD_RE.sub("", match["credit"].strip())
            # "(AAP: Jane Doe)": the agency, a colon, then its photographer
            for item in _PHOTO_CREDIT_SPLIT_RE.split(credit):
                word = item.strip().strip(" .")
                agency = canonical_agency(word) or canonical_agency(
                    re.sub(r"\s+(?:photo|photos|pool|images?)$", "", word, flags=re.IGNORECASE)
                )
                initials = _INITIALS_PHOTO_RE.fullmatch(word)
                if agency:
                    tally.add_agency(agency)
                elif labelled and (
                    _PHOTO_AGENCY_NAME_RE.fullmatch(word)
                    or _FUSED_BRAND_RE.fullmatch(word)
                    or _DOMAIN_BRAND_RE.fullmatch(word)
                ):
                    # "(Photo: Agencia Uno)": an agency the table lacks, named as one
                    tally.add_agency(word)
                elif initials is not None:
                    # "(DHA Photo)": an agency the table lacks, by its initials ("(Photo: MFA)"
                    # is a ministry's handout, no agency)
                    tally.add_agency(initials["name"])
    # "The ministers in Vilnius / Jane Doe/BNS": a credit after a spaced slash
    for agency in caption_credit_agencies(caption):
        tally.add_agency(agency)
    # "... in Seoul, Wednesday. Newsis": a known agency's name alone after the caption's last
    # sentence, as Korean and Japanese papers' sites credit a picture
    before, stop, last = caption.rstrip().rpartition(". ")
    if stop and before and len(last) <= _CLOSING_AGENCY_MAX_CHARS:
        agency = canonical_agency(last)
        if agency is not None and last.strip(" .")[:1].isupper():
            tally.add_agency(agency)


_CLOSING_AGENCY_MAX_CHARS: Final = 30
# A picture agency's web address as its name, a news word fused into it: "RollingNews.ie",
# "ExamplePix.com", "HarbourPhotos.co.uk" (not "Facebook.com", "YouTube.com").
_DOMAIN_BRAND_RE: Final = re.compile(
    r"[A-Z][a-z]{1,15}(?:News|Press|Photos?|Pics|Pix|Images|Wire|Media)"
    r"\.(?:com|net|org|co\.uk|co\.za|com\.au|[a-z]{2})"
)


# The name of a photo or news agency the table lacks, as a labelled photo credit gives it:
# "Agencia Uno", "Agence Nationale de Presse", "Pacific News Agency", "Harbour Images",
# "Danube Photos"
# (the words agencies' own names are made of, in English, Spanish, Portuguese, French, Italian).
_PHOTO_AGENCY_NAME_RE: Final = re.compile(
    r"(?:Agencia|Agência|Agence|Agenzia)(?: [\w'’-]+){1,4}"
    # (a family's, a file's or a handout's pictures are no agency: "Family Photos")
    r"|(?!(?:Family|File|Staff|Handout|Courtesy|Archive|Supplied|Submitted|Personal|Private)\b)"
    r"[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3} (?:News Agency|Agency|Images|Pictures|News|Photos)"
)


# A photo's credit on its own line under the picture: the photographer, then the agency or
# agencies after slashes ("Jane Doe/Reuters", "Jane Doe / AFP / Getty Images").
_PHOTO_CREDIT_LINE_RE: Final = re.compile(
    # (labelled as the Guardian's and other British sites' galleries print it: "Photograph:
    # Jane Doe/AFP/Getty Images", "Photo: Jane Doe/Reuters")
    r"^(?:(?:Photograph|Photo|Picture)(?: by)?: ?)?"
    r"(?P<who>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}) ?/ ?"
    r"(?P<credits>[A-Za-z][\w&.'’-]*(?: [A-Za-z][\w&.'’-]*){0,2}"
    r"(?: ?/ ?[A-Za-z][\w&.'’-]*(?: [A-Za-z][\w&.'’-]*){0,2})?)$"
)


def read_photo_credit_line(line: str, tally: Credits) -> bool:
    """
    Read a photo's credit line ("Jane Doe/Reuters"): credit the agencies, not the photographer.

    Every name after the slash must be a known agency's; return whether the line was one.
    """
    match = _PHOTO_CREDIT_LINE_RE.match(line) if len(line) <= _AGENCY_LINE_MAX_CHARS else None
    if match is None or not is_person(match["who"]):
        return False
    names = [item.strip() for item in match["credits"].split("/")]
    if not all(canonical_agency(item) for item in names):
        return False
    for item in names:
        tally.add_agency(item)
    return True


# "Special to The Example Courier": a contributor's line under the byline naming the paper
# the story was written for (American and Canadian papers' print bylines).
_SPECIAL_TO_RE: Final = re.compile(
    # or how the dispatch reached the paper: "By Cable to The Example Times", "By Wireless to
    # ...", "By Radio to ..." (the print bylines of the 1920s to the 1960s)
    r"^(?:Special|SPECIAL|(?:By|BY) (?:Cable|CABLE|Wireless|WIRELESS|Radio|RADIO|Telephone"
    r"|TELEPHONE|Telegraph|TELEGRAPH)) (?:to|TO) "
    r"(?P<name>(?:[Tt]he |THE )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4})\.?$"
)


def special_to(line: str) -> str | None:
    """The paper a "Special to X" line names, when it reads as a masthead, or ``None``."""
    match = _SPECIAL_TO_RE.match(line) if line[:1] in "SB" else None
    if match is None:
        return None
    name = _tidy(match["name"])
    bare = name.removeprefix("The ").removeprefix("THE ")
    return name if masthead_like(bare) or known_outlet(name) is not None else None


def byline_role(item: str) -> bool:
    """Whether a byline's item is the writer's job, not a name: "RNZ Pacific Journalist"."""
    return _ROLE_RE.search(item) is not None


def is_role(line: str) -> bool:
    """
    Whether ``line`` is only a job title ("Regional Correspondent", "Staff Writer").

    A person's name before the job ("Jane Doe Europe correspondent") makes it a byline.
    """
    if len(line) > _NAME_LINE_MAX_CHARS or _ROLE_LINE_RE.match(line) is None:
        return False
    name = _without_role(line)
    return (
        name == line
        or name.split()[0].casefold() in _ROLE_OPENERS
        # an outlet's or agency's staff ("Example Press Staff Writer") is no person
        or canonical_agency(name) is not None
        or masthead_like(name)
        # the writer's beat, a section's words ("Pacific Affairs Reporter", "Health Editor")
        or all(word.casefold() in SECTION_WORDS for word in name.split())
    )


def read_name_over_role(line: str, following: str, tally: Credits) -> bool:
    """
    Read a byline without "By": a person's name on its own line above a job title.

    Return whether ``line`` was one; the ``following`` role line is left to the caller.
    """
    if len(line) > _NAME_LINE_MAX_CHARS or not is_person(line) or not is_role(following):
        return False
    tally.add_author(line)
    return True


# Words of a page's section titles and subheads, never of a person's name ("Middle East
# Crisis", "Summit Live"), from the section fronts of English news sites.
_HEADING_WORDS: Final = frozenset(
    {"crisis", "talks", "summit", "war", "live", "latest", "update", "updates", "election"}
    | {"elections", "visit", "deal", "briefing", "conflict", "special", "coverage", "review"}
    | {"weekly", "world", "politics", "diplomacy", "africa", "asia", "europe", "americas"}
    | {"middle", "east", "opinion", "analysis", "feature", "features", "explained", "today"}
)
_BYLINE_LINE_MAX_CHARS: Final = 100
_DESK_MAX_WORDS: Final = 4


def _less_agency_post(line: str, tally: Credits) -> str:
    """
    ``line`` less a closing job at an agency, which is credited.

    "Jane Doe, AFP Security Correspondent", "Jane Doe, Reuters Chief Correspondent": the
    writer, and the agency she files for.
    """
    names, comma, role = line.rpartition(", ")
    if (
        comma
        and names
        and canonical_agency(role.split(" ", 1)[0]) is not None
        and _ROLE_LINE_RE.match(role)
    ):
        _role_agency(role, tally)
        return names
    return line


def _less_institute_post(line: str) -> str:
    """
    A writer's line less the post a think tank or university gives after the name.

    "Jane Doe, Research Director" and "Jane Doe, Senior Fellow, Example Programme" are "Jane
    Doe"; a line with no such post is returned as it is.
    """
    name, comma, post = line.partition(", ")
    if comma and _POST_RE.match(post.split(", ", 1)[0]):
        return name
    return line


def read_name_over_date(line: str, tally: Credits) -> bool:
    """
    Read a byline without "By" standing above the page's date line; return whether it was one.

    People, each maybe with the place they filed from ("Jane Doe in Lima and John Roe in
    Quito"), are authors; a desk name ("CITY NEWS", "Foreign Desk") is the author and names
    the outlet.  A place, a country or a section heading ("Middle East Crisis") is no byline.
    """
    if len(line) > _BYLINE_LINE_MAX_CHARS:
        return False
    if line.endswith(")"):
        # only an outlet in brackets keeps a byline ("Jane Doe (The Example Post)"); a
        # country or a party there ("Jane Doe (Malaysia)") names someone the story is about
        names = _outlet_in_brackets(line, tally)
        if names is None:
            return False
        line = names
    line = _less_agency_post(_less_institute_post(line), tally)
    # a job title beside the name is no name ("Jane Doe, Special Correspondent", "Jane Doe -
    # Staff Writer")
    items = [
        item
        for item in (_TRAILING_PLACE_RE.sub("", _without_role(raw)) for raw in _items(line))
        if not _ROLE_RE.search(item) and not is_role(item)
    ]
    if not items or not all(map(_name_like, items)):
        return False
    if any(
        _is_place_or_heading(item)
        # a document's reference number over its date ("DPB #158"): no name holds a digit
        or any(c.isdigit() for c in item)
        for item in items
    ):
        return False
    people = [item for item in items if is_person(item) and not _has_demonym(item)]
    if people and all(item in people or canonical_agency(item) for item in items):
        # "Jane Doe | Reuters": the people are authors, the agencies credited
        for item in items:
            if item in people:
                tally.add_author(item)
            else:
                tally.add_agency(item)
        return True
    return len(items) == 1 and read_desk(line, tally)


def read_desk(name: str, tally: Credits) -> bool:
    """
    Read a desk's name as the byline ("CITY NEWS", "Foreign Desk", "Example Online").

    The desk is the author and names the outlet; return whether ``name`` was one.
    """
    desk = _tidy(name)
    if len(desk.split()) > _DESK_MAX_WORDS or not _ORG_WORDS_RE.search(desk):
        return False
    tally.add_author(desk)
    tally.outlet = tally.outlet or _tidy(_DESK_RE.sub(r"\g<outlet>", desk))
    return True


# A byline naming the writer's outlet in brackets: "Jane Doe (The Example Post)".
_OWN_OUTLET_RE: Final = re.compile(r"^(?P<names>[^()]{2,80}?)\s*\((?P<outlet>[^()]{2,40})\)$")


def _outlet_in_brackets(line: str, tally: Credits) -> str | None:
    """
    Cut the outlet named in brackets after a byline's names; it names the page's outlet.

    Return the names, or ``None`` when the brackets hold no outlet's or agency's name.
    """
    match = _OWN_OUTLET_RE.match(line)
    if match is None:
        return None
    outlet = _tidy(match["outlet"])
    agency = canonical_agency(outlet)
    if agency is not None:
        tally.add_agency(outlet)
    elif masthead_like(outlet):
        tally.outlet = tally.outlet or outlet
    else:
        return None
    return match["names"]


# Words of an institution's or a region's name, never of a person's ("Foreign Ministry",
# "South Caucasus"), from the names of government bodies and world regions.
_NOT_NAME_WORDS: Final = frozenset(
    {"ministry", "office", "council", "government", "embassy", "parliament", "committee"}
    | {"commission", "university", "institute", "foundation", "party", "union", "bank", "court"}
    | {"police", "army", "forces", "assembly", "senate", "congress", "department", "cabinet"}
    | {"presidency", "secretariat", "north", "south", "east", "west", "central", "northern"}
    | {"southern", "eastern", "western", "region", "gulf", "sea", "ocean", "islands", "republic"}
    | {"kingdom", "state", "states", "city", "province", "county", "river", "valley", "border"}
    # a stamp's label left alone on its line ("Updated on")
    | {"updated", "published", "posted", "modified", "issued"}
    # a press office's release label above the text ("FOR IMMEDIATE RELEASE", "Embargoed")
    | {"immediate", "release", "embargoed", "embargo"}
)
# Prepositions a headline's deck capitalises ("Ministers Agree On Quotas", "Talks To Resume
# After Strike") and no person's name holds (name particles, "de", "van", "bin", stay names).
_DECK_PREPOSITIONS: Final = frozenset(
    {"on", "to", "for", "over", "after", "with", "into", "against", "amid", "as", "before"}
)
_BARE_BYLINE_MAX_CHARS: Final = 90
# An office's noun closing a line ("NATO Secretary-General", "Foreign Minister", "Defense
# Secretary"): a job title the column broke from the name under it, no writer's name (only
# nouns no English surname is: "King", "Prince" and "Bishop" are names too).
_OFFICE_LAST_WORDS: Final = frozenset(
    {"minister", "secretary", "secretary-general", "ambassador", "president", "envoy"}
    | {"spokesman", "spokeswoman", "spokesperson", "premier", "chairman", "chairwoman"}
    | {"undersecretary", "under-secretary", "vice-president", "commissioner", "diplomat"}
)


def without_byline_date(line: str) -> str:
    """A byline's names without the page's date after them: "Jane Doe | March 3, 2026"."""
    return _BYLINE_BARE_DATE_RE.sub("", _BYLINE_TAIL_RE.sub("", line)).strip()


def _name_before_role(item: str) -> str:
    """
    The name before a job title on a byline: "Jane Doe Staff Writer" -> "Jane Doe".

    A name in capitals ends where the words in title case start: "JANE DOE Herald Staff
    Writer" (the paper's name is part of the job) -> "JANE DOE".  Empty when no name is left.
    """
    name = _without_role(item)
    if name == item:
        return ""
    words = name.split()
    if words and words[0].isupper() and not words[-1].isupper():
        words = list(itertools.takewhile(str.isupper, words))
    if len(words) < _MIN_NAME_WORDS or any(
        w.casefold() in _ROLE_OPENERS or w.casefold() in {"from", "by"} for w in words
    ):
        return ""  # "From Our Diplomatic Correspondent": a desk, no name
    return " ".join(words)


def read_bare_byline(line: str, tally: Credits) -> bool:
    """
    Read a byline without "By" under the headline: names alone, maybe with job titles.

    "Jane Doe", "Jane Doe and John Roe", "Jane Doe | John Roe", "Jane Doe, Diplomatic Editor".
    Every item must read as a person's name; a place, a region, an institution or a section
    heading ("South Caucasus", "Foreign Ministry", "Summit Talks") is no byline.
    """
    if len(line) > _BARE_BYLINE_MAX_CHARS or ":" in line or line.endswith(("!", "?")):
        return False
    line = _without_contact(line)
    if line.endswith(")"):
        # "Jane Doe (The Example Post)": the names, then the outlet they write for
        return _bare_byline_with_outlet(line, tally)
    dashed = (
        _DASHED_OUTLET_RE.match(line)
        if " - " in line or " – " in line or " | " in line or " / " in line
        else None
    )
    read = dashed is not None and _bare_byline_dashed_outlet(dashed, tally)
    if read or (dashed is not None and " | " not in line and " / " not in line):
        # "Jane Doe - The Example Star": the names, then the paper they write for ("Jane Doe
        # | John Roe" reads on as two names)
        return read
    name, comma, post = line.partition(", ")
    if comma and _POST_RE.match(post.split(", ", 1)[0]):
        # "Jane Doe, Senior Researcher, Example Programme, Example Institute": a think tank's
        # or a university's writer, the post and the institution after the name
        line = name
    line = _less_agency_post(line, tally)
    names, comma, role = line.rpartition(", ")
    if comma and names and _ROLE_LINE_RE.match(role) and not _name_like(role):
        # "Jane Doe, senior reporter", "Jane Doe, RNZ Pacific journalist": the job in lower
        # case after the names
        line = names
    if not _name_like(line):
        return False
    items = [
        _name_before_role(item) if _without_role(item) != item else item
        for item in (_TRAILING_PLACE_RE.sub("", raw) for raw in _items(line))
        if not is_role(item)
    ]
    items = [item for item in items if item]
    # where the writers filed from beside their names: "Jane Doe, Nairobi"
    places = [item for item in items if _is_place(item)]
    if places and len(places) < len(items):
        items = [item for item in items if item not in places]
    if not items or not all(
        is_person(item)
        and not _is_place_or_heading(item)
        and not _has_demonym(item)
        and not any(w.casefold() in _NOT_NAME_WORDS for w in item.split())
        and not any(w.casefold() in _DECK_PREPOSITIONS for w in item.split()[1:])
        and item.rsplit(None, 1)[-1].casefold() not in _OFFICE_LAST_WORDS
        and not masthead_like(item)
        # a document's reference number ("DPB #158", "PR 45"): no name holds a digit
        and not any(c.isdigit() for c in item)
        for item in items
    ):
        return False
    for item in items:
        tally.add_author(item)
    return True


# A byline naming the writer's paper after a dash: "Jane Doe - The Example Star" (the bylines
# of Manila and other Asian dailies' sites).
_DASHED_OUTLET_RE: Final = re.compile(
    # (or after a bar: "Jane Doe | The Example Star")
    # (or after a spaced slash: "Jane Doe / The Example Star", as Southern African papers print it)
    r"^(?P<names>[^()|/]{2,60}?) [-–|/] "
    r"(?:[Tt]he )?(?P<outlet>[A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*){0,4})$"
)


def _bare_byline_dashed_outlet(match: re.Match[str], tally: Credits) -> bool:
    """Read "Jane Doe - The Example Star": people's names, then their outlet after a dash."""
    outlet = _tidy(match["outlet"])
    known = known_outlet(outlet)
    if known is None and not masthead_like(outlet):
        return False
    trial = Credits()
    if not read_bare_byline(match["names"], trial):
        return False
    for name in trial.authors:
        tally.add_author(name)
    tally.outlet = tally.outlet or (known[0] if known else outlet)
    return True


# A standfirst closing with its writer's name: "Talks focused on the peace process, writes
# Jane Doe" (the weeklies' and reviews' way of signing a story under its headline).
_STANDFIRST_WRITER_RE: Final = re.compile(
    r",\s+(?:writes|reports)\s+(?P<names>[A-Z][\w'’.-]+(?:\s+(?:and\s+)?[A-Z][\w'’.-]+){1,5})\.?$"
)


def read_standfirst_writer(line: str, tally: Credits) -> bool:
    """Credit the writer a standfirst names at its close ("..., writes Jane Doe")."""
    match = _STANDFIRST_WRITER_RE.search(line) if "writes " in line or "reports " in line else None
    if match is None:
        return False
    trial = Credits()
    if not read_bare_byline(match["names"], trial):
        return False
    for name in trial.authors:
        tally.add_author(name)
    return True


def _bare_byline_with_outlet(line: str, tally: Credits) -> bool:
    """Read "Jane Doe (The Example Post)": people's names, then their outlet in brackets."""
    match = _OWN_OUTLET_RE.match(line)
    if match is None or "(" in match["names"]:
        return False
    outlet = _tidy(match["outlet"])
    if canonical_agency(outlet) is None and not masthead_like(outlet):
        return False
    trial = Credits()
    if not read_bare_byline(match["names"], trial):
        return False
    for name in trial.authors:
        tally.add_author(name)
    _outlet_in_brackets(line, tally)
    return True


# The story naming its own outlet: "told Caucasus Courier", "speaking to Kavkaz24", "Caucasus
# Courier has learned", "did not respond to Caucasus Courier's request for comment".  A name
# introduced as another outlet's ("Russia's Kommersant newspaper", "CNN's Jake Tapper") is not
# the page's own.
_OUTLET_NAME: Final = r"(?:The )?[A-Z][\w&.-]*(?: (?:[A-Z0-9][\w&.-]*|of(?= [A-Z]))){0,4}"
_MEDIA_NOUNS: Final = (
    r"newspaper|channel|broadcaster|website|radio|television|daily|weekly|magazine|agency"
    r"|news agency|programme|program|show|podcast|outlet|network|station|tabloid"
)
# The citing words, found with str.find (a regex scan of the whole story costs more); the
# pattern after each is matched where it stands.
_TOLD_ANCHORS: Final = (
    "told ",
    "speaking to ",
    "spoke to ",
    "in an interview with ",
    "in a statement to ",
    "confirmed to ",
    "contacted by ",
    "approached by ",
)
_TOLD_OUTLET_RE: Final = re.compile(
    r"\b(?:told|speaking to|spoke to|in an interview with|in a statement to|confirmed to"
    rf"|contacted by|approached by) (?:the )?(?P<name>{_OUTLET_NAME})"
    rf"(?![\w'’&-]| (?:{_MEDIA_NOUNS})\b)"
)
_OUTLET_VERB_RE: Final = re.compile(
    r" (?:has|had) (?:contacted|learned|learnt|seen|obtained|reached out to|approached|asked"
    r"|requested|verified|confirmed)\b"
)
_COMMENT_REQUEST: Final = "s request for comment"
_NAME_BEFORE_RE: Final = re.compile(rf"(?<![\w'’-])(?:the )?(?P<name>{_OUTLET_NAME})$")
_LOOK_BACK: Final = 60


def _anchored(story: str, anchor: str) -> list[int]:
    """Where ``anchor`` stands in ``story``."""
    found = []
    pos = story.find(anchor)
    while pos >= 0:
        found.append(pos)
        pos = story.find(anchor, pos + 1)
    return found


def _named_before(story: str, end: int) -> str | None:
    """The outlet-like name ending at ``end`` ("Caucasus Courier| has learned")."""
    before = _NAME_BEFORE_RE.search(story, max(end - _LOOK_BACK, 0), end)
    return before["name"] if before is not None else None


# The page's own reporter named in its story: "sat down with Example Times staff reporter
# Jane Doe", "told Example Times reporter Jane Doe", "Example Times correspondent Jane Doe".
_OWN_REPORTER_TAIL_RE: Final = re.compile(
    r" (?:(?:staff|senior|chief|political|diplomatic|foreign) )?"
    r"(?:reporter|writer|correspondent|journalist)s? "
    r"(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){1,3})(?![\w'’-])"
)
_OWN_REPORTER_REACH: Final = 1500


def own_reporter(story: str, outlet: str) -> str | None:
    """
    The page's own reporter the story's opening names with the outlet's name, or ``None``.

    "Emilio Dacanay sat down with Example Times staff reporter Jane Doe": an interview's
    introduction names its writer so.  Only the outlet's own name counts ("told Reuters
    reporter Jane Doe" names another outlet's), and the name must read as a person's.
    """
    opening = story[:_OWN_REPORTER_REACH]
    pos = opening.find(f"{outlet} ")
    while pos >= 0:
        found = _OWN_REPORTER_TAIL_RE.match(opening, pos + len(outlet))
        if found is not None and is_person(found["name"]):
            return found["name"]
        pos = opening.find(f"{outlet} ", pos + 1)
    return None


def read_named_outlet(story: str, tally: Credits) -> str | None:
    """
    The outlet the story names as its own ("told Caucasus Courier", "X has learned"), or None.

    The name must read as an outlet's (a known outlet, a masthead word, a digit: see
    :func:`masthead_like`); an agency counts only when no other agency is credited.  A story
    naming two outlets so names none: it quotes another outlet, and which one is its own is
    not told.
    """
    found: list[str | None] = []
    for anchor in _TOLD_ANCHORS:
        for pos in _anchored(story, anchor):
            told = _TOLD_OUTLET_RE.match(story, pos)
            found.append(told["name"] if told is not None else None)
    found.extend(
        _named_before(story, pos)
        for verb in (" has ", " had ")
        for pos in _anchored(story, verb)
        if _OUTLET_VERB_RE.match(story, pos)
    )
    found.extend(
        _named_before(story, pos - 1)
        for pos in _anchored(story, _COMMENT_REQUEST)
        if pos > 0 and story[pos - 1] in "'’"
    )
    names = {
        name.casefold(): name
        for name in (_outlet_name(n) for n in found if n)
        if _own_outlet(name, tally)
    }
    return next(iter(names.values())) if len(names) == 1 else None


def _outlet_name(name: str) -> str:
    """Cut what the name pattern ran past: a next sentence, a person "of" an outlet."""
    name = name.split(". ", maxsplit=1)[0].rstrip(".")
    head, of, _ = name.partition(" of ")
    if of and head.split()[-1].casefold() not in MASTHEAD_WORDS:
        return head  # "Jane Doe of Fox News" is a person
    return name


def _own_outlet(name: str, tally: Credits) -> bool:
    agency = canonical_agency(name)
    if agency is not None:
        return tally.agencies in ([], [agency])
    return masthead_like(name) and not _has_demonym(name)


def _is_place_or_heading(name: str) -> bool:
    title = name.title() if name.isupper() else name
    return (
        title in CITIES
        or title in COUNTRY_NAMES
        or any(w.casefold() in _HEADING_WORDS for w in title.split())
    )


def _is_place(name: str) -> bool:
    title = name.title() if name.isupper() else name
    return title in CITIES or title in COUNTRY_NAMES


def reads_as_heading(name: str) -> bool:
    """Whether ``name`` is a place or a section heading ("Summit Talks"), not an outlet's."""
    return _is_place_or_heading(name)


def _has_demonym(name: str) -> bool:
    """Whether a word of ``name`` is a nationality ("Chinese Premier"): not a person's name."""
    return any(w in DEMONYMS for w in (name.title() if name.isupper() else name).split())


# An agency the story draws on, named with a citing verb: "a statement carried by the official
# Xyz news agency", "told the state-run Xyz news agency", "according to Iran's semi-official Xyz
# news agency", "the official news agency XYZ reported".  An agency merely mentioned is not
# credited.
_CITE_BEFORE: Final = (
    r"(?:carried|reported|quoted|cited|published|released|distributed) by|told|[Aa]ccording to"
    r"|[Ss]peaking to|said to|(?:in|during) (?:an? )?(?:interview|remarks|comments)s? (?:with|to)"
)
_CITE_AFTER: Final = r"reported|reports|said|says|quoted|quotes|cited|cites|carried|published"
_AGENCY_MODIFIER: Final = (
    r"(?:official|state|state-run|state-owned|state-controlled|government|government-run"
    r"|government-owned|semi-official|semiofficial|national|independent|private|privately-owned)"
)
_AGENCY_MODIFIERS: Final = rf"(?:{_AGENCY_MODIFIER}\s+)*"
_CITED_NAME: Final = r"[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}"
_CITED_AGENCY_RE: Final = re.compile(
    # "the official X news agency", or without the article: "state news agency X reported"
    rf"\b(?:(?:[Tt]he|[A-Z][\w.-]*(?:'s|’s))\s+|(?={_AGENCY_MODIFIER}\s)){_AGENCY_MODIFIERS}"
    rf"(?:(?P<name>{_CITED_NAME})\s+(?P<kind>news agency|News Agency|Press Agency|press agency)"
    rf"|(?:[A-Z][\w-]*\s+)?news agency,?\s+(?P<after>{_CITED_NAME}))"
    # "told the News Agency of Nigeria (NAN)": the agency named after its kind
    rf"|\b[Tt]he\s+(?P<of>(?:News|Press) Agency of (?:the )?{_CITED_NAME})"
    r"(?:\s+\((?P<abbr>[A-Z]{2,6})\))?"
)
_CITE_BEFORE_RE: Final = re.compile(rf"\b(?:{_CITE_BEFORE})\s+$")
_CITE_AFTER_RE: Final = re.compile(rf",?\s+(?:{_CITE_AFTER})\b")

_ABBR_AFTER_RE: Final = re.compile(r"\s+\((?P<abbr>[A-Z]{2,8})\)")
_NAME_AFTER_RE: Final = re.compile(rf"\s+(?P<abbr>{_CITED_NAME})")


def _named_after_people(window: str, match: re.Match[str]) -> re.Match[str] | None:
    """The known agency named after "the Soviet news agency" (a people's, not a name)."""
    name = match["name"]
    if not name or (name not in DEMONYMS and name not in COUNTRY_NAMES):
        return None
    found = _NAME_AFTER_RE.match(window, match.end())
    return found if found is not None and canonical_agency(found["abbr"]) else None


_AGENCY_WORDS_RE: Final = re.compile(r"\b[Nn]ews [Aa]gency\b|\bPress Agency\b|\bpress agency\b")
_CITE_WINDOW: Final = 120


def _cited_agency(match: re.Match[str]) -> str | None:
    if match["of"]:
        return (
            canonical_agency(match["of"])
            or (match["abbr"] and canonical_agency(match["abbr"]))
            or match["of"]
        )
    if match["after"]:
        return canonical_agency(match["after"]) or match["after"]
    name, kind = match["name"], match["kind"]
    known = canonical_agency(f"{name} {kind}") or canonical_agency(name)
    if known is not None:
        return known
    if kind[0].isupper():
        # "the Omani News Agency": a people's name in capitals with the kind is a name
        return f"{name} {kind}"
    if name in DEMONYMS or name in COUNTRY_NAMES:
        return None  # "the official Ruritanian news agency" names no agency
    return name


# "according to Xinhua", "Kyodo reported", "an Antara correspondent reports": a known agency
# named as the story's source, by
# its own name (the table's canonical name or a name of more than one word: initials such as
# "PA" or "NA" name other bodies too).
_ACCORDING_TO: Final = "according to "
_TOLD: Final = " told "
# (or quoted someone: "IRNA quoted the minister as saying")
_REPORTED_BY_NAME: Final = (" reported", " reports", " correspondent report", " quoted")
_SOURCE_NAME_RE: Final = re.compile(r"(?:the )?(?P<name>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})")
_NAME_BEFORE_VERB_RE: Final = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})(?: news agency)?,?$"
)
_MIN_SOURCE_NAME_CHARS: Final = 3


def _source_agency(name: str) -> str | None:
    """The agency a story names as its source, when the name names it surely."""
    # (the words a full stop ends belong to the sentence before: "on Tuesday. Tass reported")
    name = name.rsplit(". ", 1)[-1].rstrip(".")
    agency = canonical_agency(name)
    if agency is None or len(name) < _MIN_SOURCE_NAME_CHARS:
        return None
    # (the table's name in other letters is as sure: "Tass reported", "HINA reported")
    return agency if name.casefold() == agency.casefold() or " " in name.strip() else None


# a paper's name, maybe with the small words of other languages: "Jornal do Example"
_PAPER_NAME_RE: Final = re.compile(
    r"(?:the )?(?P<name>[A-Z][\w&.'’-]*(?: (?:(?:del|de|do|da|di|du)\b|[A-Z][\w&.'’-]*)){1,4})"
)
# what closes a paper's name after "according to": a comma or the sentence's end
_CITED_PAPER_END_RE: Final = re.compile(r"\s*(?:[,;]|\.(?:\s|$))")


def _cited_paper(body: str, found: re.Match[str]) -> str | None:
    """
    The paper "according to" names, closed by a comma: "According to Diario Example, ...".

    A name of two words at least holding a masthead word ("Example Times", "Listín Example
    Diario"), not an agency's: the story's source for what follows.
    """
    found = _PAPER_NAME_RE.match(body, found.start()) or found
    name, end = found["name"], found.end()
    if name.endswith("."):  # the sentence's full stop
        name, end = name[:-1], end - 1
    if " " not in name or _CITED_PAPER_END_RE.match(body, end) is None or not masthead_like(name):
        return None
    return name


# An agency named with its kind, after it or before it: "Croatian news agency HINA reported",
# "the federal news agency Tanjug said", "the Example news agency broadcast a note".
_NEWS_AGENCY: Final = "news agency"
_AGENCY_AFTER_KIND_RE: Final = re.compile(r" (?P<name>[A-Z][\w-]{1,15})\b(?![ -][A-Z])")
_AGENCY_BEFORE_KIND_RE: Final = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w-]{1,15}) $")
_AGENCY_KIND_LOOK_BACK: Final = 17
# what the agency did, right after its name: it said, reported or broadcast something
_AGENCY_CITES_RE: Final = re.compile(
    # (or named what it reported: "the official news agency XYZ called the raid 'piracy'")
    # (after an aside maybe: "the news agency Tass, in a report filed late on Monday, quoted")
    r"(?:,[^,.\n]{1,48},|,)?\s+(?:said|says|reported|reports|quoted|cited|broadcast|carried"
    r"|announced|called"
    r"|described)\b"
)


def _agencies_by_kind(body: str, tally: Credits) -> None:
    """
    Credit a known agency the story names with the words "news agency" beside its name.

    "Croatian news agency HINA reported", "the federal news agency Tanjug said" and "the
    Hsinhua news agency broadcast": the kind makes a short name or initials as sure as a
    long name is (the agency table still has to know the name).
    """
    for pos in _anchored(body, _NEWS_AGENCY):
        end = pos + len(_NEWS_AGENCY)
        after = _AGENCY_AFTER_KIND_RE.match(body, end)
        agency = None
        if after is not None and _AGENCY_CITES_RE.match(body, after.end()) is not None:
            agency = canonical_agency(after["name"])
        elif _AGENCY_CITES_RE.match(body, end) is not None:
            before = _AGENCY_BEFORE_KIND_RE.search(body, max(pos - _AGENCY_KIND_LOOK_BACK, 0), pos)
            if before is not None:
                name = before["name"]
                agency = canonical_agency(f"{name} {_NEWS_AGENCY}") or canonical_agency(name)
        if agency is not None:
            tally.add_agency(agency)


def read_source_agencies(body: str, tally: Credits) -> None:
    """Credit the agencies ``body`` names as its sources: "according to WAM", "Kyodo reported"."""
    _agencies_by_kind(body, tally)
    for pos in [*_anchored(body, _ACCORDING_TO), *_anchored(body, "According to ")]:
        found = _SOURCE_NAME_RE.match(body, pos + len(_ACCORDING_TO))
        agency = _source_agency(found["name"]) if found is not None else None
        if agency is None and found is not None:
            agency = _cited_paper(body, found)
        if agency is not None:
            tally.add_agency(agency)
    for pos in _anchored(body, _TOLD):
        # "the ship's master told AFP by satellite phone": the agency's interview reported
        found = _SOURCE_NAME_RE.match(body, pos + len(_TOLD))
        agency = _source_agency(found["name"]) if found is not None else None
        if found is not None and agency is not None:
            # "told Example Agency (EA)": the short form the page credits it by elsewhere
            abbr = _ABBR_AFTER_RE.match(body, found.end())
            tally.add_agency((abbr and canonical_agency(abbr["abbr"])) or agency)
    for verb in _REPORTED_BY_NAME:
        for pos in _anchored(body, verb):
            found = _NAME_BEFORE_VERB_RE.search(body, max(pos - _LOOK_BACK, 0), pos)
            agency = _source_agency(found["name"]) if found is not None else None
            if agency is not None:
                tally.add_agency(agency)


# A state outlet named by its kind before its name: "state broadcaster SSBC", "the official
# news agency IRNA", "public television RTX".
_STATE_OUTLET_ANCHORS: Final = (" broadcaster ", " television ", " TV ", " radio ", " news agency ")
# cited: told it, said on it, or it said ("told state television RTX", "read on state
# broadcaster ZBX,", "state radio ZBX reported"); not "visited state radio ZBX headquarters"
_STATE_OUTLET_RE: Final = re.compile(
    r"\b(?:on|told|to|by|from|via) (?:the )?"
    r"(?:state|state-run|state-owned|public|official|national) (?:broadcaster|television|TV"
    r"|radio|news agency) $"
)
_STATE_OUTLET_LOOK_BACK: Final = 30
_STATE_OUTLET_NAME_RE: Final = re.compile(r"[A-Z][A-Za-z]{1,7}\b(?![ -][A-Z])")
_STATE_OUTLET_AFTER_RE: Final = re.compile(
    r"\s*[,.;]|\s+(?:said|says|reported|reports|quoted|cited|aired|broadcast|on|in|that)\b"
)


# A paper named by its kind before its name, cited: "reported the daily Example Tribune",
# "according to the Spanish-language newspaper El Ejemplo", "the weekly Example Week quoted".
_KIND_OUTLET_ANCHORS: Final = (" daily ", " newspaper ", " weekly ")
_KIND_OUTLET_BEFORE_RE: Final = re.compile(
    r"\b(?:[Aa]ccording to|reported|reports|told|quoted by|cited by|published by|carried by"
    r"|interview with|speaking to|said to) (?:the |a )?(?:[\w-]+ ){0,2}$"
)
_KIND_OUTLET_LOOK_BACK: Final = 45
_KIND_OUTLET_NAME_RE: Final = re.compile(
    r"(?P<name>(?:(?:El|La|Le|Les|Il|O|The|Al|Die|Der|De) )?\w[\w'’.-]*"
    r"(?: (?:de|del|da|do|di|\w[\w'’.-]*)){0,3}?)"
    r"(?P<after>\s*[,;:]|\.(?:\s|$)|\s+(?:said|says|reported|reports|quoted|quotes|cited"
    r"|wrote|writes|published|added|that)\b)"
)
# cited after the name: "the weekly X said" (not "the weekly X that ...")
_KIND_OUTLET_VERB_RE: Final = re.compile(r"\s+(?!that\b)\w")
# capitalised words after "the newspaper" that name no paper: "told the newspaper Monday"
_NOT_OUTLET_OPENINGS: Final = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "on",
        "in",
        "at",
        "that",
        "this",
        "it",
        "he",
        "she",
        "they",
        "last",
        "earlier",
        "today",
        "yesterday",
    }
)


def read_kind_named_outlets(body: str, tally: Credits) -> None:
    """
    Credit a paper named by its kind and cited: "according to the daily Example Tribune".

    The kind ("daily", "newspaper", "weekly") tells the name is an outlet's; the story cites it
    before ("reported the daily X", "told the newspaper X") or after the name ("the weekly X
    said").  A paper merely mentioned ("an editorial in the daily X") is not credited.
    """
    for anchor in _KIND_OUTLET_ANCHORS:
        for pos in _anchored(body, anchor):
            end = pos + len(anchor)
            found = _KIND_OUTLET_NAME_RE.match(body, end)
            if found is None or not all(
                word[0].isupper() or word in {"de", "del", "da", "do", "di"}
                for word in found["name"].split()
            ):
                continue
            cited = (
                _KIND_OUTLET_BEFORE_RE.search(
                    body, max(pos + 1 - _KIND_OUTLET_LOOK_BACK, 0), pos + 1
                )
                is not None
            )
            if not cited and _KIND_OUTLET_VERB_RE.match(found["after"]) is None:
                continue
            name = found["name"]
            if (
                name in COUNTRY_NAMES
                or name in DEMONYMS
                or name.split()[0].casefold() in _NOT_OUTLET_OPENINGS
            ):
                continue
            tally.add_agency(name)


def read_state_outlets(body: str, tally: Credits) -> None:
    """Credit a state outlet named by its kind: "a statement read on state broadcaster SSBC"."""
    for anchor in _STATE_OUTLET_ANCHORS:
        for pos in _anchored(body, anchor):
            end = pos + len(anchor)
            if _STATE_OUTLET_RE.search(body, max(pos - _STATE_OUTLET_LOOK_BACK, 0), end) is None:
                continue
            found = _STATE_OUTLET_NAME_RE.match(body, end)
            if found is None or _STATE_OUTLET_AFTER_RE.match(body, found.end()) is None:
                continue
            name = found[0]
            if canonical_agency(name) or (name.isupper() and name not in ORGANIZATIONS):
                tally.add_agency(name)


def read_cited_agencies(body: str, tally: Credits) -> None:
    """Credit the agencies ``body`` cites as its sources ("carried by the X news agency")."""
    read_source_agencies(body, tally)
    read_state_outlets(body, tally)
    read_kind_named_outlets(body, tally)
    if "gency" not in body:
        return
    for anchor in _AGENCY_WORDS_RE.finditer(body):
        # read only around each "news agency": one regex scan of the whole body is too slow
        start = max(anchor.start() - _CITE_WINDOW, 0)
        window = body[start : anchor.end() + _CITE_WINDOW]
        where = anchor.start() - start
        for match in _CITED_AGENCY_RE.finditer(window):
            after = match.end()
            abbr = _ABBR_AFTER_RE.match(window, after)
            if abbr is not None:
                after = abbr.end()  # "the Example News Agency (ENA) reported"
            named = _named_after_people(window, match)
            if named is not None:
                # "the Soviet news agency Tass said": the agency after its people's adjective
                after = named.end()
                abbr = named
            if match.start() <= where < match.end() and (
                _CITE_BEFORE_RE.search(window, 0, match.start())
                or _CITE_AFTER_RE.match(window, after)
            ):
                # "the National News Agency (NNA) reported": the known initials name it surely
                agency = (
                    canonical_agency(named["abbr"])
                    if named is not None
                    else abbr["abbr"]
                    if abbr is not None and canonical_agency(abbr["abbr"])
                    else _cited_agency(match)
                )
                if agency is not None:
                    tally.add_agency(agency)
