//! Fallback chains, built-in strings, dates, marking and language names of `Localizer`.

use super::*;

fn catalog() -> Catalog {
    load_catalog(Path::new("/nonexistent")).expect("built-in messages parse")
}

#[test]
fn chain_falls_back_region_language_default_english() {
    assert_eq!(
        fallback_chain("fr-CA", "de"),
        [
            "fr-CA",
            "fr-Latn-CA",
            "fr-Latn",
            "fr",
            "de",
            "de-Latn",
            "en",
            "en-Latn"
        ]
    );
    assert_eq!(fallback_chain("en", "en"), ["en", "en-Latn"]);
}

#[test]
fn chains_follow_the_script_of_cldrs_likely_subtags() {
    let chain = |tag| language_chain(tag);
    assert_eq!(chain("zh-TW"), ["zh-TW", "zh-Hant-TW", "zh-Hant", "zh"]);
    assert_eq!(chain("zh-HK"), ["zh-HK", "zh-Hant-HK", "zh-Hant", "zh"]);
    assert_eq!(chain("zh-MO"), ["zh-MO", "zh-Hant-MO", "zh-Hant", "zh"]);
    assert_eq!(chain("zh-CN"), ["zh-CN", "zh-Hans-CN", "zh-Hans", "zh"]);
    assert_eq!(chain("zh-SG"), ["zh-SG", "zh-Hans-SG", "zh-Hans", "zh"]);
    assert_eq!(chain("zh"), ["zh", "zh-Hans"]);
    assert_eq!(chain("zh-Hant"), ["zh-Hant", "zh"]);
    assert_eq!(chain("zh-Hant-TW"), ["zh-Hant-TW", "zh-Hant", "zh"]);
    assert_eq!(chain("sr-Latn"), ["sr-Latn", "sr"]);
    assert_eq!(chain("sr-RS"), ["sr-RS", "sr-Cyrl-RS", "sr-Cyrl", "sr"]);
    assert_eq!(chain("pt-BR"), ["pt-BR", "pt-Latn-BR", "pt-Latn", "pt"]);
    // A tag ICU cannot read keeps its shorter tags.
    assert_eq!(chain("x-y_z"), ["x-y_z", "x"]);
}

#[test]
fn chinese_readers_get_the_strings_of_their_script() {
    let catalog = catalog();
    let hant = Localizer::new("zh-Hant", "en", &catalog).format("history", &[]);
    let hans = Localizer::new("zh-Hans", "en", &catalog).format("history", &[]);
    assert_ne!(hant, hans);
    for tag in ["zh-TW", "zh-HK", "zh-MO"] {
        let l = Localizer::new(tag, "en", &catalog);
        assert_eq!(l.format("history", &[]), hant, "{tag}");
        let html = l.format("history", &[]).map(|m| m.html).unwrap_or_default();
        assert!(!html.contains("lang="), "{tag}");
    }
    for tag in ["zh", "zh-CN", "zh-SG"] {
        let l = Localizer::new(tag, "en", &catalog);
        assert_eq!(l.format("history", &[]), hans, "{tag}");
    }
    let pt = Localizer::new("pt", "en", &catalog).format("history", &[]);
    assert_eq!(
        Localizer::new("pt-BR", "en", &catalog).format("history", &[]),
        pt
    );
    // status and locales extract count through the same chain.
    let hant_ids = catalog.own_ids("zh-Hant");
    assert_eq!(catalog.own_ids("zh-TW"), hant_ids);
    assert_eq!(catalog.own_ids("zh-CN"), catalog.own_ids("zh-Hans"));
    assert!(!catalog.own_ids("zh-TW").is_empty());
    assert_eq!(
        catalog.sources("zh-TW").len(),
        catalog.sources("zh-Hant").len()
    );
}

#[test]
fn built_in_locales_define_every_reference_message() {
    let catalog = catalog();
    let reference: BTreeSet<_> = message_ids(&catalog.built_in["en"]).collect();
    for (locale, resource) in &catalog.built_in {
        let own: BTreeSet<_> = message_ids(resource).collect();
        assert_eq!(
            own, reference,
            "{locale}.ftl must define exactly the English ids"
        );
    }
}

#[test]
fn dates_follow_cldr_and_messages_fall_back() {
    let catalog = catalog();
    let date = Date::parse("2026-02-01").unwrap();
    let fr_ca = Localizer::new("fr-CA", "en", &catalog);
    assert_eq!(fr_ca.format_date(date), "1 février 2026");
    assert_eq!(fr_ca.strings["last_updated"], "Dernière mise à jour");
    assert_eq!(
        fr_ca.autonym, "Français canadien",
        "CLDR's name for the variant"
    );
    let de = Localizer::new("de", "en", &catalog);
    assert_eq!(de.format_date(date), "1. Februar 2026");
    assert_eq!(de.strings["last_updated"], "Zuletzt aktualisiert");
    let eo = Localizer::new("eo", "en", &catalog);
    assert_eq!(
        eo.strings["last_updated"], "Last updated",
        "no Esperanto built in: English"
    );
    assert_eq!(de.autonym, "Deutsch");
    assert_eq!(
        Localizer::new("en", "en", &catalog).format_date(date),
        "February 1, 2026"
    );
    assert_eq!(Localizer::new("ar", "en", &catalog).direction, "rtl");
}

#[test]
fn strings_from_another_language_are_marked_with_it() {
    let catalog = catalog();
    // No Esperanto built in: English, marked.
    let eo = Localizer::new("eo", "en", &catalog);
    assert_eq!(eo.strings["last_updated"], "Last updated");
    assert_eq!(
        eo.html["last_updated"],
        r#"<span lang="en">Last updated</span>"#
    );
    let fa = Localizer::new("fa", "en", &catalog);
    assert_eq!(
        fa.html["history"],
        r#"<span lang="en" dir="ltr">History</span>"#
    );
    // The same language is not marked: pt strings on a pt-BR page, en on en-GB.
    let pt_br = Localizer::new("pt-BR", "en", &catalog);
    assert!(!pt_br.html["last_updated"].contains("<span"));
    assert!(!Localizer::new("en-GB", "en", &catalog).html["history"].contains("<span"));
    // Escaped for HTML, like Tera escapes a plain string.
    let count = eo.format("words-added", &[("count", Arg::Count(3))]);
    assert_eq!(
        count.map(|m| m.html).as_deref(),
        Some(r#"<span lang="en">3 words added</span>"#)
    );
}

#[test]
fn language_names_are_in_the_language_of_the_sentence() {
    let catalog = catalog();
    let de = Localizer::new("de", "en", &catalog);
    let notice = de
        .format(
            "untranslated-notice",
            &[
                ("language", Arg::Language("de")),
                ("source", Arg::Language("en")),
            ],
        )
        .expect("a German notice");
    assert!(notice.text.contains("(Englisch)"), "{}", notice.text);
    assert_eq!(
        notice.text, notice.html,
        "German names in a German sentence"
    );
    // An English sentence on a kl page names the languages in English, marked as English.
    let kl = Localizer::new("kl", "en", &catalog);
    let notice = kl
        .format("see-source-changes", &[("source", Arg::Language("en"))])
        .expect("the English notice");
    assert_eq!(
        notice.html,
        r#"<span lang="en">See the changes in the original (English).</span>"#
    );
    // A language CLDR cannot name: its tag, marked as that language.
    let named = de
        .format("see-source-changes", &[("source", Arg::Language("qaa"))])
        .expect("a German notice");
    assert!(
        named.html.contains(r#"(<span lang="qaa">qaa</span>)"#),
        "{}",
        named.html
    );
    assert!(named.text.contains("(qaa)"), "{}", named.text);
}

/// Every built-in file passes `check`'s Fluent validation, as a site's own file would: each
/// one is loaded as a site file and checked for messages that cannot be formatted, ids and
/// variables English does not have, and messages it lacks.
#[test]
fn every_built_in_file_passes_checks_fluent_validation() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::create_dir(dir.path().join(LOCALES_DIR)).expect("the locales folder");
    for (locale, text) in BUILT_IN {
        let path = dir.path().join(LOCALES_DIR).join(format!("{locale}.ftl"));
        std::fs::write(path, text).expect("a copy of a built-in file");
    }
    let catalog = load_catalog(dir.path()).expect("every built-in file parses");
    assert_eq!(catalog.site_locales().count(), BUILT_IN.len());
    let problems: Vec<String> = check_catalog(&catalog)
        .into_iter()
        .chain(compare_with_english(&catalog))
        .map(|d| d.to_string())
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
}
