//! `sitemap.xml`: every page with absolute URLs and its hreflang alternates; past the protocol's
//! limits, a sitemap index of `sitemap-<n>.xml` parts (sitemaps.org).

use crate::escape::push_escaped;
use crate::render::PageEntry;

/// What one sitemap file may hold.
#[derive(Debug, Clone, Copy)]
pub struct SitemapLimits {
    pub urls: usize,
    /// Uncompressed.
    pub bytes: usize,
}

/// The protocol's limits (sitemaps.org): 50,000 URLs and 50 MB per file. An index may list
/// 50,000 parts, 2.5 billion URLs: more than any site of policies has.
pub const PROTOCOL_LIMITS: SitemapLimits = SitemapLimits {
    urls: 50_000,
    bytes: 52_428_800,
};

const URLSET_OPEN: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
const URLSET_CLOSE: &str = "</urlset>\n";

/// The sitemap files of `pages`, by path under the output folder: `sitemap.xml` alone while it
/// keeps within `limits`; past them, `sitemap.xml` is an index of `sitemap-1.xml`,
/// `sitemap-2.xml`…, each within them. `base_url` makes URLs absolute (without it they stay
/// site paths).
pub fn render_sitemaps(
    pages: &[PageEntry],
    base_url: &str,
    default_locale: &str,
    limits: SitemapLimits,
) -> Vec<(String, Vec<u8>)> {
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
        .sum::<usize>()
        .min(limits.bytes)
        + 256;
    let new_part = || {
        let mut part = String::with_capacity(capacity);
        part.push_str(URLSET_OPEN);
        part
    };
    let mut parts = Vec::new();
    let (mut part, mut urls) = (new_part(), 0);
    let mut entry = String::new();
    for page in pages {
        entry.clear();
        push_url(&mut entry, page, base_url, default_locale);
        let full =
            urls + 1 > limits.urls || part.len() + entry.len() + URLSET_CLOSE.len() > limits.bytes;
        // A part holds at least one URL, whatever its size.
        if full && urls > 0 {
            part.push_str(URLSET_CLOSE);
            parts.push(std::mem::replace(&mut part, new_part()));
            urls = 0;
        }
        part.push_str(&entry);
        urls += 1;
    }
    part.push_str(URLSET_CLOSE);
    parts.push(part);
    if parts.len() == 1 {
        return vec![("sitemap.xml".to_string(), parts.remove(0).into_bytes())];
    }
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut files = Vec::with_capacity(parts.len() + 1);
    for (n, part) in (1..).zip(parts) {
        let name = format!("sitemap-{n}.xml");
        index.push_str("  <sitemap>\n    <loc>");
        push_escaped(&mut index, base_url);
        index.push('/');
        push_escaped(&mut index, &name);
        index.push_str("</loc>\n  </sitemap>\n");
        files.push((name, part.into_bytes()));
    }
    index.push_str("</sitemapindex>\n");
    files.insert(0, ("sitemap.xml".to_string(), index.into_bytes()));
    files
}

/// One `<url>` with its alternates.
fn push_url(xml: &mut String, page: &PageEntry, base_url: &str, default_locale: &str) {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn pages(n: usize) -> Vec<PageEntry> {
        (0..n)
            .map(|i| {
                let path = format!("/en/p{i:03}/");
                PageEntry {
                    listed: true,
                    alternates: vec![("en".to_string(), path.clone())].into(),
                    path,
                }
            })
            .collect()
    }

    fn locs(xml: &[u8]) -> Vec<String> {
        let text = std::str::from_utf8(xml).expect("UTF-8");
        let doc = roxmltree::Document::parse(text).expect("well-formed XML");
        doc.descendants()
            .filter(|n| n.has_tag_name("loc"))
            .filter_map(|n| n.text().map(str::to_string))
            .collect()
    }

    #[test]
    fn within_the_limits_one_sitemap() {
        let files = render_sitemaps(&pages(3), "https://x.org", "en", PROTOCOL_LIMITS);
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].0, "sitemap.xml");
        assert_eq!(locs(&files[0].1).len(), 3);
    }

    #[test]
    fn past_either_limit_an_index_of_parts_within_both() {
        let pages = pages(10);
        let one = render_sitemaps(&pages, "https://x.org", "en", PROTOCOL_LIMITS);
        let entry_bytes = (one[0].1.len() - URLSET_OPEN.len() - URLSET_CLOSE.len()) / 10;
        let by_count = SitemapLimits {
            urls: 4,
            bytes: usize::MAX,
        };
        let by_size = SitemapLimits {
            urls: usize::MAX,
            bytes: URLSET_OPEN.len() + URLSET_CLOSE.len() + 3 * entry_bytes,
        };
        for (limits, sizes) in [(by_count, [4, 4, 2]), (by_size, [3, 3, 3])] {
            let files = render_sitemaps(&pages, "https://x.org", "en", limits);
            let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
            let expected: Vec<String> = std::iter::once("sitemap.xml".to_string())
                .chain((1..files.len()).map(|n| format!("sitemap-{n}.xml")))
                .collect();
            assert_eq!(names, expected);
            assert_eq!(
                locs(&files[0].1),
                names[1..]
                    .iter()
                    .map(|n| format!("https://x.org/{n}"))
                    .collect::<Vec<_>>()
            );
            let mut all = Vec::new();
            for (i, (_, xml)) in files[1..].iter().enumerate() {
                assert!(xml.len() <= limits.bytes);
                let urls = locs(xml);
                if let Some(size) = sizes.get(i) {
                    assert_eq!(urls.len(), *size, "{limits:?}");
                }
                all.extend(urls);
            }
            let expected: Vec<String> = pages
                .iter()
                .map(|p| format!("https://x.org{}", p.path))
                .collect();
            assert_eq!(all, expected, "every URL once, in order");
        }
    }
}
