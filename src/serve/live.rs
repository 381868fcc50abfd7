//! The site as the preview shows it, and the pages open on it: which build each page was made
//! from, and when it must reload.
//!
//! Every build (good or failed) is a new *generation*. A page is served with the generation it
//! was made from and its file; its event stream opens with both, and is told to reload when its
//! file, a shared file (a stylesheet) or the errors shown have changed since that generation.
//! The answer is computed from the generations, not from the events a page happened to receive,
//! so a save that lands while a page is still loading is made up for as soon as its stream
//! opens. Each stream is written by a thread of its own from a small queue: a client that stops
//! reading only loses its own stream, dropped when its queue is full (its browser reconnects).

use std::collections::HashMap;
use std::io::Write;
use std::net::TcpStream;
use std::sync::mpsc::{Receiver, RecvTimeoutError, SyncSender, sync_channel};
use std::sync::{Arc, Mutex, PoisonError, RwLock};
use std::time::Duration;

use crate::output::Files;

/// Event streams open at once; more are refused (503), and their browsers retry.
pub(super) const STREAM_LIMIT: usize = 32;
/// Messages waiting for a stream's writer; a client that lets them pile up is dropped.
const STREAM_QUEUE: usize = 8;
/// A stream gets a comment this often, so a closed one is noticed and dropped.
const PING_EVERY: Duration = Duration::from_secs(15);
/// How long writing one message may take before the stream is dropped.
const STREAM_WRITE_TIMEOUT: Duration = Duration::from_secs(10);

/// The site as the server shows it now.
#[derive(Default)]
pub(super) struct Snapshot {
    /// The last good build; empty until one succeeds.
    pub(super) files: Arc<Files>,
    /// The failed build's diagnostics, rendered, while the sources are broken.
    pub(super) errors: Option<Arc<String>>,
    /// The latest build, good or failed.
    pub(super) generation: u64,
    /// Per file, the generation that last changed (or removed) it.
    changed_at: HashMap<String, u64>,
    /// The generation that last changed a file every page uses (`static/`).
    everything_changed_at: u64,
    /// The generation that last changed the errors shown (appeared, changed or fixed).
    errors_changed_at: u64,
}

impl Snapshot {
    /// Whether a page of `file` made from `generation` is out of date.
    fn is_stale(&self, file: &str, generation: u64) -> bool {
        let changed = self.changed_at.get(file).copied().unwrap_or(0);
        changed
            .max(self.everything_changed_at)
            .max(self.errors_changed_at)
            > generation
    }
}

/// What a build changed, as `LiveSite::publish` found it.
pub(super) struct Published {
    /// The URL paths of the pages whose bytes changed (`*`: a shared file, so every page).
    pub(super) pages: Vec<String>,
    pub(super) first: bool,
}

/// An open event stream: the page it belongs to and the queue its writer drains.
struct Stream {
    file: String,
    generation: u64,
    queue: SyncSender<Arc<str>>,
}

#[derive(Default)]
pub(super) struct LiveSite {
    snapshot: RwLock<Snapshot>,
    /// Taken before `snapshot` when both are: a stream opens and is told against one state.
    streams: Mutex<Vec<Stream>>,
}

impl LiveSite {
    /// The current files, errors and generation, for answering one request.
    pub(super) fn current(&self) -> (Arc<Files>, Option<Arc<String>>, u64) {
        let snapshot = self.snapshot.read().unwrap_or_else(PoisonError::into_inner);
        (
            Arc::clone(&snapshot.files),
            snapshot.errors.clone(),
            snapshot.generation,
        )
    }

    /// Makes a build's result the current one and tells the open pages; `Ok` holds the good
    /// build's files, `Err` the failed build's diagnostics.
    pub(super) fn publish(&self, result: Result<Files, String>) -> Published {
        let mut snapshot = self
            .snapshot
            .write()
            .unwrap_or_else(PoisonError::into_inner);
        snapshot.generation += 1;
        let generation = snapshot.generation;
        let mut published = Published {
            pages: Vec::new(),
            first: snapshot.files.is_empty(),
        };
        match result {
            Ok(files) => {
                let changed = changed_files(&snapshot.files, &files);
                if changed.iter().any(|file| file.starts_with("static/")) {
                    snapshot.everything_changed_at = generation;
                    published.pages = vec!["*".to_string()];
                } else {
                    published.pages = changed
                        .iter()
                        .filter(|file| file.ends_with(".html"))
                        .map(|file| super::http::page_url(file))
                        .collect();
                }
                for file in changed {
                    snapshot.changed_at.insert(file, generation);
                }
                snapshot.files = Arc::new(files);
                if snapshot.errors.take().is_some() {
                    snapshot.errors_changed_at = generation;
                }
            }
            Err(errors) => {
                if snapshot.errors.as_deref() != Some(&errors) {
                    snapshot.errors = Some(Arc::new(errors));
                    snapshot.errors_changed_at = generation;
                }
            }
        }
        drop(snapshot);
        self.tell_streams();
        published
    }

    /// Sends every open stream the current generation and whether its page must reload.
    fn tell_streams(&self) {
        let mut streams = self.streams.lock().unwrap_or_else(PoisonError::into_inner);
        let snapshot = self.snapshot.read().unwrap_or_else(PoisonError::into_inner);
        streams.retain(|stream| {
            let message = build_event(&snapshot, &stream.file, stream.generation);
            // Never waits: a stream whose queue is full (its client stopped reading) is dropped.
            stream.queue.try_send(message).is_ok()
        });
    }

    /// Takes over an event stream whose response head was written, for the page of `file` made
    /// from `generation`; `false` when too many streams are open.
    pub(super) fn open_stream(&self, connection: TcpStream, file: String, generation: u64) -> bool {
        let mut streams = self.streams.lock().unwrap_or_else(PoisonError::into_inner);
        if streams.len() >= STREAM_LIMIT {
            return false;
        }
        let (queue, messages) = sync_channel(STREAM_QUEUE);
        let first = {
            let snapshot = self.snapshot.read().unwrap_or_else(PoisonError::into_inner);
            build_event(&snapshot, &file, generation)
        };
        if queue.try_send(first).is_err() {
            return false;
        }
        let spawned = std::thread::Builder::new()
            .name("redline-events".to_string())
            .stack_size(64 * 1024)
            .spawn(move || write_stream(connection, &messages));
        if spawned.is_err() {
            return false;
        }
        streams.push(Stream {
            file,
            generation,
            queue,
        });
        true
    }
}

/// The `build` event: the current generation, and whether the page must reload.
fn build_event(snapshot: &Snapshot, file: &str, generation: u64) -> Arc<str> {
    let reload = snapshot.is_stale(file, generation);
    format!(
        "event: build\ndata: {{\"generation\":{},\"reload\":{reload}}}\n\n",
        snapshot.generation
    )
    .into()
}

/// Writes a stream's messages until its client goes away or its queue is dropped.
fn write_stream(mut connection: TcpStream, messages: &Receiver<Arc<str>>) {
    // A client that stops reading fails a write here, and no one else waits for it.
    let _ = connection.set_write_timeout(Some(STREAM_WRITE_TIMEOUT));
    loop {
        let message = match messages.recv_timeout(PING_EVERY) {
            Ok(message) => message,
            Err(RecvTimeoutError::Timeout) => Arc::from(": ping\n\n"),
            Err(RecvTimeoutError::Disconnected) => return,
        };
        let written = connection
            .write_all(message.as_bytes())
            .and_then(|()| connection.flush());
        if written.is_err() {
            return;
        }
    }
}

/// The files whose bytes differ between two builds, removed ones included.
fn changed_files(old: &Files, new: &Files) -> Vec<String> {
    let removed = old.keys().filter(|k| !new.contains_key(*k));
    let changed = new.iter().filter(|(key, bytes)| match old.get(*key) {
        // A page from the cache is the very same allocation: no need to compare bytes.
        Some(before) => !Arc::ptr_eq(before, bytes) && before != *bytes,
        None => true,
    });
    removed
        .cloned()
        .chain(changed.map(|(k, _)| k.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(pairs: &[(&str, &str)]) -> Files {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), Arc::new(v.as_bytes().to_vec())))
            .collect()
    }

    #[test]
    fn a_page_is_stale_once_its_file_the_shared_files_or_the_errors_change() {
        let site = LiveSite::default();
        site.publish(Ok(files(&[("a/index.html", "1"), ("b/index.html", "1")])));
        let published = site.publish(Ok(files(&[("a/index.html", "2"), ("b/index.html", "1")])));
        assert_eq!(published.pages, ["/a/"]);
        let snapshot = site.snapshot.read().unwrap();
        assert!(snapshot.is_stale("a/index.html", 1), "a changed in 2");
        assert!(!snapshot.is_stale("b/index.html", 1), "b did not");
        assert!(
            !snapshot.is_stale("a/index.html", 2),
            "a page made from 2 is current"
        );
        drop(snapshot);
        site.publish(Err("x.md: error".to_string()));
        assert!(
            site.snapshot.read().unwrap().is_stale("b/index.html", 2),
            "errors appeared"
        );
        site.publish(Err("x.md: error".to_string()));
        assert!(
            !site.snapshot.read().unwrap().is_stale("b/index.html", 3),
            "the same errors"
        );
        let fixed = files(&[
            ("a/index.html", "2"),
            ("b/index.html", "1"),
            ("static/s.css", ""),
        ]);
        site.publish(Ok(fixed));
        let snapshot = site.snapshot.read().unwrap();
        assert!(
            snapshot.is_stale("b/index.html", 4),
            "fixed, and the stylesheet is new"
        );
        assert!(!snapshot.is_stale("b/index.html", 5));
    }

    /// A client that never reads, or reads slower than builds come: its queue fills and the
    /// next build drops it; builds themselves never wait on it. (A build that wrote to the
    /// socket itself would block here once the socket's buffers were full.)
    #[test]
    fn a_client_that_stops_reading_is_dropped_and_holds_up_no_build() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
        let client =
            TcpStream::connect(listener.local_addr().expect("an address")).expect("connect");
        let (server_side, _) = listener.accept().expect("accept");
        let site = LiveSite::default();
        site.publish(Ok(files(&[("a/index.html", "1")])));
        assert!(site.open_stream(server_side, "a/index.html".to_string(), 1));
        let mut builds = 0;
        while !site.streams.lock().unwrap().is_empty() {
            site.publish(Err(format!("x.md: error {builds}")));
            builds += 1;
            assert!(builds < 200_000, "the stalled client was never dropped");
        }
        drop(client);
    }
}
