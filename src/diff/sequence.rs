//! Diffing two sequences of numbered items (tokens, block keys): patience, so items found once
//! on each side anchor the alignment, with Myers's O(ND) diff between anchors.
//!
//! Written here rather than taken from `similar` because the redline diffs tens of thousands of
//! short sequences per build: items are already dense numbers, so counting them needs no hash
//! map, and the buffers are kept from one call to the next. `similar`'s general API spent a
//! third of the redline's time on this.

use std::ops::Range;

/// A stretch of the two sequences: equal, or changed (either range may be empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Op {
    pub equal: bool,
    pub old: Range<usize>,
    pub new: Range<usize>,
}

/// Above this many edits between two anchors, the stretch is one change: a rewrite that large
/// reads as removed and added text anyway, and the search stays bounded in time and memory.
const MAX_EDITS: usize = 1_000;

/// The reusable state of the diff; one per thread is enough.
#[derive(Default)]
pub(super) struct Differ {
    /// How often each item occurs in the old and the new range, and where (for unique ones).
    counts: Vec<(u32, u32, u32, u32)>,
    /// Myers's furthest-reaching x per diagonal, one row per edit count.
    trace: Vec<Vec<usize>>,
}

impl Differ {
    /// The stretches of `old` and `new`, in order, alternating equal and changed. Items are
    /// numbers below `items` (see `number`).
    pub(super) fn diff(&mut self, old: &[u32], new: &[u32], items: usize) -> Vec<Op> {
        self.counts.clear();
        self.counts.resize(items, (0, 0, 0, 0));
        let mut ops = Vec::new();
        self.patience(old, new, (0, 0), &mut ops);
        ops
    }

    fn patience(&mut self, old: &[u32], new: &[u32], at: (usize, usize), ops: &mut Vec<Op>) {
        let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
        let suffix = old[prefix..]
            .iter()
            .rev()
            .zip(new[prefix..].iter().rev())
            .take_while(|(a, b)| a == b)
            .count();
        push(ops, true, at.0..at.0 + prefix, at.1..at.1 + prefix);
        let (a, b) = (
            &old[prefix..old.len() - suffix],
            &new[prefix..new.len() - suffix],
        );
        let start = (at.0 + prefix, at.1 + prefix);
        if a.is_empty() || b.is_empty() {
            push(
                ops,
                false,
                start.0..start.0 + a.len(),
                start.1..start.1 + b.len(),
            );
        } else {
            let anchors = self.unique_anchors(a, b);
            if anchors.is_empty() {
                self.myers(a, b, start, ops);
            } else {
                let (mut i, mut j) = (0, 0);
                for (ai, bj) in anchors {
                    self.patience(&a[i..ai], &b[j..bj], (start.0 + i, start.1 + j), ops);
                    push(
                        ops,
                        true,
                        start.0 + ai..start.0 + ai + 1,
                        start.1 + bj..start.1 + bj + 1,
                    );
                    (i, j) = (ai + 1, bj + 1);
                }
                self.patience(&a[i..], &b[j..], (start.0 + i, start.1 + j), ops);
            }
        }
        push(
            ops,
            true,
            at.0 + old.len() - suffix..at.0 + old.len(),
            at.1 + new.len() - suffix..at.1 + new.len(),
        );
    }

    /// Items found exactly once in `a` and once in `b`, as (index in a, index in b), keeping the
    /// longest run in the same order on both sides.
    fn unique_anchors(&mut self, a: &[u32], b: &[u32]) -> Vec<(usize, usize)> {
        for (i, &item) in a.iter().enumerate() {
            let c = &mut self.counts[item as usize];
            c.0 += 1;
            c.1 = index(i);
        }
        for (j, &item) in b.iter().enumerate() {
            let c = &mut self.counts[item as usize];
            c.2 += 1;
            c.3 = index(j);
        }
        let mut pairs: Vec<(usize, usize)> = a
            .iter()
            .filter_map(|&item| {
                let c = self.counts[item as usize];
                (c.0 == 1 && c.2 == 1).then_some((c.1 as usize, c.3 as usize))
            })
            .collect();
        // Leave the counts at zero for the next range.
        for &item in a.iter().chain(b) {
            self.counts[item as usize] = (0, 0, 0, 0);
        }
        pairs.sort_unstable();
        longest_increasing(&pairs)
    }

    /// Myers's greedy diff: the fewest removed and added items that turn `a` into `b`.
    fn myers(&mut self, a: &[u32], b: &[u32], at: (usize, usize), ops: &mut Vec<Op>) {
        let (n, m) = (a.len(), b.len());
        let limit = (n + m).min(MAX_EDITS);
        // x on diagonal k (= x - y) lives at v[k + offset]; k runs over -d..=d.
        let offset = limit + 1;
        let mut v = vec![0usize; 2 * offset + 1];
        for row in &mut self.trace {
            row.clear();
        }
        let mut edits = None;
        'search: for d in 0..=limit {
            for k in (offset - d..=offset + d).step_by(2) {
                let down = k == offset - d || (k != offset + d && v[k - 1] < v[k + 1]);
                let mut x = if down { v[k + 1] } else { v[k - 1] + 1 };
                let mut y = (x + offset).wrapping_sub(k);
                while x < n && y < m && a[x] == b[y] {
                    x += 1;
                    y += 1;
                }
                v[k] = x;
                if x >= n && y >= m {
                    edits = Some(d);
                    break 'search;
                }
            }
            // Row d of the trace: the x of diagonals -d..=d after d edits.
            if self.trace.len() <= d {
                self.trace.push(Vec::new());
            }
            self.trace[d].extend_from_slice(&v[offset - d..=offset + d]);
        }
        let Some(edits) = edits else {
            push(ops, false, at.0..at.0 + n, at.1..at.1 + m);
            return;
        };
        // Walk back from the end. Before edit d the path was on diagonal k + 1 (then went
        // down: an added item) or k - 1 (then right: a removed item), as the search chose.
        let mut backwards: Vec<Op> = Vec::with_capacity(2 * edits + 1);
        let (mut x, mut y) = (n, m);
        for d in (1..=edits).rev() {
            let row = &self.trace[d - 1]; // diagonal j is at row[j + d - 1]
            let k = x + d - y; // diagonal x - y, shifted by d: 0..=2d
            let down = k == 0 || (k != 2 * d && row[k - 2] < row[k]);
            let (from_x, from_y) = if down {
                let from_x = row[k]; // on diagonal x - y + 1
                (from_x, from_x + d - k - 1)
            } else {
                let from_x = row[k - 2]; // on diagonal x - y - 1
                (from_x, from_x + d + 1 - k)
            };
            let (snake_x, snake_y) = if down {
                (from_x, from_y + 1)
            } else {
                (from_x + 1, from_y)
            };
            backwards.push(Op {
                equal: true,
                old: snake_x..x,
                new: snake_y..y,
            });
            backwards.push(Op {
                equal: false,
                old: from_x..snake_x,
                new: from_y..snake_y,
            });
            (x, y) = (from_x, from_y);
        }
        backwards.push(Op {
            equal: true,
            old: 0..x,
            new: 0..y,
        });
        for op in backwards.into_iter().rev() {
            push(
                ops,
                op.equal,
                at.0 + op.old.start..at.0 + op.old.end,
                at.1 + op.new.start..at.1 + op.new.end,
            );
        }
    }
}

/// Appends a stretch, joining it to the last one when both are equal or both changed.
fn push(ops: &mut Vec<Op>, equal: bool, old: Range<usize>, new: Range<usize>) {
    if old.is_empty() && new.is_empty() {
        return;
    }
    if let Some(last) = ops.last_mut()
        && last.equal == equal
    {
        last.old.end = old.end;
        last.new.end = new.end;
        return;
    }
    ops.push(Op { equal, old, new });
}

fn index(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// The longest subsequence of `pairs` (sorted by their first index) whose second indexes
/// increase too: patience sorting, with a link from each pile's top to the pile before.
fn longest_increasing(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut tops: Vec<usize> = Vec::new(); // index into pairs of each pile's top
    let mut before: Vec<Option<usize>> = vec![None; pairs.len()];
    for (i, &(_, j)) in pairs.iter().enumerate() {
        let pile = tops.partition_point(|&t| pairs[t].1 < j);
        before[i] = pile.checked_sub(1).map(|p| tops[p]);
        if pile == tops.len() {
            tops.push(i);
        } else {
            tops[pile] = i;
        }
    }
    let mut run = Vec::with_capacity(tops.len());
    let mut at = tops.last().copied();
    while let Some(i) = at {
        run.push(pairs[i]);
        at = before[i];
    }
    run.reverse();
    run
}

/// Numbers each distinct item of both sequences (0, 1, 2… in order of first appearance), so
/// the diff compares and counts small integers. Returns the numbered sequences and how many
/// distinct items there are.
pub(super) fn number<T: Copy + Eq + std::hash::Hash>(
    old: &[T],
    new: &[T],
) -> (Vec<u32>, Vec<u32>, usize) {
    let mut ids: rustc_hash::FxHashMap<T, u32> = rustc_hash::FxHashMap::default();
    let mut number = |items: &[T]| -> Vec<u32> {
        items
            .iter()
            .map(|item| {
                let next = index(ids.len());
                *ids.entry(*item).or_insert(next)
            })
            .collect()
    };
    let (old, new) = (number(old), number(new));
    (old, new, ids.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The edits are valid: equal stretches are equal, and the stretches cover both sequences
    /// in order.
    fn check(old: &[u32], new: &[u32], ops: &[Op]) {
        let (mut i, mut j) = (0, 0);
        for op in ops {
            assert_eq!((op.old.start, op.new.start), (i, j), "{ops:?}");
            if op.equal {
                assert_eq!(old[op.old.clone()], new[op.new.clone()], "{ops:?}");
            }
            (i, j) = (op.old.end, op.new.end);
        }
        assert_eq!((i, j), (old.len(), new.len()), "{ops:?}");
    }

    fn lcs(a: &[u32], b: &[u32]) -> usize {
        let mut row = vec![0usize; b.len() + 1];
        for &x in a {
            let mut diagonal = 0;
            for (j, &y) in b.iter().enumerate() {
                let above = row[j + 1];
                row[j + 1] = if x == y {
                    diagonal + 1
                } else {
                    above.max(row[j])
                };
                diagonal = above;
            }
        }
        row[b.len()]
    }

    #[test]
    fn myers_finds_a_longest_common_subsequence() {
        let mut seed = 7u64;
        let mut next = |n: u64| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) % n
        };
        // One differ for every case, as a build thread keeps one.
        let mut differ = Differ::default();
        for _ in 0..5_000 {
            let (n, m, alphabet) = (next(40), next(40), 1 + next(8));
            let old: Vec<u32> = (0..n).map(|_| next(alphabet) as u32).collect();
            let new: Vec<u32> = (0..m).map(|_| next(alphabet) as u32).collect();
            let mut ops = Vec::new();
            differ.myers(&old, &new, (0, 0), &mut ops);
            check(&old, &new, &ops);
            let equal: usize = ops.iter().filter(|o| o.equal).map(|o| o.old.len()).sum();
            assert_eq!(equal, lcs(&old, &new), "{old:?} {new:?} {ops:?}");
            let ops = differ.diff(&old, &new, alphabet as usize);
            check(&old, &new, &ops);
            assert!(ops.windows(2).all(|w| w[0].equal != w[1].equal), "{ops:?}");
        }
    }

    #[test]
    fn unique_items_anchor_the_alignment() {
        // "b" is the only item found once on each side: patience keeps it, where a longest
        // common subsequence would keep the three "a"s instead.
        let (old, new) = ([0, 0, 0, 1], [1, 0, 0, 0]);
        let ops = Differ::default().diff(&old, &new, 2);
        check(&old, &new, &ops);
        assert!(
            ops.iter()
                .any(|o| o.equal && o.old == (3..4) && o.new == (0..1)),
            "{ops:?}"
        );
    }

    #[test]
    fn a_rewrite_beyond_the_edit_limit_is_one_change() {
        // 600 items added and 600 removed around 600 kept: more edits than the search makes.
        let old: Vec<u32> = [vec![0; 1_200], vec![2]].concat();
        let new: Vec<u32> = [vec![1; 600], vec![0; 600], vec![3]].concat();
        let ops = Differ::default().diff(&old, &new, 4);
        check(&old, &new, &ops);
        assert_eq!(ops.len(), 1, "{ops:?}");
        assert!(!ops[0].equal);
    }
}
