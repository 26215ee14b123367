//! `roster user reset-password`

use std::collections::HashMap;

use anyhow::Result;

use super::lifecycle::{apply, plan, reason, report, targets};
use crate::cli::ResetPasswordArgs;
use crate::commands::secrets::{self, CredentialsFile};
use crate::commands::{App, CliError};
use crate::domain::password::{self, Password};
use crate::exit::Exit;
use crate::ops::bulk::{self, Action, Outcome, OutcomeRow};
use crate::ops::lifecycle::{ResetMode, ResetPassword};
use crate::output::WithPassword;
use crate::output::progress::Progress;

pub fn run(app: &mut App, args: ResetPasswordArgs) -> Result<Exit> {
    let source = &args.password;
    let mut action = ResetPassword {
        reason: reason(&args.bulk)?,
        mode: if args.link {
            ResetMode::Link
        } else {
            ResetMode::Hash
        },
        hashes: HashMap::new(),
        prepared: false,
        must_change: !args.no_must_change,
    };
    if !args.link
        && !source.generate_password
        && !source.password_stdin
        && !source.prompt_password
        && !app.settings.interactive
    {
        return Err(CliError::Usage(
            "say how: --password-stdin, --generate-password or --link (a password is never taken as an argument)".into(),
        )
        .into());
    }
    secrets::check_generated_output(
        app,
        source.generate_password,
        args.credentials_file.as_deref(),
    )?;
    super::lifecycle::named(app, &args.bulk, action.name())?;
    app.dry_run.set(args.bulk.dry_run);
    let mut store = app.open_store()?;
    let targets = targets(app, &store, &args.bulk, action.name(), action.permission())?;
    let mut credentials = args
        .credentials_file
        .as_deref()
        .map(CredentialsFile::open)
        .transpose()?;
    bulk::select(&store, &app.ctx(), &targets)?;
    // The users a new password is for: those the action would change.
    let mut changing: Vec<(crate::domain::UserId, String)> = Vec::new();
    let survey = bulk::survey(
        &store,
        &app.ctx(),
        &action,
        &targets,
        Some(&mut |row: &OutcomeRow| {
            if let (Outcome::WouldChange, Some(id)) = (row.outcome, &row.id) {
                let id = crate::domain::UserId::parse(id).expect("rows hold ids");
                changing.push((id, row.email.clone().unwrap_or_default()));
            }
            Ok(())
        }),
    )?;
    let typed = !args.link && !source.generate_password;
    if typed && changing.len() > 1 {
        return Err(CliError::Usage(
            "one typed password for several users is refused; use --generate-password or --link"
                .into(),
        )
        .into());
    }
    let Some(survey) = plan(app, &store, &args.bulk, &action, &targets, survey)? else {
        return Ok(Exit::Ok);
    };

    // New passwords are checked and hashed before the write, on every core.
    let mut generated: HashMap<String, Password> = HashMap::new();
    if !args.link {
        let mut passwords = Vec::with_capacity(changing.len());
        for (id, email) in &changing {
            let pw = if typed {
                secrets::password(app, source.password_stdin, source.prompt_password, email)?
            } else {
                password::generate(app.settings.auth.policy.generated_length())?
            };
            let username = store
                .reader()
                .subject(id.as_str(), app.now)?
                .and_then(|s| s.username);
            app.settings
                .auth
                .policy
                .check(&pw, email, username.as_deref())?;
            passwords.push(pw);
        }
        let refs: Vec<&Password> = passwords.iter().collect();
        let progress = Progress::new(app.settings.progress, refs.len(), "hashing passwords");
        let hashes = password::hash_many(&refs, &|| progress.advance())?;
        drop(progress);
        for (((id, email), hash), pw) in changing.iter().zip(hashes).zip(passwords) {
            action.hashes.insert(id.clone(), hash);
            if let Some(file) = credentials.as_mut() {
                file.write_line(email, pw.expose())?;
            }
            if source.generate_password && credentials.is_none() {
                generated.insert(id.to_string(), pw);
            }
        }
    }

    action.prepared = true;

    // Generated passwords are shown once, in a password column, unless a
    // credentials file has them.
    // Once a batch that set passwords commits, they are in the store: the
    // file stays.
    let keep = |rows: &[OutcomeRow]| {
        if let Some(file) = &credentials {
            if rows.iter().any(|r| r.outcome == Outcome::Changed) {
                file.keep();
            }
        }
    };
    let done = if generated.is_empty() {
        apply(
            app,
            &mut store,
            &args.bulk,
            &action,
            &targets,
            survey.tally.total() as usize,
            &keep,
            |row| row.clone(),
        )?
    } else {
        apply(
            app,
            &mut store,
            &args.bulk,
            &action,
            &targets,
            survey.tally.total() as usize,
            &keep,
            |row| WithPassword {
                record: row.clone(),
                password: row
                    .id
                    .as_ref()
                    .filter(|_| row.outcome == Outcome::Changed)
                    .and_then(|id| generated.get(id))
                    .map(|p| p.expose().to_string()),
            },
        )?
    };
    let delivery = app.deliver(&mut store, &done.mail);
    if let Some(file) = credentials.as_mut() {
        let written = action.hashes.len() as u64;
        let set = done.tally.count(Outcome::Changed);
        if set > 0 {
            app.say(&format!("passwords written to {}", file.path().display()));
        }
        if set < written {
            app.warn(&format!(
                "{} lists {}, but only {set} had their password set (see the rows)",
                file.path().display(),
                crate::domain::error::counted(written, "user", "users")
            ));
        }
    }
    let exit = report(app, &done);
    delivery?;
    Ok(exit)
}
