//! The one set of knobs a caller can turn. Every field has a documented default, and unknown keys are
//! rejected so a typo in JavaScript (`{favour: ...}`) is an error instead of a silent no-op.

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

/// How hard extraction leans towards keeping or dropping doubtful blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub enum Favor {
    /// Drop doubtful blocks: less boilerplate, sometimes a lost paragraph.
    Precision,
    /// The default trade-off.
    #[default]
    Balanced,
    /// Keep doubtful blocks: nothing lost, sometimes a stray link list.
    Recall,
}

/// Extra text forms of the article to produce besides `content` and `textContent`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub enum Format {
    /// Only `content` (HTML) and `textContent`; `markdown` and `plainText` are null.
    #[default]
    Html,
    /// Also fill `Article::markdown` (CommonMark with GitHub tables).
    Markdown,
    /// Also fill `Article::plain_text` (paragraphs, bullets, no markup).
    Text,
}

/// Hard limits that bound the work done on hostile or broken input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Limits {
    /// Largest accepted input, in bytes. Default: 64 MiB.
    pub max_input_bytes: usize,
    /// Largest accepted number of DOM nodes after parsing. Default: 2,000,000.
    pub max_nodes: usize,
    /// Deepest element nesting kept; deeper elements are attached at this depth instead
    /// (browsers cap nesting near 512 for the same reason). Default: 512.
    pub max_depth: usize,
    /// Most attributes kept on one element; the rest are cut before parsing and counted in
    /// `removed` (html5ever compares each attribute with all earlier ones of its tag, so one tag with
    /// 200,000 attributes would take minutes). Default: 256.
    pub max_attributes: usize,
    /// Most units of work all stages together may spend on one page before cleaning stops with
    /// `WorkLimit`: a unit is one byte parsed or one step of a walk over the page's elements. Every
    /// stage is linear in the page, so this only ends pages shaped to defeat that (a safety net
    /// for shapes nobody foresaw). Default: `None`, meaning [`Limits::AUTO_WORK_BASE`] plus
    /// [`Limits::AUTO_WORK_PER_BYTE`] per input byte.
    pub max_work: Option<u64>,
}

impl Limits {
    /// The automatic work budget's allowance for any page, in units. Measured: no dev-corpus page
    /// (1,669 of them) needs more than 16.3 million units in all, and none of the hostile shapes
    /// of tests/hostile.rs more than 10.2 million at 0.9 MB.
    pub const AUTO_WORK_BASE: u64 = 10_000_000;
    /// The automatic work budget's allowance per input byte, in units. Measured: at most 17 units
    /// per byte on a dev-corpus page (a 209-byte one; 11.5 on pages over 50 KB), at most 11.4 on a
    /// hostile shape over 100 KB.
    pub const AUTO_WORK_PER_BYTE: u64 = 250;

    /// The work budget for a page of `bytes` bytes.
    pub fn work_budget(&self, bytes: usize) -> u64 {
        self.max_work.unwrap_or_else(|| {
            Self::AUTO_WORK_BASE
                .saturating_add(Self::AUTO_WORK_PER_BYTE.saturating_mul(bytes as u64))
        })
    }

    /// The typed error for an input over `max_input_bytes`; every entry point (text, bytes, the
    /// wasm edge, the parser itself) checks through this one test.
    pub fn check_input(&self, bytes: usize) -> Result<(), crate::CleanError> {
        if bytes > self.max_input_bytes {
            return Err(crate::CleanError::InputTooLarge {
                bytes,
                limit: self.max_input_bytes,
            });
        }
        Ok(())
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: 64 * 1024 * 1024,
            max_nodes: 2_000_000,
            max_depth: 512,
            max_attributes: 256,
            max_work: None,
        }
    }
}

/// Options for [`crate::clean`]. `Options::default()` is what a reader view wants. In JSON (and any
/// serde format) the keys are camelCase, every key may be left out, and unknown keys are errors.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Options {
    /// The page's address, used to resolve relative links and images. Default: none (the page's
    /// `<base>` or canonical link is used when present).
    pub url: Option<String>,
    /// Precision/recall trade-off. Default: [`Favor::Balanced`].
    pub favor: Favor,
    /// Minimum article length in characters before the retry ladder relaxes its rules.
    /// Default: 500 (the same threshold Readability.js uses).
    pub char_threshold: usize,
    /// Keep images (and figures) in `content` and `blocks`. Default: true.
    pub images: bool,
    /// Keep links in `content`. When false, links are unwrapped to their text. Default: true.
    pub links: bool,
    /// Keep tables. Default: true.
    pub tables: bool,
    /// List what was removed and why in `Article::removed`. Default: true.
    pub explain: bool,
    /// Which extra text form to produce. Default: [`Format::Html`] (none).
    pub format: Format,
    /// Return the page's comments as [`crate::Article::comments`] (author, date, text), apart
    /// from the article. Default: false (`comments` is null).
    pub comments: bool,
    /// Remove click-tracking query parameters (`utm_*`, `fbclid`, `gclid`, `mc_cid`, ...) from
    /// link addresses. Default: false (links are kept exactly as the page wrote them).
    pub strip_tracking: bool,
    /// Input limits. Default: [`Limits::default`].
    pub limits: Limits,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            url: None,
            favor: Favor::Balanced,
            char_threshold: 500,
            images: true,
            links: true,
            tables: true,
            explain: true,
            format: Format::Html,
            comments: false,
            strip_tracking: false,
            limits: Limits::default(),
        }
    }
}

// Options are read from a JSON value by hand rather than with `#[derive(Deserialize)]`: the derived
// reader instantiates serde_json's typed deserializer for every field type, and its error messages
// link two float printers, together 10 KB of the WebAssembly module for a dozen keys.
// `tests/typescript.rs` checks every key the TypeScript declaration names is read here.

impl Options {
    /// Parses options from JSON text, rejecting unknown keys.
    pub fn from_json(json: &str) -> Result<Options, crate::CleanError> {
        let value: Value = serde_json::from_str(json)
            .map_err(|e| crate::CleanError::InvalidOptions(e.to_string()))?;
        Options::from_json_value(&value)
    }

    /// Reads options from a JSON value (the JavaScript edge converts the options object into one),
    /// rejecting unknown keys.
    pub(crate) fn from_json_value(value: &Value) -> Result<Options, crate::CleanError> {
        Options::from_value(value).map_err(crate::CleanError::InvalidOptions)
    }

    fn from_value(value: &Value) -> Result<Options, String> {
        let mut options = Options::default();
        for (key, v) in object(value, "options")? {
            // null means the default, as an absent key does: JavaScript callers spread optional
            // settings (`{ url: maybeUrl }`), and the edge reads `undefined` as null.
            if v.is_null() && OPTION_KEYS.contains(&key.as_str()) {
                continue;
            }
            match key.as_str() {
                "url" => {
                    options.url = match v {
                        Value::Null => None,
                        Value::String(url) => Some(url.clone()),
                        _ => return Err("`url` must be a string or null".into()),
                    }
                }
                "favor" => {
                    options.favor = match word(v, key)? {
                        "precision" => Favor::Precision,
                        "balanced" => Favor::Balanced,
                        "recall" => Favor::Recall,
                        other => {
                            return Err(unknown_word(key, other, "precision, balanced, recall"))
                        }
                    }
                }
                "format" => {
                    options.format = match word(v, key)? {
                        "html" => Format::Html,
                        "markdown" => Format::Markdown,
                        "text" => Format::Text,
                        other => return Err(unknown_word(key, other, "html, markdown, text")),
                    }
                }
                "charThreshold" => options.char_threshold = whole_number(v, key)?,
                "images" => options.images = flag(v, key)?,
                "links" => options.links = flag(v, key)?,
                "tables" => options.tables = flag(v, key)?,
                "explain" => options.explain = flag(v, key)?,
                "stripTracking" => options.strip_tracking = flag(v, key)?,
                "comments" => options.comments = flag(v, key)?,
                "limits" => options.limits = Limits::from_value(v)?,
                other => {
                    return Err(format!(
                        "unknown option `{other}`, expected one of {}",
                        OPTION_KEYS.join(", ")
                    ))
                }
            }
        }
        Ok(options)
    }
}

impl Limits {
    fn from_value(value: &Value) -> Result<Limits, String> {
        let mut limits = Limits::default();
        for (key, v) in object(value, "limits")? {
            if v.is_null() && LIMIT_KEYS.contains(&key.as_str()) {
                continue; // the default, as in Options::from_value
            }
            let field = match key.as_str() {
                "maxInputBytes" => &mut limits.max_input_bytes,
                "maxNodes" => &mut limits.max_nodes,
                "maxDepth" => &mut limits.max_depth,
                "maxAttributes" => &mut limits.max_attributes,
                "maxWork" => {
                    limits.max_work = match v {
                        Value::Null => None,
                        _ => Some(v.as_u64().ok_or_else(|| {
                            format!("`{key}` must be a whole number of at least 0, or null")
                        })?),
                    };
                    continue;
                }
                other => {
                    return Err(format!(
                        "unknown limit `{other}`, expected one of {}",
                        LIMIT_KEYS.join(", ")
                    ))
                }
            };
            *field = whole_number(v, key)?;
        }
        Ok(limits)
    }
}

/// Every key `Options` reads, in the order the error message lists them.
const OPTION_KEYS: [&str; 11] = [
    "url",
    "favor",
    "format",
    "charThreshold",
    "images",
    "links",
    "tables",
    "explain",
    "stripTracking",
    "comments",
    "limits",
];
const LIMIT_KEYS: [&str; 5] = [
    "maxInputBytes",
    "maxNodes",
    "maxDepth",
    "maxAttributes",
    "maxWork",
];

fn object<'a>(value: &'a Value, what: &str) -> Result<&'a Map<String, Value>, String> {
    value
        .as_object()
        .ok_or_else(|| format!("{what} must be an object"))
}

fn word<'a>(value: &'a Value, key: &str) -> Result<&'a str, String> {
    value
        .as_str()
        .ok_or_else(|| format!("`{key}` must be a string"))
}

fn unknown_word(key: &str, word: &str, expected: &str) -> String {
    format!("unknown {key} `{word}`, expected one of {expected}")
}

fn flag(value: &Value, key: &str) -> Result<bool, String> {
    value
        .as_bool()
        .ok_or_else(|| format!("`{key}` must be true or false"))
}

fn whole_number(value: &Value, key: &str) -> Result<usize, String> {
    value
        .as_u64()
        .and_then(|n| usize::try_from(n).ok())
        .ok_or_else(|| format!("`{key}` must be a whole number of at least 0"))
}

impl<'de> Deserialize<'de> for Options {
    /// Through a JSON value, with the same rules as [`Options::from_json`].
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        Options::from_value(&value).map_err(serde::de::Error::custom)
    }
}

impl<'de> Deserialize<'de> for Limits {
    /// Through a JSON value, with the same rules as the `limits` key of [`Options::from_json`].
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        Limits::from_value(&value).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_read() {
        let json = r#"{"url":"https://example.com/a","favor":"recall","charThreshold":7,
            "images":false,"links":false,"tables":false,"explain":false,"format":"markdown",
            "stripTracking":true,"comments":true,"limits":{"maxInputBytes":10,"maxNodes":20,"maxDepth":30,"maxAttributes":40,
            "maxWork":5000000000}}"#;
        let options = Options::from_json(json).unwrap();
        let expected = Options {
            url: Some("https://example.com/a".into()),
            favor: Favor::Recall,
            char_threshold: 7,
            images: false,
            links: false,
            tables: false,
            explain: false,
            format: Format::Markdown,
            comments: true,
            strip_tracking: true,
            limits: Limits {
                max_input_bytes: 10,
                max_nodes: 20,
                max_depth: 30,
                max_attributes: 40,
                max_work: Some(5_000_000_000),
            },
        };
        assert_eq!(options, expected);
        // The serde route (any format) reads the same way.
        let via_serde: Options = serde_json::from_str(json).unwrap();
        assert_eq!(via_serde, expected);
        // What Options writes, it reads back.
        let written = serde_json::to_string(&expected).unwrap();
        assert_eq!(Options::from_json(&written).unwrap(), expected);
    }

    #[test]
    fn left_out_keys_keep_their_defaults_and_null_url_is_none() {
        assert_eq!(Options::from_json("{}").unwrap(), Options::default());
        let options = Options::from_json(r#"{"url":null,"limits":{"maxDepth":9}}"#).unwrap();
        assert_eq!(options.url, None);
        assert_eq!(options.limits.max_depth, 9);
        assert_eq!(options.limits.max_nodes, Limits::default().max_nodes);
        let auto = Options::from_json(r#"{"limits":{"maxWork":null}}"#).unwrap();
        assert_eq!(auto.limits.max_work, None);
        assert_eq!(
            auto.limits.work_budget(1_000),
            Limits::AUTO_WORK_BASE + 1_000 * Limits::AUTO_WORK_PER_BYTE
        );
        assert!(Options::from_json(r#"{"limits":{"maxWork":-1}}"#).is_err());
    }

    #[test]
    fn wrong_keys_and_values_are_errors_that_name_them() {
        for (json, named) in [
            (r#"{"favour":"recall"}"#, "favour"),
            (r#"{"favor":"loud"}"#, "loud"),
            (r#"{"format":"pdf"}"#, "pdf"),
            (r#"{"limits":{"maxNodez":5}}"#, "maxNodez"),
            (r#"{"images":"yes"}"#, "images"),
            (r#"{"charThreshold":-1}"#, "charThreshold"),
            (r#"{"charThreshold":1.5}"#, "charThreshold"),
            (r#"{"limits":[]}"#, "limits"),
            (r#"{"url":5}"#, "url"),
            (r#""recall""#, "options"),
            (r#"{"favor":"#, "EOF"),
        ] {
            let error = Options::from_json(json).unwrap_err();
            assert_eq!(error.code(), "InvalidOptions", "{json}");
            assert!(error.to_string().contains(named), "{json}: {error}");
            assert!(serde_json::from_str::<Options>(json).is_err(), "{json}");
        }
    }
}
