//! What `new`, `init` and `locales extract` refuse: mostly a command line that does not fit
//! the site (a usage error), and a file they would overwrite (a problem of the site).

use std::path::PathBuf;

use crate::date::Date;
use crate::error::Problem;

#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    /// `redline new POLICY` with a policy the site lacks; `known` are the site's policies.
    #[error("there is no policy `{policy}`; the policies are: {}", .known.join(", "))]
    NoSuchPolicy { policy: String, known: Vec<String> },
    #[error("`{0}` has no version to start from")]
    NoVersionToStartFrom(String),
    #[error("version {date} of `{policy}` already exists; edit it, or choose another --date")]
    VersionExists { policy: String, date: Date },
    /// `--date` is before the latest version.
    #[error(
        "a new version must take effect after the latest one ({latest}); choose a later --date"
    )]
    NotAfterLatest { latest: Date },
    #[error("the latest version of `{policy}` has no {locale} text")]
    NoSourceText { policy: String, locale: String },
    /// `redline init` into a folder that holds something.
    #[error(
        "{} is not empty; redline init writes only into a new or empty folder",
        .0.display()
    )]
    NotEmpty(PathBuf),
    #[error("`{0}` is not a BCP 47 language tag (e.g. de, pt-BR)")]
    NotALocale(String),
    /// The version file `redline new` would write exists.
    #[error("this file already exists; redline never overwrites it")]
    VersionFileExists,
    /// The Fluent file `redline locales extract` would write exists.
    #[error("this file already exists; redline never overwrites it")]
    LocaleFileExists,
}

impl Problem for CommandError {
    fn help(&self) -> Option<String> {
        match self {
            CommandError::VersionFileExists => {
                Some("edit it, or choose another --date".to_string())
            }
            CommandError::LocaleFileExists => {
                Some("check what is missing with `redline status` or `redline check`".to_string())
            }
            // Usage errors: the message says what to do.
            _ => None,
        }
    }
}
