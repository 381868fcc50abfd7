//! The `redline` binary: parse the command line, run, exit with the code `run` chose.

use std::process::ExitCode;

use clap::Parser;

/// Building a site allocates millions of small strings across threads; mimalloc does that
/// noticeably faster than the system allocator (measured in the commit that added it).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = match redline::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // clap prints help and version to stdout (exit 0) and usage errors to stderr (exit 2).
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    // Unlocked handles, which lock per write: a library that writes to stderr from a worker
    // thread (ICU4X logs missing data in debug builds) would otherwise wait forever on a lock
    // this thread holds for the whole run.
    let code = redline::run(cli.command, &mut std::io::stdout(), &mut std::io::stderr());
    ExitCode::from(code)
}
