//! `roster user reset-password`

use std::collections::HashMap;

use anyhow::Result;

use super::lifecycle::{exit_for, gate, reason, report, select};
use crate::cli::ResetPasswordArgs;
use crate::commands::secrets::{self, CredentialsFile};
use crate::commands::{App, CliError};
use crate::domain::password::{self, Password};
use crate::domain::transitions::Verb;
use crate::exit::Exit;
use crate::ops::lifecycle::{self, Outcome, OutcomeRow, ResetMode, VerbOptions};
use crate::output::WithPassword;
use crate::output::progress::Progress;

pub fn run(app: &mut App, args: ResetPasswordArgs) -> Result<Exit> {
    let verb = Verb::ResetPassword;
    let source = &args.password;
    let mut options = VerbOptions {
        reason: reason(&args.bulk)?,
        must_change: !args.no_must_change,
        reset: if args.link {
            ResetMode::Link
        } else {
            ResetMode::Hash
        },
        ..VerbOptions::default()
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
    let mut credentials = args
        .credentials_file
        .as_deref()
        .map(CredentialsFile::open)
        .transpose()?;
    let selection = select(app, &args.bulk, verb.action())?;
    let mut store = selection.store;
    let targets = selection.targets;
    let planned = lifecycle::plan(verb, &targets, &options);
    let changing: Vec<_> = targets
        .iter()
        .zip(&planned)
        .filter(|(_, row)| row.outcome == Outcome::WouldChange)
        .filter_map(|(t, _)| t.user.as_ref())
        .collect();
    let typed = !args.link && !source.generate_password;
    if typed && changing.len() > 1 {
        return Err(CliError::Usage(
            "one typed password for several users is refused; use --generate-password or --link"
                .into(),
        )
        .into());
    }
    if !gate(
        app,
        &args.bulk,
        verb.action(),
        &planned,
        selection.selector_used,
        false,
    )? {
        return Ok(Exit::Ok);
    }

    // New passwords are checked and hashed before the write, on every core.
    let mut generated: HashMap<String, Password> = HashMap::new();
    if !args.link {
        let mut passwords = Vec::with_capacity(changing.len());
        for user in &changing {
            let pw = if typed {
                secrets::password(
                    app,
                    source.password_stdin,
                    source.prompt_password,
                    &user.email,
                )?
            } else {
                password::generate(app.settings.auth.policy.generated_length())?
            };
            app.ctx()
                .auth
                .policy
                .check(&pw, &user.email, user.username.as_deref())?;
            passwords.push(pw);
        }
        let refs: Vec<&Password> = passwords.iter().collect();
        let progress = Progress::new(app.settings.progress, refs.len(), "hashing passwords");
        let hashes = password::hash_many(&refs, &|| progress.advance())?;
        drop(progress);
        for ((user, hash), pw) in changing.iter().zip(hashes).zip(passwords) {
            options.hashes.insert(user.id.clone(), hash);
            if let Some(file) = credentials.as_mut() {
                file.write_line(&user.email, pw.expose())?;
            }
            if source.generate_password {
                generated.insert(user.id.to_string(), pw);
            }
        }
    }

    options.atomic = args.bulk.atomic;
    let progress = Progress::new(app.settings.progress, targets.len(), verb.action());
    let applied = lifecycle::apply(
        &mut store,
        &app.ctx(),
        verb,
        &targets,
        selection.read_version,
        &options,
        &|| progress.advance(),
    )?;
    drop(progress);
    let delivery = app.deliver(&mut store, &applied.mail);
    let changed = |row: &OutcomeRow| row.outcome == Outcome::Changed;
    if let Some(file) = credentials.as_mut() {
        let written = options.hashes.len();
        let set = applied.rows.iter().filter(|r| changed(r)).count();
        if set > 0 {
            file.keep();
            app.say(&format!("passwords written to {}", file.path().display()));
        }
        if set < written {
            app.warn(&format!(
                "{} lists {written} users, but only {set} had their password set (see the rows)",
                file.path().display()
            ));
        }
        generated.clear();
    }
    let mut list = app.out.list::<WithPassword<OutcomeRow>>()?;
    for row in &applied.rows {
        let password = row
            .id
            .as_ref()
            .filter(|_| changed(row))
            .and_then(|id| generated.get(id))
            .map(|p| p.expose());
        list.push(&WithPassword {
            record: row,
            password,
        })?;
    }
    list.finish()?;
    report(app, &applied.rows);
    delivery?;
    Ok(exit_for(&applied.rows))
}
