//! History, redline pages, announcements, past banners, the Atom feed and the timeline in
//! policies.json (issue 3), on the `redline` fixture: a terms policy whose 2025-06-01 version
//! makes an edit of every kind, whose 2025-09-01 version changes only front matter, and whose
//! 2027-01-01 version is upcoming; French translates only the first and third versions.

use crate::support::SiteTest;

const TODAY: &str = "2026-06-01";

fn built() -> SiteTest {
    let site = SiteTest::fixture("redline");
    site.build(TODAY);
    site
}

/// Every page parses, and no page repeats an id: the changes pages show each text twice (inline
/// and side by side), footnotes included (two-locales has one), and a repeated id would send
/// links into the hidden view.
#[test]
fn every_generated_page_is_well_formed_html() {
    let footnotes = SiteTest::fixture("two-locales");
    footnotes.build(TODAY);
    for site in [built(), footnotes] {
        well_formed_with_unique_ids(&site);
    }
}

fn well_formed_with_unique_ids(site: &SiteTest) {
    for (path, bytes) in site.snapshot("public") {
        if path.ends_with(".html") {
            let text = String::from_utf8(bytes).expect("UTF-8 pages");
            let parsed = scraper::Html::parse_document(&text);
            assert!(parsed.errors.is_empty(), "{path}: {:?}", parsed.errors);
            let ids: Vec<&str> = parsed
                .select(&scraper::Selector::parse("[id]").expect("selector"))
                .filter_map(|e| e.value().attr("id"))
                .collect();
            let mut unique = ids.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(ids.len(), unique.len(), "{path} repeats an id: {ids:?}");
        }
    }
}

#[test]
fn history_lists_every_version_newest_first() {
    let site = built();
    let page = site.html("public/en/terms/history/index.html");
    let dates: Vec<String> = page
        .select(".history-entry h2 time")
        .iter()
        .filter_map(|t| t.value().attr("datetime").map(str::to_string))
        .collect();
    assert_eq!(
        dates,
        ["2027-01-01", "2025-09-01", "2025-06-01", "2025-01-01"]
    );
    assert_eq!(
        page.texts(".history-entry h2 .state"),
        ["upcoming", "current", "past", "past"]
    );
    assert_eq!(
        page.texts(".history-summary")[1],
        "Clarifies nothing; only the dates changed."
    );
    // "last updated" differs from the effective date where front matter says so.
    let updated: Vec<String> = page.texts(".history-entry .policy-dates div:nth-child(2) time");
    assert_eq!(updated[1], "September 15, 2025");
    let changes: Vec<&str> = page
        .select(".history-links a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert!(
        changes.contains(&"/en/terms/changes/2025-06-01/"),
        "{changes:?}"
    );
    assert!(
        !changes.iter().any(|h| h.contains("changes/2025-01-01")),
        "the first version has no redline"
    );
    assert!(!site.exists("public/en/terms/changes/2025-01-01/index.html"));
}

#[test]
fn the_redline_marks_each_kind_of_edit() {
    let site = built();
    let page = site.html("public/en/terms/changes/2025-06-01/index.html");
    let inline = "#rl-inline ";
    // A word changed inside a link: both marks inside the same link.
    assert_eq!(
        page.texts(&format!("{inline} a[href=\"/en/privacy/#passwords\"] del")),
        ["old"]
    );
    assert_eq!(
        page.texts(&format!("{inline} a[href=\"/en/privacy/#passwords\"] ins")),
        ["new"]
    );
    // A list item added.
    assert_eq!(
        page.texts(&format!("{inline} li.rl-added ins")),
        ["Be patient"]
    );
    assert_eq!(
        page.count(&format!("{inline} li:not(.rl-added) ins, {inline} li del")),
        0
    );
    // A table cell changed.
    assert_eq!(page.texts(&format!("{inline} tr.rl-changed td del")), ["7"]);
    assert_eq!(
        page.texts(&format!("{inline} tr.rl-changed td ins")),
        ["10"]
    );
    // A section removed, heading included, with no id left behind.
    assert_eq!(
        page.texts(&format!("{inline} .rl-removed h2 del")),
        ["Arbitration"]
    );
    assert_eq!(page.count(&format!("{inline} .rl-removed h2[id]")), 0);
    assert_eq!(
        page.texts(&format!("{inline} .rl-removed p del")),
        ["Any dispute goes to binding arbitration in Paris."]
    );
    // A paragraph moved: a note at the old place linking the new one, the text itself unmarked.
    let anchor = page.attr(&format!("{inline} .rl-moved_here"), "id");
    assert_eq!(
        page.attr(&format!("{inline} .rl-moved-away a"), "href"),
        format!("#{anchor}")
    );
    assert_eq!(
        page.count(&format!(
            "{inline} .rl-moved_here ins, {inline} .rl-moved_here del"
        )),
        0
    );
    // Unchanged text carries no marks.
    assert_eq!(
        page.count(&format!("{inline} .rl-same ins, {inline} .rl-same del")),
        0
    );
    // The summary at the top.
    let sections = ["Accounts", "Fees", "Arbitration", "Liability", "Contact"];
    assert_eq!(
        page.texts(".changed-sections .sections-inline li"),
        sections
    );
    assert_eq!(page.texts(".changed-sections .sections-side li"), sections);
    assert_eq!(
        page.attr(".sections-inline a[href=\"#accounts\"]", "href"),
        "#accounts"
    );
    assert_eq!(
        page.count("#rl-inline #accounts"),
        1,
        "section links land on the heading"
    );
    // Each view has its own list, whose links land in that view (the side-by-side one repeats
    // the text without ids, so its rows have their own).
    for (list, view) in [
        (".sections-inline", "#rl-inline"),
        (".sections-side", "#rl-side-by-side"),
    ] {
        let links = page.select(&format!("{list} a"));
        assert_eq!(links.len(), 4, "{list}: Arbitration was removed");
        for link in links {
            let href = link.value().attr("href").unwrap_or_default();
            assert_eq!(page.count(&format!("{view} {href}")), 1, "{list}: {href}");
        }
    }
    assert_eq!(
        page.attr(".sections-side a[href=\"#rl-row-accounts\"]", "href"),
        "#rl-row-accounts"
    );
    assert_eq!(page.text("#rl-row-accounts td:last-child"), "Accounts");
    // new, Be patient, 10 / old, 7, Arbitration and its 8-word paragraph; the move counts neither.
    assert_eq!(page.text(".count-added"), "4 words added");
    assert_eq!(page.text(".count-removed"), "11 words removed");
    assert_eq!(
        page.text(".changes-summary"),
        "Removes arbitration and adds a rule."
    );
    assert_eq!(
        page.text(".changes-between"),
        "From the version of January 1, 2025 to the version of June 1, 2025."
    );
}

#[test]
fn side_by_side_is_a_second_rendered_view() {
    let site = built();
    let page = site.html("public/en/terms/changes/2025-06-01/index.html");
    let hrefs: Vec<&str> = page
        .select(".change-views a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(hrefs, ["#rl-inline", "#rl-side-by-side"]);
    // Old text with deletions on the left, new text with insertions on the right.
    assert_eq!(
        page.texts("#rl-side-by-side tr.rl-changed td:first-child a del"),
        ["old"]
    );
    assert_eq!(
        page.texts("#rl-side-by-side tr.rl-changed td:last-child a ins"),
        ["new"]
    );
    let cells = "#rl-side-by-side > table > tbody > tr > td";
    assert_eq!(
        page.count(&format!(
            "{cells}:first-child ins, {cells}:last-child > * > del"
        )),
        0
    );
    assert_eq!(page.texts(&format!("{cells}:first-child table del")), ["7"]);
    assert!(
        site.read("public/static/style.css")
            .contains(".redline-side:target"),
        "toggled by CSS alone"
    );
}

#[test]
fn previous_and_next_change_navigation() {
    let site = built();
    let middle = site.html("public/en/terms/changes/2025-09-01/index.html");
    assert_eq!(
        middle.attr("a[rel=prev]", "href"),
        "/en/terms/changes/2025-06-01/"
    );
    assert_eq!(
        middle.attr("a[rel=next]", "href"),
        "/en/terms/changes/2027-01-01/"
    );
    let first = site.html("public/en/terms/changes/2025-06-01/index.html");
    assert_eq!(first.count("a[rel=prev]"), 0);
}

#[test]
fn front_matter_only_changes_say_the_text_did_not_change() {
    let site = built();
    let page = site.html("public/en/terms/changes/2025-09-01/index.html");
    assert!(
        page.text(".changes-header")
            .contains("The text did not change")
    );
    assert_eq!(page.count("#rl-inline ins, #rl-inline del"), 0);
    assert_eq!(page.count(".changed-sections"), 0);
    assert_eq!(page.text(".count-added"), "0 words added");
}

#[test]
fn translations_get_their_own_redline_or_say_why_not() {
    let site = built();
    // fr has no translation of 2025-06-01: the English redline, marked as such.
    let source = site.html("public/fr/terms/changes/2025-06-01/index.html");
    assert!(
        source
            .text(".notice-untranslated")
            .contains("pas encore traduit")
    );
    assert_eq!(source.attr("#rl-inline", "lang"), "en");
    assert_eq!(source.texts("#rl-inline li.rl-added ins"), ["Be patient"]);
    // fr translates 2025-09-01 but not 2025-06-01: no redline between translations, a link instead.
    let own = site.html("public/fr/terms/changes/2025-09-01/index.html");
    assert!(
        own.text(".notice-untranslated")
            .contains("La version précédente n’a pas été traduite")
    );
    assert_eq!(
        own.attr(".notice-untranslated a", "href"),
        "/en/terms/changes/2025-09-01/"
    );
    assert_eq!(own.count("#rl-inline"), 0);
    // Both versions translated: the translations are compared.
    let site = SiteTest::fixture("redline").write(
        "content/terms/2025-06-01.fr.md",
        "---\ntitle: Conditions d’utilisation\n---\nBienvenue sur le service.\n\n## Contact\n\nÉcrivez à legal@example.org.\n",
    );
    site.build(TODAY);
    let own = site.html("public/fr/terms/changes/2025-09-01/index.html");
    assert_eq!(own.count("#rl-inline[lang]"), 0);
    assert_eq!(
        own.texts("#rl-inline ins"),
        ["Lisez ces conditions attentivement."]
    );
}

#[test]
fn the_current_page_announces_upcoming_versions() {
    let site = built();
    let page = site.html("public/en/terms/index.html");
    assert!(
        page.text(".notice-announcement")
            .starts_with("This policy changes on January 1, 2027.")
    );
    let links: Vec<&str> = page
        .select(".notice-announcement a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(
        links,
        ["/en/terms/2027-01-01/", "/en/terms/changes/2027-01-01/"]
    );
    // On its date it becomes current with no edit.
    site.build("2027-01-01");
    let page = site.html("public/en/terms/index.html");
    assert_eq!(page.count(".notice-announcement"), 0);
    assert!(page.text(".policy-body").contains("twice"));
}

#[test]
fn past_versions_carry_a_banner_noindex_and_a_canonical_link_to_the_current_page() {
    let site = built();
    let page = site.html("public/en/terms/2025-06-01/index.html");
    assert_eq!(
        page.text(".notice-past p"),
        "This version applied from June 1, 2025 to August 31, 2025. Read the current version."
    );
    assert_eq!(page.attr(".notice-past a", "href"), "/en/terms/");
    assert_eq!(page.attr("meta[name=robots]", "content"), "noindex");
    assert_eq!(
        page.attr("link[rel=canonical]", "href"),
        "https://example.org/en/terms/"
    );
    let current = site.html("public/en/terms/index.html");
    assert_eq!(current.count("meta[name=robots]"), 0);
    let sitemap = site.read("public/sitemap.xml");
    assert!(
        !sitemap.contains("/en/terms/2025-06-01/"),
        "past versions are not listed"
    );
}

#[test]
fn the_feed_is_atom_with_one_entry_per_published_version() {
    let site = built();
    let xml = site.read("public/en/feed.xml");
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let atom = "http://www.w3.org/2005/Atom";
    let feed = doc.root_element();
    assert!(feed.has_tag_name((atom, "feed")));
    fn child<'a, 'i>(node: roxmltree::Node<'a, 'i>, name: &str) -> Option<roxmltree::Node<'a, 'i>> {
        node.children()
            .find(|c| c.has_tag_name(("http://www.w3.org/2005/Atom", name)))
    }
    for required in ["id", "title", "updated", "author"] {
        assert!(child(feed, required).is_some(), "feed lacks {required}");
    }
    assert!(
        feed.children()
            .any(|c| c.has_tag_name((atom, "link")) && c.attribute("rel") == Some("self"))
    );
    let entries: Vec<_> = feed
        .children()
        .filter(|c| c.has_tag_name((atom, "entry")))
        .collect();
    assert_eq!(
        entries.len(),
        3,
        "published versions only: not the upcoming one"
    );
    for entry in &entries {
        for required in ["id", "title", "updated"] {
            assert!(child(*entry, required).is_some(), "entry lacks {required}");
        }
        let updated = child(*entry, "updated")
            .and_then(|u| u.text())
            .unwrap_or("");
        assert!(
            updated.len() == 20 && updated.ends_with("T00:00:00Z"),
            "RFC 3339: {updated}"
        );
    }
    let links: Vec<&str> = entries
        .iter()
        .filter_map(|e| child(*e, "link"))
        .filter_map(|l| l.attribute("href"))
        .collect();
    assert_eq!(
        links,
        [
            "https://example.org/en/terms/changes/2025-09-01/",
            "https://example.org/en/terms/changes/2025-06-01/",
            "https://example.org/en/terms/2025-01-01/"
        ]
    );
    // Every page links its locale's feed.
    let page = site.html("public/fr/terms/history/index.html");
    assert_eq!(
        page.attr("link[type=\"application/atom+xml\"]", "href"),
        "/fr/feed.xml"
    );
}

#[test]
fn the_feed_stays_well_formed_whatever_the_titles_and_summaries_contain() {
    // Files may not hold control characters, but YAML escapes still produce them, and
    // U+FFFE, which XML 1.0 forbids as well.
    let page = "content/terms/2025-09-01.en.md";
    let site = SiteTest::fixture("redline");
    let text = site
        .read(page)
        .replace(
            "title: Terms of Service",
            r#"title: "Terms \x1b[1m & <Conditions>""#,
        )
        .replace(
            "summary: Clarifies nothing; only the dates changed.",
            r#"summary: "Tab\there, bell \x07, \uFFFE, ]]> & <b>'s \"quoted\"\rend""#,
        );
    let site = site.write(page, text).write(
        "site.yaml",
        "title: \"R&D \\0 Co\"\nbase_url: https://example.org\n",
    );
    site.build(TODAY);
    let xml = site.read("public/en/feed.xml");
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let atom = "http://www.w3.org/2005/Atom";
    let text_of = |node: roxmltree::Node, name: &str| {
        node.children()
            .find(|c| c.has_tag_name((atom, name)))
            .and_then(|c| c.text())
            .map(str::to_string)
    };
    let feed = doc.root_element();
    let author = feed
        .children()
        .find(|c| c.has_tag_name((atom, "author")))
        .expect("an author");
    assert_eq!(text_of(author, "name").as_deref(), Some("R&D \u{FFFD} Co"));
    let entry = feed
        .children()
        .find(|c| c.has_tag_name((atom, "entry")))
        .expect("an entry");
    assert_eq!(
        text_of(entry, "title").as_deref(),
        Some("Terms \u{FFFD}[1m & <Conditions> — September 1, 2025")
    );
    assert_eq!(
        text_of(entry, "summary").as_deref(),
        Some("Tab\there, bell \u{FFFD}, \u{FFFD}, ]]> & <b>'s \"quoted\"\rend")
    );
}

#[test]
fn policies_json_answers_which_text_applied_on_a_date() {
    let site = built();
    let json: serde_json::Value =
        serde_json::from_str(&site.read("public/policies.json")).expect("JSON");
    let terms = &json["policies"][0];
    let versions = terms["versions"].as_array().expect("versions");
    assert_eq!(versions[1]["from"], "2025-06-01");
    assert_eq!(versions[1]["to"], "2025-09-01");
    assert_eq!(versions[3]["to"], serde_json::Value::Null);
    let fr = terms["timeline"]
        .as_array()
        .expect("timeline")
        .iter()
        .find(|t| t["locale"] == "fr")
        .expect("fr timeline");
    let on = |date: &str| {
        fr["periods"]
            .as_array()
            .expect("periods")
            .iter()
            .find(|p| {
                p["from"].as_str().is_some_and(|f| f <= date)
                    && p["to"].as_str().is_none_or(|t| date < t)
            })
            .map(|p| {
                (
                    p["version"].as_str().unwrap_or("").to_string(),
                    p["text_locale"].as_str().unwrap_or("").to_string(),
                )
            })
    };
    assert_eq!(on("2025-03-15"), Some(("2025-01-01".into(), "fr".into())));
    assert_eq!(
        on("2025-07-01"),
        Some(("2025-06-01".into(), "en".into())),
        "untranslated: the English text applied"
    );
    assert_eq!(on("2024-12-31"), None);
}
