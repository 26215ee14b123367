//! Files of users: reading the rows of an import or sync file (CSV, JSON
//! Lines, JSON) one at a time, and writing an export in the same format.
//! Neither holds a whole file in memory.

mod read;
mod write;

use std::path::Path;

pub use read::{Item, Source};
pub use write::Sink;

/// The format of a file of users.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum FileFormat {
    /// RFC 4180 with a header of field names; lists `;`-separated;
    /// attributes as `attr.KEY` columns.
    Csv,
    /// One JSON object a line.
    Jsonl,
    /// One JSON array of objects.
    Json,
}

impl FileFormat {
    /// The format a file's name says: `.csv`, `.jsonl` or `.ndjson`, `.json`.
    pub fn of_path(path: &Path) -> Option<FileFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "csv" => Some(FileFormat::Csv),
            "jsonl" | "ndjson" => Some(FileFormat::Jsonl),
            "json" => Some(FileFormat::Json),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            FileFormat::Csv => "csv",
            FileFormat::Jsonl => "jsonl",
            FileFormat::Json => "json",
        }
    }
}
