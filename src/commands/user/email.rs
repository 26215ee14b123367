//! `roster user email`: send a template or your own text to users.

use std::io::Read;

use anyhow::Result;

use super::lifecycle::{exit_for, finish, gate, select};
use crate::cli::EmailArgs;
use crate::commands::App;
use crate::domain::error::Error;
use crate::domain::types::validate_text;
use crate::exit::Exit;
use crate::mail::templates::{self, MailUser, SENDABLE, Templates};
use crate::ops::lifecycle::{Outcome, OutcomeRow};
use crate::store::QueuedMail;

const ACTION: &str = "email";

pub fn run(app: &mut App, args: EmailArgs) -> Result<Exit> {
    let reason = super::lifecycle::reason(&args.bulk)?;
    if let Some(name) = args.template.as_deref() {
        if !SENDABLE.contains(&name) {
            let hint = match name {
                templates::INVITATION => "; use `roster user invite`, which issues the link",
                templates::RESET => {
                    "; use `roster user reset-password --link`, which issues the link"
                }
                templates::PASSWORD_CHANGED => "; it is sent when a password changes",
                _ => "",
            };
            return Err(Error::invalid(
                "template",
                format!(
                    "{name:?} cannot be sent on its own (sendable: {}){hint}",
                    SENDABLE.join(", ")
                ),
            )
            .into());
        }
    }
    let custom = match (&args.subject, &args.body_file) {
        (Some(subject), Some(file)) => {
            Some((validate_text("subject", subject, 200)?, read_body(file)?))
        }
        _ => None,
    };
    let selection = select(app, &args.bulk, ACTION)?;
    if args.bulk.atomic {
        let missing = selection.targets.iter().filter(|t| t.user.is_none());
        if let Some(first) = missing.clone().next() {
            return Err(Error::Atomic {
                failures: missing.count(),
                targets: selection.targets.len(),
                first: Box::new(Error::not_found("user", first.key.clone())),
            }
            .into());
        }
    }
    let mut store = selection.store;
    let row = |outcome: Outcome, t: &crate::ops::lifecycle::Target| OutcomeRow {
        id: t.user.as_ref().map(|u| u.id.to_string()),
        email: t
            .user
            .as_ref()
            .map(|u| u.email.clone())
            .or_else(|| Some(t.key.clone())),
        action: ACTION,
        outcome,
        from: t.user.as_ref().map(|u| u.status),
        to: t.user.as_ref().map(|u| u.status),
        error: t.user.is_none().then(|| format!("no user {}", t.key)),
    };
    let planned: Vec<OutcomeRow> = selection
        .targets
        .iter()
        .map(|t| {
            row(
                if t.user.is_some() {
                    Outcome::WouldChange
                } else {
                    Outcome::NotFound
                },
                t,
            )
        })
        .collect();
    if !gate(
        app,
        &args.bulk,
        ACTION,
        &planned,
        selection.selector_used,
        false,
    )? {
        return Ok(Exit::Ok);
    }
    let ctx = app.ctx();
    let queued = store.write(|tx| {
        let mut ids = Vec::new();
        for user in selection.targets.iter().filter_map(|t| t.user.as_ref()) {
            let context = serde_json::json!({
                "user": MailUser::from(user),
                "base_url": ctx.base_url,
                "link": crate::ops::onboarding_link(&ctx),
            });
            let rendered = match &custom {
                Some((subject, body)) => Templates::render_custom(subject, body, &context)?,
                None => ctx
                    .templates
                    .render(args.template.as_deref().unwrap_or_default(), &context)?,
            };
            ids.push(tx.enqueue_mail(
                ctx.now,
                &QueuedMail {
                    user_id: Some(user.id.clone()),
                    template: args.template.clone().unwrap_or_else(|| "custom".into()),
                    to: user.email.clone(),
                    subject: rendered.subject,
                    body_text: rendered.text,
                    body_html: rendered.html,
                    token_hash: None,
                },
            )?);
            tx.append_audit(
                ctx.now,
                &ctx.actor,
                ACTION,
                Some(&user.id),
                &[],
                reason.as_deref(),
            )?;
        }
        Ok(ids)
    })?;
    let delivery = app.deliver(&mut store, &queued);
    let rows: Vec<OutcomeRow> = selection
        .targets
        .iter()
        .map(|t| {
            row(
                if t.user.is_some() {
                    Outcome::Changed
                } else {
                    Outcome::NotFound
                },
                t,
            )
        })
        .collect();
    finish(app, &rows)?;
    delivery?;
    Ok(exit_for(&rows))
}

fn read_body(path: &std::path::Path) -> crate::Result<String> {
    let mut body = String::new();
    let read = if path.as_os_str() == "-" {
        std::io::stdin().read_to_string(&mut body)
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_string(&mut body))
    };
    read.map_err(|e| Error::invalid("body-file", format!("{}: {e}", path.display())))?;
    Ok(body)
}
