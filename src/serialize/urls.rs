//! URL safety: addresses are made absolute against the page's base, and only web, mail and phone
//! schemes, in-page anchors and raster `data:` images survive; script schemes are refused however
//! they are disguised.

use super::*;

impl Writer<'_, '_> {
    /// A URL that is safe to put in `content`: http(s), mailto, tel, in-page anchors, and (for
    /// images) raster `data:` images; relative URLs made absolute against the page address.
    ///
    /// The value has already been entity-decoded by the parser. It is first cleaned the way a
    /// browser's URL parser cleans it (WHATWG URL: leading and trailing C0 controls and spaces
    /// trimmed, tabs and newlines removed anywhere), then parsed with the `url` crate, which
    /// implements that same standard, so the scheme checked here is the scheme a browser would
    /// see. Independently, a scheme probe with every control, whitespace and invisible format
    /// character removed must not name a script-capable scheme: `java&#8203;script:` is no scheme
    /// to a browser today, but nothing is lost by refusing it.
    pub(super) fn safe_url(&self, raw: &str, image: bool) -> Option<String> {
        let cleaned: String = raw
            .trim_matches(|c: char| c <= ' ')
            .chars()
            .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
            .collect();
        if cleaned.is_empty() || names_script_scheme(&cleaned, image) {
            return None;
        }
        if cleaned.starts_with('#') {
            return Some(cleaned);
        }
        if image && is_raster_data_url(&cleaned) {
            return Some(cleaned);
        }
        let allowed = |u: &Url| match u.scheme() {
            "http" | "https" => true,
            "mailto" | "tel" => !image,
            _ => false,
        };
        // Only a web page's address is a useful base: relative links under a `file:` or
        // `about:` base would resolve to schemes the reader cannot follow.
        let base = self
            .ctx
            .base_url
            .filter(|b| matches!(b.scheme(), "http" | "https"));
        if let Some(base) = base {
            let resolved = base.join(&cleaned).ok()?;
            return allowed(&resolved).then(|| resolved.to_string());
        }
        match Url::parse(&cleaned) {
            Ok(absolute) => allowed(&absolute).then(|| absolute.to_string()),
            // No base: the link stays relative, which is safe only if resolving it against any
            // web page gives a web address (a relative reference cannot change the scheme, and
            // this proves it for this string).
            Err(url::ParseError::RelativeUrlWithoutBase) => {
                let stand_in = Url::parse("https://relative.invalid/").ok()?;
                let resolved = stand_in.join(&cleaned).ok()?;
                allowed(&resolved).then_some(cleaned)
            }
            Err(_) => None,
        }
    }
}

/// Whether a URL, with every control, whitespace and invisible format character removed and
/// letters lowercased, starts with a scheme that can run script or render a document:
/// `javascript:`, `vbscript:` (old IE), `livescript:`/`mocha:` (old Netscape), and `data:` other
/// than a raster image (`data:text/html` and `data:image/svg+xml` both run script).
pub(super) fn names_script_scheme(url: &str, image: bool) -> bool {
    let probe: String = url
        .chars()
        .filter(|&c| !c.is_control() && !c.is_whitespace() && !is_invisible_format(c))
        .take(64)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if ["javascript:", "vbscript:", "livescript:", "mocha:"]
        .iter()
        .any(|s| probe.starts_with(s))
    {
        return true;
    }
    probe.starts_with("data:") && !(image && is_raster_data_url(&probe))
}

/// Characters that render as nothing (zero-width spaces and joiners, direction marks, word
/// joiner, soft hyphen, BOM): a reader cannot see them in a link, so they must not hide a scheme.
pub(super) fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}')
}

/// `data:image/png`, `jpeg`, `gif` or `webp`, the type ending at `;` or `,`: raster formats that
/// cannot carry script (SVG can, so it is not here).
pub(super) fn is_raster_data_url(url: &str) -> bool {
    const PREFIX: &str = "data:image/";
    let Some(after) = url
        .get(..PREFIX.len())
        .filter(|p| p.eq_ignore_ascii_case(PREFIX))
        .and_then(|_| url.get(PREFIX.len()..))
    else {
        return false;
    };
    ["png", "jpeg", "gif", "webp"].iter().any(|t| {
        after
            .get(..t.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(t))
            && matches!(after.as_bytes().get(t.len()), Some(b';' | b','))
    })
}
