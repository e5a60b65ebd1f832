//! Image credits: standalone credit lines and the credit tail of captions.
//!
//! A credit takes one of a few shapes, in every language news is written in:
//! - a label: "Photo: …", "Image credit: …", "Foto: …", "Crédit photo : …", "Photo by …",
//!   "Courtesy of …", NYT's glued "CreditEtienne Laurent/EPA";
//! - a copyright sign: "© Reuters";
//! - a name joined to a photo/news agency: "Manu Fernandez/AP", "Reed Saxon / Associated Press",
//!   "Damian Dovarganes, AP", "REUTERS/Kevin Lamarque", "Natalie Naccache | Bloomberg | Getty
//!   Images", "NASA via AP";
//! - a bare agency after the caption: "… as they should be Getty Images", "… Timothy Weeks AP".
//!
//! The agency table is what separates "Manu Fernandez/AP" from "Paris/London": without a known
//! agency (or a label) nothing unlabelled is a credit. Prose that names an agency ("Reuters
//! reported that …", "he told AFP") is protected by requiring the credit to be made only of names,
//! agencies and separators, and by refusing an agency right after "by/to/told/said…".

use super::{fold, fold_char, is_unspaced_script, strip_folded_prefix, FirstCharIndex, Folded};

/// Photo and news agencies and stock-photo services whose name, next to a person's name or alone
/// after a caption, is a credit. Compared case-insensitively, word by word (hyphens and slashes
/// split words, so "EPA-EFE" and "picture-alliance" are covered). The groups after the Western
/// list name each region's wire services and photo agencies in its own script (ТАСС, 新华社, 共同通信,
/// 연합뉴스, رويترز, पीटीआई, …); Latin names that are everyday words elsewhere ("mehr", "spa")
/// are left out, since a lowercase agency word no longer marks a caption as prose.
const AGENCIES: &[&str] = &[
    // Wire services.
    "associated press",
    "reuters",
    "thomson reuters",
    "agence france presse",
    "press association",
    "pa images",
    "pa wire",
    "pa media",
    "us presswire",
    "presswire",
    "kyodo",
    "kyodo news",
    "xinhua",
    "yonhap",
    "europa press",
    "anadolu",
    "anadolu agency",
    "ria novosti",
    "keystone",
    "belga",
    "scanpix",
    "ritzau",
    "lusa",
    // Photo agencies and stock libraries.
    "getty",
    "getty images",
    "ap photo",
    "ap images",
    "picture alliance",
    "shutterstock",
    "alamy",
    "alamy stock photo",
    "istock",
    "istockphoto",
    "imago",
    "imago images",
    "sipa",
    "sipa press",
    "sipa usa",
    "abaca",
    "abacapress",
    "zuma press",
    "zuma wire",
    "nurphoto",
    "sopa images",
    "lightrocket",
    "wireimage",
    "filmmagic",
    "corbis",
    "magnum photos",
    "dreamstime",
    "adobe stock",
    "depositphotos",
    "unsplash",
    "pexels",
    "pixabay",
    "usa today sports",
    // Russian: the wire services and photo agencies credits name, as they are written there.
    "тасс",
    "итар тасс",
    "риа новости",
    "интерфакс",
    "спутник",
    "прайм",
    "рбк",
    "коммерсантъ",
    "агн москва",
    "росбалт",
    "белта",
    "казинформ",
    // Ukrainian: the wire services and photo agencies credits name, as they are written there.
    "укрінформ",
    "уніан",
    "унн",
    "рбк україна",
    "суспільне",
    "ліга.net",
    "главком",
    "генштаб зсу",
    "дснс",
    "нацполіція",
    "офіс президента",
    "франс прес",
    // Greek: the wire services and photo agencies credits name, as they are written there.
    "απε μπε",
    "απε",
    "κυπε",
    "γτ πρωθυπουργου",
    "ερτ",
    "ροιτερσ",
    "eurokinissi",
    "intime",
    // Turkish: the wire services and photo agencies credits name, as they are written there.
    "anadolu ajansi",
    "demirören",
    // Chinese (simplified): the wire services and photo agencies credits name, as they are written there.
    "新华社",
    "新华网",
    "新华通讯社",
    "中新社",
    "中国新闻社",
    "中新网",
    "人民网",
    "人民日报",
    "人民视觉",
    "央视新闻",
    "中央广播电视总台",
    "央视网",
    // Chinese (traditional): the wire services and photo agencies credits name, as they are written there.
    "中央通訊社",
    "美聯社",
    "歐新社",
    "歐洲新聞圖片社",
    "達志影像",
    "蓋蒂圖像",
    "時事社",
    "韓聯社",
    "新華社",
    "衛星通訊社",
    "安莎社",
    "德新社",
    // Japanese: the wire services and photo agencies credits name, as they are written there.
    "共同通信",
    "共同通信社",
    "共同",
    "時事通信",
    "時事通信社",
    "時事通信フォト",
    "時事",
    "ロイター",
    "ロイター通信",
    "ap通信",
    "afp時事",
    "afp通信",
    // Korean: the wire services and photo agencies credits name, as they are written there.
    "연합뉴스",
    "연합",
    "연합뉴스tv",
    "뉴시스",
    "뉴스1",
    "ap 연합뉴스",
    "afp 연합뉴스",
    "epa 연합뉴스",
    "로이터 연합뉴스",
    "ap 뉴시스",
    "afp 뉴시스",
    "로이터",
    // Arabic: the wire services and photo agencies credits name, as they are written there.
    "رويترز",
    "فرانس برس",
    "اسوشيتد برس",
    "الاناضول",
    "وفا",
    "واس",
    "وام",
    "قنا",
    "كونا",
    "بترا",
    "ا ش ا",
    "سانا",
    // Hebrew: the wire services and photo agencies credits name, as they are written there.
    "פלאש 90",
    "רויטרס",
    "אי אף פי",
    "אי פי",
    "לעמ",
    "דובר צהל",
    "דוברות המשטרה",
    "ג'יני",
    "אלבטרוס",
    "גטי אימג'ס",
    "אימג'בנק",
    "שאטרסטוק",
    // Persian: the wire services and photo agencies credits name, as they are written there.
    "ايرنا",
    "ايسنا",
    "فارس",
    "تسنيم",
    "مهر",
    "ايلنا",
    "ايبنا",
    "ميزان",
    "ايمنا",
    "برنا",
    "پانا",
    "شبستان",
    // Hindi: the wire services and photo agencies credits name, as they are written there.
    "पीटीआई",
    "पीटीआई भाषा",
    "एएनआई",
    "आईएएनएस",
    "यूएनआई",
    "एजेंसी",
    "पीआईबी",
    "रॉयटर्स",
    "एएफपी",
    "एपी",
    "गेटी इमेजेज",
    "आईस्टॉक",
    // Thai: the wire services and photo agencies credits name, as they are written there.
    "สำนักข่าวไทย",
    "อสมท",
    "ไทยพีบีเอส",
    "รอยเตอร์",
    "รอยเตอร์ส",
    "เอเอฟพี",
    "เอพี",
    "ซินหัว",
    "เกียวโด",
    "ยอนฮัป",
    "เบอร์นามา",
    "บลูมเบิร์ก",
    // Vietnamese: the wire services and photo agencies credits name, as they are written there.
    "ttxvn",
    "vietnam news agency",
    // Indonesian: the wire services and photo agencies credits name, as they are written there.
    "antara",
    "antara foto",
];

/// Agency acronyms, compared case-sensitively: as lowercase words "ap", "pa", "tt" are ordinary
/// words in several languages, but in capitals after a caption they are wire credits.
const AGENCY_ACRONYMS: &[&str] = &[
    "AP", "AFP", "EPA", "EFE", "UPI", "dpa", "DPA", "ANSA", "ANP", "AAP", "PTI", "IANS", "TASS",
    "TT", "NTB", "APA", "KEYSTONE", "REUTERS", "GETTY", "STF",
    // Central European national agencies (Poland, Hungary, Czechia, Switzerland).
    "PAP", "MTI", "ČTK", "SDA", "ATS",
    // Wire services of the other regions, in capitals as credits print them.
    "ANI", "ANKA", "ANTARA", "APE", "CMG", "CNA", "DHA", "ERT", "IBNA", "IHA", "ILNA", "IMNA",
    "KCNA", "MCOT", "NHK", "NNT", "PIB", "PIXTA", "RFA", "SANA", "SOOC", "SUNA", "THX", "TNA",
    "TRT", "TTXVN", "UNIAN", "UNN", "VCG", "VNA", "VOA", "YJC", "ΑΠΕ", "ΕΡΤ", "ΚΥΠΕ", "ДСНС",
    "РБК", "ТАСС", "УНН",
];

/// Organisations that often appear in credits ("Jeenah Moon/Bloomberg/Getty Images", "NASA via
/// AP") but are also ordinary subjects of captions ("Michael Bloomberg", "NASA's rover"). They count
/// as an agency only inside an explicit structure: a slash, pipe or "via" (not a comma: "Allentown,
/// PA" is a place).
const WEAK_AGENCIES: &[&str] = &[
    // Press Association, but also Pennsylvania ("Allentown, PA"): only as "Name/PA".
    "pa",
    "bloomberg",
    "nasa",
    "esa",
    "invision",
    "flickr",
    "wikimedia commons",
    "wikimedia",
    "handout",
    "pool",
    "file photo",
];

/// Lowercase words allowed inside a credit besides capitalised names: connectors ("X via AP",
/// "Photos by A, left, and B"), roles and positions that photo desks add.
const CREDIT_CONNECTORS: &[&str] = &[
    "via",
    // Spanish and Portuguese spell it with an accent ("Etienne Laurent/EPA vía Shutterstock").
    "vía",
    "on",
    "for",
    "and",
    "by",
    "the",
    "of",
    "de",
    "del",
    "der",
    "van",
    "von",
    "di",
    "da",
    "du",
    "le",
    "la",
    "y",
    "e",
    "et",
    "und",
    "en",
    "left",
    "right",
    "center",
    "centre",
    "top",
    "bottom",
    "above",
    "below",
    "file",
    "pool",
    "photo",
    "photos",
    "foto",
    "staff",
    "handout",
    "illustration",
    "montage",
    "rf",
    "getty",
    "images",
    "dpa",
    "istock",
];

/// Words that, right before an agency, make it part of a sentence: "told Reuters", "according to
/// AP", "a report by Reuters", "selon l'AFP", "laut dpa", "según EFE", "secondo l'ANSA".
const PROSE_BEFORE_AGENCY: &[&str] = &[
    "by",
    "to",
    "from",
    "with",
    "told",
    "tells",
    "tell",
    "said",
    "says",
    "say",
    "according",
    "reported",
    "reports",
    "for",
    "of",
    "at",
    "the",
    "and",
    "on",
    "in",
    "a",
    "an",
    "per",
    "selon",
    "laut",
    "según",
    "secondo",
    "à",
    "de",
    "del",
    "der",
    "die",
    "des",
    "du",
    "la",
    "le",
    "el",
    "il",
    "al",
    "zu",
    "zur",
    "con",
    "mit",
    "aan",
    "voor",
    "van",
    "von",
    "l",
    "told",
    "interview",
    "interviewed",
    "contacted",
    "contact",
];

/// Labels that must be followed by a colon: "Photo: …", "Image credit: …", "Foto: …", "Crédit
/// photo : …", "Source: …". Without the colon these words start ordinary sentences ("Photos of the
/// event …", "Source code is …"). Longer labels come first so "photo credit" wins over "photo".
/// Chinese, Japanese and Korean labels also take "=" and "/" ("사진=연합뉴스", "图/新华社"). The
/// groups after the Western European entries hold what sites in each other language write, folded
/// (see [`super::fold`]), cut to its most common forms; tests/languages.rs shows each on an
/// invented page of that language.
const COLON_LABELS: &[&str] = &[
    // Hero images: "Main image credit: Getty".
    "main image credit",
    "top image credit",
    "lead image credit",
    "header image credit",
    "featured image credit",
    "main image",
    "top image",
    "lead image",
    "header image",
    "featured image",
    "photo credits",
    "photo credit",
    "photo courtesy",
    "photo source",
    "image credits",
    "image credit",
    "image source",
    "image copyright",
    "picture credit",
    "crédits photo",
    "crédit photo",
    "créditos",
    "crédito",
    "crédits",
    "crédit",
    "credito",
    "crediti",
    "credits",
    "credit",
    "photographs",
    "photograph",
    "photography",
    "photos",
    "photo",
    "pictures",
    "picture",
    "pics",
    "pic",
    "images",
    "image",
    "illustration",
    "illustratie",
    // "Graphic: Global assets in 2019 - here" links a chart; only "Graphic: Reuters" credits.
    "graphic",
    "grafik",
    "sources",
    "source",
    "copyright",
    "file",
    // German, Dutch, Scandinavian.
    "bildquelle",
    "bilder",
    "bild",
    "quelle",
    "foto's",
    "beeld",
    "bron",
    "kuva",
    "källa",
    "kilde",
    // Romance languages.
    "fotografía",
    "fotografia",
    "fotos",
    "foto",
    "imágenes",
    "imagen",
    "immagini",
    "immagine",
    "fuente",
    "fonte",
    // Central European.
    "fotók",
    "fotó",
    "zdjęcia",
    "zdjęcie",
    "źródło",
    // Russian.
    "фото",
    "фотография",
    "фотографии",
    "фото и видео",
    "фото и текст",
    "фотограф",
    "автор фото",
    "источник фото",
    "источник",
    "источник изображения",
    "источник иллюстрации",
    "изображение",
    "иллюстрация",
    "иллюстрации",
    // Ukrainian.
    "фотографія",
    "фотографії",
    "світлина",
    "світлини",
    "фото й відео",
    "фото і відео",
    "фото та відео",
    "фото й текст",
    "фотографиня",
    "авторка фото",
    "джерело фото",
    "джерело",
    "джерело зображення",
    "зображення",
    // Greek.
    "φωτογραφια",
    "φωτογραφιεσ",
    "φωτ.",
    "φωτ",
    "φωτο",
    "φωτογρ.",
    "φωτογραφοσ",
    "πηγη",
    "πηγη φωτογραφιασ",
    "πηγη φωτο",
    "πηγη εικονασ",
    "εικονα",
    "εικονεσ",
    "εικονογραφηση",
    // Turkish.
    "fotoğraf",
    "fotoğraflar",
    "fotograf",
    "görsel",
    "görseller",
    "gorsel",
    "kaynak",
    "fotoğraf kaynaği",
    "görsel kaynaği",
    "resim",
    "illüstrasyon",
    "çizim",
    "infografik",
    "ekran görüntüsü",
    // Chinese (simplified).
    "图片",
    "图片来源",
    "图源",
    "来源",
    "照片",
    "摄影",
    "摄影师",
    "供图",
    "图片提供",
    "图文",
    "图/文",
    "配图",
    "题图",
    "头图",
    // Chinese (traditional).
    "圖片",
    "圖片來源",
    "圖源",
    "來源",
    "相片",
    "相片來源",
    "攝影",
    "圖文",
    "圖/文",
    "影像",
    "影像來源",
    "圖片提供",
    "照片提供",
    "提供",
    // Japanese.
    "写真",
    "撮影",
    "画像",
    "出典",
    "出所",
    "写真提供",
    "画像提供",
    "写真出典",
    "画像出典",
    "画像出所",
    "引用元",
    "出典元",
    "撮影者",
    "写真・文",
    // Korean.
    "사진",
    "사진 제공",
    "사진제공",
    "사진 출처",
    "사진출처",
    "사진 자료",
    "자료 사진",
    "자료사진",
    "이미지",
    "이미지 출처",
    "이미지출처",
    "출처",
    "제공",
    "촬영",
    // Arabic.
    "تصوير",
    "صورة",
    "الصورة",
    "صور",
    "الصور",
    "المصدر",
    "مصدر الصورة",
    "حقوق الصورة",
    "عدسة",
    "المصور",
    "المصورة",
    "تصوير فوتوغرافي",
    "رسم",
    "رسوم",
    // Hebrew.
    "צילום",
    "צילומים",
    "צילום מסך",
    "קרדיט",
    "קרדיט צילום",
    "קרדיט לצילום",
    "צלם",
    "צלמת",
    "צילם",
    "צילמה",
    "מקור",
    "מקור התמונה",
    "מקור הצילום",
    "תמונה",
    // Persian.
    "عكس",
    "عكسها",
    "عكاس",
    "عكاسها",
    "عكس از",
    "منبع عكس",
    "منبع تصوير",
    "منبع",
    "تصاوير",
    "اعتبار عكس",
    "عكس و ويديو",
    "فيلم",
    "طراحي",
    "گرافيك",
    // Hindi.
    "फोटो",
    "फोटो साभार",
    "फोटो क्रेडिट",
    "फोटो सोर्स",
    "तस्वीर",
    "तस्वीरें",
    "तस्वीर साभार",
    "चित्र",
    "चित्र साभार",
    "छवि",
    "छवि स्रोत",
    "इमेज",
    "इमेज क्रेडिट",
    "इमेज सोर्स",
    // Thai.
    "ภาพ",
    "ภาพถ่าย",
    "ภาพประกอบ",
    "ภาพจาก",
    "ภาพโดย",
    "ที่มาภาพ",
    "แหล่งที่มาภาพ",
    "ที่มา",
    "ขอบคุณภาพ",
    "ขอบคุณภาพจาก",
    "เครดิตภาพ",
    "เครดิต",
    "ถ่ายภาพ",
    "ช่างภาพ",
    // Vietnamese.
    "ảnh",
    "ảnh minh họa",
    "ảnh minh hoạ",
    "ảnh tư liệu",
    "ảnh chụp màn hình",
    "ảnh chụp",
    "nguồn ảnh",
    "nguồn",
    "ảnh nguồn",
    "ảnh/video",
    "ảnh, video",
    "ảnh và video",
    "đồ họa",
    "đồ hoạ",
    // Indonesian.
    "sumber foto",
    "kredit foto",
    "foto ilustrasi",
    "ilustrasi",
    "sumber",
    "sumber gambar",
    "gambar",
    "dok",
    "dok.",
    "dokumentasi",
    "foto dok",
    "foto/video",
    "grafis",
    "infografis",
    // Japanese.
    "(写真",
    "(撮影",
    "(画像",
    "(出典",
    // Chinese "图/新华社", "圖／中央社": the one-character label for "picture", with its separator.
    "图",
    "圖",
];

/// Labels that carry their own connector and need no colon: "Photo by …", "Foto di …", "Photo de
/// …", "Foto von …", "Image via …", "Courtesy of …", "Image copyright …". The groups after the
/// Western European entries hold what sites in each other language write, folded (see
/// [`super::fold`]), cut to its most common forms; tests/languages.rs shows each on an invented page
/// of that language.
const BY_LABELS: &[&str] = &[
    "photographs by",
    "photograph by",
    "photography by",
    "photos by",
    "photo by",
    "pictures by",
    "picture by",
    "images by",
    "image by",
    "illustration by",
    "image via",
    "images via",
    "photo via",
    "image courtesy",
    "photo courtesy",
    "courtesy of",
    "image copyright",
    // Stock-photo licence notes: "Image used under license from Shutterstock.com".
    "image used under license from",
    "image used under licence from",
    "photo used under license from",
    "used under license from",
    "licensed from",
    "picture copyright",
    "photo copyright",
    "foto di",
    "foto de",
    "fotos de",
    "foto von",
    "fotos von",
    "foto door",
    "photo de",
    "photos de",
    // Russian.
    "фото предоставлено",
    "фото предоставлены",
    "фотография предоставлена",
    "фотографии предоставлены",
    "предоставлено пресс-службой",
    "фото пресс-службы",
    "фото автора",
    "фотография автора",
    // Ukrainian.
    "фото надано",
    "фото надане",
    "фото надала",
    "фото надав",
    "фото надали",
    "надано пресслужбою",
    "надано прес-службою",
    "фото пресслужби",
    // Greek.
    "φωτογραφια αρχειου",
    "φωτ. αρχειου",
    "απο το αρχειο",
    "φωτογραφια απο",
    "φωτογραφιεσ απο",
    "φωτογραφια του",
    "φωτογραφια τησ",
    "ευγενικη παραχωρηση",
    // Turkish.
    "temsili fotoğraf",
    "temsili görsel",
    "arşiv fotoğrafi",
    "arşiv görüntüsü",
    "dosya fotoğrafi",
    "kaynak: sosyal medya",
    "sosyal medyadan alinan",
    "ekran görüntüsü",
    // Chinese (simplified).
    "新华社记者",
    "新华社发",
    "新华社特约记者",
    "中新社记者",
    "中新社发",
    "中新网记者",
    "人民网记者",
    "通讯员",
    // Chinese (traditional).
    "中央社",
    "本報記者",
    "特派記者",
    "圖片由",
    "圖取自",
    "取自",
    "翻攝",
    "截自",
    // Japanese.
    "筆者撮影",
    "編集部撮影",
    "撮影・",
    "写真・",
    "写真=",
    "撮影=",
    "提供=",
    "本人提供",
    // Korean.
    "사진 제공",
    "직접 촬영",
    "직접 찍은 사진",
    "본인 제공",
    "독자 제공",
    "시민 제공",
    "업체 제공",
    "자료 제공",
    // Arabic.
    "بعدسة",
    "الصورة بعدسة",
    "تصوير المصور",
    "صورة تعبيرية",
    "صورة توضيحية",
    "صورة ارشيفية",
    "صورة من الارشيف",
    "صورة متداولة",
    // Hebrew.
    "צילום",
    "באדיבות",
    "אילוסטרציה",
    "מתוך הרשתות החברתיות",
    "צולם על ידי",
    "לפי סעיף 27א",
    // Persian.
    "عكس از",
    "عكسها از",
    "تصوير از",
    "به عكاسي",
    "عكاس",
    "عكس تزئيني",
    "عكس تزييني",
    "تصوير تزئيني",
    // Hindi.
    "साभार",
    "फोटो साभार",
    "के सौजन्य से",
    "सौजन्य",
    "सांकेतिक तस्वीर",
    "सांकेतिक चित्र",
    "प्रतीकात्मक तस्वीर",
    "प्रतीकात्मक चित्र",
    // Thai.
    "ภาพโดย",
    "ภาพถ่ายโดย",
    "ถ่ายภาพโดย",
    "ภาพจาก",
    "ขอบคุณภาพ",
    "ภาพประกอบจาก",
    "ภาพประกอบโดย",
    "เครดิตภาพจาก",
    // Vietnamese.
    "ảnh do",
    "ảnh của",
    "ảnh chụp bởi",
    "ảnh được cung cấp bởi",
    "ảnh từ",
    "nguồn ảnh từ",
    // Indonesian.
    "foto oleh",
    "difoto oleh",
    "gambar oleh",
    "ilustrasi oleh",
    "dok. pribadi",
    "dokumentasi pribadi",
    "foto dok.",
];

/// Label words that may precede a credit with only a space: "photo AFP", "Photo Prakash
/// Mathema. AFP". Accepted only when what follows is credit-shaped (names plus an agency).
/// "fot." is the Polish abbreviation ("fot. PAP").
const BARE_LABELS: &[&str] = &[
    "photos", "photo", "fotos", "foto", "fot.", "image", "picture", "bild", "credit",
];

/// Credits that name the photographer or source first and end in the word for "photographed" or
/// "provided", the way Chinese, Japanese and Korean captions end ("新华社记者 李明 摄", "中央社記者王
/// 志偉攝", "筆者撮影", "해온시 제공"), and whole credit lines that name no one (Russian and
/// Ukrainian "Фото автора", "the author's photo"). A short line that ends with one, with no
/// sentence break before it, is a credit.
const CREDIT_ENDINGS: &[&str] = &[
    "供图",
    "供圖",
    "撮影",
    "提供",
    "제공",
    "촬영",
    "фото автора",
    "фото из открытых источников",
    "фото из архива",
    "фото з відкритих джерел",
    "фото з архіву",
];

/// Chinese "photographed", written after the photographer ("李明 摄", "中央社記者王志偉攝"). It also
/// ends ordinary words ("拍摄", "filming"), so it counts only after a space or slash, or in a line
/// that names a reporter ([`REPORTER_WORDS`]).
const PHOTOGRAPHED_MARKS: &[&str] = &["摄", "攝"];
const REPORTER_WORDS: &[&str] = &["记者", "記者", "通讯员", "通訊員", "特约", "特約"];

/// Longest line read as a credit by its ending ([`CREDIT_ENDINGS`]): a name, an agency and a date.
const MAX_ENDING_CREDIT_CHARS: usize = 40;

/// Longest text treated as a standalone credit line. Real credits are a few names; anything longer
/// is prose.
const MAX_CREDIT_CHARS: usize = 200;

/// Most whitespace words after a label ("Photo: …") for it to be a credit rather than a sentence
/// that happens to start with "Source:".
const MAX_LABELLED_WORDS: usize = 20;

/// Most words in an unlabelled credit ("New York State Sex Offender Registry via AP" has 8).
const MAX_SHAPE_PIECES: usize = 16;

/// Characters that end a sentence or a caption segment, after which a credit may start.
const BOUNDARY_CHARS: &[char] = &[
    '.', '!', '?', ')', ']', '|', ':', ';', '–', '—', '-', '•', '"', '”', '»',
];

/// Full-width and CJK marks after which a credit may start with no space between: the ideographic
/// full stop, full-width "!?", a closing corner bracket, and the full-width slash and equals that
/// Chinese, Japanese and Korean captions put before a credit ("…会谈。／新华社", "…首相＝共同").
const UNSPACED_BOUNDARY_CHARS: &[char] = &['。', '！', '？', '」', '』', '／', '＝'];

/// A word of the text with its byte span: the pieces between whitespace and credit separators.
struct Piece<'a> {
    text: &'a str,
    /// `text` folded once (lowercase, apostrophes unified): agency tables compare against it.
    folded: String,
    start: usize,
    end: usize,
}

/// Splits on whitespace and the separators credits use ("/", "|", ",", "-", ".", parentheses), so
/// "Fethi Belaid/AFP/Getty Images" gives Fethi, Belaid, AFP, Getty, Images.
fn pieces(text: &str) -> Vec<Piece<'_>> {
    pieces_at_most(text, usize::MAX).unwrap_or_default()
}

/// What splits a text into pieces: whitespace and the separators credits use.
fn is_piece_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '/' | '|'
                | ','
                | '-'
                | '–'
                | '—'
                | '.'
                | '('
                | ')'
                | '['
                | ']'
                | ';'
                | ':'
                | '"'
                | '“'
                | '”'
                | '\''
                | '’'
                | '©'
                | '&'
                | '•'
                | '?'
                | '!'
                | '='
                // Full-width and CJK punctuation: "（新华社记者 李鑫 摄）", "写真＝共同通信",
                // "图／视觉中国", "【연합뉴스】".
                | '／'
                | '＝'
                | '（'
                | '）'
                | '：'
                | '，'
                | '、'
                | '・'
                | '·'
                | '【'
                | '】'
                | '［'
                | '］'
                | '「'
                | '」'
                | '。'
        )
}

/// Whether some piece of `text` can only be prose: a lowercase word that is neither a credit
/// connector nor a word of an agency name, which no credit can hold. Checked piece by piece before
/// anything is folded in bulk: nearly every text judged is prose and fails on an early word, while
/// splitting and folding every word of it first was most of the cost of credit detection.
fn has_prose_piece(text: &str) -> bool {
    text.split(is_piece_separator).any(|piece| {
        piece.chars().next().is_some_and(char::is_lowercase) && {
            let folded = fold(piece);
            !CREDIT_CONNECTORS.contains(&folded.as_str())
                && !AGENCY_ACRONYMS.contains(&piece)
                && !is_agency_name_word(&folded)
        }
    })
}

/// [`pieces`], or `None` as soon as there are more than `max`: most texts judged are prose, far
/// longer than any credit, and folding every word of a paragraph only to reject it was the
/// largest cost of credit detection.
fn pieces_at_most(text: &str, max: usize) -> Option<Vec<Piece<'_>>> {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (is_piece_separator(c), start) {
            (true, Some(s)) => {
                spans.push((s, i));
                start = None;
                if spans.len() > max {
                    return None;
                }
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, text.len()));
    }
    if spans.len() > max {
        return None;
    }
    Some(
        spans
            .into_iter()
            .map(|(start, end)| Piece {
                text: &text[start..end],
                folded: fold(&text[start..end]),
                start,
                end,
            })
            .collect(),
    )
}

/// An agency found at piece index `at`: how many pieces it covers and whether it is strong.
fn agency_at(ps: &[Piece<'_>], at: usize) -> Option<(usize, bool)> {
    let first = ps.get(at)?;
    let mut best: Option<(usize, bool)> = None;
    if AGENCY_ACRONYMS.contains(&first.text) {
        best = Some((1, true));
    }
    let mut consider = |table: &[&str], strong: bool| {
        for name in table {
            // Cheap first-word check before walking the rest of a multi-word name.
            let f = first.folded.as_str();
            let first_word_matches = name.starts_with(f)
                && (name.len() == f.len() || name.as_bytes().get(f.len()) == Some(&b' '));
            if f.is_empty() || !first_word_matches {
                continue;
            }
            let word_count = name.split(' ').count();
            let fits = name
                .split(' ')
                .enumerate()
                .all(|(k, w)| ps.get(at + k).is_some_and(|p| p.folded == w));
            if fits && best.is_none_or(|(n, s)| word_count > n || (strong && !s)) {
                best = Some((word_count, strong));
            }
        }
    };
    consider(AGENCIES, true);
    consider(WEAK_AGENCIES, false);
    best
}

/// Whether a folded word is a word of some agency name ("france" of "agence france presse").
/// Asked of nearly every lowercase word of every caption and paragraph, so the words of the
/// agency tables are gathered and sorted once and searched by halves.
fn is_agency_name_word(folded: &str) -> bool {
    static WORDS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let mut words: Vec<&str> = Vec::new();
        for word in AGENCIES
            .iter()
            .chain(WEAK_AGENCIES)
            .flat_map(|n| n.split(' '))
        {
            if let Err(at) = words.binary_search(&word) {
                words.insert(at, word);
            }
        }
        words
    });
    words.binary_search(&folded).is_ok()
}

/// Most characters of a name written in an unspaced script ("欧阳修远" has four; a photo desk
/// adds "记者" or an agency, each its own piece after a space or separator).
const MAX_UNSPACED_NAME_CHARS: usize = 6;

/// A piece that can sit in a credit: capitalised or numeric (names, "20th Century Fox", dates),
/// caseless scripts, or a listed connector.
fn name_like(piece: &str) -> bool {
    // Chinese and Japanese write a sentence without spaces, so it is one piece; a name is a few
    // characters ("李明", "佐藤健太").
    if piece.starts_with(is_unspaced_script) && piece.chars().nth(MAX_UNSPACED_NAME_CHARS).is_some()
    {
        return false;
    }
    match piece.chars().next() {
        None => true,
        Some(c) if c.is_uppercase() || c.is_numeric() || !c.is_lowercase() => true,
        Some(_) => CREDIT_CONNECTORS.contains(&fold(piece).as_str()),
    }
}

/// Whether `text` is made only of names, agencies and separators, with at least one agency.
/// Without a separator, what else is required depends on the [`Context`].
fn credit_shape(text: &str, context: Context) -> bool {
    // Prose fails fast: a lowercase word that is neither a connector nor a word of any agency
    // name cannot be covered below.
    if has_prose_piece(text) {
        return false;
    }
    let Some(ps) = pieces_at_most(text, MAX_SHAPE_PIECES) else {
        return false;
    };
    if ps.is_empty() {
        return false;
    }
    let mut covered = vec![false; ps.len()];
    let mut strong = false;
    let mut weak = false;
    let mut first_agency: Option<usize> = None;
    let mut last_agency_end = 0;
    let mut i = 0;
    while i < ps.len() {
        if let Some((n, is_strong)) = agency_at(&ps, i) {
            for c in covered.iter_mut().skip(i).take(n) {
                *c = true;
            }
            strong |= is_strong;
            weak |= !is_strong;
            first_agency.get_or_insert(i);
            last_agency_end = i + n;
            i += n;
        } else {
            i += 1;
        }
    }
    let names_only = ps
        .iter()
        .zip(&covered)
        .all(|(p, &is_agency)| is_agency || name_like(p.text));
    if !names_only {
        return false;
    }
    let via = ps
        .iter()
        .any(|p| p.text.eq_ignore_ascii_case("via") || p.text == "vía");
    let structural = text.contains(['/', '|', ',', '©']) || via;
    let weak_structure = text.contains(['/', '|']) || via;
    if !(strong || (weak && weak_structure)) {
        return false;
    }
    if structural || covered.iter().all(|&c| c) {
        return true;
    }
    let label_first = ps
        .first()
        .is_some_and(|p| BARE_LABELS.contains(&p.folded.as_str()));
    if label_first {
        return true;
    }
    match context {
        Context::AfterLabel => ends_with_agency(&ps, first_agency, last_agency_end),
        // A line of its own: German capitalises every noun, so "Der Gotthard-Tunnel. Bild:
        // Keystone" is all capitals; a bare credit line is one person's name and the agency, with
        // no sentence break.
        Context::Line => {
            let short_name = first_agency.is_some_and(|f| f <= MAX_NAME_PIECES);
            let no_sentence = !text.contains(". ") && !text.contains('。');
            no_sentence
                && ((short_name && ends_with_agency(&ps, first_agency, last_agency_end))
                    || (first_agency == Some(0) && ps.len() <= 3))
        }
    }
}

/// Pieces of a photographer's name before an unseparated agency ("Tom Davies Associated Press",
/// "Juan Carlos Pérez Gómez EFE").
const MAX_NAME_PIECES: usize = 4;

/// Where an unseparated credit is being judged.
#[derive(Clone, Copy, PartialEq)]
enum Context {
    /// A whole line or paragraph.
    Line,
    /// The body after a bare label ("Photo Prakash Mathema. AFP").
    AfterLabel,
}

/// The agency ends the text ("Tom Davies Associated Press") and does not follow a prose word
/// ("… told Reuters").
fn ends_with_agency(ps: &[Piece<'_>], first_agency: Option<usize>, last_agency_end: usize) -> bool {
    last_agency_end == ps.len() && first_agency.is_some_and(|f| f == 0 || !prose_word_at(ps, f))
}

/// Whether the piece before the agency starting at `agency` is a prose connector ("told AFP").
fn prose_word_at(ps: &[Piece<'_>], agency: usize) -> bool {
    agency
        .checked_sub(1)
        .and_then(|k| ps.get(k))
        .is_some_and(|p| PROSE_BEFORE_AGENCY.contains(&p.folded.as_str()))
}

/// Match of a folded `phrase` at byte `at` of `text` (see [`strip_folded_prefix`]: case,
/// full-width forms, bidi marks and Arabic tatweel do not matter). Returns the byte offset after the
/// match.
fn match_phrase(text: &str, at: usize, phrase: &str) -> Option<usize> {
    strip_folded_prefix(text.get(at..)?, phrase).map(|rest| text.len() - rest.len())
}

/// What may stand between a colon label and the credit: a colon everywhere ("Photo: …", "Фото:
/// …"); Korean, Chinese and Japanese sites also write "사진=연합뉴스", "图/新华社", "写真＝共同".
/// Bidi marks around it are skipped; full-width forms count as the ASCII ones.
fn strip_label_separator<'a>(after: &'a str, label: &str) -> Option<&'a str> {
    let east_asian = label.starts_with(|c: char| is_unspaced_script(c) || is_hangul(c));
    let mut chars = after.char_indices();
    for (i, c) in chars.by_ref() {
        match fold_char(c) {
            Folded::Skip | Folded::Space => continue,
            Folded::Char(':') => return after.get(i + c.len_utf8()..),
            Folded::Char('=' | '/') if east_asian => return after.get(i + c.len_utf8()..),
            Folded::Char(_) => return None,
        }
    }
    None
}

/// Hangul syllables and jamo: Korean is spaced, but its labels take "=" like Chinese and Japanese.
fn is_hangul(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF)
}

/// The kinds of credit opening found at a position.
enum Opening<'a> {
    /// "Photo: …", "Photo by …", "CreditEtienne …": the rest is the credit's body.
    Labelled { rest: &'a str, needs_agency: bool },
    /// "photo AFP": the rest must itself be credit-shaped.
    Bare(&'a str),
    /// "© …".
    Copyright(&'a str),
}

static COLON_INDEX: FirstCharIndex = FirstCharIndex::new(COLON_LABELS);
static BY_INDEX: FirstCharIndex = FirstCharIndex::new(BY_LABELS);

/// Finds a credit opening at byte `at` of `text`.
fn opening_at(text: &str, at: usize) -> Option<Opening<'_>> {
    let rest_from = |end: usize| text.get(end..).map(str::trim_start);
    // Every label starts with a letter; comparing the first one skips most of the tables.
    // (`match_phrase` compares a character only when it lowercases to one character.)
    let first = text
        .get(at..)?
        .chars()
        .map(fold_char)
        .find(|&f| f != Folded::Skip)
        .and_then(|f| match f {
            Folded::Char(c) => Some(c),
            _ => None,
        });
    let first = first?;
    for label in COLON_INDEX.starting_with(first) {
        if let Some(end) = match_phrase(text, at, label) {
            let after = rest_from(end)?;
            if let Some(body) = strip_label_separator(after, label) {
                let needs_agency = matches!(label, "file" | "graphic" | "grafik");
                return Some(Opening::Labelled {
                    rest: body.trim(),
                    needs_agency,
                });
            }
        }
    }
    for label in BY_INDEX.starting_with(first) {
        if let Some(end) = match_phrase(text, at, label) {
            if text.get(end..)?.starts_with(char::is_whitespace) {
                return Some(Opening::Labelled {
                    rest: rest_from(end)?.trim(),
                    needs_agency: false,
                });
            }
        }
    }
    let tail = text.get(at..)?;
    // NYT prints the label glued to the name: "…in Paris.CreditEtienne Laurent/EPA".
    if let Some(body) = tail.strip_prefix("Credit") {
        if body.chars().next().is_some_and(char::is_uppercase) {
            return Some(Opening::Labelled {
                rest: body.trim(),
                needs_agency: false,
            });
        }
    }
    if let Some(body) = tail.strip_prefix('©') {
        return Some(Opening::Copyright(body.trim()));
    }
    if let Some(body) = tail
        .strip_prefix("(c) ")
        .or_else(|| tail.strip_prefix("(C) "))
    {
        return Some(Opening::Copyright(body.trim()));
    }
    for label in BARE_LABELS.iter().filter(|l| l.starts_with(first)) {
        if let Some(end) = match_phrase(text, at, label) {
            if text.get(end..)?.starts_with(char::is_whitespace) {
                return Some(Opening::Bare(rest_from(end)?.trim()));
            }
        }
    }
    None
}

/// Whether an opening's body makes a credit.
fn opening_is_credit(opening: &Opening<'_>) -> bool {
    match opening {
        Opening::Labelled { rest, needs_agency } => {
            let words = rest.split_whitespace().count();
            words > 0 && words <= MAX_LABELLED_WORDS && (!needs_agency || has_strong_agency(rest))
        }
        Opening::Bare(rest) => credit_shape(rest, Context::AfterLabel),
        Opening::Copyright(rest) => copyright_is_credit(rest),
    }
}

/// "© Reuters", "© – AFP, 2018", "© John Smith" are photo credits. "© 2019 Example Media. All
/// rights reserved." is the site's footer copyright: it names no agency and carries a year or a
/// rights clause. The footer stage owns that one, so it is not a credit here.
fn copyright_is_credit(rest: &str) -> bool {
    let ps = pieces(rest);
    if ps.is_empty() {
        return false;
    }
    // "© 2019 Associated Press. All Rights Reserved." is the wire's copyright notice on the story,
    // not a picture credit, even though it names an agency.
    let folded = fold(rest);
    let rights = [
        "rights", "reserved", "droits", "rechte", "derechos", "diritti", "rechten",
    ]
    .iter()
    .any(|w| folded.contains(w));
    if rights {
        return false;
    }
    if has_strong_agency(rest) {
        return true;
    }
    let year = ps.iter().any(|p| {
        p.text.len() == 4
            && (p.text.starts_with("19") || p.text.starts_with("20"))
            && p.text.bytes().all(|b| b.is_ascii_digit())
    });
    !year && ps.len() <= 6 && ps.iter().all(|p| name_like(p.text))
}

fn has_strong_agency(text: &str) -> bool {
    let ps = pieces(text);
    (0..ps.len()).any(|i| agency_at(&ps, i).is_some_and(|(_, strong)| strong))
}

/// Removes one pair of wrapping brackets and a final period: "(AP Photo/Evan Vucci)" and "Photo by
/// David Dyer-Bennet." are judged on their content.
fn unwrap_credit(text: &str) -> &str {
    let mut t = text.trim();
    for (open, close) in BRACKETS {
        if let Some(inner) = t.strip_prefix(*open).and_then(|s| s.strip_suffix(*close)) {
            if !inner.contains(|c: char| BRACKETS.iter().any(|(o, cl)| c == *o || c == *cl)) {
                t = inner.trim();
            }
            break;
        }
    }
    t.strip_suffix(['.', '。']).unwrap_or(t).trim_end()
}

/// Brackets a credit may stand in at the end of a caption: "(AP Photo/Evan Vucci)", "[Reuters]",
/// and the full-width and CJK ones: "（新华社记者 李鑫 摄）", "【연합뉴스】", "［共同］".
const BRACKETS: &[(char, char)] = &[
    ('(', ')'),
    ('[', ']'),
    ('（', '）'),
    ('［', '］'),
    ('【', '】'),
];

/// True when a standalone short line or paragraph is only an image credit: "Photo: Getty Images",
/// "GETTY IMAGES", "(AP Photo/Evan Vucci)", "Foto: Reuters", "photo AFP", "© – AFP, 2018",
/// "Source: UPI/PA Images". Site copyright footers ("© 2019 Example Inc. All rights reserved") are
/// not credits (see [`copyright_is_credit`]).
pub fn is_credit_line(text: &str) -> bool {
    let t = unwrap_credit(text);
    // A char is at most 4 bytes, so a longer text cannot be short enough; this skips counting the
    // characters of every suffix of a long caption.
    if t.is_empty() || t.len() > 4 * MAX_CREDIT_CHARS || t.chars().count() > MAX_CREDIT_CHARS {
        return false;
    }
    if ends_as_credit(t) {
        return true;
    }
    match opening_at(t, 0) {
        Some(opening) if opening_is_credit(&opening) => true,
        // A failed bare label ("Photos of the rally …") may still be a names+agency line.
        Some(Opening::Bare(_)) | None => credit_shape(t, Context::Line),
        Some(_) => false,
    }
}

/// A short line that ends with one of [`CREDIT_ENDINGS`] (a date may follow it: "…攝 114年9月11日"),
/// at a word start, with no sentence break or clause comma before it.
fn ends_as_credit(t: &str) -> bool {
    if t.chars().count() > MAX_ENDING_CREDIT_CHARS
        || t.contains(['。', '，', '！', '？'])
        || t.contains(". ")
    {
        return false;
    }
    let folded = fold(t);
    // A trailing date ("114年9月11日", "2025.9.11") does not hide the ending.
    let body = folded.trim_end_matches(|c: char| {
        c.is_ascii_digit() || c.is_whitespace() || "年月日./-".contains(c)
    });
    let photographed = PHOTOGRAPHED_MARKS.iter().any(|mark| {
        body.strip_suffix(mark).is_some_and(|before| {
            before.ends_with([' ', '/'])
                || (!before.is_empty() && REPORTER_WORDS.iter().any(|w| before.contains(w)))
        })
    });
    photographed
        || CREDIT_ENDINGS.iter().any(|ending| {
            body.strip_suffix(ending).is_some_and(|before| {
                before.is_empty()
                    || ending.starts_with(is_unspaced_script)
                    // Korean writes the ending after a space ("해온시 제공").
                || before.ends_with(' ')
                    || before.ends_with(|c: char| !c.is_alphanumeric())
            })
        })
}

/// Byte offsets where a new word starts right after a sentence or segment boundary (a closing
/// punctuation mark, a separator, or a line break), excluding 0.
fn boundary_starts(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut last_non_space: Option<char> = None;
    let mut gap_has_newline = false;
    let mut in_gap = false;
    let mut before_last: Option<char> = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            in_gap = true;
            gap_has_newline |= c == '\n';
            continue;
        }
        let after_boundary = in_gap
            && (gap_has_newline || last_non_space.is_some_and(|p| BOUNDARY_CHARS.contains(&p)));
        // Captions and credits printed in separate spans lose their space when flattened:
        // "…in Seoul on Thursday.Anthony Wallace/AFP". A period between a lowercase letter and a
        // capital is that seam (not "U.S." or "3.5").
        let glued_sentence = !in_gap
            && c.is_uppercase()
            && last_non_space == Some('.')
            && before_last.is_some_and(char::is_lowercase);
        // Chinese and Japanese end a sentence with "。" and go on without a space:
        // "…在北京举行。图片来源：新华社".
        let unspaced_sentence_end =
            !in_gap && last_non_space.is_some_and(|p| UNSPACED_BOUNDARY_CHARS.contains(&p));
        if after_boundary || glued_sentence || unspaced_sentence_end {
            out.push(i);
        }
        before_last = last_non_space;
        in_gap = false;
        gap_has_newline = false;
        last_non_space = Some(c);
    }
    out
}

/// Trims what separated the caption from its credit ("… in Paris |", "… in Paris –", "(").
fn caption_before(text: &str, cut: usize) -> String {
    text.get(..cut)
        .unwrap_or("")
        .trim_end_matches(|c: char| c.is_whitespace() || "|–—-/,:(([".contains(c))
        .to_string()
}

/// Splits a caption into (caption without credit, credit). A caption that is only a credit gives
/// `("", Some(credit))`; a caption without a recognisable credit gives `(caption, None)`. Prose that
/// merely names an agency ("Reuters reported that …") is never split.
pub fn split_credit(caption: &str) -> (String, Option<String>) {
    let t = caption.trim();
    if t.is_empty() {
        return (String::new(), None);
    }
    if is_credit_line(t) {
        return (String::new(), Some(t.to_string()));
    }
    let split = |cut: usize| {
        let credit = t.get(cut..).unwrap_or("").trim();
        (caption_before(t, cut), Some(credit.to_string()))
    };
    // 0. A bracketed credit ending the caption (checked first, so a boundary inside the
    //    brackets, as in "(Foto: ANSA)", never splits it): "… the White House. (AP Photo/Evan Vucci)".
    if t.ends_with(|c: char| BRACKETS.iter().any(|(_, close)| c == *close)) {
        if let Some(open) = t.rfind(|c: char| BRACKETS.iter().any(|(o, _)| c == *o)) {
            if open > 0 && is_credit_line(&t[open..]) {
                return split(open);
            }
        }
    }
    // 1. After a sentence/segment boundary: "… on Sunday. Photo: Manu Fernandez/AP",
    //    "… on Sunday. REUTERS/Kevin Lamarque", "… | AFP", "… – Getty Images".
    for at in boundary_starts(t) {
        if is_credit_line(&t[at..]) {
            return split(at);
        }
    }
    // 2. Glued NYT label and copyright signs anywhere: "…Paris.CreditEtienne Laurent/EPA",
    //    "…harbour ©Reuters".
    for (i, c) in t.char_indices() {
        let glued_credit = c == 'C'
            && t[..i]
                .chars()
                .next_back()
                .is_some_and(|p| !p.is_alphabetic())
            && t[i..].starts_with("Credit");
        if glued_credit || c == '©' {
            if let Some(opening) = opening_at(t, i) {
                if opening_is_credit(&opening) {
                    return split(i);
                }
            }
        }
    }
    // 4. A bare agency ending the caption without punctuation: "… as they should be Getty
    //    Images", "… colleague Timothy Weeks AP", "…in New York.Reuters".
    if let Some(cut) = trailing_agency(t) {
        return split(cut);
    }
    (t.to_string(), None)
}

/// How much of a caption's end [`trailing_agency`] reads: well over the longest agency name (20
/// bytes) plus the photographer's name and "via" before it.
const TRAILING_WINDOW_BYTES: usize = 120;

/// Most words in an agency name of [`AGENCIES`] or [`WEAK_AGENCIES`] ("agence france presse");
/// pinned by a test so a longer entry cannot be silently missed at the end of a caption.
const MAX_AGENCY_WORDS: usize = 4;

/// Start of a strong agency that ends `text` (nothing but whitespace after it) and does not follow
/// a prose word. A name glued to it with "/" ("Manu Fernandez/AP") or a "X via" comes along.
fn trailing_agency(text: &str) -> Option<usize> {
    // The text must end in a word that can end an agency name, with nothing but whitespace after
    // it. Most captions and paragraphs end in a full stop or a prose word and are rejected here,
    // before any word of them is folded.
    let trimmed = text.trim_end();
    let last_word_start = trimmed
        .char_indices()
        .rev()
        .find(|&(_, c)| is_piece_separator(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let last_word = trimmed.get(last_word_start..)?;
    if last_word.is_empty()
        || !(AGENCY_ACRONYMS.contains(&last_word) || is_agency_name_word(&fold(last_word)))
    {
        return None;
    }
    // Only the end of the text can hold the agency and the name before it: judge the last few
    // hundred bytes, cut at a space so no word is split, instead of folding every word of a long
    // caption.
    let window = text.len().saturating_sub(TRAILING_WINDOW_BYTES);
    let tail_from = if window == 0 {
        0
    } else {
        let mut at = window;
        while !text.is_char_boundary(at) {
            at += 1;
        }
        at + text.get(at..)?.find(char::is_whitespace)?
    };
    let mut ps = pieces(text.get(tail_from..)?);
    for p in &mut ps {
        p.start += tail_from;
        p.end += tail_from;
    }
    let last = ps.last()?;
    if !text[last.end..].trim().is_empty() {
        return None;
    }
    // Only an agency starting in the last few pieces can end the text.
    let start = (ps.len().saturating_sub(MAX_AGENCY_WORDS)..ps.len())
        .find(|&i| agency_at(&ps, i).is_some_and(|(n, strong)| strong && i + n == ps.len()))?;
    if start == 0 || prose_word_at(&ps, start) {
        return None;
    }
    let gap = &text[ps[start - 1].end..ps[start].start];
    let prev = &ps[start - 1];
    if prev.text.eq_ignore_ascii_case("via") {
        // "… the launch NASA via AP": take "via" and the name before it.
        let before = start.checked_sub(2).and_then(|k| ps.get(k));
        return Some(
            before
                .filter(|p| name_like(p.text))
                .map_or(prev.start, |p| p.start),
        );
    }
    if gap.contains('/') {
        // "… in Madrid Manu Fernandez/AP": the photographer's first and last name.
        let mut first = start - 1;
        if first > 0 && name_like(ps[first - 1].text) && name_like(prev.text) {
            let joined = &text[ps[first - 1].end..ps[first].start];
            if joined.trim().is_empty() {
                first -= 1;
            }
        }
        if name_like(ps[first].text) {
            return Some(ps[first].start);
        }
    }
    Some(ps[start].start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credits_in_every_script() {
        // Lines that are only a credit, as sites in each language print them.
        for line in [
            "Фото: Иван Петров / ТАСС",
            "Фото автора",
            "Фото: РИА Новости",
            "Фото: Укрінформ",
            "Φωτογραφία: Eurokinissi",
            "ΦΩΤΟ: ΑΠΕ-ΜΠΕ/ΣΤΑΥΡΟΣ ΚΟΥΡΤΗΣ",
            "Fotoğraf: Ahmet Yıldız / AA",
            "图片来源：新华社",
            "新华社记者 李明 摄",
            "图/陈晨",
            "中央社記者王志偉攝 114年9月11日",
            "圖／農業部提供",
            "写真：共同通信",
            "（筆者撮影）",
            "사진=연합뉴스",
            "[해온시 제공]",
            "مصدر الصورة: رويترز",
            "تصوير: ليلى منصور / رويترز",
            "צילום: אורי כהן, פלאש 90",
            "عکس: علی رضایی / ایرنا",
            "फोटो: पीटीआई",
            "(पीटीआई)",
            "(รอยเตอร์)",
            "(رويترز)",
            "ภาพ: ธนากร วงศ์ใหญ่/สำนักข่าวไทย",
            "Ảnh: TTXVN",
            "Foto: ANTARA/Wahyu Nugroho Putra",
        ] {
            assert!(is_credit_line(line), "{line}");
        }
        // Captions that only end in a word a credit also ends with, and prose naming an agency.
        for line in [
            "剧组正在拍摄",
            "Сотрудники ТАСС сообщили, что выставка откроется в пятницу.",
            "新华社报道称，会议将于周五举行。",
            "وقالت رويترز إن الاجتماع سيعقد يوم الجمعة.",
        ] {
            assert!(!is_credit_line(line), "{line}");
        }
        // A caption and its credit, split.
        assert_eq!(
            split_credit("开幕式在北京举行。图片来源：新华社"),
            (
                "开幕式在北京举行。".to_string(),
                Some("图片来源：新华社".to_string())
            )
        );
        assert_eq!(
            split_credit("首相が会見した＝11日、東京（共同）"),
            (
                "首相が会見した＝11日、東京".to_string(),
                Some("（共同）".to_string())
            )
        );
    }

    #[test]
    fn tables_are_folded() {
        for (name, table) in [
            ("COLON_LABELS", COLON_LABELS),
            ("BY_LABELS", BY_LABELS),
            ("BARE_LABELS", BARE_LABELS),
            ("AGENCIES", AGENCIES),
            ("WEAK_AGENCIES", WEAK_AGENCIES),
            ("CREDIT_ENDINGS", CREDIT_ENDINGS),
            ("PHOTOGRAPHED_MARKS", PHOTOGRAPHED_MARKS),
            ("REPORTER_WORDS", REPORTER_WORDS),
        ] {
            crate::rules::assert_folded(name, table);
        }
    }

    #[test]
    fn agency_name_words_are_every_word_of_every_agency_and_nothing_else() {
        for name in AGENCIES.iter().chain(WEAK_AGENCIES) {
            for word in name.split(' ') {
                assert!(is_agency_name_word(word), "{word} of {name}");
            }
        }
        for prose in ["said", "the", "harbour", "", "presses"] {
            assert!(!is_agency_name_word(prose), "{prose}");
        }
    }

    #[test]
    fn prose_pieces_stop_credit_shapes_but_connectors_and_agency_words_do_not() {
        assert!(has_prose_piece("Members said the budget would rise"));
        assert!(has_prose_piece("Photo by the harbour"));
        // Capitalised names, a connector ("via"), acronyms and lowercase agency words are no prose.
        assert!(!has_prose_piece("Anna Weber via dpa/Reuters"));
        assert!(!has_prose_piece("Foto: Marco Rossi, agence france presse"));
    }

    fn credit_of(caption: &str) -> Option<String> {
        split_credit(caption).1
    }

    #[test]
    fn a_bracketed_labelled_credit_is_split_whole() {
        assert_eq!(
            split_credit("I banchi del mercato nel giorno della riapertura (Foto: ANSA)"),
            (
                "I banchi del mercato nel giorno della riapertura".to_string(),
                Some("(Foto: ANSA)".to_string())
            )
        );
    }

    #[test]
    fn labelled_credits_split_off_in_several_languages() {
        let cases = [
            (
                "Flooding in Dhaka. Source: UPI/PA Images",
                "Flooding in Dhaka.",
                "Source: UPI/PA Images",
            ),
            (
                "The summit in Osaka. Photo: Getty Images",
                "The summit in Osaka.",
                "Photo: Getty Images",
            ),
            (
                "Die Kanzlerin in Berlin. Foto: dpa",
                "Die Kanzlerin in Berlin.",
                "Foto: dpa",
            ),
            (
                "Le président à Paris. Crédit photo : AFP",
                "Le président à Paris.",
                "Crédit photo : AFP",
            ),
            (
                "Der Gotthard-Tunnel. Bild: Keystone",
                "Der Gotthard-Tunnel.",
                "Bild: Keystone",
            ),
            (
                "Bushfire near Sydney. Photograph: Adrian Malloch for the Guardian",
                "Bushfire near Sydney.",
                "Photograph: Adrian Malloch for the Guardian",
            ),
            (
                "A co-working space. Image Credit: WeWork",
                "A co-working space.",
                "Image Credit: WeWork",
            ),
            (
                "Farmers protest in Delhi. Photo Credit : PTI File Photo",
                "Farmers protest in Delhi.",
                "Photo Credit : PTI File Photo",
            ),
            (
                "Demonstranten in Leipzig. Foto: picture alliance / dpa",
                "Demonstranten in Leipzig.",
                "Foto: picture alliance / dpa",
            ),
            (
                "A budapesti Parlament. Fotó: MTI",
                "A budapesti Parlament.",
                "Fotó: MTI",
            ),
            (
                "Sejm w Warszawie. Zdjęcie: PAP",
                "Sejm w Warszawie.",
                "Zdjęcie: PAP",
            ),
            (
                "El Congreso en Madrid. Imagen: EFE",
                "El Congreso en Madrid.",
                "Imagen: EFE",
            ),
            (
                "Il Colosseo al tramonto. Foto di Mario Rossi",
                "Il Colosseo al tramonto.",
                "Foto di Mario Rossi",
            ),
            (
                "A quiet lake. Photo by Jane Doe on Unsplash",
                "A quiet lake.",
                "Photo by Jane Doe on Unsplash",
            ),
            (
                "The original prototype. Courtesy of the Computer History Museum",
                "The original prototype.",
                "Courtesy of the Computer History Museum",
            ),
            (
                "Protesters in Hong Kong.CreditEtienne Laurent/EPA",
                "Protesters in Hong Kong.",
                "CreditEtienne Laurent/EPA",
            ),
            ("Harbour at dawn © Reuters", "Harbour at dawn", "© Reuters"),
            (
                "A bright kitchen. Image used under license from Shutterstock.com",
                "A bright kitchen.",
                "Image used under license from Shutterstock.com",
            ),
            // Spanish "vía" (NYT en Español).
            (
                "Un paciente en La Mesa.CreditEtienne Laurent/EPA vía Shutterstock",
                "Un paciente en La Mesa.",
                "CreditEtienne Laurent/EPA vía Shutterstock",
            ),
            (
                "Um paciente em Lisboa. Foto: Ana Lima/Reuters vía Getty Images",
                "Um paciente em Lisboa.",
                "Foto: Ana Lima/Reuters vía Getty Images",
            ),
        ];
        for (caption, rest, credit) in cases {
            assert_eq!(
                split_credit(caption),
                (rest.to_string(), Some(credit.to_string())),
                "{caption}"
            );
        }
    }

    #[test]
    fn agency_shaped_credits_split_off() {
        let cases = [
            (
                "President Trump speaks at the White House. (AP Photo/Evan Vucci)",
                "(AP Photo/Evan Vucci)",
            ),
            ("Smoke over the city (Getty Images)", "(Getty Images)"),
            ("Police in Madrid. Manu Fernandez/AP", "Manu Fernandez/AP"),
            (
                "Fans outside the arena. Reed Saxon / Associated Press",
                "Reed Saxon / Associated Press",
            ),
            (
                "Firefighters in Los Angeles. Damian Dovarganes, AP",
                "Damian Dovarganes, AP",
            ),
            (
                "Even luxury hotels aren't always cleaned as often as they should be Getty Images",
                "Getty Images",
            ),
            (
                "US professor Kevin King (left) and his colleague Timothy Weeks AP",
                "AP",
            ),
            ("The WeWork logo in New York.Reuters", "Reuters"),
            (
                "The president in the Oval Office. REUTERS/Kevin Lamarque",
                "REUTERS/Kevin Lamarque",
            ),
            (
                "Migrants at the border. EPA-EFE/Juan Carlos Cardenas",
                "EPA-EFE/Juan Carlos Cardenas",
            ),
            ("Stocks fell sharply on Monday | AFP", "AFP"),
            ("The launch pad. NASA via AP, File", "NASA via AP, File"),
            (
                "A rally in Seoul on Thursday.Anthony Wallace / AFP - Getty Images",
                "Anthony Wallace / AFP - Getty Images",
            ),
        ];
        for (caption, credit) in cases {
            assert_eq!(credit_of(caption).as_deref(), Some(credit), "{caption}");
        }
        assert_eq!(
            split_credit("Stocks fell sharply on Monday | AFP").0,
            "Stocks fell sharply on Monday"
        );
    }

    #[test]
    fn credit_only_captions_return_an_empty_caption() {
        for caption in [
            "Main image credit: Getty",
            "Getty Images",
            "Images by Getty Images and US Presswire",
            "(AP Photo/Evan Vucci)",
            "Foto: Reuters",
        ] {
            assert_eq!(
                split_credit(caption),
                (String::new(), Some(caption.to_string())),
                "{caption}"
            );
        }
    }

    #[test]
    fn prose_naming_an_agency_is_not_split() {
        for text in [
            "Reuters reported that the company would cut 2,000 jobs.",
            "The company confirmed the figures to Reuters",
            "He was interviewed by the Associated Press",
            "Le président a déclaré à l'AFP qu'il ne se représenterait pas.",
            "Das sagte ein Sprecher der dpa am Montag.",
            "Un portavoz confirmó la noticia a EFE",
            "Michael Bloomberg speaks at a rally in Phoenix",
            "Photos of the rally spread quickly on social media.",
            "Source code for the project is on GitHub.",
            "A crowd gathers outside the courthouse in Paris.",
            "",
        ] {
            assert_eq!(credit_of(text), None, "{text}");
        }
    }

    #[test]
    fn standalone_credit_lines() {
        for line in [
            "Source: UPI/PA Images",
            "Photo: Getty Images",
            "GETTY IMAGES",
            "(AP Photo/Evan Vucci)",
            "Foto: Reuters",
            "photo AFP",
            "Photo Prakash Mathema. AFP",
            "© – AFP, 2018",
            "Tom Davies Associated Press",
            "Natalie Naccache | Bloomberg | Getty Images",
            "Jeenah Moon/Bloomberg/Getty Images",
            "Photo by David Dyer-Bennet.",
            "Crédit photo : Reuters",
            "Bildquelle: Keystone",
            "Fuente: Europa Press",
            "Fonte: ANSA",
            "Foto: ANP",
            "fot. PAP",
        ] {
            assert!(is_credit_line(line), "{line}");
        }
    }

    #[test]
    fn ordinary_lines_are_not_credit_lines() {
        for line in [
            "Reuters reported that the company would cut jobs.",
            "The Associated Press contributed to this report.",
            "© 2019 Example Media Group. All rights reserved.",
            "Trump Tells Reuters He Will Not Resign",
            "Source files: blanket.js, mocha-blanket.js",
            "File: src/main.rs",
            "Photos of the rally spread quickly.",
            "Der Kanzler sprach mit der dpa über die Wahl.",
            "New York, Paris and London",
            // Tour dates: PA is Pennsylvania here, not the Press Association.
            "June 26 – Allentown, PA @ PPL Center",
            "(Graphic: Global assets in 2019 - here)",
            "© 2019 Associated Press. All Rights Reserved. This material may not be published.",
            "",
        ] {
            assert!(!is_credit_line(line), "{line}");
        }
    }

    #[test]
    fn no_agency_name_is_longer_than_the_trailing_scan_reaches() {
        for name in AGENCIES.iter().chain(WEAK_AGENCIES) {
            assert!(name.split(' ').count() <= MAX_AGENCY_WORDS, "{name}");
            assert!(name.len() * 2 < TRAILING_WINDOW_BYTES, "{name}");
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            "(",
            ")",
            "©",
            "Photo:",
            "Credit",
            "ⒸⒸ/",
            "a/\u{301}",
            "İİ Photo: İ",
            "(c) ",
        ] {
            let _ = split_credit(text);
            let _ = is_credit_line(text);
        }
    }
}
