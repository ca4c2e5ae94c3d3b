"""How people apologise, own up, hedge, promise and blame, recognised in plain text.

A lexicon of the phrasings writers really use (collected from published
incident letters and from the corpus in tests/data/wording), compiled to
patterns once. Every function takes plain text and returns the (start, end)
spans of what it found, so the letter and blameless checks can point at
the words; none of them knows about documents or findings.

- `apologies`: "I am sorry", "my humblest apologies", "please forgive us";
- `ownership`: "this is on us", "the responsibility rests on me", "we got
  this wrong", "that choice is ours";
- `hedges`: "we believe", "as far as we know";
- `promises` and `dated`: "we will look into ways to …", and whether a
  sentence gives a date ("by 31 July", "within two weeks");
- `supplier_blame` and `owns_supplier`: "due to a failure at our hosting
  provider", and "we chose to depend on it";
- `person_mistakes`: a person (role or pronoun) as the subject of a mistake.
"""

from __future__ import annotations

import re

from postmortem.checks.textscan import Span

_A = "['’]"  # either apostrophe
_I = re.IGNORECASE


def _spans(pattern: re.Pattern[str], text: str) -> list[Span]:
    return [m.span() for m in pattern.finditer(text)]


# ---------------------------------------------------------------- apologies

_APOLOGY = re.compile(
    r"\bsorry\b(?!\s+to\s+(?:hear|say|see|report)\b)"
    r"|\bapologi[sz](?:e|es|ed|ing)\b"
    r"|\b(?:my|our|sincere|sincerest|humble|humblest|deepest|profound|heartfelt|unreserved|full|genuine)\s+"
    r"(?:\w+\s+)?apolog(?:y|ies)\b"
    r"|\bapolog(?:y|ies)\s+(?:to|for)\b"
    r"|\b(?:an|our|my)\s+apology\b|^[ \t]*apologies\b"
    r"|\b(?:we|I)\s+(?:\w+\s+)?regret\b"
    r"|\bforgive\s+(?:us|me)\b|\bmea\s+culpa\b",
    _I | re.MULTILINE,
)


def apologies(text: str) -> list[Span]:
    """Every place the text apologises, in any of the ways people write it."""
    return _spans(_APOLOGY, text)


def says_sorry(text: str) -> bool:
    """An apology in so many words; "we regret" alone stops short of one."""
    return any("regret" not in text[start:end].lower() for start, end in apologies(text))


# ---------------------------------------------------------------- ownership

_WE = rf"(?:we|I|we{_A}ve|I{_A}ve|we{_A}re|I{_A}m)"
_OURS = (
    r"(?:mistakes?|errors?|fault|failures?|failings?|responsibility|doing|decision|choice|own\s+goal"
    r"|oversight|blunder|miss|shortcoming)"
)
_OWNERSHIP = re.compile(
    # the organisation or the writer as the one responsible
    rf"\b(?:rests?|lies|lay|falls?|sits?)\s+(?:squarely\s+|entirely\s+|solely\s+|fully\s+)?"
    rf"(?:on|with)\s+(?:me|us|our\s+\w+)\b"
    rf"|\b(?:this(?:\s+one)?|that(?:\s+one)?|it|the\s+\w+|all\s+of\s+this)\s+(?:is|was|{_A}s)\s+(?:entirely\s+|all\s+|squarely\s+)?"
    rf"on\s+(?:us|me)\b"
    rf"|\b(?:take|takes|took|accept|accepts|accepted|bear|bears|carry|own|owns)\s+(?:full\s+|complete\s+|total\s+"
    rf"|the\s+|sole\s+)?(?:responsibility|accountability|blame|the\s+blame)\b"
    rf"|\b{_WE}\s+(?:\w+\s+)?(?:fully\s+)?(?:accountable|responsible|to\s+blame|at\s+fault)\b"
    rf"|\b(?:responsibility|fault|blame|failure|mistake|error|choice|decision)\s+(?:\w+\s+){{0,2}}"
    rf"(?:is|was|were|are)\s+(?:\w+\s+)?(?:ours|mine)\b"
    rf"|\b(?:is|was)\s+(?:entirely\s+|all\s+|fully\s+)?(?:ours|mine)\b"
    rf"|\b(?:our|my)\s+(?:own\s+)?{_OURS}\b|\b(?:was|is)\s+our\s+(?:job|duty|responsibility)\b"
    rf"|\b(?:we|I)\s+(?:had\s+not|hadn{_A}t|have\s+not|haven{_A}t)\s+(?:done|checked|tested|built|planned)\b"
    rf"|\b{_WE}\s+(?:\w+\s+)?(?:let\s+(?:you|our\s+customers|everyone)\s+down|got\s+(?:this|it|that)\s+wrong"
    rf"|dropped\s+the\s+ball|fell\s+short|messed\s+up|screwed\s+up|own\s+(?:this|it|that|the\s+\w+)"
    rf"|made\s+(?:a|an|the|two|several|some)\s+(?:\w+\s+)?(?:mistakes?|errors?|wrong\s+call)"
    rf"|failed\s+(?:you|to|our)|should\s+(?:have|{_A}ve)|could\s+have\s+prevented"
    rf"|(?:did\s+not|didn{_A}t)\s+(?:\w+\s+)?(?:test|check|catch|notice|plan|prepare|review|verify|spot|see|build"
    rf"|have|warn|tell|act|do|send|give)"
    rf"|caused|broke|introduced|chose|decided)\b"
    rf"|\b(?:changes?|updates?|mistakes?|errors?|decisions?|configuration|release|deploy(?:ment)?)\s+"
    rf"(?:that\s+)?{_WE}\s+(?:had\s+)?(?:made|released|deployed|shipped|pushed|rolled\s+out|introduced|applied)\b"
    rf"|\bours\s+to\s+(?:catch|prevent|fix|own|answer\s+for)\b"
    rf"|\bmea\s+culpa\b",
    _I,
)


def ownership(text: str) -> list[Span]:
    """Where the writer or the organisation owns the failure."""
    return _spans(_OWNERSHIP, text)


# ---------------------------------------------------------------- hedges

_HEDGE = re.compile(
    r"\b(?:we|I)\s+(?:currently\s+|do\s+not\s+|don['’]t\s+)?(?:believe|expect|think|understand|estimate|assume)\b"
    r"|\bas\s+far\s+as\s+(?:we|I)\s+(?:know|can\s+tell|are\s+aware)\b"
    r"|\bto\s+(?:the\s+best\s+of\s+)?our\s+(?:best\s+)?knowledge\b"
    r"|\b(?:we|I)\s+(?:are|am)\s+not\s+aware\s+of\b"
    r"|\b(?:we|I)\s+(?:have|had)\s+(?:seen\s+)?no\s+(?:indication|evidence|sign|reason\s+to\s+believe)\b"
    r"|\b(?:we|I)\s+(?:have|had)\s+not\s+(?:seen|found)\b"
    r"|\b(?:it|this)\s+(?:appears|seems|looks)\b|\b(?:appears|seems)\s+(?:that|to)\b"
    r"|\b(?:likely|unlikely|probably|presumably)\b|\bso\s+far\b|\bat\s+this\s+(?:time|point|stage)\b",
    _I,
)
# "[^.!?]{0,300}": the rest of a sentence, bounded so that a sentence of
# thousands of "if you" is not rescanned to its end from each of them.
_WRITE_AGAIN = re.compile(
    r"\b(?:write|send|resend|re-send|submit|contact|email|e-mail|call|tell|let)\s+(?:\w+\s+){0,3}?"
    r"(?:again|us|know)\b|\bif\s+(?:you|anything|something|a|an|any)\b[^.!?]{0,300}\b(?:missing|wrong|incomplete"
    r"|lost|not\s+(?:had|received|heard)|(?:has|have)n['’]t)\b",
    _I,
)


def hedges(text: str) -> list[Span]:
    """'We believe', 'as far as we know', 'so far': claims the writer does not stand behind fully."""
    return _spans(_HEDGE, text)


def asks_to_write_again(text: str) -> bool:
    """Does the text tell customers what to do if something is missing ('please write again')?"""
    return _WRITE_AGAIN.search(text) is not None


# ---------------------------------------------------------------- promises

_PROMISE = re.compile(
    rf"\b(?:we|I)(?:{_A}ll|\s+will|\s+shall|\s+are\s+going\s+to|{_A}re\s+going\s+to|\s+plan\s+to|\s+intend\s+to"
    rf"|\s+promise\s+to|\s+commit\s+to|\s+are\s+committed\s+to|{_A}re\s+committed\s+to|\s+want\s+to\s+make\s+sure"
    rf"|\s+(?:are|{_A}re)\s+(?:now\s+|also\s+|actively\s+|currently\s+)?(?:reviewing|looking|investigating|working"
    rf"|exploring|evaluating|assessing|considering|examining|taking|putting|making|improving|strengthening|adding"
    rf"|building|changing|planning))\b"
    rf"|\b(?:steps|measures|actions)\s+(?:are\s+being\s+taken|to\s+(?:ensure|prevent|make\s+sure))\b"
    rf"|\bto\s+(?:ensure|make\s+sure)\s+(?:that\s+)?(?:this|it|something\s+like\s+this|nothing\s+like\s+this"
    rf"|such\s+\w+)\s+(?:does\s+not|doesn{_A}t|never|will\s+not|won{_A}t|cannot|can{_A}t)\s+happen\b"
    rf"|\b(?:prevent|avoid)\s+(?:this|it|a\s+repeat|such\s+\w+|similar\s+\w+)\s+(?:from\s+)?"
    rf"(?:happening|occurring|recurring|in\s+the\s+future)\b",
    _I,
)
_OFFER = re.compile(r"\bif\b|\bplease\b|\bwhen\s+you\b|\bwhat\s+we\s+(?:are|will)\b", _I)
# What a promise of change talks about, as opposed to an offer of help ("a person will answer").
_CHANGE = re.compile(
    r"\bhappen(?:s|ing)?\s+again\b|\brecur|\brepeat|\bprevent|\bfuture\b|\bimprov|\bchang(?:e|es|ing)\b"
    r"|\breview|\blook(?:ing)?\s+(?:into|at)\b|\bways?\s+to\b|\bsteps?\b|\bmeasures?\b|\blearn|\bbetter\b"
    r"|\bensure\b|\bmake\s+sure\b|\bnever\b|\bstrengthen|\binvest|\boverhaul|\bprocess|\bsafeguards?\b"
    r"|\bresilien|\breliab|\brobust|\bharden|\bfix(?:es|ing)?\b|\bwork(?:ing)?\s+(?:hard|on)\b"
    r"|\b(?:add|build|move|replace|introduce|automate|monitor|alert|alarm|upgrade|migrate|redesign|rewrite"
    r"|train|hire|document|require|test|run|switch|split|limit|double)(?:s|ed|ing)?\b",
    _I,
)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATED = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\b|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    rf"|\b(?:by|before|until|from|in|during|starting|end\s+of|mid|early|late)[\s-]+(?:the\s+)?"
    rf"(?:end\s+of\s+|middle\s+of\s+)?(?:{_MONTH}|Q[1-4]|next\s+\w+|this\s+\w+|the\s+(?:month|week|quarter|year)"
    rf"|\d{{4}})\b"
    rf"|\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b|\bQ[1-4]\s+\d{{4}}\b"
    rf"|\bwithin\s+(?:the\s+)?(?:next\s+)?(?:\w+\s+)?(?:hours?|days?|weeks?|months?)\b"
    rf"|\b(?:today|tomorrow|tonight|this\s+(?:week|month|quarter)|next\s+(?:week|month|quarter)"
    rf"|same\s+day|immediately|right\s+away|(?:the\s+)?dates?|deadlines?)\b",
    _I,
)


def promises(text: str) -> list[Span]:
    """Commitments about the future: 'we will …', 'we are reviewing …'."""
    return [m.span() for m in _PROMISE.finditer(text)]


def promises_change(sentence: str) -> bool:
    """Is this a promise about the service ('we will look into ways to …'), not help on request?"""
    return bool(_PROMISE.search(sentence)) and _CHANGE.search(sentence) is not None


def is_offer(sentence: str) -> bool:
    """'If you wrote to us, we will answer the same day' is help on request, not a promise of change."""
    return _OFFER.search(sentence) is not None


def dated(text: str) -> bool:
    """Does the text give a date or a deadline ('by 31 July', 'within two weeks', 'in Q3')?"""
    return _DATED.search(text) is not None


# ---------------------------------------------------------------- suppliers

_VENDOR = (
    r"(?:vendors?|providers?|suppliers?|third[- ]part(?:y|ies)(?:\s+\w+)?|partners?|contractors?"
    r"|hosting\s+compan(?:y|ies)|hosts?|data\s?cent(?:er|re)\s+operators?|carriers?|ISPs?|upstreams?"
    r"|(?:cloud|hosting|DNS|CDN|network|payment|email|e-mail|SMS|telecom|internet)\s+(?:\w+\s+)?"
    r"(?:providers?|partners?|suppliers?|vendors?|services?|compan(?:y|ies)|operators?))"
)
_FAILED = (
    r"(?:failed|fails|failure|went\s+down|was\s+down|were\s+down|had\s+(?:an?\s+)?(?:\w+\s+)?(?:outage|failure|problem"
    r"|incident|issue|fault)|suffered|caused|broke|made\s+(?:an?\s+)?(?:mistake|error)|(?:did\s+not|didn['’]t)\s+\w+"
    r"|let\s+us\s+down|(?:is|was|were)\s+(?:to\s+blame|at\s+fault|responsible))"
)
_TROUBLE = r"(?:issues?|problems?|failures?|outages?|faults?|errors?|incidents?|disruptions?|mistakes?)"
_SUPPLIER_BLAME = re.compile(
    rf"\b{_VENDOR}(?:['’]s?)?\s+(?:[\w,-]+\s+){{0,4}}?{_FAILED}\b"
    rf"|\b(?:caused\s+by|due\s+to|because\s+of|fault\s+of|result\s+of|triggered\s+by|originated\s+(?:at|with|in)"
    rf"|{_TROUBLE}\s+(?:at|of|by|with|in|on\s+the\s+side\s+of))\s+(?:our\s+|the\s+|a\s+|an\s+|one\s+of\s+our\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?{_VENDOR}\b"
    rf"|\b(?:caused\s+by|due\s+to|because\s+of|result\s+of|triggered\s+by)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
    rf"{_TROUBLE}\s+(?:with|at|in|of|on\s+the\s+side\s+of)\s+(?:our\s+|the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"{_VENDOR}\b"
    rf"|\b{_VENDOR}['’]s?\s+(?:[\w-]+\s+)?{_TROUBLE}\b",
    _I,
)
_OWNS_SUPPLIER = re.compile(
    r"\bwe\s+(?:\w+\s+)?(?:chose|choose|decided|picked|selected|relied|rely|depend(?:ed)?|built|bet|signed)\b"
    r"|\b(?:our|my)\s+(?:own\s+)?(?:choices?|decisions?|designs?|responsibility|call)\b"
    r"|\b(?:choice|decision|dependence|reliance)\s+(?:\w+\s+){0,6}(?:is|was)\s+(?:\w+\s+)?(?:ours|mine)\b"
    r"|\b(?:is|was)\s+(?:ours|mine)\s+to\s+answer\s+for\b"
    r"|\bnot\s+(?:our\s+|the\s+)?(?:supplier|provider|vendor|partner)['’]s\b"
    r"|\b(?:depending|relying)\s+on\s+(?:a\s+single\s+|one\s+|them|it|that|this)\b[^.!?]{0,300}\b(?:ours|our\s+decision"
    r"|our\s+choice|our\s+mistake|we\s+chose)\b",
    re.IGNORECASE,
)


def supplier_blame(text: str) -> list[Span]:
    """A supplier or provider named as the one that failed."""
    return _spans(_SUPPLIER_BLAME, text)


def owns_supplier(text: str) -> bool:
    """Does the text own the choice of depending on that supplier ('we chose', 'our decision')?"""
    return _OWNS_SUPPLIER.search(text) is not None


# ---------------------------------------------------------------- a person's mistake

ROLE = (
    r"(?:the|an?|our|one|their|that|this)\s+(?:[\w-]+\s+){0,2}?(?:engineers?|operators?|admins?|administrators?"
    r"|developers?|responders?|SREs?|technicians?|interns?|contractors?|DBAs?|employees?"
    r"|staff(?:\s+members?)?|team\s+members?|persons?|reviewers?|new\s+hires?|on-?call(?:\s+person)?|oncaller"
    r"|analysts?|agents?|colleagues?|specialists?|members?\s+of\s+(?:staff|the\s+team)|release\s+managers?"
    r"|incident\s+commanders?|approvers?|deployers?)(?:\s+on\s+(?:duty|call|shift))?"
    r"|\bone\s+of\s+(?:our|the)\s+(?:[\w-]+\s+)?(?:engineers|operators|admins|developers|staff|team|employees"
    r"|technicians|colleagues|responders|people)"
    r"|\b(?:someone|somebody|he|she|I)"
)
ADVERBS = (
    r"(?:\s+(?:also|then|simply|just|never|again|clearly|apparently|still|had|has|have|was|were|unfortunately"
    r"|inadvertently|quickly|then|later|first|initially))*"
)
MISTAKE = (
    r"(?:failed\s+to|fails\s+to|didn" + _A + r"t|did\s+not|forgot|forgets|neglected|ignored|missed"
    r"|overlooked"
    r"|skipped|skips|bypassed|disregarded|mistyped|misconfigured|misread|misjudged|mislabell?ed|misspelled"
    r"|fat-fingered|typo['’]?d"
    r"|mistakenly|accidentally|wrongly|incorrectly|carelessly|erroneously|inadvertently\s+\w+"
    r"|made\s+(?:a|an|the|two|several)\s+(?:\w+\s+)?(?:mistakes?|errors?|typos?|slips?|blunders?|wrong\s+\w+)"
    r"|messed\s+up|screwed\s+up|botched|broke|blundered"
    r"|(?:ran|run|runs|picked|picks|chose|chooses|selected|selects|used|uses|typed|types|entered|enters|clicked"
    r"|deleted|deletes|dropped|restarted|deployed|deploys|pushed|pointed|applied|edited|copied|pasted|updated"
    r"|changed|targeted|rebooted|killed|configured|opened|merged|approved)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:the|a|an|on\s+the|against\s+the|to\s+the|in\s+the|into\s+the|from\s+the)\s+wrong(?:\s+[\w-]+)?)\b"
)
_PERSON_MISTAKE = re.compile(rf"(?<![\w-])(?P<who>{ROLE}){ADVERBS}\s+(?P<what>{MISTAKE})", _I)


def person_mistakes(text: str) -> list[re.Match[str]]:
    """A person, by role or pronoun, as the subject of a mistake: 'the on-call picked the wrong region'."""
    return list(_PERSON_MISTAKE.finditer(text))
