//! Removal bookkeeping shared by the stages that drop things (boilerplate, prune): the verdict a
//! rule reaches on an element, the `removed` entry that records it, and the one way to detach what
//! was judged.

use crate::article::{Removed, RemovedKind};
use crate::dom::{Dom, NodeId};
use crate::rules::cookie;

/// A removal decided for one element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verdict {
    pub kind: RemovedKind,
    pub reason: &'static str,
}

/// A short excerpt of removed text for the `removed` list.
pub fn excerpt(text: &str) -> String {
    const MAX: usize = 80;
    if text.chars().count() <= MAX {
        return text.to_string();
    }
    let mut s: String = text.chars().take(MAX - 1).collect();
    s.push('…');
    s
}

/// The verdict on a block whose wording reads as a consent notice.
pub const NOTICE_WORDING: Verdict = Verdict {
    kind: RemovedKind::Cookie,
    reason: "consent notice wording",
};

/// Records each doomed node with its verdict, then detaches them all in one pass: the end of every
/// removal rule.
pub fn remove_recorded(dom: &mut Dom, doomed: &[(NodeId, Verdict)], removed: &mut Vec<Removed>) {
    for &(id, v) in doomed {
        record(dom, id, v, removed);
    }
    let ids: Vec<NodeId> = doomed.iter().map(|&(id, _)| id).collect();
    dom.detach_many(&ids);
}

/// Adds a removal to the list when the node had any text worth telling about.
/// A dialog, aside or footer that turns out to be a consent notice by its wording is reported as
/// `cookie`, so the explanation names what it really was.
pub fn record(dom: &Dom, id: NodeId, v: Verdict, removed: &mut Vec<Removed>) {
    let text = dom.normalized_text(id);
    if text.is_empty() && v.kind != RemovedKind::Ad {
        return;
    }
    let v = if v.kind != RemovedKind::Cookie && text.len() < 3000 && cookie::is_consent_text(&text)
    {
        NOTICE_WORDING
    } else {
        v
    };
    removed.push(Removed {
        kind: v.kind,
        text: excerpt(&text),
        reason: v.reason.to_string(),
    });
}
