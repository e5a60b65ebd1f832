//! A small arena DOM that every stage after parsing works on. Nodes live in one `Vec` and refer to
//! each other by index, so walks are iterative loops over indices (wasm has a 1 MiB stack) and no
//! stage depends on html5ever's or rcdom's types (only `parse` sees those).

use std::cell::Cell;

/// Index of a node in its [`Dom`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

impl NodeId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// An element's tag and attributes. Tag and attribute names are ASCII-lowercase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element {
    pub tag: String,
    pub attrs: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NodeKind {
    Document,
    Element(Element),
    Text(String),
}

#[derive(Debug, Clone)]
pub struct Node {
    pub parent: Option<NodeId>,
    pub children: Vec<NodeId>,
    pub kind: NodeKind,
    /// Non-whitespace characters of a text node's text (0 for other nodes), counted once when the
    /// text is set: every scoring stage sums text lengths over the tree, several times per retry
    /// rung, and recounting characters each time was the largest cost after parsing.
    text_chars: u32,
}

/// The whole page. Detached nodes stay in the arena but are unreachable from `root`.
#[derive(Debug, Clone)]
pub struct Dom {
    nodes: Vec<Node>,
    root: NodeId,
    /// Work units left for walks over this page (`limits.maxWork`). Every step of a
    /// [`Dom::descendants`] or [`Dom::ancestors`] walk spends one; once none are left, every walk
    /// ends at once, so whatever a stage does per node, it finishes quickly, and the pipeline
    /// reports [`crate::CleanError::WorkLimit`] at the next stage boundary. Metering the two walks
    /// every stage is built on covers the nested walks (a walk per node) that make work
    /// super-linear, without threading a counter through every function.
    work_left: Cell<u64>,
}

impl Default for Dom {
    fn default() -> Self {
        Self::new()
    }
}

impl Dom {
    /// An empty document.
    pub fn new() -> Dom {
        Dom {
            nodes: vec![Node {
                parent: None,
                children: Vec::new(),
                kind: NodeKind::Document,
                text_chars: 0,
            }],
            root: NodeId(0),
            work_left: Cell::new(u64::MAX),
        }
    }

    /// Sets the work units this page's walks may still spend.
    pub fn set_work_left(&self, units: u64) {
        self.work_left.set(units);
    }

    /// Work units not yet spent.
    pub fn work_left(&self) -> u64 {
        self.work_left.get()
    }

    /// Spends one unit of work; false (and nothing spent) when none is left.
    fn spend_work(&self) -> bool {
        let left = self.work_left.get();
        if left == 0 {
            return false;
        }
        self.work_left.set(left - 1);
        true
    }

    pub fn root(&self) -> NodeId {
        self.root
    }

    /// Number of nodes ever created (including detached ones).
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    fn push(&mut self, kind: NodeKind) -> NodeId {
        let id = NodeId(self.nodes.len() as u32);
        let text_chars = match &kind {
            NodeKind::Text(t) => count_text_chars(t),
            _ => 0,
        };
        self.nodes.push(Node {
            parent: None,
            children: Vec::new(),
            kind,
            text_chars,
        });
        id
    }

    pub fn create_element(&mut self, tag: &str, attrs: Vec<(String, String)>) -> NodeId {
        self.push(NodeKind::Element(Element {
            tag: tag.to_string(),
            attrs,
        }))
    }

    pub fn create_text(&mut self, text: &str) -> NodeId {
        self.push(NodeKind::Text(text.to_string()))
    }

    /// Appends `child` (which must be detached) as the last child of `parent`.
    pub fn append(&mut self, parent: NodeId, child: NodeId) {
        self.nodes[child.index()].parent = Some(parent);
        self.nodes[parent.index()].children.push(child);
    }

    /// Removes `id` from its parent. Its subtree stays intact and can be re-attached.
    pub fn detach(&mut self, id: NodeId) {
        if let Some(parent) = self.nodes[id.index()].parent.take() {
            self.nodes[parent.index()].children.retain(|&c| c != id);
        }
    }

    /// Detaches many nodes with one scan per affected parent (one by one, a parent with thousands of
    /// doomed children would be scanned thousands of times).
    pub fn detach_many(&mut self, ids: &[NodeId]) {
        // A flag per node instead of a hash set: faster, and no hashing code in the module.
        let mut doomed = vec![false; self.nodes.len()];
        for id in ids {
            doomed[id.index()] = true;
        }
        let mut parents: Vec<NodeId> = ids.iter().filter_map(|&id| self.parent(id)).collect();
        parents.sort_unstable();
        parents.dedup();
        for p in parents {
            self.nodes[p.index()]
                .children
                .retain(|c| !doomed[c.index()]);
        }
        for &id in ids {
            self.nodes[id.index()].parent = None;
        }
    }

    /// Puts each `new` node (detached) where its `old` node is, with one pass per affected parent
    /// ([`Dom::replace`] one by one scans the sibling list each time: a paragraph of n formulas
    /// would cost n²). An `old` node without a parent is left as it is.
    pub fn replace_many(&mut self, pairs: &[(NodeId, NodeId)]) {
        let mut by_old: Vec<Option<NodeId>> = vec![None; self.nodes.len()];
        let mut parents: Vec<NodeId> = Vec::new();
        for &(old, new) in pairs {
            if let Some(p) = self.nodes[old.index()].parent {
                by_old[old.index()] = Some(new);
                parents.push(p);
            }
        }
        parents.sort_unstable();
        parents.dedup();
        for p in parents {
            let mut children = std::mem::take(&mut self.nodes[p.index()].children);
            for c in children.iter_mut() {
                if let Some(new) = by_old[c.index()] {
                    self.nodes[c.index()].parent = None;
                    self.nodes[new.index()].parent = Some(p);
                    *c = new;
                }
            }
            self.nodes[p.index()].children = children;
        }
    }

    /// Detaches all children of `id` at once and returns them in order (one pass, where detaching
    /// them one by one would cost a scan of the sibling list each).
    pub fn take_children(&mut self, id: NodeId) -> Vec<NodeId> {
        let children = std::mem::take(&mut self.nodes[id.index()].children);
        for &c in &children {
            self.nodes[c.index()].parent = None;
        }
        children
    }

    /// Puts `new` (detached) where `old` is, detaching `old`.
    pub fn replace(&mut self, old: NodeId, new: NodeId) {
        let Some(parent) = self.nodes[old.index()].parent else {
            return;
        };
        if let Some(pos) = self.nodes[parent.index()]
            .children
            .iter()
            .position(|&c| c == old)
        {
            self.nodes[parent.index()].children[pos] = new;
            self.nodes[new.index()].parent = Some(parent);
            self.nodes[old.index()].parent = None;
        }
    }

    /// Changes an element's tag name (e.g. a `<div>` that holds only text becomes a `<p>`).
    pub fn rename(&mut self, id: NodeId, tag: &str) {
        if let NodeKind::Element(e) = &mut self.nodes[id.index()].kind {
            e.tag = tag.to_string();
        }
    }

    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        self.nodes[id.index()].parent
    }

    pub fn children(&self, id: NodeId) -> &[NodeId] {
        &self.nodes[id.index()].children
    }

    pub fn element(&self, id: NodeId) -> Option<&Element> {
        match &self.nodes[id.index()].kind {
            NodeKind::Element(e) => Some(e),
            _ => None,
        }
    }

    /// The element's lowercase tag name, or `None` for text and the document.
    pub fn tag(&self, id: NodeId) -> Option<&str> {
        self.element(id).map(|e| e.tag.as_str())
    }

    pub fn is_tag(&self, id: NodeId, tag: &str) -> bool {
        self.tag(id) == Some(tag)
    }

    /// The node's own text if it is a text node.
    pub fn text(&self, id: NodeId) -> Option<&str> {
        match &self.nodes[id.index()].kind {
            NodeKind::Text(t) => Some(t),
            _ => None,
        }
    }

    /// Replaces a text node's text (a no-op on other nodes).
    pub fn set_text(&mut self, id: NodeId, text: &str) {
        let node = &mut self.nodes[id.index()];
        if let NodeKind::Text(t) = &mut node.kind {
            *t = text.to_string();
            node.text_chars = count_text_chars(text);
        }
    }

    /// Appends to a text node's text (a no-op on other nodes).
    pub fn append_text(&mut self, id: NodeId, more: &str) {
        let node = &mut self.nodes[id.index()];
        if let NodeKind::Text(t) = &mut node.kind {
            t.push_str(more);
            node.text_chars = node.text_chars.saturating_add(count_text_chars(more));
        }
    }

    pub fn attr(&self, id: NodeId, name: &str) -> Option<&str> {
        self.element(id)?
            .attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn attrs(&self, id: NodeId) -> &[(String, String)] {
        match &self.nodes[id.index()].kind {
            NodeKind::Element(e) => &e.attrs,
            _ => &[],
        }
    }

    pub fn set_attr(&mut self, id: NodeId, name: &str, value: &str) {
        if let NodeKind::Element(e) = &mut self.nodes[id.index()].kind {
            match e.attrs.iter_mut().find(|(k, _)| k == name) {
                Some(slot) => slot.1 = value.to_string(),
                None => e.attrs.push((name.to_string(), value.to_string())),
            }
        }
    }

    pub fn remove_attr(&mut self, id: NodeId, name: &str) {
        if let NodeKind::Element(e) = &mut self.nodes[id.index()].kind {
            e.attrs.retain(|(k, _)| k != name);
        }
    }

    /// All nodes below `id` (not `id` itself) in document order, without recursion.
    pub fn descendants(&self, id: NodeId) -> Descendants<'_> {
        let mut stack: Vec<NodeId> = self.children(id).to_vec();
        stack.reverse();
        Descendants { dom: self, stack }
    }

    /// Elements below `id` in document order.
    pub fn descendant_elements(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.descendants(id).filter(|&n| self.element(n).is_some())
    }

    /// Elements below `id` with the given tag, in document order.
    pub fn find_tags<'a>(&'a self, id: NodeId, tag: &'a str) -> impl Iterator<Item = NodeId> + 'a {
        self.descendants(id).filter(move |&n| self.is_tag(n, tag))
    }

    /// The parent chain of `id`, nearest first (not including `id`).
    pub fn ancestors(&self, id: NodeId) -> Ancestors<'_> {
        Ancestors {
            dom: self,
            next: self.parent(id),
        }
    }

    /// True when `id` is still reachable from the document root.
    pub fn is_attached(&self, id: NodeId) -> bool {
        id == self.root || self.ancestors(id).any(|a| a == self.root)
    }

    /// True when `ancestor` is `id` or one of its ancestors.
    pub fn contains(&self, ancestor: NodeId, id: NodeId) -> bool {
        id == ancestor || self.ancestors(id).any(|a| a == ancestor)
    }

    /// Concatenated text of the subtree, as in the DOM's `textContent`.
    pub fn text_content(&self, id: NodeId) -> String {
        let mut out = String::new();
        if let Some(t) = self.text(id) {
            out.push_str(t);
        }
        for n in self.descendants(id) {
            if let Some(t) = self.text(n) {
                out.push_str(t);
            }
        }
        out
    }

    /// Text of the subtree with whitespace runs folded to one space and trimmed.
    pub fn normalized_text(&self, id: NodeId) -> String {
        collapse_whitespace(&self.text_content(id))
    }

    /// Number of non-whitespace characters in the subtree's text.
    pub fn text_len(&self, id: NodeId) -> usize {
        std::iter::once(id)
            .chain(self.descendants(id))
            .map(|n| self.nodes[n.index()].text_chars as usize)
            .sum()
    }

    /// The first element child with the given tag.
    pub fn child_tag(&self, id: NodeId, tag: &str) -> Option<NodeId> {
        self.children(id)
            .iter()
            .copied()
            .find(|&c| self.is_tag(c, tag))
    }

    /// The element children with the given tag, in order (a list's `<li>` items).
    pub fn child_tags<'a>(&'a self, id: NodeId, tag: &'a str) -> impl Iterator<Item = NodeId> + 'a {
        self.children(id)
            .iter()
            .copied()
            .filter(move |&c| self.is_tag(c, tag))
    }

    /// The `<html>`, `<head>` and `<body>` elements, when present.
    pub fn html_element(&self) -> Option<NodeId> {
        self.child_tag(self.root, "html")
    }

    #[cfg(test)]
    pub fn head(&self) -> Option<NodeId> {
        self.html_element().and_then(|h| self.child_tag(h, "head"))
    }

    pub fn body(&self) -> Option<NodeId> {
        self.html_element().and_then(|h| self.child_tag(h, "body"))
    }

    /// For every node under `id` (and `id` itself), a value summed over its subtree, where `own`
    /// gives each node's own contribution. One pass in reverse document order, no recursion; the
    /// result is indexed by `NodeId::index()` (nodes outside the subtree get 0).
    pub fn subtree_sums(&self, id: NodeId, own: impl Fn(&Dom, NodeId) -> usize) -> Vec<usize> {
        let mut sums = vec![0usize; self.nodes.len()];
        let order: Vec<NodeId> = std::iter::once(id).chain(self.descendants(id)).collect();
        for &n in order.iter().rev() {
            let total = own(self, n)
                + self
                    .children(n)
                    .iter()
                    .map(|c| sums[c.index()])
                    .sum::<usize>();
            sums[n.index()] = total;
        }
        sums
    }

    /// Non-whitespace characters of text below every node (see [`Dom::subtree_sums`]).
    pub fn text_lengths(&self, id: NodeId) -> Vec<usize> {
        self.subtree_sums(id, |dom, n| dom.nodes[n.index()].text_chars as usize)
    }

    /// Depth of `id` below the root.
    #[cfg(test)]
    pub fn depth(&self, id: NodeId) -> usize {
        self.ancestors(id).count()
    }
}

/// Non-whitespace characters in `text`, saturating (a text node over 4 G characters cannot be
/// parsed within the input limit anyway).
fn count_text_chars(text: &str) -> u32 {
    // ASCII text (most of most pages) is counted by bytes; `char::is_whitespace` on ASCII is
    // exactly space and \t..=\r.
    let n = if text.is_ascii() {
        text.bytes()
            .filter(|b| !matches!(b, b' ' | b'\t'..=b'\r'))
            .count()
    } else {
        text.chars().filter(|c| !c.is_whitespace()).count()
    };
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A set of nodes of one page: a flag per node, so membership is one index, with no hashing.
pub struct NodeFlags(Vec<bool>);

impl NodeFlags {
    pub fn new(dom: &Dom) -> NodeFlags {
        NodeFlags(vec![false; dom.len()])
    }

    pub fn insert(&mut self, id: NodeId) {
        if let Some(flag) = self.0.get_mut(id.index()) {
            *flag = true;
        }
    }

    pub fn contains(&self, id: NodeId) -> bool {
        self.0.get(id.index()) == Some(&true)
    }
}

/// Iterator behind [`Dom::descendants`].
pub struct Descendants<'a> {
    dom: &'a Dom,
    stack: Vec<NodeId>,
}

impl Descendants<'_> {
    /// Do not descend into the children of the node just returned.
    pub fn skip_children_of(&mut self, id: NodeId) {
        let n = self.dom.children(id).len();
        for _ in 0..n {
            match self.stack.last() {
                Some(&top) if self.dom.parent(top) == Some(id) => {
                    self.stack.pop();
                }
                _ => break,
            }
        }
    }
}

impl Iterator for Descendants<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let id = self.stack.pop()?;
        if !self.dom.spend_work() {
            self.stack.clear();
            return None;
        }
        self.stack
            .extend(self.dom.children(id).iter().rev().copied());
        Some(id)
    }
}

/// Iterator behind [`Dom::ancestors`].
pub struct Ancestors<'a> {
    dom: &'a Dom,
    next: Option<NodeId>,
}

impl Iterator for Ancestors<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let id = self.next?;
        if !self.dom.spend_work() {
            self.next = None;
            return None;
        }
        self.next = self.dom.parent(id);
        Some(id)
    }
}

/// Folds every whitespace run to one space and trims the ends.
pub fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
        } else {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> (Dom, NodeId, NodeId, NodeId) {
        let mut dom = Dom::new();
        let div = dom.create_element("div", vec![("class".into(), "A b".into())]);
        let p = dom.create_element("p", vec![]);
        let t = dom.create_text("  hello   world ");
        dom.append(dom.root(), div);
        dom.append(div, p);
        dom.append(p, t);
        (dom, div, p, t)
    }

    #[test]
    fn descendants_walk_in_document_order() {
        let (dom, div, p, t) = sample();
        assert_eq!(
            dom.descendants(dom.root()).collect::<Vec<_>>(),
            vec![div, p, t]
        );
    }

    #[test]
    fn text_is_collapsed_and_counted_without_spaces() {
        let (dom, div, _, _) = sample();
        assert_eq!(dom.normalized_text(div), "hello world");
        assert_eq!(dom.text_len(div), 10);
        assert_eq!(crate::measure::ClassNames::of(&dom, div).joined(), "a b");
    }

    #[test]
    fn deep_chains_do_not_recurse() {
        let mut dom = Dom::new();
        let mut cur = dom.root();
        for _ in 0..200_000 {
            let e = dom.create_element("div", vec![]);
            dom.append(cur, e);
            cur = e;
        }
        let t = dom.create_text("x");
        dom.append(cur, t);
        assert_eq!(dom.text_content(dom.root()), "x");
        assert_eq!(dom.depth(t), 200_001);
    }
}
