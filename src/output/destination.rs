//! Where a build may write: the output path resolved the way the kernel will resolve it, and
//! refused when replacing it could destroy something that is not a redline output.
//!
//! The path is resolved before any check (DESIGN.md "Guarantees"): each existing prefix is
//! canonicalized (symlinks followed) and `..` past a missing folder is applied to the resolved
//! path, so `nope/../../valuable` is seen as `../valuable` before `nope` is created, not after.

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use crate::error::Error;
use crate::output::{OutputError, Refusal};

/// The folders and files of a site that an output may never be, hold, or sit inside.
const SOURCES: &[&str] = &["content", "locales", "themes", "site.yaml", "redline.lock"];

/// Written into every output, so a later build knows the folder is its own to replace.
pub const OUTPUT_MARKER: &str = ".redline-output";

/// An output folder that passed every check: an absolute path with no symlink and no `..`.
#[derive(Debug, Clone)]
pub struct Destination {
    /// The resolved output folder.
    pub path: PathBuf,
    /// Its parent, where the staging folder and the build lock live (one file system, so the
    /// swap is a rename).
    pub parent: PathBuf,
    /// Its last component, which names the working folders beside it.
    pub name: String,
}

impl Destination {
    /// Resolves `output` (relative to the working directory) and refuses what redline must
    /// never replace. `root` is the site folder, already canonical.
    pub fn resolve(output: &Path, root: &Path) -> Result<Destination, Error> {
        let refuse = |why: Refusal| {
            Error::usage(OutputError::Refused {
                output: output.to_path_buf(),
                why,
            })
        };
        let absolute = std::path::absolute(output).map_err(|e| Error::io(output, e))?;
        let path = resolve_path(&absolute).map_err(|e| match e.kind() {
            // Resolving a name that exists fails this way only through a link to nothing.
            io::ErrorKind::NotFound => refuse(Refusal::DanglingLink),
            _ => Error::io(output, e),
        })?;
        let (Some(parent), Some(name)) = (path.parent(), path.file_name()) else {
            return Err(refuse(Refusal::FileSystemRoot));
        };
        let Some(name) = name.to_str().map(str::to_string) else {
            return Err(refuse(Refusal::NotUnicode));
        };
        if root.starts_with(&path) {
            return Err(refuse(if root == path {
                Refusal::IsSite
            } else {
                Refusal::HoldsSite
            }));
        }
        // A source folder may be a link (`content -> docs/content`): compare resolved paths.
        let is_source = |source: &&str| {
            let source = root.join(source);
            path.starts_with(&source) || resolve_path(&source).is_ok_and(|r| path.starts_with(r))
        };
        if SOURCES.iter().any(is_source) {
            return Err(refuse(Refusal::IsSource));
        }
        if let Some(home) = home_folder()
            && home.starts_with(&path)
        {
            return Err(refuse(Refusal::HoldsHome));
        }
        Ok(Destination {
            parent: parent.to_path_buf(),
            name,
            path,
        })
    }

    /// Checks what is at the output path now (call it while holding the build lock): nothing,
    /// an empty folder, or a folder an earlier build wrote. Anything else is refused.
    pub fn check_replaceable(&self) -> Result<(), Error> {
        let refuse = |why: Refusal| {
            Err(Error::usage(OutputError::Refused {
                output: self.path.clone(),
                why,
            }))
        };
        let metadata = match fs::symlink_metadata(&self.path) {
            Ok(metadata) => metadata,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(Error::io(&self.path, e)),
        };
        if !metadata.is_dir() {
            return refuse(Refusal::IsFile);
        }
        let mut entries = fs::read_dir(&self.path).map_err(|e| Error::io(&self.path, e))?;
        if entries.next().is_none() {
            return Ok(());
        }
        // The marker must be a file of the folder itself, never a link to one elsewhere.
        let marked = fs::symlink_metadata(self.path.join(OUTPUT_MARKER)).is_ok_and(|m| m.is_file());
        if !marked {
            return refuse(Refusal::ForeignFiles);
        }
        Ok(())
    }

    /// A working path beside the output: `.<name>.redline-<what>`.
    pub fn beside(&self, what: &str) -> PathBuf {
        self.parent.join(format!(".{}.redline-{what}", self.name))
    }
}

/// `path` (absolute) as the kernel would resolve it once its missing folders are created:
/// every existing prefix canonicalized, `..` applied to what is resolved so far.
fn resolve_path(path: &Path) -> io::Result<PathBuf> {
    let mut resolved = PathBuf::from("/");
    for component in path.components() {
        match component {
            Component::Prefix(prefix) => resolved = PathBuf::from(prefix.as_os_str()),
            Component::RootDir => resolved.push(component),
            Component::CurDir => {}
            // `resolved` has no symlink in it, so its parent is what `..` reaches.
            Component::ParentDir => {
                resolved.pop();
            }
            Component::Normal(name) => {
                resolved.push(name);
                match fs::symlink_metadata(&resolved) {
                    Ok(_) => resolved = fs::canonicalize(&resolved)?,
                    Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                    Err(e) => return Err(e),
                }
            }
        }
    }
    Ok(resolved)
}

fn home_folder() -> Option<PathBuf> {
    let home = std::env::var_os("HOME").filter(|h| !h.is_empty())?;
    fs::canonicalize(home).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn dot_dot_past_a_missing_folder_is_resolved_before_it_exists() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let base = fs::canonicalize(dir.path()).expect("canonical");
        fs::create_dir(base.join("real")).expect("mkdir");
        std::os::unix::fs::symlink(base.join("real"), base.join("link")).expect("symlink");
        let cases = [
            ("nope/../../x", base.parent().expect("parent").join("x")),
            ("link/../y", base.join("y")),
            ("link/sub/../z", base.join("real/z")),
            ("./real/./w", base.join("real/w")),
            ("a/b/../../c", base.join("c")),
        ];
        for (written, expected) in cases {
            assert_eq!(
                resolve_path(&base.join(written)).expect("resolves"),
                expected,
                "{written}"
            );
        }
    }
}
