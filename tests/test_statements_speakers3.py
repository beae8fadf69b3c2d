"""Speakers of unseen outlets: bodies named in full, places, readouts (sentences written here)."""

from __future__ import annotations

from datetime import date

from diplomeet.records import Statement
from extraction_helpers import quoted_statements, speaker_in

PUBLISHED = date(2025, 4, 11)  # a Friday


def quoted(text: str) -> list[Statement]:
    """The direct and partial statements of ``text``, under a headline of its own."""
    return quoted_statements(text, PUBLISHED, "Ministers hold talks on trade")


def speaker_of(text: str, words: str) -> str | None:
    """The name of the speaker of the quotation holding ``words``."""
    return speaker_in(quoted(text), words)


# --- quotations over paragraphs ----------------------------------------------------------


def test_each_paragraph_of_a_continued_quotation_is_a_statement() -> None:
    """An open first paragraph reopened in the next: two statements, one speaker."""
    text = (
        "Chilean Foreign Minister Tomas Riquelme met his Peruvian counterpart in Lima.\n\n"
        "\u201cWe are not here to redraw any line,\u201d Riquelme said after the talks."
        " \u201cWe are here to keep the fishermen of both countries safe.\n\n"
        "\u201cThat means patrols, it means radios, and it means trust.\u201d"
    )
    found = quoted(text)
    keep = [s for s in found if "fishermen" in s.quote or "radios" in s.quote]
    assert [s.quote for s in keep] == [
        "We are here to keep the fishermen of both countries safe.",
        "That means patrols, it means radios, and it means trust.",
    ]
    assert {s.speaker.name if s.speaker else None for s in keep} == {"Tomas Riquelme"}


def test_a_cue_before_a_continued_quotation_names_both_paragraphs() -> None:
    """'X said: "A.' then '"B."': each paragraph is X's statement."""
    text = (
        "At a news conference afterwards, Ms Ortega said: \u201cThe council is no debating"
        " club. We came with an agenda and we kept to it.\n\n"
        "\u201cNobody should doubt our resolve to finish the work.\u201d"
    )
    assert speaker_of(text, "debating club") == "Ortega"
    assert speaker_of(text, "Nobody should doubt") == "Ortega"
    assert not any("debating" in s.quote and "Nobody" in s.quote for s in quoted(text))


# --- bodies named in full ------------------------------------------------------------------


def test_an_acronym_speaks_as_the_body_the_text_spelled_out() -> None:
    """'the Ministry of Foreign Trade (MFT)' then 'the MFT said': the ministry speaks."""
    text = (
        "Kenyan Trade Minister Amina Wekesa held talks with her Ugandan counterpart.\n\n"
        "On Monday the Ministry of Foreign Trade (MFT) said the ministers reviewed the"
        " customs union.\n\n"
        "\u201cBoth sides agreed to cut tariffs on maize by the end of the year,\u201d the"
        " MFT said in a statement."
    )
    assert speaker_of(text, "cut tariffs") == "Ministry of Foreign Trade"


def test_an_acronym_never_spelled_out_stays_as_written() -> None:
    """'the UNHCR said' with no '(UNHCR)' in the text: the acronym is the name."""
    text = "\u201cWe cannot reach the camps,\u201d the UNHCR said on Tuesday."
    assert speaker_of(text, "reach the camps") == "UNHCR"


def test_an_acronym_whose_letters_do_not_fit_keeps_its_name() -> None:
    """'Southern Rivers Authority (ZRA)': the letters do not spell it; no guess."""
    text = (
        "The Southern Rivers Authority (ZRA) opened the sluices.\n\n"
        "\u201cThe level is falling,\u201d the ZRA said."
    )
    assert speaker_of(text, "level is falling") == "ZRA"


def test_a_ministry_of_a_two_word_portfolio_keeps_its_name() -> None:
    """'Norway's Ministry of National Defence': the ministry, not 'Norwegian Ministry'."""
    text = (
        "Norway\u2019s Ministry of National Defence, in its weekly briefing, described the"
        " flights as \u201croutine patrols over open water.\u201d"
    )
    found = quoted(text)
    assert found[0].speaker is not None
    assert found[0].speaker.name.endswith("Ministry of National Defence")


def test_an_embassy_in_a_capital_speaks_not_the_capital() -> None:
    """'The Belarusian Embassy in Riga dismissed ... as "..."': the embassy (in Riga) speaks."""
    text = (
        "Latvia\u2019s Foreign Ministry summoned the Belarusian ambassador on Monday. The"
        " Belarusian Embassy in Riga dismissed the claims as \u201ca crude provocation"
        " staged for the cameras.\u201d"
    )
    assert speaker_of(text, "crude provocation") == "Belarusian Embassy in Riga"


def test_a_joint_body_at_a_place_issues_the_statement() -> None:
    """'A statement issued by the joint commission at X said ... "..."': the commission."""
    text = (
        "A statement issued by the joint commission at Kirkwood said the two sides had"
        " discussed \u201cthe possibility of shared patrols,\u201d and the fishing quotas."
    )
    assert speaker_of(text, "shared patrols") == "Joint Commission"


# --- people: readouts, given names, relative clauses ---------------------------------------


def test_a_readout_title_takes_up_the_person_named_under_a_heading() -> None:
    """A heading ending in a title does not lend its title to the next paragraph's name."""
    text = (
        "Call between the President of the Republic and the Prime Minister of Georgia\n\n"
        "The President of the Republic, Mr Henrik Valdemar, spoke this morning with the"
        " Prime Minister of Georgia, Ms Nino Beradze.\n\n"
        "The President of the Republic reaffirmed Denmark\u2019s \u201csteadfast support for"
        " the sovereignty of Georgia\u201d, and welcomed the progress made."
    )
    found = quoted(text)
    assert speaker_of(text, "steadfast support") == "Henrik Valdemar"
    assert found[0].speaker is not None
    assert found[0].speaker.title == "President"


def test_a_given_name_alone_is_the_person_named_in_full_before() -> None:
    """'Rina Kusuma, a lecturer, said' then '"...," Rina said': the same person."""
    text = (
        "Analysts were divided. Rina Kusuma, an international relations lecturer at a"
        " university in Surabaya, said the joint patrols were a \u201cface-saving\u201d"
        " compromise for both governments.\n\n"
        "\u201cManila needed something to show the fishermen. A joint patrol gives each side"
        " a bit of what it wanted,\u201d Rina said."
    )
    assert speaker_of(text, "Manila needed") == "Rina Kusuma"


def test_a_pronoun_in_a_relative_clause_is_its_antecedent() -> None:
    """'received by President X, who thanked them for what she called "..."': X."""
    text = (
        "Savchenko, who flew in from Warsaw, said Poland was ready to share radar data"
        " \u201cin real time, minute by minute,\u201d with both neighbours.\n\n"
        "Later in the day, Kowalski and Savchenko were received by Lithuanian President"
        " Rasa Vaitkute, who thanked them for what she called \u201cfriendship measured in"
        " deeds, not words,\u201d her office said."
    )
    assert speaker_of(text, "friendship measured") == "Rasa Vaitkute"


def test_a_pronoun_subject_of_an_object_relative_is_not_its_antecedent() -> None:
    """'X took aim at Y, who he dubbed "..."': he dubs Y; Y does not speak."""
    text = (
        "Governor Paul Danforth spoke for an hour in Des Moines. He took aim at his rival"
        " Senator Greg Whitcombe, who he dubbed \u201cthe absent senator.\u201d"
    )
    assert speaker_of(text, "absent senator") == "Paul Danforth"


# --- bodies and relays the article named before --------------------------------------------


def test_the_army_takes_up_the_command_named_before() -> None:
    """'according to the Fourth Army Region' then 'The army said ... "..."': the command."""
    text = (
        "Troops exchanged fire near the old fort early on Sunday, wounding two soldiers,"
        " according to the Fourth Army Region. Each side accused the other of firing"
        " first.\n\n"
        "The army said in a statement that the patrol had \u201ccrossed into an area that"
        " Laos has always held to be its own\u201d and ignored warnings."
    )
    assert speaker_of(text, "always held") == "Fourth Army Region"


def test_the_statement_takes_up_the_body_that_issued_it() -> None:
    """'a statement by the Kenyan foreign ministry' then '"...," the statement read'."""
    text = (
        "According to a statement by the Kenyan foreign ministry, Wekesa reaffirmed"
        " Kenya\u2019s \u201cfirm support for the talks.\u201d\n\n"
        "\u201cThe two ministers agreed to open the border crossings to aid convoys,\u201d"
        " the statement read."
    )
    assert speaker_of(text, "firm support") == "Wekesa"
    assert speaker_of(text, "open the border crossings") == "Kenyan Foreign Ministry"


def test_a_statement_with_no_author_named_has_no_speaker() -> None:
    """'"...," the statement read' with no author anywhere: no guess."""
    text = "\u201cThe border will reopen on Monday,\u201d the statement read."
    assert speaker_of(text, "border will reopen") is None


def test_a_phrase_relayed_by_a_spokesman_is_the_reported_speakers() -> None:
    """'Okoye stressed that ... "...", the spokesman added': Okoye's words."""
    text = (
        "On Thursday, President Samuel Okoye held a phone call with the head of Chad\u2019s"
        " transitional council, presidential spokesman Idris Bello said.\n\n"
        "Okoye stressed that the security of Chad is \u201can integral part of Nigeria\u2019s"
        " own security,\u201d the spokesman added.\n\n"
        "The talks were \u201cfrank and useful,\u201d the spokesman added."
    )
    assert speaker_of(text, "integral part") == "Samuel Okoye"
    assert speaker_of(text, "frank and useful") == "Idris Bello"


# --- names after bodies and titles ---------------------------------------------------------


def test_a_university_before_a_professor_is_not_the_speaker() -> None:
    """'said University of Otago professor Hemi Walker': Walker speaks."""
    text = (
        "\u201cThe deal buys time but solves nothing,\u201d said University of Otago"
        " professor Hemi Walker.\n\n"
        "\u201cBoth sides are testing each other,\u201d University of Ghana lecturer Kwame"
        " Asante said."
    )
    assert speaker_of(text, "buys time") == "Hemi Walker"
    assert speaker_of(text, "testing each other") == "Kwame Asante"


def test_a_place_after_a_name_is_still_cut() -> None:
    """'said Jane Doe of Springfield': the place after the name is no part of it."""
    text = "\u201cThe vote was close,\u201d said Jane Doe of Springfield."
    assert speaker_of(text, "vote was close") == "Jane Doe"


def test_a_chief_after_a_body_is_a_title() -> None:
    """'EU foreign policy chief A', 'IAEA chief B', 'WHO Director-General C': names."""
    text = (
        "EU foreign policy chief Kaja Lindqvist said the bloc was \u201cready to help with"
        " monitoring.\u201d\n\n"
        "\u201cWe need access to the site within days,\u201d IAEA chief Rafael Moreno told"
        " reporters.\n\n"
        "WHO Director-General Amara Diallo called the outbreak \u201ca test of our shared"
        " preparedness.\u201d"
    )
    found = {s.speaker.name: s.speaker.title for s in quoted(text) if s.speaker is not None}
    assert found == {
        "Kaja Lindqvist": "foreign policy chief",
        "Rafael Moreno": "chief",
        "Amara Diallo": "Director-General",
    }


# --- speakers named after the quotation, continuations --------------------------------------


def test_a_lead_quotation_takes_the_person_the_next_paragraph_names() -> None:
    """A cue-less quotation paragraph, then 'That was the message from X': X speaks."""
    text = (
        "\u201cWe will not give up a single metre of our waters.\u201d\n\n"
        "That was the message from Philippine Defence Secretary Ramon Cruz, speaking in"
        " Manila on Tuesday after a week of standoffs at sea."
    )
    assert speaker_of(text, "single metre") == "Ramon Cruz"


def test_a_lead_quotation_takes_the_person_named_right_after_it() -> None:
    """'"..." Those were the words of X.' in one paragraph: X speaks."""
    text = (
        "\u201cNo ship of ours will turn back.\u201d Those were the words of Admiral Teodoro"
        " Lim, commander of the fleet, on Monday."
    )
    assert speaker_of(text, "turn back") == "Teodoro Lim"


def test_a_lead_quotation_before_another_quotation_stays_unattributed() -> None:
    """The next paragraph quotes someone else: its person is no clue to the first."""
    text = (
        "\u201cThe sea is ours to share.\u201d\n\n"
        "Fisherman Jun Santos disagreed. \u201cNot while the patrols chase us away,\u201d"
        " he said."
    )
    assert speaker_of(text, "ours to share") is None


def test_a_cue_less_paragraph_after_a_cued_one_continues_its_speaker() -> None:
    """'"A," X said after the meeting.' then '"B."' alone: both are X's."""
    text = (
        "\u201cThe talks went well,\u201d Ugandan Foreign Minister Joseph Okello said after"
        " the meeting.\n\n"
        "\u201cWe will meet again in March.\u201d"
    )
    assert speaker_of(text, "meet again") == "Joseph Okello"


def test_a_pronoun_after_a_reported_clause_describes_for_its_subject() -> None:
    """'She added that ..., describing such moves as "..."': the minister named before."""
    text = (
        "According to a statement by the Kenyan foreign ministry, Foreign Minister Amina"
        " Wekesa reaffirmed Kenya\u2019s \u201cfirm support for the talks.\u201d She added"
        " that Nairobi rejects any parallel administration in the north, describing such"
        " moves as \u201ca direct threat to the unity of Somalia.\u201d"
    )
    assert speaker_of(text, "firm support") == "Amina Wekesa"
    assert speaker_of(text, "direct threat") == "Amina Wekesa"


def test_the_statement_takes_up_the_body_that_said_it_in_a_statement() -> None:
    """'..., the Foreign Office said in a statement.' then '"...", the statement said'."""
    text = (
        "Envoy Tariq Mahmood held talks with the Afghan foreign minister on Monday, the"
        " Foreign Office said in a statement issued late last night.\n\n"
        "The talks were held \u201cin a cordial and constructive atmosphere\u201d and covered"
        " border trade, the statement said."
    )
    assert speaker_of(text, "cordial") == "Foreign Office"


def test_the_fund_takes_up_the_fund_named_before() -> None:
    """'a statement issued by the Fund' after 'the IMF mission': the IMF speaks."""
    text = (
        "The IMF mission, led by Anna Berg, had been in Colombo since May 2. It will continue"
        " talks online, according to a statement issued by the Fund on Friday.\n\n"
        "\u201cThe authorities have committed to a package of fiscal measures,\u201d the"
        " statement said."
    )
    name = speaker_of(text, "package of fiscal")
    assert name is not None
    assert name.startswith("International Monetary Fund")


def test_a_command_named_with_a_title_word_is_a_body() -> None:
    """'the army's General Command said': a body, not a general named Command."""
    text = (
        "In a statement carried by the state news agency, the army\u2019s General Command"
        " said border guards had \u201cengaged and destroyed\u201d the drone near the border."
    )
    found = quoted(text)
    assert found[0].speaker is not None
    assert (found[0].speaker.name, found[0].speaker.kind) == ("General Command", "organization")


def test_a_subject_before_was_is_no_opening_adverbial() -> None:
    """'Fathy was more cautious, saying there were "..."': Fathy's phrase."""
    text = (
        "Turkish Foreign Minister Ayse Demir met her Egyptian counterpart Karim Fathy in"
        " Ankara on Tuesday.\n\n"
        "Fathy was more cautious, saying there were \u201cstill outstanding issues\u201d on"
        " Libya, where the two countries backed opposing sides."
    )
    assert speaker_of(text, "outstanding issues") == "Karim Fathy"


def test_a_quoted_subheading_is_no_statement() -> None:
    """A paragraph that is only 'Water war' in quote marks heads a section; nobody says it."""
    text = (
        "\u201cWe will not sign away the river,\u201d Minister Lemma Tadesse said.\n\n"
        "\u2018Water war\u2019\n\n"
        "Last week, the Sudanese president warned that the dispute could turn violent."
    )
    found = quoted(text)
    assert [s.quote for s in found] == ["We will not sign away the river,"]


def test_a_described_speaker_takes_up_the_reporter_not_the_subject() -> None:
    """'A will hold talks ..., Spokeswoman B said.' then '"...," the diplomat said': B."""
    text = (
        "Polish Foreign Minister Jan Nowak will hold talks with his Czech counterpart in"
        " Warsaw on May 3, Polish Foreign Ministry Spokeswoman Ewa Lis said at a briefing on"
        " Wednesday.\n\n"
        "\u201cThe ministers will discuss the entire range of bilateral relations,\u201d the"
        " diplomat said."
    )
    assert speaker_of(text, "entire range") == "Ewa Lis"


def test_a_described_speaker_after_a_plain_report_takes_up_its_subject() -> None:
    """'A met B on Monday.' then '"...," the minister said': A, the sentence's subject."""
    text = (
        "Polish Foreign Minister Jan Nowak met Czech envoys in Warsaw on Monday.\n\n"
        "\u201cWe agreed on the rail link,\u201d the minister said."
    )
    assert speaker_of(text, "rail link") == "Jan Nowak"


def test_a_quoted_term_heading_a_noun_phrase_is_no_statement() -> None:
    """'across the "blue line" separating the two sides': a name, nobody's words."""
    text = (
        "Shots were fired across the \u201cblue line\u201d separating the two armies last"
        " night, but no one was hurt, the U.N. spokesman said."
    )
    assert quoted(text) == []


def test_a_quoted_phrase_after_the_that_a_preposition_follows_is_still_quoted() -> None:
    """'there were the "deep differences" between them, Li said': Li's words."""
    text = (
        "Foreign Minister Wen Li said there were still the \u201cdeep differences\u201d"
        " between the two sides on tariffs."
    )
    assert speaker_of(text, "deep differences") == "Wen Li"
