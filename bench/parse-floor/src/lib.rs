//! `parse(html) -> element count`: html5ever's tree builder into an RcDom, like articlean's parse
//! stage with scripting off. The count is returned so the optimiser cannot drop the tree, and walked
//! iteratively (wasm's 1 MiB stack) so deep pages cannot crash the benchmark.

use html5ever::tendril::TendrilSink;
use html5ever::tree_builder::TreeBuilderOpts;
use html5ever::{parse_document, ParseOpts};
use markup5ever_rcdom::{NodeData, RcDom};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub fn parse(html: &str) -> u32 {
    let opts = ParseOpts {
        tree_builder: TreeBuilderOpts {
            scripting_enabled: false,
            ..TreeBuilderOpts::default()
        },
        ..ParseOpts::default()
    };
    let dom = parse_document(RcDom::default(), opts).one(html);
    let mut elements = 0u32;
    let mut stack = vec![dom.document.clone()];
    while let Some(node) = stack.pop() {
        if matches!(node.data, NodeData::Element { .. }) {
            elements += 1;
        }
        stack.extend(node.children.borrow().iter().cloned());
    }
    elements
}
