//! The redline on Markdown edits of every kind, asserting where `<ins>` and `<del>` fall.

use super::*;
use crate::markdown::{MarkdownSettings, render_markdown};

const SETTINGS: MarkdownSettings<'static> = MarkdownSettings {
    base_path: "",
    link_base: "/en/p/",
    allow_html: false,
};

fn blocks(markdown: &str) -> Vec<Block> {
    render_markdown(markdown, &SETTINGS)
        .expect("valid Markdown")
        .blocks
}

fn diff(old: &str, new: &str) -> Redline {
    redline(&blocks(old), &blocks(new))
}

fn inline(redline: &Redline) -> String {
    redline.blocks.iter().map(|b| &*b.inline).collect()
}

#[test]
fn a_word_changed_inside_a_link() {
    let r = diff(
        "See [our old policy](../x/).\n",
        "See [our new policy](../x/).\n",
    );
    assert_eq!(
        inline(&r),
        "<p>See <a href=\"/en/x/\">our <del>old</del><ins>new</ins> policy</a>.</p>\n"
    );
    assert_eq!((r.words_added, r.words_removed), (1, 1));
}

#[test]
fn a_list_item_added() {
    let r = diff("- one\n- two\n", "- one\n- two\n- three\n");
    assert_eq!(
        inline(&r),
        "<ul>\n<li>one</li>\n<li>two</li>\n<li class=\"rl-added\"><ins>three</ins></li>\n</ul>\n"
    );
    assert_eq!(r.blocks[0].change, Change::Changed);
    assert_eq!(
        &*r.blocks[0].old,
        "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n"
    );
}

#[test]
fn a_table_cell_changed() {
    let table = |cell: &str| {
        format!("| Data | Kept |\n|---|---|\n| Account | 1 year |\n| Invoices | {cell} |\n")
    };
    let r = diff(&table("7 years"), &table("10 years"));
    let html = inline(&r);
    assert!(
        html.contains("<tr>\n<td>Account</td><td>1 year</td></tr>")
            || html.contains("<tr><td>Account</td><td>1 year</td></tr>"),
        "{html}"
    );
    assert!(html.contains("<tr class=\"rl-changed\"><td>Invoices</td><td><del>7</del><ins>10</ins> years</td></tr>"), "{html}");
}

#[test]
fn a_section_removed() {
    let r = diff(
        "## Keep\n\nText.\n\n## Gone\n\nOld rule.\n\n## Also kept\n\nMore.\n",
        "## Keep\n\nText.\n\n## Also kept\n\nMore.\n",
    );
    let changes: Vec<Change> = r.blocks.iter().map(|b| b.change).collect();
    assert_eq!(
        changes,
        [
            Change::Same,
            Change::Same,
            Change::Removed,
            Change::Removed,
            Change::Same,
            Change::Same
        ]
    );
    assert_eq!(
        &*r.blocks[2].inline, "<h2><del>Gone</del></h2>\n",
        "a removed heading loses its id"
    );
    assert_eq!(
        r.sections,
        [Some(Section {
            id: None,
            title: "Gone".into()
        })]
    );
    assert_eq!(r.words_removed, 3);
}

#[test]
fn a_paragraph_moved_is_a_move() {
    let old = "First paragraph here.\n\nThe moved paragraph text.\n\nSecond paragraph here.\n\nThird paragraph here.\n";
    let new = "First paragraph here.\n\nSecond paragraph here.\n\nThird paragraph here.\n\nThe moved paragraph text.\n";
    let r = diff(old, new);
    let changes: Vec<Change> = r.blocks.iter().map(|b| b.change).collect();
    assert!(
        changes.contains(&Change::MovedAway) && changes.contains(&Change::MovedHere),
        "{changes:?}"
    );
    assert!(
        !changes.contains(&Change::Added) && !changes.contains(&Change::Removed),
        "{changes:?}"
    );
    let here = r
        .blocks
        .iter()
        .find(|b| b.change == Change::MovedHere)
        .expect("moved here");
    assert_eq!(
        &*here.inline, "<p>The moved paragraph text.</p>\n",
        "unchanged text is not marked"
    );
    let away = r
        .blocks
        .iter()
        .find(|b| b.change == Change::MovedAway)
        .expect("moved away");
    assert_eq!(away.anchor, here.anchor);
    assert_eq!((r.words_added, r.words_removed), (0, 0));
}

#[test]
fn an_edited_paragraph_pairs_with_its_old_self() {
    let r = diff(
        "## A\n\nWe keep your data for seven years after closing.\n",
        "## A\n\nWe keep your data for ten years after closing.\n",
    );
    assert_eq!(r.blocks[1].change, Change::Changed);
    assert_eq!(
        &*r.blocks[1].inline,
        "<p>We keep your data for <del>seven</del><ins>ten</ins> years after closing.</p>\n"
    );
    assert_eq!(
        r.sections,
        [Some(Section {
            id: Some("a".into()),
            title: "A".into()
        })]
    );
}

#[test]
fn no_textual_change() {
    let r = diff("## A\n\nSame.\n", "## A\n\nSame.\n");
    assert!(!r.has_changes());
    assert!(r.sections.is_empty());
    assert_eq!(inline(&r), "<h2 id=\"a\">A</h2>\n<p>Same.</p>\n");
}

#[test]
fn side_views_keep_each_versions_markup_without_heading_ids() {
    let r = diff(
        "## Title\n\nOld **bold** text.\n",
        "## Title\n\nNew **bold** text.\n",
    );
    assert_eq!(&*r.blocks[0].old, "<h2>Title</h2>\n");
    assert_eq!(
        &*r.blocks[1].old,
        "<p><del>Old</del> <strong>bold</strong> text.</p>\n"
    );
    assert_eq!(
        &*r.blocks[1].new,
        "<p><ins>New</ins> <strong>bold</strong> text.</p>\n"
    );
}

/// A tiny deterministic generator, so the random edits below are the same on every run.
pub(super) struct Lcg(pub(super) u64);

impl Lcg {
    pub(super) fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % n
    }
}

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

/// Below the bound, a paragraph moved elsewhere and lightly edited on the way is still a move.
#[test]
fn a_paragraph_moved_and_edited_is_a_move() {
    let old = "First paragraph here.\n\nWe keep your data for seven years after you close your account.\n\nSecond paragraph here.\n\nThird paragraph here.\n";
    let new = "First paragraph here.\n\nSecond paragraph here.\n\nThird paragraph here.\n\nWe keep your data for ten years after you close your account.\n";
    let r = diff(old, new);
    let changes: Vec<Change> = r.blocks.iter().map(|b| b.change).collect();
    assert_eq!(
        changes,
        [
            Change::Same,
            Change::MovedAway,
            Change::Same,
            Change::Same,
            Change::MovedHere
        ]
    );
    assert_eq!(
        &*r.blocks[4].inline,
        "<p>We keep your data for <del>seven</del><ins>ten</ins> years after you close your account.</p>\n"
    );
    assert_eq!(r.blocks[1].anchor, r.blocks[4].anchor);
    assert_eq!((r.words_added, r.words_removed), (1, 1));
}

#[test]
fn a_number_changed_in_an_unspaced_japanese_sentence_is_one_word() {
    let r = diff(
        "個人データは13か月間保存されます。\n",
        "個人データは16か月間保存されます。\n",
    );
    assert_eq!(
        inline(&r),
        "<p>個人データは<del>13</del><ins>16</ins>か月間保存されます。</p>\n"
    );
    assert_eq!((r.words_added, r.words_removed), (1, 1));
    let thai = diff("ข้อมูลส่วนบุคคลจะถูกเก็บไว้\n", "ข้อมูลจะถูกเก็บไว้\n");
    assert_eq!(inline(&thai), "<p>ข้อมูล<del>ส่วนบุคคล</del>จะถูกเก็บไว้</p>\n");
}

#[test]
fn only_the_inline_view_carries_footnote_ids() {
    let r = diff(
        "Kept for a year.[^law]\n\n[^law]: The tax code.\n",
        "Kept for ten years.[^law]\n\n[^law]: The tax code, article 1.\n",
    );
    let ids = |html: &str| html.matches(" id=\"").count();
    let inline: usize = r.blocks.iter().map(|b| ids(&b.inline)).sum();
    assert!(
        inline >= 2,
        "the reference and the definition keep their ids"
    );
    for block in &r.blocks {
        assert_eq!(ids(&block.old), 0, "{}", block.old);
        assert_eq!(ids(&block.new), 0, "{}", block.new);
    }
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
