//! Writing users in the format `user import` reads, one at a time.

use std::io::{self, Write};

use serde_json::Value;

use super::FileFormat;
use crate::domain::record::{ATTR_PREFIX, fields, join_list, values};
use crate::domain::user::User;
use crate::output::for_csv;

/// Where exported users go, in one of the file formats.
pub struct Sink<W: Write> {
    format: FileFormat,
    out: W,
    /// The `attr.KEY` columns of a CSV file, known before the first row.
    attr_keys: Vec<String>,
    include_hashes: bool,
    rows: u64,
    csv_line: Vec<String>,
}

impl<W: Write> Sink<W> {
    /// Starts a file: a CSV header (with a column for each attribute key
    /// in `attr_keys`), or a JSON array's `[`.
    pub fn start(
        format: FileFormat,
        mut out: W,
        attr_keys: Vec<String>,
        include_hashes: bool,
    ) -> io::Result<Sink<W>> {
        match format {
            FileFormat::Csv => {
                let mut header: Vec<String> = fields().iter().map(|f| f.to_string()).collect();
                header.extend(attr_keys.iter().map(|k| format!("{ATTR_PREFIX}{k}")));
                if include_hashes {
                    header.push("password_hash".into());
                }
                write_record(&mut out, &header)?;
            }
            FileFormat::Json => out.write_all(b"[")?,
            FileFormat::Jsonl => {}
        }
        Ok(Sink {
            format,
            out,
            attr_keys,
            include_hashes,
            rows: 0,
            csv_line: Vec::new(),
        })
    }

    /// Writes one user.
    pub fn push(&mut self, user: &User) -> io::Result<()> {
        self.rows += 1;
        match self.format {
            FileFormat::Csv => {
                let line = &mut self.csv_line;
                line.clear();
                for value in values(user) {
                    line.push(match value {
                        Value::Null => String::new(),
                        Value::String(s) => s,
                        Value::Array(items) => join_list(items.iter().filter_map(Value::as_str)),
                        other => other.to_string(),
                    });
                }
                for key in &self.attr_keys {
                    line.push(user.attributes.get(key).cloned().unwrap_or_default());
                }
                if self.include_hashes {
                    line.push(user.password_hash.clone().unwrap_or_default());
                }
                write_record(&mut self.out, line)?;
            }
            FileFormat::Json | FileFormat::Jsonl => {
                if self.format == FileFormat::Json {
                    self.out
                        .write_all(if self.rows == 1 { b"\n" } else { b",\n" })?;
                }
                if self.include_hashes || user.password_hash.is_none() {
                    serde_json::to_writer(&mut self.out, user)?;
                } else {
                    let mut user = user.clone();
                    user.password_hash = None;
                    serde_json::to_writer(&mut self.out, &user)?;
                }
                if self.format == FileFormat::Jsonl {
                    self.out.write_all(b"\n")?;
                }
            }
        }
        Ok(())
    }

    /// Ends the file (a JSON array's `]`) and returns how many users it has.
    pub fn finish(mut self) -> io::Result<u64> {
        if self.format == FileFormat::Json {
            self.out
                .write_all(if self.rows == 0 { b"]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()?;
        Ok(self.rows)
    }
}

/// One RFC 4180 record, each cell guarded against spreadsheet formulas.
fn write_record(out: &mut impl Write, cells: &[String]) -> io::Result<()> {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        let cell = for_csv(cell);
        if cell.contains([',', '"', '\r', '\n']) {
            out.write_all(b"\"")?;
            out.write_all(cell.replace('"', "\"\"").as_bytes())?;
            out.write_all(b"\"")?;
        } else {
            out.write_all(cell.as_bytes())?;
        }
    }
    out.write_all(b"\r\n")
}
