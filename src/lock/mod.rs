//! `redline.lock`: the blake3 of every version file, so that no published text changes silently.
//!
//! It works like Cargo.lock (DESIGN.md "Guarantees"). Every build records the hash of every
//! version file, upcoming ones included, and updates the file whenever the sources change; it is
//! committed with them. An entry is *frozen* once its version is published by the clock: its
//! date is at or before the real date, whatever `--today` says (a later `--today` is a preview
//! and freezes nothing; an earlier one unfreezes nothing). A frozen text changes only through an erratum in its front matter, and the
//! lock keeps every text it has had, each later one with the erratum that allowed it.
//! `build --locked` fails instead of changing the file, so CI publishes exactly the committed
//! texts; `check` reports a file that is out of date.

mod announcements;
mod error;

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::Path;

use crate::content::{Content, Policy, Translation};
use crate::date::Date;
use crate::error::{Diagnostic, Error, Severity};
use crate::read::read_text;

pub use error::{LockChange, LockError};

pub const LOCK_FILE: &str = "redline.lock";
/// Written first, then renamed over `LOCK_FILE`, so the lock is always whole.
const TEMPORARY: &str = ".redline.lock.tmp";

const HEADER: &str = "\
# redline.lock: the blake3 of every version file, kept by `redline build`. Commit it.
# One line per text a file has had, sorted by policy, date, locale, then oldest first:
#   <policy> <date> <locale> blake3:<hash>                     the text as first recorded
#   <policy> <date> <locale> blake3:<hash> erratum:<n> <date>  a later text, allowed by the
#     file's n-th erratum, dated <date> (no date: recorded by an older redline, which kept none)
# A version is frozen once its date has come: from then on its text changes only through an
# erratum in its front matter (redline guide, \"Correct a published text with an erratum\").
# Upcoming versions change freely; the next build records the new text. CI builds with
# `redline build --locked`, which fails instead of changing this file.
# Then one line per announced version, `<policy> <date> announced:<date>`: the day readers
# were told of it. It follows the front matter until that day comes, and then stands.
";

/// A version file: policy, version date, locale.
type Key = (String, Date, String);

/// One text a version file has had.
#[derive(Debug, Clone, Eq)]
struct Text {
    blake3: String,
    /// How many errata the file listed when this text was accepted (0: the text as first
    /// recorded; n: allowed by the n-th erratum).
    errata: usize,
    /// The date of the erratum that allowed it; `None` for a first text, and for one read
    /// from the older format, which did not record it.
    corrected: Option<Date>,
    /// The line of redline.lock it was read from, for diagnostics (0: not read).
    line: u32,
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        // Where a line sits in the file is not part of the record.
        (&self.blake3, self.errata, self.corrected)
            == (&other.blake3, other.errata, other.corrected)
    }
}

/// When a version was announced, as recorded.
#[derive(Debug, Clone, Eq)]
struct Announcement {
    date: Date,
    /// The line of redline.lock it was read from, for diagnostics (0: not read).
    line: u32,
}

impl PartialEq for Announcement {
    fn eq(&self, other: &Announcement) -> bool {
        self.date == other.date
    }
}

/// A version: policy, version date.
type VersionKey = (String, Date);

/// The lock as read, or as a build would write it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lock {
    /// Every text of each version file, oldest first.
    entries: BTreeMap<Key, Vec<Text>>,
    /// The announcement date of each version that has one. Recorded from the front matter while
    /// it is to come, and kept for good once the clock has reached it: the first date readers
    /// were told stands.
    announcements: BTreeMap<VersionKey, Announcement>,
    /// Read from the format before errata chains (`… errata:<n>`): rewriting it is a change.
    older_format: bool,
}

/// What a build learns about redline.lock.
#[derive(Debug)]
pub struct Reconciled {
    /// The lock to write, when it differs from redline.lock (only `build` writes it).
    pub next: Option<Lock>,
    /// Each way redline.lock is out of date, as warnings naming it (`check` reports them).
    pub changes: Vec<Diagnostic>,
    /// The announcements already published, by version: their recorded dates stand, whatever
    /// the front matter says now (`Content::with_recorded_announcements`).
    pub announced: BTreeMap<VersionKey, Date>,
}

/// Reads redline.lock and checks the site's version files against it. Errors: a frozen text
/// that changed without an erratum, a frozen file that is gone, an erratum that is not valid, a
/// damaged redline.lock, and, under `locked`, any change the lock would need.
///
/// `clock` is the real date: a version is frozen once it has come. The day a build shows
/// (`--today`) plays no part: a later one is a preview, an earlier one a look at the past, and
/// neither may publish a text the lock does not hold for a version the clock has published.
///
/// `unloaded` names the policies that failed to load, so are missing from `content`: their
/// files are not gone, and their entries are left unchecked.
pub fn reconcile(
    root: &Path,
    content: &Content,
    unloaded: &BTreeSet<String>,
    clock: Date,
    locked: bool,
) -> Result<Reconciled, Vec<Diagnostic>> {
    let recorded = load_lock(root)?;
    let on_disk = recorded.clone().unwrap_or_default();
    let verified = verify(&on_disk, content, unloaded, clock);
    if !verified.problems.is_empty() {
        return Err(verified.problems);
    }
    let mut changes = verified.changes;
    let announced = verified
        .next
        .announcements
        .iter()
        .filter(|(_, a)| a.date <= clock)
        .map(|(key, a)| (key.clone(), a.date))
        .collect();
    let next = (verified.next != on_disk).then_some(verified.next);
    if recorded.is_none() && next.is_some() {
        // One line says it better than one per file.
        changes = vec![(LockChange::Missing, None)];
    }
    let severity = if locked {
        Severity::Error
    } else {
        Severity::Warning
    };
    let changes: Vec<Diagnostic> = changes
        .into_iter()
        .map(|(change, line)| {
            let mut diagnostic =
                Diagnostic::warning(LOCK_FILE, LockError::OutOfDate { change, locked });
            diagnostic.severity = severity;
            match line {
                Some(line) => diagnostic.at(line, 1),
                None => diagnostic,
            }
        })
        .collect();
    if locked && !changes.is_empty() {
        return Err(changes);
    }
    Ok(Reconciled {
        next,
        changes,
        announced,
    })
}

/// The announcements redline.lock records whose day the clock has reached: those stand,
/// whatever the front matter says now (`Content::with_recorded_announcements`). Only reads
/// the file, for the commands that report on the site without building it; `reconcile` gives
/// the same dates to a build. Errors: a damaged redline.lock.
pub fn published_announcements(
    root: &Path,
    clock: Date,
) -> Result<BTreeMap<(String, Date), Date>, Vec<Diagnostic>> {
    Ok(load_lock(root)?
        .unwrap_or_default()
        .announcements
        .into_iter()
        .filter(|(_, a)| a.date <= clock)
        .map(|(key, a)| (key, a.date))
        .collect())
}

/// redline.lock as written, `None` when there is none.
fn load_lock(root: &Path) -> Result<Option<Lock>, Vec<Diagnostic>> {
    let Some(text) = read_text(&root.join(LOCK_FILE), LOCK_FILE).map_err(|d| vec![d])? else {
        return Ok(None);
    };
    parse_lock(&text).map(Some)
}

fn parse_lock(text: &str) -> Result<Lock, Vec<Diagnostic>> {
    let mut lock = Lock::default();
    let mut problems = Vec::new();
    let mut seen: BTreeMap<(Key, usize), u32> = BTreeMap::new();
    for (number, line) in (1u32..).zip(text.lines()) {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some((key, date)) = parse_announcement(line) {
            let announcement = Announcement { date, line: number };
            if let Some(first) = lock.announcements.insert(key, announcement) {
                let first = first.line;
                problems.push(
                    Diagnostic::error(LOCK_FILE, LockError::RepeatedLine { first }).at(number, 1),
                );
            }
            continue;
        }
        let Some((key, text, older)) = parse_line(line, number) else {
            problems.push(Diagnostic::error(LOCK_FILE, LockError::DamagedLine).at(number, 1));
            continue;
        };
        if let Some(first) = seen.insert((key.clone(), text.errata), number) {
            problems.push(
                Diagnostic::error(LOCK_FILE, LockError::RepeatedLine { first }).at(number, 1),
            );
            continue;
        }
        lock.older_format |= older;
        lock.entries.entry(key).or_default().push(text);
    }
    for chain in lock.entries.values_mut() {
        chain.sort_by_key(|t| t.errata);
    }
    if problems.is_empty() {
        Ok(lock)
    } else {
        Err(problems)
    }
}

/// `<policy> <date> announced:<date>`.
fn parse_announcement(line: &str) -> Option<(VersionKey, Date)> {
    let fields: Vec<&str> = line.split_whitespace().collect();
    let [policy, date, announced] = fields.as_slice() else {
        return None;
    };
    let announced = Date::parse(announced.strip_prefix("announced:")?).ok()?;
    Some(((policy.to_string(), Date::parse(date).ok()?), announced))
}

/// One line: the current format, or the older `… blake3:<hash> errata:<n>` (then `true`).
fn parse_line(line: &str, number: u32) -> Option<(Key, Text, bool)> {
    let fields: Vec<&str> = line.split_whitespace().collect();
    let (policy, date, locale, hash, rest) = match fields.as_slice() {
        [policy, date, locale, hash, rest @ ..] => (*policy, *date, *locale, *hash, rest),
        _ => return None,
    };
    let date = Date::parse(date).ok()?;
    let blake3 = hash.strip_prefix("blake3:")?;
    if blake3.len() != 64
        || !blake3
            .bytes()
            .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    {
        return None;
    }
    let count = |text: &str, prefix: &str| text.strip_prefix(prefix)?.parse::<usize>().ok();
    let (errata, corrected, older) = match rest {
        [] => (0, None, false),
        [erratum, corrected] => (
            count(erratum, "erratum:").filter(|n| *n > 0)?,
            Some(Date::parse(corrected).ok()?),
            false,
        ),
        // The date of an erratum read from the older format, when it could not be learnt.
        [erratum] if erratum.starts_with("erratum:") => {
            (count(erratum, "erratum:").filter(|n| *n > 0)?, None, false)
        }
        [old] => (count(old, "errata:")?, None, true),
        _ => return None,
    };
    let key = (policy.to_string(), date, locale.to_string());
    let text = Text {
        blake3: blake3.to_string(),
        errata,
        corrected,
        line: number,
    };
    Some((key, text, older))
}

/// A way redline.lock is out of date, at a line of it when one is concerned.
type Change = (LockChange, Option<u32>);

/// What checking the sources against a lock found.
struct Verified {
    next: Lock,
    changes: Vec<Change>,
    problems: Vec<Diagnostic>,
}

fn verify(
    recorded: &Lock,
    content: &Content,
    unloaded: &BTreeSet<String>,
    clock: Date,
) -> Verified {
    // Published for good once the real date has come. A later `--today` is a preview and
    // freezes nothing; an earlier one unfreezes nothing either, or a build "as of" a past
    // day could publish an edit of a text the clock has already published.
    let frozen_until = clock;
    let mut next = Lock::default();
    let mut changes = Vec::new();
    let mut problems = Vec::new();
    if recorded.older_format {
        changes.push((LockChange::OlderFormat, Some(1)));
    }
    let mut present = BTreeSet::new();
    for policy in &content.policies {
        for (index, version) in policy.versions.iter().enumerate() {
            for translation in version.translations.values() {
                let key = (policy.id.clone(), version.date, translation.locale.clone());
                present.insert(key.clone());
                // Errata are events of the real calendar, whatever day the build shows.
                problems.extend(check_errata(translation, version.date, clock));
                let errata = translation.front.errata.as_deref().unwrap_or_default();
                let hash = &translation.source_hash;
                let chain = recorded.entries.get(&key);
                let file = &translation.path;
                let chain = if version.date <= frozen_until {
                    let Some(chain) = chain else {
                        changes.push((
                            LockChange::NotRecorded {
                                file: file.clone(),
                                date: version.date,
                            },
                            None,
                        ));
                        let first = Text {
                            blake3: hash.clone(),
                            errata: errata.len(),
                            corrected: errata.last().map(|e| e.date),
                            line: 0,
                        };
                        next.entries.insert(key, vec![first]);
                        continue;
                    };
                    let mut chain = chain.clone();
                    let Some(last) = chain.last_mut() else {
                        continue; // never empty: every entry is made with a line
                    };
                    if last.blake3 == *hash {
                        // An entry of the older format learns the date of its erratum.
                        if last.corrected.is_none() && last.errata > 0 {
                            last.corrected = errata.get(last.errata - 1).map(|e| e.date);
                            if let Some(date) = last.corrected {
                                changes.push((
                                    LockChange::ErratumDateNotRecorded {
                                        file: file.clone(),
                                        erratum: last.errata,
                                        date,
                                    },
                                    Some(last.line),
                                ));
                            }
                        }
                    } else if errata.len() > last.errata {
                        // A deliberate, recorded correction: the new text joins the chain.
                        changes.push((
                            LockChange::CorrectionNotRecorded {
                                file: file.clone(),
                                erratum: errata.len(),
                            },
                            Some(last.line),
                        ));
                        chain.push(Text {
                            blake3: hash.clone(),
                            errata: errata.len(),
                            corrected: errata.last().map(|e| e.date),
                            line: 0,
                        });
                    } else {
                        problems.push(changed_published_text(
                            policy,
                            index,
                            translation,
                            &chain,
                            (frozen_until, clock),
                        ));
                    }
                    chain
                } else if let Some(chain) = chain.filter(|c| c.iter().any(|t| t.errata > 0)) {
                    // Corrected, so published: the clock went back. Nothing is rewritten.
                    chain.clone()
                } else {
                    // Upcoming: its text may change; the lock follows it.
                    let upcoming = Text {
                        blake3: hash.clone(),
                        errata: 0,
                        corrected: None,
                        line: 0,
                    };
                    match chain {
                        None => changes.push((
                            LockChange::UpcomingNotRecorded {
                                file: file.clone(),
                                date: version.date,
                            },
                            None,
                        )),
                        Some(chain) if chain.as_slice() == std::slice::from_ref(&upcoming) => {}
                        Some(chain) => changes.push((
                            LockChange::UpcomingEdited {
                                file: file.clone(),
                                date: version.date,
                            },
                            Some(chain.first().map_or(0, |t| t.line)),
                        )),
                    }
                    vec![upcoming]
                };
                next.entries.insert(key, chain);
            }
        }
    }
    announcements::verify_announcements(
        recorded,
        content,
        unloaded,
        clock,
        &mut next,
        &mut changes,
        &mut problems,
    );
    for (key, chain) in &recorded.entries {
        let (policy, date, locale) = key;
        if present.contains(key) || unloaded.contains(policy) {
            continue;
        }
        let file = format!("content/{policy}/{date}.{locale}.md");
        let line = chain.first().map_or(0, |t| t.line);
        if *date <= frozen_until {
            problems
                .push(Diagnostic::error(LOCK_FILE, LockError::PublishedGone { file }).at(line, 1));
        } else {
            changes.push((LockChange::UpcomingGone { file }, Some(line)));
        }
    }
    Verified {
        next,
        changes,
        problems,
    }
}

/// An erratum corrects a published text: it is dated from the version's date to today (the
/// real date), and says what it corrected.
fn check_errata(translation: &Translation, version: Date, today: Date) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for (number, erratum) in (1..).zip(translation.front.errata.iter().flatten()) {
        let (line, col) = erratum.date_at;
        let path = translation.path.as_str();
        let date = erratum.date;
        let problem = if version > today {
            Some(LockError::ErratumOfUpcoming {
                number,
                version,
                today,
            })
        } else if date < version {
            Some(LockError::ErratumBeforeVersion {
                number,
                date,
                version,
                today,
            })
        } else if date > today {
            Some(LockError::ErratumAfterToday {
                number,
                date,
                version,
                today,
            })
        } else {
            None
        };
        if let Some(problem) = problem {
            problems.push(Diagnostic::error(path, problem).at(line, col));
        }
        if erratum.note.trim().is_empty() {
            let (line, col) = erratum.note_at;
            problems.push(
                Diagnostic::error(path, LockError::EmptyErratumNote { number }).at(line, col),
            );
        }
    }
    problems
}

/// A frozen text that changed without a new erratum; the help fits the case.
fn changed_published_text(
    policy: &Policy,
    index: usize,
    translation: &Translation,
    chain: &[Text],
    (frozen_until, clock): (Date, Date),
) -> Diagnostic {
    let last = chain.last();
    let lock_line = last.map_or(0, |t| t.line);
    let recorded_errata = last.map_or(0, |t| t.errata);
    // A policy's first text, with nothing later published: on a site never deployed, nobody
    // has read it yet, and removing its line lets the build record the new text.
    let first_and_only = index == 0
        && chain.len() == 1
        && policy.current_index(frozen_until) == Some(0)
        && lock_line > 0;
    Diagnostic::error(
        &translation.path,
        LockError::Edited {
            policy: policy.id.clone(),
            date: policy.versions[index].date,
            lock_line,
            clock,
            recorded_errata,
            errata: translation.front.errata.as_ref().map_or(0, Vec::len),
            first_and_only,
        },
    )
}

impl Lock {
    /// The file's text: the header, then one line per text, sorted.
    pub fn render(&self) -> String {
        let mut text = String::from(HEADER);
        for ((policy, date, locale), chain) in &self.entries {
            for entry in chain {
                text.push_str(&format!("{policy} {date} {locale} blake3:{}", entry.blake3));
                match entry.corrected {
                    Some(corrected) => {
                        text.push_str(&format!(" erratum:{} {corrected}", entry.errata));
                    }
                    // Not known (read from the older format, and the text has changed since).
                    None if entry.errata > 0 => {
                        text.push_str(&format!(" erratum:{}", entry.errata));
                    }
                    None => {}
                }
                text.push('\n');
            }
        }
        for ((policy, date), announcement) in &self.announcements {
            text.push_str(&format!(
                "{policy} {date} announced:{}\n",
                announcement.date
            ));
        }
        text
    }

    /// Writes the lock beside the site's sources, whole or not at all: a temporary file,
    /// flushed to disk, renamed over redline.lock.
    pub fn write(&self, root: &Path) -> Result<(), Error> {
        let path = root.join(LOCK_FILE);
        let temporary = root.join(TEMPORARY);
        // A leftover of a killed build, or a planted symlink: removed (the link itself, never
        // what it points to), then created anew, so the write never lands elsewhere.
        match std::fs::remove_file(&temporary) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(&temporary, e)),
        }
        // No other build writes it meanwhile: `build` holds the site's build lock.
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temporary)
            .map_err(|e| Error::io(&temporary, e))?;
        let written = file
            .write_all(self.render().as_bytes())
            .and_then(|()| file.sync_all())
            .map_err(|e| Error::io(&temporary, e))
            .and_then(|()| std::fs::rename(&temporary, &path).map_err(|e| Error::io(&path, e)));
        if written.is_err() {
            let _ = std::fs::remove_file(&temporary);
        }
        written?;
        // The rename itself reaches the disk with the folder's entry.
        if let Ok(folder) = std::fs::File::open(root) {
            let _ = folder.sync_all();
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
