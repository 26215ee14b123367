//! Writing users in the format `user import` reads, one at a time.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::FileFormat;
use crate::domain::file_row::{ATTR_PREFIX, Cell, each_value, fields, join_list};
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
    /// Text of the current cell, when it is made (times, lists).
    buf: String,
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
            buf: String::new(),
        })
    }

    /// Writes one user.
    pub fn push(&mut self, user: &User) -> io::Result<()> {
        self.rows += 1;
        match self.format {
            FileFormat::Csv => {
                // Each cell straight to the writer: no row is built, and the
                // one buffer for times and lists is reused.
                let (out, buf) = (&mut self.out, &mut self.buf);
                let mut first = true;
                each_value(user, |cell| {
                    buf.clear();
                    let text: &str = match cell {
                        Cell::Null => "",
                        Cell::Text(text) => text,
                        Cell::Flag(flag) => {
                            if flag {
                                "true"
                            } else {
                                "false"
                            }
                        }
                        Cell::Time(time) => {
                            let _ = write!(buf, "{time}");
                            buf
                        }
                        Cell::Count(count) => {
                            let _ = write!(buf, "{count}");
                            buf
                        }
                        Cell::List(items) => {
                            buf.push_str(&join_list(items.iter().map(String::as_str)));
                            buf
                        }
                    };
                    write_cell(out, &mut first, text)
                })?;
                for key in &self.attr_keys {
                    let value = user.attributes.get(key).map_or("", String::as_str);
                    write_cell(&mut self.out, &mut first, value)?;
                }
                if self.include_hashes {
                    let hash = user.password_hash.as_deref().unwrap_or_default();
                    write_cell(&mut self.out, &mut first, hash)?;
                }
                self.out.write_all(b"\r\n")?;
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
    let mut first = true;
    for cell in cells {
        write_cell(out, &mut first, cell)?;
    }
    out.write_all(b"\r\n")
}

/// One cell of a record (after a comma unless `first`), quoted when it
/// must be, guarded against spreadsheet formulas.
fn write_cell(out: &mut impl Write, first: &mut bool, cell: &str) -> io::Result<()> {
    if !std::mem::take(first) {
        out.write_all(b",")?;
    }
    let cell = for_csv(cell);
    if cell.contains([',', '"', '\r', '\n']) {
        out.write_all(b"\"")?;
        out.write_all(cell.replace('"', "\"\"").as_bytes())?;
        out.write_all(b"\"")
    } else {
        out.write_all(cell.as_bytes())
    }
}
