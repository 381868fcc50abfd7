//! Memos of pure stage results, so `serve` rebuilds only what a save changed.
//!
//! `serve` rebuilds the whole site on every save (incremental builds that guess dependencies go
//! stale: getzola/zola#757, #1064); what makes that fast is that the costly pure steps
//! (Markdown, redlines, pages, the site-wide files) are looked up by the blake3 hash of
//! everything they depend on. A `Memo` knows no stage's types: each stage names what it keeps
//! (`content::SourceMemo`, `render::PageMemo`…), and `build::BuildCache` holds them all. An
//! entry not used by the latest build is dropped after it, so memory follows the site. A one-off
//! `build` uses disabled memos, which keep nothing and compute no keys: results never depend
//! on them.

use std::collections::HashMap;
use std::convert::Infallible;
use std::path::Path;
use std::sync::{Mutex, PoisonError};
use std::time::SystemTime;

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

/// Results by key, each remembering the last build that used it.
pub struct Memo<K, V> {
    /// A one-off build keeps nothing: holding every result would only cost memory.
    enabled: bool,
    entries: Mutex<Generations<K, V>>,
}

struct Generations<K, V> {
    current: u64,
    entries: HashMap<K, (u64, V)>,
}

impl<K, V> Memo<K, V> {
    /// A memo for a series of builds (`serve`).
    pub fn new() -> Memo<K, V> {
        Memo {
            enabled: true,
            entries: Mutex::new(Generations {
                current: 0,
                entries: HashMap::new(),
            }),
        }
    }

    /// A memo that keeps nothing, for one build.
    pub fn disabled() -> Memo<K, V> {
        Memo {
            enabled: false,
            ..Memo::new()
        }
    }

    pub fn is_enabled(&self) -> bool {
        self.enabled
    }

    /// Drops what the build that just ended did not use, and starts the next one.
    pub fn finish_build(&self) {
        let mut generations = self.locked();
        let current = generations.current;
        generations.entries.retain(|_, (used, _)| *used == current);
        generations.current += 1;
    }

    /// Forgets every entry (the watcher lost track of the files).
    pub fn clear(&self) {
        self.locked().entries.clear();
    }

    /// A panic elsewhere while the lock was held leaves entries that are whole (each is
    /// inserted in one step), so a poisoned lock is used as it is.
    fn locked(&self) -> std::sync::MutexGuard<'_, Generations<K, V>> {
        self.entries.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl<K, V> Default for Memo<K, V> {
    fn default() -> Self {
        Memo::new()
    }
}

impl<K: std::hash::Hash + Eq, V: Clone> Memo<K, V> {
    /// The value kept under `key`, marked as used by this build.
    pub fn get<Q>(&self, key: &Q) -> Option<V>
    where
        K: std::borrow::Borrow<Q>,
        Q: std::hash::Hash + Eq + ?Sized,
    {
        if !self.enabled {
            return None;
        }
        let mut generations = self.locked();
        let current = generations.current;
        generations.entries.get_mut(key).map(|(used, value)| {
            *used = current;
            value.clone()
        })
    }

    pub fn insert(&self, key: K, value: V) {
        if self.enabled {
            let mut generations = self.locked();
            let current = generations.current;
            generations.entries.insert(key, (current, value));
        }
    }

    pub fn remove<Q>(&self, key: &Q)
    where
        K: std::borrow::Borrow<Q>,
        Q: std::hash::Hash + Eq + ?Sized,
    {
        self.locked().entries.remove(key);
    }

    /// The value kept under `key`, else what `make` gives (kept unless it is an error). `key` is
    /// computed only when the memo keeps results.
    pub fn get_or_try<E>(
        &self,
        key: impl FnOnce() -> K,
        make: impl FnOnce() -> Result<V, E>,
    ) -> Result<V, E> {
        if !self.enabled {
            return make();
        }
        let key = key();
        if let Some(found) = self.get(&key) {
            return Ok(found);
        }
        // Made outside the lock: other pages render in parallel meanwhile.
        let made = make()?;
        self.insert(key, made.clone());
        Ok(made)
    }

    /// Like `get_or_try`, for a `make` that cannot fail.
    pub fn get_or(&self, key: impl FnOnce() -> K, make: impl FnOnce() -> V) -> V {
        self.get_or_try(key, || Ok::<_, Infallible>(make()))
            .unwrap_or_else(|never| match never {})
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unused_entries_are_dropped_after_a_build() {
        let memo: Memo<Key, u32> = Memo::new();
        let made = std::cell::Cell::new(0);
        let make = || {
            made.set(made.get() + 1);
            made.get()
        };
        let (a, b) = (key(&[b"a"]), key(&[b"b"]));
        memo.get_or(|| a, make);
        memo.get_or(|| b, make);
        memo.get_or(|| a, make);
        assert_eq!(made.get(), 2, "a is made once");
        memo.finish_build();
        memo.get_or(|| a, make);
        memo.finish_build();
        memo.get_or(|| b, make);
        assert_eq!(
            made.get(),
            3,
            "b was dropped after a build that did not use it"
        );
        assert_ne!(key(&[b"ab", b"c"]), key(&[b"a", b"bc"]));
    }

    #[test]
    fn a_disabled_memo_keeps_nothing_and_computes_no_key() {
        let memo: Memo<Key, u32> = Memo::disabled();
        let value = memo.get_or(|| unreachable!("no key for a disabled memo"), || 1);
        assert_eq!(value, 1);
        assert_eq!(memo.get(&key(&[b"a"])), None);
    }
}
