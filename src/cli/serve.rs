//! `roster serve`: the account service.

use clap::Args;

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Where to listen: HOST:PORT on loopback (port 0: any free one) or unix:PATH; repeat for several [default: serve.listen, 127.0.0.1:8080]
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
}
