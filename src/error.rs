//! How problems reach people: the `Diagnostic` every stage produces, and its one rendering.
//!
//! Stages never stop at the first problem in content: they collect `Diagnostic`s (ripgrep's
//! "partial" errors) so a run reports everything at once. Each diagnostic names the file relative
//! to the site root and, where there is one, a 1-based line and column, so the legal team can jump
//! straight there. `Display` is the only formatter; serve's overlay will reuse it, HTML-escaped.

use std::fmt;
use std::path::{Path, PathBuf};

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
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// Relative to the site root, with `/` separators, as the user would type it.
    pub path: String,
    pub line: Option<u32>,
    pub col: Option<u32>,
    pub severity: Severity,
    pub message: String,
    /// What to do about it.
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(path: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            path: path.into(),
            line: None,
            col: None,
            severity: Severity::Error,
            message: message.into(),
            help: None,
        }
    }

    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(path, message)
        }
    }

    pub fn reminder(path: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Reminder,
            ..Diagnostic::error(path, message)
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

    #[must_use]
    pub fn help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
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
        write!(f, ": {label}: {}", self.message)?;
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
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
    #[error("{0}")]
    Usage(String),
    /// Something outside the site and the command line failed (the file watcher of `serve`):
    /// what failed, and what to do. The run exits 1.
    #[error("{message}\n  help: {help}")]
    Environment { message: String, help: String },
    /// Reading or writing failed outside the site's content (the output folder, say).
    #[error("{}: {source}", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl Error {
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

    #[test]
    fn renders_path_line_col_and_help() {
        let d = Diagnostic::error("content/privacy/2026-02-01.fr.md", "unknown key `sumary`")
            .at(3, 1)
            .help("did you mean `summary`?");
        assert_eq!(
            d.to_string(),
            "content/privacy/2026-02-01.fr.md:3:1: error: unknown key `sumary`\n  help: did you mean `summary`?"
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
