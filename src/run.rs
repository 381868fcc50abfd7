//! Runs one command: the one place that prints diagnostics and picks the exit code; the
//! library never exits and never prints on its own.

use std::io::Write;

use crate::build::build_to_disk;
use crate::cli::Command;
use crate::error::{Diagnostic, Error};
use crate::{check, commands, serve};

/// Exit codes (DESIGN.md "CLI").
const EXIT_OK: u8 = 0;
const EXIT_SITE_ERRORS: u8 = 1;
const EXIT_USAGE: u8 = 2;

/// Runs one command, printing to `out` and `err`; returns the process exit code.
pub fn run(command: Command, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    // What a failure means, in the last line the user reads.
    let (result, failed) = match command {
        Command::Build(args) => (
            args.into_options()
                .and_then(|options| build_to_disk(&options, out, err)),
            "build failed; the output folder was left as it was",
        ),
        Command::Serve(args) => (
            args.into_options()
                .and_then(|options| serve::serve(&options, out, err)),
            "serve could not start",
        ),
        Command::Check(args) => (
            args.into_options()
                .and_then(|options| check::check(&options, out, err)),
            "check failed",
        ),
        Command::New(args) => (
            args.into_options()
                .and_then(|options| commands::new::new_version(&options, out)),
            "no version was created",
        ),
        Command::Status(args) => (
            args.into_options()
                .and_then(|options| commands::status::status(&options, out)),
            "status could not read the site",
        ),
        Command::Notice(args) => (
            args.into_options()
                .and_then(|options| commands::notice::notice(&options, out)),
            "no notice was printed",
        ),
        Command::Init(args) => (
            args.into_options()
                .and_then(|options| commands::init::init(&options, out)),
            "no site was created",
        ),
        Command::Locales(args) => (
            args.into_options()
                .and_then(|options| commands::locales::extract(&options, out)),
            "no file was written",
        ),
    };
    match result {
        Ok(()) => EXIT_OK,
        Err(Error::Site(mut diagnostics)) => {
            diagnostics.sort();
            diagnostics.dedup();
            print_diagnostics(&diagnostics, err);
            let errors = diagnostics.iter().filter(|d| d.is_error()).count();
            let _ = writeln!(err, "{errors} error(s): {failed}");
            EXIT_SITE_ERRORS
        }
        Err(e @ Error::Usage(_)) => {
            let _ = writeln!(err, "error: {e}");
            EXIT_USAGE
        }
        Err(e @ (Error::Io { .. } | Error::Environment { .. })) => {
            let _ = writeln!(err, "error: {e}");
            let _ = writeln!(err, "{failed}");
            EXIT_SITE_ERRORS
        }
    }
}

fn print_diagnostics(diagnostics: &[Diagnostic], err: &mut dyn Write) {
    for diagnostic in diagnostics {
        // A closed pipe (`redline build 2>&1 | head`) is not worth a panic.
        let _ = writeln!(err, "{diagnostic}");
    }
}
