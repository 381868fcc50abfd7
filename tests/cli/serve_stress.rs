//! `redline serve` under stress (issue 15): a client that stops reading, oversized requests,
//! hundreds of idle connections, lock edits, `--today`, and warnings printed once. Every wait
//! is on an event from the server, with a deadline: no sleeps.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use crate::support::SiteTest;

const WAIT: Duration = Duration::from_secs(60);

/// A site of `versions` versions in two locales: about four pages per version and locale.
fn many_versions(versions: usize) -> SiteTest {
    let mut site = SiteTest::empty().write("site.yaml", "title: Example Co\ndefault_locale: en\n");
    let first = redline::date::Date::parse("2020-01-01").expect("a date");
    for v in 0..versions {
        let days = i64::try_from(v).expect("few versions") * 7;
        let date = first.plus_days(days).expect("a date");
        for locale in ["en", "fr"] {
            site = site.write(
                &format!("content/privacy/{date}.{locale}.md"),
                format!("---\ntitle: Privacy\nsummary: Change {v}.\n---\n## Data\n\nVersion {v} of the text, in {locale}.\n"),
            );
        }
    }
    site
}

/// The number of threads of process `pid`.
fn threads_of(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/task")).map_or(0, Iterator::count)
}

/// The resident memory of process `pid`, in KiB.
fn resident_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

#[test]
fn a_client_that_stops_reading_holds_up_no_one() {
    let site = many_versions(100);
    let served = site.serve();
    // A live-reload client that never reads, with a receive buffer as small as the system
    // allows: the server's writes to it stall as soon as its buffers fill.
    let stalled = TcpStream::connect(served.address()).expect("connect");
    rustix::net::sockopt::set_socket_recv_buffer_size(&stalled, 1).expect("a small buffer");
    (&stalled)
        .write_all(b"GET /__redline/events?generation=1&file=en/index.html HTTP/1.1\r\n\r\n")
        .expect("send");
    let mut reading = served.page_events("/en/privacy/");
    let mut generation = reading
        .next_build(WAIT)
        .expect("the stream opens")
        .generation;
    // Each save changes every page (the site's title is on each of them).
    for save in 0..60 {
        std::fs::write(
            site.root().join("site.yaml"),
            format!("title: Example Co {save}\ndefault_locale: en\n"),
        )
        .expect("save site.yaml");
        generation = reading
            .build_after(generation, WAIT)
            .unwrap_or_else(|| panic!("save {save} reached the reading client"))
            .generation;
    }
    let page = served.get("/en/");
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("Example Co 59"),
        "the last save is served"
    );
    drop(stalled);
}

#[test]
fn an_oversized_request_line_is_refused_without_being_read() {
    let site = SiteTest::fixture("two-locales");
    let served = site.serve();
    let before = resident_kib(served.pid());
    let mut connection = TcpStream::connect(served.address()).expect("connect");
    let mut sender = connection.try_clone().expect("a second handle");
    // Sent from another thread: the server answers long before the line ends, and stops
    // reading, so the sender may fail once the server closes.
    let sending = std::thread::spawn(move || {
        let _ = sender.write_all(b"GET /");
        let _ = sender.write_all(&vec![b'a'; 8 * 1024 * 1024]);
    });
    connection
        .set_read_timeout(Some(WAIT))
        .expect("a read timeout");
    let mut head = [0u8; 12];
    connection.read_exact(&mut head).expect("an answer");
    assert_eq!(&head, b"HTTP/1.1 414");
    drop(connection);
    let _ = sending.join();
    let grown = resident_kib(served.pid()).saturating_sub(before);
    assert!(grown < 4 * 1024, "the server grew by {grown} KiB");
    // Headers past 64 KiB are refused the same way.
    let mut connection = TcpStream::connect(served.address()).expect("connect");
    let mut request = b"GET /en/ HTTP/1.1\r\n".to_vec();
    for i in 0..2000 {
        request.extend_from_slice(format!("X-Filler-{i}: {}\r\n", "b".repeat(40)).as_bytes());
    }
    let _ = connection.write_all(&request);
    connection
        .set_read_timeout(Some(WAIT))
        .expect("a read timeout");
    connection.read_exact(&mut head).expect("an answer");
    assert_eq!(&head, b"HTTP/1.1 431");
    // And the server still answers.
    assert_eq!(served.get("/en/").status, 200);
}

#[test]
fn hundreds_of_idle_connections_neither_hold_threads_nor_delay_pages() {
    let site = SiteTest::fixture("two-locales");
    let served = site.serve();
    let idle: Vec<TcpStream> = (0..300)
        .map(|_| TcpStream::connect(served.address()).expect("connect"))
        .collect();
    let started = Instant::now();
    let mut page = TcpStream::connect(served.address()).expect("connect");
    page.set_read_timeout(Some(Duration::from_secs(2)))
        .expect("a read timeout");
    page.write_all(b"GET /en/ HTTP/1.1\r\nConnection: close\r\n\r\n")
        .expect("send");
    let mut answer = Vec::new();
    page.read_to_end(&mut answer)
        .expect("a page in under 2 s, with 300 idle connections open");
    assert!(answer.starts_with(b"HTTP/1.1 200"), "{started:?}");
    let threads = threads_of(served.pid());
    assert!(threads < 40, "{threads} threads for 300 idle connections");
    drop(idle);
}

#[test]
fn an_edit_to_the_lock_rebuilds_and_shows_its_problem_until_undone() {
    let site = SiteTest::fixture("two-locales").clock("2026-03-01");
    site.run(&["build"]).success();
    let lock = site.read("redline.lock");
    let served = site.serve();
    let mut events = served.page_events("/en/privacy/");
    let opened = events.next_build(WAIT).expect("the stream opens");
    // A published text's hash changed by hand: the lock no longer matches the file.
    let recorded = "privacy 2025-01-01 en blake3:";
    let at = lock.find(recorded).expect("the lock records the text") + recorded.len();
    let digit = if lock[at..].starts_with('0') {
        "1"
    } else {
        "0"
    };
    let edited = format!("{}{digit}{}", &lock[..at], &lock[at + 1..]);
    std::fs::write(site.root().join("redline.lock"), &edited).expect("edit the lock");
    let broken = events
        .build_after(opened.generation, WAIT)
        .expect("a rebuild");
    assert!(broken.reload, "the page shows the lock's problem");
    let body = served.get("/en/privacy/").body;
    assert!(body.contains("id=\"redline-errors\""), "{body}");
    assert!(body.contains("redline.lock"), "{body}");
    std::fs::write(site.root().join("redline.lock"), &lock).expect("undo the edit");
    let fixed = events
        .build_after(broken.generation, WAIT)
        .expect("a rebuild");
    assert!(fixed.reload);
    assert!(!served.get("/en/privacy/").body.contains("redline-errors"));
}

#[test]
fn serve_today_previews_an_upcoming_version_as_the_current_one() {
    let site = SiteTest::fixture("two-locales").clock("2026-03-01");
    let served = site.serve_with(&["--today", "2026-09-01"]);
    // Only the upcoming version's text says it this way.
    let upcoming = "You may ask for a copy of your data, and for its erasure.";
    let body = served.get("/en/privacy/").body;
    assert!(body.contains(upcoming), "{body}");
    let today = site.serve();
    assert!(
        !today.get("/en/privacy/").body.contains(upcoming),
        "without --today, the clock decides"
    );
    site.run(&["serve", "--today", "2026-13-01"])
        .code(2)
        .stderr_has("--today");
}

#[test]
fn a_rebuild_prints_only_the_warnings_that_are_new() {
    // The current privacy policy has no French text: a warning on every build.
    let site = SiteTest::fixture("two-locales").clock("2026-03-01");
    let served = site.serve();
    let old =
        "content/privacy/2026-02-01.en.md: warning: the current version has no `fr` translation";
    served
        .error_line(old, WAIT)
        .expect("the first build's warning");
    // A new warning, which sorts after the old one: were the old one printed again, it would
    // come first.
    std::fs::remove_file(site.root().join("content/terms/2026-01-01.fr.md")).expect("remove");
    let new =
        "content/terms/2026-01-01.en.md: warning: the current version has no `fr` translation";
    let printed = served.error_line(new, WAIT).expect("the new warning");
    assert!(
        !printed.iter().any(|line| line.starts_with(old)),
        "the same warning is not printed again: {printed:?}"
    );
}
