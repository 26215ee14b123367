//! The whole store as rows, for `db copy` (see `store::copy`).

use rusqlite::params_from_iter;
use rusqlite::types::{Value, ValueRef};

use super::{Reader, Tx};
use crate::domain::error::{Error, Result};
use crate::store::api::{CopyReads, CopyWrites};
use crate::store::copy::{Cell, Kind, Table};

fn cell(kind: Kind, value: ValueRef<'_>) -> Result<Cell> {
    let wrong = |e: rusqlite::types::FromSqlError| Error::Internal(format!("copying a row: {e}"));
    Ok(match (kind, value) {
        (_, ValueRef::Null) => Cell::Null,
        (Kind::Int, v) => Cell::Int(v.as_i64().map_err(wrong)?),
        (Kind::Flag, v) => Cell::Flag(v.as_i64().map_err(wrong)? != 0),
        (Kind::Text, v) => Cell::Text(v.as_str().map_err(wrong)?.to_string()),
    })
}

pub(super) fn value(cell: &Cell) -> Value {
    match cell {
        Cell::Null => Value::Null,
        Cell::Int(n) => Value::Integer(*n),
        Cell::Flag(b) => Value::Integer(i64::from(*b)),
        Cell::Text(t) => Value::Text(t.clone()),
    }
}

impl CopyReads for Reader<'_> {
    fn count_rows(&self, table: &Table) -> Result<i64> {
        Ok(self
            .conn
            .query_row(&format!("SELECT count(*) FROM {}", table.name), [], |r| {
                r.get(0)
            })?)
    }

    fn copy_out(&self, table: &Table, each: &mut dyn FnMut(Vec<Cell>) -> Result<()>) -> Result<()> {
        let sql = format!(
            "SELECT {} FROM {} ORDER BY {}",
            table.column_list(),
            table.name,
            table.order
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let mut cells = Vec::with_capacity(table.columns.len());
            for (i, (_, kind)) in table.columns.iter().enumerate() {
                cells.push(cell(*kind, row.get_ref(i)?)?);
            }
            each(cells)?;
        }
        Ok(())
    }
}

impl CopyWrites for Tx<'_> {
    fn copy_in(&self, table: &Table, rows: &[Vec<Cell>]) -> Result<()> {
        let marks = vec!["?"; table.columns.len()].join(", ");
        let sql = format!(
            "INSERT INTO {} ({}) VALUES ({marks})",
            table.name,
            table.column_list()
        );
        let mut stmt = self.tx.prepare_cached(&sql)?;
        for row in rows {
            stmt.execute(params_from_iter(row.iter().map(value)))?;
        }
        Ok(())
    }

    /// SQLite takes the next key from the largest one written.
    fn after_copy(&self) -> Result<()> {
        Ok(())
    }
}
