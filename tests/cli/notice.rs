//! `redline notice` (issue 17): the announcement of a policy's next upcoming version, as
//! Markdown for an e-mail or a banner, in the reader's language, with absolute links.

use crate::support::SiteTest;

const UPCOMING: &str = "content/privacy/2026-09-01.en.md";

/// The notice of the privacy policy's next version for French readers, as of 2026-06-01.
const FRENCH_NOTICE: &[&str] = &[
    "notice",
    "privacy",
    "--locale",
    "fr",
    "--today",
    "2026-06-01",
];

/// The two-locales site: privacy has versions 2025-01-01 (en, fr), 2026-02-01 (en only) and
/// 2026-09-01 (en only), and `base_url: https://example.com/legal/`.
fn two_locales() -> SiteTest {
    SiteTest::fixture("two-locales")
}

/// The two-locales site with the upcoming privacy version's front matter ending in `front`.
fn upcoming_with(front: &str) -> SiteTest {
    two_locales().write(
        UPCOMING,
        format!(
            "---\ntitle: Privacy Policy\nsummary: Names our new data protection officer.\n{front}---\n## Your rights {{#rights}}\n\nYou may ask for a copy of your data.\n"
        ),
    )
}

#[test]
fn announces_the_next_version_in_the_default_locale() {
    let out = two_locales()
        .run(&["notice", "privacy", "--today", "2026-06-01"])
        .success()
        .stdout;
    assert!(out.starts_with("# Privacy Policy\n"), "{out}");
    for expected in [
        "This policy changes on September 1, 2026.",
        "This is not a material change.",
        "**Summary:** Names our new data protection officer.",
        "[See what changes](https://example.com/legal/en/privacy/changes/2026-09-01/)",
        "[Read the new text](https://example.com/legal/en/privacy/2026-09-01/)",
    ] {
        assert!(out.contains(expected), "lacks {expected:?}:\n{out}");
    }
    assert!(!out.contains("not been translated"), "{out}");
    assert!(!out.contains("Material change"), "{out}");
}

#[test]
fn announces_the_source_text_under_a_notice_where_the_locale_has_no_translation() {
    let out = two_locales().run(FRENCH_NOTICE).success().stdout;
    for expected in [
        // The locale's own title (issue 16), the English summary under the notice, French
        // sentences and dates.
        "# Politique de confidentialité",
        "> Ce texte n’est pas encore traduit en français. Vous lisez le texte original (anglais).",
        "Cette politique change le 1 septembre 2026.",
        "Cette modification n’est pas substantielle.",
        "Names our new data protection officer.",
        "[Voir ce qui change](https://example.com/legal/fr/privacy/changes/2026-09-01/)",
        "[Lire le nouveau texte](https://example.com/legal/fr/privacy/2026-09-01/)",
    ] {
        assert!(out.contains(expected), "lacks {expected:?}:\n{out}");
    }
}

#[test]
fn uses_the_locales_own_translation_where_there_is_one() {
    let out = upcoming_with("")
        .write(
            "content/privacy/2026-09-01.fr.md",
            "---\ntitle: Politique de confidentialité\nsummary: Nomme notre nouveau délégué à la protection des données.\n---\n## Vos droits {#rights}\n\nVous pouvez demander une copie de vos données.\n",
        )
        .run(&["notice", "privacy", "--locale", "fr", "--today", "2026-06-01"])
        .success()
        .stdout;
    assert!(out.starts_with("# Politique de confidentialité\n"), "{out}");
    assert!(out.contains("Nomme notre nouveau délégué"), "{out}");
    assert!(!out.contains("pas encore traduit"), "{out}");
}

#[test]
fn marks_a_material_change() {
    let out = upcoming_with("material: true\nannounced: 2026-05-01\n")
        .run(&["notice", "privacy", "--today", "2026-06-01"])
        .success()
        .stdout;
    assert!(
        out.contains("**Material change:** Please read the new text before it takes effect."),
        "{out}"
    );
    assert!(!out.contains("not a material change"), "{out}");
    let fr = upcoming_with("material: true\nannounced: 2026-05-01\n")
        .run(FRENCH_NOTICE)
        .success()
        .stdout;
    assert!(
        fr.contains("**Modification substantielle\u{202f}:** Veuillez lire"),
        "{fr}"
    );
}

#[test]
fn a_scheduled_version_is_not_announced() {
    let site = upcoming_with("material: true\nannounced: 2026-07-01\n");
    site.run(&["notice", "privacy", "--today", "2026-06-01"])
        .code(1)
        .stderr_has(
            "nothing to announce: `privacy` has no upcoming version announced as of 2026-06-01",
        );
    // From its announcement on, it is announced.
    let out = site
        .run(&["notice", "privacy", "--today", "2026-07-01"])
        .success()
        .stdout;
    assert!(out.contains("September 1, 2026"), "{out}");
    assert!(out.contains("Material change"), "{out}");
}

#[test]
fn nothing_upcoming_exits_1() {
    let outcome = two_locales()
        .run(&["notice", "privacy", "--today", "2026-10-01"])
        .code(1)
        .stderr_has("nothing to announce");
    assert!(outcome.stdout.is_empty(), "{}", outcome.stdout);
}

#[test]
fn an_unknown_policy_or_locale_names_what_exists() {
    let site = two_locales();
    site.run(&["notice", "cookies", "--today", "2026-06-01"])
        .code(2)
        .stderr_has("there is no policy `cookies`; the policies are: privacy, terms");
    site.run(&[
        "notice",
        "privacy",
        "--locale",
        "de",
        "--today",
        "2026-06-01",
    ])
    .code(2)
    .stderr_has("there is no locale `de`; the locales are: en, fr");
}

#[test]
fn needs_an_absolute_base_url() {
    two_locales()
        .write("site.yaml", "title: Example Co\ndefault_locale: en\n")
        .run(&["notice", "privacy", "--today", "2026-06-01"])
        .code(1)
        .error_line("site.yaml: error: `base_url` is not an absolute URL")
        .stderr_has("help: an e-mail or a banner is read outside the site");
}
