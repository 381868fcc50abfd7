//! `redline locales extract LOCALE`: a Fluent file for a translator to fill in: every English
//! message and term, its English text as a comment above it, the entry itself commented out
//! until translated (so readers see English, not a placeholder, in the meantime). Where redline
//! has built-in strings for the locale, those are written instead, ready to adjust.

use std::io::Write;
use std::path::PathBuf;

use crate::commands::CommandError;
use crate::config::canonical_locale;
use crate::error::Error;
use crate::i18n::{LOCALES_DIR, load_catalog};

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
    let mut text = format!(
        "# Interface strings for `{locale}`. Each message shows its English text in a comment.\n\
         # Translate a message by removing the `#` before its id and replacing the text; keep\n\
         # `{{ $variables }}` as they are. Messages left commented out show in English.\n"
    );
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
    let _ = writeln!(
        out,
        "wrote {relative}: {total} messages, {done} already translated; translate the rest, then preview with redline serve"
    );
    Ok(())
}
