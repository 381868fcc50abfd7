//! `redline.lock` works like Cargo.lock (issue 5, point 2; issue 13, points 7, 8, 9 and 12):
//! it records every version file, upcoming ones included; an entry freezes once its version is
//! published by the clock (`SOURCE_DATE_EPOCH` plays it here); a frozen text changes only through
//! a valid erratum, and the lock keeps every text it has had; `build --locked` fails instead of
//! changing the file; `check` reports a file that is out of date.
//!
//! On the two-locales fixture, redline.lock's 11-line header is followed by privacy 2025-01-01
//! en (line 12) and fr, privacy 2026-02-01 en, privacy 2026-09-01 en (upcoming, line 15), then
//! terms 2026-01-01 en (line 16) and fr (line 17).

use crate::support::SiteTest;

const TODAY: &str = "2026-06-01";
const UPCOMING: &str = "content/privacy/2026-09-01.en.md";
const TERMS: &str = "content/terms/2026-01-01.en.md";

/// The fixture on `TODAY`, by the clock too.
fn site() -> SiteTest {
    SiteTest::fixture("two-locales").clock(TODAY)
}

fn hash_of(site: &SiteTest, path: &str) -> String {
    blake3::hash(site.read(path).as_bytes())
        .to_hex()
        .to_string()
}

/// redline.lock without its header comment.
fn entries(site: &SiteTest) -> Vec<String> {
    site.read("redline.lock")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

const EDITED_UPCOMING: &str = "---\ntitle: Privacy Policy\nsummary: Names our new data protection officer.\n---\n## Your rights {#rights}\n\nYou may ask for a copy of your data, and for its erasure.\n\n## Contact\n\nWrite to Ada Lovelace, our data protection officer.\n";

#[test]
fn every_version_file_is_recorded_upcoming_ones_included() {
    let site = site();
    let outcome = site.build(TODAY);
    assert!(
        outcome.stdout.contains("redline.lock"),
        "{}",
        outcome.stdout
    );
    let keys: Vec<String> = entries(&site)
        .iter()
        .map(|l| l.rsplitn(2, ' ').last().unwrap_or("").to_string())
        .collect();
    assert_eq!(
        keys,
        [
            "privacy 2025-01-01 en",
            "privacy 2025-01-01 fr",
            "privacy 2026-02-01 en",
            "privacy 2026-09-01 en",
            "terms 2026-01-01 en",
            "terms 2026-01-01 fr"
        ],
        "sorted, the upcoming 2026-09-01 included"
    );
    let lock = site.read("redline.lock");
    let terms_fr = hash_of(&site, "content/terms/2026-01-01.fr.md");
    assert!(
        lock.contains(&format!("\nterms 2026-01-01 fr blake3:{terms_fr}\n")),
        "{lock}"
    );
    assert!(
        lock.starts_with("# redline.lock:") && lock.contains("erratum:<n> <date>"),
        "the header documents the format: {lock}"
    );
    // Nothing changed: the file is left as it is.
    let outcome = site.build(TODAY);
    assert!(
        !outcome.stdout.contains("redline.lock"),
        "{}",
        outcome.stdout
    );
    assert_eq!(site.read("redline.lock"), lock);
}

#[test]
fn edits_of_upcoming_texts_and_removed_upcoming_files_update_the_lock() {
    let site = site();
    site.build(TODAY);
    let site = site.write(UPCOMING, EDITED_UPCOMING);
    site.build(TODAY);
    let hash = hash_of(&site, UPCOMING);
    assert!(
        entries(&site).contains(&format!("privacy 2026-09-01 en blake3:{hash}")),
        "the new text replaces the old one: {:?}",
        entries(&site)
    );
    assert_eq!(entries(&site).len(), 6);
    let site = site.remove(UPCOMING);
    site.build(TODAY);
    assert!(
        !site.read("redline.lock").contains("privacy 2026-09-01"),
        "an upcoming file that is gone leaves the lock"
    );
}

/// Issue 13, point 7: a build with a later `--today` is a preview and freezes nothing.
#[test]
fn a_preview_freezes_nothing() {
    let site = site();
    site.build(TODAY);
    site.run(&["build", "--today", "2026-09-01", "--output", "preview"])
        .success();
    assert!(site.exists("preview/en/privacy/2026-09-01/index.html"));
    // Still upcoming by the clock: its text may change, and the real build records it.
    let site = site.write(UPCOMING, EDITED_UPCOMING);
    site.build(TODAY);
    let committed = site.read("redline.lock");
    // On its effective date, CI's locked build publishes it with no new commit.
    let site = site.clock("2026-09-01");
    site.run(&["build", "--locked"]).success();
    assert_eq!(site.read("redline.lock"), committed);
    assert!(
        site.read("public/en/privacy/index.html")
            .contains("Ada Lovelace"),
        "the edited text is in force"
    );
}

/// Issue 13, point 8: CI builds with `--locked`, which never changes redline.lock.
#[test]
fn locked_fails_instead_of_changing_the_lock() {
    let site = site();
    site.run(&["build", "--locked"])
        .code(1)
        .error_line("redline.lock: error: redline.lock is missing")
        .stderr_has("run `redline build` on your machine and commit redline.lock");
    assert!(!site.exists("redline.lock"));
    assert!(!site.exists("public"), "nothing is published");
    site.build(TODAY);
    let committed = site.read("redline.lock");
    let published = site.snapshot("public");
    let site = site.write(UPCOMING, EDITED_UPCOMING).write(
        "content/terms/2026-07-01.en.md",
        "---\ntitle: Terms of Service\nsummary: No more cookies.\n---\n## Cookies\n\nNone.\n",
    );
    site.run(&["build", "--locked"])
        .code(1)
        .error_line("redline.lock:15:1: error: redline.lock records another text of content/privacy/2026-09-01.en.md (upcoming, in force from 2026-09-01)")
        .error_line("redline.lock: error: redline.lock does not record content/terms/2026-07-01.en.md")
        .stderr_has("--locked never changes redline.lock");
    assert_eq!(site.read("redline.lock"), committed);
    assert_eq!(site.snapshot("public"), published);
    // Recorded and committed, the same sources pass.
    site.build(TODAY);
    site.run(&["build", "--locked"]).success();
}

/// Issue 13, point 8: the lock already holds the upcoming text, so its date needs no commit;
/// from that date on the text is frozen.
#[test]
fn an_effective_date_needs_no_new_commit_and_freezes_the_text() {
    let site = site();
    site.build(TODAY);
    let committed = site.read("redline.lock");
    let site = site.clock("2026-09-01");
    site.run(&["build", "--locked"]).success();
    let checked = site.run(&["check"]).success();
    assert!(
        !checked.stderr.contains("redline.lock"),
        "the lock is up to date: {}",
        checked.stderr
    );
    assert_eq!(site.read("redline.lock"), committed);
    let site = site.clock("2026-09-02").write(UPCOMING, EDITED_UPCOMING);
    for args in [&["build"][..], &["build", "--locked"], &["check"]] {
        site.run(args)
            .code(1)
            .error_line("content/privacy/2026-09-01.en.md: error: version 2026-09-01 of `privacy` was published with another text (redline.lock line 15)");
    }
}

/// A build that looks at an earlier day shows a published version as upcoming, but neither
/// accepts an edit of it nor rewrites what redline.lock says of it.
#[test]
fn an_earlier_today_does_not_unfreeze_a_published_text() {
    let site = site();
    site.build(TODAY);
    // The clock has published the 2026-09-01 version; its text is then edited.
    let site = site.clock("2026-09-02").write(UPCOMING, EDITED_UPCOMING);
    let committed = site.read("redline.lock");
    let before = site.snapshot("public");
    // A build as of an earlier day must not publish the edit at the version's permalink.
    for args in [&["build", "--today", TODAY][..], &["build"]] {
        site.run(args)
            .code(1)
            .stderr_has("version 2026-09-01 of `privacy` was published with another text");
    }
    assert_eq!(site.read("redline.lock"), committed);
    assert!(before == site.snapshot("public"));
}

/// Issue 13, point 8: `check` says when redline.lock is out of date, and never writes it.
#[test]
fn check_reports_an_out_of_date_lock() {
    let site = site();
    site.run(&["check"])
        .success()
        .error_line("redline.lock: warning: redline.lock is missing");
    site.run(&["check", "--strict"])
        .code(1)
        .error_line("redline.lock: error: redline.lock is missing");
    assert!(!site.exists("redline.lock"), "check never writes the lock");
    site.build(TODAY);
    let site = site.write(UPCOMING, EDITED_UPCOMING);
    let committed = site.read("redline.lock");
    site.run(&["check"])
        .success()
        .error_line("redline.lock:15:1: warning: redline.lock records another text of content/privacy/2026-09-01.en.md")
        .stderr_has("run `redline build` to bring redline.lock up to date, and commit it");
    site.run(&["check", "--strict"])
        .code(1)
        .error_line("redline.lock:15:1: error: redline.lock records another text of content/privacy/2026-09-01.en.md");
    assert_eq!(site.read("redline.lock"), committed);
    let site = site.remove(UPCOMING);
    site.run(&["check"])
        .success()
        .error_line("redline.lock:15:1: warning: redline.lock records content/privacy/2026-09-01.en.md, which is gone (it was upcoming)");
}

#[test]
fn a_changed_published_text_fails_build_and_check() {
    let site = site();
    site.build(TODAY);
    let before = site.snapshot("public");
    let lock = site.read("redline.lock");
    let site = site.write(
        TERMS,
        "---\ntitle: Terms of Service\n---\n## Cookies\n\nWe use no cookies at all.\n",
    );
    for command in ["build", "check"] {
        site.run(&[command])
            .code(1)
            .error_line("content/terms/2026-01-01.en.md: error: version 2026-01-01 of `terms` was published with another text (redline.lock line 16)")
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

/// Issue 13, point 12: the help fits the case. A policy's only published text may be the one a
/// site never deployed; a text with a later version published was certainly read.
#[test]
fn the_help_fits_the_changed_text() {
    let site = site();
    site.build(TODAY);
    let site = site
        .write(
            TERMS,
            "---\ntitle: Terms of Service\n---\n## Cookies\n\nNone.\n",
        )
        .write(
            "content/privacy/2025-01-01.en.md",
            "---\ntitle: Privacy Policy\n---\n## Your rights {#rights}\n\nNone.\n",
        );
    let outcome = site.run(&["build"]).code(1);
    let help_after = |file: &str| -> String {
        let lines: Vec<&str> = outcome.stderr.lines().collect();
        let at = lines
            .iter()
            .position(|l| l.starts_with(file))
            .unwrap_or_else(|| panic!("no error for {file}:\n{}", outcome.stderr));
        lines.get(at + 1).unwrap_or(&"").to_string()
    };
    let terms = help_after(TERMS);
    assert!(
        terms.contains("if this site has never been deployed")
            && terms.contains("remove line 16 of redline.lock"),
        "{terms}"
    );
    let privacy = help_after("content/privacy/2025-01-01.en.md");
    assert!(privacy.contains("redline new privacy"), "{privacy}");
    assert!(!privacy.contains("never been deployed"), "{privacy}");
}

/// Issue 13, point 9: an erratum is dated from the version's date to today and says what it
/// corrected; each problem points at its line.
#[test]
fn errata_are_validated_at_their_line() {
    let site = site();
    site.build(TODAY);
    let site = site.write(
        TERMS,
        "---\ntitle: Terms of Service\nerrata:\n  - date: 2099-01-01\n    note: Fixed a typo.\n  - date: 2025-12-31\n    note: Fixed another typo.\n  - date: 2026-05-20\n    note: \"  \"\n---\n## Cookies\n\nWe use biscuits.\n",
    );
    for command in ["build", "check"] {
        site.run(&[command])
            .code(1)
            .error_line("content/terms/2026-01-01.en.md:4:11: error: erratum 1 is dated 2099-01-01, after today (2026-06-01)")
            .error_line("content/terms/2026-01-01.en.md:6:11: error: erratum 2 is dated 2025-12-31, before the version it corrects took effect (2026-01-01)")
            .error_line("content/terms/2026-01-01.en.md:9:11: error: erratum 3 has an empty note")
            .stderr_has("date the erratum the day the text was corrected, from 2026-01-01 to 2026-06-01");
    }
    // A preview's later `--today` does not let an erratum from the future through.
    site.run(&["build", "--today", "2099-06-01", "--output", "preview"])
        .code(1)
        .stderr_has("erratum 1 is dated 2099-01-01, after today (2026-06-01)");
    // An upcoming version is edited, not corrected.
    let site = site.write(
        UPCOMING,
        "---\ntitle: Privacy Policy\nerrata:\n  - date: 2026-05-01\n    note: Typo.\n---\n## Your rights {#rights}\n\nNone.\n",
    );
    site.run(&["build"])
        .code(1)
        .error_line("content/privacy/2026-09-01.en.md:4:11: error: erratum 1 corrects version 2026-09-01, which is not published yet")
        .stderr_has("edit the text directly");
}

/// Issue 13, point 9: redline.lock keeps every text a published file has had, each later one
/// with the erratum that allowed it.
#[test]
fn the_lock_keeps_every_text_a_published_file_has_had() {
    let site = site();
    site.build(TODAY);
    let original = hash_of(&site, TERMS);
    let corrected = "---\ntitle: Terms of Service\nerrata:\n  - date: 2026-05-20\n    note: Fixed a typo in the cookie section.\n---\n## Cookies\n\nWe use cookies.\n\n";
    let site = site.write(TERMS, corrected);
    // Recorded by the next build, not before: check and --locked say so.
    site.run(&["build", "--locked"])
        .code(1)
        .error_line("redline.lock:16:1: error: redline.lock does not record the text of content/terms/2026-01-01.en.md corrected by its erratum 1");
    site.build(TODAY);
    let first = hash_of(&site, TERMS);
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
    let site = site.write(TERMS, corrected.replace("cookies.", "biscuits."));
    site.run(&["build"])
        .code(1)
        .stderr_has("was published with another text (redline.lock line 17)");
    // A second erratum lengthens the chain.
    let twice = corrected.replace(
        "  - date: 2026-05-20\n    note: Fixed a typo in the cookie section.\n",
        "  - date: 2026-05-20\n    note: Fixed a typo in the cookie section.\n  - date: 2026-06-01\n    note: Named the cookies.\n",
    ).replace("We use cookies.", "We use session cookies.");
    let site = site.write(TERMS, twice);
    site.build(TODAY);
    let second = hash_of(&site, TERMS);
    let terms: Vec<String> = entries(&site)
        .into_iter()
        .filter(|l| l.starts_with("terms 2026-01-01 en "))
        .collect();
    assert_eq!(
        terms,
        [
            format!("terms 2026-01-01 en blake3:{original}"),
            format!("terms 2026-01-01 en blake3:{first} erratum:1 2026-05-20"),
            format!("terms 2026-01-01 en blake3:{second} erratum:2 2026-06-01"),
        ]
    );
}

/// A site's committed redline.lock of the older format (`… errata:<n>`) keeps protecting its
/// texts, and is rewritten by the next build.
#[test]
fn an_older_lock_is_read_and_rewritten() {
    let site = site();
    let old: String = [
        "privacy 2025-01-01 en",
        "privacy 2025-01-01 fr",
        "privacy 2026-02-01 en",
        "terms 2026-01-01 fr",
    ]
    .iter()
    .map(|key| {
        let mut parts = key.split(' ');
        let (policy, date, locale) = (
            parts.next().unwrap_or(""),
            parts.next().unwrap_or(""),
            parts.next().unwrap_or(""),
        );
        let hash = hash_of(&site, &format!("content/{policy}/{date}.{locale}.md"));
        format!("{key} blake3:{hash} errata:0\n")
    })
    .collect();
    // terms en was corrected once, as this very text.
    let corrected = "---\ntitle: Terms of Service\nerrata:\n  - date: 2026-05-20\n    note: Fixed a typo.\n---\n## Cookies\n\nWe use cookies.\n";
    let site = site.write(TERMS, corrected);
    let hash = hash_of(&site, TERMS);
    let old = format!(
        "# redline.lock: the fingerprint of every published text\n{old}terms 2026-01-01 en blake3:{hash} errata:1\n"
    );
    let site = site.write("redline.lock", &old);
    site.run(&["build", "--locked"])
        .code(1)
        .error_line("redline.lock:1:1: error: redline.lock is in the format of an older redline");
    site.run(&["check"])
        .success()
        .error_line("redline.lock:1:1: warning: redline.lock is in the format of an older redline");
    let edited = site.write(TERMS, corrected.replace("cookies.", "biscuits."));
    edited.run(&["build"]).code(1).stderr_has(
        "version 2026-01-01 of `terms` was published with another text (redline.lock line 6)",
    );
    let site = edited.write(TERMS, corrected);
    site.build(TODAY);
    assert!(
        entries(&site).contains(&format!(
            "terms 2026-01-01 en blake3:{hash} erratum:1 2026-05-20"
        )),
        "{:?}",
        entries(&site)
    );
    assert!(!site.read("redline.lock").contains("errata:"));
    site.run(&["build", "--locked"]).success();
}

#[test]
fn a_deleted_published_text_and_a_damaged_lock_are_errors() {
    let site = site();
    site.build(TODAY);
    let site = site.remove("content/terms/2026-01-01.fr.md");
    site.run(&["build"]).code(1).error_line(
        "redline.lock:17:1: error: content/terms/2026-01-01.fr.md was published and is gone",
    );
    let site = SiteTest::fixture("two-locales")
        .clock(TODAY)
        .write("redline.lock", "privacy 2025-01-01 en not-a-hash\n");
    site.run(&["build"])
        .code(1)
        .error_line("redline.lock:1:1: error: this line is not");
}

/// Issue 13, point 6: the lock is written through a fresh temporary file, never through a
/// symlink left or planted in its place.
#[cfg(unix)]
#[test]
fn a_planted_symlink_at_the_temporary_file_is_not_followed() {
    let site = site().write("victim.txt", "keep me\n");
    std::os::unix::fs::symlink(
        site.root().join("victim.txt"),
        site.root().join(".redline.lock.tmp"),
    )
    .expect("plant a symlink");
    site.build(TODAY);
    assert_eq!(site.read("victim.txt"), "keep me\n");
    assert!(site.read("redline.lock").contains("terms 2026-01-01 en"));
    assert!(!site.exists(".redline.lock.tmp"));
}

/// Issue 14, "Errors are strings": the lock and the Fluent files do not stop the run before the
/// texts are rendered; one run reports the problems of every stage, and publishes nothing.
#[test]
fn one_run_reports_the_lock_fluent_and_markdown_problems_together() {
    let site = site();
    site.build(TODAY);
    let before = site.snapshot("public");
    let lock = site.read("redline.lock");
    let site = site
        .write(
            TERMS,
            "---\ntitle: Terms of Service\n---\n## Cookies\n\nWe use no cookies at all.\n",
        )
        .write(
            UPCOMING,
            "---\ntitle: Privacy Policy\n---\n## Your rights\n\n<script>alert(1)</script>\n",
        )
        .write("locales/fr.ftl", "skip-to-content = { -no-such-term }\n");
    for command in ["build", "check"] {
        site.run(&[command, "--today", TODAY])
            .code(1)
            .error_line("content/terms/2026-01-01.en.md: error: version 2026-01-01 of `terms` was published with another text")
            .error_line("content/privacy/2026-09-01.en.md:6:1: error: raw HTML is not allowed")
            .error_line("locales/fr.ftl:1:1: error: the message `skip-to-content` cannot be formatted");
    }
    assert_eq!(before, site.snapshot("public"), "nothing is published");
    assert_eq!(lock, site.read("redline.lock"));
}

/// Issue 14: a policy whose file does not load does not hide the Markdown problems of the
/// others, and its recorded files are not "gone" from the lock.
#[test]
fn a_policy_that_does_not_load_hides_no_other_problem() {
    let site = site();
    site.build(TODAY);
    let before = site.snapshot("public");
    let lock = site.read("redline.lock");
    let site = site
        .write(TERMS, "---\ntitle: Terms\nsumary: oops\n---\nText\n")
        .write(
            UPCOMING,
            "---\ntitle: Privacy Policy\n---\n## Your rights\n\n<script>alert(1)</script>\n",
        );
    for command in ["build", "check"] {
        let outcome = site
            .run(&[command, "--today", TODAY])
            .code(1)
            .error_line("content/terms/2026-01-01.en.md:3:1: error: unknown field `sumary`")
            .error_line("content/privacy/2026-09-01.en.md:6:1: error: raw HTML is not allowed");
        assert!(
            !outcome.stderr.contains("gone") && !outcome.stderr.contains("link"),
            "a policy that did not load is blamed elsewhere:\n{}",
            outcome.stderr
        );
    }
    assert_eq!(before, site.snapshot("public"), "nothing is published");
    assert_eq!(lock, site.read("redline.lock"));
}

/// Issue 14: a Fluent file that does not parse (so no page can be rendered) does not hide a
/// changed published text.
#[test]
fn a_fluent_syntax_error_does_not_hide_the_lock() {
    let site = site();
    site.build(TODAY);
    let site = site
        .write(
            TERMS,
            "---\ntitle: Terms of Service\n---\n## Cookies\n\nWe use no cookies at all.\n",
        )
        .write("locales/fr.ftl", "skip-to-content = Aller\n= broken\n");
    for command in ["build", "check"] {
        site.run(&[command, "--today", TODAY])
            .code(1)
            .error_line("locales/fr.ftl:2:1: error: Fluent syntax")
            .error_line("content/terms/2026-01-01.en.md: error: version 2026-01-01 of `terms` was published with another text");
    }
}
