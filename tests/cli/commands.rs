//! `new`, `status`, `init` and `locales extract` (issue 5, points 3–5; issue 6, point 3).

use crate::support::SiteTest;

#[test]
fn new_starts_a_version_from_the_latest_source_text_and_never_overwrites() {
    let site = SiteTest::fixture("two-locales");
    let outcome = site
        .run(&["new", "privacy", "--date", "2027-01-01"])
        .success();
    assert!(
        outcome.stdout.contains(
            "created content/privacy/2027-01-01.en.md from content/privacy/2026-09-01.en.md"
        ),
        "{}",
        outcome.stdout
    );
    let text = site.read("content/privacy/2027-01-01.en.md");
    assert!(
        text.starts_with("---\ntitle: \"Privacy Policy\"\nupdated: 2027-01-01\nsummary: \"\""),
        "{text}"
    );
    assert!(
        text.ends_with("Write to our data protection officer.\n"),
        "the latest text's body: {text}"
    );
    // It builds, and check asks for the summary.
    site.build("2026-06-01");
    site.run(&["check", "--today", "2026-06-01"])
        .success()
        .stderr_has("content/privacy/2027-01-01.en.md:1:1: warning: this version has no `summary`");
    site.run(&["new", "privacy", "--date", "2027-01-01"])
        .code(2)
        .stderr_has("already exists");
    site.run(&["new", "privacy", "--date", "2026-12-01"])
        .code(2)
        .stderr_has("must take effect after the latest one (2027-01-01)");
    site.run(&["new", "nonexistent"])
        .code(2)
        .stderr_has("there is no policy `nonexistent`; the policies are: privacy, terms");
    site.run(&["new", "privacy", "--date", "someday"]).code(2);
}

/// Issue 14: a wrong `--date` is blamed on `--date`, not on `--today`.
#[test]
fn new_names_the_date_flag_it_rejects() {
    let site = SiteTest::fixture("two-locales");
    let outcome = site
        .run(&["new", "privacy", "--date", "2027-13-01"])
        .code(2)
        .stderr_has("error: --date: `2027-13-01` is not a day of the calendar")
        .stderr_has("YYYY-MM-DD");
    assert!(!outcome.stderr.contains("--today"), "{}", outcome.stderr);
}

#[test]
fn status_shows_what_is_left_to_translate() {
    let site = SiteTest::fixture("two-locales").write(
        "content/terms/2026-01-01.de.md",
        "---\ntitle: AGB\n---\n## Cookies\n\nWir verwenden Cookies.\n",
    );
    let outcome = site.run(&["status", "--today", "2026-06-01"]).success();
    let lines = outcome.table_lines();
    for expected in [
        "privacy fr 2026-02-01 stale since 2026-02-01 (translates 2025-01-01) \
         from 2026-09-01, fr readers will see the English text",
        "privacy de 2026-02-01 missing from 2026-09-01, de readers will see the English text",
        "terms fr 2026-01-01 up to date",
        "terms de 2026-01-01 up to date",
        "fr 67/67 (100%)",
        "de 67/67 (100%)",
    ] {
        assert!(
            lines.iter().any(|l| l == expected),
            "no line {expected:?} in:\n{}",
            outcome.stdout
        );
    }
}

#[test]
fn init_scaffolds_a_site_that_builds_at_once_and_refuses_a_non_empty_folder() {
    // 2026-05-28: the example policy takes effect 30 days later, and says so.
    let site = SiteTest::empty().clock("2026-05-28");
    let created = site.run(&["init", "new-site"]).success();
    assert!(site.exists("new-site/content/privacy/2026-06-27.en.md"));
    assert!(
        created
            .stdout
            .contains("takes effect on 2026-06-27: until then its text may change freely"),
        "{}",
        created.stdout
    );
    let ignored = site.read("new-site/.gitignore");
    assert_eq!(
        ignored.lines().collect::<Vec<_>>(),
        ["/public", "/.public.redline-*", "/.redline-build-lock"],
        "the output and redline's working folders beside it"
    );
    let built = site.run(&["build", "--root", "new-site"]).success();
    assert!(built.stdout.contains("built"), "{}", built.stdout);
    // Written today, in force in 30 days: the page says both, neither in the past nor ahead.
    let page = site.html("new-site/public/en/privacy/2026-06-27/index.html");
    assert_eq!(
        page.texts(".policy-dates div"),
        ["Last updated:May 28, 2026", "Takes effect:June 27, 2026"]
    );
    site.run(&["check", "--root", "new-site", "--strict"])
        .success();
    let site = site.clock("2026-07-01");
    site.run(&["build", "--root", "new-site"]).success();
    let page = site.html("new-site/public/en/privacy/index.html");
    assert_eq!(
        page.texts(".policy-dates div"),
        ["Last updated:May 28, 2026", "In effect since:June 27, 2026"]
    );
    site.run(&["init", "new-site"])
        .code(2)
        .stderr_has("is not empty");
}

/// Issue 13, point 12: the first build does not lock the placeholder text; the newcomer makes
/// it the company's own, and CI's locked build on its date publishes exactly that.
#[test]
fn inits_sample_can_be_rewritten_after_the_first_build() {
    let site = SiteTest::empty().clock("2026-05-28");
    site.run(&["init", "new-site"]).success();
    site.run(&["build", "--root", "new-site"]).success();
    let sample = "new-site/content/privacy/2026-06-27.en.md";
    let own = site.read(sample).replace(
        "Example Company is the controller",
        "Halentra SAS is the controller",
    );
    let site = site.write(sample, own);
    site.run(&["build", "--root", "new-site"]).success();
    site.run(&["check", "--root", "new-site", "--strict"])
        .success();
    let site = site.clock("2026-06-27");
    site.run(&["build", "--root", "new-site", "--locked"])
        .success();
    assert!(
        site.read("new-site/public/en/privacy/index.html")
            .contains("Halentra SAS is the controller")
    );
}

#[test]
fn extract_writes_a_skeleton_for_a_translator() {
    let site = SiteTest::fixture("two-locales");
    let written = site.run(&["locales", "extract", "eo"]).success();
    assert!(
        written.stdout.contains("67 messages, 0 already translated"),
        "{}",
        written.stdout
    );
    let text = site.read("locales/eo.ftl");
    assert!(
        text.contains(
            "# en: skip-to-content = Skip to content\n#skip-to-content = Skip to content\n"
        ),
        "{text}"
    );
    // Commented out until translated: the site builds and shows English meanwhile.
    site.build("2026-06-01");
    let site = site.write(
        "locales/eo.ftl",
        text.replace(
            "#skip-to-content = Skip to content",
            "skip-to-content = Salti al la enhavo",
        ),
    );
    site.run(&["locales", "extract", "eo"])
        .code(1)
        .stderr_has("already exists");
    site.run(&["locales", "extract", "de"]).success();
    let de = site.read("locales/de.ftl");
    assert!(
        de.contains("skip-to-content = Zum Inhalt springen"),
        "built-in German is prefilled"
    );
    assert!(de.contains("words-added = { $count ->\n"), "{de}");
    site.run(&["check", "--today", "2026-06-01"]).success();
    // A site that lists its locales publishes only those: the translator is told what to add.
    assert!(
        !written.stdout.contains("add `eo`"),
        "nothing to list: {}",
        written.stdout
    );
    let listed = site.write("site.yaml", "title: Example\nlocales: [en, fr]\n");
    let told = listed.run(&["locales", "extract", "ca"]).success();
    assert!(
        told.stdout.contains(
            "translate the rest, add `ca` to `locales` in site.yaml (line 2): locales: [en, fr, ca], then preview"
        ),
        "{}",
        told.stdout
    );
}
