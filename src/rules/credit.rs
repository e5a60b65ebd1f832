//! TEMPORARY stand-in (replaced by the vocab branch).
pub fn split_credit(caption: &str) -> (String, Option<String>) {
    match caption.find("Source:") {
        Some(i) => (
            caption[..i].trim().to_string(),
            Some(caption[i..].trim().to_string()),
        ),
        None => (caption.to_string(), None),
    }
}
pub fn is_credit_line(text: &str) -> bool {
    let t = text.trim();
    t.len() < 80 && (t.starts_with("Source:") || t.starts_with("Photo:"))
}
