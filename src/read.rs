//! Reading the site's own text files (YAML, Markdown, Fluent, templates) as UTF-8.
//!
//! Every stage that reads a source file goes through here, so an unreadable file or invalid
//! UTF-8 is reported the same way everywhere: the site-relative path and the line and column of
//! the first bad byte.

use std::path::Path;

use crate::error::Diagnostic;

/// The file's bytes, or `Ok(None)` when it does not exist.
pub(crate) fn read_bytes(path: &Path, display: &str) -> Result<Option<Vec<u8>>, Diagnostic> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(
            Diagnostic::error(display, format!("cannot read the file: {e}"))
                .help("check that the file exists and that you may read it"),
        ),
    }
}

/// The file as text, or `Ok(None)` when it does not exist.
pub(crate) fn read_text(path: &Path, display: &str) -> Result<Option<String>, Diagnostic> {
    read_bytes(path, display)?
        .map(|bytes| decode_utf8(bytes, display))
        .transpose()
}

/// Bytes to text, pointing at the first byte that is not UTF-8. A byte-order mark is dropped:
/// some editors write one, and no parser here expects it.
pub(crate) fn decode_utf8(bytes: Vec<u8>, display: &str) -> Result<String, Diagnostic> {
    let bytes = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let lossy = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
        Diagnostic::error(display, "the file is not valid UTF-8")
            .at_offset(&lossy, valid)
            .help("save the file as UTF-8 in your editor")
    })
}

/// Hidden files and what editors leave beside the files they save (vim's swap and backup
/// files and its `4913` probe, `.DS_Store`) are never part of the site.
pub(crate) fn is_editor_leftover(name: &str) -> bool {
    name.starts_with('.') || name.ends_with('~') || name.ends_with(".swp") || name == "4913"
}
