//! TEMPORARY stand-in (replaced by the metadata branch).
use crate::dom::{Dom, NodeId};

#[derive(Debug, Clone, Default)]
pub struct Metadata {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub published_time: Option<String>,
    pub modified_time: Option<String>,
    pub site_name: Option<String>,
    pub lang: Option<String>,
    pub dir: Option<String>,
    pub excerpt: Option<String>,
    pub canonical_url: Option<String>,
    pub lead_image: Option<String>,
    pub article_body: Option<String>,
    pub byline_nodes: Vec<NodeId>,
}

pub fn extract(dom: &Dom, _base_url: Option<&url::Url>) -> Metadata {
    let title = dom
        .find_tags(dom.root(), "title")
        .next()
        .map(|t| dom.normalized_text(t));
    Metadata {
        title,
        ..Metadata::default()
    }
}
