//! The retry ladder: which rule families each rung turns on, as one table. The first rung runs
//! every rule; a thin result (under `charThreshold` characters) moves one rung down, because the
//! class vocabulary can be wrong about a site (a `sidebar-layout` wrapper), class weights can
//! mislead, and conditional cleaning can eat short articles. The longest result wins if none is
//! long enough. Every stage that a rung changes takes the rung's [`Rules`]. When even the best
//! result is thin and the page holds more text in `<noscript>` than that, the ladder runs again
//! with `noscript_content` on.

use crate::article::{PageType, RemovedKind};

/// The rule families one rung of the ladder turns on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Rules {
    /// Boilerplate: which class/id vocabulary may remove elements.
    pub class_rules: ClassRules,
    /// Candidates: whether class/id words weigh a block's score.
    pub weight_classes: bool,
    /// Prune: whether link lists and weak blocks inside the article are dropped.
    pub clean_conditionally: bool,
    /// Prepare: whether `<noscript>` content counts as page content. Off on the ladder's first
    /// pass; a page whose scripted markup yields too little is read again with it on (see
    /// `clean_source`): forums and SPAs that serve the whole text to clients without scripts.
    pub noscript_content: bool,
    /// Prepare: whether large blocks the page hides until its scripts run (inline `display:none`,
    /// a hiding class, the `hidden` attribute; see `REVEALED_BLOCK_MIN_CHARS`) count as page
    /// content. Only on the passes after the visible page and its `<noscript>` came out thin.
    pub hidden_content: bool,
    /// What kind of page this is (`page_type.rs`), set for the page before the ladder runs:
    /// what counts as content depends on it.
    pub page_type: PageType,
    /// Whether comment-classed elements are the page's posts: on a discussion thread, not on a
    /// question-and-answer page, whose answers have classes of their own and whose comments are
    /// asides under each post (`page_type::comments_are_posts`).
    pub comments_are_posts: bool,
    /// Whether teaser-like items (linked headings with a line of text, cards) are the content:
    /// on a listing or collection page they are what the reader came for (`clean_source` decides).
    pub items_are_content: bool,
}

impl Rules {
    /// Whether a class/id rule of this kind may remove an element on this rung and page. On a
    /// discussion page the posts carry comment classes (`ipsComment`, `comment-body`) and are the
    /// content; on any other page comments stay furniture.
    pub(crate) fn allows_class_rule(&self, kind: RemovedKind) -> bool {
        self.class_rules.allows(kind)
            && !(kind == RemovedKind::Comments && self.comments_are_posts)
            && !(kind == RemovedKind::Related && self.items_are_content)
    }
}

/// How much of the class/id vocabulary the boilerplate stage trusts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ClassRules {
    /// Every class/id rule.
    All,
    /// Only the kinds that never name an article's wrapper (comments, ads, share bars, newsletter
    /// boxes, paywall prompts): a short article must not come back with its comment thread.
    Unambiguous,
}

impl ClassRules {
    pub(crate) fn allows(self, kind: RemovedKind) -> bool {
        match self {
            ClassRules::All => true,
            ClassRules::Unambiguous => matches!(
                kind,
                RemovedKind::Comments
                    | RemovedKind::Ad
                    | RemovedKind::Share
                    | RemovedKind::Newsletter
                    | RemovedKind::Paywall
            ),
        }
    }
}

const fn rung(class_rules: ClassRules, weight_classes: bool, clean_conditionally: bool) -> Rules {
    Rules {
        class_rules,
        weight_classes,
        clean_conditionally,
        noscript_content: false,
        hidden_content: false,
        page_type: PageType::Article,
        comments_are_posts: false,
        items_are_content: false,
    }
}

use ClassRules::{All, Unambiguous};

/// Strictest first.
#[rustfmt::skip]
pub(crate) const LADDER: [Rules; 4] = [
    //   class vocabulary  class weights  conditional cleaning
    rung(All,              true,          true),
    rung(Unambiguous,      true,          true),
    rung(Unambiguous,      false,         true),
    rung(Unambiguous,      false,         false),
];

/// On a listing or collection the listed items are the content from the first pass.
pub(crate) fn items_first(page_type: PageType) -> bool {
    matches!(page_type, PageType::Listing | PageType::Collection)
}

/// Every rung `clean_source` may run, in order, for a page of this type: the ladder; the ladder
/// again with `<noscript>` content (run only when the first found too little and `<noscript>`
/// holds more text than it found); the ladder with script-hidden blocks shown (run only when
/// everything before was thin and hidden blocks hold more text than was found); then, unless
/// items count from the start, the least strict rung with listed items as content (run only when
/// everything before was thin: a blog's front page or a shop category taken for an article; the
/// page is then typed a listing); last, unless posts count from the start, the least strict rung
/// read as a discussion, comment-classed elements as the content (run only when everything
/// before was thin, and kept only with three times the text: a link aggregator's story page,
/// whose text is its discussion).
pub(crate) fn passes(page_type: PageType, comments_are_posts: bool) -> impl Iterator<Item = Rules> {
    let items_first = items_first(page_type);
    let least_rules = LADDER[LADDER.len() - 1];
    LADDER
        .into_iter()
        .chain(LADDER.into_iter().map(|rules| Rules {
            noscript_content: true,
            ..rules
        }))
        .chain(LADDER.into_iter().map(|rules| Rules {
            hidden_content: true,
            ..rules
        }))
        .map(move |rules| Rules {
            items_are_content: items_first,
            ..rules
        })
        .chain((!items_first).then_some(Rules {
            items_are_content: true,
            ..least_rules
        }))
        .map(move |rules| Rules {
            page_type,
            comments_are_posts,
            ..rules
        })
        .chain((!comments_are_posts).then_some(Rules {
            page_type: PageType::Forum,
            comments_are_posts: true,
            ..least_rules
        }))
}

/// The first rung: every rule on (what the stages' own tests run with).
#[cfg(test)]
pub(crate) const STRICTEST: Rules = LADDER[0];
