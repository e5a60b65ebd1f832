//! What tells the kind of page apart: schema.org types, OpenGraph types and the address patterns
//! CMSs and forum, shop and documentation software give their pages. Read by `page_type.rs`.

use crate::article::PageType;

/// Schema.org types of a page's main JSON-LD objects and the page type each states. Publishers
/// write them for search engines' rich results (Q&A, forum, product, breadcrumb carousels), so they
/// are the most deliberate statement of what the page is.
pub(crate) const SCHEMA_TYPES: &[(&str, PageType)] = &[
    // Q&A sites and forum software (Discourse, Invision, XenForo) mark threads. Not `Question`
    // alone: FAQ sections (`FAQPage`) are lists of Questions on every kind of page.
    ("QAPage", PageType::Forum),
    ("DiscussionForumPosting", PageType::Forum),
    // Shops mark the product a page sells.
    ("Product", PageType::Product),
    ("ProductGroup", PageType::Product),
    ("IndividualProduct", PageType::Product),
    ("ProductModel", PageType::Product),
    // Category and search pages.
    ("CollectionPage", PageType::Listing),
    ("SearchResultsPage", PageType::Listing),
    ("ItemList", PageType::Listing),
    ("OfferCatalog", PageType::Collection),
    // Reference documentation.
    ("TechArticle", PageType::Documentation),
    ("APIReference", PageType::Documentation),
    // Articles and posts.
    ("NewsArticle", PageType::Article),
    ("ReportageNewsArticle", PageType::Article),
    ("AnalysisNewsArticle", PageType::Article),
    ("OpinionNewsArticle", PageType::Article),
    ("BlogPosting", PageType::Article),
    ("LiveBlogPosting", PageType::Article),
    ("Article", PageType::Article),
    ("ScholarlyArticle", PageType::Article),
    ("Report", PageType::Article),
    ("Recipe", PageType::Article),
    ("Review", PageType::Article),
    // What a business or school offers.
    ("Service", PageType::Service),
    ("ProfessionalService", PageType::Service),
    ("Course", PageType::Service),
    ("EducationalOccupationalProgram", PageType::Service),
];

/// OpenGraph `og:type` values: `article` for posts, the `product` family for shop pages
/// (Shopify writes `product`, Facebook's catalogue spec `product.item` / `og:product`).
pub(crate) const OG_TYPES: &[(&str, PageType)] = &[
    ("article", PageType::Article),
    ("product", PageType::Product),
    ("product.item", PageType::Product),
    // A group of products: the page lists them (a shop's category page).
    ("product.group", PageType::Collection),
    ("product:group", PageType::Collection),
    ("og:product", PageType::Product),
];

/// Path segments (between slashes, lowercased) that name the kind of page in the address, as
/// (for a forum, only when a thread number follows: `/topic/cloud/` on a news site is a listing,
/// `/topic/225132-slug/` a thread;
/// forum software (Discourse `/t/`, XenForo `/threads/`, Invision `/topic/`, phpBB `viewtopic`,
/// vBulletin `showthread`, Stack Exchange `/questions/`, Reddit `/comments/`), shops (Shopify
/// `/products/` and `/collections/`, WooCommerce `/product/` and `/product-category/`, Amazon
/// `/dp/`) and documentation generators (`/docs/`, `/reference/`, `/api/`) write it. A forum
/// segment counts only when a thread number follows it in the address (`/topic/225132-slug/`,
/// `/t/slug/212419`, `viewtopic.php?t=487157`): `/topic/cloud/` on a news site is a listing.
pub(crate) const PATH_SEGMENTS: &[(&str, PageType)] = &[
    ("t", PageType::Forum),
    ("thread", PageType::Forum),
    ("threads", PageType::Forum),
    ("topic", PageType::Forum),
    ("forum", PageType::Forum),
    ("forums", PageType::Forum),
    ("questions", PageType::Forum),
    ("comments", PageType::Forum),
    ("viewtopic.php", PageType::Forum),
    ("showthread.php", PageType::Forum),
    ("products", PageType::Product),
    ("product", PageType::Product),
    ("dp", PageType::Product),
    ("pdp", PageType::Product),
    ("collections", PageType::Collection),
    ("product-category", PageType::Collection),
    ("category", PageType::Listing),
    ("tag", PageType::Listing),
    ("tags", PageType::Listing),
    ("docs", PageType::Documentation),
    ("doc", PageType::Documentation),
    ("documentation", PageType::Documentation),
    ("reference", PageType::Documentation),
    ("api", PageType::Documentation),
    ("manual", PageType::Documentation),
    ("usersguide", PageType::Documentation),
    // What a business offers: agencies' and consultancies' `/services/data-analytics/`,
    // software vendors' `/solutions/retail/`. Posts about services live under `/blog/`.
    ("services", PageType::Service),
    ("solutions", PageType::Service),
];

/// Currency signs a shop writes beside its prices, before the amount (`$12`, `£8.50`, `R$ 30`)
/// or after it (`12,99 €`, `45 zł`, `300 kr`). A page that shows many prices and is not a dated
/// story is a shop's category or search page (a collection): the grid of products is the page.
pub(crate) const CURRENCY_SIGNS: &[&str] = &[
    "$", "€", "£", "¥", "₹", "₩", "₽", "₺", "₫", "₪", "₴", "zł", "kr", "Kč", "CHF", "฿",
];

/// How many prices make a page without a publication date a collection.
pub(crate) const MIN_PRICES_OF_A_COLLECTION: usize = 12;

/// A path of at most this many letters, or two such parts joined by a hyphen or underscore
/// (`/en/`, `/de-de/`, `/en_GB/`), is a language or region, not a page of its own: an address
/// whose path is only that is still the site's home page.
pub(crate) const LOCALE_SEGMENT_MAX_LETTERS: usize = 3;

/// Host name prefixes of documentation and community sites (`docs.python.org`,
/// `community.openai.com`, `forum.obsidian.md`, `discuss.flarum.org`).
pub(crate) const HOST_PREFIXES: &[(&str, PageType)] = &[
    ("docs.", PageType::Documentation),
    ("developer.", PageType::Documentation),
    ("forum.", PageType::Forum),
    ("forums.", PageType::Forum),
    ("community.", PageType::Forum),
    ("discuss.", PageType::Forum),
    ("discussion.", PageType::Forum),
    ("answers.", PageType::Forum),
];

/// Host name suffixes of hosted documentation (Read the Docs, GitBook).
pub(crate) const HOST_SUFFIXES: &[(&str, PageType)] = &[
    (".readthedocs.io", PageType::Documentation),
    (".gitbook.io", PageType::Documentation),
];

/// Microdata property of one post in a thread (schema.org `comment`): several of them make the
/// page a discussion. Not `acceptedAnswer`/`suggestedAnswer`: FAQ sections use those too.
pub(crate) const POST_ITEMPROPS: &[&str] = &["comment"];

/// Microdata types of a thread page or its posts (`itemtype` ends with one): Stack Exchange marks
/// its question pages `QAPage`, forum software its posts `Comment`/`DiscussionForumPosting`.
pub(crate) const POST_ITEMTYPES: &[&str] = &["/QAPage", "/Comment", "/DiscussionForumPosting"];

/// The schema.org type of a question with its answers (Stack Exchange, Quora-style sites).
pub(crate) const QA_PAGE_TYPE: &str = "QAPage";
