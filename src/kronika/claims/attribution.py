"""Dependency rules that find who said (or believes) what in a parsed ``Doc``.

Three kinds of cue start a claim (see ``data/cues.csv``):

- a cue verb with a content clause: ``X said (that) ...``, ``"...," X said``, ``"...," said X``,
  ``..., X said``, ``X told reporters ...``, ``X views Y as Z``; the speaker is the verb's
  subject (or, for ``saying``/``and said``, the subject of the verb it hangs from);
- a source phrase: ``according to X, ...`` and ``..., according to X``; the content is the rest
  of the sentence;
- a report noun with an owner and a that-clause: ``X's claim that ...``;
- a colon: a transcript or headline label (``WALLACE: ...``) or ``X scolded him: "..."``.

A content that is (mostly) inside quotation marks is direct, and takes the whole quotation,
which may run over several sentences.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from spacy.tokens import Doc, Span, Token

from kronika.claims.contents import (
    as_clause_content,
    clause_content,
    clause_extent,
    closing_speaker,
    finite_partner,
    misread_main_verb,
    particle_words,
    phrasal_particle,
    quote_content,
    refused_answer,
    relative_object_content,
    verb_content,
)
from kronika.claims.context import (
    Context,
    close_quote,
    inside_quote,
    only_punct,
    quoted_share,
    subtree_span,
    token_span,
    trim,
)
from kronika.claims.cues import CueLexicon, claim_word_map, claim_words, verbal_senses
from kronika.claims.spans import ClaimSpan
from kronika.claims.speakers import (
    closing_mark,
    contact_relative,
    misread_apposition,
    phrase_tokens,
    speaker_in_opening_phrase,
)
from kronika.lexicon import read_csv

_SUBJECTS = ("nsubj", "csubj")
# verbs whose subject is inherited from the verb they hang from ("..., saying ...", "and said")
_INHERIT_DEPS = frozenset({"advcl", "conj", "xcomp", "acomp"})
_NAMED_TAGS = frozenset({"PROPN", "PRON"})
# entity types that name no speaker when they label a line ("Kyiv:", "Monday:")
_NOT_SPEAKERS = frozenset({"GPE", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"})
_DEICTIC = claim_words("speaking_pronouns")
_OPEN_QUOTES = frozenset({'"', "“", "„", "«", "``"})
_CLOSE_MARKS = frozenset({'"', "”", "»", "''", "’", ")"})
# a dash that signs a quotation with its author's name: '"..." ― Jane Doe'
_SIGNING_DASHES = "―—"


# --- speakers --------------------------------------------------------------------------------


def _speaker_phrase(text: str, token: Token) -> tuple[int, int]:
    """The subject's noun phrase, bounded as news attribution corpora bound it (see
    :mod:`kronika.claims.speakers`)."""
    start, end = trim(text, *token_span(phrase_tokens(token)))
    while start < end and text[start] in "”’»":
        # the closing mark of the quotation before the speaker ('...," Ana Ruiz said')
        start, end = trim(text, start + 1, end)
    return start, closing_mark(text, start, end)


def _nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; of two (a time stamp the parser took for one: "5:45 p.m.\n\nThe
    doctor is calling ..."), the nearest one in the verb's own paragraph."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if len(subjects) < 2:
        return subjects[0] if subjects else None
    named = misread_apposition(subjects) or contact_relative(subjects)
    if named is not None:
        return named
    doc = verb.doc
    # "A poll before the election found ...": a subordinator the parser hung on the verb
    # between two subjects makes the second a preposition's object; the first speaks
    marks = [c.i for c in verb.children if c.dep_ == "mark" and c.i < verb.i]
    unmarked = [s for s in subjects if not any(m < s.i for m in marks)]
    if marks and len(unmarked) == 1:
        return unmarked[0]
    lo, hi = min(verb.i, *(s.i for s in subjects)), max(verb.i, *(s.i for s in subjects))
    breaks = [t.i for t in doc[lo:hi] if "\n" in t.text]
    same = [s for s in subjects if not any(min(s.i, verb.i) < b < max(s.i, verb.i)
                                             for b in breaks)]
    return min(same or subjects, key=lambda s: abs(s.i - verb.i))


# prepositions of place and direction: a participle after their object ("marched toward
# parliament chanting X") tells what the clause's subject did on the way, for no place or
# thing there can be the subject of a gerund clause under them
_PLACE_PREPS = claim_words("place_prepositions")


# verbs of the voice: only people chant or shout, so a thing the parser gave one of them as
# subject ("blocked the road shouting X") is the object of the verb it really hangs on
_VOICE_VERBS = claim_words("voice_verbs")
# entity types of people: "police fired at Kurds chanting X": the Kurds chant
_PEOPLE = frozenset({"PERSON", "NORP"})
# sectors of crowds: "opened fire on a crowd chanting X"
_CROWD_SECTORS = frozenset({"CVL", "OPP"})


@lru_cache(maxsize=1)
def agent_nouns() -> dict[str, bool]:
    """Nouns of agents (``data/sectors.csv``) -> whether one names people in the singular
    too: one person ("a soldier") or a crowd ("a mob"), not a body that is also a building
    ("parliament", "the ministry")."""
    return {r["noun"].lower(): r.get("kind") == "person" or r["sector"] in _CROWD_SECTORS
            for r in read_csv("sectors.csv", ("noun", "sector"))}


def _people(ctx: Context, noun: Token) -> bool:
    """True when a noun names people, who may well be the ones chanting ("fired at
    protesters chanting X", "waved to supporters chanting his name")."""
    if noun.pos_ == "PRON" or noun.ent_type_ in _PEOPLE:
        return True
    if noun.lemma_.lower() in ctx.lexicon.speakers:
        return True
    singular_people = agent_nouns().get(noun.lower_)
    return singular_people is not None and (singular_people or noun.tag_ in ("NNS", "NNPS"))


def _hanging_on_a_place(ctx: Context, verb: Token) -> Token | None:
    """The verb a participle of speech really hangs on when the parser tied it to the object
    of a preposition of place ("marched toward parliament chanting X", "gathered in the
    square shouting slogans"), or a verb of the voice to a thing ("blocked the road shouting
    X"): the participle's subject is that verb's subject."""
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ == "pcomp":
        noun = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        prep = verb.head
    elif verb.dep_ == "acl" and verb.head.dep_ == "pobj":
        noun, prep = verb.head, verb.head.head
    elif (verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.head.head.pos_ == "VERB"
          and verb.lemma_.lower() in _VOICE_VERBS and not _people(ctx, verb.head)):
        return verb.head.head
    else:
        return None
    if noun is None or noun.i > verb.i or _people(ctx, noun):
        return None
    if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS or prep.head.pos_ != "VERB":
        return None
    return prep.head


def misread_finite(verb: Token) -> bool:
    """A finite verb the parser hung on the noun before it as a modifier ("the coalition,
    led by X, threatened to storm the palace"): tagged past tense, not a participle, set off
    by a comma after the noun's phrase, with no agent: the noun is its subject."""
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or verb.head.i > verb.i:
        return False
    if verb.head.pos_ not in ("NOUN", "PROPN") or verb.i == 0 or verb.nbor(-1).text != ",":
        return False
    return not any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in verb.children)


# prepositions that also open a clause of time ("after the militia, backed by X, vowed")
_CLAUSE_PREPS = claim_words("time_clause_prepositions")


def subject_of_time_clause(verb: Token) -> Token | None:
    """The subject of a finite cue that the parser hung on the main verb when a participle
    or a phrase with a preposition set off by commas stood between them: in "clashes began
    after the militia, backed by farmers, vowed to ..." ("..., at a rally, vowed") the
    object of "after" is who vowed (the word opens a clause of time). None unless the cue,
    in the past tense and with no subject, follows such an aside right after the object of
    "after", "before", "since" or "until"."""
    if verb.tag_ != "VBD" or verb.dep_ not in ("conj", "advcl", "dep") or verb.i < 4:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    doc = verb.doc
    if doc[verb.i - 1].text != ",":
        return None
    opening = next((k for k in range(verb.i - 2, 0, -1) if doc[k].text == ","), None)
    if opening is None or doc[opening + 1].tag_ not in ("VBN", "VBG", "IN"):
        return None  # no participle or prepositional aside ("at the rally") before the cue
    noun = doc[opening - 1]
    while noun.dep_ not in ("pobj", "ROOT") and noun.head.i > noun.i:
        noun = noun.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in _CLAUSE_PREPS:
        return None
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def _verbless_head(verb: Token) -> Token | None:
    """The noun a sentence's parse left with no verb when it made the cue a clause of time
    under it ("A survey after the floods found ...": "survey" the root, "after the floods
    found" a clause): a sentence needs a main verb, so the noun is the cue's subject."""
    head = verb.head
    if verb.dep_ != "advcl" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if head.i > verb.i or any(c.pos_ in ("VERB", "AUX") for c in head.children if c.i != verb.i):
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.i < verb.i), None)
    return head if mark is not None and head.i < mark.i else None


def _subject(verb: Token, ctx: Context) -> Token | None:
    """The subject of a verb, inherited through ``saying``/``and said``/``want to say``/``was
    able to say``; of a participle that modifies a noun ("a statement announcing ..."), that
    noun; of a participle after a place ("marched to the square chanting ..."), the
    marchers."""
    head = _verbless_head(verb) or _one_depicted(verb)
    if head is not None:
        return head
    cue = verb
    for hop in range(4):
        host = _hanging_on_a_place(ctx, verb)
        if host is not None:
            verb = host
        verb = finite_partner(verb) or verb
        subject = _nearest_subject(verb)
        subject = speaker_in_opening_phrase(subject, verb) or subject
        if subject is not None and subject.i > verb.i and inside_quote(ctx, subject) is not None \
                and inside_quote(ctx, verb) is None:
            # 'said on the show "Fox and Friends"': a quoted title after the cue is no
            # speaker; the name between the quotation and the cue is
            subject = _name_before_cue(ctx, verb)
        elif subject is not None and subject.i < cue.i and _quoted_away(ctx, subject, cue):
            # '"... We will win," Chief Ana Ruiz said': the parse joined the cue to the quoted
            # verb and lent it the quotation's subject; the name after the closing mark spoke
            subject = (_name_after_quotation(ctx, cue) or _framing_subject(ctx, subject)
                       or subject)
        if subject is None and hop:
            # "after saying X, she was taken to hospital": the passive subject of the verb
            # the cue hangs from is the one who spoke
            subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is not None:
            return subject
        if misread_finite(verb):
            return verb.head
        main = misread_main_verb(verb)
        if main is not None:
            return main
        if hop == 0:
            opened = subject_of_time_clause(verb)
            if opened is not None:
                return opened
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
            host = _clause_of_pronoun_object(verb)
            if host is None:
                return verb.head
            verb = host  # "sanctioned the army chief, accusing him of X": not the chief
            continue
        if _gerund_of_manner(verb):
            verb = verb.head.head  # "responded by saying ...": the one who responded
            continue
        if verb.dep_ not in _INHERIT_DEPS or verb.head.i == verb.i:
            return None
        controller = _object_controller(verb)
        if controller is not None:
            return controller
        verb = verb.head
    return None


# personal pronouns that cannot stand for the subject of their own clause (not reflexive)
_OBJECT_PRONOUNS = claim_words("object_pronouns")


def _clause_of_pronoun_object(participle: Token) -> Token | None:
    """The verb of the clause a participle after a comma belongs to when the parse hung it on
    that clause's object and its own object is a pronoun ("imposed sanctions on the army
    chief, accusing him of ..."): "him" stands for the chief, so the chief is not the one
    accusing; the clause's subject is. None for any other participle of a noun."""
    doc = participle.doc
    if participle.i == 0 or doc[participle.i - 1].text != ",":
        return None
    if not any(c.dep_ in ("dobj", "dative") and c.lower_ in _OBJECT_PRONOUNS
               for c in participle.children):
        return None
    # up through objects and their prepositions ("sanctions on the chief") to the verb
    token = participle.head
    while token.dep_ in ("dobj", "dative", "pobj", "prep", "agent") and token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _quoted_away(ctx: Context, subject: Token, verb: Token) -> bool:
    """True for a subject inside a quotation that closes before a cue outside quotation
    marks: the quoted words are someone's, their "we" or "I" is not the one who says them."""
    quote = inside_quote(ctx, subject)
    return quote is not None and quote.end <= verb.idx and inside_quote(ctx, verb) is None


def _framing_subject(ctx: Context, quoted: Token) -> Token | None:
    """Who speaks a cue after a quotation set in the middle of a clause ('the coach dismissed
    the criticism -- "Those people never played" -- before insisting that ...'): the parse
    hung the cue on the quoted verb, but quoted words speak no verb of the reporter's; the
    clause that ends right before the quotation frames it and gives the subject. None where
    the sentence opens with the quotation or no verb before it holds the words there."""
    quote = inside_quote(ctx, quoted)
    if quote is None:
        return None
    before = [t for t in ctx.doc[quoted.sent.start : quoted.i]
              if t.idx < quote.start and not t.is_punct]
    if not before:
        return None
    token = before[-1]
    while token.pos_ not in ("VERB", "AUX") or token.idx >= quote.start:
        if token.head.i == token.i:
            return None
        token = token.head
    return _subject(token, ctx)


def _name_after_quotation(ctx: Context, verb: Token) -> Token | None:
    """The name that opens the words right after a closing quotation mark, before the cue
    ('"...," Ana Ruiz said', '"...," as Ana Ruiz said'), or None where other words come
    first ('"...," and, asked after the vote, said')."""
    name, end = _name_before_cue(ctx, verb), _last_closing_mark(ctx, verb)
    if name is None or end is None:
        return None
    # "as" opens a reporting clause ('"...," as Ana Ruiz said'): the name comes next
    first = next((t for t in ctx.doc[verb.sent.start : verb.i]
                  if t.idx >= end and not t.is_punct and t.lower_ != "as"), None)
    return name if first is not None and first in name.subtree else None


def _last_closing_mark(ctx: Context, verb: Token) -> int | None:
    """Where the last quotation that closes before the cue ends, or None."""
    return max((q.end for q in ctx.quotes if q.end <= verb.idx), default=None)


def _name_before_cue(ctx: Context, verb: Token) -> Token | None:
    """The noun that opens the words between a closing quotation mark and the cue
    ('"...," Ana Ruiz, an aide, said'), or None."""
    start = _last_closing_mark(ctx, verb)
    if start is None:
        return None
    words = [t for t in ctx.doc[verb.sent.start : verb.i] if t.idx >= start and not t.is_punct]
    # a capitalised word after the closing mark opens a name whatever its tag: the parse
    # may read a city name ("Kano police chief Ali Musa said") there as a verb
    names = [t for t in words if t.pos_ in ("PROPN", "NOUN", "PRON")
             or (t.is_title and t.i > verb.sent.start)]
    if not names:
        return None
    first = names[0]
    # the head of the first name's phrase: "Ana Ruiz" -> "Ruiz"
    while first.head.i != first.i and first.dep_ in ("compound", "flat") and first.head.i < verb.i:
        first = first.head
    return first


_TIME_SPANS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
# verbs whose object is a means or a cost, done by the subject: "used blunt words to denounce",
# "took a day to reply", "needs votes to pass"
_MEANS_VERBS = claim_words("means_verbs")
# verbs whose object is not the one who does the infinitive: "promised them to leave"
_SUBJECT_CONTROL = claim_words("subject_control_verbs")


def _object_controller(verb: Token) -> Token | None:
    """"forced the banker to admit ...", "urged voters to say no": an infinitive after a verb
    with an object is done by the object, not by the subject."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() in _SUBJECT_CONTROL or head.i > verb.i:
        return None
    obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    # someone, not a thing used or a time spent ("used blunt words to denounce", "spent
    # years learning")
    if obj is None or obj.ent_type_ in _TIME_SPANS or head.lemma_.lower() in _MEANS_VERBS:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "told aides not to speak of it": the words are the teller's
    return obj


# prepositions whose gerund says the subject did not do it ("without saying", "instead of
# naming"): no claim
_NOT_DONE = claim_words("not_done_prepositions")


def _gerund_of_manner(verb: Token) -> bool:
    """``by saying``, ``after admitting``, ``despite criticizing``: a gerund after a
    preposition that hangs on a verb, whose subject is that verb's."""
    prep = verb.head
    return (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.dep_ == "prep"
            and prep.lower_ not in _NOT_DONE and prep.head.pos_ in ("VERB", "AUX"))


@lru_cache(maxsize=1)
def depiction_nouns() -> frozenset[str]:
    """Nouns of pictures and footage (``data/depictions.csv``)."""
    return frozenset(r["noun"].lower() for r in read_csv("depictions.csv", ("noun",)))


# prepositions of the medium of words ('in a speech', 'on television', 'during the debate')
_MEDIUM_PREPS = claim_words("medium_prepositions")
# prepositions of a reason or a label ('attacked him for his vote', 'as a fraud', 'over X')
_REASON_PREPS = claim_words("reason_prepositions")
# entity types of a duration or a count, never a reason: 'attacked the post for two hours'
_NOT_REASONS = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY"})


# object nouns of the verbal sense that also name ground held by troops ('attacked rebel
# positions', 'defended their positions along the river')
_GROUND_SENSES = claim_words("ground_nouns")
# prepositions of a place, not of a topic ('positions in the city' but 'positions on trade')
_GROUND_PREPS = claim_words("ground_prepositions")


def _ground_held(obj: Token) -> bool:
    """True when a 'position' object is ground held by troops, not a view: it is plural with
    no owner, or named by whose troops hold it ('RSF positions'), or placed ('positions in
    Khartoum'), and has no 'on' or 'about' topic."""
    if obj.lemma_.lower() not in _GROUND_SENSES:
        return False
    deps = {c.dep_ for c in obj.children}
    preps = {c.lower_ for c in obj.children if c.dep_ == "prep"}
    if preps & {"on", "about", "regarding", "toward", "towards"} or "poss" in deps:
        return False
    return obj.tag_ == "NNS" or "compound" in deps or bool(preps & _GROUND_PREPS)


def verbal_sense(verb: Token) -> bool:
    """True when a verb of physical action ('attack', 'defend') is said in words: aimed at a
    word, policy or quality, said in a medium of words, or given a reason or a label."""
    words = verbal_senses()
    for child in verb.children:
        if (child.dep_ == "dobj" and child.lemma_.lower() in words["object"]
                and not _ground_held(child)):
            return True
        if child.dep_ != "prep":
            continue
        objects = [o for o in child.children if o.dep_ in ("pobj", "pcomp")]
        if child.lower_ in _MEDIUM_PREPS and any(o.lemma_.lower() in words["medium"]
                                                 for o in objects):
            return True
        if child.lower_ in _REASON_PREPS and any(
            o.ent_type_ not in _NOT_REASONS and o.tag_ != "CD" for o in objects
        ) and any(c.dep_ == "dobj" for c in verb.children):
            return True
    return False


# acts of words: a clip or a video that "says" or "claims" something speaks for its makers
# (an advertisement), where one that "shows" it only depicts
_SPEECH_ACTS = claim_words("speech_act_verbs")


def _one_depicted(participle: Token) -> Token | None:
    """Who speaks in "a video of Kagame saying X", "footage of the envoy warning Y": the one
    the picture is of, named right before the participle; the picture shows them speaking.
    Found by position, not by the parse, which hangs the participle on the picture, on the
    verb that uses the picture ("the ad uses footage of X asking ...": not the ad) or tags it
    a noun. None unless "<picture> of <name>" ends right before the participle."""
    if participle.i == 0 or not participle.lower_.endswith("ing"):
        return None
    shown = participle.doc[participle.i - 1]
    while shown.dep_ != "pobj" and shown.i < shown.head.i < participle.i:
        shown = shown.head  # "of President Ruto": from the name's last word to its head
    of = shown.head
    if shown.dep_ != "pobj" or of.lower_ != "of" or shown.right_edge.i + 1 != participle.i:
        return None
    if of.head.lemma_.lower() not in depiction_nouns():
        return None
    return shown if shown.pos_ in ("PROPN", "NOUN", "PRON") else None


def _depiction(speaker: Token) -> bool:
    """True when the speaker phrase is a picture or footage ("a photo", "the video")."""
    return speaker.lemma_.lower() in depiction_nouns()


# cues with a literal sense for things: "a road linking A to B", "a clause that refers to X",
# "the arrow points to Y"; said of a thing that speaks for no one, they are no claim
_THING_SENSES = claim_words("thing_sense_verbs")
# things that link or refer and speak for no one: routes and lines, and the texts of laws (a
# report or a statement speaks for its authors); a body ("the campaign pointed out") or a
# person ("the nominee linked X to Y") is not among them, whether or not a list knows it
_THINGS = claim_words("linking_things")


def _thing_in_a_literal_sense(verb: Token, speaker: Token) -> bool:
    """True when a cue with a literal sense for things has a thing for its speaker: a route
    or the text of a law ("a highway linking A to B", "its constitution, which refers to X"),
    or anything "which" stands for (people take "who")."""
    if verb.lemma_.lower() not in _THING_SENSES:
        return False
    if speaker.lower_ == "which" and verb.dep_ == "relcl":
        return True
    return speaker.lemma_.lower() in _THINGS


def _writers_own_voice(speaker: Token, verb: Token) -> bool:
    """``It is worth noting that X``, ``Let's say X``, ``let us assume X``: the writer's own
    remark or supposition, which no one in the text said ("it" is a dummy subject, "let's" an
    invitation to the reader)."""
    if speaker.lower_ == "it" and any(
            a.lower_ == "worth" or any(c.lower_ == "worth" for c in a.children)
            for a in islice(verb.ancestors, 2)):
        return True
    let = speaker.head.head if speaker.head.dep_ == "ccomp" else None
    return (speaker.lower_ in ("'s", "’s", "us") and let is not None
            and let.lemma_.lower() == "let" and let.tag_ == "VB")


def _is_passive(verb: Token) -> bool:
    """True for ``it was reported``, ``is believed``: a passive with no real subject."""
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in children):
        return False
    subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    return subject is None or subject.lower_ == "it"


def _bare_passive(verb: Token, kind: str) -> bool:
    """``Asked about the vote, the senator said ...``, ``when pressed on why ...``: a past
    participle opening an adverbial clause, with no subject or auxiliary of its own, is a
    passive; the subject it shares with the main verb was asked, and the asker is unnamed.
    (A belief is its holder's either way: "once convinced that X, he ...".)"""
    return (verb.tag_ == "VBN" and verb.dep_ == "advcl" and kind != "belief"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl")
                        for c in verb.children))


# children that close a passive clause's content rather than belong to it: "X was blamed for
# Y, killing Z", "X was criticized, and Y ..."
_CLAUSE_TAIL = frozenset({"advcl", "conj", "cc", "parataxis", "punct", "mark", "dep"})


# verbs whose passive lifts the subject of what is believed or reported ("is expected to",
# "is said to"); not "is supposed to" (a duty) nor "was asked to" (a request)
_RAISING = claim_words("raising_verbs")


def _passive_content(
    ctx: Context, verb: Token, kind: str
) -> tuple[Token | None, tuple[int, int, bool]] | None:
    """The speaker and content of a cue in the passive with a real subject.

    With an agent the subject is what was said, backed or reported ("the plan was backed by
    the unions"); without one, an accusation, a judgment or a label is nobody's in
    particular and the whole clause is its content ("the envoy was accused of lying", "the
    region is considered unsafe"). A complement clause ("X was told that Y") is left to the
    active rules, and so is a wish or plan ("talks are expected to resume": the events
    layer reads the infinitive).
    """
    children = list(verb.children)
    subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if (subject is None or subject.lower_ == "it" or subject.i > verb.i
            or not any(c.dep_ == "auxpass" for c in children)
            or any(c.dep_ == "ccomp" for c in children)):
        return None
    agent = _agent(verb)
    if agent is not None:
        if any(c.dep_ in ("xcomp", "oprd") for c in children):
            return None
        start, end = trim(ctx.text, *subtree_span(subject))
        return agent, (start, end, quoted_share(ctx, start, end) >= 0.5)
    second = [c for c in children if c.dep_ in ("oprd", "attr", "xcomp") and c.i > verb.i]
    # "the vote is expected to slip", "the rebels are thought to hold the pass", "he is said
    # to have resigned": a belief or report about the subject, held by no one named
    raising = verb.lemma_.lower() in _RAISING and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in second)
    if kind not in ("stance", "naming", "belief") and not raising:
        return None
    if kind != "stance" and not second:
        return None  # "was called": a summons; "is believed": no content
    if not raising and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
                           for c in second):
        return None
    words = [subject, verb] + [t for c in children if c.i > verb.i and c.dep_ not in _CLAUSE_TAIL
                               for t in c.subtree]
    start, end = trim(ctx.text, subject.left_edge.idx, token_span(words)[1])
    return None, (start, end, quoted_share(ctx, start, end) >= 0.5)


def _agent(verb: Token) -> Token | None:
    """The ``by X`` of a passive verb."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def speaker_kind(head: Token, lexicon: CueLexicon) -> str:
    """named, anonymous or collective, from the head noun of the speaker phrase."""
    if head.pos_ in _NAMED_TAGS or head.ent_type_:
        return "named"
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children):
        return "named"  # "a spokesman, John Smith," names the speaker
    kind = lexicon.speakers.get(head.lemma_.lower()) or lexicon.speakers.get(head.lower_)
    if kind == "collective" and head.tag_ not in ("NNS", "NNPS"):
        return "anonymous"  # one unnamed analyst is a source, not a group
    return kind or "named"


# --- rules -----------------------------------------------------------------------------------


def _claim(
    ctx: Context,
    cue: tuple[int, int],
    cue_kind: str,
    speaker: Token | None,
    content: tuple[int, int, bool],
    anchor: Token,
    speaker_span: tuple[int, int] | None = None,
) -> ClaimSpan | None:
    """Assemble a claim; None when the content is empty or swallows the speaker."""
    start, end, direct = content
    text = ctx.text
    if end <= start:
        return None
    if not direct:
        start = _opening_mark(ctx, start, end)
    if text[start - 1 : start] not in _OPEN_QUOTES:
        # a content that opens inside a quotation runs between its own marks (over
        # paragraphs too); one that opens before a short quotation keeps its closing mark
        end = close_quote(text, start, end)
        end = _open_quotation_end(ctx, start, end, cue)
    if speaker is not None and speaker_span is None:
        speaker_span = _speaker_phrase(text, speaker)
    if speaker_span is not None and speaker_span[1] <= speaker_span[0]:
        speaker_span = None  # the phrase was nothing but punctuation
    swallowed = speaker_span is not None and start <= speaker_span[0] and speaker_span[1] <= end
    if swallowed and not direct and not start <= cue[0] < end:
        return None  # the "speaker" is part of what was said: a misparse
    return ClaimSpan(
        speaker_start=speaker_span[0] if speaker_span else None,
        speaker_end=speaker_span[1] if speaker_span else None,
        speaker_kind=speaker_kind(speaker, ctx.lexicon) if speaker is not None else "anonymous",
        cue=text[cue[0] : cue[1]],
        cue_start=cue[0],
        cue_end=cue[1],
        content_start=start,
        content_end=end,
        direct=direct,
        sentence=ctx.sentence_of[anchor.i],
        cue_kind=cue_kind,
    )


def _opening_mark(ctx: Context, start: int, end: int) -> int:
    """Start of a content that begins with a short quotation and goes on after it
    ('criticized "lax rules" at the port'): the parser may hang the opening mark on the cue,
    but the mark belongs with the words it opens and its closing mark."""
    quote = next((q for q in ctx.quotes if q.inner_start == start), None)
    if quote is None or quote.end >= end or only_punct(ctx.text[quote.end : end]):
        return start
    return quote.start


def _open_quotation_end(ctx: Context, start: int, end: int, cue: tuple[int, int]) -> int:
    """End of a content that stops inside a quotation it opened (the parse cut a clause
    short: 'called X a "model for the region in an age when ..."', a quoted stretch of two
    sentences): the whole quotation is what was said, unless the cue stands in its rest."""
    quote = next((q for q in ctx.quotes if start <= q.start < end < q.end), None)
    if quote is None or quote.start <= cue[0] < quote.end:
        return end
    return quote.end if quote.closed else quote.inner_end


def _that_clause(ctx: Context, content: tuple[int, int, bool]) -> bool:
    """True for a content that is a that-clause."""
    return ctx.text[content[0] : content[0] + 5].lower() == "that "


def _cue_ancestor(ctx: Context, verb: Token) -> bool:
    """True when the verb stands inside the complement of a speech or belief cue."""
    token = verb
    while token.head.i != token.i:
        if token.dep_ in ("ccomp", "parataxis") and token.head.pos_ == "VERB":
            lemma = token.head.lemma_.lower()
            if ctx.lexicon.verbs.get(lemma) in ("speech", "belief"):
                return True
        token = token.head
    return False


def hoisted_participle(ctx: Context, verb: Token) -> Token | None:
    """The cue verb that a trailing participle belongs to when the parse hung it inside that
    cue's content: in "X said the plan would fail, citing its cost" the parser may hang
    "citing" on "fail", but news style gives the participle after the comma to the speaker.
    """
    if verb.dep_ == "conj":
        return _hoisted_conjunct(ctx, verb)
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i < 2:
        return None
    if verb.doc[verb.i - 1].text != ",":
        return None
    if verb.i < verb.head.i:
        return _cue_before_comma(ctx, verb)
    token = verb.head
    while token.head.i != token.i:
        if token.dep_ == "ccomp":
            outer = token.head
            if (outer.pos_ == "VERB" and outer.i < token.i
                    and ctx.lexicon.verbs.get(_cue_lemma(ctx, outer)) in ("speech", "belief")):
                return outer
            return None
        if token.dep_ not in ("conj", "xcomp", "advcl"):
            return None
        token = token.head
    return None


def _hoisted_conjunct(ctx: Context, verb: Token) -> Token | None:
    """The cue verb a coordinated cue belongs to when the parse joined it to a verb of that
    cue's content: told by the number of its auxiliary or by its tense."""
    agreeing = _outer_by_agreement(ctx, verb)
    return agreeing if agreeing is not None else _conjunct_in_cue_form(ctx, verb)


def _conjunct_in_cue_form(ctx: Context, verb: Token) -> Token | None:
    """The cue verb a coordinated finite cue belongs to when the parse joined it to a verb of
    that cue's content: in "X said the cabinet was committed to Y and urged Z to W" the
    parser may join "urged" to "committed", and in "X said Y would ask the court to rule and
    urged Z" to the infinitive "rule"; a conjunct in the cue's own form (past "said", past
    "urged") and not in the form of the content's verb (a participle, an infinitive after
    "would") is the speaker's second act."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in verb.children):
        return None  # "... and the army urged", "... and had urged": a clause or verb of its own
    if verb.tag_ not in ("VBD", "VBZ"):
        return None
    # a clause reported inside another ("X said Kosovo would not allow groups to operate
    # there and accused Y"): climb to the first cue in the conjunct's form, through verbs
    # that are not in it
    token = _out_of_relative(verb.head, verb)
    for _ in range(3):
        inner = _reported_clause(token)
        if inner is None:
            return None
        outer = inner.head
        if (inner.tag_ == verb.tag_ and not _speaker_again(outer, inner)
                and not _mute_subject(ctx, inner, verb) and not _place_in_a_state(inner)):
            return None
        if outer.tag_ == verb.tag_:
            return outer if _cue_before(ctx, outer, inner) else None
        token = outer
    return None


def _out_of_relative(token: Token, verb: Token) -> Token:
    """The verb whose object a relative clause describes, when the parser joined a cue to the
    clause's verb ("said the M23 would not leave the cities it controls and demanded talks":
    "demanded" is no act of the cities' "it", whose verb is in another tense); else the
    token itself."""
    if token.dep_ != "relcl" or token.tag_ == verb.tag_:
        return token
    host = token.head
    while host.pos_ not in ("VERB", "AUX") and host.head.i != host.i:
        host = host.head
    return host if host.pos_ in ("VERB", "AUX") else token


# Named entities of places: a country the reported clause describes with a copula
_PLACE_NAMES = frozenset({"GPE", "LOC"})


def _place_in_a_state(verb: Token) -> bool:
    """A reported copular clause about a place ('said Greenland was not for sale', 'said
    Ukraine was ready for talks'): the place is described, not acting, so a speaker's act
    the parser joined to the copula ('and criticised a visit') is the reporter's."""
    if verb.lemma_.lower() != "be" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ == "PROPN" and subj.ent_type_ in _PLACE_NAMES and \
        any(c.dep_ in ("acomp", "attr", "prep") for c in verb.children if c.i > verb.i)


def _cue_before(ctx: Context, outer: Token, inner: Token) -> bool:
    """Whether the head of a reported clause is a verb of saying or believing before it:
    the cue whose speaker a misjoined conjunct belongs to."""
    return (outer.pos_ == "VERB" and outer.i < inner.i
            and _cue_kind(ctx, outer) in ("speech", "belief"))


# present-tense forms that show the number of their subject: "have"/"are" (VBP) take a
# plural (or I, you, we), "has"/"is" (VBZ) a singular
_NUMBERED_AUX = {"VBP": True, "VBZ": False}
_PLURAL_PRONOUNS = claim_words("plural_verb_pronouns")


def _plural_subject(verb: Token) -> bool | None:
    """Whether a verb's subject takes a plural verb ("senators", "they", "A and B"); None
    for no subject or one of no clear number."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if subject.tag_ == "PRP":
        return subject.lower_ in _PLURAL_PRONOUNS
    if any(c.dep_ == "conj" for c in subject.children) or subject.tag_ in ("NNS", "NNPS"):
        return True
    return False if subject.tag_ in ("NN", "NNP") else None


def _outer_by_agreement(ctx: Context, verb: Token) -> Token | None:
    """The cue verb a coordinated "has/have + participle" belongs to when its number agrees
    with that cue's subject and not with the reported clause's: in "Senators say the bill
    would raise costs and have vowed to block it", "have" cannot go with "the bill", so the
    senators vowed."""
    aux = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ in _NUMBERED_AUX), None)
    if aux is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    inner = _reported_clause(verb.head)
    if inner is None:
        return None
    outer = inner.head
    plural = _NUMBERED_AUX[aux.tag_]
    inner_plural, outer_plural = _plural_subject(inner), _plural_subject(outer)
    if inner_plural is None or inner_plural == plural or outer_plural != plural:
        return None
    return outer if _cue_before(ctx, outer, inner) else None


# how a verb of a reported clause hangs inside it: "would ask the court to rule and urged":
# "rule" is an infinitive under "ask", and a past-tense verb cannot be its conjunct
_INSIDE_CLAUSE = frozenset({"xcomp", "conj"})


def _reported_clause(token: Token) -> Token | None:
    """The verb of the complement clause that ``token`` is or lies inside (through
    infinitives and conjuncts), or None."""
    for _ in range(4):
        if token.dep_ == "ccomp":
            return token
        if token.dep_ not in _INSIDE_CLAUSE or token.head.i == token.i:
            return None
        token = token.head
    return None


def _cue_kind(ctx: Context, verb: Token) -> str | None:
    """The cue kind of a verb with its particle ("called on": speech; "called": naming)."""
    particle = phrasal_particle(ctx, verb)
    return ctx.lexicon.verb_kind(_cue_lemma(ctx, verb),
                                 particle_words(verb, particle) if particle else None)


def _mute_subject(ctx: Context, inner: Token, verb: Token) -> bool:
    """True when the reported clause's subject is a thing that cannot speak ("X said the
    agreement opened a new page but insisted that ...", "X said there was no proof and
    called for ..."): a verb of saying joined to that clause is the speaker's second act,
    whatever its form."""
    if _cue_kind(ctx, verb) != "speech":
        return False
    subject = next((c for c in inner.children if c.dep_ in ("nsubj", "nsubjpass", "expl")),
                   None)
    if subject is not None and subject.dep_ == "expl":
        return True
    return (subject is not None and subject.pos_ == "NOUN" and not subject.ent_type_
            and not _people(ctx, subject) and subject.lower_ not in agent_nouns())


def _speaker_again(outer: Token, inner: Token) -> bool:
    """True when the subject of the reported clause is a pronoun for the speaker ("Egypt said
    it was troubled by the raid and warned ..."): a verb in the same form joined to that
    clause is the speaker's act either way, and news style makes it a second cue; a pronoun
    for someone else ("he said she was tired and wanted ...") leaves the verb to her."""
    said_by = next((c for c in outer.children if c.dep_ == "nsubj"), None)
    pronoun = next((c for c in inner.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if pronoun is not None and pronoun.tag_ != "PRP":
        # "Kagame said his country had no troops there and accused ...": what the speaker
        # owns is told of, the act joined to it is the speaker's own
        pronoun = next((c for c in pronoun.children if c.dep_ == "poss" and c.tag_ == "PRP$"),
                       None)
        if pronoun is not None:
            pronoun = _OWNER_AS_SUBJECT.get(pronoun.lower_)
            return said_by is not None and pronoun is not None and _pronoun_fits(said_by,
                                                                                 pronoun)
    if said_by is None or pronoun is None or pronoun.tag_ != "PRP":
        return False
    return _pronoun_fits(said_by, pronoun.lower_)


# a possessive pronoun as the subject pronoun of the same one: "his" -> "he"
_OWNER_AS_SUBJECT = claim_word_map("possessive_to_subject_pronoun")


def _pronoun_fits(said_by: Token, word: str) -> bool:
    """Whether a subject pronoun can stand for the speaker of the outer cue."""
    if said_by.tag_ == "PRP":
        return said_by.lower_ == word or (said_by.lower_, word) in (("i", "i"), ("we", "we"))
    if said_by.tag_ in ("NNS", "NNPS"):
        return word == "they"
    if said_by.ent_type_ == "PERSON":
        return word in ("he", "she")
    return word == "it" and said_by.ent_type_ in ("ORG", "GPE", "NORP")


def _cue_before_comma(ctx: Context, verb: Token) -> Token | None:
    """'"...," Rivera said, citing X, "..."': a participle after a cue and its comma that the
    parser hung on a verb of the quotation that follows belongs to that cue; no one inside
    the quotation is its subject."""
    head = verb.head
    if inside_quote(ctx, head) is None or inside_quote(ctx, verb) is not None:
        return None
    cue = verb.doc[verb.i - 2]
    if cue.pos_ != "VERB" or not any(c.dep_ in _SUBJECTS for c in cue.children):
        return None
    return cue if ctx.lexicon.verbs.get(_cue_lemma(ctx, cue)) in ("speech", "belief") else None


# verbs that say their complement did not happen: "avoided condemning X", "failed to praise X"
_NOT_DONE_VERBS = claim_words("not_done_verbs")


def _carried_by_plain_verb(ctx: Context, verb: Token) -> bool:
    """True for an infinitive or gerund complement of a verb that is no cue itself and has a
    subject of its own ("continued to praise", "took to the radio to praise"): the stance is
    that subject's. Not under a wish, plan or refusal ("refused to endorse": that cue's
    content), nor a purpose clause of a passive or an adjective."""
    head = verb.head
    if head.pos_ not in ("VERB", "AUX") or head.i > verb.i:
        return False
    if verb.dep_ == "advcl" and not any(
        c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i for c in verb.children
    ):
        return False  # only a purpose infinitive: "took to the radio to praise X"
    if verb.dep_ == "xcomp" and verb.tag_ not in ("VB", "VBG"):
        return False
    if any(c.dep_ == "neg" for c in head.children):
        return False
    lemma = _cue_lemma(ctx, head)
    if ctx.lexicon.verb_kind(lemma) is not None or lemma in _NOT_DONE_VERBS:
        return False
    return any(c.dep_ in _SUBJECTS for c in head.children)


def _stance_in_place(ctx: Context, verb: Token, kind: str) -> bool:
    """Whether a wish, plan or stance verb states a claim of its own.

    Not inside a quotation or another cue's content (that claim already holds it), or when
    it hangs from another verb ("asked X to describe", "the target it pledged to reach")
    rather than heading a clause. A negated one is a claim ("did not apologize for the
    remarks"), its cue keeps the "not" (``_negation``) and its stance stays unset.
    """
    if inside_quote(ctx, verb):
        return False
    if verb.dep_ != "relcl" and relative_object_content(ctx, verb, kind) is not None:
        return True  # "attacked what the minister called a modest reform": the minister's label
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i:
        # "..., accusing her of lying": a claim of its own
        return hoisted_participle(ctx, verb) is not None or not _cue_ancestor(ctx, verb)
    if _fronted_participle(verb):
        # "Citing security concerns, the ministry closed the border": the main subject's
        return not _cue_ancestor(ctx, verb)
    if _gerund_of_manner(verb):
        return not _cue_ancestor(ctx, verb)  # "responded by praising the plan"
    if verb.dep_ == "advcl" and any(c.dep_ == "nsubj" for c in verb.children):
        # "after the party backed the governor", "when she cited X": a finite clause with a
        # subject of its own states that subject's stance
        return not _cue_ancestor(ctx, verb)
    if verb.dep_ == "conj" and _hoisted_conjunct(ctx, verb) is not None:
        return True  # "said the plan had failed and called it a waste": a second act
    if verb.dep_ in ("xcomp", "advcl") and _carried_by_plain_verb(ctx, verb):
        # "went on to criticize X", "avoids condemning X", "took to the radio to praise X":
        # the verb it hangs from is no cue, so the stance is the subject's own
        return not _cue_ancestor(ctx, verb)
    if (misread_finite(verb) or subject_of_time_clause(verb) is not None
            or misread_main_verb(verb) is not None):
        return not _cue_ancestor(ctx, verb)  # "the coalition, led by X, threatened to ..."
    if verb.dep_ in ("xcomp", "acl", "pcomp", "amod", "advcl", "prep"):
        return False
    if verb.dep_ == "relcl" and not any(
        c.dep_ in _SUBJECTS and c.tag_ in ("WP", "WDT") for c in verb.children
    ) and relative_object_content(ctx, verb, kind) is None:
        # the object is the antecedent: "the target it pledged to reach"; but "a tax, which
        # the mayor called a disgrace" gives it a label
        return False
    return not _cue_ancestor(ctx, verb)


# verbs of a threat whose plain object is either the act threatened ("threatened sanctions")
# or the one threatened ("threatened the journalists")
_MENACES = claim_words("threat_verbs")
# entity types of the one threatened: a person, a people, a body or a country
_PARTIES = frozenset({"PERSON", "NORP", "ORG", "GPE"})


def _threatened_party(ctx: Context, verb: Token) -> bool:
    """True when a threat verb's object is whom or what is threatened, not the act threatened
    ("threatened its staff", "threatened the journalists", "threatened Iran"): no content
    was uttered. An infinitive ("threatened to quit") or an act ("threatened a strike") is;
    so is the act of "threatened Iran with sanctions", left as it was."""
    if verb.lemma_.lower() not in _MENACES or any(
            c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "with") for c in verb.children):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return False
    return (any(c.dep_ == "poss" for c in obj.children) or obj.ent_type_ in _PARTIES
            or _people(ctx, obj))


def _fronted_participle(verb: Token) -> bool:
    """A participle clause set off before its clause's subject, with no subject of its own
    ('Citing X, the ministry ...', 'While denouncing Y, she ...'): the subject's act."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i > verb.head.i:
        return False
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return False
    subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and verb.right_edge.i < subject.left_edge.i


def _cue_lemma(ctx: Context, verb: Token) -> str:
    """The verb's lemma, mended where the lemmatizer dropped a silent e ("hoped" -> "hop",
    "rated" -> "rat") or added one ("texted" -> "texte"): the form is the mended lemma plus
    its ending, and only the mended one is a cue."""
    lemma, form = verb.lemma_.lower(), verb.lower_
    if lemma in ctx.lexicon.verbs:
        return lemma
    for mended in (f"{lemma}e", lemma[:-1] if lemma.endswith("e") else ""):
        stem = mended[:-1] if mended.endswith("e") else mended
        if mended in ctx.lexicon.verbs and form in (f"{stem}ed", f"{stem}es", f"{stem}ing",
                                                     f"{mended}s", f"{mended}d"):
            return mended
    return lemma


def _reason_gerund(verb: Token) -> bool:
    """``was fined for promoting X``, ``praised for backing Y``: a stance named as the reason
    for what another did to the subject; news attribution corpora do not count it as the
    subject's own claim (a speech verb, 'faulted for saying that ...', still reports words)."""
    prep = verb.head
    return (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.lower_ == "for"
            and prep.dep_ == "prep")


def _reason_doer(verb: Token) -> Token | None:
    """The object of the verb a "for" gerund gives the reason for: in "fined the editor for
    refusing to name his sources" or "criticized him for saying that ..." the one fined or
    criticized is the one who refused or said; None for any other verb ("apologized for
    saying" has no object: its subject said it)."""
    prep = verb.head
    if (verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ != "for"
            or prep.dep_ != "prep" or prep.head.pos_ != "VERB"):
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i), None)


# verbs that take a that-clause without reporting one: a result, a condition, a meaning
_NOT_REPORTING = claim_words("non_reporting_verbs")
# subjects that are no one: an expletive or a pointing word
_NO_ONE = claim_words("no_one_subjects")


# Verbs of speech that name a street act when they say what a gathering was for.
_STREET_ACTS = claim_words("street_act_verbs")
# verbs of speech that are another act when their object is no clause or verdict: 'the court
# ruled that ...' and 'ruled the ban unlawful' report words, 'the army has ruled the country'
# does not; 'guaranteed that ...' does, 'the states that guarantee the talks' does not
_GOVERNING_SENSES = claim_words("governing_verbs")
# verbs of a stance that, aimed at an armed group, a state or a body, are material support
# rather than words: 'Iran, which backs Hezbollah', 'militias backed by the army'
_SUPPORT_SENSES = claim_words("support_verbs")
# entity types of a body or a state: backing one is support in arms or money
_BODIES = frozenset({"ORG", "NORP", "GPE"})


def _bare_object(verb: Token) -> Token | None:
    """The direct object of a verb that has no clause or verdict beside it; else None."""
    if any(c.dep_ in ("ccomp", "xcomp", "oprd", "prt") for c in verb.children):
        return None
    if any(c.tag_ in ("JJ", "JJR") and c.dep_ in ("dobj", "advmod", "acomp")
           for c in verb.children):
        return None  # 'ruled the law unconstitutional', however the parser hangs the verdict
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _not_words(verb: Token) -> bool:
    """True when a cue verb is used in a sense that says nothing: ruling a country,
    guaranteeing talks, backing an armed group or a state."""
    lemma = verb.lemma_.lower()
    if lemma not in _GOVERNING_SENSES and lemma not in _SUPPORT_SENSES:
        return False
    obj = _bare_object(verb)
    if obj is None:
        return False
    if lemma in _GOVERNING_SENSES:
        return True
    return obj.ent_type_ in _BODIES


def _purpose_infinitive(verb: Token) -> bool:
    """'gathered to protest against X': an infinitive of purpose with no clause of its own."""
    return (verb.dep_ in ("advcl", "xcomp")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and not any(c.dep_ == "ccomp" for c in verb.children))


def _reports_a_that_clause(verb: Token) -> bool:
    """Any verb whose subject is someone and whose complement is a clause opened by 'that'
    reports a thought or words ("X acknowledged / gathered / sensed that ..."): in English
    a finite that-complement with an animate subject is the mark of verbs of communication
    and cognition."""
    if verb.lemma_.lower() in _NOT_REPORTING:
        return False
    if not any(c.dep_ == "ccomp" and c.i > verb.i and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ not in _NO_ONE and (
        subject.pos_ in ("PROPN", "PRON") or subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or subject.tag_ in ("NNS", "NN"))


# words between a negated cue's auxiliary and the verb: "did not immediately respond"
_NEGATION_DEPS = frozenset({"aux", "neg", "advmod"})


def _negation(verb: Token) -> list[Token]:
    """The auxiliary, "not" and adverbs right before a negated cue ("did not apologize",
    "has never said"): the cue keeps them, so a claim never reads as what was denied."""
    if not any(c.dep_ == "neg" and c.i < verb.i for c in verb.children):
        return []
    words: list[Token] = []
    i = verb.i - 1
    while i >= 0 and verb.doc[i].head.i == verb.i and verb.doc[i].dep_ in _NEGATION_DEPS:
        words.insert(0, verb.doc[i])
        i -= 1
    return words if any(w.dep_ == "neg" for w in words) else []


def _imperative(verb: Token) -> bool:
    """A bare verb heading its sentence with no subject or auxiliary: a request to speak
    ("Tell me what you will do", "Minister, tell your story"), which reports no words."""
    if verb.tag_ != "VB" or verb.dep_ != "ROOT":
        return False
    doc = verb.doc
    # a name set off by a comma right before the verb is whom the request is to
    vocative = verb.i > 0 and doc[verb.i - 1].text == ","
    return not any(c.dep_ in ("aux", "auxpass", "expl") or (
        c.dep_ in ("nsubj", "nsubjpass") and not (vocative and c.right_edge.i == verb.i - 2))
        for c in verb.children)


def _yes_no_question(verb: Token) -> bool:
    """A verb whose auxiliary comes before its subject in a sentence that ends in a question
    mark, with no question word: "Do you know where the money went?", "Would voters think
    she lied?" ask whether someone knows or thinks, and report no one's words ("Why did he
    say that?" takes the saying as done, and stays)."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None or verb.dep_ not in ("ROOT", "conj"):
        return False
    if not any(c.dep_ == "aux" and c.i < subject.i for c in verb.children):
        return False
    sent = verb.sent
    last = next((t for t in reversed(sent) if not t.is_space and t.text not in _CLOSE_MARKS), None)
    if last is None or last.text != "?":
        return False
    return not any(t.tag_ in ("WDT", "WP", "WP$", "WRB") and t.i < subject.i
                   for t in sent if t.i >= sent.start)


# subordinators of a supposition: a want or belief inside one is nobody's
_CONDITIONAL_MARKS = claim_words("conditional_subordinators")


def _closes_its_clause(verb: Token) -> bool:
    """True when a cue heads its sentence after the clause it reports ('X, police said')."""
    return verb.dep_ == "ROOT" and any(c.dep_ == "ccomp" and c.i < verb.i
                                       for c in verb.children)


def _glued_speaker(verb: Token) -> Token | None:
    """``In an interview with the board of the Daily Star Okafor said ...``: a phrase opening
    the sentence with no comma after it, the speaker's name read as the last word of its
    noun; the subjectless cue's speaker is that name (only its last word: what goes before
    it belongs to the phrase)."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    name = verb.doc[verb.i - 1]
    if name.pos_ != "PROPN" or name.dep_ != "pobj" or any(
            c.dep_ in _SUBJECTS for c in verb.children):
        return None
    opener = verb.doc[verb.sent.start]
    return name if opener.dep_ == "prep" and opener.head.i == verb.i else None


def verb_claim(ctx: Context, verb: Token) -> ClaimSpan | None:
    """A claim cued by a speech or belief verb."""
    if verb.pos_ != "VERB" or _imperative(verb) or _yes_no_question(verb):
        return None
    state = state_participle_claim(ctx, verb)
    if state is not None:
        return state
    particle = phrasal_particle(ctx, verb)
    kind = ctx.lexicon.verb_kind(_cue_lemma(ctx, verb),
                                 particle_words(verb, particle) if particle else None)
    if kind in (None, "quoting") and particle is None and _reports_a_that_clause(verb):
        kind = "speech"  # 'observed that ...', 'protested that ...' ('observed a truce' no)
    if kind is None:
        return None
    if _not_words(verb):
        return None  # "the army has ruled the country since 2021": rule, not words
    if verb.dep_ == "xcomp" and refused_answer(verb.head):
        return None  # "refused to say how many were held": the answer was never given
    if verb.lemma_.lower() in _STREET_ACTS and _purpose_infinitive(verb):
        return None  # 'gathered on Friday to protest against the closures': an act, not words
    if kind == "verbal":
        if not verbal_sense(verb):
            return None  # "attacked the town": a blow, left to the events layer
        kind = "stance"
    if kind in ("intent", "stance", "naming") and not _stance_in_place(ctx, verb, kind):
        return None
    if kind == "intent" and _threatened_party(ctx, verb):
        return None
    if kind in ("intent", "belief", "stance") and any(
            c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in verb.children):
        return None  # "If Europe wants fewer deaths, it should ...": a supposition, no one's mind
    if kind == "stance" and _reason_gerund(verb):
        return None
    aside = as_clause_content(ctx, verb, kind)
    if aside is not None:
        # "As the envoy noted, X": the host clause is what the envoy said
        return _claim(ctx, token_span([verb]), kind, _subject(verb, ctx), aside, verb)
    if (verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
            and not (particle is not None and any(c.dep_ in ("pobj", "pcomp")
                                                  for c in particle.children))):
        # "..., as the council had asked": an event the clause refers to; but "as she
        # called for a recount" says what she called for
        return None
    cue_tokens = [verb, particle] if particle is not None else [verb]
    passive = _passive_content(ctx, verb, kind)
    if passive is not None:
        # "are not thought to hold X": the content holds the subject, the verb and its "not"
        speaker, content = passive
        return _claim(ctx, token_span(cue_tokens), kind, speaker, content, verb)
    cue_tokens = [*_negation(verb), *cue_tokens]
    glued = None
    if _is_passive(verb) or _bare_passive(verb, kind):
        speaker = _agent(verb)
    else:
        speaker = _reason_doer(verb) or _subject(hoisted_participle(ctx, verb) or verb, ctx)
        if (verb.dep_ in ("conj", "advcl") or _closes_its_clause(verb)) and not any(
                c.dep_ == "nsubj" for c in verb.children):
            # '..., a fisherman and a local chief told Reuters': the parse hung the speaker on
            # a noun of the clause reported
            speaker = closing_speaker(verb) or speaker
        glued = _glued_speaker(verb) if speaker is None else None
        if glued is not None:
            speaker, glued_span = glued, token_span([glued])
        if speaker is None:
            return None
    if speaker is not None and _thing_in_a_literal_sense(verb, speaker):
        return None
    if speaker is not None and _writers_own_voice(speaker, verb):
        return None
    if speaker is not None and speaker.lower_ in _DEICTIC and inside_quote(ctx, verb):
        return None  # "I think ..." inside a quotation: the quotation's claim already holds it
    content = verb_content(ctx, verb, kind)
    if content is None:
        return None
    if (speaker is not None and _depiction(speaker) and not _that_clause(ctx, content)
            and verb.lemma_.lower() not in _SPEECH_ACTS):
        # "the photo shows soldiers praising ...": a picture, not a speaker; but "the video
        # shows that he was unarmed" is what the footage is taken to prove
        return None
    bounded = trim(ctx.text, *glued_span) if glued is not None else None
    if speaker is not None and verb.dep_ in ("acl", "advcl") and speaker.i == verb.head.i:
        # "a statement announcing ...": the noun's phrase up to the participle
        # ("several senators, now saying ...": the participle's own adverb is no part of it;
        # "A survey after the floods found": the clause the parser hung on the noun)
        own = {t.i for t in verb.subtree}
        words = [t for t in phrase_tokens(speaker) if t.i < verb.i and t.i not in own]
        bounded = trim(ctx.text, *token_span(words)) if words else None
    return _claim(ctx, token_span(cue_tokens), kind, speaker, content, verb, bounded)


def _phrase_at(doc: Doc, i: int, phrase: tuple[str, ...]) -> bool:
    """True when the words of a phrase start at token ``i``."""
    if i + len(phrase) > len(doc):
        return False
    return all(doc[i + k].lower_ == word for k, word in enumerate(phrase))


# verbs by which a speaker gives out words of their own: "a speech she delivered"
_DELIVERING = claim_words("delivering_verbs")


def _phrase_speaker(last: Token) -> Token | None:
    """The noun a source phrase introduces: ``according to X``, ``in the words of X``."""
    return next((c for c in last.children if c.dep_ in ("pobj", "dobj")), None)


def _giver(noun: Token) -> Token | None:
    """``according to a speech the minister gave``: the one who gave out the words (a speech
    is the medium, not the speaker; a report someone obtained stays the source)."""
    if noun.lemma_.lower() not in verbal_senses()["medium"]:
        return None
    return next((s for c in noun.children if c.dep_ == "relcl"
                 and c.lemma_.lower() in _DELIVERING
                 for s in c.children if s.dep_ == "nsubj" and s.pos_ in ("PROPN", "NOUN")), None)


def phrase_claims(ctx: Context, token: Token) -> list[ClaimSpan]:
    """Claims cued by a source phrase starting at ``token``."""
    found = []
    for phrase, kind in ctx.lexicon.phrases.items():
        if not _phrase_at(ctx.doc, token.i, phrase):
            continue
        last = ctx.doc[token.i + len(phrase) - 1]
        speaker = _phrase_speaker(last)
        if speaker is None:
            continue
        sent = ctx.sentences[ctx.sentence_of[token.i]]
        region = (token.idx, subtree_span(speaker)[1])
        content = _rest_of_sentence(ctx, sent, region)
        comma = next((t for t in speaker.subtree if t.i > speaker.i and t.text == ","), None)
        bounded = None
        if content is None and comma is not None:
            # "According to X, the move reeks of fear": the parse hung the whole clause on
            # X as an apposition; the source ends at the comma
            content = _rest_of_sentence(ctx, sent, (token.idx, comma.idx))
            bounded = trim(ctx.text, speaker.left_edge.idx, comma.idx)
        if content is None:
            continue
        giver = _giver(speaker)
        if giver is not None:
            speaker, bounded = giver, None
        claim = _claim(ctx, token_span([token, last]), kind, speaker, content, token, bounded)
        if claim is not None:
            found.append(claim)
    return found


def survey_claim(ctx: Context, token: Token) -> ClaimSpan | None:
    """``In the latest poll, the president leads by five points``: a sentence opened by "In"
    and a poll or survey reports its findings, the poll being the source. (A sentence with
    a cue of its own, "In a survey, farmers said ...", keeps that claim instead: see
    ``claims._claims_of``.)"""
    if token.lower_ != "in" or token.dep_ != "prep" or token.i != token.sent.start:
        return None
    source = survey = next((c for c in token.children if c.dep_ == "pobj"), None)
    if survey is not None and survey.pos_ in ("NUM", "PRON", "DET"):
        # "In one of the first polls": the poll is the word under "of"
        part = next((c for c in survey.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        survey = next((c for c in part.children if c.dep_ == "pobj"), None) if part else None
    if survey is None or survey.lemma_.lower() not in verbal_senses()["survey"]:
        return None
    comma = token.right_edge.i + 1
    if comma >= len(ctx.doc) or ctx.doc[comma].text != ",":
        return None
    host = token.head
    sent = ctx.sentences[ctx.sentence_of[token.i]]
    content = _rest_of_sentence(ctx, sent, (token.idx, ctx.doc[comma].idx))
    if content is None or host.i < comma:
        return None
    return _claim(ctx, token_span([token]), "source", source, content, token)


def _rest_of_sentence(
    ctx: Context, sent: Span, region: tuple[int, int]
) -> tuple[int, int, bool] | None:
    """The sentence without a source phrase at its start or end (the whole one if inside)."""
    text = ctx.text
    # a sentence never runs over a paragraph break (a headline the parser ran into it)
    first = max(sent.start_char, text.rfind("\n", 0, region[0]) + 1)
    stop = text.find("\n", region[1], sent.end_char)
    end = sent.end_char if stop < 0 else stop
    while end > first and text[end - 1] in " .!?\n":
        end -= 1
    before = trim(text, first, region[0])
    after = trim(text, region[1], end)
    if len(text[before[0] : before[1]].split()) < 2:
        start, stop = after  # nothing, or a lone "And"/"But", before the phrase
    elif after[1] <= after[0] or only_punct(text[after[0] : after[1]]):
        start, stop = before
    else:
        start, stop = trim(text, first, end)
    if stop <= start:
        return None
    return start, stop, quoted_share(ctx, start, stop) >= 0.5


# verbs that link a subject to its state of mind: "was sure", "seemed confident"
_COPULAS = claim_words("copulas")
# prepositions that name what a state of mind is about, right after the adjective
_ABOUT = claim_words("about_prepositions")
# adjectives that are a state of mind only with a clause: "was clear that", not "clear of mines"
_CLAUSE_ONLY = claim_words("clause_only_adjectives")


def adjective_claim(ctx: Context, adjective: Token) -> ClaimSpan | None:
    """``X is sure that ...``, ``X was worried about Y``: a state of mind after a copula, its
    subject the speaker and its clause (or 'about' object) the content. Not an impersonal
    "it is certain that ...", which names no one."""
    kind = ctx.lexicon.adjectives.get(adjective.lemma_.lower())
    if kind is None or adjective.pos_ != "ADJ" or adjective.dep_ not in ("acomp", "oprd", "xcomp"):
        return None
    copula = adjective.head
    if copula.lemma_.lower() not in _COPULAS or inside_quote(ctx, adjective):
        return None
    speaker = _subject(copula, ctx)
    if speaker is None:
        return None
    clause = next((c for c in (*adjective.children, *copula.children)
                   if c.dep_ == "ccomp" and c.i > adjective.i), None)
    if speaker.lower_ == "it" or speaker.dep_ == "expl":
        return _impersonal_evidence(ctx, adjective, kind, clause)
    infinitive = next((c for c in adjective.children if c.dep_ == "xcomp" and c.i > adjective.i
                       and any(a.lower_ == "to" for a in c.children)), None)
    if clause is not None:
        content = clause_content(ctx, clause)
    elif kind == "intent" and infinitive is not None:
        # "was willing to resign": the wish is the infinitive, as after "wanted"
        content = clause_content(ctx, infinitive)
    elif adjective.lemma_.lower() in _CLAUSE_ONLY:
        return None
    else:
        # what the state of mind is about: "worried about Y", "critical of Y", "silent on Y"
        about = next((c for c in adjective.children if c.dep_ == "prep"
                      and c.lower_ in _ABOUT and c.i == adjective.i + 1), None)
        if about is None or about.right_edge.i == about.i:
            return None
        # the whole phrase after "about": its object may be a piece of a hyphenated word
        start, end = trim(ctx.text, ctx.doc[about.i + 1].idx, subtree_span(about)[1])
        content = (start, end, quoted_share(ctx, start, end) >= 0.5)
    return _claim(ctx, token_span([adjective]), kind, speaker, content, adjective)


def state_participle_claim(ctx: Context, participle: Token) -> ClaimSpan | None:
    """``The rebels are convinced that ...``, ``the union was frustrated that ...``: a past
    participle that names a state of mind (an adjective row of cues.csv: "convinced",
    "frustrated") is that adjective, whether the parser read it as a passive or as a verb
    after a copula; its subject holds the view and its that-clause is the content. ("He had
    convinced the board that ..." is no passive: left to the verb rules.)"""
    kind = ctx.lexicon.adjectives.get(participle.lower_)
    if kind is None or participle.tag_ != "VBN":
        return None
    children = list(participle.children)
    clause = next((c for c in children if c.dep_ == "ccomp" and c.i > participle.i), None)
    if clause is None or inside_quote(ctx, participle):
        return None
    if any(c.dep_ == "auxpass" for c in children):
        holder = next((c for c in children if c.dep_ == "nsubjpass"), None)
    elif participle.dep_ == "acomp" and participle.head.lemma_.lower() in _COPULAS:
        holder = _subject(participle.head, ctx)
    elif participle.dep_ in ("advcl", "oprd", "xcomp") and not any(
            c.dep_ in ("nsubj", "dobj", "aux") for c in children):
        holder = _subject(participle.head, ctx)  # "came away convinced that ..."
    else:
        return None
    if holder is None or holder.lower_ == "it" or holder.dep_ == "expl":
        return None
    return _claim(ctx, token_span([participle]), kind, holder, clause_content(ctx, clause),
                  participle)


# adjectives of evidence: "it is clear that X" gives X as plain to see, no one's view in
# particular (a claim with no speaker, like "it was reported that X"); "it is unclear
# whether X" asks, and "it is certain" is left to the factuality of X
_EVIDENT = claim_words("evidence_adjectives")
# to whom it is clear when that is no one in particular
_ANYONE = claim_words("anyone_words")


def _impersonal_evidence(
    ctx: Context, adjective: Token, kind: str, clause: Token | None
) -> ClaimSpan | None:
    """``it is clear that X``, ``it should be obvious that X``: X, with no speaker (or the one
    it is clear to)."""
    if adjective.lemma_.lower() not in _EVIDENT:
        return None
    if clause is None:
        # "it was evident from the start that X": the parser may hang the that-clause on the
        # object of a preposition after the adjective, as if "that" were a relative pronoun
        clause = next((t for t in adjective.subtree if t.dep_ in ("relcl", "acl") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in t.children)), None)
    if clause is None:
        return None
    first = clause.left_edge
    if first.lower_ in ("whether", "if") or (first.tag_.startswith("W") and first.lower_ != "that"):
        return None  # "it is clear whether/why ...": a question, not a claim
    # "it was obvious to the judges that X": the judges' view
    to = next((c for c in adjective.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    seer = _phrase_speaker(to) if to is not None else None
    if seer is not None and seer.lower_ in _ANYONE:
        seer = None
    bounded = None
    if seer is not None and seer.left_edge.i < clause.i <= seer.right_edge.i:
        bounded = trim(ctx.text, seer.left_edge.idx, clause.left_edge.idx)  # the misparse
    return _claim(ctx, token_span([adjective]), kind, seer, clause_content(ctx, clause), adjective,
                  bounded)


def noun_claim(ctx: Context, noun: Token) -> ClaimSpan | None:
    """``X's claim that ...``, ``a statement by X that ...``."""
    misread = _verb_read_as_noun(ctx, noun)
    if misread is not None:
        return misread
    kind = ctx.lexicon.nouns.get(noun.lemma_.lower())
    if kind is None or noun.pos_ != "NOUN" or noun.dep_ == "ROOT":
        return None
    clause = next((c for c in noun.children if _complement_clause(c)), None)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        owner = _phrase_speaker(by) if by is not None else None
    if owner is None and clause is not None:
        owner = _naming_modifier(noun)
    if owner is None:
        return None
    content = clause_content(ctx, clause) if clause is not None else _noun_complement(
        ctx, noun, kind)
    if content is None:
        return None
    return _claim(ctx, token_span([noun]), kind, owner, content, noun)


def _complement_clause(clause: Token) -> bool:
    """A that-clause that says what a noun's report or view is ("the claim that talks
    failed"), not a relative clause ("the claim that he made"): "that" is its mark; when the
    parse took it for a relative pronoun, the clause has a subject of its own besides."""
    if clause.dep_ not in ("acl", "ccomp", "appos", "relcl"):
        return False
    that = next((c for c in clause.children if c.lower_ == "that" and c.i < clause.i), None)
    if that is None:
        return False
    if that.dep_ == "mark":
        return True
    return clause.dep_ == "relcl" and that.dep_ == "nsubj" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i != that.i for c in clause.children)


# names that, as the modifier of a report noun, say whose report it is: "a Reuters report
# that ...", "a UN warning that ..."; "a police report" or "a tax plan" name no one
_OWNER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _naming_modifier(noun: Token) -> Token | None:
    """The name in front of a report noun that says whose it is (``a Reuters report that``,
    ``the White House statement that``, ``a Pentagon assessment that``): a proper name or a
    named body compounded with the noun."""
    return next((c for c in noun.children if c.dep_ == "compound" and c.i < noun.i
                 and c.pos_ == "PROPN" and c.ent_type_ in _OWNER_ENTS), None)


def _verb_read_as_noun(ctx: Context, noun: Token) -> ClaimSpan | None:
    """``Trump claims that ...``, ``Okafor charges that ...``: a cue verb in the present that
    the tagger read as a plural noun, the name before it as its compound and the that-clause
    after it as its own; the name is the speaker, the clause what was said."""
    if noun.dep_ != "ROOT" or noun.tag_ != "NNS" or not noun.lower_.endswith("s"):
        return None
    kind = ctx.lexicon.verb_kind(noun.lower_[:-1]) or ctx.lexicon.verb_kind(noun.lower_[:-2])
    if kind not in ("speech", "belief"):
        return None
    names = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    # a capitalised compound: the tagger may take a name for a common noun too ("trump")
    if not names or clause is None or any(not n.text[:1].isupper() for n in names):
        return None
    speaker = token_span([t for n in names for t in n.subtree])
    return _claim(ctx, token_span([noun]), kind, names[-1], clause_content(ctx, clause), noun,
                  speaker)


# the preposition after a report or opinion noun that names its topic: "her claims about Y"
# ("on", "of" and "for" name a date or a part as often: "his remarks on Saturday")
_NOUN_TOPICS = claim_words("noun_topic_prepositions")


def _noun_complement(ctx: Context, noun: Token, kind: str) -> tuple[int, int, bool] | None:
    """What an owned report, opinion or plan noun is about when no that-clause says it: its
    infinitive ("her decision to resign", "his pledge to cut taxes") or the phrase right after
    it ("X's claims about the test")."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and ctx.lexicon.verb_kind(head.lemma_.lower()):
        return None  # "defended his remarks about X": what the cue verb is about, not a claim
    if noun.dep_ == "pobj" and head.dep_ == "prep" and (
            f"{head.head.lemma_.lower()} {head.lower_}" in ctx.lexicon.verbs):
        return None  # "harped on her claims about X": the same, after a phrasal cue
    for child in noun.children:
        if child.i <= noun.i:
            continue
        infinitive = child.dep_ in ("acl", "relcl", "xcomp") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        if infinitive and kind != "stance":
            return clause_content(ctx, child)
        topic = (child.dep_ == "prep" and child.lower_ in _NOUN_TOPICS and child.i == noun.i + 1
                 and any(c.dep_ in ("pobj", "pcomp") for c in child.children))
        if topic:
            start, end = trim(ctx.text, ctx.doc[child.i + 1].idx, subtree_span(child)[1])
            return (start, end, quoted_share(ctx, start, end) >= 0.5) if end > start else None
    return None


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end offsets of the line (paragraph) around a span."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


# words that open a headline's topic after its speaker: "Merkel on migration: ..."
_TOPIC_MARKS = claim_words("headline_topic_words")


def _label_speaker(ctx: Context, colon: Token) -> list[Token] | None:
    """``WALLACE: ...``, ``Merkel: ...``: a short name opening a line before a colon."""
    line_start, _ = _line_bounds(ctx.text, colon.idx, colon.idx)
    first = colon.i  # back to the line's start only: no Token built for the text before it
    while first and ctx.doc[first - 1].idx >= line_start:
        first -= 1
    label = list(ctx.doc[first : colon.i])
    if label and label[0].text in _OPEN_QUOTES:
        # transcripts quote each turn: '"WALLACE: ...'
        line_start, label = label[0].idx + len(label[0].text), label[1:]
    # a headline's "Zelensky on the war: ..." is Zelensky's, the topic after "on"
    topic = next((k for k, t in enumerate(label) if t.lower_ in _TOPIC_MARKS and k), None)
    if topic is not None and len(label) <= 8 and all(t.pos_ == "PROPN" for t in label[:topic]):
        label = label[:topic]
    if not 1 <= len(label) <= 4 or label[0].idx != line_start:
        return None
    if not all(t.pos_ in ("PROPN", "NOUN", "DET", "PART") or t.is_upper for t in label):
        return None
    head = [t for t in label if t.pos_ != "PART"][-1:]
    # a headline's source may be tagged a common noun ("Sanders: ...", "Poll: ..."): a label
    # of capitalised words only names it; a kicker ("Analysis:", "Editor's note:") labels
    # the text, not a speaker
    titled = all(t.is_title or t.is_upper or t.pos_ == "PART" for t in label)
    if not head or not (head[0].pos_ == "PROPN" or head[0].is_upper
                        or (titled and head[0].pos_ == "NOUN")):
        return None
    if head[0].lower_ in kicker_words():
        return None
    if any(t.ent_type_ in _NOT_SPEAKERS for t in label):
        return None
    return label


@lru_cache(maxsize=1)
def kicker_words() -> frozenset[str]:
    """Words that label a headline or a section, not a speaker (``data/kickers.csv``)."""
    return frozenset(r["word"].lower() for r in read_csv("kickers.csv", ("word",)))


def _verb_before(ctx: Context, colon: Token) -> Token | None:
    """The verb whose clause ends right before a colon: ``X scolded him: "..."``."""
    sent = ctx.sentences[ctx.sentence_of[colon.i]]
    for token in reversed(ctx.doc[sent.start : colon.i]):
        if token.pos_ in ("VERB", "AUX") and any(c.dep_ in _SUBJECTS for c in token.children):
            end = clause_extent(ctx, token)[1]
            touches = end <= colon.idx and only_punct(ctx.text[end : colon.idx])
            return token if touches else None
    return None


# verbs of having and needing: before a colon, their object is what the quotation spells out
_HOLDING_VERBS = claim_words("holding_verbs")
# entity types of those who can speak
_VOICES = frozenset({"PERSON", "NORP", "ORG", "GPE"})


def _thing_holds_the_quotation(ctx: Context, verb: Token, subject: Token) -> bool:
    """``The job needs one thing: "patience."``, ``The plan has one flaw: "..."``: a thing
    that has or needs what the quotation names says nothing; the quotation spells out the
    object. A person or a body may well speak so ("The mayor had a message: ...")."""
    return (verb.lemma_.lower() in _HOLDING_VERBS and not _people(ctx, subject)
            and subject.ent_type_ not in _VOICES)


# a paragraph that opens another turn of a transcript: a label and a colon, or a stage note
_TURN_OPENING = re.compile(r"[(\[]|[A-Z][\w.'’ -]{0,40}:\s")


def _rest_of_turn(ctx: Context, label: list[Token], end: int) -> int:
    """End of a transcript turn quoted over several paragraphs ('"WALLACE: ...' and then
    '"But ...'): news style leaves each paragraph's quotation open and opens the next one with
    a quotation mark while the same speaker goes on. The turn ends at a paragraph that opens
    another turn or a stage note ('"(CROSSTALK.)'), or that opens with no quotation mark."""
    text = ctx.text
    opening = label[0].idx - 1
    while opening >= 0 and text[opening] in " \t":
        opening -= 1
    if opening < 0 or text[opening] not in _OPEN_QUOTES:
        return end
    quote = next((q for q in ctx.quotes if q.start == opening), None)
    while quote is not None and not quote.closed:
        nxt = next((q for q in ctx.quotes if q.start >= quote.end), None)
        if nxt is None or text[quote.end : nxt.start].strip() or "\n" not in text[end : nxt.start]:
            break
        if _TURN_OPENING.match(text, nxt.inner_start):
            break
        end = trim(text, nxt.inner_start, nxt.inner_end)[1]
        quote = nxt
    return end


def _credit(ctx: Context, start: int, end: int) -> bool:
    """True when what follows a label's colon is only a name ("Source: NATO.", "Data: World
    Bank"): a credit line that names where something came from, not words anyone said."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span if not t.is_punct] if span is not None else []
    return bool(words) and words[0].pos_ == "PROPN" and all(
        t.pos_ in ("PROPN", "ADP", "DET", "CCONJ") for t in words)


# past forms of speech verbs that do not end in -ed
_IRREGULAR_PAST = claim_word_map("irregular_speech_past")


def _inverted_cue(ctx: Context, colon: Token) -> tuple[Token, list[Token]] | None:
    """``Said Diallo: ...``, ``Warned the minister: ...``: a sentence that opens with a past
    speech verb and then its speaker, up to a colon (the parse seldom sees the verb). The
    cue and the speaker's words; None for any other opening."""
    sent = ctx.sentences[ctx.sentence_of[colon.i]]
    cue, name = ctx.doc[sent.start], list(ctx.doc[sent.start + 1 : colon.i])
    if not cue.is_title or not 1 <= len(name) <= 5:
        return None
    word = cue.lower_
    lemma = _IRREGULAR_PAST.get(word) or next(
        (word[:-k] for k in (1, 2) if word.endswith("ed") and ctx.lexicon.verbs.get(word[:-k])
         == "speech"), None)
    if lemma is None or ctx.lexicon.verbs.get(lemma) != "speech":
        return None
    if not all(t.pos_ in ("PROPN", "NOUN", "DET", "ADJ", "PART") for t in name) or not any(
            t.pos_ == "PROPN" or t.lemma_.lower() in ctx.lexicon.speakers for t in name):
        return None
    return cue, name


def colon_claim(ctx: Context, colon: Token) -> ClaimSpan | None:
    """A claim introduced by a colon: a transcript or headline label, or ``X scolded: "..."``."""
    if colon.text != ":":
        return None
    text = ctx.text
    inverted = _inverted_cue(ctx, colon)
    if inverted is not None:
        cue, name = inverted
        last = ctx.doc[ctx.sentences[ctx.sentence_of[colon.i]].end - 1]
        end = last.idx if last.text in (".", "!", "?") else last.idx + len(last.text)
        start, end = trim(text, colon.idx + 1, end)
        quote = next((q for q in ctx.quotes if q.start == start), None)
        if quote is not None:
            start, end = trim(text, quote.inner_start, quote.inner_end)
        head = max((t for t in name if t.pos_ != "PART"), key=lambda t: t.i)
        content = (start, end, quoted_share(ctx, start, end) >= 0.5)
        return _claim(ctx, token_span([cue]), "speech", head, content, cue,
                      speaker_span=token_span(name))
    label = _label_speaker(ctx, colon)
    if label is not None:
        start, end = trim(text, colon.idx + 1, _line_bounds(text, colon.idx, colon.idx)[1])
        if _credit(ctx, start, end):
            return None
        end = _rest_of_turn(ctx, label, end)
        head = max(label, key=lambda t: t.i if t.pos_ != "PART" else -1)
        content = (start, end, quoted_share(ctx, start, end) >= 0.5)
        return _claim(ctx, (colon.idx, colon.idx + 1), "speech", head, content, colon,
                      speaker_span=token_span(label))
    after = text[colon.idx + 1 :]
    opening = colon.idx + 1 + len(after) - len(after.lstrip(" "))
    quote = next((q for q in ctx.quotes if q.start == opening), None)
    verb = _verb_before(ctx, colon) if quote is not None else None
    subject = _subject(verb, ctx) if verb is not None else None
    if subject is None or inside_quote(ctx, verb) or verb_claim(ctx, verb) is not None:
        return None
    if _thing_holds_the_quotation(ctx, verb, subject):
        return None
    content = quote_content(ctx, verb, [quote])
    return _claim(ctx, token_span([verb]), "speech", subject, content, verb)


def signed_claim(ctx: Context, quote_index: int) -> ClaimSpan | None:
    """A quotation signed with a dash and a short name ending its line: '"..." ― Jane Doe'."""
    quote = ctx.quotes[quote_index]
    text = ctx.text
    line_end = _line_bounds(text, quote.end, quote.end)[1]
    rest = text[quote.end : line_end]
    stripped = rest.lstrip(" \xa0\t")
    if not stripped or stripped[0] not in _SIGNING_DASHES:
        return None
    dash = quote.end + len(rest) - len(stripped)
    start, end = trim(text, dash + 1, line_end)
    while end > start and text[end - 1] in ". \xa0":
        end -= 1
    if end <= start:
        return None
    name = [t for t in ctx.doc.char_span(start, end, alignment_mode="expand") or []
            if not t.is_space]
    words = [t for t in name if not t.is_punct]
    if not words or len(name) > 6 or not all(t.text[:1].isupper() or t.is_punct for t in name):
        return None  # no dash-signed name: nothing but punctuation, too long, or lowercase
    content = (*trim(text, quote.inner_start, quote.inner_end), True)
    head = words[-1]
    return _claim(ctx, (dash, dash + 1), "speech", head, content, head,
                  speaker_span=(name[0].idx, name[-1].idx + len(name[-1].text)))
