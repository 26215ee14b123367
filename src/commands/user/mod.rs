//! `roster user …`

mod create;
mod email;
mod export;
mod import;
pub(crate) mod lifecycle;
mod list;
mod reset_password;
mod targets;
mod update;

use anyhow::Result;

use super::App;
use crate::cli::UserCommand;
use crate::domain::transitions::{TABLE, Verb};
use crate::exit::Exit;
use crate::output::columns::TransitionRow;

pub fn run(app: &mut App, cmd: UserCommand) -> Result<Exit> {
    match cmd {
        UserCommand::Create(args) => create::run(app, args),
        UserCommand::List(args) => list::run(app, args),
        UserCommand::Show { user } if app.settings.server.is_some() => {
            let url = app.settings.server.clone().unwrap_or_default();
            let shown = super::remote::show_user(app, &url, &user)?;
            app.out.one(&Shown {
                user: &shown.user,
                effective_permissions: shown.effective_permissions,
            })?;
            Ok(Exit::Ok)
        }
        UserCommand::Show { user } => {
            let shown = crate::ops::users::show(&app.session()?, &user)?;
            app.out.one(&Shown {
                user: &shown.user,
                effective_permissions: shown.permissions.iter().map(ToString::to_string).collect(),
            })?;
            Ok(Exit::Ok)
        }
        UserCommand::Update(args) => update::run(app, args),
        UserCommand::Invite(args) => lifecycle::run_invite(app, args.bulk, args.no_email),
        UserCommand::Revoke(args) => lifecycle::run_move(app, Verb::Revoke, args),
        UserCommand::Block(args) => lifecycle::run_block(app, args),
        UserCommand::Unblock(args) => lifecycle::run_move(app, Verb::Unblock, args),
        UserCommand::Archive(args) => lifecycle::run_move(app, Verb::Archive, args),
        UserCommand::Restore(args) => lifecycle::run_move(app, Verb::Restore, args),
        UserCommand::Delete(args) => lifecycle::run_move(app, Verb::Delete, args),
        UserCommand::ResetPassword(args) => reset_password::run(app, args),
        UserCommand::SignOut(args) => lifecycle::run_move(app, Verb::SignOut, args),
        UserCommand::Unlock(args) => lifecycle::run_move(app, Verb::Unlock, args),
        UserCommand::Email(args) => email::run_email(app, args),
        UserCommand::Import(args) => import::run_import(app, args),
        UserCommand::Export(args) => export::run(app, args),
        UserCommand::Sync(args) => import::run_sync(app, args),
        UserCommand::History { user } if app.settings.server.is_some() => {
            let url = app.settings.server.clone().unwrap_or_default();
            super::audit::history_through_server(app, &url, &user)
        }
        UserCommand::History { user } => {
            let session = app.session()?;
            let filter = crate::ops::audit::history(&session, &user)?;
            super::audit::print_entries(app, &session, &filter)
        }
        UserCommand::Transitions => {
            let mut list = app.out.list::<TransitionRow>()?;
            for rule in TABLE {
                list.push(&TransitionRow::from(rule))?;
            }
            list.finish()?;
            Ok(Exit::Ok)
        }
    }
}

/// A user as `user show` prints it: every field, and what the user may do.
#[derive(serde::Serialize)]
struct Shown<'a> {
    #[serde(flatten)]
    user: &'a crate::domain::user::User,
    /// The permissions of the user's roles and their own.
    effective_permissions: Vec<String>,
}

impl crate::output::Record for Shown<'_> {
    fn id(&self) -> Option<&str> {
        Some(self.user.id.as_str())
    }
    fn table_headers() -> Vec<&'static str> {
        crate::domain::user::User::table_headers()
    }
    fn table_cells(&self) -> Vec<String> {
        self.user.table_cells()
    }
    fn csv_headers() -> Vec<String> {
        let mut headers = crate::domain::user::User::csv_headers();
        headers.push("effective_permissions".into());
        headers
    }
    fn csv_cells(&self) -> Vec<String> {
        let mut cells = self.user.csv_cells();
        cells.push(self.effective_permissions.join(";"));
        cells
    }
}
