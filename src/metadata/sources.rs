//! Where metadata comes from before the visible page: named meta tags, JSON-LD and microdata.

use super::*;
use crate::rules::metadata_keys::{ARTICLE_TYPE_SUFFIXES, OTHER_ARTICLE_TYPES};

// ---------------------------------------------------------------------------------------------
// Meta tags

pub(super) struct MetaTags {
    pub(super) entries: Vec<(String, String)>,
}

impl MetaTags {
    pub(super) fn collect(dom: &Dom) -> MetaTags {
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
    pub(super) fn get(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| {
            self.entries
                .iter()
                .find(|(name, _)| name == k)
                .map(|(_, v)| v.clone())
        })
    }

    /// All distinct values of one key, in page order. Sorted to find the repeats (a page can
    /// repeat a key thousands of times; comparing each value with all earlier ones is quadratic).
    pub(super) fn all(&self, key: &str) -> Vec<String> {
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
pub(super) fn normalize_meta_key(name: &str) -> String {
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
pub(super) struct JsonLd {
    pub(super) headline: Option<String>,
    pub(super) name: Option<String>,
    pub(super) authors: Vec<String>,
    pub(super) organisation_authors: Vec<String>,
    pub(super) published: Option<String>,
    pub(super) modified: Option<String>,
    pub(super) image: Option<String>,
    pub(super) publisher: Option<String>,
    pub(super) website_name: Option<String>,
    pub(super) body: Option<String>,
    pub(super) description: Option<String>,
    pub(super) lang: Option<String>,
    pub(super) url: Option<String>,
    /// `@type`s of the page's main objects (top level, `@graph`, `mainEntity`), as written.
    pub(super) types: Vec<String>,
}

/// Schema.org types that describe the article itself ([`ARTICLE_TYPE_SUFFIXES`],
/// [`OTHER_ARTICLE_TYPES`]).
pub(crate) fn is_article_type(t: &str) -> bool {
    let t = t.rsplit(['/', ':']).next().unwrap_or(t);
    ARTICLE_TYPE_SUFFIXES.iter().any(|s| t.ends_with(s)) || OTHER_ARTICLE_TYPES.contains(&t)
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

pub(super) fn types_of(obj: &serde_json::Map<String, Value>) -> Vec<&str> {
    match obj.get("@type") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

pub(super) fn parse_json_ld_text(raw: &str) -> Option<Value> {
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

pub(super) fn json_string(v: Option<&Value>) -> Option<String> {
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
pub(super) fn json_url(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Array(a) => a.iter().find_map(|x| json_url(Some(x))),
        Value::Object(o) => json_url(o.get("url")).or_else(|| json_url(o.get("contentUrl"))),
        _ => None,
    }
}

/// Names in an `author`/`creator` value, split into people and organisations.
pub(super) fn json_people(v: &Value, people: &mut Vec<String>, orgs: &mut Vec<String>) {
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

/// Most distinct `@type`s kept: a page-type vote needs a few, not a catalogue's thousands.
const MAX_SCHEMA_TYPES: usize = 32;

/// Most names one byline source contributes; a bound, so that checking each new name against the
/// earlier ones stays linear in the page (no real byline comes near it).
pub(super) const MAX_BYLINE_NAMES: usize = 64;

pub(super) fn push_unique(list: &mut Vec<String>, s: String) {
    if list.len() >= MAX_BYLINE_NAMES {
        return;
    }
    if !s.is_empty() && !list.iter().any(|x| fold(x) == fold(&s)) {
        list.push(s);
    }
}

/// Adds the cleaned names in `raw`. A single token with digits or an "@" ("CC7567", "@janedoe") is
/// a user handle, not a name a reader knows; the visible byline usually has the real name.
pub(super) fn push_names(list: &mut Vec<String>, raw: &str) {
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
    pub(super) fn collect(dom: &Dom) -> JsonLd {
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
                for t in &types {
                    if out.types.len() < MAX_SCHEMA_TYPES && !out.types.iter().any(|k| k == t) {
                        out.types.push(t.to_string());
                    }
                }
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

    pub(super) fn fill_authors(&mut self, o: &serde_json::Map<String, Value>) {
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
pub(super) struct Microdata {
    pub(super) headline: Option<String>,
    pub(super) authors: Vec<String>,
    pub(super) author_nodes: Vec<NodeId>,
    pub(super) published: Option<String>,
    pub(super) modified: Option<String>,
    pub(super) image: Option<String>,
}

/// The value of a microdata property as the spec defines it: `content` (meta), `datetime`
/// (time), `src`/`href` (media, links), else the text.
pub(super) fn itemprop_value(dom: &Dom, n: NodeId) -> Option<String> {
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
    pub(super) fn collect(dom: &Dom) -> Microdata {
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
