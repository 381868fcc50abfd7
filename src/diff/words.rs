//! Word-level diff of two HTML fragments, keeping the markup valid.
//!
//! A fragment is cut into tokens: each tag is one token, text is cut into words, runs of
//! spaces, single punctuation marks and whole character references (`&amp;`). After diffing
//! the token lists, `<ins>`/`<del>` go around runs of *text* only, never across a tag, and the
//! tags written are those of one version (the new one inline), so nesting stays that version's.

use similar::{Algorithm, DiffTag, capture_diff_slices};

/// A token of an HTML fragment: a whole tag, or a piece of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Token<'a> {
    Tag(&'a str),
    Text(&'a str),
}

impl<'a> Token<'a> {
    fn as_str(self) -> &'a str {
        match self {
            Token::Tag(s) | Token::Text(s) => s,
        }
    }

    /// Words are what a reader counts; spaces and punctuation are not.
    pub(super) fn is_word(self) -> bool {
        matches!(self, Token::Text(s) if s.chars().next().is_some_and(char::is_alphanumeric))
    }

    fn is_space(self) -> bool {
        matches!(self, Token::Text(s) if s.chars().all(char::is_whitespace))
    }
}

pub(super) fn tokenize(html: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut rest = html;
    while let Some(c) = rest.chars().next() {
        let len = if c == '<' {
            rest.find('>').map_or(rest.len(), |i| i + 1)
        } else if c == '&' {
            // A character reference is one token: `<ins>` must never split `&amp;`.
            match rest.find(';') {
                Some(i)
                    if i <= 10
                        && rest[1..i]
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '#') =>
                {
                    i + 1
                }
                _ => 1,
            }
        } else if c.is_alphanumeric() {
            rest.find(|c: char| !c.is_alphanumeric())
                .unwrap_or(rest.len())
        } else if c.is_whitespace() {
            rest.find(|c: char| !c.is_whitespace())
                .unwrap_or(rest.len())
        } else {
            c.len_utf8()
        };
        let (token, tail) = rest.split_at(len);
        tokens.push(if c == '<' {
            Token::Tag(token)
        } else {
            Token::Text(token)
        });
        rest = tail;
    }
    tokens
}

/// The words of a fragment as sorted hashes of their lowercase form: what similarity compares,
/// without allocating a string per word.
pub(super) fn word_hashes(html: &str) -> Vec<u64> {
    use std::hash::{Hash, Hasher};
    let mut hashes: Vec<u64> = tokenize(html)
        .into_iter()
        .filter(|t| t.is_word())
        .map(|t| {
            let mut hasher = std::hash::DefaultHasher::new();
            for c in t.as_str().chars().flat_map(char::to_lowercase) {
                c.hash(&mut hasher);
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

/// One stretch of the token lists: the same in both, or changed (old range → new range).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Segment {
    changed: bool,
    old: std::ops::Range<usize>,
    new: std::ops::Range<usize>,
}

pub(super) fn diff_words(old_html: &str, new_html: &str) -> WordDiff {
    let old = tokenize(old_html);
    let new = tokenize(new_html);
    let segments = segments(&old, &new);
    let mut out = WordDiff::default();
    for segment in segments {
        let old_tokens = &old[segment.old.clone()];
        let new_tokens = &new[segment.new.clone()];
        if segment.changed {
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
            Token::Text(text) => {
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

/// Diffs the token lists, then folds a lone space between two changes into them, so
/// "the quick" → "a slow" reads as one change rather than two.
fn segments(old: &[Token<'_>], new: &[Token<'_>]) -> Vec<Segment> {
    let mut segments: Vec<Segment> = Vec::new();
    for op in capture_diff_slices(Algorithm::Patience, old, new) {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        let changed = tag != DiffTag::Equal;
        match segments.last_mut() {
            Some(last) if last.changed && changed => {
                last.old.end = old_range.end;
                last.new.end = new_range.end;
            }
            _ => segments.push(Segment {
                changed,
                old: old_range,
                new: new_range,
            }),
        }
    }
    let mut folded: Vec<Segment> = Vec::with_capacity(segments.len());
    let mut i = 0;
    while i < segments.len() {
        let segment = segments[i].clone();
        let lone_space = !segment.changed
            && segment.new.len() == 1
            && new[segment.new.start].is_space()
            && folded.last().is_some_and(|s| s.changed)
            && segments.get(i + 1).is_some_and(|s| s.changed);
        if lone_space {
            let next = &segments[i + 1];
            if let Some(last) = folded.last_mut() {
                last.old.end = next.old.end;
                last.new.end = next.new.end;
            }
            i += 2;
            continue;
        }
        folded.push(segment);
        i += 1;
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
    fn a_changed_word_inside_a_link_keeps_the_link() {
        let diff = diff_words(
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
        let diff = diff_words("<p>the quick fox</p>", "<p>a slow fox</p>");
        assert_eq!(
            diff.inline,
            "<p><del>the quick</del><ins>a slow</ins> fox</p>"
        );
    }

    #[test]
    fn marks_never_cross_tags() {
        let diff = diff_words("<p>keep</p>", "<p>keep <strong>bold new</strong> text</p>");
        assert_eq!(
            diff.inline,
            "<p>keep <strong><ins>bold new</ins></strong> <ins>text</ins></p>"
        );
        assert_eq!(diff.added, 3);
    }

    #[test]
    fn identical_fragments_have_no_marks() {
        let diff = diff_words("<p>Same.</p>", "<p>Same.</p>");
        assert_eq!(diff.inline, "<p>Same.</p>");
        assert_eq!((diff.added, diff.removed), (0, 0));
    }
}
