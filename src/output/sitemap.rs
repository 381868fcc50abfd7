//! `sitemap.xml`: every page with absolute URLs and its hreflang alternates.

use rayon::prelude::*;

use crate::escape::push_escaped;
use crate::render::PageEntry;

/// The sitemap of `pages`; `base_url` makes URLs absolute (without it they stay site paths).
pub fn render_sitemap(pages: &[PageEntry], base_url: &str, default_locale: &str) -> String {
    let mut pages: Vec<&PageEntry> = pages
        .iter()
        .filter(|p| p.listed && p.path.ends_with('/'))
        .collect();
    pages.par_sort_unstable_by(|a, b| a.path.cmp(&b.path)); // paths are unique
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    // The sitemap of a large site runs to megabytes: its parts are made in parallel, each
    // sized up front, and joined in order.
    let parts: Vec<String> = pages
        .par_chunks(1024)
        .map(|chunk| {
            let capacity = chunk
                .iter()
                .map(|p| (80 + base_url.len() + p.path.len()) * (p.alternates.len() + 2))
                .sum::<usize>();
            let mut part = String::with_capacity(capacity);
            for page in chunk {
                url(&mut part, page, base_url, default_locale);
            }
            part
        })
        .collect();
    xml.reserve(parts.iter().map(String::len).sum::<usize>() + 16);
    for part in parts {
        xml.push_str(&part);
    }
    xml.push_str("</urlset>\n");
    xml
}

fn url(xml: &mut String, page: &PageEntry, base_url: &str, default_locale: &str) {
    xml.push_str("  <url>\n    <loc>");
    push_escaped(xml, base_url);
    push_escaped(xml, &page.path);
    xml.push_str("</loc>\n");
    for (locale, path) in page.alternates.iter() {
        link(xml, locale, base_url, path);
    }
    if let Some((_, path)) = page.alternates.iter().find(|(l, _)| l == default_locale) {
        link(xml, "x-default", base_url, path);
    }
    xml.push_str("  </url>\n");
}

fn link(xml: &mut String, hreflang: &str, base_url: &str, path: &str) {
    xml.push_str("    <xhtml:link rel=\"alternate\" hreflang=\"");
    push_escaped(xml, hreflang);
    xml.push_str("\" href=\"");
    push_escaped(xml, base_url);
    push_escaped(xml, path);
    xml.push_str("\"/>\n");
}
