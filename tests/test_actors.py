"""Actor recognition and coreference, on short texts written for these tests."""

from __future__ import annotations

from diplomeet._actors import actor_at, countries_in, mentions, surname_key
from diplomeet._document import Document
from diplomeet.records import Actor


def _doc(text: str) -> Document:
    return Document(text=text)


def _at(doc: Document, words: str, nth: int = 0) -> Actor | None:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(words, start + 1)
    return actor_at(doc, start, start + len(words))


def test_nationality_title_full_name() -> None:
    """The words "Chilean President Ana Rojas" gives name, title and country."""
    doc = _doc("Chilean President Ana Rojas arrived in Lima on Monday.")
    assert _at(doc, "Chilean President Ana Rojas") == Actor(
        name="Ana Rojas", kind="person", title="President", country="CL"
    )


def test_possessive_country_and_lower_case_title() -> None:
    """The words "Kenya's foreign minister David Ochieng" reads the country from the possessive."""
    doc = _doc("Kenya's foreign minister David Ochieng flew to Addis Ababa.")
    actor = _at(doc, "David Ochieng")
    assert actor == Actor(
        name="David Ochieng", kind="person", title="foreign minister", country="KE"
    )


def test_us_abbreviation_and_portfolio_secretary() -> None:
    """The words "U.S. Trade Secretary" is a title with country US."""
    doc = _doc("U.S. Trade Secretary Paula Grant met her Japanese counterpart.")
    actor = _at(doc, "Paula Grant")
    assert actor is not None
    assert (actor.title, actor.country) == ("Trade Secretary", "US")


def test_royal_title_single_name() -> None:
    """The words "King Harald" is a person known by one name."""
    doc = _doc("King Harald received the envoy at the palace.")
    actor = _at(doc, "King Harald")
    assert actor == Actor(name="Harald", kind="person", title="King")


def test_a_regnal_number_is_part_of_the_name() -> None:
    """A monarch's or pope's number stays in the name: "King Tupou VII", "Carl XVI Gustaf"."""
    doc = _doc(
        "King Tupou VII received the envoy, then Pope Leo XIV and King Carl XVI Gustaf met"
        " President Anna Berg, who wrote on X that I was wrong."
    )
    assert _at(doc, "King Tupou VII") == Actor(name="Tupou VII", kind="person", title="King")
    leo = _at(doc, "Pope Leo XIV")
    assert leo is not None
    assert leo.name == "Leo XIV"
    carl = _at(doc, "King Carl XVI Gustaf")
    assert carl is not None
    assert carl.name == "Carl XVI Gustaf"
    berg = _at(doc, "President Anna Berg")
    assert berg is not None
    assert berg.name == "Anna Berg"  # "on X" and "I" are no numbers


def test_a_pair_named_by_office_is_the_holders_not_the_latest_ministers() -> None:
    """A pair named by its office is its holder and his counterpart, not the latest aides."""
    doc = _doc(
        "Croatia's Prime Minister Ivo Marek hosted his Slovenian counterpart Dan Sorel on"
        " Monday. They were joined by their transport ministers, Ana Pik and Lev Toth. The two"
        " prime ministers last met in March."
    )
    pair = next(m for m in mentions(doc) if doc.text[m.start : m.end] == "The two prime ministers")
    assert [a.name for a in pair.members or ()] == ["Ivo Marek", "Dan Sorel"]


def test_particles_in_names() -> None:
    """Arabic and European particles stay inside the name ("al-", "de la")."""
    doc = _doc("Iraqi President Khalid al-Rawi met Spanish Foreign Minister Luis de la Vega.")
    assert _at(doc, "Khalid al-Rawi") is not None
    assert _at(doc, "Khalid al-Rawi").name == "Khalid al-Rawi"  # type: ignore[union-attr]
    assert _at(doc, "Luis de la Vega").name == "Luis de la Vega"  # type: ignore[union-attr]


def test_surname_links_to_full_name() -> None:
    """A later surname resolves to the person introduced in full, even before it."""
    doc = _doc(
        "Ochieng hails deal\n"
        "Kenyan Foreign Minister David Ochieng signed the deal on Friday. "
        "Ochieng said it was fair."
    )
    full = _at(doc, "David Ochieng")
    assert _at(doc, "Ochieng", 0) == full
    assert _at(doc, "Ochieng", 2) == full


def test_apposition_gives_title_and_country() -> None:
    """An apposition "Name, a Peruvian-born Chilean minister ..." sets title and country."""
    doc = _doc(
        "Rojas was joined by Tomas Bravo, a Peruvian-born Chilean minister in charge of "
        "mining, according to local media."
    )
    actor = _at(doc, "Tomas Bravo")
    assert actor is not None
    assert (actor.title, actor.country) == ("minister", "CL")


def test_name_of_country() -> None:
    """The words "President Jean Dupont of France" takes the country after "of"."""
    doc = _doc("President Jean Dupont of France said the talks went well.")
    assert _at(doc, "Jean Dupont").country == "FR"  # type: ignore[union-attr]


def test_us_party_state_tag() -> None:
    """The words "Sen. Tom Baker (R-Texas)" is a US legislator."""
    doc = _doc("Sen. Tom Baker (R-Texas) criticised the plan.")
    actor = _at(doc, "Tom Baker")
    assert actor is not None
    assert (actor.title, actor.country) == ("Sen.", "US")


def test_description_links_to_person() -> None:
    """The words "the Chilean president" and "the leader" resolve to the matching person."""
    doc = _doc(
        "Chilean President Ana Rojas met Peruvian Prime Minister Jorge Salas in Lima. "
        "The Chilean president praised the host. Later the Peruvian leader spoke."
    )
    assert _at(doc, "The Chilean president").name == "Ana Rojas"  # type: ignore[union-attr]
    assert _at(doc, "the Peruvian leader").name == "Jorge Salas"  # type: ignore[union-attr]


def test_two_leaders_is_the_pair() -> None:
    """The words "the two leaders" refers to the two people last mentioned."""
    doc = _doc(
        "Chilean President Ana Rojas met Peruvian Prime Minister Jorge Salas. "
        "The two leaders discussed trade."
    )
    pair = next(m for m in mentions(doc) if m.form == "group")
    assert [a.name for a in pair.members] == ["Ana Rojas", "Jorge Salas"]


def test_pronoun_takes_the_sentence_subject() -> None:
    """The words "he" in the next sentence refers to the previous sentence's subject."""
    doc = _doc(
        "Kenyan Foreign Minister David Ochieng met envoy Mark Lowe on Friday. "
        "He said the meeting was useful."
    )
    assert _at(doc, "He").name == "David Ochieng"  # type: ignore[union-attr]


def test_pronoun_skips_other_gender() -> None:
    """The words "she" skips a man marked by his title."""
    doc = _doc(
        "King Harald welcomed Prime Minister Ingrid Lunde. Mrs. Lunde thanked him. "
        "Later she left for Bergen."
    )
    assert _at(doc, "she").name == "Ingrid Lunde"  # type: ignore[union-attr]


def test_possessive_pronoun_gives_country_to_adviser() -> None:
    """The words "his national security adviser X" inherits the country of "his"."""
    doc = _doc(
        "Chilean President Pablo Rojas flew to Madrid. He is accompanied by his national "
        "security adviser Luis Mena and head of military intelligence Diego Soto."
    )
    assert _at(doc, "Luis Mena") == Actor(
        name="Luis Mena", kind="person", title="national security adviser", country="CL"
    )
    assert _at(doc, "Diego Soto").country == "CL"  # type: ignore[union-attr]


def test_organisations() -> None:
    """Seats of government, ministries by country, and speakers for a body."""
    doc = _doc(
        "The Kremlin said so. Peru's foreign ministry disagreed. A spokesman for the "
        "Chilean Navy declined to comment. NATO was silent."
    )
    assert _at(doc, "Kremlin") == Actor(name="Kremlin", kind="organization", country="RU")
    assert _at(doc, "Peru's foreign ministry") == Actor(
        name="Peruvian Foreign Ministry", kind="organization", country="PE"
    )
    assert _at(doc, "A spokesman") == Actor(name="Chilean Navy", kind="organization", country="CL")
    assert _at(doc, "NATO") == Actor(name="NATO", kind="organization")


def test_countries_and_peoples() -> None:
    """Country names are country actors; plural demonyms are groups."""
    doc = _doc("Ghana and the United States signed; Nigerians protested.")
    got = [(m.form, m.actor.country) for m in mentions(doc)]
    assert got == [("country", "GH"), ("country", "US"), ("group", "NG")]


def test_headline_words_are_not_names() -> None:
    """Title-case headline words around a known surname are not taken as names."""
    doc = _doc(
        "Rojas Talks Trade With Salas In Lima\n"
        "Chilean President Ana Rojas met Peruvian President Jorge Salas on Monday."
    )
    names = [doc.text[m.start : m.end] for m in mentions(doc)][:3]
    assert names == ["Rojas", "Salas", "Lima"] or names[:2] == ["Rojas", "Salas"]


def test_unknown_pronoun_is_none() -> None:
    """A pronoun with no person before it resolves to nothing."""
    doc = _doc("He arrived late.")
    assert _at(doc, "He") is None


def test_countries_in_clause() -> None:
    """Adjectives, possessives and names give ISO codes in order."""
    doc = _doc("A Turkish jet downed a Russian bomber near Syria's border.")
    assert countries_in(doc, 0, len(doc.text)) == ["TR", "RU", "SY"]


def test_surname_key() -> None:
    """The key is the last word less regnal numbers, letters only."""
    assert surname_key("Ana de la Rosa-Vidal") == "rosavidal"
    assert surname_key("Carl XVI") == "carl"


def test_mentions_are_cached_and_ordered() -> None:
    """mentions() is computed once and sorted by position."""
    doc = _doc("Chilean President Ana Rojas met Peruvian President Jorge Salas.")
    first = mentions(doc)
    assert mentions(doc) is first
    assert [m.start for m in first] == sorted(m.start for m in first)


def test_counterpart_takes_country_not_title() -> None:
    """The words "his Malian counterpart Awa Traore" give a Malian person without a title."""
    doc = _doc("Senegalese President Ousmane Diallo and his Malian counterpart Awa Traore spoke.")
    assert _at(doc, "Awa Traore") == Actor(name="Awa Traore", kind="person", country="ML")


def test_title_phrase_then_name_between_commas() -> None:
    """The words "the Minister for Trade of Norway, Mr. Lars Berg," name the minister."""
    doc = _doc(
        "The Minister for Trade of Norway, Mr. Lars Berg, met the Ambassador of Chile to "
        "Norway, H.E. Ms. Rosa Vidal, in Oslo."
    )
    berg = _at(doc, "Lars Berg")
    assert berg is not None
    assert (berg.title, berg.country) == ("Minister for Trade", "NO")
    assert _at(doc, "Rosa Vidal").name == "Rosa Vidal"  # type: ignore[union-attr]


def test_country_noun_before_title() -> None:
    """A country name used as an adjective ("Kosovo Prime Minister") gives the country."""
    doc = _doc("Kosovo Prime Minister Ilir Hoxha arrived.")
    assert _at(doc, "Ilir Hoxha").country == "XK"  # type: ignore[union-attr]


def test_country_possessive_before_bare_name() -> None:
    """The words "Malawi's Joyce Banda" are a person of Malawi."""
    doc = _doc("Zambian President Hakainde Mwila hosted Malawi's Joyce Banda.")
    assert _at(doc, "Malawi's Joyce Banda").country == "MW"  # type: ignore[union-attr]


def test_three_leaders_and_the_pair() -> None:
    """The words "the three leaders" and "the pair" group the last people mentioned."""
    doc = _doc(
        "Peruvian President Jorge Salas, Chilean President Ana Rojas and Bolivian President "
        "Luis Arce met. The three leaders signed. Later Salas and Rojas flew home; the pair "
        "spoke on the plane."
    )
    groups = [m for m in mentions(doc) if m.form == "group"]
    assert len(groups[0].members) == 3
    assert {a.name for a in groups[1].members} == {"Jorge Salas", "Ana Rojas"}


def test_hyphenated_given_name() -> None:
    """Korean given names with a lower-case part after the hyphen stay in the name."""
    doc = _doc("South Korean President Kim Min-jun met envoys.")
    assert _at(doc, "Kim Min-jun").name == "Kim Min-jun"  # type: ignore[union-attr]


def test_capitalised_common_word_is_not_part_of_a_name() -> None:
    """A sentence-initial common word ("Author Jane Roe") is dropped from the name."""
    doc = _doc("Author Jane Roe said so. Roe is an author of note.")
    assert _at(doc, "Jane Roe").name == "Jane Roe"  # type: ignore[union-attr]
    assert _at(doc, "Author") is None


def test_title_abbreviation_is_not_a_name() -> None:
    """A title abbreviation after a comma ("Republican, presidential candidate Sen.") is no name."""
    doc = _doc("The rival, presidential candidate Sen. Mark Dale, spoke.")
    assert _at(doc, "Mark Dale").name == "Mark Dale"  # type: ignore[union-attr]


def test_nationality_as_the_last_word() -> None:
    """A demonym that ends the text (it used to index past the last token)."""
    doc = Document(text="The offer was welcomed by one envoy who is Canadian")
    assert mentions(doc) == []


def test_bracketed_party_after_a_bare_name() -> None:
    """A name with no title followed by "(D-Ohio)" is a US legislator."""
    doc = _doc("Tom Baker (D-Ohio) opposed the bill. Baker said it was rushed.")
    actor = _at(doc, "Tom Baker")
    assert actor is not None
    assert actor.country == "US"


def _reference_tokens(text: str) -> tuple[list[str], list[int], list[int], list[str]]:
    """The words, starts, ends and gaps as a plain scan of _WORD_RE reads them."""
    from diplomeet._actors import _DOTTED, _INITIALS_RE, _WORD_RE  # noqa: PLC0415

    words, starts, ends, gaps, pos = [], [], [], [], 0
    for m in _WORD_RE.finditer(text):
        w, s, e = m.group(), m.start(), m.end()
        gaps.append(text[pos:s])
        if w.endswith(".") and not (
            w.lower() in _DOTTED or (w[1:2] == "." and _INITIALS_RE.fullmatch(w))
        ):
            w, e = w[:-1], e - 1
        if w[-2:] in {"'s", "\u2019s"} and len(w) > 2:
            w = w[:-2]
        words.append(w)
        starts.append(s)
        ends.append(e)
        pos = e
    gaps.append(text[pos:])
    return words, starts, ends, gaps


def test_tokenizer_reads_runs_like_a_word_by_word_scan() -> None:
    """The run-at-a-time tokenizer gives the words, offsets and runs of a plain scan."""
    from diplomeet._actors import _tokenize  # noqa: PLC0415

    texts = [
        "",
        "  ",
        "Mr. Ana de la Rosa-Vidal's visit to the U.S. ended.  Talks  resume Monday.",
        "The ministers' talks, held in St. Louis (R-Texas) on 3.5.2019, went on... \u2019s",
        "J.R. Okafor met Chile\u2019s envoy at 10:30 a.m. in Lima.\n\u201cWe agree,\u201d he said.",
        "\u03a3\u039f\u03a3. \u0130stanbul's mayor_ \u00e9lan 1,000, 2.5. x'  y\u2019",
    ]
    for text in texts:
        t = _tokenize(text)
        words, starts, ends, gaps = _reference_tokens(text)
        assert (t.words, t.starts, t.ends) == (words, starts, ends), text
        assert t.lowers == [w.lower() for w in words]
        assert t.gaps == gaps
        n = len(words)
        assert t.run_end == [
            next((m for m in range(k, n - 1) if t.gaps[m + 1] != " "), n - 1) for k in range(n)
        ]


def test_surname_of_several_words_resolves_to_the_full_name() -> None:
    """A later "Ben Salem" or "De Souza" is the person first named in full, not a new one."""
    doc = _doc(
        "Tunisian President Hedi Ben Salem met Brazilian Foreign Minister Maria De Souza "
        "in Tunis. Ben Salem said the talks were useful, and De Souza agreed."
    )
    assert _at(doc, "Ben Salem", nth=1) == Actor(
        name="Hedi Ben Salem", kind="person", title="President", country="TN"
    )
    assert _at(doc, "De Souza", nth=1) == Actor(
        name="Maria De Souza", kind="person", title="Foreign Minister", country="BR"
    )


def test_full_name_after_a_surname_of_several_words_is_the_same_person() -> None:
    """A surname of several words first, then the full name: one person."""
    doc = _doc("Ben Salem, the Tunisian president, arrived on Friday. Hedi Ben Salem said so.")
    first = _at(doc, "Ben Salem")
    assert first is not None
    assert _at(doc, "Hedi Ben Salem") == first
    assert first.name == "Hedi Ben Salem"


def test_shared_last_words_of_two_people_do_not_merge_them() -> None:
    """Two people with one surname stay two when their given names differ."""
    doc = _doc("Ana Rojas met Luis Rojas in Lima. Luis Rojas said nothing.")
    assert _at(doc, "Luis Rojas", nth=1) == _at(doc, "Luis Rojas")
    assert _at(doc, "Luis Rojas", nth=1) != _at(doc, "Ana Rojas")


def test_a_style_after_a_royal_office_keeps_the_office() -> None:
    """A style after a royal office ("Crown Prince Sheikh A") is skipped; the office stays."""
    doc = _doc("Kuwaiti Crown Prince Sheikh Sabah Al Sabah met Qatar's Emir Sheikh Tamim.")
    assert _at(doc, "Kuwaiti Crown Prince Sheikh Sabah Al Sabah") == Actor(
        name="Sabah Al Sabah", kind="person", title="Crown Prince", country="KW"
    )
    assert _at(doc, "Emir Sheikh Tamim") == Actor(
        name="Tamim", kind="person", title="Emir", country="QA"
    )


def test_a_given_name_spelt_like_a_title_after_a_style() -> None:
    """After "Sheikh", a word spelt like a title ("Sultan") is a given name."""
    doc = _doc(
        "President Sheikh Sultan bin Hamdan Al Rashed received the envoy. "
        "Sheikh Sultan said the talks were useful."
    )
    first = _at(doc, "Sultan bin Hamdan Al Rashed")
    assert first is not None
    assert first.name == "Sultan bin Hamdan Al Rashed"
    assert first.title == "President"


def test_names_in_apposition_to_a_group_of_officials_are_people() -> None:
    """In "The two leaders, A and B, met", A and B are people though nothing else tells it."""
    doc = _doc("The two leaders, Ana Lopes and Erik Holm, met in Lisbon on Friday.")
    for name in ("Ana Lopes", "Erik Holm"):
        found = _at(doc, name)
        assert found is not None
        assert (found.name, found.kind) == (name, "person")


def test_a_sentence_opening_function_word_is_no_part_of_a_name() -> None:
    """'Unlike Alan Graves, ...', 'Neither Graves nor ...': the name starts after the word."""
    for text in (
        "Unlike Alan Graves, the senator stayed in Ohio.",
        "Senator Alan Graves spoke first. Neither Graves nor his aides would comment later.",
        "Senator Alan Graves spoke first. Whereas Graves wanted a vote, the others did not.",
    ):
        names = {m.actor.name for m in mentions(Document(text))}
        assert names == {"Alan Graves"}, text


def test_an_office_in_apposition_before_a_styled_name_is_the_title() -> None:
    """'The minister, Sheikh A,', 'the envoy, Prince B,': the office is the title, not the style."""
    doc = _doc("The minister, Sheikh Fahad al-Salem, arrived here on Sunday.")
    assert _at(doc, "Fahad al-Salem") == Actor(
        name="Fahad al-Salem", kind="person", title="minister", country=None
    )
    doc = _doc("The envoy, Prince Nawaf bin Saad, flew to Rome.")
    actor = _at(doc, "Nawaf bin Saad")
    assert actor is not None
    assert actor.title == "envoy"
