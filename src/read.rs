//! Reading the site's own text files (YAML, Markdown, Fluent, templates) as UTF-8, and only
//! from inside the site.
//!
//! Every stage that reads a source goes through here, so the same rules hold everywhere: a
//! file or folder whose links lead outside the site is refused (DESIGN.md "Guarantees": a
//! pull request can commit a link to `/etc/passwd` or `/proc/self/environ`), an unreadable
//! file or invalid UTF-8 is reported with the site-relative path and the line and column of
//! the first bad byte.

use std::path::{Path, PathBuf};

use crate::error::{Diagnostic, Problem, display_path};

/// What can go wrong reading a source, in every stage that reads one.
#[derive(Debug, thiserror::Error)]
pub(crate) enum SourceError {
    #[error("this {kind} links to {}, outside the site; redline reads sources only from the site's own folders", .target.display())]
    LinksOutside { kind: EntryKind, target: PathBuf },
    #[error(
        "this {kind} links to {target}, a hidden file or folder of the site; redline reads sources only from the site's own folders"
    )]
    LinksToHidden { kind: EntryKind, target: String },
    #[error("this link leads to a folder that holds it")]
    LinkLoop,
    #[error("the file cannot be opened: it links to something that does not exist")]
    BrokenLink,
    #[error("cannot read it: {0}")]
    CannotList(walkdir::Error),
    #[error("cannot read the file: {0}")]
    CannotRead(std::io::Error),
    #[error("the file is not valid UTF-8")]
    NotUtf8,
    #[error("the control character {} is not allowed", describe(*.0))]
    ControlCharacter(char),
}

/// Whether a source is a file or a folder, as a message names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EntryKind {
    File,
    Folder,
}

impl std::fmt::Display for EntryKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            EntryKind::File => "file",
            EntryKind::Folder => "folder",
        })
    }
}

impl Problem for SourceError {
    fn help(&self) -> Option<String> {
        Some(match self {
            SourceError::LinksOutside { kind, .. } | SourceError::LinksToHidden { kind, .. } => {
                format!(
                    "replace the link with the {kind} itself (copied into the site), or point it at a {kind} inside the site"
                )
            }
            SourceError::LinkLoop => {
                "replace the link with the files it should show, or remove it".to_string()
            }
            SourceError::BrokenLink => {
                "replace the link with the file itself, or remove it".to_string()
            }
            SourceError::CannotList(_) => {
                "check that it exists and that you may read it".to_string()
            }
            SourceError::CannotRead(_) => {
                "check that the file exists and that you may read it".to_string()
            }
            SourceError::NotUtf8 => "save the file as UTF-8 in your editor".to_string(),
            SourceError::ControlCharacter(_) => {
                "remove it: it is invisible in most editors and would be copied into the pages"
                    .to_string()
            }
        })
    }
}

/// The site's folder, resolved once: sources are found and read through it.
pub(crate) struct SiteRoot {
    /// As given, for site-relative display paths.
    given: PathBuf,
    /// With every link resolved: what a source's resolved path must lie under.
    resolved: PathBuf,
}

/// A file or folder of the site whose resolved path lies inside the site.
#[derive(Debug, Clone)]
pub(crate) struct Source {
    pub path: PathBuf,
    /// Site-relative, for diagnostics.
    pub display: String,
    /// Links followed.
    pub is_dir: bool,
    /// A regular file (links followed): not a folder, a socket or a pipe.
    pub is_file: bool,
    /// How far below the folder walked (1: directly in it).
    pub depth: usize,
}

impl SiteRoot {
    pub(crate) fn new(root: &Path) -> SiteRoot {
        SiteRoot {
            given: root.to_path_buf(),
            resolved: std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf()),
        }
    }

    pub(crate) fn display(&self, path: &Path) -> String {
        display_path(&self.given, path)
    }

    /// `path` if it resolves inside the site (or does not exist: its reader says so in its
    /// own words); an error naming it if a link leads it outside.
    pub(crate) fn file(&self, path: &Path) -> Result<Source, Diagnostic> {
        self.check_inside(path)?;
        Ok(Source {
            path: path.to_path_buf(),
            display: self.display(path),
            is_dir: path.is_dir(),
            is_file: path.is_file(),
            depth: 0,
        })
    }

    fn check_inside(&self, path: &Path) -> Result<(), Diagnostic> {
        // Missing, or a loop: reading it reports that.
        let Ok(real) = std::fs::canonicalize(path) else {
            return Ok(());
        };
        let kind = if real.is_dir() {
            EntryKind::Folder
        } else {
            EntryKind::File
        };
        let problem = match real.strip_prefix(&self.resolved) {
            Err(_) => SourceError::LinksOutside {
                kind,
                target: real.clone(),
            },
            // `.git/config` holds CI tokens (actions/checkout writes one there), `.env`
            // secrets: no source lives in a hidden folder, so no link may lead into one.
            Ok(inside) if is_hidden(inside) => SourceError::LinksToHidden {
                kind,
                target: display_path(Path::new(""), inside),
            },
            Ok(_) => return Ok(()),
        };
        Err(Diagnostic::error(self.display(path), problem))
    }

    /// Everything under the folder `dir` (not `dir` itself) down to `max_depth`, sorted by
    /// name; each problem met instead of an entry goes to `problems`. Links are followed while
    /// they stay inside the site; one that leads outside is an error and is not followed, nor
    /// is what it holds listed. A missing `dir` holds nothing.
    pub(crate) fn walk(
        &self,
        dir: &Path,
        max_depth: usize,
        problems: &mut Vec<Diagnostic>,
    ) -> Vec<Source> {
        if let Err(outside) = self.check_inside(dir) {
            problems.push(outside);
            return Vec::new();
        }
        if !dir.is_dir() {
            return Vec::new();
        }
        let mut outside = Vec::new();
        let mut found = Vec::new();
        // Walkdir follows no link unless told, so an entry that is not a link lies in a
        // folder already known to be inside: only links need resolving.
        let entries = walkdir::WalkDir::new(dir)
            .min_depth(1)
            .max_depth(max_depth)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|entry| {
                if !entry.path_is_symlink() {
                    return true;
                }
                match self.check_inside(entry.path()) {
                    Ok(()) => true,
                    Err(d) => {
                        outside.push(d);
                        false
                    }
                }
            });
        for entry in entries {
            match entry {
                Ok(entry) => found.push(Source {
                    display: self.display(entry.path()),
                    is_dir: entry.file_type().is_dir(),
                    is_file: entry.file_type().is_file(),
                    depth: entry.depth(),
                    path: entry.into_path(),
                }),
                Err(e) => problems.extend(self.walk_problem(dir, e)),
            }
        }
        problems.append(&mut outside);
        found
    }

    fn walk_problem(&self, dir: &Path, e: walkdir::Error) -> Option<Diagnostic> {
        let path = e.path().unwrap_or(dir);
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        let display = self.display(path);
        if e.loop_ancestor().is_some() {
            return Some(Diagnostic::error(display, SourceError::LinkLoop));
        }
        match e.io_error().map(std::io::Error::kind) {
            // A link to nothing; editors leave some (emacs's `.#file` locks): never sources.
            Some(std::io::ErrorKind::NotFound) if is_editor_leftover(&name) => None,
            Some(std::io::ErrorKind::NotFound) => {
                Some(Diagnostic::error(display, SourceError::BrokenLink))
            }
            _ => Some(Diagnostic::error(display, SourceError::CannotList(e))),
        }
    }
}

/// Whether a site-relative path lies in a hidden file or folder (`.git/…`, `.env`).
fn is_hidden(inside: &Path) -> bool {
    inside
        .components()
        .any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
}

impl Source {
    /// The file or folder's own name.
    pub(crate) fn name(&self) -> String {
        self.path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    /// The file's bytes, or `Ok(None)` when it does not exist.
    pub(crate) fn read_bytes(&self) -> Result<Option<Vec<u8>>, Diagnostic> {
        read_bytes(&self.path, &self.display)
    }

    /// The file as text, or `Ok(None)` when it does not exist.
    pub(crate) fn read_text(&self) -> Result<Option<String>, Diagnostic> {
        read_text(&self.path, &self.display)
    }
}

/// A file's bytes, or `Ok(None)` when it does not exist. Sources are read through `Source`;
/// this is for the files redline writes itself (redline.lock) and for theme assets found by
/// `SiteRoot::walk`.
pub(crate) fn read_bytes(path: &Path, display: &str) -> Result<Option<Vec<u8>>, Diagnostic> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Diagnostic::error(display, SourceError::CannotRead(e))),
    }
}

/// A file as text, or `Ok(None)` when it does not exist; see `read_bytes`.
pub(crate) fn read_text(path: &Path, display: &str) -> Result<Option<String>, Diagnostic> {
    read_bytes(path, display)?
        .map(|bytes| decode_utf8(bytes, display))
        .transpose()
}

/// Bytes to text, pointing at the first byte that is not UTF-8 or the first control
/// character. A byte-order mark is dropped: some editors write one, and no parser here
/// expects it.
pub(crate) fn decode_utf8(bytes: Vec<u8>, display: &str) -> Result<String, Diagnostic> {
    let bytes = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let lossy = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
        Diagnostic::error(display, SourceError::NotUtf8).at_offset(&lossy, valid)
    })?;
    if let Some((offset, c)) = first_control_character(&text) {
        return Err(
            Diagnostic::error(display, SourceError::ControlCharacter(c)).at_offset(&text, offset)
        );
    }
    Ok(text)
}

/// Where the first control character other than tab and line breaks (`\n`, `\r\n`) is:
/// C0, DEL and C1 alike. Scanned as bytes: every one of them is a byte below 0x20, 0x7f, or
/// 0xc2 followed by 0x80..=0x9f.
fn first_control_character(text: &str) -> Option<(usize, char)> {
    // Every source file passes here: blocks of 64 bytes are tested without branches (the
    // compiler vectorizes the fold) and only a block holding a suspect byte is looked at
    // closely. The plain byte-by-byte scan cost 6% of a whole build's instructions.
    const BLOCK: usize = 64;
    let bytes = text.as_bytes();
    for (block, chunk) in bytes.chunks(BLOCK).enumerate() {
        let suspect = chunk.iter().fold(false, |any, &b| {
            any | ((b < 0x20) & (b != b'\n')) | (b == 0x7f) | (b == 0xc2)
        });
        if suspect {
            let start = block * BLOCK;
            if let Some(at) = (start..start + chunk.len()).find(|&i| is_control_at(bytes, i)) {
                return Some((at, text[at..].chars().next()?));
            }
        }
    }
    None
}

fn is_control_at(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        b'\t' | b'\n' => false,
        b'\r' => bytes.get(i + 1) != Some(&b'\n'),
        0x00..=0x1f | 0x7f => true,
        0xc2 => bytes
            .get(i + 1)
            .is_some_and(|next| (0x80..=0x9f).contains(next)),
        _ => false,
    }
}

/// `U+001B (ESC)`: the code point, and the usual name of a C0 character or DEL.
fn describe(c: char) -> String {
    const C0: [&str; 32] = [
        "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR",
        "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB",
        "ESC", "FS", "GS", "RS", "US",
    ];
    let code = u32::from(c);
    let name = match code {
        0..=0x1f => C0.get(code as usize).copied(),
        0x7f => Some("DEL"),
        _ => None,
    };
    match name {
        Some(name) => format!("U+{code:04X} ({name})"),
        None => format!("U+{code:04X}"),
    }
}

/// Hidden files and what editors leave beside the files they save (vim's swap and backup
/// files and its `4913` probe, `.DS_Store`) are never part of the site.
pub(crate) fn is_editor_leftover(name: &str) -> bool {
    name.starts_with('.') || name.ends_with('~') || name.ends_with(".swp") || name == "4913"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_found_but_tabs_and_line_breaks_pass() {
        assert_eq!(first_control_character("a\tb\r\nc\n"), None);
        assert_eq!(first_control_character("é ü ‐ — \u{a0}"), None);
        assert_eq!(first_control_character("ab\0"), Some((2, '\0')));
        assert_eq!(first_control_character("a\rb"), Some((1, '\r')));
        assert_eq!(first_control_character("a\u{1b}[31m"), Some((1, '\u{1b}')));
        assert_eq!(first_control_character("é\u{7f}"), Some((2, '\u{7f}')));
        assert_eq!(first_control_character("x\u{85}"), Some((1, '\u{85}')));
        // Past the first block, and across a block's edge.
        let long = format!("{}«\u{85}", "a".repeat(62));
        assert_eq!(first_control_character(&long), Some((64, '\u{85}')));
        assert_eq!(
            first_control_character(&format!("{}\r\n", "a".repeat(63))),
            None
        );
        assert_eq!(
            first_control_character(&format!("{}\u{1b}", "é".repeat(100))),
            Some((200, '\u{1b}'))
        );
        assert_eq!(describe('\0'), "U+0000 (NUL)");
        assert_eq!(describe('\u{1b}'), "U+001B (ESC)");
        assert_eq!(describe('\u{9f}'), "U+009F");
    }
}
