//! `stripTracking`: removes click-tracking query parameters from link addresses before the article
//! is written, so copied or saved articles do not carry campaign and click identifiers. Only the
//! query string changes; the path and the `#fragment` (in-page anchors) are kept as written.

use crate::dom::Dom;
use crate::rules::tracking::TRACKING_PARAMS;

fn is_tracking_param(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    name.starts_with("utm_") || TRACKING_PARAMS.contains(&name.as_str())
}

/// Rewrites the `href` of every link in the page without its tracking parameters.
pub fn strip_tracking_from_links(dom: &mut Dom) {
    let links: Vec<_> = dom.find_tags(dom.root(), "a").collect();
    for a in links {
        let Some(href) = dom.attr(a, "href") else {
            continue;
        };
        let stripped = strip_tracking(href);
        if stripped != href {
            dom.set_attr(a, "href", &stripped);
        }
    }
}

/// The address without tracking parameters; unchanged when it has none.
pub fn strip_tracking(href: &str) -> String {
    let (before_fragment, fragment) = match href.find('#') {
        Some(i) => (href.get(..i).unwrap_or(href), href.get(i..).unwrap_or("")),
        None => (href, ""),
    };
    let Some((path, query)) = before_fragment.split_once('?') else {
        return href.to_string();
    };
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| {
            let name = pair.split('=').next().unwrap_or("");
            !pair.is_empty() && !is_tracking_param(name)
        })
        .collect();
    if kept.len() == query.split('&').filter(|p| !p.is_empty()).count() {
        return href.to_string();
    }
    let mut out = String::from(path);
    for (i, pair) in kept.iter().enumerate() {
        out.push(if i == 0 { '?' } else { '&' });
        out.push_str(pair);
    }
    out.push_str(fragment);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn campaign_and_click_ids_go_other_parameters_and_anchors_stay() {
        assert_eq!(
            strip_tracking("https://x.test/a?id=7&utm_source=nl&UTM_Medium=mail&fbclid=abc#part-2"),
            "https://x.test/a?id=7#part-2"
        );
        assert_eq!(strip_tracking("/story?gclid=1&mc_cid=2&mc_eid=3"), "/story");
        assert_eq!(strip_tracking("#notes"), "#notes");
        // A parameter that merely contains a tracking word is a real parameter.
        assert_eq!(
            strip_tracking("https://x.test/?q=utm_source&page=2"),
            "https://x.test/?q=utm_source&page=2"
        );
    }
}
