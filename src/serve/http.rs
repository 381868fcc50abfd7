//! Answering one HTTP request from the in-memory site: URL to file, content types, and what
//! the preview adds to every page (banner, error overlay, live-reload script).
//!
//! A URL is only ever a key into the map of built files, so nothing outside the built site can
//! be served (getzola/zola#2257); `..`, encoded separators and backslashes are refused anyway,
//! since no good link contains them.

use std::collections::BTreeMap;

use crate::escape::escape_markup;

/// The URL of the Server-Sent Events stream that tells pages to reload.
pub(super) const EVENTS_PATH: &str = "/__redline/events";

/// Where a request path leads.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Target {
    /// A key of the built files.
    File(String),
    /// A folder asked for without its trailing slash: redirect so relative links work.
    Redirect(String),
    NotFound,
    /// A path no link of the site produces: traversal attempts, bad escapes.
    BadRequest,
}

pub(super) fn resolve<V>(url: &str, files: &BTreeMap<String, V>) -> Target {
    let path = url.split(['?', '#']).next().unwrap_or("");
    let Some(decoded) = percent_decode(path) else {
        return Target::BadRequest;
    };
    if !decoded.starts_with('/') || decoded.contains(['\\', '\0']) {
        return Target::BadRequest;
    }
    if decoded
        .split('/')
        .any(|segment| segment == ".." || segment == ".")
    {
        return Target::BadRequest;
    }
    let relative = &decoded[1..];
    if decoded.ends_with('/') {
        let key = format!("{relative}index.html");
        return if files.contains_key(&key) {
            Target::File(key)
        } else {
            Target::NotFound
        };
    }
    if files.contains_key(relative) {
        return Target::File(relative.to_string());
    }
    if files.contains_key(&format!("{relative}/index.html")) {
        // The path as the browser sent it (still escaped), so the header stays ASCII.
        return Target::Redirect(format!("{path}/"));
    }
    Target::NotFound
}

/// `%xx` escapes to bytes, then UTF-8; `None` for a malformed escape or invalid UTF-8.
fn percent_decode(path: &str) -> Option<String> {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = path.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

pub(super) fn content_type(key: &str) -> &'static str {
    let extension = key.rsplit_once('.').map_or("", |(_, e)| e);
    match extension {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" if key.ends_with("feed.xml") => "application/atom+xml",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

/// The URL path of a built HTML file: `en/privacy/index.html` → `/en/privacy/`.
pub(super) fn page_url(key: &str) -> String {
    match key.strip_suffix("index.html") {
        Some(folder) => format!("/{folder}"),
        None => format!("/{key}"),
    }
}

/// What a page's live-reload script tells the server: the file it shows and the build it was
/// made from.
pub(super) struct Reload<'a> {
    pub(super) file: &'a str,
    pub(super) generation: u64,
}

impl Reload<'_> {
    /// Opens the page's event stream, and reloads when the server says the page is out of date.
    fn script(&self) -> String {
        format!(
            "<script>(function(){{var s=new EventSource(\"{EVENTS_PATH}?generation={}&file={}\");s.addEventListener(\"build\",function(e){{if(JSON.parse(e.data).reload){{s.close();location.reload();}}}});}})();</script>",
            self.generation,
            percent_encode(self.file)
        )
    }
}

/// The page (file and generation) an event stream's query names; a missing or bad value
/// counts as generation 0 or no file, which any change makes stale.
pub(super) fn stream_page(query: &str) -> (String, u64) {
    let mut page = (String::new(), 0);
    for pair in query.split('&') {
        match pair.split_once('=') {
            Some(("file", file)) => page.0 = percent_decode(file).unwrap_or_default(),
            Some(("generation", n)) => page.1 = n.parse().unwrap_or(0),
            _ => {}
        }
    }
    page
}

/// Escapes all but unreserved URL characters and `/`: safe in a query and in a JS string.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Adds the preview banner, the error overlay (if any) and the live-reload script to a page.
pub(super) fn decorate(html: &str, overlay: Option<&str>, reload: &Reload<'_>) -> String {
    let mut out = String::with_capacity(html.len() + 2048);
    let body_open = html
        .find("<body")
        .and_then(|i| html[i..].find('>').map(|j| i + j + 1));
    let (head, rest) = match body_open {
        Some(at) => html.split_at(at),
        None => ("", html),
    };
    out.push_str(head);
    out.push_str(BANNER);
    if let Some(overlay) = overlay {
        out.push_str(overlay);
    }
    match rest.rfind("</body>") {
        Some(at) => {
            out.push_str(&rest[..at]);
            out.push_str(&reload.script());
            out.push_str(&rest[at..]);
        }
        None => {
            out.push_str(rest);
            out.push_str(&reload.script());
        }
    }
    out
}

/// The error overlay: every diagnostic of the failed build, escaped, over the last good page.
pub(super) fn overlay(diagnostics: &str) -> String {
    format!(
        "<div id=\"redline-errors\" role=\"alert\" style=\"position:fixed;left:1rem;right:1rem;bottom:1rem;max-height:60vh;overflow:auto;z-index:2147483647;background:#fff5f5;color:#1b1f24;border:2px solid #c23b3b;border-radius:6px;padding:1rem 1.25rem;font:14px/1.45 ui-monospace,monospace;box-shadow:0 4px 24px rgba(0,0,0,.2)\"><p style=\"margin:0 0 .5rem;font-weight:700\">The site has errors; this is the last good build. Fix the file and save: this page updates by itself.</p><pre style=\"margin:0;white-space:pre-wrap\">{}</pre></div>",
        escape_markup(diagnostics)
    )
}

/// A page for when no build has succeeded yet, as of build `generation`: only the overlay.
pub(super) fn no_site_yet(diagnostics: &str, generation: u64) -> String {
    decorate(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>redline: errors</title></head><body></body></html>",
        Some(&overlay(diagnostics)),
        &Reload {
            file: "",
            generation,
        },
    )
}

const BANNER: &str = "<div data-redline-preview style=\"background:#1b1f24;color:#fff;font:13px/1.4 system-ui,sans-serif;padding:.35rem 1rem;text-align:center\">Preview: redline serve. Upcoming versions are shown as they will be; nothing here is published.</div>";

#[cfg(test)]
mod tests {
    use super::*;

    fn files() -> BTreeMap<String, Vec<u8>> {
        [
            "index.html",
            "en/index.html",
            "en/privacy/index.html",
            "static/style.css",
            "sitemap.xml",
        ]
        .into_iter()
        .map(|k| (k.to_string(), Vec::new()))
        .collect()
    }

    #[test]
    fn urls_map_to_built_files_only() {
        let files = files();
        assert_eq!(resolve("/", &files), Target::File("index.html".into()));
        assert_eq!(
            resolve("/en/privacy/?x=1", &files),
            Target::File("en/privacy/index.html".into())
        );
        assert_eq!(
            resolve("/en/privacy", &files),
            Target::Redirect("/en/privacy/".into())
        );
        assert_eq!(
            resolve("/static/style.css", &files),
            Target::File("static/style.css".into())
        );
        assert_eq!(resolve("/nope/", &files), Target::NotFound);
        for bad in [
            "/../Cargo.toml",
            "/%2e%2e/site.yaml",
            "/static/..%2f..%2fsite.yaml",
            "/static\\..\\x",
            "/a%zz",
            "/%00",
            "/./en/",
            "relative",
        ] {
            assert_eq!(resolve(bad, &files), Target::BadRequest, "{bad}");
        }
    }

    #[test]
    fn pages_get_banner_overlay_and_script() {
        let reload = Reload {
            file: "en/privacy notes/index.html",
            generation: 7,
        };
        let page = decorate(
            "<html><body class=\"x\"><p>Hi</p></body></html>",
            Some(&overlay("a.md:1:1: error: <b>")),
            &reload,
        );
        assert!(
            page.contains("events?generation=7&file=en/privacy%20notes/index.html"),
            "{page}"
        );
        assert_eq!(
            stream_page("generation=7&file=en/privacy%20notes/index.html"),
            ("en/privacy notes/index.html".to_string(), 7)
        );
        assert_eq!(stream_page("generation=x"), (String::new(), 0));
        assert!(
            page.starts_with("<html><body class=\"x\"><div data-redline-preview"),
            "{page}"
        );
        assert!(page.contains("a.md:1:1: error: &lt;b&gt;"), "{page}");
        assert!(page.ends_with("</script></body></html>"), "{page}");
        assert_eq!(page_url("en/privacy/index.html"), "/en/privacy/");
        assert_eq!(page_url("index.html"), "/");
    }
}
