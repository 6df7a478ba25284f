"""Word lists and word tests for the rule-based extractors (reporting verbs, titles, sources,
function words, a small curated gazetteer of countries, cities and organisations).

Everything is compared in the *key* form given by :func:`key`: no tashkeel or tatweel, alef
forms unified. ى and ة are kept (folding ى→ي would make the preposition على equal the name
علي).
"""

from __future__ import annotations

import re
from functools import lru_cache

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d]")
_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"})
_ARABIC_WORD = re.compile("^[\u0621-\u064a\u0671-\u06d3]+$")


@lru_cache(maxsize=65536)
def key(word: str) -> str:
    """Matching form of a word: no marks or tatweel, alef forms unified."""
    return _MARKS.sub("", word).translate(_ALEF)


def bare(word: str) -> str:
    """A word without marks or tatweel (hamza forms kept): for tests on إن vs أن."""
    return _MARKS.sub("", word)


def _keys(words: str) -> frozenset[str]:
    return frozenset(key(w) for w in words.split())


# Reporting verbs: masculine / feminine / plural forms, as written after an optional و or ف.
_MASC_VERBS = (
    "قال يقول أضاف يضيف أكد يؤكد أعلن يعلن أشار يشير أوضح يوضح صرح يصرح لفت تابع ذكر اعتبر يعتبر "
    "رأى يرى كشف نفى حذر يحذر شدد يشدد طالب يطالب أفاد نقل أردف دعا يدعو أعرب شكر اعترف زعم أبلغ "
    "كتب غرد سأل رد استطرد ختم لاحظ أكمل أجاب أقر وصف توقع يتوقع رجح يرجح نوه استبعد "
    "أخبر أشاد اختتم استهل تحدث خاطب انتقد"
)
_FEM_VERBS = (
    "قالت تقول أضافت تضيف أكدت تؤكد أعلنت تعلن أشارت تشير أوضحت توضح صرحت تصرح لفتت تابعت ذكرت "
    "اعتبرت تعتبر رأت ترى كشفت نفت حذرت تحذر شددت تشدد طالبت تطالب أفادت نقلت أردفت دعت تدعو أعربت "
    "شكرت اعترفت زعمت أبلغت كتبت غردت سألت ردت استطردت ختمت لاحظت أكملت أجابت أقرت وصفت توقعت تتوقع "
    "رجحت ترجح نوهت استبعدت أخبرت أشادت اختتمت استهلت تحدثت خاطبت انتقدت"
)
_PLURAL_VERBS = (
    "قالوا يقولون أضافوا أكدوا أعلنوا أشاروا أوضحوا ذكروا اعتبروا رأوا كشفوا نفوا حذروا توقعوا يتوقعون رجحوا"
)
PASSIVE_VERBS = _keys("يقال قيل أفيد")
# Verbal nouns of saying with a pronoun suffix: «نقلت الوكالة عن المصدر قوله إن …».
VERBAL_NOUNS = {key(w): g for w, g in (("قوله", "m"), ("قولها", "f"), ("قولهم", "p"), ("قولهما", "p"))}
# Verbs that relay someone else's words: the speaker is the person after عن.
RELAY_VERBS = _keys("نقل نقلت نقلوا")
# Cue verbs that are also common nouns (رد فعل، في ذكر، نقل السلطة، شكر وتقدير): a verb only
# where a verb can stand (sentence start, after و/ف, a comma, قد, ثم, كما) and not before فعل.
NOUN_LIKE_VERBS = _keys("رد ذكر نقل شكر وصف كشف سأل كتب طالب")
NOUN_NEXT = _keys("فعل الفعل فعلها فعله أفعال")
VERB_SLOT_BEFORE = _keys("قد وقد فقد ثم كما لقد ولقد حيث فيما بينما ولكن لكن وكان كان وكانت كانت")
# Nouns a short quoted name follows: «شركة "أبل"», «لشبكة "فوكس نيوز"», «تحالف "في حب مصر"».
NAME_NOUNS = _keys(
    "شركة قناة شبكة صحيفة جريدة مجلة موقع برنامج مجموعة منصة تحالف قائمة وكالة إذاعة تلفزيون حساب "
    "حزب حركة تنظيم جماعة مؤسسة فيلم كتاب مسلسل تطبيق مبادرة عملية حملة مشروع مؤتمر مهرجان شعار "
    "محطة راديو بودكاست نشرة"
)
# Documents whose issuer is the speaker: «وفقا لبيان المؤسسة», «حسب النتائج التي أعلنتها اللجنة».
DOC_NOUNS = _keys(
    "بيان البيان تقرير التقرير النتائج نتائج البيانات الأرقام أرقام المعطيات الإحصاءات إحصاءات "
    "الإحصائيات وثيقة الوثيقة تصريحات التصريحات رسالة الرسالة"
)
DEMONSTRATIVES = _keys("هذه هذا تلك ذلك هذان هاتان")
# Adjectives that follow a title or an office and are otherwise time words: «الأمين العام».
TITLE_ADJ = _keys("العام العامة الأول الأولى")
# Honorifics that stand for a titled person: «وأشار معاليه إلى أن …».
HONORIFICS = _keys("معاليه معاليها سموه سموها فخامته سيادته سيادتها دولته سعادته سعادتها")
MASC_VERBS = _keys(_MASC_VERBS)
FEM_VERBS = _keys(_FEM_VERBS)
PLURAL_VERBS = _keys(_PLURAL_VERBS)
# Speech acts outside the cue list whose subject a following participle takes: «عبر X عن
# سعادته، قائلا», «تحدث X …، مضيفا», «توجه X إلى …»; also the cue verbs themselves.
_SPEECH_ACTS = (
    "عبر تحدث خاطب توجه علق رد اعتبر أعرب أبدى استغرب أشاد انتقد هنأ ثمن رحب وجه ظهر أطل عقب استعرض "
    "تطرق تناول أثنى دافع هاجم طمأن ناشد اتهم حث أشار"
)
SPEECH_ACTS = _keys(_SPEECH_ACTS) | _keys(" ".join(w.removesuffix("ى") + "ت" for w in _SPEECH_ACTS.split()))


# Verbs whose subject position is reliable enough to discover a person's name there.
NAME_VERBS = _keys(
    "قال أضاف أكد أعلن أوضح أشار صرح أردف تابع شدد حذر قالت أضافت أكدت أعلنت أوضحت أشارت صرحت تابعت شددت حذرت يقول تقول"
)
# Verbs that introduce their statement with إن (the others take أن).
INNA_VERBS = _keys("قال قالت يقول تقول قالوا يقولون يقال قيل")

PARTICIPLES_M = _keys(
    "قائلا مضيفا مؤكدا مشيرا موضحا معتبرا لافتا متابعا مشددا محذرا معربا مردفا معلقا منوها مبينا "
    "مختتما مستدركا متسائلا مستطردا معلنا مطالبا داعيا مخاطبا مستشهدا متحدثا"
)
PARTICIPLES_F = _keys(
    "قائلة مضيفة مؤكدة مشيرة موضحة معتبرة لافتة متابعة مشددة محذرة معربة مردفة معلقة منوهة مبينة "
    "مختتمة مستدركة متسائلة مستطردة معلنة مطالبة داعية مخاطبة مستشهدة متحدثة"
)
# Participles that introduce a complement clause (مشيرا إلى أن، مؤكدا أن): statements too.
PARTICIPLES = PARTICIPLES_M | PARTICIPLES_F

# Source phrases: tuples of keys; "ل*" stands for any word starting with ل (لـ, لما, لوكالة).
SOURCES: tuple[tuple[str, ...], ...] = (
    ("بحسب",),
    ("حسب",),
    ("وفقا", "ل*"),
    ("وفق",),
    ("طبقا", "ل*"),
    ("نقلا", "عن"),
    ("على", "لسان"),
    ("في", "تصريح", "ل*"),
    ("في", "تصريحات", "ل*"),
    ("استنادا", "الى"),
)
SOURCES_GLUED = {p[0]: True for p in SOURCES if p[-1] == "ل*"}
# Fillers between a source cue and its source: «وفقًا لما ذكرته الوكالة».
SOURCE_FILLERS = _keys("لما ما ذكرته ذكره ذكرت ذكر اوردته اورده قالته قاله نقلته نقله اعلنته اعلنه افادت")

COMPLEMENTIZERS = _keys("إن إنه إنها إنهم إنهما إننا إنني أن أنه أنها أنهم أنهما أننا أنني بأن بأنه بأنها بأنهم")

# Titles that are definite or kinship words may be followed directly by a name; the others
# (رئيس، وزير، زميل) need a definite complement first (رئيس الوزراء X).
TITLES = _keys(
    "الرئيس رئيس الرئيسة رئيسة الزعيم زعيم الملك الملكة الأمير الأميرة الشيخ الشيخة السيد السيدة "
    "الدكتور الدكتورة الوزير وزير الوزيرة وزيرة المتحدث المتحدثة الناطق الناطقة السفير السفيرة "
    "الجنرال المارشال اللواء العميد العقيد الفريق القائد المستشار المستشارة النائب النائبة السيناتور "
    "السناتور المدير مدير المديرة مديرة الأمين الباحث الباحثة الكاتب الكاتبة الصحفي الصحفية المحلل "
    "المحللة البروفيسور الأستاذ الأستاذة البابا الإمام المرشد الحاكم المبعوث المبعوثة المدرب اللاعب "
    "الفنان الفنانة المخرج المغني المغنية الممثل الممثلة القاضي القاضية المحامي المحامية رئيسه "
    "أخته أخيه أخوه أخاه شقيقته شقيقه زوجته زوجها ابنه ابنته نجله نجلة والده والدته "
    "زميل زميلة المسؤول المسؤولة مسؤول ولي نائب النائب مدرب المدرب قائد الأمينة المفوض المفوضة "
    "المهندس المهندسة معالي سمو فخامة الخبير الخبيرة الحارس المهاجم المدافع النجم النجمة الناشط "
    "الناشطة الطبيب الطبيبة المراسل المراسلة الممثلة سفير سفيرة مبعوث مبعوثة مندوب مندوبة المندوب المندوبة"
)
# Common nouns that stand where a speaker's name would: never part of a name.
SPEAKER_NOUNS = _keys(
    "مسؤول مسؤولة مسؤولون مسؤولين مصدر مصادر متحدث متحدثة ناطق شهود شاهد خبراء خبير محللون محلل "
    "دبلوماسي دبلوماسيون ناشطون ناشط سكان مواطنون مراقبون باحث باحثون مسعفون أطباء طبيب جنود ضابط "
    "مراسل مصدرا المسؤولون الخبراء وكالة وكالات وسائل تقارير تقرير بيان مصادر"
)
TIME_WORDS = _keys(
    "الأسبوع الشهر العام السنة اليوم أمس يوم الليلة صباح مساء ظهر الاثنين الثلاثاء الأربعاء الخميس "
    "الجمعة السبت الأحد الماضي المقبل الماضية المقبلة مؤخرا سابقا لاحقا أيضا كذلك مجددا بدوره بدورها "
    "حينها آنذاك الآن"
)
PREPOSITIONS = _keys("في على من عن مع إلى قبل بعد خلال أمام عبر لدى حول منذ عند ضد دون نحو تجاه بين وسط ل ب ك لـ")
STOPWORDS = (
    _keys(
        "باسم حين و ف أو أم ثم حتى كان كانت يكون تكون كانوا الذي التي الذين اللذين اللتين اللواتي هذا هذه ذلك "
        "تلك هؤلاء هو هي هم هما نحن أنا أنت قد لقد لم لن لا ما ماذا إذا لو كما كل بعض أي أحد إحدى غير "
        "ليس ليست بل لكن لكنه لكنها إلا عندما بينما حيث وقد فقد سوف هناك هنا جدا وهو وهي وهم وكان "
        "وكانت فإن وإن وأن ومن وفي وعلى التي عما مما فيما كيف لماذا متى أين إنما ربما يوم بشكل نحو "
        "تم يتم جرى يجري منها منه فيها فيه عليه عليها له لها لهم به بها إليه إليها عنه عنها معه معها "
        "ذاته نفسه نفسها أكثر أقل أول أخرى آخر آخرين وكذلك بمثابة"
    )
    | TIME_WORDS
    | PREPOSITIONS
    | COMPLEMENTIZERS
)

# Trigger nouns: a name follows (LOC) or the organisation's name starts with them (ORG).
LOC_TRIGGERS = _keys(
    "مدينة منطقة قاعدة إقليم محافظة ولاية جزيرة بلدة قرية مخيم ميناء مطار نهر بحر جبل صحراء شبه ضاحية حي"
)
ORG_TRIGGERS = _keys(
    "مؤسسة معهد وزارة مجلس جامعة شركة وكالة منظمة حزب جمعية هيئة إدارة مركز بنك صندوق لجنة اتحاد "
    "حركة جبهة محكمة برلمان مصرف جماعة جيش تحالف ائتلاف منتخب"
)
ORG_TRIGGERS_DEF = _keys("الجيش البرلمان الكونغرس التلفزيون الحكومة البنك")

# First names (and family names that lead a name: كيم، شي) common in Arabic news. Only an anchor:
# a first name must be followed by at least one more name word to start an entity.
# First names that are also common words (جيل "generation", أمل "hope", نور "light"): a name only
# right before a surname already known in the document (جيل بايدن after بايدن was found).
AMBIGUOUS_FIRST_NAMES = _keys("جيل أمل نور هدى وفاء")

FIRST_NAMES = _keys(
    "محمد أحمد محمود مصطفى علي عمر عثمان خالد سعيد سعد حسن حسين عبد عبدالله إبراهيم يوسف موسى عيسى "
    "سليمان صالح طارق وليد وائل ياسر هشام هاني سامي سمير كمال جمال نبيل نبيه فيصل فهد سلمان ماجد "
    "نجيب رفيق رياض زياد عادل عماد أيمن أنور إسماعيل جعفر حمد تميم بشار نوري مسعود فاطمة مريم عائشة "
    "زينب ليلى سلمى نادية هدى منى رانيا سارة هند عبير ريم رشا دينا لينا سامح شتيفي "
    "جون جو جوزيف جورج جيمس جاك جيف جاستن جيسيكا دونالد ديفيد دانيال مايكل ميشيل ميشال مايك مارك "
    "ماركو ماريا مارين ماري ماثيو روبرت ريتشارد رونالد ويليام وليام توماس توم تيم بيتر بول باتريك "
    "ستيفن ستيف سيمون سام صموئيل أنتوني أنطونيو أنتونيو أندرو أندريه أندريه أليكسي أليكسندر ألكسندر "
    "إيمانويل إيمانويل فرانسوا نيكولا أولاف أنجيلا أنغيلا بوريس ريشي كير ليز تيريزا هيلاري باراك "
    "كامالا نانسي بيرني إيلون بنيامين يائير نفتالي إسحق إيهود أفيغدور فلاديمير ديمتري دميتري سيرغي "
    "سيرجي سيرغيه يفغيني ميخائيل نيكولاي إيغور فاليري يوري رجب أحمد فولوديمير فيكتور كيم شينزو "
    "يوشيهيدي فوميو ناريندرا عمران نواز جاسيندا أنالينا كريستين أورسولا شارل جان بيير لويس كارلوس "
    "خوسيه لولا خافيير إنريكي ريكاردو ميلانيا لورا"
)

# Curated gazetteer: countries, capitals and big cities, regions, organisations. Plain names.
COUNTRIES = (
    "روسيا أوكرانيا الصين اليابان الهند باكستان إيران العراق سوريا سورية لبنان الأردن فلسطين إسرائيل "
    "مصر ليبيا تونس الجزائر المغرب موريتانيا السودان اليمن عمان قطر الكويت البحرين السعودية تركيا "
    "فرنسا ألمانيا بريطانيا إيطاليا إسبانيا البرتغال اليونان بولندا السويد النرويج فنلندا الدنمارك "
    "هولندا بلجيكا سويسرا النمسا المجر رومانيا بلغاريا صربيا كرواتيا بيلاروسيا روسيا_البيضاء جورجيا "
    "أرمينيا أذربيجان كازاخستان أوزبكستان أفغانستان بنغلاديش إندونيسيا ماليزيا الفلبين فيتنام تايلاند "
    "ميانمار تايوان منغوليا أستراليا نيوزيلندا كندا المكسيك كوبا فنزويلا كولومبيا البرازيل الأرجنتين "
    "تشيلي بيرو إثيوبيا الصومال كينيا نيجيريا غانا السنغال مالي النيجر تشاد أوغندا رواندا الكونغو "
    "أنغولا زيمبابوي موزمبيق إريتريا جيبوتي أمريكا أميركا إستونيا لاتفيا ليتوانيا مولدوفا أيرلندا "
    "آيسلندا التشيك سلوفاكيا ألبانيا كوسوفو البوسنة قبرص مالطا سنغافورة كمبوديا لاوس نيبال سريلانكا"
)
MULTI_COUNTRIES = (
    "كوريا الشمالية|كوريا الجنوبية|الولايات المتحدة|الولايات المتحدة الأمريكية|الولايات المتحدة الأميركية|"
    "المملكة المتحدة|المملكة العربية السعودية|الإمارات العربية المتحدة|الإمارات|جنوب أفريقيا|جنوب السودان|"
    "قطاع غزة|الضفة الغربية|الشرق الأوسط|شمال أفريقيا|أمريكا اللاتينية|شبه الجزيرة الكورية|"
    "جمهورية الكونغو الديمقراطية|ساحل العاج|كوريا"
)
CITIES = (
    "موسكو كييف بكين طوكيو سيول واشنطن نيويورك لندن باريس برلين روما مدريد لشبونة أثينا وارسو "
    "بروكسل جنيف فيينا ستوكهولم أوسلو هلسنكي أمستردام أنقرة إسطنبول طهران بغداد دمشق بيروت عمّان "
    "القدس غزة رام_الله القاهرة الإسكندرية الخرطوم طرابلس تونس الجزائر الرباط الدار_البيضاء الرياض "
    "جدة مكة المدينة_المنورة الدوحة أبوظبي دبي المنامة مسقط صنعاء عدن كابول إسلام_آباد نيودلهي "
    "دلهي مومباي بانكوك جاكرتا مانيلا هانوي سنغافورة سيدني أوتاوا تورونتو مونتريال بيونغ_يانغ "
    "فلاديفوستوك خاركيف أوديسا ماريوبول باخموت دونيتسك لوغانسك القرم سيفاستوبول مينسك تبليسي يريفان "
    "باكو طشقند أديس_أبابا نيروبي لاغوس مقديشو الموصل حلب حمص إدلب البصرة أربيل الفلوجة خان_يونس رفح "
    "أوروبا آسيا أفريقيا إفريقيا الغرب أوراسيا الخليج سيبيريا البلقان القوقاز"
)
ORGS = (
    "الكرملين|البنتاغون|البيت الأبيض|الأمم المتحدة|مجلس الأمن|مجلس الأمن الدولي|حلف شمال الأطلسي|"
    "الناتو|حلف الناتو|الاتحاد الأوروبي|الاتحاد الأفريقي|جامعة الدول العربية|الجامعة العربية|"
    "منظمة الصحة العالمية|صندوق النقد الدولي|البنك الدولي|منظمة التجارة العالمية|الوكالة الدولية للطاقة الذرية|"
    "اليونسكو|اليونيسف|أوبك|الكونغرس|الكنيست|مجلس الشيوخ|مجلس النواب|حماس|حزب الله|طالبان|"
    "داعش|القاعدة|الصليب الأحمر|منظمة العفو الدولية|هيومن رايتس ووتش|رويترز|فرانس برس|أسوشيتد برس|"
    "بي بي سي|سي إن إن|وكالة الأنباء الفرنسية|وكالة تاس|تاس|إنترفاكس|ريا نوفوستي|شينخوا|يونهاب|"
    "الإليزيه|داونينغ ستريت|مجموعة السبع|مجموعة العشرين|بريكس|أرامكو|غوغل|مايكروسوفت|أبل|أمازون|ميتا|"
    "تسلا|فيسبوك|تويتر|إكس|الحرس الثوري|وكالة المخابرات المركزية|الكي جي بي|فاغنر|غازبروم|"
    "مؤسسة كارنيغي|كارنيغي|المفوضية الأوروبية|البرلمان الأوروبي|المحكمة الجنائية الدولية|محكمة العدل الدولية"
)


def _gazetteer() -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for w in (COUNTRIES + " " + CITIES).split():
        out[tuple(key(p) for p in w.split("_"))] = "LOC"
    for name in MULTI_COUNTRIES.split("|"):
        out[tuple(key(p) for p in name.split())] = "LOC"
    for name in ORGS.split("|"):
        out[tuple(key(p) for p in name.split())] = "ORG"
    out.pop(("مجلس",), None)
    return out


GAZETTEER: dict[tuple[str, ...], str] = _gazetteer()
GAZ_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _entry in sorted(GAZETTEER, key=len, reverse=True):
    GAZ_FIRST.setdefault(_entry[0], []).append(_entry)


@lru_cache(maxsize=65536)
def variants(k: str) -> tuple[tuple[str, int], ...]:
    """(form, prefix length) of a keyed word: as written, then without و/ف, then without ب/ل/ك
    (لل → ال). The prefix length counts characters of the key removed; the stem keeps >= 2 letters."""
    got = _VARIANTS.get(k)
    if got is None:
        if len(_VARIANTS) >= 300_000:
            _VARIANTS.clear()
        got = _VARIANTS[k] = _variants(k)
    return got


_VARIANTS: dict[str, tuple[tuple[str, int], ...]] = {}  # per word type: asked many times a token


def _variants(k: str) -> tuple[tuple[str, int], ...]:
    out = [(k, 0)]
    stems = [(k, 0)]
    if len(k) >= 4 and k[0] in "وف":
        stems.append((k[1:], 1))
        out.append((k[1:], 1))
    for s, n in stems:
        if len(s) >= 4 and s.startswith("لل"):
            out.append(("ال" + s[2:], n + 1))
            out.append((s[1:], n + 1))  # للجنة → لجنة
        elif len(s) >= 4 and s[0] in "بلك":
            out.append((s[1:], n + 1))
    return tuple(out)


def verb_gender(k: str) -> str | None:
    """ "m", "f", "p" for a reporting verb's key (after و/ف), else None."""
    if k in MASC_VERBS:
        return "m"
    if k in FEM_VERBS:
        return "f"
    if k in PLURAL_VERBS:
        return "p"
    return None


def strip_conj(k: str) -> str:
    """A keyed word without a leading و/ف when the rest is a known cue word."""
    if len(k) >= 3 and k[0] in "وف" and k[1:] in _CONJ_CUES:
        return k[1:]
    return k


# Every word a reporting cue can start with (before و/ف): a fast first test for each token.
CUE_WORDS = (
    MASC_VERBS | FEM_VERBS | PLURAL_VERBS | PASSIVE_VERBS | frozenset(VERBAL_NOUNS) | PARTICIPLES
    | frozenset(p[0] for p in SOURCES) | frozenset(("وفق", "طبقا", "استنادا"))
)


REPORT_WORDS = MASC_VERBS | FEM_VERBS | PLURAL_VERBS | PASSIVE_VERBS | PARTICIPLES


def reports(k: str) -> bool:
    """Is this keyed word a reporting verb or participle (after و/ف)?"""
    return k in REPORT_WORDS or (k[:1] in ("و", "ف") and k[1:] in REPORT_WORDS)


def maybe_cue(k: str) -> bool:
    return k in CUE_WORDS or (k[:1] in ("و", "ف") and k[1:] in CUE_WORDS)


# words that take a definite word as the next part of a name: عبد العزيز، أبو الغيط، بن الحسين، آل الشيخ
NAME_LINKS = _keys("عبد أبو أبي ابن بن بنت آل ذو ذي")


def is_definite(k: str) -> bool:
    return k.startswith(("ال", "وال", "بال", "فال", "كال", "لل")) and len(k) > 3


@lru_cache(maxsize=65536)
def name_like(k: str, verb_shape: bool = False) -> bool:
    """Could this keyed word continue a person's or place's name? (Not a definite noun, function
    word, verb-looking word, feminine noun or word with a pronoun suffix; ``verb_shape``: a word
    shaped like a present verb is allowed.)"""
    if len(k) < 2 or not _ARABIC_WORD.match(k):
        return False
    if k in STOPWORDS or k in TITLES or k in SPEAKER_NOUNS or strip_conj(k) != k or is_definite(k):
        return False
    if k.endswith(("ة", "ها", "هم", "هما", "كم")) or (k.endswith("ه") and len(k) >= 4):
        return False
    return verb_shape or not looks_like_verb(k)


def looks_like_verb(k: str) -> bool:
    """A reporting or passive verb, or a present-tense verb (يقدم، تشعر، يستعد) by its shape."""
    if verb_gender(k) or k in PASSIVE_VERBS:
        return True
    return k[:1] in ("ي", "ت") and not k.startswith("تش") and (len(k) >= 5 or (len(k) == 4 and k[1] not in "او"))


def has_tanween(word: str) -> bool:
    """Indefinite-case ending (اهتمامًا، كبيرٍ): a common noun or adjective, not a name."""
    return "\u064b" in word or "\u064c" in word or "\u064d" in word


# the cue words strip_conj takes a leading و/ف from (one set look-up instead of seven)
_CONJ_CUES = MASC_VERBS | FEM_VERBS | PLURAL_VERBS | PASSIVE_VERBS | PARTICIPLES_M | PARTICIPLES_F | frozenset(
    ("بحسب", "حسب", "وفقا", "وفق", "نقلا", "طبقا", "استنادا"))
