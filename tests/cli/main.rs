//! Integration tests: the `redline` binary on small fixture sites (`sites/<name>/`), asserting
//! exit codes, messages and the parsed HTML. One module per concern; `support.rs` holds the
//! `SiteTest` builder. Every build passes `--today` so results do not depend on the clock.

mod book;
mod browser;
mod build;
mod check;
mod commands;
mod errors;
mod guide;
mod i18n;
mod languages;
mod lock;
mod material;
mod notice;
mod output;
mod publish;
mod recipes;
mod redline;
mod serve;
mod serve_stress;
mod since;
mod sitemap;
mod sources;
mod support;
mod titles;
mod translations;
