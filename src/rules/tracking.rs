//! Click-tracking query parameters.

/// Query parameter names added by analytics and ad platforms to follow a click, never needed to
/// load the page: Google Analytics campaign tags (`utm_source`, `utm_medium`, ... matched as the
/// `utm_` prefix), Google Ads (`gclid`, `dclid`, `gbraid`, `wbraid`, and `_gl` cross-domain
/// linker), Facebook (`fbclid`), Microsoft Ads (`msclkid`), Mailchimp (`mc_cid`, `mc_eid`),
/// HubSpot (`_hsenc`, `_hsmi`), Marketo (`mkt_tok`), Yandex (`yclid`), Instagram (`igshid`),
/// X/Twitter (`twclid`), TikTok (`ttclid`), Omeda (`oly_anon_id`, `oly_enc_id`), Vero (`vero_id`).
pub(crate) const TRACKING_PARAMS: &[&str] = &[
    "fbclid",
    "gclid",
    "dclid",
    "gbraid",
    "wbraid",
    "_gl",
    "msclkid",
    "mc_cid",
    "mc_eid",
    "_hsenc",
    "_hsmi",
    "mkt_tok",
    "yclid",
    "igshid",
    "twclid",
    "ttclid",
    "oly_anon_id",
    "oly_enc_id",
    "vero_id",
];
