//! Stage 5: find the element that holds the article. Paragraphs vote for their ancestors with a
//! score from their length and commas (long, comma-rich text is prose; menus and link lists are
//! not); class/id words and link density adjust the votes; the best-scored element wins, and its
//! siblings that look like more of the same article join it.
//!
//! The idea is the one Readability.js made standard (Arc90's scoring), written anew over our arena
//! DOM, with two additions: a publisher's own `articleBody` (schema.org) is trusted when present, and
//! loose text runs are wrapped into paragraphs first so old table- and `<br>`-laid-out pages score.

use crate::article::PageType;
use crate::dom::{Dom, NodeId};
use crate::ladder::Rules;
use crate::measure::{ClassNames, TextStats};
use crate::rules::content_words::ARTICLE_WORDS;
use crate::rules::furniture::lowers_score;
use crate::tags;

/// Paragraph-like elements whose text votes (Readability's default set, plus `li` text is
/// deliberately left out: list items are votes only through their `<p>` children).
fn is_scored_tag(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "pre" | "td" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote" | "dd"
    )
}

/// Weight from class/id words: +25 for article words, -25 for furniture words.
pub(crate) fn class_weight(dom: &Dom, id: NodeId) -> f64 {
    let names = ClassNames::of(dom, id);
    let mut weight = 0.0;
    if names.has_word_where(lowers_score) {
        weight -= 25.0;
    }
    if names.has_word(ARTICLE_WORDS) {
        weight += 25.0;
    }
    if dom.attr(id, "itemprop") == Some("articleBody") {
        weight += 50.0;
    }
    weight
}

/// Commas in any script: Latin, CJK full-width and ideographic, Arabic.
fn count_commas(text: &str) -> usize {
    text.chars()
        .filter(|c| {
            matches!(
                c,
                ',' | '，' | '、' | '،' | '﹐' | '︐' | '︑' | '⸴' | '⸲' | '﹑'
            )
        })
        .count()
}

/// Wraps runs of loose text and inline elements that sit beside block elements into `<p>`, and
/// turns blocks that hold only inline content into paragraphs, so that old pages laid out with
/// `<br>` and bare text in `<div>`s/`<td>`s vote like pages with proper paragraphs.
pub fn normalize_paragraphs(dom: &mut Dom, root: NodeId) {
    let containers: Vec<NodeId> = dom
        .descendants(root)
        .filter(|&n| {
            matches!(
                dom.tag(n),
                Some(
                    "div"
                        | "section"
                        | "article"
                        | "main"
                        | "td"
                        | "body"
                        | "center"
                        | "font"
                        | "span"
                        | "form"
                )
            )
        })
        .collect();
    // Counted once up front: checking each child's subtree per container would be quadratic.
    let blocks_below = dom.subtree_sums(root, |d, n| {
        usize::from(d.tag(n).is_some_and(|t| tags::is_block(t) && t != "img"))
    });
    let text_lengths = dom.text_lengths(root);
    let contains_block = |n: NodeId| blocks_below.get(n.index()).is_some_and(|&b| b > 0);
    for container in containers {
        let children = dom.children(container).to_vec();
        let has_block_child = children.iter().any(|&c| contains_block(c));
        if !has_block_child {
            if dom.is_tag(container, "div") && text_lengths[container.index()] > 0 {
                dom.rename(container, "p");
            }
            continue;
        }
        if matches!(dom.tag(container), Some("span" | "font")) {
            continue;
        }
        // Group consecutive inline children, split by <br><br>, into new paragraphs.
        dom.take_children(container);
        let mut run: Vec<NodeId> = Vec::new();
        let mut new_children: Vec<NodeId> = Vec::new();
        let mut last_was_br = false;
        for &c in &children {
            let is_inline = dom.text(c).is_some() || (dom.is_element(c) && !contains_block(c));
            if is_inline {
                let is_br = dom.is_tag(c, "br");
                if is_br && last_was_br {
                    flush_run(dom, &mut run, &mut new_children);
                    last_was_br = false;
                    continue;
                }
                last_was_br = is_br;
                run.push(c);
            } else {
                flush_run(dom, &mut run, &mut new_children);
                last_was_br = false;
                new_children.push(c);
            }
        }
        flush_run(dom, &mut run, &mut new_children);
        for c in new_children {
            dom.append(container, c);
        }
    }
}

fn flush_run(dom: &mut Dom, run: &mut Vec<NodeId>, out: &mut Vec<NodeId>) {
    if run.is_empty() {
        return;
    }
    let has_text = run
        .iter()
        .any(|&n| dom.text_len(n) > 0 || dom.is_tag(n, "img"));
    if !has_text {
        out.append(run);
        return;
    }
    let p = dom.create_element("p", Vec::new());
    for &n in run.iter() {
        dom.detach(n);
        dom.append(p, n);
    }
    run.clear();
    out.push(p);
}

/// Picks the article container. Returns `None` when nothing on the page scores.
///
/// Paragraphs vote for their five nearest ancestors; the best-scored ancestor then climbs to the
/// element that holds the whole article, and its siblings that belong to it are merged in.
pub(crate) fn select_article(dom: &mut Dom, rules: &Rules) -> Option<NodeId> {
    let body = dom.body().unwrap_or(dom.root());
    let stats = TextStats::compute(dom, body);
    let scores = Scores::compute(dom, body, &stats, rules)?;
    let mut top = scores.best();
    if matches!(dom.tag(top), Some("body" | "html")) {
        return Some(top);
    }
    top = scores.shared_ancestor(dom, top);
    top = scores.climb_while_parent_scores_higher(dom, top);
    let prose = crate::measure::paragraph_text_lengths(dom, body);
    // A thread's posts (a question and its answers, split by ad slots and vote widgets) score
    // apart; the thread is the ancestor that holds them all.
    let thread = rules.page_type == PageType::Forum;
    top = climb_to_prose_holder(dom, top, &prose, &stats, thread);
    top = climb_lone_wrappers(dom, top, &stats);
    Some(merge_siblings(
        dom,
        top,
        &scores.score,
        &scores.is_candidate,
        &stats,
        &prose,
    ))
}

/// The candidates' scores, indexed by node.
struct Scores {
    score: Vec<f64>,
    is_candidate: Vec<bool>,
    /// Best first.
    candidates: Vec<NodeId>,
}

impl Scores {
    /// Each scored block of 25 or more characters adds its content score (commas, length, less
    /// for link-heavy ones) to its five nearest ancestors, less the farther up. `None` when no
    /// block scores.
    fn compute(dom: &Dom, body: NodeId, stats: &TextStats, rules: &Rules) -> Option<Self> {
        let weight_classes = rules.weight_classes;
        let mut scores = Scores {
            score: vec![0.0; dom.len()],
            is_candidate: vec![false; dom.len()],
            candidates: Vec::new(),
        };
        let scored: Vec<NodeId> = dom
            .descendants(body)
            .filter(|&n| dom.tag(n).is_some_and(is_scored_tag))
            .collect();
        for p in scored {
            let len = stats.text[p.index()];
            if len < 25 {
                continue;
            }
            let text = dom.text_content(p);
            let mut content =
                1.0 + count_commas(&text) as f64 + (len as f64 / 100.0).floor().min(3.0);
            // Link-heavy paragraphs ("Read more: ..." teasers) vote less.
            content *= 1.0 - stats.link_density(p).min(0.9);
            for (level, ancestor) in dom.ancestors(p).take(5).enumerate() {
                if !dom.is_element(ancestor) {
                    break;
                }
                if !scores.is_candidate[ancestor.index()] {
                    scores.is_candidate[ancestor.index()] = true;
                    scores.score[ancestor.index()] = initial_score(dom, ancestor, weight_classes);
                    scores.candidates.push(ancestor);
                }
                let divider = match level {
                    0 => 1.0,
                    1 => 2.0,
                    l => l as f64 * 3.0,
                };
                scores.score[ancestor.index()] += content / divider;
            }
        }
        if scores.candidates.is_empty() {
            return None;
        }
        // A block made of links loses its score: on an article that is a menu or a link farm.
        // On a page whose listed items are the content (an index, a category) the links are
        // what the reader came for, so they cost at most half; on the ladder's last pass, after
        // every reading of the page as an article came out thin, at most a quarter (a list
        // article whose entries are all links: a wiki list or category page).
        let most_lost = if !rules.items_are_content {
            1.0
        } else if crate::ladder::items_first(rules.page_type) {
            ITEMS_MOST_LINK_LOSS
        } else {
            LAST_PASS_MOST_LINK_LOSS
        };
        for &c in &scores.candidates {
            scores.score[c.index()] *= 1.0 - stats.link_density(c).min(most_lost);
        }
        let score = &scores.score;
        scores
            .candidates
            .sort_by(|a, b| score[b.index()].total_cmp(&score[a.index()]));
        Some(scores)
    }

    fn best(&self) -> NodeId {
        self.candidates[0]
    }

    /// When several strong candidates share an ancestor (an article split into sections, each
    /// scoring alone), that ancestor is the article.
    fn shared_ancestor(&self, dom: &Dom, top: NodeId) -> NodeId {
        let top_score = self.score[top.index()];
        let alternatives: Vec<NodeId> = self.candidates[1..]
            .iter()
            .copied()
            .take(5)
            .filter(|&c| self.score[c.index()] / top_score >= 0.75)
            .collect();
        if alternatives.len() < 3 {
            return top;
        }
        let mut parent = dom.parent(top);
        while let Some(p) = parent {
            if !dom.is_element(p) || dom.is_tag(p, "body") {
                break;
            }
            let holding = alternatives.iter().filter(|&&a| dom.contains(p, a)).count();
            if holding >= 3 {
                return p;
            }
            parent = dom.parent(p);
        }
        top
    }

    /// Climbs while the parent scores higher than the child without losing much: the child was
    /// one part of a larger article.
    fn climb_while_parent_scores_higher(&self, dom: &Dom, top: NodeId) -> NodeId {
        let mut last_score = self.score[top.index()];
        let threshold = last_score / 3.0;
        let mut parent = dom.parent(top);
        while let Some(p) = parent {
            if !dom.is_element(p) || dom.is_tag(p, "body") {
                break;
            }
            if !self.is_candidate[p.index()] {
                parent = dom.parent(p);
                continue;
            }
            let ps = self.score[p.index()];
            if ps < threshold {
                break;
            }
            if ps > last_score {
                return p;
            }
            last_score = ps;
            parent = dom.parent(p);
        }
        top
    }
}

/// The most of its score a candidate loses to links on a page typed a listing or collection.
const ITEMS_MOST_LINK_LOSS: f64 = 0.5;
/// The same on the ladder's last pass, when nothing else read as content.
const LAST_PASS_MOST_LINK_LOSS: f64 = 0.25;

/// On an article, the winner climbs while it holds under half of its ancestor's prose.
const MIN_SHARE_OF_PARENT: f64 = 0.5;
/// On a discussion thread, while it holds under nine tenths: one post is a small part of a thread.
const MIN_SHARE_OF_THREAD: f64 = 0.9;

/// The winner may be one part of the article (a code block, a section): climb to the nearest
/// ancestor that adds prose, while the winner holds under half of that ancestor's prose (nine
/// tenths in a `thread`) and the ancestor is not a link farm.
fn climb_to_prose_holder(
    dom: &Dom,
    mut top: NodeId,
    prose: &[usize],
    stats: &TextStats,
    thread: bool,
) -> NodeId {
    let min_share = if thread {
        MIN_SHARE_OF_THREAD
    } else {
        MIN_SHARE_OF_PARENT
    };
    'climb: loop {
        let mine = prose[top.index()] as f64;
        for a in dom.ancestors(top) {
            if !dom.is_element(a) || dom.is_tag(a, "body") {
                break 'climb;
            }
            let theirs = prose[a.index()] as f64;
            if theirs <= mine {
                continue;
            }
            if stats.link_density(a) > 0.3 {
                break 'climb;
            }
            if mine / theirs >= min_share {
                // On an article the first ancestor that adds prose decides; in a thread a reply
                // under the post (a comment) adds a little, and the thread is further up.
                if thread {
                    continue;
                }
                break 'climb;
            }
            top = a;
            continue 'climb;
        }
        break;
    }
    top
}

/// A lone child wrapper adds nothing: use the outermost element that wraps only it. Siblings
/// left empty by boilerplate removal (an ad slot or related rail beside each part of a split
/// story) do not count, so the climb reaches the wrapper whose siblings hold the other parts.
fn climb_lone_wrappers(dom: &Dom, mut top: NodeId, stats: &TextStats) -> NodeId {
    while let Some(p) = dom.parent(top) {
        if !dom.is_element(p) || dom.is_tag(p, "body") {
            break;
        }
        let element_children = dom
            .children(p)
            .iter()
            .filter(|&&c| {
                c == top
                    || (dom.is_element(c)
                        && (stats.text[c.index()] > 0 || dom.find_tags(c, "img").next().is_some()))
            })
            .count();
        if element_children != 1 {
            break;
        }
        top = p;
    }
    top
}

fn initial_score(dom: &Dom, id: NodeId, weight_classes: bool) -> f64 {
    let base = match dom.tag(id).unwrap_or("") {
        "div" | "article" | "main" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    base + if weight_classes {
        class_weight(dom, id)
    } else {
        0.0
    }
}

/// Gathers the top candidate's siblings that belong to the article (a story split across several
/// sibling `<div>`s, or paragraphs that sit beside the scored container) into one new `<div>`.
fn merge_siblings(
    dom: &mut Dom,
    top: NodeId,
    score: &[f64],
    is_candidate: &[bool],
    stats: &TextStats,
    prose: &[usize],
) -> NodeId {
    let Some(parent) = dom.parent(top) else {
        return top;
    };
    let top_score = score[top.index()];
    let threshold = (top_score * 0.2).max(10.0);
    let top_class = dom.attr(top, "class").unwrap_or("").to_string();
    let siblings = dom.children(parent).to_vec();
    let mut kept = Vec::new();
    for s in siblings {
        if s == top {
            kept.push(s);
            continue;
        }
        if !dom.is_element(s) {
            continue;
        }
        let mut bonus = 0.0;
        if !top_class.is_empty() && dom.attr(s, "class") == Some(top_class.as_str()) {
            bonus += top_score * 0.2;
        }
        // An article word in the class of a sibling with under a paragraph of prose
        // ("article-lede" on the headline box) says where it sits, not that it holds more of the
        // story: only the votes of its paragraphs count.
        const MIN_PROSE_FOR_CLASS_BONUS: usize = 100;
        let votes = if prose[s.index()] < MIN_PROSE_FOR_CLASS_BONUS {
            score[s.index()] - class_weight(dom, s).max(0.0)
        } else {
            score[s.index()]
        };
        let joins = if is_candidate[s.index()] && votes + bonus >= threshold {
            true
        } else if prose[s.index()] >= 300
            && prose[s.index()] * 4 >= prose[top.index()]
            && stats.link_density(s) < 0.25
        {
            // Another part of the same story whose paragraphs sit too deep to have voted for this
            // sibling (magazine layouts nest each section six levels down).
            true
        } else if dom.is_tag(s, "figure") && dom.find_tags(s, "img").next().is_some() {
            // The lead picture often sits beside the text column, inside the same article.
            true
        } else if dom.is_tag(s, "p") {
            let len = stats.text[s.index()];
            let density = stats.link_density(s);
            let text = dom.normalized_text(s);
            (len > 80 && density < 0.25)
                || (len > 0 && density == 0.0 && (text.ends_with('.') || text.ends_with('。')))
        } else {
            false
        };
        if joins {
            kept.push(s);
        }
    }
    if kept.len() == 1 {
        return top;
    }
    // One pass over the parent's children: the kept ones move into a new wrapper that takes the
    // top candidate's place, so document order is unchanged for later stages.
    let wrapper = dom.create_element("div", Vec::new());
    let mut is_kept = vec![false; dom.len()];
    for c in kept {
        is_kept[c.index()] = true;
    }
    for c in dom.take_children(parent) {
        if c == top {
            dom.append(parent, wrapper);
        }
        if is_kept.get(c.index()).copied().unwrap_or(false) {
            dom.append(wrapper, c);
        } else {
            dom.append(parent, c);
        }
    }
    wrapper
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Limits;
    use crate::parse::parse_html;

    #[test]
    fn the_prose_container_beats_the_link_list() {
        let prose = "<p>A long sentence of the story, with commas, clauses, and detail enough to count.</p>".repeat(8);
        let links =
            "<li><a href='/x'>Another headline that is a link to elsewhere</a></li>".repeat(30);
        let html = format!("<div id='menu'><ul>{links}</ul></div><div id='story'>{prose}</div>");
        let mut dom = parse_html(&html, &Limits::default()).unwrap();
        let top = select_article(&mut dom, &crate::ladder::STRICTEST).unwrap();
        assert_eq!(dom.attr(top, "id"), Some("story"));
    }

    #[test]
    fn loose_text_between_brs_becomes_paragraphs() {
        let html =
            "<div>First part of the text.<br><br>Second part, after two breaks.<div>x</div></div>";
        let mut dom = parse_html(html, &Limits::default()).unwrap();
        let body = dom.body().unwrap();
        normalize_paragraphs(&mut dom, body);
        let ps: Vec<String> = dom
            .find_tags(dom.root(), "p")
            .map(|p| dom.normalized_text(p))
            .collect();
        assert_eq!(
            ps,
            vec![
                "First part of the text.",
                "Second part, after two breaks.",
                "x"
            ]
        );
    }

    #[test]
    fn a_story_split_between_emptied_rails_is_gathered_whole() {
        // Each part of the story sits in a wrapper beside a rail that boilerplate removal emptied.
        let part = |n: usize, words: &str| {
            format!("<p>{words}, a paragraph of the story with commas, clauses, and detail.</p>")
                .repeat(n)
        };
        let html = format!(
            "<article><div class='story-part'><div class='story-text'>{}</div><div class='rail'></div></div>\
             <div class='story-part'><div class='story-text'>{}</div><div class='rail'></div></div></article>",
            part(3, "Opening"),
            part(8, "Later")
        );
        let mut dom = parse_html(&html, &Limits::default()).unwrap();
        let top = select_article(&mut dom, &crate::ladder::STRICTEST).unwrap();
        let text = dom.normalized_text(top);
        assert!(text.contains("Opening") && text.contains("Later"));
    }

    #[test]
    fn an_article_class_alone_does_not_bring_in_the_headline_box() {
        let sentence = "Story text with enough words, commas, and length to be scored as prose, \
                        which goes on, clause after clause, for long enough to count as a paragraph.";
        let prose = format!("<p>{sentence}</p>").repeat(10);
        let more = format!("<p>More of the story. {sentence}</p>").repeat(2);
        let html = format!(
            "<div><div class='article-lede'><h1>Headline</h1><p>A dek that sums the story up, briefly.</p></div>\
             <div class='plain'>{prose}</div><div class='article-block'>{more}</div></div>"
        );
        let mut dom = parse_html(&html, &Limits::default()).unwrap();
        let top = select_article(&mut dom, &crate::ladder::STRICTEST).unwrap();
        let text = dom.normalized_text(top);
        assert!(!text.contains("A dek"));
        assert!(text.contains("More of the story"));
    }

    #[test]
    fn sibling_paragraphs_of_the_article_join_it() {
        let prose =
            "<p>Story text with enough words, commas, and length to be scored as prose here.</p>"
                .repeat(6);
        let html = format!("<div><div class='content'>{prose}</div><p>A closing paragraph that sits outside the scored container but belongs to it.</p><p><a href='/'>Home</a></p></div>");
        let mut dom = parse_html(&html, &Limits::default()).unwrap();
        let top = select_article(&mut dom, &crate::ladder::STRICTEST).unwrap();
        let text = dom.normalized_text(top);
        assert!(text.contains("closing paragraph"));
        assert!(!text.contains("Home"));
    }
}
