//! How problems reach people: the `Diagnostic` every stage produces, and its one rendering.
//!
//! Stages never stop at the first problem in content: they collect `Diagnostic`s (ripgrep's
//! "partial" errors) so a run reports everything at once. Each diagnostic names the file relative
//! to the site root and, where there is one, a 1-based line and column, so the legal team can jump
//! straight there. `Display` is the only formatter; serve's overlay will reuse it, HTML-escaped.
//!
//! What went wrong is typed by the stage that found it (`ContentError`, `LockError`, …, each
//! in its own module), yet this module stays at the bottom of the pipeline: a diagnostic holds
//! its problem as a `dyn Problem` (message = `Display`, plus `help`), which code and tests get
//! back with `problem.downcast_ref::<LockError>()`. So no stage is imported here, and none
//! needs a `Problem` enum listing them all.

use std::any::Any;
use std::cmp::Ordering;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A stage's typed problem: its `Display` is the message (one sentence for the legal team),
/// `help` what to do about it. Every stage's error enum implements it.
pub trait Problem: std::error::Error + Any + Send + Sync {
    fn help(&self) -> Option<String> {
        None
    }
}

impl dyn Problem {
    /// The stage's own error, if this problem is a `T`.
    pub fn downcast_ref<T: Problem>(&self) -> Option<&T> {
        (self as &dyn Any).downcast_ref()
    }
}

/// Whether a problem stops the build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    /// Reported, but the build goes on; `--strict` turns warnings into errors.
    Warning,
    /// A warning that `--strict` leaves a warning: it comes from the passing of time, not from
    /// a change anyone made (a policy due for review), and time alone never fails `--strict`
    /// (DESIGN.md "Guarantees").
    Reminder,
}

/// One problem with the site, located as precisely as the stage that found it could.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    /// Relative to the site root, with `/` separators, as the user would type it.
    pub path: String,
    pub line: Option<u32>,
    pub col: Option<u32>,
    pub severity: Severity,
    /// What went wrong, typed by the stage that found it.
    pub problem: Arc<dyn Problem>,
}

impl Diagnostic {
    pub fn error(path: impl Into<String>, problem: impl Problem) -> Diagnostic {
        Diagnostic {
            path: path.into(),
            line: None,
            col: None,
            severity: Severity::Error,
            problem: Arc::new(problem),
        }
    }

    pub fn warning(path: impl Into<String>, problem: impl Problem) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(path, problem)
        }
    }

    pub fn reminder(path: impl Into<String>, problem: impl Problem) -> Diagnostic {
        Diagnostic {
            severity: Severity::Reminder,
            ..Diagnostic::error(path, problem)
        }
    }

    #[must_use]
    pub fn at(mut self, line: u32, col: u32) -> Diagnostic {
        self.line = Some(line.max(1));
        self.col = Some(col.max(1));
        self
    }

    /// Locates the diagnostic at a byte offset of `text`, the whole file's contents.
    #[must_use]
    pub fn at_offset(self, text: &str, offset: usize) -> Diagnostic {
        let (line, col) = line_col(text, offset);
        self.at(line, col)
    }

    /// The message, as rendered after `error: `.
    pub fn message(&self) -> String {
        self.problem.to_string()
    }

    /// What to do about it.
    pub fn help(&self) -> Option<String> {
        self.problem.help()
    }

    /// The stage's own error, if the problem is a `T`.
    pub fn problem<T: Problem>(&self) -> Option<&T> {
        self.problem.downcast_ref()
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// What diagnostics are sorted and deduplicated by: the place, the severity, then the
    /// words the user reads (so that the order does not depend on which stage found what).
    fn sort_key(
        &self,
    ) -> (
        &str,
        Option<u32>,
        Option<u32>,
        Severity,
        String,
        Option<String>,
    ) {
        (
            &self.path,
            self.line,
            self.col,
            self.severity,
            self.message(),
            self.help(),
        )
    }
}

impl PartialEq for Diagnostic {
    fn eq(&self, other: &Diagnostic) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Diagnostic {}

impl PartialOrd for Diagnostic {
    fn partial_cmp(&self, other: &Diagnostic) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Diagnostic {
    fn cmp(&self, other: &Diagnostic) -> Ordering {
        // The place first, without rendering anything: most comparisons end there.
        (&self.path, self.line, self.col, self.severity)
            .cmp(&(&other.path, other.line, other.col, other.severity))
            .then_with(|| self.sort_key().cmp(&other.sort_key()))
    }
}

/// A problem's message, then its help on a line of its own, as every diagnostic ends.
struct WithHelp<'a>(&'a dyn Problem);

impl fmt::Display for WithHelp<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)?;
        if let Some(help) = self.0.help() {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path)?;
        if let Some(line) = self.line {
            write!(f, ":{line}:{}", self.col.unwrap_or(1))?;
        }
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning | Severity::Reminder => "warning",
        };
        write!(f, ": {label}: {}", WithHelp(&*self.problem))
    }
}

/// `--strict`: every warning becomes an error, except reminders.
pub fn apply_strict(diagnostics: &mut [Diagnostic]) {
    for diagnostic in diagnostics {
        if diagnostic.severity == Severity::Warning {
            diagnostic.severity = Severity::Error;
        }
    }
}

/// 1-based line and column (in characters) of a byte offset; offsets past the end or inside a
/// character are clamped, since diagnostics must never panic on odd input.
pub fn line_col(text: &str, offset: usize) -> (u32, u32) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (to_u32(line), to_u32(col))
}

/// A count or position as a diagnostic's line or column; absurdly large ones saturate.
pub(crate) fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A site-relative display form of `path` (always `/`-separated).
pub fn display_path(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Why a run could not finish.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Problems in the site's files: each is printed; the run exits 1.
    #[error("the site has {} problem(s)", .0.len())]
    Site(Vec<Diagnostic>),
    /// The command line asked for something impossible: exit 2.
    #[error("{}", WithHelp(&**.0))]
    Usage(Box<dyn Problem>),
    /// Something outside the site and the command line failed (the file watcher of `serve`):
    /// what failed, and what to do. The run exits 1.
    #[error("{}", WithHelp(&**.0))]
    Environment(Box<dyn Problem>),
    /// Reading or writing failed outside the site's content (the output folder, say).
    #[error("{}: {source}", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl Error {
    pub fn usage(problem: impl Problem) -> Error {
        Error::Usage(Box::new(problem))
    }

    pub fn environment(problem: impl Problem) -> Error {
        Error::Environment(Box::new(problem))
    }

    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stage's problem, as the stages write theirs.
    #[derive(Debug, thiserror::Error)]
    enum KeyError {
        #[error("unknown key `{key}`")]
        Unknown { key: String, near: Option<String> },
    }

    impl Problem for KeyError {
        fn help(&self) -> Option<String> {
            match self {
                KeyError::Unknown { near, .. } => {
                    near.as_ref().map(|n| format!("did you mean `{n}`?"))
                }
            }
        }
    }

    fn unknown(key: &str, near: Option<&str>) -> KeyError {
        KeyError::Unknown {
            key: key.to_string(),
            near: near.map(str::to_string),
        }
    }

    #[test]
    fn renders_path_line_col_and_help() {
        let d = Diagnostic::error(
            "content/privacy/2026-02-01.fr.md",
            unknown("sumary", Some("summary")),
        )
        .at(3, 1);
        assert_eq!(
            d.to_string(),
            "content/privacy/2026-02-01.fr.md:3:1: error: unknown key `sumary`\n  help: did you mean `summary`?"
        );
        assert!(matches!(
            d.problem::<KeyError>(),
            Some(KeyError::Unknown { key, .. }) if key == "sumary"
        ));
        let bare = Diagnostic::warning("site.yaml", unknown("x", None));
        assert_eq!(bare.to_string(), "site.yaml: warning: unknown key `x`");
    }

    #[test]
    fn sorts_by_place_severity_then_words() {
        let d =
            |path: &str, key: &str, near: Option<&str>| Diagnostic::error(path, unknown(key, near));
        let mut all = vec![
            d("b", "a", None),
            d("a", "b", None),
            d("a", "a", Some("z")),
            d("a", "a", None).at(1, 1),
            d("a", "a", None),
            Diagnostic::warning("a", unknown("a", None)),
            d("a", "a", Some("z")),
        ];
        all.sort();
        all.dedup();
        let rendered: Vec<String> = all.iter().map(ToString::to_string).collect();
        assert_eq!(
            rendered,
            [
                "a: error: unknown key `a`",
                "a: error: unknown key `a`\n  help: did you mean `z`?",
                "a: error: unknown key `b`",
                "a: warning: unknown key `a`",
                "a:1:1: error: unknown key `a`",
                "b: error: unknown key `a`",
            ]
        );
    }

    #[test]
    fn line_col_counts_characters_and_clamps() {
        let text = "ab\nçd\n";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 3), (2, 1));
        assert_eq!(line_col(text, 5), (2, 2));
        assert_eq!(line_col(text, 4), (2, 1));
        assert_eq!(line_col(text, 999), (3, 1));
    }
}
