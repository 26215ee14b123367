//! `db copy FROM TO`: a whole store (users, memberships, roles, groups,
//! features, attribute rules, tokens, outbox, audit) copied as it is into an
//! empty store, on either backend. The copy is one write transaction on the
//! target: stopped half way, it leaves the target as empty as it was.
//! Afterwards every table's count is compared and the target's audit chain
//! verified.

use serde::Serialize;

use crate::domain::error::{Conflict, Error, Result};
use crate::store::Store;
use crate::store::copy::{Cell, TABLES};

/// Rows a chunk of the copy holds.
const CHUNK: usize = 5_000;

/// One table copied.
#[derive(Clone, Debug, Serialize)]
pub struct Copied {
    pub table: &'static str,
    pub rows: i64,
}

/// Copies `from` into `to`, which must hold no rows at all.
pub fn copy(from: &Store, to: &mut Store) -> Result<Vec<Copied>> {
    for table in TABLES {
        let rows = to.reader().count_rows(table)?;
        if rows > 0 {
            return Err(Conflict::Refused(format!(
                "{} is not empty ({} has {}); db copy writes only into an empty store",
                to.path().display(),
                table.name,
                crate::domain::error::counted(rows, "row", "rows")
            ))
            .into());
        }
    }
    // FROM is read as one snapshot; TO is written in one transaction,
    // checked before it commits: a copy that does not match is rolled back.
    from.snapshot(|source| {
        to.write(|tx| {
            for table in TABLES {
                let mut chunk: Vec<Vec<Cell>> = Vec::with_capacity(CHUNK);
                source.copy_out(table, &mut |row| {
                    chunk.push(row);
                    if chunk.len() >= CHUNK {
                        tx.copy_in(table, &chunk)?;
                        chunk.clear();
                    }
                    Ok(())
                })?;
                tx.copy_in(table, &chunk)?;
            }
            tx.after_copy()?;
            let mut copied = Vec::new();
            for table in TABLES {
                let (have, got) = (source.count_rows(table)?, tx.reader().count_rows(table)?);
                if have != got {
                    return Err(Error::Internal(format!(
                        "the copy of {} has {}, the source {have}; nothing was copied",
                        table.name,
                        crate::domain::error::counted(got, "row", "rows")
                    )));
                }
                copied.push(Copied {
                    table: table.name,
                    rows: got,
                });
            }
            if let Err(broken) = tx.reader().verify_audit()? {
                return Err(Error::Internal(format!(
                    "the copied audit chain does not verify at entry {}: {}; nothing was copied",
                    broken.seq, broken.problem
                )));
            }
            Ok(copied)
        })
    })
}
