//! Formulas: where pages keep a formula's TeX source beside its rendering, and how MathML's
//! symbols read in LaTeX. A formula renderer draws each symbol as its own element (KaTeX's spans,
//! MathJax's `mjx-c` glyphs, MathML's `<mi>`); read as text they leave "For all , if is a man".
//! The structure stage (`structure/math.rs`) replaces every formula with its TeX.

/// Attributes that hold a formula's TeX source on the element that shows it: blog engines and
/// Markdown renderers that run KaTeX in the browser (`<span class="math" data-math="…">`, Ghost's
/// and Hexo's `data-latex`, `data-tex`).
pub(crate) const TEX_ATTRIBUTES: &[&str] = &["data-math", "data-latex", "data-tex"];

/// Address pieces of services that draw the formula written in the address (CodeCogs'
/// `latex.codecogs.com/svg.image?\frac{a}{b}`, forum `mimetex.cgi?`, Google's old chart API
/// `cht=tx`, upmath, QuickLaTeX): the image's alt, or else its query, is the formula.
pub(crate) const FORMULA_IMAGE_MARKS: &[&str] = &[
    "latex.codecogs.com",
    "/png.latex?",
    "/gif.latex?",
    "/svg.latex?",
    "mimetex.cgi?",
    "mathtex.cgi?",
    "cht=tx",
    "i.upmath.me/",
    "quicklatex.com/cache",
];

/// Rendering switches in a formula image's address, before the formula itself
/// (`\dpi{120}`, `\bg_white`): what to draw it with, not what it says.
pub(crate) const IMAGE_RENDER_SWITCHES: &[&str] =
    &["\\dpi{", "\\bg_", "\\fn_", "\\large", "\\huge"];

/// MathJax 2's rendered copies of a formula, written just before the `<script type="math/tex">`
/// that holds its source (the preview, the HTML-CSS, SVG, CommonHTML and MathML outputs).
pub(crate) const MATHJAX2_RENDER_CLASSES: &[&str] = &[
    "MathJax_Preview",
    "MathJax",
    "MathJax_Display",
    "MathJax_SVG",
    "MathJax_SVG_Display",
    "MathJax_CHTML",
    "MathJax_MathML",
];

/// Commands that wrap a whole formula to set its size, as Wikipedia's annotations and alts do
/// (`{\displaystyle x^{2}}`): the formula is what they wrap.
pub(crate) const STYLE_WRAPPERS: &[&str] = &["\\displaystyle", "\\textstyle", "\\scriptstyle"];

/// MathML elements written into `content` (MathML Core's presentation elements): everything
/// else inside a formula is unwrapped.
pub(crate) const MATHML_ELEMENTS: &[&str] = &[
    "math",
    "mi",
    "mn",
    "mo",
    "ms",
    "mtext",
    "mspace",
    "mrow",
    "mfrac",
    "msqrt",
    "mroot",
    "msub",
    "msup",
    "msubsup",
    "munder",
    "mover",
    "munderover",
    "mmultiscripts",
    "mprescripts",
    "mtable",
    "mtr",
    "mtd",
    "mstyle",
    "mpadded",
    "mphantom",
    "menclose",
    "merror",
    "semantics",
];

/// MathML's token elements: text only.
pub(crate) const MATHML_TOKENS: &[&str] = &["mi", "mn", "mo", "ms", "mtext"];

/// Characters of MathML tokens and their LaTeX commands, for formulas that carry no TeX source
/// (MathJax 3's assistive MathML, hand-written MathML): Greek letters, the relations, operators
/// and arrows of school and university mathematics.
pub(crate) const SYMBOLS: &[(char, &str)] = &[
    ('α', "\\alpha"),
    ('β', "\\beta"),
    ('γ', "\\gamma"),
    ('δ', "\\delta"),
    ('ε', "\\epsilon"),
    ('ϵ', "\\epsilon"),
    ('ζ', "\\zeta"),
    ('η', "\\eta"),
    ('θ', "\\theta"),
    ('ι', "\\iota"),
    ('κ', "\\kappa"),
    ('λ', "\\lambda"),
    ('μ', "\\mu"),
    ('ν', "\\nu"),
    ('ξ', "\\xi"),
    ('π', "\\pi"),
    ('ρ', "\\rho"),
    ('σ', "\\sigma"),
    ('τ', "\\tau"),
    ('υ', "\\upsilon"),
    ('φ', "\\phi"),
    ('ϕ', "\\phi"),
    ('χ', "\\chi"),
    ('ψ', "\\psi"),
    ('ω', "\\omega"),
    ('Γ', "\\Gamma"),
    ('Δ', "\\Delta"),
    ('Θ', "\\Theta"),
    ('Λ', "\\Lambda"),
    ('Ξ', "\\Xi"),
    ('Π', "\\Pi"),
    ('Σ', "\\Sigma"),
    ('Φ', "\\Phi"),
    ('Ψ', "\\Psi"),
    ('Ω', "\\Omega"),
    ('∑', "\\sum"),
    ('∏', "\\prod"),
    ('∫', "\\int"),
    ('∮', "\\oint"),
    ('∞', "\\infty"),
    ('∂', "\\partial"),
    ('∇', "\\nabla"),
    ('±', "\\pm"),
    ('∓', "\\mp"),
    ('×', "\\times"),
    ('÷', "\\div"),
    ('·', "\\cdot"),
    ('⋅', "\\cdot"),
    ('∘', "\\circ"),
    ('−', "-"),
    ('≤', "\\leq"),
    ('≥', "\\geq"),
    ('≠', "\\neq"),
    ('≈', "\\approx"),
    ('≡', "\\equiv"),
    ('∼', "\\sim"),
    ('∝', "\\propto"),
    ('∈', "\\in"),
    ('∉', "\\notin"),
    ('⊂', "\\subset"),
    ('⊆', "\\subseteq"),
    ('∪', "\\cup"),
    ('∩', "\\cap"),
    ('∅', "\\emptyset"),
    ('∀', "\\forall"),
    ('∃', "\\exists"),
    ('¬', "\\neg"),
    ('∧', "\\land"),
    ('∨', "\\lor"),
    ('→', "\\to"),
    ('←', "\\leftarrow"),
    ('↔', "\\leftrightarrow"),
    ('⇒', "\\Rightarrow"),
    ('⇔', "\\Leftrightarrow"),
    ('↦', "\\mapsto"),
    ('…', "\\ldots"),
    ('⋯', "\\cdots"),
    ('ℝ', "\\mathbb{R}"),
    ('ℕ', "\\mathbb{N}"),
    ('ℤ', "\\mathbb{Z}"),
    ('ℚ', "\\mathbb{Q}"),
    ('ℂ', "\\mathbb{C}"),
    ('\u{2061}', ""),
    ('\u{2062}', ""),
    ('\u{2063}', ""),
];

/// Function names an `<mi>` spells out that LaTeX writes as upright commands (`\sin x`).
pub(crate) const FUNCTION_NAMES: &[&str] = &[
    "arccos", "arcsin", "arctan", "cos", "cosh", "cot", "det", "exp", "gcd", "lim", "ln", "log",
    "max", "min", "sin", "sinh", "sup", "tan", "tanh",
];

/// Accents `<mover>` puts over its base, and the LaTeX command for each.
pub(crate) const ACCENTS: &[(&str, &str)] = &[
    ("^", "\\hat"),
    ("ˆ", "\\hat"),
    ("¯", "\\overline"),
    ("‾", "\\overline"),
    ("→", "\\vec"),
    ("~", "\\tilde"),
    ("˜", "\\tilde"),
    (".", "\\dot"),
    ("˙", "\\dot"),
];

#[cfg(test)]
mod tests {
    use crate::structure::math::{mathml_to_latex_for_test, tex_from_image_for_test};

    #[test]
    fn mathml_symbols_and_shapes_become_latex() {
        let latex = mathml_to_latex_for_test(
            "<math><mi>x</mi><mo>=</mo><mfrac><mrow><mo>−</mo><mi>b</mi><mo>±</mo>\
             <msqrt><msup><mi>b</mi><mn>2</mn></msup><mo>−</mo><mn>4</mn><mi>a</mi><mi>c</mi></msqrt>\
             </mrow><mrow><mn>2</mn><mi>a</mi></mrow></mfrac></math>",
        );
        assert_eq!(latex, "x=\\frac{-b\\pm \\sqrt{b^{2}-4ac}}{2a}");
        let latex = mathml_to_latex_for_test(
            "<math><munderover><mo>∑</mo><mrow><mi>n</mi><mo>=</mo><mn>1</mn></mrow><mi>∞</mi></munderover>\
             <mi>sin</mi><mi>α</mi><mo>≤</mo><mover><mi>v</mi><mo>→</mo></mover></math>",
        );
        assert_eq!(latex, "\\sum_{n=1}^{\\infty}\\sin \\alpha \\leq \\vec{v}");
    }

    #[test]
    fn formula_images_give_their_alt_or_their_address() {
        assert_eq!(
            tex_from_image_for_test(
                "https://latex.codecogs.com/png.latex?\\dpi{120}&space;\\sum_{k=0}^{n}&space;k",
                ""
            )
            .as_deref(),
            Some("\\sum_{k=0}^{n} k")
        );
        assert_eq!(
            tex_from_image_for_test("https://latex.codecogs.com/svg.image?x%5E2", "").as_deref(),
            Some("x^2")
        );
        assert_eq!(
            tex_from_image_for_test("https://latex.codecogs.com/svg.image?x", "\\frac{a}{b}")
                .as_deref(),
            Some("\\frac{a}{b}")
        );
        assert_eq!(
            tex_from_image_for_test("https://example.com/photo.png?latex", "A photo"),
            None
        );
        // Forum mimeTeX, Google's chart API, upmath.
        assert_eq!(
            tex_from_image_for_test("https://forum.example/cgi-bin/mimetex.cgi?a%2Bb", "")
                .as_deref(),
            Some("a+b")
        );
        assert_eq!(
            tex_from_image_for_test("https://chart.googleapis.com/chart?cht=tx&chl=x%5En", "")
                .as_deref(),
            Some("x^n")
        );
        assert_eq!(
            tex_from_image_for_test("https://i.upmath.me/svg/e%5E%7Bi%5Cpi%7D", "e^{i\\pi}")
                .as_deref(),
            Some("e^{i\\pi}")
        );
    }

    #[test]
    fn tex_attributes_of_each_convention_give_the_formula() {
        for attribute in super::TEX_ATTRIBUTES {
            let prose = "A paragraph of the lesson, long enough to be its text. ".repeat(8);
            let page = format!(
                "<html><body><article><h1>Lesson</h1><p>{prose} The area is \
                 <span class='math' {attribute}='\\pi r^2'>πr²</span> exactly.</p></article></body></html>"
            );
            let article = crate::clean(&page, &crate::Options::default()).unwrap();
            let text = article
                .blocks
                .iter()
                .find_map(|b| match b {
                    crate::Block::Paragraph { text } => Some(text.clone()),
                    _ => None,
                })
                .unwrap();
            assert!(text.contains("$\\pi r^2$"), "{attribute}: {text}");
        }
    }
}
