//! `roster serve`.

use anyhow::Result;

use super::{App, CliError};
use crate::exit::Exit;
use crate::ops::session::OpenOptions;
use crate::serve::{self, Config, Listen};

pub fn run(app: &mut App, args: crate::cli::ServeArgs) -> Result<Exit> {
    // Who runs the server must be allowed to (`--as`: store.admin), before
    // anything else is looked at; the store is made or migrated now, not at
    // the first request.
    drop(app.session()?);
    let listen = if args.listen.is_empty() {
        app.settings.serve_listen.clone()
    } else {
        args.listen
    };
    let listen = listen
        .iter()
        .map(|l| {
            Listen::parse(
                l,
                args.tls_cert.is_some() || app.settings.serve_behind_proxy,
            )
        })
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| CliError::Usage(format!("invalid value for --listen: {e}")))?;
    if listen.is_empty() {
        return Err(CliError::Usage("--listen: give an address to listen on".into()).into());
    }
    let proxy = if app.settings.serve_behind_proxy {
        let trusted = app
            .settings
            .serve_trusted_proxies
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
        if open && trusted.is_empty() && args.tls_cert.is_none() {
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
    };
    let mut ctx = app.ctx();
    if let Some(url) = args.public_url {
        ctx.base_url = url;
    }
    let config = Config {
        listen,
        tls: args.tls_cert.zip(args.tls_key),
        proxy,
        tell_reason: app.settings.serve_tell_reason,
        sign_in_limit: app.settings.serve_sign_in_limit,
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
    };
    serve::run(config, &|at| {
        eprintln!("roster serve: listening on {at}");
    })?;
    Ok(Exit::Ok)
}
