//! One build at a time: an advisory lock (`File::lock`) on a file, `.<output>.redline-lock`
//! beside the output (one build writes an output), and `.redline-build-lock` in the site (one
//! build records the site's texts in redline.lock).
//!
//! On Unix the lock file is removed when the build ends, so nothing is left beside the output
//! (but after a killed build, whose file the next build takes over).
//! A build that was waiting may then hold a lock on a file that no longer has a name while a
//! third build creates a new one; so after taking the lock, a build checks that the file it
//! locked is still the one at the path, and starts over if not.

use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};

use crate::error::Error;

/// Held for the whole build; dropping it removes the file and releases the lock.
pub struct BuildLock {
    file: File,
    path: PathBuf,
}

impl BuildLock {
    /// Takes the lock at `path`; when another build holds it, calls `on_wait` once and waits.
    pub fn acquire(path: &Path, mut on_wait: impl FnMut()) -> Result<BuildLock, Error> {
        let mut waited = false;
        loop {
            let file = match platform::open_no_follow(path) {
                Ok(file) => file,
                // A link planted at the name is not a lock any build made: remove the link
                // (never what it points to) and take the name.
                Err(e) if platform::is_link(path) => {
                    std::fs::remove_file(path).map_err(|_| Error::io(path, e))?;
                    continue;
                }
                Err(e) => return Err(Error::io(path, e)),
            };
            match file.try_lock() {
                Ok(()) => {}
                Err(TryLockError::WouldBlock) => {
                    if !waited {
                        on_wait();
                        waited = true;
                    }
                    file.lock().map_err(|e| Error::io(path, e))?;
                }
                Err(TryLockError::Error(e)) => return Err(Error::io(path, e)),
            }
            if platform::is_same_file(&file, path) {
                return Ok(BuildLock {
                    file,
                    path: path.to_path_buf(),
                });
            }
            // The build we waited for removed the file: lock the one that is there now.
        }
    }
}

impl Drop for BuildLock {
    fn drop(&mut self) {
        // Removed while still locked, so a waiting build notices (see the module comment).
        if platform::REMOVE_WHEN_DONE {
            let _ = std::fs::remove_file(&self.path);
        }
        let _ = self.file.unlock();
    }
}

#[cfg(unix)]
mod platform {
    use std::fs::File;
    use std::os::unix::fs::MetadataExt;
    use std::path::Path;

    use rustix::fs::{Mode, OFlags};

    pub(super) const REMOVE_WHEN_DONE: bool = true;

    /// Opens (creating) the lock file without following a symlink planted at its name.
    pub(super) fn open_no_follow(path: &Path) -> std::io::Result<File> {
        let flags = OFlags::CREATE | OFlags::RDWR | OFlags::NOFOLLOW | OFlags::CLOEXEC;
        let fd = rustix::fs::open(path, flags, Mode::from_raw_mode(0o644))?;
        Ok(File::from(fd))
    }

    pub(super) fn is_link(path: &Path) -> bool {
        std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
    }

    pub(super) fn is_same_file(file: &File, path: &Path) -> bool {
        match (file.metadata(), std::fs::symlink_metadata(path)) {
            (Ok(held), Ok(named)) => held.dev() == named.dev() && held.ino() == named.ino(),
            _ => false,
        }
    }
}

/// Elsewhere the file stays, so the file locked is always the one at the path.
#[cfg(not(unix))]
mod platform {
    use std::fs::File;
    use std::path::Path;

    pub(super) const REMOVE_WHEN_DONE: bool = false;

    pub(super) fn open_no_follow(path: &Path) -> std::io::Result<File> {
        std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path)
    }

    pub(super) fn is_link(_: &Path) -> bool {
        false
    }

    pub(super) fn is_same_file(_: &File, _: &Path) -> bool {
        true
    }
}
