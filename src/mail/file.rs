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
    /// directory other accounts can read is refused, as the store is (the
    /// messages stay queued, with the reason).
    pub fn new(dir: &Path) -> Result<FileMailer> {
        crate::private::create_dir(dir).map_err(|source| Unavailable::Io {
            action: "create",
            path: dir.to_path_buf(),
            source,
        })?;
        let meta = std::fs::metadata(dir).map_err(|source| Unavailable::Io {
            action: "read",
            path: dir.to_path_buf(),
            source,
        })?;
        if meta.mode() & 0o077 != 0 || meta.uid() != crate::private::effective_uid() {
            return Err(Unavailable::Unusable {
                why: format!(
                    "the outbox {} is not private to this account (mode {:04o}, uid {}); its \
                     messages carry live links: chmod 700 it, or name another with mail.transport",
                    dir.display(),
                    meta.mode() & 0o777,
                    meta.uid()
                ),
            }
            .into());
        }
        Ok(FileMailer {
            dir: dir.to_path_buf(),
        })
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
