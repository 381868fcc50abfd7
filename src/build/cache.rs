//! What `serve` keeps between rebuilds: one memo per stage result (see `cache`), and the keys
//! that say what each result depends on.

use std::path::PathBuf;
use std::sync::Arc;

use crate::cache::{self, Memo};
use crate::content::{Policy, SourceMemo};
use crate::diff::policy::RedlineMemo;
use crate::markdown::texts::MarkdownMemo;
use crate::render::PageMemo;

/// Files made together, by path under the output folder.
pub type NamedFiles = Arc<[(String, Arc<Vec<u8>>)]>;

pub struct BuildCache {
    pub sources: SourceMemo,
    pub markdown: MarkdownMemo,
    pub redlines: RedlineMemo,
    pub pages: PageMemo,
    /// Site-wide files (feeds, policies.json) by the key of what they depend on.
    pub files: Memo<cache::Key, Arc<Vec<u8>>>,
    /// Sets of site-wide files made together (the sitemap and its parts), likewise.
    pub file_sets: Memo<cache::Key, NamedFiles>,
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
            sources: Memo::new(),
            markdown: Memo::new(),
            redlines: Memo::new(),
            pages: Memo::new(),
            files: Memo::new(),
            file_sets: Memo::new(),
        }
    }

    /// A cache that keeps nothing, for one build.
    pub fn disabled() -> BuildCache {
        BuildCache {
            sources: Memo::disabled(),
            markdown: Memo::disabled(),
            redlines: Memo::disabled(),
            pages: Memo::disabled(),
            files: Memo::disabled(),
            file_sets: Memo::disabled(),
        }
    }

    /// Forgets the parsed files at `paths` (reported changed by the watcher); `None` forgets
    /// every file (the watcher lost track).
    pub fn forget_sources(&self, paths: Option<&[PathBuf]>) {
        match paths {
            Some(paths) => paths.iter().for_each(|path| self.sources.remove(path)),
            None => self.sources.clear(),
        }
    }

    /// Called after each build: forgets what it did not use.
    pub fn finish_build(&self) {
        self.pages.finish_build();
        self.markdown.finish_build();
        self.redlines.finish_build();
        self.sources.finish_build();
        self.files.finish_build();
        self.file_sets.finish_build();
    }
}

/// A policy's fingerprint: its settings and the hash of every file of it.
pub(super) fn policy_key(policy: &Policy) -> cache::Key {
    let mut text = format!(
        "{}|{}|{:?}|{}",
        policy.id, policy.order, policy.title, policy.source_locale
    );
    for version in &policy.versions {
        for translation in version.translations.values() {
            text.push_str(&format!(
                "|{}|{}|{}|{}",
                version.date, translation.locale, translation.path, translation.source_hash
            ));
        }
    }
    cache::key(&[text.as_bytes()])
}
