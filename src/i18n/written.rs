//! The messages and terms of a Fluent file as written, for `locales extract` and `status`: where
//! each entry begins and ends, read from fluent_syntax's AST (the full parser, which keeps
//! comments) rather than guessed line by line. The AST borrows its identifiers and comment
//! lines from the file's text, so their byte offsets locate every entry.

use fluent_syntax::ast;

/// One message or term of a Fluent file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// `brand` for the term `-brand`.
    pub id: String,
    pub term: bool,
    /// Its lines as written, from the one with its id to its last one (attributes, variants and
    /// the `}` that closes a select included): without the comment above it, the blank lines
    /// after it or `\r` line ends.
    pub source: String,
}

/// The byte offset of `part` in `text`, if `part` is a slice of `text` (as the AST's
/// identifiers and comment lines are).
pub(super) fn offset_in(text: &str, part: &str) -> Option<usize> {
    let start = (part.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    (start + part.len() <= text.len()).then_some(start)
}

#[derive(Clone, Copy)]
struct Head<'s> {
    id: &'s str,
    term: bool,
    at: usize,
}

/// The messages and terms of a Fluent file, in its order. A file with syntax errors gives the
/// entries that parse.
pub(super) fn entries(text: &str) -> Vec<Written> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    let line_start = |offset: usize| {
        text.get(..offset)
            .and_then(|before| before.rfind('\n'))
            .map_or(0, |i| i + 1)
    };
    let comment_start = |comment: &ast::Comment<&str>| {
        comment
            .content
            .first()
            .and_then(|line| offset_in(text, line))
            .map(line_start)
    };
    // Each entry: where it begins (its comment included) and, for messages and terms, the id
    // and where its line begins.
    let mut found: Vec<(usize, Option<Head>)> = Vec::new();
    for entry in &resource.body {
        let (id, term, comment) = match entry {
            ast::Entry::Message(message) => (message.id.name, false, message.comment.as_ref()),
            ast::Entry::Term(term) => (term.id.name, true, term.comment.as_ref()),
            ast::Entry::Comment(comment)
            | ast::Entry::GroupComment(comment)
            | ast::Entry::ResourceComment(comment) => {
                if let Some(start) = comment_start(comment) {
                    found.push((start, None));
                }
                continue;
            }
            ast::Entry::Junk { content } => {
                if let Some(start) = offset_in(text, content) {
                    found.push((start, None));
                }
                continue;
            }
        };
        let Some(at) = offset_in(text, id).map(line_start) else {
            continue;
        };
        let begins = comment.and_then(comment_start).unwrap_or(at).min(at);
        found.push((begins, Some(Head { id, term, at })));
    }
    let mut written = Vec::new();
    for (i, (_, entry)) in found.iter().enumerate() {
        let Some(Head { id, term, at }) = *entry else {
            continue;
        };
        let end = found
            .get(i + 1)
            .map_or(text.len(), |(next, _)| *next)
            .max(at);
        let lines: Vec<&str> = text.get(at..end).unwrap_or("").lines().collect();
        let last = lines
            .iter()
            .rposition(|line| !line.trim().is_empty())
            .map_or(0, |i| i + 1);
        written.push(Written {
            id: id.to_string(),
            term,
            source: lines[..last].join("\n"),
        });
    }
    written
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sources(text: &str) -> Vec<(String, bool, String)> {
        entries(text)
            .into_iter()
            .map(|w| (w.id, w.term, w.source))
            .collect()
    }

    #[test]
    fn terms_comments_and_multi_line_messages_keep_their_own_lines() {
        let text = "### The site's strings.\n\n\
            # The company, as readers know it.\n\
            -brand =\n    Acme\n    Corporation\n\
            intro = Hello\n\
            # Between paragraphs, a blank line.\n\
            contact =\n    Write to { -brand }.\n\n    We answer within a week.\n\
            \x20   .title = Contact\n\n\n\
            Count = { $n ->\n[one] one\n*[other] many\n}\n\
            # trailing comment\n";
        assert_eq!(
            sources(text),
            [
                (
                    "brand".to_string(),
                    true,
                    "-brand =\n    Acme\n    Corporation".to_string()
                ),
                ("intro".to_string(), false, "intro = Hello".to_string()),
                (
                    "contact".to_string(),
                    false,
                    "contact =\n    Write to { -brand }.\n\n    We answer within a week.\n    .title = Contact"
                        .to_string()
                ),
                (
                    "Count".to_string(),
                    false,
                    "Count = { $n ->\n[one] one\n*[other] many\n}".to_string()
                ),
            ]
        );
    }

    #[test]
    fn crlf_and_broken_files_give_what_parses() {
        assert_eq!(
            sources("a = 1\r\n  two\r\n\r\nb = }\r\nc = 3\r\n"),
            [
                ("a".to_string(), false, "a = 1\r\n  two".replace('\r', "")),
                ("c".to_string(), false, "c = 3".to_string()),
            ]
        );
        assert!(sources("").is_empty());
    }

    #[test]
    fn offsets_are_of_slices_only() {
        let text = String::from("abc = d");
        let other = String::from("elsewhere");
        assert_eq!(offset_in(&text, &text[4..]), Some(4));
        assert_eq!(offset_in(&text, &other), None);
    }
}
