//! Where rendered files go: a `Sink` that `render`'s pages and the site-wide files are written
//! to, and the site-wide files themselves (`sitemap.xml` and its parts, `policies.json`, feeds).
//!
//! `StagingDir` is the build's sink: files are written into a staging folder beside the output
//! (a `Destination`, resolved and checked first) and swapped in by one atomic exchange only when
//! the whole build succeeded (DESIGN.md "Guarantees"), so a failed build leaves the previous
//! output untouched. `MemorySink` keeps files in memory for
//! `check` and `serve`.

mod build_lock;
mod destination;
mod error;
mod feed;
mod manifest;
mod sitemap;
mod staging;

use std::collections::BTreeMap;
use std::io;
use std::sync::{Arc, Mutex};

use rayon::prelude::*;

use crate::error::Diagnostic;
use crate::render::RenderedPage;
use crate::urls::file_of;

pub use build_lock::BuildLock;
pub use destination::{Destination, OUTPUT_MARKER};
pub use error::{OutputError, Refusal};
pub use feed::render_feed;
pub use manifest::render_manifest;
pub use sitemap::{PROTOCOL_LIMITS, SitemapLimits, render_sitemaps};
pub use staging::StagingDir;

/// Receives the site's files; implementations must accept writes from many threads at once.
pub trait Sink: Sync {
    /// Stores `bytes` at `path`, relative to the site's output root (`en/privacy/index.html`).
    fn write(&self, path: &str, bytes: &[u8]) -> io::Result<()>;

    /// Stores bytes that may be shared (a cached page): a sink that keeps files can keep the
    /// same allocation instead of a copy.
    fn write_shared(&self, path: &str, bytes: Arc<Vec<u8>>) -> io::Result<()> {
        self.write(path, &bytes)
    }
}

/// Every file of a site in memory, by path.
pub type Files = BTreeMap<String, Arc<Vec<u8>>>;

/// Keeps every file in memory, sorted by path.
#[derive(Default)]
pub struct MemorySink {
    files: Mutex<Files>,
}

impl MemorySink {
    pub fn into_files(self) -> Files {
        self.files
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl Sink for MemorySink {
    fn write(&self, path: &str, bytes: &[u8]) -> io::Result<()> {
        self.write_shared(path, Arc::new(bytes.to_vec()))
    }

    fn write_shared(&self, path: &str, bytes: Arc<Vec<u8>>) -> io::Result<()> {
        let mut files = self
            .files
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        files.insert(path.to_string(), bytes);
        Ok(())
    }
}

/// Writes rendered pages; returns the problem of each page that could not be written.
pub fn write_pages(sink: &dyn Sink, pages: &[RenderedPage]) -> Vec<Diagnostic> {
    pages
        .par_iter()
        .filter_map(|page| {
            let file = file_of(&page.entry.path);
            let e = sink.write_shared(&file, Arc::clone(&page.html)).err()?;
            Some(Diagnostic::error(&file, OutputError::CannotWritePage(e)))
        })
        .collect()
}

/// Writes files by path under the output folder; returns the problem of each that could not be
/// written.
pub fn write_files(sink: &dyn Sink, files: Vec<(String, Arc<Vec<u8>>)>) -> Vec<Diagnostic> {
    files
        .into_par_iter()
        .filter_map(|(path, bytes)| {
            let e = sink.write_shared(&path, bytes).err()?;
            Some(Diagnostic::error(path, OutputError::CannotWriteFile(e)))
        })
        .collect()
}
