//! Publishing you can trust (issue 13, points 1 to 6): output paths resolved before any check,
//! no symlink followed when deleting, one build at a time, an atomic swap that survives a kill
//! anywhere, and redline.lock written before the new site goes live.
//!
//! Kills and failed system calls are injected with strace (`.ci/run` installs it); without it
//! those tests say so and pass locally, but fail under CI.

use std::collections::BTreeMap;
use std::io::BufRead;
use std::path::Path;
use std::process::Stdio;

use crate::support::{BIN, SiteTest, copy_tree, fixture_path};

const TODAY: &str = "2026-06-01";
/// A new version in force today: publishing it changes the site and records it in redline.lock.
const NEW_VERSION: &str = "content/terms/2026-03-01.en.md";
const NEW_TEXT: &str = "---\ntitle: Terms of Service\nsummary: Adds a section on cookies.\n---\n## Cookies\n\nWe use two cookies.\n";

type Snapshot = BTreeMap<String, Vec<u8>>;

/// redline's working folders and files left beside an output.
fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("list the folder")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".redline-"))
        .collect()
}

fn strace() -> Option<&'static str> {
    let path = "/usr/bin/strace";
    if Path::new(path).exists() {
        return Some(path);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "CI must install strace (apt-get install strace)"
    );
    eprintln!("skipped: no strace here (apt-get install strace)");
    None
}

/// `redline build --today TODAY` under strace with `strace_args` (`-e inject=…`).
fn build_under_strace(
    site: &SiteTest,
    strace: &str,
    strace_args: &[&str],
) -> crate::support::Outcome {
    let mut args = vec!["-f", "-qq", "-o", "/dev/null"];
    args.extend_from_slice(strace_args);
    args.extend_from_slice(&[BIN, "build", "--today", TODAY]);
    site.run_command(site.command(strace, &args))
}

/// Starts one `redline` per argument list at once; each must succeed.
fn builds_at_once<A: AsRef<[String]>>(site: &SiteTest, builds: &[A], round: usize) {
    let running: Vec<_> = builds
        .iter()
        .map(|args| {
            let args: Vec<&str> = args.as_ref().iter().map(String::as_str).collect();
            site.command(BIN, &args)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("start a build")
        })
        .collect();
    for build in running {
        let output = build.wait_with_output().expect("the build ends");
        assert!(
            output.status.success(),
            "round {round}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

/// The published site before and after the edit, each built once from a fresh copy.
fn old_and_new_sites() -> (Snapshot, Snapshot) {
    let site = SiteTest::fixture("two-locales");
    site.build(TODAY);
    let old = site.snapshot("public");
    let site = site.write(NEW_VERSION, NEW_TEXT);
    site.build(TODAY);
    let new = site.snapshot("public");
    assert_ne!(old, new, "the edit shows on the site");
    (old, new)
}

/// A site built once, then edited: its next build publishes `new` over `old`.
fn edited_site() -> SiteTest {
    let site = SiteTest::fixture("two-locales");
    site.build(TODAY);
    site.write(NEW_VERSION, NEW_TEXT)
}

#[test]
fn output_paths_through_a_missing_folder_are_resolved_before_any_check() {
    let container = SiteTest::empty()
        .write("valuable/keep.txt", "not redline's")
        .write("home/notes.txt", "mine");
    let home = container.root().join("home").to_string_lossy().into_owned();
    let container = container.env("HOME", &home);
    copy_tree(&fixture_path("two-locales"), &container.root().join("site"));
    let before = container.snapshot("");
    for (output, why) in [
        ("site/nope/../../valuable", "did not write"),
        ("site/nope/../content", "the site's sources"),
        ("site/nope/deeper/../../themes", "the site's sources"),
        ("site/nope/../..", "it holds the site itself"),
        ("nope/../site", "it is the site itself"),
        ("site/nope/../../home", "your home folder"),
        ("/", "the root of the file system"),
    ] {
        container
            .run(&[
                "build", "--root", "site", "--today", TODAY, "--output", output,
            ])
            .code(2)
            .stderr_has(why);
    }
    assert_eq!(before, container.snapshot(""), "nothing was touched");
    // The same trick in site.yaml, relative to the site root.
    let container = container.write(
        "site/site.yaml",
        "base_url: https://example.com/legal/\noutput: x/../../valuable\n",
    );
    container
        .run(&["build", "--root", "site", "--today", TODAY])
        .code(2)
        .stderr_has("did not write");
    for missing in ["site/nope", "site/x", "nope"] {
        assert!(!container.exists(missing), "{missing} was created");
    }
    assert_eq!(
        container.read("valuable/keep.txt"),
        "not redline's",
        "the folder outside was left alone"
    );
}

/// A source folder that is a link inside the site, and an output that is a link to nothing.
#[test]
fn outputs_are_compared_with_the_sources_as_resolved() {
    let site = SiteTest::fixture("two-locales");
    std::fs::create_dir(site.root().join("docs")).expect("mkdir");
    std::fs::rename(
        site.root().join("content"),
        site.root().join("docs/content"),
    )
    .expect("move");
    std::os::unix::fs::symlink("docs/content", site.root().join("content")).expect("symlink");
    site.build(TODAY);
    let before = site.snapshot("docs");
    site.run(&["build", "--today", TODAY, "--output", "docs/content/out"])
        .code(2)
        .stderr_has("it is one of the site's sources");
    assert!(
        before == site.snapshot("docs"),
        "the sources are as they were"
    );
    std::os::unix::fs::symlink("gone/away", site.root().join("dangling")).expect("symlink");
    site.run(&["build", "--today", TODAY, "--output", "dangling"])
        .code(2)
        .stderr_has("it is a link (or passes through one) to something that does not exist");
}

#[test]
fn a_symlink_planted_where_redline_works_is_removed_never_followed() {
    let outside = SiteTest::empty()
        .write("keep.txt", "not redline's")
        .write("sub/deep.txt", "nor this");
    let before = outside.snapshot("");
    let site = SiteTest::fixture("two-locales");
    for round in 0..2 {
        // The first round has no output yet; the second replaces one.
        for name in [".public.redline-staging", ".public.redline-previous"] {
            std::os::unix::fs::symlink(outside.root(), site.root().join(name)).expect("symlink");
        }
        std::os::unix::fs::symlink(
            outside.root().join("keep.txt"),
            site.root().join(".public.redline-lock"),
        )
        .expect("symlink");
        site.build(TODAY);
        assert_eq!(
            before,
            outside.snapshot(""),
            "round {round}: the link target is intact"
        );
        assert_eq!(
            leftovers(site.root()),
            Vec::<String>::new(),
            "round {round}"
        );
        assert!(site.exists("public/en/privacy/index.html"));
    }
    // An output that is a link to a folder redline did not write, or whose marker is a link
    // to a marker elsewhere, is refused.
    let site = site.remove("public");
    std::os::unix::fs::symlink(outside.root(), site.root().join("public")).expect("symlink");
    site.run(&["build", "--today", TODAY])
        .code(2)
        .stderr_has("did not write");
    let site = site.remove("public").write("elsewhere/keep.txt", "mine");
    site.build(TODAY);
    std::os::unix::fs::symlink(
        site.root().join("public/.redline-output"),
        site.root().join("elsewhere/.redline-output"),
    )
    .expect("symlink");
    site.run(&["build", "--today", TODAY, "--output", "elsewhere"])
        .code(2)
        .stderr_has("did not write");
    assert_eq!(before, outside.snapshot(""));
    assert_eq!(site.read("elsewhere/keep.txt"), "mine");
}

#[test]
fn a_second_build_into_the_same_output_waits_for_the_first() {
    let site = edited_site();
    let before = site.snapshot("public");
    // This test holds the lock as a running build would.
    let held = std::fs::File::create(site.root().join(".public.redline-lock")).expect("create");
    held.lock().expect("lock");
    let mut build = site
        .command(BIN, &["build", "--today", TODAY])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start a build");
    let mut stderr = std::io::BufReader::new(build.stderr.take().expect("stderr"));
    let mut line = String::new();
    stderr.read_line(&mut line).expect("read stderr");
    assert!(
        line.starts_with("another redline build is writing ")
            && line
                .trim_end()
                .ends_with("/public; waiting for it to finish"),
        "{line}"
    );
    assert_eq!(
        before,
        site.snapshot("public"),
        "nothing changes while it waits"
    );
    drop(held);
    let status = build.wait().expect("the build ends");
    assert!(status.success());
    assert_ne!(before, site.snapshot("public"), "then it publishes");
    assert_eq!(leftovers(site.root()), Vec::<String>::new());
}

#[test]
fn builds_started_together_each_publish_a_whole_site() {
    let (_, new) = old_and_new_sites();
    let site = edited_site();
    for round in 0..5 {
        let build = ["build", "--today", TODAY].map(String::from);
        builds_at_once(&site, &[build.clone(), build.clone(), build], round);
        assert!(
            new == site.snapshot("public"),
            "round {round}: the whole new site"
        );
        assert_eq!(
            leftovers(site.root()),
            Vec::<String>::new(),
            "round {round}"
        );
    }
}

/// SIGKILL at every rename of a build (redline.lock's, the swap's), and at points while the
/// staging folder is written and the old site deleted: the output always holds a whole site,
/// and the next failing build, then the next good one, behave.
#[test]
fn a_build_killed_anywhere_leaves_a_whole_site() {
    let Some(strace) = strace() else { return };
    let (old, new) = old_and_new_sites();
    // strace counts each system call on its own: the lock's rename is `rename` #1, the swap
    // `renameat2` #1.
    let renames = ["rename", "renameat", "renameat2"];
    let mut points: Vec<(&str, u32)> = Vec::new();
    for syscall in renames {
        points.extend((1..=3).map(|n| (syscall, n)));
    }
    for n in [1, 3, 20, 100] {
        points.push(("mkdir,mkdirat", n));
        points.push(("unlink,unlinkat,rmdir", n));
    }
    let mut killed_at_renames = 0;
    for (syscalls, n) in points {
        let site = edited_site();
        let inject = format!("inject={syscalls}:signal=SIGKILL:when={n}");
        let outcome = build_under_strace(
            &site,
            strace,
            &["-e", &format!("trace={syscalls}"), "-e", &inject],
        );
        let at = format!("killed at {syscalls} #{n}");
        if outcome.code == Some(0) {
            // Fewer such calls than `n`: the build ran to its end.
            assert!(new == site.snapshot("public"), "{at}: completed");
            continue;
        }
        assert_eq!(
            outcome.code, None,
            "{at}: killed by a signal\n{}",
            outcome.stderr
        );
        killed_at_renames += usize::from(renames.contains(&syscalls));
        let after_kill = site.snapshot("public");
        assert!(
            after_kill == old || after_kill == new,
            "{at}: public/ holds a whole site"
        );
        // A failing build changes nothing, even with a killed build's leftovers around.
        let site = site.write("content/terms/2026-01-01.fr.md", "---\nsumary: typo\n---\n");
        site.run(&["build", "--today", TODAY])
            .code(1)
            .stderr_has("the output folder was left as it was");
        assert!(
            after_kill == site.snapshot("public"),
            "{at}: the failing build kept it"
        );
        // A good build publishes the new site whole, and nothing is left beside it.
        let site = site.write(
            "content/terms/2026-01-01.fr.md",
            std::fs::read(fixture_path("two-locales").join("content/terms/2026-01-01.fr.md"))
                .expect("the fixture's text"),
        );
        site.build(TODAY);
        assert!(new == site.snapshot("public"), "{at}: the next build");
        assert_eq!(leftovers(site.root()), Vec::<String>::new(), "{at}");
    }
    assert!(
        killed_at_renames >= 2,
        "the lock's rename and the swap were both hit"
    );
}

/// With redline.lock impossible to write, nothing goes live: a text is never published
/// without being recorded.
#[test]
fn a_build_that_cannot_record_its_texts_publishes_nothing() {
    let Some(strace) = strace() else { return };
    let site = edited_site();
    let before = site.snapshot("public");
    let lock = site.read("redline.lock");
    let lock_temporary = site.root().join(".redline.lock.tmp");
    let outcome = build_under_strace(
        &site,
        strace,
        &[
            "-P",
            &lock_temporary.to_string_lossy(),
            "-e",
            "trace=open,openat",
            "-e",
            "inject=open,openat:error=EACCES",
        ],
    )
    .code(1)
    .stderr_has("redline.lock")
    .stderr_has("the output folder was left as it was");
    assert!(
        outcome.stderr.contains("Permission denied"),
        "{}",
        outcome.stderr
    );
    assert!(
        before == site.snapshot("public"),
        "the new site was not swapped in"
    );
    assert_eq!(lock, site.read("redline.lock"));
    assert_eq!(leftovers(site.root()), Vec::<String>::new());
}

/// A small file system of its own, unmounted when dropped.
struct SmallDisk(std::path::PathBuf);

impl SmallDisk {
    /// Mounts a tmpfs of `size` at `path`; `None` where this user may not mount.
    fn mount(path: &Path, size: &str) -> Option<SmallDisk> {
        std::fs::create_dir_all(path).expect("create the mount point");
        let mounted = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(path)
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if mounted {
            return Some(SmallDisk(path.to_path_buf()));
        }
        assert!(
            std::env::var_os("CI").is_none(),
            "CI runs as root and must be able to mount a tmpfs"
        );
        eprintln!("skipped: this user cannot mount a small file system");
        None
    }

    fn make_read_only(&self) {
        let remounted = std::process::Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(&self.0)
            .status()
            .is_ok_and(|s| s.success());
        assert!(remounted, "remount {} read-only", self.0.display());
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg("-l")
            .arg(&self.0)
            .status();
    }
}

/// A full disk while the site is written: a clear error naming the file, and the published
/// site stays as it was.
#[test]
fn a_full_disk_fails_the_build_and_keeps_the_published_site() {
    let site = SiteTest::fixture("two-locales");
    let Some(_disk) = SmallDisk::mount(&site.root().join("disk"), "1m") else {
        return;
    };
    let build = ["build", "--today", TODAY, "--output", "disk/public"];
    site.run(&build).success();
    let before = site.snapshot("disk/public");
    // Fill the disk until half a site's room is left: no room for a second copy.
    let free = |path: &Path| {
        let stats = rustix::fs::statvfs(path).expect("statvfs");
        stats.f_bavail * stats.f_frsize
    };
    let disk = site.root().join("disk");
    let site_size = 1024 * 1024 - free(&disk);
    let filler = usize::try_from(free(&disk) - site_size / 2).expect("a size");
    let site = site
        .write("disk/filler", vec![0u8; filler])
        .write(NEW_VERSION, NEW_TEXT);
    site.run(&build)
        .code(1)
        .stderr_has("No space left on device")
        .stderr_has("the output folder was left as it was");
    assert!(before == site.snapshot("disk/public"));
    assert_eq!(leftovers(&site.root().join("disk")), Vec::<String>::new());
    // With room again, the next build publishes.
    let site = site.remove("disk/filler");
    site.run(&build).success();
    assert!(before != site.snapshot("disk/public"));
}

/// Once the new site is swapped in, the build has published: an old copy that cannot be
/// deleted is a warning, not a failure that would say the output was left as it was.
#[test]
fn an_old_copy_that_cannot_be_deleted_is_a_warning_after_publishing() {
    let Some(strace) = strace() else { return };
    let (_, new) = old_and_new_sites();
    let site = edited_site();
    let staging = site.root().join(".public.redline-staging");
    build_under_strace(
        &site,
        strace,
        &[
            "-P",
            &staging.to_string_lossy(),
            "-e",
            "trace=rmdir",
            "-e",
            "inject=rmdir:error=EACCES",
        ],
    )
    .success()
    .stderr_has(".public.redline-staging: warning: the new site is published, but the old copy could not be removed");
    assert!(new == site.snapshot("public"));
    // The next build removes what was left.
    site.build(TODAY);
    assert_eq!(leftovers(site.root()), Vec::<String>::new());
}

/// Builds of one site into different outputs each publish a whole site, and redline.lock, which
/// they all write, stays whole: a site-wide lock makes them take turns.
#[test]
fn builds_of_one_site_into_different_outputs_take_turns() {
    let site = edited_site().remove("redline.lock");
    for round in 0..20 {
        let builds: Vec<Vec<String>> = (0..4)
            .map(|n| {
                ["build", "--today", TODAY, "--output", &format!("out-{n}")]
                    .map(String::from)
                    .to_vec()
            })
            .collect();
        builds_at_once(&site, &builds, round);
        let first = site.snapshot("out-0");
        for n in 1..4 {
            assert!(
                first == site.snapshot(&format!("out-{n}")),
                "round {round}: out-{n}"
            );
        }
        site.run(&["build", "--today", TODAY, "--locked", "--output", "out-0"])
            .success();
        assert!(!site.exists(".redline-build-lock"), "round {round}");
        std::fs::remove_file(site.root().join("redline.lock"))
            .expect("start the next round without redline.lock");
    }
}

/// A read-only checkout, as some CI systems mount one, builds `--locked` into a writable
/// output: no build can change redline.lock there, so none needs the site-wide lock.
#[test]
fn a_read_only_site_builds_locked_into_a_writable_output() {
    let container = SiteTest::empty();
    let Some(disk) = SmallDisk::mount(&container.root().join("site"), "4m") else {
        return;
    };
    copy_tree(&fixture_path("two-locales"), &container.root().join("site"));
    let build = [
        "build", "--root", "site", "--today", TODAY, "--output", "out",
    ];
    container.run(&build).success();
    disk.make_read_only();
    let locked = [&build[..], &["--locked"]].concat();
    container.run(&locked).success();
    assert!(container.exists("out/en/privacy/index.html"));
    assert_eq!(leftovers(container.root()), Vec::<String>::new());
}
