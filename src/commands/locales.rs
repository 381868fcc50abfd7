//! `redline locales extract LOCALE`: a Fluent file for a translator to fill in: every English
//! message and term, its English text as a comment above it, the entry itself commented out
//! until translated (so readers see the next language of the locale's chain, not a placeholder,
//! in the meantime). Where redline has built-in strings for the locale or its language (`pt`
//! for `pt-BR`), those are written instead, ready to adjust.

use std::io::Write;
use std::path::PathBuf;

use crate::commands::CommandError;
use crate::config::{canonical_locale, load_config};
use crate::error::Error;
use crate::i18n::{Catalog, LOCALES_DIR, fallback_chain, language_chain, load_catalog};

pub struct ExtractOptions {
    pub root: PathBuf,
    pub locale: String,
}

pub fn extract(options: &ExtractOptions, out: &mut dyn Write) -> Result<(), Error> {
    let locale = canonical_locale(&options.locale)
        .ok_or_else(|| Error::usage(CommandError::NotALocale(options.locale.clone())))?;
    let catalog = load_catalog(&options.root).map_err(Error::Site)?;
    let relative = format!("{LOCALES_DIR}/{locale}.ftl");
    let own = catalog.sources(&locale);
    let config = load_config(&options.root).map_err(Error::Site)?;
    let default_locale = &config.default_locale;
    let mut text = header(&locale, default_locale, &catalog);
    let english = catalog.english_sources();
    let mut done = 0;
    for entry in &english {
        text.push('\n');
        for line in entry.source.lines() {
            text.push_str(format!("# en: {line}").trim_end());
            text.push('\n');
        }
        if let Some(translated) = own
            .iter()
            .find(|known| known.id == entry.id && known.term == entry.term)
        {
            // Already translated (built in, or in an earlier file): to keep or adjust.
            text.push_str(&translated.source);
            text.push('\n');
            done += usize::from(!entry.term);
        } else {
            for line in entry.source.lines() {
                text.push_str(&format!("#{line}\n"));
            }
        }
    }
    super::create_new_file(
        &options.root,
        &relative,
        &text,
        CommandError::LocaleFileExists,
    )?;
    let total = english.iter().filter(|entry| !entry.term).count();
    // A site that lists its locales publishes no other: the file alone would show nowhere.
    let listing = config
        .how_to_list(&locale)
        .map_or_else(String::new, |how| format!("{how}, "));
    let _ = writeln!(
        out,
        "wrote {relative}: {total} messages, {done} already translated; translate the rest, {listing}then preview with redline serve"
    );
    Ok(())
}

/// What the file is and how to fill it in, saying truly where an untranslated message shows:
/// in the next language of the locale's chain that has strings (DESIGN.md "Translations").
fn header(locale: &str, default_locale: &str, catalog: &Catalog) -> String {
    let chain = fallback_chain(locale, default_locale);
    // Whether `tag` itself has strings (built in or the site's).
    let with_strings = |tag: &str| catalog.defines(tag);
    // Its language's tags (`pt` for `pt-BR`, `zh-Hant` for `zh-TW`): their strings are written
    // below, uncommented.
    let own_chain = language_chain(locale);
    let language: Vec<&String> = chain.iter().filter(|tag| own_chain.contains(tag)).collect();
    let shown_in: Vec<String> = chain
        .iter()
        .filter(|tag| !language.contains(tag) && with_strings(tag))
        .map(|tag| format!("`{tag}`"))
        .collect();
    let prefilled: Vec<String> = language
        .iter()
        .filter(|tag| with_strings(tag))
        .map(|tag| format!("`{tag}`"))
        .collect();
    let mut text = format!(
        "# Interface strings for `{locale}`. Each message shows its English text in a comment.\n\
         # Translate a message by removing the `#` before its id and replacing the text; keep\n\
         # `{{ $variables }}` as they are.\n"
    );
    if !shown_in.is_empty() {
        text.push_str(&format!(
            "# Messages left commented out show in {}.\n",
            shown_in.join(", else in ")
        ));
    }
    if !prefilled.is_empty() {
        text.push_str(&format!(
            "# Messages without `#` are those `{locale}` readers already see, from the strings of\n\
             # {}: adjust them, or delete them to keep those.\n",
            prefilled.join(" and ")
        ));
    }
    text
}
