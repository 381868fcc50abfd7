//! `redline check` (issue 5, point 1): build's validation without writing, plus links and
//! anchors, Fluent files against English, translation coverage, overdue reviews and missing
//! summaries. Exit 0 with warnings, 1 with errors; `--strict` makes warnings errors.

use crate::support::SiteTest;

const TODAY: &str = "2026-06-01";

fn check(site: &SiteTest, extra: &[&str]) -> crate::support::Outcome {
    let mut args = vec!["check", "--today", TODAY];
    args.extend_from_slice(extra);
    let outcome = site.run(&args);
    assert!(!site.exists("public"), "check never writes the site");
    outcome
}

/// The two-locales fixture with every warning it has resolved, so each test adds one problem.
fn clean_site() -> SiteTest {
    SiteTest::fixture("two-locales")
        .write("content/privacy/2026-02-01.fr.md", "---\ntitle: Politique\nsummary: Droit à l’effacement.\n---\n## Vos droits {#rights}\n\nEffacement.\n")
        .write("content/privacy/2026-09-01.fr.md", "---\ntitle: Politique\nsummary: DPO.\n---\n## Vos droits {#rights}\n\nDPO.\n")
}

/// `site` with the redline.lock its build records, as committed (`check` reports a missing one).
fn with_lock(site: SiteTest) -> SiteTest {
    site.build(TODAY);
    site.remove("public")
}

#[test]
fn a_clean_site_passes_with_its_links_checked() {
    let site = with_lock(clean_site());
    let outcome = check(&site, &["--strict"]).success();
    assert!(
        outcome
            .stdout
            .lines()
            .last()
            .unwrap_or("")
            .starts_with("check passed:"),
        "{}",
        outcome.stdout
    );
    // `<https://example.com>` leads to the company's site, beside the policies.
    assert!(
        outcome
            .stdout
            .starts_with("1 link to the rest of example.com was not checked\n"),
        "{}",
        outcome.stdout
    );
}

#[test]
fn broken_links_and_anchors_name_the_markdown_that_holds_them() {
    let page = "content/terms/2026-01-01.en.md";
    let site = clean_site().write(
        page,
        "---\ntitle: Terms\n---\n## Cookies\n\nSee [privacy](../privacy/#right), [gone](../refunds/), [top](#cookie), [ok](/en/privacy/2025-01-01/#rights), [web](https://example.invalid/nowhere) and [mail](mailto:a@b.c).\n",
    );
    check(&site, &[])
        .code(1)
        .error_line("content/terms/2026-01-01.en.md:6:5: error: the link `../privacy/#right` leads to #right on /en/privacy/, which has no such anchor")
        .stderr_has("did you mean `#rights`?")
        .error_line("content/terms/2026-01-01.en.md:6:35: error: the link `../refunds/` leads to /en/refunds/, which is not a page of the site")
        .error_line("content/terms/2026-01-01.en.md:6:56: error: the link `#cookie` leads to #cookie on /en/terms/2026-01-01/")
        .stderr_has("did you mean `#cookies`?");
}

#[test]
fn links_to_the_rest_of_the_host_are_counted_not_checked() {
    // base_url: https://example.com/legal/
    let page = "content/terms/2026-01-01.en.md";
    let site = clean_site().write(
        page,
        "---\ntitle: Terms\n---\n## Cookies\n\n\
         See [pricing](/pricing), [billing](/docs/billing#plans), [home](https://example.com/), \
         [more](/legalese).\n\n\
         Ours: [privacy](/legal/en/privacy/#rights), [abs](https://example.com/legal/fr/privacy/), \
         [gone](/legal/en/refunds/), [gone too](https://example.com/legal/en/nothing/), \
         [elsewhere](https://example.org/pricing).\n",
    );
    let site = with_lock(site);
    let outcome = check(&site, &["--strict"])
        .code(1)
        .error_line("content/terms/2026-01-01.en.md:8:91: error: the link `/legal/en/refunds/` leads to /en/refunds/, which is not a page of the site")
        .error_line("content/terms/2026-01-01.en.md:8:119: error: the link `https://example.com/legal/en/nothing/` leads to /en/nothing/, which is not a page of the site");
    assert_eq!(
        outcome.stderr.matches("error:").count(),
        2,
        "only the links into the site are checked:\n{}",
        outcome.stderr
    );
    assert_eq!(
        outcome.stdout,
        "5 links to the rest of example.com were not checked\n"
    );
    // Published as written: a browser reads them on the host.
    site.build(TODAY);
    let html = site.html("public/en/terms/index.html");
    assert_eq!(html.count(".policy-body a[href='/pricing']"), 1);
    // At the host's root, every path is the site's: `/pricing` is checked.
    let site = clean_site()
        .write(
            "site.yaml",
            "title: Example Co\nbase_url: https://example.com\n",
        )
        .write(
            page,
            "---\ntitle: Terms\n---\n## Cookies\n\nSee [pricing](/pricing).\n",
        );
    check(&site, &[]).code(1).error_line(
        "content/terms/2026-01-01.en.md:6:5: error: the link `/pricing` leads to /pricing, which is not a page of the site",
    );
}

#[test]
fn fluent_files_are_checked_against_the_english_messages() {
    let site = clean_site().write(
        "locales/fr.ftl",
        "last-updated = Mis à jour\nlast-updatd = Typo\nupcoming-notice = Le { $jour }\n",
    );
    check(&site, &[])
        .code(1)
        .error_line("locales/fr.ftl:2:1: error: `last-updatd` is not a message of the English strings")
        .stderr_has("did you mean `last-updated`?")
        .error_line("locales/fr.ftl:3:1: error: `upcoming-notice` uses `$jour`, which the English message does not have")
        .stderr_has("it gets $date");
    // `build` refuses them too: readers would see `{$jour}` (issue 16, point 4).
    site.run(&["build", "--today", "2026-06-01"])
        .code(1)
        .error_line("locales/fr.ftl:2:1: error: `last-updatd` is not a message of the English strings")
        .error_line("locales/fr.ftl:3:1: error: `upcoming-notice` uses `$jour`, which the English message does not have");
    assert!(!site.exists("public"), "nothing is published");
    let site = clean_site().write(
        "locales/eo.ftl",
        "language-name = Esperanto\nlast-updated = Laste ĝisdatigita\n",
    );
    let outcome = check(&site, &[]).success();
    assert!(
        outcome.stderr.contains("locales/eo.ftl: warning: "),
        "{}",
        outcome.stderr
    );
    assert!(
        outcome.stderr.contains("messages are not translated: "),
        "{}",
        outcome.stderr
    );
}

#[test]
fn a_missing_translation_is_a_warning_and_an_error_under_strict() {
    let site = clean_site().remove("content/privacy/2026-02-01.fr.md");
    check(&site, &[]).success().stderr_has(
        "content/privacy/2026-02-01.en.md: warning: the current version has no `fr` translation",
    );
    check(&site, &["--strict"]).code(1).error_line(
        "content/privacy/2026-02-01.en.md: error: the current version has no `fr` translation",
    );
}

#[test]
fn strict_still_checks_links_in_the_same_run() {
    let site = clean_site()
        .remove("content/privacy/2026-02-01.fr.md")
        .write(
            "content/terms/2026-01-01.en.md",
            "---\ntitle: Terms\n---\n## Cookies\n\nSee [gone](../refunds/).\n",
        );
    check(&site, &["--strict"])
        .code(1)
        .error_line("content/privacy/2026-02-01.en.md: error: the current version has no `fr` translation")
        .error_line("content/terms/2026-01-01.en.md:6:5: error: the link `../refunds/` leads to /en/refunds/");
}

#[test]
fn overdue_reviews_and_missing_summaries_are_warnings() {
    let site = clean_site();
    // Terms took effect 2026-01-01, privacy's current version 2026-09-01.
    let outcome = site.run(&["check", "--today", "2027-03-01"]).success();
    assert!(
        !outcome.stderr.contains("content/privacy/"),
        "privacy is less than a year old: {}",
        outcome.stderr
    );
    outcome
        .error_line("content/terms/2026-01-01.en.md: warning: the current version has been in effect since 2026-01-01, more than 365 days ago")
        .stderr_has("redline new terms");
    site.run(&["check", "--today", "2027-10-01"])
        .success()
        .error_line("content/privacy/2026-09-01.en.md: warning: the current version has been in effect since 2026-09-01");
    let site = clean_site().write(
        "content/terms/2026-05-01.en.md",
        "---\ntitle: Terms\n---\n## Cookies\n\nWe use cookies.\n",
    );
    check(&site, &[])
        .success()
        .error_line("content/terms/2026-05-01.en.md:1:1: warning: this version has no `summary`");
}

#[test]
fn time_alone_never_fails_strict() {
    let site = with_lock(clean_site());
    // No commit since: the terms (2026-01-01) have only grown old.
    site.run(&["check", "--today", "2027-03-01", "--strict"])
        .success()
        .error_line("content/terms/2026-01-01.en.md: warning: the current version has been in effect since 2026-01-01, more than 365 days ago")
        .stderr_has("`review_after_days` in site.yaml sets when to remind (0: never)");
    let yaml = site.read("site.yaml");
    let site = site.write("site.yaml", format!("{yaml}review_after_days: 0\n"));
    let outcome = site
        .run(&["check", "--today", "2030-03-01", "--strict"])
        .success();
    assert!(
        !outcome.stderr.contains("in effect since"),
        "{}",
        outcome.stderr
    );
    let site = site.write("site.yaml", format!("{yaml}review_after_days: 100\n"));
    check(&site, &["--strict"]).success().error_line(
        "content/terms/2026-01-01.en.md: warning: the current version has been in effect since 2026-01-01, more than 100 days ago",
    );
}

#[test]
fn everything_build_rejects_check_rejects() {
    let site = clean_site().write(
        "content/terms/2026-01-01.en.md",
        "---\ntitle: T\nsumary: x\n---\nText\n",
    );
    check(&site, &[])
        .code(1)
        .error_line("content/terms/2026-01-01.en.md:3:1: error: unknown field `sumary`")
        .stderr_has("check failed");
}
