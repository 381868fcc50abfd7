//! What is left to translate, said before readers notice (issue 16): upcoming versions a locale
//! lacks, in `status` and `check`; where site.yaml lists its locales, the line to add one to;
//! and where `locales extract` says untranslated messages show.

use crate::support::SiteTest;

const UPCOMING: &str = "content/privacy/2026-09-01.en.md";
const WARNING: &str = "content/privacy/2026-09-01.en.md: warning: from 2026-09-01, fr readers will see the English text\n  help: translate it into content/privacy/2026-09-01.fr.md before 2026-09-01";

/// The two-locales site with the current privacy version translated: what is left is the
/// upcoming version of 2026-09-01, which has no French text.
fn upcoming_untranslated() -> SiteTest {
    SiteTest::fixture("two-locales")
        .write(
            "content/privacy/2026-02-01.fr.md",
            "---\ntitle: Confidentialité\nsummary: Nouveau texte.\n---\n## Vos droits\n\nTexte.\n",
        )
        .clock("2026-06-01")
}

#[test]
fn an_upcoming_version_nobody_translated_is_said_before_its_date() {
    let site = upcoming_untranslated();
    let status = site.run(&["status", "--today", "2026-06-01"]).success();
    let lines = status.table_lines();
    for expected in [
        "policy locale current source translation upcoming",
        "privacy fr 2026-02-01 up to date from 2026-09-01, fr readers will see the English text",
        "terms fr 2026-01-01 up to date",
    ] {
        assert!(
            lines.iter().any(|l| l == expected),
            "no line {expected:?} in:\n{}",
            status.stdout
        );
    }
    site.build("2026-06-01").stderr_has(WARNING);
    let check = site.run(&["check", "--today", "2026-06-01"]).success();
    assert_eq!(check.stderr, format!("{WARNING}\n"), "the only warning");
    site.run(&["check", "--today", "2026-06-01", "--strict"])
        .code(1)
        .error_line(&format!(
            "{UPCOMING}: error: from 2026-09-01, fr readers will see the English text"
        ));
    site.run(&["build", "--today", "2026-06-01", "--strict"])
        .code(1)
        .error_line(&format!(
            "{UPCOMING}: error: from 2026-09-01, fr readers will see the English text"
        ));

    // Translated: nothing left, in either.
    let site = site.write(
        "content/privacy/2026-09-01.fr.md",
        "---\ntitle: Confidentialité\nsummary: Nouveau délégué.\n---\n## Vos droits\n\nTexte.\n",
    );
    site.build("2026-06-01");
    site.run(&["check", "--today", "2026-06-01", "--strict"])
        .success();
    let status = site.run(&["status", "--today", "2026-06-01"]).success();
    assert!(
        status
            .table_lines()
            .iter()
            .any(|l| l == "privacy fr 2026-02-01 up to date"),
        "{}",
        status.stdout
    );
}

/// On its date the version is current: the warning about the current version takes over, and
/// the upcoming one is not said as well. A check that failed the day before fails the same way.
#[test]
fn an_untranslated_version_is_reported_once_as_its_date_comes() {
    let site = upcoming_untranslated().clock("2026-09-01");
    site.build("2026-09-01");
    let check = site.run(&["check", "--today", "2026-09-01"]).success();
    assert!(
        check.stderr.contains(
            "content/privacy/2026-09-01.en.md: warning: the current version has no `fr` translation"
        ),
        "{}",
        check.stderr
    );
    assert!(!check.stderr.contains("will see"), "{}", check.stderr);
    let status = site.run(&["status", "--today", "2026-09-01"]).success();
    assert!(
        status
            .table_lines()
            .iter()
            .any(|l| l == "privacy fr 2026-09-01 stale since 2026-09-01 (translates 2026-02-01)"),
        "{}",
        status.stdout
    );
}

/// A scheduled version (announced later than today) is published nowhere, but its translator
/// hears of it now, with its announcement date: the check does not start failing on that day.
#[test]
fn a_scheduled_version_is_reported_with_its_announcement() {
    let site = upcoming_untranslated().write(
        UPCOMING,
        "---\ntitle: Privacy Policy\nsummary: A new officer.\nannounced: 2026-07-01\n---\n## Your rights {#rights}\n\nText.\n",
    );
    let message = "from 2026-09-01, fr readers will see the English text (the version is announced on 2026-07-01)";
    site.build("2026-06-01");
    site.run(&["check", "--today", "2026-06-01"])
        .success()
        .error_line(&format!("{UPCOMING}: warning: {message}"));
    site.run(&["check", "--today", "2026-06-01", "--strict"])
        .code(1)
        .error_line(&format!("{UPCOMING}: error: {message}"));
    let status = site.run(&["status", "--today", "2026-06-01"]).success();
    assert!(
        status
            .table_lines()
            .iter()
            .any(|l| l == &format!("privacy fr 2026-02-01 up to date {message}")),
        "{}",
        status.stdout
    );
}

const DE_TERMS: &str = "content/terms/2026-01-01.de.md";

fn with_german(site_yaml: &str) -> SiteTest {
    SiteTest::fixture("two-locales")
        .write(
            DE_TERMS,
            "---\ntitle: AGB\n---\n## Cookies\n\nWir verwenden Cookies.\n",
        )
        .write("site.yaml", site_yaml)
}

/// Issue 16, point 6: a site that lists its locales says which line to add a new one to, in
/// the style the list is written in.
#[test]
fn an_unlisted_locale_names_the_line_to_add_it_to() {
    let flow = with_german(
        "title: Example Co\nbase_url: https://example.com/legal/\n\nlocales: [en, fr]  # ours\n",
    );
    let outcome = flow.run(&["check", "--today", "2026-06-01"]).code(1);
    assert!(
        outcome.stderr.contains(&format!(
            "{DE_TERMS}: error: locale `de` is not listed in site.yaml\n  help: add `de` to `locales` in site.yaml (line 4): locales: [en, fr, de]; or remove this file\n"
        )),
        "{}",
        outcome.stderr
    );
    let block = with_german("title: Example Co\nlocales:\n  - en\n  # French\n  - fr\n");
    let outcome = block.run(&["build", "--today", "2026-06-01"]).code(1);
    assert!(
        outcome.stderr.contains(&format!(
            "{DE_TERMS}: error: locale `de` is not listed in site.yaml\n  help: add `de` to `locales` in site.yaml (line 2): the line `  - de` after line 5; or remove this file\n"
        )),
        "{}",
        outcome.stderr
    );
    // The default locale missing from the list: the same line.
    let outcome = SiteTest::fixture("two-locales")
        .write("site.yaml", "default_locale: en\nlocales: [fr]\n")
        .run(&["check", "--today", "2026-06-01"])
        .code(1);
    assert!(
        outcome.stderr.contains(
            "site.yaml:2:1: error: `locales` does not list the default locale `en`\n  help: add `en` to `locales` in site.yaml (line 2): locales: [fr, en], or change `default_locale`\n"
        ),
        "{}",
        outcome.stderr
    );
}

/// Issue 16, point 5: the skeleton's header says where an untranslated message shows: the
/// next language of the chain with strings, not always English.
#[test]
fn extract_says_which_language_untranslated_messages_show_in() {
    let site = SiteTest::fixture("two-locales").write(
        "site.yaml",
        "default_locale: fr\nlocales: [fr, en, pt-BR]\n",
    );
    site.run(&["locales", "extract", "pt-BR"]).success();
    let text = site.read("locales/pt-BR.ftl");
    assert!(
        text.contains(
            "# Messages left commented out show in `fr`, else in `en`.\n\
             # Messages without `#` are those `pt-BR` readers already see, from the strings of\n\
             # `pt`: adjust them, or delete them to keep those.\n"
        ),
        "{text}"
    );
    // No Esperanto built in: nothing is uncommented.
    site.run(&["locales", "extract", "eo"]).success();
    let text = site.read("locales/eo.ftl");
    assert!(
        text.contains("# Messages left commented out show in `fr`, else in `en`.\n\n"),
        "{text}"
    );
}
