//! Turning rows into table, JSON, JSON Lines or CSV on stdout. Commands hand rows
//! to a [`Printer`]; nothing else writes to stdout.

pub mod columns;
pub mod progress;
mod sanitize;
pub mod table;

use std::io::{self, BufWriter, Stdout, Write};

use comfy_table::Color;
use serde::Serialize;

pub use sanitize::{for_csv, for_terminal, for_terminal_block, from_csv};
pub use table::Fit;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Aligned columns for people.
    Table,
    /// One JSON document; lists are arrays.
    Json,
    /// One JSON object a line: the streaming form for large lists and pipes.
    Jsonl,
    /// RFC 4180 with a header row.
    Csv,
}

impl Format {
    pub fn is_json(self) -> bool {
        matches!(self, Format::Json | Format::Jsonl)
    }

    /// The name as typed after `--format`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Json => "json",
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
        }
    }
}

/// The width of the terminal on stdout, if it is one and reports a width.
pub fn terminal_width() -> Option<usize> {
    // SAFETY: an all-zero winsize is a valid value of the C struct.
    let mut size: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes one winsize into the struct it is given.
    let rc = unsafe { libc::ioctl(libc::STDOUT_FILENO, libc::TIOCGWINSZ, &mut size) };
    (rc == 0 && size.ws_col > 0).then_some(usize::from(size.ws_col))
}

/// A row that can be printed in every format.
pub trait Record: Serialize {
    /// The id `-q` prints, if the row has one.
    fn id(&self) -> Option<&str>;
    fn table_headers() -> Vec<&'static str>;
    /// How each table column gives way on a narrow terminal. By default the
    /// first column stays and the others are cut, the last left out first.
    fn table_fits() -> Vec<Fit> {
        (0..Self::table_headers().len())
            .map(|i| match i {
                0 => Fit::Keep,
                i => Fit::Cut {
                    min: 10,
                    rank: u8::try_from(100 - i.min(99)).unwrap_or(1),
                },
            })
            .collect()
    }
    /// The cells of a table row; an empty one is an absent value, shown `-`.
    fn table_cells(&self) -> Vec<String>;
    /// CSV headers are field names: the table's, lowercased, with `_` for spaces.
    fn csv_headers() -> Vec<String> {
        Self::table_headers()
            .into_iter()
            .map(|h| h.to_lowercase().replace(' ', "_"))
            .collect()
    }
    fn csv_cells(&self) -> Vec<String> {
        self.table_cells()
    }
    /// Whether `--columns` may name this field beyond the CSV header (a
    /// user's `attr.KEY`).
    fn has_field(_name: &str) -> bool {
        false
    }
    /// The value of such a field, as a CSV cell.
    fn field(&self, _name: &str) -> Option<String> {
        None
    }
    /// A colour for a table cell, by column index, when colour is on.
    fn table_color(&self, _column: usize) -> Option<Color> {
        None
    }
    /// A plain success of a bulk result (`changed`, `unchanged`): what a
    /// terminal's table of a large result leaves out (see [`Printer::results`]).
    fn plain_success(&self) -> bool {
        false
    }
    /// Whether a large result of these rows may be shown on a terminal
    /// without its plain successes.
    fn may_leave_out() -> bool {
        true
    }
}

/// A record with the password generated for it, shown this once.
#[derive(Serialize)]
pub struct WithPassword<R: Record> {
    #[serde(flatten)]
    pub record: R,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
}

impl<R: Record> Record for WithPassword<R> {
    fn id(&self) -> Option<&str> {
        self.record.id()
    }
    fn table_headers() -> Vec<&'static str> {
        let mut h = R::table_headers();
        h.push("PASSWORD");
        h
    }
    fn table_cells(&self) -> Vec<String> {
        let mut c = self.record.table_cells();
        c.push(self.password.clone().unwrap_or_default());
        c
    }
    fn csv_headers() -> Vec<String> {
        let mut h = R::csv_headers();
        h.push("password".into());
        h
    }
    fn csv_cells(&self) -> Vec<String> {
        let mut c = self.record.csv_cells();
        c.push(self.password.clone().unwrap_or_default());
        c
    }
    fn table_color(&self, column: usize) -> Option<Color> {
        self.record.table_color(column)
    }
    fn table_fits() -> Vec<Fit> {
        let mut f = R::table_fits();
        f.push(Fit::Keep);
        f
    }
    fn plain_success(&self) -> bool {
        self.password.is_none() && self.record.plain_success()
    }
    /// A generated password is shown nowhere else: every row is shown.
    fn may_leave_out() -> bool {
        false
    }
}

/// A borrowed record prints as the record.
impl<R: Record> Record for &R {
    fn id(&self) -> Option<&str> {
        (**self).id()
    }
    fn table_headers() -> Vec<&'static str> {
        R::table_headers()
    }
    fn table_fits() -> Vec<Fit> {
        R::table_fits()
    }
    fn table_cells(&self) -> Vec<String> {
        (**self).table_cells()
    }
    fn csv_headers() -> Vec<String> {
        R::csv_headers()
    }
    fn csv_cells(&self) -> Vec<String> {
        (**self).csv_cells()
    }
    fn has_field(name: &str) -> bool {
        R::has_field(name)
    }
    fn field(&self, name: &str) -> Option<String> {
        (**self).field(name)
    }
    fn table_color(&self, column: usize) -> Option<Color> {
        (**self).table_color(column)
    }
    fn plain_success(&self) -> bool {
        (**self).plain_success()
    }
    fn may_leave_out() -> bool {
        R::may_leave_out()
    }
}

/// Writes rows to stdout in the chosen format.
pub struct Printer {
    pub format: Format,
    pub quiet: bool,
    pub color: bool,
    /// How wide a table may be (None: no limit; see `Settings::width`).
    pub width: Option<usize>,
    out: BufWriter<Stdout2>,
}

/// Stdout, which a command that changes the store can ask to outlive its
/// reader: once the pipe is closed (`roster user import f.csv | head`), what
/// is written goes nowhere and the work goes on, instead of stopping half
/// done.
struct Stdout2 {
    inner: Stdout,
    /// Keep going when the reader has gone.
    tolerant: bool,
    closed: bool,
}

impl Write for Stdout2 {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.closed {
            return Ok(buf.len());
        }
        match self.inner.write(buf) {
            Err(e) if self.tolerant && e.kind() == io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(buf.len())
            }
            other => other,
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.closed {
            return Ok(());
        }
        match self.inner.flush() {
            Err(e) if self.tolerant && e.kind() == io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            other => other,
        }
    }
}

impl Printer {
    pub fn new(format: Format, quiet: bool, color: bool, width: Option<usize>) -> Printer {
        Printer {
            format,
            quiet,
            color,
            width,
            out: BufWriter::new(Stdout2 {
                inner: io::stdout(),
                tolerant: false,
                closed: false,
            }),
        }
    }

    /// For a command that changes the store: if the reader of stdout goes
    /// away, the rest of the output is dropped and the command finishes its
    /// work (its exit code still says how that went).
    pub fn keep_going_if_closed(&mut self) {
        self.out.get_mut().tolerant = true;
    }

    /// Starts a list; rows are streamed. A table holds its first
    /// [`PAGE`] rows to choose its column widths, and prints every later
    /// row with the same widths.
    pub fn list<R: Record>(&mut self) -> io::Result<ListWriter<'_, R>> {
        self.start_list(None)
    }

    /// Starts the rows of a bulk result. Like [`Printer::list`], except for
    /// a table on a terminal: a result of at most [`PAGE`] rows is shown
    /// whole, and a larger one only by its rows that are not plain
    /// successes, the first [`PAGE`] of them ([`ListWriter::finish_results`]
    /// says what was left out). A pipe or a file gets every row.
    pub fn results<R: Record>(&mut self) -> io::Result<ListWriter<'_, R>> {
        let digest = self.format == Format::Table
            && !self.quiet
            && self.width.is_some()
            && R::may_leave_out();
        let mut list = self.start_list(None)?;
        if digest {
            list.digest = Some(Digest::default());
        }
        Ok(list)
    }

    /// Starts a list that shows only the chosen fields (`--columns`, checked
    /// by [`columns`]), in that order, in every format.
    pub fn list_columns<R: Record>(&mut self, columns: Columns) -> io::Result<ListWriter<'_, R>> {
        self.start_list(Some(columns.0))
    }

    fn start_list<R: Record>(
        &mut self,
        columns: Option<Vec<(Option<usize>, String)>>,
    ) -> io::Result<ListWriter<'_, R>> {
        let mut writer = ListWriter {
            printer: self,
            rows: 0,
            table: Vec::new(),
            fixed: None,
            digest: None,
            columns,
            _row: std::marker::PhantomData,
        };
        writer.begin()?;
        Ok(writer)
    }

    /// Prints one record on its own: an object in JSON, field/value pairs in a table.
    pub fn one<R: Record>(&mut self, record: &R) -> io::Result<()> {
        if self.quiet {
            if let Some(id) = record.id() {
                writeln!(self.out, "{id}")?;
            }
            return self.flush();
        }
        match self.format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut self.out, record)?;
                writeln!(self.out)?;
            }
            Format::Jsonl => {
                serde_json::to_writer(&mut self.out, record)?;
                writeln!(self.out)?;
            }
            Format::Csv => {
                let mut w = self.list::<R>()?;
                w.push(record)?;
                w.finish()?;
            }
            Format::Table => {
                let value = serde_json::to_value(record).map_err(io::Error::other)?;
                let pairs: Vec<(String, String)> = match value {
                    serde_json::Value::Object(map) => map
                        .into_iter()
                        .map(|(key, value)| (key, for_terminal(&table::capped(&plain(&value)))))
                        .collect(),
                    _ => Vec::new(),
                };
                self.out
                    .write_all(table::render_pairs(&pairs, self.width).as_bytes())?;
            }
        }
        self.flush()
    }

    /// Prints one record as a one-row list: what `create` and `update` show.
    pub fn row<R: Record>(&mut self, record: &R) -> io::Result<()> {
        if self.format == Format::Json {
            return self.one(record);
        }
        let mut list = self.list::<R>()?;
        list.push(record)?;
        list.finish()?;
        Ok(())
    }

    /// Prints any serialisable value as JSON (for shapes that are not rows).
    pub fn json<T: Serialize>(&mut self, value: &T) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut self.out, value)?;
        writeln!(self.out)?;
        self.flush()
    }

    /// Prints bytes as they are (a generated completion script).
    pub fn bytes(&mut self, data: &[u8]) -> io::Result<()> {
        self.out.write_all(data)?;
        self.flush()
    }

    /// Prints plain text lines (for `db path` and similar).
    pub fn line(&mut self, text: &str) -> io::Result<()> {
        writeln!(self.out, "{text}")?;
        self.flush()
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// Fields chosen with `--columns`: (index in the CSV cells, or None for a
/// field the record finds by name, such as `attr.KEY`; name).
pub struct Columns(Vec<(Option<usize>, String)>);

/// The table heading of a `--columns` field: a field of the record with its
/// underscores as spaces (LAST NAME); one the record finds by name, such as
/// `attr.operator_type`, upper-cased as written (ATTR.OPERATOR_TYPE): an
/// attribute key is a name the user chose, and its underscores are part of it.
fn heading(cell: Option<usize>, name: &str) -> String {
    match cell {
        Some(_) => name.to_uppercase().replace('_', " "),
        None => name.to_uppercase(),
    }
}

/// Checks `--columns` names against a record's CSV header. An unknown name is
/// an error that lists the known ones.
pub fn columns<R: Record>(names: &[String]) -> Result<Columns, crate::Error> {
    let known = R::csv_headers();
    let mut seen = std::collections::HashSet::new();
    let chosen = names
        .iter()
        .map(|name| {
            let name = name.trim();
            if !seen.insert(name) {
                return Err(crate::Error::invalid(
                    "columns",
                    format!("{name:?} is named twice"),
                ));
            }
            if R::has_field(name) {
                return Ok((None, name.to_string()));
            }
            known
                .iter()
                .position(|k| k == name)
                .map(|i| (Some(i), known[i].clone()))
                .ok_or_else(|| {
                    crate::Error::invalid(
                        "columns",
                        format!("{name:?} is not one of {}", known.join(", ")),
                    )
                })
        })
        .collect::<Result<Vec<_>, _>>()?;
    if chosen.is_empty() {
        return Err(crate::Error::invalid("columns", "name at least one field"));
    }
    Ok(Columns(chosen))
}

/// A cell as a table shows it: terminal-safe, capped, and `-` for an absent
/// value.
fn shown(cell: &str) -> String {
    if cell.is_empty() {
        "-".into()
    } else {
        for_terminal(&table::capped(cell))
    }
}

/// How a `--columns` field gives way on a narrow terminal: emails and
/// statuses stay, ids shorten, the rest is cut, the last left out first.
fn field_fit(name: &str, position: usize) -> Fit {
    let rank = u8::try_from(100 - position.min(99)).unwrap_or(1);
    match name {
        "email" | "status" => Fit::Keep,
        "id" | "user_id" => Fit::Id { rank },
        _ => Fit::Cut { min: 10, rank },
    }
}

/// A JSON value as one table cell: strings bare, arrays joined, null as `-`.
pub fn plain(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::Null => "-".into(),
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Array(items) if items.is_empty() => "-".into(),
        serde_json::Value::Array(items) => items.iter().map(plain).collect::<Vec<_>>().join(", "),
        serde_json::Value::Object(map) if map.is_empty() => "-".into(),
        serde_json::Value::Object(map) => map
            .iter()
            .map(|(k, v)| format!("{k}={}", plain(v)))
            .collect::<Vec<_>>()
            .join(", "),
        other => other.to_string(),
    }
}

/// Writes a row as one line of JSON: the row, or its `--columns` cut.
fn write_json(
    out: &mut impl Write,
    row: &impl Serialize,
    chosen: Option<&serde_json::Value>,
) -> io::Result<()> {
    match chosen {
        Some(value) => serde_json::to_writer(out, value)?,
        None => serde_json::to_writer(out, row)?,
    }
    Ok(())
}

/// Writes one RFC 4180 record: a field is quoted when it holds a comma, a quote
/// or a line break, and quotes inside are doubled. Lines end in CRLF.
fn write_csv_record<'a>(
    out: &mut impl Write,
    fields: impl Iterator<Item = impl AsRef<str> + 'a>,
) -> io::Result<()> {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        let field = field.as_ref();
        if field.contains([',', '"', '\r', '\n']) {
            write!(out, "\"{}\"", field.replace('"', "\"\""))?;
        } else {
            out.write_all(field.as_bytes())?;
        }
    }
    out.write_all(b"\r\n")
}

/// How many rows a table holds at most: its first page, from which its
/// column widths are chosen (a page is enough to see how wide names,
/// emails and errors run, and small enough to hold: a few hundred KiB, at
/// most a few MiB of capped cells); and the most rows a terminal shows of a
/// large bulk result. A list that fits in one page is laid out whole.
pub const PAGE: usize = 1000;

/// A bulk result on a terminal, while it comes ([`Printer::results`]).
#[derive(Default)]
struct Digest {
    /// Whether each held row is a plain success, beside `table`'s rows.
    plain: Vec<bool>,
    /// More than a page came: only rows that are not plain successes are held.
    over: bool,
    /// Plain successes left out.
    plain_left: u64,
    /// Rows that are not plain successes, left out beyond the page.
    others_left: u64,
}

/// What a terminal's table of a large bulk result left out.
#[derive(Debug, PartialEq, Eq)]
pub struct LeftOut {
    /// Rows in all.
    pub rows: u64,
    /// Rows shown: the first of those that are not plain successes.
    pub shown: u64,
    /// Rows that are not plain successes, shown or not.
    pub others: u64,
}

impl LeftOut {
    /// The line that says what the table leaves out and where to get it.
    pub fn note(&self) -> String {
        let shown = if self.shown == self.others {
            format!(
                "{} of {} rows shown: those that are not plain successes",
                self.shown, self.rows
            )
        } else {
            format!(
                "{} of {} rows shown: the first {} of the {} that are not plain successes",
                self.shown, self.rows, self.shown, self.others
            )
        };
        format!("{shown}; every row: --format jsonl, or a pipe")
    }
}

/// An open list being written.
pub struct ListWriter<'p, R: Record> {
    printer: &'p mut Printer,
    rows: usize,
    /// A table's rows not printed yet: its first page.
    table: Vec<Vec<table::Styled>>,
    /// Once the first page is printed, the columns and widths of the rest.
    fixed: Option<(table::Layout, Vec<Fit>)>,
    /// A bulk result on a terminal (see [`Printer::results`]).
    digest: Option<Digest>,
    /// With `--columns`: the chosen fields, as (index in the CSV cells, name).
    columns: Option<Vec<(Option<usize>, String)>>,
    _row: std::marker::PhantomData<R>,
}

impl<R: Record> ListWriter<'_, R> {
    fn begin(&mut self) -> io::Result<()> {
        if self.printer.quiet {
            return Ok(());
        }
        match (self.printer.format, &self.columns) {
            (Format::Json, _) => write!(self.printer.out, "["),
            (Format::Csv, None) => {
                write_csv_record(&mut self.printer.out, R::csv_headers().into_iter())
            }
            (Format::Csv, Some(columns)) => {
                write_csv_record(&mut self.printer.out, columns.iter().map(|(_, n)| n))
            }
            _ => Ok(()),
        }
    }

    /// With `--columns`, the row cut down to them, as a JSON object.
    fn chosen_json(&self, row: &R) -> io::Result<Option<serde_json::Value>> {
        let Some(columns) = &self.columns else {
            return Ok(None);
        };
        let mut value = serde_json::to_value(row).map_err(io::Error::other)?;
        let mut chosen = serde_json::Map::new();
        if let serde_json::Value::Object(map) = &mut value {
            for (index, name) in columns {
                let value = match index {
                    Some(_) => map.remove(name),
                    None => row.field(name).map(serde_json::Value::from),
                };
                chosen.insert(name.clone(), value.unwrap_or_default());
            }
        }
        Ok(Some(serde_json::Value::Object(chosen)))
    }

    /// With `--columns`, the chosen CSV cells, in the chosen order.
    fn chosen_cells(&self, row: &R) -> Option<Vec<String>> {
        let columns = self.columns.as_ref()?;
        let mut cells = row.csv_cells();
        Some(
            columns
                .iter()
                .map(|(i, name)| match i {
                    Some(i) => std::mem::take(&mut cells[*i]),
                    None => row.field(name).unwrap_or_default(),
                })
                .collect(),
        )
    }

    pub fn push(&mut self, row: &R) -> io::Result<()> {
        self.rows += 1;
        let printer = &mut *self.printer;
        if printer.quiet {
            if let Some(id) = row.id() {
                writeln!(printer.out, "{id}")?;
            }
            return Ok(());
        }
        let format = printer.format;
        let chosen_json = match format {
            Format::Json | Format::Jsonl => self.chosen_json(row)?,
            _ => None,
        };
        let chosen_cells = match format {
            Format::Csv | Format::Table => self.chosen_cells(row),
            _ => None,
        };
        let printer = &mut *self.printer;
        match printer.format {
            Format::Json => {
                let sep = if self.rows == 1 { "\n" } else { ",\n" };
                write!(printer.out, "{sep}")?;
                write_json(&mut printer.out, row, chosen_json.as_ref())?;
            }
            Format::Jsonl => {
                write_json(&mut printer.out, row, chosen_json.as_ref())?;
                writeln!(printer.out)?;
            }
            Format::Csv => {
                // Stored text cannot drive a terminal a CSV is shown on either.
                let cells = chosen_cells.unwrap_or_else(|| row.csv_cells());
                write_csv_record(
                    &mut printer.out,
                    cells.iter().map(|c| for_csv(&for_terminal(c)).into_owned()),
                )?;
            }
            Format::Table => {
                let cells = match chosen_cells {
                    Some(cells) => cells.iter().map(|c| (shown(c), None)).collect(),
                    None => {
                        let color = printer.color;
                        row.table_cells()
                            .into_iter()
                            .enumerate()
                            .map(|(i, text)| (shown(&text), row.table_color(i).filter(|_| color)))
                            .collect()
                    }
                };
                self.table_row(cells, row.plain_success())?;
            }
        }
        Ok(())
    }

    /// A table's headings and how its columns give way.
    fn headings(&self) -> (Vec<String>, Vec<Fit>) {
        match &self.columns {
            Some(columns) => columns
                .iter()
                .enumerate()
                .map(|(i, (cell, n))| (heading(*cell, n), field_fit(n, i)))
                .unzip(),
            None => (
                R::table_headers().into_iter().map(String::from).collect(),
                R::table_fits(),
            ),
        }
    }

    /// One row of a table: held while the first page fills (or, for a bulk
    /// result on a terminal, kept or counted); after the first page,
    /// printed with the first page's widths.
    fn table_row(&mut self, cells: Vec<table::Styled>, plain: bool) -> io::Result<()> {
        if let Some(digest) = self.digest.as_mut() {
            digest.hold(&mut self.table, cells, plain);
            return Ok(());
        }
        if self.fixed.is_none() && self.table.len() == PAGE {
            let (headers, fits) = self.headings();
            let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
            let layout = table::lay_out(&headers, &fits, &self.table, self.printer.width);
            let mut text = table::render_headers(&headers, &layout);
            text.push_str(&table::render_rows(&fits, &self.table, &layout, false));
            self.printer.out.write_all(text.as_bytes())?;
            self.table = Vec::new();
            self.fixed = Some((layout, fits));
        }
        match &self.fixed {
            Some((layout, fits)) => {
                let text = table::render_rows(fits, std::slice::from_ref(&cells), layout, true);
                self.printer.out.write_all(text.as_bytes())
            }
            None => {
                self.table.push(cells);
                Ok(())
            }
        }
    }

    /// Once anything is committed, a reader of stdout that goes away no
    /// longer stops the run (see [`Printer::keep_going_if_closed`]).
    pub fn keep_going_if_closed(&mut self) {
        self.printer.keep_going_if_closed();
    }

    /// Ends the list. Returns how many rows were written.
    pub fn finish(self) -> io::Result<usize> {
        self.finish_results().map(|(rows, _)| rows)
    }

    /// Ends the list. Returns how many rows were written, and for the
    /// table of a large bulk result on a terminal, what it left out.
    pub fn finish_results(self) -> io::Result<(usize, Option<LeftOut>)> {
        let left_out = self.digest.as_ref().filter(|d| d.over).map(|d| LeftOut {
            rows: self.rows as u64,
            shown: self.table.len() as u64,
            others: self.table.len() as u64 + d.others_left,
        });
        if !self.printer.quiet {
            match self.printer.format {
                Format::Json if self.rows == 0 => writeln!(self.printer.out, "]")?,
                Format::Json => writeln!(self.printer.out, "\n]")?,
                Format::Table if !self.table.is_empty() => {
                    let text = match &self.fixed {
                        Some((layout, fits)) => table::render_rows(fits, &self.table, layout, true),
                        None => {
                            let (headers, fits) = self.headings();
                            let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
                            table::render(&headers, &fits, &self.table, self.printer.width)
                        }
                    };
                    self.printer.out.write_all(text.as_bytes())?;
                }
                _ => {}
            }
        }
        self.printer.flush()?;
        Ok((self.rows, left_out))
    }
}

impl Digest {
    /// Holds a row of a bulk result in `table`: every row while at most a
    /// page came, then only the first page of those that are not plain
    /// successes; the others are counted.
    fn hold(
        &mut self,
        table: &mut Vec<Vec<table::Styled>>,
        cells: Vec<table::Styled>,
        plain: bool,
    ) {
        if self.over {
            if plain {
                self.plain_left += 1;
            } else if table.len() < PAGE {
                table.push(cells);
            } else {
                self.others_left += 1;
            }
            return;
        }
        table.push(cells);
        self.plain.push(plain);
        if table.len() > PAGE {
            self.over = true;
            let held = std::mem::take(table);
            for (cells, plain) in held.into_iter().zip(std::mem::take(&mut self.plain)) {
                if plain {
                    self.plain_left += 1;
                } else if table.len() < PAGE {
                    table.push(cells);
                } else {
                    self.others_left += 1;
                }
            }
        }
    }
}
