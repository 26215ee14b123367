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
    let csv = format == FileFormat::Csv;
    let count = if let Some(url) = app.settings.server.clone() {
        let request = crate::ops::wire::ExportRequest {
            selector,
            include_hashes: args.include_hashes,
            csv,
        };
        let connected = crate::commands::remote::connect(app, &url)?;
        write(&args, format, |out| {
            use crate::commands::remote::{Exported, export_users};
            export_users(&connected, &request, |item| match item {
                Exported::AttributeKeys(keys) => out.start(keys),
                Exported::User(user) => out.push(&user),
            })
            .map(|_| ())
        })?
    } else {
        let query = ListQuery {
            selector,
            sort: Vec::new(),
            limit: None,
            offset: 0,
            with_hashes: args.include_hashes,
        };
        let session = app.session()?;
        let selected = crate::ops::users::export(&session, query, csv)?;
        write(&args, format, |out| {
            out.start(selected.attribute_keys.clone())?;
            selected.each(|user| out.push(&user))
        })?
    };
    let noun = if count == 1 { "user" } else { "users" };
    match &args.output {
        Some(path) => app.say(&format!("{count} {noun} written to {}", path.display())),
        None if count == 0 => app.say("no users match"),
        None => {}
    }
    Ok(Exit::Ok)
}

/// Writes the export to its file (which must not exist yet) or to stdout:
/// `users` starts the output with the attribute keys, then pushes each
/// user. A file is synced before it is called written; a half-written
/// export is worse than none, so one that fails is removed.
fn write(
    args: &ExportArgs,
    format: FileFormat,
    users: impl FnOnce(&mut Output) -> Result<()>,
) -> Result<u64> {
    let file = args.output.as_deref().map(new_file).transpose()?;
    let written = (|| -> Result<u64> {
        let out: Box<dyn Write> = match &file {
            Some(file) => Box::new(file.try_clone()?),
            None => Box::new(std::io::stdout().lock()),
        };
        let mut output = Output {
            format,
            include_hashes: args.include_hashes,
            out: Some(out),
            sink: None,
        };
        users(&mut output)?;
        let count = output.finish()?;
        if let Some(file) = &file {
            file.sync_all()?;
        }
        Ok(count)
    })();
    written.inspect_err(|_| {
        if let Some(path) = &args.output {
            let _ = std::fs::remove_file(path);
        }
    })
}

/// An export's output: started once the attribute keys (its CSV columns)
/// are known.
struct Output {
    format: FileFormat,
    include_hashes: bool,
    out: Option<Box<dyn Write>>,
    sink: Option<Sink<BufWriter<Box<dyn Write>>>>,
}

impl Output {
    fn start(&mut self, attribute_keys: Vec<String>) -> Result<()> {
        let out = self
            .out
            .take()
            .ok_or_else(|| Error::Internal("an export started twice".into()))?;
        self.sink = Some(Sink::start(
            self.format,
            BufWriter::with_capacity(1 << 16, out),
            attribute_keys,
            self.include_hashes,
        )?);
        Ok(())
    }

    fn push(&mut self, user: &crate::domain::user::User) -> Result<()> {
        let sink = self
            .sink
            .as_mut()
            .ok_or_else(|| Error::Internal("an export's user came before its columns".into()))?;
        Ok(sink.push(user)?)
    }

    fn finish(self) -> Result<u64> {
        let sink = self
            .sink
            .ok_or_else(|| Error::Internal("an export ended before its columns".into()))?;
        Ok(sink.finish()?)
    }
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
