//! Answering one complete request from the current snapshot: a built file, decorated for the
//! preview when it is a page, a redirect, a 404, or the event stream that tells a page to reload.

use super::http::{self, Target};
use super::live::LiveSite;
use super::server::Request;

/// The head of an event stream: no length, closed when the stream ends.
const EVENT_STREAM_HEAD: &str = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: close\r\n\r\nretry: 1000\n\n";

pub(super) fn answer(request: Request, site: &LiveSite) {
    if !matches!(request.method(), "GET" | "HEAD") {
        let body = b"only GET and HEAD are served\n";
        request.respond(405, &[("Allow", "GET, HEAD")], body);
        return;
    }
    let (path, query) = request
        .target()
        .split_once('?')
        .unwrap_or((request.target(), ""));
    if path == http::EVENTS_PATH {
        let (file, generation) = http::stream_page(query);
        open_event_stream(request, site, file, generation);
        return;
    }
    let (files, errors, generation) = site.current();
    if files.is_empty() {
        let page = http::no_site_yet(errors.as_deref().map_or("", String::as_str), generation);
        respond_html(request, 500, &page);
        return;
    }
    let overlay = errors.as_deref().map(|text| http::overlay(text));
    match http::resolve(request.target(), &files) {
        Target::File(key) => {
            let bytes = &files[&key];
            let content_type = http::content_type(&key);
            if content_type.starts_with("text/html") {
                let reload = http::Reload {
                    file: &key,
                    generation,
                };
                let page =
                    http::decorate(&String::from_utf8_lossy(bytes), overlay.as_deref(), &reload);
                respond_html(request, 200, &page);
            } else {
                request.respond(200, &[("Content-Type", content_type)], bytes);
            }
        }
        Target::Redirect(location) => request.respond(301, &[("Location", &location)], b""),
        Target::NotFound => {
            let page = files.get("404.html").map_or_else(
                || {
                    "<!DOCTYPE html><title>Not found</title><body><p>Not found</p></body>"
                        .to_string()
                },
                |b| String::from_utf8_lossy(b).into_owned(),
            );
            let reload = http::Reload {
                file: "404.html",
                generation,
            };
            respond_html(
                request,
                404,
                &http::decorate(&page, overlay.as_deref(), &reload),
            );
        }
        Target::BadRequest => request.respond(400, &[], b"bad request\n"),
    }
}

fn respond_html(request: Request, status: u16, html: &str) {
    request.respond(
        status,
        &[
            ("Content-Type", "text/html; charset=utf-8"),
            ("Cache-Control", "no-store"),
        ],
        html.as_bytes(),
    );
}

/// `/__redline/events?generation=N&file=F`: the stream of a page of file F made from build N.
fn open_event_stream(request: Request, site: &LiveSite, file: String, generation: u64) {
    // A page that went away before its stream opened needs telling nothing.
    if let Ok(connection) = request.into_stream(EVENT_STREAM_HEAD) {
        // Past the limit of streams the connection closes, and the browser tries again later.
        site.open_stream(connection, file, generation);
    }
}
