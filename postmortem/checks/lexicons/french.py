"""How a French letter apologises, owns the failure, deflects and says what was lost.

French writes "je vous présente mes excuses", "nous sommes désolés", "c'est
notre faute" and "nous en assumons la responsabilité"; its non-apologies
are the hypothetical "pour la gêne occasionnée" and "si vous avez été
affecté". Elisions take either apostrophe ("c'est", "c’est").
"""

from __future__ import annotations

import re

from postmortem.checks.lexicons import Lexicon

_I = re.IGNORECASE
_A = "['’]"
_W = r"(?:[\w'’-]+,?\s+)"  # a word in between, elided ones ("l'entière") too

LEXICON = Lexicon(
    name="French",
    apology=re.compile(
        rf"\bd[ée]sol[ée]e?s?\b|\bexcuse[sz]?[\s-]+(?:nous|moi)\b|\b(?:mes|nos)\s+{_W}{{0,2}}?excuses\b"
        rf"|\b(?:pr[ée]sent\w*|adress\w*|fai(?:re|s|sons))\s+{_W}{{0,3}}?excuses\b"
        rf"|\bnous\s+excuser\b|\bm{_A}excuser\b|\bnous\s+nous\s+excusons\b|\bje\s+m{_A}excuse\b"
        rf"|\bpardon\b|\bdemand\w*\s+{_W}{{0,2}}?pardon\b|\b(?:je|nous)\s+{_W}?regrett\w*\b",
        _I,
    ),
    ownership=re.compile(
        rf"\b(?:c{_A}est|c{_A}était|ce\s+fut|il\s+s{_A}agit\s+de|c{_A}[ée]tait)\s+{_W}{{0,2}}?(?:notre|ma)\s+"
        rf"(?:propre\s+)?(?:faute|erreur|responsabilit[ée]|d[ée]cision|choix|rôle|travail)\b"
        rf"|\b(?:notre|ma)\s+(?:propre\s+)?(?:faute|erreur|responsabilit[ée]|d[ée]cision|n[ée]gligence)\b"
        rf"|\b(?:nos|mes)\s+(?:propres\s+)?(?:erreurs|fautes|d[ée]cisions|choix)\b"
        rf"|\b(?:assum\w*|prend\w*|port\w*|endoss\w*)\s+{_W}{{0,3}}?(?:responsabilit[ée]|faute)\b"
        rf"|\b(?:nous\s+sommes|je\s+suis)\s+{_W}?(?:responsables?|fautifs?|en\s+tort)\b"
        rf"|\b(?:nous\s+avons|j{_A}ai)\s+{_W}{{0,3}}?(?:failli|[ée]chou[ée]|commis|fait\s+(?:une|des)\s+erreurs?"
        rf"|manqu[ée]|n[ée]glig[ée])\b"
        rf"|\b(?:nous\s+aurions|j{_A}aurais)\s+dû\b|\brepose\s+{_W}?sur\s+(?:nous|moi)\b|\bnous\s+incombe\b",
        _I,
    ),
    non_apologies=(
        (re.compile(r"\b(?:la|toute|les|toutes|d[ée]sagr[ée]ments?|g[êe]ne)\s*(?:g[êe]ne|d[ée]sagr[ée]ments?|"
                    r"inconv[ée]nients?)\s+(?:occasionn[ée]e?s?|caus[ée]e?s?|[ée]ventuel(?:le)?s?)\b", _I),
         "“la gêne occasionnée” makes the harm sound small and hypothetical"),
        (re.compile(r"\b(?:tout|toute|tous|toutes)\s+(?:les\s+)?(?:[ée]ventuel(?:le)?s?\s+)?(?:g[êe]ne|d[ée]sagr[ée]ments?"
                    r"|inconv[ée]nients?)\b", _I),
         "“toute gêne” apologises for harm it will not name"),
        (re.compile(r"\b(?:si|au\s+cas\s+o[uù])\s+(?:vous\s+)?(?:\w+\s+){0,3}?"
                    r"(?:avez\s+[ée]t[ée]|avez\s+pu\s+[ée]tre|[ée]tiez|auriez)\s+(?:\w+\s+)?"
                    r"(?:affect[ée]|impact[ée]|g[êe]n[ée]|touch[ée]|concern[ée])", _I),
         "an apology with “si” doubts that anyone was harmed"),
        (re.compile(r"\bd[ée]sol[ée]e?s?\s+que\s+vous\s+(?:vous\s+)?"
                    r"(?:sentiez|soyez\s+(?:d[ée][çc]u|m[ée]content))", _I),
         "being sorry for how customers feel is not being sorry for what we did"),
        (re.compile(r"\bdes\s+erreurs\s+ont\s+[ée]t[ée]\s+commises\b", _I),
         "“des erreurs ont été commises” hides who made them"),
        (re.compile(r"\b(?:ceux|celles|toutes\s+les\s+personnes)\s+qui\s+(?:ont\s+pu|auraient\s+pu)\s+[êe]tre\s+"
                    r"(?:affect|touch|concern|impact)", _I),
         "apologising to “ceux qui ont pu être affectés” doubts that anyone was"),
    ),
    non_apology_help="Say what you are sorry for, plainly: “Je suis désolée : pendant deux jours, "
                     "vous n’avez pas pu nous joindre.”",
    deflection=re.compile(
        rf"\b(?:ind[ée]pendante?s?\s+de\s+notre\s+volont[ée]|hors\s+de\s+notre\s+(?:contr[ôo]le|port[ée]e))\b"
        rf"|\bce\s+n{_A}est\s+pas\s+(?:de\s+)?notre\s+faute\b|\b(?:force\s+majeure|impr[ée]visible)\b"
        rf"|\baucun\s+contr[ôo]le\s+sur\b|\bne\s+pouvions\s+rien\b",
        _I,
    ),
    plain_loss=re.compile(
        r"\bperdu(?:e|s|es)?\b|\bperte\w*|\bsupprim[ée]e?s?\b|\beffac[ée]e?s?\b|\bmanqu\w*|\b[ée]cras[ée]e?s?\b"
        r"|\bcorrompu\w*|\bd[ée]truit\w*|\birr[ée]cup[ée]rable\w*|\bjamais\s+arriv[ée]e?s?\b",
        _I,
    ),
    says_no_loss=re.compile(
        r"\baucune?\s+(?:[\w-]+\s+){0,2}?(?:donn[ée]es?|messages?|fichiers?|demandes?|commandes?|paiements?"
        r"|informations?)\s+(?:n['’]a|n['’]ont)\s+[ée]t[ée]\s+(?:perdu|supprim|effac)\w*"
        r"|\bvos\s+donn[ée]es\s+(?:sont|[ée]taient|sont\s+rest[ée]es)\s+(?:\w+\s+)?(?:en\s+s[ée]curit[ée]|intactes)\b"
        r"|\baucune\s+perte\s+de\s+donn[ée]es\b|\brien\s+n['’]a\s+[ée]t[ée]\s+perdu\b",
        _I,
    ),
    zone=re.compile(
        r"\b(?:UTC|GMT)(?:\s?[+\-−]\s?\d{1,2}(?::?\d\d)?)?\b|\b[A-Z]{1,4}[SD]T\b|\bfuseau\s+horaire\b"
        rf"|\bheure\s+(?:de|d{_A}|du|des|normale|d{_A}[ée]t[ée]|locale|avanc[ée]e)\s*\w*|\b(?:CET|CEST|HNE|HAE)\b",
        _I,
    ),
    happened=re.compile(
        r"\bpanne\w*|\bindisponib\w*|\binaccessib\w*|\bhors\s+service\b|\bincident\w*|\bprobl[èe]me\w*"
        r"|\berreurs?\b|\bn[e']\s*(?:\w+\s+){0,3}?(?:pu|pouviez|pouvait|fonctionn\w*)\b|\bperdu\w*|\blent\w*"
        r"|\bretard\w*|\binterrompu\w*|\binterruption\w*|\bd[ée]faillan\w*",
        _I,
    ),
    to_do=re.compile(
        r"\bveuillez\b|\bs['’]il\s+vous\s+pla[îi]t\b|\b[ée]crivez\b|\bcontactez\b|\bappelez\b|\br[ée]pondez\b"
        r"|\bvous\s+(?:pouvez|devez|devriez|n['’]avez\s+rien)\b|\baucune\s+action\b",
        _I,
    ),
    mentions_data=re.compile(r"\bdonn[ée]es\b|\bperdu\w*|\bperte\w*", _I),
    commitment=re.compile(
        r"\bnous\s+(?:\w+\s+)?(?:allons|changeons|changerons|mettrons|ferons|d[ée]pla[çc]\w*|ajout\w*)\b"
        r"|\bje\s+(?:vais|m['’]engage)\b|\bnous\s+nous\s+engageons\b"
        r"|\bce\s+que\s+nous\s+changeons\b",
        _I,
    ),
    by_when=re.compile(
        r"\bd['’]ici\s+(?:le|la|à|a|fin|la\s+fin)\b|\bavant\s+le\s+\d|\b(?:au\s+plus\s+tard|d[ée]j[àa]\s+fait)\b"
        r"|\bdans\s+les\s+(?:\w+\s+)?(?:jours|semaines|mois)\b|\bpour\s+quand\b"
        r"|\b(?:la\s+semaine|le\s+mois)\s+prochain\b",
        _I,
    ),
    words=re.compile(r"[^\W_]+(?:[-.][^\W_]+)*"),
    reading="kandel-moles",
)
