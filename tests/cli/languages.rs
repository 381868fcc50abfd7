//! Pages in many languages (issue 16): interface strings shown from another language carry
//! its `lang`, languages are named as CLDR names them in the reader's language, the switcher
//! tells regional variants apart, and the 404 page speaks every locale of the site.

use scraper::{ElementRef, Node};

use crate::support::{Page, SiteTest};

const TODAY: &str = "2026-06-01";

/// The English built-in strings without variables, at least two words long, so that a word
/// of the policy's own text does not count as one.
fn english_strings() -> Vec<String> {
    let en = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en.ftl"))
        .expect("locales/en.ftl");
    en.lines()
        .filter(|line| !line.starts_with([' ', '#']))
        .filter_map(|line| line.split_once(" = "))
        .map(|(_, value)| value.trim().to_string())
        .filter(|value| !value.contains('{') && value.contains(' '))
        .collect()
}

/// The `lang` that applies to `element`: its own, or its nearest ancestor's.
fn lang_of(element: ElementRef<'_>) -> String {
    let mut node = Some(*element);
    while let Some(current) = node {
        if let Node::Element(e) = current.value()
            && let Some(lang) = e.attr("lang")
        {
            return lang.to_string();
        }
        node = current.parent();
    }
    String::new()
}

/// Every piece of text of the page's `<body>` with the `lang` it is read in.
fn texts_with_lang(page: &Page) -> Vec<(String, String)> {
    page.select("body *")
        .into_iter()
        .flat_map(|element| {
            element
                .children()
                .filter_map(move |child| match child.value() {
                    Node::Text(text) if !text.trim().is_empty() => {
                        Some((text.trim().to_string(), lang_of(element)))
                    }
                    _ => None,
                })
        })
        .collect()
}

#[test]
fn english_interface_text_on_a_kl_page_is_marked_english() {
    let site = SiteTest::fixture("world");
    site.build(TODAY);
    let english = english_strings();
    assert!(
        english.len() > 20,
        "the English strings were read: {english:?}"
    );
    for path in [
        "public/kl/privacy/index.html",
        "public/kl/privacy/history/index.html",
        "public/kl/privacy/changes/2026-03-01/index.html",
        "public/kl/index.html",
    ] {
        let page = site.html(path);
        assert_eq!(page.attr("html", "lang"), "kl");
        let texts = texts_with_lang(&page);
        for (text, lang) in &texts {
            if let Some(string) = english.iter().find(|s| text.contains(s.as_str())) {
                assert_eq!(lang, "en", "{path}: {string:?} is read as {lang:?}");
            }
        }
        let marked = texts.iter().filter(|(_, lang)| lang == "en").count();
        assert!(marked > 3, "{path}: English strings are marked");
    }
    let page = site.html("public/kl/privacy/index.html");
    assert_eq!(
        page.attr("a.skip-link span", "lang"),
        "en",
        "the fallback string is wrapped in a span"
    );
    // An attribute cannot hold markup: it gets the plain text.
    assert_eq!(page.attr("nav.language-switcher", "aria-label"), "Language");
    assert!(
        site.read("public/kl/privacy/index.html")
            .contains(r#"title="Policy changes (Atom feed)""#)
    );
}

#[test]
fn strings_of_the_same_language_and_translated_pages_are_not_marked() {
    let site = SiteTest::fixture("world");
    site.build(TODAY);
    // pt-BR takes pt's strings: the same language.
    for locale in ["pt-BR", "de", "en"] {
        let html = site.read(&format!("public/{locale}/privacy/history/index.html"));
        assert!(!html.contains("<span lang="), "{locale}: {html}");
    }
    let pt = site.html("public/pt-BR/privacy/index.html");
    assert_eq!(pt.text("a.skip-link"), "Ir para o conteúdo", "pt's string");
}

#[test]
fn languages_are_named_in_the_readers_language() {
    let site = SiteTest::fixture("world");
    site.build(TODAY);
    let de = site.html("public/de/privacy/index.html");
    let notice = de.text(".notice-untranslated p:first-child");
    assert!(notice.contains("(Englisch)"), "{notice}");
    assert!(!notice.contains("English"), "{notice}");
    // A German name in a German sentence: nothing to mark.
    assert_eq!(de.count(".notice-untranslated span[lang]"), 0);
    // On a kl page the sentence falls back to English: the languages are named in English,
    // inside its lang="en" (kl's own name from the site's kl.ftl is not needed).
    let kl = site.html("public/kl/privacy/index.html");
    let notice = kl.select(".notice-untranslated p span[lang=en]");
    assert_eq!(notice.len(), 1);
    let text: String = notice[0].text().collect();
    assert!(text.contains("(English)"), "{text}");
    // Japanese readers of a redline whose previous version they lack are sent to the source's
    // redline, whatever language the notice is in.
    let ja = site.html("public/ja/privacy/changes/2026-03-01/index.html");
    assert_eq!(
        ja.attr(".notice-untranslated a", "href"),
        "/en/privacy/changes/2026-03-01/"
    );
}

#[test]
fn the_switcher_names_each_locale_in_itself_and_tells_variants_apart() {
    let site = SiteTest::fixture("world");
    site.build(TODAY);
    let page = site.html("public/en/privacy/index.html");
    let names: Vec<(String, String)> = page
        .select("nav.language-switcher a")
        .iter()
        .map(|a| {
            (
                a.value().attr("lang").unwrap_or("").to_string(),
                a.text().collect(),
            )
        })
        .collect();
    let name = |locale: &str| {
        names
            .iter()
            .find(|(lang, _)| lang == locale)
            .map(|(_, name)| name.as_str())
            .unwrap_or_else(|| panic!("no {locale} in {names:?}"))
    };
    assert_eq!(name("ar"), "العربية");
    assert_eq!(name("ar-EG"), "العربية (مصر)");
    assert_eq!(name("de"), "Deutsch");
    assert_eq!(name("pt-BR"), "Português (Brasil)");
    assert_eq!(name("ja"), "日本語");
    assert_eq!(name("ko"), "한국어");
    // CLDR has no name for kl in itself: the site's locales/kl.ftl gives it.
    assert_eq!(name("kl"), "Kalaallisut");
}

#[test]
fn the_404_page_speaks_every_locale() {
    let site = SiteTest::fixture("world");
    site.build(TODAY);
    let page = site.html("public/404.html");
    assert_eq!(page.attr("html", "lang"), "en");
    assert_eq!(page.text("h1"), "Page not found");
    let sections = page.select("main section[lang]");
    let langs: Vec<&str> = sections
        .iter()
        .filter_map(|s| s.value().attr("lang"))
        .collect();
    assert_eq!(langs, ["ar", "ar-EG", "de", "ja", "kl", "ko", "pt-BR"]);
    assert_eq!(page.attr("section[lang=ar]", "dir"), "rtl");
    assert_eq!(page.text("section[lang=de] h2"), "Seite nicht gefunden");
    assert_eq!(page.text("section[lang=pt-BR] h2"), "Página não encontrada");
    assert_eq!(page.attr("section[lang=de] a", "href"), "/de/");
    // kl has no strings: English, marked.
    assert_eq!(page.attr("section[lang=kl] h2 span", "lang"), "en");
    // One page for every address, the same bytes on every build.
    let first = site.read("public/404.html");
    site.build(TODAY);
    assert_eq!(site.read("public/404.html"), first);
}

#[test]
fn chinese_readers_get_the_strings_of_their_script_unmarked() {
    // zh-TW has no strings of its own: CLDR's likely script (Hant) gives it zh-Hant's, and
    // zh-CN zh-Hans' (issue 16), in the page's language, so unmarked.
    let site = SiteTest::fixture("world").write(
        "site.yaml",
        "title: World Co\nbase_url: https://example.com\ndefault_locale: en\n\
         locales: [en, de, pt-BR, ja, zh-TW, zh-CN]\n",
    );
    site.build(TODAY);
    for (locale, skip, history) in [
        ("zh-TW", "跳至主要內容", "版本歷史"),
        ("zh-CN", "跳至正文", "版本历史"),
    ] {
        let path = format!("public/{locale}/privacy/history/index.html");
        let page = site.html(&path);
        assert_eq!(page.attr("html", "lang"), locale);
        assert_eq!(page.text("a.skip-link"), skip, "{path}");
        assert_eq!(page.text("h1"), history, "{path}");
        assert_eq!(page.count("body span[lang]"), 0, "{path}");
    }
}

#[test]
fn ja_ko_and_ar_pages_carry_no_english_interface_text() {
    // Built-in strings for ja, ko and ar (issue 16): none falls back to English, so nothing
    // is marked `lang="en"` but the untranslated policy text itself.
    let site = SiteTest::fixture("world");
    site.build(TODAY);
    let mut english = english_strings();
    assert!(
        english.len() > 20,
        "the English strings were read: {english:?}"
    );
    english.extend(["Last updated", "History", "Contents", "Effective"].map(String::from));
    for locale in ["ja", "ko", "ar"] {
        for page in [
            "privacy/index.html",
            "privacy/history/index.html",
            "privacy/changes/2026-03-01/index.html",
        ] {
            let path = format!("public/{locale}/{page}");
            let html = site.html(&path);
            assert_eq!(html.attr("html", "lang"), locale);
            assert_eq!(html.count("body span[lang]"), 0, "{path}: a string marked");
            for (text, lang) in texts_with_lang(&html) {
                if lang == "en" {
                    continue; // the English policy text, marked as such
                }
                if let Some(string) = english.iter().find(|s| text.contains(s.as_str())) {
                    panic!("{path}: {string:?} in {text:?}, read as {lang:?}");
                }
            }
        }
    }
}
