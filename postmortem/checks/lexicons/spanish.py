"""How a Spanish letter apologises, owns the failure, deflects and says what was lost.

Spanish drops the subject pronoun ("lo sentimos", "asumimos la
responsabilidad", "fue culpa nuestra"), so the verbs carry the person; its
non-apologies are "las molestias ocasionadas" and "si se ha visto afectado".
"""

from __future__ import annotations

import re

from postmortem.checks.lexicons import Lexicon

_I = re.IGNORECASE
_W = r"(?:[\w-]+,?\s+)"

LEXICON = Lexicon(
    name="Spanish",
    apology=re.compile(
        rf"\blo\s+(?:\w+\s+)?(?:siento|sentimos)\b|\b(?:pido|pedimos|pedirles?|pedirle|les\s+pedimos)\s+{_W}{{0,2}}?"
        rf"(?:perd[óo]n|disculpas?)\b|\b(?:mis|nuestras)\s+{_W}{{0,2}}?disculpas\b|\bdisculp(?:e|en|adme|adnos)\b"
        rf"|\b(?:nos|me)\s+disculpamos\b|\bme\s+disculpo\b|\bperd[óo]n(?:ennos|enos|eme|en|e|anos|ame)?\b"
        rf"|\b(?:lamento|lamentamos)\b|\b(?:sentimos|siento)\s+(?:mucho|profundamente|sinceramente|much[ií]simo)\b",
        _I,
    ),
    ownership=re.compile(
        rf"\b(?:fue|es|ha\s+sido)\s+{_W}?(?:culpa|error|responsabilidad|decisi[óo]n)\s+(?:nuestr[ao]|m[íi]a)\b"
        rf"|\b(?:nuestr[ao]|mi)\s+(?:propi[ao]\s+)?(?:culpa|error|responsabilidad|decisi[óo]n|fallo)\b"
        rf"|\b(?:nuestr[ao]s|mis)\s+(?:propi[ao]s\s+)?(?:errores|decisiones|fallos)\b"
        rf"|\b(?:asumo|asumimos|asumir|aceptamos|acepto)\s+{_W}{{0,3}}?(?:responsabilidad|culpa)\b"
        rf"|\b(?:somos|soy)\s+{_W}?(?:responsables?|culpables?)\b|\bla\s+responsabilidad\s+es\s+(?:nuestra|m[íi]a)\b"
        rf"|\b(?:nos\s+equivocamos|me\s+equivoqu[ée]|fallamos|fall[ée]|cometimos\s+(?:un|varios|errores)"
        rf"|debimos|deber[íi]amos\s+haber|no\s+(?:hicimos|probamos|comprobamos|revisamos))\b",
        _I,
    ),
    non_apologies=(
        (re.compile(r"\b(?:las|cualquier|posibles|eventuales)\s+(?:\w+\s+)?"
                    r"(?:molestias|inconvenientes)\b", _I),
         "“las molestias” makes the harm sound small and hypothetical"),
        (re.compile(r"\bsi\s+(?:usted|ustedes)?\s*(?:\w+\s+){0,3}?(?:se\s+)?(?:ha|han|hubiera|hubieran|vio|vieron)\s+"
                    r"(?:\w+\s+)?(?:afectad|perjudicad|molestad)", _I),
         "an apology with “si” doubts that anyone was harmed"),
        (re.compile(r"\b(?:sentimos|siento|lamentamos)\s+que\s+(?:se\s+)?(?:sienta|sientan|est[ée]n?\s+"
                    r"(?:molest|decepcion))", _I),
         "being sorry for how customers feel is not being sorry for what we did"),
        (re.compile(r"\bse\s+cometieron\s+errores\b|\bhubo\s+errores\b", _I),
         "“se cometieron errores” hides who made them"),
        (re.compile(r"\b(?:quienes|todos\s+los\s+que|a\s+quien)\s+(?:\w+\s+)?(?:pudieran|puedan|hayan\s+podido)\s+"
                    r"(?:haberse\s+)?(?:verse\s+)?(?:afectad|verse)", _I),
         "apologising to “quienes pudieran haberse visto afectados” doubts that anyone was"),
    ),
    non_apology_help="Say what you are sorry for, plainly: “Lo siento: durante dos días no pudieron "
                     "contactarnos.”",
    deflection=re.compile(
        r"\bajen[oa]s?\s+a\s+nuestro\s+control\b|\bfuera\s+de\s+nuestro\s+(?:control|alcance)\b"
        r"|\bno\s+(?:fue|es)\s+(?:culpa\s+nuestra|nuestra\s+culpa)\b|\bfuerza\s+mayor\b|\bimprevisible\b"
        r"|\bno\s+(?:pod[íi]amos|pudimos)\s+hacer\s+nada\b",
        _I,
    ),
    plain_loss=re.compile(
        r"\bperd(?:ido|ida|idos|idas|imos|ieron|i[óo])\b|\bp[ée]rdidas?\b|\bborrad[oa]s?\b|\beliminad[oa]s?\b"
        r"|\bfalt(?:an|a|aban)\b|\bsobrescrit[oa]s?\b|\bcorrupt[oa]s?\b|\bdestruid[oa]s?\b|\birrecuperables?\b"
        r"|\bnunca\s+lleg(?:aron|[óo])\b",
        _I,
    ),
    says_no_loss=re.compile(
        r"\bno\s+se\s+(?:ha|han)\s+perdido\s+(?:ning[úu]n|ningunas?|datos)\b|\bning[úu]n\s+dato\s+se\s+perdi[óo]\b"
        r"|\bsus\s+datos\s+(?:est[áa]n|estaban|siguen)\s+(?:\w+\s+)?(?:a\s+salvo|seguros|intactos)\b"
        r"|\bno\s+hubo\s+p[ée]rdida\s+de\s+datos\b|\bno\s+se\s+perdi[óo]\s+nada\b",
        _I,
    ),
    zone=re.compile(
        r"\b(?:UTC|GMT)(?:\s?[+\-−]\s?\d{1,2}(?::?\d\d)?)?\b|\b[A-Z]{1,4}[SD]T\b|\bzona\s+horaria\b"
        r"|\bhora\s+(?:de|del|local|peninsular|oficial|est[áa]ndar)\b|\bhorario\s+(?:de|del)\b|\b(?:CET|CEST)\b",
        _I,
    ),
    happened=re.compile(
        r"\bca[íi]d[ao]s?\b|\binterrupci[óo]n\w*|\binterrumpid\w*|\bno\s+(?:\w+\s+){0,3}?(?:pudieron|pudo|pod[íi]an"
        r"|funcion\w*)\b|\bfall[óo]\b|\bfallos?\b|\berror(?:es)?\b|\bincidente\w*|\bproblema\w*|\bperdid\w*"
        r"|\blent\w*|\bretras\w*|\bretraso\w*|\bindisponib\w*|\binaccesib\w*",
        _I,
    ),
    to_do=re.compile(
        r"\bpor\s+favor\b|\bescr[íi]b(?:an|a|annos|anos)\b|\bll[áa]m(?:en|e|ennos|enos)\b|\bcontacte[n]?\b"
        r"|\bresponda[n]?\b|\bpueden?\b|\bdeben?\b|\bno\s+(?:tienen?|necesitan?)\s+(?:que\s+)?hacer\s+nada\b",
        _I,
    ),
    mentions_data=re.compile(r"\bdatos\b|\bperdid\w*|\bp[ée]rdidas?\b", _I),
    commitment=re.compile(
        r"\b(?:vamos|voy)\s+a\b|\b(?:cambiaremos|haremos|pondremos|a[ñn]adiremos|moveremos|haremos|nos\s+comprometemos)\b"
        r"|\blo\s+que\s+vamos\s+a\s+cambiar\b",
        _I,
    ),
    by_when=re.compile(
        r"\bantes\s+del?\s+\d|\bpara\s+(?:el|finales\s+de|mediados\s+de|cu[áa]ndo)\b|\ba\s+m[áa]s\s+tardar\b"
        r"|\ben\s+(?:los\s+pr[óo]ximos|las\s+pr[óo]ximas)\s+(?:\w+\s+)?(?:d[íi]as|semanas|meses)\b"
        r"|\b(?:la\s+pr[óo]xima\s+semana|el\s+pr[óo]ximo\s+mes)\b|\bya\s+(?:est[áa]\s+hecho|lo\s+hemos\s+hecho)\b",
        _I,
    ),
    words=re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*"),
    reading="fernandez-huerta",
)
