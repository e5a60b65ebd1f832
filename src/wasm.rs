//! The JavaScript edge: `clean` and `cleanBytes` for web pages, extensions and Node.
//!
//! No extraction logic lives here. Options arrive as a plain JS object and go through the same serde
//! definitions as the CLI's `--options` JSON (unknown keys rejected); the article leaves through
//! serde-wasm-bindgen's JSON-compatible serializer, so the JS object equals the CLI's JSON for the same
//! page (plain objects, `null` for absent values, never `Map` or `undefined`).

use crate::{CleanError, Options};
use serde::Serialize;
use wasm_bindgen::prelude::*;

// The TypeScript view of the serde types in article.rs and options.rs. tests/typescript.rs parses this
// text and checks every interface against the serde names, so a renamed Rust field fails a test.
#[wasm_bindgen(typescript_custom_section)]
const TYPESCRIPT: &str = r#"
/** A cleaned article. The same object the `articlean` CLI prints as JSON. */
export interface Article {
  /** Version of this shape; bumped on any incompatible change. */
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
}

export interface HeadingBlock { type: "heading"; level: number; text: string; }
export interface ParagraphBlock { type: "paragraph"; text: string; }
export interface ListBlock { type: "list"; ordered: boolean; items: string[]; }
export interface QuoteBlock { type: "quote"; text: string; }
export interface CodeBlock { type: "code"; text: string; language: string | null; }
export interface TableBlock { type: "table"; rows: string[][]; }
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
  | ImageBlock;

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

/** Hard limits that bound the work done on hostile or broken input. */
export interface Limits {
  /** Largest accepted input, in bytes. Default: 64 MiB. */
  maxInputBytes?: number;
  /** Largest accepted number of DOM nodes after parsing. Default: 2,000,000. */
  maxNodes?: number;
  /** Deepest element nesting kept. Default: 512. */
  maxDepth?: number;
}

/** Options for `clean` / `cleanBytes`; every field is optional. Unknown keys throw `InvalidOptions`. */
export interface CleanOptions {
  /** The page's address, used to resolve relative links and images. */
  url?: string | null;
  /** Precision/recall trade-off. Default: "balanced". */
  favor?: Favor;
  /** Minimum article length before the rules relax. Default: 500. */
  charThreshold?: number;
  /** Keep images. Default: true. */
  images?: boolean;
  /** Keep links (false unwraps them to text). Default: true. */
  links?: boolean;
  /** Keep tables. Default: true. */
  tables?: boolean;
  /** Fill `Article.removed`. Default: true. */
  explain?: boolean;
  limits?: Limits;
}

/** The stable codes thrown as `Error.name` by `clean` and `cleanBytes`. */
export type CleanErrorCode = "InputTooLarge" | "TooManyNodes" | "InvalidOptions" | "NoContent";
"#;

#[wasm_bindgen]
extern "C" {
    // The global `Error` constructor, bound here so thrown errors are real `Error`s (stack, instanceof)
    // without a direct js-sys dependency.
    #[wasm_bindgen(js_name = Error)]
    type JsErrorObject;

    #[wasm_bindgen(constructor, js_class = "Error")]
    fn new(message: &str) -> JsErrorObject;

    #[wasm_bindgen(method, setter, js_class = "Error")]
    fn set_name(this: &JsErrorObject, name: &str);
}

/// Turns a core error into a JS `Error` whose `name` is the stable code, so callers can switch on
/// `e.name` and show `e.message`.
fn to_js_error(error: &CleanError) -> JsValue {
    let js = JsErrorObject::new(&error.to_string());
    js.set_name(error.code());
    js.into()
}

/// `undefined` and `null` mean the defaults; anything else must deserialize into `Options`.
fn options_from_js(options: Option<JsValue>) -> Result<Options, JsValue> {
    match options {
        None => Ok(Options::default()),
        Some(value) if value.is_undefined() || value.is_null() => Ok(Options::default()),
        Some(value) => {
            if !value.is_object() {
                return Err(to_js_error(&CleanError::InvalidOptions(
                    "options must be an object".to_string(),
                )));
            }
            serde_wasm_bindgen::from_value(value)
                .map_err(|e| to_js_error(&CleanError::InvalidOptions(e.to_string())))
        }
    }
}

fn article_to_js(result: Result<crate::Article, CleanError>) -> Result<JsValue, JsValue> {
    let article = result.map_err(|e| to_js_error(&e))?;
    article
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| {
            let js = JsErrorObject::new(&format!("could not convert the article: {e}"));
            js.set_name("InternalError");
            js.into()
        })
}

/// Cleans a page given as a string. Throws an `Error` named after a `CleanErrorCode`.
#[wasm_bindgen(unchecked_return_type = "Article")]
pub fn clean(
    html: &str,
    #[wasm_bindgen(unchecked_param_type = "CleanOptions | null")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let options = options_from_js(options)?;
    article_to_js(crate::clean(html, &options))
}

/// Cleans a page given as raw bytes (e.g. a `fetch` body), detecting the encoding from the BOM,
/// `contentType`'s charset (an HTTP `Content-Type` value), `<meta charset>`, else UTF-8 or
/// windows-1252.
#[wasm_bindgen(js_name = cleanBytes, unchecked_return_type = "Article")]
#[allow(non_snake_case)] // the parameter name is what TypeScript users see
pub fn clean_bytes(
    bytes: &[u8],
    #[wasm_bindgen(unchecked_param_type = "CleanOptions | null")] options: Option<JsValue>,
    contentType: Option<String>,
) -> Result<JsValue, JsValue> {
    let options = options_from_js(options)?;
    article_to_js(crate::clean_bytes(bytes, contentType.as_deref(), &options))
}
