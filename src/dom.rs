//! A small arena DOM that every stage after parsing works on. Nodes live in one `Vec` and refer to
//! each other by index, so walks are iterative loops over indices (wasm has a 1 MiB stack) and no
//! stage depends on html5ever's types (only `parse` sees those).
//!
//! The layout is compact, because a page's DOM is most of the memory a clean needs and walking it
//! is most of the time: a node is 48 bytes with no allocation of its own but its child list; tag
//! and attribute names are interned once per page; every text and attribute value lives in one
//! buffer per page, a node holding a range of it. Changing a text or an attribute writes the new
//! value at the end of its buffer (the old bytes stay unused until the page is done), so a stage
//! that rewrites many texts grows the buffer by what it writes, never more.
//!
//! The accessors every walk calls per node are `#[inline(always)]`: the WebAssembly module is
//! optimised for size (`opt-level = "z"`), where LLVM otherwise leaves each one a call.

use std::cell::Cell;
use std::collections::BTreeMap;

/// Index of a node in its [`Dom`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

impl NodeId {
    #[inline(always)]
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// No parent: a detached node or the document.
const NO_PARENT: u32 = u32::MAX;

/// A range of one of the page's buffers.
#[derive(Debug, Clone, Copy, Default)]
struct Span {
    start: u32,
    len: u32,
}

impl Span {
    #[inline(always)]
    fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.start as usize + self.len as usize
    }
}

/// One attribute: an interned name and its value in the page's attribute buffer.
#[derive(Debug, Clone, Copy)]
struct Attr {
    name: u32,
    value: Span,
}

#[derive(Debug, Clone, Copy)]
enum NodeKind {
    Document,
    /// An interned tag name and the element's attributes, a run of `Dom::attrs`.
    Element {
        tag: u32,
        attrs: Span,
    },
    /// A range of `Dom::text`, and the bytes after it reserved for this node's text to grow into
    /// (see [`Dom::append_text`]).
    Text {
        span: Span,
        room: u32,
    },
}

#[derive(Debug, Clone)]
struct Node {
    parent: u32,
    /// Non-whitespace characters of a text node's text (0 for other nodes), counted once when the
    /// text is set: every scoring stage sums text lengths over the tree, several times per retry
    /// rung, and recounting characters each time was the largest cost after parsing.
    text_chars: u32,
    children: Vec<NodeId>,
    kind: NodeKind,
}

impl Node {
    fn new(kind: NodeKind, text_chars: u32) -> Node {
        Node {
            parent: NO_PARENT,
            text_chars,
            children: Vec::new(),
            kind,
        }
    }
}

/// Tag and attribute names, each stored once per page (a page repeats a few dozen names
/// thousands of times). Names are ASCII-lowercase.
#[derive(Debug, Clone, Default)]
struct Names {
    list: Vec<Box<str>>,
    index: BTreeMap<Box<str>, u32>,
}

impl Names {
    fn intern(&mut self, name: &str) -> u32 {
        if let Some(&id) = self.index.get(name) {
            return id;
        }
        let id = self.list.len() as u32;
        self.list.push(name.into());
        self.index.insert(name.into(), id);
        id
    }

    #[inline(always)]
    fn get(&self, id: u32) -> &str {
        &self.list[id as usize]
    }
}

/// The whole page. Detached nodes stay in the arena but are unreachable from `root`.
#[derive(Debug, Clone)]
pub struct Dom {
    nodes: Vec<Node>,
    root: NodeId,
    names: Names,
    /// Every text node's text, back to back.
    text: String,
    /// Every element's attributes, each element's a run.
    attrs: Vec<Attr>,
    /// Every attribute value, back to back.
    attr_values: String,
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

/// Makes room in `vec` for one more item, growing by half its length when full instead of
/// doubling it. The arena and its buffers grow with the page, and while one grows the old and the
/// new array are both held: at half growth that moment costs 2.5 times the contents, not 3, and the
/// unused room left after it at most half, not all, of them. The copying stays amortised linear.
pub(crate) fn make_room<T>(vec: &mut Vec<T>) {
    if vec.len() == vec.capacity() {
        vec.reserve_exact((vec.len() / 2).max(16));
    }
}

/// The capacity a parsed page's arena and buffers keep: their contents and a sixteenth more for
/// what the stages add (paragraph wrappers, rewritten constructs), so that rarely grows them.
fn with_room(len: usize) -> usize {
    len + len / 16 + 64
}

/// [`make_room`] for `bytes` more bytes of a text buffer.
fn make_text_room(buffer: &mut String, bytes: usize) {
    if buffer.capacity() - buffer.len() < bytes {
        buffer.reserve_exact((buffer.len() / 2).max(bytes).max(256));
    }
}

/// Appends `value` to `buffer` and returns its span. A buffer never outgrows `u32` ranges: the
/// input limit keeps a page far below that, and a value that would not fit is stored empty.
fn push_span(buffer: &mut String, value: &str) -> Span {
    let start = buffer.len();
    match (u32::try_from(start), u32::try_from(start + value.len())) {
        (Ok(start), Ok(_)) => {
            make_text_room(buffer, value.len());
            buffer.push_str(value);
            Span {
                start,
                len: value.len() as u32,
            }
        }
        _ => Span::default(),
    }
}

impl Dom {
    /// An empty document.
    pub fn new() -> Dom {
        Dom {
            nodes: vec![Node::new(NodeKind::Document, 0)],
            root: NodeId(0),
            names: Names::default(),
            text: String::new(),
            attrs: Vec::new(),
            attr_values: String::new(),
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
    #[inline(always)]
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

    /// Heap bytes this page's tree holds (allocated capacity: nodes, child lists, names, texts,
    /// attributes; the name index counted at its entries' size).
    pub fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        let children: usize = self
            .nodes
            .iter()
            .map(|n| n.children.capacity() * size_of::<NodeId>())
            .sum();
        let names: usize = self.names.list.iter().map(|n| 2 * n.len()).sum::<usize>()
            + self.names.list.capacity() * size_of::<Box<str>>()
            + self.names.list.len() * (size_of::<Box<str>>() + size_of::<u32>());
        self.nodes.capacity() * size_of::<Node>()
            + children
            + names
            + self.text.capacity()
            + self.attrs.capacity() * size_of::<Attr>()
            + self.attr_values.capacity()
    }

    /// Number of nodes ever created (including detached ones).
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    fn push(&mut self, kind: NodeKind, text_chars: u32) -> NodeId {
        let id = NodeId(self.nodes.len() as u32);
        make_room(&mut self.nodes);
        self.nodes.push(Node::new(kind, text_chars));
        id
    }

    pub fn create_element(&mut self, tag: &str, attrs: Vec<(String, String)>) -> NodeId {
        self.create_element_from(tag, attrs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    /// [`Dom::create_element`] from borrowed names and values (the parser's, copied once).
    /// Names must be ASCII-lowercase.
    pub fn create_element_from<'a>(
        &mut self,
        tag: &str,
        attrs: impl Iterator<Item = (&'a str, &'a str)>,
    ) -> NodeId {
        let tag = self.names.intern(tag);
        let start = self.attrs.len();
        for (name, value) in attrs {
            let name = self.names.intern(name);
            let value = push_span(&mut self.attr_values, value);
            make_room(&mut self.attrs);
            self.attrs.push(Attr { name, value });
        }
        let attrs = Span {
            start: start as u32,
            len: (self.attrs.len() - start) as u32,
        };
        self.push(NodeKind::Element { tag, attrs }, 0)
    }

    pub fn create_text(&mut self, text: &str) -> NodeId {
        let span = push_span(&mut self.text, text);
        self.push(NodeKind::Text { span, room: 0 }, count_text_chars(text))
    }

    /// A node outside the document that collects what the parser builds but nobody reads
    /// (`<template>` contents, comments); never attached.
    pub fn create_fragment(&mut self) -> NodeId {
        self.push(NodeKind::Document, 0)
    }

    /// The parent of `id` and `id`'s index among its children, searched from the back (where the
    /// parser's insertions and removals nearly always are).
    pub fn parent_and_index_from_back(&self, id: NodeId) -> Option<(NodeId, usize)> {
        let parent = self.parent(id)?;
        let index = self.children(parent).iter().rposition(|&c| c == id)?;
        Some((parent, index))
    }

    /// Detaches the child at `index` of `parent`.
    pub fn remove_child_at(&mut self, parent: NodeId, index: usize) {
        let child = self.nodes[parent.index()].children.remove(index);
        self.nodes[child.index()].parent = NO_PARENT;
    }

    /// Inserts `child` (which must be detached) at `index` among `parent`'s children.
    pub fn insert_child_at(&mut self, parent: NodeId, index: usize, child: NodeId) {
        let children = &mut self.nodes[parent.index()].children;
        let index = index.min(children.len());
        children.insert(index, child);
        self.nodes[child.index()].parent = parent.0;
    }

    /// Finishes a parsed page in place: elements nested `max_depth` deep are kept, empty, with
    /// their content attached beside them at that depth (as browsers cap nesting), so later walks
    /// stay shallow; text nodes that end up adjacent are merged; then the nodes reachable from the
    /// root are renumbered in document order and the rest (comments, template contents, moved-out
    /// text) dropped, so walks read the arena front to back. No second arena is built: the nodes
    /// are permuted where they are. `Err` with the node count when there are more than
    /// `max_nodes`.
    pub fn finish_parse(&mut self, max_depth: usize, max_nodes: usize) -> Result<(), usize> {
        self.cap_depth_and_merge_text(max_depth);
        let order: Vec<NodeId> = std::iter::once(self.root)
            .chain(self.descendants(self.root))
            .collect();
        if order.len() > max_nodes {
            return Err(order.len());
        }
        let reachable = order.len();
        let mut new_of_old = vec![u32::MAX; self.nodes.len()];
        for (new, old) in order.into_iter().enumerate() {
            new_of_old[old.index()] = new as u32;
        }
        let unreachable = new_of_old.iter_mut().filter(|s| **s == u32::MAX);
        for (next, slot) in (reachable as u32..).zip(unreachable) {
            *slot = next;
        }
        // Apply the permutation by following its cycles: each swap puts one node in its place.
        let map = new_of_old.clone();
        for i in 0..self.nodes.len() {
            loop {
                let target = new_of_old[i] as usize;
                if target == i {
                    break;
                }
                self.nodes.swap(i, target);
                new_of_old.swap(i, target);
            }
        }
        self.nodes.truncate(reachable);
        // The arena and buffers grew by half while parsing; what they will not need is given back
        // (in place: shrinking never copies), keeping room for what the stages add.
        self.nodes.shrink_to(with_room(reachable));
        self.text.shrink_to(with_room(self.text.len()));
        self.attrs.shrink_to(with_room(self.attrs.len()));
        self.attr_values
            .shrink_to(with_room(self.attr_values.len()));
        for node in &mut self.nodes {
            if node.parent != NO_PARENT {
                node.parent = map[node.parent as usize];
            }
            for c in &mut node.children {
                *c = NodeId(map[c.index()]);
            }
        }
        self.root = NodeId(map[self.root.index()]);
        Ok(())
    }

    /// The first half of [`Dom::finish_parse`]: one walk that flattens what lies below the depth
    /// cap and merges adjacent text children.
    fn cap_depth_and_merge_text(&mut self, max_depth: usize) {
        // (node, depth of its children); root's children are at depth 0.
        let mut stack: Vec<(NodeId, usize)> = vec![(self.root, 0)];
        while let Some((parent, child_depth)) = stack.pop() {
            let capped = child_depth + 1 >= max_depth;
            if capped
                && self
                    .children(parent)
                    .iter()
                    .any(|&c| !self.children(c).is_empty())
            {
                let children = std::mem::take(&mut self.nodes[parent.index()].children);
                let mut flat = Vec::with_capacity(children.len());
                let mut pending: Vec<NodeId> = children.into_iter().rev().collect();
                while let Some(n) = pending.pop() {
                    flat.push(n);
                    self.nodes[n.index()].parent = parent.0;
                    let below = std::mem::take(&mut self.nodes[n.index()].children);
                    pending.extend(below.into_iter().rev());
                }
                self.nodes[parent.index()].children = flat;
            }
            self.merge_adjacent_text(parent);
            if !capped {
                for &c in &self.nodes[parent.index()].children {
                    if !self.nodes[c.index()].children.is_empty() {
                        stack.push((c, child_depth + 1));
                    }
                }
            }
        }
    }

    /// Merges each run of adjacent text children of `parent` into its first node.
    fn merge_adjacent_text(&mut self, parent: NodeId) {
        let children = &self.nodes[parent.index()].children;
        let adjacent = children
            .windows(2)
            .any(|w| self.text_span(w[0]).is_some() && self.text_span(w[1]).is_some());
        if !adjacent {
            return;
        }
        let children = std::mem::take(&mut self.nodes[parent.index()].children);
        let mut kept: Vec<NodeId> = Vec::with_capacity(children.len());
        for c in children {
            match (kept.last().copied(), self.text_span(c)) {
                (Some(last), Some(span)) if self.text_span(last).is_some() => {
                    let chars = self.nodes[c.index()].text_chars;
                    self.extend_text_span(last, span, chars);
                    self.nodes[c.index()].parent = NO_PARENT;
                }
                _ => kept.push(c),
            }
        }
        self.nodes[parent.index()].children = kept;
    }

    /// Appends the text at `span` (of this page's text buffer) to text node `id`.
    fn extend_text_span(&mut self, id: NodeId, span: Span, text_chars: u32) {
        let more = self.text[span.range()].to_string();
        self.grow_text(id, &more, text_chars);
    }

    /// Appends `child` (which must be detached) as the last child of `parent`.
    pub fn append(&mut self, parent: NodeId, child: NodeId) {
        self.nodes[child.index()].parent = parent.0;
        self.nodes[parent.index()].children.push(child);
    }

    /// Removes `id` from its parent. Its subtree stays intact and can be re-attached.
    pub fn detach(&mut self, id: NodeId) {
        let parent = std::mem::replace(&mut self.nodes[id.index()].parent, NO_PARENT);
        if parent != NO_PARENT {
            self.nodes[parent as usize].children.retain(|&c| c != id);
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
            self.nodes[id.index()].parent = NO_PARENT;
        }
    }

    /// Puts each `new` node (detached) where its `old` node is, with one pass per affected parent
    /// ([`Dom::replace`] one by one scans the sibling list each time: a paragraph of n formulas
    /// would cost n²). An `old` node without a parent is left as it is.
    pub fn replace_many(&mut self, pairs: &[(NodeId, NodeId)]) {
        let mut by_old: Vec<Option<NodeId>> = vec![None; self.nodes.len()];
        let mut parents: Vec<NodeId> = Vec::new();
        for &(old, new) in pairs {
            if let Some(p) = self.parent(old) {
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
                    self.nodes[c.index()].parent = NO_PARENT;
                    self.nodes[new.index()].parent = p.0;
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
            self.nodes[c.index()].parent = NO_PARENT;
        }
        children
    }

    /// Puts `new` (detached) where `old` is, detaching `old`.
    pub fn replace(&mut self, old: NodeId, new: NodeId) {
        let Some(parent) = self.parent(old) else {
            return;
        };
        if let Some(pos) = self.nodes[parent.index()]
            .children
            .iter()
            .position(|&c| c == old)
        {
            self.nodes[parent.index()].children[pos] = new;
            self.nodes[new.index()].parent = parent.0;
            self.nodes[old.index()].parent = NO_PARENT;
        }
    }

    /// Changes an element's tag name (e.g. a `<div>` that holds only text becomes a `<p>`).
    pub fn rename(&mut self, id: NodeId, tag: &str) {
        if let NodeKind::Element { .. } = self.nodes[id.index()].kind {
            let new_tag = self.names.intern(tag);
            if let NodeKind::Element { tag, .. } = &mut self.nodes[id.index()].kind {
                *tag = new_tag;
            }
        }
    }

    #[inline(always)]
    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        match self.nodes[id.index()].parent {
            NO_PARENT => None,
            p => Some(NodeId(p)),
        }
    }

    #[inline(always)]
    pub fn children(&self, id: NodeId) -> &[NodeId] {
        &self.nodes[id.index()].children
    }

    /// True for elements (not text, not the document).
    #[inline(always)]
    pub fn is_element(&self, id: NodeId) -> bool {
        matches!(self.nodes[id.index()].kind, NodeKind::Element { .. })
    }

    /// The number the page's name table gives an element's tag: equal numbers, equal tags. For
    /// tables keyed by tag, such as the tree sink's. (Other nodes get 0, also some tag's number.)
    pub fn tag_key(&self, id: NodeId) -> u32 {
        match self.nodes[id.index()].kind {
            NodeKind::Element { tag, .. } => tag,
            _ => 0,
        }
    }

    /// The element's lowercase tag name, or `None` for text and the document.
    #[inline(always)]
    pub fn tag(&self, id: NodeId) -> Option<&str> {
        match self.nodes[id.index()].kind {
            NodeKind::Element { tag, .. } => Some(self.names.get(tag)),
            _ => None,
        }
    }

    pub fn is_tag(&self, id: NodeId, tag: &str) -> bool {
        self.tag(id) == Some(tag)
    }

    #[inline(always)]
    fn text_span(&self, id: NodeId) -> Option<Span> {
        match self.nodes[id.index()].kind {
            NodeKind::Text { span, .. } => Some(span),
            _ => None,
        }
    }

    /// The node's own text if it is a text node.
    #[inline(always)]
    pub fn text(&self, id: NodeId) -> Option<&str> {
        self.text_span(id).map(|span| &self.text[span.range()])
    }

    /// Replaces a text node's text (a no-op on other nodes).
    pub fn set_text(&mut self, id: NodeId, text: &str) {
        if self.text_span(id).is_some() {
            let span = push_span(&mut self.text, text);
            let node = &mut self.nodes[id.index()];
            node.kind = NodeKind::Text { span, room: 0 };
            node.text_chars = count_text_chars(text);
        }
    }

    /// Appends to a text node's text (a no-op on other nodes).
    pub fn append_text(&mut self, id: NodeId, more: &str) {
        self.grow_text(id, more, count_text_chars(more));
    }

    /// [`Dom::append_text`] with the added text's characters counted. The text grows where it is
    /// when it is the last in the buffer (as it always is while the parser builds a run of text)
    /// or has room reserved after it; otherwise it moves to the end with as much room again, so a
    /// text that keeps growing while others are written after it (text foster-parented before a
    /// table, between its cells) costs amortised linear time, not a copy per piece.
    fn grow_text(&mut self, id: NodeId, more: &str, more_chars: u32) {
        let NodeKind::Text { span, room } = self.nodes[id.index()].kind else {
            return;
        };
        let end = span.start as usize + span.len as usize;
        let grown = span.len as usize + more.len();
        let (span, room) = if end == self.text.len() {
            let added = push_span(&mut self.text, more);
            (
                Span {
                    start: span.start,
                    len: span.len + added.len,
                },
                0,
            )
        } else if more.len() <= room as usize {
            // The room holds ASCII spaces, so any byte range of it is a character boundary.
            self.text.replace_range(end..end + more.len(), more);
            (
                Span {
                    start: span.start,
                    len: grown as u32,
                },
                room - more.len() as u32,
            )
        } else {
            let start = self.text.len();
            if u32::try_from(start + 2 * grown).is_err() {
                return;
            }
            // (`String::extend_from_within` would save this copy; it is newer than the MSRV.)
            let own = self.text[span.range()].to_string();
            make_text_room(&mut self.text, 2 * grown);
            self.text.push_str(&own);
            self.text.push_str(more);
            self.text.extend(std::iter::repeat_n(' ', grown));
            (
                Span {
                    start: start as u32,
                    len: grown as u32,
                },
                grown as u32,
            )
        };
        let node = &mut self.nodes[id.index()];
        node.kind = NodeKind::Text { span, room };
        node.text_chars = node.text_chars.saturating_add(more_chars);
    }

    #[inline(always)]
    fn attr_run(&self, id: NodeId) -> &[Attr] {
        match self.nodes[id.index()].kind {
            NodeKind::Element { attrs, .. } => &self.attrs[attrs.range()],
            _ => &[],
        }
    }

    pub fn attr(&self, id: NodeId, name: &str) -> Option<&str> {
        // Comparing the few attributes' names as strings is cheaper than looking the name up in
        // the page's index first (rules ask for a handful of names, on every element).
        self.attr_run(id)
            .iter()
            .find(|a| self.names.get(a.name) == name)
            .map(|a| &self.attr_values[a.value.range()])
    }

    /// The element's attributes as (name, value) pairs, in page order.
    pub fn attrs(&self, id: NodeId) -> impl ExactSizeIterator<Item = (&str, &str)> + Clone + '_ {
        self.attr_run(id)
            .iter()
            .map(|a| (self.names.get(a.name), &self.attr_values[a.value.range()]))
    }

    /// Sets an attribute (a name written ASCII-lowercase). The element's attribute run moves to
    /// the end of the page's list unless it is there already.
    pub fn set_attr(&mut self, id: NodeId, name: &str, value: &str) {
        let NodeKind::Element { tag, attrs: run } = self.nodes[id.index()].kind else {
            return;
        };
        let name = self.names.intern(name);
        let value = push_span(&mut self.attr_values, value);
        if let Some(a) = self.attrs[run.range()].iter_mut().find(|a| a.name == name) {
            a.value = value;
            return;
        }
        let run = if run.start as usize + run.len as usize == self.attrs.len() {
            run
        } else {
            let start = self.attrs.len();
            self.attrs.extend_from_within(run.range());
            Span {
                start: start as u32,
                len: run.len,
            }
        };
        self.attrs.push(Attr { name, value });
        self.nodes[id.index()].kind = NodeKind::Element {
            tag,
            attrs: Span {
                start: run.start,
                len: run.len + 1,
            },
        };
    }

    pub fn remove_attr(&mut self, id: NodeId, name: &str) {
        let NodeKind::Element { tag, attrs: run } = self.nodes[id.index()].kind else {
            return;
        };
        let names = &self.names;
        let Some(at) = self.attrs[run.range()]
            .iter()
            .position(|a| names.get(a.name) == name)
        else {
            return;
        };
        // Shift the rest of the run down over it: the run shrinks where it is.
        let at = run.start as usize + at;
        self.attrs
            .copy_within(at + 1..run.start as usize + run.len as usize, at);
        self.nodes[id.index()].kind = NodeKind::Element {
            tag,
            attrs: Span {
                start: run.start,
                len: run.len - 1,
            },
        };
    }

    /// All nodes below `id` (not `id` itself) in document order, without recursion.
    pub fn descendants(&self, id: NodeId) -> Descendants<'_> {
        let mut stack: Vec<NodeId> = self.children(id).to_vec();
        stack.reverse();
        Descendants { dom: self, stack }
    }

    /// Elements below `id` in document order.
    pub fn descendant_elements(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.descendants(id).filter(|&n| self.is_element(n))
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
    push_collapsed(&mut out, s, &mut false);
    out
}

/// Appends `s` to `out` as [`collapse_whitespace`] would write it, for text that arrives in
/// pieces: `pending_space` carries a whitespace run from one piece to the next (start with false).
pub fn push_collapsed(out: &mut String, s: &str, pending_space: &mut bool) {
    for c in s.chars() {
        if c.is_whitespace() {
            *pending_space = !out.is_empty();
        } else {
            if *pending_space {
                out.push(' ');
                *pending_space = false;
            }
            out.push(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_collapses_the_same_in_pieces_as_whole() {
        let pieces = ["  Hello ", "", "\n\tworld", "!  ", " x", "y  "];
        let mut out = String::new();
        let mut pending = false;
        for p in pieces {
            push_collapsed(&mut out, p, &mut pending);
        }
        assert_eq!(out, collapse_whitespace(&pieces.concat()));
        assert_eq!(out, "Hello world! xy");
        // Every kind of whitespace folds, at the ends and inside.
        for (s, folded) in [
            ("", ""),
            (" ", ""),
            ("\u{3000}東京\u{3000}\u{3000}大阪\u{a0}", "東京 大阪"),
            ("\x0bx\x0cy\r\nz ", "x y z"),
            ("слово  слово\t", "слово слово"),
        ] {
            assert_eq!(collapse_whitespace(s), folded, "{s:?}");
        }
    }

    #[test]
    fn the_arena_grows_by_half_and_keeps_little_room_after_parsing() {
        let mut v: Vec<u32> = Vec::new();
        let mut capacities = Vec::new();
        for i in 0..10_000 {
            make_room(&mut v);
            v.push(i);
            if capacities.last() != Some(&v.capacity()) {
                capacities.push(v.capacity());
            }
        }
        for pair in capacities.windows(2).skip(1) {
            assert!(pair[1] <= pair[0] + pair[0] / 2 + 1, "{capacities:?}");
        }
        let html = "<p>a</p>".repeat(2000);
        let mut dom = crate::parse::parse_html(&html, &crate::options::Limits::default()).unwrap();
        let nodes = dom.len();
        assert!(dom.nodes.capacity() <= with_room(nodes));
        assert!(dom.text.capacity() <= with_room(dom.text.len()));
        // Nodes added later fit in the room kept.
        let extra = dom.create_text("later");
        assert!(extra.index() < dom.nodes.capacity());
        dom.append(dom.root(), extra);
    }

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
    fn a_text_growing_between_others_stays_whole_and_the_buffer_linear() {
        // Foster-parented text: one node keeps growing while new text nodes are written after it.
        let mut dom = Dom::new();
        let grower = dom.create_text("start");
        dom.append(dom.root(), grower);
        let mut expected = String::from("start");
        let mut others = Vec::new();
        for i in 0..2_000 {
            let other = dom.create_text(&format!("<{i}>"));
            others.push(other);
            dom.append_text(grower, " piece");
            expected.push_str(" piece");
        }
        assert_eq!(dom.text(grower), Some(expected.as_str()));
        for (i, &o) in others.iter().enumerate() {
            assert_eq!(dom.text(o), Some(format!("<{i}>").as_str()));
        }
        assert_eq!(dom.text_len(grower), 5 + 5 * 2_000);
        // Moved with as much room again each time it fills up: at most a few times its final size,
        // where a copy per piece would write ~12 MB.
        let others_len: usize = others.iter().map(|&o| dom.text(o).unwrap().len()).sum();
        assert!(
            dom.text.len() <= 4 * expected.len() + others_len,
            "{} bytes",
            dom.text.len()
        );
    }

    #[test]
    fn attributes_change_without_touching_other_elements() {
        let mut dom = Dom::new();
        let a = dom.create_element(
            "a",
            vec![("href".into(), "/x".into()), ("id".into(), "k".into())],
        );
        let b = dom.create_element("b", vec![("class".into(), "y".into())]);
        dom.set_attr(a, "title", "T");
        dom.set_attr(a, "href", "/z");
        dom.remove_attr(a, "id");
        let a_attrs: Vec<(&str, &str)> = dom.attrs(a).collect();
        assert_eq!(a_attrs, vec![("href", "/z"), ("title", "T")]);
        assert_eq!(dom.attrs(b).collect::<Vec<_>>(), vec![("class", "y")]);
        assert_eq!(dom.attr(a, "id"), None);
        dom.rename(b, "strong");
        assert_eq!(dom.tag(b), Some("strong"));
        assert_eq!(dom.tag(a), Some("a"));
    }

    #[test]
    fn finishing_a_parse_renumbers_in_document_order_and_drops_detached_nodes() {
        let mut dom = Dom::new();
        let late = dom.create_element("p", vec![]);
        let comment = dom.create_fragment();
        let first = dom.create_element("h1", vec![]);
        let t1 = dom.create_text("a");
        let t2 = dom.create_text("b");
        dom.append(dom.root(), first);
        dom.append(dom.root(), late);
        dom.append(late, t1);
        dom.append(late, t2);
        let _ = comment;
        dom.finish_parse(512, 1_000).unwrap();
        let order: Vec<NodeId> = dom.descendants(dom.root()).collect();
        assert_eq!(order, vec![NodeId(1), NodeId(2), NodeId(3)]);
        assert_eq!(
            dom.len(),
            4,
            "the fragment and the merged text node are gone"
        );
        assert_eq!(dom.tag(NodeId(1)), Some("h1"));
        assert_eq!(dom.text(NodeId(3)), Some("ab"), "adjacent texts merge");
        assert_eq!(dom.parent(NodeId(3)), Some(NodeId(2)));
        assert_eq!(dom.finish_parse(512, 2), Err(4));
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
