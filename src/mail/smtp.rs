//! The `smtp://`, `smtps://` and `sendmail` transports.

use std::ffi::OsString;
use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{SmtpTransport, Transport as _};
use zeroize::Zeroizing;

use super::{Mailer, SendError, SmtpTls};
use crate::domain::error::{Error, Result};

pub struct SmtpMailer {
    host: String,
    port: u16,
    tls: Tls,
    credentials: Option<Credentials>,
    server: String,
}

impl SmtpMailer {
    pub fn new(
        host: &str,
        port: u16,
        tls: SmtpTls,
        credentials: Option<&(String, Zeroizing<String>)>,
        tls_ca: Option<&[u8]>,
    ) -> Result<SmtpMailer> {
        let tls_parameters = || {
            let mut params = TlsParameters::builder(host.to_string());
            if let Some(pem) = tls_ca {
                let ca = Certificate::from_pem(pem)
                    .map_err(|e| Error::invalid("mail.tls_ca", e.to_string()))?;
                params = params.add_root_certificate(ca);
            }
            params
                .build()
                .map_err(|e| Error::invalid("mail.transport", format!("TLS for {host}: {e}")))
        };
        Ok(SmtpMailer {
            host: host.to_string(),
            port,
            tls: match tls {
                SmtpTls::None => Tls::None,
                SmtpTls::StartTls => Tls::Required(tls_parameters()?),
                SmtpTls::Wrapper => Tls::Wrapper(tls_parameters()?),
            },
            credentials: credentials
                .map(|(user, password)| Credentials::new(user.clone(), password.to_string())),
            server: format!("{host}:{port}"),
        })
    }
}

impl Mailer for SmtpMailer {
    /// One connection per message, with the time this message may take: a
    /// server that accepts and never answers costs at most that.
    fn send(
        &self,
        message: &lettre::Message,
        timeout: Duration,
    ) -> std::result::Result<Option<String>, SendError> {
        let mut builder = SmtpTransport::builder_dangerous(&self.host)
            .port(self.port)
            .timeout(Some(timeout))
            .tls(self.tls.clone());
        if let Some(credentials) = &self.credentials {
            builder = builder.credentials(credentials.clone());
        }
        builder
            .build()
            .send(message)
            .map(|_| Some(format!("SMTP server {}", self.server)))
            .map_err(|e| {
                let text = e.to_string();
                SendError {
                    // Nothing a retry changes: the server cannot take an
                    // address whose part before @ is not ASCII.
                    permanent: e.is_client() && text.contains("SMTPUTF8"),
                    message: if text.contains("SMTPUTF8") {
                        format!(
                            "SMTP server {}: the address needs SMTPUTF8, which the server does not offer ({text})",
                            self.server
                        )
                    } else {
                        format!("SMTP server {}: {text}", self.server)
                    },
                }
            })
    }
}

/// The local MTA's `sendmail` command, started for each message with the
/// message on stdin (`sendmail -i -f FROM -- TO…`).
pub struct SendmailMailer {
    command: OsString,
}

/// The variables the MTA is given; nothing else of roster's environment
/// reaches it. roster's own (`ROSTER_SMTP_PASSWORD`, a `ROSTER_DB` URL with a
/// password), `PGPASSWORD` and whatever else the caller holds are secrets the
/// MTA has no use for. `MAIL_CONFIG` points Postfix's sendmail at its
/// configuration; HOME finds `~/.msmtprc` and the like.
const MTA_ENVIRONMENT: &[&str] = &[
    "PATH",
    "HOME",
    "USER",
    "LOGNAME",
    "LANG",
    "LC_ALL",
    "LC_CTYPE",
    "LC_MESSAGES",
    "TZ",
    "TMPDIR",
    "MAIL_CONFIG",
];

impl SendmailMailer {
    pub fn new(path: Option<&Path>) -> SendmailMailer {
        SendmailMailer {
            command: path.map_or_else(|| "sendmail".into(), |p| p.as_os_str().to_owned()),
        }
    }

    fn command(&self, envelope: &lettre::address::Envelope) -> Command {
        let mut command = Command::new(&self.command);
        command.env_clear();
        for name in MTA_ENVIRONMENT {
            if let Some(value) = std::env::var_os(name) {
                command.env(name, value);
            }
        }
        command.arg("-i");
        if let Some(from) = envelope.from() {
            command
                .arg("-f")
                .arg(AsRef::<std::ffi::OsStr>::as_ref(from));
        }
        command
            .arg("--")
            .args(envelope.to().iter().map(AsRef::<std::ffi::OsStr>::as_ref))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        command
    }
}

impl Mailer for SendmailMailer {
    fn send(
        &self,
        message: &lettre::Message,
        _timeout: Duration,
    ) -> std::result::Result<Option<String>, SendError> {
        let failed = |e: &dyn std::fmt::Display| SendError::retry(format!("sendmail: {e}"));
        let mut child = self
            .command(message.envelope())
            .spawn()
            .map_err(|e| failed(&e))?;
        let written = child
            .stdin
            .take()
            .expect("stdin is piped")
            .write_all(&message.formatted());
        let output = child.wait_with_output().map_err(|e| failed(&e))?;
        if !output.status.success() {
            let said = String::from_utf8_lossy(&output.stderr);
            let said = said.trim();
            return Err(failed(&if said.is_empty() {
                output.status.to_string()
            } else {
                crate::domain::error::quoted(said)
            }));
        }
        written.map_err(|e| failed(&e))?;
        Ok(Some("sendmail".to_string()))
    }
}
