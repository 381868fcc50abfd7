//! The commands that are not `build`, `serve` or `check`: thin users of the stages, each in
//! its own file (STYLE.md, "commands/"). None knows about another.

pub mod init;
pub mod locales;
pub mod new;
pub mod status;
