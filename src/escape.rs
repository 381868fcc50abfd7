//! Escaping text for HTML and XML, for the few places that write markup by hand (sitemap,
//! serve's overlay); templates escape through Tera, and the feed through quick-xml.

/// `&`, `<`, `>`, `"` and `'` as character references: safe in text and in quoted attributes
/// of both HTML and XML.
pub(crate) fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_escaped(&mut out, text);
    out
}

/// `escape_markup`, appended to `out`.
pub(crate) fn push_escaped(out: &mut String, text: &str) {
    if !text.contains(['&', '<', '>', '"', '\'']) {
        out.push_str(text);
        return;
    }
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}
