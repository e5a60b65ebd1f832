//! A small read-only tree for tests that walk parsed HTML: html5ever's rcdom copied into an arena
//! with the few questions tests ask (tag, attribute, text, parent, children, containment). Tests
//! parse with html5ever directly, so they check articlean's output against the real parser, not
//! against articlean's own DOM.
#![allow(dead_code)]

use html5ever::tendril::TendrilSink;
use html5ever::{parse_document, ParseOpts};
use markup5ever_rcdom::{Handle, NodeData, RcDom};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NodeId(usize);

enum Kind {
    Document,
    Element {
        tag: String,
        attrs: Vec<(String, String)>,
    },
    Text(String),
    Other,
}

struct Node {
    kind: Kind,
    parent: Option<NodeId>,
    children: Vec<NodeId>,
}

pub struct Tree {
    nodes: Vec<Node>,
}

impl Tree {
    /// Parses `html` as a whole document, as a browser's `DOMParser` would.
    pub fn parse(html: &str) -> Tree {
        let dom = parse_document(RcDom::default(), ParseOpts::default()).one(html);
        let mut tree = Tree { nodes: Vec::new() };
        // An explicit stack: parsed pages may nest deeper than a test thread's stack allows.
        let mut stack: Vec<(Handle, Option<NodeId>)> = vec![(dom.document.clone(), None)];
        while let Some((handle, parent)) = stack.pop() {
            let kind = match &handle.data {
                NodeData::Document => Kind::Document,
                NodeData::Element { name, attrs, .. } => Kind::Element {
                    tag: name.local.to_string(),
                    attrs: attrs
                        .borrow()
                        .iter()
                        .map(|a| (a.name.local.to_string(), a.value.to_string()))
                        .collect(),
                },
                NodeData::Text { contents } => Kind::Text(contents.borrow().to_string()),
                _ => Kind::Other,
            };
            let id = NodeId(tree.nodes.len());
            tree.nodes.push(Node {
                kind,
                parent,
                children: Vec::new(),
            });
            if let Some(p) = parent {
                tree.nodes[p.0].children.push(id);
            }
            // <template> contents live in a separate fragment rcdom keeps aside; tests do not
            // look inside templates.
            for child in handle.children.borrow().iter().rev() {
                stack.push((child.clone(), Some(id)));
            }
        }
        tree
    }

    pub fn root(&self) -> NodeId {
        NodeId(0)
    }

    pub fn tag(&self, id: NodeId) -> Option<&str> {
        match &self.nodes[id.0].kind {
            Kind::Element { tag, .. } => Some(tag),
            _ => None,
        }
    }

    pub fn is_tag(&self, id: NodeId, tag: &str) -> bool {
        self.tag(id) == Some(tag)
    }

    pub fn attr(&self, id: NodeId, name: &str) -> Option<&str> {
        match &self.nodes[id.0].kind {
            Kind::Element { attrs, .. } => attrs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_str()),
            _ => None,
        }
    }

    pub fn text(&self, id: NodeId) -> Option<&str> {
        match &self.nodes[id.0].kind {
            Kind::Text(t) => Some(t),
            _ => None,
        }
    }

    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        self.nodes[id.0].parent
    }

    pub fn children(&self, id: NodeId) -> &[NodeId] {
        &self.nodes[id.0].children
    }

    /// True when `inner` is `outer` or lies below it.
    pub fn contains(&self, outer: NodeId, inner: NodeId) -> bool {
        let mut at = Some(inner);
        while let Some(n) = at {
            if n == outer {
                return true;
            }
            at = self.parent(n);
        }
        false
    }

    /// The elements below `id` with the given tag, in document order.
    pub fn find_tags<'a>(&'a self, id: NodeId, tag: &'a str) -> impl Iterator<Item = NodeId> + 'a {
        // Nodes are numbered in document order, so a subtree is the run of ids after its root
        // until the first node outside it.
        (id.0 + 1..self.nodes.len())
            .map(NodeId)
            .take_while(move |&n| self.contains(id, n))
            .filter(move |&n| self.is_tag(n, tag))
    }

    /// The page's text as a reader sees it: text nodes joined as written, with scripts, styles,
    /// the head, templates and `<noscript>` left out.
    pub fn visible_text(&self) -> String {
        let mut out = String::new();
        let mut stack: Vec<NodeId> = vec![self.root()];
        while let Some(id) = stack.pop() {
            if matches!(
                self.tag(id),
                Some("script" | "style" | "head" | "template" | "noscript")
            ) {
                continue;
            }
            if let Some(t) = self.text(id) {
                out.push_str(t);
            }
            stack.extend(self.children(id).iter().rev());
        }
        out
    }
}
