<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>ActionItemsFilter</name>
    <message>
        <source>All items</source>
        <translation>كل الإجراءات</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Promised to customers</source>
        <translation>موعودة للعملاء</translation>
    </message>
</context>
<context>
    <name>ActionItemsModel</name>
    <message>
        <source>%1, overdue</source>
        <translation>%1، متأخر</translation>
    </message>
    <message>
        <source>Overdue: due %1 and still %2</source>
        <translation>متأخر: موعده %1 وما زال %2</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>إضافة إجراء</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>حذف الإجراء</translation>
    </message>
</context>
<context>
    <name>ActionItemsStep</name>
    <message>
        <source>Action items</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>إضافة إجراء</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Filter: owner, words…</source>
        <translation>تصفية: المسؤول، كلمات…</translation>
    </message>
    <message>
        <source>Filter action items</source>
        <translation>تصفية الإجراءات</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it; click a column heading to sort.</source>
        <translation>انقر نقرًا مزدوجًا على خلية لتحريرها، وانقر على عنوان عمود للفرز.</translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation>الإجراء المحدد</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Empty: no date is promised.</source>
        <translation>فارغ: لا يُوعد بموعد.</translation>
    </message>
    <message>
        <source>Due date of the selected action item</source>
        <translation>موعد الإجراء المحدد</translation>
    </message>
    <message>
        <source>Clear the due date</source>
        <translation>مسح الموعد</translation>
    </message>
    <message>
        <source>Clear due date</source>
        <translation>مسح الموعد</translation>
    </message>
    <message>
        <source>Select an action item to describe it: what done looks like</source>
        <translation>حدد إجراءً لوصفه: كيف نعرف أنه أُنجز</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Description of the selected action item</source>
        <translation>وصف الإجراء المحدد</translation>
    </message>
    <message>
        <source>the action items</source>
        <translation>الإجراءات</translation>
    </message>
    <message numerus="yes">
        <source>%n open item(s) past due.</source>
        <translation>
            <numerusform>لا إجراءات متأخرة.</numerusform>
            <numerusform>إجراء مفتوح واحد تجاوز موعده.</numerusform>
            <numerusform>إجراءان مفتوحان تجاوزا موعدهما.</numerusform>
            <numerusform>%n إجراءات مفتوحة تجاوزت موعدها.</numerusform>
            <numerusform>%n إجراءً مفتوحًا تجاوز موعده.</numerusform>
            <numerusform>%n إجراء مفتوح تجاوز موعده.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssetPicker</name>
    <message>
        <source>logo.png, in the same folder as the document</source>
        <translation>logo.png، في مجلد المستند نفسه</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>اختيار %1</translation>
    </message>
    <message>
        <source>Save the document first: images must sit in its folder.</source>
        <translation>احفظ المستند أولًا: يجب أن تكون الصور في مجلده.</translation>
    </message>
    <message>
        <source>Choose the %1</source>
        <translation>اختيار %1</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.gif *.webp)</source>
        <translation>صور (*.png *.jpg *.jpeg *.svg *.gif *.webp)</translation>
    </message>
    <message>
        <source>%1 is outside the document&apos;s folder; copy it there first.</source>
        <translation>%1 خارج مجلد المستند؛ انسخه إليه أولًا.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>What will be done, as a short imperative</source>
        <translation>ما سيُنجز، بصيغة أمر قصيرة</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>One named person, not a team</source>
        <translation>شخص واحد بالاسم، لا فريق</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>When it will be done</source>
        <translation>متى سيُنجز</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Prevent, detect, mitigate, or improve the process</source>
        <translation>منع، أو اكتشاف، أو تخفيف، أو تحسين العملية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Tracker link</source>
        <translation>رابط التذكرة</translation>
    </message>
    <message>
        <source>https:// link to the ticket</source>
        <translation>رابط https:// إلى التذكرة</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>موعود</translation>
    </message>
    <message>
        <source>Promised to customers: the letter lists it</source>
        <translation>موعود للعملاء: تذكره الرسالة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>Printed under the signer&apos;s name in the letter</source>
        <translation>يُطبع تحت اسم الموقّع في الرسالة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Short bio</source>
        <translation>نبذة قصيرة</translation>
    </message>
    <message>
        <source>Printed under the letter when the signer&apos;s bio is included</source>
        <translation>تُطبع تحت الرسالة عند تضمين نبذة الموقّع</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>لماذا؟</translation>
    </message>
    <message>
        <source>Because…</source>
        <translation>لأن…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>When it happened, in the document&apos;s time zone</source>
        <translation>متى حدث، بالمنطقة الزمنية للمستند</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Trigger, detection, mitigation and resolution give the key durations</source>
        <translation>المسبب والاكتشاف والتخفيف والحل تعطي المدد الرئيسية</translation>
    </message>
    <message>
        <source>Customer-visible</source>
        <translation>ظاهر للعملاء</translation>
    </message>
    <message>
        <source>Checked events may appear in the letter</source>
        <translation>قد تظهر الأحداث المعلَّمة في الرسالة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>الوقت (%1)</translation>
    </message>
</context>
<context>
    <name>CoverageList</name>
    <message>
        <source>What the letter covers</source>
        <translation>ما تغطيه الرسالة</translation>
    </message>
    <message>
        <source>Insert a sentence starter</source>
        <translation>إدراج بداية جملة</translation>
    </message>
    <message>
        <source>Covered.</source>
        <translation>مغطّى.</translation>
    </message>
    <message>
        <source>Click an open topic to see what it needs.</source>
        <translation>انقر على موضوع مفتوح لترى ما يحتاجه.</translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation>إدراج %1</translation>
    </message>
</context>
<context>
    <name>DateTimeEntry</name>
    <message>
        <source>Type or paste a date such as %1.</source>
        <translation>اكتب تاريخًا مثل %1 أو الصقه.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source> Select all and press Delete to empty it.</source>
        <translation> حدد الكل واضغط Delete لإفراغه.</translation>
    </message>
    <message>
        <source>The clipboard holds no date. Paste one such as %1.</source>
        <translation>لا تحوي الحافظة تاريخًا. الصق تاريخًا مثل %1.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <source>Save As…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <source>opened read-only; Save As makes an editable copy</source>
        <translation>مفتوح للقراءة فقط؛ «حفظ باسم» ينشئ نسخة قابلة للتحرير</translation>
    </message>
    <message>
        <source>another window of Postmortem Studio is editing this file</source>
        <translation>نافذة أخرى من Postmortem Studio تحرّر هذا الملف</translation>
    </message>
    <message>
        <source>“%1” was not saved: %2. Your changes are still here, unsaved; Save As can put them somewhere else.</source>
        <translation>لم يُحفظ «%1»: %2. ما زالت تغييراتك هنا دون حفظ؛ ويمكن لـ«حفظ باسم» وضعها في مكان آخر.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved by another program. It is still open here; save it to write it back.</source>
        <translation>حذف برنامج آخر «%1» أو نقله. ما زال مفتوحًا هنا؛ احفظه لإعادة كتابته.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>“%1” was changed by another program.</source>
        <translation>غيّر برنامج آخر «%1».</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>الإبقاء على نسختي</translation>
    </message>
    <message>
        <source>That version cannot be read: %1</source>
        <translation>تتعذر قراءة ذلك الإصدار: %1</translation>
    </message>
    <message>
        <source>That version says the same as the document.</source>
        <translation>هذا الإصدار مطابق للمستند.</translation>
    </message>
    <message>
        <source>Read-only: %1.</source>
        <translation>للقراءة فقط: %1.</translation>
    </message>
    <message>
        <source>Saved. The version it replaced could not be kept: %1</source>
        <translation>حُفظ. تعذّر الاحتفاظ بالنسخة التي استُبدلت: %1</translation>
    </message>
    <message>
        <source>The file on disk cannot be read, so yours is kept: %1</source>
        <translation>تتعذّر قراءة الملف على القرص، لذا يُحتفظ بنسختك: %1</translation>
    </message>
    <message>
        <source>Autosave is not working (%1). Save your work to keep it safe.</source>
        <translation>الحفظ التلقائي لا يعمل (%1). احفظ عملك لتحميه.</translation>
    </message>
    <message>
        <source>Restore version of %1</source>
        <translation>استعادة نسخة %1</translation>
    </message>
    <message>
        <source>this copy cannot be changed</source>
        <translation>لا يمكن تغيير هذه النسخة</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Draft from analysis</source>
        <translation>مسودة من التحليل</translation>
    </message>
    <message>
        <source>Your letter</source>
        <translation>رسالتك</translation>
    </message>
    <message>
        <source>Draft paragraphs</source>
        <translation>فقرات المسودة</translation>
    </message>
    <message>
        <source>The draft: tick what to add</source>
        <translation>المسودة: علِّم ما تريد إضافته</translation>
    </message>
    <message>
        <source>Add chosen paragraphs</source>
        <translation>إضافة الفقرات المختارة</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>مستند PDF (.pdf)</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>صفحة ويب (.html)</translation>
    </message>
    <message>
        <source>E-mail draft with the letter attached (.eml)</source>
        <translation>مسودة بريد إلكتروني مرفق بها الرسالة (.eml)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Customer letter</source>
        <translation>رسالة العملاء</translation>
    </message>
    <message>
        <source>Internal report</source>
        <translation>التقرير الداخلي</translation>
    </message>
    <message>
        <source>Only what customers may read: no internal notes, owners or unpromised actions</source>
        <translation>ما يجوز للعملاء قراءته فقط: بلا ملاحظات داخلية ولا مسؤولين ولا إجراءات غير موعودة</translation>
    </message>
    <message>
        <source>The full analysis, marked &apos;Internal: do not forward to customers&apos;</source>
        <translation>التحليل الكامل، مع علامة «داخلي: لا يُرسل إلى العملاء»</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>لغة الرسالة</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>الوجهة</translation>
    </message>
    <message>
        <source>Where to save the file</source>
        <translation>مكان حفظ الملف</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose destination</source>
        <translation>اختيار الوجهة</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>الجمهور</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>الحفظ في</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>تقدّم التصدير</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>إظهار في المجلد</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>فتح في برنامج البريد</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>اختر مكان حفظ الملف.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <source>Exporting the letter…</source>
        <translation>جارٍ تصدير الرسالة…</translation>
    </message>
    <message>
        <source>Exporting the report…</source>
        <translation>جارٍ تصدير التقرير…</translation>
    </message>
    <message numerus="yes">
        <source>The customer letter still has %n error(s).</source>
        <translation>
            <numerusform>لا أخطاء في رسالة العملاء.</numerusform>
            <numerusform>ما زال في رسالة العملاء خطأ واحد.</numerusform>
            <numerusform>ما زال في رسالة العملاء خطآن.</numerusform>
            <numerusform>ما زال في رسالة العملاء %n أخطاء.</numerusform>
            <numerusform>ما زال في رسالة العملاء %n خطأً.</numerusform>
            <numerusform>ما زال في رسالة العملاء %n خطأ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…ولا شيء آخر.</numerusform>
            <numerusform>…وواحد آخر.</numerusform>
            <numerusform>…واثنان آخران.</numerusform>
            <numerusform>…و%n أخرى.</numerusform>
            <numerusform>…و%n أخرى.</numerusform>
            <numerusform>…و%n أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers would read the letter as it is.</source>
        <translation>سيقرأ العملاء الرسالة كما هي.</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>التصدير على أي حال</translation>
    </message>
    <message>
        <source>Review problems</source>
        <translation>مراجعة المشكلات</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>فشل التصدير: %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>تعذّر حفظ %1: %2</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>حُفظ %1 في %2.</translation>
    </message>
</context>
<context>
    <name>FieldLabel</name>
    <message>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>incident id</source>
        <translation>معرّف الحادثة</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>المراجع</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>customer-visible</source>
        <translation>الظهور للعملاء</translation>
    </message>
    <message>
        <source>start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>end</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>customers affected</source>
        <translation>العملاء المتأثرون</translation>
    </message>
    <message>
        <source>data loss</source>
        <translation>فقدان البيانات</translation>
    </message>
    <message>
        <source>root cause</source>
        <translation>السبب الجذري</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>المسبب</translation>
    </message>
    <message>
        <source>contributing factor</source>
        <translation>العامل المساهم</translation>
    </message>
    <message>
        <source>why</source>
        <translation>«لماذا»</translation>
    </message>
    <message>
        <source>question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>detection analysis</source>
        <translation>تحليل الاكتشاف</translation>
    </message>
    <message>
        <source>response analysis</source>
        <translation>تحليل الاستجابة</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>tracker link</source>
        <translation>رابط التذكرة</translation>
    </message>
    <message>
        <source>customer-promised</source>
        <translation>الوعد للعملاء</translation>
    </message>
    <message>
        <source>went well</source>
        <translation>ما سار جيدًا</translation>
    </message>
    <message>
        <source>went wrong</source>
        <translation>ما سار بشكل سيئ</translation>
    </message>
    <message>
        <source>got lucky</source>
        <translation>ما حالفنا فيه الحظ</translation>
    </message>
    <message>
        <source>internal notes</source>
        <translation>الملاحظات الداخلية</translation>
    </message>
    <message>
        <source>customer action</source>
        <translation>إجراء العملاء</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>التحية</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>الختام</translation>
    </message>
    <message>
        <source>body</source>
        <translation>نص الرسالة</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>الموقّع</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>recipients file</source>
        <translation>ملف المستلمين</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Required.</source>
        <translation>مطلوب.</translation>
    </message>
    <message>
        <source>Choose an author…</source>
        <translation>اختر كاتبًا…</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>مسح %1</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <comment>undo step</comment>
        <translation>مسح: %2</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>إضافة: %2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>إزالة: %2</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>نقل: %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>تحريك لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>تحريك لأسفل</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>The changes that keep this from happening again, or make it shorter: each with one owner, a due date and a priority. Mark the ones promised to customers; the letter lists them.</source>
        <translation>التغييرات التي تمنع تكرار ما حدث أو تقصّر مدته: لكل منها مسؤول واحد وموعد وأولوية. علِّم ما وُعد به العملاء، فالرسالة تذكره.</translation>
    </message>
    <message>
        <source>Few, specific, owned by a person, dated, and linked to the tracker. A promise to customers is a commitment: only mark what will really be done.</source>
        <translation>قليلة ومحددة، لكل منها شخص مسؤول وموعد ورابط في نظام المتابعة. الوعد للعملاء التزام: لا تعلّم إلا ما سيُنفَّذ فعلًا.</translation>
    </message>
    <message>
        <source>Send storage alerts to the on-call rota, not a mailbox — Dana Ruiz, by 15 November.</source>
        <translation>إرسال تنبيهات التخزين إلى فريق المناوبة لا إلى صندوق بريد — Dana Ruiz، بحلول 15 نوفمبر.</translation>
    </message>
    <message>
        <source>What customers experienced: the window of impact, the services affected, how many customers, whether data was or may have been lost, and what they need to do.</source>
        <translation>ما عاشه العملاء: فترة التأثر، والخدمات المتأثرة، وعدد العملاء، وهل فُقدت بيانات أو ربما فُقدت، وما عليهم فعله.</translation>
    </message>
    <message>
        <source>Plain words a customer would use, exact times with the zone, numbers where you have them, and an honest data-loss statement, even when the answer is &apos;possibly&apos;.</source>
        <translation>كلمات بسيطة يستخدمها العميل، وأوقات دقيقة مع المنطقة الزمنية، وأرقام حيث تتوفر، وبيان صادق عن فقدان البيانات حتى لو كان الجواب «ربما».</translation>
    </message>
    <message>
        <source>Customers could not load the web site or open support tickets; 12,400 accounts.</source>
        <translation>لم يتمكن العملاء من فتح الموقع ولا من فتح تذاكر الدعم؛ 12,400 حساب.</translation>
    </message>
    <message>
        <source>What the team learned, in three lists. Luck matters: it is what hides the next outage.</source>
        <translation>ما تعلمه الفريق، في ثلاث قوائم. الحظ مهم: فهو ما يخفي العطل القادم.</translation>
    </message>
    <message>
        <source>Specific and blameless; each &apos;went wrong&apos; either has an action item or a reason it does not.</source>
        <translation>محدد ومن دون لوم؛ لكل «ما سار بشكل سيئ» إجراء أو سبب لعدم وجوده.</translation>
    </message>
    <message>
        <source>We got lucky: the second drive failed after the nightly backup had finished.</source>
        <translation>كنا محظوظين: تعطّل القرص الثاني بعد انتهاء النسخ الاحتياطي الليلي.</translation>
    </message>
    <message>
        <source>The facts a reader needs first: what the incident is called, how severe it was, who is writing about it, and a short summary.</source>
        <translation>الحقائق التي يحتاجها القارئ أولًا: اسم الحادثة، ومدى خطورتها، ومن يكتب عنها، وملخص قصير.</translation>
    </message>
    <message>
        <source>A title a customer would recognise, a severity everyone agrees on, and a summary of three or four sentences: what happened, to whom, for how long, and how it ended.</source>
        <translation>عنوان يعرفه العميل، ودرجة خطورة يتفق عليها الجميع، وملخص من ثلاث أو أربع جمل: ماذا حدث، ولمن، وكم دام، وكيف انتهى.</translation>
    </message>
    <message>
        <source>Web site and support desk unavailable for 31 hours after a storage failure.</source>
        <translation>الموقع ومكتب الدعم غير متاحين لمدة 31 ساعة بعد عطل في التخزين.</translation>
    </message>
    <message>
        <source>A last look before the letter and the report leave your hands: what the checks still find, and the exports.</source>
        <translation>نظرة أخيرة قبل أن تخرج الرسالة والتقرير من يدك: ما زالت الفحوص تجده، والتصدير.</translation>
    </message>
    <message>
        <source>No errors; warnings read and either fixed or accepted on purpose; the preview read through once as a customer would.</source>
        <translation>لا أخطاء؛ التحذيرات مقروءة ومصححة أو مقبولة عن قصد؛ والمعاينة مقروءة مرة كما سيقرؤها العميل.</translation>
    </message>
    <message>
        <source>0 errors, 1 warning: &apos;Rotate backup disks&apos; has no due date (accepted: date set next week).</source>
        <translation>0 أخطاء، تحذير واحد: «تدوير أقراص النسخ الاحتياطي» بلا موعد (مقبول: يُحدَّد الموعد الأسبوع القادم).</translation>
    </message>
    <message>
        <source>Why it happened: the trigger that set it off, the conditions that let it become an outage, and what slowed detection or response. Blameless: systems and decisions, not people.</source>
        <translation>لماذا حدث: المسبب الذي أطلقه، والظروف التي جعلته عطلًا، وما أبطأ الاكتشاف أو الاستجابة. من دون لوم: الأنظمة والقرارات، لا الأشخاص.</translation>
    </message>
    <message>
        <source>Each root cause is a condition you can change; the five whys end at something an action item fixes, not at &apos;human error&apos;.</source>
        <translation>كل سبب جذري حالة يمكنك تغييرها؛ وتنتهي «لماذا» الخمس عند شيء يصلحه إجراء، لا عند «خطأ بشري».</translation>
    </message>
    <message>
        <source>The array ran degraded for six days because the drive alert went to a retired inbox.</source>
        <translation>عملت المصفوفة بحالة متدهورة ستة أيام لأن تنبيه القرص كان يذهب إلى صندوق بريد مهجور.</translation>
    </message>
    <message>
        <source>Every moment that matters, in order: what triggered the incident, when it was detected, escalated, mitigated and resolved, and what customers were told.</source>
        <translation>كل لحظة مهمة بالترتيب: ما الذي أطلق الحادثة، ومتى اكتُشفت وصُعِّدت وخُفِّفت وحُلّت، وما الذي قيل للعملاء.</translation>
    </message>
    <message>
        <source>Times from logs and chat, not memory; one event per line; the trigger, detection, mitigation and resolution marked, so the report can show how long each took.</source>
        <translation>أوقات من السجلات والمحادثات لا من الذاكرة؛ حدث واحد في كل سطر؛ مع تعليم المسبب والاكتشاف والتخفيف والحل، ليُظهر التقرير كم استغرق كل منها.</translation>
    </message>
    <message>
        <source>2026-10-27 03:10  trigger  Primary drive in the storage array failed</source>
        <translation>2026-10-27 03:10  trigger  تعطّل القرص الأساسي في مصفوفة التخزين</translation>
    </message>
    <message>
        <source>The letter customers receive: what happened in their terms, what it meant for them, an apology, what you are changing, and what they should do. It never shows internal notes.</source>
        <translation>الرسالة التي يتلقاها العملاء: ما حدث بلغتهم، وما عناه لهم، واعتذار، وما الذي ستغيّره، وما عليهم فعله. لا تُظهر الملاحظات الداخلية أبدًا.</translation>
    </message>
    <message>
        <source>Short paragraphs, no jargon, times with their zone, one plain apology without &apos;we apologise for any inconvenience&apos;, and a named person who signs.</source>
        <translation>فقرات قصيرة، بلا مصطلحات تقنية، وأوقات مع منطقتها الزمنية، واعتذار واضح واحد من دون «نعتذر عن أي إزعاج»، وشخص مسمّى يوقّع.</translation>
    </message>
    <message>
        <source>We are sorry. For 31 hours you could not reach us, and some of your messages were lost.</source>
        <translation>نحن آسفون. لمدة 31 ساعة لم تتمكن من الوصول إلينا، وفُقدت بعض رسائلك.</translation>
    </message>
    <message>
        <source>Who receives the letter. Each recipient gets their own copy, with their name and, when the file gives them, their own outage window and what they lost.</source>
        <translation>من يتلقى الرسالة. يحصل كل مستلم على نسخته باسمه، ومعها فترة انقطاعه وما فقده حين يذكرهما الملف.</translation>
    </message>
    <message>
        <source>Every row ready: a real address, once each, and every column the letter&apos;s {{ recipient.x }} fields use filled in. Read two or three letters before you write them all.</source>
        <translation>كل صف جاهز: عنوان حقيقي، مرة واحدة لكل منه، وكل عمود تستخدمه حقول {{ recipient.x }} في الرسالة مملوء. اقرأ رسالتين أو ثلاثًا قبل أن تكتبها كلها.</translation>
    </message>
    <message>
        <source>ana@example.org, Ana Lima, 2026-10-28T22:45:00-04:00, 2026-10-29T04:10:00-04:00, 3 support requests</source>
        <translation>ana@example.org, Ana Lima, 2026-10-28T22:45:00-04:00, 2026-10-29T04:10:00-04:00, 3 طلبات دعم</translation>
    </message>
</context>
<context>
    <name>GuideBox</name>
    <message>
        <source>%1 step</source>
        <translation>خطوة %1</translation>
    </message>
    <message>
        <source>Hide guide</source>
        <translation>إخفاء الدليل</translation>
    </message>
    <message>
        <source>Show or hide this step&apos;s guide (F1)</source>
        <translation>إظهار دليل هذه الخطوة أو إخفاؤه (F1)</translation>
    </message>
    <message>
        <source>Good looks like:</source>
        <translation>الجيد هو:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>مثال:</translation>
    </message>
    <message>
        <source>Guide to the %1 step</source>
        <translation>دليل خطوة %1</translation>
    </message>
    <message>
        <source>Show guide</source>
        <translation>إظهار الدليل</translation>
    </message>
</context>
<context>
    <name>ImpactStep</name>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>From the first moment customers were affected to the last.</source>
        <translation>من أول لحظة تأثر فيها العملاء حتى آخر لحظة.</translation>
    </message>
    <message>
        <source>Impact began</source>
        <translation>بدء التأثر</translation>
    </message>
    <message>
        <source>Impact ended</source>
        <translation>انتهاء التأثر</translation>
    </message>
    <message>
        <source>Who and what</source>
        <translation>من وماذا</translation>
    </message>
    <message>
        <source>Services affected</source>
        <translation>الخدمات المتأثرة</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>إضافة خدمة</translation>
    </message>
    <message>
        <source>Web site, Support desk</source>
        <translation>الموقع، مكتب الدعم</translation>
    </message>
    <message>
        <source>Customers affected</source>
        <translation>العملاء المتأثرون</translation>
    </message>
    <message>
        <source>All customers using the web site</source>
        <translation>جميع العملاء الذين يستخدمون الموقع</translation>
    </message>
    <message>
        <source>Number of customers</source>
        <translation>عدد العملاء</translation>
    </message>
    <message>
        <source> customers</source>
        <translation> عميل</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>نسبة العملاء</translation>
    </message>
    <message>
        <source>What customers experienced</source>
        <translation>ما عاشه العملاء</translation>
    </message>
    <message>
        <source>Pages did not load; e-mails to support bounced or were not answered…</source>
        <translation>لم تُحمَّل الصفحات؛ وارتدت رسائل البريد إلى الدعم أو لم يُرَد عليها…</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>The letter puts the data-loss statement in its own box, so it cannot be missed.</source>
        <translation>تضع الرسالة بيان فقدان البيانات في إطار خاص به، كي لا يفوت أحدًا.</translation>
    </message>
    <message>
        <source>Data loss</source>
        <translation>فقدان البيانات</translation>
    </message>
    <message>
        <source>What was or may have been lost</source>
        <translation>ما فُقد أو ربما فُقد</translation>
    </message>
    <message>
        <source>Support messages sent between … and … may not have reached us.</source>
        <translation>ربما لم تصلنا رسائل الدعم المرسلة بين … و….</translation>
    </message>
    <message>
        <source>Data at risk from</source>
        <translation>البيانات معرضة للخطر من</translation>
    </message>
    <message>
        <source>Data at risk until</source>
        <translation>البيانات معرضة للخطر حتى</translation>
    </message>
    <message>
        <source>What customers must do</source>
        <translation>ما يجب على العملاء فعله</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>إجراءات العملاء</translation>
    </message>
    <message>
        <source>If you wrote to support between … and …, please write again. If nothing is needed, say so.</source>
        <translation>إذا كتبت إلى الدعم بين … و…، فاكتب مرة أخرى من فضلك. وإن لم يلزم شيء، فقل ذلك.</translation>
    </message>
    <message>
        <source>SLA and credits</source>
        <translation>اتفاقية مستوى الخدمة والتعويضات</translation>
    </message>
    <message>
        <source>Whether the SLA was breached and what credit customers receive</source>
        <translation>هل خُرقت اتفاقية مستوى الخدمة وما التعويض الذي يحصل عليه العملاء</translation>
    </message>
    <message>
        <source>the impact</source>
        <translation>الأثر</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Timelines and postmortems (*.md *.markdown *.csv *.tsv *.json *.txt *.log *.zip);;All files (*)</source>
        <translation>التسلسلات الزمنية وتحليلات الحوادث (*.md *.markdown *.csv *.tsv *.json *.txt *.log *.zip);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Detect from the content</source>
        <translation>الاكتشاف من المحتوى</translation>
    </message>
    <message>
        <source>Markdown postmortem</source>
        <translation>تحليل حادثة بصيغة Markdown</translation>
    </message>
    <message>
        <source>CSV or TSV timeline</source>
        <translation>تسلسل زمني CSV أو TSV</translation>
    </message>
    <message>
        <source>Slack channel export</source>
        <translation>تصدير قناة Slack</translation>
    </message>
    <message>
        <source>PagerDuty log entries</source>
        <translation>إدخالات سجل PagerDuty</translation>
    </message>
    <message>
        <source>Statuspage incident</source>
        <translation>حادثة Statuspage</translation>
    </message>
    <message>
        <source>Chat or notes, one line each</source>
        <translation>محادثة أو ملاحظات، سطر لكل منها</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Importing &lt;b&gt;%1&lt;/b&gt;. Untick what should stay out; times without an offset are read in the zone below. Edit ▸ Undo takes the whole import back.</source>
        <translation>جارٍ استيراد &lt;b&gt;%1&lt;/b&gt;. أزل العلامة عمّا يجب أن يبقى خارجًا؛ تُقرأ الأوقات التي بلا فرق توقيت بالمنطقة أدناه. ويتراجع تحرير ▸ تراجع عن الاستيراد كله.</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>القراءة كـ</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>&amp;Read as:</source>
        <translation>ال&amp;قراءة كـ:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>المنطقة ال&amp;زمنية:</translation>
    </message>
    <message>
        <source>For times written without an offset, unless the source names its zone; choosing one here wins over the source.</source>
        <translation>للأوقات المكتوبة بلا فرق توقيت، ما لم يذكر المصدر منطقته؛ والاختيار هنا يتقدّم على المصدر.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>الصفوف المراد استيرادها</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>يتعذر الاستيراد: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ولا شيء آخر</numerusform>
            <numerusform>… وواحد آخر</numerusform>
            <numerusform>… واثنان آخران</numerusform>
            <numerusform>… و%n أخرى</numerusform>
            <numerusform>… و%n أخرى</numerusform>
            <numerusform>… و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Times without an offset are read in %1.</source>
        <translation>تُقرأ الأوقات التي بلا فرق توقيت بـ%1.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>استيراد %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n row(s)</source>
        <translation>
            <numerusform>ا&amp;ستيراد لا صفوف</numerusform>
            <numerusform>ا&amp;ستيراد صف واحد</numerusform>
            <numerusform>ا&amp;ستيراد صفين</numerusform>
            <numerusform>ا&amp;ستيراد %n صفوف</numerusform>
            <numerusform>ا&amp;ستيراد %n صفًا</numerusform>
            <numerusform>ا&amp;ستيراد %n صف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>, customer-visible</source>
        <translation>، ظاهر للعملاء</translation>
    </message>
    <message>
        <source>event: %1</source>
        <translation>حدث: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>الاستحقاق %1</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>إجراء</translation>
    </message>
    <message>
        <source>field: %1</source>
        <translation>حقل: %1</translation>
    </message>
    <message>
        <source>note → %1 internal notes</source>
        <translation>ملاحظة → الملاحظات الداخلية في %1</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>%1 – the original</source>
        <translation>%1 – الأصل</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>لغة الرسالة</translation>
    </message>
    <message>
        <source>New translation&apos;s language code</source>
        <translation>رمز لغة الترجمة الجديدة</translation>
    </message>
    <message>
        <source>Language code, e.g. de or pt-BR</source>
        <translation>رمز اللغة، مثل de أو pt-BR</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Add translation…</source>
        <translation>إضافة ترجمة…</translation>
    </message>
    <message>
        <source>Give a language code such as de, fr or pt-BR</source>
        <translation>أدخل رمز لغة مثل de أو fr أو pt-BR</translation>
    </message>
    <message>
        <source>The letter is already in %1</source>
        <translation>الرسالة موجودة بالفعل بـ%1</translation>
    </message>
    <message>
        <source>Add %1 translation</source>
        <translation>إضافة ترجمة (%1)</translation>
    </message>
</context>
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
    <name>LessonsStep</name>
    <message>
        <source>Lessons</source>
        <translation>الدروس المستفادة</translation>
    </message>
    <message>
        <source>Went well</source>
        <translation>ما سار جيدًا</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>The on-call engineer had a tested restore runbook</source>
        <translation>كان لدى مهندس المناوبة دليل استعادة مُجرَّب</translation>
    </message>
    <message>
        <source>Went wrong</source>
        <translation>ما سار بشكل سيئ</translation>
    </message>
    <message>
        <source>Status updates stopped during the restore</source>
        <translation>توقفت تحديثات الحالة أثناء الاستعادة</translation>
    </message>
    <message>
        <source>Got lucky</source>
        <translation>ما حالفنا فيه الحظ</translation>
    </message>
    <message>
        <source>The failure began outside business hours</source>
        <translation>بدأ العطل خارج ساعات العمل</translation>
    </message>
    <message>
        <source>the lessons</source>
        <translation>الدروس</translation>
    </message>
</context>
<context>
    <name>LetterStep</name>
    <message>
        <source>Draft from analysis</source>
        <translation>مسودة من التحليل</translation>
    </message>
    <message>
        <source>Write a first draft from the customer-visible events, the impact and the promised actions, with fields for the facts. It replaces only an empty letter or the template&apos;s prompts.</source>
        <translation>يكتب مسودة أولى من الأحداث الظاهرة للعملاء والأثر والإجراءات الموعودة، مع حقول للحقائق. ولا يستبدل إلا رسالة فارغة أو عبارات القالب الإرشادية.</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>الافتتاح</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Empty: the write-up&apos;s date.</source>
        <translation>فارغ: تاريخ التقرير.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Re: Service outage of 27 October</source>
        <translation>الموضوع: انقطاع الخدمة في 27 أكتوبر</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>التحية</translation>
    </message>
    <message>
        <source>Dear customers,</source>
        <translation>عملاءنا الأعزاء،</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>The whole letter between greeting and closing, in your order. Facts print where you put a field such as {{ impact_window }}; everything else is your own words.</source>
        <translation>الرسالة كاملة بين التحية والختام، بترتيبك. تُطبع الحقائق حيث تضع حقلًا مثل {{ impact_window }}؛ وكل ما عداه كلماتك أنت.</translation>
    </message>
    <message>
        <source>I am writing to tell you what happened on …</source>
        <translation>أكتب إليك لأخبرك بما حدث في …</translation>
    </message>
    <message>
        <source>What your letter covers</source>
        <translation>ما تغطيه رسالتك</translation>
    </message>
    <message>
        <source>Ticked from the checks on your letter.</source>
        <translation>مُعلَّمة من فحوص رسالتك.</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>الختام</translation>
    </message>
    <message>
        <source>Sincerely,</source>
        <translation>مع خالص التحية،</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>التوقيع من</translation>
    </message>
    <message>
        <source>One of the authors (Overview step); the letter prints their job title.</source>
        <translation>أحد الكتّاب (خطوة النظرة العامة)؛ وتطبع الرسالة مسماه الوظيفي.</translation>
    </message>
    <message>
        <source>Signer&apos;s bio</source>
        <translation>نبذة الموقّع</translation>
    </message>
    <message>
        <source>Print the signer&apos;s short bio under the letter</source>
        <translation>طباعة نبذة الموقّع القصيرة تحت الرسالة</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>صورة التوقيع</translation>
    </message>
    <message>
        <source>signature image</source>
        <translation>صورة التوقيع</translation>
    </message>
    <message>
        <source>the letter</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Add draft paragraphs</source>
        <translation>إضافة فقرات المسودة</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>إدراج حقل</translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation>إدراج %1</translation>
    </message>
    <message>
        <source>Your letter has your own words: choose draft paragraphs to add.</source>
        <translation>رسالتك فيها كلماتك: اختر فقرات المسودة التي تريد إضافتها.</translation>
    </message>
    <message>
        <source>Draft letter from analysis</source>
        <translation>صياغة الرسالة من التحليل</translation>
    </message>
    <message>
        <source>Drafted the letter; [[prompts]] mark what only you can say.</source>
        <translation>صيغت الرسالة؛ تشير [[العبارات الإرشادية]] إلى ما لا يقوله غيرك.</translation>
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
    <name>MarkdownEdit</name>
    <message>
        <source>Bold</source>
        <translation>عريض</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>مائل</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>قائمة نقطية</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>نص الرابط</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>لا اقتراحات</translation>
    </message>
    <message>
        <source>Add “%1” to the dictionary</source>
        <translation>إضافة «%1» إلى القاموس</translation>
    </message>
</context>
<context>
    <name>MarkdownField</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>لا كلمات</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%n كلمات</numerusform>
            <numerusform>%n كلمةً</numerusform>
            <numerusform>%n كلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>لا أحرف</numerusform>
            <numerusform>حرف واحد</numerusform>
            <numerusform>حرفان</numerusform>
            <numerusform>%n أحرف</numerusform>
            <numerusform>%n حرفًا</numerusform>
            <numerusform>%n حرف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss message</source>
        <translation>إغلاق الرسالة</translation>
    </message>
</context>
<context>
    <name>NotesBox</name>
    <message>
        <source>🔒  Internal notes — never sent to customers</source>
        <translation>🔒  ملاحظات داخلية — لا تُرسل إلى العملاء أبدًا</translation>
    </message>
    <message>
        <source>Only the internal report shows these notes about %1; the customer letter never does.</source>
        <translation>لا تظهر هذه الملاحظات عن %1 إلا في التقرير الداخلي، ولا تظهر أبدًا في رسالة العملاء.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Names, links, raw data, open questions…</source>
        <translation>أسماء، روابط، بيانات خام، أسئلة مفتوحة…</translation>
    </message>
    <message>
        <source>Internal notes about %1 (never sent to customers)</source>
        <translation>ملاحظات داخلية عن %1 (لا تُرسل إلى العملاء أبدًا)</translation>
    </message>
</context>
<context>
    <name>OptionalDateTimeEdit</name>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
</context>
<context>
    <name>OverviewStep</name>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>لمحة سريعة</translation>
    </message>
    <message>
        <source>From the timeline and the impact window; the report prints the same chart.</source>
        <translation>من التسلسل الزمني وفترة التأثر؛ ويطبع التقرير الرسم نفسه.</translation>
    </message>
    <message>
        <source>The incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Web site unavailable after a storage failure</source>
        <translation>الموقع غير متاح بعد عطل في التخزين</translation>
    </message>
    <message>
        <source>Incident id</source>
        <translation>معرّف الحادثة</translation>
    </message>
    <message>
        <source>INC-2026-042</source>
        <translation>INC-2026-042</translation>
    </message>
    <message>
        <source>The id in your incident tracker; the report prints it.</source>
        <translation>المعرّف في نظام متابعة الحوادث لديك؛ ويطبعه التقرير.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Set it to Final only when the checks find no errors.</source>
        <translation>لا تجعلها «نهائي» إلا عندما لا تجد الفحوص أي أخطاء.</translation>
    </message>
    <message>
        <source>Date of this write-up</source>
        <translation>تاريخ هذا التقرير</translation>
    </message>
    <message>
        <source>Exports carry this date, so they come out the same every time.</source>
        <translation>تحمل ملفات التصدير هذا التاريخ، فتخرج متطابقة في كل مرة.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>The zone customers live in; every time is shown in it, zone named.</source>
        <translation>المنطقة التي يعيش فيها العملاء؛ يُعرض فيها كل وقت مع اسم المنطقة.</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>حجم الورق</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Printed on the letterhead and in the report&apos;s footer.</source>
        <translation>يُطبع في ترويسة الرسالة وفي تذييل التقرير.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Example Software Ltd</source>
        <translation>شركة البرمجيات المثال</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>An image in the same folder as this document.</source>
        <translation>صورة في المجلد نفسه الذي فيه هذا المستند.</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Support e-mail</source>
        <translation>بريد الدعم</translation>
    </message>
    <message>
        <source>support@example.com</source>
        <translation>support@example.com</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation>لون العلامة</translation>
    </message>
    <message>
        <source>Used sparingly: the letterhead rule and headings.</source>
        <translation>يُستخدم باعتدال: خط الترويسة والعناوين.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Authors write the postmortem; one of them signs the letter.</source>
        <translation>يكتب الكتّاب تحليل الحادثة، ويوقّع أحدهم الرسالة.</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>الكتّاب</translation>
    </message>
    <message>
        <source>Add author</source>
        <translation>إضافة كاتب</translation>
    </message>
    <message>
        <source>Remove author</source>
        <translation>إزالة الكاتب</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>المراجعون</translation>
    </message>
    <message>
        <source>Add reviewer</source>
        <translation>إضافة مراجع</translation>
    </message>
    <message>
        <source>Remove reviewer</source>
        <translation>إزالة المراجع</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>On 27 October our web site and support desk were unavailable for 31 hours after a storage failure. Messages sent to support in that time may have been lost…</source>
        <translation>في 27 أكتوبر، تعذّر الوصول إلى موقعنا ومكتب الدعم لمدة 31 ساعة بعد عطل في التخزين. ربما فُقدت الرسائل المرسلة إلى الدعم خلال تلك المدة…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>وسم</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>إضافة وسم</translation>
    </message>
    <message>
        <source>storage, backup</source>
        <translation>تخزين، نسخ احتياطي</translation>
    </message>
    <message>
        <source>the overview and summary</source>
        <translation>النظرة العامة والملخص</translation>
    </message>
    <message>
        <source>Notes on the summary</source>
        <translation>ملاحظات على الملخص</translation>
    </message>
    <message>
        <source>What the summary leaves out on purpose, and why</source>
        <translation>ما يتركه الملخص عمدًا، ولماذا</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>Page %1</source>
        <translation>الصفحة %1</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Add author</source>
        <translation>إضافة كاتب</translation>
    </message>
    <message>
        <source>Add reviewer</source>
        <translation>إضافة مراجع</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Customer letter</source>
        <translation>رسالة العملاء</translation>
    </message>
    <message>
        <source>Internal report</source>
        <translation>التقرير الداخلي</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>معاينة: %1</translation>
    </message>
    <message>
        <source>Waiting for the renderer…</source>
        <translation>في انتظار محرك العرض…</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>حالة المعاينة</translation>
    </message>
    <message>
        <source>The preview appears here a moment after you stop typing.</source>
        <translation>تظهر المعاينة هنا بعد لحظة من توقفك عن الكتابة.</translation>
    </message>
    <message>
        <source>Starting the renderer…</source>
        <translation>جارٍ تشغيل محرك العرض…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>جارٍ التحديث…</translation>
    </message>
    <message>
        <source>The renderer returned a PDF that cannot be displayed.</source>
        <translation>أعاد محرك العرض ملف PDF لا يمكن عرضه.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · up to date</source>
        <translation>
            <numerusform>لا صفحات · محدَّثة</numerusform>
            <numerusform>صفحة واحدة · محدَّثة</numerusform>
            <numerusform>صفحتان · محدَّثة</numerusform>
            <numerusform>%n صفحات · محدَّثة</numerusform>
            <numerusform>%n صفحةً · محدَّثة</numerusform>
            <numerusform>%n صفحة · محدَّثة</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview could not be rendered: %1</source>
        <translation>تعذّر إنشاء المعاينة: %1</translation>
    </message>
    <message>
        <source>Render failed</source>
        <translation>فشل العرض</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Postmortems (*.postmortem);;All files (*)</source>
        <translation>تحليلات الحوادث (*.postmortem);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Open a postmortem</source>
        <translation>فتح تحليل حادثة</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Save the postmortem</source>
        <translation>حفظ تحليل الحادثة</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>هل تحفظ التغييرات على «%1» قبل الإغلاق؟</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>ستضيع تغييراتك إن لم تحفظها.</translation>
    </message>
    <message>
        <source>“%1” is already open by %2.</source>
        <translation>«%1» مفتوح بالفعل لدى %2.</translation>
    </message>
    <message>
        <source>Two people saving the same file overwrite each other&apos;s work. You can open it read-only to read it; close it there first to edit it here.</source>
        <translation>إذا حفظ شخصان الملف نفسه كتب كل منهما فوق عمل الآخر. يمكنك فتحه للقراءة فقط؛ وأغلقه هناك أولًا لتحرّره هنا.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>فتح للقراءة فقط</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>“%1” is already open in another Postmortem Studio window.</source>
        <translation>«%1» مفتوح بالفعل في نافذة أخرى من Postmortem Studio.</translation>
    </message>
    <message>
        <source>Edit it there, or open a read-only copy here.</source>
        <translation>حرّره هناك، أو افتح هنا نسخة للقراءة فقط.</translation>
    </message>
    <message>
        <source>Show That Window</source>
        <translation>إظهار تلك النافذة</translation>
    </message>
    <message>
        <source>“%1” was changed by another program since you opened it.</source>
        <translation>غيّر برنامج آخر «%1» منذ أن فتحته.</translation>
    </message>
    <message>
        <source>Saving replaces those changes with yours (the file as it is now is kept under File ▸ Versions). Save As keeps both.</source>
        <translation>الحفظ يستبدل تلك التغييرات بتغييراتك (يُحتفظ بالملف كما هو الآن في ملف ▸ الإصدارات). أما «حفظ باسم» فيُبقي الاثنين.</translation>
    </message>
    <message>
        <source>Overwrite the Other Change</source>
        <translation>الكتابة فوق التغيير الآخر</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <source>Reload “%1” from disk?</source>
        <translation>هل تعيد تحميل «%1» من القرص؟</translation>
    </message>
    <message>
        <source>Your unsaved changes are replaced by what the file now says. Edit ▸ Undo brings them back.</source>
        <translation>تُستبدل تغييراتك غير المحفوظة بما في الملف الآن. ويعيدها تحرير ▸ تراجع.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Discard the unsaved work in “%1”?</source>
        <translation>هل تتخلص من العمل غير المحفوظ في «%1»؟</translation>
    </message>
    <message>
        <source>The autosaved copy is deleted. This cannot be undone.</source>
        <translation>ستُحذف النسخة المحفوظة تلقائيًا. ولا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
</context>
<context>
    <name>RecipientLetter</name>
    <message>
        <source>Select a recipient to read their letter.</source>
        <translation>اختر مستلمًا لتقرأ رسالته.</translation>
    </message>
    <message>
        <source>Recipient letter status</source>
        <translation>حالة رسالة المستلم</translation>
    </message>
    <message>
        <source>Letter for the selected recipient</source>
        <translation>رسالة المستلم المحدد</translation>
    </message>
    <message>
        <source>Their letter appears here, as the merge will write it.</source>
        <translation>تظهر رسالته هنا كما سيكتبها الدمج.</translation>
    </message>
    <message>
        <source>Writing the letter to %1…</source>
        <translation>جارٍ كتابة الرسالة إلى %1…</translation>
    </message>
    <message>
        <source>the PDF cannot be shown</source>
        <translation>لا يمكن عرض ملف PDF</translation>
    </message>
    <message>
        <source>Their letter could not be written: %1</source>
        <translation>تعذّرت كتابة رسالته: %1</translation>
    </message>
    <message numerus="yes">
        <source>The letter to %1 (%2), %n page(s), as the merge writes it</source>
        <translation>
            <numerusform>الرسالة إلى %1 (%2)، بلا صفحات، كما يكتبها الدمج</numerusform>
            <numerusform>الرسالة إلى %1 (%2)، صفحة واحدة، كما يكتبها الدمج</numerusform>
            <numerusform>الرسالة إلى %1 (%2)، صفحتان، كما يكتبها الدمج</numerusform>
            <numerusform>الرسالة إلى %1 (%2)، %n صفحات، كما يكتبها الدمج</numerusform>
            <numerusform>الرسالة إلى %1 (%2)، %n صفحة، كما يكتبها الدمج</numerusform>
            <numerusform>الرسالة إلى %1 (%2)، %n صفحة، كما يكتبها الدمج</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientsModel</name>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Their window</source>
        <translation>فترة الانقطاع</translation>
    </message>
    <message>
        <source>Lost items</source>
        <translation>ما فُقد</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>as in the letter</source>
        <translation>كما في الرسالة</translation>
    </message>
    <message>
        <source>%1 onwards</source>
        <translation>من %1 فصاعدًا</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
</context>
<context>
    <name>RecipientsStep</name>
    <message>
        <source>One row per recipient; columns email and name, and as you need company, salutation, language, impact_start and impact_end (their own window, e.g. 2026-10-28T22:45:00-04:00), lost_items, note, or any other column a {{ recipient.x }} field uses.</source>
        <translation>صف لكل مستلم؛ العمودان email و name، وعند الحاجة company و salutation و language و impact_start و impact_end (فترة انقطاعه، مثل 2026-10-28T22:45:00-04:00) و lost_items و note، أو أي عمود آخر يستخدمه حقل {{ recipient.x }}.</translation>
    </message>
    <message>
        <source>Recipients file</source>
        <translation>ملف المستلمين</translation>
    </message>
    <message>
        <source>Import Recipients…</source>
        <translation>استيراد المستلمين…</translation>
    </message>
    <message>
        <source>Import recipients</source>
        <translation>استيراد المستلمين</translation>
    </message>
    <message>
        <source>Read Again</source>
        <translation>إعادة القراءة</translation>
    </message>
    <message>
        <source>Read the file again after changing it in a spreadsheet</source>
        <translation>أعد قراءة الملف بعد تغييره في جدول بيانات</translation>
    </message>
    <message>
        <source>No recipients yet.</source>
        <translation>لا مستلمين بعد.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>المستلمون</translation>
    </message>
    <message>
        <source>Their letter</source>
        <translation>رسالته</translation>
    </message>
    <message>
        <source>Write the letters</source>
        <translation>كتابة الرسائل</translation>
    </message>
    <message>
        <source>One PDF and one e-mail per ready row, and manifest.csv listing them. Writing again redoes only what changed.</source>
        <translation>ملف PDF ورسالة بريد لكل صف جاهز، مع manifest.csv يسردها. وإعادة الكتابة لا تعيد إلا ما تغيّر.</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>مجلد الرسائل</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Write Letters</source>
        <translation>كتابة الرسائل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>الكتابة في</translation>
    </message>
    <message>
        <source>Letters written</source>
        <translation>الرسائل المكتوبة</translation>
    </message>
    <message>
        <source>Merge status</source>
        <translation>حالة الدمج</translation>
    </message>
    <message>
        <source>Send the letters</source>
        <translation>إرسال الرسائل</translation>
    </message>
    <message>
        <source>Through your organisation&apos;s mail server, each letter once: sending again sends only what has not gone yet.</source>
        <translation>عبر خادم البريد في مؤسستك، كل رسالة مرة واحدة: وإعادة الإرسال لا ترسل إلا ما لم يُرسل بعد.</translation>
    </message>
    <message>
        <source>This document names %1; save it in the folder that holds that file.</source>
        <translation>يذكر هذا المستند %1؛ احفظه في المجلد الذي يحوي ذلك الملف.</translation>
    </message>
    <message>
        <source>Import Recipients</source>
        <translation>استيراد المستلمين</translation>
    </message>
    <message>
        <source>Recipients (*.csv *.xlsx)</source>
        <translation>المستلمون (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Use recipients file</source>
        <translation>استخدام ملف المستلمين</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message numerus="yes">
        <source>; %n with problems (see the Problems column)</source>
        <translation>
            <numerusform>؛ بها مشكلات: %n (انظر عمود المشكلات)</numerusform>
            <numerusform>؛ بها مشكلات: %n (انظر عمود المشكلات)</numerusform>
            <numerusform>؛ بها مشكلات: %n (انظر عمود المشكلات)</numerusform>
            <numerusform>؛ بها مشكلات: %n (انظر عمود المشكلات)</numerusform>
            <numerusform>؛ بها مشكلات: %n (انظر عمود المشكلات)</numerusform>
            <numerusform>؛ بها مشكلات: %n (انظر عمود المشكلات)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n recipient(s), %2 ready</source>
        <translation>
            <numerusform>%1: لا مستلمين، الجاهزون: %2</numerusform>
            <numerusform>%1: مستلم واحد، الجاهزون: %2</numerusform>
            <numerusform>%1: مستلمان، الجاهزون: %2</numerusform>
            <numerusform>%1: %n مستلمين، الجاهزون: %2</numerusform>
            <numerusform>%1: %n مستلمًا، الجاهزون: %2</numerusform>
            <numerusform>%1: %n مستلم، الجاهزون: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The document remembers this file: reopened, it shows these recipients, read afresh.</source>
        <translation>يتذكر المستند هذا الملف: عند إعادة فتحه يعرض هؤلاء المستلمين بعد قراءتهم من جديد.</translation>
    </message>
    <message>
        <source>Not remembered: save the document in the folder that holds this file to keep it.</source>
        <translation>لن يُتذكَّر: احفظ المستند في المجلد الذي يحوي هذا الملف للاحتفاظ به.</translation>
    </message>
    <message>
        <source>Not remembered: %1 is outside the document&apos;s folder. Move it next to the document and import it from there to have it come back when you reopen.</source>
        <translation>لن يُتذكَّر: %1 خارج مجلد المستند. انقله بجانب المستند واستورده من هناك ليعود حين تعيد فتحه.</translation>
    </message>
    <message>
        <source>Folder for the Letters</source>
        <translation>مجلد الرسائل</translation>
    </message>
    <message>
        <source>Import recipients and choose a folder for the letters first.</source>
        <translation>استورد المستلمين واختر مجلدًا للرسائل أولًا.</translation>
    </message>
    <message>
        <source>Writing the letters…</source>
        <translation>جارٍ كتابة الرسائل…</translation>
    </message>
    <message>
        <source>Stopping after the letters being written now…</source>
        <translation>سيتوقف بعد الرسائل الجاري كتابتها الآن…</translation>
    </message>
    <message>
        <source>Writing the letters: %1 of %2…</source>
        <translation>جارٍ كتابة الرسائل: %1 من %2…</translation>
    </message>
    <message>
        <source>the merge stopped</source>
        <translation>توقف الدمج</translation>
    </message>
    <message>
        <source>The letters could not be written: %1</source>
        <translation>تعذّرت كتابة الرسائل: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryActions</name>
    <message>
        <source>“%1” could not be opened for editing, so its work stays kept.</source>
        <translation>تعذّر فتح «%1» للتحرير، لذا يبقى عمله محفوظًا.</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>استعادة التغييرات غير المحفوظة</translation>
    </message>
    <message>
        <source>“%1” is open by %2; its work stays kept.</source>
        <translation>«%1» مفتوح لدى %2؛ ويبقى عمله محفوظًا.</translation>
    </message>
    <message>
        <source>the version of “%1” saved at %2. To bring it back, use Restore in File ▸ Versions</source>
        <translation>إصدار «%1» المحفوظ في %2. لاستعادته استخدم «استعادة» في ملف ▸ الإصدارات</translation>
    </message>
    <message>
        <source>read-only, version of %1</source>
        <translation>للقراءة فقط، إصدار %1</translation>
    </message>
</context>
<context>
    <name>RecoveryCard</name>
    <message>
        <source>Untitled postmortem</source>
        <translation>تحليل حادثة بلا عنوان</translation>
    </message>
    <message>
        <source>A new document, never saved</source>
        <translation>مستند جديد لم يُحفظ قط</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>تجاهل…</translation>
    </message>
    <message>
        <source>Discard the unsaved work in %1</source>
        <translation>التخلص من العمل غير المحفوظ في %1</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Recover %1</source>
        <translation>استعادة %1</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>less than a minute ago</source>
        <translation>قبل أقل من دقيقة</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>قبل لحظات</numerusform>
            <numerusform>قبل دقيقة</numerusform>
            <numerusform>قبل دقيقتين</numerusform>
            <numerusform>قبل %n دقائق</numerusform>
            <numerusform>قبل %n دقيقةً</numerusform>
            <numerusform>قبل %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>قبل لحظات</numerusform>
            <numerusform>قبل ساعة</numerusform>
            <numerusform>قبل ساعتين</numerusform>
            <numerusform>قبل %n ساعات</numerusform>
            <numerusform>قبل %n ساعةً</numerusform>
            <numerusform>قبل %n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>اليوم</numerusform>
            <numerusform>قبل يوم</numerusform>
            <numerusform>قبل يومين</numerusform>
            <numerusform>قبل %n أيام</numerusform>
            <numerusform>قبل %n يومًا</numerusform>
            <numerusform>قبل %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Autosaved %1 (%2)</source>
        <translation>حُفظ تلقائيًا %1 (%2)</translation>
    </message>
    <message>
        <source>Never saved. Written so far: %1.</source>
        <translation>لم يُحفظ قط. المكتوب حتى الآن: %1.</translation>
    </message>
    <message>
        <source>Never saved.</source>
        <translation>لم يُحفظ قط.</translation>
    </message>
    <message>
        <source>Cannot compare with the saved file: %1.</source>
        <translation>تتعذر المقارنة بالملف المحفوظ: %1.</translation>
    </message>
    <message>
        <source>Same as the saved file.</source>
        <translation>مطابق للملف المحفوظ.</translation>
    </message>
    <message>
        <source>Changed since saved: %1.</source>
        <translation>تغيّر منذ الحفظ: %1.</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>استعادة العمل غير المحفوظ</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>استعادة العمل غير المحفوظ</translation>
    </message>
    <message>
        <source>Postmortem Studio closed before these changes were saved. Their last autosaved copies are here; recover them to keep writing.</source>
        <translation>أُغلق Postmortem Studio قبل حفظ هذه التغييرات. هذه آخر نسخها المحفوظة تلقائيًا؛ استعدها لتواصل الكتابة.</translation>
    </message>
    <message>
        <source>Not now keeps the autosaved copies; they are offered again next time.</source>
        <translation>«ليس الآن» يُبقي النسخ المحفوظة تلقائيًا؛ وستُعرض مرة أخرى في المرة القادمة.</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>ليس الآن</translation>
    </message>
</context>
<context>
    <name>RenderService</name>
    <message>
        <source>The renderer stopped unexpectedly (%1).</source>
        <translation>توقف محرك العرض على نحو غير متوقع (%1).</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Both exports</source>
        <translation>كلا التصديرين</translation>
    </message>
    <message>
        <source>Customer letter</source>
        <translation>رسالة العملاء</translation>
    </message>
    <message>
        <source>Internal report</source>
        <translation>التقرير الداخلي</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a finding to go to its field.</source>
        <translation>انقر نقرًا مزدوجًا على ملاحظة أو اضغط Enter للانتقال إلى حقلها.</translation>
    </message>
    <message>
        <source>Show findings for</source>
        <translation>عرض الملاحظات لـ</translation>
    </message>
    <message>
        <source>Errors first, then warnings and hints</source>
        <translation>الأخطاء أولًا، ثم التحذيرات والتلميحات</translation>
    </message>
    <message>
        <source>Export customer letter…</source>
        <translation>تصدير رسالة العملاء…</translation>
    </message>
    <message>
        <source>Export internal report…</source>
        <translation>تصدير التقرير الداخلي…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <source>Ready to publish: no errors.</source>
        <translation>جاهز للنشر: لا أخطاء.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to read.</source>
        <translation>
            <numerusform>لا تحذيرات للقراءة.</numerusform>
            <numerusform>تحذير واحد للقراءة.</numerusform>
            <numerusform>تحذيران للقراءة.</numerusform>
            <numerusform>%n تحذيرات للقراءة.</numerusform>
            <numerusform>%n تحذيرًا للقراءة.</numerusform>
            <numerusform>%n تحذير للقراءة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not ready yet: %n error(s)</source>
        <translation>
            <numerusform>لم يجهز بعد: لا أخطاء</numerusform>
            <numerusform>لم يجهز بعد: خطأ واحد</numerusform>
            <numerusform>لم يجهز بعد: خطآن</numerusform>
            <numerusform>لم يجهز بعد: %n أخطاء</numerusform>
            <numerusform>لم يجهز بعد: %n خطأً</numerusform>
            <numerusform>لم يجهز بعد: %n خطأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n warning(s).</source>
        <translation>
            <numerusform> ولا تحذيرات.</numerusform>
            <numerusform> وتحذير واحد.</numerusform>
            <numerusform> وتحذيران.</numerusform>
            <numerusform> و%n تحذيرات.</numerusform>
            <numerusform> و%n تحذيرًا.</numerusform>
            <numerusform> و%n تحذير.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can still export a draft.</source>
        <translation>لا يزال بإمكانك تصدير مسودة.</translation>
    </message>
    <message numerus="yes">
        <source>The recipients file has %n problem(s); its rows with errors get no letter.</source>
        <translation>
            <numerusform>لا مشكلات في ملف المستلمين.</numerusform>
            <numerusform>في ملف المستلمين مشكلة واحدة؛ لا تُكتب رسالة للصفوف التي فيها أخطاء.</numerusform>
            <numerusform>في ملف المستلمين مشكلتان؛ لا تُكتب رسالة للصفوف التي فيها أخطاء.</numerusform>
            <numerusform>في ملف المستلمين %n مشكلات؛ لا تُكتب رسالة للصفوف التي فيها أخطاء.</numerusform>
            <numerusform>في ملف المستلمين %n مشكلةً؛ لا تُكتب رسالة للصفوف التي فيها أخطاء.</numerusform>
            <numerusform>في ملف المستلمين %n مشكلة؛ لا تُكتب رسالة للصفوف التي فيها أخطاء.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings file was not used: %1</source>
        <translation>لم يُستخدم ملف الإعدادات: %1</translation>
    </message>
</context>
<context>
    <name>RootCauseStep</name>
    <message>
        <source>Cause</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>المسبب</translation>
    </message>
    <message>
        <source>The event that started the incident</source>
        <translation>الحدث الذي بدأت به الحادثة</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>الأسباب الجذرية</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>السبب الجذري</translation>
    </message>
    <message>
        <source>Add root cause</source>
        <translation>إضافة سبب جذري</translation>
    </message>
    <message>
        <source>A condition that, fixed, prevents a repeat</source>
        <translation>حالة إذا أُصلحت منعت التكرار</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>العوامل المساهمة</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>العامل</translation>
    </message>
    <message>
        <source>Add factor</source>
        <translation>إضافة عامل</translation>
    </message>
    <message>
        <source>Something that made it worse or longer</source>
        <translation>شيء جعله أسوأ أو أطول</translation>
    </message>
    <message>
        <source>Five whys</source>
        <translation>لماذا الخمس</translation>
    </message>
    <message>
        <source>Ask why, answer, and ask why again about the answer, until the answer is something you can fix.</source>
        <translation>اسأل لماذا، وأجب، ثم اسأل لماذا عن الجواب، حتى يصبح الجواب شيئًا يمكنك إصلاحه.</translation>
    </message>
    <message>
        <source>Remove why</source>
        <translation>إزالة «لماذا»</translation>
    </message>
    <message>
        <source>Ask why?</source>
        <translation>لماذا؟</translation>
    </message>
    <message>
        <source>Add the next &apos;why?&apos; row</source>
        <translation>إضافة صف «لماذا؟» التالي</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Detection and response</source>
        <translation>الاكتشاف والاستجابة</translation>
    </message>
    <message>
        <source>How we noticed</source>
        <translation>كيف لاحظنا</translation>
    </message>
    <message>
        <source>Who or what noticed first, and how long after the trigger</source>
        <translation>من أو ما الذي لاحظ أولًا، وبعد كم من المسبب</translation>
    </message>
    <message>
        <source>How the response went</source>
        <translation>كيف سارت الاستجابة</translation>
    </message>
    <message>
        <source>What helped, what got in the way</source>
        <translation>ما الذي ساعد، وما الذي أعاق</translation>
    </message>
    <message>
        <source>the root cause</source>
        <translation>السبب الجذري</translation>
    </message>
</context>
<context>
    <name>SendForm</name>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (المنفذ 465)</translation>
    </message>
    <message>
        <source>None (a relay on this machine)</source>
        <translation>بلا تشفير (مُرحِّل بريد على هذا الجهاز)</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>خادم البريد</translation>
    </message>
    <message>
        <source>Mail server port</source>
        <translation>منفذ خادم البريد</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>التشفير</translation>
    </message>
    <message>
        <source>Empty: the server needs no login</source>
        <translation>فارغ: لا يحتاج الخادم إلى تسجيل دخول</translation>
    </message>
    <message>
        <source>Mail server user</source>
        <translation>مستخدم خادم البريد</translation>
    </message>
    <message>
        <source>Empty: the certificate authorities the system trusts</source>
        <translation>فارغ: جهات التصديق التي يثق بها النظام</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>ملف جهة التصديق</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>اختيار ملف جهة التصديق</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>جهة التصديق</translation>
    </message>
    <message>
        <source>From the system keyring, or asked for when you send; never saved.</source>
        <translation>من سلسلة مفاتيح النظام، أو يُطلب عند الإرسال؛ ولا يُحفظ أبدًا.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Send Letters…</source>
        <translation>إرسال الرسائل…</translation>
    </message>
    <message>
        <source>Send the letters</source>
        <translation>إرسال الرسائل</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>الإرسال</translation>
    </message>
    <message>
        <source>The letters in %1 are ready to send.</source>
        <translation>الرسائل في %1 جاهزة للإرسال.</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>جهة التصديق</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>الشهادات (*.pem *.crt *.cer);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Give the mail server&apos;s name first.</source>
        <translation>أدخل اسم خادم البريد أولًا.</translation>
    </message>
    <message>
        <source>Nothing sent: choose a certificate authority file that can be used, or empty the field.</source>
        <translation>لم يُرسَل شيء: اختر ملف جهة تصديق صالحًا للاستخدام، أو أفرغ الحقل.</translation>
    </message>
    <message>
        <source>Reading the letters…</source>
        <translation>جارٍ قراءة الرسائل…</translation>
    </message>
    <message numerus="yes">
        <source>All %n letter(s) in this folder have been sent already.</source>
        <translation>
            <numerusform>أُرسلت كل رسائل هذا المجلد من قبل (%n).</numerusform>
            <numerusform>أُرسلت كل رسائل هذا المجلد من قبل (%n).</numerusform>
            <numerusform>أُرسلت كل رسائل هذا المجلد من قبل (%n).</numerusform>
            <numerusform>أُرسلت كل رسائل هذا المجلد من قبل (%n).</numerusform>
            <numerusform>أُرسلت كل رسائل هذا المجلد من قبل (%n).</numerusform>
            <numerusform>أُرسلت كل رسائل هذا المجلد من قبل (%n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent.</source>
        <translation>لم يُرسل شيء.</translation>
    </message>
    <message>
        <source>Asking the system keyring for the password…</source>
        <translation>جارٍ طلب كلمة المرور من سلسلة مفاتيح النظام…</translation>
    </message>
    <message numerus="yes">
        <source> (%n were sent before)</source>
        <translation>
            <numerusform> (أُرسل منها %n من قبل)</numerusform>
            <numerusform> (أُرسل منها %n من قبل)</numerusform>
            <numerusform> (أُرسل منها %n من قبل)</numerusform>
            <numerusform> (أُرسل منها %n من قبل)</numerusform>
            <numerusform> (أُرسل منها %n من قبل)</numerusform>
            <numerusform> (أُرسل منها %n من قبل)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the letter to %n recipient(s)%1 through %2?</source>
        <translation>
            <numerusform>إرسال الرسالة إلى لا أحد%1 عبر %2؟</numerusform>
            <numerusform>إرسال الرسالة إلى مستلم واحد%1 عبر %2؟</numerusform>
            <numerusform>إرسال الرسالة إلى مستلمَين%1 عبر %2؟</numerusform>
            <numerusform>إرسال الرسالة إلى %n مستلمين%1 عبر %2؟</numerusform>
            <numerusform>إرسال الرسالة إلى %n مستلمًا%1 عبر %2؟</numerusform>
            <numerusform>إرسال الرسالة إلى %n مستلم%1 عبر %2؟</numerusform>
        </translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>بلا تشفير</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 باسم المستخدم %2</translation>
    </message>
    <message>
        <source>Send the Letters</source>
        <translation>إرسال الرسائل</translation>
    </message>
    <message>
        <source>Mail Server Password</source>
        <translation>كلمة مرور خادم البريد</translation>
    </message>
    <message>
        <source>Password for %1 at %2 (not saved):</source>
        <translation>كلمة مرور %1 على %2 (لا تُحفظ):</translation>
    </message>
    <message>
        <source>Nothing sent: no password.</source>
        <translation>لم يُرسل شيء: لا كلمة مرور.</translation>
    </message>
    <message>
        <source>Sending through %1…</source>
        <translation>جارٍ الإرسال عبر %1…</translation>
    </message>
    <message>
        <source>Sent %1, skipped %2, failed %3.</source>
        <translation>أُرسل: %1، تُخطّي: %2، فشل: %3.</translation>
    </message>
    <message>
        <source>Sending stopped: %1</source>
        <translation>توقف الإرسال: %1</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Postmortem Studio</source>
        <translation>Postmortem Studio</translation>
    </message>
    <message>
        <source>Write the incident once: a guided analysis for your team and an honest letter for your customers, exported as PDF, Markdown or HTML.</source>
        <translation>اكتب الحادثة مرة واحدة: تحليل موجَّه لفريقك ورسالة صادقة لعملائك، تُصدَّر بصيغة PDF أو Markdown أو HTML.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>القوالب</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Create from template</source>
        <translation>إنشاء من قالب</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>فتح ملف…</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>الملفات الأخيرة</translation>
    </message>
    <message>
        <source>Open the example: storage outage letter and report</source>
        <translation>فتح المثال: رسالة وتقرير عن عطل في التخزين</translation>
    </message>
    <message>
        <source>Open the example</source>
        <translation>فتح المثال</translation>
    </message>
    <message>
        <source>Start a new postmortem</source>
        <translation>بدء تحليل حادثة جديد</translation>
    </message>
    <message>
        <source>Continue writing</source>
        <translation>متابعة الكتابة</translation>
    </message>
    <message>
        <source>See a finished one</source>
        <translation>شاهد مثالًا مكتملًا</translation>
    </message>
    <message>
        <source>No recent files yet</source>
        <translation>لا ملفات حديثة بعد</translation>
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
    <message>
        <source>this step</source>
        <translation>هذه الخطوة</translation>
    </message>
    <message>
        <source>To finish this step</source>
        <translation>لإكمال هذه الخطوة</translation>
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
        <source>Recipients</source>
        <translation>المستلمون</translation>
    </message>
    <message>
        <source>Review &amp; export</source>
        <translation>المراجعة والتصدير</translation>
    </message>
</context>
<context>
    <name>TimelineChartView</name>
    <message>
        <source>The chart appears once the timeline has a trigger, detection, mitigation or resolution, or the impact has a start and an end.</source>
        <translation>يظهر المخطط حين يحوي التسلسل الزمني مسببًا أو اكتشافًا أو تخفيفًا أو حلًا، أو حين يكون للأثر بداية ونهاية.</translation>
    </message>
    <message>
        <source>Timeline chart</source>
        <translation>مخطط التسلسل الزمني</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Edit time</source>
        <translation>تعديل الوقت</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>إضافة حدث</translation>
    </message>
    <message>
        <source>Insert event</source>
        <translation>إدراج حدث</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>حذف الحدث</translation>
    </message>
    <message>
        <source>Move event</source>
        <translation>نقل الحدث</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n event(s)</source>
        <translation>
            <numerusform>لصق لا أحداث</numerusform>
            <numerusform>لصق حدث واحد</numerusform>
            <numerusform>لصق حدثين</numerusform>
            <numerusform>لصق %n أحداث</numerusform>
            <numerusform>لصق %n حدثًا</numerusform>
            <numerusform>لصق %n حدث</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineStep</name>
    <message>
        <source>Timeline events</source>
        <translation>أحداث التسلسل الزمني</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>إضافة حدث</translation>
    </message>
    <message>
        <source>Add an event after the last one</source>
        <translation>إضافة حدث بعد الأخير</translation>
    </message>
    <message>
        <source>Insert above</source>
        <translation>إدراج فوقه</translation>
    </message>
    <message>
        <source>Insert an event at the selected event&apos;s time, above it</source>
        <translation>إدراج حدث بوقت الحدث المحدد، فوقه</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>تحريك لأعلى</translation>
    </message>
    <message>
        <source>Reorder events that happened in the same minute</source>
        <translation>إعادة ترتيب الأحداث التي وقعت في الدقيقة نفسها</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>تحريك لأسفل</translation>
    </message>
    <message>
        <source>Paste events</source>
        <translation>لصق أحداث</translation>
    </message>
    <message>
        <source>Add events from copied lines such as &apos;2026-10-27 03:10 Primary drive failed&apos; or CSV rows (Ctrl+V in the table)</source>
        <translation>إضافة أحداث من أسطر منسوخة مثل «2026-10-27 03:10 تعطّل القرص الأساسي» أو صفوف CSV ‏(Ctrl+V في الجدول)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Times are in the document&apos;s time zone (set on the Overview step). Paste lines from a chat log or a spreadsheet to add many events at once.</source>
        <translation>الأوقات بالمنطقة الزمنية للمستند (تُضبط في خطوة النظرة العامة). الصق أسطرًا من سجل محادثة أو جدول بيانات لإضافة أحداث كثيرة دفعة واحدة.</translation>
    </message>
    <message>
        <source>Key durations</source>
        <translation>المدد الرئيسية</translation>
    </message>
    <message>
        <source>the timeline</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>؛ ولا شيء آخر</numerusform>
            <numerusform>؛ وسطر آخر</numerusform>
            <numerusform>؛ وسطران آخران</numerusform>
            <numerusform>؛ و%n أسطر أخرى</numerusform>
            <numerusform>؛ و%n سطرًا آخر</numerusform>
            <numerusform>؛ و%n سطر آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>Some lines were not added — %1.</source>
        <translation>لم تُضف بعض الأسطر — %1.</translation>
    </message>
    <message>
        <source>The clipboard holds no lines that start with a time.</source>
        <translation>لا تحوي الحافظة أسطرًا تبدأ بوقت.</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>زمن الاكتشاف</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>زمن التخفيف</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>زمن الحل</translation>
    </message>
    <message>
        <source>Customer impact</source>
        <translation>تأثر العملاء</translation>
    </message>
    <message>
        <source>%1: check the times and their UTC offsets.</source>
        <translation>%1: تحقق من الأوقات وفروقها عن UTC.</translation>
    </message>
</context>
<context>
    <name>TranslationSheet</name>
    <message>
        <source>Not translated yet</source>
        <translation>لم يُترجم بعد</translation>
    </message>
    <message>
        <source>The original changed after this was translated: check the translation</source>
        <translation>تغيّر الأصل بعد ترجمة هذا: راجع الترجمة</translation>
    </message>
    <message>
        <source>The original no longer has this paragraph; the letter leaves it out</source>
        <translation>لم يعد هذا الفقرة في الأصل؛ والرسالة تتركها</translation>
    </message>
    <message>
        <source>Mark as up to date</source>
        <translation>تعليم كمحدَّثة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>The original on the left, read-only; the %1 translation on the right.</source>
        <translation>الأصل على اليسار للقراءة فقط، والترجمة (%1) على اليمين.</translation>
    </message>
    <message>
        <source>Everything is translated.</source>
        <translation>كل شيء مترجم.</translation>
    </message>
    <message>
        <source>%1 of %2 texts need your attention.</source>
        <translation>%1 من %2 نصوص تحتاج إلى انتباهك.</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>تحرير %2 (%1)</translation>
    </message>
    <message>
        <source>Remove left-over paragraph</source>
        <translation>إزالة الفقرة المتبقية</translation>
    </message>
    <message>
        <source>Mark translation as up to date</source>
        <translation>تعليم الترجمة كمحدَّثة</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Clear %1</source>
        <translation>مسح %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>إضافة %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>حذف %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>نقل %1</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions of “%1”</source>
        <translation>إصدارات «%1»</translation>
    </message>
    <message>
        <source>Each save keeps the version it replaces (the last 20). Open one to read it, or restore it: restoring is one step that Edit ▸ Undo takes back.</source>
        <translation>كل حفظ يُبقي الإصدار الذي يستبدله (آخر 20). افتح أحدها لقراءته أو استعده: الاستعادة خطوة واحدة يتراجع عنها تحرير ▸ تراجع.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>الإصدارات</translation>
    </message>
    <message>
        <source>No earlier versions yet: one is kept each time you save.</source>
        <translation>لا إصدارات سابقة بعد: يُحتفظ بواحد في كل مرة تحفظ فيها.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>فتح للقراءة فقط</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Today %1</source>
        <translation>اليوم %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>أمس %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n بايت</numerusform>
            <numerusform>بايت واحد</numerusform>
            <numerusform>بايتان</numerusform>
            <numerusform>%n بايتات</numerusform>
            <numerusform>%n بايتًا</numerusform>
            <numerusform>%n بايت</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>تاريخ الحفظ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Saved %1; replaced %2</source>
        <translation>حُفظت في %1؛ واستُبدلت في %2</translation>
    </message>
</context>
<context>
    <name>WhysModel</name>
    <message>
        <source>Ask why</source>
        <translation>اسأل لماذا</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>%1, original</source>
        <translation>%1، الأصل</translation>
    </message>
    <message>
        <source>%1, translation</source>
        <translation>%1، الترجمة</translation>
    </message>
</context>
</TS>
