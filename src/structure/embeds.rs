//! Embedded players and posts into [`EMBED`] elements carrying the address of what they show:
//! an `<iframe>` player, a quoted post a script would turn into a card, a CodePen, a gist script.

use super::has_class;
use super::EMBED;
use crate::dom::{Dom, NodeId};
use crate::rules::embeds::{IFRAME_PLAYERS, PLAYER_TITLES, QUOTED_POSTS};
use crate::rules::images::LAZY_SRC_ATTRS;

struct Embed {
    node: NodeId,
    provider: &'static str,
    url: String,
    title: Option<String>,
}

pub(super) fn rewrite_embeds(dom: &mut Dom) {
    let mut found: Vec<Embed> = Vec::new();
    let mut walk = dom.descendants(dom.root());
    while let Some(id) = walk.next() {
        let embed = match dom.tag(id) {
            Some("head") => {
                walk.skip_children_of(id);
                continue;
            }
            Some("iframe") => iframe_embed(dom, id),
            Some("blockquote") => quoted_post(dom, id),
            Some("script") => gist(dom, id),
            Some("p" | "div") => code_pen(dom, id),
            _ => None,
        };
        if let Some(e) = embed {
            walk.skip_children_of(id);
            found.push(e);
        }
    }
    let mut pairs = Vec::with_capacity(found.len());
    for e in found {
        let mut attrs = vec![
            ("provider".to_string(), e.provider.to_string()),
            ("url".to_string(), e.url),
        ];
        if let Some(title) = e.title {
            attrs.push(("title".to_string(), title));
        }
        // The text the page shows for it (a quoted post's words; a player shows none): the
        // stages that weigh text see it, and `textContent` keeps it.
        let shown = dom.normalized_text(e.node);
        if !shown.is_empty() {
            attrs.push(("text".to_string(), shown.clone()));
        }
        let embed = dom.create_element(EMBED, attrs);
        if !shown.is_empty() {
            let text = dom.create_text(&shown);
            dom.append(embed, text);
        }
        pairs.push((e.node, embed));
    }
    dom.replace_many(&pairs);
}

/// An address without its query and fragment (tracking like `?ref_src=twsrc`, `?si=`).
fn without_query(url: &str) -> &str {
    url.split(['?', '#']).next().unwrap_or(url)
}

fn iframe_embed(dom: &Dom, id: NodeId) -> Option<Embed> {
    let src = std::iter::once("src")
        .chain(LAZY_SRC_ATTRS.iter().copied())
        .filter_map(|a| dom.attr(id, a))
        .find(|s| s.contains("://") || s.starts_with("//"))?;
    let title = dom
        .attr(id, "title")
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty() && !PLAYER_TITLES.contains(&t.to_lowercase().as_str()));
    let src = without_query(src);
    for &(provider, piece, home) in IFRAME_PLAYERS {
        if let Some((_, id_part)) = src.split_once(piece) {
            let content = id_part.trim_end_matches('/');
            if content.is_empty() {
                continue;
            }
            return Some(Embed {
                node: id,
                provider,
                url: format!("{home}{content}"),
                title,
            });
        }
    }
    // CodePen: codepen.io/<user>/embed/[preview/]<hash>.
    if let Some((user_part, pen)) = src
        .split_once("codepen.io/")
        .and_then(|(_, r)| r.split_once("/embed/"))
    {
        let hash = pen.trim_start_matches("preview/").trim_end_matches('/');
        return Some(Embed {
            node: id,
            provider: "codepen",
            url: format!("https://codepen.io/{user_part}/pen/{hash}"),
            title,
        });
    }
    // Mastodon: https://<server>/@<user>/<id>/embed on any server.
    if let Some(post) = src.strip_suffix("/embed") {
        if post.contains("/@") || has_class(dom, id, "mastodon-embed") {
            return Some(Embed {
                node: id,
                provider: "mastodon",
                url: post.to_string(),
                title,
            });
        }
    }
    None
}

/// A post quoted as a `<blockquote>` with its embed class: the address is the post's own link
/// (or the address the embed code names), the title its first paragraph.
fn quoted_post(dom: &Dom, id: NodeId) -> Option<Embed> {
    let &(provider, _, piece) = QUOTED_POSTS
        .iter()
        .find(|(_, class, _)| has_class(dom, id, class))?;
    let named = ["data-embed-url", "data-instgrm-permalink", "cite"]
        .iter()
        .find_map(|a| dom.attr(id, a))
        .map(|u| without_query(u).trim_end_matches("/embed"));
    let linked = dom
        .find_tags(id, "a")
        .filter_map(|a| dom.attr(a, "href"))
        .filter(|h| h.contains(piece))
        .last()
        .map(without_query);
    let url = named.or(linked)?.to_string();
    let title = dom
        .find_tags(id, "p")
        .next()
        .map(|p| dom.normalized_text(p))
        .filter(|t| !t.is_empty());
    Some(Embed {
        node: id,
        provider,
        url,
        title,
    })
}

/// A gist embedded by its script: `gist.github.com/<user>/<id>.js`.
fn gist(dom: &Dom, id: NodeId) -> Option<Embed> {
    let src = without_query(dom.attr(id, "src")?);
    let page = src.strip_suffix(".js")?;
    let path = page.split_once("gist.github.com/")?.1;
    let url = format!("https://gist.github.com/{path}");
    Some(Embed {
        node: id,
        provider: "gist",
        url,
        title: None,
    })
}

/// CodePen's embed code: `<p class="codepen" data-user="…" data-slug-hash="…">`, which its script
/// replaces with the pen.
fn code_pen(dom: &Dom, id: NodeId) -> Option<Embed> {
    if !has_class(dom, id, "codepen") {
        return None;
    }
    let hash = dom.attr(id, "data-slug-hash")?.trim();
    let user = dom.attr(id, "data-user").unwrap_or("anon").trim();
    let safe = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_".contains(c))
    };
    if !safe(hash) || !safe(user) {
        return None;
    }
    Some(Embed {
        node: id,
        provider: "codepen",
        url: format!("https://codepen.io/{user}/pen/{hash}"),
        title: dom
            .attr(id, "data-pen-title")
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty()),
    })
}
