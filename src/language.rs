//! Languages' names from CLDR (`icu_experimental`'s display names): a locale's name in the
//! language of a sentence ("Englisch" in German), each locale's name in itself, for the
//! language switcher ("Français", "العربية (مصر)", "Srpski (latinica)"), and in English, for
//! the messages of `status` and `check`. A foundation: `content` and `i18n` both ask it, and it
//! knows no stage.

use icu_experimental::displaynames::DisplayNamesOptions;
use icu_experimental::displaynames::multi::{LanguageDisplayNames, LocaleDisplayNamesFormatter};
use icu_locale::Locale;

/// Locales' names, written in one language.
pub(crate) struct LanguageNames {
    languages: LanguageDisplayNames,
    locales: LocaleDisplayNamesFormatter,
}

impl LanguageNames {
    /// Names written in `language` (a locale tag); `None` when it is not one ICU reads.
    pub(crate) fn new(language: &str) -> Option<LanguageNames> {
        let locale: Locale = language.parse().ok()?;
        Some(LanguageNames {
            languages: LanguageDisplayNames::try_new(
                (&locale).into(),
                DisplayNamesOptions::default(),
            )
            .ok()?,
            locales: LocaleDisplayNamesFormatter::try_new(
                (&locale).into(),
                DisplayNamesOptions::default(),
            )
            .ok()?,
        })
    }

    /// `locale`'s name, its region or script in parentheses ("Portugiesisch (Brasilien)"), or
    /// CLDR's name for the variant ("Britisches Englisch"); `None` when CLDR does not name its
    /// language in this one.
    pub(crate) fn of(&self, locale: &str) -> Option<String> {
        let locale: Locale = locale.parse().ok()?;
        self.languages.of(locale.id.language)?;
        Some(self.locales.of(&locale).into_owned())
    }
}

/// `locale`'s name in itself, capitalized as it starts a list item (CLDR's `uiListOrMenu`);
/// `None` when CLDR has no name for its language in it.
pub(crate) fn autonym(locale: &str) -> Option<String> {
    let name = LanguageNames::new(locale)?.of(locale)?;
    let mut chars = name.chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

/// `locale`'s name in English ("French", "Brazilian Portuguese"), for the messages of
/// `status` and `check`, which are in English; the tag itself when CLDR does not name it.
pub fn english_name(locale: &str) -> String {
    LanguageNames::new("en")
        .and_then(|names| names.of(locale))
        .unwrap_or_else(|| locale.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_in_the_readers_language_and_autonyms_in_their_own() {
        let german = LanguageNames::new("de").expect("German names");
        assert_eq!(german.of("en").as_deref(), Some("Englisch"));
        assert_eq!(autonym("fr").as_deref(), Some("Français"));
        assert_eq!(autonym("ar").as_deref(), Some("العربية"));
        assert_eq!(autonym("ar-EG").as_deref(), Some("العربية (مصر)"));
        assert_eq!(autonym("pt-BR").as_deref(), Some("Português (Brasil)"));
        let serbian = autonym("sr-Latn").expect("a name for sr-Latn");
        assert!(serbian.starts_with("Srpski"), "{serbian}");
        assert_eq!(autonym("qaa"), None, "a private-use language has no name");
        assert_eq!(english_name("en"), "English");
        assert_eq!(english_name("fr"), "French");
        assert_eq!(english_name("ja"), "Japanese");
        assert_eq!(english_name("qaa"), "qaa");
    }
}
