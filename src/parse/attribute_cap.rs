//! The per-element attribute cap (`limits.maxAttributes`), applied to the page text before
//! html5ever's tokenizer sees it.
//!
//! Why before: the tokenizer checks each new attribute name against every earlier one of the same
//! tag, so one tag with 200,000 attributes costs 2·10¹⁰ comparisons (minutes), and nothing after
//! the tokenizer can stop that. No real element needs more than a few dozen attributes, so
//! attributes past the cap are cut out of the text and counted.
//!
//! This is a scanner for tags only: it follows the tokenizer's states that decide where a tag can
//! start (data, comments, bogus comments, raw text, RCDATA, script data with its escape states,
//! plaintext, CDATA in SVG/MathML) and, inside a tag, its attribute grammar (names, `=`, quoted and
//! unquoted values, `/`). Whether `<style>` or `<title>` starts raw text depends on the tree
//! builder (not inside SVG or MathML), which is followed approximately: a counter of open
//! `<svg>`/`<math>` elements, reset by the HTML elements that break out of foreign content. Where
//! the approximation is wrong, the parse stage still caps what reaches the tree (see
//! `DepthGuard`), at the cost of that one tag's comparisons.

/// Result of [`cap_attributes`] when some tag had too many attributes.
pub(super) struct Capped {
    /// The page text without the attributes past the cap.
    pub text: String,
    /// How many attributes were cut.
    pub dropped: usize,
}

/// Cuts every attribute past the `cap`-th out of each tag; `None` when no tag has more (the common
/// case: nothing is copied).
pub(super) fn cap_attributes(html: &str, cap: usize) -> Option<Capped> {
    let mut scanner = Scanner {
        bytes: html.as_bytes(),
        pos: 0,
        cap,
        foreign_depth: 0,
        cuts: Vec::new(),
        dropped: 0,
    };
    scanner.run();
    if scanner.cuts.is_empty() {
        return None;
    }
    let mut text = String::with_capacity(html.len());
    let mut from = 0;
    for &(start, end) in &scanner.cuts {
        text.push_str(&html[from..start]);
        from = end;
    }
    text.push_str(&html[from..]);
    Some(Capped {
        text,
        dropped: scanner.dropped,
    })
}

/// Where the tokenizer goes after a start tag.
enum After {
    Data,
    /// Raw text or RCDATA: only the matching end tag ends it.
    RawText(&'static [u8]),
    Script,
    Plaintext,
}

struct Scanner<'a> {
    bytes: &'a [u8],
    pos: usize,
    cap: usize,
    /// Open `<svg>`/`<math>` elements, as far as a tag scanner can tell.
    foreign_depth: usize,
    /// Byte ranges to cut, in order, each starting and ending at an ASCII byte.
    cuts: Vec<(usize, usize)>,
    dropped: usize,
}

fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ')
}

/// Elements whose start tag takes the tree builder out of SVG/MathML back to HTML.
const BREAKOUT: &[&[u8]] = &[
    b"b",
    b"big",
    b"blockquote",
    b"body",
    b"br",
    b"center",
    b"code",
    b"dd",
    b"div",
    b"dl",
    b"dt",
    b"em",
    b"embed",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"head",
    b"hr",
    b"i",
    b"img",
    b"li",
    b"listing",
    b"menu",
    b"meta",
    b"nobr",
    b"ol",
    b"p",
    b"pre",
    b"ruby",
    b"s",
    b"small",
    b"span",
    b"strong",
    b"strike",
    b"sub",
    b"sup",
    b"table",
    b"tt",
    b"u",
    b"ul",
    b"var",
];

const RAW_TEXT: &[&[u8]] = &[
    b"style",
    b"xmp",
    b"iframe",
    b"noembed",
    b"noframes",
    b"title",
    b"textarea",
];

impl Scanner<'_> {
    fn starts_with_ci(&self, at: usize, word: &[u8]) -> bool {
        self.bytes
            .get(at..at + word.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(word))
    }

    fn find(&self, from: usize, needle: &[u8]) -> Option<usize> {
        let hay = self.bytes.get(from..)?;
        hay.windows(needle.len())
            .position(|w| w == needle)
            .map(|i| from + i)
    }

    fn run(&mut self) {
        while self.pos < self.bytes.len() {
            let Some(lt) = self.bytes[self.pos..].iter().position(|&b| b == b'<') else {
                return;
            };
            self.pos += lt;
            match self.markup_at_lt() {
                After::Data => {}
                After::RawText(name) => self.skip_raw_text(name),
                After::Script => self.skip_script(),
                After::Plaintext => return,
            }
        }
    }

    /// Handles what starts at the `<` at `pos`, leaving `pos` after it.
    fn markup_at_lt(&mut self) -> After {
        let at = self.pos;
        let next = self.bytes.get(at + 1).copied();
        match next {
            Some(b'!') => {
                if self.bytes[at..].starts_with(b"<!--") {
                    self.skip_comment(at + 4);
                } else if self.foreign_depth > 0 && self.bytes[at..].starts_with(b"<![CDATA[") {
                    self.pos = self
                        .find(at + 9, b"]]>")
                        .map_or(self.bytes.len(), |e| e + 3);
                } else {
                    self.skip_to_gt(at + 2);
                }
                After::Data
            }
            Some(b'?') => {
                self.skip_to_gt(at + 1);
                After::Data
            }
            Some(b'/') => match self.bytes.get(at + 2) {
                Some(b) if b.is_ascii_alphabetic() => {
                    let (name, _) = self.tag(at + 2);
                    if self.foreign_depth > 0
                        && (name.eq_ignore_ascii_case(b"svg") || name.eq_ignore_ascii_case(b"math"))
                    {
                        self.foreign_depth -= 1;
                    }
                    After::Data
                }
                Some(b'>') => {
                    self.pos = at + 3;
                    After::Data
                }
                _ => {
                    self.skip_to_gt(at + 2);
                    After::Data
                }
            },
            Some(b) if b.is_ascii_alphabetic() => {
                let (name, tag) = self.tag(at + 1);
                self.after_start_tag(name, tag)
            }
            _ => {
                self.pos = at + 1;
                After::Data
            }
        }
    }

    /// Follows the foreign-content counter and decides the tokenizer state after a start tag.
    fn after_start_tag(&mut self, name: &[u8], tag: TagFacts) -> After {
        let is = |w: &[u8]| name.eq_ignore_ascii_case(w);
        if is(b"svg") || is(b"math") {
            if !tag.self_closing {
                self.foreign_depth += 1;
            }
            return After::Data;
        }
        if self.foreign_depth > 0 {
            if BREAKOUT.iter().any(|w| is(w)) || (is(b"font") && tag.font_breakout) {
                self.foreign_depth = 0;
            } else {
                return After::Data;
            }
        }
        if is(b"script") {
            After::Script
        } else if is(b"plaintext") {
            After::Plaintext
        } else if let Some(w) = RAW_TEXT.iter().find(|w| is(w)) {
            After::RawText(w)
        } else {
            After::Data
        }
    }

    /// A comment's body starts at `from`: `<!-->` and `<!--->` end at once, else `-->` or `--!>`.
    fn skip_comment(&mut self, from: usize) {
        let rest = &self.bytes[from..];
        if rest.starts_with(b">") {
            self.pos = from + 1;
            return;
        }
        if rest.starts_with(b"->") {
            self.pos = from + 2;
            return;
        }
        let mut i = from;
        while let Some(dash) = self.find(i, b"--") {
            match self.bytes.get(dash + 2) {
                Some(b'>') => {
                    self.pos = dash + 3;
                    return;
                }
                Some(b'!') if self.bytes.get(dash + 3) == Some(&b'>') => {
                    self.pos = dash + 4;
                    return;
                }
                _ => i = dash + 1,
            }
        }
        self.pos = self.bytes.len();
    }

    fn skip_to_gt(&mut self, from: usize) {
        self.pos = self.bytes[from.min(self.bytes.len())..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(self.bytes.len(), |i| from + i + 1);
    }

    /// Position of the next `</name` followed by a tag-name delimiter, from `from`.
    fn end_tag(&self, from: usize, name: &[u8]) -> Option<usize> {
        let mut i = from;
        while let Some(at) = self.find(i, b"</") {
            if self.starts_with_ci(at + 2, name)
                && self
                    .bytes
                    .get(at + 2 + name.len())
                    .is_none_or(|&b| is_space(b) || b == b'/' || b == b'>')
            {
                return Some(at);
            }
            i = at + 2;
        }
        None
    }

    fn skip_raw_text(&mut self, name: &[u8]) {
        self.pos = self.end_tag(self.pos, name).unwrap_or(self.bytes.len());
    }

    /// Script data and its escaped and double-escaped states (`<!--<script>…</script>-->` inside
    /// a script does not end it).
    fn skip_script(&mut self) {
        let mut i = self.pos;
        let mut escaped = false;
        let mut double = false;
        while i < self.bytes.len() {
            let b = self.bytes[i];
            if b == b'<' {
                if !escaped && self.bytes[i..].starts_with(b"<!--") {
                    escaped = true;
                    i += 4;
                    continue;
                }
                let closing = self.bytes.get(i + 1) == Some(&b'/');
                let name_at = if closing { i + 2 } else { i + 1 };
                let delimited = self
                    .bytes
                    .get(name_at + 6)
                    .is_none_or(|&d| is_space(d) || d == b'/' || d == b'>');
                if self.starts_with_ci(name_at, b"script") && delimited {
                    if closing && !double {
                        self.pos = i;
                        return;
                    }
                    if escaped {
                        double = !closing;
                    }
                }
            } else if b == b'-' && escaped && self.bytes[i..].starts_with(b"-->") {
                escaped = false;
                double = false;
                i += 3;
                continue;
            }
            i += 1;
        }
        self.pos = self.bytes.len();
    }

    /// Scans a tag whose name starts at `name_at`, cutting attributes past the cap; leaves `pos`
    /// after the tag's `>` (or at the end, where an unfinished tag is dropped by the tokenizer).
    fn tag(&mut self, name_at: usize) -> (&'static [u8], TagFacts) {
        let bytes = self.bytes;
        let mut i = name_at;
        while i < bytes.len() && !is_space(bytes[i]) && bytes[i] != b'/' && bytes[i] != b'>' {
            i += 1;
        }
        let name = &bytes[name_at..i];
        let mut facts = TagFacts::default();
        let mut count = 0usize;
        let mut cut_from: Option<usize> = None;
        // Where the last attribute within the cap ends: the cut starts there.
        let mut kept_end = i;
        loop {
            // Before an attribute name: spaces and stray slashes.
            while i < bytes.len() && (is_space(bytes[i]) || bytes[i] == b'/') {
                facts.self_closing = bytes[i] == b'/' && bytes.get(i + 1) == Some(&b'>');
                i += 1;
            }
            if i >= bytes.len() {
                break;
            }
            if bytes[i] == b'>' {
                i += 1;
                break;
            }
            let attr_start = i;
            // The name: a leading `=` belongs to it.
            i += 1;
            while i < bytes.len() && !is_space(bytes[i]) && !matches!(bytes[i], b'/' | b'>' | b'=')
            {
                i += 1;
            }
            let attr_name = &bytes[attr_start..i];
            if name.eq_ignore_ascii_case(b"font")
                && [&b"color"[..], b"face", b"size"]
                    .iter()
                    .any(|w| attr_name.eq_ignore_ascii_case(w))
            {
                facts.font_breakout = true;
            }
            let mut j = i;
            while j < bytes.len() && is_space(bytes[j]) {
                j += 1;
            }
            if bytes.get(j) == Some(&b'=') {
                j += 1;
                while j < bytes.len() && is_space(bytes[j]) {
                    j += 1;
                }
                match bytes.get(j) {
                    Some(&q @ (b'"' | b'\'')) => {
                        j = bytes[j + 1..]
                            .iter()
                            .position(|&b| b == q)
                            .map_or(bytes.len(), |e| j + 1 + e + 1);
                    }
                    Some(b'>') | None => {}
                    Some(_) => {
                        while j < bytes.len() && !is_space(bytes[j]) && bytes[j] != b'>' {
                            j += 1;
                        }
                    }
                }
                i = j;
            }
            count += 1;
            if count <= self.cap {
                kept_end = i;
            } else if cut_from.is_none() {
                cut_from = Some(kept_end);
            }
        }
        if let Some(from) = cut_from {
            // Cut up to the tag's end, keeping its closing `/>` or `>`.
            let end = if i > 0 && bytes.get(i - 1) == Some(&b'>') {
                i - 1 - usize::from(facts.self_closing)
            } else {
                i
            };
            if end > from {
                self.cuts.push((from, end));
                self.dropped += count - self.cap;
            }
        }
        self.pos = i;
        (static_name(name), facts)
    }
}

/// What the scanner learns from a tag besides its attribute count.
#[derive(Default, Clone, Copy)]
struct TagFacts {
    self_closing: bool,
    /// A `<font>` with `color`, `face` or `size` leaves foreign content.
    font_breakout: bool,
}

/// The few tag names the scanner acts on, as `'static` slices (so a name does not borrow the
/// scanner); every other name comes back empty.
fn static_name(name: &[u8]) -> &'static [u8] {
    // The raw-text names come from RAW_TEXT and the breakout names from BREAKOUT: one list each.
    const NAMES: &[&[u8]] = &[b"svg", b"math", b"script", b"plaintext", b"font"];
    NAMES
        .iter()
        .chain(RAW_TEXT)
        .chain(BREAKOUT)
        .find(|w| name.eq_ignore_ascii_case(w))
        .copied()
        .unwrap_or(b"")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attrs(n: usize) -> String {
        (0..n).map(|i| format!(" a{i}=\"v{i}\"")).collect()
    }

    #[test]
    fn pages_within_the_cap_are_not_copied() {
        let html = format!("<div{}>text</div><p class=x>y</p>", attrs(10));
        assert!(cap_attributes(&html, 10).is_none());
    }

    #[test]
    fn attributes_past_the_cap_are_cut_and_counted() {
        let html = format!("<div{}>text</div>", attrs(12));
        let capped = cap_attributes(&html, 10).unwrap();
        assert_eq!(capped.dropped, 2);
        assert_eq!(capped.text, format!("<div{}>text</div>", attrs(10)));
    }

    #[test]
    fn a_self_closing_tag_keeps_its_slash() {
        let html = format!("<img{} />", attrs(3));
        let capped = cap_attributes(&html, 1).unwrap();
        assert_eq!(capped.text, "<img a0=\"v0\"/>");
    }

    #[test]
    fn quoted_values_may_hold_markup() {
        let html = "<a title=\"x > <b c d e>\" href=/p>link</a>";
        assert!(cap_attributes(html, 2).is_none());
    }

    #[test]
    fn raw_text_comments_and_scripts_are_not_tags() {
        let many = attrs(5);
        for html in [
            format!("<script>if (a <b{many}) {{}}</script>"),
            format!("<script><!--<script>x</script><b{many}>--></script>"),
            format!("<!-- <b{many}> -->"),
            format!("<style>a <b{many}></style>"),
            format!("<textarea><b{many}></textarea>"),
        ] {
            assert!(cap_attributes(&html, 2).is_none(), "{html}");
        }
        // Inside SVG, <style> does not start raw text, so its tags are tags.
        let svg = format!("<svg><style><b{many}></style></svg>");
        assert_eq!(cap_attributes(&svg, 2).unwrap().dropped, 3);
        // ...until an HTML element breaks out of it.
        let out = format!("<svg><p><style><b{many}></style>");
        assert!(cap_attributes(&out, 2).is_none());
    }

    #[test]
    fn end_tags_are_capped_too() {
        // The tokenizer reads attributes on end tags as well (and checks them the same way).
        let html = format!("<p>x</p{}>", attrs(4));
        assert_eq!(cap_attributes(&html, 2).unwrap().dropped, 2);
    }
}
