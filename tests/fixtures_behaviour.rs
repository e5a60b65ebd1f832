//! Hand-written checks for the non-seed fixtures: the headline, the metadata a reader sees, the
//! story text in order, and the absence of each page's consent layer, ad labels, credits and other
//! chrome. Each fixture reproduces a pattern common on real sites of its language or CMS.

mod common;

use articlean::{Block, RemovedKind};
use common::*;

// ---------------------------------------------------------------------------------------------
// German regional news, Sourcepoint consent layer, "Anzeige" labels, "Foto: dpa", "Von …" byline.

mod de_news_sourcepoint {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;
    const SLUG: &str = "de-news-sourcepoint";

    #[test]
    fn metadata() {
        let a = clean_fixture(SLUG);
        assert_eq!(
            a.title.as_deref(),
            Some("Neue Straßenbahnlinie: Erste Fahrgäste zufrieden, Anwohner skeptisch")
        );
        assert_eq!(a.byline.as_deref(), Some("Katrin Hoffmann"));
        assert_published_on(&a, "2019-05-23");
        assert_lang(&a, "de");
    }

    #[test]
    fn body_in_order() {
        assert_body_in_order(
            &clean_fixture(SLUG),
            &[
                "Um 5.12 Uhr am Samstagmorgen war es so weit:",
                "verbindet die Strecke den Stadtteil nun ohne Umsteigen mit dem Hauptbahnhof.",
                "„Ich spare jeden Tag eine Viertelstunde“, sagt Martina Kessler",
                "Die Verkehrsbetriebe rechnen mit rund 14.000 Fahrgästen pro Werktag.",
                "Kritik an Lärm in der Kurve",
                "Nicht alle sind begeistert.",
                "sei auch ein Schienenstegdämpfer denkbar, sagte ein Sprecher.",
            ],
        );
    }

    #[test]
    fn image_credit_is_separated() {
        assert_image_caption_and_credit(
            &clean_fixture(SLUG),
            "Die erste Bahn der Linie 5 hält am Samstagmorgen am Maria-von-Rudloff-Platz.",
            "Foto: dpa",
        );
    }

    #[test]
    fn boilerplate_absent() {
        let a = clean_fixture(SLUG);
        assert_absent_everywhere(
            &a,
            &[
                "Wir verwenden Cookies",
                "Wir brauchen Ihre Zustimmung",
                "Zustimmen",
                "Anzeige",
                "Foto: dpa",
                "Von Katrin",
                "Lesen Sie auch",
                "Ticketpreise im Verkehrsverbund",
                "Artikel teilen",
                "WhatsApp",
                "Mehr zum Thema",
                "Kommentare",
                "Impressum",
            ],
        );
        assert_removed_kinds(
            &a,
            &[RemovedKind::Cookie, RemovedKind::Ad, RemovedKind::Credit],
        );
    }
}

// ---------------------------------------------------------------------------------------------
// French regional news, Didomi notice, "Publicité" labels, "Crédit photo : AFP", "Par …" byline.

mod fr_news_didomi {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;
    const SLUG: &str = "fr-news-didomi";

    #[test]
    fn metadata() {
        let a = clean_fixture(SLUG);
        assert_eq!(
            a.title.as_deref(),
            Some("À Lyon, les vélos-cargos séduisent les artisans du centre-ville")
        );
        assert_eq!(a.byline.as_deref(), Some("Julie Martin"));
        assert_published_on(&a, "2021-03-04");
        assert_lang(&a, "fr");
    }

    #[test]
    fn body_in_order() {
        assert_body_in_order(
            &clean_fixture(SLUG),
            &[
                "Il y a encore deux ans, Karim Benali faisait ses tournées",
                "le plombier du 2e arrondissement se déplace en vélo-cargo électrique",
                "« Je mets dix minutes pour traverser la Presqu'île",
                "Selon la chambre des métiers, près de 300 artisans",
                "Des limites l'hiver",
                "« Pour un chauffe-eau de 200 litres, je rappelle un collègue qui a un camion », reconnaît Karim Benali.",
            ],
        );
    }

    #[test]
    fn image_credit_is_separated() {
        assert_image_caption_and_credit(
            &clean_fixture(SLUG),
            "Un artisan charge son vélo-cargo rue de la République.",
            "AFP",
        );
    }

    #[test]
    fn boilerplate_absent() {
        let a = clean_fixture(SLUG);
        assert_absent_everywhere(
            &a,
            &[
                "cookies",
                "Continuer sans accepter",
                "Accepter & Fermer",
                "Paramétrer",
                "Publicité",
                "Crédit photo",
                "À lire aussi",
                "Zone à faibles émissions",
                "Partager sur",
                "Sur le même sujet",
                "Vélo'v : un record",
                "Newsletter",
                "Je m'inscris",
                "© Le Progrès",
            ],
        );
        assert_removed_kinds(
            &a,
            &[
                RemovedKind::Cookie,
                RemovedKind::Ad,
                RemovedKind::Credit,
                RemovedKind::Share,
            ],
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Spanish WordPress recipe blog, Cookiebot dialog, "Publicidad" AdSense slot, lists.

mod es_blog_cookiebot {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;
    const SLUG: &str = "es-blog-cookiebot";

    #[test]
    fn metadata() {
        let a = clean_fixture(SLUG);
        assert_eq!(
            a.title.as_deref(),
            Some("Cómo hacer masa madre en casa paso a paso")
        );
        assert_eq!(a.byline.as_deref(), Some("Lucía Fernández"));
        assert_published_on(&a, "2020-04-14");
        assert_lang(&a, "es");
    }

    #[test]
    fn body_in_order() {
        assert_body_in_order(
            &clean_fixture(SLUG),
            &[
                "Hacer tu propia masa madre es mucho más fácil de lo que parece.",
                "Yo recomiendo empezar con harina integral de centeno",
                "Lo que necesitas",
                "50 gramos de harina integral de centeno al día",
                "Los pasos",
                "Mezcla la harina y el agua en el tarro y tápalo sin apretar.",
                "Sabrás que está lista cuando duplique su volumen",
                "es señal de que tiene hambre.",
            ],
        );
    }

    #[test]
    fn lists_are_list_blocks() {
        let a = clean_fixture(SLUG);
        let lists: Vec<(bool, usize)> = a
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::List { ordered, items, .. } => Some((*ordered, items.len())),
                _ => None,
            })
            .collect();
        assert_eq!(
            lists,
            vec![(false, 3), (true, 3)],
            "blocks: {:#?}",
            a.blocks
        );
    }

    #[test]
    fn boilerplate_absent() {
        let a = clean_fixture(SLUG);
        assert_absent_everywhere(
            &a,
            &[
                "cookies",
                "Permitir",
                "Rechazar",
                "Publicidad",
                "Comparte esto",
                "Pinterest",
                "Deja una respuesta",
                "Publicar el comentario",
                "Entradas recientes",
                "Focaccia de romero",
                "Aviso legal",
            ],
        );
        assert_removed_kinds(
            &a,
            &[
                RemovedKind::Cookie,
                RemovedKind::Ad,
                RemovedKind::Share,
                RemovedKind::Comments,
            ],
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Italian news, iubenda banner, "Pubblicità" labels, parenthesised "(Foto: ANSA)", "di …" byline.

mod it_news_iubenda {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;
    const SLUG: &str = "it-news-iubenda";

    #[test]
    fn metadata() {
        let a = clean_fixture(SLUG);
        assert_eq!(
            a.title.as_deref(),
            Some("Bologna, riapre dopo due anni il mercato coperto di via Clavature")
        );
        assert_eq!(a.byline.as_deref(), Some("Marco Rossi"));
        assert_published_on(&a, "2022-10-07");
        assert_lang(&a, "it");
    }

    #[test]
    fn body_in_order() {
        assert_body_in_order(
            &clean_fixture(SLUG),
            &[
                "Dopo ventisei mesi di lavori, il mercato coperto di via Clavature ha riaperto questa mattina alle otto.",
                "«Abbiamo mantenuto la struttura in ferro del 1910",
                "La novità principale riguarda gli orari:",
                "Non mancano le preoccupazioni.",
                "il comitato dei residenti chiede controlli sul rumore dopo le 22.",
            ],
        );
    }

    #[test]
    fn image_credit_is_separated() {
        assert_image_caption_and_credit(
            &clean_fixture(SLUG),
            "I banchi del mercato nel giorno della riapertura",
            "ANSA",
        );
    }

    #[test]
    fn boilerplate_absent() {
        let a = clean_fixture(SLUG);
        assert_absent_everywhere(
            &a,
            &[
                "cookie",
                "Informativa",
                "Accetta",
                "Rifiuta",
                "Pubblicità",
                "Foto: ANSA",
                "Leggi anche",
                "Ztl, dal primo novembre",
                "Condividi",
                "I più letti",
                "Maltempo, allerta arancione",
                "P.IVA",
            ],
        );
        assert_removed_kinds(
            &a,
            &[RemovedKind::Cookie, RemovedKind::Ad, RemovedKind::Credit],
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Dutch news behind a full-screen cookie wall, "Advertentie" label, "Foto: ANP", "Door …" byline.

mod nl_news_cookiewall {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;
    const SLUG: &str = "nl-news-cookiewall";

    #[test]
    fn metadata() {
        let a = clean_fixture(SLUG);
        assert_eq!(
            a.title.as_deref(),
            Some("Utrecht test slimme verkeerslichten voor fietsers")
        );
        assert_eq!(a.byline.as_deref(), Some("Sanne de Vries"));
        assert_published_on(&a, "2023-02-16");
        assert_lang(&a, "nl");
    }

    #[test]
    fn body_in_order() {
        assert_body_in_order(
            &clean_fixture(SLUG),
            &[
                "De gemeente Utrecht is deze week begonnen met een proef met verkeerslichten",
                "Volgens wethouder Lot van Hooijdonk staan fietsers in Utrecht gemiddeld ruim veertig seconden te wachten",
                "De proef duurt een half jaar.",
                "Eerder kregen Rotterdam en Groningen al vergelijkbare regensensoren.",
            ],
        );
    }

    #[test]
    fn image_credit_is_separated() {
        assert_image_caption_and_credit(
            &clean_fixture(SLUG),
            "Fietsers bij het kruispunt aan de Catharijnesingel.",
            "Foto: ANP",
        );
    }

    #[test]
    fn boilerplate_absent() {
        let a = clean_fixture(SLUG);
        assert_absent_everywhere(
            &a,
            &[
                "cookies",
                "Akkoord",
                "Abonneer zonder advertenties",
                "Privacyverklaring",
                "Advertentie",
                "Foto: ANP",
                "Door Sanne",
                "Deel dit artikel",
                "Meer nieuws",
                "Colofon",
            ],
        );
        assert_removed_kinds(
            &a,
            &[
                RemovedKind::Cookie,
                RemovedKind::Ad,
                RemovedKind::Credit,
                RemovedKind::Share,
            ],
        );
    }
}

// ---------------------------------------------------------------------------------------------
// English WordPress blog (Twenty Sixteen theme): cookie-law-info bar, Jetpack share/like/related,
// author bio box, comment thread and reply form; apostrophes as numeric entities.

mod wp_blog_cookie_law_info {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;
    const SLUG: &str = "wp-blog-cookie-law-info";

    #[test]
    fn metadata() {
        let a = clean_fixture(SLUG);
        assert_eq!(
            a.title.as_deref(),
            Some("Why my tomatoes split after the heatwave (and how I stopped it)")
        );
        assert_eq!(a.byline.as_deref(), Some("Helen Marsh"));
        assert_published_on(&a, "2019-08-03");
        assert!(
            a.modified_time
                .as_deref()
                .is_some_and(|m| m.starts_with("2019-08-05")),
            "modifiedTime {:?}",
            a.modified_time
        );
        assert_lang(&a, "en");
    }

    #[test]
    fn body_in_order() {
        assert_body_in_order(
            &clean_fixture(SLUG),
            &[
                "half of my Gardener’s Delight tomatoes had split right down the side.",
                "It isn’t a disease, and split tomatoes are perfectly safe to eat",
                "What I changed",
                "and I’ve put a thick mulch of grass clippings around the stems",
                "the fruit that did ripen was watery.",
            ],
        );
    }

    #[test]
    fn boilerplate_absent() {
        let a = clean_fixture(SLUG);
        assert_absent_everywhere(
            &a,
            &[
                "This website uses cookies",
                "opt-out if you wish",
                "Privacy & Cookies Policy",
                "Share this:",
                "Like this:",
                "Loading...",
                "Pinching out side shoots",
                "Blight watch",
                "Helen has rented plot 14",
                "View all posts by",
                "thoughts on",
                "Same here with my Sungolds",
                "Leave a Reply",
                "Your email address will not be published",
                "Recent Posts",
                "Proudly powered by WordPress",
                "Skip to content",
            ],
        );
        assert_removed_kinds(
            &a,
            &[
                RemovedKind::Cookie,
                RemovedKind::Share,
                RemovedKind::Related,
                RemovedKind::Comments,
            ],
        );
    }
}

// ---------------------------------------------------------------------------------------------
// A two-paragraph news brief (well under the 500-character threshold) next to a "Latest news" rail.

mod en_news_brief_short {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;
    const SLUG: &str = "en-news-brief-short";

    const PARAGRAPHS: [&str; 2] = [
        "The passenger ferry between the harbour and Penmor Point has been suspended until at least Thursday after an engine fault was found during routine checks on Monday evening.",
        "The operator said refunds would be given for pre-booked tickets and that a replacement bus would run every hour from the harbour car park.",
    ];

    #[test]
    fn metadata() {
        let a = clean_fixture(SLUG);
        assert_eq!(
            a.title.as_deref(),
            Some("Harbour ferry suspended after engine fault")
        );
        assert_eq!(a.byline.as_deref(), Some("Tom Pryce"));
        assert_published_on(&a, "2021-11-02");
    }

    #[test]
    fn both_paragraphs_and_nothing_else() {
        let a = clean_fixture(SLUG);
        assert_body_in_order(&a, &PARAGRAPHS);
        let paragraphs: Vec<String> = a
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Paragraph { text } => Some(squash(text)),
                _ => None,
            })
            .collect();
        assert_eq!(paragraphs, PARAGRAPHS, "blocks: {:#?}", a.blocks);
    }

    #[test]
    fn boilerplate_absent() {
        let a = clean_fixture(SLUG);
        assert_absent_everywhere(
            &a,
            &[
                "We use cookies",
                "OK, got it",
                "Advertisement",
                "Latest news",
                "Council approves new sea defences",
                "Today: 11°C",
                "What's On",
                "Coastal Echo Newspapers",
            ],
        );
        assert_removed_kinds(&a, &[RemovedKind::Cookie]);
    }
}

// ---------------------------------------------------------------------------------------------
// Docusaurus documentation page: highlighted Rust code blocks, a table, an ordered list, an
// admonition, heading anchors ("#" links holding a zero-width space), sidebar, TOC and pager.

mod docs_rust_code {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;
    const SLUG: &str = "docs-rust-code";

    #[test]
    fn metadata() {
        let a = clean_fixture(SLUG);
        assert_eq!(a.title.as_deref(), Some("Reading configuration files"));
        // Nothing on the page names an author; the footer's "The Tidewater Authors" is a
        // copyright line, not a byline.
        assert_eq!(a.byline, None);
        assert_lang(&a, "en");
    }

    #[test]
    fn body_in_order() {
        assert_body_in_order(
            &clean_fixture(SLUG),
            &[
                "Tidewater services read their settings from a TOML file at startup.",
                "The config struct",
                "Derive Deserialize on a plain struct.",
                "Loading the file",
                "Read the file to a string first, then parse it.",
                "The lookup order for the file is:",
                "Settings",
                "Unknown keys are rejected, so a typo such as worker = 8 fails at startup instead of being ignored.",
            ],
        );
    }

    #[test]
    fn headings_lose_their_anchor_links() {
        let a = clean_fixture(SLUG);
        let headings = heading_texts(&a);
        for wanted in ["The config struct", "Loading the file", "Settings"] {
            assert!(
                headings.contains(&wanted),
                "no heading exactly {wanted:?} (anchor link or zero-width space left in?): {headings:?}"
            );
        }
    }

    #[test]
    fn code_blocks_keep_language_newlines_and_indentation() {
        let a = clean_fixture(SLUG);
        let code: Vec<(&str, Option<&str>)> = a
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Code { text, language } => Some((text.as_str(), language.as_deref())),
                _ => None,
            })
            .collect();
        assert_eq!(code.len(), 2, "code blocks: {code:#?}");
        assert!(
            code.iter().all(|(_, lang)| *lang == Some("rust")),
            "{code:#?}"
        );
        assert!(
            code[0].0.contains(
                "#[derive(Debug, Deserialize)]\npub struct Config {\n    pub listen: String,\n"
            ),
            "first code block lost its layout: {:?}",
            code[0].0
        );
        assert!(
            code[1]
                .0
                .contains("pub fn load(path: &Path) -> Result<Config, ConfigError> {\n"),
            "second code block: {:?}",
            code[1].0
        );
        assert!(
            code[1]
                .0
                .contains("    let config = toml::from_str(&text)?;\n"),
            "second code block: {:?}",
            code[1].0
        );
        assert!(
            code.iter().all(|(text, _)| !text.contains("Copy")),
            "copy button text inside code: {code:#?}"
        );
    }

    #[test]
    fn table_and_list_are_structured() {
        let a = clean_fixture(SLUG);
        let tables: Vec<&Vec<Vec<String>>> = a
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Table { rows, .. } => Some(rows),
                _ => None,
            })
            .collect();
        let expected_rows = vec![
            vec!["Key", "Type", "Default"],
            vec!["listen", "string", "required"],
            vec!["workers", "integer", "4"],
            vec!["log_level", "string", "info"],
        ];
        assert_eq!(tables.len(), 1, "tables: {tables:#?}");
        let rows: Vec<Vec<String>> = tables[0]
            .iter()
            .map(|row| row.iter().map(|cell| squash(cell)).collect())
            .collect();
        assert_eq!(rows, expected_rows);

        let ordered: Vec<Vec<String>> = a
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::List {
                    ordered: true,
                    items,
                    ..
                } => Some(items.iter().map(|i| squash(i)).collect()),
                _ => None,
            })
            .collect();
        assert_eq!(
            ordered,
            vec![vec![
                "The path given with --config on the command line.".to_string(),
                "The TIDEWATER_CONFIG environment variable.".to_string(),
                "tidewater.toml in the working directory.".to_string(),
            ]]
        );
    }

    #[test]
    fn boilerplate_absent() {
        let a = clean_fixture(SLUG);
        assert_absent_everywhere(
            &a,
            &[
                "Skip to main content",
                "On this page",
                "Your first service",
                "Logging and tracing",
                "Testing handlers",
                "Edit this page",
                "Last updated on",
                "Direct link to",
                "Built with Docusaurus",
                "Discord",
                "\u{200b}",
            ],
        );
        assert_removed_kinds(&a, &[RemovedKind::Nav]);
    }
}

// ---------------------------------------------------------------------------------------------
// A short <article> beside a "Most Read" rail whose ten teasers (headline + summary) hold more
// text than the story itself; plus a trending bar, consent notice and newsletter promo.

mod en_news_most_read_sidebar {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;
    const SLUG: &str = "en-news-most-read-sidebar";

    #[test]
    fn metadata() {
        let a = clean_fixture(SLUG);
        assert_eq!(
            a.title.as_deref(),
            Some("Robot submarine maps hidden channels beneath Antarctic ice shelf")
        );
        assert_eq!(a.byline.as_deref(), Some("Daniel Okafor"));
        assert_published_on(&a, "2024-05-09");
    }

    #[test]
    fn body_in_order() {
        assert_body_in_order(
            &clean_fixture(SLUG),
            &[
                "A torpedo-shaped robot that spent 27 days under the Dotson Ice Shelf in West Antarctica",
                "The uncrewed submarine, which navigated without GPS",
                "\"We expected a fairly smooth surface, and instead we found something that looks like a mountain range turned upside down,\" said Anna Wåhlin",
                "The findings matter because ice shelves act as a brake on the glaciers that feed them.",
                "measuring how quickly the channels grow through the seasons.",
            ],
        );
    }

    #[test]
    fn sidebar_and_chrome_absent() {
        let a = clean_fixture(SLUG);
        assert_absent_everywhere(
            &a,
            &[
                "Most Read",
                "Senate leaders strike late-night budget deal",
                "leaves the fight over border spending unresolved",
                "Mortgage rates climb for fourth straight week",
                "April was the hottest on record",
                "Bird flu found in more dairy herds",
                "Twelve cheap weeknight dinners",
                "Strong solar storm could bring auroras",
                "Trending",
                "Election 2024",
                "Advertisement",
                "The Science Briefing",
                "We and our 212 partners",
                "I agree",
                "Careers",
            ],
        );
        assert_removed_kinds(&a, &[RemovedKind::Cookie]);
    }
}
