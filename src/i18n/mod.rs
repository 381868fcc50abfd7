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

use crate::language::{self as names, LanguageNames};

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

    /// Whether `tag` itself has strings, built in or in the site's `locales/`.
    pub fn defines(&self, tag: &str) -> bool {
        self.built_in.contains_key(tag) || self.site.contains_key(tag)
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
    /// The locale's own name, for the switcher: the site's `language-name` for it, else CLDR's.
    pub autonym: String,
    links: Vec<Link>,
    dates: Option<FixedCalendarDateTimeFormatter<Gregorian, YMD>>,
    /// Every message without variables, formatted, keyed by id with `_` for `-`, as plain text
    /// (templates' `t_plain`, for attributes and titles).
    pub strings: BTreeMap<String, String>,
    /// The same messages as HTML, marked with their language where it is not the page's
    /// (templates' `t`).
    pub html: BTreeMap<String, String>,
    /// The site's `language-name` of each of its locales, for a locale CLDR cannot name.
    own_names: BTreeMap<String, String>,
}

/// One link of a locale's fallback chain: the messages of one language.
struct Link {
    bundle: FluentBundle<Arc<FluentResource>>,
    /// `lang` and `dir` attributes for its messages, when its language is not the page's.
    marking: Option<String>,
    /// Locales' names in its language, for the `Arg::Language` of its messages.
    names: Option<LanguageNames>,
}

/// A value for a message's variable.
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    Text(&'a str),
    /// A number, for plural forms.
    Count(usize),
    /// A locale, named in the language of the message: "Englisch" in a German sentence.
    Language(&'a str),
}

/// A formatted message, as text and as HTML; the HTML is wrapped in `<span lang>` (and `dir`)
/// when the message comes from another language than the page's, down its fallback chain.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub html: String,
}

impl Localizer {
    pub fn new(locale: &str, default_locale: &str, catalog: &Catalog) -> Localizer {
        let direction = direction(locale);
        let mut links = Vec::new();
        for tag in fallback_chain(locale, default_locale) {
            let resources: Vec<_> = [catalog.built_in.get(&tag), catalog.site.get(&tag)]
                .into_iter()
                .flatten()
                .collect();
            if resources.is_empty() {
                continue;
            }
            let langid: LanguageIdentifier = tag.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Unicode isolation marks would end up as invisible characters in the HTML.
            bundle.set_use_isolating(false);
            for resource in resources {
                bundle.add_resource_overriding(Arc::clone(resource));
            }
            let same_language = language_of(&tag) == language_of(locale);
            let marking = (!same_language).then(|| lang_attributes(&tag, direction));
            // The page's own locale names languages as its readers write them (pt-BR, not pt).
            let names = LanguageNames::new(if same_language { locale } else { &tag });
            links.push(Link {
                bundle,
                marking,
                names,
            });
        }
        let icu_locale: Option<icu_locale::Locale> = locale.parse().ok();
        let dates = icu_locale.as_ref().and_then(|l| {
            FixedCalendarDateTimeFormatter::try_new(l.clone().into(), YMD::long()).ok()
        });
        let own_names: BTreeMap<String, String> = catalog
            .site
            .iter()
            .filter_map(|(tag, resource)| Some((tag.clone(), language_name(resource)?)))
            .collect();
        let mut localizer = Localizer {
            locale: locale.to_string(),
            direction,
            autonym: String::new(),
            links,
            dates,
            strings: BTreeMap::new(),
            html: BTreeMap::new(),
            own_names,
        };
        localizer.autonym = localizer.own_name(locale).unwrap_or_else(|| {
            let built_in = catalog.built_in.get(locale).and_then(|r| language_name(r));
            built_in.unwrap_or_else(|| locale.to_string())
        });
        let ids: BTreeSet<&str> = catalog
            .built_in
            .values()
            .chain(catalog.site.values())
            .flat_map(|r| message_ids(r))
            .collect();
        for id in ids {
            if let Some(message) = localizer.format(id, &[]) {
                let key = id.replace('-', "_");
                localizer.html.insert(key.clone(), message.html);
                localizer.strings.insert(key, message.text);
            }
        }
        localizer
    }

    /// A message from the first link of the chain that has it, as text and as HTML.
    pub fn format(&self, id: &str, args: &[(&str, Arg<'_>)]) -> Option<Message> {
        let link = self.links.iter().find(|link| link.bundle.has_message(id))?;
        let pattern = link.bundle.get_message(id)?.value()?;
        let mut text_args = FluentArgs::new();
        let mut html_args = FluentArgs::new();
        // Names CLDR lacks in the message's language: each locale's own name, marked with its
        // language, put into the HTML in place of a placeholder the escaping leaves alone.
        let mut marked: Vec<(String, String)> = Vec::new();
        for (name, arg) in args {
            match *arg {
                Arg::Text(text) => {
                    text_args.set(*name, text.to_string());
                    html_args.set(*name, text.to_string());
                }
                Arg::Count(count) => {
                    text_args.set(*name, count);
                    html_args.set(*name, count);
                }
                Arg::Language(other) => match link.names.as_ref().and_then(|n| n.of(other)) {
                    Some(named) => {
                        text_args.set(*name, named.clone());
                        html_args.set(*name, named);
                    }
                    None => {
                        let own = self.own_name(other).unwrap_or_else(|| other.to_string());
                        let placeholder = format!("\u{E000}{}\u{E001}", marked.len());
                        let mut html = format!("<span{}>", lang_attributes(other, self.direction));
                        crate::escape::push_escaped(&mut html, &own);
                        html.push_str("</span>");
                        text_args.set(*name, own);
                        html_args.set(*name, placeholder.clone());
                        marked.push((placeholder, html));
                    }
                },
            }
        }
        let format = |args: &FluentArgs<'_>| {
            let bundle = &link.bundle;
            bundle
                .format_pattern(pattern, Some(args), &mut Vec::new())
                .into_owned()
        };
        let text = format(&text_args);
        // Punctuation alone (`colon`) is in no language: it is not marked.
        let marking = link
            .marking
            .as_ref()
            .filter(|_| text.chars().any(char::is_alphanumeric));
        let mut html = String::new();
        if let Some(attributes) = marking {
            html.push_str(&format!("<span{attributes}>"));
        }
        // Formatted a second time only when a name goes in marked, under its placeholder.
        let mut body = if marked.is_empty() {
            crate::escape::escape_markup(&text)
        } else {
            crate::escape::escape_markup(&format(&html_args))
        };
        for (placeholder, name) in &marked {
            body = body.replace(placeholder, name);
        }
        html.push_str(&body);
        if marking.is_some() {
            html.push_str("</span>");
        }
        Some(Message { text, html })
    }

    /// A message formatted with named string arguments, as plain text (`redline notice`, the
    /// feeds).
    pub fn message_with(&self, id: &str, args: &[(&str, &str)]) -> String {
        let args: Vec<(&str, Arg<'_>)> = args.iter().map(|(n, v)| (*n, Arg::Text(v))).collect();
        // The reference locale defines every id the code asks for (tested below).
        self.format(id, &args).map(|m| m.text).unwrap_or_default()
    }

    /// `locale`'s name in itself: the site's `language-name` for it, else CLDR's.
    fn own_name(&self, locale: &str) -> Option<String> {
        self.own_names
            .get(locale)
            .cloned()
            .or_else(|| names::autonym(locale))
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

/// `rtl` or `ltr`: the direction of `locale`'s script.
fn direction(locale: &str) -> &'static str {
    match locale.parse::<icu_locale::Locale>() {
        Ok(l) if icu_locale::LocaleDirectionality::new_common().is_right_to_left(&l.id) => "rtl",
        _ => "ltr",
    }
}

/// ` lang="…"`, and ` dir="…"` when `tag`'s direction is not `page_direction`.
fn lang_attributes(tag: &str, page_direction: &str) -> String {
    let dir = direction(tag);
    if dir == page_direction {
        format!(" lang=\"{tag}\"")
    } else {
        format!(" lang=\"{tag}\" dir=\"{dir}\"")
    }
}

/// The language subtag, lowercased: `pt` for `pt-BR`.
fn language_of(tag: &str) -> String {
    tag.split('-').next().unwrap_or(tag).to_ascii_lowercase()
}

/// The `language-name` message of a resource, its text as written.
fn language_name(resource: &FluentResource) -> Option<String> {
    resource.entries().find_map(|entry| match entry {
        fluent_syntax::ast::Entry::Message(m) if m.id.name == "language-name" => {
            let pattern = m.value.as_ref()?;
            let text: String = pattern
                .elements
                .iter()
                .map(|element| match element {
                    fluent_syntax::ast::PatternElement::TextElement { value } => *value,
                    fluent_syntax::ast::PatternElement::Placeable { .. } => "",
                })
                .collect();
            Some(text.trim().to_string()).filter(|t| !t.is_empty())
        }
        _ => None,
    })
}

/// `locale` and the other tags of its language that its readers read, most specific first:
/// the shorter tags of `locale`, and the tags with the script CLDR's likely subtags give it,
/// before the bare language. `pt-BR` → `pt-BR`, `pt-Latn-BR`, `pt-Latn`, `pt`; `zh-TW` →
/// `zh-TW`, `zh-Hant-TW`, `zh-Hant`, `zh` (so Taiwan reads the Traditional strings, and never
/// reaches `zh`'s likely Simplified); `zh` → `zh`, `zh-Hans`; `sr-RS` → … `sr-Cyrl`, `sr`.
/// Tags nothing defines are skipped where the chain is used.
pub(crate) fn language_chain(locale: &str) -> Vec<String> {
    let parts: Vec<&str> = locale.split('-').collect();
    let mut chain: Vec<String> = (2..=parts.len())
        .rev()
        .map(|n| parts[..n].join("-"))
        .collect();
    if chain.is_empty() {
        chain.push(locale.to_string());
    }
    if let Ok(mut id) = icu_locale::LanguageIdentifier::try_from_str(locale) {
        let had_region = id.region.is_some();
        id.variants.clear();
        // CLDR's likely subtags, for every language CLDR knows (compiled in).
        icu_locale::LocaleExpander::new_extended().maximize(&mut id);
        if let Some(script) = id.script {
            let language = id.language.as_str();
            let with_script = format!("{language}-{}", script.as_str());
            let with_region = had_region
                .then(|| {
                    id.region
                        .map(|region| format!("{with_script}-{}", region.as_str()))
                })
                .flatten();
            for tag in with_region.into_iter().chain([with_script]) {
                if !chain.iter().any(|known| known.eq_ignore_ascii_case(&tag)) {
                    chain.push(tag);
                }
            }
        }
    }
    let language = parts[0];
    if parts.len() > 1
        && !chain
            .iter()
            .any(|known| known.eq_ignore_ascii_case(language))
    {
        chain.push(language.to_string());
    }
    chain
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

#[cfg(test)]
mod tests;
