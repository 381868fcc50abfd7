//! `SiteTest`: a fixture site copied to a temporary folder, the real binary run on it, and
//! assertions on what a user would see (exit code, messages, files, parsed HTML).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use scraper::{Html, Selector};

const BIN: &str = env!("CARGO_BIN_EXE_redline");

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
        let source = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/cli/sites")
            .join(name);
        copy_tree(&source, test.root());
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

    /// Runs `redline <args>` in the site folder.
    pub(crate) fn run(&self, args: &[&str]) -> Outcome {
        let mut command = Command::new(BIN);
        command
            .args(args)
            .current_dir(self.root())
            .env_remove("SOURCE_DATE_EPOCH");
        for (key, value) in &self.env {
            command.env(key, value);
        }
        let output = command.output().expect("run the redline binary");
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

fn copy_tree(from: &Path, to: &Path) {
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
        let found = self.select(css);
        assert_eq!(found.len(), 1, "expected one {css}, found {}", found.len());
        found[0]
            .value()
            .attr(name)
            .unwrap_or_else(|| panic!("{css} has no {name}"))
            .to_string()
    }

    pub(crate) fn count(&self, css: &str) -> usize {
        self.select(css).len()
    }
}
