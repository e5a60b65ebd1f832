//! The fixed-point check of `content`: parsed again by an HTML parser, the markup must build exactly
//! the tree it spells out. Markup that the parsing rules rearrange (a `<caption>` outside a table is
//! dropped, a `<div>` inside a `<p>` closes it, a `<tr>` outside a table body gets one) is how
//! mutation XSS starts: a sanitizer checks one tree and the browser builds another.
//!
//! `content` is well formed by construction (every element but the void ones is closed, `<` never
//! appears in text), so the intended tree is read off it with a stack; html5ever then parses it
//! twice, as a browser's `DOMParser` does (a whole document without a doctype: quirks mode) and as
//! `innerHTML` on an element does (a fragment in no-quirks mode). Element names, nesting and text
//! must all be equal. Shared by tests/hostile.rs, tests/golden.rs and the fuzz target.
#![allow(dead_code)]

use html5ever::tendril::TendrilSink;
use html5ever::{local_name, ns, parse_document, parse_fragment, QualName};
use markup5ever_rcdom::{Handle, NodeData, RcDom};

/// One step of a tree walk in document order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Open(String),
    Close,
    Text(String),
}

const VOID: &[&str] = &["br", "hr", "img", "wbr"];

fn push_text(events: &mut Vec<Event>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(Event::Text(last)) = events.last_mut() {
        last.push_str(text);
    } else {
        events.push(Event::Text(text.to_string()));
    }
}

fn decode_entities(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#96;", "`")
        .replace("&nbsp;", "\u{a0}")
        .replace("&#13;", "\r")
        .replace("&amp;", "&")
}

/// The tree `content` spells out, read with a stack. Fails on markup that is not well formed.
pub fn intended_events(content: &str) -> Result<Vec<Event>, String> {
    let mut events = Vec::new();
    let mut open: Vec<String> = Vec::new();
    let mut rest = content;
    while let Some(lt) = rest.find('<') {
        let mut text = &rest[..lt];
        // A newline right after <pre> is not content (the HTML parsing rules drop it).
        if events.last() == Some(&Event::Open("pre".into())) {
            text = text.strip_prefix('\n').unwrap_or(text);
        }
        push_text(&mut events, &decode_entities(text));
        let Some(gt) = rest[lt..].find('>') else {
            return Err(format!("unterminated tag at {:?}", excerpt(&rest[lt..])));
        };
        let tag = &rest[lt + 1..lt + gt];
        rest = &rest[lt + gt + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            match open.pop() {
                Some(top) if top == name => events.push(Event::Close),
                other => return Err(format!("</{name}> closes {other:?}")),
            }
        } else {
            let name = tag.split(' ').next().unwrap_or("").to_string();
            events.push(Event::Open(name.clone()));
            if VOID.contains(&name.as_str()) {
                events.push(Event::Close);
            } else {
                open.push(name);
            }
        }
    }
    push_text(&mut events, &decode_entities(rest));
    if let Some(name) = open.pop() {
        return Err(format!("<{name}> is never closed"));
    }
    Ok(events)
}

/// The children of `root` as events, without recursion.
fn events_of(root: &Handle) -> Vec<Event> {
    enum Step {
        Enter(Handle),
        Leave,
    }
    let mut events = Vec::new();
    let mut stack: Vec<Step> = root
        .children
        .borrow()
        .iter()
        .rev()
        .map(|c| Step::Enter(c.clone()))
        .collect();
    while let Some(step) = stack.pop() {
        let node = match step {
            Step::Leave => {
                events.push(Event::Close);
                continue;
            }
            Step::Enter(node) => node,
        };
        match &node.data {
            NodeData::Text { contents } => push_text(&mut events, &contents.borrow()),
            NodeData::Element { name, .. } => {
                events.push(Event::Open(name.local.to_string()));
                stack.push(Step::Leave);
                for c in node.children.borrow().iter().rev() {
                    stack.push(Step::Enter(c.clone()));
                }
            }
            _ => {}
        }
    }
    events
}

fn child_element(node: &Handle, name: &str) -> Option<Handle> {
    node.children
        .borrow()
        .iter()
        .find(|c| matches!(&c.data, NodeData::Element { name: n, .. } if &*n.local == name))
        .cloned()
}

/// How a browser's `DOMParser` reads `content`: a document in quirks mode; the body's tree.
pub fn document_events(content: &str) -> Vec<Event> {
    let dom = parse_document(RcDom::default(), Default::default()).one(content);
    let body = child_element(&dom.document, "html").and_then(|h| child_element(&h, "body"));
    body.map(|b| events_of(&b)).unwrap_or_default()
}

/// How `element.innerHTML = content` reads it: a fragment with a `<div>` context, no quirks.
pub fn fragment_events(content: &str) -> Vec<Event> {
    let context = QualName::new(None, ns!(html), local_name!("div"));
    let dom = parse_fragment(
        RcDom::default(),
        Default::default(),
        context,
        Vec::new(),
        false,
    )
    .one(content);
    // The fragment parser puts the nodes under an <html> element of its own.
    let html = child_element(&dom.document, "html");
    html.map(|h| events_of(&h)).unwrap_or_default()
}

fn excerpt(s: &str) -> String {
    s.chars().take(80).collect()
}

fn first_difference(a: &[Event], b: &[Event]) -> String {
    let at = a
        .iter()
        .zip(b)
        .position(|(x, y)| x != y)
        .unwrap_or(a.len().min(b.len()));
    let from = at.saturating_sub(4);
    format!(
        "at event {at}: written {:?} / parsed {:?}",
        &a[from..(at + 3).min(a.len())],
        &b[from..(at + 3).min(b.len())]
    )
}

/// Ok when `content` parses back, as a document and as a fragment, into the tree it spells out.
pub fn check_fixed_point(content: &str) -> Result<(), String> {
    let intended = intended_events(content)?;
    let document = document_events(content);
    if document != intended {
        return Err(format!(
            "as a document, {}",
            first_difference(&intended, &document)
        ));
    }
    let fragment = fragment_events(content);
    if fragment != intended {
        return Err(format!(
            "as a fragment, {}",
            first_difference(&intended, &fragment)
        ));
    }
    Ok(())
}
