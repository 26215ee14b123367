//! `roster db …`

use anyhow::Result;

use super::App;
use crate::cli::DbCommand;
use crate::domain::error::Error;
use crate::domain::stored::StatusCount;
use crate::exit::Exit;
use crate::ops::copy::Copied;
use crate::ops::db::{self as ops, DbCopy, Opening};

pub fn run(app: &mut App, cmd: DbCommand) -> Result<Exit> {
    match cmd {
        DbCommand::Path => {
            let path = ops::shown(&app.settings.db);
            if app.out.format.is_json() {
                app.out.json(&serde_json::json!({ "path": path }))?;
            } else {
                // Typed text: control and bidi characters shown escaped.
                app.out.line(&crate::output::for_terminal(&path))?;
            }
        }
        DbCommand::Migrate => migrate(app)?,
        DbCommand::Check => check(app)?,
        DbCommand::Backup { file } => {
            let done = ops::backup(&app.session()?, &file)?;
            if app.out.format.is_json() {
                app.out.json(&done)?;
            } else {
                app.out.line(&done.path)?;
            }
            app.say(&format!(
                "backed up {} to {} ({} bytes)",
                app.settings.db.shown(),
                done.path,
                done.bytes
            ));
        }
        DbCommand::Copy { from, to } => {
            let request = DbCopy {
                from: app.settings.store_location(&from),
                to: app.settings.store_location(&to),
            };
            copy(app, request)?
        }
        DbCommand::Stats => {
            let counts = match app.settings.server.clone() {
                Some(url) => super::remote::db_stats(app, &url)?,
                None => ops::stats(&app.session()?)?,
            };
            let mut list = app.out.list::<StatusCount>()?;
            for c in &counts {
                list.push(c)?;
            }
            list.finish()?;
        }
    }
    Ok(Exit::Ok)
}

/// How stores are opened, from the settings.
fn opening(app: &App) -> Opening {
    Opening {
        busy_timeout: app.settings.busy_timeout,
        allow_shared: app.settings.allow_shared_store,
        create_dir: app.default_store(),
    }
}

fn migrate(app: &mut App) -> Result<()> {
    let ctx = app.ctx();
    let done = ops::migrate(&app.settings.db, &opening(app), app.admit(&ctx))?;
    if app.out.format.is_json() {
        app.out.json(&done)?;
    } else if done.applied.is_empty() {
        app.say(&format!("schema is current (version {})", done.to));
    } else {
        app.say(&format!(
            "migrated schema from version {} to {}",
            done.from, done.to
        ));
    }
    Ok(())
}

fn check(app: &mut App) -> Result<()> {
    let problems = match app.settings.server.clone() {
        Some(url) => super::remote::db_check(app, &url)?,
        None => {
            let ctx = app.ctx();
            ops::check(&app.settings.db, &opening(app), app.admit(&ctx), &*app)?
        }
    };
    if app.out.format.is_json() {
        app.out
            .json(&serde_json::json!({ "ok": problems.is_empty(), "problems": problems }))?;
    } else {
        for p in &problems {
            app.out.line(p)?;
        }
    }
    if problems.is_empty() {
        app.say("store is sound: integrity, foreign keys and invariants hold");
        Ok(())
    } else {
        Err(Error::invalid(
            "store",
            crate::domain::error::counted(problems.len(), "problem found", "problems found"),
        )
        .into())
    }
}

fn copy(app: &mut App, request: DbCopy) -> Result<()> {
    let ctx = app.ctx();
    let done = ops::copy(&request, &opening(app), app.admit(&ctx), &*app)?;
    let mut list = app.out.list::<Copied>()?;
    for c in &done.tables {
        list.push(c)?;
    }
    list.finish()?;
    let users = done
        .tables
        .iter()
        .find(|c| c.table == "users")
        .map_or(0, |c| c.rows);
    app.say(&format!(
        "copied {} to {}: {}, every table's count checked, the audit chain verified",
        done.from,
        done.to,
        crate::domain::error::counted(users, "user", "users")
    ));
    Ok(())
}
