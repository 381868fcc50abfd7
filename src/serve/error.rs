//! What keeps `serve` from serving: an address it cannot bind (a usage error, exit 2), or a file
//! watcher that cannot run (exit 1), with what to do about it.

use std::path::PathBuf;

use crate::error::Problem;

/// What to do when the file watcher cannot run.
const WATCHER_HELP: &str = "the system's limit of open files or of watched folders may be reached: close other programs that watch files, or raise the limits (`ulimit -n`; on Linux, the sysctls fs.inotify.max_user_instances and fs.inotify.max_user_watches); `redline build` works without a watcher";

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("the server has no IP address")]
    NoAddress,
    /// `--bind` is not an IP address.
    #[error("--bind {0}: not an IP address (e.g. 127.0.0.1, or 0.0.0.0 for every interface)")]
    NotAnAddress(String),
    /// The port is taken; `free` is a port near it that is not, if one was found.
    #[error(
        "port {port} on {host} is already in use (another redline serve?); {}",
        match .free {
            Some(free) => format!("try --port {free}"),
            None => "choose another with --port".to_string(),
        }
    )]
    PortInUse {
        host: String,
        port: u16,
        free: Option<u16>,
    },
    #[error("cannot listen on {address}: {error}")]
    CannotListen {
        address: String,
        error: std::io::Error,
    },
    #[error("cannot serve on {address}: {error}")]
    CannotServe {
        address: String,
        error: Box<dyn std::error::Error + Send + Sync>,
    },
    #[error("cannot watch {} for changes: {error}", .root.display())]
    CannotWatch { root: PathBuf, error: notify::Error },
    #[error(
        "the watcher of {} stopped: saved changes would no longer be shown",
        .root.display()
    )]
    WatcherStopped { root: PathBuf },
}

impl Problem for ServeError {
    fn help(&self) -> Option<String> {
        match self {
            ServeError::CannotWatch { .. } => Some(WATCHER_HELP.to_string()),
            ServeError::WatcherStopped { .. } => Some(format!(
                "start `redline serve` again; if it stops again, {WATCHER_HELP}"
            )),
            // Usage errors: the message says what to do.
            _ => None,
        }
    }
}
