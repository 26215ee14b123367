//! `roster user list`

use anyhow::Result;

use crate::cli::ListArgs;
use crate::commands::App;
use crate::domain::error::Error;
use crate::domain::user::User;
use crate::exit::Exit;
use crate::store::{ListQuery, SortKey, SortSpec};

pub fn run(app: &mut App, args: ListArgs) -> Result<Exit> {
    let selector = super::lifecycle::selector_input(&args.select, args.all).parse(app.now)?;
    let query = ListQuery {
        selector,
        sort: sort_specs(&args.sort)?,
        limit: args.limit,
        offset: args.offset,
        with_hashes: false,
    };
    let columns = (!args.columns.is_empty())
        .then(|| crate::output::columns::<User>(&args.columns))
        .transpose()?;
    let store = app.open_store()?;
    let mut list = match columns {
        None => app.out.list::<User>()?,
        Some(columns) => app.out.list_columns::<User>(columns)?,
    };
    store.reader().list_users(&query, app.now, |user| {
        list.push(&user).map_err(Error::Output)
    })?;
    let count = list.finish()?;
    if count == 0 {
        app.say("no users match");
    }
    Ok(Exit::Ok)
}

pub fn sort_specs(raw: &[String]) -> crate::Result<Vec<SortSpec>> {
    raw.iter()
        .filter(|s| !s.trim().is_empty())
        .map(|s| {
            let s = s.trim();
            let (descending, name) = match s.strip_prefix('-') {
                Some(rest) => (true, rest),
                None => (false, s.strip_prefix('+').unwrap_or(s)),
            };
            SortKey::NAMES
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, key)| SortSpec {
                    key: *key,
                    descending,
                })
                .ok_or_else(|| {
                    let names: Vec<&str> = SortKey::NAMES.iter().map(|(n, _)| *n).collect();
                    Error::invalid(
                        "sort",
                        format!("{name:?} is not one of {}", names.join(", ")),
                    )
                })
        })
        .collect()
}
