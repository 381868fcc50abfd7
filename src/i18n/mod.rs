//! Interface strings (Fluent) and dates (ICU4X, CLDR data) for every locale of the site.
//!
//! Built-in messages for the 24 official EU languages and ar, he, hi, id, ja, ko, nb, ru, th, tr,
//! uk, vi, zh-Hans and zh-Hant are compiled in from `locales/`;
//! a site's `locales/<locale>.ftl` adds or overrides single messages. A message missing in a
//! locale falls back along its chain (fr-CA → fr → the default locale → en), so a page never shows
//! a message id. Everything here is computed once per locale (`Localizer`) and shared by its pages.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource};
use icu_calendar::Gregorian;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use unic_langid::LanguageIdentifier;

use crate::config::canonical_locale;
use crate::date::Date;
use crate::error::Diagnostic;
use crate::read::SiteRoot;

mod checks;
mod error;
mod written;

pub use checks::{check_catalog, compare_with_english};
pub use error::I18nError;
pub use written::Written;

pub const LOCALES_DIR: &str = "locales";

/// The interface strings compiled into the binary; English is the reference.
const BUILT_IN: &[(&str, &str)] = &[
    ("ar", include_str!("../../locales/ar.ftl")),
    ("bg", include_str!("../../locales/bg.ftl")),
    ("cs", include_str!("../../locales/cs.ftl")),
    ("da", include_str!("../../locales/da.ftl")),
    ("de", include_str!("../../locales/de.ftl")),
    ("el", include_str!("../../locales/el.ftl")),
    ("en", include_str!("../../locales/en.ftl")),
    ("es", include_str!("../../locales/es.ftl")),
    ("et", include_str!("../../locales/et.ftl")),
    ("fi", include_str!("../../locales/fi.ftl")),
    ("fr", include_str!("../../locales/fr.ftl")),
    ("ga", include_str!("../../locales/ga.ftl")),
    ("he", include_str!("../../locales/he.ftl")),
    ("hi", include_str!("../../locales/hi.ftl")),
    ("hr", include_str!("../../locales/hr.ftl")),
    ("hu", include_str!("../../locales/hu.ftl")),
    ("id", include_str!("../../locales/id.ftl")),
    ("it", include_str!("../../locales/it.ftl")),
    ("ja", include_str!("../../locales/ja.ftl")),
    ("ko", include_str!("../../locales/ko.ftl")),
    ("lt", include_str!("../../locales/lt.ftl")),
    ("lv", include_str!("../../locales/lv.ftl")),
    ("mt", include_str!("../../locales/mt.ftl")),
    ("nb", include_str!("../../locales/nb.ftl")),
    ("nl", include_str!("../../locales/nl.ftl")),
    ("pl", include_str!("../../locales/pl.ftl")),
    ("pt", include_str!("../../locales/pt.ftl")),
    ("ro", include_str!("../../locales/ro.ftl")),
    ("ru", include_str!("../../locales/ru.ftl")),
    ("sk", include_str!("../../locales/sk.ftl")),
    ("sl", include_str!("../../locales/sl.ftl")),
    ("sv", include_str!("../../locales/sv.ftl")),
    ("th", include_str!("../../locales/th.ftl")),
    ("tr", include_str!("../../locales/tr.ftl")),
    ("uk", include_str!("../../locales/uk.ftl")),
    ("vi", include_str!("../../locales/vi.ftl")),
    ("zh-Hans", include_str!("../../locales/zh-Hans.ftl")),
    ("zh-Hant", include_str!("../../locales/zh-Hant.ftl")),
];
const REFERENCE_LOCALE: &str = "en";

/// Every Fluent resource of the site: built-in first, then the site's own, by locale.
pub struct Catalog {
    built_in: BTreeMap<String, Arc<FluentResource>>,
    site: BTreeMap<String, Arc<FluentResource>>,
    /// Site-relative path of each site resource, for diagnostics.
    site_paths: BTreeMap<String, String>,
    /// Of every resource's locale and text, for the page cache.
    pub fingerprint: crate::cache::Key,
}

impl Catalog {
    /// The English messages and terms (built in, overridden by the site's en.ftl) as written,
    /// comments dropped, in the built-in file's order.
    pub fn english_sources(&self) -> Vec<Written> {
        self.sources(REFERENCE_LOCALE)
    }

    /// The messages and terms readers of `locale` get in their own language, as written: its
    /// language's (`pt` for `pt-BR`), then its own over them; built in, then the site's file
    /// over each.
    pub fn sources(&self, locale: &str) -> Vec<Written> {
        let mut entries: Vec<Written> = Vec::new();
        // The language's own strings first (`pt` for `pt-BR`), then the locale's over them, as
        // the pages resolve them.
        let chain = language_chain(locale);
        let resources = chain
            .iter()
            .rev()
            .flat_map(|tag| [self.built_in.get(tag), self.site.get(tag)]);
        for resource in resources.flatten() {
            for entry in written::entries(resource.source()) {
                match entries
                    .iter_mut()
                    .find(|known| known.id == entry.id && known.term == entry.term)
                {
                    Some(slot) => *slot = entry,
                    None => entries.push(entry),
                }
            }
        }
        entries
    }

    /// The ids readers of `locale` get in their own language: the locale's own (built in or in
    /// the site's file) and its language's (`pt` for `pt-BR`), not the default locale's or
    /// English, which they fall back to.
    pub fn own_ids(&self, locale: &str) -> BTreeSet<&str> {
        language_chain(locale)
            .iter()
            .flat_map(|tag| [self.built_in.get(tag), self.site.get(tag)])
            .flatten()
            .flat_map(|r| message_ids(r))
            .collect()
    }

    /// The locales the site's `locales/` folder defines.
    pub fn site_locales(&self) -> impl Iterator<Item = &str> {
        self.site.keys().map(String::as_str)
    }
}

/// Parses the built-in messages and the site's `locales/*.ftl`.
pub fn load_catalog(root: &Path) -> Result<Catalog, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let mut built_in = BTreeMap::new();
    for (locale, text) in BUILT_IN {
        let display = format!("<built-in>/locales/{locale}.ftl");
        match parse_ftl(text, &display) {
            Ok(resource) => {
                built_in.insert((*locale).to_string(), Arc::new(resource));
            }
            Err(mut found) => problems.append(&mut found),
        }
    }
    let mut site = BTreeMap::new();
    let mut site_paths = BTreeMap::new();
    for file in SiteRoot::new(root).walk(&root.join(LOCALES_DIR), 1, &mut problems) {
        let display = file.display.clone();
        let Some(stem) = file
            .path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".ftl"))
        else {
            continue;
        };
        let Some(locale) = canonical_locale(stem) else {
            problems.push(Diagnostic::error(
                &display,
                I18nError::NotALocaleFile(stem.to_string()),
            ));
            continue;
        };
        match file.read_text() {
            Ok(Some(text)) => match parse_ftl(&text, &display) {
                Ok(resource) => {
                    site_paths.insert(locale.clone(), display.clone());
                    site.insert(locale, Arc::new(resource));
                }
                Err(mut found) => problems.append(&mut found),
            },
            Ok(None) => {}
            Err(d) => problems.push(d),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let parts: Vec<&[u8]> = built_in
        .iter()
        .chain(site.iter())
        .flat_map(|(locale, resource)| [locale.as_bytes(), resource.source().as_bytes()])
        .collect();
    let fingerprint = crate::cache::key(&parts);
    Ok(Catalog {
        built_in,
        site,
        site_paths,
        fingerprint,
    })
}

fn parse_ftl(text: &str, display: &str) -> Result<FluentResource, Vec<Diagnostic>> {
    FluentResource::try_new(text.to_string()).map_err(|(_, errors)| {
        errors
            .into_iter()
            .map(|e| {
                Diagnostic::error(display, I18nError::Syntax(e.kind)).at_offset(text, e.pos.start)
            })
            .collect()
    })
}

/// One locale's strings and date format, ready for its pages.
pub struct Localizer {
    pub locale: String,
    /// `rtl` or `ltr`, for `<html dir>`.
    pub direction: &'static str,
    /// The language's own name, for the switcher.
    pub autonym: String,
    bundles: Vec<FluentBundle<Arc<FluentResource>>>,
    dates: Option<FixedCalendarDateTimeFormatter<Gregorian, YMD>>,
    /// Every message without variables, formatted, keyed by id with `_` for `-` (templates' `t`).
    pub strings: BTreeMap<String, String>,
}

impl Localizer {
    pub fn new(locale: &str, default_locale: &str, catalog: &Catalog) -> Localizer {
        let mut bundles = Vec::new();
        for link in fallback_chain(locale, default_locale) {
            let resources: Vec<_> = [catalog.built_in.get(&link), catalog.site.get(&link)]
                .into_iter()
                .flatten()
                .collect();
            if resources.is_empty() {
                continue;
            }
            let langid: LanguageIdentifier = link.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Unicode isolation marks would end up as invisible characters in the HTML.
            bundle.set_use_isolating(false);
            for resource in resources {
                bundle.add_resource_overriding(Arc::clone(resource));
            }
            bundles.push(bundle);
        }
        let icu_locale: Option<icu_locale::Locale> = locale.parse().ok();
        let dates = icu_locale.as_ref().and_then(|l| {
            FixedCalendarDateTimeFormatter::try_new(l.clone().into(), YMD::long()).ok()
        });
        let direction = match &icu_locale {
            Some(l) if icu_locale::LocaleDirectionality::new_common().is_right_to_left(&l.id) => {
                "rtl"
            }
            _ => "ltr",
        };
        let mut localizer = Localizer {
            locale: locale.to_string(),
            direction,
            autonym: String::new(),
            bundles,
            dates,
            strings: BTreeMap::new(),
        };
        localizer.autonym = localizer
            .own_message("language-name")
            .unwrap_or_else(|| autonym(locale).to_string());
        let ids: BTreeSet<&str> = catalog
            .built_in
            .values()
            .chain(catalog.site.values())
            .flat_map(|r| message_ids(r))
            .collect();
        for id in ids {
            if let Some(text) = localizer.message(id, None) {
                localizer.strings.insert(id.replace('-', "_"), text);
            }
        }
        localizer
    }

    /// A message from the first bundle of the chain that has it.
    pub fn message(&self, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        self.bundles.iter().find_map(|bundle| {
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            Some(
                bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned(),
            )
        })
    }

    /// A message formatted with named string arguments.
    pub fn message_with(&self, id: &str, args: &[(&str, &str)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, (*value).to_string());
        }
        // The reference locale defines every id the code asks for (tested below).
        self.message(id, Some(&fluent_args)).unwrap_or_default()
    }

    /// A message with one number, `$count`, for plural forms.
    pub fn message_count(&self, id: &str, count: usize) -> String {
        let mut fluent_args = FluentArgs::new();
        fluent_args.set("count", count);
        self.message(id, Some(&fluent_args)).unwrap_or_default()
    }

    /// The message as this locale itself defines it, without falling back.
    fn own_message(&self, id: &str) -> Option<String> {
        let bundle = self.bundles.first()?;
        if bundle.locales.first().map(ToString::to_string).as_deref() != Some(self.locale.as_str())
        {
            return None;
        }
        let pattern = bundle.get_message(id)?.value()?;
        Some(
            bundle
                .format_pattern(pattern, None, &mut Vec::new())
                .into_owned(),
        )
    }

    /// "February 1, 2026", "1 février 2026", from CLDR (its root pattern for a locale CLDR lacks);
    /// ISO only if ICU cannot format the date at all.
    pub fn format_date(&self, date: Date) -> String {
        let icu_date =
            icu_calendar::Date::try_new_gregorian(i32::from(date.year()), date.month(), date.day());
        match (&self.dates, icu_date) {
            (Some(formatter), Ok(d)) => formatter.format(&d).to_string(),
            _ => date.to_string(),
        }
    }
}

/// `locale` and the shorter tags of its language, longest first: `pt-BR`, `pt`.
fn language_chain(locale: &str) -> Vec<String> {
    let parts: Vec<&str> = locale.split('-').collect();
    (1..=parts.len())
        .rev()
        .map(|n| parts[..n].join("-"))
        .collect()
}

/// `fr-CA` → [`fr-CA`, `fr`, default locale's chain, `en`], without repeats.
pub fn fallback_chain(locale: &str, default_locale: &str) -> Vec<String> {
    let mut chain: Vec<String> = Vec::new();
    for tag in [locale, default_locale, REFERENCE_LOCALE] {
        for candidate in language_chain(tag) {
            if !chain.contains(&candidate) {
                chain.push(candidate);
            }
        }
    }
    chain
}

fn message_ids(resource: &FluentResource) -> impl Iterator<Item = &str> {
    resource.entries().filter_map(|entry| match entry {
        fluent_syntax::ast::Entry::Message(message) => Some(message.id.name),
        _ => None,
    })
}

/// Languages' own names, for locales whose Fluent file does not say (`language-name`).
fn autonym(locale: &str) -> &str {
    let language = locale.split('-').next().unwrap_or(locale);
    match language {
        "ar" => "العربية",
        "bg" => "Български",
        "cs" => "Čeština",
        "da" => "Dansk",
        "de" => "Deutsch",
        "el" => "Ελληνικά",
        "en" => "English",
        "es" => "Español",
        "fa" => "فارسی",
        "fi" => "Suomi",
        "fr" => "Français",
        "he" => "עברית",
        "hr" => "Hrvatski",
        "hu" => "Magyar",
        "it" => "Italiano",
        "ja" => "日本語",
        "ko" => "한국어",
        "lt" => "Lietuvių",
        "nl" => "Nederlands",
        "pl" => "Polski",
        "pt" => "Português",
        "ro" => "Română",
        "ru" => "Русский",
        "sk" => "Slovenčina",
        "sl" => "Slovenščina",
        "sv" => "Svenska",
        "tr" => "Türkçe",
        "uk" => "Українська",
        "zh" => "中文",
        _ => locale,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        load_catalog(Path::new("/nonexistent")).expect("built-in messages parse")
    }

    #[test]
    fn chain_falls_back_region_language_default_english() {
        assert_eq!(fallback_chain("fr-CA", "de"), ["fr-CA", "fr", "de", "en"]);
        assert_eq!(fallback_chain("en", "en"), ["en"]);
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
        assert_eq!(fr_ca.autonym, "Français");
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
}
