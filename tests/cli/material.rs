//! Material changes (issue 17, part A): `material`, `announced` and `notice_days`, their
//! errors with file and line, scheduled versions, the marks and policies.json's fields.

use crate::support::{Outcome, SiteTest};

const PRIVACY: &str = "content/privacy/2026-09-01.en.md";

/// The two-locales site, whose privacy policy has an upcoming version on 2026-09-01, with that
/// version's front matter replaced by `front`.
fn upcoming_with(front: &str) -> SiteTest {
    two_locales().write(
        PRIVACY,
        format!(
            "---\ntitle: Privacy Policy\nsummary: Names our new data protection officer.\n{front}---\n## Your rights {{#rights}}\n\nYou may ask for a copy of your data, and for its erasure.\n"
        ),
    )
}

/// The two-locales site, its clock on 2026-06-01.
fn two_locales() -> SiteTest {
    SiteTest::fixture("two-locales").clock("2026-06-01")
}

/// `build` and `check` both fail, and say `expect` on a line starting with `prefix`.
#[track_caller]
fn both_fail(site: &SiteTest, prefix: &str, expect: &[&str]) {
    for args in [&["build", "--today", "2026-06-01"][..], &["check"][..]] {
        let mut outcome: Outcome = site.run(args).code(1).error_line(prefix);
        for text in expect {
            outcome = outcome.stderr_has(text);
        }
    }
}

#[test]
fn a_material_version_needs_the_notice_period() {
    // 20 days of notice; 30 by default.
    let short = upcoming_with("material: true\nannounced: 2026-08-12\n");
    both_fail(
        &short,
        &format!("{PRIVACY}:5:"),
        &[
            "2026-09-01",
            "2026-08-12",
            "20 days",
            "30 days",
            "2026-08-02",
        ],
    );
    // Without `announced` at all.
    let unannounced = upcoming_with("material: true\n");
    both_fail(
        &unannounced,
        &format!("{PRIVACY}:4:11: error:"),
        &["announced", "30 days"],
    );
    // Enough notice builds; policy.yaml's `notice_days` overrides site.yaml's.
    upcoming_with("material: true\nannounced: 2026-08-02\n").build("2026-06-01");
    let site = upcoming_with("material: true\nannounced: 2026-08-12\n").write(
        "site.yaml",
        "title: Example Co\nbase_url: https://example.com/legal/\nnotice_days: 10\n",
    );
    site.build("2026-06-01");
    let site = site.write("content/privacy/policy.yaml", "order: 1\nnotice_days: 45\n");
    both_fail(&site, &format!("{PRIVACY}:5:"), &["45 days"]);
}

#[test]
fn announced_after_the_date_is_an_error_at_its_line() {
    let site = upcoming_with("announced: 2026-09-02\n");
    both_fail(
        &site,
        &format!("{PRIVACY}:4:12: error:"),
        &["2026-09-02", "2026-09-01"],
    );
}

#[test]
fn bad_notice_days_and_material_are_errors_at_their_lines() {
    let base = "title: Example Co\nbase_url: https://example.com/legal/\n";
    for bad in ["-5", "1.5", "soon"] {
        let site = two_locales().write("site.yaml", format!("{base}notice_days: {bad}\n"));
        both_fail(
            &site,
            "site.yaml:3:14: error:",
            &["whole number of 0 or more"],
        );
        let site = two_locales().write(
            "content/privacy/policy.yaml",
            format!("order: 1\nnotice_days: {bad}\n"),
        );
        both_fail(
            &site,
            "content/privacy/policy.yaml:2:14: error:",
            &["whole number of 0 or more"],
        );
    }
    let site = upcoming_with("material: sometimes\n");
    both_fail(
        &site,
        &format!("{PRIVACY}:4:11: error:"),
        &["neither true nor false"],
    );
}

#[test]
fn a_translation_repeats_material_and_announced_only_with_the_same_values() {
    let french = "content/privacy/2026-09-01.fr.md";
    let translated = |front: &str| {
        upcoming_with("material: true\nannounced: 2026-07-01\n").write(
            french,
            format!("---\ntitle: Politique\nsummary: Nouveau délégué.\n{front}---\nTexte.\n"),
        )
    };
    translated("material: true\nannounced: 2026-07-01\n").build("2026-06-01");
    both_fail(
        &translated("material: false\n"),
        &format!("{french}:4:11: error:"),
        &["`material: false`", PRIVACY],
    );
    both_fail(
        &translated("material: true\nannounced: 2026-06-01\n"),
        &format!("{french}:5:12: error:"),
        &["`announced: 2026-06-01`", "2026-07-01", PRIVACY],
    );
}

#[test]
fn a_scheduled_version_is_published_nowhere_until_its_announcement() {
    // Announced on 2026-07-01, with a German translation: German exists only through it.
    let scheduled = upcoming_with("announced: 2026-07-01\n").write(
        "content/privacy/2026-09-01.de.md",
        "---\ntitle: Datenschutz\nsummary: Neuer Datenschutzbeauftragter.\n---\nText.\n",
    );
    scheduled.build("2026-06-01");
    let public = scheduled.snapshot("public");
    for (path, bytes) in &public {
        let text = String::from_utf8_lossy(bytes);
        assert!(
            !path.contains("2026-09-01") && !text.contains("2026-09-01"),
            "{path} shows the scheduled version"
        );
        assert!(
            !path.starts_with("de/"),
            "{path}: German is not published yet"
        );
    }
    // The site is the one without the version at all; the lock still records its files.
    let without = two_locales().remove(PRIVACY);
    without.build("2026-06-01");
    assert_eq!(public, without.snapshot("public"));
    assert!(
        scheduled
            .read("redline.lock")
            .contains("privacy 2026-09-01 de blake3:")
    );
    // `check` says of it only that French lacks it (a translator hears of it before it is
    // announced); `status` lists no German.
    let check = scheduled.run(&["check"]).success();
    let about: Vec<&str> = check
        .stderr
        .lines()
        .filter(|l| l.contains("2026-09-01"))
        .collect();
    assert_eq!(
        about,
        [
            "content/privacy/2026-09-01.en.md: warning: from 2026-09-01, fr readers will see the English text (the version is announced on 2026-07-01)",
            "  help: translate it into content/privacy/2026-09-01.fr.md before 2026-09-01"
        ],
        "{}",
        check.stderr
    );
    let status = scheduled.run(&["status"]).success();
    assert!(!status.stdout.contains(" de "), "{}", status.stdout);

    // From its announcement on, it is upcoming: its permalink, history, sitemap, JSON
    // (the feed has it on its date).
    scheduled.build("2026-07-01");
    assert!(scheduled.exists("public/en/privacy/2026-09-01/index.html"));
    assert!(scheduled.exists("public/de/privacy/2026-09-01/index.html"));
    for file in [
        "public/en/privacy/history/index.html",
        "public/sitemap.xml",
        "public/policies.json",
    ] {
        assert!(scheduled.read(file).contains("2026-09-01"), "{file}");
    }
    // Without `announced` a version is public as soon as it exists, as before.
    let unannounced = upcoming_with("");
    unannounced.build("2026-06-01");
    assert!(unannounced.exists("public/en/privacy/2026-09-01/index.html"));
}

/// The two-locales site with material versions: the current one (2026-02-01) and the upcoming
/// one (2026-09-01), on 2026-06-01.
fn material_site() -> SiteTest {
    upcoming_with("material: true\nannounced: 2026-05-01\n").write(
        "content/privacy/2026-02-01.en.md",
        "---\ntitle: Privacy Policy\nsummary: Adds erasure.\nmaterial: true\nannounced: 2025-12-01\n---\n## Your rights {#rights}\n\nErasure.\n",
    )
}

#[test]
fn history_and_current_pages_mark_material_changes_in_the_readers_language() {
    let site = material_site();
    site.build("2026-06-01");
    for (locale, words) in [
        ("en", "Material change"),
        ("fr", "Modification substantielle"),
    ] {
        let history = site.html(&format!("public/{locale}/privacy/history/index.html"));
        let marks: Vec<String> = history
            .select(".history-entry")
            .iter()
            .map(|entry| {
                entry
                    .select(&scraper::Selector::parse(".material").expect("a selector"))
                    .map(|m| m.text().collect::<String>())
                    .collect()
            })
            .collect();
        // Newest first: 2026-09-01 and 2026-02-01 are material, 2025-01-01 is not.
        assert_eq!(marks, [words, words, ""], "{locale}");
        let current = site.html(&format!("public/{locale}/privacy/index.html"));
        assert_eq!(
            current.text(".policy-header > p.material"),
            words,
            "{locale}"
        );
        assert_eq!(
            current.text(".notice-announcement .material"),
            words,
            "{locale}"
        );
        // A version that is not material carries no mark.
        let first = site.html(&format!("public/{locale}/privacy/2025-01-01/index.html"));
        assert_eq!(first.count(".material"), 0, "{locale}");
    }
}

#[test]
fn the_feed_entry_of_a_material_version_has_the_material_category() {
    let site = material_site();
    site.build("2026-06-01");
    let feed = site.read("public/fr/feed.xml");
    let doc = roxmltree::Document::parse(&feed).expect("well-formed XML");
    let entries: Vec<(String, bool)> = doc
        .descendants()
        .filter(|n| n.has_tag_name("entry"))
        .map(|entry| {
            let published = entry
                .children()
                .find(|c| c.has_tag_name("published"))
                .and_then(|p| p.text())
                .unwrap_or_default()
                .to_string();
            let material = entry
                .children()
                .any(|c| c.has_tag_name("category") && c.attribute("term") == Some("material"));
            (published, material)
        })
        .collect();
    assert_eq!(
        entries,
        [
            ("2026-02-01T00:00:00Z".to_string(), true),
            // The terms, and the privacy policy's first version: not material.
            ("2026-01-01T00:00:00Z".to_string(), false),
            ("2025-01-01T00:00:00Z".to_string(), false),
        ]
    );
}

#[test]
fn policies_json_says_material_announced_and_material_since() {
    let site = material_site();
    let json = |today: &str| -> serde_json::Value {
        site.build(today);
        serde_json::from_str(&site.read("public/policies.json")).expect("JSON")
    };
    let privacy = |manifest: &serde_json::Value| {
        manifest["policies"]
            .as_array()
            .expect("policies")
            .iter()
            .find(|p| p["id"] == "privacy")
            .expect("privacy")
            .clone()
    };
    let manifest = json("2026-06-01");
    let policy = privacy(&manifest);
    let versions: Vec<_> = policy["versions"]
        .as_array()
        .expect("versions")
        .iter()
        .map(|v| {
            (
                v["date"].clone(),
                v["material"]
                    .as_bool()
                    .expect("`material` on every version"),
                v["announced"].clone(),
            )
        })
        .collect();
    assert_eq!(
        versions,
        [
            ("2025-01-01".into(), false, serde_json::Value::Null),
            ("2026-02-01".into(), true, "2025-12-01".into()),
            ("2026-09-01".into(), true, "2026-05-01".into()),
        ]
    );
    assert_eq!(policy["material_since"], "2026-02-01");
    // The upcoming material version counts from its date on.
    assert_eq!(privacy(&json("2026-09-01"))["material_since"], "2026-09-01");
    // Before any material version is in force: none, said as `null`.
    let before = privacy(&json("2026-01-15"));
    assert!(
        before
            .as_object()
            .expect("a policy")
            .contains_key("material_since")
    );
    assert_eq!(before["material_since"], serde_json::Value::Null);
}

/// `redline <args>` with the real clock on `clock` (noon UTC).
fn on_clock(site: &SiteTest, clock: &str, args: &[&str]) -> Outcome {
    let mut command = site.command(crate::support::BIN, args);
    command.env("SOURCE_DATE_EPOCH", crate::support::noon_epoch(clock));
    site.run_command(command)
}

fn recorded_announcement(site: &SiteTest) -> Option<String> {
    site.read("redline.lock")
        .lines()
        .find(|l| l.starts_with("privacy 2026-09-01 announced:"))
        .map(str::to_string)
}

#[test]
fn the_lock_records_an_announcement_and_keeps_it_once_the_clock_reaches_it() {
    // Until the clock reaches it, the record follows the front matter.
    let site = upcoming_with("announced: 2026-07-01\n");
    on_clock(&site, "2026-06-01", &["build"]).success();
    assert_eq!(
        recorded_announcement(&site).as_deref(),
        Some("privacy 2026-09-01 announced:2026-07-01")
    );
    let site = site.write(
        PRIVACY,
        "---\ntitle: Privacy Policy\nannounced: 2026-06-20\n---\nText.\n",
    );
    on_clock(&site, "2026-06-01", &["check"])
        .success()
        .stderr_has("redline.lock records another announcement date of content/privacy/2026-09-01.en.md (not reached yet; now 2026-06-20)");
    on_clock(&site, "2026-06-01", &["build"]).success();
    assert_eq!(
        recorded_announcement(&site).as_deref(),
        Some("privacy 2026-09-01 announced:2026-06-20")
    );
    // `--locked` builds by the clock past that day without a new commit: the line is there.
    on_clock(&site, "2026-06-25", &["build", "--locked"]).success();

    // Once published, moving it back is an error naming the file, its line and the lock's.
    let backdated = site.write(
        PRIVACY,
        "---\ntitle: Privacy Policy\nannounced: 2026-06-10\n---\nText.\n",
    );
    for args in [&["build"][..], &["check"][..]] {
        on_clock(&backdated, "2026-06-25", args)
            .code(1)
            .error_line(&format!("{PRIVACY}:3:12: error:"))
            .stderr_has("was announced on 2026-06-20 (redline.lock line")
            .stderr_has("2026-06-10")
            .stderr_has("announced: 2026-06-20");
    }

    // Moving it forward withdraws nothing: the lock keeps the first date, and the version
    // stays announced on the pages and in policies.json.
    let later = backdated.write(
        PRIVACY,
        "---\ntitle: Privacy Policy\nannounced: 2026-07-15\n---\nText.\n",
    );
    on_clock(&later, "2026-06-25", &["build"]).success();
    assert_eq!(
        recorded_announcement(&later).as_deref(),
        Some("privacy 2026-09-01 announced:2026-06-20")
    );
    let json: serde_json::Value =
        serde_json::from_str(&later.read("public/policies.json")).expect("valid JSON");
    let versions = json["policies"][0]["versions"]
        .as_array()
        .expect("versions");
    let upcoming = versions
        .iter()
        .find(|v| v["date"] == "2026-09-01")
        .expect("still published");
    assert_eq!(upcoming["announced"], "2026-06-20");
    assert!(later.exists("public/en/privacy/2026-09-01/index.html"));
    // `status` counts it as published too, as the pages do.
    let status = on_clock(&later, "2026-06-25", &["status"]).success();
    assert!(
        status
            .stdout
            .contains("from 2026-09-01, fr readers will see the English text")
            && !status.stdout.contains("announced on"),
        "{}",
        status.stdout
    );
    // So does its notice, as the pages have it: readers were told, and may be told again.
    let notice = on_clock(&later, "2026-06-25", &["notice", "privacy"]).success();
    assert!(
        notice.stdout.contains("/en/privacy/2026-09-01/"),
        "{}",
        notice.stdout
    );
}

/// A material version's notice counts from the day readers were told, as redline.lock
/// recorded it: an `announced` moved later afterwards shortens no notice already given.
#[test]
fn the_notice_period_counts_from_the_recorded_announcement() {
    // Version 2026-09-01 needs 30 days of notice; told on 2026-07-01, readers got 62.
    let site = upcoming_with("material: true\nannounced: 2026-07-01\n");
    on_clock(&site, "2026-06-01", &["build"]).success();
    on_clock(&site, "2026-07-02", &["build"]).success();
    let text = site.read(PRIVACY);
    let later = site.write(
        PRIVACY,
        text.replace("announced: 2026-07-01", "announced: 2026-08-20"),
    );
    for args in [&["build"][..], &["check"][..], &["notice", "privacy"][..]] {
        on_clock(&later, "2026-07-10", args).success();
    }
    // Until that day comes, the record follows the front matter: 12 days is too short.
    let early = upcoming_with("material: true\nannounced: 2026-08-20\n");
    for args in [&["build"][..], &["check"][..], &["notice", "privacy"][..]] {
        on_clock(&early, "2026-06-01", args)
            .code(1)
            .error_line(&format!("{PRIVACY}:5:12: error:"))
            .stderr_has("12 days of notice, less than the 30 days required");
    }
}

#[test]
fn an_announcement_the_lock_lacks_fails_a_locked_build() {
    let site = upcoming_with("announced: 2026-07-01\n");
    on_clock(&site, "2026-06-01", &["build"]).success();
    let lock = site.read("redline.lock");
    let without: String = lock
        .lines()
        .filter(|l| !l.contains("announced:"))
        .map(|l| format!("{l}\n"))
        .collect();
    let site = site.write("redline.lock", without);
    on_clock(&site, "2026-06-01", &["build", "--locked"])
        .code(1)
        .stderr_has("redline.lock does not record the announcement of content/privacy/2026-09-01.en.md (2026-07-01)");
}
