//! Titles in the reader's language (issue 16): a page that shows a version its locale has not
//! translated still names the policy by the locale's latest own title, marked as the page's
//! language, while the text keeps the source's `lang`.

use crate::support::SiteTest;

const TODAY: &str = "2026-06-01";

#[test]
fn german_pages_showing_the_english_text_keep_the_german_title() {
    // The world fixture: de translates only 2026-01-01; the current 2026-03-01 is English.
    let site = SiteTest::fixture("world");
    site.build(TODAY);
    for (path, eyebrow) in [
        (
            "public/de/privacy/changes/2026-03-01/index.html",
            ".eyebrow a",
        ),
        (
            "public/de/privacy/since/2026-01-01/index.html",
            ".eyebrow a",
        ),
        ("public/de/privacy/history/index.html", ".eyebrow a"),
        ("public/de/privacy/index.html", "h1#rl-title"),
        ("public/de/privacy/2026-03-01/index.html", "h1#rl-title"),
    ] {
        let page = site.html(path);
        let title = page.text("title");
        assert!(title.contains("Datenschutz"), "{path}: {title}");
        assert!(!title.contains("Privacy"), "{path}: {title}");
        assert_eq!(page.text(eyebrow), "Datenschutz", "{path}");
        assert_eq!(
            page.attr_opt(eyebrow, "lang"),
            None,
            "{path}: the title is German"
        );
    }
    // The text itself is still the English one, and marked so.
    let current = site.html("public/de/privacy/index.html");
    assert_eq!(
        current.attr_opt(".policy-body", "lang"),
        Some("en".to_string())
    );
    let changes = site.html("public/de/privacy/changes/2026-03-01/index.html");
    assert_eq!(
        changes.attr_opt("#rl-inline", "lang"),
        Some("en".to_string())
    );

    let list = site.html("public/de/index.html");
    assert_eq!(list.text(".policy-list h2 a"), "Datenschutz");
    assert_eq!(list.attr_opt(".policy-list h2 a", "lang"), None);

    let feed = site.read("public/de/feed.xml");
    assert!(
        feed.contains(r#"<title xml:lang="de">Datenschutz — "#),
        "{feed}"
    );
    assert!(!feed.contains("<title>Privacy"), "{feed}");
}

#[test]
fn a_locale_without_a_title_of_its_own_shows_the_source_title_marked() {
    let site = SiteTest::fixture("world");
    site.build(TODAY);
    // ko has no translation at all.
    let page = site.html("public/ko/privacy/changes/2026-03-01/index.html");
    assert_eq!(page.text(".eyebrow a"), "Privacy");
    assert_eq!(page.attr_opt(".eyebrow a", "lang"), Some("en".to_string()));
    // ja translates the current version under its own title.
    let ja = site.html("public/ja/privacy/index.html");
    assert_eq!(ja.text("h1#rl-title"), "プライバシー");
    assert_eq!(ja.attr_opt("h1#rl-title", "lang"), None);
    // A title of a later translation is not used for an earlier version (a renaming that had
    // not happened yet): ja's first version is English and so is its title.
    let old = site.html("public/ja/privacy/2026-01-01/index.html");
    assert_eq!(old.text("h1#rl-title"), "Privacy");
    assert_eq!(old.attr_opt("h1#rl-title", "lang"), Some("en".to_string()));
}
