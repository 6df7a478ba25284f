<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AllNotesDialog</name>
    <message>
        <location filename="../../src/qari/ui/annotations/all_notes.py" line="38"/>
        <source>All Notes</source>
        <translation>كل الملاحظات</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/all_notes.py" line="45"/>
        <source>Filter notes</source>
        <translation>تصفية الملاحظات</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/all_notes.py" line="46"/>
        <source>Filter by words in the highlight or note</source>
        <translation>التصفية بكلمات من التظليل أو الملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/all_notes.py" line="52"/>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/all_notes.py" line="57"/>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/all_notes.py" line="58"/>
        <source>All colours</source>
        <translation>كل الألوان</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/all_notes.py" line="66"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/all_notes.py" line="69"/>
        <source>Highlight</source>
        <translation>التظليل</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/all_notes.py" line="69"/>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/all_notes.py" line="69"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/all_notes.py" line="69"/>
        <source>Article</source>
        <translation>المقالة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/all_notes.py" line="84"/>
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/all_notes.py" line="106"/>
        <source>Bookmark</source>
        <translation>علامة مرجعية</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/all_notes.py" line="109"/>
        <source>[orphaned]</source>
        <translation>[يتيم]</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/qari/ui/annotations/all_notes.py" line="117"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>لا تعليقات</numerusform>
            <numerusform>تعليق واحد</numerusform>
            <numerusform>تعليقان</numerusform>
            <numerusform>%n تعليقات</numerusform>
            <numerusform>%n تعليقًا</numerusform>
            <numerusform>%n تعليق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationCommands</name>
    <message>
        <location filename="../../src/qari/ui/annotations/commands.py" line="63"/>
        <source>Delete Annotation</source>
        <translation>حذف التعليق</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/commands.py" line="78"/>
        <source>Star Article</source>
        <translation>تمييز المقالة بنجمة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/commands.py" line="78"/>
        <source>Unstar Article</source>
        <translation>إزالة نجمة المقالة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/commands.py" line="99"/>
        <source>Edit Article Text</source>
        <translation>تحرير نص المقالة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/commands.py" line="117"/>
        <source>Import Annotations</source>
        <translation>استيراد التعليقات</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <location filename="../../src/qari/ui/annotations/controller.py" line="79"/>
        <source>&amp;Highlight Selection</source>
        <translation>&amp;تظليل التحديد</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/controller.py" line="84"/>
        <source>Highlight in %1</source>
        <translation>تظليل باللون %1</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/controller.py" line="88"/>
        <source>Add or Edit &amp;Note…</source>
        <translation>إضافة &amp;ملاحظة أو تحريرها…</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/controller.py" line="89"/>
        <source>&amp;Bookmark This Place</source>
        <translation>وضع &amp;علامة مرجعية هنا</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/controller.py" line="90"/>
        <source>All &amp;Notes…</source>
        <translation>كل الم&amp;لاحظات…</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/controller.py" line="102"/>
        <location filename="../../src/qari/ui/annotations/toolbar.py" line="77"/>
        <source>Highlight &amp;Colour</source>
        <translation>&amp;لون التظليل</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/controller.py" line="199"/>
        <source>Select some text to highlight first.</source>
        <translation>حدّد نصًا أولًا لتظليله.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/controller.py" line="210"/>
        <source>Highlight</source>
        <translation>تظليل</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/controller.py" line="221"/>
        <source>Bookmark</source>
        <translation>علامة مرجعية</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/controller.py" line="224"/>
        <source>Bookmarked.</source>
        <translation>وُضعت علامة مرجعية.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/controller.py" line="253"/>
        <source>Change Highlight Colour</source>
        <translation>تغيير لون التظليل</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/controller.py" line="253"/>
        <source>Edit Note</source>
        <translation>تحرير الملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/controller.py" line="260"/>
        <source>Delete Bookmark</source>
        <translation>حذف العلامة المرجعية</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/controller.py" line="260"/>
        <source>Delete Highlight</source>
        <translation>حذف التظليل</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/controller.py" line="273"/>
        <source>Select the words to re-attach it to first.</source>
        <translation>حدّد أولًا الكلمات التي تريد إعادة ربطه بها.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/controller.py" line="276"/>
        <source>Re-attach Annotation</source>
        <translation>إعادة ربط التعليق</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/controller.py" line="314"/>
        <source>Select some text, or click in a highlight, to add a note.</source>
        <translation>حدّد نصًا أو انقر داخل تظليل لإضافة ملاحظة.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/controller.py" line="350"/>
        <source>Highlight with Note</source>
        <translation>تظليل مع ملاحظة</translation>
    </message>
</context>
<context>
    <name>AnnotationTransfer</name>
    <message>
        <location filename="../../src/qari/ui/annotations/problems.py" line="23"/>
        <source>This is not a JSON file. Nothing was imported.</source>
        <translation>هذا ليس ملف JSON. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/problems.py" line="25"/>
        <source>This file does not hold W3C web annotations. Nothing was imported.</source>
        <translation>لا يحوي هذا الملف تعليقات ويب بصيغة W3C. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/problems.py" line="27"/>
        <source>Annotation %1 of this file cannot be read (%2). Nothing was imported.</source>
        <translation>تعذّرت قراءة التعليق رقم %1 في هذا الملف (%2). لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/problems.py" line="28"/>
        <source>The file holds no annotations. Nothing was imported.</source>
        <translation>لا يحوي الملف أي تعليقات. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/problems.py" line="30"/>
        <source>Annotation %1 belongs to an article that is not in the library (%2): import the article first. Nothing was imported.</source>
        <translation>التعليق رقم %1 يخص مقالًا ليس في المكتبة (%2): استورد المقال أولًا. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/transfer.py" line="35"/>
        <source>Markdown (*.md)</source>
        <translation>ماركداون (*.md)</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/transfer.py" line="36"/>
        <source>W3C Web Annotation JSON-LD (*.jsonld *.json)</source>
        <translation>تعليقات الويب W3C بصيغة JSON-LD (*.jsonld *.json)</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/transfer.py" line="37"/>
        <source>CSV, for Readwise and spreadsheets (*.csv)</source>
        <translation>CSV، لـ Readwise وجداول البيانات (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/transfer.py" line="76"/>
        <source>&amp;Export Annotations of This Article…</source>
        <translation>&amp;تصدير تعليقات هذه المقالة…</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/transfer.py" line="78"/>
        <source>Export &amp;All Annotations…</source>
        <translation>تصدير &amp;كل التعليقات…</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/transfer.py" line="80"/>
        <source>&amp;Import Annotations…</source>
        <translation>ا&amp;ستيراد تعليقات…</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/transfer.py" line="106"/>
        <source>There are no annotations to export.</source>
        <translation>لا توجد تعليقات لتصديرها.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/transfer.py" line="108"/>
        <source>Export All Annotations</source>
        <translation>تصدير كل التعليقات</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/transfer.py" line="108"/>
        <source>Export Annotations</source>
        <translation>تصدير التعليقات</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/transfer.py" line="134"/>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/transfer.py" line="138"/>
        <source>Exported %1 annotation(s) to %2</source>
        <translation>عدد التعليقات المصدَّرة إلى %2: %1</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/transfer.py" line="143"/>
        <source>Import Annotations</source>
        <translation>استيراد التعليقات</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/transfer.py" line="152"/>
        <source>W3C Web Annotation JSON-LD (*.jsonld *.json);;All files (*)</source>
        <translation>تعليقات الويب W3C بصيغة JSON-LD (*.jsonld *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/transfer.py" line="179"/>
        <source>Imported %1 annotation(s).</source>
        <translation>عدد التعليقات المستوردة: %1.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/transfer.py" line="180"/>
        <source>%1 could not be placed and are listed as orphaned.</source>
        <translation>تعذّر وضع %1 منها، وهي مدرجة كتعليقات يتيمة.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/transfer.py" line="181"/>
        <source>%1 already in the library.</source>
        <translation>%1 موجودة في المكتبة من قبل.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/transfer.py" line="182"/>
        <source>%1 had the id of a different annotation and were kept as new ones.</source>
        <translation>%1 تحمل معرّف تعليق مختلف، فحُفظت تعليقات جديدة.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/transfer.py" line="184"/>
        <source>%1 appeared twice in the file.</source>
        <translation>%1 تكررت في الملف.</translation>
    </message>
</context>
<context>
    <name>ArticleDetailsDialog</name>
    <message>
        <location filename="../../src/qari/ui/library/dialogs.py" line="31"/>
        <source>Article Details</source>
        <translation>تفاصيل المقالة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/dialogs.py" line="36"/>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/dialogs.py" line="39"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/dialogs.py" line="40"/>
        <source>Where the article comes from (a site, a paper, a link)</source>
        <translation>مصدر المقالة (موقع، صحيفة، رابط)</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/dialogs.py" line="43"/>
        <source>&amp;Headline:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/dialogs.py" line="44"/>
        <source>&amp;Source:</source>
        <translation>ال&amp;مصدر:</translation>
    </message>
</context>
<context>
    <name>ArticleEditing</name>
    <message>
        <location filename="../../src/qari/ui/annotations/editing.py" line="48"/>
        <source>&amp;Star Article</source>
        <translation>تمييز المقالة ب&amp;نجمة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/editing.py" line="50"/>
        <source>Edit Article &amp;Text…</source>
        <translation>تحرير &amp;نص المقالة…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/qari/ui/annotations/editing.py" line="131"/>
        <source>%n annotation(s) could not be placed in the new text; see Notes.</source>
        <translation>
            <numerusform>وُضعت كل التعليقات في النص الجديد.</numerusform>
            <numerusform>تعذّر وضع تعليق واحد في النص الجديد؛ انظر الملاحظات.</numerusform>
            <numerusform>تعذّر وضع تعليقين في النص الجديد؛ انظر الملاحظات.</numerusform>
            <numerusform>تعذّر وضع %n تعليقات في النص الجديد؛ انظر الملاحظات.</numerusform>
            <numerusform>تعذّر وضع %n تعليقًا في النص الجديد؛ انظر الملاحظات.</numerusform>
            <numerusform>تعذّر وضع %n تعليق في النص الجديد؛ انظر الملاحظات.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleInfoPanel</name>
    <message>
        <location filename="../../src/qari/ui/sidebar/info.py" line="25"/>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/info.py" line="26"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/info.py" line="27"/>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/info.py" line="28"/>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/info.py" line="29"/>
        <source>Length</source>
        <translation>الطول</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/qari/ui/sidebar/info.py" line="52"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>لا كلمات</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%n كلمات</numerusform>
            <numerusform>%n كلمة</numerusform>
            <numerusform>%n كلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/qari/ui/sidebar/info.py" line="53"/>
        <source>%n min read</source>
        <translation>
            <numerusform>أقل من دقيقة قراءة</numerusform>
            <numerusform>دقيقة قراءة واحدة</numerusform>
            <numerusform>دقيقتا قراءة</numerusform>
            <numerusform>%n دقائق قراءة</numerusform>
            <numerusform>%n دقيقة قراءة</numerusform>
            <numerusform>%n دقيقة قراءة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditTextDialog</name>
    <message>
        <location filename="../../src/qari/ui/edit_text.py" line="19"/>
        <source>Edit Article Text</source>
        <translation>تحرير نص المقالة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/edit_text.py" line="21"/>
        <source>One paragraph a line; the first line is the headline. Highlights and bookmarks follow their words; any that cannot be found again are listed under Notes as orphaned.</source>
        <translation>فقرة في كل سطر؛ السطر الأول هو العنوان. يتبع التظليل والعلامات المرجعية كلماتها؛ وما يتعذّر العثور عليه من جديد يُدرج في الملاحظات على أنه يتيم.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/edit_text.py" line="28"/>
        <source>Article text</source>
        <translation>نص المقالة</translation>
    </message>
</context>
<context>
    <name>EntitiesPanel</name>
    <message>
        <location filename="../../src/qari/ui/extraction.py" line="386"/>
        <location filename="../../src/qari/ui/sidebar/entities.py" line="157"/>
        <source>Names</source>
        <translation>الأسماء</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/extraction.py" line="387"/>
        <location filename="../../src/qari/ui/sidebar/entities.py" line="160"/>
        <source>People, places &amp; organisations</source>
        <translation>الأشخاص والأماكن والمنظمات</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/entities.py" line="44"/>
        <source>People</source>
        <translation>أشخاص</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/entities.py" line="45"/>
        <source>Places</source>
        <translation>أماكن</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/entities.py" line="46"/>
        <source>Organisations</source>
        <translation>منظمات</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/entities.py" line="47"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/entities.py" line="82"/>
        <source>Names in this article</source>
        <translation>الأسماء في هذه المقالة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/entities.py" line="94"/>
        <source>&amp;Previous Mention</source>
        <translation>الذكر ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/entities.py" line="95"/>
        <source>&amp;Next Mention</source>
        <translation>الذكر ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/entities.py" line="96"/>
        <source>C&amp;lear Marks</source>
        <translation>م&amp;سح العلامات</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/entities.py" line="103"/>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/entities.py" line="104"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/entities.py" line="105"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/entities.py" line="110"/>
        <source>Mention</source>
        <translation>الذكر</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/entities.py" line="132"/>
        <source>Open an article to see who and what it names.</source>
        <translation>افتح مقالة لترى من تذكره من أشخاص وأماكن ومنظمات.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/entities.py" line="167"/>
        <source>Analysing…</source>
        <translation>جارٍ التحليل…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/qari/ui/sidebar/entities.py" line="188"/>
        <source>%n mention(s)</source>
        <translation>
            <numerusform>لم يُذكر</numerusform>
            <numerusform>ذُكر مرة واحدة</numerusform>
            <numerusform>ذُكر مرتين</numerusform>
            <numerusform>ذُكر %n مرات</numerusform>
            <numerusform>ذُكر %n مرة</numerusform>
            <numerusform>ذُكر %n مرة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/entities.py" line="190"/>
        <source>Also written: %1</source>
        <translation>يُكتب أيضًا: %1</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/entities.py" line="199"/>
        <source>No people, places or organisations found in this article.</source>
        <translation>لم يُعثر على أشخاص أو أماكن أو منظمات في هذه المقالة.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/entities.py" line="205"/>
        <source>Could not analyse this article.</source>
        <translation>تعذّر تحليل هذه المقالة.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/qari/ui/errors.py" line="68"/>
        <source>Qari</source>
        <translation>قارئ</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/errors.py" line="76"/>
        <source>(the log could not be written)</source>
        <translation>(تعذّرت كتابة السجل)</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/errors.py" line="77"/>
        <source>Something went wrong inside Qari. This is a bug in Qari, not something you did; what you were doing may not have been saved.

The details were written to %1. Please include that file if you report the problem.</source>
        <translation>حدث خطأ داخل «قارئ». هذا عيب في البرنامج وليس شيئًا فعلتَه؛ وربما لم يُحفظ ما كنت تفعله.

كُتبت التفاصيل في %1. أرفق هذا الملف إن أبلغت عن المشكلة.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/errors.py" line="80"/>
        <source>Qari hit a bug</source>
        <translation>واجه «قارئ» عيبًا برمجيًا</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/qari/ui/reader/find_bar.py" line="40"/>
        <location filename="../../src/qari/ui/reader/find_bar.py" line="43"/>
        <source>Find in article</source>
        <translation>البحث في المقالة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/find_bar.py" line="44"/>
        <source>Text to find</source>
        <translation>النص المراد البحث عنه</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/find_bar.py" line="49"/>
        <source>Matches</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/find_bar.py" line="51"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>النتيجة السابقة (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/find_bar.py" line="52"/>
        <source>Next match (Enter)</source>
        <translation>النتيجة التالية (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/find_bar.py" line="53"/>
        <source>Close the find bar (Esc)</source>
        <translation>إغلاق شريط البحث (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/find_bar.py" line="87"/>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/find_bar.py" line="93"/>
        <source>No matches</source>
        <translation>لا نتائج</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/find_bar.py" line="97"/>
        <source>%1 / %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../../src/qari/ui/library/import_text.py" line="16"/>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/import_text.py" line="17"/>
        <source>This looks like a binary file, not text.</source>
        <translation>يبدو أنه ملف ثنائي وليس نصًا.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/import_text.py" line="18"/>
        <source>The file is larger than 20 MB.</source>
        <translation>حجم الملف أكبر من 20 ميغابايت.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/import_text.py" line="19"/>
        <source>No encoding explains these bytes.</source>
        <translation>لا يوجد ترميز يفسّر هذه البايتات.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/import_text.py" line="20"/>
        <source>No article text was found in this page.</source>
        <translation>لم يُعثر على نص مقالة في هذه الصفحة.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/import_text.py" line="21"/>
        <source>The file no longer exists.</source>
        <translation>الملف لم يعد موجودًا.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/import_text.py" line="22"/>
        <source>This is a folder, not a file.</source>
        <translation>هذا مجلد وليس ملفًا.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/import_text.py" line="23"/>
        <source>This kind of file is not supported (use .txt, .html or .md).</source>
        <translation>هذا النوع من الملفات غير مدعوم (استخدم ‎.txt أو ‎.html أو ‎.md).</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/import_text.py" line="24"/>
        <source>You don&apos;t have permission to read this file.</source>
        <translation>ليست لديك صلاحية قراءة هذا الملف.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/import_text.py" line="25"/>
        <source>The file could not be read.</source>
        <translation>تعذّرت قراءة الملف.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/import_text.py" line="26"/>
        <source>This is not a regular file.</source>
        <translation>هذا ليس ملفًا عاديًا.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/import_text.py" line="27"/>
        <source>The clipboard holds no text.</source>
        <translation>لا تحتوي الحافظة على نص.</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <location filename="../../src/qari/ui/library/import_results.py" line="40"/>
        <source>Import Results</source>
        <translation>نتائج الاستيراد</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/import_results.py" line="46"/>
        <source>Show only &amp;failures</source>
        <translation>إظهار الإخفاقات &amp;فقط</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/import_results.py" line="51"/>
        <source>Files imported</source>
        <translation>الملفات المستوردة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/import_results.py" line="52"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/import_results.py" line="52"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/import_results.py" line="52"/>
        <source>Headline or reason</source>
        <translation>العنوان أو السبب</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/import_results.py" line="65"/>
        <source>&amp;Open Article</source>
        <translation>&amp;فتح المقالة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/import_results.py" line="80"/>
        <source>%1 of %2 files were done before the cancel; they stay in the library.</source>
        <translation>عدد الملفات التي اكتملت قبل الإلغاء: %1 من %2، وهي باقية في المكتبة.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../../src/qari/ui/importer.py" line="121"/>
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/importer.py" line="125"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/importer.py" line="126"/>
        <source>Cancel the import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/importer.py" line="154"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/importer.py" line="163"/>
        <source>Import Articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/importer.py" line="164"/>
        <source>Articles (*.txt *.text *.html *.htm *.xhtml *.md *.markdown);;All files (*)</source>
        <translation>مقالات (*.txt *.text *.html *.htm *.xhtml *.md *.markdown);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/importer.py" line="174"/>
        <source>Import a Folder of Articles</source>
        <translation>استيراد مجلد مقالات</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/importer.py" line="184"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/importer.py" line="207"/>
        <source>Importing %1 of %2…</source>
        <translation>جارٍ استيراد %1 من %2…</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/importer.py" line="228"/>
        <source>Import stopped</source>
        <translation>توقّف الاستيراد</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/importer.py" line="229"/>
        <source>The library could not be written: %1
What was imported before stays.</source>
        <translation>تعذّرت الكتابة في المكتبة: %1
يبقى ما استُورد من قبل.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/importer.py" line="250"/>
        <source>Nothing to import: no .txt, .html or .md files were found there.</source>
        <translation>لا شيء للاستيراد: لم يُعثر هناك على ملفات ‎.txt أو ‎.html أو ‎.md.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/importer.py" line="252"/>
        <source>Nothing to Import</source>
        <translation>لا شيء للاستيراد</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/importer.py" line="298"/>
        <source>Article changed</source>
        <translation>تغيّر المقال</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/importer.py" line="302"/>
        <source>The file %1 was imported before, and its text has changed since.

“%2”

Update that article (its highlights and notes are moved to the new text), or keep both versions?</source>
        <translation>استُورد الملف %1 من قبل، وتغيّر نصه منذ ذلك الحين.

«%2»

هل تحدّث ذلك المقال (تُنقل تظليلاته وملاحظاته إلى النص الجديد)، أم تحتفظ بالنسختين؟</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/importer.py" line="305"/>
        <source>&amp;Update</source>
        <translation>&amp;حدّث</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/importer.py" line="307"/>
        <source>&amp;Keep Both</source>
        <translation>احتفظ &amp;بالنسختين</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/importer.py" line="312"/>
        <source>Do the same for the other changed files (%1)</source>
        <translation>افعل الشيء نفسه مع الملفات المتغيرة الأخرى (%1)</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/importer.py" line="348"/>
        <source>Nothing to paste</source>
        <translation>لا شيء للصق</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/importer.py" line="353"/>
        <source>Pasted article added to the library.</source>
        <translation>أُضيفت المقالة الملصقة إلى المكتبة.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/importer.py" line="355"/>
        <source>That article is already in the library.</source>
        <translation>هذه المقالة موجودة في المكتبة من قبل.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/import_text.py" line="37"/>
        <source>Imported</source>
        <translation>استُورد</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/import_text.py" line="37"/>
        <source>Already in library</source>
        <translation>موجود في المكتبة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/import_text.py" line="37"/>
        <source>Failed</source>
        <translation>أخفق</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/import_text.py" line="38"/>
        <source>Updated</source>
        <translation>حُدّث</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/import_text.py" line="38"/>
        <source>Changed, not updated</source>
        <translation>تغيّر ولم يُحدَّث</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/import_text.py" line="45"/>
        <source>Bytes that could not be read (replaced with �): %1.</source>
        <translation>بايتات تعذّرت قراءتها (استُبدل بها �): %1.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/import_text.py" line="48"/>
        <source>The file changed since it was imported: the article was updated (annotations kept: %1, detached: %2).</source>
        <translation>تغيّر الملف منذ استيراده، فحُدّث المقال (تعليقات بقيت في مكانها: %1، وأخرى انفصلت: %2).</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/import_text.py" line="52"/>
        <source>The file changed since it was imported; the article was left as it was.</source>
        <translation>تغيّر الملف منذ استيراده، وتُرك المقال كما كان.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/import_text.py" line="58"/>
        <source>%1 imported, %2 already in the library, %3 failed</source>
        <translation>استُورد: %1، موجود في المكتبة: %2، أخفق: %3</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/import_text.py" line="62"/>
        <source>, %1 updated</source>
        <translation>، وحُدّث %1</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/import_text.py" line="65"/>
        <source>; with bytes that could not be read: %1</source>
        <translation>؛ وفيها بايتات تعذّرت قراءتها: %1</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/import_text.py" line="66"/>
        <source>Import cancelled: </source>
        <translation>أُلغي الاستيراد: </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../src/qari/ui/language.py" line="22"/>
        <location filename="../../src/qari/ui/language.py" line="24"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/language.py" line="23"/>
        <source>Qari will be in English the next time it starts.</source>
        <translation>سيظهر «قارئ» بالإنجليزية عند تشغيله في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/language.py" line="25"/>
        <source>Qari will be in Arabic the next time it starts.</source>
        <translation>سيظهر «قارئ» بالعربية عند تشغيله في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/language.py" line="48"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
</context>
<context>
    <name>LibraryCommands</name>
    <message numerus="yes">
        <location filename="../../src/qari/ui/library/commands.py" line="26"/>
        <source>Delete %n article(s)</source>
        <translation>
            <numerusform>حذف المقالات</numerusform>
            <numerusform>حذف مقالة واحدة</numerusform>
            <numerusform>حذف مقالتين</numerusform>
            <numerusform>حذف %n مقالات</numerusform>
            <numerusform>حذف %n مقالة</numerusform>
            <numerusform>حذف %n مقالة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/commands.py" line="47"/>
        <source>Edit article details</source>
        <translation>تحرير تفاصيل المقالة</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../src/qari/ui/library/model.py" line="112"/>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/model.py" line="112"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/model.py" line="112"/>
        <source>Added</source>
        <translation>تاريخ الإضافة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/model.py" line="112"/>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/model.py" line="113"/>
        <source>Read</source>
        <translation>المقروء</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/model.py" line="115"/>
        <source>The article&apos;s headline</source>
        <translation>عنوان المقالة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/model.py" line="115"/>
        <source>Where it came from</source>
        <translation>مصدرها</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/model.py" line="115"/>
        <source>When it was imported</source>
        <translation>تاريخ استيرادها</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/model.py" line="116"/>
        <source>Length in words</source>
        <translation>طولها بالكلمات</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/model.py" line="116"/>
        <source>How far you have read</source>
        <translation>إلى أين وصلت في قراءتها</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/model.py" line="140"/>
        <source>Starred</source>
        <translation>المميزة بنجمة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/model.py" line="185"/>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/model.py" line="186"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../src/qari/ui/library/panel.py" line="53"/>
        <source>Filter the library</source>
        <translation>تصفية المكتبة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/panel.py" line="54"/>
        <source>Filter by headline or source…</source>
        <translation>التصفية بالعنوان أو المصدر…</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/panel.py" line="59"/>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/panel.py" line="60"/>
        <source>Import articles from files or folders (Ctrl+O)</source>
        <translation>استيراد مقالات من ملفات أو مجلدات (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/panel.py" line="61"/>
        <source>Import articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/panel.py" line="66"/>
        <source>Articles in the library</source>
        <translation>المقالات في المكتبة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/panel.py" line="98"/>
        <source>Your library is empty.
Import articles with File → Import (Ctrl+O), drop files or folders on the window, or paste an article (Ctrl+Shift+V).</source>
        <translation>مكتبتك فارغة.
استورد مقالات من ملف ← استيراد ملفات (Ctrl+O)، أو أفلت ملفات أو مجلدات على النافذة، أو الصق مقالة (Ctrl+Shift+V).</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/panel.py" line="108"/>
        <source>Show only starred articles</source>
        <translation>اعرض المقالات المميزة بنجمة فقط</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/panel.py" line="109"/>
        <source>Starred only</source>
        <translation>المميزة بنجمة فقط</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/panel.py" line="122"/>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/panel.py" line="123"/>
        <source>&amp;Edit Details…</source>
        <translation>&amp;تحرير التفاصيل…</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/panel.py" line="124"/>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/panel.py" line="274"/>
        <source>Delete “%1” from the library?</source>
        <translation>أتريد حذف «%1» من المكتبة؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/qari/ui/library/panel.py" line="276"/>
        <source>Delete %n articles from the library?</source>
        <translation>
            <numerusform>أتريد حذف المقالات من المكتبة؟</numerusform>
            <numerusform>أتريد حذف مقالة واحدة من المكتبة؟</numerusform>
            <numerusform>أتريد حذف مقالتين من المكتبة؟</numerusform>
            <numerusform>أتريد حذف %n مقالات من المكتبة؟</numerusform>
            <numerusform>أتريد حذف %n مقالة من المكتبة؟</numerusform>
            <numerusform>أتريد حذف %n مقالة من المكتبة؟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/panel.py" line="278"/>
        <source>Delete Articles</source>
        <translation>حذف المقالات</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/panel.py" line="279"/>
        <source>Highlights and notes go with them. You can undo this with Ctrl+Z.</source>
        <translation>سيُحذف معها التظليل والملاحظات. يمكنك التراجع عن ذلك بـ Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/qari/ui/library/panel.py" line="301"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقالة واحدة</numerusform>
            <numerusform>مقالتان</numerusform>
            <numerusform>%n مقالات</numerusform>
            <numerusform>%n مقالة</numerusform>
            <numerusform>%n مقالة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/panel.py" line="303"/>
        <source>%1 of %2 articles</source>
        <translation>المقالات: %1 من %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/qari/ui/library/dock.py" line="100"/>
        <source>&amp;Import Files…</source>
        <translation>استيراد &amp;ملفات…</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/dock.py" line="102"/>
        <source>Import &amp;Folder…</source>
        <translation>استيراد م&amp;جلد…</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/dock.py" line="104"/>
        <source>&amp;Paste as New Article</source>
        <translation>ل&amp;صق كمقالة جديدة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/dock.py" line="106"/>
        <source>Show &amp;Library</source>
        <translation>إظهار الم&amp;كتبة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/place.py" line="43"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/main_window.py" line="82"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/main_window.py" line="152"/>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/main_window.py" line="154"/>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/main_window.py" line="156"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/main_window.py" line="163"/>
        <source>Show &amp;Sidebar</source>
        <translation>إظهار الشريط ال&amp;جانبي</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/main_window.py" line="172"/>
        <source>&amp;About Qari</source>
        <translation>&amp;حول «قارئ»</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/main_window.py" line="220"/>
        <source>Quote copied</source>
        <translation>نُسخ الاقتباس</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/main_window.py" line="337"/>
        <source>Reading the library for the People view: %1 of %2</source>
        <translation>قراءة المكتبة لعرض الأشخاص: %1 من %2</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/main_window.py" line="351"/>
        <source>About Qari</source>
        <translation>حول «قارئ»</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/main_window.py" line="352"/>
        <source>Qari — a reader for Arabic articles.
Free software under the GPL, version 3 or later.</source>
        <translation>«قارئ» — تطبيق لقراءة المقالات العربية.
برنامج حر مرخّص بموجب رخصة GPL، الإصدار 3 أو أي إصدار لاحق.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/window_frame.py" line="85"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/window_frame.py" line="86"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/window_frame.py" line="87"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/window_frame.py" line="88"/>
        <source>&amp;Help</source>
        <translation>&amp;تعليمات</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/window_frame.py" line="132"/>
        <source>Article</source>
        <translation>المقالة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/window_frame.py" line="133"/>
        <source>Sidebar</source>
        <translation>الشريط الجانبي</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/window_frame.py" line="171"/>
        <location filename="../../src/qari/ui/window_frame.py" line="175"/>
        <source>Qari</source>
        <translation>قارئ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/qari/ui/window_frame.py" line="176"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>لا كلمات</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%n كلمات</numerusform>
            <numerusform>%n كلمة</numerusform>
            <numerusform>%n كلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/qari/ui/window_frame.py" line="177"/>
        <source>%n min read</source>
        <translation>
            <numerusform>أقل من دقيقة قراءة</numerusform>
            <numerusform>دقيقة قراءة واحدة</numerusform>
            <numerusform>دقيقتا قراءة</numerusform>
            <numerusform>%n دقائق قراءة</numerusform>
            <numerusform>%n دقيقة قراءة</numerusform>
            <numerusform>%n دقيقة قراءة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/window_frame.py" line="181"/>
        <source>%1% read</source>
        <translation>قُرئ %1%</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../src/qari/ui/annotations/note_editor.py" line="53"/>
        <location filename="../../src/qari/ui/annotations/note_editor.py" line="66"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/note_editor.py" line="53"/>
        <source>Bookmark Note</source>
        <translation>ملاحظة العلامة المرجعية</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/note_editor.py" line="68"/>
        <source>&amp;Note:</source>
        <translation>الم&amp;لاحظة:</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/note_editor.py" line="71"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/note_editor.py" line="72"/>
        <source>comma-separated</source>
        <translation>مفصولة بفواصل</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/note_editor.py" line="78"/>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/note_editor.py" line="80"/>
        <source>&amp;Tags:</source>
        <translation>ال&amp;وسوم:</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/note_editor.py" line="82"/>
        <source>Colour:</source>
        <translation>اللون:</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../src/qari/ui/sidebar/notes.py" line="71"/>
        <source>Select text in the article and press Ctrl+H to highlight it, or Ctrl+D to bookmark your place.</source>
        <translation>حدّد نصًا في المقالة واضغط Ctrl+H لتظليله، أو Ctrl+D لوضع علامة مرجعية عند موضعك.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/notes.py" line="77"/>
        <source>Highlights, notes and bookmarks</source>
        <translation>التظليل والملاحظات والعلامات المرجعية</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/notes.py" line="90"/>
        <source>Colour:</source>
        <translation>اللون:</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/notes.py" line="93"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/notes.py" line="96"/>
        <source>Note:</source>
        <translation>الملاحظة:</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/notes.py" line="99"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/notes.py" line="100"/>
        <source>comma-separated</source>
        <translation>مفصولة بفواصل</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/notes.py" line="102"/>
        <source>Tags:</source>
        <translation>الوسوم:</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/notes.py" line="104"/>
        <source>Save Note</source>
        <translation>حفظ الملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/notes.py" line="105"/>
        <location filename="../../src/qari/ui/sidebar/notes.py" line="127"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/notes.py" line="117"/>
        <source>Orphaned (their text is no longer in the article):</source>
        <translation>تعليقات يتيمة (لم يعد نصها في المقالة):</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/notes.py" line="121"/>
        <source>Orphaned annotations</source>
        <translation>التعليقات اليتيمة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/notes.py" line="124"/>
        <source>Re-attach to Selection</source>
        <translation>إعادة الربط بالتحديد</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/notes.py" line="126"/>
        <source>Select the right words in the article first</source>
        <translation>حدّد الكلمات الصحيحة في المقالة أولًا</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/notes.py" line="176"/>
        <source>Bookmark</source>
        <translation>علامة مرجعية</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../../src/qari/ui/annotations/palette.py" line="33"/>
        <source>Yellow</source>
        <translation>الأصفر</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/palette.py" line="34"/>
        <source>Green</source>
        <translation>الأخضر</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/palette.py" line="35"/>
        <source>Blue</source>
        <translation>الأزرق</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/palette.py" line="36"/>
        <source>Pink</source>
        <translation>الوردي</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/palette.py" line="37"/>
        <source>Purple</source>
        <translation>البنفسجي</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/palette.py" line="38"/>
        <source>Orange</source>
        <translation>البرتقالي</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/palette.py" line="39"/>
        <source>Red</source>
        <translation>الأحمر</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/palette.py" line="40"/>
        <source>Gray</source>
        <translation>الرمادي</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../src/qari/ui/people/dock.py" line="73"/>
        <location filename="../../src/qari/ui/people/view.py" line="49"/>
        <source>People</source>
        <translation>أشخاص</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="48"/>
        <source>Everyone</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="50"/>
        <source>Organisations</source>
        <translation>منظمات</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="51"/>
        <source>Places</source>
        <translation>أماكن</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="52"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="58"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="58"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="59"/>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="59"/>
        <source>Mentions</source>
        <translation>الذكر</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="60"/>
        <source>Quotes</source>
        <translation>الاقتباسات</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="60"/>
        <source>Statements</source>
        <translation>التصريحات</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="136"/>
        <source>Show</source>
        <translation>اعرض</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="143"/>
        <source>Filter names…</source>
        <translation>رشّح الأسماء…</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="144"/>
        <source>Filter names</source>
        <translation>ترشيح الأسماء</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="150"/>
        <source>Names across the library</source>
        <translation>الأسماء في المكتبة كلها</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="171"/>
        <source>What they said, by article</source>
        <translation>ما قالوه، مقالا مقالا</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="187"/>
        <source>Merge</source>
        <translation>ادمج</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="187"/>
        <source>Make the selected entries one</source>
        <translation>اجعل المدخلات المختارة مدخلا واحدا</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="189"/>
        <source>Split…</source>
        <translation>افصل…</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="190"/>
        <source>Take one of its names out into an entry of its own</source>
        <translation>افصل أحد أسمائه في مدخل مستقل</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="192"/>
        <source>Export…</source>
        <translation>صدّر…</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="192"/>
        <source>Export the quotations with citations</source>
        <translation>صدّر الأقوال مع مصادرها</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="243"/>
        <source>No names yet: the library&apos;s articles are still being read.</source>
        <translation>لا أسماء بعد: ما زالت مقالات المكتبة تُقرأ.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="244"/>
        <source>No names in the library.</source>
        <translation>لا أسماء في المكتبة.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="248"/>
        <source>Reading the library: %1 of %2 articles</source>
        <translation>قراءة المكتبة: %1 من %2 مقالا</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="296"/>
        <source>(reported) %1</source>
        <translation>(منقول) %1</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="314"/>
        <source>Select two entries or more (Ctrl+click) to merge them.</source>
        <translation>اختر مدخلين أو أكثر (Ctrl+نقرة) لدمجها.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="336"/>
        <source>This entry has only one name: nothing to split.</source>
        <translation>لهذا المدخل اسم واحد: لا شيء يُفصل.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="339"/>
        <source>Split</source>
        <translation>فصل</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="339"/>
        <source>Take this name out:</source>
        <translation>افصل هذا الاسم:</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="353"/>
        <source>Export Quotations</source>
        <translation>تصدير الأقوال</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="353"/>
        <source>Markdown (*.md);;CSV (*.csv);;JSON (*.json)</source>
        <translation>ماركداون (*.md);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="370"/>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/people/view.py" line="372"/>
        <source>Exported to %1</source>
        <translation>صُدّرت إلى %1</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/research_actions.py" line="22"/>
        <source>&amp;People and Quotations</source>
        <translation>الأ&amp;شخاص والأقوال</translation>
    </message>
</context>
<context>
    <name>Qari</name>
    <message>
        <location filename="../../src/qari/ui/sample.py" line="15"/>
        <source>Qari sample</source>
        <translation>مقال تجريبي من قارئ</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sample.py" line="17"/>
        <source>Clipboard</source>
        <translation>الحافظة</translation>
    </message>
</context>
<context>
    <name>QuoteCorrections</name>
    <message>
        <location filename="../../src/qari/ui/sidebar/corrections.py" line="45"/>
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/corrections.py" line="45"/>
        <source>Who said it? Choose or type a name:</source>
        <translation>من قال ذلك؟ اختر اسمًا أو اكتبه:</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/corrections.py" line="79"/>
        <source>Add Selection as &amp;Quotation…</source>
        <translation>إضافة التحديد &amp;اقتباسًا…</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/corrections.py" line="122"/>
        <source>Change Speaker</source>
        <translation>تغيير المتحدث</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/corrections.py" line="125"/>
        <source>Not a Quotation</source>
        <translation>ليس اقتباسًا</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/corrections.py" line="128"/>
        <source>Confirm Speaker</source>
        <translation>تأكيد المتحدث</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/corrections.py" line="133"/>
        <source>Select the words of the quotation in the text first.</source>
        <translation>حدّد كلمات الاقتباس في النص أولًا.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/corrections.py" line="146"/>
        <source>Add Quotation</source>
        <translation>إضافة اقتباس</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/corrections.py" line="167"/>
        <source>Correction saved</source>
        <translation>حُفظ التصحيح</translation>
    </message>
</context>
<context>
    <name>QuotesPanel</name>
    <message>
        <location filename="../../src/qari/ui/extraction.py" line="385"/>
        <location filename="../../src/qari/ui/sidebar/quotes.py" line="90"/>
        <location filename="../../src/qari/ui/sidebar/quotes.py" line="150"/>
        <source>Quotes</source>
        <translation>الاقتباسات</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/quote_view.py" line="89"/>
        <source>unattributed</source>
        <translation>غير منسوب</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/quote_view.py" line="100"/>
        <source>corrected by you</source>
        <translation>صحّحته أنت</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/quote_view.py" line="102"/>
        <source>confirmed by you</source>
        <translation>أكّدته أنت</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/quote_view.py" line="198"/>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/quote_view.py" line="199"/>
        <source>Reported</source>
        <translation>منقول</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/quote_view.py" line="205"/>
        <location filename="../../src/qari/ui/sidebar/quotes.py" line="189"/>
        <source>Speaker not named</source>
        <translation>متحدث غير مسمّى</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/quotes.py" line="76"/>
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/quotes.py" line="77"/>
        <source>Show the quotes of one speaker</source>
        <translation>إظهار اقتباسات متحدث واحد</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/quotes.py" line="80"/>
        <source>Kind of quote</source>
        <translation>نوع الاقتباس</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/quotes.py" line="81"/>
        <source>Quotes and statements</source>
        <translation>الاقتباسات والتصريحات</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/quotes.py" line="82"/>
        <source>Direct quotes</source>
        <translation>اقتباسات مباشرة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/quotes.py" line="83"/>
        <source>Reported statements</source>
        <translation>تصريحات منقولة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/quotes.py" line="102"/>
        <source>&amp;Copy with Citation</source>
        <translation>&amp;نسخ مع الإسناد</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/quotes.py" line="107"/>
        <source>&amp;Show in Text</source>
        <translation>إ&amp;ظهار في النص</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/quotes.py" line="112"/>
        <source>Change &amp;Speaker…</source>
        <translation>&amp;تغيير المتحدث…</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/quotes.py" line="116"/>
        <source>&amp;Not a Quotation</source>
        <translation>&amp;ليس اقتباسًا</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/quotes.py" line="120"/>
        <source>&amp;Confirm Speaker</source>
        <translation>تأ&amp;كيد المتحدث</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/quotes.py" line="147"/>
        <source>Open an article to see its quotations.</source>
        <translation>افتح مقالة لترى اقتباساتها.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/quotes.py" line="159"/>
        <source>Analysing…</source>
        <translation>جارٍ التحليل…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/qari/ui/sidebar/quotes.py" line="167"/>
        <source>%n quotation(s)</source>
        <translation>
            <numerusform>لا اقتباسات</numerusform>
            <numerusform>اقتباس واحد</numerusform>
            <numerusform>اقتباسان</numerusform>
            <numerusform>%n اقتباسات</numerusform>
            <numerusform>%n اقتباسًا</numerusform>
            <numerusform>%n اقتباس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/qari/ui/sidebar/quotes.py" line="168"/>
        <source>%n reported statement(s)</source>
        <translation>
            <numerusform>لا تصريحات منقولة</numerusform>
            <numerusform>تصريح منقول واحد</numerusform>
            <numerusform>تصريحان منقولان</numerusform>
            <numerusform>%n تصريحات منقولة</numerusform>
            <numerusform>%n تصريحًا منقولًا</numerusform>
            <numerusform>%n تصريح منقول</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/quotes.py" line="176"/>
        <source>Could not analyse this article.</source>
        <translation>تعذّر تحليل هذه المقالة.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/quotes.py" line="187"/>
        <source>All speakers</source>
        <translation>كل المتحدثين</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/quotes.py" line="213"/>
        <source>No quotations found in this article.</source>
        <translation>لم يُعثر على اقتباسات في هذه المقالة.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/sidebar/quotes.py" line="215"/>
        <source>No quotations match this filter.</source>
        <translation>لا اقتباسات تطابق هذه التصفية.</translation>
    </message>
</context>
<context>
    <name>ReaderControls</name>
    <message>
        <location filename="../../src/qari/ui/reader/controls.py" line="43"/>
        <source>Zoom &amp;In</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/controls.py" line="44"/>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/controls.py" line="45"/>
        <source>&amp;Actual Size</source>
        <translation>ا&amp;لحجم الفعلي</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/controls.py" line="47"/>
        <source>&amp;Find in Article…</source>
        <translation>ال&amp;بحث في المقالة…</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/controls.py" line="49"/>
        <source>Find &amp;Next</source>
        <translation>البحث عن ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/controls.py" line="50"/>
        <source>Find Pre&amp;vious</source>
        <translation>البحث عن ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/controls.py" line="52"/>
        <source>Hide &amp;Diacritics</source>
        <translation>إخفاء ال&amp;تشكيل</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/controls.py" line="54"/>
        <source>&amp;Justify Lines</source>
        <translation>&amp;ضبط السطور</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/controls.py" line="56"/>
        <source>Reading &amp;Preferences…</source>
        <translation>&amp;تفضيلات القراءة…</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/controls.py" line="60"/>
        <source>&amp;Theme</source>
        <translation>ال&amp;سمة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/controls.py" line="71"/>
        <source>Reading progress</source>
        <translation>تقدّم القراءة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/controls.py" line="120"/>
        <source>Text size %1 pt</source>
        <translation>حجم النص %1 نقطة</translation>
    </message>
</context>
<context>
    <name>ReaderPrefsDialog</name>
    <message>
        <location filename="../../src/qari/ui/reader/prefs_dialog.py" line="35"/>
        <source>Reading Preferences</source>
        <translation>تفضيلات القراءة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/prefs_dialog.py" line="45"/>
        <source> pt</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/prefs_dialog.py" line="46"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/prefs_dialog.py" line="47"/>
        <source> em</source>
        <translation> إم</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/prefs_dialog.py" line="48"/>
        <source>Justify lines (kashida and word spaces)</source>
        <translation>ضبط السطور (بالكشيدة والمسافات بين الكلمات)</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/prefs_dialog.py" line="49"/>
        <source>Hide diacritics (tashkeel)</source>
        <translation>إخفاء علامات التشكيل</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/prefs_dialog.py" line="53"/>
        <source>&amp;Theme:</source>
        <translation>ال&amp;سمة:</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/prefs_dialog.py" line="54"/>
        <source>&amp;Font:</source>
        <translation>ال&amp;خط:</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/prefs_dialog.py" line="55"/>
        <source>Text &amp;size:</source>
        <translation>&amp;حجم النص:</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/prefs_dialog.py" line="56"/>
        <source>&amp;Line height:</source>
        <translation>ارت&amp;فاع السطر:</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/prefs_dialog.py" line="57"/>
        <source>Text &amp;width:</source>
        <translation>&amp;عرض النص:</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../src/qari/ui/reader/view.py" line="51"/>
        <source>Article text</source>
        <translation>نص المقالة</translation>
    </message>
</context>
<context>
    <name>ResearchBar</name>
    <message>
        <location filename="../../src/qari/ui/library/research.py" line="34"/>
        <source>Tag Articles</source>
        <translation>وسم المقالات</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/research.py" line="68"/>
        <source>Search the text of every article</source>
        <translation>البحث في نص كل المقالات</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/research.py" line="69"/>
        <source>Search all articles… (Ctrl+Shift+F)</source>
        <translation>ابحث في كل المقالات… (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/research.py" line="74"/>
        <source>Saved</source>
        <translation>المحفوظة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/research.py" line="75"/>
        <source>Run a saved search</source>
        <translation>شغّل بحثا محفوظا</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/research.py" line="82"/>
        <source>Show articles with the tag</source>
        <translation>اعرض المقالات ذات الوسم</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/research.py" line="86"/>
        <source>Tags…</source>
        <translation>الوسوم…</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/research.py" line="87"/>
        <source>Set the tags of the selected articles</source>
        <translation>حدّد وسوم المقالات المختارة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/research.py" line="110"/>
        <source>No saved searches yet</source>
        <translation>لا بحث محفوظ بعد</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/research.py" line="117"/>
        <source>Delete Saved Search</source>
        <translation>احذف بحثا محفوظا</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/research.py" line="128"/>
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/library/research.py" line="151"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/qari/ui/library/research.py" line="151"/>
        <source>Tags of the %n selected article(s), separated by commas:</source>
        <translation>
            <numerusform>وسوم المقالات المختارة، مفصولة بفواصل:</numerusform>
            <numerusform>وسوم المقالة المختارة، مفصولة بفواصل:</numerusform>
            <numerusform>وسوم المقالتين المختارتين، مفصولة بفواصل:</numerusform>
            <numerusform>وسوم المقالات الـ%n المختارة، مفصولة بفواصل:</numerusform>
            <numerusform>وسوم المقالات الـ%n المختارة، مفصولة بفواصل:</numerusform>
            <numerusform>وسوم المقالات الـ%n المختارة، مفصولة بفواصل:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../src/qari/ui/research_actions.py" line="16"/>
        <source>&amp;Search the Library…</source>
        <translation>ا&amp;بحث في المكتبة…</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/search/dock.py" line="42"/>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/search/panel.py" line="35"/>
        <source>Any time</source>
        <translation>أي وقت</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/search/panel.py" line="35"/>
        <source>Last 7 days</source>
        <translation>آخر ٧ أيام</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/search/panel.py" line="36"/>
        <source>Last 30 days</source>
        <translation>آخر ٣٠ يوما</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/search/panel.py" line="36"/>
        <source>Last year</source>
        <translation>السنة الأخيرة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/search/panel.py" line="64"/>
        <source>Search every article</source>
        <translation>ابحث في كل المقالات</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/search/panel.py" line="65"/>
        <source>Search every article…  &quot;…&quot; for a phrase</source>
        <translation>ابحث في كل المقالات…  &quot;…&quot; لعبارة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/search/panel.py" line="68"/>
        <source>Exact</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/search/panel.py" line="70"/>
        <source>Match words as written: diacritics aside, no letter folding, no prefixes</source>
        <translation>طابق الكلمات كما كُتبت: دون توحيد الحروف ولا السوابق (التشكيل مُهمل)</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/search/panel.py" line="71"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/search/panel.py" line="73"/>
        <source>Also search your notes, tags and highlights</source>
        <translation>ابحث أيضا في ملاحظاتك ووسومك وتظليلاتك</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/search/panel.py" line="74"/>
        <source>Starred</source>
        <translation>المميزة بنجمة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/search/panel.py" line="78"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/search/panel.py" line="81"/>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/search/panel.py" line="84"/>
        <source>Date added</source>
        <translation>تاريخ الإضافة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/search/panel.py" line="94"/>
        <source>Save…</source>
        <translation>احفظ…</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/search/panel.py" line="95"/>
        <source>Save this search under a name</source>
        <translation>احفظ هذا البحث باسم</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/search/panel.py" line="101"/>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/search/panel.py" line="130"/>
        <source>All sources</source>
        <translation>كل المصادر</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/search/panel.py" line="136"/>
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/qari/ui/search/panel.py" line="206"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقالة واحدة</numerusform>
            <numerusform>مقالتان</numerusform>
            <numerusform>%n مقالات</numerusform>
            <numerusform>%n مقالة</numerusform>
            <numerusform>%n مقالة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/search/panel.py" line="230"/>
        <source>in your notes</source>
        <translation>في ملاحظاتك</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/search/panel.py" line="260"/>
        <source>Save Search</source>
        <translation>حفظ البحث</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/search/panel.py" line="260"/>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
</context>
<context>
    <name>SelectionToolbar</name>
    <message>
        <location filename="../../src/qari/ui/annotations/toolbar.py" line="23"/>
        <source>Highlight toolbar</source>
        <translation>شريط أدوات التظليل</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/toolbar.py" line="33"/>
        <source>Note…</source>
        <translation>ملاحظة…</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/toolbar.py" line="33"/>
        <source>Highlight and add a note</source>
        <translation>التظليل وإضافة ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/toolbar.py" line="35"/>
        <source>Bookmark</source>
        <translation>علامة مرجعية</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/annotations/toolbar.py" line="35"/>
        <source>Bookmark this place</source>
        <translation>وضع علامة مرجعية هنا</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../src/qari/ui/help.py" line="31"/>
        <source>Scroll by a line</source>
        <translation>التمرير سطرًا</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/help.py" line="32"/>
        <source>Up, Down</source>
        <translation>السهم لأعلى، السهم لأسفل</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/help.py" line="33"/>
        <source>Scroll by a page</source>
        <translation>التمرير صفحة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/help.py" line="34"/>
        <source>Page Up, Page Down, Space, Shift+Space</source>
        <translation>صفحة لأعلى، صفحة لأسفل، Space، Shift+Space</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/help.py" line="35"/>
        <source>Go to the start / the end</source>
        <translation>الانتقال إلى البداية / النهاية</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/help.py" line="36"/>
        <source>Home, End, Ctrl+Home, Ctrl+End</source>
        <translation>Home، End، Ctrl+Home، Ctrl+End</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/help.py" line="37"/>
        <source>Next / previous match (in the find bar)</source>
        <translation>النتيجة التالية / السابقة (في شريط البحث)</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/help.py" line="38"/>
        <source>Enter, Shift+Enter</source>
        <translation>Enter، Shift+Enter</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/help.py" line="39"/>
        <source>Close the find bar</source>
        <translation>إغلاق شريط البحث</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/help.py" line="40"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/help.py" line="63"/>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/help_action.py" line="13"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/qari/ui/help.py" line="95"/>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/help.py" line="99"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/help.py" line="100"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/help.py" line="100"/>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <location filename="../../src/qari/ui/reader/themes.py" line="40"/>
        <source>Light</source>
        <translation>فاتحة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/themes.py" line="41"/>
        <source>Sepia</source>
        <translation>بنّية</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/themes.py" line="42"/>
        <source>Dark</source>
        <translation>داكنة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/reader/themes.py" line="43"/>
        <source>Follow the System</source>
        <translation>حسب النظام</translation>
    </message>
</context>
<context>
    <name>WholeTextBar</name>
    <message>
        <location filename="../../src/qari/ui/reader/whole_bar.py" line="31"/>
        <source>Place in the whole article</source>
        <translation>الموضع في المقالة كلها</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../src/qari/cli_text.py" line="21"/>
        <source>nothing to import (no .txt, .html, .htm or .md files found)</source>
        <translation>لا شيء للاستيراد (لم يُعثر على ملفات ‎.txt أو ‎.html أو ‎.htm أو ‎.md)</translation>
    </message>
    <message>
        <location filename="../../src/qari/cli_text.py" line="22"/>
        <source>%1: cannot read this file.</source>
        <translation>%1: تعذّرت قراءة هذا الملف.</translation>
    </message>
    <message>
        <location filename="../../src/qari/cli_text.py" line="23"/>
        <source>%1: no such file.</source>
        <translation>%1: لا يوجد ملف بهذا الاسم.</translation>
    </message>
    <message>
        <location filename="../../src/qari/cli_text.py" line="24"/>
        <source>--size takes WIDTHxHEIGHT, e.g. 1280x800</source>
        <translation>‏--size يأخذ العرضxالارتفاع، مثلًا 1280x800</translation>
    </message>
</context>
<context>
    <name>faults</name>
    <message>
        <location filename="../../src/qari/ui/faults.py" line="14"/>
        <source>The library %1 is in use by another program (another Qari, or an import still running) and stayed locked for more than %2 seconds. Nothing was changed; try again when it is done.</source>
        <translation>المكتبة %1 يستخدمها برنامج آخر (نسخة أخرى من قارئ، أو استيراد ما زال جاريًا) وبقيت مقفلة أكثر من %2 ثوانٍ. لم يتغيّر شيء؛ أعد المحاولة حين ينتهي.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/faults.py" line="17"/>
        <source>%1 is read-only, so Qari cannot write to it. Nothing was changed. Make it writable, or start Qari with --data-dir to use another folder.</source>
        <translation>%1 للقراءة فقط، فلا يستطيع قارئ الكتابة فيه. لم يتغيّر شيء. اجعله قابلًا للكتابة، أو شغّل قارئ مع ‎--data-dir‎ لاستخدام مجلد آخر.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/faults.py" line="20"/>
        <source>You don&apos;t have permission to use %1. Nothing was changed. Check its owner and permissions, or start Qari with --data-dir to use another folder.</source>
        <translation>ليست لديك صلاحية استخدام %1. لم يتغير شيء. تحقق من مالكه وصلاحياته، أو شغّل «قارئ» مع ‎--data-dir‎ لاستخدام مجلد آخر.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/faults.py" line="23"/>
        <source>The disk holding %1 is full. Nothing was changed; free some space and try again.</source>
        <translation>القرص الذي يحمل %1 ممتلئ. لم يتغير شيء؛ أفرغ بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/faults.py" line="25"/>
        <source>The data folder %1 is a file, not a folder. It was left as it is. Move it away, or start Qari with --data-dir to use another folder.</source>
        <translation>مجلد البيانات %1 ملف وليس مجلدًا، وقد تُرك كما هو. انقله من مكانه، أو شغّل قارئ مع ‎--data-dir‎ لاستخدام مجلد آخر.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/faults.py" line="28"/>
        <source>The library %1 is a folder, not a file. It was left as it is. Move it away, or start Qari with --data-dir to use another folder.</source>
        <translation>المكتبة %1 مجلد وليست ملفًا، وقد تُركت كما هي. انقلها من مكانها، أو شغّل قارئ مع ‎--data-dir‎ لاستخدام مجلد آخر.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/faults.py" line="31"/>
        <source>%1 is a database of another program, not a Qari library. It was left untouched. Move it away, or start Qari with --data-dir to use another folder.</source>
        <translation>%1 قاعدة بيانات لبرنامج آخر وليست مكتبة قارئ، وقد تُركت دون مساس. انقلها من مكانها، أو شغّل قارئ مع ‎--data-dir‎ لاستخدام مجلد آخر.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/faults.py" line="34"/>
        <source>This library (%1) was written by a newer version of Qari and was left untouched. Update Qari, or start it with --data-dir to use another folder.</source>
        <translation>كتب هذه المكتبة (%1) إصدارٌ أحدث من قارئ، فتُركت كما هي دون مساس. حدّث قارئ، أو شغّله مع ‎--data-dir‎ لاستخدام مجلد آخر.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/faults.py" line="36"/>
        <source>The library %1 is damaged.</source>
        <translation>المكتبة %1 تالفة.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/faults.py" line="37"/>
        <source>The disk could not read or write %1. Nothing was changed.</source>
        <translation>تعذّر على القرص قراءة %1 أو الكتابة فيه. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/faults.py" line="38"/>
        <source>%1 already exists.</source>
        <translation>%1 موجود من قبل.</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../src/qari/ui/startup.py" line="53"/>
        <location filename="../../src/qari/ui/startup.py" line="72"/>
        <source>Library not opened</source>
        <translation>تعذّر فتح المكتبة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/startup.py" line="63"/>
        <source>This is a folder, not a file. Use File → Import Folder to bring in a folder.</source>
        <translation>هذا مجلد وليس ملفًا. لاستيراد مجلد استخدم ملف ← استيراد مجلد.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/startup.py" line="77"/>
        <source>Not a file Qari can read.</source>
        <translation>ليس ملفًا يستطيع قارئ قراءته.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/startup.py" line="80"/>
        <source>Could not open the file</source>
        <translation>تعذّر فتح الملف</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/startup.py" line="90"/>
        <source>The library file was damaged; it was moved to %1 and a new library was started.</source>
        <translation>كان ملف المكتبة تالفًا، فنُقل إلى %1 وبُدئت مكتبة جديدة.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/startup.py" line="93"/>
        <source>The library was upgraded; a copy of the old one is at %1.</source>
        <translation>رُقّيت المكتبة، وحُفظت نسخة من القديمة في %1.</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/startup.py" line="98"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location filename="../../src/qari/ui/startup.py" line="115"/>
        <source>Preparing the library for search…</source>
        <translation>تهيئة المكتبة للبحث…</translation>
    </message>
</context>
</TS>
