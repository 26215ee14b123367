//! Rows kept until a run may hand them on: in memory while they are few, in
//! an unnamed temporary file once they are more (an `--atomic` change of a
//! million users shows its rows only after its one commit, and memory must
//! not grow with the selection).

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Seek, Write};

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::domain::error::{Error, Result};

/// Rows in the order they came, read back a page at a time.
pub struct Spill<T> {
    /// The rows, while there are at most `limit` and none went to the file.
    held: Vec<T>,
    file: Option<BufWriter<File>>,
    limit: usize,
}

fn spill_error(e: impl std::fmt::Display) -> Error {
    Error::Internal(format!("keeping the rows in a temporary file: {e}"))
}

impl<T: Serialize + DeserializeOwned> Spill<T> {
    /// Keeps up to `limit` rows in memory.
    pub fn new(limit: usize) -> Spill<T> {
        Spill {
            held: Vec::new(),
            file: None,
            limit,
        }
    }

    pub fn extend(&mut self, rows: impl IntoIterator<Item = T>) -> Result<()> {
        self.held.extend(rows);
        if self.file.is_none() && self.held.len() <= self.limit {
            return Ok(());
        }
        let file = match &mut self.file {
            Some(file) => file,
            None => self
                .file
                .insert(BufWriter::new(tempfile::tempfile().map_err(spill_error)?)),
        };
        for row in self.held.drain(..) {
            serde_json::to_writer(&mut *file, &row).map_err(spill_error)?;
            file.write_all(b"\n").map_err(spill_error)?;
        }
        Ok(())
    }

    /// Hands every row to `each`, at most `page` at a time (once, with none,
    /// when there are none).
    pub fn each_page(self, page: usize, mut each: impl FnMut(Vec<T>) -> Result<()>) -> Result<()> {
        let Some(file) = self.file else {
            return each(self.held);
        };
        let mut file = file.into_inner().map_err(spill_error)?;
        file.rewind().map_err(spill_error)?;
        let mut lines = BufReader::new(file).lines();
        loop {
            let mut rows = Vec::with_capacity(page);
            for line in lines.by_ref().take(page) {
                let line = line.map_err(spill_error)?;
                rows.push(serde_json::from_str(&line).map_err(spill_error)?);
            }
            if rows.is_empty() {
                return Ok(());
            }
            each(rows)?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pages(spill: Spill<u32>, page: usize) -> Vec<Vec<u32>> {
        let mut seen = Vec::new();
        spill
            .each_page(page, |rows| {
                seen.push(rows);
                Ok(())
            })
            .unwrap();
        seen
    }

    #[test]
    fn rows_come_back_in_order_from_memory_or_the_file() {
        let mut few = Spill::new(10);
        few.extend([1, 2, 3]).unwrap();
        assert_eq!(pages(few, 2), [vec![1, 2, 3]]);
        let mut many = Spill::new(2);
        many.extend([1, 2]).unwrap();
        many.extend([3, 4, 5]).unwrap();
        many.extend([6]).unwrap();
        assert_eq!(pages(many, 4), [vec![1, 2, 3, 4], vec![5, 6]]);
        assert_eq!(pages(Spill::new(2), 4), [Vec::<u32>::new()]);
    }
}
