//! Cookie / consent notices.
//!
//! Two independent signals, so the boilerplate stage can use whichever the page offers:
//! - [`consent_marker`]: the container markup. Consent-manager platforms (CMPs) ship fixed ids and
//!   class prefixes, which are far more reliable than wording; generic hand-written banners use
//!   "cookie-banner"-style names.
//! - [`is_consent_text`]: the wording, for banners with anonymous markup (and for the probe text
//!   itself). It requires a cookie/tracking word *and* a consent/policy/purpose signal, because a
//!   news paragraph about third-party cookies mentions cookies but does not ask for consent.

use super::{any_word_prefix, fold, FirstCharIndex};

/// How a class/id token is compared with a table entry.
#[derive(Clone, Copy)]
enum Shape {
    /// The token equals the entry.
    Exact,
    /// The token starts with the entry (CMPs name every part "<vendor>-<part>").
    Prefix,
}

/// Consent-manager platforms and widely used consent plugins: (token, shape, reason). Each entry is
/// the vendor's own naming, which its UI keeps across sites; the reason names the vendor so the
/// `removed` list explains itself.
const VENDOR_TOKENS: &[(&str, Shape, &str)] = &[
    // OneTrust: #onetrust-banner-sdk, #onetrust-consent-sdk, #onetrust-pc-sdk.
    ("onetrust-", Shape::Prefix, "OneTrust banner id"),
    // OneTrust's older "Optanon" markup: .optanon-alert-box-wrapper, #optanon.
    // ("optanon-category-*" is excluded below: OneTrust puts it on blocked *content* embeds.)
    ("optanon", Shape::Prefix, "OneTrust (Optanon) banner class"),
    // OneTrust's cookie-settings button and list: #ot-sdk-btn, .ot-sdk-container.
    ("ot-sdk-", Shape::Prefix, "OneTrust SDK class"),
    // Didomi: #didomi-host, #didomi-notice, .didomi-popup-container.
    ("didomi-", Shape::Prefix, "Didomi consent class"),
    // Sourcepoint: #sp_message_container_123456, .sp_veil, older .sp-cc.
    ("sp_message", Shape::Prefix, "Sourcepoint message container"),
    ("sp_veil", Shape::Prefix, "Sourcepoint overlay"),
    ("sp-cc", Shape::Exact, "Sourcepoint consent class"),
    // Usercentrics: #usercentrics-root, #usercentrics-cmp (uc-* handled in `usercentrics_uc`).
    ("usercentrics", Shape::Prefix, "Usercentrics root"),
    // Cookiebot: #CybotCookiebotDialog (ids arrive lowercased).
    ("cybotcookiebot", Shape::Prefix, "Cookiebot dialog id"),
    ("cookiebot", Shape::Prefix, "Cookiebot class"),
    // Quantcast Choice: #qc-cmp2-container, .qc-cmp-ui-container.
    ("qc-cmp", Shape::Prefix, "Quantcast Choice container"),
    // TrustArc (formerly TRUSTe): #truste-consent-track, #truste_box_overlay, #consent_blackbar,
    // #teconsent. "truste" alone would also match "trustees", hence the separators.
    ("truste-", Shape::Prefix, "TrustArc consent id"),
    ("truste_", Shape::Prefix, "TrustArc consent id"),
    ("trustarc", Shape::Prefix, "TrustArc consent class"),
    ("consent_blackbar", Shape::Exact, "TrustArc consent bar"),
    ("teconsent", Shape::Exact, "TrustArc consent link"),
    // Osano: .osano-cm-window, .osano-cm-dialog.
    ("osano-cm-", Shape::Prefix, "Osano consent class"),
    // Iubenda: #iubenda-cs-banner.
    (
        "iubenda-cs",
        Shape::Prefix,
        "Iubenda cookie solution banner",
    ),
    // Complianz (WordPress): .cmplz-cookiebanner, #cmplz-manage-consent.
    ("cmplz-", Shape::Prefix, "Complianz consent class"),
    // CookieYes: .cky-consent-container, .cky-banner-bottom.
    ("cky-", Shape::Prefix, "CookieYes consent class"),
    // Borlabs Cookie (WordPress): #BorlabsCookieBox, ._brlbs-bar, ._brlbs-box.
    ("borlabscookie", Shape::Prefix, "Borlabs Cookie box"),
    ("borlabs-cookie", Shape::Prefix, "Borlabs Cookie box"),
    ("_brlbs-bar", Shape::Prefix, "Borlabs Cookie bar"),
    ("_brlbs-box", Shape::Prefix, "Borlabs Cookie box"),
    // Klaro (open source CMP): #klaro, .klaro.
    ("klaro", Shape::Exact, "Klaro consent manager"),
    // "Cookie Notice & Compliance" WordPress plugin: #cookie-notice, .cookie-notice-container.
    ("cookie-notice", Shape::Prefix, "Cookie Notice plugin"),
    // "CookieYes / GDPR Cookie Consent" (cookie-law-info) plugin: #cookie-law-info-bar,
    // .cli-bar-container, .cli-modal, .wt-cli-*. Not bare "cli-": developer blogs use it for
    // command lines.
    ("cookie-law-info", Shape::Prefix, "Cookie Law Info plugin"),
    ("cli-bar-", Shape::Prefix, "Cookie Law Info bar"),
    ("cli-modal", Shape::Prefix, "Cookie Law Info modal"),
    ("wt-cli-", Shape::Prefix, "Cookie Law Info plugin"),
    // "GDPR Cookie Compliance" (Moove) plugin: #moove_gdpr_cookie_info_bar.
    ("moove_gdpr", Shape::Prefix, "Moove GDPR plugin"),
    ("moove-gdpr", Shape::Prefix, "Moove GDPR plugin"),
    // cookieconsent.js (Osano's open-source banner): .cc-window, .cc-banner, .cc-revoke; v1 used
    // .cc_banner-wrapper.
    ("cc-window", Shape::Exact, "cookieconsent.js window"),
    ("cc-banner", Shape::Exact, "cookieconsent.js banner"),
    ("cc-revoke", Shape::Exact, "cookieconsent.js revoke button"),
    ("cc_banner", Shape::Prefix, "cookieconsent.js v1 banner"),
    // EU Cookie Law / EU Cookie Compliance (Drupal, WordPress): #eu-cookie-compliance-banner.
    ("eu-cookie", Shape::Prefix, "EU cookie law banner"),
    ("eu_cookie", Shape::Prefix, "EU cookie law banner"),
    // consentmanager.net: #cmpbox, .cmpboxBG.
    ("cmpbox", Shape::Prefix, "consentmanager.net box"),
    // Google Funding Choices: .fc-consent-root.
    (
        "fc-consent",
        Shape::Prefix,
        "Google Funding Choices consent",
    ),
    // Evidon / Crownpeak: #_evidon_banner, .evidon-banner.
    ("_evidon", Shape::Prefix, "Evidon consent banner"),
    ("evidon-", Shape::Prefix, "Evidon consent banner"),
    // CookieScript: #cookiescript_injected.
    ("cookiescript_", Shape::Prefix, "CookieScript banner"),
    // CookieFirst: .cookiefirst-root.
    ("cookiefirst", Shape::Prefix, "CookieFirst banner"),
    // Axeptio (common in France): #axeptio_overlay.
    ("axeptio", Shape::Prefix, "Axeptio consent widget"),
    // tarteaucitron.js (French open-source CMP): #tarteaucitronRoot, #tarteaucitronAlertBig.
    (
        "tarteaucitron",
        Shape::Prefix,
        "tarteaucitron consent manager",
    ),
    // Google's cookiechoices.js, which Blogger injects for EU visitors: #cookieChoiceInfo,
    // .cookie-choices-info.
    ("cookiechoice", Shape::Prefix, "cookiechoices.js notice"),
    ("cookie-choices", Shape::Prefix, "cookiechoices.js notice"),
    // jQuery EU cookie law popup: .eupopup-container.
    ("eupopup", Shape::Prefix, "EU cookie law popup"),
    // Peadig "EU Cookie Law" WordPress plugin: .pea_cook_wrapper.
    ("pea_cook", Shape::Prefix, "Peadig EU Cookie Law plugin"),
];

/// Class prefixes WordPress and other CMSs put on *articles* from their tags and categories
/// ("tag-gdpr", "category-cookie-consent"): they describe the story's topic, not the element.
/// "comment-": WordPress' "comment-form-cookies-consent" is the comment form's "save my name"
/// checkbox, which the comments rule owns.
const TOPIC_PREFIXES: &[&str] = &[
    "tag-",
    "category-",
    "topic-",
    "tags-",
    "section-",
    "comment-",
];

/// The reason [`consent_marker`] gives for hand-written "cookie-banner"-style names. Unlike vendor
/// ids these are guesses from naming: in the dev corpora one site names its sticky *header*
/// "uk-cookiebanner", another its edition notice "cookie_notice". Callers should confirm such hits
/// (small element, or [`is_consent_text`] on its text) before removing.
pub const GENERIC_REASON: &str = "generic cookie/consent banner class";

/// Vendor prefixes that also appear on *content* the CMP has blocked (an embedded video waiting for
/// consent). Those elements hold article material, so they are not consent containers.
const CONTENT_BLOCKER_PREFIXES: &[&str] = &["optanon-category", "ot-sdk-cookie-policy"];

/// First part of a generic hand-written banner name: "cookie-banner", "js-consent-bar",
/// "gdpr-notice". Matched as a whole hyphen/underscore part or as the head of a glued camelCase id
/// ("cookieConsentBanner" arrives as "cookieconsentbanner").
const GENERIC_SUBJECTS: &[&str] = &[
    "cookies", "cookie", "consent", "gdpr", "rgpd", "dsgvo", "gprd",
];

/// Regulation names that, as a whole part anywhere in a class, mark consent UI ("dk_gdpr",
/// "mb-gdpr", "penci-gprd-law"; "gprd" is a misspelling shipped by a popular WordPress theme).
/// Article topic classes ("tag-gdpr") are excluded by [`TOPIC_PREFIXES`].
const REGULATION_PARTS: &[&str] = &["gdpr", "rgpd", "dsgvo", "gprd"];

/// Layout words accepted only glued to "cookie" in one identifier ("cookiecontainer", "cookiebx",
/// "cookiewrapper"): as separate parts they also name recipe layouts ("cookies-wrapper").
const GLUED_LAYOUT: &[&str] = &["container", "wrapper", "wrap", "box", "bx", "holder"];

/// Notice words that may come *before* the cookie part: "popup-cookies", "js-banner-cookie",
/// "alert-cookies". Narrower than [`GENERIC_NOTICES`]: "bar-cookies" is a recipe.
const NOTICE_BEFORE_COOKIE: &[&str] = &[
    "popup", "banner", "notice", "modal", "alert", "consent", "overlay", "dialog",
];

/// "privacy-consent", "privacy-banner": privacy UI with a banner-like second part. Not "privacy"
/// with policy/notice/settings, which are ordinary footer links.
const PRIVACY_NOTICES: &[&str] = &[
    "consent", "banner", "bar", "popup", "modal", "overlay", "dialog", "alert", "layer", "wall",
];

/// Second part of a generic banner name: what the element *is*. Deliberately excludes neutral
/// layout words (wrapper, container, box, list): "recipe-cookies-wrapper" is a recipe.
const GENERIC_NOTICES: &[&str] = &[
    "banner",
    "bar",
    "notice",
    "notification",
    "consent",
    "popup",
    "pop",
    "modal",
    "overlay",
    "dialog",
    "message",
    "msg",
    "alert",
    "warning",
    "disclaimer",
    "law",
    "compliance",
    "accept",
    "wall",
    "layer",
    "prompt",
    "info",
    "settings",
    "preferences",
    "manager",
];

/// Words in an ARIA label that say the element is about cookies or consent, in the languages
/// [`is_consent_text`] covers (screen-reader labels follow the page language).
const ARIA_CONSENT_WORDS: &[&str] = &[
    "cookie",
    "consent",
    "gdpr",
    "privacy settings",
    "privacy preferences",
    "einwilligung",
    "zustimmung",
    "datenschutzeinstellungen",
    "consentement",
    "paramètres de confidentialité",
    "consentimiento",
    "consenso",
    "toestemming",
    "consentimento",
    "zgoda",
    "samtycke",
    "samtykke",
];

/// ARIA label words that, next to a cookie word, say "this is the notice" even without a dialog
/// role (cookieconsent.js labels its window "cookieconsent").
const ARIA_NOTICE_WORDS: &[&str] = &[
    "consent",
    "banner",
    "notice",
    "settings",
    "preferences",
    "policy",
    "dialog",
    "popup",
];

/// Says whether an element is a consent-manager container, from its lowercased `class id` string
/// (as `measure::ClassNames::joined` returns it) and its attributes (names lowercased, values as written).
/// Returns a short reason naming the rule that fired; [`GENERIC_REASON`] marks name-based guesses
/// that deserve confirmation.
pub fn consent_marker<'a>(
    class_and_id: &str,
    attrs: impl Iterator<Item = (&'a str, &'a str)> + Clone,
) -> Option<&'static str> {
    for raw in class_and_id.split_whitespace() {
        // `class_and_id` is lowercased by the DOM, but callers may pass raw values too.
        let token = raw.to_ascii_lowercase();
        if let Some(reason) = token_marker(&token) {
            return Some(reason);
        }
    }
    aria_marker(attrs)
}

/// One class or id token against the vendor table, Usercentrics' short prefix and the generic
/// "cookie-banner" shapes.
fn token_marker(token: &str) -> Option<&'static str> {
    if CONTENT_BLOCKER_PREFIXES
        .iter()
        .any(|p| token.starts_with(p))
    {
        return None;
    }
    for &(entry, shape, reason) in VENDOR_TOKENS {
        let hit = match shape {
            Shape::Exact => token == entry,
            Shape::Prefix => token.starts_with(entry),
        };
        if hit {
            return Some(reason);
        }
    }
    if usercentrics_uc(token) {
        return Some("Usercentrics uc- class");
    }
    if generic_banner_token(token) {
        return Some(GENERIC_REASON);
    }
    None
}

/// Usercentrics marks its UI "uc-banner", "uc-consent-…", "uc-privacy-…", "uc-embedding-…". Bare
/// "uc-" is too short to trust (it also abbreviates "upper case", "use case", universities), so the
/// part after it must be a consent word.
fn usercentrics_uc(token: &str) -> bool {
    token.strip_prefix("uc-").is_some_and(|rest| {
        [
            "banner",
            "consent",
            "privacy",
            "cmp",
            "embedding",
            "center-container",
        ]
        .iter()
        .any(|w| rest.starts_with(w))
    })
}

/// Generic banner names: a subject part (cookie, consent, gdpr) immediately followed by a notice
/// part, either as separate hyphen/underscore parts ("js-cookie-banner", "gdpr_consent") or glued
/// ("cookiebanner", "cookieconsentbanner"), plus bare "gdpr"/"cookieconsent" ids. Whole parts are
/// compared, so "recipe-cookies" or "cookie-recipes" never match.
fn generic_banner_token(token: &str) -> bool {
    if TOPIC_PREFIXES.iter().any(|p| token.starts_with(p)) {
        return false;
    }
    if matches!(token, "cookieconsent" | "cookiebanner" | "cookiebar") {
        return true;
    }
    let parts: Vec<&str> = token.split(['-', '_']).filter(|p| !p.is_empty()).collect();
    for (i, part) in parts.iter().enumerate() {
        // "dk_gdpr", "gdprbx", "gdpr-banner".
        if REGULATION_PARTS.iter().any(|r| part.starts_with(r)) {
            return true;
        }
        let next = parts.get(i + 1);
        if *part == "privacy" && next.is_some_and(|n| PRIVACY_NOTICES.contains(n)) {
            return true;
        }
        let next_is_cookie = next.is_some_and(|n| n.starts_with("cookie"));
        if next_is_cookie && NOTICE_BEFORE_COOKIE.contains(part) {
            return true;
        }
        for glued in ["cookies", "cookie"] {
            if let Some(rest) = part.strip_prefix(glued) {
                if GLUED_LAYOUT.iter().any(|l| rest.starts_with(l)) {
                    return true;
                }
            }
        }
        for subject in GENERIC_SUBJECTS {
            let Some(glued) = part.strip_prefix(subject) else {
                continue;
            };
            if !glued.is_empty() {
                // "cookiebanner", "cookieconsentbanner", "cookiesnotice".
                if GENERIC_NOTICES.iter().any(|n| glued.starts_with(n)) {
                    return true;
                }
                continue;
            }
            if let Some(next) = parts.get(i + 1) {
                if GENERIC_NOTICES.iter().any(|n| next.starts_with(n)) {
                    return true;
                }
            }
        }
    }
    false
}

/// ARIA evidence: a dialog/alert/region that is labelled as cookie or consent UI, or a label that
/// by itself names a cookie notice ("Cookie banner", "cookieconsent"). A plain "Cookie recipes"
/// label on a section does not qualify.
fn aria_marker<'a>(
    attrs: impl Iterator<Item = (&'a str, &'a str)> + Clone,
) -> Option<&'static str> {
    let value = |name: &str| {
        attrs
            .clone()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| fold(v))
    };
    let role = value("role").unwrap_or_default();
    let modal = value("aria-modal").is_some_and(|v| v == "true");
    let dialog_like = modal
        || matches!(
            role.as_str(),
            "dialog" | "alertdialog" | "alert" | "region" | "banner"
        );
    if let Some(label) = value("aria-label") {
        let about_consent = any_word_prefix(&label, ARIA_CONSENT_WORDS)
            || label.contains("cookie")
            || label.contains("consent");
        if about_consent && dialog_like {
            return Some("dialog labelled as cookie/consent");
        }
        if label.contains("cookie") && ARIA_NOTICE_WORDS.iter().any(|w| label.contains(w)) {
            return Some("aria-label names a cookie notice");
        }
    }
    if dialog_like {
        // aria-labelledby / aria-describedby hold ids of the title and text: a CMP's own ids.
        for name in ["aria-labelledby", "aria-describedby"] {
            if let Some(ids) = value(name) {
                if ids.split_whitespace().any(|id| token_marker(id).is_some()) {
                    return Some("dialog described by consent-manager ids");
                }
            }
        }
    }
    None
}

/// Cookie/tracking words. "cookie" is found anywhere (compounds: "Cookie-Einstellungen",
/// "trackingcookies", "plików cookie"); the others at a word start. Swedish notices often say
/// "kakor", Polish "ciasteczka", French CNIL wording "traceurs"; IAB TCF banners say "store and/or
/// access information on a device" without naming cookies.
const TRACKING_WORDS: &[&str] = &[
    "kakor",
    "ciasteczk",
    "traceurs",
    "tracking technolog",
    "similar technologies",
    "store and/or access information",
    // Cookie words of non-Latin scripts and of Turkish and Indonesian: Russian "куки", Ukrainian "кукі", Greek "μπισκότα", Japanese "クッキー", Korean "쿠키", Arabic "ملفات تعريف الارتباط" (link-identifying files) and "كوكيز", Persian "کوکی", Hebrew "עוגיות", Hindi "कुकी", Thai "คุกกี้", Turkish "çerez", Indonesian "kuki". Chinese and many others write "cookie" in Latin letters, which is found anywhere.
    "куки",
    "кукі",
    "μπισκοτ",
    "クッキー",
    "쿠키",
    "تعريف الارتباط",
    "ملفات الارتباط",
    "كوكيز",
    "الكوكيز",
    "كوكي",
    "עוגיות",
    "קובצי קוקיז",
    "קוקיז",
    "कुकी",
    "คุกกี้",
    "çerez",
    "kuki",
];

/// The first word of "cookie" and of every [`TRACKING_WORDS`] entry, for [`may_mention_tracking`];
/// a test pins that every entry is covered.
const TRACKING_FIRST_WORDS: &[&str] = &[
    "cookie",
    "kakor",
    "ciasteczk",
    "traceurs",
    "tracking",
    "similar",
    "store",
    // The words of other scripts, as pages write them (this test reads the unfolded text, so
    // each case form is listed, and the Persian letters beside the Arabic ones).
    "куки",
    "Куки",
    "КУКИ",
    "кукі",
    "Кукі",
    "КУКІ",
    "μπισκ",
    "Μπισκ",
    "ΜΠΙΣΚ",
    "クッキー",
    "쿠키",
    "تعريف",
    "ملفات",
    "كوكي",
    "الكوكي",
    "کوکی",
    "עוגיות",
    "קובצי",
    "קוקיז",
    "कुकी",
    "คุกกี้",
    "çerez",
    "Çerez",
    "ÇEREZ",
    "kuki",
];

/// A cheap test on the unfolded text that rejects what [`is_consent_text`] would reject for lack of
/// a cookie or tracking word, without lowercasing and copying every block of the page: such a word
/// starts with one of [`TRACKING_FIRST_WORDS`], compared ASCII-caselessly (other scripts' words are
/// listed in each case form).
fn may_mention_tracking(text: &str) -> bool {
    // The words by their first byte (ASCII letters in both cases), so most bytes of a page cost
    // one look-up and a candidate byte is compared only with the words it can start.
    static BY_FIRST_BYTE: std::sync::OnceLock<Vec<Vec<&'static str>>> = std::sync::OnceLock::new();
    let by_first_byte = BY_FIRST_BYTE.get_or_init(|| {
        let mut groups = vec![Vec::new(); 256];
        for &w in TRACKING_FIRST_WORDS {
            if let Some(&b) = w.as_bytes().first() {
                groups[usize::from(b.to_ascii_lowercase())].push(w);
                if b.is_ascii_alphabetic() {
                    groups[usize::from(b.to_ascii_uppercase())].push(w);
                }
            }
        }
        groups
    });
    let bytes = text.as_bytes();
    bytes.iter().enumerate().any(|(i, &byte)| {
        by_first_byte[usize::from(byte)].iter().any(|w| {
            bytes
                .get(i..i + w.len())
                .is_some_and(|b| b.eq_ignore_ascii_case(w.as_bytes()))
        })
    })
}

/// The site speaking about its own cookies: "we use cookies", "this website uses cookies". A news
/// paragraph says "Google uses cookies"; a notice says "we"/"this site". With a purpose or consent
/// word, or in a very short block ("We use cookies."), this is a notice.
const SELF_USE: &[&str] = &[
    // English
    "we use cookie",
    "we are using cookie",
    "we and our partners",
    "we use technologies",
    "this website uses",
    "this web site uses",
    "this site is using",
    "this website is using",
    "our site uses",
    "our website uses",
    "our websites use",
    "our site is using",
    "our website is using",
    "this site use",
    "site uses cookies",
    "website uses cookies",
    // German
    "wir verwenden cookies",
    "wir nutzen cookies",
    "wir setzen cookies",
    "wir verwenden technologien",
    "diese website verwendet",
    "diese webseite verwendet",
    "diese seite verwendet",
    "diese website nutzt",
    "diese webseite nutzt",
    "diese seite nutzt",
    "unsere website verwendet",
    "unsere webseite verwendet",
    "unsere website nutzt",
    // French
    "nous utilisons des cookies",
    "nous utilisons des traceurs",
    "ce site utilise",
    "ce site web utilise",
    "notre site utilise",
    // Spanish
    "utilizamos cookies",
    "usamos cookies",
    "este sitio web utiliza",
    "este sitio utiliza",
    "este sitio usa",
    "esta web utiliza",
    "esta web usa",
    "esta página web utiliza",
    "esta página utiliza",
    // Italian
    "utilizziamo i cookie",
    "utilizziamo cookie",
    "usiamo i cookie",
    "questo sito utilizza",
    "questo sito usa",
    "questo sito web utilizza",
    // Dutch
    "wij gebruiken cookies",
    "we gebruiken cookies",
    "deze site gebruikt",
    "deze website gebruikt",
    "deze site maakt gebruik",
    "deze website maakt gebruik",
    // Portuguese
    "este site utiliza",
    "este site usa",
    "este website utiliza",
    "utilizamos cookies",
    // Polish
    "używamy plików cookie",
    "używamy cookie",
    "ta strona używa",
    "ta strona korzysta",
    "ta witryna używa",
    "wykorzystujemy pliki cookie",
    // Swedish
    "vi använder cookies",
    "vi använder kakor",
    "webbplatsen använder",
    "denna webbplats använder",
    // Danish
    "vi bruger cookies",
    "denne hjemmeside bruger",
    "hjemmesiden bruger",
    "denne side bruger",
    // The site about itself, in the languages of the tables above (folded).
    "мы используем",
    "сайт использует",
    "ми використовуємо",
    "сайт використовує",
    "χρησιμοποιουμε",
    "ο ιστοτοποσ χρησιμοποιει",
    "η ιστοσελιδα χρησιμοποιει",
    "αυτοσ ο ιστοτοποσ",
    "kullaniyoruz",
    "sitemiz",
    "bu site",
    "本网站使用",
    "本站使用",
    "我们使用",
    "我们会使用",
    "本網站使用",
    "我們使用",
    "当サイトでは",
    "当サイトは",
    "本サイトでは",
    "本サイトは",
    "当ウェブサイト",
    "弊社は",
    "이 사이트는",
    "이 웹사이트는",
    "당사는",
    "저희는",
    "사용합니다",
    "نستخدم",
    "يستخدم هذا الموقع",
    "هذا الموقع يستخدم",
    "يستخدم موقعنا",
    "אנו משתמשים",
    "אנחנו משתמשים",
    "אתר זה",
    "האתר משתמש",
    "האתר עושה שימוש",
    "ما از",
    "اين سايت از",
    "اين وبسايت",
    "اين وبلاگ از",
    "हम कुकी",
    "यह वेबसाइट",
    "यह साइट",
    "हमारी वेबसाइट",
    "เว็บไซต์นี้ใช้",
    "เว็บไซต์นี้มีการใช้",
    "เราใช้",
    "chúng tôi sử dụng",
    "trang web này sử dụng",
    "website sử dụng",
    "website này sử dụng",
    "blog này dùng",
    "kami menggunakan",
    "situs ini menggunakan",
    "situs web ini menggunakan",
    "website ini menggunakan",
    "situs ini memakai",
    // Hindi, Turkish and Persian say "we use" in the verb ("… करते हैं", "kullanılmaktadır", "… میکنیم").
    "उपयोग करते हैं",
    "इस्तेमाल करते हैं",
    "प्रयोग करते हैं",
    "kullanilmaktadir",
    "استفاده ميكنيم",
];

/// Third-party or neutral statements of cookie use ("Rogers Media uses cookies", "l'utilisation de
/// cookies"). They appear in news too, so they need a consent word alongside.
const OTHER_USE: &[&str] = &[
    "uses cookie",
    "use cookie",
    "use of cookie",
    "usage of cookie",
    "verwendet cookies",
    "nutzt cookies",
    "verwendung von cookies",
    "einsatz von cookies",
    "utilise des cookies",
    "l'utilisation de cookies",
    "l'utilisation des cookies",
    "l'usage de cookies",
    "utiliza cookies",
    "usa cookies",
    "uso de cookies",
    "utilizza cookie",
    "utilizza i cookie",
    "uso dei cookie",
    "utilizzo dei cookie",
    "gebruikt cookies",
    "gebruik van cookies",
    "maakt gebruik van cookies",
    "utilização de cookies",
    "uso de cookies",
    "używa plików cookie",
    "plików cookie",
    "använder cookies",
    "bruger cookies",
    "anvender cookies",
    "brug af cookies",
];

/// Consent, acceptance, continuation and policy vocabulary: what a notice asks of the reader.
const CONSENT_WORDS: &[&str] = &[
    // English
    "consent",
    "accept",
    "agree",
    "by continuing",
    "continue to use",
    "continuing to use",
    "continue to browse",
    "continue browsing",
    "continuing to browse",
    "continued use",
    "cookie policy",
    "cookies policy",
    "privacy policy",
    "privacy notice",
    "privacy statement",
    "cookie settings",
    "cookie notice",
    "manage cookies",
    "manage settings",
    "change your settings",
    "change cookie",
    "preferences",
    "opt out",
    "opt-out",
    "learn more",
    "find out more",
    "more info",
    "read more",
    "allow cookies",
    "allow all",
    "reject",
    "decline",
    "got it",
    // German
    "zustimm",
    "stimmen sie",
    "einverstanden",
    "einwillig",
    "akzeptier",
    "datenschutzerklärung",
    "datenschutzhinweis",
    "cookie-richtlinie",
    "einstellungen",
    "mehr erfahren",
    "weitere informationen",
    "nutzung der website",
    // French
    "en poursuivant",
    "en continuant",
    "politique de confidentialité",
    "politique cookies",
    "politique de cookies",
    "politique d'utilisation des cookies",
    "paramétrer",
    "paramètres",
    "en savoir plus",
    "refuser",
    // Spanish
    "acepta",
    "consiente",
    "si continúa navegando",
    "si continua navegando",
    "si sigue navegando",
    "política de cookies",
    "política de privacidad",
    "configurar",
    "más información",
    "rechazar",
    // Italian
    "acconsent",
    "consenso",
    "accetta",
    "proseguendo",
    "continuando",
    "informativa",
    "maggiori informazioni",
    "rifiuta",
    // Dutch
    "akkoord",
    "toestemming",
    "cookiebeleid",
    "privacybeleid",
    "privacyverklaring",
    "meer informatie",
    "instellingen",
    "weigeren",
    // Portuguese
    "concorda",
    "aceita",
    "ao continuar",
    "saiba mais",
    // Polish
    "zgod",
    "akceptuj",
    "polityka prywatności",
    "polityce prywatności",
    "polityka cookie",
    "dalsze korzystanie",
    // Swedish
    "samtyck",
    "godkänn",
    "cookiepolicy",
    "integritetspolicy",
    // Danish
    "samtykke",
    "cookiepolitik",
    "privatlivspolitik",
    // Agreeing, accepting, continuing and the cookie or privacy policy, in the languages of the tables above (folded).
    "соглашаетесь",
    "согласие",
    "согласен",
    "принять",
    "принимаю",
    "продолжая",
    "политик",
    "погоджуєтеся",
    "погоджуєтесь",
    "згоду",
    "прийняти",
    "приймаю",
    "продовжуючи",
    "політик",
    "αποδοχη",
    "αποδεχεστε",
    "αποδεχομαι",
    "συμφωνειτε",
    "συναινεση",
    "συνεχιζοντασ",
    "πολιτικη",
    "kabul",
    "onay",
    "devam ederek",
    "politika",
    "aydinlatma metni",
    "同意",
    "接受",
    "继续浏览",
    "繼續瀏覽",
    "继续使用",
    "繼續使用",
    "隐私政策",
    "隱私權政策",
    "私隱政策",
    "cookie政策",
    "受け入れ",
    "許可",
    "閲覧を続け",
    "ポリシー",
    "동의",
    "허용",
    "수락",
    "계속 이용",
    "개인정보처리방침",
    "정책",
    "موافق",
    "اوافق",
    "توافق",
    "قبول",
    "بمواصلة",
    "باستمرار",
    "سياسة",
    "מסכים",
    "מסכימה",
    "הסכמה",
    "אישור",
    "המשך הגלישה",
    "מדיניות",
    "پذيرش",
    "با ادامه",
    "سياست",
    "حريم خصوصي",
    "सहमत",
    "स्वीकार",
    "जारी रखकर",
    "नीति",
    "ยอมรับ",
    "ยินยอม",
    "นโยบาย",
    "ตกลง",
    "đồng ý",
    "chấp nhận",
    "tiếp tục",
    "chính sách",
    "setuju",
    "menyetujui",
    "terima",
    "menerima",
    "melanjutkan",
    "kebijakan",
];

/// Why a site says it sets cookies. Only counted next to a [`SELF_USE`] statement: "we use cookies
/// to improve your experience" is a notice; "cookies improve targeting" in a news story is not.
const PURPOSE_WORDS: &[&str] = &[
    "experience",
    "improve",
    "enhance",
    "personalis",
    "personaliz",
    "advertis",
    "analy",
    "statistic",
    "navigation",
    "visitor",
    "traffic",
    "functional",
    "services",
    "content",
    "erfahrung",
    "erlebnis",
    "verbessern",
    "optimieren",
    "werbung",
    "expérience",
    "améliorer",
    "publicité",
    "statistiques",
    "experiencia",
    "mejorar",
    "publicidad",
    "esperienza",
    "migliorare",
    "pubblicità",
    "ervaring",
    "verbeteren",
    "advertenties",
    "diensten",
    "experiência",
    "melhorar",
    "doświadcze",
    "usług",
    "upplevelse",
    "förbättra",
    "oplevelse",
    "forbedre",
    // Experience, analytics, personalisation and ads, in the languages of the tables above (folded).
    "опыт",
    "удобств",
    "аналитик",
    "персонализ",
    "реклам",
    "досвід",
    "зручн",
    "аналітик",
    "персоналіз",
    "εμπειρια",
    "αναλυσ",
    "εξατομικ",
    "διαφημισ",
    "deneyim",
    "analiz",
    "kişisel",
    "体验",
    "體驗",
    "分析",
    "个性化",
    "個人化",
    "广告",
    "廣告",
    "利便性",
    "体験",
    "広告",
    "경험",
    "분석",
    "맞춤",
    "광고",
    "تجربة",
    "تحليل",
    "تخصيص",
    "اعلانات",
    "חוויית",
    "חוויה",
    "ניתוח",
    "פרסומות",
    "התאמה",
    "تجربه",
    "شخصي",
    "تبليغات",
    "अनुभव",
    "विश्लेषण",
    "विज्ञापन",
    "ประสบการณ์",
    "วิเคราะห์",
    "โฆษณา",
    "ประสิทธิภาพ",
    "trải nghiệm",
    "phân tích",
    "quảng cáo",
    "cá nhân hóa",
    "pengalaman",
    "analitik",
    "analisis",
    "iklan",
];

/// Phrases that only a consent notice says, enough together with a cookie word.
const NOTICE_ONLY: &[&str] = &[
    "you agree to the use of cookie",
    "you agree to our use of cookie",
    "you consent to the use of cookie",
    "you consent to our use of cookie",
    "you accept the use of cookie",
    "you accept our use of cookie",
    "accept all cookies",
    "accept cookies",
    "allow all cookies",
    "reject all cookies",
    "cookie settings",
    "cookie preferences",
    "manage cookie",
    "alle cookies akzeptieren",
    "cookies zulassen",
    "acceptez l'utilisation",
    "accepter les cookies",
    "tout accepter",
    "aceptar cookies",
    "aceptar todas",
    "acepta su uso",
    "acepta el uso",
    "accetta tutti",
    "accetti l'uso",
    "acconsenti all'uso",
    "alle cookies accepteren",
    "cookies accepteren",
    "aceitar cookies",
    "aceitar todos",
    "concorda com a utilização",
    "concorda com o uso",
    "akceptuję",
    "godkänn alla",
    "acceptér alle",
    "accepter alle",
];

/// A block longer than this is article text, not a notice (real notices, including the long
/// IAB TCF ones, stay well below). The one bound every stage that judges notices and furniture
/// lines by their wording uses.
pub(crate) const MAX_NOTICE_CHARS: usize = 1500;

/// A block this short that states the site's cookie use ("We use cookies.", "This website uses
/// cookies.") is a notice title on its own.
const SHORT_SELF_STATEMENT_CHARS: usize = 120;

/// A block this short that pairs a cookie word with consent/policy wording is a banner button or
/// heading: "Accept cookies", "Privacy & Cookies Policy".
const BUTTON_CHARS: usize = 60;

/// True when a short-ish block of text is a cookie/consent notice. Requires a cookie or tracking
/// word plus a second signal (site statement with purpose or consent, consent vocabulary next to a
/// statement of cookie use, or notice-only phrasing), so a paragraph that merely discusses cookies
/// does not match.
pub fn is_consent_text(text: &str) -> bool {
    // Folding never lengthens a text by characters, and a character is at most four bytes: a text
    // this long is an article or a page, not a notice, however much whitespace it has.
    if text.len() > 8 * MAX_NOTICE_CHARS || !may_mention_tracking(text) {
        return false;
    }
    let t = fold(text);
    let chars = t.chars().count();
    if chars == 0 || chars > MAX_NOTICE_CHARS {
        return false;
    }
    static TRACKING: FirstCharIndex = FirstCharIndex::new(TRACKING_WORDS);
    static CONSENT: FirstCharIndex = FirstCharIndex::new(CONSENT_WORDS);
    static SELF: FirstCharIndex = FirstCharIndex::new(SELF_USE);
    static PURPOSE: FirstCharIndex = FirstCharIndex::new(PURPOSE_WORDS);
    static OTHER: FirstCharIndex = FirstCharIndex::new(OTHER_USE);
    static ONLY: FirstCharIndex = FirstCharIndex::new(NOTICE_ONLY);
    let cookie = t.contains("cookie") || TRACKING.any_word_prefix(&t);
    if !cookie {
        return false;
    }
    let consent = CONSENT.any_word_prefix(&t);
    let self_use = SELF.any_word_prefix(&t);
    if self_use && (consent || chars <= SHORT_SELF_STATEMENT_CHARS || PURPOSE.any_word_prefix(&t)) {
        return true;
    }
    if consent && OTHER.any_word_prefix(&t) {
        return true;
    }
    if ONLY.any_word_prefix(&t) {
        return true;
    }
    consent && chars <= BUTTON_CHARS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attrs<'a>(
        pairs: &'a [(&'a str, &'a str)],
    ) -> impl Iterator<Item = (&'a str, &'a str)> + Clone + 'a {
        pairs.iter().copied()
    }

    fn no_attrs() -> impl Iterator<Item = (&'static str, &'static str)> + Clone {
        std::iter::empty()
    }

    #[test]
    fn consent_wording_in_every_script() {
        // Notices as sites in each language word them (the fixtures' notices, tests/languages.rs).
        for notice in [
            "نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك على موقعنا وتحليل حركة الزوار.",
            "Χρησιμοποιούμε cookies για να σας προσφέρουμε την καλύτερη δυνατή εμπειρία και για στατιστικούς σκοπούς.",
            "ما از کوکی‌ها برای بهبود تجربه کاربری و تحلیل بازدید سایت استفاده می‌کنیم.",
            "אתר זה עושה שימוש בקבצי עוגיות (Cookies) לצורך שיפור חוויית הגלישה והתאמת תכנים.",
            "हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का इस्तेमाल करते हैं।",
            "Kami menggunakan cookie untuk meningkatkan pengalaman Anda di situs ini.",
            "当サイトでは、サービスの向上や広告配信のためにCookieを使用しています。",
            "한빛일보는 이용자에게 더 나은 서비스를 제공하기 위해 쿠키를 사용합니다.",
            "Мы используем файлы cookie, чтобы сайт работал корректно.",
            "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานของคุณ",
            "Sitemizde deneyiminizi iyileştirmek için çerezler kullanılmaktadır.",
            "Ми використовуємо файли cookie, щоб покращити роботу сайту.",
            "Chúng tôi sử dụng cookie để cá nhân hóa nội dung và cải thiện trải nghiệm đọc báo của bạn.",
            "本網站使用Cookie以提供更好的瀏覽體驗，繼續瀏覽即表示您同意本網站的隱私權政策及Cookie使用方式。",
            "本网站使用Cookie来改善您的浏览体验，继续浏览即表示您同意我们的隐私政策。",
        ] {
            assert!(is_consent_text(notice), "{notice}");
        }
        // News about cookies names someone else, and asks nothing of the reader.
        for news in [
            "Google отказался от сторонних файлов cookie в браузере Chrome, сообщила компания в четверг.",
            "谷歌周四表示，将在Chrome浏览器中逐步停用第三方Cookie，广告行业对此反应不一。",
            "قالت غوغل إنها ستتوقف عن دعم ملفات تعريف الارتباط الخاصة بالجهات الخارجية في متصفح كروم.",
            "グーグルは木曜日、ブラウザ「クローム」でサードパーティーのクッキーを段階的に廃止すると発表した。",
        ] {
            assert!(!is_consent_text(news), "{news}");
        }
    }

    #[test]
    fn tables_are_folded() {
        for (name, table) in [
            ("TRACKING_WORDS", TRACKING_WORDS),
            ("SELF_USE", SELF_USE),
            ("OTHER_USE", OTHER_USE),
            ("CONSENT_WORDS", CONSENT_WORDS),
            ("PURPOSE_WORDS", PURPOSE_WORDS),
            ("NOTICE_ONLY", NOTICE_ONLY),
        ] {
            crate::rules::assert_folded(name, table);
        }
    }

    #[test]
    fn the_precheck_knows_every_tracking_word() {
        for w in TRACKING_WORDS.iter().chain(&["cookie"]) {
            assert!(
                TRACKING_FIRST_WORDS.iter().any(|f| w.starts_with(&fold(f))),
                "{w}"
            );
            assert!(may_mention_tracking(&w.to_uppercase()), "{w}");
        }
        assert!(!may_mention_tracking("The council met on Tuesday."));
    }

    #[test]
    fn vendor_containers_are_recognised_by_their_ids_and_classes() {
        let cases = [
            ("onetrust-banner-sdk", "OneTrust banner id"),
            (
                "optanon-alert-box-wrapper",
                "OneTrust (Optanon) banner class",
            ),
            ("ot-sdk-container", "OneTrust SDK class"),
            (
                "didomi-popup-container didomi-notice",
                "Didomi consent class",
            ),
            (
                "sp_message_container_12345",
                "Sourcepoint message container",
            ),
            ("usercentrics-root", "Usercentrics root"),
            ("uc-banner-content", "Usercentrics uc- class"),
            ("cybotcookiebotdialog", "Cookiebot dialog id"),
            ("qc-cmp2-container", "Quantcast Choice container"),
            ("truste_box_overlay", "TrustArc consent id"),
            ("consent_blackbar", "TrustArc consent bar"),
            ("osano-cm-window osano-cm-dialog", "Osano consent class"),
            ("iubenda-cs-banner", "Iubenda cookie solution banner"),
            ("cmplz-cookiebanner cmplz-show", "Complianz consent class"),
            (
                "cky-consent-container cky-banner-bottom",
                "CookieYes consent class",
            ),
            ("borlabscookiebox", "Borlabs Cookie box"),
            ("klaro", "Klaro consent manager"),
            ("cookie-notice-container", "Cookie Notice plugin"),
            ("cookie-law-info-bar", "Cookie Law Info plugin"),
            (
                "cc-window cc-banner cc-type-info",
                "cookieconsent.js window",
            ),
            ("eu-cookie-compliance-banner", "EU cookie law banner"),
            ("tarteaucitronroot", "tarteaucitron consent manager"),
            (
                "cookie-choices-info cookiechoiceinfo",
                "cookiechoices.js notice",
            ),
            ("eupopup-container", "EU cookie law popup"),
        ];
        for (class_and_id, reason) in cases {
            assert_eq!(
                consent_marker(class_and_id, no_attrs()),
                Some(reason),
                "{class_and_id}"
            );
        }
    }

    #[test]
    fn generic_banner_names_match_whole_parts() {
        for class in [
            "cookie-banner",
            "js-cookie-consent",
            "site-cookies-notice",
            "cookiebar",
            "gdpr",
            "gdpr-consent-popup",
            "consent-banner",
            "cookieconsentbanner",
            "cookie_warning",
            "footer cookie-popup",
            "cookiebx",
            "dk_only quickslide dk_gdpr",
            "penci-gprd-law",
            "m-privacy-consent privacy-consent",
            "cookie cookiecontainer",
            "popup-cookies bg-primary",
        ] {
            assert_eq!(
                consent_marker(class, no_attrs()),
                Some(GENERIC_REASON),
                "{class}"
            );
        }
    }

    #[test]
    fn cookie_content_and_lookalikes_are_not_containers() {
        for class in [
            "recipe-cookies",
            "cookie-recipe",
            "recipe-cookies-wrapper",
            "cookies",
            "article-body trustees-list",
            "cli-command",
            "uc-berkeley-logo",
            // OneTrust puts this on embeds it blocks; they are content.
            "optanon-category-c0004",
            "consent-form-article",
            // WordPress topic classes on a story about GDPR or cookie banners.
            "post tag-gdpr category-cookie-banners",
            "privacy-policy-link",
            "comment-form-cookies-consent",
            "bar-cookies",
            "",
        ] {
            assert_eq!(consent_marker(class, no_attrs()), None, "{class}");
        }
    }

    #[test]
    fn aria_dialogs_about_cookies_are_recognised_in_several_languages() {
        let cookieconsent_js = attrs(&[("role", "dialog"), ("aria-label", "cookieconsent")]);
        assert!(consent_marker("", cookieconsent_js.clone()).is_some());
        let german = attrs(&[("role", "dialog"), ("aria-label", "Einwilligung verwalten")]);
        assert!(consent_marker("", german.clone()).is_some());
        let french = attrs(&[
            ("aria-modal", "true"),
            ("aria-label", "Gestion du consentement"),
        ]);
        assert!(consent_marker("", french.clone()).is_some());
        let labelled = attrs(&[
            ("role", "alertdialog"),
            ("aria-describedby", "onetrust-policy-text"),
        ]);
        assert!(consent_marker("", labelled.clone()).is_some());
        let banner_label = attrs(&[("aria-label", "Cookie banner")]);
        assert!(consent_marker("", banner_label.clone()).is_some());
    }

    #[test]
    fn aria_labels_about_cookie_content_do_not_match() {
        let recipes = attrs(&[("aria-label", "Cookie recipes")]);
        assert_eq!(consent_marker("", recipes.clone()), None);
        let dialog = attrs(&[("role", "dialog"), ("aria-label", "Share this article")]);
        assert_eq!(consent_marker("", dialog.clone()), None);
    }

    #[test]
    fn english_notices_match() {
        for text in [
            "This site uses cookies to improve your experience. By continuing to browse, you agree to the use of cookies.",
            "We use cookies (why?) You can change cookie preferences. Continued site use signifies consent.",
            "Rogers Media uses cookies for personalization, to customize its online advertisements, and for other purposes. Learn more or change your cookie preferences.",
            "We use cookies.",
            "This website is using cookies.",
            "Accept cookies",
            "Privacy & Cookies Policy",
            "We use cookies to enhance your visit to our site and to bring you advertisements that might interest you.",
            "We and our partners store and/or access information on a device, such as unique IDs in cookies.",
        ] {
            assert!(is_consent_text(text), "{text}");
        }
    }

    #[test]
    fn other_language_notices_match() {
        for text in [
            "Wir verwenden Cookies, um Ihnen ein optimales Erlebnis zu bieten. Mit Ihrer Zustimmung ... Datenschutzerklärung",
            "En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies pour vous proposer des contenus et services adaptés.",
            "Deze site gebruikt cookies van Google om services te leveren, advertenties te personaliseren en verkeer te analyseren.",
            "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.",
            "Questo sito utilizza cookie tecnici e di profilazione. Se prosegui nella navigazione acconsenti all'uso dei cookie.",
            "Utilizziamo i cookie per essere sicuri che tu possa avere la migliore esperienza sul nostro sito.",
            "Este site utiliza cookies. Ao continuar a navegar, concorda com a sua utilização.",
            "Używamy plików cookie, aby zapewnić najlepsze doświadczenia. Dalsze korzystanie oznacza zgodę.",
            "Vi använder cookies för att förbättra din upplevelse. Godkänn alla",
            "Vi bruger cookies til at forbedre din oplevelse. Accepter alle",
        ] {
            assert!(is_consent_text(text), "{text}");
        }
    }

    #[test]
    fn prose_about_cookies_does_not_match() {
        for text in [
            // News about cookies, in several languages.
            "Google said on Tuesday it would phase out third-party cookies in Chrome, a change advertisers have feared for years.",
            "Regulators say the cookies were placed before users could make any choice about tracking.",
            "Bake the cookies for 12 minutes, then let them cool on a rack before serving.",
            "Die Datenschutzbehörde kritisierte, dass Drittanbieter-Cookies ohne Wissen der Nutzer gesetzt wurden.",
            "La CNIL a infligé une amende à l'entreprise pour ses cookies publicitaires.",
            "Las galletas y cookies caseras son el postre favorito de los niños.",
            // Consent without cookies is not a cookie notice.
            "By continuing, the committee agreed to accept the proposal.",
            "",
        ] {
            assert!(!is_consent_text(text), "{text}");
        }
        let long = "We use cookies to improve your experience. ".repeat(60);
        assert!(!is_consent_text(&long), "over-long blocks are article text");
    }
}
