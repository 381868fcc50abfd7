//! Reading and writing redline.lock: chains, announcements, the older format, damage.

use super::*;

const HASH_A: &str = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const HASH_B: &str = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

#[test]
fn an_announcement_reads_back_as_written_after_the_texts() {
    let text =
        format!("cookies 2027-03-01 announced:2026-11-20\ncookies 2027-03-01 en blake3:{HASH_A}\n");
    let lock = parse_lock(&text).expect("a valid lock");
    assert_eq!(
        lock.render().strip_prefix(HEADER),
        Some(
            format!(
                "cookies 2027-03-01 en blake3:{HASH_A}\ncookies 2027-03-01 announced:2026-11-20\n"
            )
            .as_str()
        )
    );
    let repeated = format!("{text}cookies 2027-03-01 announced:2026-11-21\n");
    let problems = parse_lock(&repeated).expect_err("one announcement per version");
    assert!(matches!(
        problems[0].problem::<LockError>(),
        Some(LockError::RepeatedLine { first: 1 })
    ));
}

#[test]
fn a_chain_reads_back_as_written() {
    let text = format!(
        "# comment\nterms 2026-01-01 en blake3:{HASH_B} erratum:1 2026-03-10\nterms 2026-01-01 en blake3:{HASH_A}\nprivacy 2026-09-01 fr blake3:{HASH_A}\n"
    );
    let lock = parse_lock(&text).unwrap();
    assert!(!lock.older_format);
    let rendered = lock.render();
    let body: Vec<&str> = rendered.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(
        body,
        [
            format!("privacy 2026-09-01 fr blake3:{HASH_A}"),
            format!("terms 2026-01-01 en blake3:{HASH_A}"),
            format!("terms 2026-01-01 en blake3:{HASH_B} erratum:1 2026-03-10"),
        ]
    );
    assert_eq!(parse_lock(&rendered).unwrap(), lock);
}

#[test]
fn the_older_format_is_read() {
    let lock = parse_lock(&format!(
        "privacy 2025-06-01 en blake3:{HASH_A} errata:0\nterms 2026-01-01 en blake3:{HASH_B} errata:2\n"
    ))
    .unwrap();
    assert!(lock.older_format);
    let terms = &lock.entries[&(
        "terms".to_string(),
        Date::parse("2026-01-01").unwrap(),
        "en".to_string(),
    )];
    assert_eq!(
        (terms[0].errata, terms[0].corrected, terms[0].line),
        (2, None, 2)
    );
}

#[test]
fn damaged_and_repeated_lines_are_errors_with_their_line() {
    for (text, line) in [
        ("privacy 2025-01-01 en not-a-hash\n".to_string(), 1),
        (
            format!("privacy 2025-01-01 en blake3:{HASH_A} erratum:0 2025-02-01\n"),
            1,
        ),
        (
            format!("privacy 2025-01-01 en blake3:{HASH_A} erratum:x\n"),
            1,
        ),
        (
            format!("\nprivacy 2025-01-01 en blake3:{}\n", &HASH_A[1..]),
            2,
        ),
        (
            format!(
                "privacy 2025-01-01 en blake3:{HASH_A}\nprivacy 2025-01-01 en blake3:{HASH_B}\n"
            ),
            2,
        ),
    ] {
        let problems = parse_lock(&text).unwrap_err();
        assert_eq!(problems[0].line, Some(line), "{text}: {problems:?}");
        assert!(
            matches!(
                problems[0].problem(),
                Some(LockError::DamagedLine | LockError::RepeatedLine { first: 1 })
            ),
            "{}",
            problems[0]
        );
    }
}
