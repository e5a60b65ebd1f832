//! The vocabularies every stage's rules are made of, one file per concept: word, phrase, class and
//! attribute lists, each with why it exists, and the string-level matchers that need no DOM, so
//! each rule can be tested (and audited) on its own.
//!
//! - [`cookie`]: consent-manager containers (by class/id/ARIA) and consent-notice wording.
//! - [`credit`]: image-credit lines and the credit tail of captions.
//! - [`furniture`], [`content_words`]: class/id words of page furniture and of article content.
//! - [`related`], [`labels`]: related/teaser headings; ad, share, UI and tag-list labels.
//! - [`comments`]: class words of a comment thread's items, authors, dates and texts.
//! - [`byline`], [`title`], [`metadata_keys`], [`months`]: how pages write bylines, titles,
//!   metadata keys and dates.
//! - [`hidden`]: screen-reader-only and never-display utility classes.
//! - [`images`]: lazy-loading attributes and placeholders, credit/caption/figure class words.
//! - [`page_types`]: schema.org/OpenGraph types, address patterns and markup of each kind of page.
//! - [`tracking`]: click-tracking query parameters.
//!
//! No regex crate (wasm size budget): the matchers are lowercase token and phrase tables.

pub mod byline;
pub mod callouts;
pub mod code;
pub mod comments;
pub mod content_words;
pub mod cookie;
pub mod credit;
pub mod embeds;
pub mod footnotes;
pub mod furniture;
pub mod hidden;
pub mod images;
pub mod labels;
pub mod math;
pub mod metadata_keys;
pub mod months;
pub mod page_types;
pub mod related;
pub mod title;
pub mod tracking;

/// What one character of a page's text becomes when the matchers compare it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Folded {
    /// Dropped: it changes how text is shown, not what it says.
    Skip,
    /// A word gap.
    Space,
    /// The character to compare.
    Char(char),
}

/// How the matchers read one character, so every table is written once per language and matches
/// however a page types it:
/// - lower case; typographic apostrophes as `'` ("l’utilisation" is "l'utilisation");
/// - full-width forms as ASCII (CJK pages write `：`, `／`, `＝`, `２０２５`);
/// - every script's decimal digits as ASCII (Arabic-Indic `١١`, Persian `۱۱`, Devanagari `११`,
///   Bengali, Thai `๑๑`), so dates read the same in any numerals;
/// - marks that only steer display dropped: bidi controls (RTL pages wrap names and numbers in
///   them), zero-width joiners (Persian writes ZWNJ inside words, or a space, or nothing), soft
///   hyphens, the byte-order mark; a zero-width space (Thai and Khmer word breaks) is a gap;
/// - Arabic tatweel and vowel marks dropped, and the alef/yeh/kaf variants that Arabic and
///   Persian sites type interchangeably (`أ إ آ ٱ` → `ا`, `ى ی` → `ي`, `ک` → `ك`) made one;
/// - Devanagari nukta dropped (`फ़` as `फ`), written as a mark or precomposed;
/// - Hebrew points and cantillation dropped (most text is unpointed; some labels are not);
/// - Greek tonos and dialytika dropped and final sigma made `σ` (capitals carry no accents, so
///   "ΔΙΑΦΗΜΙΣΗ" and "Διαφήμιση" must meet);
/// - Turkish dotted `İ` and dotless `ı` read as `i` (Rust lowercases `İ` to `i` plus a combining
///   dot, and a capitalised "YAZI" loses the dotless letter anyway); Russian `ё` as `е` (most
///   sites type `е`).
///
/// Tables are written already folded (a test in each rules file checks it).
pub(crate) fn fold_char(c: char) -> Folded {
    let code = c as u32;
    let folded = match c {
        '\u{2019}' | '\u{2018}' | '\u{02bc}' | '`' => '\'',
        '\u{200b}' => return Folded::Space,
        '\u{200c}' | '\u{200d}' | '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{feff}'
        | '\u{00ad}' | '\u{0640}' | '\u{0670}' | '\u{0307}' | '\u{093c}' => return Folded::Skip,
        // Devanagari letters with nukta, precomposed: Hindi sites type "फ़रवरी" both ways.
        '\u{0958}' => '\u{0915}',
        '\u{0959}' => '\u{0916}',
        '\u{095a}' => '\u{0917}',
        '\u{095b}' => '\u{091c}',
        '\u{095c}' => '\u{0921}',
        '\u{095d}' => '\u{0922}',
        '\u{095e}' => '\u{092b}',
        '\u{095f}' => '\u{092f}',
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => return Folded::Skip,
        // Arabic harakat, and Hebrew points and cantillation (not maqaf, paseq, sof pasuq,
        // nun hafukha, which are punctuation).
        '\u{064b}'..='\u{065f}'
        | '\u{0591}'..='\u{05bd}'
        | '\u{05bf}'
        | '\u{05c1}'
        | '\u{05c2}'
        | '\u{05c4}'
        | '\u{05c5}'
        | '\u{05c7}' => return Folded::Skip,
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(code - 0xfee0).unwrap_or(c),
        '\u{0623}' | '\u{0625}' | '\u{0622}' | '\u{0671}' => '\u{0627}',
        '\u{0649}' | '\u{06cc}' => '\u{064a}',
        '\u{06a9}' => '\u{0643}',
        'İ' | 'ı' => 'i',
        'ё' | 'Ё' => 'е',
        'ς' => 'σ',
        'ά' | 'Ά' => 'α',
        'έ' | 'Έ' => 'ε',
        'ή' | 'Ή' => 'η',
        'ί' | 'Ί' | 'ϊ' | 'ΐ' | 'Ϊ' => 'ι',
        'ό' | 'Ό' => 'ο',
        'ύ' | 'Ύ' | 'ϋ' | 'ΰ' | 'Ϋ' => 'υ',
        'ώ' | 'Ώ' => 'ω',
        _ => match decimal_digit(c) {
            Some(d) => char::from(b'0' + d),
            None => {
                let mut lower = c.to_lowercase();
                match (lower.next(), lower.next()) {
                    (Some(l), None) => l,
                    _ => c,
                }
            }
        },
    };
    if folded.is_whitespace() {
        Folded::Space
    } else {
        Folded::Char(folded)
    }
}

/// The value of a non-ASCII decimal digit of the scripts whose pages write dates in their own
/// numerals (Arabic-Indic, Persian, Devanagari, Bengali, Thai); ASCII digits are left as they are.
pub(crate) fn decimal_digit(c: char) -> Option<u8> {
    let zero = match c {
        '\u{0660}'..='\u{0669}' => 0x0660,
        '\u{06f0}'..='\u{06f9}' => 0x06f0,
        '\u{0966}'..='\u{096f}' => 0x0966,
        '\u{09e6}'..='\u{09ef}' => 0x09e6,
        '\u{0e50}'..='\u{0e59}' => 0x0e50,
        '\u{ff10}'..='\u{ff19}' => 0xff10,
        _ => return None,
    };
    u8::try_from(c as u32 - zero).ok()
}

/// The text as the tables are written: each character through [`fold_char`], whitespace runs
/// collapsed to one space and trimmed.
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for ch in text.chars() {
        match fold_char(ch) {
            Folded::Skip => {}
            Folded::Space => pending_space = !out.is_empty(),
            Folded::Char(c) => {
                if pending_space {
                    out.push(' ');
                    pending_space = false;
                }
                out.push(c);
            }
        }
    }
    out
}

/// Scripts written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar): a label in
/// them starts wherever it is found, since the letter before it belongs to another word.
pub(crate) fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF // Thai, Lao
        | 0x1000..=0x109F // Myanmar
        | 0x1780..=0x17FF // Khmer
        | 0x3040..=0x30FF // Hiragana, Katakana
        | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF // Han
        | 0xFF66..=0xFF9F // half-width Katakana
    )
}

/// Thai words average about four letters (vowel and tone marks aside); word counts of Thai, Lao,
/// Khmer and Myanmar text, which has no spaces between words, are estimated with it.
pub(crate) const UNSPACED_LETTERS_PER_WORD: usize = 4;

/// Combining vowel and tone marks of Thai and Lao (written above or below a consonant), and of
/// Khmer and Myanmar: not letters of their own when counting.
pub(crate) fn is_combining_mark(c: char) -> bool {
    matches!(c as u32,
        0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E // Thai
        | 0x0EB1 | 0x0EB4..=0x0EBC | 0x0EC8..=0x0ECD // Lao
        | 0x17B4..=0x17D3 // Khmer
        | 0x102B..=0x103E // Myanmar
    )
}

/// True when `needle` occurs in `hay` starting at a word start (the character before it, if any,
/// is not alphanumeric; anywhere for a needle in an unspaced script, see [`is_unspaced_script`]).
/// Only the start is anchored so one entry covers inflections ("accept"
/// also finds "accepted", "acceptez"), while "unacceptable" does not count as "accept".
pub(crate) fn has_word_prefix(hay: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    let mut from = 0;
    while let Some(pos) = hay.get(from..).and_then(|rest| rest.find(needle)) {
        let at = from + pos;
        let starts_word = needle.starts_with(is_unspaced_script)
            || hay
                .get(..at)
                .and_then(|before| before.chars().next_back())
                .is_none_or(|c| !c.is_alphanumeric());
        if starts_word {
            return true;
        }
        // A match ends on a char boundary, so this stays a valid index.
        from = at + needle.len();
    }
    false
}

/// `text` after a folded `prefix` it starts with (compared through [`fold_char`], so case, bidi
/// marks, tatweel and full-width forms do not matter; a space in the prefix matches any run of
/// whitespace), or `None`.
pub(crate) fn strip_folded_prefix<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let mut chars = text
        .char_indices()
        .map(|(i, c)| (i, fold_char(c)))
        .filter(|&(_, f)| f != Folded::Skip)
        .peekable();
    for want in prefix.chars() {
        if want == ' ' {
            let mut spaces = 0;
            while chars.peek().is_some_and(|&(_, f)| f == Folded::Space) {
                chars.next();
                spaces += 1;
            }
            if spaces == 0 {
                return None;
            }
            continue;
        }
        match chars.next()? {
            (_, Folded::Char(got)) if got == want => {}
            _ => return None,
        }
    }
    Some(chars.peek().map_or("", |&(i, _)| &text[i..]))
}

/// True when the folded `line` opens with `opening` as a whole word or phrase: followed by the
/// end, a space, ':' or '|' ("tags: a, b", "читайте также: …"), or by anything when the opening
/// is in an unspaced script ("相关阅读更多" has no gap to look for).
pub(crate) fn opens_with(line: &str, opening: &str) -> bool {
    line.strip_prefix(opening).is_some_and(|rest| {
        rest.is_empty()
            || rest.starts_with([' ', ':', '|'])
            || opening.ends_with(is_unspaced_script)
    })
}

/// A table of whole lines, sorted on first use so a line is looked up by halves: the label tables
/// hold hundreds of entries across fifteen languages and are asked about every short line.
pub(crate) struct SortedTable {
    table: &'static [&'static str],
    sorted: std::sync::OnceLock<Vec<&'static str>>,
}

impl SortedTable {
    pub(crate) const fn new(table: &'static [&'static str]) -> Self {
        SortedTable {
            table,
            sorted: std::sync::OnceLock::new(),
        }
    }

    pub(crate) fn contains(&self, line: &str) -> bool {
        let sorted = self.sorted.get_or_init(|| {
            let mut v = self.table.to_vec();
            v.sort_unstable();
            v
        });
        sorted.binary_search(&line).is_ok()
    }
}

/// A table with its entries grouped by first character, built on first use: the large label tables
/// (hundreds of entries across fifteen languages) are asked about every line of a page, and only
/// the entries that start with a character at hand can match there.
pub(crate) struct FirstCharIndex {
    table: &'static [&'static str],
    sorted: std::sync::OnceLock<Vec<(char, &'static str)>>,
}

impl FirstCharIndex {
    pub(crate) const fn new(table: &'static [&'static str]) -> Self {
        FirstCharIndex {
            table,
            sorted: std::sync::OnceLock::new(),
        }
    }

    /// The entries whose first character is `c`.
    pub(crate) fn starting_with(&self, c: char) -> impl Iterator<Item = &'static str> + '_ {
        let sorted = self.sorted.get_or_init(|| {
            let mut v: Vec<(char, &'static str)> = self
                .table
                .iter()
                .filter_map(|e| Some((e.chars().next()?, *e)))
                .collect();
            v.sort_unstable();
            v
        });
        let from = sorted.partition_point(|&(k, _)| k < c);
        sorted[from..]
            .iter()
            .take_while(move |&&(k, _)| k == c)
            .map(|&(_, e)| e)
    }

    /// Whether `line` starts with an entry for which `accept` holds.
    pub(crate) fn any_opening(&self, line: &str, accept: impl Fn(&str) -> bool) -> bool {
        line.chars().next().is_some_and(|c| {
            self.starting_with(c)
                .any(|e| line.starts_with(e) && accept(e))
        })
    }

    /// [`any_word_prefix`] over the indexed table: one look-up per word start of `hay` (per
    /// character in unspaced scripts) instead of one scan of `hay` per entry.
    pub(crate) fn any_word_prefix(&self, hay: &str) -> bool {
        self.any_word_prefix_where(hay, |_| true)
    }

    /// [`Self::any_word_prefix`] counting only the entries for which `accept` holds.
    pub(crate) fn any_word_prefix_where(&self, hay: &str, accept: impl Fn(&str) -> bool) -> bool {
        let mut prev: Option<char> = None;
        for (i, c) in hay.char_indices() {
            let word_start = prev.is_none_or(|p| !p.is_alphanumeric()) || is_unspaced_script(c);
            prev = Some(c);
            if word_start
                && self
                    .starting_with(c)
                    .any(|e| hay[i..].starts_with(e) && accept(e))
            {
                return true;
            }
        }
        false
    }
}

/// True when any entry of `needles` occurs at a word start in `hay` (see [`has_word_prefix`]).
pub(crate) fn any_word_prefix(hay: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| has_word_prefix(hay, n))
}

/// Fails with the entries of `table` that [`fold`] would change: tables are compared with folded
/// text, so an entry written otherwise ("Реклама", "ی", "ΔΙΑΦΉΜΙΣΗ") could never match.
#[cfg(test)]
pub(crate) fn assert_folded(name: &str, table: &[&str]) {
    let unfolded: Vec<&&str> = table.iter().filter(|e| fold(e) != **e).collect();
    assert!(
        unfolded.is_empty(),
        "{name} has entries that are not folded: {unfolded:?}"
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_reads_every_script_as_its_tables_are_written() {
        // Full-width punctuation and digits (CJK pages).
        assert_eq!(fold("写真：共同通信／２０２５"), "写真:共同通信/2025");
        // Bidi controls and tatweel vanish; Arabic-Indic and Persian digits become ASCII; alef
        // and yeh variants meet.
        assert_eq!(fold("\u{200f}إعـــلان ١١"), "اعلان 11");
        assert_eq!(fold("ی ۱۴"), "ي 14");
        // Arabic vowel marks are dropped: "أيضاً" is "ايضا".
        assert_eq!(fold("أيضاً"), "ايضا");
        // Hebrew points.
        assert_eq!(fold("שָׁלוֹם"), "שלום");
        // Greek capitals carry no tonos; final sigma.
        assert_eq!(fold("ΔΙΑΦΗΜΙΣΗ"), fold("Διαφήμιση"));
        assert_eq!(fold("Του"), "του");
        assert_eq!(fold("λόγος"), "λογοσ");
        // Turkish dotted capital I and dotless i.
        assert_eq!(fold("İLAN"), "ilan");
        assert_eq!(fold("YAZI"), fold("yazı"));
        // Russian ё, and a zero-width space as a gap.
        assert_eq!(fold("Ещё"), "еще");
        assert_eq!(fold("ข่าว\u{200b}ล่าสุด"), "ข่าว ล่าสุด");
        // Devanagari and Thai digits.
        assert_eq!(fold("११ ๑๑"), "11 11");
    }

    #[test]
    fn the_first_character_index_finds_what_a_scan_finds() {
        static TABLE: &[&str] = &[
            "подпишитесь на",
            "订阅",
            "sign up for our newsletter",
            "sign",
        ];
        static INDEX: FirstCharIndex = FirstCharIndex::new(TABLE);
        for hay in [
            "пожалуйста, подпишитесь на рассылку",
            "欢迎订阅我们的邮件",
            "please sign up for our newsletter",
            "designer",
            "",
            "nothing here",
        ] {
            assert_eq!(
                INDEX.any_word_prefix(hay),
                any_word_prefix(hay, TABLE),
                "{hay}"
            );
        }
        assert_eq!(INDEX.starting_with('s').count(), 2);
    }

    #[test]
    fn openings_end_at_a_word_boundary_except_in_unspaced_scripts() {
        assert!(opens_with("tags: rust, wasm", "tags"));
        assert!(opens_with("tags", "tags"));
        assert!(!opens_with("tagsüber", "tags"));
        assert!(opens_with("相关阅读更多", "相关阅读"));
        assert!(opens_with("читайте также: новости", "читайте также"));
        assert!(!opens_with("читайте", "читайте также"));
    }

    #[test]
    fn labels_in_unspaced_scripts_match_inside_the_text() {
        assert!(has_word_prefix("本文图片来源:新华社", "图片来源"));
        assert!(has_word_prefix("โฆษณาด้านล่าง", "โฆษณา"));
        // Spaced scripts stay anchored at word starts.
        assert!(!has_word_prefix("нереклама", "реклама"));
        assert!(has_word_prefix("не реклама", "реклама"));
    }

    #[test]
    fn fold_lowercases_and_normalises_apostrophes_and_spaces() {
        assert_eq!(
            fold("  Vous  ACCEPTEZ\nl’utilisation "),
            "vous acceptez l'utilisation"
        );
        assert_eq!(fold("ÜBER Straße"), "über straße");
    }

    #[test]
    fn word_prefix_is_anchored_at_word_start_only() {
        assert!(has_word_prefix("you accepted it", "accept"));
        assert!(!has_word_prefix("that is unacceptable", "accept"));
        // A first occurrence inside a word must not hide a later real one.
        assert!(has_word_prefix("unacceptable, so accept", "accept"));
        assert!(has_word_prefix("l'utilisation", "utilisation"));
        assert!(!has_word_prefix("", "x"));
        assert!(!has_word_prefix("abc", ""));
    }
}
