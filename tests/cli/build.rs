//! `redline build` on good sites: pages, versions, Markdown, dates, theme (issue 2, points 1–4,
//! 6 and 10).

use crate::support::SiteTest;

#[test]
fn a_site_with_only_content_builds_with_every_default() {
    let site = SiteTest::fixture("minimal");
    site.build("2026-06-01");
    for page in [
        "public/index.html",
        "public/en/index.html",
        "public/en/terms/index.html",
        "public/en/terms/2026-01-01/index.html",
        "public/static/style.css",
        "public/404.html",
    ] {
        assert!(site.exists(page), "{page} is missing");
    }
    let page = site.html("public/en/terms/index.html");
    assert_eq!(page.text("h1"), "Terms of Service");
    assert_eq!(page.attr("html", "lang"), "en");
    // One locale: no language switcher.
    assert_eq!(page.count("nav.language-switcher"), 0);
}

#[test]
fn today_decides_current_past_and_upcoming() {
    let site = SiteTest::fixture("two-locales");
    site.build("2026-06-01");
    let current = site.html("public/en/privacy/index.html");
    assert!(current.text(".policy-body").contains("erasure"));
    assert_eq!(
        current.count(".notice-past, .notice-upcoming, .notice-untranslated"),
        0,
        "the current page has no state notice"
    );
    let past = site.html("public/en/privacy/2025-01-01/index.html");
    assert_eq!(
        past.text(".notice-past"),
        "This version applied from January 1, 2025 to January 31, 2026. Read the current version."
    );
    assert_eq!(past.attr(".notice-past a", "href"), "/legal/en/privacy/");
    // No longer "in effect since": the dates say when it took effect.
    assert_eq!(
        past.texts(".policy-dates dt"),
        ["Last updated:", "Effective date:"]
    );
    let upcoming = site.html("public/en/privacy/2026-09-01/index.html");
    assert!(
        upcoming
            .text(".notice-upcoming")
            .contains("September 1, 2026")
    );
    let states: Vec<String> = current
        .select(".versions .state")
        .iter()
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(states, ["upcoming", "current", "past"]);

    // On the upcoming version's date, a rebuild makes it current with no edit.
    site.build("2026-09-01");
    let current = site.html("public/en/privacy/index.html");
    assert!(
        current
            .text(".policy-body")
            .contains("data protection officer")
    );
}

#[test]
fn source_date_epoch_sets_today_when_no_flag_is_given() {
    // 2026-09-01T12:00:00Z
    let site = SiteTest::fixture("two-locales").env("SOURCE_DATE_EPOCH", "1788264000");
    site.run(&["build"]).success();
    assert!(
        site.html("public/en/privacy/index.html")
            .text(".policy-body")
            .contains("data protection officer")
    );
}

#[test]
fn a_policy_with_only_upcoming_versions_says_so() {
    let site = SiteTest::fixture("two-locales");
    site.build("2024-01-01");
    let page = site.html("public/en/privacy/index.html");
    assert!(
        page.text(".notice")
            .contains("No version of this policy is in effect yet")
    );
    assert_eq!(page.count(".policy-body"), 0);
}

#[test]
fn markdown_extensions_heading_ids_and_table_of_contents() {
    let site = SiteTest::fixture("two-locales");
    site.build("2026-06-01");
    let page = site.html("public/en/privacy/index.html");
    assert_eq!(
        page.text("h2#rights"),
        "Your rights",
        "explicit {{#id}} wins"
    );
    assert_eq!(page.text("h3#retention"), "Retention", "else a slug");
    assert_eq!(
        page.text(".policy-body table tbody tr:last-child td:last-child"),
        "10 years"
    );
    assert_eq!(page.text(".policy-body del"), "correction");
    assert!(page.text(".footnote-definition").contains("Article 17"));
    let toc: Vec<String> = page
        .select("nav.toc a")
        .iter()
        .map(|a| a.value().attr("href").unwrap_or("").to_string())
        .collect();
    assert_eq!(toc, ["#rights", "#retention", "#cookies", "#contact"]);
    // Relative links are written from the policy's page and keep working on permalinks.
    let permalink = site.html("public/en/privacy/2026-02-01/index.html");
    for p in [&page, &permalink] {
        let hrefs: Vec<&str> = p
            .select(".policy-body a")
            .iter()
            .filter_map(|a| a.value().attr("href"))
            .collect();
        assert!(hrefs.contains(&"/legal/en/terms/#cookies"), "{hrefs:?}");
        assert!(hrefs.contains(&"#rights"), "{hrefs:?}");
    }
}

#[test]
fn last_updated_stamp_is_localized_inside_time() {
    let site = SiteTest::fixture("two-locales")
        .write("content/terms/2026-01-01.de.md", "---\ntitle: Nutzungsbedingungen\nupdated: 2026-02-01\n---\n## Cookies\n\nWir verwenden Cookies.\n");
    site.build("2026-06-01");
    let stamp = |path: &str| {
        let page = site.html(path);
        let time = page.select(".policy-dates div:first-child time");
        let time = time.first().expect("a last-updated time");
        (
            time.value().attr("datetime").unwrap_or("").to_string(),
            time.text().collect::<String>(),
        )
    };
    // `updated` wins over the effective date (2026-02-01 vs 2026-01-15 in the en file).
    assert_eq!(
        stamp("public/en/privacy/index.html"),
        ("2026-01-15".into(), "January 15, 2026".into())
    );
    assert_eq!(
        stamp("public/de/terms/index.html"),
        ("2026-02-01".into(), "1. Februar 2026".into())
    );
    assert_eq!(
        stamp("public/fr/terms/index.html"),
        ("2026-01-01".into(), "1 janvier 2026".into())
    );
    assert_eq!(
        stamp("public/en/terms/index.html"),
        ("2026-01-01".into(), "January 1, 2026".into())
    );
}

#[test]
fn site_templates_override_the_embedded_theme_and_static_files_are_copied() {
    let site = SiteTest::fixture("two-locales")
        .write(
            "themes/default/templates/policies.html",
            "{% extends \"base.html\" %}{% block main %}<p id=\"custom\">{{ t.policies_heading }}: {{ policies | length }}</p>{% endblock main %}",
        )
        .write("themes/default/static/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    site.build("2026-06-01");
    assert_eq!(
        site.html("public/fr/index.html").text("#custom"),
        "Politiques juridiques: 2"
    );
    assert_eq!(
        site.read("public/static/logo.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
    );
    assert!(
        site.read("public/static/style.css")
            .contains("@media print"),
        "embedded assets stay"
    );
    // Templates the site does not override stay embedded.
    assert_eq!(
        site.html("public/fr/privacy/index.html").count("nav.toc"),
        1
    );
}

#[test]
fn site_templates_print_texts_and_redlines_as_html_with_or_without_the_safe_filter() {
    // Themes written for `{{ version.html | safe }}` keep working, and the plain form prints the
    // same markup: the text's HTML comes marked safe, and its own text is escaped once.
    let text = "---\ntitle: Privacy Policy\n---\n## Your rights\n\nAT&T may send `<b>` tags.\n";
    let site = SiteTest::fixture("two-locales")
        .write("content/privacy/2026-02-01.en.md", text)
        .write(
            "themes/default/templates/policy.html",
            "{% extends \"base.html\" %}{% block main %}<div id=\"plain\">{{ version.html }}</div><div id=\"filtered\">{{ version.html | safe }}</div>{% endblock main %}",
        )
        .write(
            "themes/default/templates/changes.html",
            "{% extends \"base.html\" %}{% block main %}{% for b in changes.redline.blocks %}<div class=\"plain\">{{ b.inline }}|{{ b.old }}|{{ b.new }}</div><div class=\"filtered\">{{ b.inline | safe }}|{{ b.old | safe }}|{{ b.new | safe }}</div>{% endfor %}{% endblock main %}",
        );
    site.build("2026-06-01");
    let page = site.html("public/en/privacy/2026-02-01/index.html");
    let plain = page.select("#plain")[0].inner_html();
    assert_eq!(plain, page.select("#filtered")[0].inner_html());
    assert_eq!(page.text("#plain h2"), "Your rights");
    assert_eq!(page.text("#plain code"), "<b>");
    assert!(page.text("#plain p").starts_with("AT&T may send"));

    let changes = site.html("public/en/privacy/changes/2026-02-01/index.html");
    let (plain, filtered) = (changes.select(".plain"), changes.select(".filtered"));
    assert!(!plain.is_empty());
    assert_eq!(plain.len(), filtered.len());
    for (a, b) in plain.iter().zip(&filtered) {
        assert_eq!(a.inner_html(), b.inner_html());
    }
    assert!(
        changes.count(".plain ins") > 0,
        "the marks are markup, not text"
    );
    assert!(
        changes
            .select(".plain code")
            .iter()
            .all(|c| c.text().collect::<String>() == "<b>"),
        "code is escaped once"
    );
}

#[test]
fn default_theme_is_accessible_and_printable() {
    let site = SiteTest::fixture("two-locales");
    site.build("2026-06-01");
    let page = site.html("public/en/privacy/index.html");
    assert_eq!(page.attr("a.skip-link", "href"), "#main");
    assert_eq!(page.count("header.site-header"), 1);
    assert_eq!(page.count("main#main"), 1);
    assert_eq!(page.count("footer.site-footer"), 1);
    assert!(!page.attr("nav.toc", "aria-labelledby").is_empty());
    assert_eq!(
        page.attr("meta[name=viewport]", "content"),
        "width=device-width, initial-scale=1"
    );
    let css = site.read("public/static/style.css");
    for needed in ["@media print", "@media (max-width", ":focus-visible"] {
        assert!(css.contains(needed), "style.css lacks {needed}");
    }
}

#[test]
fn the_example_site_in_the_repository_builds() {
    let site = SiteTest::empty();
    let root = env!("CARGO_MANIFEST_DIR");
    let out = site.root().join("public");
    site.run(&[
        "build",
        "--root",
        root,
        "--output",
        out.to_str().expect("utf-8 path"),
        "--today",
        "2026-06-01",
    ])
    .success();
    let en = site.html("public/en/privacy/index.html");
    assert_eq!(en.text("h1"), "Privacy Policy");
    assert_eq!(
        en.text(".policy-dates div:first-child time"),
        "February 1, 2026"
    );
    assert!(en.text(".policy-body").contains("CCPA"));
    let fr = site.html("public/fr/privacy/index.html");
    assert_eq!(fr.text("h1"), "Politique de confidentialité");
    assert_eq!(
        fr.text(".policy-dates div:first-child time"),
        "1 février 2026"
    );
    let old = site.html("public/en/privacy/2025-06-01/index.html");
    assert!(
        !old.text(".policy-body").contains("CCPA"),
        "the earlier version has no CCPA section"
    );
    assert!(site.exists("public/fr/cookies/index.html"));
}

#[test]
fn a_missing_or_relative_base_url_warns_and_fails_strict() {
    // The minimal site has no site.yaml.
    let site = SiteTest::fixture("minimal");
    site.build("2026-06-01")
        .error_line("site.yaml: warning: `base_url` is not set: the sitemap, the feeds and policies.json need absolute URLs")
        .stderr_has("help: write the address the site is published at, e.g. `base_url: https://example.com`, in site.yaml (or pass --base-url)");
    site.run(&["build", "--today", "2026-06-01", "--strict"])
        .code(1)
        .error_line("site.yaml: error: `base_url` is not set");
    site.run(&["check", "--today", "2026-06-01", "--strict"])
        .code(1)
        .error_line("site.yaml: error: `base_url` is not set");
    let site = site.write("site.yaml", "base_url: /legal\n");
    site.run(&["check", "--today", "2026-06-01"])
        .success()
        .error_line("site.yaml: warning: `base_url` is `/legal`, a path: the sitemap, the feeds and policies.json need absolute URLs")
        .stderr_has("e.g. `base_url: https://example.com/legal`");
    site.run(&["build", "--today", "2026-06-01", "--strict"])
        .code(1)
        .error_line("site.yaml: error: `base_url` is `/legal`, a path");
    // An absolute one, from site.yaml or the command line, says nothing.
    let outcome = site.run(&[
        "build",
        "--today",
        "2026-06-01",
        "--strict",
        "--base-url",
        "https://example.com/legal",
    ]);
    assert!(!outcome.success().stderr.contains("base_url"));
}
