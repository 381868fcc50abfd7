//! `SiteTest`: a fixture site copied to a temporary folder, the real binary run on it, and
//! assertions on what a user would see (exit code, messages, files, parsed HTML).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use scraper::{Html, Selector};

pub(crate) const BIN: &str = env!("CARGO_BIN_EXE_redline");

#[must_use]
pub(crate) struct SiteTest {
    dir: tempfile::TempDir,
    env: Vec<(String, String)>,
}

impl SiteTest {
    /// An empty site folder.
    pub(crate) fn empty() -> SiteTest {
        SiteTest {
            dir: tempfile::tempdir().expect("a temporary folder"),
            env: Vec::new(),
        }
    }

    /// A copy of `tests/cli/sites/<name>`.
    pub(crate) fn fixture(name: &str) -> SiteTest {
        let test = SiteTest::empty();
        copy_tree(&fixture_path(name), test.root());
        test
    }

    pub(crate) fn root(&self) -> &Path {
        self.dir.path()
    }

    pub(crate) fn write(self, path: &str, contents: impl AsRef<[u8]>) -> SiteTest {
        let target = self.root().join(path);
        std::fs::create_dir_all(target.parent().expect("a parent")).expect("create folders");
        std::fs::write(target, contents).expect("write a fixture file");
        self
    }

    pub(crate) fn remove(self, path: &str) -> SiteTest {
        let target = self.root().join(path);
        if target.is_dir() {
            std::fs::remove_dir_all(target).expect("remove a folder");
        } else {
            std::fs::remove_file(target).expect("remove a file");
        }
        self
    }

    pub(crate) fn env(mut self, key: &str, value: &str) -> SiteTest {
        self.env.push((key.to_string(), value.to_string()));
        self
    }

    /// Plays the real clock: `SOURCE_DATE_EPOCH` at noon (UTC) of `date` (YYYY-MM-DD).
    pub(crate) fn clock(self, date: &str) -> SiteTest {
        self.env("SOURCE_DATE_EPOCH", &noon_epoch(date))
    }

    /// Runs `redline <args>` in the site folder.
    pub(crate) fn run(&self, args: &[&str]) -> Outcome {
        self.run_command(self.command(BIN, args))
    }

    /// `program <args>` set up to run in the site folder as `redline` is: the site's
    /// environment, no `SOURCE_DATE_EPOCH` unless the test sets one.
    pub(crate) fn command(&self, program: &str, args: &[&str]) -> Command {
        let mut command = Command::new(program);
        command
            .args(args)
            .current_dir(self.root())
            .env_remove("SOURCE_DATE_EPOCH");
        for (key, value) in &self.env {
            command.env(key, value);
        }
        command
    }

    /// Runs `command` to its end.
    pub(crate) fn run_command(&self, mut command: Command) -> Outcome {
        let output = command.output().expect("run the command");
        Outcome {
            code: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
            root: self.root().to_path_buf(),
        }
    }

    /// `redline build --today <today>`, which must succeed.
    pub(crate) fn build(&self, today: &str) -> Outcome {
        self.run(&["build", "--today", today]).success()
    }

    pub(crate) fn read(&self, path: &str) -> String {
        let target = self.root().join(path);
        std::fs::read_to_string(&target)
            .unwrap_or_else(|e| panic!("read {}: {e}", target.display()))
    }

    pub(crate) fn exists(&self, path: &str) -> bool {
        self.root().join(path).exists()
    }

    pub(crate) fn html(&self, path: &str) -> Page {
        Page(Html::parse_document(&self.read(path)))
    }

    /// Every file under `folder`, relative path → bytes.
    pub(crate) fn snapshot(&self, folder: &str) -> BTreeMap<String, Vec<u8>> {
        let base = self.root().join(folder);
        let mut files = BTreeMap::new();
        for entry in walkdir::WalkDir::new(&base).into_iter().flatten() {
            if entry.file_type().is_file() {
                let relative = entry.path().strip_prefix(&base).expect("under base");
                files.insert(
                    relative.to_string_lossy().replace('\\', "/"),
                    std::fs::read(entry.path()).expect("read"),
                );
            }
        }
        files
    }
}

/// The folder of the fixture site `name`.
/// `SOURCE_DATE_EPOCH` at noon (UTC) of `date` (YYYY-MM-DD).
pub(crate) fn noon_epoch(date: &str) -> String {
    let parse = |d: &str| redline::date::Date::parse(d).expect("a date");
    (parse(date).days_since(parse("1970-01-01")) * 86_400 + 43_200).to_string()
}

pub(crate) fn fixture_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/cli/sites")
        .join(name)
}

pub(crate) fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from).into_iter().flatten() {
        let relative = entry.path().strip_prefix(from).expect("under the fixture");
        let target = to.join(relative);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("create a folder");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy a fixture file");
        }
    }
}

/// What a run printed and how it exited.
#[derive(Debug)]
pub(crate) struct Outcome {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    root: PathBuf,
}

impl Outcome {
    /// stdout's lines with each run of spaces made one: `status` pads its table's columns.
    pub(crate) fn table_lines(&self) -> Vec<String> {
        self.stdout
            .lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect()
    }

    #[track_caller]
    pub(crate) fn code(self, expected: i32) -> Outcome {
        assert_eq!(
            self.code,
            Some(expected),
            "exit code in {}\nstdout:\n{}\nstderr:\n{}",
            self.root.display(),
            self.stdout,
            self.stderr
        );
        self
    }

    #[track_caller]
    pub(crate) fn success(self) -> Outcome {
        self.code(0)
    }

    /// Asserts that stderr has a line starting with `prefix` (`path:line:col: error: …`).
    #[track_caller]
    pub(crate) fn error_line(self, prefix: &str) -> Outcome {
        assert!(
            self.stderr.lines().any(|l| l.starts_with(prefix)),
            "no stderr line starts with {prefix:?}\nstderr:\n{}",
            self.stderr
        );
        self
    }

    #[track_caller]
    pub(crate) fn stderr_has(self, text: &str) -> Outcome {
        assert!(
            self.stderr.contains(text),
            "stderr lacks {text:?}:\n{}",
            self.stderr
        );
        self
    }
}

/// A parsed HTML page.
pub(crate) struct Page(pub Html);

impl Page {
    pub(crate) fn select(&self, css: &str) -> Vec<scraper::ElementRef<'_>> {
        let selector = Selector::parse(css).unwrap_or_else(|e| panic!("selector {css}: {e}"));
        self.0.select(&selector).collect()
    }

    /// The text of the only element matching `css`.
    #[track_caller]
    pub(crate) fn text(&self, css: &str) -> String {
        let found = self.select(css);
        assert_eq!(found.len(), 1, "expected one {css}, found {}", found.len());
        found[0].text().collect::<String>().trim().to_string()
    }

    #[track_caller]
    pub(crate) fn attr(&self, css: &str, name: &str) -> String {
        self.attr_opt(css, name)
            .unwrap_or_else(|| panic!("{css} has no {name}"))
    }

    /// Attribute `name` of the only element matching `css`, if it has one.
    #[track_caller]
    pub(crate) fn attr_opt(&self, css: &str, name: &str) -> Option<String> {
        let found = self.select(css);
        assert_eq!(found.len(), 1, "expected one {css}, found {}", found.len());
        found[0].value().attr(name).map(str::to_string)
    }

    /// The trimmed text of every element matching `css`, in order.
    pub(crate) fn texts(&self, css: &str) -> Vec<String> {
        self.select(css)
            .iter()
            .map(|e| e.text().collect::<String>().trim().to_string())
            .collect()
    }

    pub(crate) fn count(&self, css: &str) -> usize {
        self.select(css).len()
    }
}

/// A running `redline serve` on a free port, stopped when dropped.
pub(crate) struct Served {
    child: std::process::Child,
    /// `http://127.0.0.1:<port>`
    pub(crate) base: String,
    address: String,
    /// What the server prints to stderr, line by line, as it prints it.
    stderr: std::sync::mpsc::Receiver<String>,
}

/// Sends each line `from` prints, for as long as it prints: its prints never block.
fn lines_of(from: impl std::io::Read + Send + 'static) -> std::sync::mpsc::Receiver<String> {
    use std::io::BufRead;
    let (tx, lines) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(from).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    lines
}

impl SiteTest {
    /// Starts `redline serve --port 0` on the site and waits until it serves.
    pub(crate) fn serve(&self) -> Served {
        self.serve_with(&[])
    }

    /// Starts `redline serve --port 0 <args>` and waits until it serves.
    pub(crate) fn serve_with(&self, args: &[&str]) -> Served {
        let mut command = self.command(BIN, &[&["serve", "--port", "0"], args].concat());
        let mut child = command
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("start redline serve");
        let stdout = lines_of(child.stdout.take().expect("stdout"));
        let stderr = lines_of(child.stderr.take().expect("stderr"));
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            let Ok(line) = stdout.recv_timeout(left) else {
                let _ = child.kill();
                let _ = child.wait();
                panic!("redline serve did not print its address");
            };
            if let Some(at) = line.find("http://") {
                let base = line[at..]
                    .split_whitespace()
                    .next()
                    .unwrap_or("")
                    .trim_end_matches('/')
                    .to_string();
                let address = base.trim_start_matches("http://").to_string();
                return Served {
                    child,
                    base,
                    address,
                    stderr,
                };
            }
        }
    }
}

impl Served {
    /// The lines the server prints to stderr up to the first that starts with `wanted`, that
    /// one included; `None` if none does within `timeout`.
    pub(crate) fn error_line(
        &self,
        wanted: &str,
        timeout: std::time::Duration,
    ) -> Option<Vec<String>> {
        let deadline = std::time::Instant::now() + timeout;
        let mut lines = Vec::new();
        loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            let line = self.stderr.recv_timeout(left).ok()?;
            let found = line.starts_with(wanted);
            lines.push(line);
            if found {
                return Some(lines);
            }
        }
    }

    /// The server's address, `127.0.0.1:<port>`.
    pub(crate) fn address(&self) -> &str {
        &self.address
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP response, read whole.
#[derive(Debug)]
pub(crate) struct HttpResponse {
    pub(crate) status: u16,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: String,
}

impl HttpResponse {
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

impl Served {
    /// Sends `method path` as written (no normalization, so traversal attempts arrive intact).
    pub(crate) fn request(&self, method: &str, path: &str) -> HttpResponse {
        use std::io::{Read, Write};
        let mut stream =
            std::net::TcpStream::connect(&self.address).expect("connect to the server");
        stream
            .set_read_timeout(Some(std::time::Duration::from_secs(30)))
            .expect("timeout");
        write!(
            stream,
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
            self.address
        )
        .expect("send");
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).expect("read the response");
        let text = String::from_utf8_lossy(&raw).into_owned();
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let mut lines = head.lines();
        let status = lines
            .next()
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let headers = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
            .collect();
        HttpResponse {
            status,
            headers,
            body: body.to_string(),
        }
    }

    pub(crate) fn get(&self, path: &str) -> HttpResponse {
        self.request("GET", path)
    }

    /// Opens the live-reload event stream of the page at `path`, as its script does: with the
    /// page's file and the build it was made from.
    pub(crate) fn page_events(&self, path: &str) -> EventStream {
        let page = self.get(path);
        let marker = "new EventSource(\"";
        let start = page.body.find(marker).expect("the live-reload script") + marker.len();
        let end = page.body[start..].find('"').expect("the stream's URL");
        self.events_at(&page.body[start..start + end])
    }

    /// Opens the event stream at `url`.
    pub(crate) fn events_at(&self, url: &str) -> EventStream {
        use std::io::Write;
        let mut stream =
            std::net::TcpStream::connect(&self.address).expect("connect to the server");
        write!(
            stream,
            "GET {url} HTTP/1.1\r\nHost: {}\r\n\r\n",
            self.address
        )
        .expect("send");
        EventStream {
            stream,
            buffer: String::new(),
        }
    }

    /// The server's process id, to count its threads.
    pub(crate) fn pid(&self) -> u32 {
        self.child.id()
    }
}

/// A `build` event: the latest build, and whether the page must reload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Build {
    pub(crate) generation: u64,
    pub(crate) reload: bool,
}

/// A Server-Sent Events stream, read raw.
pub(crate) struct EventStream {
    stream: std::net::TcpStream,
    buffer: String,
}

impl EventStream {
    /// Reads until the buffer holds `marker` after byte `from`; `false` at the deadline or when
    /// the stream ends.
    fn read_until(&mut self, marker: &str, from: usize, deadline: std::time::Instant) -> bool {
        use std::io::Read;
        while !self
            .buffer
            .get(from..)
            .is_some_and(|rest| rest.contains(marker))
        {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            if left.is_zero() {
                return false;
            }
            self.stream.set_read_timeout(Some(left)).expect("timeout");
            let mut chunk = [0u8; 4096];
            match self.stream.read(&mut chunk) {
                Ok(0) | Err(_) => return false,
                Ok(n) => self.buffer.push_str(&String::from_utf8_lossy(&chunk[..n])),
            }
        }
        true
    }

    /// The next `build` event, waiting at most `timeout`.
    pub(crate) fn next_build(&mut self, timeout: std::time::Duration) -> Option<Build> {
        const EVENT: &str = "event: build\ndata: ";
        let deadline = std::time::Instant::now() + timeout;
        if !self.read_until(EVENT, 0, deadline) {
            return None;
        }
        let start = self.buffer.find(EVENT)? + EVENT.len();
        // The event ends at its blank line.
        if !self.read_until("\n\n", start, deadline) {
            return None;
        }
        let end = start + self.buffer[start..].find("\n\n")?;
        let data: serde_json::Value = serde_json::from_str(&self.buffer[start..end]).ok()?;
        self.buffer.drain(..end + 2);
        Some(Build {
            generation: data["generation"].as_u64()?,
            reload: data["reload"].as_bool()?,
        })
    }

    /// The first `build` event of a later build than `generation`.
    pub(crate) fn build_after(
        &mut self,
        generation: u64,
        timeout: std::time::Duration,
    ) -> Option<Build> {
        let deadline = std::time::Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            let build = self.next_build(left)?;
            if build.generation > generation {
                return Some(build);
            }
        }
    }
}

/// One fenced code block: its info string, its first line's number, its lines, and whether
/// it is indented (in a list item, say), which trycmd does not read.
pub(crate) struct Fence {
    pub(crate) info: String,
    pub(crate) line: usize,
    pub(crate) lines: Vec<String>,
    pub(crate) indented: bool,
}

/// The fenced code blocks of `markdown` written with backticks, inside HTML comments or not
/// (trycmd reads both, so the guide's checks read both), indented or not. As in CommonMark, a
/// line inside an indented fence loses at most the fence's own indentation.
pub(crate) fn fences(markdown: &str) -> Vec<Fence> {
    let mut found = Vec::new();
    // The open fence: its backticks, its indentation, and the block so far.
    let mut open: Option<(String, usize, Fence)> = None;
    for (index, line) in markdown.lines().enumerate() {
        let unindented = line.trim_start();
        let ticks = unindented.len() - unindented.trim_start_matches('`').len();
        match &mut open {
            Some((pattern, indent, fence)) => {
                if unindented.trim_end() == pattern {
                    found.push(open.take().expect("open").2);
                } else {
                    let strip = (line.len() - unindented.len()).min(*indent);
                    fence.lines.push(line[strip..].to_string());
                }
            }
            None if ticks >= 3 => {
                open = Some((
                    unindented[..ticks].to_string(),
                    line.len() - unindented.len(),
                    Fence {
                        info: unindented[ticks..].trim().to_string(),
                        line: index + 1,
                        lines: Vec::new(),
                        indented: unindented.len() < line.len(),
                    },
                ));
            }
            None => {}
        }
    }
    assert!(open.is_none(), "a fence opened and never closed");
    found
}
