//! CommonMark text: escaping of text, link destinations and titles, emphasis that obeys the
//! flanking rules, code spans, and line helpers.

/// The delimiter character an inline element is written with, if any.
pub(super) fn marker_char(tag: &str) -> Option<char> {
    match tag {
        "em" | "i" | "cite" | "strong" | "b" => Some('*'),
        "del" | "s" => Some('~'),
        _ => None,
    }
}

pub(super) fn heading_line(level: u8, text: &str) -> String {
    let mut text = text.to_string();
    // A trailing `#` would be read as the heading's optional closing sequence and dropped.
    if text.ends_with('#') {
        text.insert(text.len() - 1, '\\');
    }
    format!("{} {text}", "#".repeat(level.clamp(1, 6) as usize))
}

/// Splits inline Markdown at `<br>` breaks into the lines of one paragraph, joined by hard breaks.
pub(super) fn paragraph_lines(text: &str) -> Vec<String> {
    let lines: Vec<String> = text
        .split('\n')
        .map(|l| escape_line_starts(&collapse_spaces(l)))
        .filter(|l| !l.is_empty())
        .collect();
    let count = lines.len();
    lines
        .into_iter()
        .enumerate()
        .map(|(i, l)| if i + 1 < count { format!("{l}\\") } else { l })
        .collect()
}

/// Wraps `inner` in an emphasis delimiter when CommonMark will read it back as emphasis: the
/// delimiters need a non-space neighbour inside, and next to punctuation inside they need space or
/// punctuation outside. Whitespace at the edges is moved outside the markers.
/// `around` is the character written just before and just after the element.
pub(super) fn emphasis(inner: &str, marker: &str, around: (Option<char>, Option<char>)) -> String {
    let (before, after) = around;
    let (lead, body, trail) = split_outer_whitespace(inner);
    if body.is_empty() {
        return inner.to_string();
    }
    let loose = |c: Option<char>| c.is_none_or(|c| c.is_whitespace() || is_punctuation(c));
    let before = if lead.is_empty() { before } else { Some(' ') };
    let after = if trail.is_empty() { after } else { Some(' ') };
    let first = body.chars().next();
    let last = body.chars().next_back();
    let opens = first.is_some_and(|c| !is_punctuation(c)) || loose(before);
    let closes = last.is_some_and(|c| !is_punctuation(c)) || loose(after);
    // The marker's own characters next to it would lengthen the delimiter run.
    let marker_char = marker.chars().next().unwrap_or('*');
    let collides = before == Some(marker_char)
        || after == Some(marker_char)
        || first == Some(marker_char)
        || last == Some(marker_char);
    if opens && closes && !collides && !body.contains('\n') {
        format!("{lead}{marker}{body}{marker}{trail}")
    } else {
        inner.to_string()
    }
}

pub(super) fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation() || (!c.is_alphanumeric() && !c.is_whitespace())
}

pub(super) fn split_outer_whitespace(s: &str) -> (&str, &str, &str) {
    let body = s.trim();
    let start = s.len() - s.trim_start().len();
    let lead = s.get(..start).unwrap_or("");
    let trail = s.get(start + body.len()..).unwrap_or("");
    (lead, body, trail)
}

/// HTML whitespace folded to single spaces, keeping a space at either end (it separates words
/// from the neighbouring nodes).
pub(super) fn fold_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_space = false;
    for c in s.chars() {
        if matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}') {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else if !matches!(c, '\u{200b}' | '\u{feff}' | '\u{ad}') {
            out.push(c);
            in_space = false;
        }
    }
    out
}

/// Runs of spaces folded to one and the ends trimmed (outside code spans spaces are not
/// significant in HTML anyway).
pub(super) fn collapse_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.trim_matches(' ').chars() {
        if c == ' ' && out.ends_with(' ') {
            continue;
        }
        out.push(c);
    }
    out
}

/// Backslash-escapes every ASCII punctuation character that can start Markdown syntax anywhere in
/// a line. `!` is escaped because it would turn a following link into an image; `|` only matters
/// in tables but is harmless elsewhere.
pub(super) fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '&' | '!' | '~' | '|' | '$'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Escapes what only means something at the start of a line: ATX headings (`#`), block quotes
/// (`>`, already escaped), list markers (`-`, `+`, `1.`, `1)`) and setext underlines (`=`).
pub(super) fn escape_line_starts(line: &str) -> String {
    let mut chars = line.char_indices();
    match chars.next() {
        Some((_, '#' | '-' | '+' | '=')) => format!("\\{line}"),
        Some((_, c)) if c.is_ascii_digit() => {
            let digits_end = line
                .char_indices()
                .find(|(_, c)| !c.is_ascii_digit())
                .map_or(line.len(), |(i, _)| i);
            match line.get(digits_end..digits_end + 1) {
                Some("." | ")") => format!(
                    "{}\\{}",
                    line.get(..digits_end).unwrap_or(""),
                    line.get(digits_end..).unwrap_or("")
                ),
                _ => line.to_string(),
            }
        }
        _ => line.to_string(),
    }
}

/// An inline code span whose fence is longer than any backtick run in the code. Pipes in tables
/// must still be escaped (GitHub tables split cells before reading code spans).
pub(super) fn code_span(code: &str, in_table: bool) -> String {
    let code: String = code
        .chars()
        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
        .collect();
    if code.trim().is_empty() {
        return code;
    }
    let code = if in_table {
        code.replace('|', "\\|")
    } else {
        code
    };
    let fence = "`".repeat(longest_run(&code, '`') + 1);
    // CommonMark strips one space from each side when both are there, and a code span touching a
    // backtick needs a space to separate it from the fence.
    let pad = code.starts_with('`')
        || code.ends_with('`')
        || (code.starts_with(' ') && code.ends_with(' '));
    if pad {
        format!("{fence} {code} {fence}")
    } else {
        format!("{fence}{code}{fence}")
    }
}

pub(super) fn longest_run(s: &str, target: char) -> usize {
    let mut longest = 0;
    let mut current = 0;
    for c in s.chars() {
        if c == target {
            current += 1;
            longest = longest.max(current);
        } else {
            current = 0;
        }
    }
    longest
}

/// A link destination in `(...)`: characters that would end it or open the `<...>` form escaped.
pub(super) fn escape_destination(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            '\\' | '(' | ')' | '<' | '>' => {
                out.push('\\');
                out.push(c);
            }
            ' ' => out.push_str("%20"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A link title in `"..."`, all on one line.
pub(super) fn escape_title(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    for c in crate::dom::collapse_whitespace(title).chars() {
        if matches!(c, '\\' | '"' | '&') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
