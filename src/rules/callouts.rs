//! Note boxes ("callouts", "admonitions") as documentation tools and blogs write them, and the
//! words that name their kind. Read as plain text a warning box becomes one more paragraph; as a
//! callout it keeps its kind (a `> [!WARNING]` in Markdown).

/// Class words of a note box whose kind another word gives: MkDocs and Sphinx `admonition`,
/// Docusaurus `theme-admonition`, Obsidian and generic `callout`, MDN `notecard`, GitHub
/// `markdown-alert`, Bootstrap `alert`, GitBook `hint`, Hugo Book `book-hint`.
pub(crate) const BOX_WORDS: &[&str] = &["admonition", "callout", "notecard", "alert", "hint"];

/// Box words that make a note box even when no kind word comes with them (a kind-less
/// admonition is a note).
pub(crate) const KINDLESS_BOX_WORDS: &[&str] = &["admonition", "callout", "notecard"];

/// Kind words of class names and `data-callout` values, and the GitHub alert kind each maps to
/// (GitHub's five: note, tip, important, warning, caution), folded. The same words, and their
/// translations, as a box's whole title mean it has no title of its own.
pub(crate) const KINDS: &[(&str, &str)] = &[
    ("note", "note"),
    ("info", "note"),
    ("information", "note"),
    ("abstract", "note"),
    ("summary", "note"),
    ("example", "note"),
    ("question", "note"),
    ("quote", "note"),
    ("todo", "note"),
    ("tip", "tip"),
    ("hint", "tip"),
    ("success", "tip"),
    ("check", "tip"),
    ("important", "important"),
    ("warning", "warning"),
    ("warn", "warning"),
    ("attention", "warning"),
    ("caution", "caution"),
    ("danger", "caution"),
    ("error", "caution"),
    ("failure", "caution"),
    ("bug", "caution"),
];

/// Kind words that mark a note box alone, on an `aside`, `div`, `section` or `blockquote`
/// (Sphinx's older `div.note`, blogs' `aside.warning`): the unambiguous ones only ("info",
/// "error", "success" name many other things).
pub(crate) const BARE_KIND_CLASSES: &[&str] = &["note", "tip", "warning", "important", "caution"];

/// Titles that only name a box's kind, in the languages the rules read, folded: such a box has no
/// title of its own ("Warnung", "Примечание", "注意").
pub(crate) const KIND_TITLES: &[&str] = &[
    // English.
    "note",
    "info",
    "tip",
    "hint",
    "important",
    "warning",
    "caution",
    "danger",
    "attention",
    "error",
    "success",
    "example",
    // German.
    "hinweis",
    "warnung",
    "tipp",
    "achtung",
    "wichtig",
    "vorsicht",
    "gefahr",
    "anmerkung",
    // French.
    "remarque",
    "avertissement",
    "astuce",
    "conseil",
    "danger",
    // Spanish, Portuguese, Italian.
    "nota",
    "advertencia",
    "consejo",
    "importante",
    "precaucion",
    "peligro",
    "aviso",
    "dica",
    "cuidado",
    "attenzione",
    "suggerimento",
    // Russian, Ukrainian.
    "примечание",
    "заметка",
    "внимание",
    "предупреждение",
    "совет",
    "важно",
    "осторожно",
    "подсказка",
    "примітка",
    "увага",
    "порада",
    // Chinese, Japanese, Korean.
    "注意",
    "提示",
    "警告",
    "重要",
    "注",
    "说明",
    "說明",
    "小心",
    "危险",
    "ヒント",
    "メモ",
    "注記",
    "참고",
    "주의",
    "경고",
    "팁",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_folded() {
        crate::rules::assert_folded("KIND_TITLES", KIND_TITLES);
    }

    /// The callout of a small page whose admonition has `title` as its heading.
    fn callout_with_title(title: &str) -> (String, Option<String>) {
        let prose = "A paragraph of the guide, long enough to be read as its text. ".repeat(8);
        let page = format!(
            "<html><body><article><h1>Guide</h1><p>{prose}</p>\
             <div class='admonition warning'><p class='admonition-title'>{title}</p>\
             <p>Back up the database before you upgrade.</p></div><p>{prose}</p></article></body></html>"
        );
        let article = crate::clean(&page, &crate::Options::default()).unwrap();
        article
            .blocks
            .into_iter()
            .find_map(|b| match b {
                crate::Block::Callout { kind, title, .. } => Some((kind, title)),
                _ => None,
            })
            .expect("a callout")
    }

    #[test]
    fn a_title_naming_only_the_kind_is_no_title_in_each_language() {
        for title in [
            "Warning",
            "Warnung",
            "Avertissement",
            "Advertencia",
            "Aviso:",
            "Attenzione",
            "Предупреждение",
            "Увага",
            "警告",
            "注意",
            "경고",
        ] {
            assert_eq!(
                callout_with_title(title),
                ("warning".into(), None),
                "{title}"
            );
        }
        assert_eq!(
            callout_with_title("Before you upgrade"),
            ("warning".into(), Some("Before you upgrade".into()))
        );
    }
}
