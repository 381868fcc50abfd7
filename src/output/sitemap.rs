//! `sitemap.xml`: every page with absolute URLs and its hreflang alternates.

use crate::escape::escape_markup;
use crate::render::PageEntry;

/// The sitemap of `pages`; `base_url` makes URLs absolute (without it they stay site paths).
pub fn render_sitemap(pages: &[PageEntry], base_url: &str, default_locale: &str) -> String {
    let mut pages: Vec<&PageEntry> = pages
        .iter()
        .filter(|p| p.listed && p.path.ends_with('/'))
        .collect();
    pages.sort_by(|a, b| a.path.cmp(&b.path));
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for page in pages {
        xml.push_str("  <url>\n    <loc>");
        xml.push_str(&escape_markup(&format!("{base_url}{}", page.path)));
        xml.push_str("</loc>\n");
        for (locale, path) in &page.alternates {
            link(&mut xml, locale, &format!("{base_url}{path}"));
        }
        if let Some((_, path)) = page.alternates.iter().find(|(l, _)| l == default_locale) {
            link(&mut xml, "x-default", &format!("{base_url}{path}"));
        }
        xml.push_str("  </url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

fn link(xml: &mut String, hreflang: &str, href: &str) {
    xml.push_str("    <xhtml:link rel=\"alternate\" hreflang=\"");
    xml.push_str(&escape_markup(hreflang));
    xml.push_str("\" href=\"");
    xml.push_str(&escape_markup(href));
    xml.push_str("\"/>\n");
}
