//! Images and figures: one image block per figure, with the caption and the photo credit kept apart,
//! and the best image address from `src`, `srcset` and lazy-loading attributes.

use super::*;

impl Writer<'_, '_> {
    pub(super) fn note_credit(&mut self, credit: &str) {
        self.removed.push(Removed {
            kind: RemovedKind::Credit,
            text: excerpt(credit),
            reason: "image credit moved to the image's credit field".to_string(),
        });
    }

    /// Writes one image block and its `<figure>`, remembering where the figure starts so a caption
    /// paragraph that follows can still be folded into it.
    pub(super) fn emit_image(
        &mut self,
        src: String,
        alt: Option<String>,
        caption: Option<String>,
        credit: Option<String>,
    ) {
        if let Some(c) = &credit {
            self.note_credit(c);
        }
        let start = self.out.content.len();
        self.out.content.push_str("<figure><img src=\"");
        self.out.content.push_str(&escape_attr(&src));
        self.out.content.push('"');
        if let Some(a) = &alt {
            self.out
                .content
                .push_str(&format!(" alt=\"{}\"", escape_attr(a)));
        }
        self.out.content.push('>');
        if let Some(c) = &caption {
            self.out
                .content
                .push_str(&format!("<figcaption>{}</figcaption>", escape_text(c)));
        }
        self.out.content.push_str("</figure>\n");
        self.out.blocks.push(Block::Image {
            src,
            alt,
            caption,
            credit,
        });
        self.pending_figure = Some(start);
    }

    /// A figure, picture, lone image or figure-like wrapper: one image block with the caption and
    /// the credit kept apart.
    pub(super) fn image(&mut self, id: NodeId) {
        if !self.ctx.images {
            return;
        }
        let dom = self.dom;
        let img = if dom.is_tag(id, "img") {
            Some(id)
        } else {
            dom.find_tags(id, "img").next()
        };
        let Some(img) = img else { return };
        if is_tracking_pixel(dom, img) {
            return;
        }
        let Some(src) = self.image_source(id, img) else {
            return;
        };
        let alt = dom
            .attr(img, "alt")
            .map(collapse_whitespace)
            .filter(|a| !a.is_empty());

        let caption_root = dom.find_tags(id, "figcaption").next().or_else(|| {
            if dom.is_tag(id, "img") {
                None
            } else {
                Some(id)
            }
        });
        let (caption, credit_parts) = caption_root
            .map(|cap| caption_and_credits(dom, cap))
            .unwrap_or_default();
        let caption = Some(caption).filter(|c| !c.is_empty());
        let credit = if credit_parts.is_empty() {
            None
        } else {
            Some(credit_parts.join(" "))
        };
        self.emit_image(src, alt, caption, credit);
    }

    /// The best address for an image: the largest safe `srcset` candidate of the `<img>` or its
    /// `<picture>` sources, else `src`; made absolute and checked. A hostile or broken candidate
    /// is skipped rather than costing the image its good `src`.
    pub(super) fn image_source(&self, container: NodeId, img: NodeId) -> Option<String> {
        let dom = self.dom;
        let mut candidates: Vec<(u64, &str)> = std::iter::once(img)
            .chain(dom.find_tags(container, "source"))
            .filter_map(|n| dom.attr(n, "srcset"))
            .flat_map(srcset_candidates)
            .collect();
        // Largest first; the sort is stable, so equal sizes keep document order.
        candidates.sort_by_key(|c| std::cmp::Reverse(c.0));
        candidates
            .into_iter()
            .map(|(_, url)| url)
            .chain(dom.attr(img, "src"))
            .find_map(|raw| self.safe_url(raw, true))
    }
}

/// A caption's text and its credits, read apart: credit-classed elements inside it
/// (`<span class="credit">`) and a credit tail the credit rules split off ("… in Paris. Photo:
/// AFP"). Also used for a picture inside a list item or quote, whose caption joins the text.
pub(super) fn caption_and_credits(dom: &Dom, cap: NodeId) -> (String, Vec<String>) {
    let mut credit_parts: Vec<String> = Vec::new();
    let mut caption_text = String::new();
    let mut walk = dom.descendants(cap);
    while let Some(n) = walk.next() {
        if let Some(t) = dom.text(n) {
            caption_text.push_str(t);
        } else if dom.is_element(n) {
            // A credit in its own element: credit-classed (`<span class="credit">`), or a plain
            // inline element whose whole text is a credit line ("<span>צילום: אורי כהן</span>"
            // after a caption with no full stop).
            let own_credit = || {
                dom.tag(n).is_some_and(|t| {
                    matches!(
                        t,
                        "span" | "small" | "em" | "i" | "cite" | "b" | "strong" | "p" | "div"
                    )
                }) && n != cap
                    && credit::is_credit_line(&dom.normalized_text(n))
            };
            if ClassNames::of(dom, n).has_word(CREDIT_TOKENS) || own_credit() {
                let c = dom.normalized_text(n);
                if !c.is_empty() {
                    credit_parts.push(c);
                }
                caption_text.push(' ');
                walk.skip_children_of(n);
            } else if dom.is_tag(n, "br") || dom.tag(n).is_some_and(tags::is_block) {
                caption_text.push(' ');
            }
        }
    }
    let (caption, split_off) = credit::split_credit(&collapse_whitespace(&caption_text));
    if let Some(c) = split_off {
        credit_parts.push(c);
    }
    (collapse_whitespace(&caption), credit_parts)
}

/// The candidates of a `srcset` value as (size, url), following the HTML standard's parsing: a URL
/// is a run of non-whitespace (so the comma inside a `data:` URL stays in it), trailing commas end
/// a candidate with no descriptor, and descriptors run up to the next comma.
pub(super) fn srcset_candidates(srcset: &str) -> Vec<(u64, &str)> {
    let mut out = Vec::new();
    let mut rest = srcset;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == ',');
        if rest.is_empty() {
            break;
        }
        let url_end = rest
            .find(|c: char| c.is_ascii_whitespace())
            .unwrap_or(rest.len());
        let (url, after) = rest.split_at(url_end);
        let trimmed = url.trim_end_matches(',');
        if trimmed.len() < url.len() {
            // "a.jpg," — the comma ended the candidate.
            if !trimmed.is_empty() {
                out.push((1000, trimmed));
            }
            rest = after;
            continue;
        }
        let descriptors_end = after.find(',').unwrap_or(after.len());
        let (descriptors, next) = after.split_at(descriptors_end);
        let size = descriptors
            .split_ascii_whitespace()
            .next()
            .map(descriptor_size)
            .unwrap_or(1000);
        out.push((size, url));
        rest = next;
    }
    out
}

/// A srcset descriptor ("800w", "1.5x") as a comparable whole number: widths as given, densities
/// in thousandths (1.5x → 1500). Parsed by hand: a float parser would be linked into the
/// WebAssembly module for this alone.
pub(super) fn descriptor_size(descriptor: &str) -> u64 {
    let Some((last, _)) = descriptor.char_indices().next_back() else {
        return 0;
    };
    let (number, unit) = descriptor.split_at(last);
    let scale: u64 = match unit {
        "w" => 1,
        "x" => 1000,
        _ => return 0,
    };
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let whole: u64 = whole.parse().unwrap_or(0);
    let mut thousandths = 0u64;
    let mut place = 100u64;
    for c in fraction.chars().take(3) {
        thousandths += c.to_digit(10).map(u64::from).unwrap_or(0) * place;
        place /= 10;
    }
    if scale == 1 {
        whole
    } else {
        whole.saturating_mul(1000).saturating_add(thousandths)
    }
}

/// One-pixel trackers and spacer images carry nothing for a reader.
pub(super) fn is_tracking_pixel(dom: &Dom, img: NodeId) -> bool {
    let tiny = |a: &str| {
        dom.attr(img, a)
            .and_then(|v| v.trim().trim_end_matches("px").parse::<u32>().ok())
            .is_some_and(|v| v <= 2)
    };
    tiny("width") || tiny("height")
}
