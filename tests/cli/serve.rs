//! `redline serve` over real HTTP (issue 4): status codes, content types, traversal, HEAD, 404,
//! live-reload events, the error overlay and its recovery, files and folders renamed while
//! serving. Every wait is on an event from the server, with a deadline: no sleeps.

use std::time::Duration;

use crate::support::SiteTest;

const WAIT: Duration = Duration::from_secs(30);

#[test]
fn serves_pages_and_files_with_their_content_types() {
    let site = SiteTest::fixture("two-locales");
    let served = site.serve();
    assert!(
        served.base.starts_with("http://127.0.0.1:"),
        "loopback unless told otherwise: {}",
        served.base
    );
    for (path, content_type) in [
        ("/", "text/html; charset=utf-8"),
        ("/en/privacy/", "text/html; charset=utf-8"),
        ("/static/style.css", "text/css; charset=utf-8"),
        ("/sitemap.xml", "application/xml"),
        ("/en/feed.xml", "application/atom+xml"),
        ("/policies.json", "application/json"),
    ] {
        let response = served.get(path);
        assert_eq!(response.status, 200, "{path}");
        assert_eq!(
            response.header("Content-Type"),
            Some(content_type),
            "{path}"
        );
    }
    let page = served.get("/en/privacy/");
    assert!(
        page.body.contains("data-redline-preview"),
        "a banner marks the preview"
    );
    assert!(
        page.body.contains(
            "new EventSource(\"/__redline/events?generation=1&file=en/privacy/index.html\")"
        ),
        "the page's stream names its file and build"
    );
    // Links point at the preview server itself.
    assert!(
        page.body
            .contains(&format!("href=\"{}/en/privacy/\"", served.base)),
        "canonical on the preview host"
    );
    assert!(
        !site.exists("public"),
        "serve never writes the output folder"
    );
}

#[test]
fn folders_redirect_unknown_paths_get_the_404_page_and_only_get_and_head_are_served() {
    let site = SiteTest::fixture("two-locales");
    let served = site.serve();
    let redirect = served.get("/en/privacy");
    assert_eq!(redirect.status, 301);
    assert_eq!(redirect.header("Location"), Some("/en/privacy/"));
    let missing = served.get("/en/nothing-here/");
    assert_eq!(missing.status, 404);
    assert!(
        missing.body.contains("Page not found"),
        "the site's own 404 page"
    );
    let head = served.request("HEAD", "/en/privacy/");
    assert_eq!(head.status, 200);
    assert!(head.header("Content-Length").is_some_and(|l| l != "0"));
    assert!(head.body.is_empty(), "HEAD has no body");
    let post = served.request("POST", "/en/privacy/");
    assert_eq!(post.status, 405);
    assert_eq!(post.header("Allow"), Some("GET, HEAD"));
}

#[test]
fn paths_that_leave_the_site_never_reach_the_disk() {
    let site = SiteTest::fixture("two-locales").write("secret.txt", "TOP SECRET");
    let served = site.serve();
    for path in [
        "/../secret.txt",
        "/../site.yaml",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2E%2E/etc/passwd",
        "/static/..%2f..%2fsecret.txt",
        "/static/%2e%2e/%2e%2e/site.yaml",
        "/static\\..\\..\\secret.txt",
        "/..\\secret.txt",
        "/secret.txt",
        "/site.yaml",
        "/content/privacy/2025-01-01.en.md",
    ] {
        let response = served.get(path);
        assert!(
            matches!(response.status, 400 | 404),
            "{path}: {}",
            response.status
        );
        assert!(
            !response.body.contains("TOP SECRET") && !response.body.contains("base_url"),
            "{path} leaked a file"
        );
    }
}

#[test]
fn a_save_reloads_only_the_pages_whose_html_changed() {
    let site = SiteTest::fixture("two-locales");
    let served = site.serve();
    let mut french = served.page_events("/fr/terms/");
    let mut english = served.page_events("/en/terms/");
    let opened = french
        .next_build(WAIT)
        .expect("the stream opens with the build");
    assert!(!opened.reload, "the page is current");
    let path = site.root().join("content/terms/2026-01-01.fr.md");
    // The way editors save: write a temporary file, then rename it over the original.
    let temporary = site.root().join("content/terms/.2026-01-01.fr.md.tmp");
    std::fs::write(
        &temporary,
        "---\ntitle: Conditions d’utilisation\n---\n## Cookies\n\nNous utilisons peu de cookies.\n",
    )
    .expect("write");
    std::fs::rename(&temporary, &path).expect("rename");
    let french_build = french
        .build_after(opened.generation, WAIT)
        .expect("the rebuild");
    assert!(french_build.reload, "the French page changed");
    let english_build = english
        .build_after(opened.generation, WAIT)
        .expect("the rebuild");
    assert_eq!(english_build.generation, french_build.generation);
    assert!(!english_build.reload, "the English page did not change");
    assert!(served.get("/fr/terms/").body.contains("peu de cookies"));
}

#[test]
fn a_broken_file_shows_an_escaped_overlay_on_every_page_until_it_is_fixed() {
    let site = SiteTest::fixture("two-locales");
    let served = site.serve();
    // A page reloads when its build is out of date: opened afresh at each step, as it is.
    let reloads_after = |change: &dyn Fn()| {
        let mut events = served.page_events("/fr/privacy/");
        let opened = events.next_build(WAIT).expect("the stream opens");
        assert!(!opened.reload);
        change();
        let build = events
            .build_after(opened.generation, WAIT)
            .expect("a rebuild");
        assert!(build.reload, "the page reloads");
    };
    let file = "content/terms/2026-01-01.en.md";
    let good = site.read(file);
    let write = |text: &str| std::fs::write(site.root().join(file), text).expect("write");
    reloads_after(&|| {
        write("---\ntitle: Terms\nsumary: oops\n---\nText <script>alert(1)</script>\n")
    });
    for page in ["/en/terms/", "/fr/privacy/", "/en/nothing/"] {
        let body = served.get(page).body;
        assert!(
            body.contains("id=\"redline-errors\""),
            "{page} shows the overlay"
        );
        assert!(
            body.contains("content/terms/2026-01-01.en.md:3:1: error: unknown field `sumary`"),
            "{page}: {body}"
        );
    }
    // Diagnostics quote the file; in the overlay that text is escaped, never run.
    reloads_after(&|| write("---\ntitle: Terms\n---\nText <script>alert(1)</script>\n"));
    let body = served.get("/en/terms/").body;
    assert!(
        body.contains("raw HTML is not allowed: `&lt;script&gt;`"),
        "{body}"
    );
    assert!(!body.contains("<script>alert(1)"), "{body}");
    // The last good build is still what the overlay covers.
    assert!(served.get("/en/terms/").body.contains("We use cookies."));
    reloads_after(&|| write(&good));
    assert!(
        !served.get("/en/terms/").body.contains("redline-errors"),
        "it recovers by itself"
    );
}

#[test]
fn deleting_and_renaming_files_and_folders_while_serving() {
    let site = SiteTest::fixture("two-locales");
    let served = site.serve();
    let mut events = served.page_events("/en/terms/");
    let opened = events.next_build(WAIT).expect("the stream opens");
    std::fs::rename(
        site.root().join("content/terms"),
        site.root().join("content/conditions"),
    )
    .expect("rename a folder");
    let build = events
        .build_after(opened.generation, WAIT)
        .expect("a rebuild");
    assert!(build.reload, "the page is gone");
    assert_eq!(served.get("/en/conditions/").status, 200);
    assert_eq!(served.get("/en/terms/").status, 404);
    let mut events = served.page_events("/fr/conditions/");
    let opened = events.next_build(WAIT).expect("the stream opens");
    std::fs::remove_file(site.root().join("content/conditions/2026-01-01.fr.md"))
        .expect("delete a file");
    let build = events
        .build_after(opened.generation, WAIT)
        .expect("a rebuild");
    assert!(build.reload, "the French text is gone");
    assert!(
        served
            .get("/fr/conditions/")
            .body
            .contains("pas encore traduit")
    );
    std::fs::remove_dir_all(site.root().join("content/conditions")).expect("delete a folder");
    events
        .build_after(build.generation, WAIT)
        .expect("a rebuild");
    assert_eq!(served.get("/en/conditions/").status, 404);
}

/// `--open` on a system without a browser opener (no desktop) says where to go instead.
#[test]
fn open_without_a_browser_opener_prints_the_address_to_open() {
    let no_programs = tempfile::tempdir().expect("an empty folder");
    let site = SiteTest::fixture("two-locales")
        .env("PATH", no_programs.path().to_str().expect("a UTF-8 path"));
    let served = site.serve_with(&["--open"]);
    let lines = served
        .error_line("could not start", std::time::Duration::from_secs(30))
        .expect("a line saying no browser opened");
    let told = lines.last().expect("that line");
    assert!(
        told.ends_with(&format!(
            "to open a browser: open {}/ in your browser",
            served.base
        )),
        "{told}"
    );
}

#[test]
fn a_taken_port_is_named_and_another_suggested() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    let port = listener.local_addr().expect("address").port().to_string();
    let site = SiteTest::fixture("two-locales");
    site.run(&["serve", "--port", &port])
        .code(2)
        .stderr_has(&format!("port {port} on 127.0.0.1 is already in use"))
        .stderr_has("try --port");
}

/// serve's rebuilds reuse parsed files, cached Markdown, redlines, pages and site files;
/// whatever was cached, the result must be the bytes a full build gives: after an edit, an edit
/// that keeps the file's size and modification time (seen only because the watcher reports the
/// file, as here), a new version, a removed one, a new interface string and a theme change.
#[test]
fn cached_rebuilds_give_the_same_bytes_as_a_full_build() {
    use redline::build::{BuildCache, BuildOptions};
    use redline::output::MemorySink;

    let site = SiteTest::fixture("redline");
    let options = BuildOptions {
        root: site.root().to_path_buf(),
        output: None,
        base_url: Some("http://127.0.0.1:1111".to_string()),
        today: redline::date::Date::parse("2026-06-01").expect("a date"),
        clock: redline::date::Date::parse("2026-06-01").expect("a date"),
        strict: false,
        locked: false,
        check: false,
    };
    let build = |cache: &BuildCache| {
        let sink = MemorySink::default();
        let config = redline::build::load_settings(&options).expect("settings");
        redline::build::build(&options, config, &sink, cache).expect("a build");
        cache.finish_build();
        sink.into_files()
    };
    let cache = BuildCache::new();
    build(&cache);
    let edits: [(&str, Option<&str>); 8] = [
        (
            "content/terms/2025-06-01.en.md",
            Some(
                "---\ntitle: Terms of Service\n---\nWelcome, edited.\n\n## Contact\n\nWrite to us.\n",
            ),
        ),
        (
            "content/terms/2025-06-01.en.md",
            Some(
                "---\ntitle: Terms of Service\n---\nWelcome, EDITED.\n\n## Contact\n\nWrite to us.\n",
            ),
        ),
        (
            "content/terms/2026-12-01.en.md",
            Some("---\ntitle: Terms of Service\n---\nWelcome, from December.\n"),
        ),
        ("content/terms/2026-12-01.en.md", None),
        ("content/terms/2027-01-01.en.md", None),
        (
            "locales/fr.ftl",
            Some("history = Historique des versions\n"),
        ),
        (
            "content/terms/2025-06-01.fr.md",
            Some("---\ntitle: Conditions\n---\nBienvenue.\n"),
        ),
        (
            "themes/default/templates/versions.html",
            Some("<nav class=\"versions\"><p>{{ t.versions }}</p></nav>\n"),
        ),
    ];
    for (path, text) in edits {
        let target = site.root().join(path);
        std::fs::create_dir_all(target.parent().expect("a parent")).expect("folders");
        let before = std::fs::metadata(&target).ok();
        match text {
            Some(text) => {
                std::fs::write(&target, text).expect("edit");
                // An edit of the same size within the file system's time resolution: the file
                // looks as it did, and only the watcher's report tells serve to read it again.
                if let Some(before) = before.filter(|b| b.len() == text.len() as u64) {
                    std::fs::File::options()
                        .write(true)
                        .open(&target)
                        .and_then(|f| f.set_modified(before.modified()?))
                        .expect("keep the modification time");
                }
            }
            None => std::fs::remove_file(&target).expect("remove"),
        }
        cache.forget_sources(Some(&[target]));
        let cached = build(&cache);
        let full = build(&BuildCache::disabled());
        assert_eq!(
            cached.keys().collect::<Vec<_>>(),
            full.keys().collect::<Vec<_>>(),
            "after editing {path}"
        );
        for (file, bytes) in &full {
            assert!(
                cached[file] == *bytes,
                "{file} differs from a full build after editing {path}"
            );
        }
    }
}

/// Issue 14: a watcher that cannot start is no usage error (exit 2) but a failure (exit 1) that
/// says what failed and what to do. Four open files (the standard streams and the listening
/// socket) leave the watcher none: the limit applies to this one process only.
#[test]
fn a_watcher_that_cannot_start_exits_1_and_says_what_to_do() {
    let site = SiteTest::fixture("two-locales");
    let command = site.command(
        "sh",
        &[
            "-c",
            "ulimit -n 4 && exec \"$0\" serve --port 0",
            crate::support::BIN,
        ],
    );
    let outcome = site
        .run_command(command)
        .code(1)
        .stderr_has("for changes: ")
        .stderr_has("help: the system's limit of open files or of watched folders may be reached")
        .stderr_has("serve could not start");
    assert!(
        outcome.stderr.starts_with("error: cannot watch "),
        "{}",
        outcome.stderr
    );
}
