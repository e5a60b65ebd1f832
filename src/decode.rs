//! Bytes → text. The order follows the HTML standard's encoding sniffing, with one deliberate
//! departure. In order, the first that answers wins:
//!
//! 1. a byte order mark (UTF-8, UTF-16LE/BE);
//! 2. the transport's `charset` (HTTP Content-Type), then a `<meta charset>` / `http-equiv`
//!    declaration in the first 1024 bytes — **unless** the label names a legacy encoding and the
//!    bytes are valid UTF-8 with non-ASCII characters in them: valid UTF-8 wins over a legacy label
//!    (the departure). Legacy text is almost never valid UTF-8 by accident (é in windows-1252 is
//!    one byte 0xE9, which UTF-8 only accepts followed by two continuation bytes), while a UTF-8
//!    page under a stale `iso-8859-1` label — a CMS template copied across a migration, a server
//!    default — is common, and decoding it as labelled would garble every accented letter;
//! 3. a label of UTF-8 on bytes that are mostly not UTF-8 (more invalid sequences than valid
//!    multi-byte characters) is treated as no label: the page lies, and the detector reads it;
//! 4. unlabeled: UTF-8 when the bytes are valid UTF-8;
//! 5. else the detector, chardetng (the one Firefox uses for unlabeled pages), which tells
//!    windows-1252 from windows-1251, Shift_JIS, EUC-KR, GBK, Big5, KOI8 and the other legacy
//!    encodings by their byte statistics. Native builds only: in WebAssembly it would cost
//!    +155 KB gzip, so there the fallback is windows-1252, as before.
//!
//! A legacy label that names the wrong legacy encoding (declares iso-8859-1 on windows-1251 bytes)
//! is believed: both decode without errors, and no byte-level test tells them apart reliably
//! enough to overrule the page. Decoding itself is encoding_rs, the WHATWG Encoding Standard
//! implementation Firefox uses.

use encoding_rs::{Encoding, UTF_8};

/// How many bytes the detector reads: enough for the statistics to settle, bounded so a 50 MB
/// page costs no more to sniff than a small one.
#[cfg(not(target_arch = "wasm32"))]
const DETECTOR_BYTES: usize = 256 * 1024;

/// Decodes a page, never failing: malformed sequences become U+FFFD. Valid UTF-8 is borrowed, not
/// copied (a BOM is skipped), so a large page is not held twice while it is parsed.
pub fn decode<'a>(bytes: &'a [u8], content_type: Option<&str>) -> std::borrow::Cow<'a, str> {
    let encoding = sniff(bytes, content_type);
    let (text, _, _) = encoding.decode(bytes);
    text
}

/// The encoding [`decode`] would use.
pub fn sniff(bytes: &[u8], content_type: Option<&str>) -> &'static Encoding {
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return enc;
    }
    let head = bytes.get(..bytes.len().min(1024)).unwrap_or(bytes);
    let label = content_type
        .and_then(charset_param)
        .and_then(|l| Encoding::for_label(l.as_bytes()))
        .or_else(|| prescan_meta(head))
        .map(ascii_compatible);
    let utf8 = Utf8Evidence::of(bytes);
    match label {
        Some(enc) if enc == UTF_8 => {
            if utf8.mostly_invalid() {
                detect(bytes)
            } else {
                UTF_8
            }
        }
        Some(enc) => {
            if utf8.is_valid_non_ascii() {
                UTF_8
            } else {
                enc
            }
        }
        None if utf8.invalid == 0 => UTF_8,
        None => detect(bytes),
    }
}

/// The detector's guess for bytes that are not UTF-8.
#[cfg(not(target_arch = "wasm32"))]
fn detect(bytes: &[u8]) -> &'static Encoding {
    let sample = bytes
        .get(..bytes.len().min(DETECTOR_BYTES))
        .unwrap_or(bytes);
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(sample, sample.len() == bytes.len());
    // No top-level domain hint (the caller's URL could give one, but a wrong hint hurts more
    // than none); UTF-8 is not a candidate here, the bytes already failed it.
    detector.guess(None, false)
}

/// WebAssembly: chardetng would link every legacy decoder (+155 KB gzip, over the module's size
/// budget), so an unlabeled non-UTF-8 page is read as windows-1252, the HTML standard's fallback
/// for Western locales. This is the one place the JS `cleanBytes` and the native `clean_bytes`
/// can differ.
#[cfg(target_arch = "wasm32")]
fn detect(_bytes: &[u8]) -> &'static Encoding {
    encoding_rs::WINDOWS_1252
}

/// Counts of what a UTF-8 decoder sees in the bytes.
struct Utf8Evidence {
    /// Characters of two or more bytes.
    multibyte: usize,
    /// Malformed sequences (each one a U+FFFD on decoding).
    invalid: usize,
}

impl Utf8Evidence {
    fn of(bytes: &[u8]) -> Utf8Evidence {
        let mut evidence = Utf8Evidence {
            multibyte: 0,
            invalid: 0,
        };
        let mut rest = bytes;
        while !rest.is_empty() {
            let (valid, skip) = match std::str::from_utf8(rest) {
                Ok(text) => (text, rest.len()),
                Err(e) => {
                    evidence.invalid += 1;
                    let valid_up_to = e.valid_up_to();
                    // `error_len` is None for a sequence cut off by the end of the input.
                    let bad = e.error_len().unwrap_or(rest.len() - valid_up_to);
                    let valid = std::str::from_utf8(rest.get(..valid_up_to).unwrap_or_default())
                        .unwrap_or_default();
                    (valid, valid_up_to + bad)
                }
            };
            // In valid UTF-8 every character of two or more bytes has exactly one lead byte >= 0xC0;
            // counting bytes is several times faster than decoding characters.
            evidence.multibyte += valid.bytes().filter(|&b| b >= 0xC0).count();
            rest = rest.get(skip..).unwrap_or_default();
        }
        evidence
    }

    fn is_valid_non_ascii(&self) -> bool {
        self.invalid == 0 && self.multibyte > 0
    }

    fn mostly_invalid(&self) -> bool {
        self.invalid > self.multibyte
    }
}

/// A declared UTF-16 on a page that reached us without a BOM is the standard's "use UTF-8"
/// case: the declaration cannot be true of bytes we could read as ASCII.
fn ascii_compatible(enc: &'static Encoding) -> &'static Encoding {
    if enc == encoding_rs::UTF_16LE
        || enc == encoding_rs::UTF_16BE
        || enc == encoding_rs::REPLACEMENT
    {
        UTF_8
    } else {
        enc
    }
}

/// The `charset=` parameter of a Content-Type value.
fn charset_param(content_type: &str) -> Option<&str> {
    let lower_pos = content_type.to_ascii_lowercase().find("charset=")?;
    let rest = content_type.get(lower_pos + "charset=".len()..)?;
    let value = rest
        .trim_start()
        .trim_start_matches(['"', '\''])
        .split(|c: char| c == ';' || c == '"' || c == '\'' || c.is_whitespace())
        .next()?;
    (!value.is_empty()).then_some(value)
}

/// Finds `<meta charset=...>` or `<meta http-equiv=content-type content="...charset=...">`.
fn prescan_meta(head: &[u8]) -> Option<&'static Encoding> {
    let text: String = head
        .iter()
        .map(|&b| (b as char).to_ascii_lowercase())
        .collect();
    let mut from = 0;
    while let Some(pos) = text[from..].find("<meta") {
        let start = from + pos;
        let end = text[start..]
            .find('>')
            .map(|e| start + e)
            .unwrap_or(text.len());
        let tag = &text[start..end];
        if let Some(i) = tag.find("charset") {
            let after = tag[i + "charset".len()..].trim_start();
            if let Some(value) = after.strip_prefix('=') {
                let value = value
                    .trim_start()
                    .trim_start_matches(['"', '\''])
                    .split(|c: char| {
                        c == '"' || c == '\'' || c == ';' || c == '/' || c.is_whitespace()
                    })
                    .next()
                    .unwrap_or("");
                if let Some(enc) = Encoding::for_label(value.as_bytes()) {
                    return Some(enc);
                }
            }
        }
        from = end.max(start + 5);
        if from >= text.len() {
            break;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::WINDOWS_1252;

    #[test]
    fn meta_charset_decodes_legacy_bytes() {
        let mut page = b"<html><head><meta charset=\"iso-8859-2\"></head><body>".to_vec();
        page.extend_from_slice(&[0xB3, 0xF3, 0x64, 0xBC]); // "łódź" in ISO-8859-2
        assert!(decode(&page, None).contains("łódź"));
    }

    #[test]
    fn http_equiv_and_content_type_are_read() {
        let page = b"<meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>\xcf\xf0\xe8";
        assert!(decode(page, None).contains("При"));
        assert_eq!(
            sniff(b"\xe9t\xe9", Some("text/html; charset=ISO-8859-1")),
            WINDOWS_1252
        );
    }

    #[test]
    fn bom_wins_and_utf8_is_kept() {
        let mut utf16 = vec![0xFF, 0xFE];
        for u in "<p>hé</p>".encode_utf16() {
            utf16.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&utf16, None), "<p>hé</p>");
        assert_eq!(decode("<p>naïve</p>".as_bytes(), None), "<p>naïve</p>");
    }

    #[test]
    fn unlabeled_invalid_utf8_goes_to_the_detector() {
        assert_eq!(decode(b"caf\xe9", None), "café");
    }

    #[test]
    fn utf8_evidence_counts_characters_and_errors() {
        let e = Utf8Evidence::of("naïve café".as_bytes());
        assert_eq!((e.multibyte, e.invalid), (2, 0));
        let e = Utf8Evidence::of(b"na\xefve caf\xe9 \xe2\x82");
        assert_eq!((e.multibyte, e.invalid), (0, 3));
        assert!(e.mostly_invalid());
        let e = Utf8Evidence::of(b"ascii only");
        assert!(!e.is_valid_non_ascii() && !e.mostly_invalid());
    }
}
