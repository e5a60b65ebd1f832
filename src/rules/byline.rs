//! How bylines are written: the prefixes and trailers around names, and the class words of
//! byline boxes.

/// Words that introduce an author's name in a byline line: English "By", German "Von", French
/// "Par", Spanish/Portuguese "Por", Dutch "Door", Italian "Di"; "Written by"/"Posted by" and
/// "Text:"/"Autor:"/"Auteur :" label forms.
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
