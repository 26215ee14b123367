//! `--from-file`: users named one a line, or in a CSV or JSON Lines file with an
//! `email` or `id` column.

use std::io::Read;
use std::path::Path;

use crate::domain::error::{Error, Result, quoted};
use crate::domain::types::MAX_EMAIL;
use crate::transfer::{Limited, Unit};

/// Reads the users a file names. `-` reads stdin. Blank lines and lines starting
/// with `#` are skipped in plain files.
pub fn read(path: &Path) -> Result<Vec<String>> {
    let name = path.display().to_string();
    let cannot =
        |e: std::io::Error| Error::invalid("from-file", format!("cannot read {name}: {e}"));
    let input: Box<dyn Read> = if name == "-" {
        Box::new(std::io::stdin())
    } else {
        Box::new(std::fs::File::open(path).map_err(cannot)?)
    };
    // A line over 1 MiB (`/dev/zero`) is refused as it is read.
    let mut input = Limited::new(input, Unit::Line);
    let counter = input.counter();
    let mut text = String::new();
    input.read_to_string(&mut text).map_err(|e| {
        counter
            .overrun_in("from-file", &name)
            .unwrap_or_else(|| cannot(e))
    })?;
    parse(&name, &text)
}

pub fn parse(name: &str, text: &str) -> Result<Vec<String>> {
    // A spreadsheet's "CSV UTF-8" starts with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text
        .lines()
        .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .unwrap_or("")
        .trim();
    if first.starts_with('{') {
        return jsonl(name, text);
    }
    let header: Vec<String> = first
        .split(',')
        .map(|h| h.trim().trim_matches('"').to_ascii_lowercase())
        .collect();
    if header.len() > 1 || matches!(header.first().map(String::as_str), Some("email" | "id")) {
        return csv(name, text);
    }
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
        .map(|(line, l)| key(name, line, l))
        .collect()
}

/// A user named on `line`: no id, email or username is longer than an
/// email may be (SPEC §2), so a longer one names nobody and is refused.
fn key(name: &str, line: usize, value: &str) -> Result<String> {
    if value.chars().count() > MAX_EMAIL {
        return Err(Error::invalid(
            "from-file",
            format!(
                "{name}: line {line}: {} is longer than any email, id or username ({MAX_EMAIL} characters)",
                quoted(value)
            ),
        ));
    }
    Ok(value.to_string())
}

fn csv(name: &str, text: &str) -> Result<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .comment(Some(b'#'))
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| Error::invalid("from-file", format!("{name}: line 1: {e}")))?
        .clone();
    let column = ["id", "email"]
        .iter()
        .find_map(|want| headers.iter().position(|h| h.eq_ignore_ascii_case(want)))
        .ok_or_else(|| {
            Error::invalid(
                "from-file",
                format!("{name}: line 1: the CSV header has no email or id column"),
            )
        })?;
    let mut users = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        let record =
            record.map_err(|e| Error::invalid("from-file", format!("{name}: line {line}: {e}")))?;
        match record.get(column).filter(|v| !v.is_empty()) {
            Some(v) => users.push(key(name, line, v)?),
            None => {
                return Err(Error::invalid(
                    "from-file",
                    format!("{name}: line {line}: column {} is empty", &headers[column]),
                ));
            }
        }
    }
    Ok(users)
}

fn jsonl(name: &str, text: &str) -> Result<Vec<String>> {
    let mut users = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        let value: serde_json::Value = serde_json::from_str(line)
            .map_err(|e| Error::invalid("from-file", format!("{name}: line {line_no}: {e}")))?;
        let key = ["id", "email"]
            .iter()
            .find_map(|k| value.get(*k).and_then(|v| v.as_str()))
            .ok_or_else(|| {
                Error::invalid(
                    "from-file",
                    format!("{name}: line {line_no}: no \"email\" or \"id\" field"),
                )
            })?;
        users.push(self::key(name, line_no, key)?);
    }
    Ok(users)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_csv_and_jsonl() {
        assert_eq!(
            parse("f", "# leavers\na@x.com\n\nb@x.com\n").unwrap(),
            ["a@x.com", "b@x.com"]
        );
        assert_eq!(
            parse("f", "# leavers, from HR\na@x.com\n").unwrap(),
            ["a@x.com"]
        );
        assert_eq!(
            parse("f", "# from HR, monthly\nname,email\nAda,a@x.com\n").unwrap(),
            ["a@x.com"]
        );
        assert_eq!(
            parse("f", "name,email\nAda,a@x.com\nBob,b@x.com\n").unwrap(),
            ["a@x.com", "b@x.com"]
        );
        assert_eq!(
            parse("f", "\u{feff}email,name\na@x.com,Ada\n").unwrap(),
            ["a@x.com"],
            "a header behind a byte-order mark"
        );
        assert_eq!(
            parse("f", "{\"email\":\"a@x.com\"}\n{\"id\":\"0193\"}\n").unwrap(),
            ["a@x.com", "0193"]
        );
        let err = parse("f.csv", "name,phone\nAda,1\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("f.csv: line 1"), "{err}");
        let err = parse("f.jsonl", "{\"email\":\"a@x.com\"}\n{\"name\":1}\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("f.jsonl: line 2"), "{err}");
    }
}
