//! The bound on what one row of a file may cost: a reader that refuses a
//! line (a CSV record, a JSON array's item) longer than [`MAX_LINE`] bytes as
//! it reads it, so that `/dev/zero` or a 300 MB cell is refused after 1 MiB
//! instead of being held in memory whole.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::io::{self, Read};
use std::rc::Rc;

use crate::domain::error::Error;

/// The longest line roster reads from a file: 1 MiB. A user's fields come
/// to a few kilobytes at most (SPEC §2 bounds each one).
pub const MAX_LINE: u64 = 1 << 20;

/// What a run of bytes is bounded by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A line: a line break ends it.
    Line,
    /// A CSV record: a line break outside double quotes ends it (a quoted
    /// cell may hold line breaks).
    CsvRecord,
    /// A JSON array's item: [`Limited::counter`]'s holder ends it.
    Item,
}

/// Where a CSV record is, byte by byte (RFC 4180, as the csv crate reads it).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Csv {
    /// Between records: line ends here are empty lines.
    RecordStart,
    FieldStart,
    Unquoted,
    Quoted,
    /// A `"` inside quotes: the end of the quotes, or the first of `""`.
    QuoteInQuoted,
}

/// What a [`Limited`] reader has seen, shared with whoever reads through it.
#[derive(Debug, Default)]
pub struct Counter {
    newlines: Cell<u64>,
    /// Bytes of the current line, record or item.
    run: Cell<u64>,
    /// The line the current run started on.
    start: Cell<u64>,
    /// The current run has nothing yet but white space and separators
    /// (`,` `[` between JSON items): it starts on the next line.
    blank: Cell<bool>,
    /// The line of the run that went over the limit.
    over: Cell<Option<u64>>,
    /// For a CSV file: the line each record read so far starts on, for
    /// the reader to take in turn ([`Counter::next_record_line`]).
    record_lines: RefCell<VecDeque<u64>>,
}

impl Counter {
    /// Line breaks read so far.
    pub fn newlines(&self) -> u64 {
        self.newlines.get()
    }

    /// The line the next CSV record starts on. The csv crate's own count
    /// is one short for every line in a file with CRLF line ends, so
    /// [`Limited`] notes where each record starts as it passes.
    pub fn next_record_line(&self) -> Option<u64> {
        self.record_lines.borrow_mut().pop_front()
    }

    /// Starts a new run (a JSON item) here.
    pub fn next_item(&self) {
        self.run.set(0);
        self.start.set(self.newlines.get() + 1);
        self.blank.set(true);
    }

    /// The error to report when the reader stopped at a run over the limit.
    pub fn overrun(&self, name: &str) -> Option<Error> {
        self.overrun_in("file", name)
    }

    /// The same, for the input `field` names (`from-file`).
    pub fn overrun_in(&self, field: &str, name: &str) -> Option<Error> {
        self.over.get().map(|line| too_long(field, name, line))
    }
}

/// The error for a line over the limit.
fn too_long(field: &str, name: &str, line: u64) -> Error {
    Error::invalid(
        field,
        format!(
            "{name}: line {line} is longer than {} MiB; nothing was read past it",
            MAX_LINE >> 20
        ),
    )
}

/// A reader that fails once a run of `unit` grows past [`MAX_LINE`].
pub struct Limited<R> {
    inner: R,
    unit: Unit,
    csv: Csv,
    counter: Rc<Counter>,
}

impl<R: Read> Limited<R> {
    pub fn new(inner: R, unit: Unit) -> Limited<R> {
        let counter = Rc::new(Counter::default());
        counter.start.set(1);
        counter.blank.set(true);
        Limited {
            inner,
            unit,
            csv: Csv::RecordStart,
            counter,
        }
    }

    pub fn counter(&self) -> Rc<Counter> {
        Rc::clone(&self.counter)
    }

    /// Whether `byte` ends the current run.
    fn ends_run(&mut self, byte: u8) -> bool {
        match self.unit {
            Unit::Line => byte == b'\n',
            Unit::Item => false,
            Unit::CsvRecord => {
                let (next, end) = match (self.csv, byte) {
                    (Csv::RecordStart, _) => (Csv::RecordStart, true),
                    (Csv::Quoted, b'"') => (Csv::QuoteInQuoted, false),
                    (Csv::Quoted, _) => (Csv::Quoted, false),
                    (Csv::QuoteInQuoted, b'"') => (Csv::Quoted, false),
                    (Csv::FieldStart, b'"') => (Csv::Quoted, false),
                    (_, b',') => (Csv::FieldStart, false),
                    (_, b'\n' | b'\r') => (Csv::RecordStart, true),
                    _ => (Csv::Unquoted, false),
                };
                self.csv = next;
                end
            }
        }
    }
}

impl<R: Read> Read for Limited<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.counter.over.get().is_some() {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "line too long"));
        }
        let n = self.inner.read(buf)?;
        let counter = Rc::clone(&self.counter);
        let mut run = counter.run.get();
        for &byte in &buf[..n] {
            run += 1;
            if self.unit == Unit::CsvRecord && self.csv == Csv::RecordStart {
                // Empty lines are no record; the first other byte starts one.
                if !matches!(byte, b'\r' | b'\n') {
                    self.csv = Csv::FieldStart;
                    let line = counter.newlines.get() + 1;
                    counter.record_lines.borrow_mut().push_back(line);
                }
            }
            if byte == b'\n' {
                counter.newlines.set(counter.newlines.get() + 1);
                if counter.blank.get() {
                    counter.start.set(counter.newlines.get() + 1);
                }
            } else if !matches!(byte, b' ' | b'\t' | b'\r' | b',' | b'[') {
                counter.blank.set(false);
            }
            if self.ends_run(byte) {
                run = 0;
                counter.start.set(counter.newlines.get() + 1);
                counter.blank.set(true);
            } else if run > MAX_LINE {
                counter.over.set(Some(counter.start.get()));
                return Err(io::Error::new(io::ErrorKind::InvalidData, "line too long"));
            }
        }
        counter.run.set(run);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(bytes: &[u8], unit: Unit) -> Result<usize, Option<u64>> {
        let mut limited = Limited::new(bytes, unit);
        let counter = limited.counter();
        let mut out = Vec::new();
        limited
            .read_to_end(&mut out)
            .map_err(|_| counter.over.get())
    }

    #[test]
    fn a_run_over_the_limit_is_refused_with_the_line_it_started_on() {
        let max = MAX_LINE as usize;
        let mut ok = b"a,b\n".to_vec();
        ok.extend(std::iter::repeat_n(b'x', max - 1));
        ok.push(b'\n');
        assert_eq!(read_all(&ok, Unit::Line), Ok(ok.len()));
        assert_eq!(read_all(&ok, Unit::CsvRecord), Ok(ok.len()));
        let mut long = b"a,b\nc,d\n".to_vec();
        long.extend(std::iter::repeat_n(b'x', max + 1));
        assert_eq!(read_all(&long, Unit::Line), Err(Some(3)));
        assert_eq!(read_all(&long, Unit::CsvRecord), Err(Some(3)));
        assert_eq!(read_all(&long, Unit::Item), Err(Some(1)));
    }

    #[test]
    fn a_quoted_csv_cell_keeps_its_record_going_across_lines() {
        let line = "y".repeat(1000);
        // Short lines, one record of 2 MB: a quoted cell with line breaks.
        let mut text = format!("email,comment\na@x.com,\"{line}");
        for _ in 0..2000 {
            text.push('\n');
            text.push_str(&line);
        }
        text.push_str("\"\n");
        assert!(read_all(text.as_bytes(), Unit::Line).is_ok());
        assert_eq!(read_all(text.as_bytes(), Unit::CsvRecord), Err(Some(2)));
        // Escaped quotes and many short records stay within it.
        let many = "a@x.com,\"say \"\"hi\"\"\nthere\"\n".repeat(100_000);
        assert!(read_all(format!("email,c\n{many}").as_bytes(), Unit::CsvRecord).is_ok());
    }

    #[test]
    fn csv_records_are_placed_on_their_lines_crlf_or_not() {
        for text in [
            "a\nb\n\nc,\"x\ny\"\nd\n",
            "a\r\nb\r\n\r\nc,\"x\r\ny\"\r\nd\r\n",
        ] {
            let mut limited = Limited::new(text.as_bytes(), Unit::CsvRecord);
            let counter = limited.counter();
            limited.read_to_end(&mut Vec::new()).unwrap();
            let lines: Vec<u64> = std::iter::from_fn(|| counter.next_record_line()).collect();
            assert_eq!(lines, [1, 2, 4, 6], "{text:?}");
        }
    }
}
