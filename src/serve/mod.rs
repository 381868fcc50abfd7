//! `redline serve`: the site built in memory, served over HTTP, rebuilt on every save, with open
//! pages told to reload through Server-Sent Events.
//!
//! Threads: the caller's thread watches and rebuilds (it alone prints); a few HTTP workers
//! answer requests from the current snapshot; a pinger keeps event streams honest. A build that
//! fails keeps the last good snapshot and lays the errors over every page until a build
//! succeeds. `public/` is never touched. Knows nothing of how pages are made: it calls `build`.

mod error;
mod http;

use std::io::Write;
use std::net::{SocketAddr, TcpListener};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use notify_debouncer_full::DebounceEventResult;
use tiny_http::{Header, Method, Request, Response, Server};

use crate::build::{self, BuildCache, BuildOptions};
use crate::error::{Diagnostic, Error};
use crate::output::{Files, MemorySink};
use crate::watch::{Watcher, classify};

pub use error::ServeError;

/// What `serve` needs, resolved.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub build: BuildOptions,
    pub bind: String,
    pub port: u16,
    pub open: bool,
}

/// Answering requests needs few threads: event streams are handed off, not held.
const HTTP_WORKERS: usize = 4;
/// Event streams get a comment this often, so closed ones are noticed and dropped.
const PING_EVERY: Duration = Duration::from_secs(15);

/// The site as the server shows it now.
#[derive(Default)]
struct Snapshot {
    /// The last good build; empty until one succeeds.
    files: Arc<Files>,
    /// The failed build's diagnostics, rendered, while the sources are broken.
    errors: Option<Arc<String>>,
}

struct LiveSite {
    snapshot: RwLock<Snapshot>,
    /// Open event streams.
    clients: Mutex<Vec<Box<dyn Write + Send>>>,
    /// What rebuilds reuse: a save re-renders only the texts it changed.
    cache: BuildCache,
}

pub fn serve(
    options: &ServeOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), Error> {
    let server = bind(&options.bind, options.port)?;
    let address = server
        .server_addr()
        .to_ip()
        .ok_or_else(|| Error::usage(ServeError::NoAddress))?;
    let base_url = format!("http://{address}");
    let mut build_options = options.build.clone();
    build_options.base_url = Some(base_url.clone());
    let site = Arc::new(LiveSite {
        snapshot: RwLock::default(),
        clients: Mutex::default(),
        cache: BuildCache::new(),
    });

    let (events_tx, events_rx) = channel();
    let mut watcher = Watcher::start(&options.build.root, events_tx).map_err(|error| {
        Error::environment(ServeError::CannotWatch {
            root: options.build.root.clone(),
            error,
        })
    })?;

    rebuild(&build_options, &site, out, err);
    let _ = writeln!(
        out,
        "serving {} at {base_url}/ (a preview: public/ is not touched); press Ctrl-C to stop",
        options.build.root.display()
    );
    if options.open {
        open_browser(&format!("{base_url}/"));
    }

    let server = Arc::new(server);
    for _ in 0..HTTP_WORKERS {
        let (server, site) = (Arc::clone(&server), Arc::clone(&site));
        std::thread::spawn(move || {
            while let Ok(request) = server.recv() {
                answer(request, &site);
            }
        });
    }
    let pinger = Arc::clone(&site);
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(PING_EVERY);
            send_event(&pinger, ": ping\n\n");
        }
    });
    watch_and_rebuild(&events_rx, &mut watcher, &build_options, &site, out, err);
    // The events stop only when the watcher's thread has died: the preview would go stale.
    Err(Error::environment(ServeError::WatcherStopped {
        root: options.build.root.clone(),
    }))
}

/// Binds the server; a taken port is a usage error that suggests a free one.
fn bind(host: &str, port: u16) -> Result<Server, Error> {
    let address = format!("{host}:{port}");
    let socket: SocketAddr = match address.parse() {
        Ok(socket) => socket,
        Err(_) => return Err(Error::usage(ServeError::NotAnAddress(host.to_string()))),
    };
    match TcpListener::bind(socket) {
        Ok(listener) => Server::from_listener(listener, None)
            .map_err(|error| Error::usage(ServeError::CannotServe { address, error })),
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
    site: &LiveSite,
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
            site.cache.forget_sources(touched.as_deref());
            rebuild(options, site, out, err);
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

/// Builds into memory, swaps the snapshot on success, and tells the pages what changed.
fn rebuild(options: &BuildOptions, site: &LiveSite, out: &mut dyn Write, err: &mut dyn Write) {
    let started = Instant::now();
    let sink = MemorySink::default();
    let result = build::load_settings(options)
        .and_then(|config| build::build(options, config, &sink, &site.cache));
    site.cache.finish_build();
    let mut snapshot = site
        .snapshot
        .write()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let had_errors = snapshot.errors.is_some();
    let changed = match result {
        Ok(report) => {
            for warning in &report.warnings {
                let _ = writeln!(err, "{warning}");
            }
            let files = sink.into_files();
            let first = snapshot.files.is_empty();
            let changed = changed_pages(&snapshot.files, &files);
            snapshot.files = Arc::new(files);
            snapshot.errors = None;
            let ms = started.elapsed().as_millis();
            let _ = match changed.as_slice() {
                _ if first => writeln!(out, "built {} pages in {ms} ms", report.pages),
                [all] if all == "*" => writeln!(
                    out,
                    "rebuilt in {ms} ms: the theme changed, every page reloads"
                ),
                pages => writeln!(out, "rebuilt in {ms} ms: {} page(s) changed", pages.len()),
            };
            if had_errors { None } else { Some(changed) }
        }
        Err(error) => {
            let text = describe(&error);
            let _ = writeln!(
                err,
                "{text}\nbuild failed; still serving the last good build"
            );
            snapshot.errors = Some(Arc::new(text));
            None
        }
    };
    drop(snapshot);
    // `None`: every page reloads (errors appeared, changed or went away).
    let data = match changed {
        Some(pages) if pages.is_empty() => return,
        Some(pages) => serde_json::to_string(&pages).unwrap_or_else(|_| "\"*\"".to_string()),
        None => "\"*\"".to_string(),
    };
    send_event(site, &format!("event: reload\ndata: {data}\n\n"));
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

/// URL paths of pages whose bytes differ between two builds; `*` when a shared file (a
/// stylesheet, say) changed, since every page shows it.
fn changed_pages(old: &Files, new: &Files) -> Vec<String> {
    let mut pages = Vec::new();
    let keys = old
        .keys()
        .chain(new.keys().filter(|k| !old.contains_key(*k)));
    for key in keys {
        let same = match (old.get(key), new.get(key)) {
            // A page from the cache is the very same allocation: no need to compare bytes.
            (Some(a), Some(b)) => Arc::ptr_eq(a, b) || a == b,
            (None, None) => true,
            _ => false,
        };
        if same {
            continue;
        }
        if key.ends_with(".html") {
            pages.push(http::page_url(key));
        } else if key.starts_with("static/") {
            return vec!["*".to_string()];
        }
    }
    pages.sort();
    pages
}

fn send_event(site: &LiveSite, message: &str) {
    let chunk = format!("{:x}\r\n{message}\r\n", message.len());
    let mut clients = site
        .clients
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    clients.retain_mut(|client| {
        client
            .write_all(chunk.as_bytes())
            .and_then(|()| client.flush())
            .is_ok()
    });
}

fn answer(request: Request, site: &LiveSite) {
    if !matches!(request.method(), Method::Get | Method::Head) {
        let response = with_header(
            Response::from_string("only GET and HEAD are served\n").with_status_code(405),
            "Allow",
            "GET, HEAD",
        );
        let _ = request.respond(response);
        return;
    }
    if request.url().split('?').next() == Some(http::EVENTS_PATH) {
        open_event_stream(request, site);
        return;
    }
    let (files, errors) = {
        let snapshot = site
            .snapshot
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        (Arc::clone(&snapshot.files), snapshot.errors.clone())
    };
    if files.is_empty() {
        let page = http::no_site_yet(errors.as_deref().map_or("", String::as_str));
        let _ = request.respond(html_response(page, 500));
        return;
    }
    let overlay = errors.as_deref().map(|text| http::overlay(text));
    let response = match http::resolve(request.url(), &files) {
        http::Target::File(key) => {
            let bytes = &files[&key];
            let content_type = http::content_type(&key);
            if content_type.starts_with("text/html") {
                html_response(
                    http::decorate(&String::from_utf8_lossy(bytes), overlay.as_deref()),
                    200,
                )
            } else {
                with_header(
                    Response::from_data(bytes.to_vec()),
                    "Content-Type",
                    content_type,
                )
            }
        }
        http::Target::Redirect(location) => with_header(
            Response::from_data(Vec::new()).with_status_code(301),
            "Location",
            &location,
        ),
        http::Target::NotFound => {
            let page = files.get("404.html").map_or_else(
                || {
                    "<!DOCTYPE html><title>Not found</title><body><p>Not found</p></body>"
                        .to_string()
                },
                |b| String::from_utf8_lossy(b).into_owned(),
            );
            html_response(http::decorate(&page, overlay.as_deref()), 404)
        }
        http::Target::BadRequest => Response::from_string("bad request\n").with_status_code(400),
    };
    let _ = request.respond(response);
}

fn html_response(html: String, status: u16) -> Response<std::io::Cursor<Vec<u8>>> {
    let response = with_header(
        Response::from_data(html.into_bytes()).with_status_code(status),
        "Content-Type",
        "text/html; charset=utf-8",
    );
    with_header(response, "Cache-Control", "no-store")
}

/// Hands the connection to the list of streams: tiny_http's `respond` buffers, so the status
/// line and headers are written by hand and each event is a flushed chunk (shared/CRATES.md).
fn open_event_stream(request: Request, site: &LiveSite) {
    let mut writer = request.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\nTransfer-Encoding: chunked\r\n\r\n";
    let hello = ": connected\n\n";
    let opened = writer
        .write_all(head.as_bytes())
        .and_then(|()| writer.write_all(format!("{:x}\r\n{hello}\r\n", hello.len()).as_bytes()))
        .and_then(|()| writer.flush());
    if opened.is_ok() {
        site.clients
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(writer);
    }
}

/// Adds a header; values here are constants, file types and escaped URL paths, all ASCII.
fn with_header<R: std::io::Read>(response: Response<R>, name: &str, value: &str) -> Response<R> {
    match Header::from_bytes(name.as_bytes(), value.as_bytes()) {
        Ok(header) => response.with_header(header),
        Err(()) => response,
    }
}

fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    // Opening a browser is a convenience; the URL is printed either way.
    let _ = std::process::Command::new(opener)
        .arg(url)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
}
