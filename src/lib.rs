//! redline: a static site generator for versioned, localized legal policies.
//!
//! The pipeline (DESIGN.md "Code layout", ARCHITECTURE.md), each stage a module, data flowing
//! one way: `config` (site.yaml) → `content` (the `Site` model) → `markdown` → `diff` →
//! `i18n` (Fluent, dates) → `render` (Tera pages) → `output` (staging, sitemap, policies.json).
//! `build` runs them in order; `check`, `serve` and `commands` drive it; `cli` parses the
//! command line and `run` reports the result.

pub mod build;
pub mod cache;
pub mod check;
pub mod cli;
pub mod commands;
pub mod config;
pub mod content;
pub mod date;
pub mod diff;
pub mod error;
mod escape;
pub mod i18n;
pub mod language;
pub mod lock;
pub mod markdown;
pub mod output;
mod read;
pub mod render;
mod run;
pub mod serve;
pub mod theme;
pub mod urls;
pub mod watch;
pub(crate) mod yaml;

pub use run::run;
