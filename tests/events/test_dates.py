"""Event dates: explicit, relative and historical expressions against the document date."""

from __future__ import annotations

from datetime import date, datetime

import dateparser
import pytest
from spacy.language import Language

import kronika
from kronika.events.dates import event_date, full_date, resolve_expression

FRIDAY = date(2025, 8, 22)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("in 2022", "2022"),
        ("March 2014", "2014-03"),
        ("last week", "2025-08-15"),
        ("on Monday", "2025-08-18"),
        ("for three years", None),
        # a whole month or year keeps that precision, not the publication's day
        ("last month", "2025-07"),
        ("in March", "2025-03"),
        ("in late September", "2024-09"),
        ("last year", "2024"),
        ("this year", "2025"),
        ("earlier this year", "2025"),
        ("later this month", "2025-08"),
        # a month placed by a year counted from the telling, or by 'last'
        ("June last year", "2024-06"),
        ("in March next year", "2026-03"),
        ("last June", "2025-06"),
        ("last December", "2024-12"),
    ],
)
def test_resolve_expression(text: str, value: str | None) -> None:
    assert resolve_expression(text, FRIDAY) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("March 3, 2021", "2021-03-03"),
        ("December 31, 2030", "2030-12-31"),  # a later date is not moved into the past
        ("February 29, 2024", "2024-02-29"),
        ("February 30, 2024", None),  # no such day: left to dateparser
        ("March 3", None),  # no year: relative to the base, left to dateparser
        ("march 3, 2021", None),
    ],
)
def test_full_date_fast_path(text: str, value: str | None) -> None:
    assert full_date(text) == value
    if value is not None:  # the shortcut gives what dateparser gives for the same base
        base = datetime(FRIDAY.year, FRIDAY.month, FRIDAY.day)
        settings = {"PREFER_DATES_FROM": "past", "RELATIVE_BASE": base}
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
        assert parsed.date().isoformat() == value


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        ("Sudan's army shelled Omdurman on Tuesday.", "shelled", "2025-08-19"),
        ("The 1994 Budapest Memorandum guaranteed Ukraine's security.", "guaranteed", "1994"),
        ("Colombia and Venezuela signed a trade agreement in 2022.", "signed", "2022"),
        ("Israel struck Gaza.", "struck", "2025-08-22"),
        # A date in a subordinate clause dates that clause, not the main event.
        ("Mali expelled the envoy who had arrived in 2019.", "expelled", "2025-08-22"),
    ],
)
def test_event_date(nlp: Language, text: str, word: str, value: str) -> None:
    trigger = next(t for t in nlp(text) if t.text == word)
    assert event_date(trigger, FRIDAY)[0] == value


MONDAY = date(2025, 8, 18)


@pytest.mark.parametrize(
    ("text", "base", "ahead", "value"),
    [
        ("Monday", MONDAY, False, "2025-08-18"),  # a Monday paper's 'Monday' is that day
        ("on Tuesday", MONDAY, False, "2025-08-12"),  # past news: the last Tuesday before
        ("on Tuesday", MONDAY, True, "2025-08-19"),  # still to come: the next one
        ("on Monday", None, False, None),  # no publication date: no weekday to count from
        ("last week", None, False, None),
        ("March 3", None, False, None),  # the year would come from the clock
        ("March 3, 2021", None, False, "2021-03-03"),
        ("3 March 2020", None, False, "2020-03-03"),
        ("March 2014", None, False, "2014-03"),
        ("in 2022", None, False, "2022"),
        # a time counted back from the document's date keeps its unit's precision
        ("two years ago", MONDAY, False, "2023"),
        ("three months ago", MONDAY, False, "2025-05"),
        ("two days ago", MONDAY, False, "2025-08-16"),
        ("about two years ago", MONDAY, False, "2023"),
        ("two years ago", None, False, None),
        ("for two years", MONDAY, False, None),  # a duration still dates nothing
    ],
)
def test_weekdays_and_undated_documents(
    text: str, base: date | None, ahead: bool, value: str | None
) -> None:
    assert resolve_expression(text, base, ahead) == value


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        ("Rebels attacked the town on Monday.", "attacked", "2025-08-18"),
        ("The ministers will meet on Thursday.", "meet", "2025-08-21"),
        # a past event the text dates elsewhere keeps its own date
        ("Russia annexed Crimea in March 2014.", "annexed", "2014-03"),
        # a date that bounds the event does not date it: the document date does
        ("The cabinet froze the talks until 2028.", "froze", "2025-08-18"),
        ("Troops must withdraw by March 2026.", "withdraw", "2025-08-18"),
        ("The rebels have held the port since 2019.", "held", "2025-08-18"),
        ("Rebels attacked the town on Monday after the vote.", "attacked", "2025-08-18"),
        # a date of another thing or act in the clause does not date the event
        ("Rights groups accused the police of killing ten students in 2021.", "accused",
         "2025-08-18"),
        ("The minister apologised for bombing the village in 1999.", "apologised", "2025-08-18"),
        ("Japan pledged to defend the islands under a 1960 security treaty.", "pledged",
         "2025-08-18"),
        ("The council condemned the March 2 massacre.", "condemned", "2025-08-18"),
        ("Lagos sued the firm over its 2019 oil spill.", "sued", "2025-08-18"),
        # ... but the act itself keeps it, and so does an event told with its occasion
        ("The army seized power in a 2014 coup.", "seized", "2014"),
        ("Two students died during the 2019 riots.", "died", "2019"),
        # an event noun that is the setting of a dated act shares its date
        ("Gunmen killed six guards in an attack on the mine on Monday.", "attack", "2025-08-18"),
        ("Two police officers were wounded during clashes in 2023.", "clashes", "2023"),
        ("The envoy died in a raid on the embassy in May 2024.", "raid", "2024-05"),
        ("Rights groups accused the police of killing ten students in 2021.", "killing", "2021"),
        # a past event reported on a date happened by then; what was to come did not
        ("In May 2024 the minister said the army had shelled the town.", "shelled", "2024-05"),
        ("The rebels said in 2023 that they had freed the hostages.", "freed", "2023"),
        ("The envoy said in March 2024 he was ready to accept a truce.", "accept", "2024-03"),
        ("The president said in May 2024 that he would meet the rebels.", "meet", "2025-08-18"),
        # a participle that tells what came with a dated act, or a verb sharing its subject
        # and tense, happened on the same day; a verb of its own tense or subject did not
        ("In May 2024 troops stormed the camp, arresting dozens of activists.", "arresting",
         "2024-05"),
        ("Police raided the offices in 2023, detaining three clerks.", "detaining", "2023"),
        ("Police in March 2024 raided and closed the offices of the party.", "closed",
         "2024-03"),
        ("The army shelled the town in 2023 and will hold talks with the rebels.", "hold",
         "2025-08-18"),
        ("Police detained the mayor in 2019 and she sued them.", "sued", "2025-08-18"),
        # a date that opens the sentence dates every clause coordinated in it
        ("Last year Beijing imposed sanctions on the firms, and it suspended talks with Tokyo.",
         "suspended", "2024"),
        ("In May 2024, police detained the editor and the court later sentenced him.",
         "sentenced", "2024-05"),
        ("Police detained the editor in 2023, and the court freed him.", "freed", "2025-08-18"),
        # a day of a month with no year: the next one for what is still to come, the nearer
        # one for a present-tense schedule, the last one for a past act
        ("The ministers will meet on August 12.", "meet", "2026-08-12"),
        ("The president is due to visit Kyiv on August 10.", "visit", "2026-08-10"),
        ("The council meets on 3 September to discuss the sanctions.", "meets", "2025-09-03"),
        ("Police arrested him on 3 September.", "arrested", "2024-09-03"),
        # reported speech tells its future with 'would'
        ("The unions said they would march on Saturday.", "march", "2025-08-23"),
        ("The unions said they would have marched on Saturday.", "marched", "2025-08-16"),
        # a 'when' or 'as' clause happened at the time of its main clause, either way round
        ("The clashes began on Thursday when a mine wounded four soldiers.", "wounded",
         "2025-08-14"),
        ("Six guards were killed when a car bomb hit their post on Friday.", "killed",
         "2025-08-15"),
        ("Police fired tear gas on Saturday as the crowd marched on the palace.", "marched",
         "2025-08-16"),
        ("Troops opened fire when students stormed the gate in March.", "opened", "2025-03"),
        # a date in the 'to' clause of a promise or a plan dates the act promised, not the
        # promise; a verb of starting or trying shares it
        ("The general has promised to hold elections in December.", "promised", "2025-08-18"),
        ("The rebels threatened to storm the city in March.", "threatened", "2025-08-18"),
        ("The army began to shell the town on Tuesday.", "began", "2025-08-12"),
        # so does a request's: the asking is not put on the day the act is asked for
        ("Kenya urged Somalia to hold talks on Friday.", "urged", "2025-08-18"),
        ("The minister ordered the police to clear the square on Sunday.", "ordered",
         "2025-08-18"),
        ("Guyana asked the council to meet in September.", "asked", "2025-08-18"),
        ("On Friday, Kenya urged Somalia to hold talks.", "urged", "2025-08-15"),
        ("A court ordered the premier to step down last week.", "ordered", "2025-08-11"),
        # a participle tells when an event noun's act was done; it dates no verb whose
        # object it describes
        ("Troops detained reporters under martial law imposed in 2024.", "law", "2024"),
        ("Authorities jailed dozens of activists under a state of siege declared in 2023.",
         "state", "2023"),
        ("Troops detained reporters under martial law imposed in 2024.", "detained",
         "2025-08-18"),
        ("Police arrested ten people at a rally staged on Sunday.", "arrested", "2025-08-17"),
        ("The junta reimposed the curfew lifted in March.", "curfew", "2025-03"),
        ("The junta lifted the curfew imposed in March.", "lifted", "2025-08-18"),
        ("Rebels retook the town captured by the army in 2019.", "retook", "2025-08-18"),
        # a relative clause of an occasion happened at the occasion's time
        ("Caracas held a referendum in December in which voters backed the plan.", "backed",
         "2024-12"),
        ("The army began an offensive in June in which hundreds of civilians were killed.",
         "killed", "2025-06"),
        # an 'after' clause tells a time no later than its act's: the nearest date it has
        ("Rebels seized the town on Tuesday after the army withdrew.", "withdrew", "2025-08-12"),
    ],
)
def test_event_date_news_conventions(nlp: Language, text: str, word: str, value: str) -> None:
    trigger = next(t for t in nlp(text) if t.text == word)
    assert event_date(trigger, MONDAY)[0] == value


UNDATED = (
    "The US President met the Chinese Foreign Minister last week. On Monday, rebels attacked "
    "the town of Goma. Protesters marched in Paris on March 3 against the new law."
)


def frozen_at(monkeypatch: pytest.MonkeyPatch, day: datetime) -> None:
    """Freeze the clock dateparser reads (the only clock a date could come from)."""
    import dateparser.freshness_date_parser as freshness
    import dateparser.utils as utils

    class Frozen(datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[no-untyped-def, override]
            return day.replace(tzinfo=tz) if tz else day

    for module in (freshness, utils):
        monkeypatch.setattr(module, "datetime", Frozen)
    resolve_expression.cache_clear()


def test_undated_document_does_not_follow_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    from kronika import analyze

    outputs = []
    for day in (datetime(2019, 2, 5, 12), datetime(2031, 11, 20, 12)):
        frozen_at(monkeypatch, day)
        outputs.append(analyze(UNDATED).to_dict())
    resolve_expression.cache_clear()
    assert outputs[0] == outputs[1]
    assert all(e["date"] is None for e in outputs[0]["events"])
    # the office, not whoever holds it on the day of the run
    assert all(a["name"] == a["role"] for a in outputs[0]["actors"] if a["kind"] == "person")


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        # an act the verb speaks of or judges is not dated by that verb: 'condemned on
        # Monday the assault' tells when it was condemned
        ("The government condemned on Monday the deadliest assault on the army this year.",
         "assault", "2025-08-22"),
        ("Rights groups denounced on Tuesday the killings of protesters in Kandy.", "killings",
         "2025-08-22"),
        ("The junta denied on Wednesday the arrests of two journalists.", "arrests",
         "2025-08-22"),
        # the act's own date still dates it
        ("The UN condemned on Wednesday the May 3 bombing of a market in Aden.", "bombing",
         "2025-05-03"),
        # a period a superlative is taken over is no date ('the largest rally this year')
        ("Protesters staged the largest rally this year in Caracas on Saturday.", "rally",
         "2025-08-16"),
        ("Gunmen carried out the deadliest attack on the army this year in Mopti on Tuesday.",
         "attack", "2025-08-19"),
    ],
)
def test_talked_about_acts_and_superlatives(nlp: Language, text: str, word: str,
                                            value: str) -> None:
    trigger = next(t for t in nlp(text) if t.text == word)
    assert event_date(trigger, FRIDAY)[0] == value


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        (("Gunmen attacked an army post near Djibo on Sunday, killing 15 soldiers. The "
         "government condemned on Monday the deadliest assault on the military this year."),
         "assault", "2025-08-17"),
        (("Soldiers arrested 40 students in Mandalay on Saturday. The junta on Wednesday "
         "defended the arrests of the students by soldiers."), "arrests", "2025-08-16"),
        (("Police shot dead three protesters in Port-au-Prince on Sunday. Rights groups on "
         "Tuesday condemned the killings of the protesters by officers."), "killings",
         "2025-08-17"),
    ],
)
def test_a_definite_act_talked_about_takes_the_date_of_the_one_told(text: str, word: str,
                                                                   value: str) -> None:
    from kronika import analyze

    events = analyze(text, published=FRIDAY.isoformat()).events
    assert [e.date for e in events if e.trigger == word] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Friday evening", "2025-08-22"),  # a part of the day: the day itself, as a weekday
        ("Thursday night", "2025-08-21"),
        ("overnight Monday", "2025-08-18"),
        # a weekend is dated by its Saturday
        ("over the weekend", "2025-08-16"),
        ("the weekend", "2025-08-16"),
        ("last weekend", "2025-08-16"),
        ("54", None),  # an age the tagger calls a DATE ('Juan Perez, 54,')
        ("the 1990s", None),  # a decade names no day
        ("1990s", None),
    ],
)
def test_parts_of_days_numbers_and_decades(text: str, value: str | None) -> None:
    assert resolve_expression(text, FRIDAY) == value


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        ("Police arrested Juan Perez, 54, outside his home in Caracas.", "arrested",
         "2025-08-22"),
        ("Gunmen stormed a hotel in Mogadishu on Thursday night.", "stormed", "2025-08-21"),
        # a date an act is called for lies ahead
        ("The students' federation called a nationwide strike for Monday.", "called",
         "2025-08-25"),
        # a purpose clause, and what the object was doing, share the act's date
        ("Thousands marched through Caracas on Saturday to demand his release.", "demand",
         "2025-08-16"),
        ("Manila summoned the Chinese ambassador on Monday to protest the incident.",
         "protest", "2025-08-18"),
        (("Police used tear gas on Wednesday to disperse hundreds of students protesting "
         "against fees."), "protesting", "2025-08-20"),
        # a phase verb's act is at its time
        ("Earlier this year the junta imposed martial law and began conscripting young men.",
         "conscripting", "2025"),
        ("Last month the rebels started shelling the city of El Fasher.", "shelling",
         "2025-07"),
        # acts counted by a measure are dated where the measure is
        ("In 2022, months of mass protests forced the president to flee.", "protests", "2022"),
        ("Last year a wave of arrests swept the capital.", "arrests", "2024"),
    ],
)
def test_dates_of_companion_clauses(nlp: Language, text: str, word: str, value: str) -> None:
    trigger = next(t for t in nlp(text) if t.text == word)
    assert event_date(trigger, FRIDAY)[0] == value


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        # 'the previous day' is the day before the report, else before publication
        (("The army said on Wednesday its troops had repelled an assault on the city the "
         "previous day."), "assault", "2025-08-19"),
        ("The ministry said on Tuesday its troops had shelled the camp the previous day.",
         "shelled", "2025-08-18"),
        ("Police said rebels had attacked the convoy the day before.", "attacked",
         "2025-08-21"),
        # a date before the reported clause's subject is the saying's, which bounds the act
        ("The army said on Monday its jets had bombed rebel positions.", "bombed",
         "2025-08-18"),
        ("The army said on Monday its jets had bombed rebel positions on Sunday.", "bombed",
         "2025-08-17"),
    ],
)
def test_the_day_before_the_telling(nlp: Language, text: str, word: str, value: str) -> None:
    trigger = next(t for t in nlp(text) if t.text == word)
    assert event_date(trigger, FRIDAY)[0] == value


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        # an act told as so long before or after a dated one is dated from it
        ("Rebels seized the town on Tuesday, two days after the army withdrew.", "withdrew",
         "2025-08-17"),
        ("Protesters marched on Monday, a week after police killed three students.", "killed",
         "2025-08-11"),
        ("Troops arrested the mayor on Monday, three days before the rebels attacked the city.",
         "attacked", "2025-08-21"),
        # with no day of its own in the main clause, nothing to count from
        ("The strike came two days after fighters seized a police station.", "seized",
         "2025-08-22"),
    ],
)
def test_acts_dated_from_another(nlp: Language, text: str, word: str, value: str) -> None:
    trigger = next(t for t in nlp(text) if t.text == word)
    assert event_date(trigger, FRIDAY)[0] == value


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        # a date closing the second of two acts of one subject dates the first as well
        (("Gang members set fire to homes and killed 15 people in Mirebalais overnight Monday, "
         "police said Tuesday."), "set", "2025-08-18"),
        ("Soldiers stormed the camp and arrested dozens of men on Thursday.", "stormed",
         "2025-08-21"),
        ("Militants ambushed a convoy and killed six soldiers near Gao on Sunday.", "ambushed",
         "2025-08-17"),
        # a date of the first act's own is kept
        ("Police arrested the activist in 2019 and released him on Monday.", "arrested", "2019"),
    ],
)
def test_two_acts_of_one_subject_share_a_closing_date(nlp: Language, text: str, word: str,
                                                      value: str) -> None:
    trigger = next(t for t in nlp(text) if t.text == word)
    assert event_date(trigger, FRIDAY)[0] == value


@pytest.mark.parametrize(("text", "trigger", "day"), [
    (("Thousands of protesters marched through Nairobi on Tuesday to demand lower taxes. "
      "Police fired tear gas at the crowd, witnesses said."), "fired", "2025-03-04"),
    (("Rebels attacked an army post near Goma on Sunday. Soldiers arrested five suspects, a "
      "spokesman said."), "arrested", "2025-03-02"),
    ("Israeli jets struck a building in Beirut on Monday. Hezbollah fired rockets at Haifa.",
     "fired", "2025-03-03"),
    # a simple past passive goes on with the story as the active does
    (("Police fired tear gas at students in Dhaka on Tuesday. Dozens were arrested, "
      "witnesses said."), "arrested", "2025-03-04"),
    (("Rebels attacked an army post near Beni on Wednesday. Three soldiers were killed, the "
      "army said."), "killed", "2025-03-05"),
    (("Troops stormed the opposition headquarters in Lome on Monday. Several activists were "
     "detained."), "detained", "2025-03-03"),
])
def test_an_undated_act_right_after_a_dated_one_goes_on_with_its_day(text: str, trigger: str,
                                                                      day: str) -> None:
    """'Protesters marched on Tuesday. Police fired tear gas': the same day's story."""
    events = [e for e in kronika.analyze(text, published="2025-03-08").events
              if e.trigger == trigger]
    assert events and events[0].date == day


@pytest.mark.parametrize(("text", "trigger", "day"), [
    (("The ELN suspended peace talks on Sunday. The guerrilla group attacked a military base in "
      "Arauca province, killing two soldiers and wounding 27."), "killing", "2025-03-02"),
    (("Russian forces shelled Kherson on Friday. Drones then struck a bus in the city, killing "
      "four civilians."), "killing", "2025-02-28"),
    (("Militants seized the town of Djibo on Saturday. They later attacked an army post, "
      "capturing three soldiers."), "capturing", "2025-03-01"),
])
def test_a_participle_of_result_takes_its_main_acts_day(text: str, trigger: str,
                                                        day: str) -> None:
    """'attacked the base, killing two': the killing is done the day of the attack, however
    that day is found."""
    events = [e for e in kronika.analyze(text, published="2025-03-04").events
              if e.trigger == trigger]
    assert events and events[0].date == day


@pytest.mark.parametrize(("text", "trigger", "day"), [
    (("The ELN suspended peace talks on Sunday. The guerrilla group attacked a military base in "
      "Arauca province a day after the suspension."), "attacked", "2025-03-03"),
    (("Troops stormed the parliament in Niamey on Wednesday. The African Union suspended Niger "
      "two days after the raid."), "suspended", "2025-02-28"),
    (("Police arrested the opposition leader on Monday. His supporters rioted in Dakar a day "
      "after the arrest."), "rioted", "2025-03-04"),
])
def test_an_act_so_long_after_an_act_told_before_is_dated_from_it(text: str, trigger: str,
                                                                   day: str) -> None:
    """'a day after the suspension': the day after the suspension the text told and dated."""
    events = [e for e in kronika.analyze(text, published="2025-03-04").events
              if e.trigger == trigger]
    assert events and events[0].date == day


@pytest.mark.parametrize("text", [
    "Israeli jets struck a building in Beirut on Monday. Hezbollah has fired rockets at Haifa.",
    "Rebels attacked an army post near Goma on Sunday. Soldiers arrest suspects every week.",
    "Police dispersed students in Dhaka on Tuesday. Dozens of them have been arrested.",
])
def test_an_act_not_in_the_narrative_past_keeps_the_publication_date(text: str) -> None:
    """A perfect or a present after a dated act is no part of that day's story."""
    events = [e for e in kronika.analyze(text, published="2025-03-08").events
              if e.trigger in ("fired", "arrest", "arrested")]
    assert all(e.date == "2025-03-08" for e in events)


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        # what is asked for is still to be done: a bare weekday looks ahead
        ("The president urged Georgians to rally on Monday.", "rally", "2024-12-02"),
        ("The union asked its members to strike on Tuesday.", "strike", "2024-12-03"),
        # an act asked for on a day gives that day to no act told after it
        (("President Salome Zourabichvili urged Georgians to rally on Monday. Prime Minister "
         "Irakli Kobakhidze rejected the accusations."), "rejected", "2024-11-28"),
    ],
)
def test_an_act_asked_for_is_ahead(text: str, trigger: str, date: str) -> None:
    events = kronika.analyze(text, published="2024-11-28").events
    assert [e.date for e in events if e.trigger == trigger] == [date]


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        # the parser reads 'to march' as a preposition and the month's name or a noun; the
        # weekday it hangs on the call dates the march, ahead of the telling
        ("Intro.\n\nThe opposition leader called on supporters to march on Saturday.",
         "march", "2024-11-30"),
        ("Intro.\n\nThe cleric called on his followers to march on Friday.", "march",
         "2024-11-29"),
        ("Intro.\n\nThe student union called on students to march on Sunday.", "march",
         "2024-12-01"),
    ],
)
def test_an_act_asked_for_with_its_to_read_as_a_preposition_is_ahead(text: str, trigger: str,
                                                                     date: str) -> None:
    events = kronika.analyze(text, published="2024-11-28").events
    found = [e for e in events if e.trigger == trigger]
    assert [e.date for e in found] == [date]
    assert all(e.factuality not in ("asserted", "reported") for e in found)


@pytest.mark.parametrize("text", [
    "Intro.\n\nThe opposition leader called on supporters to march on Saturday.",
    "Intro.\n\nThe cleric called on his followers to march on Friday.",
    "Intro.\n\nThe student union called on students to march on Sunday.",
    "Intro.\n\nHis party has called for nationwide rallies on Friday to demand his release.",
])
def test_a_day_after_the_act_asked_for_does_not_date_the_asking(text: str) -> None:
    """'called on supporters to march on Saturday': the call was made before the telling,
    not on the Saturday before it."""
    events = kronika.analyze(text, published="2024-11-28").events
    calls = [e for e in events if e.trigger == "called"]
    assert calls and all(e.date == "2024-11-28" for e in calls)


@pytest.mark.parametrize(("text", "trigger", "day"), [
    # the recognizer tags a weekday with a part of the day TIME, not DATE
    ("Intro.\n\nMalian rebels attacked Kidal on Monday night.", "attacked", "2025-03-03"),
    ("Intro.\n\nRebels attacked the town late on Sunday night, residents said.", "attacked",
     "2025-03-02"),
    ("Intro.\n\nGunmen kidnapped five students on Saturday night.", "kidnapped",
     "2025-03-01"),
    ("Intro.\n\nThe president will visit Paris on Friday evening.", "visit", "2025-03-07"),
])
def test_a_weekday_with_its_part_of_the_day_dates_the_act(text: str, trigger: str,
                                                          day: str) -> None:
    events = kronika.analyze(text, published="2025-03-04").events
    assert [e.date for e in events if e.trigger == trigger][:1] == [day]


@pytest.mark.parametrize(("text", "trigger", "day"), [
    # the recognizer runs the date on across 'after' ('Friday after months')
    (("Intro.\n\nIslamist militants freed three Italian hostages on Friday after months of "
      "negotiations, the government said."), "freed", "2025-02-21"),
    ("Intro.\n\nRebels seized the town on Sunday after weeks of fighting.", "seized",
     "2025-02-16"),
    ("Intro.\n\nPolice arrested the singer on Thursday after days of protests.", "arrested",
     "2025-02-20"),
])
def test_a_date_run_on_across_after_keeps_its_day(text: str, trigger: str, day: str) -> None:
    events = kronika.analyze(text, published="2025-02-22").events
    assert [e.date for e in events if e.trigger == trigger][:1] == [day]


def test_a_day_after_a_call_for_a_state_dates_the_call() -> None:
    """'called for calm on Sunday': the call was made on Sunday; calm is held on no day."""
    events = kronika.analyze("Intro.\n\nThe opposition called for calm on Sunday.",
                             published="2024-11-28").events
    assert [e.date for e in events if e.trigger == "called"] == ["2024-11-24"]


@pytest.mark.parametrize(("text", "value"), [
    # a month named for an act still to come is this month or the next such one
    ("in November", "2025-11"),
    ("late March", "2026-03"),
    ("in August", "2025-08"),
])
def test_a_month_named_ahead_is_the_next_such_month(text: str, value: str) -> None:
    assert resolve_expression(text, FRIDAY, ahead=True) == value


def test_a_meeting_to_come_in_a_named_month_is_dated_ahead() -> None:
    events = kronika.analyze("Intro.\n\nEU ministers will discuss Iran in November.",
                             published="2024-10-14").events
    assert [e.date for e in events if e.trigger == "discuss"] == ["2024-11"]


@pytest.mark.parametrize(("text", "trigger", "day"), [
    # an event noun in a phrase of a verb still to come is to come too
    ("Intro.\n\nThe leaders will sign the deal at a summit on Friday.", "summit", "2024-10-18"),
    ("Intro.\n\nThe ministers will settle the matter at a meeting on Monday.", "meeting",
     "2024-10-21"),
    ("Intro.\n\nThe two presidents will shake hands at talks on Thursday.", "talks",
     "2024-10-17"),
])
def test_an_occasion_of_an_act_to_come_is_ahead(text: str, trigger: str, day: str) -> None:
    events = kronika.analyze(text, published="2024-10-16").events
    found = [e for e in events if e.trigger == trigger]
    assert [e.date for e in found][:1] == [day]
    assert all(e.factuality == "future" for e in found)


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        # what an 'after' clause tells came before a dated past act: no later than it
        (("Prime Minister Goran Petrov resigned last month after a group of men attacked "
         "students in Skopje."), "attacked", "2025-07"),
        (("The interior minister stepped down in March after police killed two protesters in "
         "Lima."), "killed", "2025-03"),
        ("Quito recalled its ambassador last week after Mexican police stormed the embassy.",
         "stormed", "2025-08-15"),
    ],
)
def test_an_act_after_which_a_dated_act_came_takes_its_date(nlp: Language, text: str,
                                                             word: str, value: str) -> None:
    trigger = next(t for t in nlp(text) if t.text == word)
    assert event_date(trigger, FRIDAY)[0][:len(value)] == value


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # 'for a month' says how long, not when
        ("Washington agreed to pause tariffs on Canadian goods for a month.", "tariffs"),
        ("The army agreed to stop the shelling for a week.", "shelling"),
        ("Niger closed its border with Benin for a month.", "closed"),
    ],
)
def test_a_length_of_time_after_for_dates_nothing(nlp: Language, text: str, word: str) -> None:
    trigger = next(t for t in nlp(text) if t.text == word)
    assert event_date(trigger, FRIDAY) == ("2025-08-22", None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a promise is made when it is said, whatever day it names for the act promised
        ("On Monday, the rebels said they would open a humanitarian corridor on Friday.",
         "2025-03-03"),
        ("Hamas said it would release four hostages on Saturday.", "2025-03-04"),
        ("The junta said it would free 200 political prisoners on Thursday.", "2025-03-04"),
        ("Kyiv said it would return the bodies of 50 soldiers on Sunday.", "2025-03-04"),
    ],
)
def test_a_promise_is_dated_when_it_is_said(text: str, value: str) -> None:
    events = kronika.analyze(text, published="2025-03-04").events
    promises = [e for e in events if e.type == "AGREE"]
    assert promises and all(e.date == value and e.factuality == "asserted" for e in promises)


@pytest.mark.parametrize(("text", "trigger", "date"), [
    ("The protests are the largest since 2019, when police fired rubber bullets at crowds.",
     "fired", "2019"),
    ("Talks broke down in March 2022, when Russian troops shelled the port.", "shelled",
     "2022-03"),
    ("Tensions have grown since last May, when the army arrested two opposition leaders.",
     "arrested", "2024-05"),
])
def test_a_when_clause_on_a_date_is_dated_to_it(text: str, trigger: str, date: str) -> None:
    """'since 2019, when police fired': 'since' bounds the main clause; the firing is of 2019."""
    events = [e for e in kronika.analyze(text, published="2024-11-28").events
              if e.trigger == trigger]
    assert events and all(e.date == date for e in events), events


@pytest.mark.parametrize(("text", "trigger", "date"), [
    (("Prime Minister Kobakhidze said last Tuesday that the government would not negotiate "
     "with the protesters."), "negotiate", "2024-11-26"),
    ("The rebels said on Monday they would not attend the talks in Doha.", "attend",
     "2024-11-25"),
    ("The Kenyan government said on Tuesday it would not negotiate with the strikers.",
     "negotiate", "2024-11-26"),
])
def test_a_refusal_is_made_the_day_it_is_said(text: str, trigger: str, date: str) -> None:
    """'said last Tuesday it would not negotiate': the refusal is made that Tuesday."""
    events = [e for e in kronika.analyze(text, published="2024-11-28").events
              if e.trigger == trigger]
    assert events and all(e.date == date for e in events), events


@pytest.mark.parametrize(("text", "trigger", "date"), [
    (("Niger closed the border last month after rebels bombed a bridge and attacked an army "
     "post near Tillaberi, killing nine soldiers."), "attacked", "2024-05"),
    ("The army withdrew last month after rebels shelled the town and stormed its barracks.",
     "stormed", "2024-05"),
    (("Kenya recalled its envoy last week after gunmen kidnapped two teachers and burned "
     "a school."), "burned", "2024-06-02"),
])
def test_a_second_verb_shares_the_date_its_first_verb_takes(text: str, trigger: str,
                                                            date: str) -> None:
    """'after the group bombed a pipeline and attacked a base': the date the bombing takes
    from the clause it follows is the attack's too."""
    events = [e for e in kronika.analyze(text, published="2024-06-09").events
              if e.trigger == trigger]
    assert events and all(e.date == date for e in events), events


@pytest.mark.parametrize(("text", "trigger", "date"), [
    ("The prime minister won a fourth term in January in a vote boycotted by the opposition.",
     "boycotted", "2024-01"),
    ("Five opposition leaders were elected in May at a congress raided by police.", "raided",
     "2024-05"),
    ("The law was passed in March in a session boycotted by the opposition.", "boycotted",
     "2024-03"),
])
def test_a_participle_of_a_dated_occasion_takes_its_date(text: str, trigger: str,
                                                         date: str) -> None:
    """'won in January in a vote boycotted by the opposition': the boycott is of January."""
    events = [e for e in kronika.analyze(text, published="2024-07-17").events
              if e.trigger == trigger]
    assert events and all(e.date == date for e in events), events


@pytest.mark.parametrize(("text", "trigger", "date"), [
    ("The governor of Tabasco ordered the migrants to leave within 72 hours on Monday.",
     "ordered", "2024-07-15"),
    ("Kenya ordered the diplomats to leave the country within 48 hours on Tuesday.", "ordered",
     "2024-07-16"),
    ("Mali ordered the Danish troops to quit the country within two weeks on Monday.", "ordered",
     "2024-07-15"),
])
def test_a_day_after_the_deadline_of_an_order_dates_the_order(text: str, trigger: str,
                                                              date: str) -> None:
    """'ordered them to leave within 72 hours on Monday': the leaving is timed by its
    deadline, so Monday is when the order was given."""
    events = [e for e in kronika.analyze(text, published="2024-07-17").events
              if e.trigger == trigger]
    assert events and all(e.date == date for e in events), events


@pytest.mark.parametrize(("text", "trigger", "date"), [
    ("Riots broke out after a disputed 2020 election and a violent crackdown by police in Minsk.",
     "crackdown", "2020"),
    ("Exiles recalled the 2009 vote and the arrests of opposition leaders in Tehran.", "arrests",
     "2009"),
    ("The rally marked the 2019 coup and the killing of protesters in Khartoum.", "killing",
     "2019"),
])
def test_a_noun_joined_to_a_dated_noun_takes_its_date(text: str, trigger: str,
                                                      date: str) -> None:
    """'after a disputed 2020 election and a violent crackdown': the crackdown is of 2020."""
    events = [e for e in kronika.analyze(text, published="2024-07-17").events
              if e.trigger == trigger]
    assert events and all(e.date == date for e in events), events


@pytest.mark.parametrize(("text", "trigger", "when"), [
    (("Minsk apologised for the crash of a Latvian airliner last December that was hit by "
      "Belarusian air defences."), "hit", "2024-12"),
    (("Relations soured after the downing of a cargo plane in December 2024 that was hit by "
      "Armenian air defences."), "hit", "2024-12"),
    (("Tehran condemned the assassination of a general in January 2020 who was struck by an "
      "American drone."), "struck", "2020-01"),
])
def test_a_past_relative_clause_takes_the_date_of_the_phrase_it_describes(
        text: str, trigger: str, when: str) -> None:
    """'the crash of an airliner last December that was hit by air defences': the text dates
    the hit with the crash, not on the day of publication."""
    events = [e for e in kronika.analyze(text, published="2025-10-09").events
              if e.trigger == trigger]
    assert events and events[0].date == when


@pytest.mark.parametrize(("text", "trigger", "when"), [
    (("On Monday last week, security forces arrested 14 members of the opposition in "
      "Bouake, the party said."), "arrested", "2025-02-24"),
    ("Rebels ambushed an army convoy near Goma on Friday last week, the military said.",
     "ambushed", "2025-02-28"),
    ("The foreign ministers will meet in Geneva on Tuesday next week.", "meet", "2025-03-11"),
])
def test_a_weekday_of_a_counted_week(text: str, trigger: str, when: str) -> None:
    """'Monday last week' told on Wednesday 5 March is the Monday of the week before, not
    the day of publication."""
    events = [e for e in kronika.analyze(text, published="2025-03-05").events
              if e.trigger == trigger]
    assert events and events[0].date == when


@pytest.mark.parametrize(("text", "trigger", "when"), [
    ("Yao said his supporters could march on the capital on Friday.", "march", "2025-03-07"),
    ("The union said dock workers might strike at the port on Thursday.", "strike",
     "2025-03-06"),
    ("Organisers said farmers may rally outside parliament on Saturday.", "rally",
     "2025-03-08"),
])
def test_a_weekday_of_a_possible_act_is_read_forward(text: str, trigger: str,
                                                     when: str) -> None:
    """'could march on Friday' told on a Wednesday is the coming Friday: an act that is
    only possible has not happened yet."""
    events = [e for e in kronika.analyze(text, published="2025-03-05").events
              if e.trigger == trigger]
    assert events and events[0].date == when


def test_a_negated_past_ability_keeps_its_past_weekday() -> None:
    """'could not reach the village on Monday' tells a past inability, not a plan."""
    text = "Soldiers could not storm the rebel camp on Monday because of heavy rain."
    events = [e for e in kronika.analyze(text, published="2025-03-05").events
              if e.trigger == "storm"]
    assert all(e.date == "2025-03-03" for e in events)


@pytest.mark.parametrize(("text", "value"), [
    ("in late 2023", "2023"),
    ("mid-2024", "2024"),
    ("at the end of 2019", "2019"),
    ("in the first half of 2024", "2024"),
    ("in summer 2022", "2022"),
    ("in the 1990s", None),
    ("during the 1980s", None),
    ("late on Sunday", "2025-03-02"),
    ("earlier on Wednesday", "2025-03-05"),
])
def test_parts_of_years_decades_and_parts_of_days(text: str, value: str | None) -> None:
    """'in late 2023' is in 2023 (dateparser names no day of it); 'in the 1990s' names no
    day (dateparser reads it as yesterday); 'late on Sunday' is that Sunday."""
    assert resolve_expression(text, date(2025, 3, 5)) == value


@pytest.mark.parametrize(("text", "trigger", "when"), [
    ("Rebels seized the town in late 2023, officials said.", "seized", "2023"),
    ("Police arrested the editor in mid-2024.", "arrested", "2024"),
    ("At the end of 2019, the army shelled villages near the lake.", "shelled", "2019"),
])
def test_an_act_in_a_part_of_a_year_is_dated_to_that_year(text: str, trigger: str,
                                                          when: str) -> None:
    """'seized the town in late 2023' happened in 2023, not on the day of publication."""
    events = [e for e in kronika.analyze(text, published="2025-03-05").events
              if e.trigger == trigger]
    assert events and events[0].date == when


@pytest.mark.parametrize(("text", "trigger", "when"), [
    ("Turkey occupied two islands in the summer of 2022.", "occupied", "2022"),
    ("Armenia closed its border with Turkey in the summer of 2022.", "closed", "2022"),
    ("Thai troops shelled the temple in the summer of 2022.", "shelled", "2022"),
], ids=["Turkey", "Armenia", "Thailand"])
def test_a_season_of_a_year_keeps_its_year(text: str, trigger: str, when: str) -> None:
    """'in the summer of 2019': the recognizer cuts the span before the year; the year dates
    the act, not the day of publication."""
    events = [e for e in kronika.analyze(text, published="2025-03-05").events
              if e.trigger == trigger]
    assert events and events[0].date == when, events


@pytest.mark.parametrize(("text", "trigger"), [
    ("Paramilitaries massacred villagers in the 1990s, the report said.", "massacred"),
    ("In the 1980s, the army shelled Kurdish towns near the border.", "shelled"),
    ("Ethiopian forces attacked Eritrea in the late 1990s.", "attacked"),
], ids=["1990s", "1980s", "late 1990s"])
def test_an_act_of_a_decade_is_not_dated_to_the_telling(text: str, trigger: str) -> None:
    """'massacred villagers in the 1990s' names no day, month or year: undated, not the day of
    publication."""
    events = [e for e in kronika.analyze(text, published="2025-03-05").events
              if e.trigger == trigger]
    assert events and events[0].date is None, events


@pytest.mark.parametrize(("text", "published", "when"), [
    ("Teachers strike in Lagos this weekend.", "2025-03-05", "2025-03-08"),
    ("The foreign ministers meet in Nairobi this weekend.", "2025-03-05", "2025-03-08"),
    ("Opposition supporters rallied in Tbilisi last weekend.", "2025-03-08", "2025-03-01"),
    ("Opposition supporters rallied in Tbilisi this weekend.", "2025-03-09", "2025-03-08"),
], ids=["strike", "meet", "last at weekend", "this at weekend"])
def test_this_weekend_is_the_coming_one_when_told_midweek(text: str, published: str,
                                                          when: str) -> None:
    """'meet this weekend' told on a Wednesday is the coming weekend; 'last weekend' told on a
    Saturday is the one before."""
    events = kronika.analyze(text, published=published).events
    assert events and events[0].date == when, events
