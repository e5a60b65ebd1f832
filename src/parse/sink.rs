//! The tree html5ever builds into: markup5ever_rcdom's `RcDom`, with the three operations whose
//! rcdom versions are quadratic on hostile pages done in bounded time.
//!
//! - Inserting before a sibling (foster parenting: text and elements inside a `<table>` but outside
//!   its cells go before the table). rcdom finds the sibling's index by scanning the parent's
//!   children from the front, so 10,000 stray nodes before one table cost 10,000 scans of a growing
//!   list. The sibling is nearly always the newest child, so the scan here runs from the back.
//! - Removing a node from its parent (the adoption agency moves nodes): same scan, same fix.
//! - Merging the attributes of a repeated `<html>`/`<body>` tag into the first: rcdom builds a set
//!   of the existing names each time, so the element's list would grow with every repeat. The
//!   merged list is held to `limits.maxAttributes`; the rest is counted as dropped.
//!
//! Everything else is rcdom's own.

use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::{Attribute, QualName};
use markup5ever_rcdom::{Handle, Node, NodeData, RcDom};
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub(super) struct PageSink {
    pub dom: RcDom,
    pub max_attributes: usize,
    /// Attributes not merged into a repeated `<html>`/`<body>` because of the cap.
    pub dropped_attributes: Cell<usize>,
}

/// The parent of `target` and `target`'s index among its children, searched from the back.
fn parent_and_index(target: &Handle) -> Option<(Handle, usize)> {
    let weak = target.parent.take()?;
    target.parent.set(Some(weak.clone()));
    let parent = weak.upgrade()?;
    let index = parent
        .children
        .borrow()
        .iter()
        .rposition(|child| Rc::ptr_eq(child, target))?;
    Some((parent, index))
}

fn detach(target: &Handle) {
    if let Some((parent, index)) = parent_and_index(target) {
        parent.children.borrow_mut().remove(index);
        target.parent.set(None);
    }
}

impl TreeSink for PageSink {
    type Handle = Handle;
    type Output = RcDom;
    type ElemName<'a>
        = <RcDom as TreeSink>::ElemName<'a>
    where
        Self: 'a;

    fn finish(self) -> RcDom {
        self.dom
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {
        // rcdom keeps every message in a growing list nobody here reads.
    }

    fn get_document(&self) -> Handle {
        self.dom.get_document()
    }

    fn elem_name<'a>(&'a self, target: &'a Handle) -> Self::ElemName<'a> {
        self.dom.elem_name(target)
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> Handle {
        self.dom.create_element(name, attrs, flags)
    }

    fn create_comment(&self, text: StrTendril) -> Handle {
        self.dom.create_comment(text)
    }

    fn create_pi(&self, target: StrTendril, data: StrTendril) -> Handle {
        self.dom.create_pi(target, data)
    }

    fn append(&self, parent: &Handle, child: NodeOrText<Handle>) {
        self.dom.append(parent, child)
    }

    fn append_based_on_parent_node(
        &self,
        element: &Handle,
        prev_element: &Handle,
        child: NodeOrText<Handle>,
    ) {
        let parent = element.parent.take();
        let has_parent = parent.is_some();
        element.parent.set(parent);
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(
        &self,
        name: StrTendril,
        public_id: StrTendril,
        system_id: StrTendril,
    ) {
        self.dom
            .append_doctype_to_document(name, public_id, system_id)
    }

    fn get_template_contents(&self, target: &Handle) -> Handle {
        self.dom.get_template_contents(target)
    }

    fn same_node(&self, x: &Handle, y: &Handle) -> bool {
        Rc::ptr_eq(x, y)
    }

    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.dom.set_quirks_mode(mode)
    }

    /// rcdom's insertion before a sibling (text merges into a text node just before it), with the
    /// sibling's index found from the back.
    fn append_before_sibling(&self, sibling: &Handle, child: NodeOrText<Handle>) {
        let Some((parent, index)) = parent_and_index(sibling) else {
            return;
        };
        let child = match child {
            NodeOrText::AppendText(text) => {
                if index > 0 {
                    let children = parent.children.borrow();
                    if let NodeData::Text { contents } = &children[index - 1].data {
                        contents.borrow_mut().push_tendril(&text);
                        return;
                    }
                }
                Node::new(NodeData::Text {
                    contents: RefCell::new(text),
                })
            }
            NodeOrText::AppendNode(node) => node,
        };
        detach(&child);
        child.parent.set(Some(Rc::downgrade(&parent)));
        let mut children = parent.children.borrow_mut();
        let index = index.min(children.len());
        children.insert(index, child);
    }

    fn add_attrs_if_missing(&self, target: &Handle, attrs: Vec<Attribute>) {
        let NodeData::Element {
            attrs: existing, ..
        } = &target.data
        else {
            return;
        };
        let mut existing = existing.borrow_mut();
        for attr in attrs {
            if existing.len() >= self.max_attributes {
                self.dropped_attributes
                    .set(self.dropped_attributes.get() + 1);
            } else if !existing.iter().any(|e| e.name == attr.name) {
                existing.push(attr);
            }
        }
    }

    fn remove_from_parent(&self, target: &Handle) {
        detach(target)
    }

    fn reparent_children(&self, node: &Handle, new_parent: &Handle) {
        self.dom.reparent_children(node, new_parent)
    }

    fn is_mathml_annotation_xml_integration_point(&self, handle: &Handle) -> bool {
        self.dom.is_mathml_annotation_xml_integration_point(handle)
    }

    fn maybe_clone_an_option_into_selectedcontent(&self, option: &Handle) {
        self.dom.maybe_clone_an_option_into_selectedcontent(option)
    }
}
