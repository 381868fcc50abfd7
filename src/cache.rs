//! Caches of pure stage results, so `serve` rebuilds only what a save changed.
//!
//! `serve` rebuilds the whole site on every save (incremental builds that guess dependencies go
//! stale: getzola/zola#757, #1064); what makes that fast is that the costly pure steps
//! (Markdown, redlines, pages, the site-wide files) are looked up by the blake3 hash of
//! everything they depend on. Parsed version files are the exception: they are kept by the
//! file's size and modification time (`FileStamp`), which can miss an edit that keeps both, so
//! `serve` also forgets every file its watcher reports. An entry not used by the latest build is
//! dropped after it, so memory follows the site. A one-off `build` uses a disabled cache, which
//! keeps nothing and computes no keys: results never depend on it.

use std::collections::HashMap;
use std::convert::Infallible;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::SystemTime;

use crate::content::Translation;
use crate::diff::Redline;
use crate::markdown::RenderedMarkdown;
use crate::render::PageEntry;

/// blake3 of a stage's inputs.
pub type Key = [u8; 32];

/// Hashes the parts of a stage's input, each length-prefixed so that ("ab", "c") and ("a", "bc")
/// differ.
pub fn key(parts: &[&[u8]]) -> Key {
    let mut hasher = blake3::Hasher::new();
    for part in parts {
        hasher.update(&(part.len() as u64).to_le_bytes());
        hasher.update(part);
    }
    *hasher.finalize().as_bytes()
}

pub struct BuildCache {
    /// A one-off build keeps nothing: holding every result would only cost memory.
    enabled: bool,
    markdown: Mutex<Generations<Key, Arc<RenderedMarkdown>>>,
    redlines: Mutex<Generations<(Key, Key), Arc<Redline>>>,
    pages: Mutex<Generations<Key, CachedPage>>,
    /// Site-wide files (feeds, policies.json, sitemap) by the key of what they depend on.
    files: Mutex<Generations<Key, Arc<Vec<u8>>>>,
    /// Sets of site-wide files made together (the sitemap and its parts), likewise.
    file_sets: Mutex<Generations<Key, NamedFiles>>,
    /// Parsed version files by path, with the size and time of the file they were read from.
    sources: Mutex<Generations<PathBuf, (FileStamp, Arc<Translation>)>>,
}

/// What tells a file changed without reading it: its size and modification time. `serve` also
/// forgets the files its watcher reports, so an edit within the file system's time resolution
/// that keeps the size is still seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileStamp {
    len: u64,
    modified: SystemTime,
}

impl FileStamp {
    /// `None` when the file cannot be examined: it is then read, and its problem reported.
    pub fn of(path: &Path) -> Option<FileStamp> {
        let metadata = std::fs::metadata(path).ok()?;
        Some(FileStamp {
            len: metadata.len(),
            modified: metadata.modified().ok()?,
        })
    }
}

/// Files made together, by path under the output folder.
pub type NamedFiles = Arc<[(String, Arc<Vec<u8>>)]>;

/// A rendered page: its sitemap entry and its bytes.
pub type CachedPage = (PageEntry, Arc<Vec<u8>>);

/// A map whose entries remember the last build that used them.
struct Generations<K, V> {
    current: u64,
    entries: HashMap<K, (u64, V)>,
}

impl<K, V> Default for Generations<K, V> {
    fn default() -> Self {
        Generations {
            current: 0,
            entries: HashMap::new(),
        }
    }
}

impl<K: std::hash::Hash + Eq, V: Clone> Generations<K, V> {
    fn get<Q>(&mut self, key: &Q) -> Option<V>
    where
        K: std::borrow::Borrow<Q>,
        Q: std::hash::Hash + Eq + ?Sized,
    {
        let current = self.current;
        self.entries.get_mut(key).map(|(used, value)| {
            *used = current;
            value.clone()
        })
    }

    fn insert(&mut self, key: K, value: V) {
        self.entries.insert(key, (self.current, value));
    }

    /// Drops what the build that just ended did not use, and starts the next one.
    fn next_build(&mut self) {
        let current = self.current;
        self.entries.retain(|_, (used, _)| *used == current);
        self.current += 1;
    }
}

impl Default for BuildCache {
    fn default() -> Self {
        BuildCache::new()
    }
}

impl BuildCache {
    /// A cache for a series of builds (`serve`).
    pub fn new() -> BuildCache {
        BuildCache {
            enabled: true,
            markdown: Mutex::default(),
            redlines: Mutex::default(),
            pages: Mutex::default(),
            files: Mutex::default(),
            file_sets: Mutex::default(),
            sources: Mutex::default(),
        }
    }

    /// A cache that keeps nothing, for one build.
    pub fn disabled() -> BuildCache {
        BuildCache {
            enabled: false,
            ..BuildCache::new()
        }
    }

    /// The rendered Markdown for `key`, made by `make` if no build has made it yet. Errors are
    /// not kept: they are reported again until fixed.
    pub fn markdown<E>(
        &self,
        key: Key,
        make: impl FnOnce() -> Result<RenderedMarkdown, E>,
    ) -> Result<Arc<RenderedMarkdown>, E> {
        self.get_or_make(&self.markdown, || key, || make().map(Arc::new))
    }

    /// The redline between two rendered texts, by their keys.
    pub fn redline(&self, old: Key, new: Key, make: impl FnOnce() -> Redline) -> Arc<Redline> {
        self.get_or_make(
            &self.redlines,
            || (old, new),
            || Ok::<_, Infallible>(Arc::new(make())),
        )
        .unwrap_or_else(|never| match never {})
    }

    /// A page by the key of everything it depends on (render::page_key), computed only when
    /// the cache keeps pages.
    pub fn page<E>(
        &self,
        key: impl FnOnce() -> Key,
        make: impl FnOnce() -> Result<(PageEntry, Vec<u8>), E>,
    ) -> Result<CachedPage, E> {
        self.get_or_make(&self.pages, key, || {
            make().map(|(entry, bytes)| (entry, Arc::new(bytes)))
        })
    }

    /// A site-wide file by the key of everything it depends on, computed only when the cache
    /// keeps files.
    pub fn file(&self, key: impl FnOnce() -> Key, make: impl FnOnce() -> Vec<u8>) -> Arc<Vec<u8>> {
        self.get_or_make(&self.files, key, || Ok::<_, Infallible>(Arc::new(make())))
            .unwrap_or_else(|never| match never {})
    }

    /// Site-wide files made together, by the key of everything they depend on, computed only
    /// when the cache keeps files.
    pub fn file_set(
        &self,
        key: impl FnOnce() -> Key,
        make: impl FnOnce() -> Vec<(String, Vec<u8>)>,
    ) -> NamedFiles {
        self.get_or_make(&self.file_sets, key, || {
            Ok::<_, Infallible>(
                make()
                    .into_iter()
                    .map(|(path, bytes)| (path, Arc::new(bytes)))
                    .collect(),
            )
        })
        .unwrap_or_else(|never| match never {})
    }

    /// The value kept under `key`, else what `make` gives (kept unless it is an error).
    fn get_or_make<K: std::hash::Hash + Eq, V: Clone, E>(
        &self,
        map: &Mutex<Generations<K, V>>,
        key: impl FnOnce() -> K,
        make: impl FnOnce() -> Result<V, E>,
    ) -> Result<V, E> {
        if !self.enabled {
            return make();
        }
        let key = key();
        if let Some(found) = locked(map).get(&key) {
            return Ok(found);
        }
        // Made outside the lock: other pages render in parallel meanwhile.
        let made = make()?;
        locked(map).insert(key, made.clone());
        Ok(made)
    }

    /// What tells whether the file at `path` changed since an earlier build; `None` when the
    /// cache keeps no sources (no need to examine the file) or the file cannot be examined.
    pub fn stamp(&self, path: &Path) -> Option<FileStamp> {
        if self.enabled {
            FileStamp::of(path)
        } else {
            None
        }
    }

    /// The version file at `path` as parsed by an earlier build, if it has not changed since.
    pub fn source(&self, path: &Path, stamp: FileStamp) -> Option<Arc<Translation>> {
        if !self.enabled {
            return None;
        }
        let mut sources = locked(&self.sources);
        match sources.get(path) {
            Some((kept, parsed)) if kept == stamp => Some(parsed),
            _ => None,
        }
    }

    pub fn keep_source(&self, path: &Path, stamp: FileStamp, parsed: Arc<Translation>) {
        if self.enabled {
            locked(&self.sources).insert(path.to_path_buf(), (stamp, parsed));
        }
    }

    /// Forgets the parsed files at `paths` (reported changed by the watcher); `None` forgets
    /// every file (the watcher lost track).
    pub fn forget_sources(&self, paths: Option<&[PathBuf]>) {
        let mut sources = locked(&self.sources);
        match paths {
            Some(paths) => {
                for path in paths {
                    sources.entries.remove(path);
                }
            }
            None => sources.entries.clear(),
        }
    }

    /// Called after each build: forgets what it did not use.
    pub fn finish_build(&self) {
        locked(&self.pages).next_build();
        locked(&self.markdown).next_build();
        locked(&self.redlines).next_build();
        locked(&self.sources).next_build();
        locked(&self.files).next_build();
        locked(&self.file_sets).next_build();
    }
}

/// A cache map, locked. A panic elsewhere while it was held leaves entries that are whole (each
/// is inserted in one step), so a poisoned lock is used as it is.
fn locked<T>(map: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    map.lock().unwrap_or_else(PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unused_entries_are_dropped_after_a_build() {
        let cache = BuildCache::new();
        let made = std::cell::Cell::new(0);
        let make = || {
            made.set(made.get() + 1);
            Ok::<_, ()>(RenderedMarkdown::default())
        };
        let (a, b) = (key(&[b"a"]), key(&[b"b"]));
        let _ = cache.markdown(a, make);
        let _ = cache.markdown(b, make);
        let _ = cache.markdown(a, make);
        assert_eq!(made.get(), 2, "a is made once");
        cache.finish_build();
        let _ = cache.markdown(a, make);
        cache.finish_build();
        let _ = cache.markdown(b, make);
        assert_eq!(
            made.get(),
            3,
            "b was dropped after a build that did not use it"
        );
        assert_ne!(key(&[b"ab", b"c"]), key(&[b"a", b"bc"]));
    }
}
