//! Splitting a version file into YAML front matter and Markdown body, and parsing the former.
//!
//! Pure over `&str`: the caller reads the file. Line numbers in diagnostics are file lines
//! (the YAML starts on line 2), never lines of the front-matter block.

use serde::Deserialize;

use super::ContentError;
use crate::date::Date;
use crate::error::Diagnostic;
use crate::yaml::parse_yaml;

/// The keys a version file may set; all optional (DESIGN.md "A version file").
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: Option<String>,
    pub description: Option<String>,
    /// The "last updated" stamp; the effective date when absent.
    pub updated: Option<Date>,
    /// One sentence on what this version changes, for history pages and feeds.
    pub summary: Option<String>,
    /// Corrections made to this text after it was published, each dated and explained; the
    /// only way to change a published text in place (see `lock`).
    pub errata: Option<Vec<Erratum>>,
    /// A change readers must be told of in advance and accept anew (DESIGN.md); false when
    /// absent. Set in the source-locale file: it belongs to the version.
    pub material: Option<Placed<bool>>,
    /// When the version goes public; before it the version is *scheduled* and published nowhere.
    pub announced: Option<Placed<Date>>,
}

/// A front-matter value with the file line and column it is written at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(
    from = "serde_saphyr::Spanned<T>",
    bound(deserialize = "T: Deserialize<'de>")
)]
pub struct Placed<T> {
    pub value: T,
    pub at: (u32, u32),
}

impl<T> From<serde_saphyr::Spanned<T>> for Placed<T> {
    fn from(raw: serde_saphyr::Spanned<T>) -> Placed<T> {
        Placed {
            at: file_place(raw.referenced),
            value: raw.value,
        }
    }
}

/// A front-matter location as a file (line, column): the YAML starts on the file's line 2 (see
/// `parse_version_file`).
fn file_place(location: serde_saphyr::Location) -> (u32, u32) {
    let number = |n: u64| u32::try_from(n).unwrap_or(u32::MAX);
    (
        number(location.line().saturating_add(1)),
        number(location.column()),
    )
}

/// One recorded correction of a published text.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(from = "SpannedErratum")]
pub struct Erratum {
    pub date: Date,
    pub note: String,
    /// Where `date` and `note` are written (file line, column), so that the lock's checks of
    /// an erratum point at it.
    pub date_at: (u32, u32),
    pub note_at: (u32, u32),
}

/// An erratum as written, with where each value sits in the front matter.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SpannedErratum {
    date: serde_saphyr::Spanned<Date>,
    note: serde_saphyr::Spanned<String>,
}

impl From<SpannedErratum> for Erratum {
    fn from(raw: SpannedErratum) -> Erratum {
        Erratum {
            date_at: file_place(raw.date.referenced),
            note_at: file_place(raw.note.referenced),
            date: raw.date.value,
            note: raw.note.value,
        }
    }
}

/// A version file taken apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Parsed<'a> {
    pub front: FrontMatter,
    pub body: &'a str,
    /// The 1-based file line on which `body` starts.
    pub body_line: u32,
}

/// Splits and parses `text`, the whole file; `path` names it in diagnostics.
pub(crate) fn parse_version_file<'a>(text: &'a str, path: &str) -> Result<Parsed<'a>, Diagnostic> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Some(after_open) = strip_delimiter_line(text) else {
        return Ok(Parsed {
            front: FrontMatter::default(),
            body: text,
            body_line: 1,
        });
    };
    let mut offset = text.len() - after_open.len();
    for (line, raw_line) in (2u32..).zip(after_open.split_inclusive('\n')) {
        if raw_line.trim_end() == "---" {
            let yaml = &text[text.len() - after_open.len()..offset];
            let front = parse_yaml::<FrontMatter>(yaml, path, 1)?;
            return Ok(Parsed {
                front,
                body: &text[offset + raw_line.len()..],
                body_line: line + 1,
            });
        }
        offset += raw_line.len();
    }
    Err(Diagnostic::error(path, ContentError::FrontMatterNotClosed).at(1, 1))
}

/// The rest of `text` after a first line that is exactly `---`.
fn strip_delimiter_line(text: &str) -> Option<&str> {
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    (first.trim_end() == "---").then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_and_counts_body_line() {
        let parsed =
            parse_version_file("---\ntitle: T\nupdated: 2026-02-03\n---\n## A\n", "f.md").unwrap();
        assert_eq!(parsed.front.title.as_deref(), Some("T"));
        assert_eq!(
            parsed.front.updated.map(|d| d.to_string()).as_deref(),
            Some("2026-02-03")
        );
        assert_eq!(parsed.body, "## A\n");
        assert_eq!(parsed.body_line, 5);
    }

    #[test]
    fn no_front_matter_is_all_body() {
        let parsed = parse_version_file("## A\n", "f.md").unwrap();
        assert_eq!(parsed.front, FrontMatter::default());
        assert_eq!(parsed.body_line, 1);
    }

    #[test]
    fn errors_point_at_file_lines() {
        let unclosed = parse_version_file("---\ntitle: T\n", "f.md").unwrap_err();
        assert_eq!(unclosed.line, Some(1));
        assert!(matches!(
            unclosed.problem(),
            Some(ContentError::FrontMatterNotClosed)
        ));
        let bad_date =
            parse_version_file("---\ntitle: T\nupdated: 2026-02-30\n---\n", "f.md").unwrap_err();
        assert_eq!(bad_date.line, Some(3));
        assert!(
            bad_date.message().contains("not a day of the calendar"),
            "{bad_date}"
        );
        let typo = parse_version_file("---\nsumary: x\n---\n", "f.md").unwrap_err();
        assert_eq!(typo.line, Some(2));
    }

    #[test]
    fn material_and_announced_know_their_lines() {
        let text = "---\ntitle: T\nmaterial: true\nannounced: 2026-01-01\n---\nText\n";
        let front = parse_version_file(text, "f.md").unwrap().front;
        assert_eq!(
            front.material,
            Some(Placed {
                value: true,
                at: (3, 11)
            })
        );
        let announced = front.announced.unwrap();
        assert_eq!(
            (announced.value.to_string(), announced.at.0),
            ("2026-01-01".to_string(), 4)
        );
        let bad = parse_version_file("---\nmaterial: sometimes\n---\nText\n", "f.md").unwrap_err();
        assert_eq!(bad.line, Some(2), "{bad}");
    }

    #[test]
    fn errata_know_their_file_lines() {
        let text = "---\ntitle: T\nerrata:\n  - date: 2026-03-10\n    note: A.\n  - note: B.\n    date: 2026-04-01\n---\n";
        let errata = parse_version_file(text, "f.md")
            .unwrap()
            .front
            .errata
            .unwrap();
        let places: Vec<_> = errata.iter().map(|e| (e.date_at, e.note_at)).collect();
        assert_eq!(places, [((4, 11), (5, 11)), ((7, 11), (6, 11))]);
        let unknown = parse_version_file(
            "---\nerrata:\n  - date: 2026-03-10\n    note: A.\n    by: me\n---\n",
            "f.md",
        )
        .unwrap_err();
        assert_eq!(unknown.line, Some(5), "{unknown}");
    }
}
