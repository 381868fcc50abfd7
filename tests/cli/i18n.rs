//! Localization: Fluent strings and their fallback, hreflang, the language switcher, and
//! untranslated versions (issue 2, point 5).

use crate::support::SiteTest;

#[test]
fn every_page_declares_its_language_and_alternates() {
    let site = SiteTest::fixture("two-locales");
    site.build("2026-06-01");
    let page = site.html("public/fr/terms/index.html");
    assert_eq!(page.attr("html", "lang"), "fr");
    assert_eq!(
        page.attr("link[hreflang=en]", "href"),
        "https://example.com/legal/en/terms/"
    );
    assert_eq!(
        page.attr("link[hreflang=fr]", "href"),
        "https://example.com/legal/fr/terms/"
    );
    assert_eq!(
        page.attr("link[hreflang=x-default]", "href"),
        "https://example.com/legal/en/terms/"
    );
    let switcher: Vec<(String, String)> = page
        .select("nav.language-switcher a")
        .iter()
        .map(|a| {
            (
                a.value().attr("href").unwrap_or("").to_string(),
                a.text().collect(),
            )
        })
        .collect();
    assert_eq!(
        switcher,
        [
            ("/legal/en/terms/".to_string(), "English".to_string()),
            ("/legal/fr/terms/".to_string(), "Français".to_string())
        ]
    );
    assert_eq!(
        page.attr("nav.language-switcher a[aria-current]", "hreflang"),
        "fr"
    );
    // Permalinks switch to the same version.
    let permalink = site.html("public/fr/privacy/2025-01-01/index.html");
    assert_eq!(
        permalink.attr("link[hreflang=en]", "href"),
        "https://example.com/legal/en/privacy/2025-01-01/"
    );
}

#[test]
fn interface_strings_come_from_fluent_with_site_overrides() {
    let site = SiteTest::fixture("two-locales");
    site.build("2026-06-01");
    let fr = site.html("public/fr/terms/index.html");
    assert_eq!(
        fr.text("a.skip-link"),
        "Aller au contenu",
        "built-in French"
    );
    assert_eq!(
        fr.text(".policy-dates div:first-child dt"),
        "Mis à jour le\u{202f}:",
        "locales/fr.ftl overrides"
    );
    let en = site.html("public/en/terms/index.html");
    assert_eq!(en.text(".policy-dates div:first-child dt"), "Last updated:");
}

#[test]
fn missing_messages_fall_back_along_the_chain_never_to_an_id() {
    let site = SiteTest::fixture("two-locales")
        .write(
            "content/terms/2026-01-01.fr-CA.md",
            "---\ntitle: Conditions\n---\n## Témoins\n\nNous utilisons des témoins.\n",
        )
        .write("locales/fr-CA.ftl", "skip-to-content = Passer au contenu\n")
        .write(
            "content/terms/2026-01-01.eo.md",
            "---\ntitle: Kondiĉoj\n---\n## Kuketoj\n\nTeksto.\n",
        )
        .write(
            "content/terms/2026-01-01.es.md",
            "---\ntitle: Condiciones\n---\n## Cookies\n\nTexto.\n",
        );
    site.build("2026-06-01");
    let fr_ca = site.html("public/fr-CA/terms/index.html");
    assert_eq!(
        fr_ca.text("a.skip-link"),
        "Passer au contenu",
        "fr-CA's own message"
    );
    assert_eq!(
        fr_ca.text("nav.toc h2"),
        "Sommaire",
        "fr-CA falls back to fr"
    );
    let eo = site.html("public/eo/terms/index.html");
    assert_eq!(
        eo.text("nav.toc h2"),
        "Contents",
        "eo (no built-in strings) falls back to the default locale"
    );
    let es = site.html("public/es/terms/index.html");
    assert_eq!(es.text("a.skip-link"), "Ir al contenido", "es is built in");
    assert_eq!(
        es.text(".policy-dates div:first-child dt"),
        "Última actualización:"
    );
    for path in [
        "public/fr-CA/terms/index.html",
        "public/eo/terms/index.html",
        "public/es/terms/index.html",
        "public/fr/index.html",
    ] {
        let text = site.read(path);
        for id in [
            "skip-to-content",
            "last-updated",
            "skip_to_content",
            "untranslated-notice",
        ] {
            assert!(!text.contains(id), "{path} shows the message id {id}");
        }
    }
}

#[test]
fn an_untranslated_current_version_shows_the_source_text_marked_and_noticed() {
    let site = SiteTest::fixture("two-locales");
    let outcome = site.build("2026-06-01");
    let page = site.html("public/fr/privacy/index.html");
    // The French page shows the current English text, never the older French translation.
    assert_eq!(page.attr(".policy-body", "lang"), "en");
    assert!(page.text(".policy-body").contains("erasure"));
    assert!(!page.text(".policy-body").contains("Vous pouvez"));
    // The title is the locale's latest own one, in the page's language (issue 16).
    assert_eq!(page.text("h1"), "Politique de confidentialité");
    assert_eq!(page.count("h1[lang]"), 0);
    assert_eq!(page.attr("html", "lang"), "fr");
    assert!(
        page.text(".notice-untranslated")
            .contains("pas encore traduit en français")
    );
    // It links the locale's latest own translation, as an older version.
    assert_eq!(
        page.attr(".notice-untranslated a", "href"),
        "/legal/fr/privacy/2025-01-01/"
    );
    assert!(
        page.text(".notice-untranslated a")
            .contains("1 janvier 2025")
    );
    let older = site.html("public/fr/privacy/2025-01-01/index.html");
    assert!(older.text(".policy-body").contains("Vous pouvez"));
    assert_eq!(older.count(".policy-body[lang]"), 0);
    // The build warns about the missing translation and names the source file.
    outcome.stderr_has(
        "content/privacy/2026-02-01.en.md: warning: the current version has no `fr` translation",
    );
}

#[test]
fn strict_turns_the_missing_translation_into_an_error() {
    let site = SiteTest::fixture("two-locales");
    site.run(&["build", "--today", "2026-06-01", "--strict"])
        .code(1)
        .error_line(
            "content/privacy/2026-02-01.en.md: error: the current version has no `fr` translation",
        );
    assert!(!site.exists("public"));
}

#[test]
fn the_root_page_picks_a_language_and_works_without_javascript() {
    let site = SiteTest::fixture("two-locales");
    site.build("2026-06-01");
    let root = site.html("public/index.html");
    let links: Vec<&str> = root
        .select("main a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(links, ["/legal/en/", "/legal/fr/"]);
    let script = root.text("script");
    assert!(script.contains("navigator.languages"), "{script}");
    assert!(script.contains(r#"["en", "fr"]"#), "{script}");
}

#[test]
fn listed_locales_reject_unlisted_files() {
    let site = SiteTest::fixture("two-locales").write("site.yaml", "locales: [en]\n");
    site.run(&["build", "--today", "2026-06-01"])
        .code(1)
        .error_line(
            "content/privacy/2025-01-01.fr.md: error: locale `fr` is not listed in site.yaml",
        );
}

/// Issue 6: any CLDR locale, right-to-left ones included, by adding files alone.
#[test]
fn spanish_and_arabic_pages_get_their_dates_and_direction() {
    let site = SiteTest::fixture("two-locales")
        .write(
            "content/terms/2026-01-01.es.md",
            "---\ntitle: Condiciones\n---\n## Cookies\n\nUsamos cookies.\n",
        )
        .write(
            "content/terms/2026-01-01.ar.md",
            "---\ntitle: الشروط\n---\n## ملفات تعريف الارتباط\n\nنستخدم ملفات تعريف الارتباط.\n",
        );
    site.build("2026-06-01");
    let es = site.html("public/es/terms/index.html");
    assert_eq!(es.attr("html", "dir"), "ltr");
    assert_eq!(
        es.text(".policy-dates div:first-child time"),
        "1 de enero de 2026"
    );
    assert_eq!(
        es.text(".policy-dates div:first-child dt"),
        "Última actualización:"
    );
    let ar = site.html("public/ar/terms/index.html");
    assert_eq!(ar.attr("html", "lang"), "ar");
    assert_eq!(ar.attr("html", "dir"), "rtl");
    assert_eq!(
        ar.text(".policy-dates div:first-child time"),
        "1 يناير 2026"
    );
    assert_eq!(ar.text("h1"), "الشروط");
    // An English text shown to Arabic readers keeps its own direction.
    let untranslated = site.html("public/ar/privacy/index.html");
    assert_eq!(untranslated.attr(".policy-body", "dir"), "ltr");
    let css = site.read("public/static/style.css");
    for physical in [
        "margin-left",
        "margin-right",
        "padding-left",
        "padding-right",
        "text-align: left",
        "text-align: right",
    ] {
        assert!(
            !css.contains(physical),
            "the theme mirrors for right-to-left: use logical properties, not {physical}"
        );
    }
}

/// Issue 6: a German translation of an older version is stale: the current source text shows,
/// with a notice in German and a link to the older translation.
#[test]
fn a_stale_german_translation() {
    let site = SiteTest::fixture("two-locales").write(
        "content/privacy/2025-01-01.de.md",
        "---\ntitle: Datenschutzerklärung\n---\n## Ihre Rechte {#rights}\n\nSie können eine Kopie Ihrer Daten verlangen.\n",
    );
    site.build("2026-06-01");
    let page = site.html("public/de/privacy/index.html");
    assert_eq!(page.attr(".policy-body", "lang"), "en");
    assert!(
        page.text(".policy-body").contains("erasure"),
        "the current English text"
    );
    assert!(
        page.text(".notice-untranslated").contains("Deutsche"),
        "{}",
        page.text(".notice-untranslated")
    );
    assert_eq!(
        page.attr(".notice-untranslated a", "href"),
        "/legal/de/privacy/2025-01-01/"
    );
    let status = site.run(&["status", "--today", "2026-06-01"]).success();
    assert!(
        status.table_lines().iter().any(|l| l
            == "privacy de 2026-02-01 stale since 2026-02-01 (translates 2025-01-01) \
                    from 2026-09-01, de readers will see the English text"),
        "{}",
        status.stdout
    );
}

/// A site's en.ftl with a term and a multi-line message (with an attribute and a blank line):
/// `locales extract` writes each entry whole, the term included, and nothing else under it.
#[test]
fn extract_reads_terms_and_multi_line_messages_whole() {
    let site = SiteTest::fixture("two-locales").write(
        "locales/en.ftl",
        "skip-to-content = Jump to the text\n\
         # The company's name.\n\
         -brand =\n    Acme\n    Corporation\n\
         legal-contact =\n    Questions? Write to { -brand }.\n\n    We answer within a week.\n\
         \x20   .title = Contact { -brand }\n",
    );
    let written = site.run(&["locales", "extract", "eo"]).success();
    assert!(
        written.stdout.contains("68 messages, 0 already translated"),
        "the term is no message: {}",
        written.stdout
    );
    let text = site.read("locales/eo.ftl");
    assert!(
        text.contains(
            "\n# en: skip-to-content = Jump to the text\n#skip-to-content = Jump to the text\n\n"
        ),
        "the term's lines are not the message's: {text}"
    );
    assert!(
        text.contains(
            "\n# en: -brand =\n# en:     Acme\n# en:     Corporation\n\
             #-brand =\n#    Acme\n#    Corporation\n\n"
        ),
        "the term is written for the translator: {text}"
    );
    assert!(
        text.contains(
            "\n#legal-contact =\n#    Questions? Write to { -brand }.\n#\n#    We answer within a week.\n\
             #    .title = Contact { -brand }\n"
        ),
        "the blank line inside the message is kept: {text}"
    );
    site.run(&["check", "--today", "2026-06-01"]).success();
    // Translated: the term and the message uncommented together format.
    let translated = text
        .replace(
            "#-brand =\n#    Acme\n#    Corporation\n",
            "-brand = Acme AB\n",
        )
        .replace(
            "#legal-contact =\n#    Questions? Write to { -brand }.\n#\n#    We answer within a week.\n",
            "legal-contact =\n    Frågor? Skriv till { -brand }.\n\n    Vi svarar inom en vecka.\n",
        )
        .replace("#    .title = Contact", "    .title = Kontakta");
    let site = site.write("locales/eo.ftl", translated);
    site.run(&["check", "--today", "2026-06-01"])
        .success()
        .stderr_has("locales/eo.ftl: warning: 67 of 68 messages are not translated");
}

/// Diagnostics point at the line of the message's id, not at a line of another message's text
/// that happens to read `id = …`.
#[test]
fn fluent_diagnostics_name_the_line_of_the_message() {
    let site = SiteTest::fixture("two-locales").write(
        "locales/fr.ftl",
        "-marque = Acme\n\
         cookie-aide =\n    Deux choix :\n    refus = aucun cookie,\n    last-updated = la date du texte.\n\
         refus = Refuser\n",
    );
    site.run(&["check", "--today", "2026-06-01"])
        .code(1)
        .error_line(
            "locales/fr.ftl:2:1: error: `cookie-aide` is not a message of the English strings",
        )
        .error_line("locales/fr.ftl:6:1: error: `refus` is not a message of the English strings");
    // A reference to a term the file lacks (checked on every build, before the comparison).
    let site = site.write(
        "locales/fr.ftl",
        "-marque = Acme\n\
         cookie-aide =\n    Deux choix :\n    last-updated = la date du texte.\n\
         last-updated = Mis à jour par { -societe }\n",
    );
    site.run(&["check", "--today", "2026-06-01"])
        .code(1)
        .error_line("locales/fr.ftl:5:1: error: the message `last-updated` cannot be formatted");
}

/// A regional locale gets its language's built-in strings (pt-BR those of pt): `status` counts
/// them as translated and `locales extract` writes them, as the pages show them (issue 16,
/// point 5).
#[test]
fn a_regional_locale_is_counted_and_extracted_with_its_languages_strings() {
    let site = SiteTest::fixture("two-locales").write(
        "site.yaml",
        "title: Example Co\nbase_url: https://example.com/legal/\ndefault_locale: en\nlocales: [en, fr, pt-BR]\n",
    );
    let status = site.run(&["status", "--today", "2026-06-01"]).success();
    let lines = status.table_lines();
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("pt-BR ") && l.ends_with("(100%)")),
        "{}",
        status.stdout
    );
    let written = site.run(&["locales", "extract", "pt-BR"]).success();
    assert!(
        !written.stdout.contains(" 0 already translated"),
        "{}",
        written.stdout
    );
    let text = site.read("locales/pt-BR.ftl");
    assert!(
        text.lines()
            .any(|l| l == "last-updated = Última atualização"),
        "{text}"
    );
}
