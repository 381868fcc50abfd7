//! YAML to typed values with diagnostics that point at file lines.
//!
//! One place turns serde-saphyr's errors into `Diagnostic`s for site.yaml, policy.yaml and front
//! matter alike: the location is shifted by `line_offset` (front matter starts on line 2 of a
//! Markdown file, see getzola/zola#1133), the message loses serde-saphyr's own snippet, and an
//! unknown key gets a "did you mean" from the keys the type accepts.

use serde::de::DeserializeOwned;

use crate::error::Diagnostic;

/// Parses `text` as `T`; an empty document (or only comments) is `T::default()`.
pub(crate) fn parse_yaml<T: DeserializeOwned + Default>(
    text: &str,
    path: &str,
    line_offset: u32,
) -> Result<T, Diagnostic> {
    match serde_saphyr::from_str::<Option<T>>(text) {
        Ok(value) => Ok(value.unwrap_or_default()),
        Err(err) => {
            let message = strip_location(&err.without_snippet().to_string());
            let mut diagnostic = Diagnostic::error(path, message.clone());
            if let Some(location) = err.location() {
                let line = u32::try_from(location.line()).unwrap_or(u32::MAX);
                let col = u32::try_from(location.column()).unwrap_or(u32::MAX);
                diagnostic = diagnostic.at(line.saturating_add(line_offset), col);
            }
            Err(diagnostic.help(help_for(&message)))
        }
    }
}

/// serde-saphyr writes the location into its message (`error: line N column M: …` or
/// `… at line N, column M`), counted from the YAML block; the diagnostic carries the file's.
fn strip_location(message: &str) -> String {
    let mut message = message.trim().trim_start_matches("error: ");
    if let Some(rest) = message.strip_prefix("line ")
        && let Some((_, after)) = rest.split_once(": ")
    {
        message = after;
    }
    if let Some((before, location)) = message.rsplit_once(" at line ")
        && location.contains(", column ")
    {
        message = before;
    }
    // serde's words for a number that is not one mean nothing to the legal team.
    if message.starts_with("invalid i64")
        || message.starts_with("invalid u64")
        || message.starts_with("invalid integer")
    {
        return "this value is not a whole number".to_string();
    }
    message.to_string()
}

fn help_for(message: &str) -> String {
    if message == "this value is not a whole number" {
        return "write a whole number, e.g. `order: 2`".to_string();
    }
    if let Some(unknown) = between(message, "unknown field `", "`") {
        let expected: Vec<&str> = message
            .split_once("expected one of ")
            .or_else(|| message.split_once("expected "))
            .map(|(_, list)| list.split(", ").map(|k| k.trim_matches('`')).collect())
            .unwrap_or_default();
        if let Some(best) = closest(unknown, &expected) {
            return format!("did you mean `{best}`?");
        }
        return format!(
            "remove `{unknown}`; the keys allowed here are: {}",
            expected.join(", ")
        );
    }
    if message.contains("duplicate mapping key") {
        return "each key may appear only once: remove or merge the repeated one".to_string();
    }
    if message.contains("a date") || message.contains("day of the calendar") {
        return "write dates as YYYY-MM-DD, e.g. 2026-02-01".to_string();
    }
    if message.contains("mapping") {
        return "write one `key: value` per line".to_string();
    }
    if message.contains("invalid type")
        || message.contains("invalid value")
        || message.contains("expected")
    {
        return "give this key a value of the kind it takes (text, a date, a number, true/false or a list)".to_string();
    }
    "check the YAML here: one `key: value` per line; quote values that contain `: ` or start with a quote"
        .to_string()
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let (_, rest) = text.split_once(start)?;
    rest.split_once(end).map(|(inside, _)| inside)
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
            err.message.contains("unknown field `sumary`"),
            "{}",
            err.message
        );
        assert_eq!(err.help.as_deref(), Some("did you mean `summary`?"));
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
        assert_eq!(err.message, "this value is not a whole number");
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
}
