//! Bytes → text. The order follows the HTML standard's encoding sniffing, simplified: a byte order
//! mark wins, then the transport's `charset` (HTTP Content-Type), then a `<meta charset>` /
//! `http-equiv` declaration in the first 1024 bytes, then UTF-8 when the bytes are valid UTF-8,
//! else windows-1252 (the standard's fallback for unlabeled Western pages). Decoding itself is
//! encoding_rs, the WHATWG Encoding Standard implementation Firefox uses.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// Decodes a page, never failing: malformed sequences become U+FFFD.
pub fn decode(bytes: &[u8], content_type: Option<&str>) -> String {
    let encoding = sniff(bytes, content_type);
    let (text, _, _) = encoding.decode(bytes);
    text.into_owned()
}

/// The encoding [`decode`] would use.
pub fn sniff(bytes: &[u8], content_type: Option<&str>) -> &'static Encoding {
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return enc;
    }
    if let Some(enc) = content_type
        .and_then(charset_param)
        .and_then(|l| Encoding::for_label(l.as_bytes()))
    {
        return ascii_compatible(enc);
    }
    let head = &bytes[..bytes.len().min(1024)];
    if let Some(enc) = prescan_meta(head) {
        // A page that declares a legacy charset but is valid UTF-8 is almost always mislabelled
        // UTF-8 (a CMS template copied across a migration); decoding it as declared would garble
        // every non-ASCII character.
        if enc != UTF_8 && std::str::from_utf8(bytes).is_ok() && !bytes.is_ascii() {
            return UTF_8;
        }
        return ascii_compatible(enc);
    }
    if std::str::from_utf8(bytes).is_ok() {
        UTF_8
    } else {
        WINDOWS_1252
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
    fn unlabeled_invalid_utf8_falls_back_to_windows_1252() {
        assert_eq!(decode(b"caf\xe9", None), "café");
    }
}
