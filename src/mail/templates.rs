//! The texts of the messages roster sends.

use jiff::Timestamp;

/// What an invitation says.
pub struct Invitation<'a> {
    pub first_name: Option<&'a str>,
    pub email: &'a str,
    pub link: &'a str,
    pub expires_at: Timestamp,
}

pub const INVITATION: &str = "invitation";

pub fn invitation(inv: &Invitation<'_>) -> (String, String) {
    let greeting = match inv.first_name {
        Some(name) => format!("Hello {name},"),
        None => "Hello,".to_string(),
    };
    let subject = "You are invited: set up your account".to_string();
    let body = format!(
        "{greeting}\n\n\
         An account was created for you ({email}).\n\
         To accept the invitation and choose a password, open this link:\n\n\
         {link}\n\n\
         The link works once and expires at {expires} (UTC).\n\
         If you did not expect this message, you can ignore it.\n",
        email = inv.email,
        link = inv.link,
        expires = inv.expires_at.strftime("%Y-%m-%d %H:%M"),
    );
    (subject, body)
}
