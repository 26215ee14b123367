//! `roster db …`

use anyhow::Result;

use super::App;
use crate::cli::DbCommand;
use crate::domain::error::Error;
use crate::domain::stored::StatusCount;
use crate::exit::Exit;
use crate::store::{OpenOptions, Store};

pub fn run(app: &mut App, cmd: DbCommand) -> Result<Exit> {
    match cmd {
        DbCommand::Path => {
            let path = Store::shown(&app.settings.db);
            if app.out.format.is_json() {
                app.out.json(&serde_json::json!({ "path": path }))?;
            } else {
                // Typed text: control and bidi characters shown escaped.
                app.out.line(&crate::output::for_terminal(&path))?;
            }
            Ok(Exit::Ok)
        }
        DbCommand::Migrate => {
            let options = OpenOptions {
                busy_timeout: app.settings.busy_timeout,
                migrate: false,
                allow_shared: app.settings.allow_shared_store,
                read_only: false,
                create: true,
                create_dir: app.default_store(),
            };
            let mut store = Store::open(&app.settings.db, &options)?;
            app.authorize(&store)?;
            let from = store.found_version();
            let applied = store.migrate()?;
            let current = store.schema_version();
            if app.out.format.is_json() {
                app.out.json(
                    &serde_json::json!({ "from": from, "to": current, "applied": applied }),
                )?;
            } else if applied.is_empty() {
                app.say(&format!("schema is current (version {current})"));
            } else {
                app.say(&format!("migrated schema from version {from} to {current}"));
            }
            Ok(Exit::Ok)
        }
        DbCommand::Check => {
            let options = OpenOptions {
                busy_timeout: app.settings.busy_timeout,
                migrate: false,
                allow_shared: app.settings.allow_shared_store,
                read_only: true,
                create: false,
                create_dir: false,
            };
            let store = Store::open(&app.settings.db, &options)?;
            for warning in store.warnings() {
                app.warn(warning);
            }
            app.authorize(&store)?;
            if store.found_version() < store.schema_version() {
                app.say(&format!(
                    "schema version {} is older than the {} this roster writes; \
                     checked as it is (`roster db migrate` upgrades it)",
                    store.found_version(),
                    store.schema_version()
                ));
            }
            let problems = store.check()?;
            if app.out.format.is_json() {
                app.out.json(
                    &serde_json::json!({ "ok": problems.is_empty(), "problems": problems }),
                )?;
            } else {
                for p in &problems {
                    app.out.line(p)?;
                }
            }
            if problems.is_empty() {
                app.say("store is sound: integrity, foreign keys and invariants hold");
                Ok(Exit::Ok)
            } else {
                Err(Error::invalid(
                    "store",
                    crate::domain::error::counted(
                        problems.len(),
                        "problem found",
                        "problems found",
                    ),
                )
                .into())
            }
        }
        DbCommand::Backup { file } => {
            let store = app.open_store()?;
            store.backup_to(&file)?;
            let bytes = std::fs::metadata(&file)
                .map(|m| m.len())
                .unwrap_or_default();
            let path = file.display().to_string();
            if app.out.format.is_json() {
                app.out.json(&serde_json::json!({
                    "path": path,
                    "bytes": bytes,
                    "schema_version": store.schema_version(),
                }))?;
            } else {
                app.out.line(&path)?;
            }
            app.say(&format!(
                "backed up {} to {path} ({bytes} bytes)",
                app.settings.db.shown()
            ));
            Ok(Exit::Ok)
        }
        DbCommand::Copy { from, to } => {
            let (from_location, to_location) = (
                app.settings.store_location(&from),
                app.settings.store_location(&to),
            );
            for db in [&from_location, &to_location] {
                if db.has_password() {
                    return Err(Error::invalid(
                        "db",
                        "a password in the arguments shows in `ps` and in shell history: give \
                         it in PGPASSWORD or ~/.pgpass",
                    )
                    .into());
                }
            }
            if from == to {
                return Err(Error::invalid("db", "FROM and TO are the same store").into());
            }
            let source = Store::open(
                &from_location,
                &OpenOptions {
                    busy_timeout: app.settings.busy_timeout,
                    migrate: false,
                    allow_shared: app.settings.allow_shared_store,
                    read_only: true,
                    create: false,
                    create_dir: false,
                },
            )?;
            app.authorize(&source)?;
            if source.found_version() < source.schema_version() {
                return Err(Error::invalid(
                    "db",
                    format!(
                        "{} has schema version {}, older than the {} this roster writes: \
                         `roster --db FROM db migrate` it first",
                        source.path().display(),
                        source.found_version(),
                        source.schema_version()
                    ),
                )
                .into());
            }
            let mut target = Store::open(
                &to_location,
                &OpenOptions {
                    busy_timeout: app.settings.busy_timeout,
                    migrate: true,
                    allow_shared: app.settings.allow_shared_store,
                    read_only: false,
                    create: true,
                    create_dir: false,
                },
            )?;
            for warning in source.warnings().iter().chain(target.warnings()) {
                app.warn(warning);
            }
            let copied = crate::ops::copy::copy(&source, &mut target)?;
            let mut list = app.out.list::<crate::ops::copy::Copied>()?;
            for c in &copied {
                list.push(c)?;
            }
            list.finish()?;
            let users = copied
                .iter()
                .find(|c| c.table == "users")
                .map_or(0, |c| c.rows);
            app.say(&format!(
                "copied {} to {}: {}, every table's count checked, the audit chain verified",
                source.path().display(),
                target.path().display(),
                crate::domain::error::counted(users, "user", "users")
            ));
            Ok(Exit::Ok)
        }
        DbCommand::Stats => {
            let store = app.open_store()?;
            let counts = store.reader().count_by_status(app.now)?;
            let mut list = app.out.list::<StatusCount>()?;
            for c in &counts {
                list.push(c)?;
            }
            list.finish()?;
            Ok(Exit::Ok)
        }
    }
}
