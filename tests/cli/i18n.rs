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
            "content/terms/2026-01-01.sv.md",
            "---\ntitle: Villkor\n---\n## Cookies\n\nText.\n",
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
    let sv = site.html("public/sv/terms/index.html");
    assert_eq!(
        sv.text("nav.toc h2"),
        "Contents",
        "sv (no built-in strings) falls back to the default locale"
    );
    let es = site.html("public/es/terms/index.html");
    assert_eq!(es.text("a.skip-link"), "Ir al contenido", "es is built in");
    assert_eq!(
        es.text(".policy-dates div:first-child dt"),
        "Última actualización:"
    );
    for path in [
        "public/fr-CA/terms/index.html",
        "public/sv/terms/index.html",
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
    assert_eq!(page.attr("h1", "lang"), "en");
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
        status
            .stdout
            .lines()
            .any(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")
                == "privacy de 2026-02-01 stale since 2026-02-01 (translates 2025-01-01)"),
        "{}",
        status.stdout
    );
}
