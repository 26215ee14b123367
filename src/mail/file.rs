//! The `file:DIR` transport: one `.eml` per message, so a fresh install needs no server.

use std::io::Write as _;
use std::os::unix::fs::MetadataExt as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::{Mailer, SendError};
use crate::domain::error::{Result, Unavailable};

pub struct FileMailer {
    dir: PathBuf,
}

impl FileMailer {
    /// Creates the directory 0700 if needed: messages carry live links. A
    /// path that is not a directory, or a directory other accounts can read,
    /// is refused (the messages stay queued, with the reason).
    pub fn new(dir: &Path) -> Result<FileMailer> {
        let unusable = |why: String| Unavailable::Outbox {
            path: dir.to_path_buf(),
            why,
        };
        crate::private::create_dir(dir).map_err(|e| unusable(cannot_create(dir, &e)))?;
        let meta =
            std::fs::metadata(dir).map_err(|e| unusable(format!("it cannot be read: {e}")))?;
        if !meta.is_dir() {
            let what = if meta.is_file() {
                "a file"
            } else {
                "not a directory"
            };
            return Err(unusable(format!(
                "it is {what}; it must be a directory, where each message is written as \
                 an .eml file: move it away, or name a directory with mail.transport"
            ))
            .into());
        }
        let me = crate::private::effective_uid();
        if meta.uid() != me {
            return Err(unusable(format!(
                "it belongs to uid {}, not to this account (uid {me}), and its messages \
                 carry live links: name a directory of this account's with mail.transport",
                meta.uid()
            ))
            .into());
        }
        if meta.mode() & 0o077 != 0 {
            return Err(unusable(format!(
                "it is not private to this account (mode {:04o}), and its messages carry \
                 live links: chmod 700 {}, or name another directory with mail.transport",
                meta.mode() & 0o777,
                dir.display()
            ))
            .into());
        }
        Ok(FileMailer {
            dir: dir.to_path_buf(),
        })
    }
}

/// Why the outbox directory could not be created, naming the part of its
/// path that is a file when that is the reason.
fn cannot_create(dir: &Path, error: &std::io::Error) -> String {
    let blocker = dir
        .ancestors()
        .skip(1)
        .find(|a| a.exists())
        .filter(|a| !a.is_dir());
    match blocker {
        Some(file) => format!(
            "it cannot be created under {}, which is not a directory: name a directory \
             with mail.transport",
            file.display()
        ),
        None => format!("it cannot be created: {error}"),
    }
}

impl Mailer for FileMailer {
    /// Writes the message to a new file made 0600 from the start: it may
    /// carry a link that signs someone in.
    fn send(
        &self,
        message: &lettre::Message,
        _timeout: Duration,
    ) -> std::result::Result<Option<String>, SendError> {
        let path = self.dir.join(format!("{}.eml", uuid::Uuid::new_v4()));
        let write = || -> std::io::Result<()> {
            let mut file = crate::private::create_new_file(&path)?;
            file.write_all(&message.formatted())?;
            file.sync_data()
        };
        write().map_err(|e| SendError::retry(format!("cannot write {}: {e}", path.display())))?;
        let shown = std::path::absolute(&path).unwrap_or(path);
        Ok(Some(shown.display().to_string()))
    }
}
