//! YAML to typed values with diagnostics that point at file lines.
//!
//! One place turns serde-saphyr's errors into `Diagnostic`s for site.yaml, policy.yaml and front
//! matter alike. It reads the error's structure, never its wording: the location comes from
//! `Error::location` and is shifted by `line_offset` (front matter starts on line 2 of a
//! Markdown file, see getzola/zola#1133); the message and its help are chosen by the error's
//! variant, in words for the legal team where serde-saphyr's are meant for developers (an
//! unknown key gets a "did you mean" from the keys the type accepts); any other error keeps
//! serde-saphyr's own message, without its location and snippet.

use std::borrow::Cow;

use serde::de::DeserializeOwned;
use serde_saphyr::granit_parser::ErrorKind;
use serde_saphyr::{DefaultMessageFormatter, Error, ExternalMessageSource, MessageFormatter};

use crate::error::{Diagnostic, Problem};

/// What is wrong with a YAML file (site.yaml, policy.yaml, front matter), by the kind of
/// serde-saphyr's error. Quoted keys and values are shown with control characters escaped.
#[derive(Debug, thiserror::Error)]
pub(crate) enum YamlError {
    #[error("unknown field `{}`, expected one of {}", printable(.field), .expected.join(", "))]
    UnknownField {
        field: String,
        expected: Vec<String>,
    },
    #[error("duplicate mapping key `{}`", printable(.0))]
    DuplicateKey(String),
    #[error("duplicate mapping key")]
    DuplicateUnnamedKey,
    #[error("this value is not a whole number")]
    NotWholeNumber,
    #[error("this value is not a whole number of 0 or more")]
    NotCount,
    #[error("this value is neither true nor false")]
    NotBoolean,
    #[error("this is a second YAML document, after a `---` or `...` line; only one is read")]
    SecondDocument,
    #[error("this key has no value")]
    NoValue,
    /// A required key absent from its mapping: most often a key of a list item that is not
    /// indented under the item's first key, so it belongs to the mapping around the list.
    #[error("missing field `{}`", printable(.0))]
    MissingField(String),
    /// A value of redline's own types refused (`Date` is the only one that does), in its own
    /// words (`DateError::explain`).
    #[error("{}", printable(.0))]
    BadDate(String),
    /// Any other error, in serde-saphyr's words (its location and snippet left out).
    #[error("{}", printable(.message))]
    Other { message: String, help: OtherHelp },
}

/// The help for an error in serde-saphyr's words: what kind of mistake it most likely is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OtherHelp {
    /// Something where a `key: value` line was expected.
    KeyValue,
    /// A value of the wrong kind.
    Value,
    Generic,
}

impl Problem for YamlError {
    fn help(&self) -> Option<String> {
        let help = match self {
            YamlError::UnknownField { field, expected } => {
                let expected: Vec<&str> = expected.iter().map(String::as_str).collect();
                match closest(field, &expected) {
                    Some(best) => format!("did you mean `{best}`?"),
                    None => format!(
                        "remove `{}`; the keys allowed here are: {}",
                        printable(field),
                        expected.join(", ")
                    ),
                }
            }
            YamlError::DuplicateKey(_) | YamlError::DuplicateUnnamedKey => {
                "each key may appear only once: remove or merge the repeated one".to_string()
            }
            YamlError::NotWholeNumber => "write a whole number, e.g. `order: 2`".to_string(),
            YamlError::NotCount => "write a whole number of 0 or more, e.g. `30`".to_string(),
            YamlError::NotBoolean => "write `true` or `false`".to_string(),
            YamlError::SecondDocument => {
                "remove that line and merge what follows into the keys above it".to_string()
            }
            YamlError::NoValue
            | YamlError::Other {
                help: OtherHelp::Value,
                ..
            } => VALUE_HELP.to_string(),
            YamlError::BadDate(_) => "write dates as YYYY-MM-DD, e.g. 2026-02-01".to_string(),
            YamlError::MissingField(field) => format!(
                "add `{0}:` here; in a list item, write it under the item's first key, indented \
                 as far (`- date: …` then `  {0}: …` on the next line)",
                printable(field)
            ),
            YamlError::Other {
                help: OtherHelp::KeyValue,
                ..
            } => "write one `key: value` per line".to_string(),
            YamlError::Other {
                help: OtherHelp::Generic,
                ..
            } => GENERIC_HELP.to_string(),
        };
        Some(help)
    }
}

const GENERIC_HELP: &str = "check the YAML here: one `key: value` per line; quote values that contain `: ` or start with a quote";
const VALUE_HELP: &str =
    "give this key a value of the kind it takes (text, a date, a number, true/false or a list)";

/// Parses `text` as `T`; an empty document (or only comments) is `T::default()`.
pub(crate) fn parse_yaml<T: DeserializeOwned + Default>(
    text: &str,
    path: &str,
    line_offset: u32,
) -> Result<T, Diagnostic> {
    match serde_saphyr::from_str::<Option<T>>(text) {
        Ok(value) => Ok(value.unwrap_or_default()),
        Err(err) => {
            let mut diagnostic = Diagnostic::error(path, explain(original(&err)));
            if let Some(location) = err.location() {
                let line = u32::try_from(location.line()).unwrap_or(u32::MAX);
                let col = u32::try_from(location.column()).unwrap_or(u32::MAX);
                diagnostic = diagnostic.at(line.saturating_add(line_offset), col);
            }
            Err(diagnostic)
        }
    }
}

/// The error itself, out of the wrappers that add a snippet or an alias's locations.
fn original(mut err: &Error) -> &Error {
    loop {
        match err {
            Error::WithSnippet { error, .. } | Error::AliasError { error, .. } => err = error,
            other => return other,
        }
    }
}

/// What `err` means for the legal team.
fn explain(err: &Error) -> YamlError {
    let other = |help| YamlError::Other {
        message: DefaultMessageFormatter.format_message(err).into_owned(),
        help,
    };
    match err {
        Error::SerdeUnknownField {
            field, expected, ..
        } => YamlError::UnknownField {
            field: field.to_string(),
            expected: expected.iter().map(ToString::to_string).collect(),
        },
        Error::DuplicateMappingKey { key, .. } => match key {
            Some(key) => YamlError::DuplicateKey(key.to_string()),
            None => YamlError::DuplicateUnnamedKey,
        },
        // serde's words for a number that is not one mean nothing to the legal team.
        Error::InvalidScalar { ty, .. } if ty.starts_with('i') => YamlError::NotWholeNumber,
        Error::InvalidScalar { ty, .. } if ty.starts_with('u') => YamlError::NotCount,
        Error::InvalidScalar { ty: "boolean", .. } | Error::InvalidBooleanStrict { .. } => {
            YamlError::NotBoolean
        }
        Error::MultipleDocuments { .. } => YamlError::SecondDocument,
        Error::NullIntoString { .. } => YamlError::NoValue,
        Error::SerdeMissingField { field, .. } => YamlError::MissingField(field.to_string()),
        // A custom error of redline's own types: `Date` is the only one that raises one, with
        // a sentence of its own (`DateError::explain`).
        Error::Message { msg, .. } => YamlError::BadDate(msg.to_string()),
        Error::Unexpected { expected, .. } => other(if expected.contains("mapping") {
            OtherHelp::KeyValue
        } else {
            OtherHelp::Value
        }),
        Error::ExternalMessage { source, .. } => other(match source.as_ref() {
            ExternalMessageSource::Parser(scan)
                if matches!(
                    scan.kind(),
                    ErrorKind::MappingValueNotAllowed
                        | ErrorKind::InvalidColonPlacement
                        | ErrorKind::ExpectedBlockMappingKey
                ) =>
            {
                OtherHelp::KeyValue
            }
            _ => OtherHelp::Generic,
        }),
        Error::SerdeInvalidType { .. }
        | Error::SerdeInvalidValue { .. }
        | Error::SerdeInvalidLength { .. } => other(OtherHelp::Value),
        _ => other(OtherHelp::Generic),
    }
}

/// `text` with control characters (and the Unicode line separators) written as escapes, as
/// serde-saphyr's own rendering does: a key or value quoted in a message cannot drive the
/// terminal.
fn printable(text: &str) -> Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}');
    if !text.contains(unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if unsafe_char(c) {
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// The candidate nearest to `word` by Levenshtein distance in characters (the first in
/// alphabetical order on a tie), if it is near enough to be a typo.
pub(crate) fn closest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (strsim::levenshtein(word, c), *c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 3))
        .min()
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Default, Debug)]
    #[serde(deny_unknown_fields)]
    struct Keys {
        #[allow(dead_code)]
        summary: Option<String>,
        #[allow(dead_code)]
        title: Option<String>,
    }

    #[test]
    fn unknown_key_suggests_and_offsets_line() {
        let err = parse_yaml::<Keys>("title: a\nsumary: b\n", "x.md", 1).unwrap_err();
        assert_eq!((err.line, err.col), (Some(3), Some(1)));
        assert!(
            matches!(
                err.problem(),
                Some(YamlError::UnknownField { field, .. }) if field == "sumary"
            ),
            "{err}"
        );
        assert_eq!(err.help().as_deref(), Some("did you mean `summary`?"));
    }

    #[test]
    fn numbers_that_are_not_say_so_plainly() {
        #[derive(serde::Deserialize, Default, Debug)]
        #[serde(deny_unknown_fields)]
        struct Order {
            #[allow(dead_code)]
            order: Option<i64>,
        }
        let err = parse_yaml::<Order>("order: first\n", "policy.yaml", 0).unwrap_err();
        assert!(
            matches!(err.problem(), Some(YamlError::NotWholeNumber)),
            "{err}"
        );
        assert_eq!(err.line, Some(1));
    }

    #[test]
    fn duplicate_keys_and_empty_documents() {
        let err = parse_yaml::<Keys>("title: a\ntitle: b\n", "x.md", 0).unwrap_err();
        assert_eq!(err.line, Some(2));
        assert!(parse_yaml::<Keys>("# only a comment\n", "x.md", 0).is_ok());
    }

    #[test]
    fn suggestions_count_characters_and_stay_near() {
        let keys = ["summary", "title", "updated", "effective"];
        assert_eq!(closest("sumary", &keys), Some("summary"));
        assert_eq!(closest("Title", &keys), Some("title"));
        assert_eq!(closest("author", &keys), None, "too far to be a typo");
        assert_eq!(closest("ab", &["ac", "ab", "aa"]), Some("ab"));
        assert_eq!(
            closest("ax", &["ac", "ab"]),
            Some("ab"),
            "a tie: alphabetical"
        );
        // Two edits in characters, though four in bytes.
        assert_eq!(closest("résumé", &["resume"]), Some("resume"));
        assert_eq!(closest("x", &[]), None);
    }

    #[test]
    fn messages_come_from_the_error_kind_not_its_wording() {
        let err = parse_yaml::<Keys>("title: a\ntitle: b\n", "x.md", 0).unwrap_err();
        assert!(
            matches!(err.problem(), Some(YamlError::DuplicateKey(key)) if key == "title"),
            "{err}"
        );
        let err = parse_yaml::<Keys>("title: a\n---\ntitle: b\n", "site.yaml", 0).unwrap_err();
        assert!(
            matches!(err.problem(), Some(YamlError::SecondDocument)),
            "{err}"
        );
        assert_eq!(err.line, Some(3));
        let err = parse_yaml::<Keys>("title: a: b\n", "x.md", 1).unwrap_err();
        assert_eq!((err.line, err.col), (Some(2), Some(9)));
        assert!(
            matches!(
                err.problem(),
                Some(YamlError::Other {
                    help: OtherHelp::KeyValue,
                    ..
                })
            ),
            "{err}"
        );

        #[derive(serde::Deserialize, Default, Debug)]
        #[serde(deny_unknown_fields)]
        struct Settings {
            #[allow(dead_code)]
            allow_html: Option<bool>,
            #[allow(dead_code)]
            days: Option<u32>,
        }
        let err = parse_yaml::<Settings>("allow_html: yes please\n", "site.yaml", 0).unwrap_err();
        assert!(
            matches!(err.problem(), Some(YamlError::NotBoolean)),
            "{err}"
        );
        let err = parse_yaml::<Settings>("days: -1\n", "site.yaml", 0).unwrap_err();
        assert!(matches!(err.problem(), Some(YamlError::NotCount)), "{err}");
        assert_eq!((err.line, err.col), (Some(1), Some(7)));
    }

    #[test]
    fn a_key_with_control_characters_is_quoted_escaped() {
        let err = parse_yaml::<Keys>("\"ti\\x1btle\": a\n", "x.md", 0).unwrap_err();
        let message = err.message();
        assert!(
            message.starts_with("unknown field `ti\\u{1b}tle`"),
            "{message}"
        );
        assert!(!message.contains('\u{1b}'));
        assert_eq!(err.help().as_deref(), Some("did you mean `title`?"));
    }
}
