"""One event told in headline, lead and caption is one event with several mentions."""

from __future__ import annotations

import pytest

import kronika
from kronika.events.merge import display_segment, merge_told_again
from kronika.records import Event, Evidence

PUBLISHED = "2025-08-18"

TOLD_AGAIN = [
    # (text, event type): the headline and the caption retell the lead's event
    (("Belarus detains Kolesnikova\nBelarusian police detained opposition leader Maria "
      "Kolesnikova on Monday.\nMaria Kolesnikova is detained by Belarusian police "
      "(Photo: Reuters)"), "COERCE"),
    # the caption names the parties the other way round
    (("Modi Meets Macron in Paris\nFrench President Emmanuel Macron met Indian Prime Minister "
      "Narendra Modi in Paris on Monday.\nNarendra Modi meets Emmanuel Macron at the Elysee "
      "Palace (AP Photo/Michel Euler)"), "CONSULT"),
    # the headline names the one detained by role, the lead by name; the caption's credit
    # follows its sentence on the same line
    (("Ugandan Police Arrest Opposition Leader\nKAMPALA — Ugandan police arrested opposition "
      "leader John Okello on Monday, his lawyer said.\nPolice officers arrest John Okello in "
      "Kampala, Uganda, Aug. 18, 2025. (AP Photo/Ben Curtis)\nOkello was freed later."),
     "COERCE"),
    # the undated headline has the publication date, the lead the day before
    (("Ugandan Police Arrest Opposition Leader\nKAMPALA — Ugandan police arrested opposition "
      "leader Ruth Akello on Sunday, her party said.\nAkello was freed later."), "COERCE"),
]


@pytest.mark.parametrize(("text", "etype"), TOLD_AGAIN)
def test_headline_lead_and_caption_are_one_event(text: str, etype: str) -> None:
    analysis = kronika.analyze(text, published=PUBLISHED)
    events = [e for e in analysis.events if e.type == etype]
    assert len(events) == 1
    assert events[0].mentions  # the retellings are kept as evidence
    assert events[0].source and events[0].target  # the fuller telling is the record


def test_two_prose_events_with_different_parties_stay_apart() -> None:
    text = "Azerbaijan shelled Stepanakert on Monday. Armenia shelled Ganja on Monday."
    analysis = kronika.analyze(text, published=PUBLISHED)
    assert len([e for e in analysis.events if e.type == "ASSAULT"]) == 2


@pytest.mark.parametrize(
    ("text", "piece", "display"),
    [
        ("Police Detain Activists\nPolice detained ten activists.", "Police Detain Activists\n",
         True),
        ("Police detained ten activists.\nA protester (AP Photo/J. Doe)\nMore text.",
         "A protester (AP Photo/J. Doe)\n", True),
        ("Police detained ten activists. They were freed later.", "They were freed later.",
         False),
        # a caption whose credit follows its sentence on the same line
        (("Police detained ten activists.\nPolice detain a man in Lagos, May 2. "
          "(AP Photo/J. Doe)\nMore text."), "Police detain a man in Lagos, May 2.", True),
        # a one-line text is a story, not a headline
        ("Police shot and killed two men in Lagos.", "Police shot and killed two men in Lagos.",
         False),
    ],
)
def test_display_segments(text: str, piece: str, display: bool) -> None:
    start = text.index(piece)
    evidence = Evidence(0, start, start + len(piece), piece)
    assert display_segment(evidence, text) is display


@pytest.mark.parametrize(("text", "etype"), [
    # a participle clause tells the toll of the attack, a purpose clause what the call was for
    ("Rebels ambushed an army convoy near Gao, killing four soldiers.", "ASSAULT"),
    ("Troops attacked the militants in the hills, killing twenty of them.", "ASSAULT"),
    # a second participle joined to the first tells more of the same toll
    ("Rebels ambushed an army convoy near Gao, killing four soldiers and wounding nine others.",
     "ASSAULT"),
    ("Jets struck the insurgents in the valley, killing twelve fighters and wounding dozens.",
     "ASSAULT"),
    ("Troops shelled the rebel town overnight, killing six fighters and wounding eleven.",
     "ASSAULT"),
    ("The Danish minister called his Kenyan counterpart to discuss the drought.", "CONSULT"),
    ("The Greek premier phoned the Turkish president to discuss the migrants.", "CONSULT"),
    # a noun of the same type names the means of the verb's act
    ("Saudi jets bombarded the rebel camp with heavy airstrikes at dawn.", "ASSAULT"),
    ("The army targeted rebel bases near Goma with drone strikes on Sunday.", "ASSAULT"),
])
def test_a_clause_telling_how_or_what_for_is_the_same_event(text: str, etype: str) -> None:
    events = [e for e in kronika.analyze(text, published=PUBLISHED).events if e.type == etype]
    assert len(events) == 1


@pytest.mark.parametrize("text", [
    "Thousands of Kenyans marched in Nairobi on Monday to demand lower food prices.",
    "Striking nurses rallied outside the ministry in Lagos calling for better pay.",
    "Nurses in Kampala held a rally outside the ministry to demand back pay.",
])
def test_what_a_protest_demands_is_its_aim_not_a_request(text: str) -> None:
    types = [e.type for e in kronika.analyze(text, published=PUBLISHED).events]
    assert types == ["PROTEST"]


@pytest.mark.parametrize(("text", "etype"), [
    # a journey and the meeting at its end; two clauses with subjects of their own
    ("The Iraqi envoy flew to Ankara to meet the Turkish president.", "CONSULT"),
    ("Gunmen attacked a police post and the army shelled a village in the north.", "ASSAULT"),
    # talks held during a visit: the visit is a journey of its own
    ("The Greek premier held talks with the Egyptian president during a visit to Cairo.",
     "CONSULT"),
])
def test_two_acts_in_one_sentence_stay_two_events(text: str, etype: str) -> None:
    events = [e for e in kronika.analyze(text, published=PUBLISHED).events if e.type == etype]
    assert len(events) == 2


def told(text: str, words: str, trigger: str, sides: tuple[tuple[str, str], tuple[str, str]],
         date: str) -> Event:
    """An ASSAULT or AGREE record told by the sentence of ``text`` that holds ``words``."""
    start = text.index(words)
    end = text.find("\n", start) + 1 or len(text)
    (src, src_country), (tgt, tgt_country) = sides
    return Event(id=f"{trigger}{start}", type="AGREE", mode=None, cameo=None, quad_class=None,
                 goldstein=None, source=src, target=tgt, source_country=src_country,
                 target_country=tgt_country, source_code=None, target_code=None,
                 location=None, date=date, factuality="reported", factuality_cue=None,
                 attributed_to=None, trigger=trigger, confidence=0.9,
                 evidence=Evidence(0, start, end, text[start:end]))


MERGED = ("Zambia and rebels agree to extend truce\n"
          "Zambia's government and the rebels agreed on Tuesday to extend the truce.\n"
          "The rebels also agreed to free soldiers, a demand of President Bwalya.\n"
          "The government agreed to extend the truce, its envoy said.")
GOV, REBELS, PRESIDENT = ("gov", "ZMB"), ("reb", None), ("pres", "ZMB")


def test_the_telling_the_text_dates_is_kept() -> None:
    """Of a headline, its lead and an undated retelling, the kept record is the one the text
    dates, not a telling that carries the publication date by default."""
    events = [told(MERGED, "Zambia and", "agree", (GOV, REBELS), "2025-08-20"),
              told(MERGED, "Zambia's", "agreed", (GOV, REBELS), "2025-08-19"),
              told(MERGED, "The government", "agreed", (GOV, REBELS), "2025-08-20")]
    merged = merge_told_again(events, MERGED, "2025-08-20")
    dated = [e for e in merged if e.date == "2025-08-19"]
    assert len(dated) == 1 and len(dated[0].mentions) >= 1


def test_a_second_act_under_one_headline_stays_apart() -> None:
    """A headline tells one act: once the lead tells it, another act of the body (the rebels'
    promise to the president) is not folded into it through the headline's loose wording."""
    events = [told(MERGED, "Zambia and", "agree", (GOV, REBELS), "2025-08-20"),
              told(MERGED, "Zambia's", "agreed", (GOV, REBELS), "2025-08-19"),
              told(MERGED, "The rebels also", "agreed", (REBELS, PRESIDENT), "2025-08-20")]
    merged = merge_told_again(events, MERGED, "2025-08-20")
    assert {(e.source, e.target) for e in merged} == {("gov", "reb"), ("reb", "pres")}


ANSWERED = [
    # (text, the second act's trigger): under a headline, the lead tells one side's act and a
    # later sentence the other side's answer, with its own trigger
    (("India strikes Pakistan as tensions soar\nIndia said it had struck nine sites in Pakistan "
      "on Wednesday. Pakistan's military said its air force had shot down five Indian jets."),
     "shot"),
    (("Israel bombs Iranian air defences\nIsrael bombed Iranian air defence sites near Tehran on "
      "Friday. Iran's Revolutionary Guards said they had fired missiles at Israeli cities on "
      "Friday."), "fired"),
    (("Thailand attacks Cambodian positions\nThai jets attacked Cambodian positions along the "
      "border on Thursday. Cambodian troops shelled a Thai village on Thursday."), "shelled"),
]


@pytest.mark.parametrize(("text", "trigger"), ANSWERED)
def test_the_other_sides_answer_is_its_own_event(text: str, trigger: str) -> None:
    """Two prose acts with swapped sides and different triggers are an act and its answer,
    not one act told twice: the answer keeps its own event."""
    events = [e for e in kronika.analyze(text, published="2025-05-07").events
              if e.type == "ASSAULT"]
    assert trigger in [e.trigger for e in events]


SECOND_ACT = [
    # (text, the second act's trigger): the lead's act and a later act of the same two
    # countries' forces, told with another trigger in a sentence of its own
    (("India strikes Pakistan as tensions soar\nIndia said it had struck nine sites in Pakistan "
      "on Wednesday. Indian forces and Pakistani troops exchanged artillery fire along the "
      "border on Wednesday."), "exchanged"),
    (("Thailand shells Cambodian border post\nThailand shelled a Cambodian border post on "
      "Monday. Thai soldiers and Cambodian troops traded fire near the temple on Monday."),
     "traded"),
    (("Sudan army bombs RSF base\nSudan's army bombed a base of the Rapid Support Forces on "
      "Friday. Sudanese soldiers later clashed with the RSF near the base on Friday."),
     "clashed"),
]


@pytest.mark.parametrize(("text", "trigger"), SECOND_ACT)
def test_a_later_act_of_the_same_countries_is_its_own_event(text: str, trigger: str) -> None:
    """Two prose acts whose sides only share countries ('India' struck, 'Indian forces'
    exchanged fire) are one act only under one trigger lemma: the later act stays."""
    events = kronika.analyze(text, published="2025-05-07").events
    assert trigger in [e.trigger for e in events if e.type == "ASSAULT"]


ONE_ACT = [
    # (text, the trigger kept, a word of the side only the verb gives)
    ("An airstrike killed 30 people in the village of Marib on Sunday.", "killed", "30"),
    ("A rebel attack killed six Malian soldiers near Gao on Tuesday.", "killed", "soldiers"),
    ("The shelling, which wounded ten civilians in Donetsk, was blamed on Ukrainian forces.",
     "shelling", "civilians"),
    ("Police arrested five men after a bombing killed ten people in Lagos.", "killed",
     "people"),
    ("The bombing that killed twelve traders in Maiduguri was claimed by Boko Haram.",
     "bombing", "traders"),
]


@pytest.mark.parametrize(("text", "trigger", "side"), ONE_ACT)
def test_the_noun_and_verb_of_one_act_are_one_event(text: str, trigger: str, side: str) -> None:
    """'an airstrike killed 30', 'the shelling, which wounded ten': one act told by its noun
    and by the verb of its toll is one event with the verb's sides; the predicate keeps the
    trigger (the verb, or the noun its relative clause hangs on)."""
    analysis = kronika.analyze(text, published=PUBLISHED)
    events = [e for e in analysis.events if e.type == "ASSAULT"]
    assert [e.trigger for e in events] == [trigger]
    hit = {a.id: a for a in analysis.actors}[events[0].target]
    assert side in " ".join(m.text for m in hit.mentions)


def test_an_act_in_a_wider_setting_stays_its_own_event() -> None:
    """'killed during clashes': the clashes are the setting, not the same act's noun."""
    text = "Ten soldiers were killed during clashes with rebels in Beni on Monday."
    events = kronika.analyze(text, published=PUBLISHED).events
    assert "killed" in [e.trigger for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize(("text", "etype", "kept"), [
    (("Sudan's army shelled Omdurman on Tuesday, killing 12 civilians. "
     "The shelling came hours after the talks stalled."), "ASSAULT", "shelled"),
    (("Kenyan police arrested 20 activists in Nairobi on Thursday. "
     "Amnesty Kenya said the arrests were unlawful."), "COERCE", "arrested"),
    (("Thousands of students rallied in Belgrade on Saturday. "
     "This protest was the largest in a decade."), "PROTEST", "rallied"),
])
def test_an_event_noun_that_refers_back_is_a_mention(text: str, etype: str, kept: str) -> None:
    """'The shelling came hours after ...': the act told before, told again, not a new one."""
    events = [e for e in kronika.analyze(text, published=PUBLISHED).events if e.type == etype]
    holder = next(e for e in events if e.trigger == kept)
    assert not [e for e in events if e.source is None and e.target is None], \
        [(e.trigger, e.source, e.target) for e in events]
    assert len(holder.mentions) == 1


@pytest.mark.parametrize("text", [
    ("Opposition deputies walked out of a session with the governor on Monday. "
     "The walkout came after the governor refused to hear them."),
    ("The farmers walked out of the talks with the ministry. "
     "The walkout followed a row over prices."),
    ("Teachers walked out of the hearing in Lusaka. This walkout was the third in a month."),
])
def test_a_noun_made_from_the_verb_told_before_is_a_mention(text: str) -> None:
    """'walked out ... The walkout came after': the noun of the act told before, though the
    lexicon types the verb and the noun apart, is no new event with no sides."""
    events = kronika.analyze(text, published=PUBLISHED).events
    walks = [e for e in events if (e.trigger or "").lower().startswith("walk")]
    assert len(walks) == 1 and walks[0].mentions, \
        [(e.type, e.trigger, e.source, e.target) for e in events]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Police arrested five men in Lagos on Monday. The attack on the mosque killed three.",
     "attack"),
    (("Police arrested five men in Lagos on Monday. The army's shelling of Maiduguri "
     "continued."), "shelling"),
])
def test_an_event_noun_with_parties_of_its_own_stays(text: str, trigger: str) -> None:
    events = kronika.analyze(text, published=PUBLISHED).events
    assert [e for e in events if e.trigger == trigger]


@pytest.mark.parametrize(("text", "etype"), [
    # a 'by' + gerund clause tells how the governing act was done: the patrols are the support
    ("Canada is backing Latvia by having its fighter jets conduct air patrols over the Baltic.",
     "SUPPORT"),
    (("The United States is supporting Taiwan by having its warships carry out patrols in the "
     "strait."), "SUPPORT"),
    ("Norway is assisting Lithuania by having its soldiers conduct border patrols.", "AID"),
])
def test_a_means_clause_is_the_act_it_tells_how(text: str, etype: str) -> None:
    assert [e.type for e in kronika.analyze(text, published=PUBLISHED).events] == [etype]


def test_a_means_aimed_at_a_party_of_its_own_stays_an_event() -> None:
    text = "France aided Chad by having its warplanes carry out airstrikes on rebel columns."
    types = [e.type for e in kronika.analyze(text, published=PUBLISHED).events]
    assert types == ["AID", "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Soldiers Shoot Protester\nSoldiers shot a protester in Lagos.",
    "Police Detain Activists\nPolice detained ten activists.",
    "Rebels Shell Town\nRebels shelled the town.",
])
def test_a_later_piece_of_a_long_document_has_no_headline(text: str) -> None:
    """A piece after the first (chunks.py) starts inside the story: its first line is
    prose, however short."""
    piece = text[:text.index("\n") + 1]
    evidence = Evidence(0, 0, len(piece), piece)
    assert display_segment(evidence, text, headed=False) is False


FILLER = ("The economy has shrunk for three years, and the currency has lost most of its value. "
          "Banks have frozen deposits, and many families depend on money sent from abroad. "
          "Power cuts last most of the day in many towns, and fuel is scarce. ")


@pytest.mark.parametrize(("first", "answer"), [
    ("Hezbollah fired rockets at northern Israel.",
     "Israeli jets struck Hezbollah positions in southern Lebanon hours later, the army said."),
    ("Azerbaijani troops shelled Armenian villages near the border.",
     "Armenian forces shelled Azerbaijani positions in response, officials said."),
    ("Indian troops fired on Pakistani posts in Kashmir.",
     "Pakistani troops fired on Indian posts along the line of control, the army said."),
])
def test_the_first_line_of_a_later_piece_stays_its_own_event(monkeypatch: pytest.MonkeyPatch,
                                                             first: str, answer: str) -> None:
    """A long document is read in pieces cut at paragraph breaks; the act that opens a piece
    is no headline to be merged with the other side's answer."""
    monkeypatch.setenv("KRONIKA_CHUNK_CHARS", "1000")
    text = (FILLER * 3 + "\n\nProtesters gathered in the capital on Monday.\n\n" + first
            + "\n\n" + answer + "\n\n" + FILLER * 3)
    events = kronika.analyze(text, published="2025-03-04").events
    told = [e.evidence.text.strip() for e in events if e.type == "ASSAULT"]
    assert first in told and len(told) == 2


@pytest.mark.parametrize(("text", "trigger"), [
    (("Intro.\n\nHouthi rebels attacked a tanker in the Red Sea. Houthi rebels attacked a "
      "tanker in the Red Sea again before dawn."), "attacked"),
    ("Intro.\n\nIsraeli jets bombed Gaza. Israeli jets bombed Gaza again before dawn.", "bombed"),
    ("Intro.\n\nPolice arrested the activist. Police arrested the activist again before dawn.",
     "arrested"),
])
def test_an_act_told_as_done_again_is_a_second_act(text: str, trigger: str) -> None:
    events = [e for e in kronika.analyze(text, published="2025-03-04").events
              if e.trigger == trigger]
    assert len(events) == 2


@pytest.mark.parametrize(("text", "etype"), [
    # a headline that names no side tells the story's act short
    (("Former minister arrested over arms deal\n\nNAIROBI, Kenya (AP) — Kenyan police arrested "
      "a former defence minister on Thursday, prosecutors said."), "COERCE"),
    (("Two arrested after mosque bombing\n\nKARACHI — Pakistani police arrested two suspects "
      "on Tuesday over a mosque bombing, officials said."), "COERCE"),
    (("Three detained over embassy attack\n\nATHENS — Greek police detained three men on "
      "Monday over an attack on the Turkish embassy, officials said."), "COERCE"),
])
def test_a_sideless_headline_is_the_storys_act(text: str, etype: str) -> None:
    events = [e for e in kronika.analyze(text, published="2025-03-07").events
              if e.type == etype]
    assert len(events) == 1 and events[0].mentions



@pytest.mark.parametrize("text", [
    ("Pakistani and Afghan forces clash at border crossing\n\nPESHAWAR, Sept 6 - Pakistani and "
     "Afghan border forces exchanged fire at the Torkham crossing on Wednesday, killing two "
     "guards, officials said."),
    ("Sudanese and South Sudanese troops clash at Heglig\n\nKHARTOUM, May 2 - Sudanese and "
     "South Sudanese troops clashed at Heglig on Friday, witnesses said."),
    ("Israeli and Lebanese troops clash at border\n\nBEIRUT, Jan 5 (Reuters) - Israeli and "
     "Lebanese troops clashed at Adaisseh on Friday, the Lebanese army said."),
], ids=["Torkham", "Heglig", "Adaisseh"])
def test_both_directions_of_a_mutual_act_stay_under_a_headline(text: str) -> None:
    """'X and Y exchanged fire': X on Y and Y on X, even when a headline tells it too."""
    analysis = kronika.analyze(text, published="2025-03-04")
    pairs = {(e.source_code, e.target_code) for e in analysis.events if e.type == "ASSAULT"}
    assert len(pairs) == 2 and {(b, a) for a, b in pairs} == pairs, analysis.events


@pytest.mark.parametrize(("text", "etype", "date"), [
    # the headline names the sides better; the lead gives the day
    (("Tunisian police arrest opposition leader Ghannouchi\nTUNIS — He was taken into "
      "custody at his home on Sunday night, his party said."), "COERCE", "2025-08-17"),
    (("Pakistan police arrest former prime minister Khan\nISLAMABAD — The former premier "
      "was arrested outside a court on Thursday, his aides said."), "COERCE", "2025-08-14"),
    (("Turkish police detain Istanbul mayor Imamoglu\nISTANBUL — The mayor was detained at "
      "his home early on Wednesday, his office said."), "COERCE", "2025-08-13"),
])
def test_a_merged_event_takes_the_day_the_text_gives(text: str, etype: str, date: str) -> None:
    """A headline kept for its sides takes the lead's day over the publication date."""
    events = [e for e in kronika.analyze(text, published=PUBLISHED).events if e.type == etype]
    assert events and all(e.date == date for e in events), events
