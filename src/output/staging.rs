//! Building into a staging folder and swapping it in by rename.
//!
//! The staging folder `.<output>.redline-staging` sits beside the output so that the final
//! renames stay on one file system. redline only ever deletes folders it created: its own
//! staging and the previous output it just replaced (which a previous build created), and it
//! refuses an output folder that looks like a project (getzola/zola#1378).

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::output::Sink;

pub struct StagingDir {
    output: PathBuf,
    staging: PathBuf,
    previous: PathBuf,
}

/// Entries whose presence means the folder is a site or project, never a build output.
const PROJECT_MARKERS: &[&str] = &["site.yaml", "content", "Cargo.toml", ".git", "src"];

impl StagingDir {
    /// Prepares an empty staging folder for `output`.
    pub fn create(output: &Path) -> Result<StagingDir, Error> {
        let name = output
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .ok_or_else(|| {
                Error::Usage(format!("`{}` cannot be an output folder", output.display()))
            })?;
        let parent = output
            .parent()
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        if output.is_dir()
            && let Some(marker) = PROJECT_MARKERS.iter().find(|m| output.join(m).exists())
        {
            return Err(Error::Usage(format!(
                "`{}` holds `{marker}`, so it looks like a project, not a build output; redline replaces its output folder whole, so choose another --output",
                output.display()
            )));
        }
        let staging = parent.join(format!(".{name}.redline-staging"));
        let previous = parent.join(format!(".{name}.redline-previous"));
        for leftover in [&staging, &previous] {
            remove_if_exists(leftover)?;
        }
        fs::create_dir_all(&staging).map_err(|e| Error::io(&staging, e))?;
        Ok(StagingDir {
            output: output.to_path_buf(),
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
        let _ = fs::remove_dir_all(&self.staging);
    }
}

fn remove_if_exists(path: &Path) -> Result<(), Error> {
    match fs::remove_dir_all(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(Error::io(path, e)),
        _ => Ok(()),
    }
}

impl Sink for StagingDir {
    fn write(&self, path: &str, bytes: &[u8]) -> io::Result<()> {
        let target = self.staging.join(path);
        if let Some(dir) = target.parent() {
            fs::create_dir_all(dir)?;
        }
        fs::write(target, bytes)
    }
}
