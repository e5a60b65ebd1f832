//! Hand-written checks on the seed page (an AFP story as TheJournal.ie served it in 2018), written
//! from what a reader sees on the page rather than from the code's output, so they hold whether or
//! not `expected.json` exists.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

mod common;

use articlean::{Article, RemovedKind};
use common::*;

const SLUG: &str = "seed-afp-kim-letter";

fn article() -> Article {
    clean_fixture(SLUG)
}

/// The story as published, in order: paragraphs, the two subheads and the two pull quotes.
const STORY: &[&str] = &[
    "US PRESIDENT DONALD Trump has received a “very positive” letter from North Korean leader Kim Jong-un seeking a follow-up meeting after their historic summit in Singapore, the White House said.",
    "“It was a very warm, very positive letter,” White House spokeswoman Sarah Sanders said, adding that the message showed Pyongyang’s “continued commitment to focus on denuclearisation” on the Korean Peninsula.",
    "“The primary purpose of the letter was to schedule another meeting with the president, which we are open to and are already in the process of coordinating,” she said Monday at the first White House press briefing in nearly three weeks.",
    "Sanders added that the letter was “further evidence of progress” in Washington’s relationship with Pyongyang.",
    "Trump and Kim held a historic summit in Singapore in June that raised prospects of a breakthrough on curtailing North Korea’s nuclear program.",
    "South Korea’s dovish President Moon Jae-in, who brokered the June meeting, vowed to continue playing the role of a mediator to facilitate dialogue between Trump and Kim.",
    "“The complete denuclearisation of the Korean peninsula is an issue that should fundamentally be resolved between the US and North Korea through negotiation,” Moon told a cabinet meeting on Tuesday.",
    "‘Bold decision’",
    "“A big vision and a bold decision between the leaders of North Korea and the US are needed again in order to advance to a higher level in discarding Pyongyang’s existing nuclear weapons,” he added.",
    "Moon will fly to Pyongyang next week for his third meeting with Kim this year.",
    "Despite follow-on negotiations on denuclearising the peninsula hitting a snag leading to Secretary of State Mike Pompeo canceling a planned trip to the North late last month, the new letter showed signs that the discussions remain alive after weeks of apparent deadlock.",
    "“We think it’s important and we’re glad that we’re making progress,” Sanders said, adding that Trump deserves the “credit” for bringing the two parties to the table.",
    PULL_QUOTE_1,
    "The White House has pointed to a series of accomplishments in recent months, including a release of US hostages, the repatriation of war remains believed to be of US service members and a pause in North Korea’s missile and nuclear tests, to suggest progress between the foes.",
    "Stephen Biegun, the new US special envoy for North Korea, stressed the importance of maintaining the momentum of dialogue with Pyongyang and said the back-to-back summits created “a tremendous opportunity”.",
    "In a meeting with his South Korean counterpart Lee Do-hoon in Seoul, Biegun called the current diplomatic process the beginning, adding: “So what we need to do is to finish the job.”",
    "And on Sunday, North Korea refrained from displaying its intercontinental missiles – long a bone of contention in its nuclear tensions with Washington – in a massive parade through Pyongyang celebrating the country’s 70th birthday.",
    "‘Still waiting’",
    "The latest parade “for once was not about their nuclear arsenal,” Sanders said.",
    "Trump thanked Kim for the gesture, saying on Twitter: “This is a big and very positive statement from North Korea.”",
    "Sanders was asked whether the next Trump-Kim meeting would take place in Washington, but she demurred, saying, “we’ll let you know when we have further details.”",
    "The letter’s arrival was confirmed as Trump’s top security advisor said the White House was looking to North Korea for next steps.",
    "“We’re still waiting for them. The possibility of another meeting between the two presidents obviously exists,” said National Security Advisor John Bolton.",
    PULL_QUOTE_2,
    "Bolton said in a speech to the Federalist Society that during the Singapore meeting with Trump in June, Kim committed to getting rid of his nuclear weapons, and later agreed with South Korean President Moon Jae-in that it could be done in one year.",
    "After his speech, Bolton told reporters “it’s entirely possible” for the two leaders to meet by year’s end.",
];

const PULL_QUOTE_1: &str = "At the end of the day, ultimately, it’s always going to be best when you can have the two leaders sit down.";
const PULL_QUOTE_2: &str = "But President Trump can’t make the North Koreans walk through the door he’s holding open. They are the ones that have to take the steps to denuclearise. And that’s what we are waiting for.";

const CAPTION: &str =
    "President Donald Trump with North Korean leader Kim Jong-un earlier this year.";
const CREDIT: &str = "Source: UPI/PA Images";

#[test]
fn title_is_the_headline_without_site_name() {
    // The page writes the headline with straight quotes everywhere (<title>, og:title, JSON-LD, h1).
    assert_eq!(
        article().title.as_deref(),
        Some("Kim Jong-un sent Donald Trump a 'warm' letter seeking another meeting")
    );
}

#[test]
fn byline_is_the_agency_without_by_prefix() {
    assert_eq!(article().byline.as_deref(), Some("AFP"));
}

#[test]
fn published_time_is_the_article_date() {
    assert_published_on(&article(), "2018-09-11");
}

#[test]
fn every_story_passage_is_kept_in_order() {
    assert_body_in_order(&article(), STORY);
}

#[test]
fn subheads_are_heading_blocks() {
    let a = article();
    let headings = heading_texts(&a);
    for subhead in ["‘Bold decision’", "‘Still waiting’"] {
        assert!(
            headings.iter().any(|h| squash(h) == subhead),
            "no heading block {subhead:?}; headings: {headings:?}"
        );
    }
}

#[test]
fn pull_quotes_are_quote_blocks() {
    let a = article();
    let quotes = quote_texts(&a);
    for quote in [PULL_QUOTE_1, PULL_QUOTE_2] {
        assert!(
            quotes.iter().any(|q| squash(q) == quote),
            "no quote block {quote:?}; quotes: {quotes:?}"
        );
    }
}

#[test]
fn captioned_image_has_caption_and_separate_credit() {
    let a = article();
    let all = images(&a);
    let found = all
        .iter()
        .find(|(_, caption, _)| caption.map(squash).as_deref() == Some(CAPTION));
    let Some((src, _, credit)) = found else {
        panic!("no image block with caption {CAPTION:?}; images: {all:#?}");
    };
    assert_eq!(credit.map(squash).as_deref(), Some(CREDIT));
    // The page lazy-loads: `src` is a 1x1 GIF placeholder, the real picture is in data-src and
    // in the <noscript> fallback.
    assert!(
        src.starts_with("https://img2.thejournal.ie/inline/4228433/"),
        "image src is {src:?}, not the lazy-loaded picture"
    );
}

#[test]
fn credit_only_image_keeps_credit_out_of_caption() {
    let a = article();
    let all = images(&a);
    let found = all
        .iter()
        .find(|(src, _, _)| src.starts_with("https://img2.thejournal.ie/inline/4228437/"));
    let Some((_, caption, credit)) = found else {
        panic!("second figure (credit-only caption) is missing; images: {all:#?}");
    };
    assert!(
        caption.is_none_or(|c| !c.contains("Source:")),
        "credit leaked into caption: {caption:?}"
    );
    assert_eq!(credit.map(squash).as_deref(), Some(CREDIT));
}

#[test]
fn no_image_uses_the_placeholder_gif() {
    let a = article();
    for (src, _, _) in images(&a) {
        assert!(
            !src.starts_with("data:"),
            "placeholder kept as image: {src}"
        );
    }
}

#[test]
fn boilerplate_is_not_in_the_text() {
    assert_absent_everywhere(
        &article(),
        &[
            // OneTrust banner and footer link
            "cookie",
            // image credits belong in Block::Image.credit only
            CREDIT,
            // ad labels
            "Advertisement",
            // share bars
            "Share on Facebook",
            "Tweet",
            "Share this article",
            "2,314 Views",
            // newsletter box inside the article column
            "Morning Briefing",
            "Get our daily news email",
            "Subscribe",
            "unsubscribe at any time",
            // in-article teaser and the related list
            "Read more:",
            "Trump and Kim sign document after historic Singapore summit",
            "Related stories",
            "North Korea holds huge military parade without its long-range missiles",
            // comments
            "27 Comments",
            "Leave a comment",
            "Paddy Kavanagh",
            "Wake me up when the inspectors are allowed in",
            // agency copyright line closing the story
            "© – AFP, 2018",
            // chrome around the article
            "Report an error",
            "Most Popular",
            "Journal Media Ltd",
            "Trending:",
        ],
    );
}

#[test]
fn removed_explains_each_kind_of_boilerplate() {
    assert_removed_kinds(
        &article(),
        &[
            RemovedKind::Cookie,
            RemovedKind::Credit,
            RemovedKind::Ad,
            RemovedKind::Share,
            RemovedKind::Related,
            RemovedKind::Newsletter,
            RemovedKind::Comments,
        ],
    );
}
