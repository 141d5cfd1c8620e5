"""One event told several times in a document: headline, lead and caption merged.

A news article tells its main event up to three times: in the headline ('Police Detain
Activists'), in the lead, and under a photo. Each telling is coded on its own, often with a
side missing (a headline drops the agent) or with the sides swapped (a caption names the one
detained first). Counting them apart inflates every count. Here two events are one when

- they have the same type and factuality (asserted and reported count as one), and no
  conflicting dates;
- at least one of them is told in a *display segment*: the headline (a short first line of
  its own) or a photo caption (a line with a photo credit or label);
- their sides agree where both are known, or are the same two parties swapped, or one side
  names the same party and the other may be one party told by other names (no country sets
  them apart: 'Opposition Leader' in the headline, 'John Okello' in the lead) when both name
  the same kind of act, or the display telling names no side at all and the same kind of act
  ('Former minister arrested over arms deal'); an undated headline's publication date
  conflicts with no date.

A caption is a line with a photo credit or label, also when the credit follows the
caption's sentence on its line ('Police detain a man in Lagos, May 2. (AP Photo/J. Doe)').

The kept record is the fuller telling (more sides known; prose before display text, which
also settles the sides of a swapped pair); the others become its ``mentions``. Two tellings in
running prose merge only when they agree exactly (``merge_repeats`` in ``extract.py``).

Within one sentence, a trigger in a clause that only tells how an event of the same type went
or what it was for is that event again, not a second one (``elaborated``): 'rebels shelled
the town, killing ten' (the killing is the shelling's toll), 'telephoned the minister to
discuss the talks', 'summoned the envoy to protest'. The governing trigger keeps the event.
A journey is the exception: what it is for happens later, at its end ('flew to Cairo to meet
the president' is a visit and a meeting). What a protest demands is its aim, not a second
event ('marched to demand his resignation', 'held a rally to demand back pay',
'rallied in Kirkuk calling for independence'): PLOVER codes the protest. So is a noun of the
same type that gives the means of a verb's event ('pounded the positions with airstrikes').
So is what a 'by' + gerund clause tells under a coded event, when it names no party of its
own ('are supporting Manila by having their ships conduct patrols': the patrols are the
support; ``means_clause_of``), but not 'aided Chad by striking the rebels'.
A setting is not: 'killed during an attack', 'met him at the summit' name an event the act
belongs to, which ACE and M2E2 annotate as one of its own.

One act is also told twice when a noun of an event and a verb of the same type tell it in one
clause (``one_act``, violence only): 'an airstrike killed 30 people', 'the bombing that killed
12', 'an attack killing five'. It is one event with the verb's sides (the noun's where the
verb has none, or where only the noun's names a country: 'the Russian bombing of Kyiv killed
ten people' is aimed at Ukraine), the more specific mode and CAMEO code of the two. The
clause's predicate keeps the trigger: the verb whose subject the noun is ('an airstrike
killed 30'), the noun a relative clause or participle hangs on ('the bombing that killed 12'),
save a weapon ('the bomb that killed three': the killing). 'Killed in an airstrike' or
'during clashes' stay two events: the noun names the setting (see above).

An event noun that points back ('The shelling came hours after ...', 'the arrests were
unlawful': a definite or demonstrative determiner and no owner, modifier or phrase of its own)
and names no side is the act told before it again (``fold_anaphors``): a mention of the last
event of its type told as fact in an earlier sentence, preferring one of the same stem.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from spacy.tokens import Token

from kronika.events.factuality import POINTING_DETS
from kronika.events.ontology import Trigger
from kronika.records import Event, Evidence, content_id

# Letters two words of one stem share ('shelled', 'shelling'; 'arrested', 'arrests').
STEM = 5
# Letters a noun shares with the verb it is made from, which may be short ('walk', 'walkout').
VERB_STEM = 4
# Photo credits and caption labels ('(AP Photo/...)', 'Photo: ...', 'FILE - ...').
CAPTION = re.compile(
    r"\((?:[A-Z]{2,}\s+)?(?:photo|file photo|image|picture)\b|^(?:photo|image|file)\s*[:\-–—]"
    r"|\b(?:photo|image)\s*(?:by|credit|:)|/(?:AP|AFP|Reuters|Getty|EPA|VOA)\)",
    re.I,
)
# A caption asserts what the lead reports: both tell the event as having happened.
TOLD = frozenset({"asserted", "reported"})
# Dependencies of a clause that tells how or what for ('..., killing ten'; 'to discuss').
ELABORATING_DEPS = frozenset({"advcl", "xcomp"})
# Types of an event whose clause may tell its aim in an event of another type: a protest's
# demand is what the protest is for.
AIMS = {"PROTEST": frozenset({"REQUEST"})}
# Prepositions of the means of an act ('pounded the town with airstrikes'). Not 'in', 'during'
# or 'at': 'killed in an attack', 'met during a summit' name a wider event of its own.
SETTING_PREPS = frozenset({"with"})
# Clauses that tell an act of their own even inside a means clause: a relative or adverbial
# clause ('by shelling a town where rebels had killed ten', 'by retreating after ...').
OWN_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "parataxis"})
# Modes of a journey, whose purpose is a later act of its own ('travelled to X to meet Y').
JOURNEY_MODES = frozenset({"visit"})
# Dependencies of a verb that tells what the noun it hangs on did ('the bombing that killed
# 12', 'an attack killing five').
TOLL_DEPS = frozenset({"relcl", "acl"})
# Types whose noun and verb in one clause tell one act ('an airstrike killed 30'); a noun of
# other types may name the doers ('army reinforcements patrolled the town').
ONE_ACT_TYPES = frozenset({"ASSAULT"})
# Nouns of a weapon, which is the means of the act its verb tells, not the act's name ('a
# roadside bomb killed three soldiers': the killing is the trigger).
WEAPONS = frozenset({"bomb", "mine", "landmine", "grenade", "missile", "rocket", "shell",
                     "ied", "device", "explosive"})
# Display lines are short: a headline or caption, not a paragraph that lacks its period.
DISPLAY_WORDS = 25


def display_segment(evidence: Evidence, text: str, headed: bool = True) -> bool:
    """A headline or a photo caption (its credit may close the line after the sentence:
    '... in Kampala, March 4. (AP Photo/B. Curtis)'). Only a text that opens the document
    (``headed``) has a headline: a later piece of a long document (chunks.py) starts after a
    paragraph break, and its first line is running prose."""
    piece = evidence.text.strip()
    if not piece:
        return False
    ends_line = "\n" in text[evidence.start:evidence.end]
    line_end = text.find("\n", evidence.end)
    rest = "" if ends_line else text[evidence.end:line_end if line_end >= 0 else len(text)]
    if CAPTION.search(piece) or CAPTION.search(rest):
        return True
    own_line = (text[evidence.start:evidence.end].rstrip(" \t").endswith("\n")
                or text[evidence.end:evidence.end + 3].lstrip(" \t")[:1] in ("\n", ""))
    # the first line of a document, short, alone on its line, with a story after it
    story = text[evidence.end:].strip()
    return headed and evidence.start == 0 and own_line and bool(story) and \
        len(piece.split()) <= DISPLAY_WORDS


def family(event: Event) -> str:
    """Factuality as far as merging goes: told as fact (asserted or reported) or not."""
    return "told" if event.factuality in TOLD else event.factuality


Side = tuple[str | None, str | None]  # (actor id, country)


def side(event: Event, which: str) -> Side:
    """One side of an event: its actor and its country."""
    if which == "source":
        return event.source, event.source_country
    return event.target, event.target_country


def known(a: Side) -> bool:
    """A side the text names."""
    return a[0] is not None or a[1] is not None


def compatible(a: Side, b: Side) -> bool:
    """Two sides that may be one party: one unknown, the same actor, or the same country
    ('Belarus' in a headline, 'Belarusian police' in the lead)."""
    if not known(a) or not known(b):
        return True
    return (a[0] is not None and a[0] == b[0]) or (a[1] is not None and a[1] == b[1])


def loosely_compatible(a: Side, b: Side) -> bool:
    """Two sides a headline and its story may give one party by different names ('Opposition
    Leader' in the headline, 'John Okello' in the lead): compatible, or no country known for
    one of them that could set them apart."""
    return compatible(a, b) or a[1] is None or b[1] is None


def anchored(x: Side, y: Side, p: Side, q: Side) -> bool:
    """One pair of sides names one party (x with y) and the other pair may (p with q)."""
    return known(x) and known(y) and compatible(x, y) and loosely_compatible(p, q)


def same_event(a: Event, b: Event, display: bool = False, published: str | None = None,
               lemmas: Mapping[int, str] | None = None) -> bool:
    """Whether two tellings agree in type, factuality, date and sides (or swapped sides).
    Two prose tellings (``lemmas``: each trigger's lemma by its offset) with swapped sides
    are one act only under one trigger lemma ('Macron met Modi' ... 'Modi met Macron'): 'India
    struck Pakistan' and 'Pakistan shot down Indian jets' are two acts, a strike and the
    answer to it. With ``display`` (one telling is a headline or caption) one side naming the
    same party is enough when the other may be one party told by other names
    (``loosely_compatible``) and the two tellings name the same kind of act (mode); and the
    publication date (``published``), which an undated headline gets by default, conflicts
    with no date."""
    if a.type != b.type or family(a) != family(b):
        return False
    if a.date and b.date and a.date != b.date and not (
            display and published in (a.date, b.date)):
        return False
    (sa, ta), (sb, tb) = (side(a, "source"), side(a, "target")), (side(b, "source"),
                                                                  side(b, "target"))
    if not (known(sa) or known(ta)) or not (known(sb) or known(tb)):
        # a headline that names no side of an act of the same kind is the story's act told
        # short ('Former minister arrested over arms deal'); two sideless prose acts are not
        return display and a.mode == b.mode and a.mode is not None

    if compatible(sa, sb) and compatible(ta, tb):
        # two prose acts whose sides only share countries ('India' struck, 'Indian forces'
        # exchanged fire) are one act under one trigger lemma or one pair of actors
        return display or lemmas is None or one_lemma(a, b, lemmas) or (sa, ta) == (sb, tb)
    if all(map(known, (sa, ta, sb, tb))) and compatible(sa, tb) and compatible(ta, sb):
        return display or lemmas is None or one_lemma(a, b, lemmas)
    return display and a.mode == b.mode and (anchored(sa, sb, ta, tb) or anchored(ta, tb, sa, sb))


def one_lemma(a: Event, b: Event, lemmas: Mapping[int, str]) -> bool:
    """Two tellings under one trigger lemma (the trigger's text where no lemma is known)."""
    def lemma(event: Event) -> str:
        return lemmas.get(event.trigger_start or -1, event.trigger).lower()
    return lemma(a) == lemma(b)


def fullness(event: Event, display: bool, published: str | None = None) -> tuple[int, int, int]:
    """How good a telling is to keep: sides known, then a date the text gives over the
    publication date an undated telling defaults to ('bombed a school on Sunday' over
    'dropped four bombs'), then prose over display text."""
    dated = int(event.date is not None and event.date != published)
    return (sum(known(side(event, w)) for w in ("source", "target")), dated, int(not display))


def told_date(kept: Event, other: Event, published: str | None) -> str | None:
    """The date of a merged event: the kept telling's, unless that is only the publication
    date an undated headline defaults to and the other telling gives one ('junta frees
    prisoners' kept for its sides, 'released them on Tuesday' for its day)."""
    if kept.date == published and other.date and other.date != published:
        return other.date
    return kept.date


def merge_told_again(events: list[Event], text: str, published: str | None = None,
                     lemmas: Mapping[int, str] | None = None, headed: bool = True
                     ) -> list[Event]:
    """Events told again in a headline or caption become mentions of one event
    (``published``: the document's date, ISO; ``lemmas``: the triggers' lemmas by offset,
    which two prose tellings with swapped sides must share; ``headed``: the text opens the
    document, so its first line may be a headline). A prose telling joins a group
    through the group's display telling, never through another prose one: the loose match
    that lets a headline's wording meet the lead's does not make two acts of the body one;
    nor does it make one the two dyads of one trigger ('X and Y exchanged fire': X on Y and Y
    on X, each its own event)."""
    out: list[Event] = []
    shown: list[Event | None] = []  # each group's headline or caption telling
    prose: list[bool] = []  # whether a group has a prose telling yet
    triggers: list[set[int | None]] = []  # each group's trigger offsets
    for event in events:
        display = display_segment(event.evidence, text, headed)
        match = next((n for n, kept in enumerate(out)
                      if (event.trigger_start is None or event.trigger_start not in triggers[n])
                      and ((display and same_event(kept, event, True, published))
                           or (shown[n] is not None
                               and same_event(shown[n], event, True, published)
                               # a headline tells one act: once prose tells it, another
                               # prose act joins only as the same act
                               and (not prose[n]
                                    or same_event(kept, event, lemmas=lemmas))))), None)
        if match is None:
            out.append(event)
            shown.append(event if display else None)
            prose.append(not display)
            triggers.append({event.trigger_start})
            continue
        triggers[match].add(event.trigger_start)
        kept = out[match]
        if fullness(event, display, published) > fullness(kept, not prose[match], published):
            out[match] = replace(event, date=told_date(event, kept, published),
                                 mentions=distinct(event.evidence, (
                                     kept.evidence, *kept.mentions, *event.mentions)))
        else:
            out[match] = replace(kept, date=told_date(kept, event, published),
                                 mentions=distinct(kept.evidence, (
                                     *kept.mentions, event.evidence, *event.mentions)))
        if shown[match] is None and display:
            shown[match] = event
        prose[match] = prose[match] or not display
    return out


def refers_back(noun: Token) -> bool:
    """An event noun that points back at an act already told: a definite or demonstrative
    determiner and nothing of its own that would single out another act ('The shelling came
    hours after...', 'the arrests were an attack on free assembly', 'This protest was the
    largest since...'). An owner, a count, a modifier or an of/on/against phrase may name
    other parties ('the army's shelling', 'the Monday protest', 'the attack on the mosque')."""
    if noun.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "det" and c.lower_ in POINTING_DETS for c in noun.children):
        return False
    return not any(c.dep_ in ("poss", "nummod", "amod", "compound", "nmod", "prep", "acl",
                              "relcl", "appos") for c in noun.children)


def fold_anaphors(events: list[Event], anaphors: frozenset[int]) -> list[Event]:
    """An event told only by a noun that refers back (``anaphors``: trigger offsets, see
    ``refers_back``) and that names no side is a mention of the last event of its type told
    before it as fact, not an event of its own; of those, the last told by a word of the same
    stem ('shelled the town ... The shelling came'), else the last."""
    out: list[Event] = []
    for event in events:
        back = event.trigger_start in anaphors and event.source is None and \
            event.target is None and event.factuality in TOLD
        told = [n for n in range(len(out) - 1, -1, -1)
                if back and out[n].type == event.type and out[n].factuality in TOLD
                and out[n].evidence.sentence < event.evidence.sentence]
        stem = (event.trigger or "").lower()[:STEM]
        kept = next((n for n in told if (out[n].trigger or "").lower()[:STEM] == stem),
                    told[0] if told else None)
        if back and kept is None:
            kept = derived_from(event, out)
        if kept is None:
            out.append(event)
        else:
            out[kept] = replace(out[kept], mentions=distinct(out[kept].evidence, (
                *out[kept].mentions, event.evidence, *event.mentions)))
    return out


def derived_from(noun: Event, events: list[Event]) -> int | None:
    """The last act told as fact before a noun that refers back to it by the noun of its own
    verb, though the lexicon types the two apart ('walked out of the talks ... The walkout
    came after'): the noun begins with the verb's stem ('walk'). None when there is none."""
    stem = (noun.trigger or "").lower()[:VERB_STEM]
    return next((n for n in range(len(events) - 1, -1, -1)
                 if events[n].factuality in TOLD and len(stem) == VERB_STEM
                 and events[n].evidence.sentence < noun.evidence.sentence
                 and (events[n].trigger or "").lower()[:VERB_STEM] == stem), None)


def distinct(evidence: Evidence, mentions: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
    """The mentions of an event, each span once and none the kept evidence itself."""
    seen = {(evidence.start, evidence.end)}
    out = []
    for mention in mentions:
        if (mention.start, mention.end) not in seen:
            seen.add((mention.start, mention.end))
            out.append(mention)
    return tuple(out)


def elaborated(head: Token, entry: Trigger, told: Mapping[int, Trigger]) -> int | None:
    """The head index of the event coded before (``told``: by head index) that ``head`` only
    tells again: a clause with no subject of its own giving the manner, result or purpose of
    an event of the same type on its governing verb or that verb's object ('staged a rally to
    demand ...'), a protest's aim, or a noun of its means. None otherwise."""
    if head.pos_ in ("NOUN", "PROPN"):
        return means(head, entry, told)
    first = first_conjunct(head)
    if head.pos_ != "VERB" or first.dep_ not in ELABORATING_DEPS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in (*head.children, *first.children)):
        return None  # 'the army shelled the town, and rebels fired back' tells of two
    verb = first.head
    for tok in (verb, *(c for c in verb.children if c.dep_ == "dobj")):
        governor = told.get(tok.i)
        if governor is not None and (
            (governor.type == entry.type and governor.mode not in JOURNEY_MODES)
            or entry.type in AIMS.get(governor.type, frozenset())
        ):
            return tok.i
    return None


def means_clause_of(head: Token, told: Mapping[int, Trigger]) -> int | None:
    """The head index of the event coded before whose means a 'by' + gerund clause holding
    ``head`` tells ('are supporting Manila by having their ships conduct patrols'): how an act
    was done is that act, not a second one, unless the means is aimed at a party of its own
    (the caller's test: 'aided Chad by striking the rebels' is an attack too). The event is
    the governing verb's or its object's ('provided support ... by deploying'). None when the
    clause hangs on no coded event ('responded to the protests by deploying the army')."""
    tok = head
    while tok.head.i != tok.i:
        prep = tok.head
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and prep.lower_ == "by":
            verb = prep.head
            for cand in (verb, *(c for c in verb.children if c.dep_ == "dobj")):
                if cand.i != head.i and cand.i in told:
                    return cand.i
            return None
        if tok.dep_ in OWN_CLAUSE_DEPS:
            return None  # 'by shelling a town where rebels had killed ten': the killing
        tok = prep
    return None


def first_conjunct(verb: Token) -> Token:
    """The first of a verb's conjuncts that share its clause ('killing six and wounding
    ten': 'killing'), or the verb itself."""
    while verb.dep_ == "conj" and verb.head != verb and verb.head.pos_ == "VERB":
        verb = verb.head
    return verb


def means(noun: Token, entry: Trigger, told: Mapping[int, Trigger]) -> int | None:
    """The verb of an event of the noun's type already coded whose means the noun gives
    ('pounded the town with artillery and airstrikes'), or None."""
    while noun.dep_ == "conj" and noun.head != noun:
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in SETTING_PREPS or prep.head.pos_ != "VERB":
        return None
    verb = told.get(prep.head.i)
    if verb is None or verb.type != entry.type or entry.mode in JOURNEY_MODES:
        return None  # a journey is an event of its own
    return prep.head.i


def told_twice(found: list[tuple[Trigger, Token]]) -> dict[int, tuple[int, bool]]:
    """The verb triggers that tell again the act a noun trigger of the same type names in
    their clause, by the verb's head index: the noun's head index, and whether the noun
    keeps the trigger (module docstring)."""
    nouns = {head.i: entry for entry, head in found if head.pos_ in ("NOUN", "PROPN")}
    out: dict[int, tuple[int, bool]] = {}
    for entry, verb in found:
        if verb.pos_ != "VERB":
            continue
        noun = act_noun(verb)
        if noun is not None and noun.i in nouns and nouns[noun.i].type == entry.type \
                and entry.type in ONE_ACT_TYPES:
            out[verb.i] = (noun.i, names_act(noun))
    return out


def names_act(noun: Token) -> bool:
    """Whether the noun, not the verb, keeps the trigger of the act both tell: a noun the
    verb's clause hangs on ('the bombing that killed 12': the verb only adds its toll), but
    no weapon ('the bomb that killed three': the killing is the act); a noun that is the
    verb's subject leaves it to the verb, the clause's predicate ('an airstrike killed 30')."""
    if noun.lemma_.lower() in WEAPONS or noun.lower_.removesuffix("s") in WEAPONS:
        return False
    return noun.dep_ != "nsubj"


def act_noun(verb: Token) -> Token | None:
    """The noun that names the act a verb tells: its subject ('an airstrike killed 30'), or
    the noun its relative clause or participle hangs on when the clause has no subject of its
    own ('the bombing that killed 12', 'an attack killing five')."""
    if verb.dep_ in TOLL_DEPS and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP")
            for c in verb.children):
        return verb.head
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def one_act(events: list[Event], twice: Mapping[int, tuple[int, bool]], doc_id: str
            ) -> list[Event]:
    """Each verb's event told twice (``twice``: the verb's trigger offset to the noun's, and
    whether the noun keeps the trigger) merged with the noun's into one, in the noun's place
    (module docstring). Tellings of other factuality or date stay apart."""
    at = {e.trigger_start: e for e in events if e.trigger_start is not None}
    merged: dict[int, list[Event]] = {}  # by the noun's offset: the events that replace it
    for verb_at, (noun_at, named) in twice.items():
        verbs = [e for e in events if e.trigger_start == verb_at]
        noun = at.get(noun_at)
        if noun is None or not verbs or noun_at in merged or any(
                family(v) != family(noun) or (v.date and noun.date and v.date != noun.date)
                for v in verbs):
            continue
        merged[noun_at] = [as_noun(v, noun, events, doc_id, named) for v in verbs]
    dropped = {v for v, (n, _) in twice.items() if n in merged} | set(merged)
    out: list[Event] = []
    for event in events:
        if event.trigger_start in merged:
            out += merged.pop(event.trigger_start)  # at the noun's place, once
        elif event.trigger_start not in dropped:
            out.append(event)
    return out


def as_noun(verb: Event, noun: Event, events: list[Event], doc_id: str, named: bool = True
            ) -> Event:
    """The verb's event told by the noun's trigger (``one_act``; the verb's unless ``named``,
    see ``names_act``). Each side is the verb's
    unless the noun's names a country the verb's lacks ('the Russian bombing of Kyiv killed
    ten people': Ukraine, not the ten) or the verb has none (the first of the noun's events:
    its dyads share the trigger)."""
    fill = next(e for e in events if e.trigger_start == noun.trigger_start)
    for which in ("source", "target"):
        mine, theirs = side(verb, which), side(fill, which)
        if (known(theirs) and not known(mine)) or (theirs[1] is not None and mine[1] is None):
            verb = replace(verb, **{f"{which}{part}": getattr(fill, f"{which}{part}")
                                    for part in ("", "_country", "_code", "_start", "_end")})
    specific = len(noun.cameo or "") > len(verb.cameo or "") or (
        noun.mode is not None and verb.mode is None)
    kind = noun if specific else verb
    teller = noun if named else verb
    return replace(
        verb, mode=kind.mode, cameo=kind.cameo, goldstein=kind.goldstein,
        acled_type=kind.acled_type or verb.acled_type, trigger=teller.trigger,
        trigger_start=teller.trigger_start, trigger_end=teller.trigger_end,
        location=verb.location or noun.location, date=verb.date or noun.date,
        confidence=max(verb.confidence, noun.confidence),
        id=content_id(doc_id, verb.type, str(teller.trigger_start), verb.source or "",
                      verb.target or ""))
