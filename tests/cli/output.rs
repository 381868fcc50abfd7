//! The output folder: sitemap.xml, policies.json, the atomic swap, and byte-identical builds
//! (issue 2, points 7 and 8).

use crate::support::SiteTest;

#[test]
fn sitemap_lists_every_page_with_absolute_urls_and_alternates() {
    let site = SiteTest::fixture("two-locales");
    site.build("2026-06-01");
    let sitemap = site.read("public/sitemap.xml");
    let doc = roxmltree::Document::parse(&sitemap).expect("sitemap.xml is well-formed XML");
    let urls: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("loc"))
        .filter_map(|n| n.text())
        .collect();
    assert!(
        urls.iter()
            .all(|u| u.starts_with("https://example.com/legal/")),
        "{urls:?}"
    );
    for expected in [
        "https://example.com/legal/fr/privacy/",
        "https://example.com/legal/en/privacy/2026-09-01/",
        "https://example.com/legal/fr/",
    ] {
        assert!(urls.contains(&expected), "{expected} missing from {urls:?}");
    }
    let url = doc
        .descendants()
        .find(|n| {
            n.has_tag_name("url")
                && n.children().any(|c| {
                    c.has_tag_name("loc") && c.text() == Some("https://example.com/legal/fr/terms/")
                })
        })
        .expect("the French terms page");
    let alternates: Vec<(&str, &str)> = url
        .children()
        .filter(|c| c.has_tag_name("link"))
        .map(|c| {
            (
                c.attribute("hreflang").unwrap_or(""),
                c.attribute("href").unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        alternates,
        [
            ("en", "https://example.com/legal/en/terms/"),
            ("fr", "https://example.com/legal/fr/terms/"),
            ("x-default", "https://example.com/legal/en/terms/")
        ]
    );
}

#[test]
fn policies_json_lists_versions_locales_urls_and_source_hashes() {
    let site = SiteTest::fixture("two-locales");
    site.build("2026-06-01");
    let json: serde_json::Value =
        serde_json::from_str(&site.read("public/policies.json")).expect("valid JSON");
    let privacy = &json["policies"][0];
    assert_eq!(privacy["id"], "privacy");
    assert_eq!(privacy["current"], "2026-02-01");
    let versions = privacy["versions"].as_array().expect("versions");
    let states: Vec<&str> = versions
        .iter()
        .map(|v| v["state"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(states, ["past", "current", "upcoming"]);
    let fr = &versions[0]["translations"][1];
    assert_eq!(fr["locale"], "fr");
    assert_eq!(
        fr["url"],
        "https://example.com/legal/fr/privacy/2025-01-01/"
    );
    let source =
        std::fs::read(site.root().join("content/privacy/2025-01-01.fr.md")).expect("source");
    assert_eq!(fr["blake3"], blake3::hash(&source).to_hex().as_str());
    assert_eq!(
        versions[1]["translations"][0]["shown_in"],
        serde_json::json!(["fr"])
    );
}

#[test]
fn base_url_flag_overrides_site_yaml() {
    let site = SiteTest::fixture("two-locales");
    site.run(&[
        "build",
        "--today",
        "2026-06-01",
        "--base-url",
        "http://127.0.0.1:8000/",
    ])
    .success();
    let page = site.html("public/en/terms/index.html");
    assert_eq!(
        page.attr("link[rel=canonical]", "href"),
        "http://127.0.0.1:8000/en/terms/"
    );
    assert_eq!(
        page.attr("link[rel=stylesheet]", "href"),
        "/static/style.css"
    );
}

#[test]
fn two_builds_of_the_same_input_are_byte_identical() {
    let site = SiteTest::fixture("two-locales");
    site.build("2026-06-01");
    let first = site.snapshot("public");
    site.build("2026-06-01");
    assert_eq!(first, site.snapshot("public"));
    // A fresh copy elsewhere gives the same bytes too: no absolute paths, no build times.
    let other = SiteTest::fixture("two-locales");
    other.build("2026-06-01");
    assert_eq!(first, other.snapshot("public"));
}

#[test]
fn a_failed_build_leaves_the_previous_output_untouched() {
    let site = SiteTest::fixture("two-locales");
    site.build("2026-06-01");
    let before = site.snapshot("public");
    let site = site.write(
        "content/terms/2026-01-01.en.md",
        "---\ntitle: Terms\nsumary: typo\n---\nText\n",
    );
    site.run(&["build", "--today", "2026-06-01"])
        .code(1)
        .stderr_has("the output folder was left as it was");
    assert_eq!(before, site.snapshot("public"));
    let leftovers: Vec<_> = std::fs::read_dir(site.root())
        .expect("list")
        .flatten()
        .map(|e| e.file_name())
        .filter(|n| n.to_string_lossy().contains(".redline-"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "staging folders left behind: {leftovers:?}"
    );
}

#[test]
fn a_good_build_replaces_the_output_whole_without_stale_files() {
    let site = SiteTest::fixture("two-locales");
    site.build("2026-06-01");
    let site = site
        .remove("content/terms")
        // Withdrawing a published policy is explicit: its lines leave redline.lock too.
        .remove("redline.lock")
        .write("public/stray.txt", "left by hand");
    site.build("2026-06-01");
    assert!(!site.exists("public/en/terms/index.html"));
    assert!(!site.exists("public/stray.txt"));
    assert!(site.exists("public/en/privacy/index.html"));
}

#[test]
fn output_folders_redline_did_not_write_are_never_replaced() {
    let site = SiteTest::fixture("two-locales")
        .write("elsewhere/Cargo.toml", "[package]\n")
        .write("a-file", "text");
    let before = site.snapshot("");
    for (output, why) in [
        (
            "elsewhere",
            "it holds files that an earlier redline build did not write",
        ),
        (".", "it is the site itself"),
        ("..", "it holds the site itself"),
        ("content", "it is one of the site's sources"),
        ("themes/default", "it is one of the site's sources"),
        ("a-file", "it is a file"),
    ] {
        site.run(&["build", "--today", "2026-06-01", "--output", output])
            .code(2)
            .stderr_has(why);
    }
    assert_eq!(before, site.snapshot(""), "nothing was touched");
    let site = site.write("site.yaml", "output: content\n");
    site.run(&["build", "--today", "2026-06-01"])
        .code(2)
        .stderr_has("the site's sources");
    // An empty folder, or one an earlier build wrote, is fine.
    std::fs::create_dir(site.root().join("empty")).expect("create a folder");
    for _ in 0..2 {
        site.run(&["build", "--today", "2026-06-01", "--output", "empty"])
            .success();
    }
    assert!(site.exists("empty/.redline-output"));
}

/// Replacing the previous output deletes it in parallel; a link inside it to a folder elsewhere
/// is removed as a link, and what it points to is left alone.
#[test]
fn replacing_the_output_never_follows_a_link_out_of_it() {
    let site = SiteTest::fixture("two-locales");
    site.build("2026-06-01");
    let outside = tempfile::tempdir().expect("a folder outside the site");
    std::fs::write(outside.path().join("keep.txt"), "not redline's").expect("write");
    std::os::unix::fs::symlink(outside.path(), site.root().join("public/en/linked"))
        .expect("symlink");
    site.build("2026-06-01");
    assert!(
        !site.root().join("public/en/linked").exists(),
        "the link went with the previous output"
    );
    assert_eq!(
        std::fs::read_to_string(outside.path().join("keep.txt")).expect("still there"),
        "not redline's"
    );
    assert!(site.exists("public/en/privacy/index.html"));
}
