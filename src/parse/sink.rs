//! The tree html5ever builds into: our arena [`Dom`] itself, so a page is built once, with no
//! reference-counted intermediate tree to copy and free (markup5ever_rcdom's nodes cost an `Rc`,
//! three `RefCell`s and a `Vec` each, and copying them out was a fifth of the parse).
//!
//! A handle is a [`NodeId`]. Beside the `Dom`, the sink keeps per node what only the tree builder
//! asks about: the element's namespaced name (the `Dom` keeps the lowercase local name), its
//! `<template>` contents fragment and its MathML integration-point flag.
//!
//! Three operations are bounded where a naive tree makes them quadratic on hostile pages:
//! - inserting before a sibling (foster parenting puts text and elements inside a `<table>` but
//!   outside its cells before the table) and removing a node from its parent (the adoption agency
//!   moves nodes) find the node's index from the back of its parent's children, where it nearly
//!   always is, instead of from the front;
//! - merging the attributes of a repeated `<html>`/`<body>` tag into the first holds the merged
//!   list to `limits.maxAttributes` and counts the rest as dropped.
//!
//! What a reader never needs is not stored: comments, doctypes and processing instructions get a
//! node that is never attached, `<template>` contents go to a fragment that is never attached,
//! and the text of styles and of scripts no stage reads is dropped as it arrives (see
//! [`keeps_text`]).

use crate::dom::{Dom, NodeId};
use html5ever::interface::{ElemName, ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::{local_name, ns, Attribute, LocalName, Namespace, QualName};
use std::borrow::Cow;
use std::cell::{Cell, RefCell};

/// An element's name as the tree builder compares it: namespace and local name, both interned
/// atoms, so a copy is two integer copies for every name html5ever knows.
#[derive(Debug, Clone)]
pub(super) struct SinkName {
    ns: Namespace,
    local: LocalName,
}

impl ElemName for SinkName {
    fn ns(&self) -> &Namespace {
        &self.ns
    }

    fn local_name(&self) -> &LocalName {
        &self.local
    }
}

/// What the tree builder needs to know about a node that the `Dom` does not hold, packed in 32
/// bits per node (the facts vector grows with the page, and its doubling was a fifth of the peak
/// memory on dense pages): the index of the element's name in [`SinkFacts`] and three flags.
#[derive(Clone, Copy)]
struct BuilderFacts(u32);

impl BuilderFacts {
    const NAME: u32 = (1 << 29) - 1;
    /// A `<template>`: its contents fragment is the node created right after it.
    const TEMPLATE: u32 = 1 << 29;
    /// A comment or processing instruction: never attached.
    const UNSTORED: u32 = 1 << 30;
    /// MathML `annotation-xml` with an HTML encoding: the tree builder parses its content as HTML.
    const MATHML_INTEGRATION_POINT: u32 = 1 << 31;

    /// Any node but an element: the empty name, no flags.
    const OTHER: BuilderFacts = BuilderFacts(0);

    fn has(self, flag: u32) -> bool {
        self.0 & flag != 0
    }

    fn name(self) -> usize {
        (self.0 & Self::NAME) as usize
    }
}

/// The facts of every node, and the distinct element names of the page they point to, each once,
/// with the empty name at index 0.
struct SinkFacts {
    /// Indexed by `NodeId::index()`, one entry per node of the `Dom`.
    per_node: Vec<BuilderFacts>,
    names: Vec<SinkName>,
    /// Index in `names` by the `Dom`'s interned tag and the namespace (HTML, SVG, MathML); 0 when
    /// not seen yet.
    by_tag: Vec<[u32; 3]>,
}

impl SinkFacts {
    fn new() -> SinkFacts {
        SinkFacts {
            per_node: vec![BuilderFacts::OTHER],
            names: vec![SinkName {
                ns: ns!(),
                local: local_name!(""),
            }],
            by_tag: Vec::new(),
        }
    }

    /// The index of `name`, an element's whose tag the `Dom` interned as `tag`.
    fn name_index(&mut self, tag: u32, name: QualName) -> u32 {
        let slot = match name.ns {
            ns!(html) => Some(0),
            ns!(svg) => Some(1),
            ns!(mathml) => Some(2),
            _ => None,
        };
        let tag = tag as usize;
        let known = slot
            .and_then(|slot| Some(self.by_tag.get(tag)?[slot]))
            .filter(|&i| i != 0 && self.names[i as usize].local == name.local);
        if let Some(index) = known {
            return index;
        }
        // (The input limit keeps a page's elements far below the 29 bits of a name index; the
        // `min` only keeps an impossible overflow out of the flag bits.)
        let index = (self.names.len() as u32).min(BuilderFacts::NAME);
        self.names.push(SinkName {
            ns: name.ns,
            local: name.local,
        });
        if let Some(slot) = slot {
            if self.by_tag.len() <= tag {
                self.by_tag.resize(tag + 1, [0; 3]);
            }
            // A second spelling of the same lowercase name (not one the tokenizer makes) is
            // stored again rather than cached.
            if self.by_tag[tag][slot] == 0 {
                self.by_tag[tag][slot] = index;
            }
        }
        index
    }
}

pub(super) struct PageSink {
    dom: RefCell<Dom>,
    facts: RefCell<SinkFacts>,
    max_attributes: usize,
    /// Attributes not merged into a repeated `<html>`/`<body>` because of the cap.
    dropped_attributes: Cell<usize>,
}

impl PageSink {
    pub(super) fn new(max_attributes: usize) -> PageSink {
        PageSink {
            dom: RefCell::new(Dom::new()),
            facts: RefCell::new(SinkFacts::new()),
            max_attributes,
            dropped_attributes: Cell::new(0),
        }
    }

    pub(super) fn dropped_attributes(&self) -> usize {
        self.dropped_attributes.get()
    }

    /// The built tree (with detached comment nodes and template fragments still in the arena).
    pub(super) fn into_dom(self) -> Dom {
        self.dom.into_inner()
    }

    fn push_facts(&self, facts: BuilderFacts) {
        let all = &mut self.facts.borrow_mut().per_node;
        crate::dom::make_room(all);
        all.push(facts);
    }

    fn new_text(&self, text: &str) -> NodeId {
        let id = self.dom.borrow_mut().create_text(text);
        self.push_facts(BuilderFacts::OTHER);
        id
    }

    /// Appends the text of `child` to `into` when `child` is text and `into` a text node (the
    /// DOM merges adjacent text); true when it did.
    fn merged_into_text(&self, into: Option<NodeId>, child: &NodeOrText<NodeId>) -> bool {
        let (Some(into), NodeOrText::AppendText(text)) = (into, child) else {
            return false;
        };
        let mut dom = self.dom.borrow_mut();
        if dom.text(into).is_none() {
            return false;
        }
        dom.append_text(into, text);
        true
    }

    /// The node a `NodeOrText` stands for, detached and ready to insert under `parent`; `None`
    /// when it is not stored (dropped text, a comment).
    fn detached_child(&self, parent: NodeId, child: NodeOrText<NodeId>) -> Option<NodeId> {
        let node = match child {
            NodeOrText::AppendNode(node) => (!self.facts.borrow().per_node[node.index()]
                .has(BuilderFacts::UNSTORED))
            .then_some(node)?,
            NodeOrText::AppendText(text) => {
                if !keeps_text(&self.dom.borrow(), parent) {
                    return None;
                }
                self.new_text(&text)
            }
        };
        self.detach(node);
        Some(node)
    }

    /// Detaches `node` from its parent, finding it from the back of the parent's children.
    fn detach(&self, node: NodeId) {
        let mut dom = self.dom.borrow_mut();
        if let Some((parent, index)) = dom.parent_and_index_from_back(node) {
            dom.remove_child_at(parent, index);
        }
    }
}

/// Style bodies are never page text, and on modern pages scripts are often most of the bytes (a
/// megabyte of framework code and state): that text is not stored. The scripts a stage reads keep
/// theirs: JSON-LD metadata, and MathJax 2's formula sources (`type="math/tex"`). The elements
/// themselves stay.
fn keeps_text(dom: &Dom, parent: NodeId) -> bool {
    match dom.tag(parent) {
        Some("style") => false,
        Some("script") => {
            crate::metadata::is_json_ld_script(dom, parent)
                || dom
                    .attr(parent, "type")
                    .is_some_and(|t| t.trim_start().to_ascii_lowercase().starts_with("math/tex"))
        }
        _ => true,
    }
}

/// Whether an attribute of a drawing element inside an `<svg>` (a path, a shape, a group) is one a
/// stage reads: names, classes, styles and accessibility labels, which say what the drawing is
/// and whether it is shown. The rest is geometry and paint (`d`, `points`, `transform`, `fill`):
/// a page of inline charts or icons can hold more path data than text, and no stage reads it, since
/// a drawing is never article content (`tags::is_never_content`).
fn svg_attribute_is_read(name: &str) -> bool {
    matches!(
        name,
        "id" | "class" | "style" | "role" | "hidden" | "href" | "title"
    ) || name.starts_with("aria-")
        || name.starts_with("data-")
}

/// A name as the `Dom` keeps it: ASCII lowercase (SVG's `foreignObject`, `viewBox`), copied only
/// when it has capitals.
fn lowercase_name(name: &str) -> Cow<'_, str> {
    if name.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(name.to_ascii_lowercase())
    } else {
        Cow::Borrowed(name)
    }
}

impl TreeSink for PageSink {
    type Handle = NodeId;
    type Output = Dom;
    type ElemName<'a>
        = SinkName
    where
        Self: 'a;

    fn finish(self) -> Dom {
        self.into_dom()
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {
        // Parse errors change nothing a reader sees.
    }

    fn get_document(&self) -> NodeId {
        self.dom.borrow().root()
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> SinkName {
        let facts = self.facts.borrow();
        facts.names[facts.per_node[target.index()].name()].clone()
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> NodeId {
        let draws_only = name.ns == ns!(svg) && name.local != local_name!("svg");
        let names: Vec<Cow<'_, str>> = attrs
            .iter()
            .map(|a| lowercase_name(&a.name.local))
            .collect();
        let mut dom = self.dom.borrow_mut();
        let id = dom.create_element_from(
            &lowercase_name(&name.local),
            names
                .iter()
                .map(|n| &**n)
                .zip(attrs.iter().map(|a| &*a.value))
                .filter(|(name, _)| !draws_only || svg_attribute_is_read(name)),
        );
        let tag = dom.tag_key(id);
        let template_contents = flags.template.then(|| dom.create_fragment());
        drop(dom);
        let mut facts = self.facts.borrow_mut().name_index(tag, name);
        if template_contents.is_some() {
            facts |= BuilderFacts::TEMPLATE;
        }
        if flags.mathml_annotation_xml_integration_point {
            facts |= BuilderFacts::MATHML_INTEGRATION_POINT;
        }
        self.push_facts(BuilderFacts(facts));
        if template_contents.is_some() {
            self.push_facts(BuilderFacts::OTHER);
        }
        id
    }

    fn create_comment(&self, _text: StrTendril) -> NodeId {
        let id = self.dom.borrow_mut().create_fragment();
        self.push_facts(BuilderFacts(BuilderFacts::UNSTORED));
        id
    }

    fn create_pi(&self, _target: StrTendril, data: StrTendril) -> NodeId {
        self.create_comment(data)
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        let parent = *parent;
        let last = self.dom.borrow().children(parent).last().copied();
        if self.merged_into_text(last, &child) {
            return;
        }
        if let Some(node) = self.detached_child(parent, child) {
            self.dom.borrow_mut().append(parent, node);
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &NodeId,
        prev_element: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        let has_parent = self.dom.borrow().parent(*element).is_some();
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        let is_template = self.facts.borrow().per_node[target.index()].has(BuilderFacts::TEMPLATE);
        let contents = is_template.then(|| NodeId(target.0 + 1));
        // html5ever asks only for templates' contents; anything else gets a fresh fragment that
        // is never attached, so its content is dropped like a template's.
        contents.unwrap_or_else(|| self.create_comment(StrTendril::new()))
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    /// Text merges into a text node just before the sibling, as in the DOM.
    fn append_before_sibling(&self, sibling: &NodeId, child: NodeOrText<NodeId>) {
        let Some((parent, index)) = self.dom.borrow().parent_and_index_from_back(*sibling) else {
            return;
        };
        let before = index
            .checked_sub(1)
            .map(|i| self.dom.borrow().children(parent)[i]);
        if self.merged_into_text(before, &child) {
            return;
        }
        let Some(node) = self.detached_child(parent, child) else {
            return;
        };
        // The node may have been a child of the same parent: find the sibling again.
        let mut dom = self.dom.borrow_mut();
        let index = match dom.parent_and_index_from_back(*sibling) {
            Some((p, i)) if p == parent => i,
            _ => return,
        };
        dom.insert_child_at(parent, index, node);
    }

    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        let mut dom = self.dom.borrow_mut();
        for attr in attrs {
            let name = lowercase_name(&attr.name.local);
            if dom.attrs(*target).len() >= self.max_attributes {
                self.dropped_attributes
                    .set(self.dropped_attributes.get() + 1);
            } else if dom.attr(*target, &name).is_none() {
                dom.set_attr(*target, &name, &attr.value);
            }
        }
    }

    fn remove_from_parent(&self, target: &NodeId) {
        self.detach(*target)
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        let mut dom = self.dom.borrow_mut();
        for child in dom.take_children(*node) {
            dom.append(*new_parent, child);
        }
    }

    fn is_mathml_annotation_xml_integration_point(&self, handle: &NodeId) -> bool {
        self.facts.borrow().per_node[handle.index()].has(BuilderFacts::MATHML_INTEGRATION_POINT)
    }
}
