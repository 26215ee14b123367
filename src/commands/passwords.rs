//! Passwords as the command line takes them: from stdin, a terminal prompt,
//! or generated; and generated ones written to a private credentials file.

use std::fs::File;
use std::io::{Read, Write};
use std::os::unix::fs::OpenOptionsExt as _;
use std::path::{Path, PathBuf};

use zeroize::Zeroizing;

use super::App;
use super::CliError;
use crate::domain::error::{Conflict, Error, Result, Unavailable};
use crate::domain::password::Password;

/// Reads `names.len()` lines from stdin, one secret a line, in order.
pub fn read_stdin_lines(names: &[&str]) -> Result<Vec<Zeroizing<String>>> {
    let mut all = Zeroizing::new(String::new());
    // A secret is a short line: `< /dev/zero` is refused after 1 MiB.
    let mut input = crate::transfer::Limited::new(std::io::stdin(), crate::transfer::Unit::Line);
    let counter = input.counter();
    input.read_to_string(&mut all).map_err(|e| {
        counter
            .overrun_in("stdin", "stdin")
            .unwrap_or_else(|| Error::invalid("stdin", format!("cannot read: {e}")))
    })?;
    let lines: Vec<&str> = all.lines().map(|l| l.trim_end_matches('\r')).collect();
    if lines.len() < names.len() || lines.iter().take(names.len()).any(|l| l.is_empty()) {
        let wanted: Vec<String> = names
            .iter()
            .enumerate()
            .map(|(i, n)| format!("the {n} on line {}", i + 1))
            .collect();
        return Err(Error::invalid(
            "stdin",
            format!("expected {}", wanted.join(" and ")),
        ));
    }
    Ok(lines
        .iter()
        .take(names.len())
        .map(|l| Zeroizing::new(l.to_string()))
        .collect())
}

/// The current password for signing in: stdin, or on a terminal a prompt
/// asked once.
pub fn current_password(app: &App, from_stdin: bool, user: &str) -> anyhow::Result<Password> {
    if from_stdin {
        let lines = read_stdin_lines(&["password"])?;
        return Ok(Password::new(&lines[0]));
    }
    if !app.settings.interactive {
        return Err(CliError::Usage(
            "no password given: pipe it with --password-stdin (a password is never taken as an argument)".into(),
        )
        .into());
    }
    let typed = dialoguer::Password::new()
        .with_prompt(format!("Password for {user}"))
        .interact()
        .map_err(|e| CliError::NotConfirmed(format!("no password entered: {e}")))?;
    Ok(Password::new(&Zeroizing::new(typed)))
}

/// A new password from stdin (`--password-stdin`) or, on a terminal, a prompt
/// that asks twice. Without either, a usage error naming the flags.
pub fn password(app: &App, from_stdin: bool, prompt: bool, what: &str) -> anyhow::Result<Password> {
    typed_password(app.settings.interactive, from_stdin, prompt, what)
}

/// [`password`], where `interactive` says whether there is a terminal.
pub fn typed_password(
    interactive: bool,
    from_stdin: bool,
    prompt: bool,
    what: &str,
) -> anyhow::Result<Password> {
    if from_stdin {
        let lines = read_stdin_lines(&["password"])?;
        return Ok(Password::new(&lines[0]));
    }
    if prompt || interactive {
        if !interactive {
            return Err(CliError::Usage(
                "--prompt-password needs a terminal; use --password-stdin in scripts".into(),
            )
            .into());
        }
        let typed = dialoguer::Password::new()
            .with_prompt(format!("New password for {what}"))
            .with_confirmation("Repeat it", "The two entries differ; try again")
            .interact()
            .map_err(|e| CliError::NotConfirmed(format!("no password entered: {e}")))?;
        return Ok(Password::new(&Zeroizing::new(typed)));
    }
    Err(CliError::Usage(
        "no password given: pipe it with --password-stdin (a password is never taken as an argument)".into(),
    )
    .into())
}

/// Refuses `-q` with generated passwords and no credentials file: the passwords
/// would be set and shown nowhere.
pub fn check_generated_output(
    app: &App,
    generate: bool,
    file: Option<&Path>,
) -> Result<(), CliError> {
    if generate && file.is_none() && app.settings.quiet {
        return Err(CliError::Usage(
            "-q would hide the generated passwords: add --credentials-file FILE".into(),
        ));
    }
    Ok(())
}

/// A credentials file (SPEC §6): created 0600, or appended to when it is
/// already a regular file of this account's with mode 0600 (a CI job that
/// re-runs keeps one file); never truncated, never followed through a
/// symlink. Passwords are written to it *before* the change is committed, so
/// a committed password can never be lost. Once `keep` is called (a change
/// was committed), what was written stays; until then, what this run wrote is
/// taken back when it is dropped: a file it created is removed, an appended
/// one cut back to its old length. `mark` and `take_back` undo the lines of a
/// batch whose commit failed.
pub struct CredentialsFile {
    path: PathBuf,
    file: Option<File>,
    /// The length before this run wrote; None when this run created the file.
    appended_at: Option<u64>,
    keep: std::cell::Cell<bool>,
}

impl CredentialsFile {
    pub fn open(path: &Path) -> Result<CredentialsFile> {
        match crate::private::create_new_file(path) {
            Ok(file) => {
                let mut file = CredentialsFile {
                    path: path.to_path_buf(),
                    file: Some(file),
                    appended_at: None,
                    keep: std::cell::Cell::new(false),
                };
                file.write_line("email", "password")?;
                file.watch(true, 0);
                Ok(file)
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Self::append(path),
            Err(e) => Err(Error::invalid(
                "credentials-file",
                format!("{}: {e}", path.display()),
            )),
        }
    }

    /// Opens an existing file for appending, if it is safe to: a regular file
    /// (not a symlink), owned by this account, readable by no one else.
    fn append(path: &Path) -> Result<CredentialsFile> {
        use std::os::unix::fs::MetadataExt as _;
        let refuse = |why: String| -> Error {
            Conflict::UnsafeFile {
                path: path.to_path_buf(),
                why,
                rule: "a credentials file is appended to only when it is a regular file of yours with mode 0600",
            }
            .into()
        };
        let meta = std::fs::symlink_metadata(path)
            .map_err(|e| Error::invalid("credentials-file", format!("{}: {e}", path.display())))?;
        if !meta.file_type().is_file() {
            return Err(refuse("it is not a regular file".into()));
        }
        if meta.uid() != crate::private::effective_uid() {
            return Err(refuse(format!("it is owned by uid {}", meta.uid())));
        }
        if meta.mode() & 0o777 != 0o600 {
            return Err(refuse(format!("its mode is {:04o}", meta.mode() & 0o777)));
        }
        let file = std::fs::OpenOptions::new()
            .append(true)
            .custom_flags(libc::O_NOFOLLOW)
            .open(path)
            .map_err(|e| Error::invalid("credentials-file", format!("{}: {e}", path.display())))?;
        let length = file
            .metadata()
            .map_err(|e| Error::invalid("credentials-file", format!("{}: {e}", path.display())))?
            .len();
        let mut file = CredentialsFile {
            path: path.to_path_buf(),
            file: Some(file),
            appended_at: Some(length),
            keep: std::cell::Cell::new(false),
        };
        if length == 0 {
            file.write_line("email", "password")?;
        }
        file.watch(false, length);
        Ok(file)
    }

    /// Tells Ctrl-C about this file (`crate::interrupt`): what this run
    /// wrote for no committed change is taken back, and a file it created
    /// that holds only its header is removed.
    fn watch(&self, created: bool, kept: u64) {
        use std::os::fd::AsRawFd as _;
        if let Some(file) = &self.file {
            crate::interrupt::credentials_opened(
                file.as_raw_fd(),
                &self.path,
                created,
                self.mark(),
                kept,
            );
        }
    }

    /// Writes one line and makes sure it is on disk.
    pub fn write_line(&mut self, email: &str, password: &str) -> Result<()> {
        let file = self.file.as_mut().expect("open until dropped");
        writeln!(file, "{email},{password}")
            .and_then(|_| file.sync_data())
            .map_err(|source| {
                Unavailable::Io {
                    action: "write",
                    path: self.path.clone(),
                    source,
                }
                .into()
            })
    }

    /// Writes many lines and makes sure they are on disk (one sync).
    pub fn write_lines<'a>(
        &mut self,
        lines: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<()> {
        let file = self.file.as_mut().expect("open until dropped");
        let mut text = String::new();
        for (email, password) in lines {
            text.push_str(email);
            text.push(',');
            text.push_str(password);
            text.push('\n');
        }
        file.write_all(text.as_bytes())
            .and_then(|_| file.sync_data())
            .map_err(|source| {
                Unavailable::Io {
                    action: "write",
                    path: self.path.clone(),
                    source,
                }
                .into()
            })
    }

    /// Where the file ends now, to `take_back` to.
    pub fn mark(&self) -> u64 {
        self.file
            .as_ref()
            .and_then(|f| f.metadata().ok())
            .map_or(0, |m| m.len())
    }

    /// Removes what was written since `mark` (a batch whose commit failed).
    pub fn take_back(&mut self, mark: u64) {
        if let Some(file) = &self.file {
            let _ = file.set_len(mark).and_then(|_| file.sync_data());
        }
    }

    /// A change was committed: what was written stays.
    pub fn keep(&self) {
        self.keep.set(true);
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for CredentialsFile {
    fn drop(&mut self) {
        crate::interrupt::credentials_closed();
        let file = self.file.take();
        if self.keep.get() {
            return;
        }
        match (self.appended_at, file) {
            (Some(length), Some(file)) => {
                let _ = file.set_len(length).and_then(|_| file.sync_data());
            }
            _ => {
                let _ = std::fs::remove_file(&self.path);
            }
        }
    }
}
