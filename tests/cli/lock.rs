//! `redline.lock` (issue 5, point 2): published texts are recorded on first publication and
//! never change silently; upcoming ones change freely; errata are the recorded way to correct.

use crate::support::SiteTest;

const TODAY: &str = "2026-06-01";

#[test]
fn the_first_build_records_every_published_text_and_only_those() {
    let site = SiteTest::fixture("two-locales");
    let outcome = site.build(TODAY);
    assert!(
        outcome.stdout.contains("redline.lock"),
        "{}",
        outcome.stdout
    );
    let lock = site.read("redline.lock");
    let entries: Vec<&str> = lock
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.rsplitn(3, ' ').last().unwrap_or(""))
        .collect();
    assert_eq!(
        entries,
        [
            "privacy 2025-01-01 en",
            "privacy 2025-01-01 fr",
            "privacy 2026-02-01 en",
            "terms 2026-01-01 en",
            "terms 2026-01-01 fr"
        ],
        "sorted; the upcoming 2026-09-01 is not recorded"
    );
    let hash = blake3::hash(
        &std::fs::read(site.root().join("content/terms/2026-01-01.fr.md")).expect("read"),
    )
    .to_hex()
    .to_string();
    assert!(
        lock.contains(&format!("terms 2026-01-01 fr blake3:{hash} errata:0")),
        "{lock}"
    );
    // Nothing new to record: the file is left as it is.
    let outcome = site.build(TODAY);
    assert!(
        !outcome.stdout.contains("redline.lock"),
        "{}",
        outcome.stdout
    );
    assert_eq!(site.read("redline.lock"), lock);
    // On its date, the upcoming version is published and recorded.
    site.build("2026-09-01");
    assert!(
        site.read("redline.lock")
            .contains("privacy 2026-09-01 en blake3:")
    );
}

#[test]
fn a_changed_published_text_fails_build_and_check() {
    let site = SiteTest::fixture("two-locales");
    site.build(TODAY);
    let before = site.snapshot("public");
    let lock = site.read("redline.lock");
    let site = site.write(
        "content/terms/2026-01-01.en.md",
        "---\ntitle: Terms of Service\n---\n## Cookies\n\nWe use no cookies at all.\n",
    );
    for command in ["build", "check"] {
        site.run(&[command, "--today", TODAY])
            .code(1)
            .error_line("content/terms/2026-01-01.en.md: error: version 2026-01-01 of `terms` was published with another text (redline.lock line 7)")
            .stderr_has("redline new terms")
            .stderr_has("errata:");
    }
    assert_eq!(
        before,
        site.snapshot("public"),
        "the published site stays as it was"
    );
    assert_eq!(lock, site.read("redline.lock"));
}

#[test]
fn upcoming_versions_change_freely() {
    let site = SiteTest::fixture("two-locales");
    site.build(TODAY);
    let site = site.write("content/privacy/2026-09-01.en.md", "---\ntitle: Privacy Policy\nsummary: Changed before its date.\n---\n## Your rights {#rights}\n\nRewritten.\n");
    site.build(TODAY);
}

#[test]
fn an_erratum_is_the_recorded_way_to_correct_a_published_text() {
    let site = SiteTest::fixture("two-locales");
    site.build(TODAY);
    let corrected = "---\ntitle: Terms of Service\nerrata:\n  - date: 2026-05-20\n    note: Fixed a typo in the cookie section.\n---\n## Cookies\n\nWe use cookies.\n\n";
    let site = site.write("content/terms/2026-01-01.en.md", corrected);
    site.build(TODAY);
    let hash = blake3::hash(corrected.as_bytes()).to_hex().to_string();
    assert!(
        site.read("redline.lock")
            .contains(&format!("terms 2026-01-01 en blake3:{hash} errata:1"))
    );
    let history = site.html("public/en/terms/history/index.html");
    assert_eq!(
        history.text(".errata li"),
        "Corrected on May 20, 2026: Fixed a typo in the cookie section."
    );
    let page = site.html("public/en/terms/index.html");
    assert_eq!(
        page.text(".policy-header .errata li"),
        "Corrected on May 20, 2026: Fixed a typo in the cookie section."
    );
    // Editing again without another erratum is refused.
    let site = site.write(
        "content/terms/2026-01-01.en.md",
        corrected.replace("cookies.", "biscuits."),
    );
    site.run(&["build", "--today", TODAY])
        .code(1)
        .stderr_has("was published with another text");
}

#[test]
fn a_deleted_published_text_and_a_damaged_lock_are_errors() {
    let site = SiteTest::fixture("two-locales");
    site.build(TODAY);
    let site = site.remove("content/terms/2026-01-01.fr.md");
    site.run(&["build", "--today", TODAY]).code(1).error_line(
        "redline.lock:8:1: error: content/terms/2026-01-01.fr.md was published and is gone",
    );
    let site = SiteTest::fixture("two-locales")
        .write("redline.lock", "privacy 2025-01-01 en not-a-hash\n");
    site.run(&["build", "--today", TODAY])
        .code(1)
        .error_line("redline.lock:1:1: error: this line is not");
}
