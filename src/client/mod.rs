//! The command line as a client of a roster server (SPEC §12): the
//! server's address (TLS to anything not on this machine), the credential
//! (a session from `roster login`, kept 0600 one per server, or
//! `ROSTER_TOKEN`), and requests whose errors become the exit codes of
//! SPEC §5.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::domain::error::{Error, Result};
use crate::exit::Exit;

mod unix;

/// What is known after an answer broke off, and what to do.
pub const AFTER_A_BREAK: &str = "the rows above are done, and the batch after them may be too: \
     run the command again (an import with --on-conflict skip, which leaves the rows already \
     written alone)";

/// How long an import or sync waits for the server's first line: the
/// server checks the whole file first (4 GiB at most).
const UPLOAD_FIRST_LINE: Duration = Duration::from_secs(3600);

/// Whether `url` names a server's admin socket (`unix:PATH`).
pub fn is_admin_socket_url(url: &str) -> bool {
    url.trim().starts_with("unix:")
}

/// The agent's settings for every server.
fn base_config() -> ureq::config::ConfigBuilder<ureq::typestate::AgentScope> {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_connect(Some(Duration::from_secs(10)))
        .timeout_recv_response(Some(Duration::from_secs(120)))
        // An upload waits this long for the server's go-ahead (or its
        // refusal) before it sends the file anyway.
        .timeout_await_100(Some(Duration::from_secs(10)))
        .user_agent(concat!("roster/", env!("CARGO_PKG_VERSION")))
}

/// A server the command line talks to.
pub struct Server {
    /// `https://accounts.example.com`, without a trailing slash, or
    /// `unix:PATH` (a server's admin socket).
    pub url: String,
    /// Where requests go: the URL, or `http://localhost` over the socket.
    base: String,
    agent: ureq::Agent,
    /// On an admin socket: who acts, as this command names it (the actor,
    /// and whether `--as` or `ROSTER_ACTOR` named it).
    local: Option<(String, bool)>,
    /// `--require-delivery`, said on every request.
    require_delivery: bool,
}

/// An error a server (or the way to it) gave, with its exit code.
fn remote(exit: Exit, message: impl Into<String>) -> Error {
    Error::Remote {
        code: exit.name(),
        message: message.into(),
    }
}

/// A server's URL as sessions are kept under it: no trailing slash, the
/// scheme and host in lower case, no default port (`HTTPS://Example.COM:443/`
/// is `https://example.com`).
pub fn normalized(url: &str) -> String {
    let url = url.trim().trim_end_matches('/');
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let scheme = scheme.to_ascii_lowercase();
    let (authority, path) = match rest.find(['/', '?', '#']) {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    let mut authority = authority.to_ascii_lowercase();
    let default = match scheme.as_str() {
        "https" => ":443",
        "http" => ":80",
        _ => "",
    };
    if !default.is_empty() && authority.ends_with(default) {
        authority.truncate(authority.len() - default.len());
    }
    format!("{scheme}://{authority}{path}")
}

impl Server {
    /// The server at `url`: `https://…`, or `http://…` only to this
    /// machine (loopback). `ca_file` replaces the public roots.
    pub fn new(url: &str, ca_file: Option<&Path>) -> Result<Server> {
        if let Some(path) = url.trim().strip_prefix("unix:") {
            return Ok(Server::admin_socket(Path::new(path)));
        }
        let url = normalized(url);
        let (scheme, rest) = url.split_once("://").ok_or_else(|| {
            remote(
                Exit::Usage,
                format!("{url} is not a server URL like https://accounts.example.com"),
            )
        })?;
        let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
        if authority.contains('@') || authority.is_empty() {
            // Never echoed: what is before the @ may be a password.
            let host = authority.rsplit('@').next().unwrap_or_default();
            return Err(remote(
                Exit::Usage,
                format!(
                    "{scheme}://…@{host}: a server URL is https://HOST[:PORT], with no user name or password in it"
                ),
            ));
        }
        let host = match authority.strip_prefix('[') {
            Some(v6) => v6.split(']').next().unwrap_or_default(),
            None => authority.rsplit_once(':').map_or(authority, |(h, _)| h),
        };
        let local = host.eq_ignore_ascii_case("localhost")
            || host
                .parse::<std::net::IpAddr>()
                .is_ok_and(|ip| ip.is_loopback());
        match scheme.to_ascii_lowercase().as_str() {
            "https" => {}
            "http" if local => {}
            "http" => {
                return Err(remote(
                    Exit::Usage,
                    format!(
                        "{url}: a server that is not on this machine must be reached over TLS; use https://"
                    ),
                ));
            }
            _ => {
                return Err(remote(
                    Exit::Usage,
                    format!("{url}: a server URL starts with https://"),
                ));
            }
        }
        let mut config = base_config();
        if let Some(path) = ca_file {
            let pem = std::fs::read(path).map_err(|e| {
                Error::invalid(
                    "client.ca_file",
                    format!("cannot read {}: {e}", path.display()),
                )
            })?;
            let certs: Vec<_> = ureq::tls::parse_pem(&pem)
                .filter_map(|item| match item {
                    Ok(ureq::tls::PemItem::Certificate(c)) => Some(c),
                    _ => None,
                })
                .collect();
            if certs.is_empty() {
                return Err(Error::invalid(
                    "client.ca_file",
                    format!("{} holds no PEM certificate", path.display()),
                ));
            }
            config = config.tls_config(
                ureq::tls::TlsConfig::builder()
                    .root_certs(ureq::tls::RootCerts::Specific(Arc::new(certs)))
                    .build(),
            );
        }
        Ok(Server {
            base: url.clone(),
            url,
            agent: config.build().into(),
            local: None,
            require_delivery: false,
        })
    }

    /// A server's admin socket (`roster serve --admin-socket PATH`), where
    /// this OS account acts as it would on the store: no credential.
    fn admin_socket(path: &Path) -> Server {
        let config = base_config().proxy(None).build();
        let connector = unix::UnixConnector {
            path: path.to_path_buf(),
        };
        Server {
            url: format!("unix:{}", path.display()),
            base: "http://localhost".to_string(),
            agent: ureq::Agent::with_parts(
                config,
                connector,
                ureq::unversioned::resolver::DefaultResolver::default(),
            ),
            local: Some((String::new(), false)),
            require_delivery: false,
        }
    }

    /// Mail a change sends must be delivered (`--require-delivery`).
    pub fn requiring_delivery(mut self, required: bool) -> Server {
        self.require_delivery = required;
        self
    }

    /// Whether this is a server's admin socket, where no credential is needed.
    pub fn is_admin_socket(&self) -> bool {
        self.local.is_some()
    }

    /// Who acts on an admin socket: `actor`, named by `--as` or
    /// `ROSTER_ACTOR` or the OS account (`named` false).
    pub fn acting(mut self, actor: &str, named: bool) -> Server {
        if self.local.is_some() {
            self.local = Some((actor.to_string(), named));
        }
        self
    }

    /// The headers that say who acts, on an admin socket, and whether mail
    /// must be delivered.
    fn who<T>(&self, mut req: ureq::RequestBuilder<T>) -> ureq::RequestBuilder<T> {
        if self.require_delivery {
            req = req.header(crate::ops::wire::REQUIRE_DELIVERY_HEADER, "1");
        }
        if let Some((actor, named)) = &self.local {
            req = req
                .header(
                    crate::ops::wire::ACTOR_HEADER,
                    crate::ops::wire::actor_header(actor),
                )
                .header(
                    crate::ops::wire::ACTOR_NAMED_HEADER,
                    if *named { "1" } else { "0" },
                );
        }
        req
    }

    /// POSTs `body` as JSON to `path` with the credential; the answer, or
    /// an error with the exit code of what went wrong.
    pub fn post(&self, path: &str, token: Option<&str>, body: &impl Serialize) -> Result<Answer> {
        let body = serde_json::to_string(body).map_err(|e| Error::Internal(e.to_string()))?;
        let answer = self.sent(path, |id| {
            self.request(path, token, id)
                .content_type("application/json")
                .send(&body)
        })?;
        Ok(Answer::of(answer, token.is_some()))
    }

    /// POSTs `head` (a request, as one line of JSON) and then the file at
    /// `file`, streamed: an import's file, of any size.
    pub fn upload(
        &self,
        path: &str,
        token: &str,
        head: &impl Serialize,
        file: &Path,
    ) -> Result<Answer> {
        let mut line = serde_json::to_vec(head).map_err(|e| Error::Internal(e.to_string()))?;
        line.push(b'\n');
        let answer = self.sent(path, |id| {
            let opened = std::fs::File::open(file)?;
            let mut body = std::io::Cursor::new(&line).chain(std::io::BufReader::new(opened));
            // The server may refuse before it reads the file (the
            // credential, the permission): then the file is not sent.
            self.request(path, Some(token), id)
                // The whole file is checked before the first row comes
                // back, however large it is: the first line may take long.
                .config()
                .timeout_recv_response(Some(UPLOAD_FIRST_LINE))
                .build()
                .header("Expect", "100-continue")
                .content_type("application/octet-stream")
                .send(ureq::SendBody::from_reader(&mut body))
        })?;
        Ok(Answer::of(answer, true))
    }

    /// A POST to `path` with the credential, this roster's admin API
    /// version and the request's id.
    fn request(
        &self,
        path: &str,
        token: Option<&str>,
        id: &str,
    ) -> ureq::RequestBuilder<ureq::typestate::WithBody> {
        let mut req = self
            .agent
            .post(&format!("{}{path}", self.base))
            .header(
                "Roster-Api-Version",
                &crate::ops::wire::API_VERSION.to_string(),
            )
            .header("Roster-Request-Id", id);
        req = self.who(req);
        if let Some(token) = token.filter(|t| !t.is_empty()) {
            req = req.header("Authorization", &format!("Bearer {token}"));
        }
        req
    }

    /// Sends a request with a new id; when the connection broke after it
    /// may have been sent, once more with the same id, which the server
    /// does not apply twice.
    fn sent(
        &self,
        path: &str,
        send: impl Fn(&str) -> std::result::Result<ureq::http::Response<ureq::Body>, ureq::Error>,
    ) -> Result<ureq::http::Response<ureq::Body>> {
        if crate::ops::wire::changes(path) {
            // From now on the server may do it, whatever this process sees.
            crate::interrupt::through_server();
        }
        let id = uuid::Uuid::now_v7().to_string();
        let broke = |e: &ureq::Error| {
            matches!(e, ureq::Error::Io(io) if matches!(
                io.kind(),
                std::io::ErrorKind::ConnectionReset
                    | std::io::ErrorKind::ConnectionAborted
                    | std::io::ErrorKind::BrokenPipe
                    | std::io::ErrorKind::UnexpectedEof
            ))
        };
        match send(&id) {
            Err(e) if broke(&e) => {
                std::thread::sleep(Duration::from_millis(500));
                let mut again = send(&id).map_err(|e| self.unreachable(e))?;
                if again.status().as_u16() != 409 {
                    return Ok(again);
                }
                let text = again.body_mut().read_to_string().unwrap_or_default();
                let (refused, more) = error_of(self, 409, true, &text);
                if more.get("already_received") == Some(&serde_json::Value::Bool(true)) {
                    return Err(remote(
                        Exit::Unavailable,
                        format!(
                            "the connection to {} broke after the request was sent ({e}); the server had received it, \
                             and does not apply it twice: `roster audit list` shows what it did",
                            self.url
                        ),
                    ));
                }
                Err(refused)
            }
            other => other.map_err(|e| self.unreachable(e)),
        }
    }

    pub fn get(&self, path: &str, token: Option<&str>) -> Result<Answer> {
        let mut req = self.agent.get(&format!("{}{path}", self.base)).header(
            "Roster-Api-Version",
            &crate::ops::wire::API_VERSION.to_string(),
        );
        req = self.who(req);
        if let Some(token) = token.filter(|t| !t.is_empty()) {
            req = req.header("Authorization", &format!("Bearer {token}"));
        }
        let resp = req.call().map_err(|e| self.unreachable(e))?;
        Ok(Answer::of(resp, token.is_some()))
    }

    /// No answer: the server is down, slow, or its certificate does not
    /// verify (exit 8, never a fallback).
    fn unreachable(&self, e: ureq::Error) -> Error {
        let why = match &e {
            _ if e.to_string().contains("InvalidContentType") => {
                "it does not speak TLS at this address (a server on this machine without --tls-cert is http://)".to_string()
            }
            ureq::Error::Tls(_) | ureq::Error::Rustls(_) => {
                format!(
                    "its TLS certificate does not verify ({e}); give the CA in client.ca_file if it is a private one"
                )
            }
            _ => e.to_string(),
        };
        remote(
            Exit::Unavailable,
            format!("cannot reach the roster server at {}: {why}", self.url),
        )
    }
}

/// A server's answer.
pub struct Answer {
    pub status: u16,
    body: ureq::Body,
    /// The request carried a credential (a 401 means it is no good).
    credential: bool,
}

impl Answer {
    fn of(resp: ureq::http::Response<ureq::Body>, credential: bool) -> Answer {
        Answer {
            status: resp.status().as_u16(),
            body: resp.into_body(),
            credential,
        }
    }
}

/// A server's JSON error: `{"error":{"code","message",…}}`.
#[derive(Deserialize)]
struct ErrorBody {
    error: ErrorFields,
}

#[derive(Deserialize)]
struct ErrorFields {
    code: String,
    message: String,
    #[serde(flatten)]
    more: serde_json::Map<String, serde_json::Value>,
}

impl Answer {
    /// The body as JSON of type `T` when the status is 2xx; otherwise the
    /// server's error as an [`Error`] with its exit code.
    pub fn json<T: serde::de::DeserializeOwned>(self, server: &Server) -> Result<T> {
        let (status, credential) = (self.status, self.credential);
        let text = self.text()?;
        if (200..300).contains(&status) {
            return serde_json::from_str(&text).map_err(|e| {
                remote(
                    Exit::Failure,
                    format!("the server at {} answered what this roster cannot read ({e}); are both the same version?", server.url),
                )
            });
        }
        Err(error_of(server, status, credential, &text).0)
    }

    /// The error the answer is, with its other fields (a question), when
    /// it is not 2xx.
    pub fn failure(self, server: &Server) -> Result<std::result::Result<Self, Refusal>> {
        if (200..300).contains(&self.status) {
            return Ok(Ok(self));
        }
        let (status, credential) = (self.status, self.credential);
        let text = self.text()?;
        Ok(Err(error_of(server, status, credential, &text)))
    }

    fn text(self) -> Result<String> {
        let mut text = String::new();
        self.body
            .into_reader()
            .take(16 << 20)
            .read_to_string(&mut text)
            .map_err(|e| {
                remote(
                    Exit::Unavailable,
                    format!("the server's answer broke off: {e}"),
                )
            })?;
        Ok(text)
    }

    /// The body's JSON lines, one at a time.
    pub fn lines(self) -> impl Iterator<Item = Result<String>> {
        BufReader::new(self.body.into_reader()).lines().map(|line| {
            line.map_err(|e| {
                remote(
                    Exit::Unavailable,
                    format!("the server's answer broke off ({e})"),
                )
            })
        })
    }
}

/// A server's refusal: the error, and the other fields of its object.
pub type Refusal = (Error, serde_json::Map<String, serde_json::Value>);

/// The error a non-2xx answer stands for.
fn error_of(server: &Server, status: u16, credential: bool, text: &str) -> Refusal {
    match serde_json::from_str::<ErrorBody>(text) {
        Ok(body) => {
            let exit = Exit::of_code(&body.error.code);
            let message = if status == 401 && server.is_admin_socket() {
                format!(
                    "{} is not a roster admin socket (`roster serve --admin-socket`): a socket \
                     given to --listen takes a credential (`roster login` through an http:// URL \
                     to the server, or ROSTER_TOKEN)",
                    server.url
                )
            } else if status == 401 && credential {
                format!(
                    "the server at {} did not accept the credential (a session that ended or was revoked, \
                     a token that expired, or a user who cannot act now): run `roster login {}` again, \
                     or check ROSTER_TOKEN",
                    server.url, server.url
                )
            } else {
                body.error.message
            };
            (remote(exit, message), body.error.more)
        }
        Err(_) if status == 404 => (
            remote(
                Exit::Usage,
                format!(
                    "the server at {} does not offer this (HTTP 404): upgrade the server to this roster's version",
                    server.url
                ),
            ),
            serde_json::Map::new(),
        ),
        Err(_) => (
            remote(
                Exit::Unavailable,
                format!("the server at {} answered HTTP {status}", server.url),
            ),
            serde_json::Map::new(),
        ),
    }
}

/// A session from `roster login`, as kept.
#[derive(Clone, Serialize, Deserialize)]
pub struct Saved {
    pub token: String,
    pub user: String,
    pub name: String,
    pub expires_at: Option<String>,
}

/// The sessions `roster login` keeps, one per server, in a file only its
/// owner can read (`$XDG_CONFIG_HOME/roster/credentials.json`, 0600).
#[derive(Default, Serialize, Deserialize)]
pub struct Credentials {
    servers: BTreeMap<String, Saved>,
}

impl Credentials {
    pub fn load(path: &Path) -> Result<Credentials> {
        match std::fs::read(path) {
            Ok(bytes) => {
                let bytes = Zeroizing::new(bytes);
                serde_json::from_slice::<Credentials>(&bytes)
                    .map(|saved| Credentials {
                        // Kept before URLs were normalised: found again.
                        servers: saved
                            .servers
                            .into_iter()
                            .map(|(url, session)| (normalized(&url), session))
                            .collect(),
                    })
                    .map_err(|e| {
                        Error::invalid(
                            "credentials",
                            format!(
                                "{} cannot be read ({e}); remove it and run roster login",
                                path.display()
                            ),
                        )
                    })
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Credentials::default()),
            Err(e) => Err(Error::invalid(
                "credentials",
                format!("cannot read {}: {e}", path.display()),
            )),
        }
    }

    pub fn get(&self, url: &str) -> Option<&Saved> {
        self.servers.get(url)
    }

    pub fn insert(&mut self, url: &str, saved: Saved) {
        self.servers.insert(url.to_string(), saved);
    }

    pub fn remove(&mut self, url: &str) -> Option<Saved> {
        self.servers.remove(url)
    }

    pub fn urls(&self) -> Vec<String> {
        self.servers.keys().cloned().collect()
    }

    /// Writes the file anew, readable by its owner only, replacing the
    /// old one in one step.
    pub fn save(&self, path: &Path) -> Result<()> {
        let dir = path.parent().unwrap_or(Path::new("."));
        let failed = |e: std::io::Error| {
            Error::invalid(
                "credentials",
                format!("cannot write {}: {e}", path.display()),
            )
        };
        crate::private::create_dir(dir).map_err(failed)?;
        let text = Zeroizing::new(
            serde_json::to_vec_pretty(self).map_err(|e| Error::Internal(e.to_string()))?,
        );
        let temp: PathBuf = dir.join(format!(".credentials.{}.tmp", std::process::id()));
        let _ = std::fs::remove_file(&temp);
        {
            use std::io::Write as _;
            let mut file = crate::private::create_new_file(&temp).map_err(failed)?;
            file.write_all(&text).map_err(failed)?;
            file.sync_all().map_err(failed)?;
        }
        std::fs::rename(&temp, path).map_err(failed)
    }
}

#[cfg(test)]
mod tests {
    use super::normalized;

    #[test]
    fn a_server_is_one_url_however_it_is_written() {
        for written in [
            "https://accounts.example.com",
            "HTTPS://Accounts.Example.COM/",
            "https://accounts.example.com:443",
            " https://accounts.example.com// ",
        ] {
            assert_eq!(
                normalized(written),
                "https://accounts.example.com",
                "{written}"
            );
        }
        assert_eq!(normalized("HTTP://127.0.0.1:80/"), "http://127.0.0.1");
        assert_eq!(normalized("http://127.0.0.1:8080"), "http://127.0.0.1:8080");
        assert_eq!(
            normalized("https://x.example:8443/Roster"),
            "https://x.example:8443/Roster"
        );
    }
}
