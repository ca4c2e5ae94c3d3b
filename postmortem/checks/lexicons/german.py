"""How a German letter apologises, owns the failure, deflects and says what was lost.

German capitalises every noun and the polite "Sie", so nothing here keys on
capitals; patterns are case-insensitive and allow the words German puts
between verb and particle ("es tut uns aufrichtig leid", "bitte ich Sie
vielmals um Entschuldigung").
"""

from __future__ import annotations

import re

from postmortem.checks.lexicons import Lexicon

_I = re.IGNORECASE
_W = r"(?:[\w-]+,?\s+)"  # one word in between

LEXICON = Lexicon(
    name="German",
    apology=re.compile(
        rf"\btut\s+(?:mir|uns)\s+{_W}{{0,2}}?leid\b|\bleid\s+tut\b"
        rf"|\b(?:entschuldige|entschuldigen)\s+(?:ich\s+|wir\s+)?(?:mich|uns)\b"
        rf"|\b(?:mich|uns)\s+{_W}{{0,2}}?(?:entschuldigen|entschuldige)\b"
        rf"|\bum\s+{_W}{{0,2}}?(?:Entschuldigung|Verzeihung|Nachsicht)\b"
        rf"|\b(?:meine|unsere)\s+{_W}?(?:Entschuldigung|Bitte\s+um\s+Entschuldigung)\b"
        rf"|\b(?:verzeihen|entschuldigen)\s+Sie\b|\b(?:ich|wir)\s+{_W}?bedauern?\b|\bbedauern?\s+(?:ich|wir)\b",
        _I,
    ),
    ownership=re.compile(
        rf"\b(?:ich|wir)\s+{_W}{{0,3}}?(?:trage|tragen|übernehme|übernehmen)\s+{_W}{{0,3}}?(?:Verantwortung|Schuld)\b"
        rf"|\b(?:trage|tragen|übernehme|übernehmen)\s+(?:ich|wir)\s+{_W}{{0,3}}?(?:Verantwortung|Schuld)\b"
        rf"|\b(?:unser|unsere|unserer|unseres|mein|meine|meiner)\s+(?:eigene[rns]?\s+)?(?:Fehler|Schuld|Versäumnis"
        rf"|Versäumnisse|Verantwortung|Entscheidung|Entscheidungen|Aufgabe|Versagen|Fehlentscheidung|Fehleinschätzung)\b"
        rf"|\b(?:ich\s+bin|wir\s+sind|ich\s+war|wir\s+waren)\s+{_W}?(?:verantwortlich|schuld)\b"
        rf"|\bliegt\s+{_W}{{0,2}}?bei\s+(?:uns|mir)\b|\bauf\s+(?:unsere|meine)\s+Kappe\b"
        rf"|\b(?:ich|wir)\s+(?:habe|haben)\s+{_W}{{0,5}}?(?:versagt|Fehler\s+gemacht|falsch\s+gemacht|versäumt|übersehen"
        rf"|enttäuscht|im\s+Stich\s+gelassen)\b"
        rf"|\b(?:hätten|hätte)\s+(?:wir|ich)\s+{_W}{{0,5}}?(?:müssen|sollen)\b",
        _I,
    ),
    non_apologies=(
        (re.compile(r"\b(?:etwaige|etwaigen|eventuelle|eventuellen|mögliche|möglichen|jegliche|jeglichen)\s+"
                    r"(?:\w+\s+)?(?:Unannehmlichkeiten|Umstände|Unannehmlichkeit)\b", _I),
         "“etwaige Unannehmlichkeiten” makes the harm sound small and hypothetical"),
        (re.compile(r"\bfür\s+(?:die|diese|alle)\s+(?:entstandenen\s+|dadurch\s+entstandenen\s+)?"
                    r"(?:Unannehmlichkeiten|Umstände)\b", _I),
         "calling the outage “Unannehmlichkeiten” makes the harm sound small"),
        (re.compile(r"\b(?:sollten|sollte|falls|sofern)\s+(?:\w+\s+){0,4}?(?:Unannehmlichkeiten|Nachteile|Schäden"
                    r"|betroffen|beeinträchtigt)\b", _I),
         "an apology with “sollten” or “falls” doubts that anyone was harmed"),
        (re.compile(r"\bleid,?\s+dass\s+Sie\s+(?:sich\s+)?(?:\w+\s+){0,3}?(?:fühlen|fühlten|empfinden|empfunden"
                    r"|verärgert|enttäuscht\s+sind)\b", _I),
         "being sorry for how customers feel is not being sorry for what we did"),
        (re.compile(r"\b(?:es\s+)?wurden\s+Fehler\s+gemacht\b|\bFehler\s+wurden\s+gemacht\b"
                    r"|\bsind\s+Fehler\s+passiert\b", _I),
         "“Fehler wurden gemacht” hides who made them"),
        (re.compile(r"\ballen?,?\s+die\s+(?:möglicherweise|eventuell|vielleicht|davon)\s+betroffen\b", _I),
         "apologising “allen, die möglicherweise betroffen waren” doubts that anyone was"),
    ),
    non_apology_help="Say what you are sorry for, plainly: “Es tut mir leid: zwei Tage lang konnten Sie uns "
                     "nicht erreichen.”",
    deflection=re.compile(
        r"\baußerhalb\s+unser(?:er|es)\s+(?:Kontrolle|Einfluss\w*|Macht)\b|\bnicht\s+in\s+unserer\s+Hand\b"
        r"|\bkeinen\s+Einfluss\b|\bnicht\s+unser(?:e)?\s+(?:Schuld|Verschulden|Fehler)\b|\bhöhere[rn]?\s+Gewalt\b"
        r"|\bnicht\s+(?:zu\s+verhindern|vorhersehbar|vermeidbar)\b",
        _I,
    ),
    plain_loss=re.compile(
        r"\bverlor\w*|\bVerlust\w*|\bgelöscht\b|\bfehl(?:t|en|end|ende[nr]?)\b|\büberschrieben\b|\bbeschädigt\b"
        r"|\bzerstört\b|\bunwiederbringlich\b|\bnicht\s+(?:mehr\s+)?wiederhergestellt\b|\bnicht\s+(?:mehr\s+)?"
        r"wiederherstellbar\b|\bnie\s+angekommen\b|\bnicht\s+angekommen\b|\bweg\b",
        _I,
    ),
    says_no_loss=re.compile(
        r"\b(?:keine|keinerlei)\s+(?:[\w-]+\s+){0,2}?(?:Daten|Nachrichten|E-Mails|Dateien|Anfragen|Bestellungen"
        r"|Zahlungen|Informationen|Einträge)\s+(?:(?:sind|wurden|gingen|ist|wurde)\s+)?(?:\w+\s+)?(?:verloren|gelöscht)\b"
        r"|\bnichts\s+(?:ist|wurde|ging)\s+(?:\w+\s+)?verloren\b|\bkein(?:en|e)?\s+Datenverlust\b"
        r"|\bIhre\s+Daten\s+(?:sind|waren|blieben)\s+(?:\w+\s+)?(?:sicher|unversehrt)\b",
        _I,
    ),
    zone=re.compile(
        r"\b(?:UTC|GMT)(?:\s?[+\-−]\s?\d{1,2}(?::?\d\d)?)?\b|\b[A-Z]{1,4}[SD]T\b|\b(?:MEZ|MESZ|OEZ|WEZ)\b"
        r"|\b[A-ZÄÖÜ][\w-]*er\s+(?:Orts)?[Zz]eit\b|\b(?:Ortszeit|Zeitzone|Sommerzeit|Normalzeit|Winterzeit)\b"
        r"|\b(?:mittel|west|ost)europäische[rn]?\s+(?:Sommer|Normal)?[Zz]eit\b"
    ),
    happened=re.compile(
        r"\bAusf[aä]ll\w*|\bausgefallen\b|\bnicht\s+(?:\w+\s+)?(?:erreichbar|verfügbar|nutzbar)\b|\bStörung\w*"
        r"|\bgestört\b|\bFehler\w*|\bnicht\s+(?:\w+\s+){0,3}?(?:nutzen|erreichen|funktioniert\w*|laden|zahlen)\b"
        r"|\bweder\b|\bVorfall\w*|\bProblem\w*|\bverlor\w*|\blangsam\w*|\bVerzöger\w*|\bunterbroch\w*"
        r"|\bUnterbrechung\w*|\bschiefgegangen\b|\bdoppelt\b",
        _I,
    ),
    to_do=re.compile(
        r"\bbitte\b|\b(?:schreiben|rufen|kontaktieren|antworten)\s+Sie\b|\b(?:melden|wenden)\s+Sie\s+sich\b"
        r"|\bSie\s+(?:können|sollten|müssen|brauchen)\b|\b(?:nichts|nicht\s+s)\s+(?:zu\s+)?tun\b",
        _I,
    ),
    mentions_data=re.compile(r"\bDaten\w*|\bverlor\w*|\bVerlust\w*|\bgelöscht\b", _I),
    commitment=re.compile(
        r"\b(?:wir|ich)\s+(?:\w+\s+)?(?:werden|werde)\b|\b(?:werden|werde)\s+(?:wir|ich)\b"
        r"|\bwas\s+wir\s+ändern\b|\bwir\s+(?:ändern|stellen|ziehen|führen|bauen|richten)\b",
        _I,
    ),
    by_when=re.compile(
        r"\bbis\s+(?:zum\s+|Ende\s+|Mitte\s+|Anfang\s+|spätestens\s+)?(?:\d|[A-ZÄÖÜ]\w+|wann\b)"
        r"|\binnerhalb\s+(?:von\s+)?(?:\w+\s+)?(?:Tag|Tagen|Woche|Wochen|Monat|Monaten)\b"
        r"|\b(?:nächste[nrs]?|diese[nrs]?)\s+(?:Woche|Monat|Quartal|Jahr)\b|\bbereits\s+(?:umgesetzt|erledigt)\b",
        _I,
    ),
    words=re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*"),
    reading="wiener",
)
