//! Announcements in redline.lock: the day each version was announced, recorded from the front
//! matter while it is to come, and kept once the clock reaches it.

use std::collections::BTreeSet;

use super::{Announcement, Change, Lock, LockChange, LockError};
use crate::content::Content;
use crate::date::Date;
use crate::error::Diagnostic;

/// Each version's announcement against the one recorded. Until the clock reaches it, the
/// record follows the front matter; from then on it stands: an earlier date in the front
/// matter is an error (readers were told on the recorded day, not before), a later one or none
/// leaves the record as it is (what was sent is not withdrawn).
pub(super) fn verify_announcements(
    recorded: &Lock,
    content: &Content,
    unloaded: &BTreeSet<String>,
    clock: Date,
    next: &mut Lock,
    changes: &mut Vec<Change>,
    problems: &mut Vec<Diagnostic>,
) {
    let mut present = BTreeSet::new();
    for policy in &content.policies {
        for version in &policy.versions {
            let key = (policy.id.clone(), version.date);
            present.insert(key.clone());
            let source = version.translation(&policy.source_locale);
            let written = source.and_then(|s| Some((s.path.as_str(), s.front.announced?)));
            match (recorded.announcements.get(&key), written) {
                (Some(first), written) if first.date <= clock => {
                    if let Some((file, announced)) = written.filter(|(_, a)| a.value < first.date) {
                        let (line, col) = announced.at;
                        problems.push(
                            Diagnostic::error(
                                file,
                                LockError::AnnouncementBackdated {
                                    policy: policy.id.clone(),
                                    version: version.date,
                                    recorded: first.date,
                                    written: announced.value,
                                    lock_line: first.line,
                                },
                            )
                            .at(line, col),
                        );
                    }
                    next.announcements.insert(key, first.clone());
                }
                (first, Some((file, announced))) => {
                    let date = announced.value;
                    let file = file.to_string();
                    match first {
                        None => {
                            changes.push((LockChange::AnnouncementNotRecorded { file, date }, None))
                        }
                        Some(first) if first.date != date => changes.push((
                            LockChange::AnnouncementChanged { file, date },
                            Some(first.line),
                        )),
                        Some(_) => {}
                    }
                    next.announcements
                        .insert(key, Announcement { date, line: 0 });
                }
                (Some(first), None) => changes.push((
                    LockChange::AnnouncementGone {
                        policy: policy.id.clone(),
                        version: version.date,
                    },
                    Some(first.line),
                )),
                (None, None) => {}
            }
        }
    }
    for ((policy, version), first) in &recorded.announcements {
        let key = (policy.clone(), *version);
        if present.contains(&key) {
            continue;
        }
        if unloaded.contains(policy) {
            // Not loaded, so not checked: kept as it is.
            next.announcements.insert(key, first.clone());
            continue;
        }
        changes.push((
            LockChange::AnnouncementGone {
                policy: policy.clone(),
                version: *version,
            },
            Some(first.line),
        ));
    }
}
