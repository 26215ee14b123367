//! Connecting to PostgreSQL: the connection string, the password (from the
//! string, `PGPASSWORD` or `~/.pgpass`, as libpq finds it), TLS through
//! rustls (`sslmode=disable|require|verify-full`), and the session settings
//! roster relies on.

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use postgres::config::Host;
use postgres::{Client, Config, NoTls};
use zeroize::Zeroizing;

use crate::domain::error::{Error, Result, Unavailable};
use crate::store::OpenOptions;

/// What libpq takes from the environment for the parts a connection string
/// leaves out: read once by `crate::settings` (this module reads no
/// environment), empty for none.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct PgDefaults {
    /// `PGUSER`, else the account's name (`USER`).
    pub user: Option<String>,
    /// `PGHOST`: a host name, or a socket directory when it starts with `/`.
    pub host: Option<String>,
    /// `PGPORT`, as written (a port that does not parse is ignored, as
    /// libpq's default is then used).
    pub port: Option<String>,
    /// `PGDATABASE`.
    pub dbname: Option<String>,
    /// `PGPASSWORD`.
    pub password: Option<Zeroizing<String>>,
    /// `PGPASSFILE`, else `~/.pgpass`.
    pub passfile: Option<PathBuf>,
}

impl fmt::Debug for PgDefaults {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PgDefaults")
            .field("user", &self.user)
            .field("host", &self.host)
            .field("port", &self.port)
            .field("dbname", &self.dbname)
            .field("password", &self.password.as_ref().map(|_| "…"))
            .field("passfile", &self.passfile)
            .finish()
    }
}

/// A connection, with what to call it in messages.
pub struct Connected {
    pub client: Client,
    /// The connection string without its password.
    pub display: String,
    pub warnings: Vec<String>,
}

/// How the connection is protected, as libpq's `sslmode` says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SslMode {
    /// No TLS.
    Disable,
    /// TLS, without checking who the server is (as libpq's `require`).
    Require,
    /// TLS, the server's certificate checked against the trusted roots (the
    /// system's web roots, or `sslrootcert`) and its name against the host.
    VerifyFull,
}

/// A connection string taken apart: roster's own parameters (`sslmode`,
/// `sslrootcert`) removed, the rest for the `postgres` crate.
#[derive(Debug)]
pub struct Target {
    pub config: Config,
    pub sslmode: Option<SslMode>,
    pub sslrootcert: Option<PathBuf>,
}

/// True when the connection string carries a password (`user:pw@host`, or
/// `password=` among its parameters).
pub fn has_password(url: &str) -> bool {
    parse(url).is_ok_and(|t| t.config.get_password().is_some())
}

/// The connection string as written, its password (`user:pw@`, or a
/// `password=` parameter) taken out.
pub fn without_password(url: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (url, None),
    };
    // The user part ends at the last `@`: a password may hold one.
    let base = match base.split_once("://") {
        Some((scheme, rest)) => match rest.rsplit_once('@') {
            Some((user, host)) => {
                let user = user.split_once(':').map_or(user, |(name, _)| name);
                format!("{scheme}://{user}@{host}")
            }
            None => base.to_string(),
        },
        None => base.to_string(),
    };
    // A parameter's name may be written with escapes (`pass%77ord`).
    let kept: Vec<&str> = query
        .into_iter()
        .flat_map(|q| q.split('&'))
        .filter(|pair| {
            let name = pair.split_once('=').map_or(*pair, |(name, _)| name);
            !decode(name).eq_ignore_ascii_case("password")
        })
        .collect();
    if kept.is_empty() {
        base
    } else {
        format!("{base}?{}", kept.join("&"))
    }
}

/// Parses `postgres://…` or `postgresql://…`.
pub fn parse(url: &str) -> Result<Target> {
    let bad = |why: String| Error::invalid("db", why);
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (url, None),
    };
    let mut kept = Vec::new();
    let mut sslmode = None;
    let mut sslrootcert = None;
    for pair in query
        .into_iter()
        .flat_map(|q| q.split('&'))
        .filter(|p| !p.is_empty())
    {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "sslmode" => {
                sslmode = Some(match value {
                    "disable" => SslMode::Disable,
                    "require" => SslMode::Require,
                    "verify-full" => SslMode::VerifyFull,
                    other => {
                        return Err(bad(format!(
                            "sslmode={other} is not one roster takes: use disable, require or \
                             verify-full"
                        )));
                    }
                })
            }
            "sslrootcert" => sslrootcert = Some(PathBuf::from(decode(value))),
            _ => kept.push(pair),
        }
    }
    let rebuilt = if kept.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", kept.join("&"))
    };
    let config: Config = rebuilt.parse().map_err(|e| {
        bad(format!(
            "the PostgreSQL connection string does not parse: {e}"
        ))
    })?;
    Ok(Target {
        config,
        sslmode,
        sslrootcert,
    })
}

/// `%2F` and friends, as a connection string may write a socket directory.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&text[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The connection string as messages show it: no password.
fn display(config: &Config) -> String {
    let user = config.get_user().unwrap_or_default();
    let hosts: Vec<String> = config
        .get_hosts()
        .iter()
        .zip(config.get_ports().iter().chain(std::iter::repeat(&5432)))
        .map(|(host, port)| match host {
            Host::Tcp(name) => format!("{name}:{port}"),
            Host::Unix(dir) => format!("[{}]", dir.display()),
        })
        .collect();
    format!(
        "postgres://{user}@{}/{}",
        hosts.join(","),
        config.get_dbname().unwrap_or_default()
    )
}

/// Whether every host is this machine: a Unix socket or a loopback address.
fn local(config: &Config) -> bool {
    config.get_hosts().iter().all(|host| match host {
        Host::Unix(_) => true,
        Host::Tcp(name) => {
            name == "localhost"
                || name
                    .trim_matches(|c| c == '[' || c == ']')
                    .parse::<std::net::IpAddr>()
                    .is_ok_and(|ip| ip.is_loopback())
        }
    })
}

/// Fills in what libpq would, from `defaults` (the environment as
/// `crate::settings` read it): the user (`PGUSER`, else this account), the
/// host (`PGHOST`, else the local socket directory), the port (`PGPORT`),
/// the database (`PGDATABASE`, else the user's name), and the password
/// (`PGPASSWORD`, else a matching line of `~/.pgpass`).
fn complete(config: &mut Config, defaults: &PgDefaults) {
    if config.get_user().is_none() {
        let user = defaults.user.as_deref().unwrap_or("postgres");
        config.user(user);
    }
    if config.get_hosts().is_empty() {
        match &defaults.host {
            Some(host) if host.starts_with('/') => {
                config.host_path(host);
            }
            Some(host) => {
                config.host(host);
            }
            None => {
                config.host_path("/var/run/postgresql");
            }
        }
    }
    if config.get_ports().is_empty() {
        if let Some(port) = defaults.port.as_deref().and_then(|p| p.parse().ok()) {
            config.port(port);
        }
    }
    if config.get_dbname().is_none() {
        let db = defaults
            .dbname
            .clone()
            .unwrap_or_else(|| config.get_user().unwrap_or("").to_string());
        config.dbname(&db);
    }
    if config.get_password().is_none() {
        let password = defaults
            .password
            .as_ref()
            .map(|p| p.as_str().to_string())
            .or_else(|| pgpass(config, defaults.passfile.as_deref()?));
        if let Some(password) = password {
            config.password(password);
        }
    }
}

/// The password the pgpass file at `path` holds for this connection: the
/// first line whose host, port, database and user match (`*` matches
/// anything). Like libpq, a file others can read is ignored.
fn pgpass(config: &Config, path: &std::path::Path) -> Option<String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).ok()?.permissions().mode();
        if mode & 0o077 != 0 {
            return None;
        }
    }
    let text = std::fs::read_to_string(path).ok()?;
    let host = match config.get_hosts().first()? {
        Host::Tcp(name) => name.clone(),
        // As libpq: a socket in the default directory is `localhost`;
        // any other is its directory.
        Host::Unix(dir) if dir == std::path::Path::new("/var/run/postgresql") => {
            "localhost".to_string()
        }
        Host::Unix(dir) => dir.display().to_string(),
    };
    let port = config
        .get_ports()
        .first()
        .copied()
        .unwrap_or(5432)
        .to_string();
    let db = config.get_dbname().unwrap_or_default();
    let user = config.get_user().unwrap_or_default();
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .find_map(|line| {
            let fields = split_pgpass(line);
            let [h, p, d, u, password] = <[String; 5]>::try_from(fields).ok()?;
            let matches = |pattern: &str, value: &str| pattern == "*" || pattern == value;
            (matches(&h, &host) && matches(&p, &port) && matches(&d, db) && matches(&u, user))
                .then_some(password)
        })
}

/// The five `:`-separated fields of a `.pgpass` line (`\:` and `\\` escaped).
fn split_pgpass(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next() {
                    fields.last_mut().expect("one field").push(next);
                }
            }
            ':' => fields.push(String::new()),
            c => fields.last_mut().expect("one field").push(c),
        }
    }
    fields
}

/// Connects to `url` (completed by `defaults`), and sets the session up: how long a write waits for another
/// writer (`busy_timeout`), and the application name servers show.
pub fn connect(url: &str, defaults: &PgDefaults, options: &OpenOptions) -> Result<Connected> {
    let Target {
        mut config,
        sslmode,
        sslrootcert,
    } = parse(url)?;
    complete(&mut config, defaults);
    config.connect_timeout(Duration::from_secs(10));
    config.application_name("roster");
    let shown = display(&config);
    let mode = sslmode.unwrap_or(if local(&config) {
        SslMode::Disable
    } else {
        SslMode::VerifyFull
    });
    let unreachable = |e: postgres::Error| -> Error {
        Unavailable::Unusable {
            why: format!("cannot connect to {shown}: {e}"),
        }
        .into()
    };
    // The driver's own default would fall back to no TLS when the server
    // (or someone between) says it has none: `require` and `verify-full`
    // insist.
    config.ssl_mode(match mode {
        SslMode::Disable => postgres::config::SslMode::Disable,
        SslMode::Require | SslMode::VerifyFull => postgres::config::SslMode::Require,
    });
    let mut client = match mode {
        SslMode::Disable => config.connect(NoTls).map_err(unreachable)?,
        mode => {
            let tls = tls_config(mode, sslrootcert.as_deref())?;
            config
                .connect(tokio_postgres_rustls::MakeRustlsConnect::new(tls))
                .map_err(unreachable)?
        }
    };
    let wait = options.busy_timeout.as_millis().max(1);
    client.batch_execute(&format!(
        "SET lock_timeout = {wait}; SET statement_timeout = 0; SET client_min_messages = warning"
    ))?;
    Ok(Connected {
        client,
        display: shown,
        warnings: Vec::new(),
    })
}

fn tls_config(mode: SslMode, root: Option<&std::path::Path>) -> Result<rustls::ClientConfig> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::Internal(format!("TLS: {e}")))?;
    let config = match mode {
        SslMode::Require => builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(AnyServer(provider)))
            .with_no_client_auth(),
        _ => {
            let mut roots = rustls::RootCertStore::empty();
            match root {
                Some(path) => {
                    let pem = std::fs::read(path).map_err(|e| {
                        Error::invalid("db", format!("sslrootcert {}: {e}", path.display()))
                    })?;
                    let mut found = 0;
                    for cert in rustls::pki_types::pem::PemObject::pem_slice_iter(&pem) {
                        let cert: rustls::pki_types::CertificateDer<'static> =
                            cert.map_err(|e| {
                                Error::invalid("db", format!("sslrootcert {}: {e}", path.display()))
                            })?;
                        roots.add(cert).map_err(|e| {
                            Error::invalid("db", format!("sslrootcert {}: {e}", path.display()))
                        })?;
                        found += 1;
                    }
                    if found == 0 {
                        return Err(Error::invalid(
                            "db",
                            format!("sslrootcert {}: no PEM certificate in it", path.display()),
                        ));
                    }
                }
                None => roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned()),
            }
            builder.with_root_certificates(roots).with_no_client_auth()
        }
    };
    Ok(config)
}

/// `sslmode=require`: encrypt, and take any certificate, as libpq does.
#[derive(Debug)]
struct AnyServer(Arc<rustls::crypto::CryptoProvider>);

impl rustls::client::danger::ServerCertVerifier for AnyServer {
    fn verify_server_cert(
        &self,
        _end_entity: &rustls::pki_types::CertificateDer<'_>,
        _intermediates: &[rustls::pki_types::CertificateDer<'_>],
        _server_name: &rustls::pki_types::ServerName<'_>,
        _ocsp_response: &[u8],
        _now: rustls::pki_types::UnixTime,
    ) -> std::result::Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        Ok(rustls::client::danger::ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> std::result::Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> std::result::Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sslmode_is_taken_out_and_the_rest_parses() {
        let t = parse(
            "postgres://ops@db.example.com:6543/roster?sslmode=verify-full&connect_timeout=3",
        )
        .unwrap();
        assert_eq!(t.sslmode, Some(SslMode::VerifyFull));
        assert_eq!(t.config.get_dbname(), Some("roster"));
        assert!(!has_password("postgres://ops@db.example.com/roster"));
        assert!(has_password("postgres://ops:secret@db.example.com/roster"));
        assert!(parse("postgres://h/db?sslmode=allow").is_err());
        assert_eq!(
            without_password("postgresql://ops:s3cret@h:5/db?password=x&sslmode=require"),
            "postgresql://ops@h:5/db?sslmode=require"
        );
        assert_eq!(
            without_password("postgresql://ops:S3C@RET@h/db?pass%77ord=LEAK"),
            "postgresql://ops@h/db"
        );
    }

    #[test]
    fn pgpass_lines_split_with_escapes() {
        assert_eq!(
            split_pgpass(r"db\:1:5432:*:ops:pa\:ss"),
            ["db:1", "5432", "*", "ops", "pa:ss"]
        );
    }
}
