//! `roster user list`

use anyhow::Result;

use crate::cli::ListArgs;
use crate::commands::App;
use crate::domain::query::{ListQuery, SortSpec};
use crate::domain::user::User;
use crate::exit::Exit;

pub fn run(app: &mut App, args: ListArgs) -> Result<Exit> {
    let selector = super::lifecycle::selector(&args.select, args.all, app.now)?;
    let query = ListQuery {
        selector,
        sort: crate::commands::flag_value(SortSpec::parse_all(&args.sort))?,
        limit: args.limit,
        offset: args.offset,
        with_hashes: false,
    };
    let columns = crate::commands::flag_value(
        (!args.columns.is_empty())
            .then(|| crate::output::columns::<User>(&args.columns))
            .transpose(),
    )?;
    if let Some(url) = app.settings.server.clone() {
        let request = crate::ops::wire::ListRequest {
            selector: query.selector.clone(),
            sort: args.sort.clone(),
            limit: query.limit,
            offset: query.offset,
        };
        let connected = crate::commands::remote::connect(app, &url)?;
        let mut list = match columns {
            None => app.out.list::<User>()?,
            Some(columns) => app.out.list_columns::<User>(columns)?,
        };
        crate::commands::remote::list_users(&connected, &request, |user| {
            list.push(&user).map_err(anyhow::Error::from)
        })?;
        let count = list.finish()?;
        if count == 0 {
            app.say("no users match");
        }
        return Ok(Exit::Ok);
    }
    let session = app.session()?;
    let selected = crate::ops::users::list(&session, query)?;
    let mut list = match columns {
        None => app.out.list::<User>()?,
        Some(columns) => app.out.list_columns::<User>(columns)?,
    };
    selected.each(|user| list.push(&user).map_err(anyhow::Error::from))?;
    let count = list.finish()?;
    if count == 0 {
        app.say("no users match");
    }
    Ok(Exit::Ok)
}
