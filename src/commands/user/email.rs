//! `roster user email`: send a template or your own text to users.

use std::io::Read;

use anyhow::Result;

use super::lifecycle::run;
use crate::cli::EmailArgs;
use crate::commands::App;
use crate::domain::error::Error;
use crate::domain::types::validate_text;
use crate::exit::Exit;
use crate::ops::change::Change;
use crate::ops::lifecycle::Message;

pub fn run_email(app: &mut App, args: EmailArgs) -> Result<Exit> {
    let message = match (&args.subject, &args.body_file, &args.template) {
        (Some(subject), Some(file), _) => Message::Custom {
            subject: validate_text("subject", subject, 200)?,
            body: read_body(file)?,
        },
        (_, _, Some(template)) => Message::Template(template.clone()),
        _ => unreachable!("clap requires --template or --subject with --body-file"),
    };
    run(app, &args.bulk, Change::Email { message })
}

fn read_body(path: &std::path::Path) -> crate::Result<String> {
    // A mail's body is text a person wrote: at most 1 MiB is read.
    const MAX_BODY: u64 = 1 << 20;
    let mut bytes = Vec::new();
    let read = if path.as_os_str() == "-" {
        std::io::stdin().take(MAX_BODY + 1).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|f| f.take(MAX_BODY + 1).read_to_end(&mut bytes))
    };
    read.map_err(|e| Error::invalid("body-file", format!("{}: {e}", path.display())))?;
    if bytes.len() as u64 > MAX_BODY {
        return Err(Error::invalid(
            "body-file",
            format!("{}: is longer than 1 MiB", path.display()),
        ));
    }
    let body = String::from_utf8(bytes).map_err(|_| {
        Error::invalid(
            "body-file",
            format!("{}: is not UTF-8 text", path.display()),
        )
    })?;
    // No store keeps U+0000 in text the same way (PostgreSQL refuses it),
    // and no mail needs it.
    if body.contains('\0') {
        return Err(Error::invalid(
            "body-file",
            format!("{}: holds a NUL character (U+0000)", path.display()),
        ));
    }
    Ok(body)
}
