//! Stage 3: page metadata (headline, byline, dates, language, site, excerpt, canonical address, lead
//! image) read from the structured data a page ships and from its visible header.
//!
//! # Order of trust
//!
//! Each field takes the first source, in this order, that yields a usable value:
//!
//! 1. **JSON-LD** (`<script type="application/ld+json">`) of an article type (`Article`,
//!    `NewsArticle`, `BlogPosting`, `Report`, …; `@graph`, arrays and `@type` arrays understood).
//!    Publishers write it for search engines, which penalise wrong values, so it is the most
//!    deliberate statement of headline, authors and dates. `WebSite`, `Organization`,
//!    `BreadcrumbList` and the like never supply the headline.
//! 2. **Named meta tags**: Dublin Core, OpenGraph (`og:*`, `article:*`), Twitter cards, Parse.ly
//!    (`parsely-*`), Sailthru (`sailthru.*`) and plain `author` / `description`. Written for
//!    sharing previews: almost as deliberate, but `og:title` often carries the site name.
//! 3. **Microdata** in the body (`itemprop=headline|author|name|datePublished|dateModified`).
//! 4. **Visible page elements**: `<time datetime>` near the headline (never inside related lists,
//!    comments, footers or sidebars), `rel=author` links, byline boxes (class/id with `byline`,
//!    `author`, `autor`, `auteur`, …) and short lines starting with "By"/"Von"/"Par"/"Por"/"Door"/"Di".
//! 5. **`<title>`**, with site-name prefixes/suffixes removed, for the headline when nothing above
//!    gave one; the first `<h1>` when there is no `<title>` either.
//!
//! Whatever source wins, a headline that still ends (or starts) with the site name behind a
//! separator loses that part when the visible `<h1>` or the declared site name confirms it. A
//! person's name always beats an organisation's in the byline; an organisation is used only when
//! no person is named anywhere. Visible byline/date elements are recorded in
//! [`Metadata::byline_nodes`] even when the byline itself came from structured data, so later
//! stages can drop them from the body.

use crate::dom::{Dom, NodeId};
use serde_json::Value;

/// What the page says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    /// The headline a reader sees, not `<title>` with " | Site Name" appended.
    pub title: Option<String>,
    /// People's names, comma-separated; the organisation only when no person is named.
    pub byline: Option<String>,
    /// ISO 8601: `YYYY-MM-DD`, or a date-time with its offset when the page gives one.
    pub published_time: Option<String>,
    pub modified_time: Option<String>,
    pub site_name: Option<String>,
    pub lang: Option<String>,
    /// `ltr` / `rtl` / `auto` as declared on `<html>` or `<body>`.
    pub dir: Option<String>,
    /// The page's description meta.
    pub excerpt: Option<String>,
    pub canonical_url: Option<String>,
    /// Absolute address of the main image.
    pub lead_image: Option<String>,
    /// JSON-LD `articleBody` text, a signal for content extraction.
    pub article_body: Option<String>,
    /// Visible elements that held the byline or date line.
    pub byline_nodes: Vec<NodeId>,
}

/// Reads every metadata source of the page and applies the order of trust in the module docs.
pub fn extract(dom: &Dom, base_url: Option<&url::Url>) -> Metadata {
    let metas = MetaTags::collect(dom);
    let ld = JsonLd::collect(dom);
    let micro = Microdata::collect(dom);
    let base = effective_base(dom, base_url);

    let site_name = first_some([
        metas.get(&["og:site_name"]),
        ld.publisher.clone(),
        metas.get(&["application-name", "apple-mobile-web-app-title"]),
        ld.website_name.clone(),
    ]);

    let headings = visible_headings(dom);
    let title = choose_title(dom, &metas, &ld, &micro, &headings, site_name.as_deref());
    let main_h1 = main_heading(dom, title.as_deref());

    let visible = find_visible_byline(dom, main_h1);
    let time_node = find_time_element(dom, main_h1, visible.as_ref().map(|v| v.node));

    let byline = choose_byline(&metas, &ld, &micro, visible.as_ref(), dom);

    let published_time = first_some([
        ld.published.as_deref().and_then(normalize_date),
        metas
            .get(PUBLISHED_META_KEYS)
            .as_deref()
            .and_then(normalize_date_or_timestamp),
        micro.published.as_deref().and_then(normalize_date),
        time_node.and_then(|t| time_value(dom, t)),
        visible
            .as_ref()
            .and_then(|v| normalize_date(&dom.normalized_text(v.node))),
    ]);
    let modified_time = first_some([
        ld.modified.as_deref().and_then(normalize_date),
        metas
            .get(MODIFIED_META_KEYS)
            .as_deref()
            .and_then(normalize_date_or_timestamp),
        micro.modified.as_deref().and_then(normalize_date),
    ]);

    let mut byline_nodes = Vec::new();
    if let Some(v) = &visible {
        byline_nodes.push(v.node);
    }
    if let Some(t) = time_node {
        if !byline_nodes.iter().any(|&b| dom.contains(b, t)) {
            byline_nodes.push(t);
        }
    }

    let (lang, dir) = lang_and_dir(dom, &metas, &ld);

    let excerpt = first_some([
        metas.get(&[
            "dc:description",
            "dcterms:description",
            "og:description",
            "description",
            "twitter:description",
            "parsely-description",
            "sailthru.description",
        ]),
        ld.description.clone(),
    ]);

    let canonical_url = first_some([
        link_href(dom, "canonical"),
        metas.get(&["og:url", "twitter:url", "parsely-link"]),
        ld.url.clone(),
    ])
    .and_then(|u| absolutize(&u, base.as_ref()));

    let lead_image = first_some([
        metas.get(&[
            "og:image:secure_url",
            "og:image:url",
            "og:image",
            "twitter:image",
            "twitter:image:src",
            "parsely-image-url",
            "sailthru.image.full",
        ]),
        ld.image.clone(),
        link_href(dom, "image_src"),
        micro.image.clone(),
    ])
    .and_then(|u| absolutize(&u, base.as_ref()));

    Metadata {
        title,
        byline,
        published_time,
        modified_time,
        site_name,
        lang,
        dir,
        excerpt,
        canonical_url,
        lead_image,
        article_body: ld.body.clone(),
        byline_nodes,
    }
}

fn first_some<const N: usize>(options: [Option<String>; N]) -> Option<String> {
    options.into_iter().flatten().find(|s| !s.trim().is_empty())
}

// ---------------------------------------------------------------------------------------------
// Text helpers

/// Trims and folds whitespace runs that contain a line break or tab (markup indentation) into one
/// space. Runs of plain spaces are kept as written: a lone no-break space is French typography
/// (before ":" and "»"), U+3000 is the Japanese/Chinese full-width space, and a headline copied
/// from the page should keep them.
fn tidy(s: &str) -> String {
    let s = unescape_entities(s);
    let mut out = String::with_capacity(s.len());
    let mut run = String::new();
    for c in s.trim().chars() {
        if c.is_whitespace() {
            run.push(c);
            continue;
        }
        if !run.is_empty() {
            if run.contains(['\n', '\r', '\t', '\u{c}']) {
                out.push(' ');
            } else {
                out.push_str(&run);
            }
            run.clear();
        }
        out.push(c);
    }
    out
}

/// Decodes character references left in attribute or JSON text. Some CMSes escape twice, so a
/// meta `content` arrives as "&#8216;Title&#8217;" after parsing; JSON-LD strings are never
/// HTML-decoded by the parser at all.
fn unescape_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(rest.get(..amp).unwrap_or(""));
        let after = rest.get(amp + 1..).unwrap_or("");
        let semi = after.find(';').filter(|&i| i <= 10);
        let decoded = semi.and_then(|i| {
            let name = after.get(..i)?;
            let c = if let Some(num) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                u32::from_str_radix(num, 16).ok().and_then(char::from_u32)
            } else if let Some(num) = name.strip_prefix('#') {
                num.parse().ok().and_then(char::from_u32)
            } else {
                match name {
                    "amp" => Some('&'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "nbsp" => Some('\u{a0}'),
                    _ => None,
                }
            }?;
            Some((c, i))
        });
        match decoded {
            Some((c, i)) => {
                out.push(c);
                rest = after.get(i + 1..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Text of the subtree without `<script>`/`<style>` contents (a byline box may hold an ad script).
fn visible_text(dom: &Dom, n: NodeId) -> String {
    let mut out = String::new();
    let mut walk = dom.descendants(n);
    while let Some(d) = walk.next() {
        if matches!(
            dom.tag(d),
            Some("script" | "style" | "noscript" | "template")
        ) {
            walk.skip_children_of(d);
        } else if let Some(t) = dom.text(d) {
            out.push_str(t);
        }
    }
    crate::dom::collapse_whitespace(&out)
}

/// A comparison key: lowercase words only, so "Title¶", "title" and "TITLE " compare equal and
/// typographic quotes match straight ones.
fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{2032}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}' => '"',
            _ => c,
        };
        if c.is_alphanumeric() || c == '\'' || c == '"' {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.extend(c.to_lowercase());
        } else {
            space = true;
        }
    }
    out
}

fn word_count(s: &str) -> usize {
    // CJK scripts have no spaces; count their characters so a Chinese headline is not "one word".
    let cjk = s.chars().filter(|&c| is_cjk(c)).count();
    s.split_whitespace().count().max(cjk / 2)
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xac00..=0xd7af)
}

fn looks_like_url(s: &str) -> bool {
    let l = s.trim().to_ascii_lowercase();
    l.starts_with("http://")
        || l.starts_with("https://")
        || l.starts_with("//")
        || l.starts_with("www.")
}

// ---------------------------------------------------------------------------------------------
// Meta tags

/// Meta keys that hold the publication date, most specific first. `article:published_time` is
/// OpenGraph's; the `dc`/`dcterms` keys are Dublin Core; `parsely-pub-date` and `sailthru.date` are
/// written by those analytics vendors' plugins; `pubdate`/`publish-date`/`date` are common CMS
/// inventions; `citation_*` is what Google Scholar asks of academic publishers.
const PUBLISHED_META_KEYS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "published_time",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "dcterms:issued",
    "dcterms:created",
    "dc:date:issued",
    "dc:date",
    "citation_publication_date",
    "citation_date",
    "pubdate",
    "publish-date",
    "publishdate",
    "date",
];

const MODIFIED_META_KEYS: &[&str] = &[
    "article:modified_time",
    "og:article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms:modified",
    "last-modified",
];

/// Author keys. Dublin Core's `creator` is only ever written on purpose, so it goes first; plain
/// `author` is sometimes a CMS default; `byl` is the New York Times' "By X" line;
/// `article:author` is often a profile URL (rejected later).
const AUTHOR_META_KEYS: &[&str] = &[
    "dc:creator",
    "dcterms:creator",
    "author",
    "article:author",
    "og:article:author",
    "parsely-author",
    "sailthru.author",
    "byl",
    "citation_author",
];

struct MetaTags {
    entries: Vec<(String, String)>,
}

impl MetaTags {
    fn collect(dom: &Dom) -> MetaTags {
        // `property` (RDFa, what the OpenGraph and Dublin Core specs define) is read before the
        // legacy `name` spelling when a page has both with different values.
        let mut by_property = Vec::new();
        let mut by_name = Vec::new();
        for m in dom.find_tags(dom.root(), "meta") {
            let Some(content) = dom.attr(m, "content") else {
                continue;
            };
            let content = tidy(content);
            if content.is_empty() {
                continue;
            }
            // `property` may list several names separated by spaces ("dc:title og:title").
            for attr in ["property", "name", "http-equiv"] {
                if let Some(names) = dom.attr(m, attr) {
                    let list = if attr == "property" {
                        &mut by_property
                    } else {
                        &mut by_name
                    };
                    for name in names.split_whitespace() {
                        list.push((normalize_meta_key(name), content.clone()));
                    }
                }
            }
        }
        by_property.extend(by_name);
        MetaTags {
            entries: by_property,
        }
    }

    /// The first value of the first key (in `keys` order) that is present.
    fn get(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| {
            self.entries
                .iter()
                .find(|(name, _)| name == k)
                .map(|(_, v)| v.clone())
        })
    }

    /// All distinct values of one key, in page order. Sorted to find the repeats (a page can
    /// repeat a key thousands of times; comparing each value with all earlier ones is quadratic).
    fn all(&self, key: &str) -> Vec<String> {
        let mut found: Vec<(&str, usize)> = self
            .entries
            .iter()
            .filter(|(k, _)| k == key)
            .enumerate()
            .map(|(i, (_, v))| (v.as_str(), i))
            .collect();
        found.sort_unstable();
        found.dedup_by(|later, earlier| later.0 == earlier.0);
        found.sort_unstable_by_key(|&(_, i)| i);
        found.into_iter().map(|(v, _)| v.to_string()).collect()
    }
}

/// Dublin Core is written `DC.title`, `dc:title`, `dcterms.title` or `DCTERMS:title` depending on
/// the generator; fold them to one spelling.
fn normalize_meta_key(name: &str) -> String {
    let lower = name.to_lowercase();
    for (prefix, canonical) in [
        ("dcterms.", "dcterms:"),
        ("dcterms:", "dcterms:"),
        ("dcterm:", "dcterms:"),
        ("dcterm.", "dcterms:"),
        ("dc.", "dc:"),
    ] {
        if let Some(rest) = lower.strip_prefix(prefix) {
            return format!("{canonical}{}", rest.replace('.', ":"));
        }
    }
    lower
}

// ---------------------------------------------------------------------------------------------
// JSON-LD

#[derive(Default)]
struct JsonLd {
    headline: Option<String>,
    name: Option<String>,
    authors: Vec<String>,
    organisation_authors: Vec<String>,
    published: Option<String>,
    modified: Option<String>,
    image: Option<String>,
    publisher: Option<String>,
    website_name: Option<String>,
    body: Option<String>,
    description: Option<String>,
    lang: Option<String>,
    url: Option<String>,
}

/// Schema.org types that describe the article itself. Types ending in "Article" (NewsArticle,
/// ScholarlyArticle, ReportageNewsArticle, …) or "Posting" (BlogPosting, SocialMediaPosting,
/// LiveBlogPosting, DiscussionForumPosting) are matched by suffix so new subtypes work too.
pub(crate) fn is_article_type(t: &str) -> bool {
    let t = t.rsplit(['/', ':']).next().unwrap_or(t);
    t.ends_with("Article")
        || t.ends_with("Posting")
        || matches!(t, "Report" | "APIReference" | "Review" | "Recipe" | "HowTo")
}

/// True when a JSON-LD script describes an article: an object of an article type at the top, in
/// an array, `@graph` or `mainEntity` — the places [`JsonLd::collect`] reads — but not the items
/// of an `ItemList`, which is how listing pages describe their teasers.
pub(crate) fn json_ld_has_article(raw: &str) -> bool {
    let Some(value) = parse_json_ld_text(raw) else {
        return false;
    };
    let mut stack: Vec<&Value> = vec![&value];
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(a) => stack.extend(a.iter()),
            Value::Object(o) => {
                if types_of(o).iter().any(|t| is_article_type(t)) {
                    return true;
                }
                stack.extend(["@graph", "mainEntity"].iter().filter_map(|k| o.get(*k)));
            }
            _ => {}
        }
    }
    false
}

fn types_of(obj: &serde_json::Map<String, Value>) -> Vec<&str> {
    match obj.get("@type") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

fn parse_json_ld_text(raw: &str) -> Option<Value> {
    let mut s = raw.trim();
    // CMSes wrap the JSON in HTML comments or CDATA markers for ancient browsers.
    for prefix in ["<!--", "//<![CDATA[", "<![CDATA["] {
        s = s.strip_prefix(prefix).unwrap_or(s).trim();
    }
    for suffix in ["-->", "//]]>", "]]>"] {
        s = s.strip_suffix(suffix).unwrap_or(s).trim();
    }
    serde_json::from_str(s)
        .ok()
        .or_else(|| serde_json::from_str(s.trim_end_matches(';')).ok())
}

fn json_string(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(tidy(s)).filter(|s| !s.is_empty()),
        Value::Array(a) => a.iter().find_map(|x| json_string(Some(x))),
        Value::Object(o) => json_string(o.get("@value")),
        // Whole numbers only (a year, a timestamp): formatting floats would link a float printer
        // into the WebAssembly module for values no article field needs.
        Value::Number(n) => n
            .as_i64()
            .map(|i| i.to_string())
            .or_else(|| n.as_u64().map(|u| u.to_string())),
        _ => None,
    }
}

/// The address in an `image`/`url` value: a string, an `ImageObject`, or an array of either.
fn json_url(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Array(a) => a.iter().find_map(|x| json_url(Some(x))),
        Value::Object(o) => json_url(o.get("url")).or_else(|| json_url(o.get("contentUrl"))),
        _ => None,
    }
}

/// Names in an `author`/`creator` value, split into people and organisations.
fn json_people(v: &Value, people: &mut Vec<String>, orgs: &mut Vec<String>) {
    let items: Vec<&Value> = match v {
        Value::Array(a) => a.iter().collect(),
        other => vec![other],
    };
    for item in items {
        match item {
            Value::String(s) if !looks_like_url(s) => push_names(people, s),
            Value::Object(o) => {
                let Some(name) = json_string(o.get("name")) else {
                    continue;
                };
                if looks_like_url(&name) {
                    continue;
                }
                if types_of(o).iter().any(|t| t.contains("Organization")) {
                    push_unique(orgs, name);
                } else {
                    push_names(people, &name);
                }
            }
            _ => {}
        }
    }
}

/// Most names one byline source contributes; a bound, so that checking each new name against the
/// earlier ones stays linear in the page (no real byline comes near it).
const MAX_BYLINE_NAMES: usize = 64;

fn push_unique(list: &mut Vec<String>, s: String) {
    if list.len() >= MAX_BYLINE_NAMES {
        return;
    }
    if !s.is_empty() && !list.iter().any(|x| fold(x) == fold(&s)) {
        list.push(s);
    }
}

/// Adds the cleaned names in `raw`. A single token with digits or an "@" ("CC7567", "@janedoe") is
/// a user handle, not a name a reader knows; the visible byline usually has the real name.
fn push_names(list: &mut Vec<String>, raw: &str) {
    if let Some(clean) = clean_byline(raw) {
        let handle = !clean.contains(' ')
            && (clean.starts_with('@') || clean.chars().any(|c| c.is_ascii_digit()));
        if !handle {
            push_unique(list, clean);
        }
    }
}

/// A `<script type="application/ld+json">`: the one script whose text is read (parsing keeps
/// its text, readerable and metadata read it).
pub fn is_json_ld_script(dom: &Dom, id: NodeId) -> bool {
    dom.is_tag(id, "script")
        && dom
            .attr(id, "type")
            .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
}

impl JsonLd {
    fn collect(dom: &Dom) -> JsonLd {
        let mut out = JsonLd::default();
        let mut article_found = false;
        for script in dom.find_tags(dom.root(), "script") {
            if !is_json_ld_script(dom, script) {
                continue;
            }
            let Some(value) = parse_json_ld_text(&dom.text_content(script)) else {
                continue;
            };
            // Explicit stack: arrays, `@graph` and `mainEntity` nest article objects.
            let mut stack: Vec<&Value> = vec![&value];
            let mut objects = Vec::new();
            while let Some(v) = stack.pop() {
                match v {
                    Value::Array(a) => stack.extend(a.iter().rev()),
                    Value::Object(o) => {
                        objects.push(o);
                        for key in ["@graph", "mainEntity"] {
                            if let Some(inner) = o.get(key) {
                                stack.push(inner);
                            }
                        }
                    }
                    _ => {}
                }
            }
            for o in objects {
                let types = types_of(o);
                if types.iter().any(|t| t.ends_with("WebSite")) && out.website_name.is_none() {
                    out.website_name = json_string(o.get("name"));
                }
                if !types.iter().any(|t| is_article_type(t)) {
                    continue;
                }
                if article_found {
                    // Only the first article object describes this page; later ones are usually
                    // "related" teasers. Fill gaps only.
                    if out.authors.is_empty() && out.organisation_authors.is_empty() {
                        out.fill_authors(o);
                    }
                    continue;
                }
                article_found = true;
                out.headline = json_string(o.get("headline"));
                out.name = json_string(o.get("name"));
                out.fill_authors(o);
                out.published = json_string(o.get("datePublished"))
                    .or_else(|| json_string(o.get("dateCreated")));
                out.modified = json_string(o.get("dateModified"));
                out.image = json_url(o.get("image")).or_else(|| json_url(o.get("thumbnailUrl")));
                out.publisher = o.get("publisher").and_then(|p| match p {
                    Value::Object(po) => json_string(po.get("name")),
                    Value::Array(a) => a.iter().find_map(|x| match x {
                        Value::Object(po) => json_string(po.get("name")),
                        _ => None,
                    }),
                    _ => None,
                });
                out.body = json_string(o.get("articleBody"));
                out.description = json_string(o.get("description"));
                out.lang = json_string(o.get("inLanguage"));
                out.url = json_url(o.get("url")).or_else(|| match o.get("mainEntityOfPage") {
                    Some(Value::Object(m)) => json_url(m.get("@id")),
                    Some(Value::String(s)) => Some(s.clone()),
                    _ => None,
                });
            }
        }
        out
    }

    fn fill_authors(&mut self, o: &serde_json::Map<String, Value>) {
        for key in ["author", "creator"] {
            if let Some(v) = o.get(key) {
                json_people(v, &mut self.authors, &mut self.organisation_authors);
            }
            if !self.authors.is_empty() {
                break;
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Microdata

#[derive(Default)]
struct Microdata {
    headline: Option<String>,
    authors: Vec<String>,
    author_nodes: Vec<NodeId>,
    published: Option<String>,
    modified: Option<String>,
    image: Option<String>,
}

/// The value of a microdata property as the spec defines it: `content` (meta), `datetime`
/// (time), `src`/`href` (media, links), else the text.
fn itemprop_value(dom: &Dom, n: NodeId) -> Option<String> {
    let v = dom
        .attr(n, "content")
        .or_else(|| dom.attr(n, "datetime"))
        .map(tidy)
        .or_else(|| match dom.tag(n) {
            Some("img") => dom.attr(n, "src").map(str::to_string),
            Some("a") | Some("link") if dom.attr(n, "itemprop") != Some("author") => {
                dom.attr(n, "href").map(str::to_string)
            }
            _ => Some(dom.normalized_text(n)),
        })?;
    Some(v).filter(|s| !s.is_empty())
}

impl Microdata {
    fn collect(dom: &Dom) -> Microdata {
        let mut out = Microdata::default();
        for n in dom.descendant_elements(dom.root()) {
            let Some(props) = dom.attr(n, "itemprop") else {
                continue;
            };
            for prop in props.split_whitespace() {
                match prop {
                    "headline" if out.headline.is_none() => {
                        out.headline = itemprop_value(dom, n).filter(|s| s.chars().count() < 400)
                    }
                    "datePublished" if out.published.is_none() => {
                        out.published = itemprop_value(dom, n)
                    }
                    "dateModified" if out.modified.is_none() => {
                        out.modified = itemprop_value(dom, n)
                    }
                    "image" if out.image.is_none() => {
                        out.image = dom
                            .attr(n, "src")
                            .or_else(|| dom.attr(n, "content"))
                            .or_else(|| dom.attr(n, "href"))
                            .map(str::to_string)
                            .or_else(|| {
                                dom.descendant_elements(n)
                                    .find(|&d| dom.attr(d, "itemprop") == Some("url"))
                                    .and_then(|d| itemprop_value(dom, d))
                            })
                    }
                    "author" | "creator" if !in_excluded_area_with(dom, n, false) => {
                        // An author item holds its name in a nested itemprop=name; a plain
                        // element holds it as text or `content`.
                        let name = dom
                            .descendant_elements(n)
                            .find(|&d| dom.attr(d, "itemprop") == Some("name"))
                            .and_then(|d| itemprop_value(dom, d))
                            .or_else(|| itemprop_value(dom, n));
                        if let Some(name) = name.filter(|s| s.chars().count() < 100) {
                            let before = out.authors.len();
                            push_names(&mut out.authors, &name);
                            if out.authors.len() > before && dom.tag(n) != Some("meta") {
                                out.author_nodes.push(n);
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        out
    }
}

// ---------------------------------------------------------------------------------------------
// Excluded areas

/// Class/id words of page regions whose dates, authors and headings belong to *other* content:
/// comment threads (each comment has an author and a `<time>`), related/recommended/popular teaser
/// lists (each teaser has a date), sidebars, footers and newsletter boxes.
const EXCLUDED_AREA_WORDS: &[&str] = &[
    "comment",
    "related",
    "recommend",
    "popular",
    "trending",
    "sidebar",
    "footer",
    "newsletter",
    "read-more",
    "readmore",
    "more-stories",
    "teaser",
    "reply",
    "disqus",
];

/// True when `n` sits in a comment/related/sidebar/footer region. `<footer>`, `<aside>` and `<nav>`
/// count only for guesses (`semantic_tags`); explicitly marked microdata in an `<aside>` is often
/// the article's own info box. `<body>` and `<html>` are never looked at: WordPress and others put
/// words like "comments-open" in the body class of every page.
fn in_excluded_area_with(dom: &Dom, n: NodeId, semantic_tags: bool) -> bool {
    std::iter::once(n)
        .chain(dom.ancestors(n))
        .take_while(|&a| !matches!(dom.tag(a), Some("body" | "html") | None))
        .any(|a| {
            if semantic_tags && matches!(dom.tag(a), Some("footer" | "aside" | "nav")) {
                return true;
            }
            let ci = dom.class_and_id(a);
            !ci.is_empty() && EXCLUDED_AREA_WORDS.iter().any(|w| ci.contains(w))
        })
}

fn in_excluded_area(dom: &Dom, n: NodeId) -> bool {
    in_excluded_area_with(dom, n, true)
}

// ---------------------------------------------------------------------------------------------
// Title

/// Separators sites put between headline and site/section name. The spaces around them matter:
/// "U.S.-Israeli" or "Wi-Fi" must not split.
const TITLE_SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " · ", " » ", " / ", " :: ", " • ", " ~ ",
];

/// `<h1>` texts: the headings that can confirm which part of a title is the headline. (`<h2>`s are
/// too often a work's or section's name that matches a *part* of a longer title.)
fn visible_headings(dom: &Dom) -> Vec<String> {
    let mut out = Vec::new();
    for tag in ["h1"] {
        for h in dom.find_tags(dom.root(), tag).take(20) {
            let t = tidy(&visible_text(dom, h));
            if !t.is_empty() && t.chars().count() < 400 {
                out.push(t);
            }
        }
    }
    out
}

/// Byte ranges of the separators in `title`, in order.
fn separator_positions(title: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for sep in TITLE_SEPARATORS {
        let mut from = 0;
        while let Some(pos) = title.get(from..).and_then(|s| s.find(sep)) {
            out.push((from + pos, from + pos + sep.len()));
            from += pos + sep.len();
        }
    }
    out.sort_unstable();
    out
}

/// Removes a site or section name from a title.
///
/// 1. When a visible heading equals the part before or after a separator (or the part before a
///    colon), that part is the headline: the page itself shows it without the site name.
/// 2. When the part after the last separator (or before the first) is the declared site name,
///    it goes.
/// 3. Otherwise, when `heuristic` is set (raw `<title>` only), a short last part (at most four
///    words, shorter than the rest) is taken for a site name, as long as the rest still looks
///    like a headline (three or more words).
pub fn clean_title(raw_title: &str, headings: &[String], site_name: Option<&str>) -> String {
    clean_title_inner(raw_title, headings, site_name, true)
}

fn clean_title_inner(
    raw_title: &str,
    headings: &[String],
    site_name: Option<&str>,
    heuristic: bool,
) -> String {
    let title = tidy(raw_title);
    let folded_headings: Vec<String> = headings.iter().map(|h| fold(h)).collect();
    let is_heading = |s: &str| {
        let f = fold(s);
        !f.is_empty() && folded_headings.contains(&f)
    };
    if is_heading(&title) {
        return title;
    }
    let seps = separator_positions(&title);
    // Rule 1: a heading confirms a part. Longest part first, so "A - B - Site" with heading "A - B"
    // keeps both.
    for &(start, _) in seps.iter().rev() {
        if let Some(head) = title.get(..start) {
            if is_heading(head) {
                return head.trim().to_string();
            }
        }
    }
    // A heading matching the part *after* a separator is trusted only when that part is the
    // longer one: a site logo in an `<h1>` matches the short site-name tail of "Headline :: Site".
    for &(start, end) in &seps {
        if let (Some(head), Some(tail)) = (title.get(..start), title.get(end..)) {
            if is_heading(tail) && tail.chars().count() > head.chars().count() {
                return tail.trim().to_string();
            }
        }
    }
    // Rule 2: the declared site name.
    if let Some(site) = site_name.map(fold).filter(|s| !s.is_empty()) {
        let is_site = |part: &str| {
            let p = fold(part);
            // Case and punctuation differ ("the Guardian", "The Guardian"), and a domain may stand
            // for the name ("Factorio.com" for "Factorio"); one trailing word of difference at most.
            let close = |long: &str, short: &str| {
                long.strip_prefix(short).is_some_and(|rest| {
                    rest.starts_with(' ') && rest.trim().split(' ').count() == 1
                })
            };
            !p.is_empty() && (p == site || close(&p, &site) || close(&site, &p))
        };
        if let Some(&(start, end)) = seps.last() {
            if let (Some(head), Some(tail)) = (title.get(..start), title.get(end..)) {
                if is_site(tail) && word_count(head) >= 2 {
                    return head.trim().to_string();
                }
            }
        }
        if let Some(&(start, end)) = seps.first() {
            if let (Some(head), Some(tail)) = (title.get(..start), title.get(end..)) {
                if is_site(head) && word_count(tail) >= 2 {
                    return tail.trim().to_string();
                }
            }
        }
    }
    if !heuristic {
        return title;
    }
    // Rule 3.
    if let Some(&(start, end)) = seps.last() {
        if let (Some(head), Some(tail)) = (title.get(..start), title.get(end..)) {
            let tail_words = word_count(tail);
            if tail_words <= 4 && tail.len() < head.len() && word_count(head) >= 3 {
                return head.trim().to_string();
            }
        }
    }
    title
}

fn choose_title(
    dom: &Dom,
    metas: &MetaTags,
    ld: &JsonLd,
    micro: &Microdata,
    headings: &[String],
    site_name: Option<&str>,
) -> Option<String> {
    let og = metas.get(&["og:title"]);
    let doc_title = dom
        .find_tags(dom.root(), "title")
        .next()
        .map(|t| tidy(&dom.text_content(t)))
        .filter(|t| !t.is_empty());
    // JSON-LD `headline` is sometimes a summary and `name` the title (Wikipedia), sometimes the
    // reverse; when they differ, the one the page shows as a heading or in `<title>` wins.
    let mut headline = match (&ld.headline, &ld.name) {
        (Some(h), Some(n)) if fold(h) != fold(n) => {
            let folded_doc = doc_title.as_deref().map(fold).unwrap_or_default();
            let score = |x: &str| {
                let f = fold(x);
                2 * u8::from(headings.iter().any(|hd| fold(hd) == f))
                    + u8::from(!f.is_empty() && folded_doc.contains(&f))
            };
            if score(n) > score(h) {
                Some(n.clone())
            } else {
                Some(h.clone())
            }
        }
        (h, n) => h.clone().or_else(|| n.clone()),
    };
    // Some CMSes cut the JSON-LD headline at 110 characters (Google's old limit) and add an
    // ellipsis; the sharing title then has the whole text.
    if let (Some(h), Some(o)) = (&headline, &og) {
        let stem = h.trim_end_matches(['…', '.']).trim_end();
        if stem.len() < h.len() && o.len() > stem.len() && o.starts_with(stem) {
            headline = Some(o.clone());
        }
    }
    let structured = first_some([
        headline,
        metas.get(&["dc:title", "dcterms:title"]),
        og,
        metas.get(&["twitter:title", "parsely-title", "sailthru.title", "title"]),
        micro.headline.clone(),
    ]);
    if let Some(t) = structured {
        return Some(clean_title_inner(&t, headings, site_name, false));
    }
    if let Some(t) = doc_title {
        return Some(clean_title(&t, headings, site_name));
    }
    dom.find_tags(dom.root(), "h1")
        .map(|h| tidy(&dom.text_content(h)))
        .find(|t| !t.is_empty())
}

/// The `<h1>` that carries the headline: the one whose text matches the title, else the first
/// visible one outside excluded areas.
fn main_heading(dom: &Dom, title: Option<&str>) -> Option<NodeId> {
    let h1s: Vec<NodeId> = dom
        .find_tags(dom.root(), "h1")
        .filter(|&h| !in_excluded_area(dom, h))
        .collect();
    if let Some(t) = title.map(fold) {
        if let Some(&h) = h1s.iter().find(|&&h| {
            let f = fold(&dom.text_content(h));
            !f.is_empty() && (f == t || t.contains(&f) && f.len() * 2 > t.len())
        }) {
            return Some(h);
        }
    }
    h1s.into_iter().find(|&h| dom.text_len(h) > 0)
}

// ---------------------------------------------------------------------------------------------
// Byline

/// Words that introduce an author's name in a byline line: English "By", German "Von", French
/// "Par", Spanish/Portuguese "Por", Dutch "Door", Italian "Di"; "Written by"/"Posted by" and
/// "Text:"/"Autor:"/"Auteur :" label forms.
const BYLINE_PREFIXES: &[&str] = &[
    "written by",
    "posted by",
    "words by",
    "text by",
    "by",
    "von",
    "par",
    "por",
    "door",
    "di",
    "text",
    "texto",
    "autor",
    "autorin",
    "auteur",
    "author",
];

/// Class/id words of byline boxes. "byline"/"by-line" and "author" are the English conventions;
/// "autor" (German, Spanish, Portuguese, Czech, Polish), "auteur" (French, Dutch) and "autore"
/// (Italian) the local ones; "dateline" and "writtenby" are Readability's additions; `p-author` is
/// the microformats2 class.
const BYLINE_CLASS_WORDS: &[&str] = &[
    "byline",
    "by-line",
    "author",
    "autor",
    "auteur",
    "dateline",
    "writtenby",
    "p-author",
];

/// Class/id words that contain "author" but mark something else: an author's biography box
/// or avatar picture, which is long or has no name text.
/// Also "authority"/"authoriz(s)ation" (Wikipedia's authority-control box, login widgets) and
/// "follow"/"more-by" (follow-the-author widgets and "more by this author" teaser tabs).
const BYLINE_FALSE_FRIENDS: &[&str] = &[
    "author-bio",
    "authorbio",
    "about-author",
    "avatar",
    "author-image",
    "authority",
    "authoriz",
    "authoris",
    "follow",
    "more-by",
];

/// Weekday and "date" words that trail a name in a byline ("By Ann Lee, Tuesday", "Von Max Muster,
/// aktualisiert"): cut at them.
const BYLINE_TRAILERS: &[&str] = &[
    "updated",
    "published",
    "posted",
    "on",
    "am",
    "le",
    "el",
    "il",
    "op",
    "aktualisiert",
    "veröffentlicht",
    "publié",
    "mis à jour",
    "publicado",
    "actualizado",
    "pubblicato",
    "aggiornato",
    "gepubliceerd",
    "bijgewerkt",
    "atualizado",
    "last",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
];

struct VisibleByline {
    node: NodeId,
    text: String,
}

fn strip_byline_prefix(s: &str) -> &str {
    let lower = s.to_lowercase();
    for p in BYLINE_PREFIXES {
        if lower.starts_with(p) {
            let rest = s.get(p.len()..).unwrap_or("");
            // The prefix must end at a word boundary ("Bystander" is a name, "By:" is a label).
            let next = rest.chars().next();
            if matches!(next, Some(c) if c.is_whitespace() || c == ':' || c == '\u{a0}') {
                return rest.trim_start_matches([':', ' ', '\u{a0}']).trim_start();
            }
        }
    }
    s
}

/// Turns a byline line into comma-separated names: drops the "By"-style prefix, a trailing date
/// or "| Agency" part, and rejects text that is not a name (too long, a URL, no letters).
pub fn clean_byline(raw: &str) -> Option<String> {
    let text = tidy(raw);
    let mut s = strip_byline_prefix(&text).to_string();
    // A date or role follows a separator: "Ann Lee | March 3", "Ann Lee • 5 min read".
    for sep in ['|', '•', '·', '\n', '—', '–'] {
        if let Some(pos) = s.find(sep) {
            let head = s.get(..pos).unwrap_or("").trim();
            if head.chars().any(char::is_alphabetic) {
                s = head.to_string();
            }
        }
    }
    // A name has no digits; a date glued on does ("Ann Lee22 Dec 2016", "Ann Lee March 3, 2020").
    // Digits that are not a date stay ("user4711" is a handle, dealt with by the caller).
    if let Some(pos) = s
        .find(|c: char| c.is_ascii_digit())
        .filter(|&pos| looks_like_date_tail(&s, pos))
    {
        s = s.get(..pos).unwrap_or("").to_string();
        // Drop month/weekday words left before the digits.
        loop {
            let trimmed = s.trim_end_matches([' ', ',', '.', '/', '-', '\u{a0}', '(']);
            let last_word = trimmed.rsplit(' ').next().unwrap_or("");
            if !last_word.is_empty()
                && trimmed.len() > last_word.len()
                && (month_number(last_word).is_some() || is_trailer(last_word))
            {
                s = trimmed
                    .get(..trimmed.len() - last_word.len())
                    .unwrap_or("")
                    .to_string();
            } else {
                s = trimmed.to_string();
                break;
            }
        }
    }
    let s = strip_byline_prefix(s.trim())
        .trim_end_matches([',', ';', ':', ' '])
        .trim();
    let words = s.split_whitespace().count();
    let only_date_words = s.split_whitespace().all(|w| {
        is_trailer(w.trim_end_matches([',', '.']))
            || month_number(w.trim_end_matches(',')).is_some()
    });
    // CMS default accounts, not people ("admin" on countless WordPress sites).
    let default_account = matches!(
        s.to_lowercase().as_str(),
        "admin" | "administrator" | "webmaster" | "root" | "user" | "guest" | "anonymous"
    );
    if s.is_empty()
        || only_date_words
        || default_account
        || !s.chars().any(char::is_alphabetic)
        || s.chars().count() > 100
        || words > 12
        || looks_like_url(s)
        || s.contains('@') && !s.contains(' ')
    {
        return None;
    }
    Some(s.to_string())
}

/// Whether the text from byte `pos` (a digit) on reads as a date or time: a month name, a
/// year-like number (19xx/20xx) or a clock.
fn looks_like_date_tail(s: &str, pos: usize) -> bool {
    // Include the word before the digits: "March 3, 2020" starts with the month name.
    let start = s
        .get(..pos)
        .and_then(|h| h.trim_end().rfind(' '))
        .map_or(0, |i| i + 1);
    let tail = s.get(start..).unwrap_or("");
    let has_month = tail.split(|c: char| !c.is_alphanumeric()).any(|w| {
        !w.is_empty() && !w.chars().any(|c| c.is_ascii_digit()) && month_number(w).is_some()
    });
    let digits = tail
        .split(|c: char| !c.is_ascii_digit())
        .filter(|d| !d.is_empty());
    let has_year = digits
        .clone()
        .any(|d| d.len() >= 4 && (d.starts_with("19") || d.starts_with("20")));
    let has_clock = tail.contains(':') && digits.count() >= 2;
    has_month || has_year || has_clock
}

fn is_trailer(word: &str) -> bool {
    let w = word.to_lowercase();
    BYLINE_TRAILERS.contains(&w.as_str())
}

/// Finds the visible byline element: the first short element outside comment/related/footer
/// areas that is an author link, a byline box, or a line starting with a "By"-style word just
/// below the headline.
fn find_visible_byline(dom: &Dom, main_h1: Option<NodeId>) -> Option<VisibleByline> {
    let body = dom.body().unwrap_or(dom.root());
    // Pages list many bylines (teasers, "more from"); the article's own is the first after its
    // headline, else the nearest before it, else the first on the page.
    let mut candidates: Vec<(usize, VisibleByline)> = Vec::new();
    let mut h1_pos: Option<usize> = None;
    for (pos, n) in dom.descendant_elements(body).enumerate() {
        if Some(n) == main_h1 {
            h1_pos = Some(pos);
        }
        if h1_pos.is_some_and(|h| candidates.last().is_some_and(|(p, _)| *p > h)) {
            break;
        }
        let Some(tag) = dom.tag(n) else { continue };
        if matches!(
            tag,
            "script" | "style" | "noscript" | "template" | "img" | "svg" | "meta" | "link"
        ) {
            continue;
        }
        let ci = dom.class_and_id(n);
        let by_attr = dom
            .attr(n, "rel")
            .is_some_and(|r| r.split_whitespace().any(|w| w == "author"))
            || dom
                .attr(n, "itemprop")
                .is_some_and(|p| p.contains("author"))
            || (BYLINE_CLASS_WORDS.iter().any(|w| ci.contains(w))
                && !BYLINE_FALSE_FRIENDS.iter().any(|w| ci.contains(w)));
        if !by_attr {
            continue;
        }
        let text = visible_text(dom, n);
        let len = text.chars().count();
        if len == 0 || len >= 100 || in_excluded_area(dom, n) {
            continue;
        }
        if let Some(name) = clean_byline(&text) {
            candidates.push((
                pos,
                VisibleByline {
                    node: n,
                    text: name,
                },
            ));
        }
    }
    if !candidates.is_empty() {
        let chosen = match h1_pos {
            Some(h) => candidates
                .iter()
                .position(|(p, _)| *p > h)
                .or_else(|| candidates.iter().rposition(|(p, _)| *p < h))
                .unwrap_or(0),
            None => 0,
        };
        return Some(candidates.swap_remove(chosen).1);
    }
    // A "By Jane Doe" line right under the headline, with no telling class.
    let h1 = main_h1?;
    let mut seen = 0;
    let mut after = false;
    for n in dom.descendant_elements(body) {
        if n == h1 {
            after = true;
            continue;
        }
        if !after || dom.contains(h1, n) {
            continue;
        }
        seen += 1;
        if seen > 40 {
            break;
        }
        if !matches!(
            dom.tag(n),
            Some("p" | "div" | "span" | "address" | "small" | "em" | "strong" | "li")
        ) {
            continue;
        }
        let text = visible_text(dom, n);
        if text.chars().count() >= 100 || text.is_empty() {
            continue;
        }
        let stripped = strip_byline_prefix(&text);
        let starts_with_prefix = stripped.len() < text.len();
        let capitalised = stripped.chars().next().is_some_and(char::is_uppercase);
        if starts_with_prefix && capitalised {
            if let Some(name) = clean_byline(&text) {
                return Some(VisibleByline {
                    node: n,
                    text: name,
                });
            }
        }
    }
    None
}

fn choose_byline(
    metas: &MetaTags,
    ld: &JsonLd,
    micro: &Microdata,
    visible: Option<&VisibleByline>,
    _dom: &Dom,
) -> Option<String> {
    if !ld.authors.is_empty() {
        return Some(ld.authors.join(", "));
    }
    for key in AUTHOR_META_KEYS {
        let mut names = Vec::new();
        for v in metas.all(key) {
            if !looks_like_url(&v) {
                push_names(&mut names, &v);
            }
        }
        if !names.is_empty() {
            return Some(names.join(", "));
        }
    }
    if !micro.authors.is_empty() {
        return Some(micro.authors.join(", "));
    }
    if let Some(v) = visible {
        return Some(v.text.clone());
    }
    if !ld.organisation_authors.is_empty() {
        return Some(ld.organisation_authors.join(", "));
    }
    None
}

// ---------------------------------------------------------------------------------------------
// Dates in the page

/// The `<time>` that dates this article: one marked as the publication date, else the first one
/// inside the byline box, else the first after the headline, else the first on the page; never one
/// inside comments, related lists, sidebars or footers.
fn find_time_element(dom: &Dom, main_h1: Option<NodeId>, byline: Option<NodeId>) -> Option<NodeId> {
    let times: Vec<NodeId> = dom
        .find_tags(dom.root(), "time")
        .filter(|&t| !in_excluded_area(dom, t) && time_value(dom, t).is_some())
        .collect();
    let marked = times.iter().copied().find(|&t| {
        dom.attr(t, "pubdate").is_some()
            || dom.attr(t, "itemprop") == Some("datePublished")
            || dom.class_and_id(t).contains("publish")
    });
    if marked.is_some() {
        return marked;
    }
    if let Some(b) = byline {
        // The byline box itself, or its parent (name and date are often siblings).
        for scope in [Some(b), dom.parent(b)].into_iter().flatten() {
            if let Some(&t) = times.iter().find(|&&t| dom.contains(scope, t)) {
                return Some(t);
            }
        }
    }
    if let Some(h1) = main_h1 {
        let mut after = false;
        for n in dom.descendants(dom.root()) {
            if n == h1 {
                after = true;
            } else if after && times.contains(&n) {
                return Some(n);
            }
        }
    }
    times.first().copied()
}

fn time_value(dom: &Dom, t: NodeId) -> Option<String> {
    dom.attr(t, "datetime")
        .and_then(normalize_date)
        .or_else(|| normalize_date(&dom.normalized_text(t)))
}

// ---------------------------------------------------------------------------------------------
// Language, links

fn lang_and_dir(dom: &Dom, metas: &MetaTags, ld: &JsonLd) -> (Option<String>, Option<String>) {
    let html = dom.html_element();
    let body = dom.body();
    let attr_of = |name: &str| {
        [html, body]
            .into_iter()
            .flatten()
            .find_map(|n| dom.attr(n, name))
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    let lang = first_some([
        attr_of("lang"),
        attr_of("xml:lang"),
        metas
            .get(&[
                "content-language",
                "language",
                "dc:language",
                "dcterms:language",
            ])
            // "de, en" lists several; the first is the main one.
            .map(|l| l.split(',').next().unwrap_or("").trim().to_string()),
        metas.get(&["og:locale"]).map(|l| l.replace('_', "-")),
        ld.lang.clone(),
    ]);
    let dir = attr_of("dir").map(|d| d.to_ascii_lowercase());
    (lang, dir)
}

fn link_href(dom: &Dom, rel: &str) -> Option<String> {
    dom.find_tags(dom.root(), "link")
        .find(|&l| {
            dom.attr(l, "rel")
                .is_some_and(|r| r.split_whitespace().any(|w| w.eq_ignore_ascii_case(rel)))
        })
        .and_then(|l| dom.attr(l, "href"))
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
}

/// The caller's URL, overridden by the page's `<base href>` (resolved against it).
fn effective_base(dom: &Dom, base_url: Option<&url::Url>) -> Option<url::Url> {
    let base_href = dom
        .find_tags(dom.root(), "base")
        .find_map(|b| dom.attr(b, "href"))
        .map(str::trim);
    match (base_url, base_href) {
        (Some(b), Some(h)) => b.join(h).ok().or_else(|| Some(b.clone())),
        (Some(b), None) => Some(b.clone()),
        (None, Some(h)) => url::Url::parse(h).ok(),
        (None, None) => None,
    }
}

/// An absolute http(s)/data address, or `None` when it cannot be made absolute.
fn absolutize(raw: &str, base: Option<&url::Url>) -> Option<String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    let parsed = match base {
        Some(b) => b.join(raw).ok(),
        None => url::Url::parse(raw)
            .ok()
            // Protocol-relative addresses are common in og:image; https is the safe guess.
            .or_else(|| {
                raw.strip_prefix("//")
                    .and_then(|r| url::Url::parse(&format!("https://{r}")).ok())
            }),
    }?;
    matches!(parsed.scheme(), "http" | "https" | "data").then(|| parsed.to_string())
}

// ---------------------------------------------------------------------------------------------
// Date normalisation

/// Month names and abbreviations in English, German, French, Spanish, Italian, Dutch and
/// Portuguese (lower case, accents as written and without). Shared spellings ("mai", "set",
/// "dic") mean the same month in every language that uses them.
const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("januar", 1),
    ("jänner", 1),
    ("janvier", 1),
    ("janv", 1),
    ("enero", 1),
    ("ene", 1),
    ("gennaio", 1),
    ("gen", 1),
    ("januari", 1),
    ("janeiro", 1),
    ("february", 2),
    ("feb", 2),
    ("februar", 2),
    ("février", 2),
    ("fevrier", 2),
    ("févr", 2),
    ("fevr", 2),
    ("febrero", 2),
    ("febbraio", 2),
    ("februari", 2),
    ("fevereiro", 2),
    ("fev", 2),
    ("march", 3),
    ("mar", 3),
    ("märz", 3),
    ("marz", 3),
    ("mrz", 3),
    ("mars", 3),
    ("marzo", 3),
    ("maart", 3),
    ("mrt", 3),
    ("março", 3),
    ("marco", 3),
    ("april", 4),
    ("apr", 4),
    ("avril", 4),
    ("avr", 4),
    ("abril", 4),
    ("abr", 4),
    ("aprile", 4),
    ("may", 5),
    ("mai", 5),
    ("mayo", 5),
    ("maggio", 5),
    ("mag", 5),
    ("mei", 5),
    ("maio", 5),
    ("june", 6),
    ("jun", 6),
    ("juni", 6),
    ("juin", 6),
    ("junio", 6),
    ("giugno", 6),
    ("giu", 6),
    ("junho", 6),
    ("july", 7),
    ("jul", 7),
    ("juli", 7),
    ("juillet", 7),
    ("juil", 7),
    ("julio", 7),
    ("luglio", 7),
    ("lug", 7),
    ("julho", 7),
    ("august", 8),
    ("aug", 8),
    ("août", 8),
    ("aout", 8),
    ("agosto", 8),
    ("ago", 8),
    ("augustus", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("septembre", 9),
    ("septiembre", 9),
    ("setiembre", 9),
    ("settembre", 9),
    ("set", 9),
    ("setembro", 9),
    ("october", 10),
    ("oct", 10),
    ("oktober", 10),
    ("okt", 10),
    ("octobre", 10),
    ("octubre", 10),
    ("ottobre", 10),
    ("ott", 10),
    ("outubro", 10),
    ("out", 10),
    ("november", 11),
    ("nov", 11),
    ("novembre", 11),
    ("noviembre", 11),
    ("novembro", 11),
    ("december", 12),
    ("dec", 12),
    ("dezember", 12),
    ("dez", 12),
    ("décembre", 12),
    ("decembre", 12),
    ("déc", 12),
    ("diciembre", 12),
    ("dicembre", 12),
    ("dic", 12),
    ("dezembro", 12),
];

fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    MONTHS.iter().find(|(name, _)| *name == w).map(|&(_, m)| m)
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

fn valid_date(y: i64, m: u32, d: u32) -> bool {
    (1900..=2100).contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)
}

#[derive(Clone, Copy)]
struct Time {
    hour: u32,
    minute: u32,
    second: u32,
}

fn format_date(y: i64, m: u32, d: u32, time: Option<Time>, offset: Option<String>) -> String {
    let mut s = format!("{y:04}-{m:02}-{d:02}");
    if let Some(t) = time {
        s.push_str(&format!("T{:02}:{:02}:{:02}", t.hour, t.minute, t.second));
        if let Some(o) = offset {
            s.push_str(&o);
        }
    }
    s
}

/// Reads up to `max` ASCII digits at the start of `s`; returns the number and digits read.
fn leading_number(s: &str, max: usize) -> Option<(u32, usize)> {
    let digits: String = s
        .chars()
        .take_while(char::is_ascii_digit)
        .take(max)
        .collect();
    if digits.is_empty() {
        return None;
    }
    digits.parse().ok().map(|n| (n, digits.len()))
}

/// Parses "HH:MM[:SS[.fff]]" at the start of `s`; returns the time and bytes read.
fn parse_clock(s: &str) -> Option<(Time, usize)> {
    let (hour, hl) = leading_number(s, 2)?;
    let rest = s.get(hl..)?;
    let rest = rest.strip_prefix(':').or_else(|| rest.strip_prefix('h'))?;
    let (minute, ml) = leading_number(rest, 2)?;
    if ml != 2 {
        return None;
    }
    let mut used = hl + 1 + ml;
    let mut second = 0;
    if let Some(r) = s.get(used..).and_then(|r| r.strip_prefix(':')) {
        if let Some((sec, sl)) = leading_number(r, 2) {
            second = sec;
            used += 1 + sl;
            // Fractions of a second carry no date information.
            if let Some(frac) = s.get(used..).and_then(|r| r.strip_prefix('.')) {
                let n = frac.chars().take_while(char::is_ascii_digit).count();
                if n > 0 {
                    used += 1 + n;
                }
            }
        }
    }
    (hour < 24 && minute < 60 && second < 61).then_some((
        Time {
            hour,
            minute,
            second: second.min(59),
        },
        used,
    ))
}

/// A UTC offset at the start of `s` ("Z", "+01:00", "+0100", "-05"), normalised to "Z"/"±HH:MM".
fn parse_offset(s: &str) -> Option<String> {
    let s = s.trim_start();
    if s.starts_with(['Z', 'z'])
        && !s
            .get(1..)
            .is_some_and(|r| r.starts_with(char::is_alphabetic))
    {
        return Some("Z".into());
    }
    let upper = s.get(..3).map(str::to_ascii_uppercase);
    if matches!(upper.as_deref(), Some("GMT" | "UTC")) {
        let rest = s.get(3..).unwrap_or("");
        if rest.starts_with(['+', '-']) {
            return parse_offset(rest);
        }
        return Some("Z".into());
    }
    let sign = s.chars().next().filter(|c| *c == '+' || *c == '-')?;
    let rest = s.get(1..)?;
    let (hh, hl) = leading_number(rest, 2)?;
    if hl != 2 {
        return None;
    }
    let after = rest.get(2..).unwrap_or("");
    let after = after.strip_prefix(':').unwrap_or(after);
    let mm = match leading_number(after, 2) {
        Some((m, 2)) => m,
        _ => 0,
    };
    if hh > 14 || mm > 59 {
        return None;
    }
    if hh == 0 && mm == 0 {
        return Some(if sign == '+' {
            "Z".into()
        } else {
            "-00:00".into()
        });
    }
    Some(format!("{sign}{hh:02}:{mm:02}"))
}

/// ISO-like "YYYY-MM-DD[(T| )HH:MM[:SS[.f]][offset]]", also with "/" or "." between the parts.
fn parse_iso(s: &str) -> Option<String> {
    let (y, yl) = leading_number(s, 4)?;
    if yl != 4 {
        return None;
    }
    let sep = s.get(4..5)?;
    if !matches!(sep, "-" | "/" | ".") {
        return None;
    }
    let rest = s.get(5..)?;
    let (m, ml) = leading_number(rest, 2)?;
    let rest = rest.get(ml..)?.strip_prefix(sep)?;
    let (d, dl) = leading_number(rest, 2)?;
    if !valid_date(y as i64, m, d) {
        return None;
    }
    let rest = rest.get(dl..).unwrap_or("");
    let time_part = rest
        .strip_prefix('T')
        .or_else(|| rest.strip_prefix('t'))
        .or_else(|| rest.strip_prefix(' '));
    if let Some(tp) = time_part {
        if let Some((time, used)) = parse_clock(tp) {
            let offset = tp.get(used..).and_then(parse_offset);
            return Some(format_date(y as i64, m, d, Some(time), offset));
        }
    }
    Some(format_date(y as i64, m, d, None, None))
}

/// Days since 1970-01-01 → (year, month, day), Howard Hinnant's civil-from-days algorithm.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// A Unix timestamp in seconds (10 digits) or milliseconds (13 digits) between 1990 and 2100, as
/// some CMSes put in `date`/`timestamp` metas. Anything else is not "obviously" a timestamp.
fn parse_timestamp(s: &str) -> Option<String> {
    let s = s.trim();
    if !s.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let secs: i64 = match s.len() {
        10 => s.parse().ok()?,
        13 => s.parse::<i64>().ok()? / 1000,
        _ => return None,
    };
    if !(631_152_000..4_102_444_800).contains(&secs) {
        return None;
    }
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    let rem = secs.rem_euclid(86_400) as u32;
    let time = Time {
        hour: rem / 3600,
        minute: rem % 3600 / 60,
        second: rem % 60,
    };
    Some(format_date(y, m, d, Some(time), Some("Z".into())))
}

fn normalize_date_or_timestamp(s: &str) -> Option<String> {
    parse_timestamp(s).or_else(|| normalize_date(s))
}

/// Free-text or ISO date → ISO 8601. Returns `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` with the
/// offset ("Z", "+01:00") when the text has a time (and a zone). The calendar date is kept as
/// written: no conversion between zones.
///
/// Understands ISO forms, RFC 2822 ("Tue, 11 Sep 2018 15:00:00 GMT"), "September 11, 2018",
/// "Tuesday 11 Sep 2018, 3:00 PM", day-first numeric dates ("11.09.2018", "11-09-2018"), unambiguous
/// slash dates ("21/12/2018", "12/21/2018"), and month names in English, German, French, Spanish,
/// Italian, Dutch and Portuguese ("11. September 2018", "11 septembre 2018", "11 de septiembre de
/// 2018"). Ambiguous slash dates ("09/11/2018") give `None` rather than a guess.
pub fn normalize_date(text: &str) -> Option<String> {
    let s = text.trim();
    if s.is_empty() || s.len() > 200 {
        return None;
    }
    if let Some(iso) = parse_iso(s) {
        return Some(iso);
    }
    // Tokens: runs of letters/digits, keeping ':' inside clocks and '.', '/', '-' inside numeric
    // dates, so "11.09.2018" stays one token and "15:00:00" another.
    let tokens: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .map(|t| t.trim_matches(|c: char| c == '|' || c == '·' || c == '•'))
        .filter(|t| !t.is_empty())
        .collect();
    let mut year: Option<i64> = None;
    let mut month: Option<u32> = None;
    let mut day: Option<u32> = None;
    let mut time: Option<Time> = None;
    let mut offset: Option<String> = None;
    let mut pending_numbers: Vec<u32> = Vec::new();
    let mut month_index: Option<usize> = None;
    for (i, tok) in tokens.iter().enumerate() {
        let lower = tok.to_lowercase();
        // A whole numeric date in one token.
        if year.is_none() {
            if let Some(iso) = parse_iso(tok) {
                return Some(iso);
            }
            if let Some((y, m, d)) = parse_numeric_date(tok) {
                year = Some(y);
                month = Some(m);
                day = Some(d);
                continue;
            }
        }
        if time.is_none() {
            if let Some((t, used)) = parse_clock(tok) {
                let mut t = t;
                let rest = tok.get(used..).unwrap_or("").to_lowercase();
                let next = tokens
                    .get(i + 1)
                    .map(|n| n.to_lowercase())
                    .unwrap_or_default();
                let meridiem = if rest.starts_with("pm")
                    || rest.starts_with("p.m")
                    || next == "pm"
                    || next == "p.m."
                {
                    Some(true)
                } else if rest.starts_with("am")
                    || rest.starts_with("a.m")
                    || next == "am"
                    || next == "a.m."
                {
                    Some(false)
                } else {
                    None
                };
                match meridiem {
                    Some(true) if t.hour < 12 => t.hour += 12,
                    Some(false) if t.hour == 12 => t.hour = 0,
                    _ => {}
                }
                if let Some(o) = tok.get(used..).and_then(parse_offset) {
                    offset = Some(o);
                }
                time = Some(t);
                continue;
            }
        }
        if time.is_some() && offset.is_none() {
            if let Some(o) = parse_offset(tok) {
                offset = Some(o);
                continue;
            }
        }
        if month.is_none() {
            if let Some(m) = month_number(&lower) {
                month = Some(m);
                month_index = Some(i);
                continue;
            }
        }
        // Numbers: "11", "11.", "11th", "1er", "2018".
        let digits: String = tok.chars().take_while(char::is_ascii_digit).collect();
        if digits.is_empty() {
            continue;
        }
        let suffix = tok.get(digits.len()..).unwrap_or("").to_lowercase();
        let ordinal_ok = matches!(
            suffix.as_str(),
            "" | "." | "st" | "nd" | "rd" | "th" | "er" | "º" | "°" | "e"
        );
        if !ordinal_ok {
            continue;
        }
        let Ok(n) = digits.parse::<u32>() else {
            continue;
        };
        if digits.len() == 4 && year.is_none() {
            year = Some(i64::from(n));
        } else if digits.len() <= 2 && (1..=31).contains(&n) {
            pending_numbers.push(n);
            // The day is the number next to the month name ("11 Sep", "Sep 11").
            if day.is_none() {
                if let Some(mi) = month_index {
                    if i == mi + 1
                        || (i == mi + 2
                            && tokens
                                .get(mi + 1)
                                .is_some_and(|t| t.eq_ignore_ascii_case("de")))
                    {
                        day = Some(n);
                    }
                }
            }
        }
    }
    // Day before the month name: "11 September", "11. September", "11 de septiembre".
    if day.is_none() {
        if let Some(mi) = month_index {
            for back in 1..=2 {
                let Some(t) = mi.checked_sub(back).and_then(|j| tokens.get(j)) else {
                    break;
                };
                if back == 2
                    && !tokens
                        .get(mi - 1)
                        .is_some_and(|w| w.eq_ignore_ascii_case("de"))
                {
                    break;
                }
                let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
                if let Ok(n) = digits.parse::<u32>() {
                    if digits.len() <= 2 {
                        day = Some(n);
                    }
                    break;
                }
            }
        }
    }
    let (y, m, d) = (year?, month?, day?);
    if !valid_date(y, m, d) {
        return None;
    }
    Some(format_date(
        y,
        m,
        d,
        time,
        offset.filter(|_| time.is_some()),
    ))
}

/// "11.09.2018", "11-09-2018", "21/12/2018", "12/21/2018" (and two-digit-year variants are
/// refused: "11.09.18" could be any century-less guess). Dots and dashes are day-first (the
/// European convention); slashes are read whichever way is unambiguous.
fn parse_numeric_date(tok: &str) -> Option<(i64, u32, u32)> {
    let tok = tok.trim_end_matches(['.', ',']);
    let sep = tok.chars().find(|c| matches!(c, '.' | '/' | '-'))?;
    let parts: Vec<&str> = tok.split(sep).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    if parts[2].len() != 4 || parts[0].len() > 2 || parts[1].len() > 2 {
        return None;
    }
    let a: u32 = parts[0].parse().ok()?;
    let b: u32 = parts[1].parse().ok()?;
    let y: i64 = parts[2].parse().ok()?;
    let (m, d) = if sep == '/' {
        if a > 12 && b <= 12 {
            (b, a)
        } else if (b > 12 && a <= 12) || a == b {
            (a, b)
        } else {
            return None;
        }
    } else {
        (b, a)
    };
    valid_date(y, m, d).then_some((y, m, d))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Limits;
    use crate::parse::parse_html;

    fn meta_of(html: &str) -> Metadata {
        let dom = parse_html(html, &Limits::default()).unwrap();
        extract(&dom, None)
    }

    fn meta_with_base(html: &str, base: &str) -> Metadata {
        let dom = parse_html(html, &Limits::default()).unwrap();
        let base = url::Url::parse(base).unwrap();
        extract(&dom, Some(&base))
    }

    fn date(s: &str) -> Option<String> {
        normalize_date(s)
    }

    // --- dates ---------------------------------------------------------------------------------

    #[test]
    fn iso_dates_keep_their_offset_and_calendar_day() {
        assert_eq!(
            date("2018-09-11T15:00:00+01:00").as_deref(),
            Some("2018-09-11T15:00:00+01:00")
        );
        assert_eq!(
            date("2021-11-01T10:52:50+0100").as_deref(),
            Some("2021-11-01T10:52:50+01:00")
        );
        assert_eq!(
            date("2019-01-03T07:00:02.000Z").as_deref(),
            Some("2019-01-03T07:00:02Z")
        );
        assert_eq!(
            date("2017-11-03 03:01:00.000000").as_deref(),
            Some("2017-11-03T03:01:00")
        );
        assert_eq!(date("2020-09-21").as_deref(), Some("2020-09-21"));
        assert_eq!(date("2020/09/21").as_deref(), Some("2020-09-21"));
    }

    #[test]
    fn english_free_text_dates() {
        assert_eq!(
            date("Tue, 11 Sep 2018 15:00:00 GMT").as_deref(),
            Some("2018-09-11T15:00:00Z")
        );
        assert_eq!(
            date("Tuesday 11 Sep 2018, 3:00 PM").as_deref(),
            Some("2018-09-11T15:00:00")
        );
        assert_eq!(date("September 11, 2018").as_deref(), Some("2018-09-11"));
        assert_eq!(
            date("Sept. 1st, 2018 at 12:30 am").as_deref(),
            Some("2018-09-01T00:30:00")
        );
        assert_eq!(
            date("Published March 25, 2015").as_deref(),
            Some("2015-03-25")
        );
    }

    #[test]
    fn european_numeric_and_month_name_dates() {
        assert_eq!(date("11.09.2018").as_deref(), Some("2018-09-11"));
        assert_eq!(date("11. September 2018").as_deref(), Some("2018-09-11")); // German
        assert_eq!(
            date("3. März 2019, 14:05 Uhr").as_deref(),
            Some("2019-03-03T14:05:00")
        );
        assert_eq!(date("11 septembre 2018").as_deref(), Some("2018-09-11")); // French
        assert_eq!(
            date("le 1er août 2017 à 15h30").as_deref(),
            Some("2017-08-01T15:30:00")
        );
        assert_eq!(
            date("11 de septiembre de 2018").as_deref(),
            Some("2018-09-11")
        ); // Spanish
        assert_eq!(date("11 settembre 2018").as_deref(), Some("2018-09-11")); // Italian
        assert_eq!(date("3 maart 2019").as_deref(), Some("2019-03-03")); // Dutch
        assert_eq!(date("3 de março de 2019").as_deref(), Some("2019-03-03")); // Portuguese
        assert_eq!(date("21/12/2018").as_deref(), Some("2018-12-21"));
        assert_eq!(date("12/21/2018").as_deref(), Some("2018-12-21"));
    }

    #[test]
    fn doubtful_or_junk_dates_give_none() {
        assert_eq!(date("09/11/2018"), None, "day/month order is ambiguous");
        assert_eq!(date("30 February 2019"), None);
        assert_eq!(date("2019-13-01"), None);
        assert_eq!(date("3 days ago"), None);
        assert_eq!(date("September"), None);
        assert_eq!(date(""), None);
        assert_eq!(date("ééé 12:7 ::: 9999999 -- ½"), None);
        assert_eq!(date(&"9".repeat(10_000)), None);
    }

    #[test]
    fn unix_timestamps_in_meta_become_utc_date_times() {
        assert_eq!(
            parse_timestamp("1536678000").as_deref(),
            Some("2018-09-11T15:00:00Z")
        );
        assert_eq!(
            parse_timestamp("1536678000000").as_deref(),
            Some("2018-09-11T15:00:00Z")
        );
        assert_eq!(parse_timestamp("12345"), None);
        let m = meta_of(
            r#"<meta name="timestamp" content="x"><meta name="date" content="1536678000"><title>t</title>"#,
        );
        assert_eq!(m.published_time.as_deref(), Some("2018-09-11T15:00:00Z"));
    }

    // --- title ---------------------------------------------------------------------------------

    #[test]
    fn site_name_suffix_is_dropped_when_declared() {
        assert_eq!(
            clean_title("Big News Today | The Daily", &[], Some("The Daily")),
            "Big News Today"
        );
        assert_eq!(
            clean_title("Die Nachricht des Tages – SPIEGEL", &[], Some("Spiegel")),
            "Die Nachricht des Tages"
        );
        assert_eq!(
            clean_title("Le Monde - La une du jour ici", &[], Some("Le Monde")),
            "La une du jour ici"
        );
        assert_eq!(
            clean_title("Friday Facts #1 | Factorio", &[], Some("Factorio.com")),
            "Friday Facts #1"
        );
    }

    #[test]
    fn a_heading_confirms_which_part_is_the_headline() {
        let h = vec!["Obama admits frustration".to_string()];
        assert_eq!(
            clean_title("Obama admits frustration - Section - News", &h, None),
            "Obama admits frustration"
        );
        let h = vec!["El gobierno aprueba la ley".to_string()];
        assert_eq!(
            clean_title("Portada » El gobierno aprueba la ley", &h, None),
            "El gobierno aprueba la ley"
        );
        // A logo <h1> matching the short tail is not the headline.
        let h = vec!["Pixsite".to_string()];
        assert_eq!(
            clean_title("Unser Ausflug in die Berge :: Pixsite", &h, None),
            "Unser Ausflug in die Berge"
        );
    }

    #[test]
    fn hyphens_inside_words_and_short_titles_stay() {
        assert_eq!(
            clean_title("Where do U.S.-Israeli relations go?", &[], None),
            "Where do U.S.-Israeli relations go?"
        );
        assert_eq!(clean_title("Google - SRE", &[], None), "Google - SRE");
        assert_eq!(
            clean_title("Daring Fireball: Colophon", &[], None),
            "Daring Fireball: Colophon"
        );
    }

    #[test]
    fn title_trust_order_json_ld_then_og_then_title() {
        let page = r#"<html><head><title>Doc title here please | Site</title>
            <meta property="og:title" content="OG headline">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"LD headline"}</script>
            </head><body><h1>Visible</h1></body></html>"#;
        assert_eq!(meta_of(page).title.as_deref(), Some("LD headline"));
        let no_ld = page.replace("application/ld+json", "text/plain");
        assert_eq!(meta_of(&no_ld).title.as_deref(), Some("OG headline"));
        let no_og = no_ld.replace("og:title", "og:nothing");
        assert_eq!(
            meta_of(&no_og).title.as_deref(),
            Some("Doc title here please")
        );
    }

    #[test]
    fn json_ld_name_wins_over_a_headline_that_is_a_summary() {
        let page = r#"<title>Hermitian matrix - Wikipedia</title>
            <script type="application/ld+json">{"@type":"Article","name":"Hermitian matrix",
            "headline":"matrix equal to its conjugate-transpose"}</script><h1>Hermitian matrix</h1>"#;
        assert_eq!(meta_of(page).title.as_deref(), Some("Hermitian matrix"));
    }

    #[test]
    fn og_title_with_site_suffix_is_cut_when_h1_confirms() {
        let page = r#"<meta property="og:title" content="Ein Artikel über Katzen | Katzenblatt">
            <h1>Ein Artikel über Katzen</h1>"#;
        assert_eq!(
            meta_of(page).title.as_deref(),
            Some("Ein Artikel über Katzen")
        );
    }

    #[test]
    fn whitespace_in_titles_folds_line_breaks_but_keeps_typographic_spaces() {
        assert_eq!(tidy("  A\n   title  "), "A title");
        assert_eq!(tidy("Screenshot\u{a0}: «X»"), "Screenshot\u{a0}: «X»");
        assert_eq!(tidy("欲張り\u{3000}イヌ"), "欲張り\u{3000}イヌ");
    }

    // --- meta, JSON-LD, microdata ----------------------------------------------------------------

    #[test]
    fn json_ld_graph_arrays_and_nested_authors() {
        let page = r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"Example Site"},
            {"@type":"BreadcrumbList","name":"Not a headline"},
            {"@type":["NewsArticle","Article"],"headline":"Real headline",
             "author":[{"@type":"Person","name":"Stella Kim"},{"@type":"Person","name":"Jennifer Jett"}],
             "datePublished":"2024-12-06T22:00:40.000Z","dateModified":"2024-12-07",
             "image":{"@type":"ImageObject","url":"https://img.example/a.jpg"},
             "publisher":{"@type":"Organization","name":"Example News"},
             "articleBody":"Body text.","inLanguage":"ko"}]}</script>"#;
        let m = meta_of(page);
        assert_eq!(m.title.as_deref(), Some("Real headline"));
        assert_eq!(m.byline.as_deref(), Some("Stella Kim, Jennifer Jett"));
        assert_eq!(m.published_time.as_deref(), Some("2024-12-06T22:00:40Z"));
        assert_eq!(m.modified_time.as_deref(), Some("2024-12-07"));
        assert_eq!(m.lead_image.as_deref(), Some("https://img.example/a.jpg"));
        assert_eq!(m.site_name.as_deref(), Some("Example News"));
        assert_eq!(m.article_body.as_deref(), Some("Body text."));
        assert_eq!(m.lang.as_deref(), Some("ko"));
    }

    #[test]
    fn broken_json_ld_is_ignored_and_wrapped_json_ld_is_read() {
        let page = r#"<script type="application/ld+json">{"@type":"Article", "headline": </script>
            <script type="application/ld+json"><!-- {"@type":"BlogPosting","headline":"Wrapped"} --></script>"#;
        assert_eq!(meta_of(page).title.as_deref(), Some("Wrapped"));
    }

    #[test]
    fn an_organisation_is_the_byline_only_when_no_person_is_named() {
        let org_only = r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"H",
            "author":{"@type":"Organization","name":"BBC News"}}</script>"#;
        assert_eq!(meta_of(org_only).byline.as_deref(), Some("BBC News"));
        let with_person = format!(r#"{org_only}<body><h1>H</h1><p class="byline">By Jane Roe</p>"#);
        assert_eq!(meta_of(&with_person).byline.as_deref(), Some("Jane Roe"));
    }

    #[test]
    fn user_handles_are_not_bylines() {
        let page = r#"<script type="application/ld+json">{"@type":"Article","headline":"H","author":"CC7567"}</script>
            <body><h1>H</h1><div class="byline"><span class="author-name">James Akinaka</span></div>"#;
        assert_eq!(meta_of(page).byline.as_deref(), Some("James Akinaka"));
    }

    #[test]
    fn meta_sources_dublin_core_property_first_and_urls_rejected() {
        let page = r#"<meta name="author" content="Meta Author">
            <meta property="dc:creator twitter:site_name" content="Creator Name">
            <meta property="article:author" content="https://example.com/u/1">
            <meta name="DC.title" content="Dublin Title">"#;
        let m = meta_of(page);
        assert_eq!(m.byline.as_deref(), Some("Creator Name"));
        assert_eq!(m.title.as_deref(), Some("Dublin Title"));
        let url_only =
            r#"<meta property="article:author" content="https://example.com/u/1"><title>T</title>"#;
        assert_eq!(meta_of(url_only).byline, None);
    }

    #[test]
    fn parsely_and_sailthru_meta() {
        let page = r#"<meta name="parsely-title" content="Parsely Title">
            <meta name="parsely-author" content="Jane Doe">
            <meta name="parsely-pub-date" content="2024-04-20T04:20:00.000Z">"#;
        let m = meta_of(page);
        assert_eq!(m.title.as_deref(), Some("Parsely Title"));
        assert_eq!(m.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(m.published_time.as_deref(), Some("2024-04-20T04:20:00Z"));
        let s = meta_of(
            r#"<meta name="sailthru.author" content="Ana Ruiz"><meta name="sailthru.date" content="Tue, 11 Sep 2018 15:00:00 GMT">"#,
        );
        assert_eq!(s.byline.as_deref(), Some("Ana Ruiz"));
        assert_eq!(s.published_time.as_deref(), Some("2018-09-11T15:00:00Z"));
    }

    #[test]
    fn microdata_author_date_and_headline() {
        let page = r#"<body><article><h2 itemprop="headline">Micro headline</h2>
            <aside><span itemprop="author" itemscope><span itemprop="name">Nicolas Perriault</span> —</span>
            <time datetime="2013-09-29" itemprop="datePublished">29 Sep</time></aside></article>"#;
        let m = meta_of(page);
        assert_eq!(m.title.as_deref(), Some("Micro headline"));
        assert_eq!(m.byline.as_deref(), Some("Nicolas Perriault"));
        assert_eq!(m.published_time.as_deref(), Some("2013-09-29"));
    }

    // --- visible bylines and dates ---------------------------------------------------------------

    #[test]
    fn visible_bylines_in_several_languages() {
        for (line, name) in [
            ("By Jane Doe | Reuters", "Jane Doe"),
            (
                "Von Max Mustermann, aktualisiert 3. März 2019",
                "Max Mustermann",
            ),
            ("Par Sébastien Farcis", "Sébastien Farcis"),
            ("Por María López", "María López"),
            ("Door Jan de Vries", "Jan de Vries"),
            ("Di Mario Rossi", "Mario Rossi"),
            ("by Lucas Nolan22 Dec 2016", "Lucas Nolan"),
            ("By Nathan Willis March 25, 2015", "Nathan Willis"),
        ] {
            let page = format!(
                r#"<body><h1>Headline</h1><div class="post-byline">{line}</div><p>Text.</p>"#
            );
            let m = meta_of(&page);
            assert_eq!(m.byline.as_deref(), Some(name), "{line}");
            assert_eq!(m.byline_nodes.len(), 1, "{line}");
        }
    }

    #[test]
    fn byline_without_a_class_is_found_under_the_headline() {
        let page = r#"<body><h1>Titre</h1><p>Par Jean Dupont</p><p>Par ailleurs, le texte commence ici et continue.</p>"#;
        assert_eq!(meta_of(page).byline.as_deref(), Some("Jean Dupont"));
        let en = r#"<body><h1>Title</h1><p>By Ann Lee</p><p>Body.</p>"#;
        assert_eq!(meta_of(en).byline.as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn local_class_words_autor_and_auteur() {
        let de = r#"<body><h1>T</h1><span class="artikel-autor">Erika Musterfrau</span>"#;
        assert_eq!(meta_of(de).byline.as_deref(), Some("Erika Musterfrau"));
        let fr = r#"<body><h1>T</h1><span class="nom-auteur">Claire Martin</span>"#;
        assert_eq!(meta_of(fr).byline.as_deref(), Some("Claire Martin"));
    }

    #[test]
    fn bylines_in_comments_teasers_and_false_friends_are_ignored() {
        let page = r#"<body><div id="authorization">Sign In</div><h1>T</h1>
            <div class="authority-control">Authority control</div><p>Body</p>
            <div class="comments"><span class="comment-author">Troll 1</span></div>"#;
        let m = meta_of(page);
        assert_eq!(m.byline, None);
        assert!(m.byline_nodes.is_empty());
    }

    #[test]
    fn the_byline_after_the_headline_beats_earlier_teaser_bylines() {
        let page = r#"<body><ul><li><span class="byline">Teaser Writer</span></li></ul>
            <h1>Main story</h1><span class="byline">Real Writer</span>"#;
        assert_eq!(meta_of(page).byline.as_deref(), Some("Real Writer"));
    }

    #[test]
    fn time_near_the_headline_not_in_related_lists() {
        let page = r#"<body><div class="related"><time datetime="2001-01-01">old</time></div>
            <article><h1>Story</h1><p class="meta"><time datetime="2019-05-06T08:00:00+02:00">6 May</time></p>
            <p>Body.</p></article><footer><time datetime="2024-01-01">©</time></footer>"#;
        let m = meta_of(page);
        assert_eq!(
            m.published_time.as_deref(),
            Some("2019-05-06T08:00:00+02:00")
        );
        assert_eq!(m.byline_nodes.len(), 1);
    }

    #[test]
    fn rel_author_link_is_a_byline() {
        let page = r#"<body><h1>T</h1><p><a rel="author" href="/u/x">Kelli Miller</a></p>"#;
        assert_eq!(meta_of(page).byline.as_deref(), Some("Kelli Miller"));
    }

    // --- language, links, images ----------------------------------------------------------------

    #[test]
    fn language_sources_in_order() {
        assert_eq!(
            meta_of(r#"<html lang="de-DE" dir="ltr"><title>x</title>"#)
                .lang
                .as_deref(),
            Some("de-DE")
        );
        let m = meta_of(
            r#"<html dir="RTL"><meta http-equiv="Content-Language" content="ar, en"><title>x</title>"#,
        );
        assert_eq!(m.lang.as_deref(), Some("ar"));
        assert_eq!(m.dir.as_deref(), Some("rtl"));
        let og = meta_of(r#"<meta property="og:locale" content="pt_BR"><title>x</title>"#);
        assert_eq!(og.lang.as_deref(), Some("pt-BR"));
    }

    #[test]
    fn urls_are_made_absolute() {
        let page = r#"<link rel="canonical" href="/news/1"><meta property="og:image" content="img/a.jpg">
            <meta name="description" content="A summary.">"#;
        let m = meta_with_base(page, "https://example.com/section/page");
        assert_eq!(
            m.canonical_url.as_deref(),
            Some("https://example.com/news/1")
        );
        assert_eq!(
            m.lead_image.as_deref(),
            Some("https://example.com/section/img/a.jpg")
        );
        assert_eq!(m.excerpt.as_deref(), Some("A summary."));
        let no_base = meta_of(
            r#"<meta property="og:image" content="//cdn.example/b.png"><meta property="og:image:alt" content="x">"#,
        );
        assert_eq!(
            no_base.lead_image.as_deref(),
            Some("https://cdn.example/b.png")
        );
        let relative = meta_of(r#"<meta property="og:image" content="b.png">"#);
        assert_eq!(relative.lead_image, None);
    }

    #[test]
    fn escaped_entities_scripts_and_default_accounts() {
        let page = r#"<meta property="og:title" content="&amp;#8216;Quoted&amp;#8217; &amp;amp; more">
            <meta name="author" content="admin"><body><h1>x</h1>
            <div class="byline"><script>var ads = 1;</script>By Nora Berg</div>"#;
        let m = meta_of(page);
        assert_eq!(m.title.as_deref(), Some("\u{2018}Quoted\u{2019} & more"));
        assert_eq!(m.byline.as_deref(), Some("Nora Berg"));
        assert_eq!(
            unescape_entities("a &bogus; & b &#xZZ;"),
            "a &bogus; & b &#xZZ;"
        );
    }

    #[test]
    fn empty_and_odd_documents_do_not_panic() {
        for html in [
            "",
            "<html>",
            "<meta content>",
            "<time datetime=\"\u{1F600}\">",
            "<h1></h1><title></title>",
        ] {
            let m = meta_of(html);
            assert_eq!(m.title, None, "{html}");
        }
    }
}
