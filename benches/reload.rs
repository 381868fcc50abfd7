//! Save-to-reload latency of `redline serve`: from the rename that saves a content file to the
//! event that tells the page showing it to reload, on the example site (50 saves) and on
//! generated sites of 1,000 versions (10 policies x 10 versions x 10 locales, 50 saves) and
//! 10,000 versions (50 x 20 x 10, 20 saves), made by ../shared/bench/gen_corpus.py; each site
//! again with three stalled live-reload clients connected, which never read.
//!
//! Run with `cargo bench --bench reload` (needs python3 for the corpora). Prints the median and
//! the worst of the saves for each site. Not part of `cargo test`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn main() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let work = tempfile::tempdir().expect("a temporary folder");

    let example = work.path().join("example");
    for part in ["site.yaml", "content", "locales", "themes"] {
        copy(&manifest.join(part), &example.join(part));
    }
    let mut sites = vec![(
        "example site",
        example,
        "content/privacy/2026-02-01.en.md".to_string(),
        50,
    )];
    for (name, size, saves) in [
        ("1,000-version site", ["10", "10", "10"], 50),
        ("10,000-version site", ["50", "20", "10"], 20),
    ] {
        let (site, file) = corpus(work.path(), size);
        sites.push((name, site, file, saves));
    }
    for (name, site, file, saves) in &sites {
        for stalled in [0, 3] {
            measure(name, site, file, *saves, stalled);
        }
    }
}

/// Generates a corpus of `[policies, versions, locales]`; returns it and its first policy's
/// latest English version.
fn corpus(work: &Path, [policies, versions, locales]: [&str; 3]) -> (std::path::PathBuf, String) {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));

    let corpus = work.join(format!("corpus-{policies}x{versions}x{locales}"));
    let generator = manifest.join("../shared/bench/gen_corpus.py");
    let status = Command::new("python3")
        .arg(&generator)
        .args([
            "--out",
            corpus.to_str().expect("UTF-8 path"),
            "-P",
            policies,
            "-V",
            versions,
            "-L",
            locales,
            "--layouts",
            "neutral",
        ])
        .stdout(Stdio::null())
        .status()
        .expect("run gen_corpus.py");
    assert!(status.success(), "gen_corpus.py failed");
    let site = corpus.join("neutral");
    let policy = std::fs::read_dir(site.join("content"))
        .expect("content")
        .flatten()
        .map(|e| e.path())
        .min()
        .expect("a policy");
    let latest = std::fs::read_dir(&policy)
        .expect("versions")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".en.md"))
        .max()
        .expect("an English version");
    let relative = latest
        .strip_prefix(&site)
        .expect("inside the site")
        .to_string_lossy()
        .into_owned();
    (site, relative)
}

/// Saves `file` (`content/<policy>/<date>.<locale>.md`) `saves` times, each time timing the
/// page of that version from the save to the event that tells it to reload.
fn measure(name: &str, site: &Path, file: &str, saves: usize, stalled: usize) {
    let mut server = Server::start(site);
    let _stalled: Vec<TcpStream> = (0..stalled).map(|_| server.stalled_client()).collect();
    // The version's permalink: content/<policy>/<date>.<locale>.md → <locale>/<policy>/<date>/.
    let name_parts: Vec<&str> = file
        .trim_start_matches("content/")
        .split(['/', '.'])
        .collect();
    let [policy, date, locale, _] = name_parts[..] else {
        panic!("{file} is not content/<policy>/<date>.<locale>.md");
    };
    let page = format!("{locale}/{policy}/{date}/index.html");
    let path = site.join(file);
    let original = std::fs::read_to_string(&path).expect("the file to edit");
    let temporary = path.with_extension("md.tmp~");
    let mut samples = Vec::with_capacity(saves);
    // The current build, as the stream of any page tells it.
    let (mut generation, _) = server
        .events(&page, 0)
        .next_build(Duration::from_secs(30))
        .expect("the stream opens");
    for save in 0..saves {
        // The page as it is now, as a reloaded page opens its stream.
        let mut events = server.events(&page, generation);
        let (_, stale) = events
            .next_build(Duration::from_secs(30))
            .expect("the stream opens");
        assert!(!stale, "the page is current");
        std::fs::write(&temporary, format!("{original}\nSave number {save}.\n")).expect("write");
        let started = Instant::now();
        std::fs::rename(&temporary, &path).expect("rename");
        loop {
            let (built, reload) = events
                .next_build(Duration::from_secs(30))
                .expect("a build event");
            if reload {
                generation = built;
                break;
            }
        }
        samples.push(started.elapsed());
    }
    samples.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let with = match stalled {
        0 => String::new(),
        n => format!(", {n} stalled clients"),
    };
    println!(
        "{name}{with}: save-to-reload over {saves} saves: median {:.1} ms, worst {:.1} ms, best {:.1} ms",
        ms(samples[saves / 2]),
        ms(samples[saves - 1]),
        ms(samples[0])
    );
    server.stop();
}

fn copy(from: &Path, to: &Path) {
    if from.is_dir() {
        std::fs::create_dir_all(to).expect("create a folder");
        for entry in std::fs::read_dir(from).expect("read a folder").flatten() {
            copy(&entry.path(), &to.join(entry.file_name()));
        }
    } else if from.exists() {
        std::fs::create_dir_all(to.parent().expect("a parent")).expect("create a folder");
        std::fs::copy(from, to).expect("copy a file");
    }
}

struct Server {
    child: Child,
    address: String,
}

impl Server {
    fn start(site: &Path) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_redline"))
            .args(["serve", "--port", "0", "--root"])
            .arg(site)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start redline serve");
        let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
        let address = loop {
            let line = lines
                .next()
                .expect("redline serve prints its address")
                .expect("a line");
            if let Some(at) = line.find("http://") {
                break line[at + 7..]
                    .split(['/', ' '])
                    .next()
                    .unwrap_or("")
                    .to_string();
            }
        };
        // Keep reading stdout so the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Server { child, address }
    }

    /// The event stream of the page of `file` made from build `generation`.
    fn events(&self, file: &str, generation: u64) -> Events {
        let mut stream = TcpStream::connect(&self.address).expect("connect");
        write!(
            stream,
            "GET /__redline/events?generation={generation}&file={file} HTTP/1.1\r\nHost: {}\r\n\r\n",
            self.address
        )
        .expect("send");
        Events {
            stream,
            buffer: String::new(),
        }
    }

    /// A live-reload client that never reads, with a receive buffer as small as can be.
    fn stalled_client(&self) -> TcpStream {
        let stream = self.events("index.html", 0).stream;
        rustix::net::sockopt::set_socket_recv_buffer_size(&stream, 1).expect("a small buffer");
        stream
    }

    fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Events {
    stream: TcpStream,
    buffer: String,
}

impl Events {
    fn read_until(&mut self, marker: &str, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        while !self.buffer.contains(marker) {
            let left = deadline.saturating_duration_since(Instant::now());
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

    /// The next `build` event: its generation, and whether the page must reload.
    fn next_build(&mut self, timeout: Duration) -> Option<(u64, bool)> {
        let marker = "event: build\ndata: ";
        if !self.read_until(marker, timeout) {
            return None;
        }
        let at = self.buffer.find(marker)? + marker.len();
        self.buffer.drain(..at);
        if !self.read_until("\n\n", timeout) {
            return None;
        }
        let end = self.buffer.find("\n\n")?;
        let data: String = self.buffer.drain(..end + 2).collect();
        let generation = data
            .split("\"generation\":")
            .nth(1)?
            .split([',', '}'])
            .next()?
            .parse()
            .ok()?;
        Some((generation, data.contains("\"reload\":true")))
    }
}
