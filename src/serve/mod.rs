//! `redline serve`: the site built in memory, served over HTTP, rebuilt on every save, with open
//! pages told to reload through Server-Sent Events.
//!
//! Threads: the caller's thread watches and rebuilds (it alone prints); `server`'s poll thread
//! holds connections until their requests arrive, and a few workers answer them (`answer`) from
//! the current snapshot; each event stream has a writer of its own (`live`). A build that fails
//! keeps the last good snapshot and lays the errors over every page until a build succeeds.
//! `public/` is never touched. Knows nothing of how pages are made: it calls `build`.

mod answer;
mod error;
mod http;
mod live;
mod server;

use std::collections::BTreeSet;
use std::io::Write;
use std::net::{SocketAddr, TcpListener};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};
use std::time::Instant;

use notify_debouncer_full::DebounceEventResult;

use crate::build::{self, BuildCache, BuildOptions};
use crate::error::{Diagnostic, Error};
use crate::output::MemorySink;
use crate::watch::{Watcher, classify};

use live::LiveSite;

pub use error::ServeError;

/// What `serve` needs, resolved.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub build: BuildOptions,
    pub bind: String,
    pub port: u16,
    pub open: bool,
}

/// Answering a request takes a worker only once the request has arrived whole, and event
/// streams have writers of their own: a few workers answer every page.
const HTTP_WORKERS: usize = 4;

/// What the rebuilds keep between them.
struct Rebuilds {
    /// What rebuilds reuse: a save re-renders only the texts it changed.
    cache: BuildCache,
    /// The warnings of the latest good build, as printed: a rebuild prints only new ones.
    warnings: BTreeSet<String>,
}

pub fn serve(
    options: &ServeOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), Error> {
    let listener = bind(&options.bind, options.port)?;
    let address = listener
        .local_addr()
        .map_err(|_| Error::usage(ServeError::NoAddress))?;
    let base_url = format!("http://{address}");
    let mut build_options = options.build.clone();
    build_options.base_url = Some(base_url.clone());
    let site = Arc::new(LiveSite::default());
    let mut rebuilds = Rebuilds {
        cache: BuildCache::new(),
        warnings: BTreeSet::new(),
    };

    let (events_tx, events_rx) = channel();
    let mut watcher = Watcher::start(&options.build.root, events_tx).map_err(|error| {
        Error::environment(ServeError::CannotWatch {
            root: options.build.root.clone(),
            error,
        })
    })?;

    rebuild(&build_options, &site, &mut rebuilds, out, err);
    let _ = writeln!(
        out,
        "serving {} at {base_url}/ (a preview: public/ is not touched); press Ctrl+C to stop",
        options.build.root.display()
    );
    if options.open {
        let url = format!("{base_url}/");
        if let Err(opener) = open_browser(&url) {
            let _ = writeln!(
                err,
                "could not start {opener} to open a browser: open {url} in your browser"
            );
        }
    }

    let answering = Arc::clone(&site);
    server::start(
        listener,
        HTTP_WORKERS,
        Arc::new(move |request| answer::answer(request, &answering)),
    )
    .map_err(|error| {
        Error::usage(ServeError::CannotServe {
            address: address.to_string(),
            error: Box::new(error),
        })
    })?;
    watch_and_rebuild(
        &events_rx,
        &mut watcher,
        &build_options,
        (&site, &mut rebuilds),
        out,
        err,
    );
    // The events stop only when the watcher's thread has died: the preview would go stale.
    Err(Error::environment(ServeError::WatcherStopped {
        root: options.build.root.clone(),
    }))
}

/// Binds the server; a taken port is a usage error that suggests a free one.
fn bind(host: &str, port: u16) -> Result<TcpListener, Error> {
    let address = format!("{host}:{port}");
    let socket: SocketAddr = match address.parse() {
        Ok(socket) => socket,
        Err(_) => return Err(Error::usage(ServeError::NotAnAddress(host.to_string()))),
    };
    match TcpListener::bind(socket) {
        Ok(listener) => Ok(listener),
        Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => {
            let free = (port.saturating_add(1)..port.saturating_add(100))
                .find(|p| TcpListener::bind((socket.ip(), *p)).is_ok());
            Err(Error::usage(ServeError::PortInUse {
                host: host.to_string(),
                port,
                free,
            }))
        }
        Err(error) => Err(Error::usage(ServeError::CannotListen { address, error })),
    }
}

/// Waits for batches of file events; each batch that touches the sources rebuilds the site.
fn watch_and_rebuild(
    events: &Receiver<DebounceEventResult>,
    watcher: &mut Watcher,
    options: &BuildOptions,
    (site, rebuilds): (&LiveSite, &mut Rebuilds),
    out: &mut dyn Write,
    err: &mut dyn Write,
) {
    while let Ok(batch) = events.recv() {
        let mut relevant = matters(&batch, options);
        let mut touched = Some(Vec::new());
        note_paths(&batch, &mut touched);
        // A save can arrive as several batches; take whatever is already queued too.
        while let Ok(more) = events.try_recv() {
            relevant |= matters(&more, options);
            note_paths(&more, &mut touched);
        }
        if relevant {
            watcher.watch_source_dirs();
            rebuilds.cache.forget_sources(touched.as_deref());
            rebuild(options, site, rebuilds, out, err);
        }
    }
}

/// Adds the paths a batch reports to `touched`; `None` once a batch says the watcher lost track.
fn note_paths(batch: &DebounceEventResult, touched: &mut Option<Vec<std::path::PathBuf>>) {
    match (batch, touched.as_mut()) {
        (Ok(events), Some(paths)) => {
            paths.extend(events.iter().flat_map(|e| e.event.paths.iter().cloned()));
        }
        (Err(_), _) => *touched = None,
        (_, None) => {}
    }
}

fn matters(batch: &DebounceEventResult, options: &BuildOptions) -> bool {
    match batch {
        Ok(events) => events
            .iter()
            .filter(|e| !matches!(e.event.kind, notify::EventKind::Access(_)))
            .any(|e| e.event.paths.iter().any(|p| classify(&options.root, p))),
        // The watcher lost track (queue overflow, say): rebuild to be safe.
        Err(_) => true,
    }
}

/// Builds into memory, makes the result current, and prints what changed: the warnings that
/// are new since the last good build, and the pages that changed.
fn rebuild(
    options: &BuildOptions,
    site: &LiveSite,
    rebuilds: &mut Rebuilds,
    out: &mut dyn Write,
    err: &mut dyn Write,
) {
    let started = Instant::now();
    let sink = MemorySink::default();
    let result = build::load_settings(options)
        .and_then(|config| build::build(options, config, &sink, &rebuilds.cache));
    rebuilds.cache.finish_build();
    match result {
        Ok(report) => {
            let warnings: BTreeSet<String> =
                report.warnings.iter().map(ToString::to_string).collect();
            for warning in warnings.difference(&rebuilds.warnings) {
                let _ = writeln!(err, "{warning}");
            }
            rebuilds.warnings = warnings;
            let published = site.publish(Ok(sink.into_files()));
            let ms = started.elapsed().as_millis();
            let _ = match published.pages.as_slice() {
                _ if published.first => writeln!(out, "built {} pages in {ms} ms", report.pages),
                [all] if all == "*" => writeln!(
                    out,
                    "rebuilt in {ms} ms: the theme changed, every page reloads"
                ),
                pages => writeln!(out, "rebuilt in {ms} ms: {} page(s) changed", pages.len()),
            };
        }
        Err(error) => {
            let text = describe(&error);
            let _ = writeln!(
                err,
                "{text}\nbuild failed; still serving the last good build"
            );
            site.publish(Err(text));
        }
    }
}

/// The error as the terminal shows it, one diagnostic per line.
fn describe(error: &Error) -> String {
    match error {
        Error::Site(diagnostics) => {
            let mut sorted: Vec<&Diagnostic> = diagnostics.iter().collect();
            sorted.sort();
            sorted
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        }
        other => format!("error: {other}"),
    }
}

/// Starts the system's opener on `url`; when there is none to start (a system without a
/// desktop), the opener's name. Whether a browser then opens is the opener's business.
fn open_browser(url: &str) -> Result<(), &'static str> {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    // Not waited for: a browser may keep its opener running; the preview goes on regardless.
    std::process::Command::new(opener)
        .arg(url)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map(drop)
        .map_err(|_| opener)
}
