"""How an Arabic letter apologises, owns the failure, deflects and says what was lost.

Arabic joins و and ف ("and", "so") and the prepositions ب and ل to the word
that follows ("وأعتذر", "بتوقيت"), so each pattern allows them in front of
its first word. Written without short-vowel marks, as letters are; a letter
written with them (حُذِفَ) is not matched. No readability formula for
Arabic is established without a diacritised text to count syllables in, so
the reading grade is not judged.
"""

from __future__ import annotations

import re

from postmortem.checks.lexicons import Lexicon

_P = r"(?<![^\W\d_])[وفبل]?"  # the start of a word, with a joined conjunction or preposition

LEXICON = Lexicon(
    name="Arabic",
    apology=re.compile(
        rf"{_P}(?:آسف(?:ة|ون)?|نأسف|أأسف|أعتذر|نعتذر|اعتذار(?:نا|ي|ات)?|معذرة|المعذرة|عذرا|عذرًا|يؤسفنا|يؤسفني"
        rf"|نرجو\s+(?:منكم\s+)?(?:المعذرة|العذر|السماح)|سامحونا)(?![^\W\d_])"
    ),
    ownership=re.compile(
        rf"{_P}(?:خطؤنا|خطأنا|خطئنا|خطئي|خطأي|أخطاؤنا|أخطائنا|خطأ\s+منا|تقصيرنا|تقصيري|قرارنا|قراراتنا|قراري"
        rf"|مسؤوليتنا|مسؤوليتي|أخطأنا|أخطأت|قصرنا|قصّرنا|فشلنا|خذلناكم)(?![^\W\d_])"
        rf"|{_P}(?:نتحمل|أتحمل|تحملنا|تحملت|نتحمّل|أتحمّل)\s+(?:\S+\s+){{0,2}}?(?:المسؤولية|المسئولية|مسؤولية|اللوم)"
        rf"|(?:المسؤولية|المسئولية)\s+(?:\S+\s+){{0,2}}?(?:تقع\s+)?(?:علينا|عليّ|علي|على\s+عاتقنا|على\s+عاتقي)"
        rf"|{_P}كان\s+(?:علينا|يجب\s+علينا|ينبغي\s+علينا|من\s+واجبنا)"
    ),
    non_apologies=(
        (re.compile(rf"{_P}(?:أي|أية)\s+(?:إزعاج|ازعاج|إزعاجات|مضايقات|مضايقة)"),
         "“أي إزعاج” makes the harm sound small and hypothetical"),
        (re.compile(rf"{_P}(?:الإزعاج|الازعاج)\s+(?:الذي\s+)?(?:قد|ربما)"),
         "calling the outage “إزعاج” that “may” have happened makes the harm sound small"),
        (re.compile(rf"{_P}(?:إذا|إن|اذا|في\s+حال)\s+(?:كنتم\s+)?(?:قد\s+)?(?:تأثرتم|تضررتم|تأثر|تضرر)"),
         "an apology with “إذا” doubts that anyone was harmed"),
        (re.compile(rf"{_P}(?:لمن|لكل\s+من)\s+(?:قد\s+)?(?:يكون\s+(?:قد\s+)?)?(?:تأثر|تضرر)"),
         "apologising to “لمن قد يكون تأثر” doubts that anyone was"),
        (re.compile(rf"{_P}(?:نأسف|آسفون|نعتذر)\s+(?:ل|على\s+)(?:شعوركم|إحساسكم)"),
         "being sorry for how customers feel is not being sorry for what we did"),
        (re.compile(rf"{_P}(?:حدثت|وقعت|ارتكبت)\s+(?:بعض\s+)?أخطاء"),
         "“وقعت أخطاء” hides who made them"),
    ),
    non_apology_help="Say what you are sorry for, plainly: "
                     "“أنا آسفة: لم تتمكنوا من الوصول إلينا يومين كاملين.”",
    deflection=re.compile(
        rf"{_P}(?:خارج|خارجة|خارجًا)\s+عن\s+(?:سيطرتنا|إرادتنا|ارادتنا)|{_P}(?:ليس|لم\s+يكن)\s+(?:لنا|لدينا)\s+"
        rf"(?:أي\s+)?سيطرة|{_P}(?:ليس|لم\s+يكن)\s+خطأنا|{_P}ليست\s+مسؤوليتنا|{_P}(?:قوة|ظروف)\s+قاهرة"
    ),
    plain_loss=re.compile(
        rf"{_P}(?:فُ?قدت?|فُ?قِدت|فقدان|فقدنا|ضاعت?|ضياع|حُ?ذفت?|مفقودة?|تلفت?|تالفة?|مسحت?|مُسحت)(?![^\W\d_])"
        r"|لا\s+يمكن\s+(?:استعادتها|استعادته|استرجاعها)|لم\s+(?:تصل|يصل)"
    ),
    says_no_loss=re.compile(
        r"لم\s+(?:يُ?فقد|تُ?فقد|يضع|تضع|نفقد)\s+(?:أي|شيء)|لا\s+(?:يوجد|توجد)\s+(?:أي\s+)?(?:فقدان|ضياع)"
        r"|بياناتكم\s+(?:آمنة|سليمة|بأمان)"
    ),
    zone=re.compile(r"UTC|GMT|توقيت|المنطقة\s+الزمنية|التوقيت\s+العالمي"),
    happened=re.compile(
        r"انقطاع|انقطع|تعطل|تعطّل|عطل|توقف|لم\s+(?:تتمكنوا|نتمكن|يتمكن|تستطيعوا)|تعذر|تعذّر|خطأ|أخطاء|مشكلة|حادث"
        r"|فقد|بطء|تأخير|تأخر"
    ),
    to_do=re.compile(r"يرجى|يُرجى|الرجاء|نرجو|اكتبوا|راسلونا|راسلوا|اتصلوا|تواصلوا|لا\s+(?:يلزم|تحتاجون)|يمكنكم"),
    mentions_data=re.compile(r"بيانات|فقد|فُقد|ضياع|ضاع|فقدان"),
    commitment=re.compile(
        rf"{_P}(?:سنقوم|سنغير|سنغيره|سننقل|سنضيف|سنعمل|سنبني|سنجري|سنختبر|سنوفر|سوف|نلتزم|ألتزم)(?![^\W\d_])"
    ),
    by_when=re.compile(r"بحلول|قبل\s+(?:نهاية|يوم|\d)|خلال\s+\S+\s+(?:أيام|أسابيع|أشهر|شهور)|في\s+غضون"
                       r"|الأسبوع\s+القادم|الشهر\s+القادم"),
    words=re.compile(r"[^\W\d_][\w\u064B-\u065F\u0670]*|\d+(?:[.,]\d+)*"),
    reading="",
)
