//! Word-level diff of two HTML fragments, keeping the markup valid.
//!
//! A fragment is cut into tokens: each tag is one token, text is cut into words, runs of
//! spaces, single punctuation marks and whole character references (`&amp;`). After diffing
//! the token lists, `<ins>`/`<del>` go around runs of *text* only, never across a tag, and the
//! tags written are those of one version (the new one inline), so nesting stays that version's.

use super::sequence::{Differ, Op, common_ends, number};
use icu_segmenter::options::WordBreakInvariantOptions;
use icu_segmenter::{WordSegmenter, WordSegmenterBorrowed};

/// A token of an HTML fragment: a whole tag, a word, or another piece of text (a run of
/// spaces, a punctuation mark, a character reference).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Token<'a> {
    Tag(&'a str),
    Word(&'a str),
    Text(&'a str),
}

impl<'a> Token<'a> {
    fn as_str(self) -> &'a str {
        match self {
            Token::Tag(s) | Token::Word(s) | Token::Text(s) => s,
        }
    }

    /// Words are what a reader counts; spaces and punctuation are not.
    pub(super) fn is_word(self) -> bool {
        matches!(self, Token::Word(_))
    }

    fn is_space(self) -> bool {
        matches!(self, Token::Text(s) if s.chars().all(char::is_whitespace))
    }
}

pub(super) fn tokenize(html: &str) -> Vec<Token<'_>> {
    let bytes = html.as_bytes();
    let mut tokens = Vec::with_capacity(html.len() / 4);
    let mut at = 0;
    while at < bytes.len() {
        let b = bytes[at];
        let (len, word) = match b {
            b'<' => (
                memchr::memchr(b'>', &bytes[at..]).map_or(bytes.len() - at, |i| i + 1),
                false,
            ),
            // A character reference is one token: `<ins>` must never split `&amp;`.
            b'&' => match bytes[at + 1..].iter().take(10).position(|&c| c == b';') {
                Some(i)
                    if bytes[at + 1..at + 1 + i]
                        .iter()
                        .all(|&c| c.is_ascii_alphanumeric() || c == b'#') =>
                {
                    (i + 2, false)
                }
                _ => (1, false),
            },
            _ => {
                let (c, width) = char_at(bytes, at);
                if is_word_char(c) {
                    (run_length(bytes, at + width, Run::Word) + width, true)
                } else if c.is_whitespace() {
                    let spaces = run_length(bytes, at + width, Run::Space);
                    (spaces + width, false)
                } else {
                    (width, false)
                }
            }
        };
        // Token ends fall on char boundaries: after `>`, `;` or a whole char.
        let token = html.get(at..at + len).unwrap_or_default();
        if word && !token.is_ascii() && token.chars().any(is_unspaced_script) {
            push_segmented_words(&mut tokens, token);
            at += len;
            continue;
        }
        tokens.push(match (b, word) {
            (b'<', _) => Token::Tag(token),
            (_, true) => Token::Word(token),
            _ => Token::Text(token),
        });
        at += len;
    }
    tokens
}

/// Whether `c` is of a script written without spaces between words (Chinese, Japanese, Thai,
/// Lao, Khmer, Myanmar): a run of such word characters is a whole clause, not a word.
fn is_unspaced_script(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}' // Thai, Lao
        | '\u{1000}'..='\u{109F}' // Myanmar
        | '\u{1780}'..='\u{17FF}' // Khmer
        | '\u{3040}'..='\u{30FF}' // Hiragana, Katakana
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}' // CJK compatibility ideographs
        | '\u{20000}'..='\u{3134F}' // CJK extensions B to G
    )
}

/// A run of word characters that holds unspaced script, cut into words by ICU's word
/// segmenter (CLDR rules, with dictionaries for Chinese, Japanese and the Southeast Asian
/// scripts), so that changing 13 to 16 in a Japanese sentence marks the number, not the clause.
fn push_segmented_words<'h>(tokens: &mut Vec<Token<'h>>, run: &'h str) {
    let breaks: Vec<usize> = SEGMENTER.segment_str(run).collect();
    for pair in breaks.windows(2) {
        if let Some(word) = run.get(pair[0]..pair[1]).filter(|w| !w.is_empty()) {
            tokens.push(Token::Word(word));
        }
    }
}

/// ICU's word segmenter over its compiled data, made once rather than for every run of text.
static SEGMENTER: std::sync::LazyLock<WordSegmenterBorrowed<'static>> =
    std::sync::LazyLock::new(|| WordSegmenter::new_auto(WordBreakInvariantOptions::default()));

/// The character starting at byte `at` of UTF-8 text (a char boundary) and its width,
/// decoded here because the tokenizer walks bytes.
fn char_at(bytes: &[u8], at: usize) -> (char, usize) {
    let lead = bytes[at];
    if lead < 0x80 {
        return (char::from(lead), 1);
    }
    let width = match lead {
        0xF0.. => 4,
        0xE0.. => 3,
        _ => 2,
    };
    let mut code = u32::from(lead) & (0x7F >> width);
    for i in 1..width {
        code = (code << 6) | (u32::from(bytes.get(at + i).copied().unwrap_or(0x80)) & 0x3F);
    }
    (
        char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER),
        width,
    )
}

/// The two kinds of text run a token can be.
#[derive(Clone, Copy)]
enum Run {
    /// Letters and digits (`is_word_char`).
    Word = 1,
    /// Whitespace (`char::is_whitespace`).
    Space = 2,
}

impl Run {
    fn keeps(self, c: char) -> bool {
        match self {
            Run::Word => is_word_char(c),
            Run::Space => c.is_whitespace(),
        }
    }
}

/// Bytes from `at` while they continue `run`. An ASCII byte is looked up in `ASCII_RUNS`
/// instead of being decoded: most text of most policies is ASCII, and this loop runs for every
/// byte the diff compares.
// Inlined into `tokenize`: called per run instead, it added 2% to a build's instructions.
#[inline]
fn run_length(bytes: &[u8], at: usize, run: Run) -> usize {
    let mut end = at;
    while let Some(&b) = bytes.get(end) {
        if b.is_ascii() {
            if ASCII_RUNS[usize::from(b)] != run as u8 {
                break;
            }
            end += 1;
        } else {
            let (c, width) = char_at(bytes, end);
            if !run.keeps(c) {
                break;
            }
            end += width;
        }
    }
    end - at
}

/// `Run::keeps` for each ASCII byte: the `Run` it continues, or 0.
static ASCII_RUNS: [u8; 128] = {
    let mut runs = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8 as char;
        if c.is_ascii_alphanumeric() {
            runs[b] = Run::Word as u8;
        } else if c.is_whitespace() {
            runs[b] = Run::Space as u8;
        }
        b += 1;
    }
    runs
};

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if is_unspaced_script(c) {
        // Vowel signs and tone marks included: the segmenter needs the whole run.
        true
    } else if let Some(bits) = BMP_WORD_CHARS.get((c as usize) / 64) {
        bits & (1 << (c as usize % 64)) != 0
    } else {
        c.is_alphanumeric()
    }
}

/// `char::is_alphanumeric` for the Basic Multilingual Plane as a bitmap (8 KiB, filled once):
/// the standard library's table search is the hot spot when diffing Greek or Cyrillic text.
static BMP_WORD_CHARS: std::sync::LazyLock<Vec<u64>> = std::sync::LazyLock::new(|| {
    let mut bits = vec![0u64; 0x10000 / 64];
    for code in 0..0x10000u32 {
        if char::from_u32(code).is_some_and(char::is_alphanumeric) {
            bits[code as usize / 64] |= 1 << (code % 64);
        }
    }
    bits
});

/// The words of a fragment as sorted hashes of their lowercase form: what similarity compares,
/// without allocating a string per word.
pub(super) fn word_hashes(html: &str) -> Vec<u64> {
    use std::hash::Hasher;
    let mut hashes: Vec<u64> = tokenize(html)
        .into_iter()
        .filter(|t| t.is_word())
        .map(|t| {
            let word = t.as_str();
            let mut hasher = rustc_hash::FxHasher::default();
            if word.is_ascii() {
                // A word's ASCII bytes are letters and digits, whose lowercase is the byte with
                // 0x20 set: eight bytes are lowered and hashed at once.
                for chunk in word.as_bytes().chunks(8) {
                    let mut bytes = [0u8; 8];
                    bytes[..chunk.len()].copy_from_slice(chunk);
                    hasher.write_u64(u64::from_le_bytes(bytes) | 0x2020_2020_2020_2020);
                }
            } else {
                for c in word.chars().flat_map(char::to_lowercase) {
                    hasher.write_u32(c as u32);
                }
            }
            hasher.finish()
        })
        .collect();
    hashes.sort_unstable();
    hashes
}

/// The three renderings of a word diff, and its word counts.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) struct WordDiff {
    /// New markup, deleted text in `<del>` and inserted text in `<ins>`.
    pub inline: String,
    /// Old markup with deleted text in `<del>`.
    pub old: String,
    /// New markup with inserted text in `<ins>`.
    pub new: String,
    pub added: usize,
    pub removed: usize,
}

pub(super) fn diff_words(differ: &mut Differ, old_html: &str, new_html: &str) -> WordDiff {
    let old = tokenize(old_html);
    let new = tokenize(new_html);
    let segments = segments(differ, &old, &new);
    // Each rendering is about the size of the longer version, and the marks add a little.
    let size = old_html.len().max(new_html.len()) + 64;
    let mut out = WordDiff {
        inline: String::with_capacity(size + size / 4),
        old: String::with_capacity(size),
        new: String::with_capacity(size),
        ..WordDiff::default()
    };
    for segment in segments {
        let old_tokens = &old[segment.old.clone()];
        let new_tokens = &new[segment.new.clone()];
        if !segment.equal {
            out.removed += old_tokens.iter().filter(|t| t.is_word()).count();
            out.added += new_tokens.iter().filter(|t| t.is_word()).count();
            write_marked(&mut out.inline, old_tokens, "del", false);
            write_marked(&mut out.inline, new_tokens, "ins", true);
            write_marked(&mut out.old, old_tokens, "del", true);
            write_marked(&mut out.new, new_tokens, "ins", true);
        } else {
            for t in new_tokens {
                out.inline.push_str(t.as_str());
                out.new.push_str(t.as_str());
            }
            for t in old_tokens {
                out.old.push_str(t.as_str());
            }
        }
    }
    out
}

/// Wraps every text run of `tokens` in `<mark>…</mark>`; writes tags only if `keep_tags`.
pub(super) fn write_marked(out: &mut String, tokens: &[Token<'_>], mark: &str, keep_tags: bool) {
    let mut open = false;
    for token in tokens {
        match token {
            Token::Tag(tag) => {
                if open {
                    close(out, mark);
                    open = false;
                }
                if keep_tags {
                    out.push_str(tag);
                }
            }
            Token::Word(text) | Token::Text(text) => {
                if !open {
                    // A run that is only spaces stays unmarked: nothing to read there.
                    if token.is_space() {
                        out.push_str(text);
                        continue;
                    }
                    out.push('<');
                    out.push_str(mark);
                    out.push('>');
                    open = true;
                }
                out.push_str(text);
            }
        }
    }
    if open {
        close(out, mark);
    }
}

fn close(out: &mut String, mark: &str) {
    out.push_str("</");
    out.push_str(mark);
    out.push('>');
}

/// The token lists' common start and end are equal as they stand; only the middle is diffed
/// (patience, then Myers where no token anchors), with each distinct token numbered so the diff
/// compares integers. The stretches alternate equal and changed.
fn diff_tokens(differ: &mut Differ, old: &[Token<'_>], new: &[Token<'_>]) -> Vec<Op> {
    // Numbering only the middle keeps the numbering's hash map small.
    let (prefix, suffix) = common_ends(old, new);
    let (old_ids, new_ids, items) = number(
        &old[prefix..old.len() - suffix],
        &new[prefix..new.len() - suffix],
    );
    let mut ops = Vec::new();
    if prefix > 0 {
        ops.push(Op {
            equal: true,
            old: 0..prefix,
            new: 0..prefix,
        });
    }
    // The middle starts and ends with a change, so it joins the common ends without merging.
    ops.extend(
        differ
            .diff(&old_ids, &new_ids, items)
            .into_iter()
            .map(|op| Op {
                old: op.old.start + prefix..op.old.end + prefix,
                new: op.new.start + prefix..op.new.end + prefix,
                ..op
            }),
    );
    if suffix > 0 {
        ops.push(Op {
            equal: true,
            old: old.len() - suffix..old.len(),
            new: new.len() - suffix..new.len(),
        });
    }
    ops
}

/// Diffs the token lists, then folds a lone space between two changes into them, so
/// "the quick" → "a slow" reads as one change rather than two.
fn segments(differ: &mut Differ, old: &[Token<'_>], new: &[Token<'_>]) -> Vec<Op> {
    let mut ops = diff_tokens(differ, old, new).into_iter().peekable();
    let mut folded: Vec<Op> = Vec::with_capacity(ops.len());
    while let Some(op) = ops.next() {
        let lone_space = op.equal
            && op.new.len() == 1
            && new[op.new.start].is_space()
            && folded.last().is_some_and(|last| !last.equal)
            && ops.peek().is_some_and(|next| !next.equal);
        if lone_space {
            if let (Some(last), Some(next)) = (folded.last_mut(), ops.next()) {
                last.old.end = next.old.end;
                last.new.end = next.new.end;
            }
            continue;
        }
        folded.push(op);
    }
    folded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_tags_and_entities_whole() {
        let tokens = tokenize("<p>Fish &amp; chips, <a href=\"x\">now</a>.</p>");
        assert_eq!(tokens[0], Token::Tag("<p>"));
        assert!(tokens.contains(&Token::Text("&amp;")));
        assert!(tokens.contains(&Token::Tag("<a href=\"x\">")));
        assert_eq!(tokens.iter().filter(|t| t.is_word()).count(), 3);
    }

    #[test]
    fn text_tokens_are_runs_of_letters_and_digits_or_of_whitespace() {
        // ASCII is classified by table and the rest by `char`: both must cut text as
        // `is_word_char` and `char::is_whitespace` say, whatever the script and spaces.
        const PIECES: &[&str] = &[
            "a", "Z", "7", "_", "-", ",", " ", "\t", "\n", "\u{b}", "\u{c}", "\r", "é", "Ж", "中",
            "٣", "\u{a0}", "\u{3000}", "\u{2028}", "’", "😀",
        ];
        let mut rng = crate::diff::tests::Lcg(7);
        for _ in 0..2_000 {
            let text: String = (0..rng.next(24))
                .map(|_| PIECES[rng.next(PIECES.len())])
                .collect();
            // The reference: runs of one class, punctuation one char at a time.
            let class = |c: char| {
                if is_word_char(c) {
                    1
                } else if c.is_whitespace() {
                    2
                } else {
                    3
                }
            };
            let chars: Vec<(usize, char)> = text.char_indices().collect();
            let mut expected = Vec::new();
            let mut start = 0;
            for (k, &(_, c)) in chars.iter().enumerate() {
                let next = chars.get(k + 1);
                if next.is_some_and(|&(_, d)| class(d) == class(c) && class(c) != 3) {
                    continue;
                }
                let end = next.map_or(text.len(), |&(i, _)| i);
                let piece = &text[start..end];
                if class(c) == 1 && piece.chars().any(is_unspaced_script) {
                    push_segmented_words(&mut expected, piece);
                } else if class(c) == 1 {
                    expected.push(Token::Word(piece));
                } else {
                    expected.push(Token::Text(piece));
                }
                start = end;
            }
            assert_eq!(tokenize(&text), expected, "{text:?}");
        }
    }

    #[test]
    fn a_changed_word_inside_a_link_keeps_the_link() {
        let diff = diff_words(
            &mut Differ::default(),
            "<p>See <a href=\"/x\">our old policy</a>.</p>",
            "<p>See <a href=\"/x\">our new policy</a>.</p>",
        );
        assert_eq!(
            diff.inline,
            "<p>See <a href=\"/x\">our <del>old</del><ins>new</ins> policy</a>.</p>"
        );
        assert_eq!(
            diff.old,
            "<p>See <a href=\"/x\">our <del>old</del> policy</a>.</p>"
        );
        assert_eq!(
            diff.new,
            "<p>See <a href=\"/x\">our <ins>new</ins> policy</a>.</p>"
        );
        assert_eq!((diff.added, diff.removed), (1, 1));
    }

    #[test]
    fn adjacent_word_changes_read_as_one() {
        let diff = diff_words(
            &mut Differ::default(),
            "<p>the quick fox</p>",
            "<p>a slow fox</p>",
        );
        assert_eq!(
            diff.inline,
            "<p><del>the quick</del><ins>a slow</ins> fox</p>"
        );
    }

    #[test]
    fn marks_never_cross_tags() {
        let diff = diff_words(
            &mut Differ::default(),
            "<p>keep</p>",
            "<p>keep <strong>bold new</strong> text</p>",
        );
        assert_eq!(
            diff.inline,
            "<p>keep <strong><ins>bold new</ins></strong> <ins>text</ins></p>"
        );
        assert_eq!(diff.added, 3);
    }

    #[test]
    fn identical_fragments_have_no_marks() {
        let diff = diff_words(&mut Differ::default(), "<p>Same.</p>", "<p>Same.</p>");
        assert_eq!(diff.inline, "<p>Same.</p>");
        assert_eq!((diff.added, diff.removed), (0, 0));
    }
}
