//! Embedded content of other services: how each writes its embed code, and where the content
//! itself lives. Dropped as an `<iframe>` or a script, a video or a quoted post vanishes from
//! the article without a trace; its address is what a reader of the clipped page needs.

/// Players embedded as an `<iframe>`: (provider, address piece before the id, address the
/// content has on its own site, which the id completes). YouTube (also its cookie-less domain),
/// Vimeo, CodePen, Spotify, Dailymotion.
pub(crate) const IFRAME_PLAYERS: &[(&str, &str, &str)] = &[
    (
        "youtube",
        "youtube.com/embed/",
        "https://www.youtube.com/watch?v=",
    ),
    (
        "youtube",
        "youtube-nocookie.com/embed/",
        "https://www.youtube.com/watch?v=",
    ),
    ("vimeo", "player.vimeo.com/video/", "https://vimeo.com/"),
    (
        "dailymotion",
        "dailymotion.com/embed/video/",
        "https://www.dailymotion.com/video/",
    ),
    (
        "spotify",
        "open.spotify.com/embed/",
        "https://open.spotify.com/",
    ),
];

/// Posts quoted as a `<blockquote>` that a script turns into a card: (provider, its class, the
/// address piece of the post's own link). Twitter/X, Bluesky, Mastodon, Instagram, TikTok,
/// Threads.
pub(crate) const QUOTED_POSTS: &[(&str, &str, &str)] = &[
    ("twitter", "twitter-tweet", "/status/"),
    ("bluesky", "bluesky-embed", "/post/"),
    ("mastodon", "mastodon-embed", "/@"),
    ("instagram", "instagram-media", "instagram.com/"),
    ("tiktok", "tiktok-embed", "tiktok.com/"),
    ("threads", "text-post-media", "threads.net/"),
];

/// Iframe titles that name the player, not what it plays ("YouTube video player").
pub(crate) const PLAYER_TITLES: &[&str] = &[
    "youtube video player",
    "youtube video",
    "youtube player",
    "vimeo video player",
    "vimeo player",
    "video player",
    "embedded content",
    "embedded video",
    "spotify embed",
    "codepen embed",
];

#[cfg(test)]
mod tests {
    fn embeds(html: &str) -> Vec<(String, String)> {
        let prose = "A paragraph of the story, long enough to be read as its text. ".repeat(8);
        let page = format!(
            "<html><body><article><h1>Story</h1><p>{prose}</p>{html}<p>{prose}</p></article></body></html>"
        );
        let article = crate::clean(&page, &crate::Options::default()).unwrap();
        article
            .blocks
            .into_iter()
            .filter_map(|b| match b {
                crate::Block::Embed { provider, url, .. } => Some((provider, url)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn each_player_and_post_gives_the_address_of_what_it_shows() {
        let cases = [
            (
                "<iframe src='https://www.dailymotion.com/embed/video/x8abc'></iframe>",
                ("dailymotion", "https://www.dailymotion.com/video/x8abc"),
            ),
            (
                "<iframe src='https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk?utm_source=generator'></iframe>",
                ("spotify", "https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk"),
            ),
            (
                "<blockquote class='instagram-media' data-instgrm-permalink='https://www.instagram.com/p/C1abc/?utm_source=ig_embed'><a href='https://www.instagram.com/p/C1abc/'>A post</a></blockquote>",
                ("instagram", "https://www.instagram.com/p/C1abc/"),
            ),
            (
                "<blockquote class='tiktok-embed' cite='https://www.tiktok.com/@maker/video/7301'><section><a href='https://www.tiktok.com/@maker'>@maker</a></section></blockquote>",
                ("tiktok", "https://www.tiktok.com/@maker/video/7301"),
            ),
            (
                "<blockquote class='text-post-media' data-text-post-permalink='https://www.threads.net/@maker/post/C2x'><a href='https://www.threads.net/@maker/post/C2x'>Post</a></blockquote>",
                ("threads", "https://www.threads.net/@maker/post/C2x"),
            ),
            (
                "<iframe src='https://codepen.io/chris/embed/preview/xYzAbC?default-tab=result'></iframe>",
                ("codepen", "https://codepen.io/chris/pen/xYzAbC"),
            ),
        ];
        for (html, (provider, url)) in cases {
            assert_eq!(
                embeds(html),
                vec![(provider.to_string(), url.to_string())],
                "{html}"
            );
        }
        // A frame of any other site is not an embed of a known provider.
        assert!(embeds("<iframe src='https://maps.example.com/embed?q=1'></iframe>").is_empty());
    }
}
