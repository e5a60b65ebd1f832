//! Stage 6: clean inside the chosen article. Furniture that lives within the article column (a
//! link list, an ad label, an in-text "Read more:" teaser, a stray credit line) is removed here,
//! with its kind and reason, after the container is known.

use crate::article::{Removed, RemovedKind};
use crate::boilerplate::class_verdict;
use crate::candidates::class_weight;
use crate::dom::{collapse_whitespace, Dom, NodeFlags, NodeId};
use crate::ladder::Rules;
use crate::measure::{ClassNames, TextStats};
use crate::options::Favor;
use crate::removal::{remove_recorded, Verdict};
use crate::rules::furniture::{PULL_QUOTE_WORDS, QUOTE_MARKS};
use crate::rules::labels::{
    AD_LABELS, EDITOR_LINE_OPENINGS, MAX_NEWSLETTER_PROMPT_CHARS, NEWSLETTER_PROMPTS, SHARE_LINES,
    SHARE_OPENINGS, STAMP_OPENINGS, TAG_LIST_OPENINGS, UI_LABELS,
};
use crate::rules::months::{AM_MARKERS, PM_MARKERS};
use crate::rules::related::TEASER_OPENINGS;
use crate::rules::{cookie, credit, opens_with, FirstCharIndex, SortedTable};
use crate::tags;

static NEWSLETTER_INDEX: FirstCharIndex = FirstCharIndex::new(NEWSLETTER_PROMPTS);
static SHARE_INDEX: FirstCharIndex = FirstCharIndex::new(SHARE_LINES);
static TEASER_INDEX: FirstCharIndex = FirstCharIndex::new(TEASER_OPENINGS);
static AD_TABLE: SortedTable = SortedTable::new(AD_LABELS);
static SHARE_TABLE: SortedTable = SortedTable::new(SHARE_LINES);
static UI_TABLE: SortedTable = SortedTable::new(UI_LABELS);

/// A short line that is only a date or an update stamp ("Updated at 1:23 p.m.", "November 20,
/// 2019 - 11:28 AMT", "segunda-feira, 22 de janeiro de 2018 às 0:13"): the date is in
/// `publishedTime`, the line is not article text. Sentences that mention a date end with a full
/// stop or have more words, and stay.
fn is_date_line(line: &str, raw: &str) -> bool {
    let words = line.split_whitespace().count();
    if words == 0 || words > 9 || line.chars().count() > 70 {
        return false;
    }
    let stamp = STAMP_OPENINGS.iter().any(|o| opens_with(line, o));
    let has_digit = line.chars().any(|c| c.is_ascii_digit());
    // "Updated at 1:23 p.m." ends with a dot but is a stamp, not a sentence.
    let raw = raw.trim_end();
    let sentence = raw.ends_with(['.', '!', '?'])
        && !PM_MARKERS
            .iter()
            .chain(AM_MARKERS)
            .any(|m| raw.ends_with(m));
    (stamp && has_digit) || (!sentence && crate::dates::normalize_date(line).is_some())
}

/// A line as the label tables are written ([`crate::rules::fold`]), without the punctuation
/// around it ("— Advertisement —", "【广告】", "Реклама:").
fn normalized_line(text: &str) -> String {
    crate::rules::fold(text)
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

/// Verdict for one short block of text, if its words alone show it is furniture.
/// `standalone` is true for blocks that stand on their own line (paragraphs, divs, sections,
/// headings); inline elements and list items are judged by the stronger rules only, so a
/// bibliography's ". Retrieved 2012-03-21" span or a calendar's list of dates stays.
pub fn text_verdict(text: &str, link_density: f64, standalone: bool) -> Option<Verdict> {
    let line = normalized_line(text);
    if line.is_empty() {
        return None;
    }
    if AD_TABLE.contains(&line) {
        return Some(Verdict {
            kind: RemovedKind::Ad,
            reason: "ad label",
        });
    }
    if SHARE_TABLE.contains(&line) {
        return Some(Verdict {
            kind: RemovedKind::Share,
            reason: "share prompt",
        });
    }
    let collapsed = collapse_whitespace(text);
    if link_density > 0.5 && line.chars().count() < 200 {
        let folded = crate::rules::fold(&collapsed);
        if TEASER_INDEX.any_opening(&folded, |_| true) {
            return Some(Verdict {
                kind: RemovedKind::Related,
                reason: "read-more teaser",
            });
        }
    }
    if credit::is_credit_line(&collapsed) {
        return Some(Verdict {
            kind: RemovedKind::Credit,
            reason: "credit line",
        });
    }
    if text.len() < cookie::MAX_NOTICE_CHARS && cookie::is_consent_text(text) {
        return Some(Verdict {
            kind: RemovedKind::Cookie,
            reason: "consent notice wording",
        });
    }
    if !standalone {
        return None;
    }
    let words = line.split_whitespace().count();
    // A share label followed only by the links it labels ("Поделиться VK OK Telegram").
    if link_density >= 0.3
        && words <= 12
        && (SHARE_INDEX.any_opening(&line, |l| opens_with(&line, l))
            // "Liked it? Share the post: …": a longer label anywhere in a line of links.
            || (link_density >= 0.5 && SHARE_INDEX.any_word_prefix_where(&line, |l| l.chars().count() >= 6)))
    {
        return Some(Verdict {
            kind: RemovedKind::Share,
            reason: "share prompt",
        });
    }
    if words <= 6 && SHARE_OPENINGS.iter().any(|o| opens_with(&line, o)) {
        return Some(Verdict {
            kind: RemovedKind::Share,
            reason: "share prompt",
        });
    }
    if UI_TABLE.contains(&line) {
        return Some(Verdict {
            kind: RemovedKind::Other,
            reason: "interface label",
        });
    }
    if TAG_LIST_OPENINGS
        .iter()
        .any(|o| opens_with(&line, o) && line.len() > o.len())
        && line.chars().count() < 400
    {
        return Some(Verdict {
            kind: RemovedKind::Other,
            reason: "tag list",
        });
    }
    if let Some(v) = sign_up_or_staff_line(&line) {
        return Some(v);
    }
    if is_date_line(&line, text) {
        return Some(Verdict {
            kind: RemovedKind::Other,
            reason: "date line (kept in publishedTime)",
        });
    }
    None
}

/// A newsletter prompt ("Подпишитесь на рассылку", "订阅我们的邮件") or a desk editor's credit line
/// ("责任编辑：王磊"): furniture that is neither the story nor its metadata.
fn sign_up_or_staff_line(line: &str) -> Option<Verdict> {
    if line.chars().count() <= MAX_NEWSLETTER_PROMPT_CHARS && NEWSLETTER_INDEX.any_word_prefix(line)
    {
        return Some(Verdict {
            kind: RemovedKind::Newsletter,
            reason: "newsletter prompt",
        });
    }
    if line.chars().count() <= 40
        && EDITOR_LINE_OPENINGS.iter().any(|o| {
            line.strip_prefix(o)
                .is_some_and(|rest| rest.starts_with(':'))
        })
    {
        return Some(Verdict {
            kind: RemovedKind::Other,
            reason: "editor credit line",
        });
    }
    None
}

/// Cleans the article subtree rooted at `article`. `title` is the headline, so a heading that
/// repeats it can go (it is output as `title`).
pub(crate) fn prune(
    dom: &mut Dom,
    article: NodeId,
    title: Option<&str>,
    favor: Favor,
    rules: &Rules,
    removed: &mut Vec<Removed>,
) {
    drop_title_headings(dom, article, title);
    drop_repeated_pull_quotes(dom, article, removed);
    drop_furniture_lines(dom, article, removed);
    if !rules.items_are_content {
        drop_teaser_cards(dom, article, removed);
    }
    if rules.clean_conditionally && !rules.items_are_content {
        drop_link_lists_and_weak_blocks(dom, article, favor, removed);
    }
    drop_empty(dom, article);
}

/// Most quotes looked at for repeating the text: each look reads the article's text once.
const MAX_PULL_QUOTE_LOOKS: usize = 32;
/// Fewest characters a quote must repeat to count as a pull-quote ("Yes." repeats by chance).
const MIN_PULL_QUOTE_CHARS: usize = 30;

/// A pull-quote (a magazine's display quote, WordPress' `wp-block-pullquote`) sets a sentence
/// of the story in large type beside it: the same words twice in the text. An element named a
/// pull-quote, or an unnamed `<aside>`, whose quoted words (quotation marks and attribution
/// aside) occur elsewhere in the article goes. A plain `<blockquote>` that repeats other text
/// stays: on a forum that is a reply quoting an earlier post.
fn drop_repeated_pull_quotes(dom: &mut Dom, article: NodeId, removed: &mut Vec<Removed>) {
    let quotes: Vec<NodeId> = dom
        .descendants(article)
        .filter(|&n| {
            let Some(tag) = dom.tag(n) else { return false };
            let names = ClassNames::of_class(dom, n);
            let named = names.has_word(PULL_QUOTE_WORDS) || names.has_phrase(&["pull", "quote"]);
            (named || (tag == "aside" && dom.attr(n, "class").is_none()))
                && dom.find_tags(n, "img").next().is_none()
        })
        .take(MAX_PULL_QUOTE_LOOKS)
        .collect();
    let mut doomed = Vec::new();
    for q in quotes {
        let Some(first) = dom.find_tags(q, "p").next().or(Some(q)) else {
            continue;
        };
        let core = dom.normalized_text(first);
        let core = core.trim_matches(|c: char| QUOTE_MARKS.contains(&c) || c.is_whitespace());
        if core.chars().count() < MIN_PULL_QUOTE_CHARS {
            continue;
        }
        // The article's text outside the quote.
        let mut rest = String::new();
        let mut walk = dom.descendants(article);
        while let Some(n) = walk.next() {
            if n == q {
                walk.skip_children_of(n);
            } else if let Some(t) = dom.text(n) {
                rest.push_str(t);
            }
        }
        if collapse_whitespace(&rest).contains(core) {
            doomed.push((
                q,
                Verdict {
                    kind: RemovedKind::Other,
                    reason: "pull-quote repeating the text",
                },
            ));
        }
    }
    remove_recorded(dom, &doomed, removed);
}

/// The headline is output as `title`, so a heading that repeats it goes, and so does an `<h1>` that
/// opens the article before any of its text (the headline in another wording). Other `<h1>`s are
/// section titles (documentation pages use them so) and stay.
fn drop_title_headings(dom: &mut Dom, article: NodeId, title: Option<&str>) {
    let norm_title = title.map(normalized_line).unwrap_or_default();
    let mut text_seen = false;
    let mut first_h1_seen = false;
    let mut doomed = Vec::new();
    let mut walk = dom.descendants(article);
    while let Some(n) = walk.next() {
        if let Some(t) = dom.text(n) {
            text_seen |= !t.trim().is_empty();
            continue;
        }
        if !matches!(dom.tag(n), Some("h1" | "h2")) {
            continue;
        }
        walk.skip_children_of(n);
        let text = normalized_line(&dom.text_content(n));
        let repeats_title = !norm_title.is_empty() && text == norm_title;
        let opening_h1 = dom.is_tag(n, "h1") && !first_h1_seen && !text_seen;
        if dom.is_tag(n, "h1") {
            first_h1_seen = true;
        }
        if repeats_title || opening_h1 {
            doomed.push(n);
        }
    }
    dom.detach_many(&doomed);
}

/// Blocks whose own words mark them as furniture: ad labels, share prompts, read-more teasers,
/// credit lines, consent notices. Looked at from the smallest blocks up, so a paragraph goes but its
/// section stays.
fn drop_furniture_lines(dom: &mut Dom, article: NodeId, removed: &mut Vec<Removed>) {
    let stats = TextStats::compute(dom, article);
    let blocks: Vec<NodeId> = dom
        .descendants(article)
        .filter(|&n| {
            matches!(
                dom.tag(n),
                Some(
                    "p" | "div"
                        | "span"
                        | "li"
                        | "section"
                        | "aside"
                        | "figcaption"
                        | "small"
                        | "em"
                        | "strong"
                        | "h2"
                        | "h3"
                        | "h4"
                        | "h5"
                        | "h6"
                )
            )
        })
        .collect();
    let mut doomed = Vec::new();
    for b in blocks {
        let len = stats.text[b.index()];
        if len == 0 || len > cookie::MAX_NOTICE_CHARS {
            continue;
        }
        // Captions are split into caption and credit by the serializer, not removed here; code and
        // table cells are data, whatever their words look like.
        if dom
            .ancestors(b)
            .take(3)
            .any(|a| matches!(dom.tag(a), Some("figure" | "figcaption")))
            || dom.is_tag(b, "figcaption")
            || dom
                .ancestors(b)
                .any(|a| matches!(dom.tag(a), Some("pre" | "code" | "table")))
        {
            continue;
        }
        let text = dom.text_content(b);
        let standalone = matches!(
            dom.tag(b),
            Some("p" | "div" | "section" | "aside" | "h2" | "h3" | "h4" | "h5" | "h6")
        );
        if let Some(v) = text_verdict(&text, stats.link_density(b), standalone) {
            if !doomed.iter().any(|&(d, _)| dom.contains(d, b)) {
                doomed.push((b, v));
            }
        }
    }
    remove_recorded(dom, &doomed, removed);
}

/// Grids of teaser cards ("Recent articles", "You may also like"): three or more linked headings
/// with little text under each. An article's own sections have linked headings too (listicles),
/// but long text follows each of them, so the per-heading text keeps them.
fn drop_teaser_cards(dom: &mut Dom, article: NodeId, removed: &mut Vec<Removed>) {
    const MAX_TEXT_PER_CARD: usize = 250;
    let lengths = dom.text_lengths(article);
    let linked_heading = |d: &Dom, n: NodeId| {
        d.tag(n).is_some_and(|t| tags::heading_level(t).is_some())
            && (d.ancestors(n).take(3).any(|a| d.is_tag(a, "a"))
                || d.find_tags(n, "a").next().is_some())
    };
    let cards = dom.subtree_sums(article, |d, n| usize::from(linked_heading(d, n)));
    let teaser_cards = Verdict {
        kind: RemovedKind::Related,
        reason: "teaser cards",
    };
    let mut doomed = Vec::new();
    let mut walk = dom.descendants(article);
    while let Some(n) = walk.next() {
        let count = cards[n.index()];
        if count < 3 || !dom.is_element(n) {
            continue;
        }
        if lengths[n.index()] / count < MAX_TEXT_PER_CARD {
            doomed.push((n, teaser_cards));
            walk.skip_children_of(n);
        }
    }
    remove_recorded(dom, &doomed, removed);
}

/// Readability-style conditional cleaning: containers inside the article that read as link lists,
/// galleries of thumbnails or furniture by their class are dropped, unless they hold real prose.
fn drop_link_lists_and_weak_blocks(
    dom: &mut Dom,
    article: NodeId,
    favor: Favor,
    removed: &mut Vec<Removed>,
) {
    let stats = TextStats::compute(dom, article);
    let limits = DensityLimits::for_favor(favor);
    let containers: Vec<NodeId> = dom
        .descendants(article)
        .filter(|&n| {
            matches!(
                dom.tag(n),
                Some(
                    "div"
                        | "section"
                        | "ul"
                        | "ol"
                        | "table"
                        | "form"
                        | "aside"
                        | "dl"
                        | "header"
                        | "footer"
                        | "nav"
                )
            )
        })
        .collect();
    let mut key_value_tables = NodeFlags::new(dom);
    let mut any_key_value_table = false;
    for &c in &containers {
        if is_key_value_table(dom, c) {
            key_value_tables.insert(c);
            any_key_value_table = true;
        }
    }
    let key_value_table = |n: NodeId| key_value_tables.contains(n);
    let mut doomed: Vec<(NodeId, Verdict)> = Vec::new();
    for c in containers {
        if doomed.iter().any(|&(d, _)| dom.contains(d, c)) {
            continue;
        }
        let in_key_value_table =
            any_key_value_table && (key_value_table(c) || dom.ancestors(c).any(key_value_table));
        if let Some(v) = container_verdict(dom, c, &stats, limits, in_key_value_table) {
            doomed.push((c, v));
        }
    }
    remove_recorded(dom, &doomed, removed);
}

/// How much of a container's text may sit in links before conditional cleaning drops it: `list`
/// for any container, `weak` for one whose class already reads as furniture or that holds list
/// items and no paragraph. Stricter when the caller favours precision.
#[derive(Clone, Copy)]
struct DensityLimits {
    list: f64,
    weak: f64,
}

impl DensityLimits {
    fn for_favor(favor: Favor) -> Self {
        let (list, weak) = match favor {
            Favor::Precision => (0.4, 0.15),
            Favor::Balanced => (0.65, 0.3),
            Favor::Recall => (0.7, 0.35),
        };
        DensityLimits { list, weak }
    }
}

/// Why conditional cleaning drops container `c`, if it does.
fn container_verdict(
    dom: &Dom,
    c: NodeId,
    stats: &TextStats,
    limits: DensityLimits,
    in_key_value_table: bool,
) -> Option<Verdict> {
    let text_len = stats.text[c.index()];
    let density = stats.link_density(c);
    let text = dom.text_content(c);
    let commas = text.matches(',').count();
    if commas >= 10 && density < limits.list {
        return None;
    }
    let paragraphs = dom.find_tags(c, "p").count();
    let images = dom
        .find_tags(c, "img")
        .filter(|&img| !is_in_running_text(dom, img))
        .count();
    let list_items = dom.find_tags(c, "li").count();
    let is_list = matches!(dom.tag(c), Some("ul" | "ol"));
    let related = |reason| {
        Some(Verdict {
            kind: RemovedKind::Related,
            reason,
        })
    };
    if class_weight(dom, c) < 0.0 && density > limits.weak {
        class_verdict(&ClassNames::of(dom, c)).or(Some(Verdict {
            kind: RemovedKind::Other,
            reason: "furniture class with many links",
        }))
    } else if density > limits.list
        && text_len < 2000
        && !is_prose_list(stats, dom, c)
        && !is_sub_list(dom, c)
        && !in_key_value_table
    {
        related("link list")
    } else if !is_list
        && !in_key_value_table
        && list_items > 0
        && paragraphs == 0
        && density > limits.weak
        && text_len < 1000
    {
        related("list of links")
    } else if images > 2 && paragraphs == 0 && text_len < 200 && !dom.is_tag(c, "table") {
        related("thumbnail gallery")
    } else {
        None
    }
}

/// A list whose items are sentences that carry links (release notes, "what changed" lists), not
/// a list of links: each item has, on average, a sentence's worth of text outside its links.
fn is_prose_list(stats: &TextStats, dom: &Dom, list: NodeId) -> bool {
    const MIN_UNLINKED_CHARS_PER_ITEM: usize = 25;
    if !matches!(dom.tag(list), Some("ul" | "ol")) {
        return false;
    }
    let items = dom
        .children(list)
        .iter()
        .filter(|&&c| dom.is_tag(c, "li"))
        .count();
    if items == 0 {
        return false;
    }
    let unlinked = stats.text[list.index()].saturating_sub(stats.link_text[list.index()]);
    unlinked / items >= MIN_UNLINKED_CHARS_PER_ITEM || every_item_opens_with_words(dom, list)
}

/// Items that each open with words of their own before any link ("Neil has patches up to
/// <a>improve the tab unloader</a>") are sentences about the links, where a menu's or a related
/// list's items open with the link itself.
fn every_item_opens_with_words(dom: &Dom, list: NodeId) -> bool {
    const MIN_OPENING_CHARS: usize = 12;
    let mut items = dom.child_tags(list, "li").peekable();
    items.peek().is_some()
        && items.all(|item| {
            let mut opening = 0;
            for n in dom.descendants(item) {
                if dom.is_tag(n, "a") || opening >= MIN_OPENING_CHARS {
                    break;
                }
                if let Some(t) = dom.text(n) {
                    opening += t.chars().filter(|c| !c.is_whitespace()).count();
                }
            }
            opening >= MIN_OPENING_CHARS
        })
}

/// An image set in a sentence ("If <img alt='A = A*'>, then …"): a formula or symbol drawn as a
/// picture, as wikis and maths blogs render them, not a thumbnail. Its parent or the inline
/// wrapper around it holds words of the sentence.
fn is_in_running_text(dom: &Dom, img: NodeId) -> bool {
    dom.ancestors(img).take(2).any(|a| {
        dom.children(a).iter().any(|&c| {
            dom.text(c)
                .is_some_and(|t| t.chars().any(char::is_alphanumeric))
        })
    })
}

/// A table whose rows are labelled by a header cell ("Founded | February 28, 1998"): an
/// infobox or fact sheet, whose values are often links but which is data, not a list of links.
fn is_key_value_table(dom: &Dom, table: NodeId) -> bool {
    if !dom.is_tag(table, "table") {
        return false;
    }
    let rows: Vec<NodeId> = dom.find_tags(table, "tr").collect();
    let labelled = rows
        .iter()
        .filter(|&&r| dom.child_tag(r, "th").is_some() && dom.child_tag(r, "td").is_some())
        .count();
    rows.len() >= 3 && labelled * 2 >= rows.len()
}

/// A list nested in a list item ("In progress:" followed by the bugs being worked on) belongs to
/// the item that introduces it: it goes only with its parent list, which is judged as a whole
/// (a site menu with drop-down sub-menus is one link list and goes at once).
fn is_sub_list(dom: &Dom, list: NodeId) -> bool {
    matches!(dom.tag(list), Some("ul" | "ol"))
        && dom.parent(list).is_some_and(|p| dom.is_tag(p, "li"))
}

/// Elements left with no text and no image after cleaning.
fn drop_empty(dom: &mut Dom, article: NodeId) {
    let lengths = dom.text_lengths(article);
    // The structure stage's formulas and embeds are content without text of their own.
    let images = dom.subtree_sums(article, |d, n| {
        usize::from(matches!(
            d.tag(n),
            Some(
                "img"
                    | "picture"
                    | "video"
                    | "br"
                    | "hr"
                    | crate::structure::MATH
                    | crate::structure::EMBED
            )
        ))
    });
    let mut doomed: Vec<NodeId> = Vec::new();
    let mut walk = dom.descendants(article);
    while let Some(n) = walk.next() {
        // In code, a span of spaces is the space between two words.
        if dom.is_tag(n, "pre") {
            walk.skip_children_of(n);
            continue;
        }
        let empty = matches!(
            dom.tag(n),
            Some(
                "p" | "div"
                    | "section"
                    | "span"
                    | "li"
                    | "ul"
                    | "ol"
                    | "figure"
                    | "blockquote"
                    | "h2"
                    | "h3"
                    | "h4"
                    | "h5"
                    | "h6"
                    | "a"
                    | "strong"
                    | "em"
                    | "b"
                    | "i"
            )
        ) && lengths[n.index()] == 0
            && images[n.index()] == 0;
        if empty {
            doomed.push(n);
        }
    }
    dom.detach_many(&doomed);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pruned(html: &str) -> (String, Vec<Removed>) {
        let mut dom = crate::parse::parse_html(html, &crate::Limits::default()).unwrap();
        let body = dom.body().unwrap();
        let mut removed = Vec::new();
        prune(
            &mut dom,
            body,
            None,
            Favor::Balanced,
            &crate::ladder::STRICTEST,
            &mut removed,
        );
        (dom.normalized_text(body), removed)
    }

    #[test]
    fn lists_of_links_go_but_lists_of_sentences_with_links_stay() {
        let body = "<p>The article's own paragraph, which is long enough to matter here and then some.</p>";
        let links = "<li><a href='/x'>Another headline elsewhere</a></li>".repeat(5);
        let (text, _) = pruned(&format!("{body}<ul>{links}</ul>"));
        assert!(!text.contains("Another headline"));
        let notes = "<li><a href='/b'>Ankush Dua</a> fixed an issue with revoked permissions for extensions</li>".repeat(5);
        let (text, _) = pruned(&format!("{body}<ul>{notes}</ul>"));
        assert!(text.contains("fixed an issue"));
    }

    #[test]
    fn a_list_of_links_inside_a_list_item_stays_with_its_item() {
        let body = "<p>The article's own paragraph, which is long enough to matter here and then some.</p>";
        let bugs =
            "<li><a href='/b'>Bug 1677080 – Fullscreen window loses its source</a></li>".repeat(4);
        let notes = format!(
            "<ul><li>We got the green light for another round of students next semester, and mentors.</li>\
             <li>In progress:<ul>{bugs}</ul></li></ul>"
        );
        let (text, _) = pruned(&format!("{body}{notes}"));
        assert!(text.contains("Fullscreen window"));
        // A menu with a drop-down still goes whole.
        let sub = "<li><a href='/s'>Sub-section of the site</a></li>".repeat(3);
        let menu = format!("<ul><li><a href='/n'>News</a><ul>{sub}</ul></li><li><a href='/p'>Politics</a></li></ul>");
        let (text, _) = pruned(&format!("{body}{menu}"));
        assert!(!text.contains("Sub-section") && !text.contains("Politics"));
    }

    #[test]
    fn formula_pictures_in_a_sentence_are_not_a_thumbnail_gallery() {
        let body = "<p>The article's own paragraph, which is long enough to matter here and then some.</p>";
        let formula =
            |tex: &str| format!("<span class='math'><img src='/m.png' alt='{tex}'></span>");
        let proof = format!(
            "<dl><dd>Proof: If {}, then {}, so {} as claimed.</dd></dl>",
            formula("A = A^H"),
            formula("x^H A x"),
            formula("\\lambda")
        );
        let (text, _) = pruned(&format!("{body}{proof}"));
        assert!(text.contains("as claimed"));
        let thumbs = "<div><a href='/1'><img src='/1.jpg'></a></div>".repeat(3);
        let (text, removed) = pruned(&format!("{body}<div>{thumbs}<span>Gallery</span></div>"));
        assert!(!text.contains("Gallery"), "{removed:?}");
    }

    #[test]
    fn sentences_about_links_and_fact_boxes_are_not_link_lists() {
        let body = "<p>The article's own paragraph, which is long enough to matter here and then some.</p>";
        let notes = "<ul><li>Neil has patches up to <a href='/1'>improve the behaviour of the tab unloader</a>, \
                     and <a href='/2'>show a message when subframes crash</a></li></ul>";
        let (text, _) = pruned(&format!("{body}{notes}"));
        assert!(text.contains("tab unloader"));
        let infobox = "<table><tr><th>Industry</th><td><a href='/o'>Open-source software</a></td></tr>\
                       <tr><th>Gründer</th><td><a href='/n'>Netscape Communications</a></td></tr>\
                       <tr><th>Products</th><td><ul><li><a href='/f'>Firefox</a></li><li><a href='/t'>Thunderbird</a></li></ul></td></tr></table>";
        let (text, _) = pruned(&format!("{body}{infobox}"));
        assert!(text.contains("Netscape") && text.contains("Thunderbird"));
        // A menu still goes: its items open with their links.
        let menu = "<ul><li><a href='/n'>News and politics from around the world</a> today</li>\
                    <li><a href='/s'>Sport results and fixtures</a></li></ul>";
        let (text, _) = pruned(&format!("{body}{menu}"));
        assert!(!text.contains("Sport results"));
    }

    #[test]
    fn teaser_card_grids_go_but_listicle_sections_stay() {
        let card =
            "<div><a href='/a'><h5>Another story headline</h5></a><p>A one-line dek.</p></div>";
        let body = "<p>The article's own paragraph, which is long enough to matter here and then some.</p>";
        let (text, removed) = pruned(&format!("{body}<div class='grid'>{}</div>", card.repeat(4)));
        assert!(!text.contains("Another story"));
        assert!(removed.iter().any(|r| r.reason == "teaser cards"));
        let section = format!(
            "<h3><a href='/p'>Product name</a></h3><p>{}</p>",
            "Long review text. ".repeat(30)
        );
        let (text, _) = pruned(&format!("<div>{}</div>", section.repeat(4)));
        assert!(text.contains("Product name"));
    }

    #[test]
    fn ad_labels_are_recognised_in_several_languages() {
        for label in [
            "Advertisement",
            "ANZEIGE",
            "Publicité",
            "Publicidad",
            "- Pubblicità -",
            "Advertentie",
        ] {
            assert_eq!(
                text_verdict(label, 0.0, true).map(|v| v.kind),
                Some(RemovedKind::Ad),
                "{label}"
            );
        }
        assert_eq!(
            text_verdict("The advertisement industry grew last year.", 0.0, true),
            None
        );
    }

    #[test]
    fn date_stamps_share_prompts_and_tag_lists_are_furniture() {
        for line in [
            "Updated at 1:23 p.m.",
            "November 20, 2019 - 11:28 AMT",
            "Aktualisiert am 3. Mai 2021, 10:12 Uhr",
            "segunda-feira, 22 de janeiro de 2018 às 0:13",
            "Share this on WhatsApp",
            "Teilen auf Facebook",
            "Tags: stock car, interlagos",
            "Schlagwörter: Bahn, Verkehr",
            "Caption",
            "Show more",
        ] {
            assert!(text_verdict(line, 0.0, true).is_some(), "{line}");
        }
        for line in [
            "On November 20, 2019, the council met in the town hall to decide.",
            "Tagging birds is how scientists follow their migration across the sea.",
            "On November 20, 2019, the council met.",
            "Share prices fell sharply on Monday after the announcement.",
        ] {
            assert!(text_verdict(line, 0.0, true).is_none(), "{line}");
        }
    }

    #[test]
    fn read_more_teasers_go_only_when_they_are_mostly_a_link() {
        assert_eq!(
            text_verdict("Read more: Trump's letter to Kim", 0.8, true).map(|v| v.kind),
            Some(RemovedKind::Related)
        );
        assert_eq!(
            text_verdict("Lesen Sie auch: Neue Regeln", 0.7, true).map(|v| v.kind),
            Some(RemovedKind::Related)
        );
        assert_eq!(
            text_verdict("Read more about the plan in the report.", 0.0, true),
            None
        );
    }
}
