//! Stage 1: HTML text → [`Dom`]. The only module that touches html5ever and markup5ever_rcdom: the
//! rest of the crate sees our arena DOM, so the parser's types never leak into the API and rcdom
//! (published as "for tests") can be replaced without touching the pipeline.

use crate::dom::{Dom, NodeId};
use crate::error::CleanError;
use crate::options::Limits;
use html5ever::tendril::TendrilSink;
use html5ever::{parse_document, ParseOpts};
use markup5ever_rcdom::{Handle, NodeData, RcDom};

/// Parses a whole page. Comments, doctypes and processing instructions are dropped; `<template>`
/// contents are skipped (they are inert markup, not page content).
pub fn parse_html(html: &str, limits: &Limits) -> Result<Dom, CleanError> {
    if html.len() > limits.max_input_bytes {
        return Err(CleanError::InputTooLarge {
            bytes: html.len(),
            limit: limits.max_input_bytes,
        });
    }
    let mut opts = ParseOpts::default();
    // With scripting off, <noscript> content is parsed as markup, so the real <img> that lazy-loading
    // pages put there can replace its placeholder (see `prepare`).
    opts.tree_builder.scripting_enabled = false;
    let rcdom = parse_document(RcDom::default(), opts).one(html);
    convert(&rcdom, limits)
}

/// Copies the rcdom tree into the arena with an explicit stack. Elements nested deeper than
/// `limits.max_depth` are attached at that depth, as browsers do, so later walks stay shallow.
fn convert(rcdom: &RcDom, limits: &Limits) -> Result<Dom, CleanError> {
    let mut dom = Dom::new();
    let mut stack: Vec<(Handle, NodeId, usize)> = Vec::new();
    push_children(&rcdom.document, dom.root(), 0, &mut stack);
    while let Some((handle, parent, depth)) = stack.pop() {
        if dom.len() >= limits.max_nodes {
            return Err(CleanError::TooManyNodes {
                nodes: dom.len() + stack.len(),
                limit: limits.max_nodes,
            });
        }
        match &handle.data {
            NodeData::Text { contents } => {
                let text = contents.borrow();
                // Adjacent text can arrive split when depth capping re-parents; merge it.
                if let Some(&last) = dom.children(parent).last() {
                    if let Some(prev) = dom.text(last) {
                        let merged = format!("{prev}{}", &**text);
                        dom.set_text(last, merged);
                        continue;
                    }
                }
                let id = dom.create_text(&text);
                dom.append(parent, id);
            }
            NodeData::Element { name, attrs, .. } => {
                let attrs = attrs
                    .borrow()
                    .iter()
                    .map(|a| ((*a.name.local).to_ascii_lowercase(), a.value.to_string()))
                    .collect();
                let id = dom.create_element(&(*name.local).to_ascii_lowercase(), attrs);
                dom.append(parent, id);
                if &*name.local == "template" {
                    continue;
                }
                if depth + 1 >= limits.max_depth {
                    push_children(&handle, parent, depth, &mut stack);
                } else {
                    push_children(&handle, id, depth + 1, &mut stack);
                }
            }
            NodeData::Document
            | NodeData::Doctype { .. }
            | NodeData::Comment { .. }
            | NodeData::ProcessingInstruction { .. } => {}
        }
    }
    Ok(dom)
}

fn push_children(
    handle: &Handle,
    parent: NodeId,
    depth: usize,
    stack: &mut Vec<(Handle, NodeId, usize)>,
) {
    for child in handle.children.borrow().iter().rev() {
        stack.push((child.clone(), parent, depth));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_html_head_body_and_lowercases_names() {
        let dom = parse_html(
            "<TITLE>T</TITLE><P CLASS=x>Hi <b>there</b></P><!-- gone -->",
            &Limits::default(),
        )
        .unwrap();
        let body = dom.body().unwrap();
        let p = dom.children(body)[0];
        assert_eq!(dom.tag(p), Some("p"));
        assert_eq!(dom.attr(p, "class"), Some("x"));
        assert_eq!(dom.text_content(body), "Hi there");
        assert!(dom.head().is_some());
    }

    #[test]
    fn noscript_content_is_markup() {
        let dom = parse_html("<noscript><img src=a.jpg></noscript>", &Limits::default()).unwrap();
        assert_eq!(dom.find_tags(dom.root(), "img").count(), 1);
    }

    #[test]
    fn nesting_is_capped_at_max_depth() {
        let html = "<div>".repeat(2000) + "deep";
        let dom = parse_html(&html, &Limits::default()).unwrap();
        let text = dom
            .descendants(dom.root())
            .find(|&n| dom.text(n).is_some())
            .unwrap();
        assert!(dom.depth(text) <= Limits::default().max_depth + 1);
        assert_eq!(dom.text_content(dom.root()), "deep");
    }

    #[test]
    fn oversized_input_is_a_typed_error() {
        let limits = Limits {
            max_input_bytes: 10,
            ..Limits::default()
        };
        assert!(matches!(
            parse_html("<p>more than ten bytes</p>", &limits),
            Err(CleanError::InputTooLarge { .. })
        ));
    }
}
