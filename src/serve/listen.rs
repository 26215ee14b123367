//! Where the server listens and how it takes connections: TCP (with TLS
//! when it has a certificate) or a Unix socket, HTTP/1.1 with a limit on
//! the time and size of a request's head, and a stop that lets the
//! requests in flight finish.

use std::net::{SocketAddr, ToSocketAddrs};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::sync::watch;

use crate::domain::error::{Error, Result, Unavailable};

/// How long a client may take to send a request's head (slow clients
/// holding connections open get no further), and a TLS handshake.
const HEAD_TIMEOUT: Duration = Duration::from_secs(10);
/// The largest request head (request line and headers): 16 KiB.
const HEAD_LIMIT: usize = 16 * 1024;

/// Where the server listens: `HOST:PORT`, or `unix:PATH`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Listen {
    Tcp(SocketAddr),
    Unix(PathBuf),
}

impl Listen {
    /// Reads an address. Plain HTTP is served only on loopback and on a
    /// Unix socket: any other address needs TLS, or a TLS proxy in front
    /// (`anywhere`).
    pub fn parse(raw: &str, anywhere: bool) -> Result<Listen> {
        let raw = raw.trim();
        if let Some(path) = raw.strip_prefix("unix:") {
            if path.is_empty() {
                return Err(Error::invalid(
                    "listen",
                    "unix: needs a path: unix:/run/roster.sock",
                ));
            }
            return Ok(Listen::Unix(PathBuf::from(path)));
        }
        let addr = raw
            .to_socket_addrs()
            .map_err(|e| {
                Error::invalid(
                    "listen",
                    format!("{raw} is not HOST:PORT or unix:PATH ({e})"),
                )
            })?
            .next()
            .ok_or_else(|| Error::invalid("listen", format!("{raw} names no address")))?;
        if !addr.ip().is_loopback() && !anywhere {
            return Err(Error::invalid(
                "listen",
                format!(
                    "{raw} is not a loopback address: plain HTTP is served only on loopback \
                     (127.0.0.1:PORT) or a Unix socket (unix:PATH); anywhere else give \
                     --tls-cert and --tls-key, or set serve.behind_proxy behind a TLS proxy"
                ),
            ));
        }
        Ok(Listen::Tcp(addr))
    }
}

/// The server's certificate chain and key, read from PEM files.
pub fn tls_acceptor(cert: &Path, key: &Path) -> Result<tokio_rustls::TlsAcceptor> {
    use rustls::pki_types::pem::PemObject as _;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let bad =
        |path: &Path, why: String| Error::invalid("tls", format!("{}: {why}", path.display()));
    let chain = CertificateDer::pem_file_iter(cert)
        .map_err(|e| bad(cert, e.to_string()))?
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(|e| bad(cert, e.to_string()))?;
    if chain.is_empty() {
        return Err(bad(cert, "holds no certificate".into()));
    }
    let key = PrivateKeyDer::from_pem_file(key).map_err(|e| bad(key, e.to_string()))?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::Internal(format!("TLS: {e}")))?
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .map_err(|e| {
            bad(
                cert,
                format!("the certificate and key do not go together: {e}"),
            )
        })?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(tokio_rustls::TlsAcceptor::from(Arc::new(config)))
}

/// The header the admin socket's listener marks each request with (this
/// run's secret): the request came from the server's own OS account.
pub const LOCAL_ADMIN_HEADER: &str = "roster-local-admin";

/// A listener bound, and where, as the operator reads it.
pub enum Bound {
    Tcp(tokio::net::TcpListener, String),
    Unix(tokio::net::UnixListener, String),
    /// The admin socket: only the server's own OS account is let in.
    Admin(tokio::net::UnixListener, String),
}

impl Bound {
    pub fn shown(&self) -> &str {
        match self {
            Bound::Tcp(_, shown) | Bound::Unix(_, shown) | Bound::Admin(_, shown) => shown,
        }
    }
}

/// Binds the admin socket at `path`: readable and writable by the server's
/// OS account alone (0600, made so before anyone can connect), and a peer
/// of any other account is turned away as it connects.
pub fn bind_admin(path: &Path) -> Result<Bound> {
    let shown = format!("unix:{} (admin socket)", path.display());
    let failed = |e: std::io::Error| {
        Error::Unavailable(Unavailable::Io {
            action: "listen on",
            path: path.to_path_buf(),
            source: e,
        })
    };
    remove_stale_socket(path).map_err(failed)?;
    let std = std::os::unix::net::UnixListener::bind(path).map_err(failed)?;
    // Its owner's alone; a peer of another account that connects before
    // this is turned away as it is accepted all the same (SO_PEERCRED).
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).map_err(failed)?;
    std.set_nonblocking(true).map_err(failed)?;
    let listener = tokio::net::UnixListener::from_std(std).map_err(failed)?;
    Ok(Bound::Admin(listener, shown))
}

/// Binds `listen` (inside the runtime). A port in use, or a socket a
/// server answers on, is exit 8.
pub fn bind(listen: &Listen, tls: bool) -> Result<Bound> {
    let unavailable = |what: String, e: std::io::Error| {
        Error::Unavailable(Unavailable::Io {
            action: "listen on",
            path: PathBuf::from(what),
            source: e,
        })
    };
    match listen {
        Listen::Tcp(addr) => {
            let std =
                std::net::TcpListener::bind(addr).map_err(|e| unavailable(addr.to_string(), e))?;
            std.set_nonblocking(true)
                .map_err(|e| unavailable(addr.to_string(), e))?;
            let local = std
                .local_addr()
                .map_err(|e| unavailable(addr.to_string(), e))?;
            let listener = tokio::net::TcpListener::from_std(std)
                .map_err(|e| unavailable(addr.to_string(), e))?;
            let scheme = if tls { "https" } else { "http" };
            Ok(Bound::Tcp(listener, format!("{scheme}://{local}")))
        }
        Listen::Unix(path) => {
            let shown = format!("unix:{}", path.display());
            remove_stale_socket(path).map_err(|e| unavailable(shown.clone(), e))?;
            let std = std::os::unix::net::UnixListener::bind(path)
                .map_err(|e| unavailable(shown.clone(), e))?;
            use std::os::unix::fs::PermissionsExt as _;
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o660))
                .map_err(|e| unavailable(shown.clone(), e))?;
            std.set_nonblocking(true)
                .map_err(|e| unavailable(shown.clone(), e))?;
            let listener = tokio::net::UnixListener::from_std(std)
                .map_err(|e| unavailable(shown.clone(), e))?;
            Ok(Bound::Unix(listener, shown))
        }
    }
}

/// A socket file left by a server that is gone is removed; one a server
/// still answers on is in use.
fn remove_stale_socket(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::FileTypeExt as _;
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return Ok(());
    };
    if !meta.file_type().is_socket() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::AlreadyExists,
            "a file that is not a socket is there",
        ));
    }
    if std::os::unix::net::UnixStream::connect(path).is_ok() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::AddrInUse,
            "a server answers on it",
        ));
    }
    std::fs::remove_file(path)
}

/// Serves one listener until `stopping` turns true, then waits for its
/// connections' requests in flight to finish.
pub async fn serve(
    bound: Bound,
    app: Router,
    tls: Option<tokio_rustls::TlsAcceptor>,
    mut stopping: watch::Receiver<bool>,
) {
    let graceful = GracefulShutdown::new();
    loop {
        let accepted = tokio::select! {
            accepted = accept(&bound) => accepted,
            _ = stopping.wait_for(|s| *s) => break,
        };
        let Ok((stream, peer)) = accepted else {
            // Out of file descriptors, or a connection gone before it was
            // taken: wait a moment and go on.
            tokio::time::sleep(Duration::from_millis(50)).await;
            continue;
        };
        let app = match peer {
            Some(peer) => app.clone().layer(axum::Extension(ConnectInfo(peer))),
            None => app.clone(),
        };
        let watcher = graceful.watcher();
        let tls = tls.clone();
        tokio::spawn(async move {
            match (stream, tls) {
                (Stream::Tcp(tcp), Some(tls)) => {
                    let Ok(Ok(stream)) = tokio::time::timeout(HEAD_TIMEOUT, tls.accept(tcp)).await
                    else {
                        return;
                    };
                    connection(stream, app, watcher).await;
                }
                (Stream::Tcp(tcp), None) => connection(tcp, app, watcher).await,
                (Stream::Unix(unix), _) => connection(unix, app, watcher).await,
            }
        });
    }
    drop(bound);
    graceful.shutdown().await;
}

/// Serves HTTP/1.1 on one connection.
async fn connection<S>(stream: S, app: Router, watcher: hyper_util::server::graceful::Watcher)
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(HEAD_TIMEOUT)
        .max_buf_size(HEAD_LIMIT.max(8192));
    let service = TowerToHyperService::new(app);
    let conn = http.serve_connection(TokioIo::new(stream), service);
    let _ = watcher.watch(conn).await;
}

enum Stream {
    Tcp(tokio::net::TcpStream),
    Unix(tokio::net::UnixStream),
}

async fn accept(bound: &Bound) -> std::io::Result<(Stream, Option<SocketAddr>)> {
    match bound {
        Bound::Tcp(listener, _) => {
            let (stream, peer) = listener.accept().await?;
            let _ = stream.set_nodelay(true);
            Ok((Stream::Tcp(stream), Some(peer)))
        }
        Bound::Unix(listener, _) => {
            let (stream, _) = listener.accept().await?;
            Ok((Stream::Unix(stream), None))
        }
        Bound::Admin(listener, _) => loop {
            let (stream, _) = listener.accept().await?;
            // SAFETY: geteuid only reads the process's effective user id.
            let own = unsafe { libc::geteuid() };
            if stream.peer_cred().is_ok_and(|peer| peer.uid() == own) {
                return Ok((Stream::Unix(stream), None));
            }
            // Another account (only root gets past the socket's mode):
            // closed without a word.
        },
    }
}
