//! Formulas into [`MATH`] elements: the TeX source from wherever the page keeps it (an
//! `annotation`, an `alttext`, a `data-math` attribute, a MathJax 2 script, a formula image's alt
//! or address), else the page's MathML converted; the MathML that shows the formula is kept as its
//! child for `content`.

use super::{has_class, MATH};
use crate::dom::{Dom, NodeId};
use crate::rules::math::{
    ACCENTS, FORMULA_IMAGE_MARKS, FUNCTION_NAMES, IMAGE_RENDER_SWITCHES, MATHJAX2_RENDER_CLASSES,
    STYLE_WRAPPERS, SYMBOLS, TEX_ATTRIBUTES,
};

/// Formulas longer than this are kept as written text: no real formula is this long, and the
/// TeX goes into attributes.
const MAX_TEX_BYTES: usize = 4_000;

/// One formula found: the node it replaces, its TeX, whether it is displayed, its MathML.
struct Formula {
    node: NodeId,
    tex: String,
    display: bool,
    mathml: Option<NodeId>,
    /// What the page shows as text for it (see [`rewrite_formulas`]); `None`: its MathML's
    /// symbols.
    shown: Option<String>,
}

pub(super) fn rewrite_formulas(dom: &mut Dom) {
    let mut found: Vec<Formula> = Vec::new();
    let mut rendered_copies: Vec<NodeId> = Vec::new();
    let mut walk = dom.descendants(dom.root());
    while let Some(id) = walk.next() {
        let Some(tag) = dom.tag(id) else { continue };
        if tag == "head" {
            walk.skip_children_of(id);
            continue;
        }
        // The class is split once, not once per MathJax class name.
        if tag != "mjx-container"
            && dom.attr(id, "class").is_some_and(|class| {
                class
                    .split_ascii_whitespace()
                    .any(|t| MATHJAX2_RENDER_CLASSES.contains(&t))
            })
        {
            rendered_copies.push(id);
            walk.skip_children_of(id);
            continue;
        }
        let formula = if tag == "script" {
            mathjax2_script(dom, id)
        } else if tag == "img" {
            formula_image(dom, id)
        } else {
            rendered_formula(dom, id, tag)
        };
        if let Some(f) = formula {
            walk.skip_children_of(id);
            found.push(f);
        }
    }
    // MathJax 2's rendered copies go when the sources they were drawn from are there to replace
    // them (a saved page without its scripts keeps the copies, the only form it has).
    if found.iter().any(|f| dom.is_tag(f.node, "script")) {
        dom.detach_many(&rendered_copies);
    }
    let mut pairs = Vec::with_capacity(found.len());
    let mut sources: Vec<(NodeId, NodeId)> = Vec::new();
    for f in found {
        // What a reader of the rendered page sees: the formula's symbols, spaced (the page's
        // `textContent` keeps that, as a browser's does); the TeX goes to blocks and Markdown.
        let shown = match (f.shown, f.mathml) {
            (Some(shown), _) => shown,
            (None, Some(m)) => shown_text(dom, m),
            (None, None) => f.tex.clone(),
        };
        // Space the page wrote at the formula's edges (`</mjx-container>and` after a formula
        // whose markup ends in a newline) still separates it from the words around it.
        let written = dom.text_content(f.node);
        let edges = match (
            written.starts_with(char::is_whitespace),
            written.ends_with(char::is_whitespace),
        ) {
            (true, true) => "both",
            (true, false) => "before",
            (false, true) => "after",
            (false, false) => "none",
        };
        let attrs = vec![
            ("latex".to_string(), f.tex),
            (
                "display".to_string(),
                if f.display { "block" } else { "inline" }.to_string(),
            ),
            ("text".to_string(), shown),
            ("space".to_string(), edges.to_string()),
        ];
        let math = dom.create_element(MATH, attrs);
        if let Some(mathml) = f.mathml {
            sources.push((math, mathml));
        }
        pairs.push((f.node, math));
    }
    dom.replace_many(&pairs);
    // The MathML moves in last: it may be the very element just replaced.
    for (math, mathml) in sources {
        dom.detach(mathml);
        dom.append(math, mathml);
    }
}

/// A formula a renderer drew (KaTeX, MathJax 3, Wikipedia, LaTeXML, `data-math`) or plain MathML.
fn rendered_formula(dom: &Dom, id: NodeId, tag: &str) -> Option<Formula> {
    let display_wrapper = has_class(dom, id, "katex-display");
    let katex = display_wrapper || has_class(dom, id, "katex");
    let wikipedia = has_class(dom, id, "mwe-math-element");
    let mathjax3 = tag == "mjx-container";
    let latexml_equation = tag == "table"
        && dom
            .attr(id, "class")
            .is_some_and(|c| c.contains("ltx_equation") || c.contains("ltx_eqn_table"));
    let tex_attribute = TEX_ATTRIBUTES.iter().find_map(|a| dom.attr(id, a));
    if !(katex || wikipedia || mathjax3 || latexml_equation || tag == "math")
        && tex_attribute.is_none()
    {
        return None;
    }
    let mathml = if tag == "math" {
        Some(id)
    } else {
        dom.find_tags(id, "math").next()
    };
    let tex = tex_attribute
        .map(str::to_string)
        .or_else(|| annotation_tex(dom, id))
        .or_else(|| mathml.and_then(|m| dom.attr(m, "alttext").map(str::to_string)))
        .or_else(|| {
            dom.find_tags(id, "img")
                .find_map(|img| dom.attr(img, "alt").filter(|a| !a.trim().is_empty()))
                .map(str::to_string)
        })
        .or_else(|| mathml.map(|m| mathml_to_latex(dom, m)))?;
    let tex = tidy_tex(&tex)?;
    let display = display_wrapper
        || latexml_equation
        || dom.attr(id, "display") == Some("true")
        || mathml.is_some_and(|m| dom.attr(m, "display") == Some("block"))
        || dom
            .attr(id, "class")
            .is_some_and(|c| c.contains("display") || c.split_whitespace().any(|t| t == "block"))
        || (tex_attribute.is_some() && matches!(tag, "div" | "p"));
    // Wikipedia shows an image and hides its MathML: the page shows no text for the formula.
    let hidden = wikipedia
        || mathml.is_some_and(|m| {
            std::iter::once(m)
                .chain(dom.ancestors(m))
                .take_while(|&a| a != id)
                .chain(std::iter::once(id))
                .any(|a| {
                    dom.attr(a, "hidden").is_some()
                        || dom
                            .attr(a, "style")
                            .is_some_and(crate::prepare::style_hides)
                })
        });
    Some(Formula {
        node: id,
        tex,
        display,
        mathml: mathml.filter(|&m| m != id || tag == "math"),
        shown: hidden.then(String::new),
    })
}

/// A MathML formula's symbols separated by spaces ("a ≠ 0"), its annotations left out: what a
/// reader sees of it as text (`prepare` writes a formula the structure stage left so, too).
pub(crate) fn shown_text(dom: &Dom, math: NodeId) -> String {
    let mut line = String::new();
    let mut walk = dom.descendants(math);
    while let Some(n) = walk.next() {
        if matches!(dom.tag(n), Some("annotation" | "annotation-xml")) {
            walk.skip_children_of(n);
        } else if let Some(text) = dom.text(n) {
            for word in text.split_whitespace() {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(word);
            }
        }
    }
    line
}

/// MathJax 2 keeps each formula's source in `<script type="math/tex">` (`; mode=display` for a
/// displayed one), after the copies it rendered (which go, see [`rewrite_formulas`]).
fn mathjax2_script(dom: &Dom, id: NodeId) -> Option<Formula> {
    let kind = dom.attr(id, "type")?.trim().to_ascii_lowercase();
    if !kind.starts_with("math/tex") {
        return None;
    }
    Some(Formula {
        node: id,
        tex: tidy_tex(&dom.text_content(id))?,
        display: kind.contains("mode=display"),
        mathml: None,
        shown: None,
    })
}

/// An image a formula service drew from the TeX in its address (CodeCogs and the like).
fn formula_image(dom: &Dom, id: NodeId) -> Option<Formula> {
    let src = dom.attr(id, "src")?;
    let tex = tex_from_image(src, dom.attr(id, "alt").unwrap_or(""))?;
    // Alone in its paragraph, the formula is displayed; among words, it is inline.
    const MAX_ALONE_SIBLINGS: usize = 5;
    let display = dom.parent(id).is_some_and(|p| {
        let siblings = dom.children(p);
        siblings.len() <= MAX_ALONE_SIBLINGS
            && siblings.iter().all(|&c| {
                c == id || dom.text(c).is_some_and(|t| t.trim().is_empty()) || dom.is_tag(c, "br")
            })
    });
    // An image shows no text.
    Some(Formula {
        node: id,
        tex,
        display,
        mathml: None,
        shown: Some(String::new()),
    })
}

fn tex_from_image(src: &str, alt: &str) -> Option<String> {
    if !FORMULA_IMAGE_MARKS.iter().any(|m| src.contains(m)) {
        return None;
    }
    if !alt.trim().is_empty() {
        return tidy_tex(alt);
    }
    let query = src.split_once('?')?.1;
    let query = match query.split('&').find_map(|p| p.strip_prefix("chl=")) {
        Some(chart_formula) => chart_formula.to_string(),
        None => query.replace("&space;", " ").replace("&amp;", "&"),
    };
    let decoded = percent_encoding::percent_decode_str(&query)
        .decode_utf8_lossy()
        .into_owned();
    let mut tex = decoded.trim();
    // Rendering switches first: `\dpi{120}`, `\bg_white`.
    while let Some(switch) = IMAGE_RENDER_SWITCHES.iter().find(|s| tex.starts_with(*s)) {
        let end = if switch.ends_with('{') {
            tex.find('}').map_or(tex.len(), |i| i + 1)
        } else {
            tex.find(' ').unwrap_or(tex.len())
        };
        tex = tex[end..].trim_start();
    }
    tidy_tex(tex)
}

#[cfg(test)]
pub(crate) fn tex_from_image_for_test(src: &str, alt: &str) -> Option<String> {
    tex_from_image(src, alt)
}

/// The TeX of an `<annotation encoding="application/x-tex">` (KaTeX, MathJax, Wikipedia,
/// LaTeXML all write one).
fn annotation_tex(dom: &Dom, id: NodeId) -> Option<String> {
    dom.find_tags(id, "annotation")
        .find(|&a| {
            dom.attr(a, "encoding")
                .is_some_and(|e| e.to_ascii_lowercase().contains("tex"))
        })
        .map(|a| dom.text_content(a))
        .filter(|t| !t.trim().is_empty())
}

/// Trimmed TeX without a size wrapper (`{\displaystyle x^{2}}` → `x^{2}`); `None` when empty or
/// too long to be a formula.
fn tidy_tex(tex: &str) -> Option<String> {
    let mut tex = tex.trim();
    if let Some(inner) = tex.strip_prefix('{').and_then(|t| t.strip_suffix('}')) {
        if let Some(rest) = STYLE_WRAPPERS
            .iter()
            .find_map(|w| inner.trim_start().strip_prefix(w))
        {
            if !rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
                tex = rest.trim();
            }
        }
    }
    let tex = tex.split_whitespace().collect::<Vec<_>>().join(" ");
    (!tex.is_empty() && tex.len() <= MAX_TEX_BYTES).then_some(tex)
}

/// One open element of [`mathml_to_latex`]'s walk.
struct Open {
    node: NodeId,
    next: usize,
    parts: Vec<String>,
}

/// The LaTeX of a MathML formula that carries no TeX source: its common presentation elements
/// (tokens, rows, scripts, fractions, roots, accents, tables) in one iterative walk.
pub(crate) fn mathml_to_latex(dom: &Dom, math: NodeId) -> String {
    let mut stack = vec![Open {
        node: math,
        next: 0,
        parts: Vec::new(),
    }];
    loop {
        let Some(top) = stack.last_mut() else {
            return String::new();
        };
        let children = dom.children(top.node);
        if let Some(&child) = children.get(top.next) {
            top.next += 1;
            match dom.tag(child) {
                Some("annotation" | "annotation-xml") => {}
                Some(_) => stack.push(Open {
                    node: child,
                    next: 0,
                    parts: Vec::new(),
                }),
                None => {
                    if let Some(t) = dom.text(child).map(str::trim).filter(|t| !t.is_empty()) {
                        top.parts.push(t.to_string());
                    }
                }
            }
            continue;
        }
        let Some(done) = stack.pop() else {
            return String::new();
        };
        let latex = element_latex(dom, done.node, done.parts);
        match stack.last_mut() {
            Some(parent) => parent.parts.push(latex),
            None => return latex,
        }
    }
}

#[cfg(test)]
pub(crate) fn mathml_to_latex_for_test(html: &str) -> String {
    let dom = crate::parse::parse_html(html, &crate::options::Limits::default()).unwrap();
    let math = dom.find_tags(dom.root(), "math").next().unwrap();
    mathml_to_latex(&dom, math)
}

fn element_latex(dom: &Dom, id: NodeId, parts: Vec<String>) -> String {
    let part = |i: usize| parts.get(i).map_or("", String::as_str);
    let tag = dom.tag(id).unwrap_or("");
    match tag {
        "mi" | "mn" | "mo" => token_latex(&parts.concat(), tag == "mi"),
        "mtext" | "ms" => {
            let text = parts.join(" ");
            if text.is_empty() {
                String::new()
            } else {
                format!("\\text{{{text}}}")
            }
        }
        "mspace" => " ".to_string(),
        "msup" => format!("{}^{{{}}}", base(part(0)), part(1)),
        "msub" => format!("{}_{{{}}}", base(part(0)), part(1)),
        "msubsup" => format!("{}_{{{}}}^{{{}}}", base(part(0)), part(1), part(2)),
        "mfrac" => format!("\\frac{{{}}}{{{}}}", part(0), part(1)),
        "msqrt" => format!("\\sqrt{{{}}}", join_latex(&parts)),
        "mroot" => format!("\\sqrt[{}]{{{}}}", part(1), part(0)),
        "munder" if is_big_operator(part(0)) => format!("{}_{{{}}}", part(0), part(1)),
        "munder" => format!("\\underset{{{}}}{{{}}}", part(1), part(0)),
        "mover" => match ACCENTS.iter().find(|(mark, _)| {
            parts
                .get(1)
                .is_some_and(|p| p == mark || token_latex(mark, false) == *p)
        }) {
            Some((_, accent)) => format!("{accent}{{{}}}", part(0)),
            None if is_big_operator(part(0)) => format!("{}^{{{}}}", part(0), part(1)),
            None => format!("\\overset{{{}}}{{{}}}", part(1), part(0)),
        },
        "munderover" => format!("{}_{{{}}}^{{{}}}", base(part(0)), part(1), part(2)),
        "mtable" => format!("\\begin{{matrix}} {} \\end{{matrix}}", parts.join(" \\\\ ")),
        "mtr" => parts.join(" & "),
        "mfenced" => {
            let open = dom.attr(id, "open").unwrap_or("(");
            let close = dom.attr(id, "close").unwrap_or(")");
            format!("{open}{}{close}", parts.join(","))
        }
        "semantics" => part(0).to_string(),
        _ => join_latex(&parts),
    }
}

/// A script's base, in braces unless it is one symbol or command.
fn base(latex: &str) -> String {
    let single = latex.chars().count() == 1
        || (latex.starts_with('\\') && latex[1..].chars().all(|c| c.is_ascii_alphabetic()))
        || latex.ends_with('}') && !latex.contains(' ');
    if single || latex.is_empty() {
        latex.to_string()
    } else {
        format!("{{{latex}}}")
    }
}

fn is_big_operator(latex: &str) -> bool {
    matches!(
        latex,
        "\\sum" | "\\prod" | "\\int" | "\\oint" | "\\lim" | "\\max" | "\\min" | "\\sup"
    )
}

/// A token's text in LaTeX: symbols as commands, function names as `\sin`, longer names upright.
fn token_latex(text: &str, identifier: bool) -> String {
    if identifier && FUNCTION_NAMES.contains(&text) {
        return format!("\\{text}");
    }
    let mut out = String::new();
    for c in text.chars() {
        match SYMBOLS.iter().find(|(s, _)| *s == c) {
            Some((_, command)) => {
                if ends_with_command(&out) && !command.is_empty() {
                    out.push(' ');
                }
                out.push_str(command);
            }
            None => {
                if ends_with_command(&out) && c.is_ascii_alphabetic() {
                    out.push(' ');
                }
                out.push(c);
            }
        }
    }
    if identifier && text.chars().count() > 1 && text.chars().all(char::is_alphabetic) {
        return format!("\\mathrm{{{text}}}");
    }
    out
}

/// Pieces of LaTeX in a row, with a space after a command word where the next piece starts with
/// a letter or another command (`\alpha \leq`), so commands stay apart.
fn join_latex(parts: &[String]) -> String {
    let mut out = String::new();
    for p in parts {
        let next_is_word = p.starts_with(|c: char| c.is_ascii_alphabetic() || c == '\\');
        if next_is_word && ends_with_command(&out) {
            out.push(' ');
        }
        out.push_str(p);
    }
    out
}

fn ends_with_command(latex: &str) -> bool {
    let letters = latex
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    letters > 0 && latex[..latex.len() - letters].ends_with('\\')
}
