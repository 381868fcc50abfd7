//! `content/` → the `Site` model: policies, their dated versions, and each version's translations.
//!
//! Vocabulary (DESIGN.md): a *policy* is a folder `content/<policy>/`; a *version* is one date
//! (its id and effective date); a *translation* is the file `<date>.<locale>.md`, one locale's
//! text of a version. The source locale's file is the authoritative text and must exist for every
//! version. Takes the settings; returns the model or every problem found. Knows nothing of HTML.

mod error;
mod front_matter;
mod notice;
mod review;
mod shown;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use serde::Deserialize;

use crate::cache::{FileStamp, Memo};
use crate::config::{SiteConfig, canonical_locale};
use crate::date::Date;
use crate::error::Diagnostic;
use crate::read::{SiteRoot, Source, decode_utf8, is_editor_leftover};
use crate::yaml::parse_yaml;

pub use error::ContentError;
pub use front_matter::{Erratum, FrontMatter, Placed};
pub use notice::notice_periods;
pub use review::{review, translation_warnings, untitled_versions, untranslated_upcoming};
pub use shown::{ComparedTexts, Shown, VersionState};

pub const CONTENT_DIR: &str = "content";
pub const POLICY_FILE: &str = "policy.yaml";

/// Parsed version files by path, with the size and time of the file they were read from, for
/// `serve`'s rebuilds. The stamp can miss an edit that keeps both, so `serve` also forgets every
/// file its watcher reports.
pub type SourceMemo = Memo<PathBuf, (FileStamp, Arc<Translation>)>;

/// Everything the stages after `content` share, loaded and checked.
pub struct Site {
    pub config: SiteConfig,
    pub content: Content,
    /// The default locale first, then the others in tag order.
    pub locales: Vec<String>,
    /// The date that decides which versions are current, past and upcoming.
    pub today: Date,
}

/// Every policy of the site, in display order (`order`, then id).
#[derive(Debug, Clone)]
pub struct Content {
    pub policies: Vec<Policy>,
}

#[derive(Debug, Clone)]
pub struct Policy {
    /// The folder name, used in URLs.
    pub id: String,
    /// Whose text is authoritative; other locales translate it.
    pub source_locale: String,
    pub order: i64,
    /// policy.yaml's fallback title, for versions whose front matter has none.
    pub title: Option<String>,
    /// The least notice of a material change, in days (policy.yaml's, else site.yaml's).
    pub notice_days: u32,
    /// Oldest first.
    pub versions: Vec<Version>,
}

#[derive(Debug, Clone)]
pub struct Version {
    /// The effective date, and the version's id.
    pub date: Date,
    /// By locale tag; always holds the source locale. Shared with `serve`'s cache of parsed
    /// files, so a rebuild reuses the files that did not change.
    pub translations: BTreeMap<String, Arc<Translation>>,
    /// The announcement date redline.lock keeps once the clock has reached it, which stands
    /// whatever the front matter says now: an announcement already sent is not withdrawn
    /// (`Content::with_recorded_announcements`).
    pub first_announced: Option<Date>,
}

#[derive(Debug, Clone)]
pub struct Translation {
    pub locale: String,
    /// Site-relative path of the file, for diagnostics and policies.json.
    pub path: String,
    pub front: FrontMatter,
    pub body: String,
    /// The file line on which `body` starts, so Markdown problems point at file lines.
    pub body_line: u32,
    /// blake3 of the file's bytes, hex: what a third party can recompute.
    pub source_hash: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct PolicySettings {
    source_locale: Option<String>,
    order: Option<i64>,
    title: Option<String>,
    notice_days: Option<u32>,
}

impl Version {
    /// The translation in `locale`, if that locale has one.
    pub fn translation(&self, locale: &str) -> Option<&Translation> {
        self.translations.get(locale).map(Arc::as_ref)
    }
}

/// Reads every policy under `<root>/content`.
pub fn load_content(
    root: &Path,
    config: &SiteConfig,
    sources: &SourceMemo,
) -> Result<Content, Vec<Diagnostic>> {
    let loaded = load_content_partly(root, config, sources);
    if loaded.problems.is_empty() {
        Ok(loaded.content)
    } else {
        Err(loaded.problems)
    }
}

/// What `load_content_partly` read: the policies that loaded whole, and every problem.
pub struct Loaded {
    pub content: Content,
    /// The folders of the policies that did not load, for want of which the content is partial.
    pub unloaded: BTreeSet<String>,
    /// Every problem, with the policies that did not load and beyond them.
    pub problems: Vec<Diagnostic>,
}

/// Reads every policy under `<root>/content`, keeping those that load when others do not: the
/// build still renders them, so one run reports their Markdown problems too.
pub fn load_content_partly(root: &Path, config: &SiteConfig, sources: &SourceMemo) -> Loaded {
    let site = SiteRoot::new(root);
    let mut problems = Vec::new();
    let mut policy_dirs = Vec::new();
    for entry in site.walk(&root.join(CONTENT_DIR), 1, &mut problems) {
        let name = entry.name();
        if is_editor_leftover(&name) {
            continue;
        }
        if entry.is_dir {
            policy_dirs.push((name, entry));
        } else if name.ends_with(".md") {
            problems.push(Diagnostic::error(
                &entry.display,
                ContentError::VersionOutsidePolicy,
            ));
        }
    }
    let results: Vec<_> = policy_dirs
        .par_iter()
        .map(|(id, dir)| load_policy(&site, id, dir, config, sources))
        .collect();
    let mut policies = Vec::new();
    let mut unloaded = BTreeSet::new();
    for ((id, _), result) in policy_dirs.iter().zip(results) {
        match result {
            Ok(policy) => policies.push(policy),
            Err(mut found) => {
                problems.append(&mut found);
                unloaded.insert(id.clone());
            }
        }
    }
    if policies.is_empty() && problems.is_empty() {
        problems.push(Diagnostic::error(CONTENT_DIR, ContentError::NoPolicies));
    }
    policies.sort_by(|a, b| (a.order, &a.id).cmp(&(b.order, &b.id)));
    Loaded {
        content: Content { policies },
        unloaded,
        problems,
    }
}

fn is_valid_policy_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
}

fn load_policy(
    site: &SiteRoot,
    id: &str,
    dir: &Source,
    config: &SiteConfig,
    sources: &SourceMemo,
) -> Result<Policy, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let dir_display = dir.display.clone();
    if !is_valid_policy_id(id) {
        problems.push(Diagnostic::error(
            &dir_display,
            ContentError::BadPolicyName(id.to_string()),
        ));
    }
    let settings_path = dir.path.join(POLICY_FILE);
    let settings_display = site.display(&settings_path);
    let settings = match site.file(&settings_path).and_then(|file| file.read_text()) {
        Ok(Some(text)) => {
            parse_yaml::<PolicySettings>(&text, &settings_display, 0).unwrap_or_else(|d| {
                problems.push(d);
                PolicySettings::default()
            })
        }
        Ok(None) => PolicySettings::default(),
        Err(d) => {
            problems.push(d);
            PolicySettings::default()
        }
    };
    let source_locale = match settings.source_locale.as_deref() {
        Some(tag) => canonical_locale(tag).unwrap_or_else(|| {
            problems.push(Diagnostic::error(
                &settings_display,
                ContentError::BadSourceLocale(tag.to_string()),
            ));
            tag.to_string()
        }),
        None => config.default_locale.clone(),
    };

    let mut files: Vec<Source> = Vec::new();
    for entry in site.walk(&dir.path, usize::MAX, &mut problems) {
        let name = entry.name();
        let display = entry.display.clone();
        if is_editor_leftover(&name) || name == POLICY_FILE {
            continue;
        }
        let is_dir = entry.is_dir;
        let depth = entry.depth;
        if is_dir && depth == 1 && name.ends_with(".md") {
            problems.push(Diagnostic::error(
                display,
                ContentError::FolderNamedLikeVersion,
            ));
            continue;
        }
        if depth > 1 || is_dir {
            if name.ends_with(".md") {
                problems.push(Diagnostic::error(
                    display,
                    ContentError::VersionInSubfolder {
                        policy_dir: dir_display.clone(),
                    },
                ));
            }
            continue;
        }
        // Anything else in a policy folder is a mistake worth saying out loud: a text the
        // legal team wrote but redline would never publish.
        if !name.ends_with(".md") {
            problems.push(Diagnostic::error(
                display,
                ContentError::UnknownFile { name },
            ));
            continue;
        }
        files.push(entry);
    }

    let parsed: Vec<_> = files
        .par_iter()
        .map(|file| load_translation(file, config, sources))
        .collect();
    let mut versions: BTreeMap<Date, BTreeMap<String, Arc<Translation>>> = BTreeMap::new();
    for result in parsed {
        match result {
            Ok(Some((date, translation))) => {
                let same_version = versions.entry(date).or_default();
                // `EN` and `en` name one locale: two files for it would hide one text.
                if let Some(other) = same_version.get(&translation.locale) {
                    problems.push(Diagnostic::error(
                        &translation.path,
                        ContentError::SameLocaleTwice {
                            other: other.path.clone(),
                            locale: translation.locale.clone(),
                            date,
                        },
                    ));
                    continue;
                }
                same_version.insert(translation.locale.clone(), translation);
            }
            Ok(None) => {}
            Err(d) => problems.push(d),
        }
    }
    // The versions with a file in the source language, whether it loaded or not: a source text
    // that failed to load has its own error, and its translations do not lack it.
    let source_dates: BTreeSet<Date> = files
        .iter()
        .filter_map(|file| version_name(&file.path).ok().flatten())
        .filter(|(_, locale)| *locale == source_locale)
        .map(|(date, _)| date)
        .collect();
    let has_source_text = !source_dates.is_empty();
    if !versions.is_empty() && !has_source_text {
        // No file at all in the source language: the setting, not the files, is likely wrong.
        let written: BTreeSet<&str> = versions
            .values()
            .flat_map(|t| t.keys().map(String::as_str))
            .collect();
        problems.push(Diagnostic::error(
            &dir_display,
            ContentError::NoSourceFile {
                source_locale: source_locale.clone(),
                written: written.into_iter().map(str::to_string).collect(),
                policy_dir: dir_display.clone(),
            },
        ));
    }
    for (date, translations) in versions.iter().filter(|_| has_source_text) {
        if !source_dates.contains(date) {
            for translation in translations.values() {
                problems.push(Diagnostic::error(
                    &translation.path,
                    ContentError::TranslatesMissingVersion {
                        date: *date,
                        source_locale: source_locale.clone(),
                        policy_dir: dir_display.clone(),
                    },
                ));
            }
        }
    }
    if versions.is_empty() && problems.is_empty() {
        problems.push(Diagnostic::error(
            &dir_display,
            ContentError::NoVersions {
                policy_dir: dir_display.clone(),
                source_locale: source_locale.clone(),
            },
        ));
    }
    let notice_days = settings.notice_days.unwrap_or(config.notice_days);
    problems.extend(notice::notice_problems(&versions, &source_locale));
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Policy {
        id: id.to_string(),
        source_locale,
        order: settings.order.unwrap_or(0),
        title: settings.title,
        notice_days,
        versions: versions
            .into_iter()
            .map(|(date, translations)| Version {
                date,
                translations,
                first_announced: None,
            })
            .collect(),
    })
}

/// The version and the locale a file's name `<date>.<locale>.md` gives; `Ok(None)` for files
/// that are not Markdown, `Err` with what is wrong with the name.
fn version_name(path: &Path) -> Result<Option<(Date, String)>, ContentError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let Some(stem) = name.strip_suffix(".md") else {
        return Ok(None);
    };
    let Some((date_text, locale_text)) = stem.split_once('.') else {
        return Err(ContentError::NameWithoutLocale);
    };
    let date = Date::parse(date_text).map_err(|error| ContentError::BadDateInName {
        date: date_text.to_string(),
        error,
    })?;
    let locale = canonical_locale(locale_text)
        .ok_or_else(|| ContentError::BadLocaleInName(locale_text.to_string()))?;
    Ok(Some((date, locale)))
}

/// One `<date>.<locale>.md` file; `Ok(None)` for files that are not Markdown.
fn load_translation(
    file: &Source,
    config: &SiteConfig,
    sources: &SourceMemo,
) -> Result<Option<(Date, Arc<Translation>)>, Diagnostic> {
    let (path, display) = (file.path.as_path(), file.display.clone());
    let Some((date, locale)) =
        version_name(path).map_err(|problem| Diagnostic::error(&display, problem))?
    else {
        return Ok(None);
    };
    if let Some(how_to_add) = config.how_to_list(&locale) {
        return Err(Diagnostic::error(
            &display,
            ContentError::LocaleNotListed { locale, how_to_add },
        ));
    }
    // The name is checked on every build (site.yaml may have changed); the file is read and
    // parsed again only if it changed since serve's last build.
    let stamp = sources.is_enabled().then(|| FileStamp::of(path)).flatten();
    if let Some(stamp) = stamp
        && let Some((kept, parsed)) = sources.get(path)
        && kept == stamp
    {
        return Ok(Some((date, parsed)));
    }
    let Some(bytes) = file.read_bytes()? else {
        return Err(Diagnostic::error(&display, ContentError::MissingFile));
    };
    let source_hash = blake3::hash(&bytes).to_hex().to_string();
    let text = decode_utf8(bytes, &display)?;
    let parsed = front_matter::parse_version_file(&text, &display)?;
    if parsed.body.trim().is_empty() {
        return Err(Diagnostic::error(&display, ContentError::NoText));
    }
    // The body runs to the end of the file: the text keeps its allocation, minus its head.
    let body_start = text.len() - parsed.body.len();
    let (front, body_line) = (parsed.front, parsed.body_line);
    let mut body = text;
    body.drain(..body_start);
    let translation = Arc::new(Translation {
        locale,
        path: display,
        front,
        body,
        body_line,
        source_hash,
    });
    if let Some(stamp) = stamp {
        sources.insert(path.to_path_buf(), (stamp, Arc::clone(&translation)));
    }
    Ok(Some((date, translation)))
}
