//! Every page's address (DESIGN.md "Output URLs"): site paths with a trailing slash, without the
//! base path, which `render` and `output` prefix where a link needs it.

use crate::content::Policy;
use crate::date::Date;

/// `/<locale>/<policy>/`: the current version.
pub fn policy_path(locale: &str, policy: &Policy) -> String {
    format!("/{locale}/{}/", policy.id)
}

/// `/<locale>/<policy>/<date>/`: a version's permalink.
pub fn version_path(locale: &str, policy: &Policy, date: Date) -> String {
    format!("/{locale}/{}/{date}/", policy.id)
}

pub fn history_path(locale: &str, policy: &Policy) -> String {
    format!("/{locale}/{}/history/", policy.id)
}

/// The redline into version `date`; the first version has none.
pub fn changes_path(locale: &str, policy: &Policy, date: Date) -> String {
    format!("/{locale}/{}/changes/{date}/", policy.id)
}

/// The redline from version `date` to the current one: "what changed since the version you
/// accepted". Every version before the current one has one.
pub fn since_path(locale: &str, policy: &Policy, date: Date) -> String {
    format!("/{locale}/{}/since/{date}/", policy.id)
}

pub fn feed_path(locale: &str) -> String {
    format!("/{locale}/feed.xml")
}

/// The file under the output folder that serves a site path: `index.html` for a folder URL.
pub fn file_of(path: &str) -> String {
    let relative = path.trim_start_matches('/');
    if path.ends_with('/') {
        format!("{relative}index.html")
    } else {
        relative.to_string()
    }
}
