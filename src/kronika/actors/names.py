"""Which spans can name an actor: title-cased lines and malformed fragments.

A headline ('Ethiopian Police Detain Opposition Leaders') or a slogan in title case capitalises
every word, so the entity recognizer reads runs of them as names: verbs ('Detain'), common
nouns ('Dangers') and whole clauses become people and organisations. Inside such a run an
entity is trusted only when the knowledge base or the gazetteer knows it, or when the same
words also appear in the body, outside any title-cased run. Anywhere, a name that holds a line
break, sentence punctuation, a slash ('E. Paula/VOA'), an unbalanced bracket or quote, or a
finite verb is a fragment, not a name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kronika.nlp import entities, lower_texts, token_texts

# Short words a title-cased headline leaves in lower case ('Police Fire Teargas at Protesters').
TITLE_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "is",
        "of",
        "off",
        "on",
        "or",
        "over",
        "the",
        "to",
        "up",
        "upon",
        "via",
        "vs",
        "with",
    ]
)
SENTENCE_ENDS = frozenset(".!?")
DASHES = frozenset("-–—")
OPENING_QUOTES = frozenset("“‘\"'«")
# Opening -> closing marks whose balance a name must keep.
PAIRS = {"(": ")", "[": "]", "{": "}", "“": "”", "‘": "’", "«": "»"}
SYMMETRIC_QUOTES = ('"',)
# Penn tags of finite verbs and modals: 'Says', 'Detain', 'will' never sit inside a name.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Punctuation that ends or splits a sentence; never inside a name ('Activists: Syrian ...').
SENTENCE_PUNCT = frozenset(".!?;:")
MIN_TITLE_WORDS = 4


def run_starts(doc: Doc) -> list[int]:
    """The words a title-cased run may start at: at the start of the text, of a line, or after
    an opening quote (a slogan)."""
    # Read off per-Doc lists, as every token is asked: in spaCy 3 a Token's whitespace_ is
    # one space or nothing, so a line break is always a space token of its own.
    spaces, lowers = space_tokens(doc), lower_texts(doc)
    return [i for i in range(len(doc)) if not spaces[i]
            and (i == 0 or spaces[i - 1] or lowers[i - 1] in OPENING_QUOTES)]


def space_tokens(doc: Doc) -> list[bool]:
    """Token.is_space of every token, computed once per Doc."""
    cached = doc.user_data.get("kronika_space_tokens")
    if cached is None:
        cached = doc.user_data["kronika_space_tokens"] = [
            bool(f) for f in doc.to_array("IS_SPACE").tolist()]
    return cached


def title_word(token: Token) -> bool | None:
    """True for a capitalised word, None for a word a title leaves as it is (a function
    word, a number, punctuation inside the line, the tail of a hyphenated word), False for a
    lower-case content word, which no title-cased line contains."""
    if (token.is_punct and token.text not in SENTENCE_ENDS) or token.tag_ == "POS":
        return None
    if not any(ch.isalpha() for ch in token.text):
        return None
    if token.text[:1].isupper():
        return True
    if token.lower_ in TITLE_FUNCTION_WORDS:
        return None
    glued = token.i > 0 and token.doc[token.i - 1].text in DASHES
    if glued and not token.doc[token.i - 1].whitespace_:
        return None  # 'Re-election'
    return False


def ends_run(doc: Doc, i: int) -> bool:
    """Whether a run may end before token ``i``: at the end of the text or of a line, at a
    sentence end, a closing quote, or a dash that glues the headline to the body."""
    if i >= len(doc):
        return True
    token, before = doc[i], doc[i - 1]
    if token.is_space or "\n" in before.whitespace_:
        return True
    if token.text in SENTENCE_ENDS or token.is_quote or token.text in DASHES:
        return True
    return before.text in DASHES


def body_after(doc: Doc, i: int) -> bool:
    """Whether the dash at ``i`` may start the body: spaced ('Serious - The'), or glued to a
    quote, a number word or a capitalised function word ('Pakistan-The killing'), never
    between two names ('Brig-Gen', 'Ocasio-Cortez') or before a lower-case word ('DC-based')."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is None or doc[i].whitespace_ or doc[i - 1].whitespace_:
        return True
    if after.is_quote or (after.like_num and after.text[:1].isupper()):
        return True
    return after.text[:1].isupper() and after.lower_ in TITLE_FUNCTION_WORDS | {"this", "it"}


def name_list(run: Span) -> bool:
    """A line of names only ('Regina Ip, New People's Party'): several recognised entities
    and no capitalised word outside them, so no headline word between them."""
    ents = [e for e in entities(run.doc) if e.start < run.end and e.end > run.start]
    named = {t.i for ent in ents for t in ent}
    return len(ents) > 1 and not any(t.text[:1].isupper() and t.i not in named for t in run)


def title_case_tokens(doc: Doc) -> set[int]:
    """Indices of the tokens in title-cased runs: a headline or a quoted slogan whose words
    are all capitalised ('Burma Releases More Political Prisoners'); found once per Doc."""
    cached = doc.user_data.get("kronika_title_case")
    if cached is None:
        cached = doc.user_data["kronika_title_case"] = frozenset(find_title_case_tokens(doc))
    return set(cached)


def find_title_case_tokens(doc: Doc) -> set[int]:
    """The scan behind ``title_case_tokens``."""
    found: set[int] = set()
    resume = 0
    for i in run_starts(doc):  # no Token built for a word that starts none
        if i < resume:
            continue  # inside the run just read
        j, capitals, dash, depth = i, 0, None, 0
        while j < len(doc) and not (tok := doc[j]).is_space:  # one Token per word
            kind = title_word(tok)
            text = tok.text
            if kind is False or text in SENTENCE_ENDS:
                break
            depth += (text in "([") - (text in ")]")
            opens = text in DASHES and capitals >= MIN_TITLE_WORDS and not depth
            if opens and body_after(doc, j):
                dash = j  # a flattened headline may end here ('Leaves 90 Dead-Syrian forces')
            capitals += kind is True
            j += 1
            if j > i and "\n" in tok.whitespace_:
                break
        if not ends_run(doc, j) and dash is not None:
            j, capitals = dash, MIN_TITLE_WORDS
        if capitals >= MIN_TITLE_WORDS and ends_run(doc, j) and not name_list(doc[i:j]):
            found.update(range(i, j))
        resume = max(j, i + 1)
    return found


def in_title_case(span: Span, title: set[int]) -> bool:
    """Whether a span lies in a title-cased run."""
    return any(t.i in title for t in span)


def told_in_body(span: Span, title: set[int], *, person: bool = False) -> bool:
    """Whether the span's words also appear outside title-cased runs ('Mugabe' in a headline,
    'Robert Mugabe' in the body); for a person's name, the surname is enough ('Yousef
    Munayyer' in a title-cased line, then 'Munayyer said')."""
    if person and len(span) > 1 and told_in_body(span[-1:], title):
        return True
    texts = token_texts(span.doc)  # compared on the per-Doc list: no Span built per word
    words = texts[span.start : span.end]
    size = len(words)
    for start in range(len(texts) - size + 1):
        if start in title or start in range(span.start, span.end):
            continue
        if texts[start : start + size] == words:
            return True
    return False


def balanced(text: str) -> bool:
    """Whether every bracket and quote mark opened in the text is closed in order."""
    closing = {v: k for k, v in PAIRS.items()}
    stack: list[str] = []
    for ch in text:
        if ch in PAIRS:
            stack.append(ch)
        elif ch in closing:
            if ch == "’" and not stack:
                continue  # an apostrophe ('Mugabe’s'), not a closing quote
            if not stack or stack.pop() != closing[ch]:
                return False
    if any(text.count(q) % 2 for q in SYMMETRIC_QUOTES):
        return False
    return not stack


def trim(span: Span) -> Span:
    """The span without edge spaces, edge punctuation (an opening bracket left behind, a
    trailing dash), a leading question word ('Why al-Bayda') and a leading lower-case
    determiner ('a Human Rights Watch investigation')."""
    doc, start, end = span.doc, span.start, span.end
    while start < end and (  # one Token per word looked at
        (tok := doc[start]).is_space or tok.is_punct or tok.tag_ in ("WRB", "WP", "WDT")
        or tok.tag_ == "DT" and tok.text.islower()
    ):
        start += 1
    while end > start and ((tok := doc[end - 1]).is_space or tok.is_punct):
        if tok.text in PAIRS.values() and balanced(doc[start:end].text):
            break  # 'Zanu (PF)': a closing mark that closes something
        end -= 1
    for tok in doc[start:end]:
        if tok.text in "([" and not balanced(doc[tok.i : end].text) and tok.i > start:
            return trim(doc[start : tok.i])  # 'Movement for Democratic Change (MDC'
        if tok.tag_ == "POS" and tok.i + 1 < end and not any(
                t.text[:1].isupper() for t in doc[tok.i + 1 : end]):
            return doc[start : tok.i]  # "Tsvangirai's third": the possessor is the name
    return doc[start:end]


def credit(text: str) -> bool:
    """A photo or wire credit ('E. Paula/VOA', 'Reuters/AP'): an all-caps side of a slash.
    A slash between names ('KwaZulu/Natal') is kept."""
    sides = [side.strip("()[] .,") for side in text.split("/")]
    return len(sides) > 1 and any(len(side) >= 2 and side.isupper() for side in sides)


def fragment(span: Span) -> bool:
    """Whether a span cannot be a name: it runs across a line, holds sentence punctuation, a
    slash, an unbalanced bracket or quote, or a finite verb, or is a lone verb."""
    text = span.text
    if not text or "\n" in text or credit(text) or not balanced(text):
        return True
    if any(t.is_punct and t.text in SENTENCE_PUNCT for t in span):
        return True
    if any(t.tag_ in FINITE_TAGS and not t.text[:1].isupper() for t in span):
        return True
    return len(span) == 1 and span[0].pos_ in ("VERB", "AUX") and span[0].text.islower()
