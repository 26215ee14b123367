//! Reading a file of users a row at a time.

use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::path::Path;
use std::rc::Rc;

use serde::de::{DeserializeSeed, SeqAccess, Visitor};
use serde_json::{Map, Value};

use super::FileFormat;
use super::limit::{Counter, Limited, Unit};
use crate::domain::error::{Error, Result, quoted};
use crate::domain::file_row::{ATTR_PREFIX, is_field};
use crate::domain::types::validate_word;
use crate::output::from_csv;

/// One row of a file, or a row that could not be read at all.
#[derive(Debug)]
pub enum Item {
    /// The row's fields, and the line it starts on (a JSON array's items
    /// are placed by the line they end on).
    Row {
        line: u64,
        fields: Map<String, Value>,
    },
    /// A row that is not a row: broken JSON on a line, a CSV record with
    /// the wrong number of cells.
    Broken { line: u64, message: String },
}

impl Item {
    pub fn line(&self) -> u64 {
        match self {
            Item::Row { line, .. } | Item::Broken { line, .. } => *line,
        }
    }
}

/// A file of users, opened, its format known.
pub struct Source {
    /// The name errors give it: its path, or `stdin`.
    pub name: String,
    pub format: FileFormat,
    input: Box<dyn BufRead>,
}

impl Source {
    /// Opens `path` (`-` is stdin). The format is `forced`, or the one the
    /// name says, or for stdin and other names the one the first character
    /// says: `[` JSON, `{` JSON Lines, anything else CSV.
    pub fn open(path: &Path, forced: Option<FileFormat>) -> Result<Source> {
        let stdin = path.as_os_str() == "-";
        let name = if stdin {
            "stdin".to_string()
        } else {
            path.display().to_string()
        };
        let mut input: Box<dyn BufRead> = if stdin {
            Box::new(BufReader::with_capacity(1 << 16, io::stdin()))
        } else {
            let file = File::open(path)
                .map_err(|e| Error::invalid("file", format!("cannot read {name}: {e}")))?;
            Box::new(BufReader::with_capacity(1 << 16, file))
        };
        // A spreadsheet's "CSV UTF-8" starts with a byte-order mark.
        let head = input
            .fill_buf()
            .map_err(|e| Error::invalid("file", format!("cannot read {name}: {e}")))?;
        if head.starts_with("\u{feff}".as_bytes()) {
            input.consume(3);
        }
        let format = match forced.or_else(|| FileFormat::of_path(path)) {
            Some(format) => format,
            None => {
                let head = input
                    .fill_buf()
                    .map_err(|e| Error::invalid("file", format!("cannot read {name}: {e}")))?;
                match head.iter().find(|b| !b.is_ascii_whitespace()) {
                    Some(b'[') => FileFormat::Json,
                    Some(b'{') => FileFormat::Jsonl,
                    _ => FileFormat::Csv,
                }
            }
        };
        Ok(Source {
            name,
            format,
            input,
        })
    }

    /// Calls `each` with every row in order. Stops at the first error
    /// `each` returns, or at a fault that leaves the rest of the file
    /// unreadable (a CSV header that names an unknown field, a JSON array
    /// that is not well formed).
    pub fn for_each(self, each: &mut dyn FnMut(Item) -> Result<()>) -> Result<()> {
        match self.format {
            FileFormat::Csv => self.csv(each),
            FileFormat::Jsonl => self.jsonl(each),
            FileFormat::Json => self.json(each),
        }
    }

    fn csv(self, each: &mut dyn FnMut(Item) -> Result<()>) -> Result<()> {
        let limited = Limited::new(self.input, Unit::CsvRecord);
        let counter = limited.counter();
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .from_reader(limited);
        let headers = reader
            .headers()
            .map_err(|e| {
                counter.overrun(&self.name).unwrap_or_else(|| {
                    Error::invalid("file", format!("{}: line 1: {e}", self.name))
                })
            })?
            .clone();
        counter.next_record_line();
        let columns = csv_columns(&self.name, &headers)?;
        let mut record = csv::StringRecord::new();
        loop {
            match reader.read_record(&mut record) {
                Ok(false) => break,
                Ok(true) => {}
                Err(e) => {
                    if let Some(overrun) = counter.overrun(&self.name) {
                        return Err(overrun);
                    }
                    let line = counter
                        .next_record_line()
                        .unwrap_or_else(|| e.position().map_or(0, |p| p.line()));
                    if matches!(e.kind(), csv::ErrorKind::Utf8 { .. }) {
                        each(Item::Broken {
                            line,
                            message: "is not UTF-8 text".into(),
                        })?;
                        continue;
                    }
                    return Err(Error::invalid(
                        "file",
                        format!("{}: line {line}: {e}", self.name),
                    ));
                }
            }
            let line = counter
                .next_record_line()
                .unwrap_or_else(|| record.position().map_or(0, |p| p.line()));
            if record.iter().all(|cell| cell.trim().is_empty()) {
                continue;
            }
            if record.len() != columns.len() {
                each(Item::Broken {
                    line,
                    message: format!(
                        "has {}; the header has {}",
                        crate::domain::error::counted(record.len(), "cell", "cells"),
                        columns.len()
                    ),
                })?;
                continue;
            }
            let mut fields = Map::new();
            let mut attributes = Map::new();
            for (column, cell) in columns.iter().zip(record.iter()) {
                let cell = from_csv(cell);
                let value = if cell.trim().is_empty() {
                    Value::Null
                } else {
                    Value::String(cell.to_string())
                };
                match column {
                    Column::Field(name) => {
                        fields.insert(name.clone(), value);
                    }
                    Column::Attr(key) => {
                        attributes.insert(key.clone(), value);
                    }
                }
            }
            if columns.iter().any(|c| matches!(c, Column::Attr(_))) {
                attributes.retain(|_, v| !v.is_null());
                fields.insert("attributes".into(), Value::Object(attributes));
            }
            each(Item::Row { line, fields })?;
        }
        Ok(())
    }

    fn jsonl(self, each: &mut dyn FnMut(Item) -> Result<()>) -> Result<()> {
        let name = self.name.clone();
        let limited = Limited::new(self.input, Unit::Line);
        let counter = limited.counter();
        let mut input = BufReader::with_capacity(1 << 16, limited);
        let mut line = 0u64;
        let mut bytes = Vec::new();
        loop {
            bytes.clear();
            line += 1;
            let read = input.read_until(b'\n', &mut bytes).map_err(|e| {
                counter
                    .overrun(&name)
                    .unwrap_or_else(|| Error::invalid("file", format!("{name}: line {line}: {e}")))
            })?;
            if read == 0 {
                break;
            }
            let Ok(text) = std::str::from_utf8(&bytes) else {
                each(Item::Broken {
                    line,
                    message: "is not UTF-8 text".into(),
                })?;
                continue;
            };
            let trimmed = text.trim();
            if trimmed.is_empty() {
                continue;
            }
            match serde_json::from_str::<Value>(trimmed) {
                Ok(Value::Object(fields)) => each(Item::Row { line, fields })?,
                Ok(_) => each(Item::Broken {
                    line,
                    message: "is not a JSON object".into(),
                })?,
                Err(e) => each(Item::Broken {
                    line,
                    message: format!("is not JSON: {e}"),
                })?,
            }
        }
        Ok(())
    }

    fn json(self, each: &mut dyn FnMut(Item) -> Result<()>) -> Result<()> {
        let name = self.name.clone();
        let limited = Limited::new(self.input, Unit::Item);
        let counter = limited.counter();
        let mut failure: Option<Error> = None;
        let result = {
            let mut de = serde_json::Deserializer::from_reader(limited);
            let seed = Items {
                each,
                counter: Rc::clone(&counter),
                failure: &mut failure,
            };
            let r = seed.deserialize(&mut de);
            r.and_then(|()| de.end())
        };
        if let Some(e) = failure.or_else(|| counter.overrun(&name)) {
            return Err(e);
        }
        result.map_err(|e| {
            if e.is_eof() && e.line() == 1 && e.column() == 0 {
                Error::invalid("file", format!("{name}: the file is empty"))
            } else {
                Error::invalid(
                    "file",
                    format!(
                        "{name}: line {}: not a JSON array of objects: {e}",
                        e.line()
                    ),
                )
            }
        })
    }
}

/// The columns of a CSV file.
enum Column {
    Field(String),
    Attr(String),
}

/// Checks a CSV header: every column a field (or `attr.KEY`), none twice.
fn csv_columns(name: &str, headers: &csv::StringRecord) -> Result<Vec<Column>> {
    let bad = |message: String| Error::invalid("file", format!("{name}: line 1: {message}"));
    let mut seen = std::collections::HashSet::new();
    let mut columns = Vec::with_capacity(headers.len());
    for header in headers {
        let header = header.trim();
        let lower = header.to_ascii_lowercase();
        if !seen.insert(lower.clone()) {
            return Err(bad(format!("column {} is there twice", quoted(header))));
        }
        if let Some(key) = header.strip_prefix(ATTR_PREFIX) {
            let key = validate_word("attr key", key)
                .map_err(|e| bad(format!("column {}: {e}", quoted(header))))?;
            columns.push(Column::Attr(key));
        } else if lower == "attributes" {
            return Err(bad(
                "column \"attributes\": in CSV, attributes are attr.KEY columns".into(),
            ));
        } else if lower == "password" {
            return Err(bad(
                "column \"password\": roster never reads a password from a file; give password_hash, or pass --generate-password".into(),
            ));
        } else if is_field(&lower) {
            columns.push(Column::Field(lower));
        } else {
            return Err(bad(format!(
                "unknown column {}; the columns are the field names of `roster user show --json`, attr.KEY for attributes, and password_hash",
                quoted(header)
            )));
        }
    }
    if !columns
        .iter()
        .any(|c| matches!(c, Column::Field(f) if f == "email" || f == "id"))
    {
        return Err(bad("the header needs an email column (or id)".into()));
    }
    Ok(columns)
}

/// Visits a JSON array, handing each object to `each` as it is read.
struct Items<'a, 'f> {
    each: &'a mut dyn FnMut(Item) -> Result<()>,
    /// Line breaks read so far (an item ends on the line after them), and
    /// the bound on one item.
    counter: Rc<Counter>,
    failure: &'f mut Option<Error>,
}

impl<'de> DeserializeSeed<'de> for Items<'_, '_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Items<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("an array of objects")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<(), A::Error> {
        use serde::de::Error as _;
        let mut index = 0u64;
        while let Some(value) = seq.next_element::<Value>()? {
            index += 1;
            let line = self.counter.newlines() + 1;
            self.counter.next_item();
            let item = match value {
                Value::Object(fields) => Item::Row { line, fields },
                _ => Item::Broken {
                    line,
                    message: format!("item {index} is not a JSON object"),
                },
            };
            if let Err(e) = (self.each)(item) {
                *self.failure = Some(e);
                return Err(A::Error::custom("stopped"));
            }
        }
        Ok(())
    }
}
