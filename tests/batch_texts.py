"""
Articles written for the batch, CLI and Dask tests (original texts, invented events).

They are long enough for the language check to judge them, and varied enough that each
has some dates for the pipeline to find.
"""

# ruff: noqa: RUF001 - the Russian sample is Cyrillic on purpose

from __future__ import annotations

from typing import Final

ARTICLES: Final[tuple[str, ...]] = (
    # Wire style, dateline first.
    (
        "ARUSHA, Tanzania (Reuters) - Kenyan President William Ruto met his Tanzanian "
        "counterpart Samia Suluhu Hassan in Arusha on Tuesday to discuss cross-border trade "
        "and a long-delayed pipeline project, officials from both governments said.\n"
        "The two leaders agreed to meet again next month in Mombasa, according to a joint "
        "statement released after the talks.\n"
        '"We have removed the obstacles that kept our truckers waiting for days at the '
        'border," Ruto told reporters after the meeting. Hassan said the pipeline would be '
        "finished before the end of the year.\n"
        "The talks came a week after customs officers on both sides were accused of holding "
        "up fuel tankers for political reasons."
    ),
    # Broadcaster style, with a byline and a quote in the second paragraph.
    (
        "By Ana Ribeiro\n"
        "Brazil's foreign minister flew to Buenos Aires on Friday for talks with his "
        "Argentine counterpart about a trade dispute that has strained relations between the "
        "two neighbours since March.\n"
        '"We are not here to win an argument but to keep the market open," the minister said '
        "at a news conference in the Argentine capital, where he was received by the foreign "
        "ministry on Saturday morning.\n"
        "The visit was the first by a senior Brazilian official in nearly two years. A "
        "previous meeting, planned for November, was cancelled at the last minute."
    ),
    # Newspaper style, incident and reaction.
    (
        "Japan protested to China on Wednesday after two Chinese coast guard vessels entered "
        "waters around disputed islands in the East China Sea for the third time this month, "
        "the foreign ministry in Tokyo said.\n"
        "The chief cabinet secretary told a regular briefing that Japan had lodged a strong "
        "protest through diplomatic channels and would raise the matter when the two foreign "
        "ministers meet in Jakarta on July 12.\n"
        "Beijing said its ships were carrying out routine patrols in its own waters and urged "
        "Tokyo to stop what it called provocations. The incident was the latest in a series "
        "of confrontations that have worried the region since last year."
    ),
)

#: A French paragraph written for the not-English check.
FRENCH: Final = (
    "Le président de la République a reçu mardi à l'Élysée le chancelier allemand pour "
    "un dîner de travail consacré à la défense européenne et aux prix de l'énergie, selon "
    "un communiqué publié dans la soirée. Les deux dirigeants doivent se retrouver le mois "
    "prochain à Bruxelles, où les chefs d'État et de gouvernement se réuniront pour un "
    "sommet extraordinaire."
)

#: A Russian paragraph written for the not-English check.
RUSSIAN: Final = (
    "Министр иностранных дел во вторник провёл переговоры со своим коллегой в столице, "
    "где стороны обсудили вопросы торговли, энергетики и безопасности в регионе. По "
    "итогам встречи было подписано совместное заявление, а следующая встреча министров "
    "запланирована на осень этого года в другой столице региона."
)
