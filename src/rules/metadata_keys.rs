//! Meta tag names that carry a page's dates and authors.

/// Meta keys that hold the publication date, most specific first. `article:published_time` is
/// OpenGraph's; the `dc`/`dcterms` keys are Dublin Core; `parsely-pub-date` and `sailthru.date` are
/// written by those analytics vendors' plugins; `pubdate`/`publish-date`/`date` are common CMS
/// inventions; `citation_*` is what Google Scholar asks of academic publishers.
pub(crate) const PUBLISHED_META_KEYS: &[&str] = &[
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
    "published",
    "published-date",
    "publication-date",
    "date",
];

pub(crate) const MODIFIED_META_KEYS: &[&str] = &[
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
pub(crate) const AUTHOR_META_KEYS: &[&str] = &[
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

/// Description keys, Dublin Core first (written on purpose), then the sharing-preview ones that
/// also serve as search snippets, then the analytics vendors'.
pub(crate) const DESCRIPTION_META_KEYS: &[&str] = &[
    "dc:description",
    "dcterms:description",
    "og:description",
    "description",
    "twitter:description",
    "parsely-description",
    "sailthru.description",
];

/// Canonical-address keys, used when there is no `<link rel=canonical>`.
pub(crate) const URL_META_KEYS: &[&str] = &["og:url", "twitter:url", "parsely-link"];

/// Lead-image keys. OpenGraph's explicit `secure_url`/`url` forms go before plain `og:image`
/// (which some sites fill with an http address or a logo fallback); Twitter's card image next.
pub(crate) const IMAGE_META_KEYS: &[&str] = &[
    "og:image:secure_url",
    "og:image:url",
    "og:image",
    "twitter:image",
    "twitter:image:src",
    "parsely-image-url",
    "sailthru.image.full",
];

/// Site-name keys after `og:site_name`: the names a site gives its installed web app.
pub(crate) const APP_NAME_META_KEYS: &[&str] = &["application-name", "apple-mobile-web-app-title"];

/// Schema.org type-name endings of the article itself: `Article` (NewsArticle, ScholarlyArticle,
/// ReportageNewsArticle, …) and `Posting` (BlogPosting, SocialMediaPosting, LiveBlogPosting,
/// DiscussionForumPosting), matched as suffixes so new subtypes work too.
pub(crate) const ARTICLE_TYPE_SUFFIXES: &[&str] = &["Article", "Posting"];

/// Schema.org types outside those families that are still a page's main text: reports, API
/// reference pages, reviews, recipes and how-to guides.
pub(crate) const OTHER_ARTICLE_TYPES: &[&str] =
    &["Report", "APIReference", "Review", "Recipe", "HowTo"];

/// Class/id fragments of the element that shows a page's date (`post-date`, `entry-date`,
/// `publish-date`, `article__published`, `posted-on`, `updated-at`, `blog-hero_date-wrapper`).
pub(crate) const DATE_CLASS_FRAGMENTS: &[&str] =
    &["date", "publish", "posted", "updated", "dateline"];

/// Words that open a visible date line besides `months::PUBLICATION_WORDS` ("Published on:
/// February 14, 2025", "Publié le 11 septembre 2018"): "Last updated: Oct 1, 2025", "Date:",
/// German "Stand: 11.09.2018". Lower case.
pub(crate) const DATE_LINE_OPENINGS: &[&str] = &["last updated", "date:", "stand:"];

/// Data attributes that carry the publication date (`data-pubdate="2022-10-05"`).
pub(crate) const DATE_DATA_ATTRIBUTES: &[&str] = &[
    "data-pubdate",
    "data-published",
    "data-publish-date",
    "data-date-published",
    "data-published-date",
];

/// Keys under which page scripts (Next.js/Nuxt state, CMS data layers, Prismic and Contentful
/// records) hold the publication date when the page has no structured metadata: read only when
/// every other source is silent.
pub(crate) const SCRIPT_DATE_KEYS: &[&str] = &[
    "datePublished",
    "publishedAt",
    "published_at",
    "publishDate",
    "publishedDate",
    "publishedOn",
    "published_on",
    "first_publication_date",
    "postDate",
    "date_published",
    "pubDate",
];

/// Languages written right to left (primary subtags): Arabic, Hebrew, Persian, Urdu, Pashto,
/// Yiddish, Dhivehi, Sorani Kurdish, Sindhi, Uyghur. A page in one of them that declares no `dir`
/// is right to left.
pub(crate) const RTL_LANGUAGES: &[&str] = &[
    "ar", "he", "iw", "fa", "ur", "ps", "yi", "dv", "ckb", "sd", "ug",
];
