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
