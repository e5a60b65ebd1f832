//! The JavaScript edge: `clean`, `cleanBytes` and `isProbablyReaderable` for web pages, extensions and
//! Node. No extraction logic lives here, and no argument checking either: the package's JS entries
//! (js/edge.js) check every argument before it reaches these functions.
//!
//! Both directions cross the boundary with serde-wasm-bindgen. Options become a `serde_json::Value`
//! that the core's strict reader turns into `Options` (unknown keys rejected, as for the CLI's
//! `--options`): deserializing `Options` straight from the JS object would look up only the known
//! field names and so never see a misspelt key such as `favour`. The article is written with
//! `Serializer::json_compatible()`: plain objects, `null` for absent values, numbers as numbers, so
//! the JS object is the CLI's JSON (test-js/corpus-parity.mjs checks every dev page).
//!
//! The cargo feature `json-boundary` swaps both directions for JSON text (`JSON.stringify` →
//! `Options::from_json`, `serde_json` → `JSON.parse`), the path used before; it exists so
//! `npm run bench:boundary` can time the two in one run (bench/README.md has the figures).
//!
//! `cleanBytes` sniffs the encoding with the core's [`crate::decode::sniff`] and lets the platform's
//! `TextDecoder` (the same WHATWG Encoding Standard as encoding_rs) decode it. Calling encoding_rs's
//! decoder here would link its CJK tables: ~130 KB of the module after gzip, over the size budget.

use crate::{CleanError, Options};
use wasm_bindgen::prelude::*;

// The TypeScript view of the serde types in article.rs and options.rs. tests/typescript.rs parses this
// text and checks every interface against the serde names, so a renamed Rust field fails a test.
#[wasm_bindgen(typescript_custom_section)]
const TYPESCRIPT: &str = r#"
/** A cleaned article. The same object the `articlean` CLI prints as JSON. */
export interface Article {
  /** Version of this shape; bumped on every incompatible change. */
  schemaVersion: number;
  /** The headline a reader sees (not the `<title>` with the site name appended). */
  title: string | null;
  /** Author names, comma-separated. */
  byline: string | null;
  /** Text direction (`ltr` / `rtl`) when the page declares one. */
  dir: string | null;
  /** Language tag, e.g. `en` or `de-DE`. */
  lang: string | null;
  /** A one- or two-sentence summary. */
  excerpt: string | null;
  siteName: string | null;
  /** ISO 8601 publication date or date-time. */
  publishedTime: string | null;
  /** ISO 8601 date or date-time of the last change. */
  modifiedTime: string | null;
  /** Canonical address of the article. */
  url: string | null;
  /** What kind of page this is; it decides what counts as content (a forum's posts, a listing's
   *  items). */
  pageType: PageType | null;
  /** The article's main image. */
  leadImage: string | null;
  /** The article as clean, sanitized HTML. */
  content: string;
  /** The article as plain text, paragraphs separated by blank lines. */
  textContent: string;
  /** Characters in `textContent`. */
  length: number;
  /** Words in `textContent` (CJK characters count one each). */
  wordCount: number;
  /** Typed content in reading order. */
  blocks: Block[];
  /** What was dropped and why. */
  removed: Removed[];
  /** The page's comments, in page order, when `comments: true` was asked for; otherwise null.
   *  Never part of `content`. */
  comments: Comment[] | null;
  /** The article as Markdown (CommonMark + GitHub tables; `# title` on top; image credits as image
   *  titles), when `format: "markdown"` was asked for; otherwise null. */
  markdown: string | null;
  /** The article as readable plain text (bullets, indented quotes, no markup), when
   *  `format: "text"` was asked for; otherwise null. `textContent` is always filled. */
  plainText: string | null;
}

export interface HeadingBlock { type: "heading"; level: number; text: string; }
export interface ParagraphBlock { type: "paragraph"; text: string; }
export interface ListBlock { type: "list"; ordered: boolean; start: number | null; items: string[]; }
export interface QuoteBlock { type: "quote"; text: string; }
export interface CodeBlock { type: "code"; text: string; language: string | null; }
/** Rows of cells, rectangular: a spanning cell's text at its top-left position, `""` where it
 *  spans; the first `headerRows` rows are header rows. */
export interface TableBlock { type: "table"; rows: string[][]; headerRows: number; }
/** A formula on its own line, as LaTeX (inline formulas stay in their paragraph's text as `$…$`). */
export interface MathBlock { type: "math"; latex: string; }
/** A note box; `kind` is one of GitHub's alert kinds. */
export interface CalloutBlock {
  type: "callout";
  kind: "note" | "tip" | "important" | "warning" | "caution";
  title: string | null;
  text: string;
}
export interface Definition { term: string; definitions: string[]; }
export interface DefinitionListBlock { type: "definitionList"; items: Definition[]; }
/** Another site's content (a video, a post, a pen, a gist): where it lives. */
export interface EmbedBlock {
  type: "embed";
  provider: "youtube" | "vimeo" | "dailymotion" | "spotify" | "twitter" | "bluesky" | "mastodon"
    | "instagram" | "tiktok" | "threads" | "codepen" | "gist";
  url: string;
  title: string | null;
}
/** The article's footnotes in the order of their numbers. */
export interface FootnotesBlock { type: "footnotes"; notes: string[]; }
/** An image; `credit` (photographer, agency) is kept apart from `caption`. */
export interface ImageBlock {
  type: "image";
  src: string;
  alt: string | null;
  caption: string | null;
  credit: string | null;
}
/** One typed piece of the article; switch on `type`. */
export type Block =
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | QuoteBlock
  | CodeBlock
  | TableBlock
  | MathBlock
  | CalloutBlock
  | DefinitionListBlock
  | EmbedBlock
  | FootnotesBlock
  | ImageBlock;

/** One comment of the page's thread (`comments: true`). */
export interface Comment {
  /** The commenter's name as the page shows it. */
  author: string | null;
  /** ISO 8601 date or date-time. */
  date: string | null;
  /** The text, paragraphs on their own lines (replies are comments of their own). */
  text: string;
}

/** The kind of page, from its schema.org/OpenGraph types, address and structure. */
export type PageType =
  | "article"
  | "forum"
  | "product"
  | "listing"
  | "collection"
  | "documentation"
  | "service";

/** Why something was removed. */
export type RemovedKind =
  | "cookie"
  | "credit"
  | "ad"
  | "nav"
  | "share"
  | "related"
  | "newsletter"
  | "comments"
  | "paywall"
  | "footer"
  | "hidden"
  | "other";

/** One removed piece of the page. */
export interface Removed {
  kind: RemovedKind;
  /** A short excerpt of the removed text (at most 80 characters). */
  text: string;
  /** The rule that matched, in words. */
  reason: string;
}

/** How hard extraction leans towards keeping or dropping doubtful blocks. */
export type Favor = "precision" | "balanced" | "recall";

/** Which extra text form to fill: "markdown" fills `Article.markdown`, "text" fills
 *  `Article.plainText`; "html" (the default) fills neither. */
export type OutputFormat = "html" | "markdown" | "text";

/** The answer of `isProbablyReaderable`. */
export interface Readerable {
  /** True when the page probably holds an article a reader view can show. */
  readerable: boolean;
  /** Sum of the square roots of each long paragraph's excess length; readerable at 15. */
  score: number;
}

/** Hard limits that bound the work done on hostile or broken input. */
export interface Limits {
  /** Largest accepted input, in bytes. Default: 64 MiB. */
  maxInputBytes?: number;
  /** Largest accepted number of DOM nodes after parsing. Default: 2,000,000. */
  maxNodes?: number;
  /** Deepest element nesting kept. Default: 512. */
  maxDepth?: number;
  /** Most attributes kept on one element; the rest are cut before parsing and counted in
   *  `removed`. Default: 256. */
  maxAttributes?: number;
  /** Most units of work (a byte parsed, a step of a walk over the page) before cleaning stops
   *  with `WorkLimit`. Default: null, meaning 10,000,000 plus 250 per input byte. */
  maxWork?: number | null;
}

/** Options for `clean` / `cleanBytes`; every field is optional. Unknown keys throw `InvalidOptions`. */
export interface CleanOptions {
  /** The page's address, used to resolve relative links and images. */
  url?: string | null;
  /** Precision/recall trade-off. Default: "balanced". */
  favor?: Favor;
  /** Minimum article length before the rules relax. Default: 500. */
  charThreshold?: number;
  /** Keep images (and figures) in `content`, `blocks` and `markdown`. Default: true. */
  images?: boolean;
  /** Keep links (false unwraps them to their text). Default: true. */
  links?: boolean;
  /** Keep tables (false keeps their text as paragraphs). Default: true. */
  tables?: boolean;
  /** Fill `Article.removed`. Default: true. */
  explain?: boolean;
  /** Also produce Markdown or readable plain text. Default: "html" (neither). */
  format?: OutputFormat;
  /** Remove click-tracking parameters (utm_*, fbclid, gclid, mc_cid, ...) from links. Default: false. */
  stripTracking?: boolean;
  /** Return the page's comments as `Article.comments`, apart from the article. Default: false. */
  comments?: boolean;
  limits?: Limits;
}

/** The stable codes thrown as `Error.name` by `clean` and `cleanBytes` for a page or its options. */
export type CleanErrorCode = "InputTooLarge" | "TooManyNodes" | "WorkLimit" | "InvalidOptions";

/** The codes of the JavaScript edge: "InvalidInput" (an argument of the wrong type: `html` not a
 *  string, `bytes` not a Uint8Array/ArrayBuffer, `options` not a plain object), "NotInitialized" (a
 *  call before `init()` resolved), "UnsupportedEncoding" (`cleanBytes` in a runtime whose TextDecoder
 *  lacks the page's legacy encoding), "InternalError" (a bug of ours; please report it). */
export type EdgeErrorCode = "InvalidInput" | "NotInitialized" | "UnsupportedEncoding" | "InternalError";

/** What `clean`, `cleanBytes` and `isProbablyReaderable` throw. */
export interface CleanError extends Error { name: CleanErrorCode | EdgeErrorCode; }
"#;

#[wasm_bindgen]
extern "C" {
    // Globals every browser, worker and Node 20 has; bound here instead of through js-sys/web-sys,
    // which would add dependencies for four functions.
    #[wasm_bindgen(js_name = Error)]
    type JsErrorObject;

    #[wasm_bindgen(constructor, js_class = "Error")]
    fn new(message: &str) -> JsErrorObject;

    #[wasm_bindgen(method, setter, js_class = "Error")]
    fn set_name(this: &JsErrorObject, name: &str);

    #[cfg(feature = "json-boundary")]
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &str) -> Result<JsValue, JsValue>;

    #[cfg(feature = "json-boundary")]
    #[wasm_bindgen(js_namespace = JSON, js_name = stringify, catch)]
    fn json_stringify(value: &JsValue) -> Result<JsValue, JsValue>;

    /// A JS array is an object too; options never are one.
    #[wasm_bindgen(js_namespace = Array, js_name = isArray)]
    fn is_array(value: &JsValue) -> bool;

    /// The options object as TypeScript sees it; read by `options_from_js`.
    #[wasm_bindgen(typescript_type = "CleanOptions")]
    pub type CleanOptionsObject;

    type TextDecoder;

    #[wasm_bindgen(constructor, catch)]
    fn new(label: &str) -> Result<TextDecoder, JsValue>;

    #[wasm_bindgen(method)]
    fn decode(this: &TextDecoder, bytes: &[u8]) -> String;
}

fn js_error(code: &str, message: &str) -> JsValue {
    let error = JsErrorObject::new(message);
    error.set_name(code);
    error.into()
}

/// Turns a core error into a JS `Error` whose `name` is the stable code, so callers can switch on
/// `e.name` and show `e.message`.
fn to_js_error(error: &CleanError) -> JsValue {
    js_error(error.code(), &error.to_string())
}

fn invalid_options(why: &str) -> JsValue {
    to_js_error(&CleanError::InvalidOptions(why.to_string()))
}

fn options_from_js(options: Option<CleanOptionsObject>) -> Result<Options, JsValue> {
    let value = match options.map(JsValue::from) {
        Some(value) if !value.is_undefined() && !value.is_null() => value,
        _ => return Ok(Options::default()),
    };
    if !value.is_object() || is_array(&value) {
        return Err(js_error("InvalidInput", "options must be a plain object"));
    }
    read_options(value)
}

#[cfg(not(feature = "json-boundary"))]
fn read_options(value: JsValue) -> Result<Options, JsValue> {
    // `undefined` values arrive as null, which the reader takes as the default, as JSON.stringify's
    // dropping of them did before.
    let value: serde_json::Value = serde_wasm_bindgen::from_value(value)
        .map_err(|e| invalid_options(&format!("options cannot be read: {e}")))?;
    Options::from_json_value(&value).map_err(|e| to_js_error(&e))
}

#[cfg(feature = "json-boundary")]
fn read_options(value: JsValue) -> Result<Options, JsValue> {
    let json = json_stringify(&value)
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(|| invalid_options("options cannot be written as JSON"))?;
    Options::from_json(&json).map_err(|e| to_js_error(&e))
}

#[cfg(not(feature = "json-boundary"))]
fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| js_error("InternalError", &format!("could not write the answer: {e}")))
}

#[cfg(feature = "json-boundary")]
fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let text = serde_json::to_string(value)
        .map_err(|e| js_error("InternalError", &format!("could not write the answer: {e}")))?;
    json_parse(&text)
}

fn article_to_js(result: Result<crate::Article, CleanError>) -> Result<JsValue, JsValue> {
    to_js(&result.map_err(|e| to_js_error(&e))?)
}

/// Whether a page probably holds an article, without extracting it: a parse and one cheap walk,
/// fast enough to run on every page a browser extension sees.
#[wasm_bindgen(js_name = isProbablyReaderable, unchecked_return_type = "Readerable")]
pub fn is_probably_readerable(html: &str) -> Result<JsValue, JsValue> {
    to_js(&crate::is_probably_readerable(html))
}

/// Cleans a page given as a string. Throws an `Error` named after a `CleanErrorCode`.
#[wasm_bindgen(unchecked_return_type = "Article")]
pub fn clean(html: String, options: Option<CleanOptionsObject>) -> Result<JsValue, JsValue> {
    let options = options_from_js(options)?;
    article_to_js(crate::clean_owned(html, &options))
}

/// Cleans a page given as raw bytes (e.g. a `fetch` body), detecting the encoding from the BOM,
/// `contentType`'s charset (an HTTP `Content-Type` value), `<meta charset>`, else UTF-8 or
/// windows-1252 — the same steps as the core's `clean_bytes`.
#[wasm_bindgen(js_name = cleanBytes, unchecked_return_type = "Article")]
#[allow(non_snake_case)] // the parameter name is what TypeScript users see
pub fn clean_bytes(
    bytes: Vec<u8>,
    options: Option<CleanOptionsObject>,
    contentType: Option<String>,
) -> Result<JsValue, JsValue> {
    let options = options_from_js(options)?;
    // Same order as the core's clean_bytes: the size limit is checked before any decoding work.
    options
        .limits
        .check_input(bytes.len())
        .map_err(|e| to_js_error(&e))?;
    let encoding = crate::decode::sniff(&bytes, contentType.as_deref());
    let text = match std::str::from_utf8(&bytes) {
        // Valid UTF-8 decoded as UTF-8 needs no decoder (only a leading BOM to drop, as the
        // WHATWG decode does).
        Ok(text) if encoding == encoding_rs::UTF_8 => {
            text.strip_prefix('\u{feff}').unwrap_or(text).to_string()
        }
        _ => TextDecoder::new(encoding.name())
            .map_err(|_| {
                js_error(
                    "UnsupportedEncoding",
                    &format!("this JavaScript runtime cannot decode {}", encoding.name()),
                )
            })?
            .decode(&bytes),
    };
    drop(bytes);
    article_to_js(crate::clean_owned(text, &options))
}
