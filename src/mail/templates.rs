//! The messages roster sends, as minijinja templates: built in, and overridable
//! file by file from the directory named by `mail.templates`.
//!
//! Each template NAME has three parts: `NAME.subject`, `NAME.txt` and `NAME.html`
//! (HTML is auto-escaped). They see `user` (email, first_name, last_name,
//! username, attributes, roles), `base_url`, and per template `link`, `expires_at`, `changed_at`,
//! `must_change`.

use std::path::Path;

use minijinja::Environment;
use serde::Serialize;

use crate::domain::error::{Error, Result};
use crate::domain::user::User;

pub const INVITATION: &str = "invitation";
pub const REGISTRATION: &str = "registration";
pub const RESET: &str = "reset";
pub const ONBOARDING: &str = "onboarding";
pub const PASSWORD_CHANGED: &str = "password_changed";

/// What a message made from `template` is, in words a person reads
/// (`password-changed notice`), for messages such as "… written to FILE".
pub fn described(template: &str) -> String {
    match template {
        INVITATION => "invitation".into(),
        REGISTRATION => "registration message".into(),
        RESET => "password-reset link".into(),
        ONBOARDING => "onboarding request".into(),
        PASSWORD_CHANGED => "password-changed notice".into(),
        "custom" => "message".into(),
        other => format!("{} message", other.replace('_', "-")),
    }
}

/// Templates that make sense on their own (`user email --template`). The
/// others carry a link or an event and are sent by the verb that makes them.
pub const SENDABLE: &[&str] = &[ONBOARDING, REGISTRATION];

/// Every built-in template with its three parts.
const BUILTIN: &[(&str, &str, &str, &str)] = &[
    (
        INVITATION,
        include_str!("templates/invitation.subject"),
        include_str!("templates/invitation.txt"),
        include_str!("templates/invitation.html"),
    ),
    (
        REGISTRATION,
        include_str!("templates/registration.subject"),
        include_str!("templates/registration.txt"),
        include_str!("templates/registration.html"),
    ),
    (
        RESET,
        include_str!("templates/reset.subject"),
        include_str!("templates/reset.txt"),
        include_str!("templates/reset.html"),
    ),
    (
        ONBOARDING,
        include_str!("templates/onboarding.subject"),
        include_str!("templates/onboarding.txt"),
        include_str!("templates/onboarding.html"),
    ),
    (
        PASSWORD_CHANGED,
        include_str!("templates/password_changed.subject"),
        include_str!("templates/password_changed.txt"),
        include_str!("templates/password_changed.html"),
    ),
];

pub fn names() -> Vec<&'static str> {
    BUILTIN.iter().map(|(name, ..)| *name).collect()
}

/// A rendered message.
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
}

/// What a template knows of its user: the names, and the attributes and
/// roles, so one template can say different things to different users
/// (`{% if user.attributes.operator_type == "PAYE" %}`, `{% if "technician"
/// in user.roles %}`).
#[derive(Serialize)]
pub struct MailUser<'a> {
    pub email: &'a str,
    pub first_name: Option<&'a str>,
    pub last_name: Option<&'a str>,
    pub username: Option<&'a str>,
    pub attributes: &'a std::collections::BTreeMap<String, String>,
    pub roles: Vec<&'a str>,
}

impl<'a> From<&'a User> for MailUser<'a> {
    fn from(u: &'a User) -> Self {
        MailUser {
            email: &u.email,
            first_name: u.profile.first_name.as_deref(),
            last_name: u.profile.last_name.as_deref(),
            username: u.username.as_deref(),
            attributes: &u.attributes,
            roles: u.roles.iter().map(|r| r.as_str()).collect(),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Templates {
    env: Environment<'static>,
}

impl Default for Templates {
    fn default() -> Self {
        Templates::load(None).expect("the built-in templates compile")
    }
}

impl Templates {
    /// The built-in templates, with any part found in `dir` taking its place.
    pub fn load(dir: Option<&Path>) -> Result<Templates> {
        if let Some(dir) = dir.filter(|d| !d.is_dir()) {
            return Err(Error::invalid(
                "mail.templates",
                format!("{} is not a directory", dir.display()),
            ));
        }
        let mut env = Environment::new();
        env.set_keep_trailing_newline(true);
        for (name, subject, text, html) in BUILTIN {
            for (ext, builtin) in [("subject", subject), ("txt", text), ("html", html)] {
                let file = format!("{name}.{ext}");
                let source = match dir.map(|d| d.join(&file)).filter(|p| p.exists()) {
                    Some(path) => std::fs::read_to_string(&path).map_err(|e| {
                        Error::invalid(
                            "mail.templates",
                            format!("cannot read {}: {e}", path.display()),
                        )
                    })?,
                    None => builtin.to_string(),
                };
                env.add_template_owned(file.clone(), source)
                    .map_err(|e| Error::invalid("mail.templates", format!("{file}: {e}")))?;
            }
        }
        Ok(Templates { env })
    }

    pub fn render(&self, name: &str, context: &impl Serialize) -> Result<Rendered> {
        if !BUILTIN.iter().any(|(n, ..)| *n == name) {
            return Err(Error::invalid(
                "template",
                format!("{name:?} is not one of {}", names().join(", ")),
            ));
        }
        let part = |ext: &str| {
            let file = format!("{name}.{ext}");
            self.env
                .get_template(&file)
                .and_then(|t| t.render(context))
                .map_err(|e| Error::invalid("mail.templates", format!("{file}: {e:#}")))
        };
        Ok(Rendered {
            subject: one_line(&part("subject")?),
            text: part("txt")?,
            html: Some(part("html")?),
        })
    }

    /// Renders an ad-hoc message (`user email --subject S --body-file F`).
    pub fn render_custom(subject: &str, body: &str, context: &impl Serialize) -> Result<Rendered> {
        let env = Environment::new();
        let render = |what: &str, source: &str| {
            env.render_str(source, context)
                .map_err(|e| Error::invalid(what, format!("{e:#}")))
        };
        Ok(Rendered {
            subject: one_line(&render("subject", subject)?),
            text: render("body", body)?,
            html: None,
        })
    }
}

/// A subject is one line: line breaks would inject headers.
fn one_line(text: &str) -> String {
    text.split(['\r', '\n'])
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtins_render_with_escaping_in_html() {
        let t = Templates::default();
        let ctx = serde_json::json!({
            "user": {"email": "a@example.com", "first_name": "<Ada>"},
            "link": "https://x.example/accept?token=abc",
            "expires_at": "2026-01-01 00:00",
            "base_url": "https://x.example",
        });
        let r = t.render(INVITATION, &ctx).unwrap();
        assert_eq!(r.subject, "You are invited: set up your account");
        assert!(r.text.contains("Hello <Ada>,"));
        assert!(r.html.unwrap().contains("Hello &lt;Ada&gt;,"));
        for name in names() {
            t.render(name, &ctx).unwrap();
        }
        assert!(t.render("nope", &ctx).is_err());
    }

    #[test]
    fn overrides_replace_single_parts() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("reset.subject"),
            "Reset for {{ user.email }}\nBcc: x",
        )
        .unwrap();
        let t = Templates::load(Some(dir.path())).unwrap();
        let ctx =
            serde_json::json!({"user": {"email": "a@example.com"}, "link": "l", "expires_at": "e"});
        assert_eq!(
            t.render(RESET, &ctx).unwrap().subject,
            "Reset for a@example.com Bcc: x"
        );
        assert!(
            t.render(RESET, &ctx)
                .unwrap()
                .text
                .contains("choose a new password")
        );
        std::fs::write(dir.path().join("reset.txt"), "{% if %}").unwrap();
        assert!(Templates::load(Some(dir.path())).is_err());
    }
}
