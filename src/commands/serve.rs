//! `roster serve`.

use anyhow::Result;

use super::{App, CliError};
use crate::exit::Exit;
use crate::ops::session::OpenOptions;
use crate::serve::{self, Config, Listen, PagesConfig};

pub fn run(app: &mut App, args: crate::cli::ServeArgs) -> Result<Exit> {
    // Who runs the server must be allowed to (`--as`: store.admin), before
    // anything else is looked at; the store is made or migrated now, not at
    // the first request.
    drop(app.session()?);
    let listen = if args.listen.is_empty() {
        app.settings.serve.listen.clone()
    } else {
        args.listen
    };
    let listen = listen
        .iter()
        .map(|l| {
            Listen::parse(
                l,
                args.tls_cert.is_some() || app.settings.serve.behind_proxy,
            )
        })
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| {
            let why = match e {
                crate::domain::error::Error::Invalid { message, .. } => message,
                other => other.to_string(),
            };
            CliError::Usage(format!("--listen: {why}"))
        })?;
    if listen.is_empty() {
        return Err(CliError::Usage("--listen: give an address to listen on".into()).into());
    }
    let proxy = trusted_proxies(app, &listen, args.tls_cert.is_some())?;
    let mut ctx = app.ctx();
    if let Some(url) = args
        .public_url
        .or_else(|| app.settings.serve.public_url.clone())
    {
        ctx.base_url = url;
    }
    let serve_settings = &app.settings.serve;
    let config = Config {
        listen,
        tls: args.tls_cert.zip(args.tls_key),
        proxy,
        tell_reason: app.settings.serve.tell_reason,
        sign_in_limit: app.settings.serve.sign_in_limit,
        location: app.settings.db.clone(),
        options: OpenOptions {
            busy_timeout: app.settings.busy_timeout,
            migrate: true,
            allow_shared: app.settings.allow_shared_store,
            read_only: false,
            create: true,
            create_dir: app.default_store(),
        },
        ctx,
        mail: app.mail_settings(),
        workers: 2 * std::thread::available_parallelism().map_or(2, |n| n.get()),
        pages: PagesConfig {
            product_name: serve_settings.product_name.clone(),
            logo: serve_settings.logo.clone(),
            templates: serve_settings.templates.clone(),
            reset_mail_interval: serve_settings.reset_mail_interval,
            page_limit: serve_settings.page_limit,
        },
        admin_socket: args.admin_socket,
        scim_deletes: serve_settings.scim_deletes,
    };
    warn_if_links_miss(app, &config);
    serve::run(config, &|at| {
        eprintln!("roster serve: listening on {at}");
    })?;
    Ok(Exit::Ok)
}

/// With `serve.behind_proxy`: the proxies whose `X-Forwarded-*` headers
/// are believed (needed on an address other than loopback without TLS).
fn trusted_proxies(
    app: &App,
    listen: &[Listen],
    tls: bool,
) -> Result<Option<Vec<std::net::IpAddr>>> {
    Ok(if app.settings.serve.behind_proxy {
        let trusted = app
            .settings
            .serve
            .trusted_proxies
            .iter()
            .map(|p| {
                p.parse::<std::net::IpAddr>().map_err(|_| {
                    CliError::Usage(format!("serve.trusted_proxies: {p} is not an IP address"))
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let open = listen
            .iter()
            .any(|l| matches!(l, Listen::Tcp(addr) if !addr.ip().is_loopback()));
        if open && trusted.is_empty() && !tls {
            return Err(CliError::Usage(
                "serve.behind_proxy on an address other than loopback needs \
                 serve.trusted_proxies: the proxies whose X-Forwarded-Proto and \
                 X-Forwarded-For are believed"
                    .into(),
            )
            .into());
        }
        Some(trusted)
    } else {
        None
    })
}

/// Says so when the links in mail will not reach this server: the public
/// URL's port is none it listens on (and no proxy stands in front).
fn warn_if_links_miss(app: &App, config: &Config) {
    if config.proxy.is_some() {
        return;
    }
    let url = &config.ctx.base_url;
    let (scheme, rest) = url.split_once("://").unwrap_or(("http", url));
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let port = authority
        .rsplit_once(':')
        .filter(|(host, _)| !host.ends_with(']') || authority.starts_with('['))
        .and_then(|(_, port)| port.parse::<u16>().ok())
        .unwrap_or(if scheme.eq_ignore_ascii_case("https") {
            443
        } else {
            80
        });
    let reached = config.listen.iter().any(|l| match l {
        Listen::Tcp(addr) => addr.port() == port,
        Listen::Unix(_) => true,
    });
    if !reached {
        app.warn(&format!(
            "the links in mail point at {url} (--public-url, serve.public_url or mail.base_url), \
             a port this server does not listen on: set it to the URL people reach this server at"
        ));
    }
}
