//! The `smtp://`, `smtps://` and `sendmail` transports.

use std::path::Path;
use std::time::Duration;

use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{SendmailTransport, SmtpTransport, Transport as _};
use zeroize::Zeroizing;

use super::{Mailer, SmtpTls};
use crate::domain::error::{Error, Result};

pub struct SmtpMailer {
    transport: SmtpTransport,
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
        let mut builder = SmtpTransport::builder_dangerous(host)
            .port(port)
            .timeout(Some(Duration::from_secs(15)));
        builder = match tls {
            SmtpTls::None => builder.tls(Tls::None),
            SmtpTls::StartTls => builder.tls(Tls::Required(tls_parameters()?)),
            SmtpTls::Wrapper => builder.tls(Tls::Wrapper(tls_parameters()?)),
        };
        if let Some((user, password)) = credentials {
            builder = builder.credentials(Credentials::new(user.clone(), password.to_string()));
        }
        Ok(SmtpMailer {
            transport: builder.build(),
            server: format!("{host}:{port}"),
        })
    }
}

impl Mailer for SmtpMailer {
    fn send(&self, message: &lettre::Message) -> std::result::Result<(), String> {
        self.transport
            .send(message)
            .map(|_| ())
            .map_err(|e| format!("SMTP server {}: {e}", self.server))
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
    fn send(&self, message: &lettre::Message) -> std::result::Result<(), String> {
        self.transport
            .send(message)
            .map(|_| ())
            .map_err(|e| format!("sendmail: {e}"))
    }
}
