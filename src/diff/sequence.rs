//! Diffing two sequences of numbered items (tokens, block keys): patience, so items found once
//! on each side anchor the alignment, again inside each stretch between anchors (as git's
//! patience diff does), and Myers's O(ND) diff where a stretch has no such item.
//!
//! Written here rather than taken from a general diff crate because the redline diffs tens of
//! thousands of short sequences per build: items are already dense numbers, so counting them
//! needs no hash map, and one `Differ`'s counts and Myers buffers serve every diff of a redline.
//!
//! Measured against `imara-diff` 0.2 (issue 14), its `Algorithm::Histogram` behind this same
//! `Differ::diff` (2026-11-29, 2 shared cores, both binaries alternated in one run, medians):
//!
//! - Whole build, 50x20x10 (`python3 ../shared/bench/gen_corpus.py --out /tmp/diffbench -P 50
//!   -V 20 -L 10 --layouts neutral`, then `redline build --root /tmp/diffbench/neutral --today
//!   2026-06-01 --output /dev/shm/db-X` under `/usr/bin/time`, output and `redline.lock` removed
//!   before each run), three rounds of 8 runs each: wall 3.91 / 3.33 / 2.20 s here against
//!   3.73 / 3.67 / 1.72 s with imara-diff (median of paired ratios 0.93 / 1.01 / 0.92); CPU
//!   (user + sys, rounds 2 and 3) 3.42 / 3.30 s against 3.48 / 3.19 s. Within 5%: speed does
//!   not decide.
//! - `cargo bench --bench diff`, in rounds 1 and 3: 1.83 / 1.41 ms here, 1.32 / 1.90 ms with
//!   imara-diff; its corpus mode over the 9,500 redlines: 0.62 / 0.54 s against 0.59 / 0.49 s.
//!
//! It stays because the output would change, and not only among equally minimal alignments:
//! 1,709 of the 9,500 changes pages differ, imara-diff marks more words on 204 of them and
//! fewer on 520 (histogram anchors on the rarest token, patience on tokens unique on both
//! sides; neither is minimal). For example a removed "…, gak ri higlasöeeän kih manionbä
//! ßnbccie ßi rsvson nicccaguespa…" keeps "ßnbccie ßi rsvson nicccaguespa" here and ", ßi d
//! ci" with imara-diff: one word more on each side. And histogram has no bound on crafted
//! input: the interleaving of `anchors_nested_as_deep_as_the_text_is_long_stop_at_the_budget`
//! (50,000 tokens) took 117 s in the test build, 0.13 s here: the anchor budget and `MAX_EDITS`
//! keep it bounded. Every test in `diff/tests.rs` and `tests/cli/redline.rs` passed
//! with imara-diff.

use std::ops::Range;

use crate::error::to_u32;

/// A stretch of the two sequences: equal, or changed (either range may be empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Op {
    pub equal: bool,
    pub old: Range<usize>,
    pub new: Range<usize>,
}

/// Above this many edits between two anchors, the stretch is one change: a rewrite that large
/// reads as removed and added text anyway, and the search stays bounded in time and memory
/// (the trace is at most a million entries). Between blocks this takes 500 or more changed
/// paragraphs in one stretch; blocks identical on both sides of it then show as moves.
const MAX_EDITS: usize = 1_000;

/// The reusable state of the diff: one serves every diff of a redline.
#[derive(Default)]
pub(super) struct Differ {
    /// How often each item occurs in the old and the new range, and where (for unique ones).
    counts: Vec<(u32, u32, u32, u32)>,
    /// Myers's furthest-reaching x on each diagonal, after 0, 1, 2… edits: the row of `d`
    /// edits holds diagonals -d..=d and starts at `d * d`.
    trace: Vec<u32>,
    /// Myers's current row, indexed by diagonal + the search's edit limit + 1.
    furthest: Vec<u32>,
}

/// What is left to do, last first: diff two stretches, or record an anchor (an equal item).
enum Task {
    Diff(Range<usize>, Range<usize>),
    Equal(Range<usize>, Range<usize>),
}

impl Differ {
    /// The stretches of `old` and `new`, in order, alternating equal and changed. Items are
    /// numbers below `items` (see `number`).
    pub(super) fn diff(&mut self, old: &[u32], new: &[u32], items: usize) -> Vec<Op> {
        debug_assert!(old.iter().chain(new).all(|&item| (item as usize) < items));
        self.counts.clear();
        self.counts.resize(items, (0, 0, 0, 0));
        let mut ops = Vec::new();
        // A stack rather than recursion: each level of anchors inside anchors would otherwise
        // be a stack frame, and how deep they nest is up to the text (and the budget below).
        let mut tasks = vec![Task::Diff(0..old.len(), 0..new.len())];
        // Looking for anchors inside anchors costs the length of each stretch. Prose needs a
        // few passes over the text; a crafted one could need one per item (quadratic), so past
        // this budget the stretches left go straight to Myers.
        let mut anchor_budget = 16 * (old.len() + new.len()) + 1_024;
        while let Some(task) = tasks.pop() {
            let (old_range, new_range) = match task {
                Task::Equal(o, n) => {
                    push(&mut ops, true, o, n);
                    continue;
                }
                Task::Diff(o, n) => (o, n),
            };
            let (a, b) = (&old[old_range.clone()], &new[new_range.clone()]);
            let (prefix, suffix) = common_ends(a, b);
            let (o, n) = (old_range.start + prefix, new_range.start + prefix);
            push(&mut ops, true, old_range.start..o, new_range.start..n);
            let (a, b) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
            tasks.push(Task::Equal(
                old_range.end - suffix..old_range.end,
                new_range.end - suffix..new_range.end,
            ));
            if a.is_empty() || b.is_empty() {
                push(&mut ops, false, o..o + a.len(), n..n + b.len());
                continue;
            }
            let anchors = if anchor_budget >= a.len() + b.len() {
                anchor_budget -= a.len() + b.len();
                self.unique_anchors(a, b)
            } else {
                Vec::new()
            };
            if anchors.is_empty() {
                self.myers(a, b, (o, n), &mut ops);
                continue;
            }
            // The stretches between anchors, pushed last first so the first is done next.
            let mut ends = (a.len(), b.len());
            for &(i, j) in anchors.iter().rev() {
                tasks.push(Task::Diff(o + i + 1..o + ends.0, n + j + 1..n + ends.1));
                tasks.push(Task::Equal(o + i..o + i + 1, n + j..n + j + 1));
                ends = (i, j);
            }
            tasks.push(Task::Diff(o..o + ends.0, n..n + ends.1));
        }
        ops
    }

    /// Items found exactly once in `a` and once in `b`, as (index in a, index in b), keeping the
    /// longest run in the same order on both sides.
    fn unique_anchors(&mut self, a: &[u32], b: &[u32]) -> Vec<(usize, usize)> {
        for (i, &item) in a.iter().enumerate() {
            let c = &mut self.counts[item as usize];
            c.0 += 1;
            c.1 = to_u32(i);
        }
        for (j, &item) in b.iter().enumerate() {
            let c = &mut self.counts[item as usize];
            c.2 += 1;
            c.3 = to_u32(j);
        }
        // Collected in the order of `a`, so already sorted by their first index.
        let pairs: Vec<(usize, usize)> = a
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
        longest_increasing(&pairs)
    }

    /// Myers's greedy diff: the fewest removed and added items that turn `a` into `b`.
    fn myers(&mut self, a: &[u32], b: &[u32], at: (usize, usize), ops: &mut Vec<Op>) {
        let (n, m) = (a.len(), b.len());
        let limit = (n + m).min(MAX_EDITS);
        // Diagonal k (= x - y) of the current row lives at furthest[k + shift].
        let shift = limit + 1;
        self.furthest.clear();
        self.furthest.resize(2 * shift + 1, 0);
        self.trace.clear();
        let v = &mut self.furthest;
        let mut edits = None;
        'search: for d in 0..=limit {
            // i runs over the shifted diagonals -d..=d, two apart.
            for i in (shift - d..=shift + d).step_by(2) {
                let down = i == shift - d || (i != shift + d && v[i - 1] < v[i + 1]);
                let mut x = (if down { v[i + 1] } else { v[i - 1] + 1 }) as usize;
                // y = x - k is never negative: a diagonal's x is at least the diagonal.
                let mut y = x + shift - i;
                while x < n && y < m && a[x] == b[y] {
                    x += 1;
                    y += 1;
                }
                v[i] = to_u32(x);
                if x >= n && y >= m {
                    edits = Some(d);
                    break 'search;
                }
            }
            self.trace.extend_from_slice(&v[shift - d..=shift + d]);
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
            // The row of d - 1 edits; diagonal k is at row[k + d - 1].
            let row = &self.trace[(d - 1) * (d - 1)..d * d];
            let i = x + d - y; // diagonal k = x - y, shifted by d: even, 0..=2d
            let down = i == 0 || (i != 2 * d && row[i - 2] < row[i]);
            let (from_x, from_y) = if down {
                let from_x = row[i] as usize; // on diagonal k + 1
                (from_x, from_x + d - i - 1)
            } else {
                let from_x = row[i - 2] as usize; // on diagonal k - 1
                (from_x, from_x + d + 1 - i)
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

/// How many items `a` and `b` share at their start, and then at their end.
pub(super) fn common_ends<T: PartialEq>(a: &[T], b: &[T]) -> (usize, usize) {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    (prefix, suffix)
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
                let next = to_u32(ids.len());
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
        let mut rng = crate::diff::tests::Lcg(7);
        // One differ for every case, as a redline keeps one for all its diffs.
        let mut differ = Differ::default();
        for _ in 0..5_000 {
            let (n, m, alphabet) = (rng.next(40), rng.next(40), 1 + rng.next(8));
            let old: Vec<u32> = (0..n).map(|_| to_u32(rng.next(alphabet))).collect();
            let new: Vec<u32> = (0..m).map(|_| to_u32(rng.next(alphabet))).collect();
            let mut ops = Vec::new();
            differ.myers(&old, &new, (0, 0), &mut ops);
            check(&old, &new, &ops);
            let equal: usize = ops.iter().filter(|o| o.equal).map(|o| o.old.len()).sum();
            assert_eq!(equal, lcs(&old, &new), "{old:?} {new:?} {ops:?}");
            let ops = differ.diff(&old, &new, alphabet);
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

    #[test]
    fn anchors_nested_as_deep_as_the_text_is_long_stop_at_the_budget() {
        // new is 0 1 2 3…, old is 1 0 2 1 3 2…: each stretch has exactly one anchor, and the
        // stretch after it holds the next one. Following every anchor would cost the square of
        // the length and give a stretch per item; past the anchor budget, what is left goes to
        // Myers, whose edit limit makes it one change.
        let n = 50_000u32;
        let new: Vec<u32> = (0..n).collect();
        let old: Vec<u32> = (0..n).flat_map(|i| [i + 1, i]).filter(|&i| i < n).collect();
        let ops = Differ::default().diff(&old, &new, n as usize);
        check(&old, &new, &ops);
        assert!(ops.len() < 100, "{} stretches", ops.len());
    }
}
