//! Bad input, one case at a time: every problem is reported as `path:line:col: error: …` with
//! what to do, all problems of a run at once, exit code 1; wrong usage exits 2; nothing panics
//! and nothing is written (issue 2, point 9).

use crate::support::SiteTest;

/// Builds, expects exit code 1 and no output folder, and returns stderr.
#[track_caller]
fn fails(site: &SiteTest) -> crate::support::Outcome {
    let outcome = site.run(&["build", "--today", "2026-06-01"]).code(1);
    assert!(!outcome.stderr.contains("panicked"), "{}", outcome.stderr);
    assert!(!site.exists("public"), "a failed build wrote public/");
    assert!(
        outcome.stderr.contains("  help: "),
        "every error says what to do:\n{}",
        outcome.stderr
    );
    outcome
}

const PAGE: &str = "content/terms/2026-01-01.en.md";

#[test]
fn unknown_front_matter_key_names_file_line_and_suggestion() {
    let site =
        SiteTest::fixture("minimal").write(PAGE, "---\ntitle: Terms\nsumary: oops\n---\nText\n");
    fails(&site)
        .error_line("content/terms/2026-01-01.en.md:3:1: error: unknown field `sumary`")
        .stderr_has("help: did you mean `summary`?");
}

#[test]
fn unknown_keys_in_site_yaml_and_policy_yaml() {
    let site = SiteTest::fixture("minimal").write("site.yaml", "title: X\nbase_ulr: https://x\n");
    fails(&site)
        .error_line("site.yaml:2:1: error: unknown field `base_ulr`")
        .stderr_has("did you mean `base_url`?");
    let site =
        SiteTest::fixture("minimal").write("content/terms/policy.yaml", "order: 1\ntitel: T\n");
    fails(&site).error_line("content/terms/policy.yaml:2:1: error: unknown field `titel`");
}

#[test]
fn unclosed_front_matter() {
    let site = SiteTest::fixture("minimal").write(PAGE, "---\ntitle: Terms\n\n## Section\n");
    fails(&site).error_line("content/terms/2026-01-01.en.md:1:1: error: the front matter opened on line 1 is never closed");
}

#[test]
fn invalid_utf8_points_at_the_first_bad_byte() {
    let site = SiteTest::fixture("minimal").write(
        PAGE,
        b"---\ntitle: Terms\n---\nCaf\xe9 au lait\n".as_slice(),
    );
    fails(&site)
        .error_line("content/terms/2026-01-01.en.md:4:4: error: the file is not valid UTF-8");
}

#[test]
fn impossible_date_in_front_matter() {
    let site = SiteTest::fixture("minimal")
        .write(PAGE, "---\ntitle: Terms\nupdated: 2026-02-30\n---\nText\n");
    fails(&site)
        .error_line("content/terms/2026-01-01.en.md:3:")
        .stderr_has("`2026-02-30` is not a day of the calendar");
}

#[test]
fn duplicate_keys() {
    let site =
        SiteTest::fixture("minimal").write(PAGE, "---\ntitle: Terms\ntitle: Again\n---\nText\n");
    fails(&site)
        .error_line("content/terms/2026-01-01.en.md:3:1: error: duplicate mapping key `title`")
        .stderr_has("help: each key may appear only once");
}

#[test]
fn yaml_errors_speak_to_the_legal_team_at_file_line_col() {
    // Chosen by the kind of serde-saphyr's error, not by its wording, which named Rust types
    // ("invalid u32") and serde-saphyr's own options ("set DuplicateKeyPolicy").
    let site = SiteTest::fixture("minimal").write("site.yaml", "title: X\nallow_html: maybe\n");
    fails(&site)
        .error_line("site.yaml:2:13: error: this value is neither true nor false")
        .stderr_has("help: write `true` or `false`");
    let site = SiteTest::fixture("minimal").write("site.yaml", "review_after_days: soon\n");
    fails(&site).error_line("site.yaml:1:20: error: this value is not a whole number of 0 or more");
    let site = SiteTest::fixture("minimal").write("site.yaml", "title: X\n---\ntitle: Y\n");
    fails(&site)
        .error_line("site.yaml:3:1: error: this is a second YAML document, after a `---` or `...` line; only one is read");
}

#[test]
fn wrong_value_type() {
    let site = SiteTest::fixture("minimal").write(PAGE, "---\ntitle: [a, b]\n---\nText\n");
    fails(&site).error_line("content/terms/2026-01-01.en.md:2:8: error:");
}

#[test]
fn file_names_that_are_not_versions() {
    let site = SiteTest::fixture("minimal").write("content/terms/2026-13-01.en.md", "Text\n");
    fails(&site).error_line("content/terms/2026-13-01.en.md: error: in the file name, `2026-13-01` is not a day of the calendar");
    let site = SiteTest::fixture("minimal").write("content/terms/latest.en.md", "Text\n");
    fails(&site)
        .error_line("content/terms/latest.en.md: error: in the file name, `latest` is not a date");
    let site = SiteTest::fixture("minimal").write("content/terms/2026-03-01.md", "Text\n");
    fails(&site).error_line("content/terms/2026-03-01.md: error: the file name has no locale");
    let site =
        SiteTest::fixture("minimal").write("content/terms/2026-03-01.not_a_tag.md", "Text\n");
    fails(&site).error_line("content/terms/2026-03-01.not_a_tag.md: error: in the file name, `not_a_tag` is not a BCP 47 language tag");
    let site =
        SiteTest::fixture("minimal").write("content/Terms Of Use/2026-01-01.en.md", "Text\n");
    fails(&site).error_line("content/Terms Of Use: error: `Terms Of Use` cannot be a policy name");
}

#[test]
fn a_translation_without_source_text() {
    let site = SiteTest::fixture("minimal").write(
        "content/terms/2026-03-01.fr.md",
        "---\ntitle: Conditions\n---\nTexte\n",
    );
    fails(&site).error_line("content/terms/2026-03-01.fr.md: error: this translates version 2026-03-01, which has no en text");
}

#[test]
fn raw_html_is_an_error_at_its_line_unless_allowed() {
    let text = "---\ntitle: Terms\n---\n## Section\n\nSome <span class=\"x\">text</span>.\n";
    let site = SiteTest::fixture("minimal").write(PAGE, text);
    fails(&site)
        .error_line("content/terms/2026-01-01.en.md:6:6: error: raw HTML is not allowed")
        .stderr_has("allow_html: true");
    let site = SiteTest::fixture("minimal")
        .write(PAGE, text)
        .write("site.yaml", "allow_html: true\n");
    site.build("2026-06-01");
    assert_eq!(
        site.html("public/en/terms/index.html").text("span.x"),
        "text"
    );
}

#[test]
fn fluent_syntax_errors_name_the_ftl_file() {
    let site =
        SiteTest::fixture("minimal").write("locales/fr.ftl", "skip-to-content = Aller\n= broken\n");
    fails(&site).error_line("locales/fr.ftl:2:1: error: Fluent syntax");
}

/// Issue 14: a file that does not load does not hide the problems of the Fluent files.
#[test]
fn content_and_fluent_problems_are_reported_together() {
    let site = SiteTest::fixture("minimal")
        .write(PAGE, "---\ntitle: Terms\nsumary: oops\n---\nText\n")
        .write("locales/fr.ftl", "skip-to-content = { -no-such-term }\n");
    fails(&site)
        .error_line("content/terms/2026-01-01.en.md:3:1: error: unknown field `sumary`")
        .error_line("locales/fr.ftl:1:1: error: the message `skip-to-content` cannot be formatted");
}

/// Issue 14: an English text that fails to load has its own error; its translation does not
/// lack it, and says nothing.
#[test]
fn a_broken_source_text_does_not_orphan_its_translations() {
    for policy in ["privacy", "terms"] {
        let (source, translation) = (
            format!("content/{policy}/{}.en.md", date_of(policy)),
            format!("content/{policy}/{}.fr.md", date_of(policy)),
        );
        let site = SiteTest::fixture("two-locales")
            .write(&source, "---\ntitle: Terms\nsumary: oops\n---\nText\n");
        let outcome =
            fails(&site).error_line(&format!("{source}:3:1: error: unknown field `sumary`"));
        assert!(
            !outcome.stderr.contains(&translation) && !outcome.stderr.contains("no `en` file"),
            "the translation is blamed for its source's error:\n{}",
            outcome.stderr
        );
    }
    // Without the source file, the translation still says what it lacks.
    let site = SiteTest::fixture("two-locales").remove("content/privacy/2025-01-01.en.md");
    fails(&site).error_line(
        "content/privacy/2025-01-01.fr.md: error: this translates version 2025-01-01, which has no en text",
    );
}

/// The date of the two-locales fixture's translated version of `policy`.
fn date_of(policy: &str) -> &'static str {
    if policy == "privacy" {
        "2025-01-01"
    } else {
        "2026-01-01"
    }
}

#[test]
fn template_errors_name_the_template_file_and_line() {
    let site = SiteTest::fixture("minimal").write(
        "themes/default/templates/policies.html",
        "{% extends \"base.html\" %}\n{% block main %}\n{{ oops( }}\n{% endblock main %}\n",
    );
    fails(&site).error_line("themes/default/templates/policies.html:3:");
    let site = SiteTest::fixture("minimal").write(
        "themes/default/templates/policies.html",
        "{% extends \"base.html\" %}\n{% block main %}\n{{ nothing.here }}\n{% endblock main %}\n",
    );
    fails(&site).error_line("themes/default/templates/policies.html:3:");
}

#[test]
fn all_problems_of_a_run_are_reported_at_once() {
    let site = SiteTest::fixture("minimal")
        .write(PAGE, "---\ntitle: Terms\nsumary: oops\n---\nText\n")
        .write("content/privacy/2026-01-01.en.md", "---\ntitle: Privacy\n")
        .write("locales/fr.ftl", "= broken\n");
    let outcome = fails(&site);
    let errors: Vec<&str> = outcome
        .stderr
        .lines()
        .filter(|l| l.contains(": error: "))
        .collect();
    assert_eq!(errors.len(), 3, "{}", outcome.stderr);
    assert!(
        errors[0].starts_with("content/privacy/2026-01-01.en.md:1:1"),
        "sorted by path: {errors:?}"
    );
}

#[test]
fn wrong_usage_exits_2() {
    let site = SiteTest::fixture("minimal");
    site.run(&["build", "--today", "tomorrow"])
        .code(2)
        .stderr_has("--today: `tomorrow` is not a date");
    site.run(&["build", "--no-such-flag"]).code(2);
    site.run(&["build", "--root", "no/such/folder"])
        .code(2)
        .stderr_has("no such folder");
    site.run(&["frobnicate"]).code(2);
    SiteTest::fixture("minimal")
        .env("SOURCE_DATE_EPOCH", "yesterday")
        .run(&["build"])
        .code(2)
        .stderr_has("SOURCE_DATE_EPOCH");
    assert!(!site.exists("public"));
}

#[test]
fn an_empty_site_or_policy_says_what_to_add() {
    let site = SiteTest::empty().write("site.yaml", "title: Nothing yet\n");
    fails(&site).error_line("content: error: the site has no policies");
    let site = SiteTest::fixture("minimal").write("content/empty/policy.yaml", "order: 3\n");
    fails(&site).error_line("content/empty: error: this policy has no versions");
}

#[test]
fn odd_but_valid_inputs_do_not_panic() {
    for body in [
        "# Only a title\n",
        "\u{feff}---\ntitle: T\n---\nText",
        "[^x]\n\n[^x]: y\n",
        "| a |\n|---|\n",
    ] {
        let site = SiteTest::fixture("minimal").write(PAGE, body);
        let outcome = site.run(&["build", "--today", "2026-06-01"]);
        assert!(
            !outcome.stderr.contains("panicked"),
            "{body:?}: {}",
            outcome.stderr
        );
        assert_eq!(outcome.code, Some(0), "{body:?}: {}", outcome.stderr);
    }
}

#[test]
fn an_empty_version_is_an_error() {
    for body in [
        "",
        "---\n---\n",
        "\u{feff}---\ntitle: T\n---\n",
        "---\ntitle: T\n---",
        "---\ntitle: T\n---\n  \n\t\r\n\n",
    ] {
        let site = SiteTest::fixture("minimal").write(PAGE, body);
        fails(&site)
            .error_line("content/terms/2026-01-01.en.md: error: this version has no text")
            .stderr_has("help: write the policy's text after the front matter, or remove the file");
    }
}

#[test]
fn a_version_without_a_title_anywhere_warns() {
    let outcome = SiteTest::fixture("minimal")
        .write(PAGE, "Text\n")
        .build("2026-06-01")
        .error_line("content/terms/2026-01-01.en.md:1:1: warning: this version has no title: its pages are titled `terms`, the folder's name")
        .stderr_has("help: add `title: <the policy's name>` to its front matter, or `title:` to content/terms/policy.yaml for every version");
    assert!(
        outcome.stdout.contains("built 6 pages"),
        "{}",
        outcome.stdout
    );
    // A title in policy.yaml, or in the source text of the same version, is a title.
    let site = SiteTest::fixture("minimal")
        .write(PAGE, "Text\n")
        .write("content/terms/policy.yaml", "title: Terms\n");
    let outcome = site.build("2026-06-01");
    assert!(!outcome.stderr.contains("no title"), "{}", outcome.stderr);
    assert_eq!(site.html("public/en/terms/index.html").text("h1"), "Terms");
    let site = SiteTest::fixture("minimal")
        .write("site.yaml", "locales: [en, fr]\n")
        .write("content/terms/2026-01-01.fr.md", "Texte\n");
    let outcome = site.build("2026-06-01");
    assert!(!outcome.stderr.contains("no title"), "{}", outcome.stderr);
    assert_eq!(
        site.html("public/fr/terms/index.html").text("h1"),
        "Terms of Service"
    );
}

#[test]
fn control_characters_are_errors_at_line_and_column() {
    let site = SiteTest::fixture("minimal").write(PAGE, "---\ntitle: Terms\n---\nText\0here\n");
    fails(&site)
        .error_line("content/terms/2026-01-01.en.md:4:5: error: the control character U+0000 (NUL) is not allowed")
        .stderr_has("help: remove it");
    let site = SiteTest::fixture("minimal")
        .write(PAGE, "---\ntitle: Terms\n---\nÀ lire \u{1b}[31mrouge\n");
    fails(&site).error_line(
        "content/terms/2026-01-01.en.md:4:8: error: the control character U+001B (ESC) is not allowed",
    );
    let site = SiteTest::fixture("minimal")
        .write(PAGE, "---\ntitle: \u{85}Terms\n---\nText\n")
        .write("locales/fr.ftl", "last-updated = Mis\u{7f} à jour\n")
        .write("site.yaml", "title: Ex\u{7}ample\n");
    // site.yaml is read first: its problem stops the build before the others are read.
    fails(&site)
        .error_line("site.yaml:1:10: error: the control character U+0007 (BEL) is not allowed");
    let site = site.write("site.yaml", "title: Example\n");
    fails(&site)
        .error_line("content/terms/2026-01-01.en.md:2:8: error: the control character U+0085 is not allowed")
        .error_line("locales/fr.ftl:1:19: error: the control character U+007F (DEL) is not allowed");
    // A line break written `\r\n` is a line break.
    SiteTest::fixture("minimal")
        .write(PAGE, "---\r\ntitle: Terms\r\n---\r\nText\r\n")
        .build("2026-06-01");
}

#[test]
fn texts_that_would_vanish_silently_are_errors() {
    let site = SiteTest::fixture("minimal").write("content/terms/2026-03-01.en.markdown", "Text\n");
    fails(&site)
        .error_line(
            "content/terms/2026-03-01.en.markdown: error: redline does not know what this file is",
        )
        .stderr_has("end in `.md`");
    let site = SiteTest::fixture("minimal").write("content/terms/policy.yml", "order: 1\n");
    fails(&site).stderr_has("rename it to `policy.yaml`");
    let site = SiteTest::fixture("minimal").write(
        "content/terms/2026-01-01.EN.md",
        "---\ntitle: Shouting\n---\nText\n",
    );
    fails(&site).error_line("content/terms/2026-01-01.en.md: error: content/terms/2026-01-01.EN.md is also the `en` text of version 2026-01-01");
    let site =
        SiteTest::fixture("minimal").write("content/terms/2026-02-01.en.md/inner.md", "Text\n");
    fails(&site).error_line(
        "content/terms/2026-02-01.en.md/inner.md: error: a version file inside a sub-folder",
    );
}

#[cfg(unix)]
#[test]
fn a_dangling_link_is_an_error() {
    let site = SiteTest::fixture("minimal");
    std::os::unix::fs::symlink(
        "nowhere.md",
        site.root().join("content/terms/2026-02-01.en.md"),
    )
    .expect("symlink");
    fails(&site).error_line("content/terms/2026-02-01.en.md: error: the file cannot be opened");
}

#[test]
fn fluent_messages_that_cannot_be_formatted_name_file_and_line() {
    let site = SiteTest::fixture("minimal").write(
        "locales/fr.ftl",
        "skip-to-content = Aller\nback-to-top = { missing-message }\n",
    );
    fails(&site)
        .error_line("locales/fr.ftl:2:1: error: the message `back-to-top` cannot be formatted");
    // A byte-order mark is not a syntax error.
    let site =
        SiteTest::fixture("minimal").write("locales/fr.ftl", "\u{feff}skip-to-content = Aller\n");
    site.build("2026-06-01");
}

#[test]
fn template_problems_across_templates_name_the_right_file() {
    let base = "themes/default/templates/base.html";
    let site = SiteTest::fixture("minimal").write(
        base,
        "<html>{% block main %}{% endblock main %}{% include \"nowhere.html\" %}</html>\n",
    );
    fails(&site).error_line(
        "themes/default/templates/base.html:1:53: error: template: Unknown template `nowhere.html`",
    );
    // One broken base template is one error, not one per template that extends it.
    let site = SiteTest::fixture("minimal").write(base, "{% block main %}\n{% if %}\n");
    let outcome = fails(&site);
    let errors: Vec<&str> = outcome
        .stderr
        .lines()
        .filter(|l| l.contains(": error: "))
        .collect();
    assert_eq!(errors.len(), 1, "{}", outcome.stderr);
    assert!(
        errors[0].starts_with("themes/default/templates/base.html:2:"),
        "{errors:?}"
    );
    let site = SiteTest::fixture("minimal")
        .write(
            "themes/default/templates/a.html",
            "{% include \"b.html\" %}",
        )
        .write(
            "themes/default/templates/b.html",
            "{% include \"a.html\" %}",
        );
    fails(&site).stderr_has("includes itself through");
}

#[test]
fn site_yaml_values_are_checked_where_they_are_written() {
    let site = SiteTest::fixture("minimal").write(
        "site.yaml",
        "title: T\nbase_url: example.com/legal\ntheme: ../..\nlocales: [en, \"not a tag\"]\n",
    );
    fails(&site)
        .error_line("site.yaml:2:11: error: base_url `example.com/legal` is neither an absolute URL nor a path")
        .error_line("site.yaml:3:8: error: `../..` cannot be a theme name")
        .error_line("site.yaml:4:15: error: `not a tag` is not a BCP 47 language tag");
    SiteTest::fixture("minimal")
        .run(&[
            "build",
            "--today",
            "2026-06-01",
            "--base-url",
            "https://x/a b",
        ])
        .code(2)
        .stderr_has("--base-url `https://x/a b` may not contain spaces");
}

#[test]
fn a_policy_without_any_source_language_file_points_at_the_setting() {
    let site = SiteTest::fixture("minimal").write("site.yaml", "default_locale: fr\n");
    fails(&site)
        .error_line("content/terms: error: this policy's source language is `fr`, but it has no `fr` file (only en)")
        .stderr_has("source_locale: en");
}

#[test]
fn strict_reports_warnings_and_errors_in_one_run() {
    let site = SiteTest::fixture("two-locales").write(
        "content/terms/2026-01-01.en.md",
        "---\ntitle: T\n---\n<div>raw</div>\n",
    );
    let outcome = site
        .run(&["build", "--today", "2026-06-01", "--strict"])
        .code(1);
    outcome
        .error_line(
            "content/privacy/2026-02-01.en.md: error: the current version has no `fr` translation",
        )
        .error_line("content/terms/2026-01-01.en.md:4:1: error: raw HTML is not allowed");
}

/// Issue 5: every message names its file. One run with a problem in every kind of source file;
/// each error line must start with the site-relative path of a file or folder that exists.
#[test]
fn every_error_names_an_existing_file() {
    let site = SiteTest::fixture("two-locales")
        .write("content/terms/policy.yaml", "order: first\n")
        .write(
            "content/privacy/2026-02-01.en.md",
            "---\ntitle: P\nupdated: 2026-02-31\n---\nText\n",
        )
        .write(
            "content/privacy/2025-01-01.fr.md",
            "---\ntitle: P\n---\n<iframe src=x></iframe>\n",
        )
        .write("content/cookies/2026-01-01.en.md", "---\ntitle: C\n")
        .write("content/cookies/notes.txt", "stray\n")
        .write("locales/fr.ftl", "last-updated = { -missing-term\n")
        .write(
            "themes/default/templates/policies.html",
            "{% extends \"base.html\" %}{% block main %}{{ }}{% endblock main %}",
        )
        .write("redline.lock", "garbage\n");
    let outcome = fails(&site);
    let errors: Vec<&str> = outcome
        .stderr
        .lines()
        .filter(|l| l.contains(": error: "))
        .collect();
    assert!(errors.len() >= 6, "{}", outcome.stderr);
    for line in errors {
        let path = line.split(':').next().unwrap_or("");
        assert!(
            site.root().join(path).exists(),
            "{line:?} does not start with an existing path"
        );
    }
}
