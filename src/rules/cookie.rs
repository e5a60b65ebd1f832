//! TEMPORARY stand-in (replaced by the vocab branch).
pub fn consent_marker(class_and_id: &str, _attrs: &[(String, String)]) -> Option<&'static str> {
    if class_and_id.contains("onetrust") || class_and_id.contains("cookie") {
        Some("consent manager")
    } else {
        None
    }
}
pub fn is_consent_text(text: &str) -> bool {
    let t = text.to_lowercase();
    t.contains("cookie") && (t.contains("accept") || t.contains("agree") || t.contains("policy"))
}
