//! The `file:DIR` transport: one `.eml` per message, so a fresh install needs no server.

use std::path::{Path, PathBuf};

use std::os::unix::fs::PermissionsExt;

use lettre::{FileTransport, Transport as _};

use std::time::Duration;

use super::{Mailer, SendError};
use crate::domain::error::{Result, Unavailable};

pub struct FileMailer {
    dir: PathBuf,
    transport: FileTransport,
}

impl FileMailer {
    /// Creates the directory 0700 if needed: messages carry invitation links.
    pub fn new(dir: &Path) -> Result<FileMailer> {
        crate::private::create_dir(dir).map_err(|source| Unavailable::Io {
            action: "create",
            path: dir.to_path_buf(),
            source,
        })?;
        Ok(FileMailer {
            dir: dir.to_path_buf(),
            transport: FileTransport::new(dir),
        })
    }
}

impl Mailer for FileMailer {
    fn send(
        &self,
        message: &lettre::Message,
        _timeout: Duration,
    ) -> std::result::Result<Option<String>, SendError> {
        let id = self.transport.send(message).map_err(|e| {
            SendError::retry(format!("cannot write to {}: {e}", self.dir.display()))
        })?;
        // The message may carry a link that signs someone in: owner only.
        let path = self.dir.join(format!("{id}.eml"));
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))
            .map_err(|e| SendError::retry(format!("cannot restrict {}: {e}", path.display())))?;
        let shown = std::path::absolute(&path).unwrap_or(path);
        Ok(Some(shown.display().to_string()))
    }
}
