//! The sitemap at scale (issue 13, point 11): past 50,000 URLs or 50 MB, `/sitemap.xml` is a
//! sitemap index of `/sitemap-<n>.xml` parts, each within both limits (sitemaps.org).

use std::collections::BTreeMap;

use crate::support::SiteTest;

/// The `<loc>` of every `<url>` or `<sitemap>` of a sitemap file.
fn locs(xml: &str, element: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(xml).expect("well-formed XML");
    doc.descendants()
        .filter(|n| n.has_tag_name(element))
        .flat_map(|n| n.children().filter(|c| c.has_tag_name("loc")))
        .filter_map(|loc| loc.text().map(str::to_string))
        .collect()
}

#[test]
fn past_50000_urls_the_sitemap_becomes_an_index_of_parts() {
    // Each URL is a page to render and write: over 50,000 of them take most of this test's
    // time whatever the shape. Eight locales keep each URL's entry (its alternates included)
    // under 1 KB, so the 50,000-URL limit splits the sitemap before the 50 MB one, with few
    // source files: 2,090 policies, each with one upcoming version in English (which needs no
    // translation to build without warnings) and three pages per locale, its own, its
    // version's and its history.
    let mut site = SiteTest::empty().write(
        "site.yaml",
        "title: Scale\nbase_url: https://example.com/legal\nlocales: [en, fr, de, es, it, nl, pt, pl]\n",
    );
    for n in 0..2_090 {
        site = site.write(
            &format!("content/p{n}/2030-01-01.en.md"),
            "---\ntitle: T\n---\nText.\n",
        );
    }
    site.build("2026-06-01");

    // Every page of the site is a URL of the sitemap: `/`, the locales' lists, and per policy
    // and locale its page, its upcoming version and its history.
    let mut unlisted: BTreeMap<String, usize> = walkdir::WalkDir::new(site.root().join("public"))
        .into_iter()
        .flatten()
        .filter(|e| e.file_name() == "index.html")
        .map(|e| {
            let folder = e.path().parent().expect("a folder");
            let path = folder
                .strip_prefix(site.root().join("public"))
                .expect("under public")
                .to_string_lossy()
                .into_owned();
            let url = if path.is_empty() {
                "https://example.com/legal/".to_string()
            } else {
                format!("https://example.com/legal/{path}/")
            };
            (url, 0)
        })
        .collect();
    assert!(unlisted.len() > 50_000, "{} pages", unlisted.len());

    let index = site.read("public/sitemap.xml");
    let parts = locs(&index, "sitemap");
    assert_eq!(parts.len(), 2, "{index}");
    for (n, url) in (1..).zip(&parts) {
        assert_eq!(*url, format!("https://example.com/legal/sitemap-{n}.xml"));
        let xml = site.read(&format!("public/sitemap-{n}.xml"));
        assert!(
            xml.len() <= 52_428_800,
            "sitemap-{n}.xml: {} bytes",
            xml.len()
        );
        let urls = locs(&xml, "url");
        if n == 1 {
            assert_eq!(urls.len(), 50_000, "the first part is full");
        }
        assert!(urls.len() <= 50_000, "sitemap-{n}.xml: {} URLs", urls.len());
        for url in urls {
            match unlisted.get_mut(&url) {
                Some(seen) => *seen += 1,
                None => panic!("sitemap-{n}.xml lists {url}, which is not a page"),
            }
        }
    }
    assert!(
        !site.exists(&format!("public/sitemap-{}.xml", parts.len() + 1)),
        "every part is in the index"
    );
    let wrong: Vec<_> = unlisted.iter().filter(|(_, seen)| **seen != 1).collect();
    assert!(
        wrong.is_empty(),
        "each page once across the parts: {:?}",
        &wrong[..wrong.len().min(5)]
    );
}
