//! Where rendered files go: a `Sink`, and the site-wide files built from the page list
//! (`sitemap.xml` and its parts, `policies.json`).
//!
//! `StagingDir` is the build's sink: files are written into a staging folder beside the output
//! (a `Destination`, resolved and checked first) and swapped in by one atomic exchange only when
//! the whole build succeeded (DESIGN.md "Guarantees"), so a failed build leaves the previous
//! output untouched. `MemorySink` keeps files in memory for
//! `check` and `serve`.

mod build_lock;
mod destination;
mod feed;
mod manifest;
mod sitemap;
mod staging;

use std::collections::BTreeMap;
use std::io;
use std::sync::{Arc, Mutex};

pub use build_lock::BuildLock;
pub use destination::{Destination, OUTPUT_MARKER};
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
