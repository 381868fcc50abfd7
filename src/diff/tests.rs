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

mod properties;
