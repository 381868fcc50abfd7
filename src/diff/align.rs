//! Aligning two sequences of blocks (paragraphs, list items, table rows) before any word is
//! compared.
//!
//! Identical blocks are matched first by a diff over their keys (patience, so unique lines
//! anchor the alignment). In each stretch between matches, removed and added blocks are paired
//! when their words are similar enough (a monotone best pairing), so an edited paragraph reads
//! as one change. Finally a block removed in one place and found, the same or nearly so, among
//! the additions elsewhere is a *move*, not a deletion plus an unrelated insertion.

use std::collections::HashMap;

use super::sequence::{Differ, number};

/// How one position of the merged sequence relates the two versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Pair {
    Same(usize, usize),
    Changed(usize, usize),
    Removed(usize),
    Added(usize),
    /// At the old place: the block `old` moved to `new`, shown at the new place.
    MovedAway {
        old: usize,
        new: usize,
    },
    /// At the new place: the block that came from `old`.
    MovedHere {
        old: usize,
        new: usize,
    },
}

/// Blocks at least this similar (shared words) are one edited block, not two.
const PAIR_SIMILARITY: f64 = 0.5;
/// A removed block found this similar among the additions has moved.
const MOVE_SIMILARITY: f64 = 0.8;
/// Above this many candidate pairs in one stretch, skip pairing (rewrites that large read
/// better as removed and added text anyway) so time stays bounded. Moves of near-copies are
/// bounded the same way, over all the removed and added blocks (`detect_moves`).
const MAX_PAIRING_CELLS: usize = 250_000;

/// What the aligner needs to know about a block.
pub(super) trait Alignable {
    /// The block's text: blocks with the same text are the same block.
    fn text(&self) -> &str;
    /// Whether two blocks may be paired at all (a list is never paired with a paragraph).
    fn kind(&self) -> u8;
    /// The block's words, as sorted hashes (`words::word_hashes`), for similarity.
    fn words(&self) -> &[u64];
}

pub(super) fn align<T: Alignable>(differ: &mut Differ, old: &[T], new: &[T]) -> Vec<Pair> {
    // Numbered by their text, so equal numbers are identical blocks.
    let old_texts: Vec<&str> = old.iter().map(Alignable::text).collect();
    let new_texts: Vec<&str> = new.iter().map(Alignable::text).collect();
    let (old_ids, new_ids, items) = number(&old_texts, &new_texts);
    let mut pairs = Vec::with_capacity(old.len().max(new.len()));
    for op in differ.diff(&old_ids, &new_ids, items) {
        if op.equal {
            pairs.extend(op.old.zip(op.new).map(|(i, j)| Pair::Same(i, j)));
        } else {
            pair_stretch(old, new, op.old, op.new, &mut pairs);
        }
    }
    detect_moves(old, new, (&old_ids, &new_ids), &mut pairs);
    pairs
}

/// Pairs similar blocks of one changed stretch, keeping order.
fn pair_stretch<T: Alignable>(
    old: &[T],
    new: &[T],
    old_range: std::ops::Range<usize>,
    new_range: std::ops::Range<usize>,
    pairs: &mut Vec<Pair>,
) {
    let (n, m) = (old_range.len(), new_range.len());
    let mut matched: Vec<(usize, usize)> = Vec::new();
    if n > 0 && m > 0 && n * m <= MAX_PAIRING_CELLS {
        // best[i][j]: the best total similarity pairing old[i..] with new[j..].
        let sim = |i: usize, j: usize| {
            let (a, b) = (&old[old_range.start + i], &new[new_range.start + j]);
            if a.kind() != b.kind() {
                return 0.0;
            }
            let s = similarity(a.words(), b.words());
            if s >= PAIR_SIMILARITY { s } else { 0.0 }
        };
        let mut best = vec![vec![0.0f64; m + 1]; n + 1];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                let s = sim(i, j);
                let take = if s > 0.0 { s + best[i + 1][j + 1] } else { 0.0 };
                best[i][j] = take.max(best[i + 1][j]).max(best[i][j + 1]);
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n && j < m {
            let s = sim(i, j);
            if s > 0.0 && (best[i][j] - (s + best[i + 1][j + 1])).abs() < 1e-9 {
                matched.push((old_range.start + i, new_range.start + j));
                i += 1;
                j += 1;
            } else if best[i + 1][j] >= best[i][j + 1] {
                i += 1;
            } else {
                j += 1;
            }
        }
    }
    let (mut i, mut j) = (old_range.start, new_range.start);
    for (mi, mj) in matched
        .into_iter()
        .chain(std::iter::once((old_range.end, new_range.end)))
    {
        pairs.extend((i..mi).map(Pair::Removed));
        pairs.extend((j..mj).map(Pair::Added));
        if mi < old_range.end {
            pairs.push(Pair::Changed(mi, mj));
        }
        i = mi + 1;
        j = mj + 1;
    }
}

/// Turns a removal and an addition of the same (or nearly the same) block into a move. `ids`
/// are the blocks' numbers from `align`: equal numbers, identical blocks.
///
/// Identical blocks are found by their numbers, whatever their count. Near-copies are looked
/// for only while every removed block can be compared with every added one within
/// `MAX_PAIRING_CELLS`, the bound on pairing: past it, the texts have been rewritten so widely
/// that the rest reads as removed and added text, and time stays bounded.
fn detect_moves<T: Alignable>(
    old: &[T],
    new: &[T],
    (old_ids, new_ids): (&[u32], &[u32]),
    pairs: &mut [Pair],
) {
    let mut added_by_id: HashMap<u32, Vec<usize>> = HashMap::new();
    // Where the additions are, in order: the near-copy search looks only there.
    let mut added: Vec<usize> = Vec::new();
    let mut removed: Vec<(usize, usize)> = Vec::new();
    for (position, pair) in pairs.iter().enumerate() {
        match pair {
            Pair::Added(j) => {
                added_by_id.entry(new_ids[*j]).or_default().push(position);
                added.push(position);
            }
            Pair::Removed(i) => removed.push((position, *i)),
            _ => {}
        }
    }
    let near_copies = removed.len().saturating_mul(added.len()) <= MAX_PAIRING_CELLS;
    for (removed_at, i) in removed {
        // The first identical addition not already taken by a near-copy's move.
        let exact = added_by_id.get_mut(&old_ids[i]).and_then(|positions| {
            let found = positions
                .iter()
                .position(|p| matches!(pairs[*p], Pair::Added(_)))?;
            Some(positions.remove(found))
        });
        let target = exact.or_else(|| {
            if !near_copies {
                return None;
            }
            added
                .iter()
                .filter_map(|&p| match pairs[p] {
                    Pair::Added(j) if new[j].kind() == old[i].kind() => {
                        Some((p, similarity(old[i].words(), new[j].words())))
                    }
                    _ => None,
                })
                .filter(|(_, s)| *s >= MOVE_SIMILARITY)
                .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
                .map(|(p, _)| p)
        });
        if let Some(added_at) = target
            && let Pair::Added(j) = pairs[added_at]
        {
            pairs[removed_at] = Pair::MovedAway { old: i, new: j };
            pairs[added_at] = Pair::MovedHere { old: i, new: j };
        }
    }
}

/// Dice coefficient over word multisets (sorted hashes): 1.0 for the same words, 0.0 for none
/// shared.
pub(super) fn similarity(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    #[allow(clippy::cast_precision_loss)] // word counts are far below 2^52
    let score = 2.0 * common as f64 / (a.len() + b.len()) as f64;
    score
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Text {
        text: String,
        words: Vec<u64>,
    }

    impl Alignable for Text {
        fn text(&self) -> &str {
            &self.text
        }
        fn kind(&self) -> u8 {
            0
        }
        fn words(&self) -> &[u64] {
            &self.words
        }
    }

    fn texts(lines: &[&str]) -> Vec<Text> {
        lines
            .iter()
            .map(|l| Text {
                text: l.to_string(),
                words: crate::diff::words::word_hashes(l),
            })
            .collect()
    }

    #[test]
    fn edits_pair_and_new_blocks_stand_alone() {
        let old = texts(&["a b c d", "e f g h", "i j k l"]);
        let new = texts(&["a b c d", "e f g x", "new words here", "i j k l"]);
        assert_eq!(
            align(&mut Differ::default(), &old, &new),
            [
                Pair::Same(0, 0),
                Pair::Changed(1, 1),
                Pair::Added(2),
                Pair::Same(2, 3)
            ]
        );
    }

    #[test]
    fn a_moved_block_is_a_move() {
        let old = texts(&[
            "one two three",
            "alpha beta gamma",
            "four five six",
            "seven eight nine",
        ]);
        let new = texts(&[
            "one two three",
            "four five six",
            "seven eight nine",
            "alpha beta gamma",
        ]);
        let pairs = align(&mut Differ::default(), &old, &new);
        assert!(
            pairs.contains(&Pair::MovedAway { old: 1, new: 3 }),
            "{pairs:?}"
        );
        assert!(
            pairs.contains(&Pair::MovedHere { old: 1, new: 3 }),
            "{pairs:?}"
        );
        assert!(
            !pairs
                .iter()
                .any(|p| matches!(p, Pair::Removed(_) | Pair::Added(_))),
            "{pairs:?}"
        );
    }

    #[test]
    fn unrelated_rewrites_are_removed_and_added() {
        let old = texts(&["completely different text"]);
        let new = texts(&["nothing in common here"]);
        assert_eq!(
            align(&mut Differ::default(), &old, &new),
            [Pair::Removed(0), Pair::Added(0)]
        );
    }
}
