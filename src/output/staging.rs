//! Building into a staging folder and swapping it in by rename.
//!
//! The staging folder `.<output>.redline-staging` sits beside the output so that the final
//! renames stay on one file system. redline only ever deletes folders it created: its own
//! staging, and a previous output that carries the marker file every build writes. Any other
//! non-empty folder, the site itself and its source folders are refused (getzola/zola#1378).

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::Error;
use crate::output::Sink;

pub struct StagingDir {
    output: PathBuf,
    staging: PathBuf,
    previous: PathBuf,
}

/// Written into every output, so a later build knows the folder is its own to replace.
pub const OUTPUT_MARKER: &str = ".redline-output";
const MARKER_TEXT: &[u8] =
    b"This folder is written by redline build and replaced whole by the next build.\n";

/// The site folders an output must never be, contain, or sit inside.
const SOURCE_FOLDERS: &[&str] = &["content", "locales", "themes"];

impl StagingDir {
    /// Prepares an empty staging folder for `output`, after checking that `output` is a folder
    /// redline may replace: not the site or its sources, and either absent, empty, or written
    /// by an earlier build.
    pub fn create(output: &Path, root: &Path) -> Result<StagingDir, Error> {
        let refuse = |why: &str| {
            Err(Error::Usage(format!(
                "will not write the site to `{}`: {why}; redline replaces its output folder whole, so choose another --output (or `output` in site.yaml)",
                output.display()
            )))
        };
        // Resolve `..` and symlinks where the folder exists, so `--output ..` is seen for what it is.
        let absolute = |p: &Path| {
            fs::canonicalize(p)
                .unwrap_or_else(|_| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf()))
        };
        let (output_abs, root_abs) = (absolute(output), absolute(root));
        let Some(name) = output_abs
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
        else {
            return refuse("it is not a folder name");
        };
        if root_abs.starts_with(&output_abs) {
            return refuse("it holds the site itself");
        }
        if SOURCE_FOLDERS
            .iter()
            .any(|f| output_abs.starts_with(root_abs.join(f)))
        {
            return refuse("it is one of the site's source folders");
        }
        if output.exists() && !output.is_dir() {
            return refuse("it is a file");
        }
        let is_empty = fs::read_dir(output).map_or(true, |mut entries| entries.next().is_none());
        if output.is_dir() && !is_empty && !output.join(OUTPUT_MARKER).is_file() {
            return refuse("it holds files that an earlier redline build did not write");
        }
        let parent = output_abs
            .parent()
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        let staging = parent.join(format!(".{name}.redline-staging"));
        let previous = parent.join(format!(".{name}.redline-previous"));
        for leftover in [&staging, &previous] {
            remove_if_exists(leftover)?;
        }
        fs::create_dir_all(&staging).map_err(|e| Error::io(&staging, e))?;
        fs::write(staging.join(OUTPUT_MARKER), MARKER_TEXT).map_err(|e| Error::io(&staging, e))?;
        Ok(StagingDir {
            output: output_abs,
            staging,
            previous,
        })
    }

    /// Replaces the output with the staged files: old output aside, staging in, old removed.
    pub fn commit(self) -> Result<(), Error> {
        let had_output = self.output.exists();
        if had_output {
            fs::rename(&self.output, &self.previous).map_err(|e| Error::io(&self.output, e))?;
        }
        if let Err(e) = fs::rename(&self.staging, &self.output) {
            if had_output {
                // Put the old site back rather than leave none.
                let _ = fs::rename(&self.previous, &self.output);
            }
            return Err(Error::io(&self.output, e));
        }
        remove_if_exists(&self.previous)
    }

    /// Drops the staged files; the output stays as it was.
    pub fn discard(self) {
        let _ = remove_tree(&self.staging);
    }
}

fn remove_if_exists(path: &Path) -> Result<(), Error> {
    match remove_tree(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(Error::io(path, e)),
        _ => Ok(()),
    }
}

/// `fs::remove_dir_all`, with sibling folders removed in parallel: a previous site of 20,000
/// pages takes 0.4 s to delete on one thread, a fifth of its build.
fn remove_tree(path: &Path) -> io::Result<()> {
    let entries = fs::read_dir(path)?.collect::<Result<Vec<_>, _>>()?;
    entries.par_iter().try_for_each(|entry| {
        // The entry's own type: a symlink is removed, never followed.
        if entry.file_type()?.is_dir() {
            remove_tree(&entry.path())
        } else {
            fs::remove_file(entry.path())
        }
    })?;
    fs::remove_dir(path)
}

impl Sink for StagingDir {
    fn write(&self, path: &str, bytes: &[u8]) -> io::Result<()> {
        let target = self.staging.join(path);
        if let Some(dir) = target.parent() {
            // One mkdir when the parent exists, as std tries the folder itself first.
            fs::create_dir_all(dir)?;
        }
        fs::write(target, bytes)
    }
}
