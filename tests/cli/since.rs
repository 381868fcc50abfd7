//! Since pages (issue 17): `/<locale>/<policy>/since/<date>/` shows everything that changed from
//! an older version to the current one, with the versions in between, so that an app can link
//! someone to "what changed since the version you accepted".

use crate::support::SiteTest;

const TODAY: &str = "2026-06-01";

/// Privacy in four versions, as of 2026-06-01: 2025-01-01 (en, fr), 2025-06-01 (en only,
/// material), 2026-02-01 (en, fr: current) and 2026-09-01 (en: upcoming). Each version changes
/// one thing, so a since page must show every change after its version.
fn four_versions() -> SiteTest {
    let version = |front: &str, body: &str| {
        format!("---\ntitle: Privacy Policy\n{front}---\n## Retention {{#retention}}\n\n{body}\n")
    };
    SiteTest::empty()
        .write(
            "site.yaml",
            "title: Example Co\nbase_url: https://example.com/legal/\ndefault_locale: en\nlocales: [en, fr]\n",
        )
        .write(
            "content/privacy/2025-01-01.en.md",
            version("summary: First version.\n", "We keep your data for two years."),
        )
        .write(
            "content/privacy/2025-01-01.fr.md",
            "---\ntitle: Politique de confidentialité\n---\n## Conservation {#retention}\n\nNous conservons vos données pendant deux ans au plus.\n",
        )
        .write(
            "content/privacy/2025-06-01.en.md",
            version(
                "summary: Shorter retention.\nmaterial: true\nannounced: 2025-04-01\n",
                "We keep your data for one year.",
            ),
        )
        .write(
            "content/privacy/2026-02-01.en.md",
            version(
                "summary: Adds the right to a copy.\n",
                "We keep your data for one year. You may ask for a copy.",
            ),
        )
        .write(
            "content/privacy/2026-02-01.fr.md",
            "---\ntitle: Politique de confidentialité\nsummary: Ajoute le droit à une copie.\n---\n## Conservation {#retention}\n\nNous conservons vos données pendant un an au plus.\n",
        )
        .write(
            "content/privacy/2026-09-01.en.md",
            version(
                "summary: Adds erasure.\n",
                "We keep your data for one year. You may ask for a copy or its erasure.",
            ),
        )
}

#[test]
fn a_since_page_marks_every_change_across_the_versions_it_spans() {
    let site = four_versions();
    site.build(TODAY);
    let page = site.html("public/en/privacy/since/2025-01-01/index.html");
    assert_eq!(
        page.text("h1"),
        "Changes since the version of January 1, 2025"
    );
    assert_eq!(
        page.text(".changes-between"),
        "From the version of January 1, 2025 to the version of February 1, 2026."
    );
    // Two versions' edits in one redline: the retention period and the new sentence; the
    // upcoming version's erasure is not in force yet.
    let inline = "#rl-inline";
    assert_eq!(page.texts(&format!("{inline} del")), ["two years"]);
    let added = page.texts(&format!("{inline} ins")).join(" ");
    assert!(added.contains("one year"), "{added}");
    assert!(added.contains("You may ask for a copy"), "{added}");
    assert!(!page.0.html().contains("erasure"));
    // Above it, the versions it spans, newest first, with summaries and the material mark.
    let spanned = page.select(".since-versions .history-entry");
    let dates: Vec<String> = spanned
        .iter()
        .map(|e| {
            let time = scraper::Selector::parse("time").expect("a selector");
            e.select(&time)
                .next()
                .expect("a date")
                .value()
                .attr("datetime")
                .unwrap_or_default()
                .to_string()
        })
        .collect();
    assert_eq!(dates, ["2026-02-01", "2025-06-01"]);
    assert_eq!(
        page.texts(".since-versions .history-summary"),
        ["Adds the right to a copy.", "Shorter retention."]
    );
    assert_eq!(
        page.texts(".since-versions .history-entry .material"),
        ["Material change"]
    );
    // From the version just before the current one, the since page is that version's changes.
    let last = site.html("public/en/privacy/since/2025-06-01/index.html");
    assert_eq!(last.texts("#rl-inline ins"), ["You may ask for a copy."]);
    assert_eq!(last.texts(".since-versions h3"), ["February 1, 2026"]);
}

#[test]
fn only_versions_before_the_current_one_have_since_pages_in_every_locale() {
    let site = four_versions();
    site.build(TODAY);
    for locale in ["en", "fr"] {
        for (date, exists) in [
            ("2025-01-01", true),
            ("2025-06-01", true),
            ("2026-02-01", false),
            ("2026-09-01", false),
        ] {
            let path = format!("public/{locale}/privacy/since/{date}/index.html");
            assert_eq!(site.exists(&path), exists, "{path}");
        }
        // The history page links each past version's since page.
        let history = site.html(&format!("public/{locale}/privacy/history/index.html"));
        let links: Vec<String> = history
            .select(".history-links a")
            .iter()
            .filter_map(|a| a.value().attr("href"))
            .filter(|href| href.contains("/since/"))
            .map(str::to_string)
            .collect();
        assert_eq!(
            links,
            [
                format!("/legal/{locale}/privacy/since/2025-06-01/"),
                format!("/legal/{locale}/privacy/since/2025-01-01/"),
            ]
        );
    }
    let sitemap = site.read("public/sitemap.xml");
    assert!(
        sitemap.contains("<loc>https://example.com/legal/fr/privacy/since/2025-01-01/</loc>"),
        "{sitemap}"
    );
    // A later day makes 2026-09-01 current: every older version gets a since page to it.
    site.build("2026-09-01");
    assert!(site.exists("public/en/privacy/since/2026-02-01/index.html"));
    let page = site.html("public/en/privacy/since/2025-01-01/index.html");
    assert!(page.texts("#rl-inline ins").join(" ").contains("erasure"));
}

#[test]
fn a_translation_compares_its_own_texts_or_says_it_cannot() {
    let site = four_versions();
    site.build(TODAY);
    // fr translates 2025-01-01 and the current version: its own texts, in French.
    let page = site.html("public/fr/privacy/since/2025-01-01/index.html");
    assert_eq!(
        page.text("h1"),
        "Modifications depuis la version du 1 janvier 2025"
    );
    assert_eq!(page.texts("#rl-inline del"), ["deux ans"]);
    assert_eq!(page.texts("#rl-inline ins"), ["un an"]);
    assert_eq!(page.count(".notice-untranslated"), 0);
    // The spanned 2025-06-01 has no French text: its summary is the English one, marked.
    assert_eq!(
        page.attr(
            ".since-versions .history-entry:last-child .history-summary",
            "lang"
        ),
        "en"
    );
    // fr lacks 2025-06-01: nothing to compare in French, so it links the English page.
    let page = site.html("public/fr/privacy/since/2025-06-01/index.html");
    assert_eq!(page.count("#rl-inline"), 0);
    assert_eq!(
        page.attr(".notice-untranslated a", "href"),
        "/legal/en/privacy/since/2025-06-01/"
    );
}

#[test]
fn policies_json_gives_each_past_versions_since_urls() {
    let site = four_versions();
    site.build(TODAY);
    let json: serde_json::Value =
        serde_json::from_str(&site.read("public/policies.json")).expect("valid JSON");
    let versions = json["policies"][0]["versions"]
        .as_array()
        .expect("versions");
    let since: Vec<(String, Vec<String>)> = versions
        .iter()
        .map(|v| {
            let urls = v["since_urls"]
                .as_array()
                .expect("since_urls is always there");
            (
                v["date"].as_str().unwrap_or_default().to_string(),
                urls.iter()
                    .map(|u| {
                        format!(
                            "{} {}",
                            u["locale"].as_str().unwrap_or_default(),
                            u["url"].as_str().unwrap_or_default()
                        )
                    })
                    .collect(),
            )
        })
        .collect();
    let urls = |date: &str| {
        vec![
            format!("en https://example.com/legal/en/privacy/since/{date}/"),
            format!("fr https://example.com/legal/fr/privacy/since/{date}/"),
        ]
    };
    assert_eq!(
        since,
        [
            ("2025-01-01".to_string(), urls("2025-01-01")),
            ("2025-06-01".to_string(), urls("2025-06-01")),
            ("2026-02-01".to_string(), vec![]),
            ("2026-09-01".to_string(), vec![]),
        ]
    );
    // Every URL it gives is a page of the build.
    for (_, urls) in &since {
        for url in urls {
            let path = url
                .split_once("https://example.com/legal/")
                .expect("absolute")
                .1;
            assert!(site.exists(&format!("public/{path}index.html")), "{url}");
        }
    }
    assert_eq!(json["policies"][0]["material_since"], "2025-06-01");
}

#[test]
fn the_notice_links_readers_of_older_versions_to_their_since_pages_in_two_locales() {
    let site = four_versions();
    for (locale, intro, first) in [
        (
            "en",
            "Accepted an earlier version? See everything that has changed since:",
            "- [Version of June 1, 2025](https://example.com/legal/en/privacy/since/2025-06-01/)",
        ),
        (
            "fr",
            "Vous avez accepté une version antérieure ? Voici tout ce qui a changé depuis :",
            "- [Version du 1 juin 2025](https://example.com/legal/fr/privacy/since/2025-06-01/)",
        ),
    ] {
        let out = site
            .run(&["notice", "privacy", "--locale", locale, "--today", TODAY])
            .success()
            .stdout;
        let lines: Vec<&str> = out.lines().collect();
        let at = lines
            .iter()
            .position(|l| *l == intro)
            .unwrap_or_else(|| panic!("no {intro:?} in:\n{out}"));
        assert_eq!(lines[at + 1], first, "{out}");
        assert!(lines[at + 2].contains("/since/2025-01-01/"), "{out}");
        assert_eq!(
            lines.len(),
            at + 3,
            "the since links end the notice:\n{out}"
        );
    }
}
