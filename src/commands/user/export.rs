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
            format,
        };
        let connected = crate::commands::remote::connect(app, &url)?;
        write(&args, format, |out| {
            let count =
                crate::commands::remote::export_users(&connected, &request, |text| out.raw(text))?;
            out.counted(count);
            Ok(())
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
        let mut output = Output::Waiting {
            format,
            include_hashes: args.include_hashes,
            out,
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

/// An export's output: waiting for its start; the users, written here
/// once the attribute keys (its CSV columns) are known; or the file as a
/// server wrote it, kept as it comes.
enum Output {
    Waiting {
        format: FileFormat,
        include_hashes: bool,
        out: Box<dyn Write>,
    },
    Users(Sink<BufWriter<Box<dyn Write>>>),
    Written {
        out: BufWriter<Box<dyn Write>>,
        count: Option<u64>,
    },
    /// Between two of the above.
    Moving,
}

impl Output {
    fn start(&mut self, attribute_keys: Vec<String>) -> Result<()> {
        let Output::Waiting {
            format,
            include_hashes,
            out,
        } = std::mem::replace(self, Output::Moving)
        else {
            return Err(Error::Internal("an export started twice".into()).into());
        };
        *self = Output::Users(Sink::start(
            format,
            BufWriter::with_capacity(1 << 16, out),
            attribute_keys,
            include_hashes,
        )?);
        Ok(())
    }

    fn push(&mut self, user: &crate::domain::user::User) -> Result<()> {
        match self {
            Output::Users(sink) => Ok(sink.push(user)?),
            _ => Err(Error::Internal("an export's user came before its columns".into()).into()),
        }
    }

    /// A piece of the file a server wrote.
    fn raw(&mut self, text: &str) -> Result<()> {
        if let Output::Waiting { .. } = self {
            let Output::Waiting { out, .. } = std::mem::replace(self, Output::Moving) else {
                unreachable!("matched above");
            };
            *self = Output::Written {
                out: BufWriter::with_capacity(1 << 16, out),
                count: None,
            };
        }
        match self {
            Output::Written { out, .. } => Ok(out.write_all(text.as_bytes())?),
            _ => Err(Error::Internal("an export's file came after its users".into()).into()),
        }
    }

    /// How many users the file a server wrote holds (an empty export
    /// writes its file too).
    fn counted(&mut self, count: u64) {
        if let Output::Waiting { .. } = self {
            let _ = self.raw("");
        }
        if let Output::Written { count: c, .. } = self {
            *c = Some(count);
        }
    }

    fn finish(self) -> Result<u64> {
        match self {
            Output::Users(sink) => Ok(sink.finish()?),
            Output::Written {
                mut out,
                count: Some(count),
            } => {
                out.flush()?;
                Ok(count)
            }
            _ => Err(Error::Internal("an export ended before it began".into()).into()),
        }
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
