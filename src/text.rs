//! Plain-text output (`format: "text"`): the article as a person would paste it into an e-mail —
//! the title, then paragraphs separated by blank lines, list items with bullets or numbers, quotes
//! indented, image captions on their own line, no markup at all.
//!
//! Built from the typed blocks, so it is the same content as `textContent` (which stays as it is:
//! callers and the evaluation read that field) with the structure made visible.

use crate::article::{Article, Block};

/// Indentation of block quotes: enough to set them apart without any quoting character.
const QUOTE_INDENT: &str = "    ";

fn indented(text: &str) -> String {
    text.lines()
        .map(|l| format!("{QUOTE_INDENT}{l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The article as readable plain text.
pub fn to_plain_text(article: &Article) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(title) = article
        .title
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        parts.push(title.to_string());
    }
    for block in &article.blocks {
        let part = match block {
            Block::Heading { text, .. } | Block::Paragraph { text } => text.clone(),
            Block::List {
                ordered,
                start,
                items,
            } => items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    if *ordered {
                        format!("{}. {item}", u64::from(start.unwrap_or(1)) + i as u64)
                    } else {
                        format!("• {item}")
                    }
                })
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Quote { text } => indented(text),
            // A note box reads as an indented passage under its title (or its kind).
            Block::Callout { kind, title, text } => {
                let heading = title.clone().unwrap_or_else(|| kind.to_uppercase());
                format!("{heading}:\n{}", indented(text))
            }
            Block::Code { text, .. } => text.clone(),
            Block::Math { latex } => format!("{QUOTE_INDENT}{latex}"),
            Block::DefinitionList { items } => items
                .iter()
                .map(|i| {
                    let mut lines = vec![i.term.clone()];
                    lines.extend(i.definitions.iter().map(|d| format!("{QUOTE_INDENT}{d}")));
                    lines.join("\n")
                })
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Embed { title, url, .. } => match title {
                Some(t) => format!("{t} <{url}>"),
                None => format!("<{url}>"),
            },
            Block::Footnotes { notes } => notes
                .iter()
                .enumerate()
                .map(|(i, n)| format!("[{}] {n}", i + 1))
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Table { rows, .. } => rows
                .iter()
                .map(|r| r.join("\t"))
                .collect::<Vec<_>>()
                .join("\n"),
            // The caption describes the picture; the credit is not part of the text.
            Block::Image { caption, .. } => caption.clone().unwrap_or_default(),
        };
        if !part.trim().is_empty() {
            parts.push(part);
        }
    }
    let mut out = parts.join("\n\n");
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn structure_blocks_read_as_plain_text() {
        let article = Article {
            blocks: vec![
                Block::Math {
                    latex: "x^2".into(),
                },
                Block::Callout {
                    kind: "warning".into(),
                    title: None,
                    text: "Careful.".into(),
                },
                Block::DefinitionList {
                    items: vec![crate::article::Definition {
                        term: "Term".into(),
                        definitions: vec!["Meaning.".into()],
                    }],
                },
                Block::Embed {
                    provider: "youtube".into(),
                    url: "https://www.youtube.com/watch?v=x".into(),
                    title: Some("A talk".into()),
                },
                Block::Footnotes {
                    notes: vec!["First.".into(), "Second.".into()],
                },
            ],
            ..Article::default()
        };
        assert_eq!(
            to_plain_text(&article),
            "    x^2\n\nWARNING:\n    Careful.\n\nTerm\n    Meaning.\n\n\
             A talk <https://www.youtube.com/watch?v=x>\n\n[1] First.\n[2] Second.\n"
        );
    }

    #[test]
    fn lists_get_bullets_quotes_indent_and_credits_stay_out() {
        let article = Article {
            title: Some("Title".into()),
            blocks: vec![
                Block::Paragraph {
                    text: "Para.".into(),
                },
                Block::List {
                    ordered: false,
                    start: None,
                    items: vec!["a".into(), "b".into()],
                },
                Block::List {
                    ordered: true,
                    start: Some(7),
                    items: vec!["x".into(), "y".into()],
                },
                Block::Quote {
                    text: "Said.".into(),
                },
                Block::Image {
                    src: "s".into(),
                    alt: None,
                    caption: Some("Caption.".into()),
                    credit: Some("Photo: AFP".into()),
                },
            ],
            ..Article::default()
        };
        assert_eq!(
            to_plain_text(&article),
            "Title\n\nPara.\n\n• a\n• b\n\n7. x\n8. y\n\n    Said.\n\nCaption.\n"
        );
    }
}
