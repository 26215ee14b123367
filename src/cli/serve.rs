//! `roster serve`: the account service.

use clap::Args;

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Where to listen: HOST:PORT (loopback, or any address with --tls-cert or serve.behind_proxy; port 0: any free one) or unix:PATH; repeat for several [default: serve.listen, 127.0.0.1:8080]
    #[arg(long, value_name = "ADDR")]
    pub listen: Vec<String>,
    /// Where the links in mail point (default: mail.base_url)
    #[arg(long, value_name = "URL")]
    pub public_url: Option<String>,
    /// The server's certificate chain (PEM): TCP addresses speak HTTPS, and may be other than loopback
    #[arg(long, value_name = "FILE", requires = "tls_key")]
    pub tls_cert: Option<std::path::PathBuf>,
    /// The certificate's private key (PEM)
    #[arg(long, value_name = "FILE", requires = "tls_cert")]
    pub tls_key: Option<std::path::PathBuf>,
    /// Also listen on a Unix socket (made 0600) where the server's own OS account administers without a credential, as it would on the store: `roster --server unix:PATH …` (`--as` is honoured there, as locally)
    #[arg(long, value_name = "PATH")]
    pub admin_socket: Option<std::path::PathBuf>,
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// The server: https://HOST (http:// only to this machine) [default:
    /// --server, ROSTER_SERVER or client.server]
    #[arg(value_name = "URL")]
    pub url: Option<String>,
    /// Your email (asked for on a terminal when not given)
    #[arg(long, value_name = "EMAIL")]
    pub user: Option<String>,
    /// Read the password from the first line of stdin (a wrong one counts towards the lockout, as any sign-in)
    #[arg(long)]
    pub password_stdin: bool,
}

#[derive(Debug, Args)]
pub struct LogoutArgs {
    /// The server to sign out of [default: --server, or the only one signed in to]
    #[arg(value_name = "URL")]
    pub url: Option<String>,
}
