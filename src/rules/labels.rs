//! Short labels of page furniture found inside articles: ad labels, share prompts, UI words,
//! tag lists.

/// Whole-line labels that mark an ad slot in the languages we cover: what ad servers and CMSs
/// print above an empty slot ("Advertisement", "Anzeige", "Publicité", ...).
pub(crate) const AD_LABELS: &[&str] = &[
    "advertisement",
    "advertisements",
    "advertising",
    "ad",
    "sponsored",
    "sponsored content",
    "paid content",
    "story continues below advertisement",
    "article continues below advertisement",
    "continue reading below",
    "anzeige",
    "werbung",
    "publicité",
    "publicite",
    "publicidad",
    "pubblicità",
    "pubblicita",
    "advertentie",
    "publicidade",
    "reklama",
    "annons",
];

/// Openings of short share prompts ("Share this on WhatsApp", "Teilen auf Facebook", "Partager sur
/// X", "Compartilhe no Facebook").
pub(crate) const SHARE_OPENINGS: &[&str] = &[
    "share this on",
    "share on",
    "share via",
    "teilen auf",
    "teilen via",
    "partager sur",
    "partager par",
    "compartir en",
    "compartilhe",
    "compartilhar no",
    "condividi su",
    "deel op",
    "delen via",
];

/// Whole-line labels of page widgets (slideshow toggles, modal buttons) that leak as text when the
/// page is read without its scripts.
pub(crate) const UI_LABELS: &[&str] = &[
    "caption",
    "close",
    "open",
    "expand",
    "collapse",
    "more",
    "less",
    "show more",
    "show less",
    "read more",
    "back to top",
    "skip to content",
    "skip to main content",
    "loading",
    "previous",
    "next",
    "prev",
    "zurück",
    "weiter",
    "mehr",
    "schließen",
    "fermer",
    "suivant",
    "précédent",
    "cerrar",
    "siguiente",
    "anterior",
    "chiudi",
    "sluiten",
    "fechar",
];

/// Openings of tag and category lists printed under a story ("Tags: …", "Schlagwörter: …").
pub(crate) const TAG_LIST_OPENINGS: &[&str] = &[
    "tags",
    "tagged",
    "tagged with",
    "topics",
    "filed under",
    "categories",
    "schlagwörter",
    "themen",
    "mots-clés",
    "mots clés",
    "étiquettes",
    "etiquetas",
    "temas",
    "argomenti",
    "tag",
    "trefwoorden",
    "onderwerpen",
];

/// Lines that invite the reader to share or follow, with no article content.
pub(crate) const SHARE_LINES: &[&str] = &[
    "share this article",
    "share this story",
    "share this",
    "share",
    "share on facebook",
    "share on twitter",
    "tweet",
    "email",
    "print",
    "follow us",
    "artikel teilen",
    "teilen",
    "partager",
    "partager cet article",
    "compartir",
    "condividi",
    "delen",
    "partilhar",
];

/// Openings of update stamps ("Updated at 1:23 p.m.", "Aktualisiert", "Mis à jour"): a short line
/// that starts with one and holds a digit is a date line, not article text.
pub(crate) const STAMP_OPENINGS: &[&str] = &[
    "updated",
    "published",
    "posted",
    "last updated",
    "last modified",
    "aktualisiert",
    "veröffentlicht",
    "mis à jour",
    "publié",
    "actualizado",
    "publicado",
    "atualizado",
    "aggiornato",
    "pubblicato",
    "bijgewerkt",
    "gepubliceerd",
];
