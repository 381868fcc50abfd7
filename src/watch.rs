//! Watching the site's sources for `serve`: which changes matter, and the debounced watcher.
//!
//! `classify` is a pure function from a changed path to whether it calls for a rebuild
//! (Zola's `detect_change_kind` is the model), unit-tested below. The watcher follows the
//! advice in shared/CRATES.md: folders, never single files (editors replace files by rename),
//! debounced by notify-debouncer-full so a save's burst (temp file, rename, vim's `4913` probe
//! and `~` backup) arrives as one batch.

use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;
use std::time::Duration;

use notify::RecursiveMode;
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};

use crate::config::CONFIG_FILE;
use crate::content::CONTENT_DIR;
use crate::i18n::LOCALES_DIR;
use crate::lock::LOCK_FILE;
use crate::read::is_editor_leftover;
use crate::theme::THEMES_DIR;

/// The folders under the site root whose changes call for a rebuild.
pub const SOURCE_DIRS: &[&str] = &[CONTENT_DIR, LOCALES_DIR, THEMES_DIR];

/// How long a burst of events may last before it is handled: long enough to fold an editor's
/// save, short enough that the page follows the keyboard.
const DEBOUNCE: Duration = Duration::from_millis(10);

/// Whether a change at `path` (absolute) calls for a rebuild of the site at `root`.
pub fn classify(root: &Path, path: &Path) -> bool {
    let Ok(relative) = path.strip_prefix(root) else {
        return false;
    };
    let mut parts = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy());
    let Some(first) = parts.next() else {
        return false;
    };
    let name = relative
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    if is_editor_leftover(&name) {
        return false;
    }
    match parts.next() {
        None => first == CONFIG_FILE || first == LOCK_FILE || SOURCE_DIRS.contains(&first.as_ref()),
        Some(_) => SOURCE_DIRS.contains(&first.as_ref()),
    }
}

/// A running watcher; dropping it stops watching.
pub struct Watcher {
    debouncer: Debouncer<notify::RecommendedWatcher, RecommendedCache>,
    root: PathBuf,
}

impl Watcher {
    /// Watches `root` (for site.yaml and the source folders appearing) and each source folder
    /// recursively; batches go to `events`.
    pub fn start(root: &Path, events: Sender<DebounceEventResult>) -> notify::Result<Watcher> {
        let debouncer = new_debouncer(DEBOUNCE, None, events)?;
        let mut watcher = Watcher {
            debouncer,
            root: root.to_path_buf(),
        };
        watcher.debouncer.watch(root, RecursiveMode::NonRecursive)?;
        watcher.watch_source_dirs();
        Ok(watcher)
    }

    /// (Re)watches every source folder that exists: one created or replaced after the start
    /// (a `themes/` added, `content/` restored from git) is then followed too.
    pub fn watch_source_dirs(&mut self) {
        for dir in SOURCE_DIRS {
            let path = self.root.join(dir);
            if path.is_dir() {
                // Watching an already watched folder again is harmless; failing to is not fatal:
                // the next save in the root still triggers a rebuild.
                let _ = self.debouncer.watch(&path, RecursiveMode::Recursive);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_rebuild_everything_else_does_not() {
        let root = Path::new("/site");
        for path in [
            "site.yaml",
            "redline.lock",
            "content",
            "content/privacy/2026-02-01.en.md",
            "content/privacy/policy.yaml",
            "locales/fr.ftl",
            "themes/default/templates/base.html",
            "themes/default/static/logo.svg",
        ] {
            assert!(classify(root, &root.join(path)), "{path}");
        }
        for path in [
            "public/en/index.html",
            "target/debug/redline",
            ".git/index",
            "README.md",
            "content/privacy/.2026-02-01.en.md.swp",
            "content/privacy/2026-02-01.en.md~",
            "content/privacy/4913",
        ] {
            assert!(!classify(root, &root.join(path)), "{path}");
        }
        assert!(!classify(root, Path::new("/elsewhere/site.yaml")));
    }
}
