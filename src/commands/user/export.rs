//! `roster user export`: users, streamed, in the format `user import` reads.

use std::io::{BufWriter, Write};

use anyhow::Result;

use crate::cli::ExportArgs;
use crate::commands::{App, CliError};
use crate::domain::error::{Conflict, Error};
use crate::domain::query::ListQuery;
use crate::exit::Exit;
use crate::output::Format;
use crate::transfer::{FileFormat, Sink};

/// The file format: `--format` when it names one, else the output file's
/// extension, else CSV.
fn format_of(app: &App, args: &ExportArgs) -> Result<FileFormat> {
    let by_name = args.output.as_deref().and_then(FileFormat::of_path);
    let by_flag = match app.out.format {
        Format::Csv => Some(FileFormat::Csv),
        Format::Json => Some(FileFormat::Json),
        Format::Jsonl => Some(FileFormat::Jsonl),
        Format::Table => None,
    };
    if let (Some(flag), Some(name)) = (by_flag, by_name) {
        if flag != name {
            return Err(CliError::Usage(format!(
                "--format {} and the output file's extension .{} disagree; pick one",
                flag.as_str(),
                name.as_str()
            ))
            .into());
        }
    }
    Ok(by_flag.or(by_name).unwrap_or(FileFormat::Csv))
}

pub fn run(app: &mut App, args: ExportArgs) -> Result<Exit> {
    let selector = super::lifecycle::selector(&args.select, args.all, app.now)?;
    let format = format_of(app, &args)?;
    let query = ListQuery {
        selector,
        sort: Vec::new(),
        limit: None,
        offset: 0,
        with_hashes: args.include_hashes,
    };
    let session = app.session()?;
    let selected = crate::ops::users::export(&session, query, format == FileFormat::Csv)?;
    // A file is synced before it is called written; a half-written export
    // is worse than none, so one that fails is removed.
    let file = args.output.as_deref().map(new_file).transpose()?;
    let written = (|| -> Result<u64> {
        let out: Box<dyn Write> = match &file {
            Some(file) => Box::new(file.try_clone()?),
            None => Box::new(std::io::stdout().lock()),
        };
        let mut sink = Sink::start(
            format,
            BufWriter::with_capacity(1 << 16, out),
            selected.attribute_keys.clone(),
            args.include_hashes,
        )?;
        selected.each(|user| sink.push(&user).map_err(anyhow::Error::from))?;
        let count = sink.finish()?;
        if let Some(file) = &file {
            file.sync_all()?;
        }
        Ok(count)
    })();
    let count = match written {
        Ok(count) => count,
        Err(e) => {
            if let Some(path) = &args.output {
                let _ = std::fs::remove_file(path);
            }
            return Err(e);
        }
    };
    let noun = if count == 1 { "user" } else { "users" };
    match &args.output {
        Some(path) => app.say(&format!("{count} {noun} written to {}", path.display())),
        None if count == 0 => app.say("no users match"),
        None => {}
    }
    Ok(Exit::Ok)
}

/// The export's file, which must not exist yet.
fn new_file(path: &std::path::Path) -> crate::Result<std::fs::File> {
    crate::private::create_new_file(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => Error::from(Conflict::FileExists {
            path: path.to_path_buf(),
            why: "an export never overwrites a file",
        }),
        _ => Error::invalid("output", format!("{}: {e}", path.display())),
    })
}
