//! `roster auth …`: what an application or script uses to sign users in.

use anyhow::Result;
use serde::Serialize;

use super::passwords::{self, read_stdin_lines};
use super::{App, CliError};
use crate::cli::{AuthCommand, SessionCommand};
use crate::domain::password::Password;
use crate::domain::types::Status;
use crate::domain::user::User;
use crate::exit::Exit;
use crate::ops::auth;
use crate::ops::session::Session;
use crate::output::{Fit, Record};

/// Who was signed in or checked.
#[derive(Serialize)]
struct AuthUser {
    id: String,
    email: String,
    status: Status,
    must_change_password: bool,
}

impl From<&User> for AuthUser {
    fn from(u: &User) -> Self {
        AuthUser {
            id: u.id.to_string(),
            email: u.email.clone(),
            status: u.status,
            must_change_password: u.must_change_password,
        }
    }
}

impl Record for AuthUser {
    fn id(&self) -> Option<&str> {
        Some(&self.id)
    }
    fn table_headers() -> Vec<&'static str> {
        vec!["EMAIL", "STATUS", "MUST CHANGE PASSWORD", "USER ID"]
    }
    fn table_fits() -> Vec<Fit> {
        vec![
            Fit::Keep,
            Fit::Keep,
            Fit::Whole { rank: 1 },
            Fit::Id { rank: 2 },
        ]
    }
    fn table_cells(&self) -> Vec<String> {
        vec![
            self.email.clone(),
            self.status.to_string(),
            self.must_change_password.to_string(),
            self.id.clone(),
        ]
    }
}

fn need_stdin(flag: bool, name: &str) -> Result<(), CliError> {
    if flag {
        Ok(())
    } else {
        Err(CliError::Usage(format!(
            "the {name} is read from stdin: pass --{name}-stdin (secrets are never taken as arguments)"
        )))
    }
}

/// The token on stdin's first line, and the password on its second line or,
/// on a terminal, from a prompt.
fn token_and_password(
    app: &App,
    token_stdin: bool,
    password_stdin: bool,
) -> anyhow::Result<(String, Password)> {
    need_stdin(token_stdin, "token")?;
    if password_stdin {
        let lines = read_stdin_lines(&["token", "password"])?;
        return Ok((lines[0].trim().to_string(), Password::new(&lines[1])));
    }
    let token = read_stdin_lines(&["token"])?[0].trim().to_string();
    let password = passwords::password(app, false, false, "the account")?;
    Ok((token, password))
}

pub fn run(app: &mut App, cmd: AuthCommand) -> Result<Exit> {
    match cmd {
        AuthCommand::Verify {
            user,
            password_stdin,
        } => verify(app, &user, password_stdin)?,
        AuthCommand::Login {
            user,
            password_stdin,
        } => login(app, &user, password_stdin)?,
        AuthCommand::ChangePassword {
            user,
            password_stdin,
        } => change_password(app, &user, password_stdin)?,
        AuthCommand::Check { user, permission } => {
            let permission = crate::domain::access::Permission::parse(&permission)?;
            let user = crate::ops::role::check_permission(&app.session()?, &user, &permission)?;
            app.say(&format!("{} holds {permission}", user.email));
            app.out.row(&AuthUser::from(&user))?;
        }
        AuthCommand::Session(SessionCommand::Check { token_stdin }) => {
            need_stdin(token_stdin, "token")?;
            let token = read_stdin_lines(&["token"])?[0].trim().to_string();
            let user = auth::check_session(&mut app.session()?, &token)?;
            app.out.row(&AuthUser::from(&user))?;
        }
        AuthCommand::Session(SessionCommand::Revoke { token_stdin }) => {
            need_stdin(token_stdin, "token")?;
            let token = read_stdin_lines(&["token"])?[0].trim().to_string();
            let user = auth::revoke_session(&mut app.session()?, &token)?;
            app.say(&format!("session of {} ended", user.email));
        }
        AuthCommand::AcceptInvite {
            token_stdin,
            password_stdin,
        } => {
            let (token, password) = token_and_password(app, token_stdin, password_stdin)?;
            let mut session = app.session()?;
            let done = auth::accept_invite(&mut session, &token, &password)?;
            let said = format!("{} accepted the invitation and is active", done.user.email);
            completed(app, &mut session, done, &said)?;
        }
        AuthCommand::CompleteReset {
            token_stdin,
            password_stdin,
        } => {
            let (token, password) = token_and_password(app, token_stdin, password_stdin)?;
            let mut session = app.session()?;
            let done = auth::complete_reset(&mut session, &token, &password)?;
            let said = format!(
                "{} has a new password; every session was ended",
                done.user.email
            );
            completed(app, &mut session, done, &said)?;
        }
    }
    Ok(Exit::Ok)
}

fn verify(app: &mut App, user: &str, password_stdin: bool) -> Result<()> {
    let password = passwords::current_password(app, password_stdin, user)?;
    let mut session = app.session()?;
    if !auth::records_attempts(&session) {
        app.warn(&format!(
            "{} cannot be written by this account: the password is checked, but the \
             attempt is not recorded (no failed-login count or lockout, no sign-in \
             time, no hash upgrade)",
            crate::ops::db::shown(&app.settings.db)
        ));
    }
    let user = auth::verify(&mut session, user, &password)?;
    app.say(&format!("password is right for {}", user.email));
    app.out.row(&AuthUser::from(&user))?;
    Ok(())
}

fn login(app: &mut App, user: &str, password_stdin: bool) -> Result<()> {
    let password = passwords::current_password(app, password_stdin, user)?;
    let signed_in = auth::login(&mut app.session()?, user, &password)?;
    app.say(&format!(
        "signed in {}; the session token below is shown once and expires at {}",
        signed_in.email, signed_in.expires_at
    ));
    if app.out.format.is_json() {
        app.out.json(&signed_in)?;
    } else {
        app.out.line(&signed_in.token)?;
    }
    Ok(())
}

fn change_password(app: &mut App, user: &str, password_stdin: bool) -> Result<()> {
    let (current, new) = if password_stdin {
        let lines = read_stdin_lines(&["current password", "new password"])?;
        (Password::new(&lines[0]), Password::new(&lines[1]))
    } else {
        let current = passwords::current_password(app, false, user)?;
        (current, passwords::password(app, false, true, user)?)
    };
    let mut session = app.session()?;
    let done = auth::change_password(&mut session, user, &current, &new)?;
    let said = format!(
        "{} has a new password; every session was ended",
        done.user.email
    );
    completed(app, &mut session, done, &said)
}

/// A password set: its notice delivered, what happened said, the user
/// shown; mail that must be delivered and was not fails the command last.
fn completed(
    app: &mut App,
    session: &mut Session,
    done: auth::Completed,
    said: &str,
) -> Result<()> {
    let delivery = session.deliver(&done.mail, app);
    app.say(said);
    app.out.row(&AuthUser::from(&done.user))?;
    delivery?;
    Ok(())
}
