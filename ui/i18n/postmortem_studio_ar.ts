<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>لغة النظام (%1)</translation>
    </message>
    <message>
        <source>Postmortem Studio will be in %1 from the next time it starts.</source>
        <translation>سيظهر Postmortem Studio باللغة %1 عند تشغيله في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>إ&amp;دراج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>نافذة ج&amp;ديدة</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فتح &amp;الأخيرة</translation>
    </message>
    <message>
        <source>Open the E&amp;xample</source>
        <translation>فتح الم&amp;ثال</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>الإ&amp;صدارات…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Export E-mail &amp;Draft…</source>
        <translation>تصدير &amp;مسودة بريد إلكتروني…</translation>
    </message>
    <message>
        <source>Letters to &amp;Recipients…</source>
        <translation>رسائل إلى الم&amp;ستلمين…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع عن</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Show &amp;Preview</source>
        <translation>إظهار الم&amp;عاينة</translation>
    </message>
    <message>
        <source>Check &amp;Spelling</source>
        <translation>التدقيق الإ&amp;ملائي</translation>
    </message>
    <message>
        <source>Guide to This &amp;Step</source>
        <translation>دليل هذه ال&amp;خطوة</translation>
    </message>
    <message>
        <source>&amp;About Postmortem Studio</source>
        <translation>&amp;حول Postmortem Studio</translation>
    </message>
    <message>
        <source>Spell checking needs the pyspellchecker package: pip install pyspellchecker</source>
        <translation>يحتاج التدقيق الإملائي إلى حزمة pyspellchecker:‏ pip install pyspellchecker</translation>
    </message>
    <message>
        <source>Postmortem Studio: write a postmortem once; export a customer letter and an internal report.</source>
        <translation>Postmortem Studio: اكتب تحليل الحادثة مرة واحدة، وصدّر منه رسالة إلى العملاء وتقريرًا داخليًا.</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>%1 step</source>
        <translation>خطوة %1</translation>
    </message>
</context>
<context>
    <name>StepState</name>
    <message>
        <source>Empty</source>
        <translation>فارغة</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>بها مشكلات</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>لا أخطاء</numerusform>
            <numerusform>خطأ واحد</numerusform>
            <numerusform>خطآن</numerusform>
            <numerusform>%n أخطاء</numerusform>
            <numerusform>%n خطأً</numerusform>
            <numerusform>%n خطأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>لا تحذيرات</numerusform>
            <numerusform>تحذير واحد</numerusform>
            <numerusform>تحذيران</numerusform>
            <numerusform>%n تحذيرات</numerusform>
            <numerusform>%n تحذيرًا</numerusform>
            <numerusform>%n تحذير</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 و%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n to fix</source>
        <translation>
            <numerusform>%1 · لا شيء للإصلاح</numerusform>
            <numerusform>%1 · واحد للإصلاح</numerusform>
            <numerusform>%1 · اثنان للإصلاح</numerusform>
            <numerusform>%1 · %n للإصلاح</numerusform>
            <numerusform>%1 · %n للإصلاح</numerusform>
            <numerusform>%1 · %n للإصلاح</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>الأثر</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>السبب الجذري</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>الدروس المستفادة</translation>
    </message>
    <message>
        <source>Customer letter</source>
        <translation>رسالة العملاء</translation>
    </message>
    <message>
        <source>Review &amp; export</source>
        <translation>المراجعة والتصدير</translation>
    </message>
</context>
</TS>
