//! How bylines are written: the prefixes and trailers around names, and the class words of
//! byline boxes.

/// Words that introduce an author's name in a byline line: English "By", German "Von", French
/// "Par", Spanish/Portuguese "Por", Dutch "Door", Italian "Di"; "Written by"/"Posted by" and
/// "Text:"/"Autor:"/"Auteur :" label forms; then, folded, what sites in other scripts write before
/// the name: Russian "Автор:", Chinese "记者 张伟", "文/", Japanese "文＝", Korean "글=", Arabic
/// "بقلم", Hebrew "מאת", Greek "Του" (the genitive "by"), Hindi "लेखक", Thai "โดย", Turkish
/// "Yazar:", Vietnamese "Tác giả:", Indonesian "Oleh". Words that open ordinary sentences or name
/// other roles ("report", "translation", "interview") are left out: a line under a headline that
/// starts with one is not a byline.
pub(crate) const BYLINE_PREFIXES: &[&str] = &[
    "written by",
    "posted by",
    "words by",
    "text by",
    "by",
    "von",
    "par",
    "por",
    "door",
    "di",
    "text",
    "texto",
    "autor",
    "autorin",
    "auteur",
    "author",
    // Russian.
    "автор",
    "авторы",
    "текст",
    "автор текста",
    "автор материала",
    "автор статьи",
    "подготовил",
    "подготовила",
    "подготовили",
    "материал подготовил",
    "материал подготовила",
    "материал подготовили",
    "корреспондент",
    "специальный корреспондент",
    // Ukrainian.
    "авторка",
    "автори",
    "автор тексту",
    "підготував",
    "підготувала",
    "підготували",
    "матеріал підготував",
    "матеріал підготувала",
    "матеріал підготували",
    "кореспондент",
    "кореспондентка",
    "редакторка",
    "оглядач",
    "оглядачка",
    // Greek.
    "του",
    "τησ",
    "γραφει ο",
    "γραφει η",
    "γραφουν οι",
    "γραφει",
    "συντακτησ",
    "συντακτρια",
    "επιμελεια",
    "κειμενο",
    "αρθρογραφοσ",
    "ανταποκριση",
    "ανταποκριση απο",
    // Turkish.
    "yazar",
    "yazan",
    "muhabir",
    "editör",
    "hazirlayan",
    "derleyen",
    "çeviren",
    "köşe yazari",
    "foto muhabiri",
    "haber merkezi",
    // Chinese (simplified).
    "记者",
    "本报记者",
    "本台记者",
    "本网记者",
    "新华社记者",
    "中新网记者",
    "特约记者",
    "见习记者",
    "实习记者",
    "通讯员",
    "实习生",
    "作者",
    "撰文",
    "撰稿",
    // Chinese (traditional).
    "記者",
    "〔記者",
    "【記者",
    "(記者",
    "本報記者",
    "特派記者",
    "中央社記者",
    "實習記者",
    "採訪撰文",
    "採訪整理",
    "執筆",
    "專欄作家",
    // Japanese.
    "文=",
    "文・",
    "取材・文",
    "文・写真",
    "文・撮影",
    "執筆者",
    "著者",
    "筆者",
    "書いた人",
    "この記事を書いた人",
    "ライター",
    "投稿者",
    "作成者",
    "寄稿",
    // Korean.
    "글=",
    "글·사진",
    "글/사진",
    "작성자",
    "글쓴이",
    "에디터",
    "기고",
    "정리=",
    "정리",
    "취재=",
    "객원기자",
    // Arabic.
    "بقلم",
    "كتب",
    "كتب -",
    "كتبت",
    "كتبت -",
    "كتبه",
    "كتبته",
    "بواسطة",
    "الكاتب",
    "الكاتبة",
    "المحرر",
    "تحرير",
    "اعداد",
    "نشر بواسطة",
    // Hebrew.
    "מאת",
    "מאת כתבנו",
    "מאת כתבתנו",
    "כתב",
    "כותב",
    "כותבת",
    "הכותב",
    "הכותבת",
    "כתיבה",
    "נכתב על ידי",
    "נכתב ע\"י",
    "ע\"י",
    "על ידי",
    // Persian.
    "نويسنده",
    "نويسندگان",
    "نوشته",
    "نوشتهي",
    "توسط",
    "نوشته شده توسط",
    "ارسال شده توسط",
    "منتشر شده توسط",
    "به قلم",
    "خبرنگار",
    "گزارشگر",
    "نگارش",
    "گرداوري",
    "تهيه و تنظيم",
    // Hindi.
    "लेखक",
    "लेखिका",
    "रिपोर्ट",
    "रिपोर्टर",
    "संवाददाता",
    "द्वारा",
    "लेखन",
    "प्रस्तुति",
    "संपादक",
    "एडिटेड बाय",
    "रिपोर्टेड बाय",
    // Thai.
    "ผู้เขียน",
    "เขียนโดย",
    "โดย",
    "เรื่อง",
    "เรื่องโดย",
    "เรื่องและภาพ",
    "เรื่อง/ภาพ",
    "ผู้สื่อข่าว",
    "รายงานโดย",
    "ข่าวโดย",
    "เรียบเรียงโดย",
    "เรียบเรียง",
    "ผู้เรียบเรียง",
    "โพสต์โดย",
    // Vietnamese.
    "tác giả",
    "bài",
    "bài và ảnh",
    "bài, ảnh",
    "bài & ảnh",
    "bài/ảnh",
    "người viết",
    "viết bởi",
    "đăng bởi",
    "phóng viên",
    "nhóm pv",
    "nhóm phóng viên",
    "thực hiện",
    "nhóm thực hiện",
    // Indonesian.
    "penulis",
    "oleh",
    "reporter",
    "pewarta",
    "kontributor",
    "jurnalis",
    "wartawan",
    "laporan wartawan",
    "laporan",
    "ditulis oleh",
    "diposting oleh",
    "diposkan oleh",
    "dipublikasikan oleh",
    "penyunting",
    // Chinese "文／林安安" ("text by"), only with its separator; Turkish recipe sites' "Tarif:" (recipe by).
    "文",
    "tarif",
];

/// Words written after the name in a byline: Korean "홍길동 기자" (reporter), Japanese "山田太郎記者",
/// "特派員", Chinese "张伟 报道" (reports), Hindi "… द्वारा" (by), Turkish "… yazdı" (wrote). Cut
/// off, with what follows them ("홍길동 기자 = …", "기자 hong@…").
pub(crate) const BYLINE_SUFFIXES: &[&str] = &[
    "기자",
    "특파원",
    "선임기자",
    "전문기자",
    "인턴기자",
    "수습기자",
    "논설위원",
    "記者",
    "特派員",
    "編集委員",
    "論説委員",
    "特派记者",
    "报道",
    "報導",
    "报导",
    "द्वारा",
    "yazdi",
];

/// Class/id words of byline boxes. "byline"/"by-line" and "author" are the English conventions;
/// "autor" (German, Spanish, Portuguese, Czech, Polish), "auteur" (French, Dutch) and "autore"
/// (Italian) the local ones; "dateline" and "writtenby" are Readability's additions; `p-author` is
/// the microformats2 class.
pub(crate) const BYLINE_CLASS_WORDS: &[&str] = &[
    "byline",
    "by-line",
    "author",
    "autor",
    "auteur",
    "dateline",
    "writtenby",
    "p-author",
];

/// Class/id words that contain "author" but mark something else: an author's biography box
/// or avatar picture, which is long or has no name text.
/// Also "authority"/"authoriz(s)ation" (Wikipedia's authority-control box, login widgets) and
/// "follow"/"more-by" (follow-the-author widgets and "more by this author" teaser tabs).
pub(crate) const BYLINE_FALSE_FRIENDS: &[&str] = &[
    "author-bio",
    "authorbio",
    "about-author",
    "avatar",
    "author-image",
    "authority",
    "authoriz",
    "authoris",
    "follow",
    "more-by",
];

/// Weekday and "date" words that trail a name in a byline ("By Ann Lee, Tuesday", "Von Max Muster,
/// aktualisiert"): cut at them, and at the publication words of `months::PUBLICATION_WORDS`.
pub(crate) const BYLINE_TRAILERS: &[&str] = &[
    "on",
    "am",
    "le",
    "el",
    "il",
    "op",
    "last",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
];

/// CMS default account names that stand where an author's name should ("admin" on countless
/// WordPress sites): never a byline.
pub(crate) const DEFAULT_ACCOUNT_NAMES: &[&str] = &[
    "admin",
    "administrator",
    "webmaster",
    "root",
    "user",
    "guest",
    "anonymous",
];

/// Class/id fragment of the `<time>` that dates the article rather than an update or a comment
/// (`published`, `publish-date`, `entry-published`, `publishDate`).
pub(crate) const PUBLISHED_CLASS_FRAGMENT: &str = "publish";

/// Where forum software writes a post's author, for the byline of a thread (its first post's
/// author): class words of the name element (XenForo's and Invision's `username`, vBulletin's
/// `bigusername`, Vanilla's `PostUser-name`, phpBB's `username-coloured`, generic `post-author` and
/// `poster`), and attributes that carry the name itself (Reddit's `<shreddit-post author=…>`,
/// `data-author`, `data-username`). Read only on a page typed a forum that states no author.
pub(crate) const POST_AUTHOR_CLASSES: &[&str] = &[
    "username",
    "bigusername",
    "postuser-name",
    "username-coloured",
    "post-author",
    "postauthor",
    "poster",
    "author-name",
];
pub(crate) const POST_AUTHOR_ATTRIBUTES: &[&str] = &["author", "data-author", "data-username"];

/// A post author's name is short; a longer text in such an element is a profile card.
pub(crate) const POST_AUTHOR_MAX_CHARS: usize = 60;

/// Lower-case words that may stand inside a written name ("Ludwig van Beethoven", "Ana de la
/// Cruz", "Jane Doe and John Roe"): a text after a bare byline label is taken for a name only when
/// every other word that has a case starts with a capital.
pub(crate) const NAME_PARTICLES: &[&str] = &[
    "and", "&", "van", "von", "der", "den", "de", "del", "la", "le", "da", "di", "du", "dos",
    "bin", "al", "el", "y", "e", "und", "et",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::assert_folded;

    #[test]
    fn tables_are_folded() {
        assert_folded("BYLINE_PREFIXES", BYLINE_PREFIXES);
        assert_folded("BYLINE_SUFFIXES", BYLINE_SUFFIXES);
        assert_folded("BYLINE_TRAILERS", BYLINE_TRAILERS);
    }
}
