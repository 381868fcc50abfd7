//! What can go wrong writing the output: a destination redline must not replace (a usage
//! error), a file that cannot be written, an old copy left after the swap. I/O on the build
//! lock and the staging folder stays `Error::Io`, which names the path that failed.

use std::path::PathBuf;

use crate::error::Problem;

#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// The output path (as given, or resolved) may not be replaced, for `why`.
    #[error(
        "will not write the site to `{}`: {why}; redline replaces its output folder whole, so choose another --output (or `output` in site.yaml){}",
        .output.display(),
        if .why.is_in_the_way() { ", or empty the folder yourself" } else { "" }
    )]
    Refused { output: PathBuf, why: Refusal },
    /// A warning: the swap is done, but the old site (at `path`) stays.
    #[error("the new site is published, but the old copy could not be removed: {0}")]
    OldCopyKept(std::io::Error),
    #[error("cannot write the page: {0}")]
    CannotWritePage(std::io::Error),
    #[error("cannot write the file: {0}")]
    CannotWriteFile(std::io::Error),
}

impl Problem for OutputError {
    fn help(&self) -> Option<String> {
        match self {
            OutputError::Refused { .. } => None,
            OutputError::OldCopyKept(_) => {
                Some("remove the folder yourself, or let the next build remove it".to_string())
            }
            OutputError::CannotWritePage(_) | OutputError::CannotWriteFile(_) => {
                Some("check the free space and permissions of the output folder".to_string())
            }
        }
    }
}

/// Why an output path may not be replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("it is a link (or passes through one) to something that does not exist")]
    DanglingLink,
    #[error("it is the root of the file system")]
    FileSystemRoot,
    #[error("its name is not valid Unicode")]
    NotUnicode,
    #[error("it is the site itself")]
    IsSite,
    #[error("it holds the site itself")]
    HoldsSite,
    #[error("it is one of the site's sources")]
    IsSource,
    #[error("it is your home folder or holds it")]
    HoldsHome,
    /// What is at the path now, rather than where the path is.
    #[error("it is a file")]
    IsFile,
    #[error("it holds files that an earlier redline build did not write")]
    ForeignFiles,
}

impl Refusal {
    /// Whether the refusal is about what the folder holds now, which the user may clear.
    fn is_in_the_way(self) -> bool {
        matches!(self, Refusal::IsFile | Refusal::ForeignFiles)
    }
}
