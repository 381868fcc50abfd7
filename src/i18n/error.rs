//! What can be wrong with a site's Fluent files: their names, their syntax, references that
//! cannot be formatted, and (for `check`) how they compare with the English messages.

use crate::error::Problem;

#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    /// `locales/<stem>.ftl` whose stem is not a locale.
    #[error("`{0}` is not a BCP 47 language tag")]
    NotALocaleFile(String),
    #[error("Fluent syntax: {0}")]
    Syntax(fluent_syntax::parser::ErrorKind),
    /// A reference to a message or term that does not exist.
    #[error("the message `{id}` cannot be formatted: {error}")]
    CannotFormat {
        id: String,
        error: fluent::FluentError,
    },
    /// An id the English strings do not have; `near` is the English id it may be a typo of.
    #[error("`{id}` is not a message of the English strings")]
    UnknownMessage { id: String, near: Option<String> },
    /// A variable the English message does not have; `known` lists those it has.
    #[error("`{id}` uses `${variable}`, which the English message does not have")]
    UnknownVariable {
        id: String,
        variable: String,
        known: Vec<String>,
    },
    /// A warning (`check`): English messages the locale lacks, of `total`.
    #[error(
        "{} of {total} messages are not translated: {}",
        .missing.len(),
        .missing.join(", ")
    )]
    Untranslated {
        locale: String,
        missing: Vec<String>,
        total: usize,
    },
}

impl Problem for I18nError {
    fn help(&self) -> Option<String> {
        let help = match self {
            I18nError::NotALocaleFile(_) => {
                "name Fluent files locales/<locale>.ftl, e.g. locales/fr.ftl or locales/pt-BR.ftl"
                    .to_string()
            }
            I18nError::Syntax(_) => {
                "write each message as `id = text`; continue long text on lines indented by spaces"
                    .to_string()
            }
            I18nError::CannotFormat { .. } => {
                "refer only to messages and terms that this file or the built-in strings define"
                    .to_string()
            }
            I18nError::UnknownMessage {
                near: Some(near), ..
            } => {
                format!("did you mean `{near}`?")
            }
            I18nError::UnknownMessage { near: None, .. } => {
                "remove it, or add it to locales/en.ftl if a template of your theme uses it"
                    .to_string()
            }
            I18nError::UnknownVariable { known, .. } if known.is_empty() => {
                "this message gets no variables".to_string()
            }
            I18nError::UnknownVariable { known, .. } => {
                let listed: Vec<String> = known.iter().map(|v| format!("${v}")).collect();
                format!("it gets {}", listed.join(", "))
            }
            I18nError::Untranslated { locale, .. } => format!(
                "readers of `{locale}` see them in the fallback language; `redline locales extract {locale}` lists them all"
            ),
        };
        Some(help)
    }
}
