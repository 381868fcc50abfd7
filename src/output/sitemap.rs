//! `sitemap.xml`: every page with absolute URLs and its hreflang alternates.

use crate::escape::push_escaped;
use crate::render::PageEntry;

/// The sitemap of `pages`; `base_url` makes URLs absolute (without it they stay site paths).
pub fn render_sitemap(pages: &[PageEntry], base_url: &str, default_locale: &str) -> String {
    let mut pages: Vec<&PageEntry> = pages
        .iter()
        .filter(|p| p.listed && p.path.ends_with('/'))
        .collect();
    pages.sort_by(|a, b| a.path.cmp(&b.path));
    // Sized up front: the sitemap of a large site runs to megabytes, and regrowing it is most
    // of the cost of writing it.
    let capacity = pages
        .iter()
        .map(|p| (80 + base_url.len() + p.path.len()) * (p.alternates.len() + 2))
        .sum::<usize>();
    let mut xml = String::with_capacity(capacity + 256);
    xml.push_str(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for page in pages {
        xml.push_str("  <url>\n    <loc>");
        push_escaped(&mut xml, base_url);
        push_escaped(&mut xml, &page.path);
        xml.push_str("</loc>\n");
        for (locale, path) in page.alternates.iter() {
            link(&mut xml, locale, base_url, path);
        }
        if let Some((_, path)) = page.alternates.iter().find(|(l, _)| l == default_locale) {
            link(&mut xml, "x-default", base_url, path);
        }
        xml.push_str("  </url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

fn link(xml: &mut String, hreflang: &str, base_url: &str, path: &str) {
    xml.push_str("    <xhtml:link rel=\"alternate\" hreflang=\"");
    push_escaped(xml, hreflang);
    xml.push_str("\" href=\"");
    push_escaped(xml, base_url);
    push_escaped(xml, path);
    xml.push_str("\"/>\n");
}
