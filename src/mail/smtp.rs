//! The `smtp://`, `smtps://` and `sendmail` transports.

use std::path::Path;
use std::time::Duration;

use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{SendmailTransport, SmtpTransport, Transport as _};
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

pub struct SendmailMailer {
    transport: SendmailTransport,
}

impl SendmailMailer {
    pub fn new(path: Option<&Path>) -> SendmailMailer {
        SendmailMailer {
            transport: match path {
                Some(p) => SendmailTransport::new_with_command(p.as_os_str()),
                None => SendmailTransport::new(),
            },
        }
    }
}

impl Mailer for SendmailMailer {
    fn send(
        &self,
        message: &lettre::Message,
        _timeout: Duration,
    ) -> std::result::Result<Option<String>, SendError> {
        self.transport
            .send(message)
            .map(|_| Some("sendmail".to_string()))
            .map_err(|e| SendError::retry(format!("sendmail: {e}")))
    }
}
