//! Stage 4: remove what a reader never wanted — consent notices, ads, navigation, share bars,
//! related links, newsletter boxes, comments, paywall prompts, footers — before the article is
//! chosen, and record each removal with its kind and the rule that matched.
//!
//! Rules look at three things, in this order of trust: consent-manager markup (`rules::cookie`),
//! ARIA roles and sectioning tags, and words in `class`/`id` (the vocabulary in [`CLASS_RULES`]).
//! A guard keeps any element that holds most of the page's paragraph text, so a wrapper whose class
//! merely mentions "share" or "sidebar" never takes the article with it.

use crate::article::{Removed, RemovedKind};
use crate::dom::{Dom, NodeId};
use crate::ladder::Rules;
use crate::measure::{link_density, paragraph_text_lengths, push_name_tokens, ClassNames};
use crate::removal::{record, remove_recorded, Verdict, NOTICE_WORDING};
use crate::rules::comments::is_comment_heading;
use crate::rules::content_words::CONTENT_WORDS;
use crate::rules::cookie::{self, MAX_NOTICE_CHARS};
use crate::rules::furniture::{CLASS_RULES, EMBED_WORDS, SOCIAL_REASON};
use crate::rules::related::{RELATED_HEADINGS, RELATED_HEADING_OPENINGS};
use crate::rules::{opens_with, SortedTable};

/// True when an element's `id` is the anchor its own heading was turned into. Documentation
/// generators and CMSs (Sphinx, Jekyll, Hugo, MkDocs, Docusaurus, many wikis) give each section the
/// slug of its title, so a chapter titled "Sharing with a single developer" gets
/// `id="sharing-with-a-single-developer"` and must not read as a share bar. Theme authors' furniture
/// ids are short and hand-written (`comments`, `share`), so the slug needs at least three words, and
/// the section must hold paragraphs. Words with non-ASCII letters match any word, since slugifiers
/// differ on accents ("Änderungen" → `anderungen` or `änderungen`).
fn id_is_heading_anchor(dom: &Dom, id: NodeId, paragraph_text: usize) -> bool {
    const MIN_SLUG_WORDS: usize = 3;
    const MIN_PARAGRAPH_TEXT: usize = 200;
    let Some(value) = dom.attr(id, "id") else {
        return false;
    };
    if paragraph_text < MIN_PARAGRAPH_TEXT {
        return false;
    }
    let Some(heading) = first_content_child(dom, id)
        .filter(|&h| dom.tag(h).and_then(crate::tags::heading_level).is_some())
    else {
        return false;
    };
    let mut slug = Vec::new();
    push_name_tokens(value, &mut slug);
    let mut title = Vec::new();
    push_name_tokens(&dom.text_content(heading), &mut title);
    slug.len() >= MIN_SLUG_WORDS
        && slug.len() == title.len()
        && slug
            .iter()
            .zip(&title)
            .all(|(s, t)| s == t || !s.is_ascii() || !t.is_ascii())
}

/// The class/id rule that matches these names, if any.
pub(crate) fn class_verdict(names: &ClassNames) -> Option<Verdict> {
    // Most elements have no class or id: no rule to try.
    if names.is_empty() {
        return None;
    }
    first_class_rule(names)
        .map(|i| CLASS_RULES[i])
        .map(|(kind, _, reason)| Verdict { kind, reason })
        // `social-media-embed` holds an embedded post the story quotes, not a share bar.
        .filter(|v| !(v.reason == SOCIAL_REASON && names.has_word(EMBED_WORDS)))
}

/// The first rule of [`CLASS_RULES`] (in table order, which sets precedence) whose phrase the
/// class names hold. The rules are looked up by their first word from each token (a sorted index,
/// built once), not tried one by one: there are over a hundred, and this runs on every element
/// with a class or id, on every pass.
fn first_class_rule(names: &ClassNames) -> Option<usize> {
    static BY_FIRST_WORD: std::sync::OnceLock<Vec<(&'static str, usize)>> =
        std::sync::OnceLock::new();
    let index = BY_FIRST_WORD.get_or_init(|| {
        let mut index: Vec<(&'static str, usize)> = CLASS_RULES
            .iter()
            .enumerate()
            .filter_map(|(i, (_, words, _))| Some((*words.first()?, i)))
            .collect();
        index.sort_unstable();
        index
    });
    let tokens = names.tokens();
    let mut first: Option<usize> = None;
    for (at, token) in tokens.iter().enumerate() {
        let from = index.partition_point(|&(w, _)| w < token.as_str());
        for &(_, rule) in index[from..].iter().take_while(|&&(w, _)| w == token) {
            let words = CLASS_RULES[rule].1;
            let fits = tokens
                .get(at..at + words.len())
                .is_some_and(|run| run.iter().zip(words).all(|(a, b)| a == b));
            if fits && first.is_none_or(|f| rule < f) {
                first = Some(rule);
            }
        }
    }
    first
}

/// Elements that are article content by their tag, whatever their class says: a heading with class
/// `anchorWithStickyNavbar` is a heading, not a navigation bar.
fn is_content_element(tag: &str) -> bool {
    matches!(
        tag,
        "article"
            | "main"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "pre"
            | "code"
            | "table"
            | "blockquote"
            | "ol"
    )
}

/// Words inside a paragraph are the paragraph's text whatever their class: a glossary pop-up
/// (`<a class="popup">scriveners</a>`) or a styled span is not page furniture.
fn is_inline_in_paragraph(dom: &Dom, id: NodeId, tag: &str) -> bool {
    !crate::tags::is_block(tag) && dom.ancestors(id).take(4).any(|a| dom.is_tag(a, "p"))
}

/// ARIA landmark roles and sectioning tags that are page furniture by definition.
fn role_or_tag_verdict(dom: &Dom, id: NodeId) -> Option<Verdict> {
    let role = dom.attr(id, "role").map(|r| r.trim().to_ascii_lowercase());
    let by_role = match role.as_deref() {
        Some("navigation") | Some("menu") | Some("menubar") | Some("search") => {
            Some((RemovedKind::Nav, "navigation role"))
        }
        Some("banner") => Some((RemovedKind::Nav, "page banner role")),
        Some("contentinfo") => Some((RemovedKind::Footer, "page footer role")),
        Some("complementary") => Some((RemovedKind::Other, "complementary role")),
        Some("dialog") | Some("alertdialog") => Some((RemovedKind::Other, "dialog role")),
        _ => None,
    };
    if let Some((kind, reason)) = by_role {
        return Some(Verdict { kind, reason });
    }
    let (kind, reason) = match dom.tag(id)? {
        "nav" => (RemovedKind::Nav, "nav element"),
        "footer" => (RemovedKind::Footer, "footer element"),
        "aside" => (RemovedKind::Other, "aside element"),
        "header" => (RemovedKind::Nav, "header element"),
        _ => return None,
    };
    Some(Verdict { kind, reason })
}

/// A dialog (`role="dialog"`) inside the site's header, footer or navigation: the privacy policy
/// or terms a shop's footer link opens in a modal. However much text it holds, it is not the
/// page's content, so the share guard does not protect it (a whole privacy policy otherwise
/// outweighs a product page's description).
fn is_dialog_in_site_furniture(dom: &Dom, id: NodeId) -> bool {
    let is_dialog = dom
        .attr(id, "role")
        .is_some_and(|r| matches!(r.trim(), "dialog" | "alertdialog"));
    is_dialog
        && dom.ancestors(id).any(|a| {
            matches!(dom.tag(a), Some("footer" | "header" | "nav"))
                || dom
                    .attr(a, "role")
                    .is_some_and(|r| matches!(r.trim(), "contentinfo" | "banner" | "navigation"))
        })
}

/// A `<header>` that holds only a paragraph of prose is the article's lede (a CMS's "intro" in
/// the header of the article body), not the page's banner: that has a heading, links, a logo or a
/// few words of tagline, never a sentence-long paragraph alone. The walk is capped, since a lede
/// is a handful of elements.
fn is_lede_header(dom: &Dom, id: NodeId, text_len: usize) -> bool {
    const MIN_LEDE_CHARS: usize = 100;
    const MAX_LEDE_CHARS: usize = 1500;
    const MAX_LEDE_ELEMENTS: usize = 30;
    if !dom.is_tag(id, "header")
        || dom.attr(id, "role").is_some()
        || !(MIN_LEDE_CHARS..=MAX_LEDE_CHARS).contains(&text_len)
    {
        return false;
    }
    let mut elements = 0;
    for n in dom.descendant_elements(id) {
        elements += 1;
        let banner_part = dom.tag(n).is_some_and(|t| {
            crate::tags::heading_level(t).is_some()
                || matches!(t, "a" | "nav" | "ul" | "ol" | "img" | "time")
        });
        if banner_part || elements > MAX_LEDE_ELEMENTS {
            return false;
        }
    }
    true
}

/// How much of the page a node may hold before the class/tag rules are no longer trusted to
/// remove it: an element with over half of all paragraph text is the article's wrapper, whatever
/// its class says.
const GUARD_SHARE: f64 = 0.5;

/// Removes page furniture from the whole page, appending what was dropped to `removed`.
pub(crate) fn remove_boilerplate(dom: &mut Dom, rules: &Rules, removed: &mut Vec<Removed>) {
    let root = dom.root();
    let paragraph_text = paragraph_text_lengths(dom, root);
    let total = paragraph_text[root.index()].max(1) as f64;
    let text_lengths = dom.text_lengths(root);

    let mut doomed: Vec<(NodeId, Verdict)> = Vec::new();
    let mut walk = dom.descendants(root);
    while let Some(id) = walk.next() {
        let Some(tag) = dom.tag(id) else { continue };
        if matches!(tag, "html" | "body" | "head") {
            continue;
        }
        let share = paragraph_text[id.index()] as f64 / total;
        let names = ClassNames::of(dom, id);
        let consent = cookie::consent_marker(names.joined(), dom.attrs(id)).filter(|&reason| {
            // A guess from a generic class name ("uk-cookiebanner" on a sticky site header) is
            // only trusted on an element that is small or reads as a notice.
            reason != cookie::GENERIC_REASON
                || (share < GUARD_SHARE
                    && (text_lengths[id.index()] < 600
                        || cookie::is_consent_text(&dom.normalized_text(id))))
        });
        let verdict = if let Some(reason) = consent {
            Some(Verdict {
                kind: RemovedKind::Cookie,
                reason,
            })
        } else if (share >= GUARD_SHARE && !is_dialog_in_site_furniture(dom, id))
            || dom.attr(id, "itemprop") == Some("articleBody")
            || dom.attr(id, crate::structure::CALLOUT).is_some()
            || dom.attr(id, crate::structure::CODE_BOX).is_some()
        {
            None
        } else if let Some(v) = role_or_tag_verdict(dom, id)
            .filter(|_| !is_lede_header(dom, id, text_lengths[id.index()]))
        {
            // A generic landmark ("aside element") is named by its class when that is more
            // specific ("newsletter box class").
            let specific = if v.kind == RemovedKind::Other {
                class_verdict(&names)
            } else {
                None
            };
            Some(specific.unwrap_or(v))
        } else if !is_content_element(tag) && !is_inline_in_paragraph(dom, id, tag) {
            let names = if id_is_heading_anchor(dom, id, paragraph_text[id.index()]) {
                ClassNames::of_class(dom, id)
            } else {
                names
            };
            class_verdict(&names)
                .filter(|v| rules.allows_class_rule(v.kind))
                .filter(|v| {
                    // A content word beside a furniture word ("article-body has-share") only loses
                    // to the furniture word when the element holds little text.
                    !names.has_word(CONTENT_WORDS)
                        || text_lengths[id.index()] < 200
                        || v.kind == RemovedKind::Comments
                })
                .filter(|v| {
                    // Navigation is made of links: a "menu" class on text without a single link
                    // is a widget that has a menu attached (MathJax's `CtxtMenu_Attached` on each
                    // formula) or a restaurant's menu, not the site's navigation.
                    v.kind != RemovedKind::Nav || dom.find_tags(id, "a").next().is_some()
                })
                .filter(|v| {
                    // Editors wrap each picture or video they embed in the story in a "widget"
                    // (Drupal's `dnd-widget-wrapper type-image`, page builders' image widgets):
                    // one with a picture, a short caption and no links is the story's own media,
                    // while sidebar widgets are lists of links.
                    v.reason != "widget"
                        || text_lengths[id.index()] > 300
                        || dom.find_tags(id, "a").next().is_some()
                        || !["img", "picture", "video"]
                            .iter()
                            .any(|t| dom.find_tags(id, t).next().is_some())
                })
        } else {
            None
        };
        // Credits beside a picture stay: the serializer moves them to the image's `credit`. A
        // credit is beside a picture when a figure holds it, or a small wrapper holds both.
        let verdict = verdict.filter(|v| {
            v.kind != RemovedKind::Credit
                || !dom.ancestors(id).take(3).any(|a| {
                    matches!(dom.tag(a), Some("figure" | "figcaption"))
                        || (text_lengths[a.index()] < 400
                            && dom.find_tags(a, "img").next().is_some())
                })
        });
        if let Some(v) = verdict {
            doomed.push((id, v));
            walk.skip_children_of(id);
        }
    }
    remove_recorded(dom, &doomed, removed);
    remove_consent_text(dom, removed);
    remove_labelled_related_sections(dom, removed);
}

static RELATED_TABLE: SortedTable = SortedTable::new(RELATED_HEADINGS);

/// True when a heading's text names a related-links block.
pub fn is_related_heading(text: &str) -> bool {
    let folded = crate::rules::fold(text);
    let line = folded.trim_matches(|c: char| !c.is_alphanumeric());
    if line.is_empty() || line.chars().count() > 60 {
        return false;
    }
    RELATED_TABLE.contains(line)
        || RELATED_HEADING_OPENINGS
            .iter()
            .any(|h| opens_with(line, h) && line.len() > h.len())
}

/// Removes blocks introduced by a related-links heading: the largest wrapper that the heading opens
/// (its first content), or, when the heading sits among the article's own blocks, the heading and the
/// link-heavy block right after it. Wrappers holding most of the page's paragraphs are never taken.
fn remove_labelled_related_sections(dom: &mut Dom, removed: &mut Vec<Removed>) {
    let root = dom.root();
    let paragraphs = paragraph_text_lengths(dom, root);
    let total = paragraphs[root.index()].max(1) as f64;
    // Headings proper, and the short bold or paragraph labels many templates use instead.
    let headings: Vec<(NodeId, Verdict)> = dom
        .descendants(root)
        .filter(|&n| match dom.tag(n) {
            Some("h2" | "h3" | "h4" | "h5" | "h6") => true,
            Some("p" | "div" | "span" | "strong" | "b" | "header") => dom.text_len(n) < 60,
            _ => false,
        })
        .filter_map(|n| {
            let text = dom.text_content(n);
            if is_related_heading(&text) {
                Some((n, RELATED_HEADING))
            } else if is_comment_heading(&text) {
                Some((n, COMMENT_HEADING))
            } else {
                None
            }
        })
        .collect();
    let mut doomed: Vec<(NodeId, Verdict)> = Vec::new();
    for (h, verdict) in headings {
        let comments = verdict.kind == RemovedKind::Comments;
        let mut section = h;
        while let Some(parent) = dom.parent(section) {
            let wraps = matches!(
                dom.tag(parent),
                Some("div" | "section" | "aside" | "article" | "nav" | "ul")
            );
            let opens = first_content_child(dom, parent) == Some(section);
            // A large wrapper goes only when it reads as a list of teasers: several article
            // cards, or mostly links; a comment thread may outweigh a short story, but never
            // holds its headline.
            let large = paragraphs[parent.index()] as f64 / total >= GUARD_SHARE;
            let keep = if comments {
                dom.find_tags(parent, "h1").next().is_some()
            } else {
                large && !is_teaser_list(dom, parent)
            };
            if !wraps || !opens || keep {
                break;
            }
            section = parent;
        }
        if section != h {
            // A comment section is a thread: items after its heading, or the form to add one
            // (an opinion column headed "Commentary" is one block of prose).
            if !comments || is_thread(dom, section) {
                doomed.push((section, verdict));
            }
            continue;
        }
        if comments {
            continue;
        }
        // Flat layout: the heading and the run of link blocks that follows it.
        let mut run = Vec::new();
        let mut next = next_element_sibling(dom, h);
        while let Some(n) = next {
            let linky = matches!(
                dom.tag(n),
                Some("ul" | "ol" | "div" | "section" | "p" | "li")
            ) && link_density(dom, n) > 0.5
                && dom.text_len(n) < 2000;
            if !linky {
                break;
            }
            run.push(n);
            next = next_element_sibling(dom, n);
        }
        if !run.is_empty() {
            doomed.push((h, verdict));
            doomed.extend(run.into_iter().map(|n| (n, verdict)));
        }
    }

    doomed.retain(|&(d, _)| dom.is_attached(d));
    for &(d, v) in &doomed {
        if !doomed.iter().any(|&(o, _)| o != d && dom.contains(o, d)) {
            record(dom, d, v, removed);
        }
    }
    let ids: Vec<NodeId> = doomed.iter().map(|&(d, _)| d).collect();
    dom.detach_many(&ids);
}

const RELATED_HEADING: Verdict = Verdict {
    kind: RemovedKind::Related,
    reason: "related-links heading",
};

const COMMENT_HEADING: Verdict = Verdict {
    kind: RemovedKind::Comments,
    reason: "comment-section heading",
};

/// A section that reads as a comment thread: a form or text box to write one, or two or more
/// items (list items or blocks) after its heading.
fn is_thread(dom: &Dom, section: NodeId) -> bool {
    if dom.find_tags(section, "form").next().is_some()
        || dom.find_tags(section, "textarea").next().is_some()
    {
        return true;
    }
    let items = dom.find_tags(section, "li").take(2).count();
    let blocks = dom
        .children(section)
        .iter()
        .filter(|&&c| {
            matches!(dom.tag(c), Some("div" | "article" | "ul" | "ol")) && dom.text_len(c) > 0
        })
        .take(2)
        .count();
    items >= 2 || blocks >= 2
}

fn is_teaser_list(dom: &Dom, id: NodeId) -> bool {
    dom.find_tags(id, "article").take(2).count() >= 2 || link_density(dom, id) > 0.4
}

fn first_content_child(dom: &Dom, id: NodeId) -> Option<NodeId> {
    dom.children(id).iter().copied().find(|&c| {
        (dom.is_element(c) && dom.text_len(c) > 0)
            || dom.text(c).is_some_and(|t| !t.trim().is_empty())
    })
}

fn next_element_sibling(dom: &Dom, id: NodeId) -> Option<NodeId> {
    let parent = dom.parent(id)?;
    let siblings = dom.children(parent);
    let pos = siblings.iter().position(|&c| c == id)?;
    siblings[pos + 1..]
        .iter()
        .copied()
        .find(|&c| dom.is_element(c))
}

/// Consent notices that carry no consent-manager markup are found by their wording: the largest
/// element with under `MAX_NOTICE_CHARS` of text that reads as a notice goes. Wrappers that hold
/// most of the page's paragraphs are never judged whole (a short article and a banner can share a
/// wrapper of under `MAX_NOTICE_CHARS`); their children are judged instead.
fn remove_consent_text(dom: &mut Dom, removed: &mut Vec<Removed>) {
    let root = dom.root();
    let lengths = dom.text_lengths(root);
    let paragraphs = paragraph_text_lengths(dom, root);
    let total = paragraphs[root.index()].max(1) as f64;
    let mut doomed = Vec::new();
    let mut walk = dom.descendants(root);
    while let Some(id) = walk.next() {
        let Some(tag) = dom.tag(id) else { continue };
        if lengths[id.index()] == 0 {
            walk.skip_children_of(id);
            continue;
        }
        let wrapper = matches!(tag, "html" | "body" | "main" | "article")
            || paragraphs[id.index()] as f64 / total >= GUARD_SHARE;
        if wrapper || lengths[id.index()] > MAX_NOTICE_CHARS {
            continue;
        }
        walk.skip_children_of(id);
        let text = dom.normalized_text(id);
        if cookie::is_consent_text(&text) {
            doomed.push((id, NOTICE_WORDING));
        }
    }
    remove_recorded(dom, &doomed, removed);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ladder::STRICTEST;
    use crate::options::Limits;
    use crate::parse::parse_html;

    fn names_of(html_class: &str) -> ClassNames {
        let dom = parse_html(
            &format!("<div class='{html_class}'></div>"),
            &Limits::default(),
        )
        .unwrap();
        let div = dom.find_tags(dom.root(), "div").next().unwrap();
        ClassNames::of(&dom, div)
    }

    #[test]
    fn class_tokens_split_on_dashes_underscores_and_camel_case() {
        assert_eq!(
            names_of("relatedStories main_nav").tokens(),
            vec!["related", "stories", "main", "nav"]
        );
        assert_eq!(names_of("div-gpt-ad-123").tokens(), ["div", "gpt", "ad"]);
    }

    #[test]
    fn class_rules_find_each_kind_in_several_languages() {
        let kind = |c: &str| class_verdict(&names_of(c)).map(|v| v.kind);
        assert_eq!(kind("article-share-bar"), Some(RemovedKind::Share));
        assert_eq!(kind("artikel-teilen"), Some(RemovedKind::Share));
        assert_eq!(kind("noticias-relacionadas"), Some(RemovedKind::Related));
        assert_eq!(kind("mostRead"), Some(RemovedKind::Related));
        assert_eq!(kind("bloc-lire-aussi"), Some(RemovedKind::Related));
        assert_eq!(kind("newsletter-signup"), Some(RemovedKind::Newsletter));
        assert_eq!(kind("comments-area"), Some(RemovedKind::Comments));
        assert_eq!(kind("kommentare"), Some(RemovedKind::Comments));
        assert_eq!(kind("anzeige"), Some(RemovedKind::Ad));
        assert_eq!(kind("bloque-publicidad"), Some(RemovedKind::Ad));
        assert_eq!(kind("div-gpt-ad-1"), Some(RemovedKind::Ad));
        assert_eq!(kind("breadcrumbs"), Some(RemovedKind::Nav));
        assert_eq!(kind("photo-credit"), Some(RemovedKind::Credit));
        // Whole tokens only: these are not furniture.
        assert_eq!(kind("unrelated-topic"), None);
        assert_eq!(kind("header-image shadow"), None);
        assert_eq!(kind("adventure-story"), None);
    }

    #[test]
    fn furniture_is_removed_and_explained_but_the_article_stays() {
        let body = "This is a sentence of the article, long enough to count. ".repeat(20);
        let html = format!(
            "<nav>Home News Sport</nav>
             <div class='article-body has-share-tools'><p>{body}</p>
               <div class='share-bar'>Share on Facebook</div></div>
             <div id='comments'>Nice post!</div>
             <footer>© Example</footer>"
        );
        let mut dom = parse_html(&html, &Limits::default()).unwrap();
        let mut removed = Vec::new();
        remove_boilerplate(&mut dom, &STRICTEST, &mut removed);
        let text = dom.normalized_text(dom.root());
        assert!(text.contains("This is a sentence"));
        for gone in ["Home News", "Share on Facebook", "Nice post", "© Example"] {
            assert!(!text.contains(gone), "{gone} survived");
        }
        let kinds: Vec<RemovedKind> = removed.iter().map(|r| r.kind).collect();
        assert!(kinds.contains(&RemovedKind::Nav));
        assert!(kinds.contains(&RemovedKind::Share));
        assert!(kinds.contains(&RemovedKind::Comments));
        assert!(kinds.contains(&RemovedKind::Footer));
    }

    #[test]
    fn related_headings_are_recognised_in_seven_languages() {
        for h in [
            "Related stories",
            "You may also like",
            "More from Politics",
            "Mehr zum Thema",
            "À lire aussi :",
            "Te puede interesar",
            "Leggi anche",
            "Lees ook",
            "Você pode gostar...",
        ] {
            assert!(is_related_heading(h), "{h}");
        }
        for h in [
            "Related work in physics shows a pattern",
            "The most read book of 2019",
            "Recommendations for the council",
        ] {
            assert!(!is_related_heading(h), "{h}");
        }
    }

    #[test]
    fn a_section_opened_by_a_related_heading_is_removed() {
        let body = "Story paragraph with enough words to be the article here. ".repeat(15);
        let html = format!(
            "<article><p>{body}</p></article><section class='x'><h3>Você pode gostar...</h3>\
             <article><p>Another post's long teaser paragraph goes here.</p></article></section>"
        );
        let mut dom = parse_html(&html, &Limits::default()).unwrap();
        let mut removed = Vec::new();
        remove_boilerplate(&mut dom, &STRICTEST, &mut removed);
        let text = dom.normalized_text(dom.root());
        assert!(text.contains("Story paragraph"));
        assert!(!text.contains("teaser"));
        assert!(removed.iter().any(|r| r.reason == "related-links heading"));
    }

    #[test]
    fn a_wrapper_holding_most_of_the_text_is_kept_whatever_its_class() {
        let body = "Paragraph text of the story goes here, quite long. ".repeat(20);
        let html = format!("<div class='page sidebar-left'><p>{body}</p></div>");
        let mut dom = parse_html(&html, &Limits::default()).unwrap();
        let mut removed = Vec::new();
        remove_boilerplate(&mut dom, &STRICTEST, &mut removed);
        assert!(dom.normalized_text(dom.root()).contains("Paragraph text"));
    }
}
#[cfg(test)]
mod related_label_tests {
    use super::*;
    use crate::ladder::STRICTEST;
    use crate::options::Limits;
    use crate::parse::parse_html;

    /// Twelve paragraphs of the article's own prose, so the block under test is a small part of
    /// the page.
    fn article_prose() -> String {
        "<p>The article's own paragraphs hold most of the text of the page here. </p>".repeat(12)
    }

    fn after_removal(html: &str) -> String {
        let mut dom = parse_html(html, &Limits::default()).unwrap();
        let mut removed = Vec::new();
        remove_boilerplate(&mut dom, &STRICTEST, &mut removed);
        dom.normalized_text(dom.root())
    }

    #[test]
    fn a_section_whose_id_is_its_headings_slug_is_not_furniture() {
        let prose =
            "<p>Each developer keeps a clone, and changesets travel between them. </p>".repeat(4);
        let other =
            "<p>Other chapters of the guide hold most of the text of the page. </p>".repeat(12);
        for (id, title) in [
            (
                "sharing-with-a-single-developer",
                "Sharing with a single developer¶",
            ),
            (
                "teilen-mit-mehreren-entwicklern",
                "Teilen mit mehreren Entwicklern",
            ),
            ("kommentare-zu-anderungen", "Kommentare zu Änderungen"),
        ] {
            let html = format!(
                "<div>{other}</div><div class='section' id='{id}'><h2>{title}</h2>{prose}</div>"
            );
            assert!(
                after_removal(&html).contains(title.trim_end_matches('¶')),
                "{id}"
            );
        }
        // Hand-written furniture ids stay furniture: a one-word slug, a share bar without
        // paragraphs, and an id that is not the heading's slug.
        for furniture in [
            format!("<div id='comments'><h3>Comments</h3>{prose}</div>"),
            "<div id='share-this-article'><h4>Share this article</h4><a href='/f'>Facebook</a></div>".to_string(),
            format!("<div id='share-tools-box'><h4>Weitere Artikel</h4>{prose}</div>"),
        ] {
            let text = after_removal(&format!("<div>{other}</div>{furniture}"));
            assert!(!text.contains("Facebook") && !text.contains("changesets"), "{furniture}");
        }
    }

    #[test]
    fn a_menu_class_without_links_is_not_navigation() {
        let other = article_prose();
        let html = format!(
            "<div>{other}</div><span class='MathJax CtxtMenu_Attached_0'>a ≠ 0</span>\
             <div class='menu'>Schweinebraten mit Knödeln 14,50 €</div>\
             <div class='menu'><a href='/'>Home</a> <a href='/news'>Nachrichten</a></div>"
        );
        let text = after_removal(&html);
        assert!(text.contains("a ≠ 0") && text.contains("Knödeln"));
        assert!(!text.contains("Nachrichten"));
    }

    #[test]
    fn an_embedded_picture_widget_stays_but_link_widgets_and_charts_go() {
        let other = article_prose();
        let html = format!(
            "<div>{other}<div class='dnd-widget-wrapper type-image'><img src='/a.jpg'>\
             <div class='dnd-caption-wrapper'>Even posh hotels might not wash a blanket</div></div>\
             <div class='widget'><img src='/t.jpg'><a href='/p'>Popular post</a></div>\
             <div class='ai2html ai2html-box-v5'><p>915 billion</p><p>600 300 263 billion</p></div></div>"
        );
        let text = after_removal(&html);
        assert!(text.contains("posh hotels"));
        assert!(!text.contains("Popular post") && !text.contains("billion"));
    }

    #[test]
    fn media_player_chrome_goes_in_any_language() {
        for (story, chrome) in [
            (
                "The article's own paragraphs hold most of the text of the page here. ",
                "<div class='vjs-control-bar'>Play Mute Current Time 0:00</div>\
                 <div class='yvp-settings-container'>Video Quality Auto High (HD) Closed Captions</div>",
            ),
            (
                "Die eigenen Absätze des Artikels enthalten den größten Teil des Textes. ",
                "<div class='jw-controls'>Abspielen Stumm Aktuelle Zeit 0:00</div>\
                 <div class='player-settings'>Videoqualität Automatisch Untertitel</div>",
            ),
        ] {
            let html = format!("<div><p>{}</p>{chrome}</div>", story.repeat(12));
            let text = after_removal(&html);
            assert!(text.contains(story.trim()));
            assert!(!text.contains("0:00") && !text.contains("Auto"), "{chrome}");
        }
    }

    #[test]
    fn a_header_holding_the_lede_paragraph_stays() {
        let other = article_prose();
        let html = format!(
            "<header><a href='/'>Site</a><nav><a href='/news'>News</a></nav></header>\
             <div itemprop='articleBody'><header>Neuroscience tells us that most of the work done by our \
             brains happens on an unconscious level, but when does that moment occur?</header>{other}</div>"
        );
        let text = after_removal(&html);
        assert!(text.contains("Neuroscience tells us"));
        assert!(!text.contains("News"));
    }

    #[test]
    fn words_inside_a_paragraph_keep_their_place_whatever_their_class() {
        let body = "Story paragraph with enough words to be the article here. ".repeat(15);
        let html = format!("<div><p>{body} The <a class='popup' href='#g1'>scriveners</a> wrote on.</p><div class='popup'>Sign in</div></div>");
        let mut dom = parse_html(&html, &Limits::default()).unwrap();
        let mut removed = Vec::new();
        remove_boilerplate(&mut dom, &STRICTEST, &mut removed);
        let text = dom.normalized_text(dom.root());
        assert!(text.contains("The scriveners wrote on."));
        assert!(!text.contains("Sign in"));
    }

    #[test]
    fn a_paragraph_label_and_the_links_after_it_are_removed() {
        let body = "Story paragraph with enough words to be the article here. ".repeat(15);
        let html = format!("<div><p>{body}</p><p class='x'>You may also like...</p><p><a href='/a'>Who will make the Rock Hall in 2020?</a></p><p><a href='/b'>Dave Matthews Band takes over</a></p></div>");
        let mut dom = parse_html(&html, &Limits::default()).unwrap();
        let mut removed = Vec::new();
        remove_boilerplate(&mut dom, &STRICTEST, &mut removed);
        let text = dom.normalized_text(dom.root());
        assert!(!text.contains("Rock Hall"));
        assert!(!text.contains("You may also like"));
        assert!(text.contains("Story paragraph"));
    }
}
