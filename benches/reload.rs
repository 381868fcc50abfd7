//! Save-to-reload latency of `redline serve`: from the rename that saves a content file to the
//! reload event reaching a client, on the example site (50 saves) and on generated sites of
//! 1,000 versions (10 policies x 10 versions x 10 locales, 50 saves) and 10,000 versions
//! (50 x 20 x 10, 20 saves), made by ../shared/bench/gen_corpus.py.
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
    measure(
        "example site",
        &example,
        "content/privacy/2026-02-01.en.md",
        50,
    );
    for (name, size, saves) in [
        ("1,000-version site", ["10", "10", "10"], 50),
        ("10,000-version site", ["50", "20", "10"], 20),
    ] {
        let (site, file) = corpus(work.path(), size);
        measure(name, &site, &file, saves);
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

fn measure(name: &str, site: &Path, file: &str, saves: usize) {
    let mut server = Server::start(site);
    let mut events = server.events();
    let path = site.join(file);
    let original = std::fs::read_to_string(&path).expect("the file to edit");
    let temporary = path.with_extension("md.tmp~");
    let mut samples = Vec::with_capacity(saves);
    for save in 0..saves {
        std::fs::write(&temporary, format!("{original}\nSave number {save}.\n")).expect("write");
        let started = Instant::now();
        std::fs::rename(&temporary, &path).expect("rename");
        events
            .next_reload(Duration::from_secs(30))
            .expect("a reload event");
        samples.push(started.elapsed());
    }
    samples.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{name}: save-to-reload over {saves} saves: median {:.1} ms, worst {:.1} ms, best {:.1} ms",
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

    fn events(&self) -> Events {
        let mut stream = TcpStream::connect(&self.address).expect("connect");
        write!(
            stream,
            "GET /__redline/events HTTP/1.1\r\nHost: {}\r\n\r\n",
            self.address
        )
        .expect("send");
        let mut events = Events {
            stream,
            buffer: String::new(),
        };
        assert!(events.read_until(": connected", Duration::from_secs(30)));
        events
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

    fn next_reload(&mut self, timeout: Duration) -> Option<()> {
        let marker = "event: reload\ndata: ";
        if !self.read_until(marker, timeout) {
            return None;
        }
        let at = self.buffer.find(marker)? + marker.len();
        self.buffer.drain(..at);
        Some(())
    }
}
