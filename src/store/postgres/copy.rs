//! The whole store as rows, for `db copy` (see `store::copy`).

use postgres::types::ToSql;

use super::{Reader, Tx};
use crate::domain::error::Result;
use crate::store::api::{CopyReads, CopyWrites};
use crate::store::copy::{Cell, Kind, Table};

impl CopyReads for Reader<'_> {
    fn count_rows(&self, table: &Table) -> Result<i64> {
        Ok(self
            .store()
            .one(&format!("SELECT count(*) FROM {}", table.name), &[])?
            .get(0))
    }

    fn copy_out(&self, table: &Table, each: &mut dyn FnMut(Vec<Cell>) -> Result<()>) -> Result<()> {
        let sql = format!(
            "SELECT {} FROM {} ORDER BY {}",
            table.column_list(),
            table.name,
            table.order
        );
        self.store().each_row(&sql, &[], &mut |row| {
            let mut cells = Vec::with_capacity(table.columns.len());
            for (i, (_, kind)) in table.columns.iter().enumerate() {
                cells.push(match kind {
                    Kind::Int => row
                        .try_get::<_, Option<i64>>(i)?
                        .map_or(Cell::Null, Cell::Int),
                    Kind::Flag => row
                        .try_get::<_, Option<bool>>(i)?
                        .map_or(Cell::Null, Cell::Flag),
                    Kind::Text => row
                        .try_get::<_, Option<String>>(i)?
                        .map_or(Cell::Null, Cell::Text),
                });
            }
            each(cells)
        })
    }
}

impl CopyWrites for Tx<'_> {
    /// One INSERT of the whole chunk, a typed array per column.
    fn copy_in(&self, table: &Table, rows: &[Vec<Cell>]) -> Result<()> {
        if rows.is_empty() {
            return Ok(());
        }
        let mut columns: Vec<Box<dyn ToSql + Sync>> = Vec::new();
        let mut casts = Vec::new();
        for (i, (_, kind)) in table.columns.iter().enumerate() {
            match kind {
                Kind::Int => {
                    let values: Vec<Option<i64>> = rows
                        .iter()
                        .map(|r| match &r[i] {
                            Cell::Int(n) => Some(*n),
                            _ => None,
                        })
                        .collect();
                    columns.push(Box::new(values));
                    casts.push("bigint[]");
                }
                Kind::Flag => {
                    let values: Vec<Option<bool>> = rows
                        .iter()
                        .map(|r| match &r[i] {
                            Cell::Flag(b) => Some(*b),
                            _ => None,
                        })
                        .collect();
                    columns.push(Box::new(values));
                    casts.push("boolean[]");
                }
                Kind::Text => {
                    let values: Vec<Option<String>> = rows
                        .iter()
                        .map(|r| match &r[i] {
                            Cell::Text(t) => Some(t.clone()),
                            _ => None,
                        })
                        .collect();
                    columns.push(Box::new(values));
                    casts.push("text[]");
                }
            }
        }
        let arrays: Vec<String> = casts
            .iter()
            .enumerate()
            .map(|(i, cast)| format!("${}::{cast}", i + 1))
            .collect();
        let sql = format!(
            "INSERT INTO {} ({}) SELECT * FROM unnest({})",
            table.name,
            table.column_list(),
            arrays.join(", ")
        );
        let params: Vec<&(dyn ToSql + Sync)> = columns.iter().map(|c| c.as_ref()).collect();
        self.store().execute(&sql, &params)?;
        Ok(())
    }

    /// The next user and message keys come after the largest copied; the
    /// users' statistics (the planner's, and `--match`'s trigram counts) are
    /// taken at once rather than when autovacuum comes to them.
    fn after_copy(&self) -> Result<()> {
        self.store().batch(
            "SELECT setval(pg_get_serial_sequence('users', 'seq'), \
                 coalesce((SELECT max(seq) FROM users), 0) + 1, false); \
             SELECT setval(pg_get_serial_sequence('outbox', 'id'), \
                 coalesce((SELECT max(id) FROM outbox), 0) + 1, false); \
             ANALYZE users;",
        )
    }
}
