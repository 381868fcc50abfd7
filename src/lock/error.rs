//! What can be wrong between redline.lock and the version files: a damaged lock, a published
//! text edited or gone, an erratum that is not valid, and each way the lock is out of date.

use crate::date::Date;
use crate::error::Problem;

const RESTORE_HELP: &str =
    "restore redline.lock from version control; redline writes it, people should not edit it";

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error(
        "this line is not `<policy> <date> <locale> blake3:<hash>`, optionally followed by `erratum:<n> <date>`"
    )]
    DamagedLine,
    /// Two lines for one text of one version file; `first` is the earlier line.
    #[error("this line repeats line {first}: one version file, one text per erratum")]
    RepeatedLine { first: u32 },
    /// A published version file that was removed.
    #[error("{file} was published and is gone")]
    PublishedGone { file: String },
    /// Erratum `number` (1-based) of an upcoming `version`; `today` is the real date.
    #[error(
        "erratum {number} corrects version {version}, which is not published yet (today is {today})"
    )]
    ErratumOfUpcoming {
        number: usize,
        version: Date,
        today: Date,
    },
    #[error(
        "erratum {number} is dated {date}, before the version it corrects took effect ({version})"
    )]
    ErratumBeforeVersion {
        number: usize,
        date: Date,
        version: Date,
        today: Date,
    },
    #[error("erratum {number} is dated {date}, after today ({today})")]
    ErratumAfterToday {
        number: usize,
        date: Date,
        version: Date,
        today: Date,
    },
    #[error("erratum {number} has an empty note")]
    EmptyErratumNote { number: usize },
    /// A frozen text that changed without a new erratum.
    #[error(
        "version {date} of `{policy}` was published with another text{}; a published text must not change",
        lock_line_note(*.lock_line)
    )]
    Edited {
        policy: String,
        date: Date,
        /// The line of redline.lock that records the text (0: none).
        lock_line: u32,
        /// The real date, for the erratum the help suggests.
        clock: Date,
        /// How many errata redline.lock recorded, and how many the file lists now.
        recorded_errata: usize,
        errata: usize,
        /// The policy's first text, with nothing later published: nobody may have read it.
        first_and_only: bool,
    },
    /// A published announcement moved to an earlier day.
    #[error(
        "version {version} of `{policy}` was announced on {recorded} (redline.lock line {lock_line}); it cannot be announced earlier, on {written}, after the fact"
    )]
    AnnouncementBackdated {
        policy: String,
        version: Date,
        recorded: Date,
        written: Date,
        lock_line: u32,
    },
    /// A way redline.lock is out of date; `locked` under `build --locked`, which says why it
    /// does not bring it up to date itself.
    #[error("{change}")]
    OutOfDate { change: LockChange, locked: bool },
}

fn lock_line_note(line: u32) -> String {
    if line > 0 {
        format!(" (redline.lock line {line})")
    } else {
        String::new()
    }
}

impl Problem for LockError {
    fn help(&self) -> Option<String> {
        let help = match self {
            LockError::DamagedLine | LockError::RepeatedLine { .. } => RESTORE_HELP.to_string(),
            LockError::PublishedGone { .. } => "restore it from version control: a published text stays online at its permalink (to withdraw it for good, also remove its lines from redline.lock, so that version control records the decision)".to_string(),
            LockError::ErratumOfUpcoming { .. } => "remove the erratum and edit the text directly: an upcoming version may change freely until its date".to_string(),
            LockError::ErratumBeforeVersion { version, today, .. }
            | LockError::ErratumAfterToday { version, today, .. } => {
                format!("date the erratum the day the text was corrected, from {version} to {today}")
            }
            LockError::EmptyErratumNote { .. } => "say what was corrected, e.g. `note: Corrected the postal address of the CNIL.`; readers see it beside the text".to_string(),
            LockError::Edited {
                policy,
                lock_line,
                clock,
                recorded_errata,
                errata,
                first_and_only,
                ..
            } => {
                let mut help = format!(
                    "undo the edit and publish the change as a new version (`redline new {policy}`), or, to correct an error in place, add an entry to `errata:` in its front matter (`date: {clock}` and a `note:` saying what was corrected)"
                );
                if errata < recorded_errata {
                    help = format!(
                        "redline.lock recorded this text with {recorded_errata} errata and the file now lists {errata}: restore the errata removed, then {help}"
                    );
                }
                if *first_and_only && *recorded_errata == 0 {
                    help.push_str(&format!(
                        "; if this site has never been deployed, nobody has read this text yet: remove line {lock_line} of redline.lock and build again"
                    ));
                }
                help
            }
            LockError::AnnouncementBackdated { recorded, .. } => format!(
                "write `announced: {recorded}` back: readers were told on that day. A later date is allowed, and changes nothing: redline.lock keeps the first"
            ),
            LockError::OutOfDate { locked: true, .. } => "--locked never changes redline.lock: run `redline build` on your machine and commit redline.lock with the sources, so that CI publishes exactly the texts it records".to_string(),
            LockError::OutOfDate { locked: false, .. } => {
                "run `redline build` to bring redline.lock up to date, and commit it with the sources".to_string()
            }
        };
        Some(help)
    }
}

/// A way redline.lock differs from the version files, which the next build records.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LockChange {
    #[error("redline.lock is missing: the site's version files are not recorded")]
    Missing,
    #[error(
        "redline.lock is in the format of an older redline, which recorded neither upcoming texts nor the texts errata replaced"
    )]
    OlderFormat,
    /// A published version file, in force since `date`.
    #[error("redline.lock does not record {file}, published on {date}")]
    NotRecorded { file: String, date: Date },
    /// The date of erratum `erratum`, which the older format did not record.
    #[error("redline.lock does not record the date of erratum {erratum} of {file} ({date})")]
    ErratumDateNotRecorded {
        file: String,
        erratum: usize,
        date: Date,
    },
    #[error("redline.lock does not record the text of {file} corrected by its erratum {erratum}")]
    CorrectionNotRecorded { file: String, erratum: usize },
    #[error("redline.lock does not record {file} (upcoming, in force from {date})")]
    UpcomingNotRecorded { file: String, date: Date },
    #[error(
        "redline.lock records another text of {file} (upcoming, in force from {date}): it was edited since"
    )]
    UpcomingEdited { file: String, date: Date },
    #[error("redline.lock records {file}, which is gone (it was upcoming)")]
    UpcomingGone { file: String },
    #[error("redline.lock does not record the announcement of {file} ({date})")]
    AnnouncementNotRecorded { file: String, date: Date },
    #[error(
        "redline.lock records another announcement date of {file} (not reached yet; now {date})"
    )]
    AnnouncementChanged { file: String, date: Date },
    #[error(
        "redline.lock records an announcement of version {version} of `{policy}`, which has none any more (it was not reached yet)"
    )]
    AnnouncementGone { policy: String, version: Date },
}
