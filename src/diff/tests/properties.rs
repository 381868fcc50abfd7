//! Property tests of the redline: random documents, randomly edited, never lose or invent a
//! word on either side, in English and in unspaced scripts.

use super::*;

/// Unspaced scripts, whose words come from ICU's segmenter: Japanese, Chinese and Thai legal
/// vocabulary, written without spaces.
const JAPANESE: &[&str] = &[
    "個人",
    "データ",
    "は",
    "当社",
    "が",
    "保存",
    "します",
    "13",
    "か月",
    "第三者",
    "に",
    "提供",
    "しません",
    "利用者",
    "の",
    "同意",
    "を",
    "得て",
];
const CHINESE: &[&str] = &[
    "个人",
    "数据",
    "我们",
    "保存",
    "十三",
    "个月",
    "第三方",
    "不",
    "会",
    "向",
    "提供",
    "用户",
    "同意",
    "处理",
    "的",
];
const THAI: &[&str] = &[
    "ข้อมูล",
    "ส่วนบุคคล",
    "จะ",
    "ถูก",
    "เก็บ",
    "ไว้",
    "บริษัท",
    "ไม่",
    "เปิดเผย",
    "ต่อ",
    "บุคคลที่สาม",
    "ผู้ใช้",
    "ยินยอม",
];

/// English words, written with spaces.
const ENGLISH: &[&str] = &[
    "we",
    "may",
    "share",
    "your",
    "data",
    "with",
    "the",
    "processor",
    "as",
    "set",
    "out",
    "below",
    "and",
    "must",
    "not",
    "sell",
    "it",
    "to",
    "third",
    "parties",
    "Company",
    "shall",
];

/// A paragraph from a small vocabulary, so the two versions share many words (the diff's
/// hardest case), with some bold and linked words.
fn random_paragraph(rng: &mut Lcg, vocabulary: &[&str]) -> Vec<String> {
    (0..3 + rng.next(25))
        .map(|_| {
            let word = vocabulary[rng.next(vocabulary.len())];
            match rng.next(12) {
                0 => format!("**{word}**"),
                1 => format!("[{word}](../x/)"),
                2 => format!("{word},"),
                _ => word.to_string(),
            }
        })
        .collect()
}

/// The paragraphs as Markdown: some under a heading, some written as a list (three words an
/// item) or a table (two words a row), so edits reach list items and table cells too.
/// `joiner` goes between words: a space, or nothing for unspaced scripts.
fn document_text(paragraphs: &[Vec<String>], joiner: &str) -> String {
    paragraphs
        .iter()
        .enumerate()
        .map(|(i, words)| {
            let heading = if i % 4 == 0 {
                format!("## Part {i}\n\n")
            } else {
                String::new()
            };
            let body = match i % 5 {
                2 => words
                    .chunks(3)
                    .map(|item| format!("- {}\n", item.join(joiner)))
                    .collect::<String>(),
                4 => words
                    .chunks(2)
                    .map(|row| format!("| {} |\n", row.join(" | ")))
                    .fold("| A | B |\n|---|---|\n".to_string(), |table, row| {
                        table + &row
                    }),
                _ => format!("{}.\n", words.join(joiner)),
            };
            format!("{heading}{body}\n")
        })
        .collect()
}

/// Random edits of every kind never lose or invent a word (`assert_keeps_every_word`).
#[test]
fn each_side_without_its_marks_is_that_version_exactly() {
    let (items, rows) = random_edits_keep_every_word(Lcg(11), ENGLISH, " ", 300);
    assert!(
        items > 50 && rows > 50,
        "{items} list items, {rows} table rows changed"
    );
}

/// The same in unspaced scripts, whose words ICU's segmenter finds: an edit there must not
/// lose or invent a character either.
#[test]
fn each_side_is_that_version_exactly_in_japanese_chinese_and_thai() {
    for (seed, vocabulary) in [(12, JAPANESE), (13, CHINESE), (14, THAI)] {
        let (items, rows) = random_edits_keep_every_word(Lcg(seed), vocabulary, "", 150);
        assert!(
            items > 10 && rows > 10,
            "{items} list items, {rows} table rows changed"
        );
    }
}

/// `cases` random documents in `vocabulary`, each edited at random (paragraphs added, removed,
/// moved, words replaced), checked with `assert_keeps_every_word`; returns how many changed
/// list items and table rows the cases reached, so a test knows it covered those paths too.
fn random_edits_keep_every_word(
    mut rng: Lcg,
    vocabulary: &[&str],
    joiner: &str,
    cases: usize,
) -> (usize, usize) {
    let (mut items, mut rows) = (0, 0);
    for _ in 0..cases {
        let old: Vec<Vec<String>> = (0..1 + rng.next(8))
            .map(|_| random_paragraph(&mut rng, vocabulary))
            .collect();
        let mut new = old.clone();
        for _ in 0..1 + rng.next(6) {
            let p = rng.next(new.len());
            match rng.next(6) {
                0 => new.insert(p, random_paragraph(&mut rng, vocabulary)),
                1 if new.len() > 1 => {
                    new.remove(p);
                }
                2 => {
                    let moved = new.remove(p);
                    let to = rng.next(new.len() + 1);
                    new.insert(to, moved);
                }
                _ => {
                    let words = &mut new[p];
                    let w = rng.next(words.len());
                    let replacement = random_paragraph(&mut rng, vocabulary);
                    let cut = rng.next(4).min(words.len() - w);
                    words.splice(w..w + cut, replacement.into_iter().take(rng.next(4)));
                    if words.is_empty() {
                        words.push("text".to_string());
                    }
                }
            }
        }
        let (old_blocks, new_blocks) = (
            blocks(&document_text(&old, joiner)),
            blocks(&document_text(&new, joiner)),
        );
        let r = redline(&old_blocks, &new_blocks);
        for block in &r.blocks {
            items += block.inline.matches("<li class=\"rl-changed").count();
            rows += block.inline.matches("<tr class=\"rl-changed").count();
        }
        assert_keeps_every_word(&old_blocks, &new_blocks, &r, &format!("{old:?} -> {new:?}"));
    }
    (items, rows)
}

/// Each side of `redline`, with its marks taken out, is that version's text exactly, and so is
/// the inline view without its deletions: the diff may pair and mark words however it likes,
/// but it never loses or invents one.
fn assert_keeps_every_word(
    old_blocks: &[Block],
    new_blocks: &[Block],
    redline: &Redline,
    case: &str,
) {
    let text = |blocks: &[Block]| -> String {
        blocks
            .iter()
            .map(|b| {
                let mut html = String::new();
                b.write_html(&mut html);
                strip_ids(&html).into_owned()
            })
            .collect()
    };
    // Marks out, and the change classes the redline gives list items and table rows.
    let unmark = |side: String, mark: &str| {
        let mut plain = side
            .replace(&format!("<{mark}>"), "")
            .replace(&format!("</{mark}>"), "");
        while let Some(start) = plain.find(" class=\"rl-") {
            let end = start + " class=\"".len();
            let end = end + plain[end..].find('"').expect("a closed class") + 1;
            plain.replace_range(start..end, "");
        }
        plain
    };
    let old_side: String = redline.blocks.iter().map(|b| &*b.old).collect();
    let new_side: String = redline.blocks.iter().map(|b| &*b.new).collect();
    assert_eq!(
        unmark(old_side, "del"),
        text(old_blocks),
        "old side of {case}"
    );
    assert_eq!(
        unmark(new_side, "ins"),
        text(new_blocks),
        "new side of {case}"
    );
    // Inline: the new text, once the deleted runs and the blocks that are gone are taken
    // out. Tags and whitespace are left aside: a removed list item or table row keeps its
    // empty tags, and a deleted space outside a mark stays (it is not worth a `<del>`), so
    // the inline view may show two spaces where the new text has one.
    let mut inline_new = String::new();
    for block in &redline.blocks {
        if matches!(block.change, Change::Removed | Change::MovedAway) {
            continue;
        }
        let mut rest: &str = &block.inline;
        while let Some(start) = rest.find("<del>") {
            inline_new.push_str(&rest[..start]);
            let end = start + rest[start..].find("</del>").expect("a closed <del>");
            rest = &rest[end + "</del>".len()..];
        }
        inline_new.push_str(rest);
    }
    let full: String = new_blocks
        .iter()
        .map(|b| {
            let mut html = String::new();
            b.write_html(&mut html);
            html
        })
        .collect();
    let visible = |html: String| -> String {
        let mut text = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                _ if !in_tag && !c.is_whitespace() => text.push(c),
                _ => {}
            }
        }
        text
    };
    assert_eq!(visible(inline_new), visible(full), "inline of {case}");
}

/// Thousands of blocks removed and thousands added, each new one a near-copy of a removed one:
/// too many to compare all with all (`MAX_PAIRING_CELLS`), so the redline shows them removed
/// and added, keeps every word, and still finds the block that moved unchanged.
#[test]
fn many_removed_and_added_blocks_stay_bounded_and_keep_every_word() {
    const BLOCKS: usize = 5_000;
    let mut rng = Lcg(7);
    let clauses: Vec<String> = (0..BLOCKS)
        .map(|i| {
            format!(
                "Clause {i} {}",
                random_paragraph(&mut rng, ENGLISH).join(" ")
            )
        })
        .collect();
    let moved = "This paragraph moves to the end unchanged.";
    let kept = "This paragraph stays where it is.";
    let old: String = [moved.to_string(), kept.to_string()]
        .into_iter()
        .chain(clauses.iter().map(|c| format!("Old {c}")))
        .map(|p| format!("{p}\n\n"))
        .collect();
    let new: String = std::iter::once(kept.to_string())
        .chain(clauses.iter().map(|c| format!("New {c}")))
        .chain(std::iter::once(moved.to_string()))
        .map(|p| format!("{p}\n\n"))
        .collect();
    let (old_blocks, new_blocks) = (blocks(&old), blocks(&new));
    let r = redline(&old_blocks, &new_blocks);
    assert_keeps_every_word(&old_blocks, &new_blocks, &r, "many blocks");
    let count = |change: Change| r.blocks.iter().filter(|b| b.change == change).count();
    assert_eq!(count(Change::Same), 1);
    assert_eq!((count(Change::MovedAway), count(Change::MovedHere)), (1, 1));
    assert_eq!(
        (count(Change::Removed), count(Change::Added)),
        (BLOCKS, BLOCKS)
    );
    let here = r
        .blocks
        .iter()
        .find(|b| b.change == Change::MovedHere)
        .expect("moved here");
    assert_eq!(&*here.inline, format!("<p>{moved}</p>\n"));
}

/// A list item or table row that moves, edited or not, shows in the old side once, at its old
/// place, as a paragraph does: found by the Japanese property test above, where a row moved
/// and gained a comma.
#[test]
fn a_moved_list_item_or_table_row_is_in_the_old_side_once() {
    let rows = |words: &[&str]| -> String {
        words
            .chunks(2)
            .map(|r| format!("| {} |\n", r.join(" | ")))
            .fold("| A | B |\n|---|---|\n".to_string(), |t, r| t + &r)
    };
    let old_table = rows(&[
        "利用者",
        "得て",
        "データ",
        "に",
        "同意",
        "第三者",
        "第三者",
        "データ",
        "個人",
        "します",
        "個人",
        "は",
        "当社",
        "個人",
        "を",
        "か月",
        "同意",
        "します",
        "提供",
        "提供",
    ]);
    let new_table = rows(&[
        "保存,",
        "を",
        "か月,",
        "の",
        "個人,",
        "データ",
        "利用者",
        "を",
        "に",
        "第三者",
        "保存",
        "データ",
        "します",
        "個人,",
        "を",
        "します",
        "当社",
        "データ",
        "が",
        "当社",
    ]);
    let old_list = "- alpha beta gamma delta\n- one two three\n- x y z\n";
    let new_list = "- x y z\n- one two three\n- alpha beta gamma delta epsilon\n";
    for (old, new) in [
        (old_table.as_str(), new_table.as_str()),
        (old_list, new_list),
    ] {
        let (old_blocks, new_blocks) = (blocks(old), blocks(new));
        let r = redline(&old_blocks, &new_blocks);
        assert_keeps_every_word(&old_blocks, &new_blocks, &r, old);
    }
}
