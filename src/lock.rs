//! `redline.lock`: the fingerprint of every published text, so that none changes silently.
//!
//! A text is published once its version's date has come (`date <= today`). The first build
//! that publishes it records its blake3 in `redline.lock` (one line per file, sorted, meant to
//! be committed). From then on, a different text for that file fails `build`, `check` and
//! `serve` alike, naming the version and how to publish a change as a new version. The one way
//! to change a published text in place is an erratum: an entry added to the version's
//! `errata` front matter, which the history page shows; the lock records how many errata it
//! accepted. Upcoming versions change freely until their date.

use std::collections::BTreeMap;
use std::path::Path;

use crate::content::Content;
use crate::date::Date;
use crate::error::{Diagnostic, Error};
use crate::read::read_text;

pub const LOCK_FILE: &str = "redline.lock";

const HEADER: &str = "# redline.lock: the fingerprint of every published text, recorded by `redline build`.\n\
# Commit this file. A published text never changes silently: publish a change as a new version\n\
# (`redline new POLICY`), or record an erratum in the version's front matter (README, \"The lock\").\n";

/// One recorded text: (policy, date, locale) → fingerprint and errata accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub blake3: String,
    pub errata: usize,
    /// The line of redline.lock it was read from, for diagnostics (0 for new entries).
    line: u32,
}

/// The lock as read, or as it will be written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lock {
    entries: BTreeMap<(String, Date, String), Entry>,
}

/// Reads `redline.lock`; a missing file is an empty lock.
pub fn load_lock(root: &Path) -> Result<Lock, Vec<Diagnostic>> {
    let Some(text) = read_text(&root.join(LOCK_FILE), LOCK_FILE).map_err(|d| vec![d])? else {
        return Ok(Lock::default());
    };
    let mut lock = Lock::default();
    let mut problems = Vec::new();
    for (number, line) in (1u32..).zip(text.lines()) {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split_whitespace().collect();
        let parsed = match fields.as_slice() {
            [policy, date, locale, hash, errata] => Date::parse(date).ok().and_then(|date| {
                let blake3 = hash.strip_prefix("blake3:")?;
                let errata = errata.strip_prefix("errata:")?.parse().ok()?;
                Some((
                    (policy.to_string(), date, locale.to_string()),
                    Entry {
                        blake3: blake3.to_string(),
                        errata,
                        line: number,
                    },
                ))
            }),
            _ => None,
        };
        match parsed {
            Some((key, entry)) => {
                lock.entries.insert(key, entry);
            }
            None => problems.push(
                Diagnostic::error(LOCK_FILE, "this line is not `<policy> <date> <locale> blake3:<hash> errata:<count>`")
                    .at(number, 1)
                    .help("restore redline.lock from version control; redline writes it, people should not edit it"),
            ),
        }
    }
    if problems.is_empty() {
        Ok(lock)
    } else {
        Err(problems)
    }
}

/// Checks every published text against the lock; returns the lock to write (with texts
/// published for the first time, and accepted errata), or every text that changed.
pub fn verify(lock: &Lock, content: &Content, today: Date) -> Result<Lock, Vec<Diagnostic>> {
    let mut next = lock.clone();
    let mut problems = Vec::new();
    let mut present = std::collections::BTreeSet::new();
    for policy in &content.policies {
        for version in policy.versions.iter().filter(|v| v.date <= today) {
            for translation in version.translations.values() {
                let key = (policy.id.clone(), version.date, translation.locale.clone());
                present.insert(key.clone());
                let errata = translation.front.errata.as_ref().map_or(0, Vec::len);
                match lock.entries.get(&key) {
                    None => {
                        next.entries.insert(key, Entry { blake3: translation.source_hash.clone(), errata, line: 0 });
                    }
                    Some(entry) if entry.blake3 == translation.source_hash => {}
                    Some(entry) if errata > entry.errata => {
                        // A deliberate, recorded correction: accept the new text.
                        next.entries.insert(key, Entry { blake3: translation.source_hash.clone(), errata, line: 0 });
                    }
                    Some(entry) => problems.push(
                        Diagnostic::error(
                            &translation.path,
                            format!(
                                "version {} of `{}` was published with another text (redline.lock line {}); a published text must not change",
                                version.date, policy.id, entry.line
                            ),
                        )
                        .help(format!(
                            "undo the edit and publish the change as a new version (`redline new {}`), or, to correct an error in place, add an entry to `errata:` in its front matter (date and note)",
                            policy.id
                        )),
                    ),
                }
            }
        }
    }
    for ((policy, date, locale), entry) in &lock.entries {
        let key = (policy.clone(), *date, locale.clone());
        if !present.contains(&key) && *date <= today {
            problems.push(
                Diagnostic::error(LOCK_FILE, format!("content/{policy}/{date}.{locale}.md was published and is gone"))
                    .at(entry.line, 1)
                    .help("restore it from version control: a published text stays online at its permalink (to withdraw it for good, also remove its line from redline.lock, so that version control records the decision)"),
            );
        }
    }
    if problems.is_empty() {
        Ok(next)
    } else {
        Err(problems)
    }
}

impl Lock {
    pub fn render(&self) -> String {
        let mut text = String::from(HEADER);
        for ((policy, date, locale), entry) in &self.entries {
            text.push_str(&format!(
                "{policy} {date} {locale} blake3:{} errata:{}\n",
                entry.blake3, entry.errata
            ));
        }
        text
    }

    /// Writes the lock beside the site's sources (temporary file, then rename).
    pub fn write(&self, root: &Path) -> Result<(), Error> {
        let path = root.join(LOCK_FILE);
        let temporary = root.join(format!(".{LOCK_FILE}.tmp"));
        std::fs::write(&temporary, self.render()).map_err(|e| Error::io(&temporary, e))?;
        std::fs::rename(&temporary, &path).map_err(|e| Error::io(&path, e))
    }
}
