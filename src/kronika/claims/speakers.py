"""Where a speaker phrase begins and ends.

News attribution corpora (PolNeAR among them) bound a speaker as the noun phrase that is the
cue's subject, with these conventions:

- a relative pronoun is the speaker on its own (``farmers who said``: ``who``); the noun it
  stands for is found later, by speaker coreference;
- a possessive owner keeps its ending (``Trump's claim that``: ``Trump's``);
- an apposition or relative clause set off by commas keeps its closing comma or dash
  (``Ana Ruiz, an aide to the mayor, said``: ``Ana Ruiz, an aide to the mayor,``);
- a participle set off by a comma says what the speaker was doing, not who they are
  (``Trump, speaking to veterans, said``: ``Trump``; but ``a poll released last week`` keeps
  its participle), and neither does a date (``a panel in 2001 found``: ``a panel``) or a
  focus word before the phrase (``Even China``, ``Both Ruto and Odinga``);
- an aside that counts out the content's subject is no part of it (``..., most of them
  farmers, residents said``: ``residents``);
- a bracket that holds a verb, or that the phrase opens but does not close, comments on the
  claim (``said Ms. Ortiz (a view shared by every farmer I met)``: ``Ms. Ortiz``);
- a speaker phrase never runs over a paragraph break (a dateline or time stamp above it),
  nor takes in a dateline before it (``BRUSSELS - European leaders``: ``European leaders``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kronika.claims.cues import claim_words
from kronika.nlp import token_texts

# modifiers of the speaker's head that describe the occasion, not the speaker
_OCCASION_DEPS = frozenset({"acl", "advcl"})
_FOCUS_DEPS = frozenset({"preconj", "advmod", "cc"})
_TIME_ENTS = frozenset({"DATE", "TIME"})
# prepositions of likeness: set off by commas ("Ruto, like his predecessor, said") they compare
# the speaker with someone else, who is not speaking
_LIKENESS = claim_words("likeness_prepositions")
# quantifying pronouns the parser may take for a name's modifier: in "Everything Ruto says is
# a lie" the pronoun is what was said, not part of the one saying it
_QUANTIFIERS = claim_words("quantifying_pronouns")
# punctuation that closes an apposition or parenthetical inside the phrase
_CLOSERS = (",", "--", "—", "–")


def _dropped(token: Token, head: Token) -> set[int]:
    """Token indices of the head's children that do not belong to the speaker phrase."""
    out: set[int] = set()
    for child in head.children:
        before = head.doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
        set_off = before is not None and before.text in _CLOSERS
        # "a poll released last week" names the poll; ", speaking to veterans," the occasion
        occasion = child.dep_ in _OCCASION_DEPS and child.tag_ in ("VBG", "VBN") and set_off
        # "Lula on Tuesday said", "Modi this week said": when, not who
        dated = (child.dep_ == "prep" and any(
            g.dep_ == "pobj" and g.ent_type_ in _TIME_ENTS for g in child.children)) or (
            child.dep_ == "npadvmod" and child.i > head.i and child.ent_type_ in _TIME_ENTS)
        focus = ((child.dep_ in _FOCUS_DEPS or _pairing_word(child, head))
                 and child.left_edge.i == head.left_edge.i and child.i < head.i)
        likeness = child.dep_ == "prep" and child.lower_ in _LIKENESS and set_off
        quantifier = (child.dep_ == "compound" and child.lower_ in _QUANTIFIERS
                      and child.i == head.left_edge.i)
        if occasion or dated or focus or likeness or quantifier or (
                set_off and _reporting_clause(child)):
            out.update(t.i for t in child.subtree)
            if set_off and before is not None:
                out.add(before.i)
        elif child.dep_ == "appos" and child.i > head.i:
            out.update(_nested_asides(child, head))
    return out


def _reporting_clause(child: Token) -> bool:
    """True for a relative clause that reports what the speaker said or thought ("Ana Ruiz,
    who stressed that the plan was legal, said"): it is a claim of its own, not a word about
    who the speaker is ("who heads the union" is)."""
    return child.dep_ == "relcl" and any(c.dep_ == "ccomp" for c in child.children)


# "both" announcing a coordination ("Both Ruto and Odinga"), read by the parser as a
# determiner of the first conjunct: like "even", it stands outside the phrase of those who
# speak ("neither ... nor" is left alone: it denies that anyone spoke)
def _pairing_word(child: Token, head: Token) -> bool:
    """True for "both" before a head with a conjunct of its own."""
    return (child.dep_ == "det" and child.lower_ == "both"
            and any(c.dep_ == "conj" for c in head.children))


# modifiers that, set off by a comma inside an apposition, describe a word of the apposition
_ASIDE_DEPS = frozenset({"appos", "relcl", "acl"})
_PERSONAL_RELATIVES = claim_words("personal_relatives")
_DASHES = frozenset({"--", "—", "–"})


def _dash(token: Token) -> bool:
    """A dash that sets off words, not the hyphen of "Washington-based"."""
    return token.text in _DASHES or (token.text == "-" and (
        bool(token.whitespace_) or bool(token.doc[token.i - 1].whitespace_)))


def _nested_asides(appos: Token, head: Token) -> set[int]:
    """Token indices of a second aside inside an apposition, which describes a word of the
    apposition, not the speaker ("Ana Ruiz, the envoy of Chile, a founding member of the
    pact,": "Ana Ruiz, the envoy of Chile,"; "X, head of the union, which represents nurses,"
    keeps "X, head of the union,")."""
    out: set[int] = set()
    for word in appos.subtree:
        if word.i == appos.i or word.dep_ not in _ASIDE_DEPS or word.i < appos.i:
            continue
        before = word.doc[word.left_edge.i - 1]
        if word.left_edge.lower_ in _PERSONAL_RELATIVES:
            continue  # "X, a lawyer for the union, who has fought ...": still the speaker
        if any(_dash(t) for t in word.doc[head.i : word.i]):
            continue  # an aside inside dashes keeps what it holds
        if before.text == "," and before.i > appos.i:
            out.update(t.i for t in word.subtree)
            out.add(before.i)
    return out


def _named_aside(noun: Token, verb: Token) -> Token | None:
    """A name set off by a comma after ``noun`` and before the verb ("the coup, Colonel
    Diarra,"), read as an apposition or a second conjunct with no "and", or None."""
    return next((c for c in noun.children if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN"
                 and noun.i < c.i < verb.i and c.left_edge.i > 0
                 and noun.doc[c.left_edge.i - 1].text == ","
                 and not any(t.dep_ == "cc" for t in noun.doc[noun.i : c.i])), None)


def _opens_with_object(noun: Token) -> bool:
    """True when the noun's phrase comes right after a preposition, a subordinator or a verb
    of the sentence's opening phrase: it is that word's object, and a subject never stands
    there ("Since the coup", "To understand the real history")."""
    first = noun.left_edge
    start = first.sent.start  # Token.sent is worked out anew on each access
    if first.i == start or "," in token_texts(noun.doc)[start : first.i]:
        return False  # the phrase opens the sentence, or comes after the opening phrase
    before = noun.doc[first.i - 1]
    return before.tag_ == "IN" or (before.pos_ == "VERB" and before.tag_ == "VB")


def _just_before(name: Token, verb: Token) -> bool:
    """True when only the name's own asides, set off by a comma, stand between it and the
    verb ("General Sow, the commander, said")."""
    after = name.right_edge.i + 1
    between = name.doc[after : verb.i]
    return (after < verb.i and between[0].text == ","
            and not any(t.pos_ == "VERB" or (t.pos_ == "AUX" and t.dep_ != "aux")
                        for t in between))


def speaker_in_opening_phrase(subject: Token | None, verb: Token) -> Token | None:
    """The name that really speaks when the parser took the object of a sentence's opening
    phrase for the subject, or hung the name on that object: in "Since the coup, Colonel
    Diarra, the junta leader, has said ..." or "After the fall of the city, General Sow, the
    commander, said ..." Colonel Diarra and General Sow speak. None when the sentence does
    not open so."""
    if subject is not None:
        return _named_aside(subject, verb) if _opens_with_object(subject) else None
    opening = next((c for c in verb.children if c.dep_ in ("prep", "advcl") and c.i < verb.i
                    and c.left_edge.i == c.sent.start), None)
    if opening is None:
        return None
    for noun in opening.subtree:
        name = _named_aside(noun, verb) if noun.pos_ in ("NOUN", "PROPN") else None
        if name is not None and _just_before(name, verb):
            return name
    return None


def misread_apposition(subjects: list[Token]) -> Token | None:
    """The name of "Ban Ki-moon, the panel's chair, urged ...", where the parser took the
    name and its apposition for two subjects of the verb: the name, which comes first and is
    set off from the title by a comma; None for any other pair."""
    if len(subjects) != 2:
        return None
    name, title = sorted(subjects, key=lambda t: t.i)
    doc = name.doc
    comma = name.right_edge.i + 1
    if (title.pos_ != "NOUN" or comma >= len(doc) or doc[comma].text != ","
            or title.left_edge.i != comma + 1 or title.i > name.head.i):
        return None
    # 'The widow, relatives and church leaders said', 'Ruto, others pledge': a list the
    # parser cut in two at its first comma is one speaker phrase as well
    listed = title.lower_ == "others" or any(c.dep_ == "cc" for c in title.children)
    return name if name.pos_ == "PROPN" or listed else None


# pronouns that open the subject of a relative clause with no relative word
# ("everyone [I spoke to]", "residents [they met]")
_CLAUSE_PRONOUNS = claim_words("contact_clause_pronouns")
# pronouns that head a noun phrase a contact clause can modify ("everyone I asked")
_HOST_PRONOUNS = claim_words("host_pronouns")
# entity types that never head a speaker with a clause after it (a dateline: "MOSCOW The
# Kremlin said", a time: "Monday The ministry said")
_NO_HOSTS = frozenset({"GPE", "LOC", "DATE", "TIME", "CARDINAL"})


def contact_relative(subjects: list[Token]) -> Token | None:
    """The speaker of "Residents the agency interviewed said ...", "Everyone I asked agreed
    ...": a relative clause with no "who" or "that", whose own subject the parser took for a
    second subject of the verb; the noun right before it, which the clause describes, is the
    speaker. None for any other pair."""
    if len(subjects) != 2:
        return None
    host, inner = sorted(subjects, key=lambda t: t.i)
    if host.right_edge.i + 1 != inner.left_edge.i or inner.i > host.head.i:
        return None
    if "\n" in host.doc[host.i : inner.i].text or host.ent_type_ in _NO_HOSTS:
        return None
    if host.pos_ != "NOUN" and host.lower_ not in _HOST_PRONOUNS:
        return None
    if any(t.is_punct for t in host.doc[host.i + 1 : inner.i]):
        return None  # "no matter the stakes, Ruto will insist": a comma ends the host
    opener = inner.left_edge
    if not (inner.lower_ in _CLAUSE_PRONOUNS or opener.tag_ == "DT" or inner.pos_ == "PROPN"):
        return None
    # the clause needs a verb of its own: hung on its subject ("the agency [interviewed]"),
    # or the verb both subjects hang on, with the cue joined to it ("tried ... and refused")
    own_verb = any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and c.i > inner.i
                   for c in inner.children)
    verb = host.head
    joined = any(c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i for c in verb.children)
    return host if own_verb or joined else None


def _contact_clause(token: Token) -> list[Token]:
    """The relative clause that ``contact_relative`` found after the speaker's noun: the
    clause's subject with what the parser hung on it ("Residents [the agency interviewed in
    Dhaka] said"), or, where the cue is a verb joined to the clause's own verb ("Officials [the
    panel tried to question] have refused"), that verb's words before the cue; else []."""
    siblings = [c for c in token.head.children if c.dep_ == "nsubj" and c.i != token.i]
    if token.dep_ != "nsubj" or contact_relative([token, *siblings]) is not token:
        return []
    inner = next(s for s in siblings if s.i > token.i)
    verb = token.head
    joined = next((c for c in verb.children if c.dep_ == "conj" and c.i > verb.i), None)
    if joined is None:
        return list(inner.subtree)
    clause = [t for t in verb.subtree if inner.left_edge.i <= t.i < joined.left_edge.i]
    while clause and (clause[-1].is_punct or clause[-1].dep_ == "cc"):
        clause.pop()
    return clause


def _apposition_read_as_subject(token: Token) -> list[Token]:
    """The comma and the title that ``misread_apposition`` found after the name, or []."""
    siblings = [c for c in token.head.children if c.dep_ in ("nsubj", "csubj") and c.i != token.i]
    if token.dep_ not in ("nsubj", "csubj") or misread_apposition([token, *siblings]) is not token:
        return []
    title = siblings[0]
    return [token.doc[token.right_edge.i + 1], *title.subtree]


def phrase_tokens(token: Token) -> list[Token]:
    """The tokens of the speaker phrase headed by ``token`` (before trimming)."""
    if token.tag_ in ("WP", "WDT") and token.head.dep_ == "relcl":
        return [token]
    drop = _dropped(token, token)
    tokens = [t for t in token.subtree if t.i not in drop]
    tokens += _apposition_read_as_subject(token) + _contact_clause(token)
    # a possessive noun phrase keeps its ending; a paragraph break ends the phrase
    start = next((t.i + 1 for t in reversed(tokens) if t.i < token.i and "\n" in t.text), None)
    if start is not None:
        tokens = [t for t in tokens if t.i >= start]
    tokens = _without_dateline(tokens, token)
    return _without_swallowed_predicate(_closed_brackets(_hyphenated(_without_participle_object(
        _without_quantified_aside(_after_subordinator(_contiguous(tokens, token), token))))),
        token)


def _without_swallowed_predicate(tokens: list[Token], head: Token) -> list[Token]:
    """The phrase up to the comma after its head when it ends in "and"/"but": the parse read
    the speaker's first act as an apposition ("The ministry, in a statement, blamed
    smugglers and said ...": "blamed smugglers" is no part of who speaks). A name never
    ends in a conjunction."""
    if len(tokens) < 2 or tokens[-1].dep_ != "cc":
        return tokens
    comma = next((k for k, t in enumerate(tokens) if t.i > head.i and t.text == ","), None)
    return tokens[:comma] if comma else tokens[:-1]


def _closed_brackets(tokens: list[Token]) -> list[Token]:
    """The phrase up to a bracket that comments on the claim: one left open (the parser
    hung its closing mark on the verb) or one that holds a verb ('said Ms. Ortiz (a view
    shared by every farmer I met)': 'Ms. Ortiz'); a bracket of a few words is part of the
    name ('Sen. Ana Ruiz (D-Ohio)')."""
    opening = next((k for k, t in enumerate(tokens) if t.text == "("), None)
    if not opening:
        return tokens
    inside = tokens[opening + 1 :]
    closing = next((k for k, t in enumerate(inside) if t.text == ")"), None)
    if closing is not None and not any(t.pos_ == "VERB" for t in inside[:closing]):
        return tokens
    return tokens[:opening]


# prepositions that also open a clause of time: "after the party said", "before X announced"
_CLAUSE_PREPS = claim_words("time_clause_prepositions")


def _after_subordinator(tokens: list[Token], head: Token) -> list[Token]:
    """The phrase after "after"/"before"/"since"/"until" when the parser took a time or an
    event for the subject ("the second night of protests after the ruling party said ...",
    "Fighting flared after the Arakan Army, founded in 2009, threatened ...") and the word's
    object ends the phrase right before the cue: the word opens a clause of time whose
    subject is the one who speaks; a night or a fight says nothing."""
    if head.ent_type_ not in _TIME_ENTS and head.tag_ != "VBG":
        return tokens  # "a poll before the election found": the poll, a thing that tells
    last = tokens[-1].i - (tokens[-1].text == ",")
    for word in tokens:
        if word.dep_ != "prep" or word.lower_ not in _CLAUSE_PREPS or word.i < head.i:
            continue
        obj = next((g for g in word.children if g.dep_ == "pobj"), None)
        if obj is not None and obj.right_edge.i == last and obj.pos_ in ("NOUN", "PROPN"):
            return [t for t in tokens if t.i >= obj.left_edge.i]
    return tokens


# forms of a verb of the clause reported whose object the parser may take for the speaker:
# a participle ("..., killing 40 people, residents said") or a finite verb ("abducted at least
# 30 pupils, police said")
_VERB_FORMS = frozenset({"VBG", "VBN", "VBD", "VBZ", "VBP"})
# dependencies of a participle that goes on the clause reported ("..., killing 40 people")
_PARTICIPLE_DEPS = frozenset({"advcl", "xcomp", "conj", "acl"})


def _without_participle_object(tokens: list[Token]) -> list[Token]:
    """The phrase after the last comma when the phrase opens right after a participle left
    with no object: the parser took the participle's object for the speaker ("carried out
    airstrikes, killing at least 40 people, including children, residents and a rebel group
    said": "residents and a rebel group")."""
    if len(tokens) < 3:
        return tokens
    doc = tokens[0].doc
    before = doc[tokens[0].i - 1] if tokens[0].i > 0 else None
    if (before is None or before.tag_ not in _VERB_FORMS or before.dep_ not in _PARTICIPLE_DEPS
            or any(c.dep_ in ("dobj", "attr") for c in before.children)):
        return tokens
    comma = next((k for k in range(len(tokens) - 2, 0, -1) if tokens[k].text == ","), None)
    if comma is None:
        return tokens
    return tokens[comma + 1 :]




def _without_quantified_aside(tokens: list[Token]) -> list[Token]:
    """The phrase after an aside that counts out the content's subject, which the parser
    joined to the speakers after it ("Twelve people were killed, most of them farmers, a
    rebel group and local residents said": "a rebel group and local residents"). The aside
    opens with "most / two / all of them"; a phrase with no comma after it ("Many of them
    said ...") is the speaker."""
    if len(tokens) < 5 or tokens[1].lower_ != "of" or tokens[2].lower_ != "them":
        return tokens
    if tokens[0].pos_ not in ("NUM", "ADJ", "DET", "PRON", "NOUN"):
        return tokens
    comma = next((k for k, t in enumerate(tokens) if k > 2 and t.text == ","), None)
    if comma is None or comma in (3, len(tokens) - 1):
        return tokens
    # the aside names what they are ("farmers", "women and children"), no clause of its own
    if any(t.pos_ in ("VERB", "AUX", "ADP") for t in tokens[3:comma]):
        return tokens
    return tokens[comma + 1 :]


def _hyphenated(tokens: list[Token]) -> list[Token]:
    """The phrase with the front of a hyphenated head that the parser split off as words of
    their own ("His ex-wife", "her co-author": not "wife", "author"): a hyphen with no space
    either side joins the word before it, and that word's own modifiers ("His"), to the phrase."""
    doc = tokens[0].doc
    first = tokens[0].i
    while (first >= 2 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_
           and not doc[first - 2].whitespace_ and doc[first - 2].is_alpha):
        first = min(doc[first - 2].left_edge.i, first - 2)
    return [doc[i] for i in range(first, tokens[0].i)] + tokens


def _without_dateline(tokens: list[Token], head: Token) -> list[Token]:
    """A dateline before the phrase ("BRUSSELS - European leaders") is no part of it, nor is
    any word before a dash set off by spaces ahead of the head ("... is predictable - Governor
    Bello has vowed"): an aside of the phrase follows its head, so a dash before the head
    ends the sentence part before it."""
    for k, t in enumerate(tokens):
        if t.i >= head.i:
            break
        if k > 0 and (_dash(t) or (t.text == "-" and all(
            w.is_upper or w.is_punct for w in tokens[:k]
        ))):
            return tokens[k + 1 :]
    return tokens


def _contiguous(tokens: list[Token], head: Token) -> list[Token]:
    """The unbroken run of tokens around the head (a dropped modifier leaves no gap inside)."""
    ids = sorted(t.i for t in tokens)
    run = {head.i}
    i = head.i
    while i - 1 in ids:
        i -= 1
        run.add(i)
    i = head.i
    while i + 1 in ids:
        i += 1
        run.add(i)
    return [head.doc[k] for k in sorted(run)]


def closing_mark(text: str, start: int, end: int) -> int:
    """End of a speaker span with the comma or dash that closes an inner apposition.

    Only when the span itself holds the opening mark: ``X, a spokesman,`` but not ``X,``.
    """
    inner = text[start:end]
    rest = text[end:]
    for mark in _CLOSERS:
        if mark in inner and rest.lstrip(" ").startswith(mark):
            return end + len(rest) - len(rest.lstrip(" ")) + len(mark)
    return end
