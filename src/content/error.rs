//! What can be wrong with `content/`: its folders and file names, a version file, a policy as
//! a whole, and the warnings about the loaded site (`review`). Each variant carries the facts
//! (ids, dates, locales, paths); its `Display` is the sentence the legal team reads.

use super::POLICY_FILE;
use crate::date::{Date, DateError};
use crate::error::Problem;

/// The latest date a version effective on `date` can be announced with `notice_days` of notice.
fn earliest_announcement(date: Date, notice_days: u32) -> Date {
    date.plus_days(-i64::from(notice_days)).unwrap_or(date)
}

const NAMING_HELP: &str = "name version files <date>.<locale>.md, e.g. 2026-02-01.en.md";

#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    #[error("a version file outside a policy folder")]
    VersionOutsidePolicy,
    #[error("the site has no policies")]
    NoPolicies,
    #[error("`{0}` cannot be a policy name: it becomes part of every URL")]
    BadPolicyName(String),
    #[error("`source_locale: {0}` is not a BCP 47 language tag")]
    BadSourceLocale(String),
    #[error("a folder named like a version file")]
    FolderNamedLikeVersion,
    /// `policy_dir`: the policy's folder, site-relative.
    #[error("a version file inside a sub-folder of a policy")]
    VersionInSubfolder { policy_dir: String },
    /// A file of a policy folder that is neither a version file nor policy.yaml.
    #[error("redline does not know what this file is")]
    UnknownFile { name: String },
    /// Two files for one locale of a version (`EN` and `en`); `other` is the one kept.
    #[error("{other} is also the `{locale}` text of version {date}")]
    SameLocaleTwice {
        other: String,
        locale: String,
        date: Date,
    },
    /// No file at all in the source language; `written` lists the locales there are.
    #[error(
        "this policy's source language is `{source_locale}`, but it has no `{source_locale}` file (only {})",
        .written.join(", ")
    )]
    NoSourceFile {
        source_locale: String,
        written: Vec<String>,
        policy_dir: String,
    },
    #[error("this translates version {date}, which has no {source_locale} text")]
    TranslatesMissingVersion {
        date: Date,
        source_locale: String,
        policy_dir: String,
    },
    #[error("this policy has no versions")]
    NoVersions {
        policy_dir: String,
        source_locale: String,
    },
    #[error("the file name has no locale")]
    NameWithoutLocale,
    #[error("in the file name, {}", .error.explain(.date))]
    BadDateInName { date: String, error: DateError },
    #[error("in the file name, `{0}` is not a BCP 47 language tag")]
    BadLocaleInName(String),
    /// `how_to_add`: the line of site.yaml to change, and how (`LocalesKey::how_to_add`).
    #[error("locale `{locale}` is not listed in site.yaml")]
    LocaleNotListed { locale: String, how_to_add: String },
    #[error("the file cannot be opened (a link to a file that does not exist?)")]
    MissingFile,
    #[error("this version has no text")]
    NoText,
    #[error("the front matter opened on line 1 is never closed")]
    FrontMatterNotClosed,
    /// A warning: no title in the version's front matter nor in policy.yaml.
    #[error("this version has no title: its pages are titled `{policy}`, the folder's name")]
    Untitled { policy: String },
    /// A warning: a locale lacks the translation of the current version `date`.
    #[error("the current version has no `{locale}` translation; `{locale}` readers see this text")]
    Untranslated {
        policy: String,
        date: Date,
        locale: String,
    },
    /// A warning: a locale lacks the translation of the upcoming version `date`, and its readers
    /// will see the source text from that day; `announced`, when the version is scheduled (not
    /// announced yet). The diagnostic is on the source text; the help names the file to create.
    #[error(
        "from {date}, {locale} readers will see the {} text{}",
        crate::language::english_name(.source_locale),
        .announced.map(|a| format!(" (the version is announced on {a})")).unwrap_or_default()
    )]
    UpcomingUntranslated {
        policy: String,
        date: Date,
        locale: String,
        source_locale: String,
        announced: Option<Date>,
    },
    /// A reminder (`check`): the current version, in effect since `since`, is due for review.
    #[error(
        "the current version has been in effect since {since}, more than {review_after_days} days ago"
    )]
    ReviewDue {
        policy: String,
        since: Date,
        review_after_days: u32,
    },
    /// A warning (`check`): a version after the first says nothing of what it changes.
    #[error("this version has no `summary`")]
    NoSummary,
    #[error("`announced: {announced}` is after the version's date, {date}")]
    AnnouncedAfterDate { announced: Date, date: Date },
    /// A material version must be announced `notice_days` ahead.
    #[error(
        "version {date} is a material change but has no `announced` date: it needs {notice_days} days of notice"
    )]
    MaterialNotAnnounced { date: Date, notice_days: u32 },
    #[error(
        "version {date} is a material change announced on {announced}: {days} days of notice, less than the {notice_days} days required"
    )]
    NoticeTooShort {
        date: Date,
        announced: Date,
        days: i64,
        notice_days: u32,
    },
    /// A translation repeats `material` or `announced` with another value than the source
    /// text's (`source`, its path).
    #[error(
        "`{key}: {value}` differs from the source text's `{key}: {source_value}` in {source_path}"
    )]
    TranslationDisagrees {
        key: &'static str,
        value: String,
        source_value: String,
        source_path: String,
    },
}

impl Problem for ContentError {
    fn help(&self) -> Option<String> {
        let help = match self {
            ContentError::VersionOutsidePolicy => "move it to content/<policy>/<date>.<locale>.md, e.g. content/privacy/2026-02-01.en.md".to_string(),
            ContentError::NoPolicies => "add a version file such as content/privacy/2026-01-01.en.md (redline guide, \"Getting started\")".to_string(),
            ContentError::BadPolicyName(_) => "rename the folder using lowercase letters, digits and hyphens, e.g. `terms-of-service`".to_string(),
            ContentError::BadSourceLocale(_) => "write a tag such as `en` or `fr-CA`".to_string(),
            ContentError::FolderNamedLikeVersion => "version files are files; move what it holds into the policy folder and remove it".to_string(),
            ContentError::VersionInSubfolder { policy_dir } => {
                format!("move it directly into {policy_dir}/")
            }
            ContentError::UnknownFile { name } => {
                let lower = name.to_lowercase();
                if lower.ends_with(".md") || lower.ends_with(".markdown") {
                    "rename it to end in `.md`, e.g. 2026-02-01.en.md".to_string()
                } else if lower == "policy.yml" {
                    format!("rename it to `{POLICY_FILE}`")
                } else {
                    format!(
                        "a policy folder holds only <date>.<locale>.md files and {POLICY_FILE}; move this file elsewhere"
                    )
                }
            }
            ContentError::SameLocaleTwice { .. } => "keep one of the two files".to_string(),
            ContentError::NoSourceFile {
                written,
                policy_dir,
                ..
            } => format!(
                "set `source_locale: {}` in {policy_dir}/{POLICY_FILE}, or `default_locale` in site.yaml",
                written.first().map_or("en", String::as_str)
            ),
            ContentError::TranslatesMissingVersion {
                date,
                source_locale,
                policy_dir,
            } => format!(
                "add {policy_dir}/{date}.{source_locale}.md (the source text), or rename this file to the date of the version it translates"
            ),
            ContentError::NoVersions {
                policy_dir,
                source_locale,
            } => format!("add a version file such as {policy_dir}/2026-01-01.{source_locale}.md"),
            ContentError::NameWithoutLocale
            | ContentError::BadDateInName { .. }
            | ContentError::BadLocaleInName(_) => NAMING_HELP.to_string(),
            ContentError::LocaleNotListed { how_to_add, .. } => {
                format!("{how_to_add}; or remove this file")
            }
            ContentError::MissingFile => {
                "replace the link with the file itself, or remove it".to_string()
            }
            ContentError::NoText => {
                "write the policy's text after the front matter, or remove the file".to_string()
            }
            ContentError::FrontMatterNotClosed => {
                "add a line with only `---` after the last front-matter key".to_string()
            }
            ContentError::Untitled { policy } => format!(
                "add `title: <the policy's name>` to its front matter, or `title:` to content/{policy}/{POLICY_FILE} for every version"
            ),
            ContentError::Untranslated {
                policy,
                date,
                locale,
            } => format!("translate it into content/{policy}/{date}.{locale}.md"),
            ContentError::UpcomingUntranslated {
                policy,
                date,
                locale,
                ..
            } => format!("translate it into content/{policy}/{date}.{locale}.md before {date}"),
            ContentError::ReviewDue { policy, .. } => format!(
                "review the policy (CCPA asks for a yearly review) and publish the result as a new version: redline new {policy}; `review_after_days` in site.yaml sets when to remind (0: never)"
            ),
            ContentError::AnnouncedAfterDate { date, .. } => format!(
                "a version is announced before it takes effect: write a date no later than {date}"
            ),
            ContentError::MaterialNotAnnounced { date, notice_days } => format!(
                "add `announced: <date>` no later than {}, or remove `material: true`",
                earliest_announcement(*date, *notice_days)
            ),
            ContentError::NoticeTooShort {
                date,
                announced,
                notice_days,
                ..
            } => format!(
                "announce it on {} or earlier, or move its date to {} or later; `notice_days` in site.yaml or policy.yaml sets the period",
                earliest_announcement(*date, *notice_days),
                announced.plus_days(i64::from(*notice_days)).unwrap_or(*announced)
            ),
            ContentError::TranslationDisagrees { key, source_path, .. } => format!(
                "`{key}` belongs to the version: set it in {source_path} only, and remove it here or write the same value"
            ),
            ContentError::NoSummary => "add `summary: <what changed, in one sentence>` to the front matter; history pages and feeds show it".to_string(),
        };
        Some(help)
    }
}
