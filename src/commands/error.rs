//! What `new`, `init`, `notice` and `locales extract` refuse: mostly a command line that does not fit
//! the site (a usage error), and a file they would overwrite (a problem of the site).

use std::path::PathBuf;

use crate::date::Date;
use crate::error::Problem;

#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    /// `redline new POLICY` with a policy the site lacks; `known` are the site's policies.
    #[error("there is no policy `{policy}`; the policies are: {}", .known.join(", "))]
    NoSuchPolicy { policy: String, known: Vec<String> },
    /// `redline notice --locale` with a locale the site lacks; `known` are the site's locales.
    #[error("there is no locale `{locale}`; the locales are: {}", .known.join(", "))]
    NoSuchLocale { locale: String, known: Vec<String> },
    /// `redline notice` on a site without an absolute `base_url`.
    #[error("`base_url` is not an absolute URL, and a notice needs absolute links")]
    NoticeNeedsBaseUrl,
    /// `redline notice` when no version of `policy` is upcoming and announced on `today`.
    #[error("nothing to announce: `{policy}` has no upcoming version announced as of {today}")]
    NothingAnnounced { policy: String, today: Date },
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
            CommandError::NoticeNeedsBaseUrl => Some(
                "an e-mail or a banner is read outside the site: write the address the site is \
                 published at, e.g. `base_url: https://example.com/legal`, in site.yaml"
                    .to_string(),
            ),
            CommandError::NothingAnnounced { .. } => Some(
                "a notice announces the next version dated after --today, once its `announced` \
                 date (if it has one) has come; start one with `redline new`"
                    .to_string(),
            ),
            // Usage errors: the message says what to do.
            _ => None,
        }
    }
}
