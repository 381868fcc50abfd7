//! What is left to translate, said before readers notice (issue 16): upcoming versions a locale
//! lacks, in `status` and `check`; where site.yaml lists its locales, the line to add one to;
//! and where `locales extract` says untranslated messages show.

use crate::support::SiteTest;

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
    site.run(&["locales", "extract", "sv"]).success();
    let text = site.read("locales/sv.ftl");
    assert!(
        text.contains("# Messages left commented out show in `fr`, else in `en`.\n\n"),
        "{text}"
    );
}
