//! The redline between two versions of a text: what was added, removed, changed and moved.
//!
//! Takes the block trees of the two rendered texts (`markdown::Block`); returns a `Redline`:
//! the merged blocks, each with three renderings (inline, old side, new side), the sections
//! that changed and the words added and removed. Blocks are aligned first (`align`), then words
//! are compared inside each changed pair (`words`). Knows nothing of locales or templates: the
//! theme decides how each kind of change looks and what it is called.

mod align;
pub mod policy;
mod sequence;
pub(crate) mod words;

use std::borrow::Cow;
use std::sync::Arc;

use serde::Serialize;

use crate::markdown::{Block, CellAlignment, write_row, write_table_close, write_table_open};

use align::{Alignable, Pair, align};
use sequence::Differ;
use words::{WordDiff, diff_words, tokenize, write_marked};

/// What happened to one block between the two versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    Same,
    Changed,
    Added,
    Removed,
    /// The old place of a block that moved; it is shown at its new place.
    MovedAway,
    /// The new place of a moved block (with its edits, if any).
    MovedHere,
}

/// The heading a change falls under, for the summary of changed sections.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    /// The heading's id on the redline page; none for a heading that was removed.
    pub id: Option<String>,
    pub title: String,
}

/// One block of the merged text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RedlineBlock {
    pub change: Change,
    /// The new version's markup with `<del>` and `<ins>`; empty for `MovedAway`.
    pub inline: Arc<str>,
    /// The old version's markup with `<del>`, for the side-by-side view (empty when added).
    /// An unchanged block shares one allocation for its renderings that are the same.
    pub old: Arc<str>,
    /// The new version's markup with `<ins>`, for the side-by-side view (empty when removed).
    pub new: Arc<str>,
    /// For moves: the id of the block's new place (`rl-moved-3`), linked from its old place.
    pub anchor: Option<String>,
    /// The section the block belongs to; `None` before the first heading.
    pub section: Option<Section>,
}

/// The redline from one version to the next. Templates see it, and its blocks, through
/// `render`'s `RedlineValue`, which lists their fields one by one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Redline {
    pub blocks: Vec<RedlineBlock>,
    /// Sections with at least one change, in reading order; `None` for text before the
    /// first heading.
    pub sections: Vec<Option<Section>>,
    pub words_added: usize,
    pub words_removed: usize,
}

impl Redline {
    /// Whether the texts differ at all.
    pub fn has_changes(&self) -> bool {
        self.blocks.iter().any(|b| b.change != Change::Same)
    }
}

pub fn redline(old: &[Block], new: &[Block]) -> Redline {
    let old_units: Vec<Unit<'_>> = old.iter().map(Unit::of_block).collect();
    let new_units: Vec<Unit<'_>> = new.iter().map(Unit::of_block).collect();
    let mut redline = Redline::default();
    let mut section: Option<Section> = None;
    // One set of diff buffers for the whole redline.
    let differ = &mut Differ::default();
    for pair in align(differ, &old_units, &new_units) {
        let (change, diff, anchor) = match pair {
            // Nothing to render: the block's text is shared by all three renderings below.
            Pair::Same(..) => (Change::Same, WordDiff::default(), None),
            Pair::Changed(i, j) => (
                Change::Changed,
                changed_block(differ, &old[i], &new[j]),
                None,
            ),
            Pair::Added(j) => (Change::Added, added(&new_units[j].html), None),
            Pair::Removed(i) => (Change::Removed, removed(&old_units[i].html), None),
            Pair::MovedAway { old: i, new: j } => {
                let mut diff = removed(&old_units[i].html);
                diff.inline.clear();
                diff.removed = 0;
                (Change::MovedAway, diff, Some(format!("rl-moved-{j}")))
            }
            Pair::MovedHere { old: i, new: j } => {
                let diff = if old_units[i].html == new_units[j].html {
                    same(&new_units[j].html, "")
                } else {
                    let mut diff = changed_block(differ, &old[i], &new[j]);
                    diff.old.clear();
                    diff
                };
                (Change::MovedHere, diff, Some(format!("rl-moved-{j}")))
            }
        };
        // Which section this block falls under: a heading opens its own.
        let heading = match pair {
            Pair::Same(_, j)
            | Pair::Changed(_, j)
            | Pair::Added(j)
            | Pair::MovedHere { new: j, .. } => heading_of(&new[j]).map(|(id, title)| Section {
                id: Some(id),
                title,
            }),
            Pair::Removed(i) | Pair::MovedAway { old: i, .. } => {
                heading_of(&old[i]).map(|(_, title)| Section { id: None, title })
            }
        };
        if heading.is_some() {
            section = heading;
        }
        if change != Change::Same && !redline.sections.contains(&section) {
            redline.sections.push(section.clone());
        }
        redline.words_added += diff.added;
        redline.words_removed += diff.removed;
        // The side-by-side view repeats the text; only the inline view carries its ids
        // (headings, footnotes). A side that reads like the inline rendering shares its
        // allocation.
        let (inline, old, new) = if let Pair::Same(_, j) = pair {
            let inline: Arc<str> = Arc::from(&*new_units[j].html);
            let side = shared(strip_ids(&inline), &inline);
            (inline, Arc::clone(&side), side)
        } else {
            let keeps_ids = matches!(change, Change::Changed | Change::Added | Change::MovedHere);
            let inline: Arc<str> = if keeps_ids {
                diff.inline.into()
            } else {
                strip_ids(&diff.inline).into()
            };
            let old = shared(strip_ids(&diff.old), &inline);
            let new = shared(strip_ids(&diff.new), &inline);
            (inline, old, new)
        };
        redline.blocks.push(RedlineBlock {
            change,
            inline,
            old,
            new,
            anchor,
            section: section.clone(),
        });
    }
    redline
}

/// A block, a list item or a table row as the aligner sees it.
struct Unit<'a> {
    html: Cow<'a, str>,
    kind: u8,
    /// Only blocks in changed stretches are ever compared by words: computed on first use.
    words: std::cell::OnceCell<Vec<u64>>,
}

impl<'a> Unit<'a> {
    fn new(html: Cow<'a, str>, kind: u8) -> Unit<'a> {
        Unit {
            html,
            kind,
            words: std::cell::OnceCell::new(),
        }
    }

    fn of_block(block: &'a Block) -> Unit<'a> {
        let kind = match block {
            Block::Leaf {
                heading: Some(_), ..
            } => 1,
            Block::Leaf { .. } => 0,
            Block::List { close, .. } if close.starts_with("</ol") => 3,
            Block::List { .. } => 2,
            Block::Table { .. } => 4,
        };
        Unit::new(block.to_html(), kind)
    }
}

impl Alignable for Unit<'_> {
    fn text(&self) -> &str {
        &self.html
    }
    fn kind(&self) -> u8 {
        self.kind
    }
    fn words(&self) -> &[u64] {
        self.words.get_or_init(|| words::word_hashes(&self.html))
    }
}

fn heading_of(block: &Block) -> Option<(String, String)> {
    match block {
        Block::Leaf {
            heading: Some(h), ..
        } => Some((h.id.clone(), h.title.clone())),
        _ => None,
    }
}

fn same(html: &str, old: &str) -> WordDiff {
    WordDiff {
        inline: html.to_string(),
        old: old.to_string(),
        new: html.to_string(),
        added: 0,
        removed: 0,
    }
}

fn added(html: &str) -> WordDiff {
    let tokens = tokenize(html);
    let mut marked = String::with_capacity(html.len() + 16);
    write_marked(&mut marked, &tokens, "ins", true);
    WordDiff {
        inline: marked.clone(),
        old: String::new(),
        new: marked,
        added: tokens.iter().filter(|t| t.is_word()).count(),
        removed: 0,
    }
}

fn removed(html: &str) -> WordDiff {
    let tokens = tokenize(html);
    let mut marked = String::with_capacity(html.len() + 16);
    write_marked(&mut marked, &tokens, "del", true);
    WordDiff {
        inline: marked.clone(),
        old: marked,
        new: String::new(),
        added: 0,
        removed: tokens.iter().filter(|t| t.is_word()).count(),
    }
}

/// A changed pair of blocks of the same kind.
fn changed_block(differ: &mut Differ, old: &Block, new: &Block) -> WordDiff {
    match (old, new) {
        (
            Block::List {
                open: old_open,
                close: old_close,
                items: old_items,
            },
            Block::List { open, close, items },
        ) => {
            let mut out = WordDiff::default();
            out.inline.push_str(open);
            out.new.push_str(open);
            out.old.push_str(old_open);
            let old_units: Vec<Unit<'_>> = old_items
                .iter()
                .map(|i| Unit::new(Cow::Borrowed(i), 0))
                .collect();
            let new_units: Vec<Unit<'_>> = items
                .iter()
                .map(|i| Unit::new(Cow::Borrowed(i), 0))
                .collect();
            for pair in align(differ, &old_units, &new_units) {
                let mut part = match pair {
                    Pair::Same(i, j) => same(&items[j], &old_items[i]),
                    Pair::Changed(i, j) | Pair::MovedHere { old: i, new: j } => with_class(
                        diff_words(differ, &old_items[i], &items[j]),
                        "li",
                        change_class(pair),
                    ),
                    Pair::Added(j) => with_class(added(&items[j]), "li", "rl-added"),
                    Pair::Removed(i) => with_class(removed(&old_items[i]), "li", "rl-removed"),
                    Pair::MovedAway { old: i, .. } => {
                        let mut away = removed(&old_items[i]);
                        away.removed = 0; // moved words are neither added nor removed
                        with_class(away, "li", "rl-moved-away")
                    }
                };
                if let Pair::MovedHere { .. } = pair {
                    // The old side shows a moved item at its old place, not twice.
                    part.old.clear();
                }
                append(&mut out, part);
            }
            out.inline.push_str(close);
            out.new.push_str(close);
            out.old.push_str(old_close);
            out
        }
        (
            Block::Table {
                head: old_head,
                rows: old_rows,
                ..
            },
            Block::Table {
                alignments,
                head,
                rows,
            },
        ) => changed_table(differ, old_head, old_rows, alignments, head, rows),
        _ => diff_words(differ, &old.to_html(), &new.to_html()),
    }
}

fn change_class(pair: Pair) -> &'static str {
    match pair {
        Pair::MovedHere { .. } => "rl-moved-here",
        _ => "rl-changed",
    }
}

fn changed_table(
    differ: &mut Differ,
    old_head: &[String],
    old_rows: &[Vec<String>],
    alignments: &[CellAlignment],
    head: &[String],
    rows: &[Vec<String>],
) -> WordDiff {
    let mut out = WordDiff::default();
    for html in [&mut out.inline, &mut out.old, &mut out.new] {
        write_table_open(html);
    }
    append(
        &mut out,
        row_diff(differ, Some(old_head), Some(head), alignments, true),
    );
    for html in [&mut out.inline, &mut out.old, &mut out.new] {
        html.push_str("<tbody>\n");
    }
    let row_html = |cells: &[String]| cells.join("\u{1f}");
    let old_keys: Vec<Unit<'_>> = old_rows
        .iter()
        .map(|r| Unit::new(Cow::Owned(row_html(r)), 0))
        .collect();
    let new_keys: Vec<Unit<'_>> = rows
        .iter()
        .map(|r| Unit::new(Cow::Owned(row_html(r)), 0))
        .collect();
    for pair in align(differ, &old_keys, &new_keys) {
        let mut part = match pair {
            Pair::Same(i, j) | Pair::Changed(i, j) | Pair::MovedHere { old: i, new: j } => {
                if old_rows[i].len() == rows[j].len() {
                    row_diff(
                        differ,
                        Some(&old_rows[i]),
                        Some(&rows[j]),
                        alignments,
                        false,
                    )
                } else {
                    let mut both = row_diff(differ, Some(&old_rows[i]), None, alignments, false);
                    append(
                        &mut both,
                        row_diff(differ, None, Some(&rows[j]), alignments, false),
                    );
                    both
                }
            }
            Pair::Added(j) => row_diff(differ, None, Some(&rows[j]), alignments, false),
            Pair::Removed(i) => row_diff(differ, Some(&old_rows[i]), None, alignments, false),
            Pair::MovedAway { old: i, .. } => {
                let mut away = row_diff(differ, Some(&old_rows[i]), None, alignments, false);
                away.removed = 0; // moved words are neither added nor removed
                away
            }
        };
        if let Pair::MovedHere { .. } = pair {
            // The old column shows a moved row at its old place (`MovedAway`), not twice.
            part.old.clear();
        }
        append(&mut out, part);
    }
    for html in [&mut out.inline, &mut out.old, &mut out.new] {
        write_table_close(html);
    }
    out
}

/// One table row: cell by cell when it exists in both versions, else wholly added or removed.
fn row_diff(
    differ: &mut Differ,
    old: Option<&[String]>,
    new: Option<&[String]>,
    alignments: &[CellAlignment],
    head: bool,
) -> WordDiff {
    let tag = if head { "th" } else { "td" };
    let cells: Vec<WordDiff> = match (old, new) {
        (Some(old), Some(new)) => {
            let empty = String::new();
            (0..old.len().max(new.len()))
                .map(|c| {
                    let (old_cell, new_cell) =
                        (old.get(c).unwrap_or(&empty), new.get(c).unwrap_or(&empty));
                    diff_words(differ, old_cell, new_cell)
                })
                .collect()
        }
        (None, Some(new)) => new.iter().map(|c| added(c)).collect(),
        (Some(old), None) => old.iter().map(|c| removed(c)).collect(),
        (None, None) => Vec::new(),
    };
    let mut out = WordDiff {
        added: cells.iter().map(|c| c.added).sum(),
        removed: cells.iter().map(|c| c.removed).sum(),
        ..WordDiff::default()
    };
    write_row(
        &mut out.inline,
        tag,
        alignments,
        cells.iter().map(|c| c.inline.as_str()),
        head,
    );
    if new.is_some() {
        write_row(
            &mut out.new,
            tag,
            alignments,
            cells.iter().map(|c| c.new.as_str()),
            head,
        );
    }
    if old.is_some() {
        write_row(
            &mut out.old,
            tag,
            alignments,
            cells.iter().map(|c| c.old.as_str()),
            head,
        );
    }
    let class = match (old, new) {
        (None, Some(_)) => Some("rl-added"),
        (Some(_), None) => Some("rl-removed"),
        _ if out.added + out.removed > 0 => Some("rl-changed"),
        _ => None,
    };
    match class {
        Some(class) if !head => with_class(out, "tr", class),
        _ => out,
    }
}

fn append(out: &mut WordDiff, part: WordDiff) {
    out.inline.push_str(&part.inline);
    out.old.push_str(&part.old);
    out.new.push_str(&part.new);
    out.added += part.added;
    out.removed += part.removed;
}

/// Adds `class` to the leading `<tag>` of each rendering, so a theme can mark whole list items
/// and table rows.
fn with_class(mut diff: WordDiff, tag: &str, class: &str) -> WordDiff {
    let plain = format!("<{tag}>");
    let classed = format!("<{tag} class=\"{class}\">");
    for html in [&mut diff.inline, &mut diff.old, &mut diff.new] {
        if html.starts_with(&plain) {
            html.replace_range(..plain.len(), &classed);
        }
    }
    diff
}

/// `html` as a block's rendering, sharing `inline`'s allocation when it is the same text.
fn shared(html: Cow<'_, str>, inline: &Arc<str>) -> Arc<str> {
    if *html == **inline {
        Arc::clone(inline)
    } else {
        html.into()
    }
}

/// Drops the `id` attributes of every tag (headings, footnote references and definitions), so
/// a page never repeats an id: only the inline view of the new text carries them, and a link
/// to one never lands in a hidden view.
fn strip_ids(html: &str) -> Cow<'_, str> {
    if !html.contains(" id=\"") {
        return Cow::Borrowed(html); // most blocks: nothing to strip, nothing to copy
    }
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let (before, tag_and_after) = rest.split_at(start);
        out.push_str(before);
        let end = tag_and_after
            .find('>')
            .map_or(tag_and_after.len(), |i| i + 1);
        let tag = &tag_and_after[..end];
        match tag.find(" id=\"") {
            Some(id_at) => {
                let after_id = &tag[id_at + 5..];
                let close = after_id.find('"').map_or(after_id.len(), |i| i + 1);
                out.push_str(&tag[..id_at]);
                out.push_str(&after_id[close..]);
            }
            None => out.push_str(tag),
        }
        rest = &tag_and_after[end..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests;
