//! Keeps the hand-written TypeScript declarations in src/wasm.rs in line with the serde names the
//! JS object really has: each interface must declare exactly the keys serde produces, nullable
//! values must be typed `| null`, and the string unions must list exactly the serialized variants.
//! A renamed or added Rust field fails here instead of shipping a wrong `.d.ts`.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

use std::collections::BTreeSet;

use articlean::{
    Article, Block, CleanError, Comment, Favor, Format, Limits, Options, PageType, Readerable,
    Removed, RemovedKind,
};
use serde_json::Value;

const WASM_RS: &str = include_str!("../src/wasm.rs");

/// The text of the `typescript_custom_section`, without comments.
fn declarations() -> String {
    let start = WASM_RS
        .find("const TYPESCRIPT: &str = r#\"")
        .expect("src/wasm.rs declares const TYPESCRIPT");
    let body = &WASM_RS[start..];
    let open = body.find("r#\"").expect("raw string opens") + 3;
    let close = body.find("\"#;").expect("raw string closes");
    let mut text = body[open..close].to_string();
    while let Some(a) = text.find("/*") {
        let b = text[a..].find("*/").map_or(text.len(), |b| a + b + 2);
        text.replace_range(a..b, "");
    }
    text
}

/// `name -> (optional, type text)` for each field of `export interface NAME { ... }`.
fn interface(name: &str) -> Vec<(String, bool, String)> {
    let text = declarations();
    let head = format!("export interface {name} {{");
    let start = text
        .find(&head)
        .unwrap_or_else(|| panic!("no interface {name}"))
        + head.len();
    let end = start + text[start..].find('}').expect("interface closes");
    text[start..end]
        .split(';')
        .filter_map(|member| {
            let (key, ty) = member.split_once(':')?;
            let key = key.trim();
            let optional = key.ends_with('?');
            Some((
                key.trim_end_matches('?').to_string(),
                optional,
                ty.trim().to_string(),
            ))
        })
        .collect()
}

/// The quoted members of `export type NAME = "a" | "b" ...;` (or the type names for a union of
/// interfaces).
fn union(name: &str) -> BTreeSet<String> {
    let text = declarations();
    let head = format!("export type {name} =");
    let start = text.find(&head).unwrap_or_else(|| panic!("no type {name}")) + head.len();
    let end = start + text[start..].find(';').expect("type ends");
    text[start..end]
        .split('|')
        .map(|m| m.trim().trim_matches('"').to_string())
        .filter(|m| !m.is_empty())
        .collect()
}

fn keys(value: &Value) -> BTreeSet<String> {
    value
        .as_object()
        .expect("serializes to an object")
        .keys()
        .cloned()
        .collect()
}

fn declared(name: &str) -> BTreeSet<String> {
    interface(name).into_iter().map(|(k, _, _)| k).collect()
}

fn serialized<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).expect("serializes")
}

#[test]
fn article_interface_declares_every_serde_key_and_nullability() {
    let json = serialized(&Article::default());
    assert_eq!(declared("Article"), keys(&json));
    for (key, optional, ty) in interface("Article") {
        // The serializer always writes every key, so none may be declared optional.
        assert!(!optional, "Article.{key} is always present");
        let nullable = json[&key].is_null();
        assert_eq!(
            ty.contains("null"),
            nullable,
            "Article.{key}: TS type `{ty}` vs serde value {}",
            json[&key]
        );
    }
}

/// One value of every block variant; the `match` stops compiling when a variant is added, so this
/// list cannot silently fall behind the enum.
fn every_block() -> Vec<Block> {
    let all = vec![
        Block::Heading {
            level: 2,
            text: String::new(),
        },
        Block::Paragraph {
            text: String::new(),
        },
        Block::List {
            ordered: false,
            start: None,
            items: vec![],
        },
        Block::Quote {
            text: String::new(),
        },
        Block::Code {
            text: String::new(),
            language: None,
        },
        Block::Table {
            rows: vec![],
            header_rows: 0,
        },
        Block::Math {
            latex: String::new(),
        },
        Block::Callout {
            kind: String::new(),
            title: None,
            text: String::new(),
        },
        Block::DefinitionList { items: vec![] },
        Block::Embed {
            provider: String::new(),
            url: String::new(),
            title: None,
        },
        Block::Footnotes { notes: vec![] },
        Block::Image {
            src: String::new(),
            alt: None,
            caption: None,
            credit: None,
        },
    ];
    for block in &all {
        match block {
            Block::Heading { .. }
            | Block::Paragraph { .. }
            | Block::List { .. }
            | Block::Quote { .. }
            | Block::Code { .. }
            | Block::Table { .. }
            | Block::Math { .. }
            | Block::Callout { .. }
            | Block::DefinitionList { .. }
            | Block::Embed { .. }
            | Block::Footnotes { .. }
            | Block::Image { .. } => {}
        }
    }
    all
}

#[test]
fn block_union_has_one_interface_per_variant_with_its_keys() {
    let members = union("Block");
    let blocks = every_block();
    assert_eq!(members.len(), blocks.len(), "Block union: {members:?}");
    for block in blocks {
        let json = serialized(&block);
        let tag = json["type"]
            .as_str()
            .expect("blocks are tagged with `type`");
        // HeadingBlock for "heading", ImageBlock for "image", ...
        let name = format!("{}{}Block", tag[..1].to_uppercase(), &tag[1..]);
        assert!(members.contains(&name), "{name} is not in the Block union");
        let fields = interface(&name);
        assert_eq!(
            fields
                .iter()
                .map(|(k, _, _)| k.clone())
                .collect::<BTreeSet<_>>(),
            keys(&json),
            "{name}"
        );
        for (key, _, ty) in fields {
            if key == "type" {
                assert_eq!(ty, format!("\"{tag}\""), "{name}.type");
            } else {
                assert_eq!(
                    ty.contains("null"),
                    json[&key].is_null(),
                    "{name}.{key}: `{ty}`"
                );
            }
        }
    }
}

#[test]
fn comment_interface_matches_serde() {
    let comment = Comment {
        author: None,
        date: None,
        text: String::new(),
    };
    assert_eq!(declared("Comment"), keys(&serialized(&comment)));
}

#[test]
fn page_type_union_matches_serde() {
    let every_type = [
        PageType::Article,
        PageType::Forum,
        PageType::Product,
        PageType::Listing,
        PageType::Collection,
        PageType::Documentation,
        PageType::Service,
    ];
    // Exhaustive match: a new type stops this file compiling until it is listed above.
    for page_type in every_type {
        match page_type {
            PageType::Article
            | PageType::Forum
            | PageType::Product
            | PageType::Listing
            | PageType::Collection
            | PageType::Documentation
            | PageType::Service => {}
        }
    }
    let names: BTreeSet<String> = every_type
        .iter()
        .map(|t| serialized(t).as_str().expect("strings").to_string())
        .collect();
    assert_eq!(union("PageType"), names);
}

#[test]
fn removed_and_its_kind_union_match_serde() {
    let removed = Removed {
        kind: RemovedKind::Cookie,
        text: String::new(),
        reason: String::new(),
    };
    assert_eq!(declared("Removed"), keys(&serialized(&removed)));
    let every_kind = [
        RemovedKind::Cookie,
        RemovedKind::Credit,
        RemovedKind::Ad,
        RemovedKind::Nav,
        RemovedKind::Share,
        RemovedKind::Related,
        RemovedKind::Newsletter,
        RemovedKind::Comments,
        RemovedKind::Paywall,
        RemovedKind::Footer,
        RemovedKind::Hidden,
        RemovedKind::Other,
    ];
    // Exhaustive match: a new kind stops this file compiling until it is listed above.
    for kind in every_kind {
        match kind {
            RemovedKind::Cookie
            | RemovedKind::Credit
            | RemovedKind::Ad
            | RemovedKind::Nav
            | RemovedKind::Share
            | RemovedKind::Related
            | RemovedKind::Newsletter
            | RemovedKind::Comments
            | RemovedKind::Paywall
            | RemovedKind::Footer
            | RemovedKind::Hidden
            | RemovedKind::Other => {}
        }
    }
    let names: BTreeSet<String> = every_kind
        .iter()
        .map(|k| {
            serialized(k)
                .as_str()
                .expect("kinds are strings")
                .to_string()
        })
        .collect();
    assert_eq!(union("RemovedKind"), names);
}

#[test]
fn options_interfaces_match_serde_and_are_all_optional() {
    let options = serialized(&Options::default());
    assert_eq!(declared("CleanOptions"), keys(&options));
    assert_eq!(declared("Limits"), keys(&serialized(&Limits::default())));
    for name in ["CleanOptions", "Limits"] {
        for (key, optional, _) in interface(name) {
            assert!(
                optional,
                "{name}.{key} has a default, so it must be optional"
            );
        }
    }
    // Every declared key is accepted by the options parser (deny_unknown_fields would reject a stale one).
    let all_keys = serde_json::to_string(&options).expect("options serialize");
    Options::from_json(&all_keys).expect("the declared keys parse");
    let favors: BTreeSet<String> = [Favor::Precision, Favor::Balanced, Favor::Recall]
        .iter()
        .map(|f| serialized(f).as_str().expect("string").to_string())
        .collect();
    assert_eq!(union("Favor"), favors);
}

#[test]
fn error_code_union_lists_the_codes_errors_carry() {
    let codes: BTreeSet<String> = [
        CleanError::InputTooLarge { bytes: 2, limit: 1 },
        CleanError::TooManyNodes { nodes: 2, limit: 1 },
        CleanError::WorkLimit { limit: 1 },
        CleanError::InvalidOptions(String::new()),
    ]
    .iter()
    .map(|e| e.code().to_string())
    .collect();
    assert_eq!(union("CleanErrorCode"), codes);
}

#[test]
fn declarations_never_use_any() {
    let text = declarations();
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .collect();
    assert!(
        !words.contains(&"any"),
        "`any` in the TypeScript declarations"
    );
    assert!(
        !words.contains(&"unknown"),
        "`unknown` in the TypeScript declarations"
    );
}

#[test]
fn output_format_union_and_readerable_interface_match_serde() {
    let formats: BTreeSet<String> = [Format::Html, Format::Markdown, Format::Text]
        .iter()
        .map(|f| serialized(f).as_str().expect("string").to_string())
        .collect();
    assert_eq!(union("OutputFormat"), formats);
    let answer = Readerable {
        readerable: true,
        score: 1,
    };
    assert_eq!(declared("Readerable"), keys(&serialized(&answer)));
}
