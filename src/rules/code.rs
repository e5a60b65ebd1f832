//! Code blocks as highlighters write them: where each names the language, and the parts that are
//! not code (line-number gutters, copy buttons, language labels). Every highlighter draws these
//! differently; read as text they leave a column of numbers as its own code block, or "Copy"
//! inside the code.

/// Class prefixes naming a code block's language: highlight.js and Prism `language-x`, the
/// CommonMark renderers' `lang-x`, GitHub `highlight-source-x`, Sphinx `highlight-x`, and the
/// wrappers of Rouge (Jekyll), MkDocs and Docusaurus, which carry `language-x` too.
pub(crate) const LANGUAGE_CLASS_PREFIXES: &[&str] =
    &["language-", "lang-", "highlight-source-", "highlight-"];

/// Attributes naming the language: Chroma, Shiki, rehype-pretty-code, Mintlify and CodeMirror's
/// `data-language`, Hugo's `data-lang`; GitLab's `lang` on the `<pre>`.
pub(crate) const LANGUAGE_ATTRIBUTES: &[&str] = &["data-language", "data-lang", "lang"];

/// Language names a class may give as a bare word (old highlight.js `class="python hljs"`,
/// SyntaxHighlighter `syntaxhighlighter php`) or a label may show ("Python"), and the `lang`
/// attribute may hold (where a natural language's code is meant otherwise). Sorted.
pub(crate) const LANGUAGES: &[&str] = &[
    "bash",
    "c",
    "clojure",
    "cpp",
    "csharp",
    "css",
    "dart",
    "diff",
    "docker",
    "dockerfile",
    "elixir",
    "erlang",
    "go",
    "graphql",
    "haskell",
    "html",
    "ini",
    "java",
    "javascript",
    "js",
    "json",
    "jsx",
    "julia",
    "kotlin",
    "latex",
    "lua",
    "makefile",
    "markdown",
    "matlab",
    "nginx",
    "objectivec",
    "ocaml",
    "perl",
    "php",
    "powershell",
    "python",
    "r",
    "ruby",
    "rust",
    "scala",
    "scss",
    "sh",
    "shell",
    "sql",
    "swift",
    "toml",
    "ts",
    "tsx",
    "typescript",
    "vb",
    "xml",
    "yaml",
    "zsh",
];

/// Language names highlighters write when there is none (highlight.js `nohighlight`, a template's
/// `language-undefined`).
pub(crate) const NO_LANGUAGE: &[&str] =
    &["none", "nohighlight", "no-highlight", "undefined", "null"];

/// Class tokens that a bare-word language check must skip: the highlighters' own names and
/// their switches.
pub(crate) const NOT_LANGUAGE_TOKENS: &[&str] = &["hljs", "prettyprint", "notranslate", "code"];

/// Classes of line-number gutters inside a code box: Pygments `linenos`/`linenodiv`, Chroma
/// `lnt`/`ln`, Rouge `rouge-gutter`/`lineno`, Prism `line-numbers-rows`, highlight.js'
/// line-numbers plugin `hljs-ln-numbers`, CodeMirror `cm-gutters`/`CodeMirror-gutters`,
/// SyntaxHighlighter `gutter`, GitHub `blob-num`, and the generic `line-number(s)` of others.
pub(crate) const GUTTER_CLASSES: &[&str] = &[
    "linenos",
    "linenodiv",
    "lineno",
    "lnt",
    "ln",
    "rouge-gutter",
    "line-numbers-rows",
    "hljs-ln-numbers",
    "cm-gutters",
    "CodeMirror-gutters",
    "gutter",
    "blob-num",
    "line-number",
    "linenumber",
    "code-line-number",
];

/// Class fragments of a code box's controls: copy buttons (`copy`, `clipboard`), Prism's
/// `toolbar`.
pub(crate) const CONTROL_CLASS_FRAGMENTS: &[&str] = &["copy", "clipboard", "toolbar"];

/// Elements of a code box whose class names the language label above the code (VitePress
/// `span.lang`, `code-lang`, `code-language`, `language-label`).
pub(crate) const LABEL_CLASSES: &[&str] = &[
    "lang",
    "code-lang",
    "code-language",
    "language-label",
    "code-label",
    "language-name",
];

/// Classes of the elements a code editor or old highlighter draws each line in (CodeMirror
/// `cm-line`, `CodeMirror-line`, Monaco `view-line`, SyntaxHighlighter `line`), when no newline
/// separates them.
pub(crate) const LINE_CLASSES: &[&str] = &["cm-line", "CodeMirror-line", "view-line", "line"];

/// Containers that hold a code block without a `<pre>`: CodeMirror 6's `cm-content`, CodeMirror
/// 5's `CodeMirror-code`, SyntaxHighlighter's `syntaxhighlighter`.
pub(crate) const PRE_LESS_CODE_CLASSES: &[&str] =
    &["cm-content", "CodeMirror-code", "syntaxhighlighter"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_sorted_lower_case() {
        assert!(LANGUAGES.windows(2).all(|w| w[0] < w[1]));
        assert!(LANGUAGES
            .iter()
            .all(|l| l.chars().all(|c| !c.is_uppercase())));
    }

    fn code_block(html: &str) -> (Option<String>, String) {
        let page = format!(
            "<html><body><article><h1>Title</h1><p>{}</p>{html}<p>{}</p></article></body></html>",
            "Prose before the code, long enough to be the article. ".repeat(8),
            "Prose after the code, explaining what it does and why. ".repeat(8)
        );
        let article = crate::clean(&page, &crate::Options::default()).unwrap();
        article
            .blocks
            .into_iter()
            .find_map(|b| match b {
                crate::Block::Code { text, language } => Some((language, text)),
                _ => None,
            })
            .expect("a code block")
    }

    #[test]
    fn gutters_copy_buttons_and_labels_are_not_code() {
        let (language, text) = code_block(
            "<div class='code-box'><span class='lang'>Python</span>\
             <button class='copy'>Copy</button><span class='copy-btn'>Copy</span>\
             <pre><span class='linenos'>1</span>a = 1\n<span class='linenos'>2</span>b = 2</pre></div>",
        );
        assert_eq!(language.as_deref(), Some("python"));
        assert_eq!(text, "a = 1\nb = 2");
    }

    #[test]
    fn every_gutter_class_is_left_out_of_the_code() {
        for class in GUTTER_CLASSES {
            let (_, text) = code_block(&format!(
                "<pre><span class='{class}'>1</span>a = 1\n<span class='{class}'>2</span>b = 2</pre>"
            ));
            assert_eq!(text, "a = 1\nb = 2", "{class}");
        }
        // A gutter drawn as a table cell beside the code's cell.
        let (_, text) = code_block(
            "<table class='hljs-ln'><tr><td class='hljs-ln-numbers'>1</td><td><pre>x = 1</pre></td></tr></table>",
        );
        assert_eq!(text, "x = 1");
    }

    #[test]
    fn a_bare_language_word_and_the_brush_convention_name_the_language() {
        assert_eq!(
            code_block("<pre><code class='ruby hljs'>puts 1</code></pre>")
                .0
                .as_deref(),
            Some("ruby")
        );
        assert_eq!(
            code_block("<pre class='brush: php; gutter: true'>echo 1;</pre>")
                .0
                .as_deref(),
            Some("php")
        );
        // A natural language in `lang` is not a programming language.
        assert_eq!(code_block("<pre lang='en'>x</pre>").0, None);
    }

    #[test]
    fn lines_drawn_as_elements_or_breaks_stay_lines() {
        let (_, text) = code_block(
            "<div class='cm-content'><div class='cm-line'>let a = 1;</div><div class='cm-line'>let b = 2;</div></div>",
        );
        assert_eq!(text, "let a = 1;\nlet b = 2;");
        let (_, text) =
            code_block("<div class='codeblock'><code>x = 1<br>&nbsp;&nbsp;y = 2</code></div>");
        assert_eq!(text, "x = 1\n  y = 2");
    }
}
