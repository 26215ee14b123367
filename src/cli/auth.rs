//! `roster auth …`: the calls an application makes for its users.

use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Check a password (exit 0 right, 7 wrong, locked out or not active)
    #[command(
        after_help = "Examples:\n  printf '%s\\n' \"$PASSWORD\" \\\n      | roster auth verify ada@example.com --password-stdin"
    )]
    Verify {
        /// Id, email or username
        user: String,
        /// Read the password from the first line of stdin
        #[arg(long)]
        password_stdin: bool,
    },
    /// Sign in: check the password and print a new session token once
    #[command(
        after_help = "Examples:\n  TOKEN=$(printf '%s\\n' \"$PASSWORD\" \\\n      | roster auth login ada@example.com --password-stdin)"
    )]
    Login {
        /// Id, email or username
        user: String,
        /// Read the password from the first line of stdin
        #[arg(long)]
        password_stdin: bool,
    },
    /// A user changes their own password: the current one on the first line of
    /// stdin, the new one on the second
    #[command(
        after_help = "Examples:\n  printf '%s\\n%s\\n' \"$CURRENT\" \"$NEW\" \\\n      | roster auth change-password ada@example.com --password-stdin\n\nA wrong current password counts towards the lockout. On success every\nsession ends, must_change_password is cleared and the user gets an email."
    )]
    ChangePassword {
        /// Id, email or username
        user: String,
        /// Read the current password from the first line of stdin and the new
        /// one from the second (on a terminal, without it, roster asks)
        #[arg(long)]
        password_stdin: bool,
    },
    /// Exit 0 if an active user holds a permission (through a role or their
    /// own), 7 if not, 4 for an unknown user
    #[command(
        after_help = "Examples:\n  roster auth check ada@example.com users.read\n  if roster auth check \"$EMAIL\" clocking 2>/dev/null; then show_clock; fi"
    )]
    Check {
        /// Id, email or username
        user: String,
        /// The permission, such as users.read or clocking
        permission: String,
    },
    /// Check or end a session
    #[command(
        subcommand,
        after_help = "Examples:\n  printf '%s\\n' \"$TOKEN\" | roster auth session check --token-stdin"
    )]
    Session(SessionCommand),
    /// Accept an invitation: token on the first line of stdin, new password on the second
    #[command(
        after_help = "Examples:\n  printf '%s\\n%s\\n' \"$TOKEN\" \"$PASSWORD\" \\\n      | roster auth accept-invite --token-stdin --password-stdin"
    )]
    AcceptInvite {
        /// Read the token from the first line of stdin
        #[arg(long)]
        token_stdin: bool,
        /// Read the new password from the next line of stdin
        #[arg(long)]
        password_stdin: bool,
    },
    /// Complete a password reset: token on the first line of stdin, new password on the second
    #[command(
        after_help = "Examples:\n  printf '%s\\n%s\\n' \"$TOKEN\" \"$PASSWORD\" \\\n      | roster auth complete-reset --token-stdin --password-stdin"
    )]
    CompleteReset {
        /// Read the token from the first line of stdin
        #[arg(long)]
        token_stdin: bool,
        /// Read the new password from the next line of stdin
        #[arg(long)]
        password_stdin: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum SessionCommand {
    /// Exit 0 if the session on stdin is alive (and note its use), else 4/5/7
    #[command(
        after_help = "Examples:\n  printf '%s\\n' \"$TOKEN\" | roster auth session check --token-stdin"
    )]
    Check {
        /// Read the session token from stdin
        #[arg(long)]
        token_stdin: bool,
    },
    /// End the session on stdin
    #[command(
        after_help = "Examples:\n  printf '%s\\n' \"$TOKEN\" | roster auth session revoke --token-stdin"
    )]
    Revoke {
        /// Read the session token from stdin
        #[arg(long)]
        token_stdin: bool,
    },
}
