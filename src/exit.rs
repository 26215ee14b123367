//! The exit codes of SPEC §5, in one place: every failure becomes one of these.

use std::fmt::Write as _;

/// What only the command line can get wrong: how roster was called, and
/// whether its user said yes.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// Flags or arguments that do not fit together (exit 2).
    #[error("{0}")]
    Usage(String),
    /// A confirmation was declined, or needed without a terminal (exit 9).
    #[error("{0}")]
    NotConfirmed(String),
}

/// What a run of roster tells its caller through the process exit status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Exit {
    Ok,
    Failure,
    Usage,
    Partial,
    NotFound,
    Conflict,
    InvalidInput,
    Denied,
    Unavailable,
    NotConfirmed,
}

impl Exit {
    pub const ALL: [Exit; 10] = [
        Exit::Ok,
        Exit::Failure,
        Exit::Usage,
        Exit::Partial,
        Exit::NotFound,
        Exit::Conflict,
        Exit::InvalidInput,
        Exit::Denied,
        Exit::Unavailable,
        Exit::NotConfirmed,
    ];

    pub fn code(self) -> u8 {
        match self {
            Exit::Ok => 0,
            Exit::Failure => 1,
            Exit::Usage => 2,
            Exit::Partial => 3,
            Exit::NotFound => 4,
            Exit::Conflict => 5,
            Exit::InvalidInput => 6,
            Exit::Denied => 7,
            Exit::Unavailable => 8,
            Exit::NotConfirmed => 9,
        }
    }

    /// The machine name used in JSON errors (`{"error":{"code":…}}`).
    pub fn name(self) -> &'static str {
        match self {
            Exit::Ok => "ok",
            Exit::Failure => "failure",
            Exit::Usage => "usage",
            Exit::Partial => "partial",
            Exit::NotFound => "not_found",
            Exit::Conflict => "conflict",
            Exit::InvalidInput => "invalid_input",
            Exit::Denied => "denied",
            Exit::Unavailable => "unavailable",
            Exit::NotConfirmed => "not_confirmed",
        }
    }

    /// The exit code whose [`Exit::name`] is `code` (an error's code, as
    /// [`crate::Error::code`] gives it); an unknown one is a failure.
    pub fn of_code(code: &str) -> Exit {
        Exit::ALL
            .into_iter()
            .find(|e| e.name() == code)
            .unwrap_or(Exit::Failure)
    }

    pub fn meaning(self) -> &'static str {
        match self {
            Exit::Ok => "done, including `unchanged` outcomes and --dry-run",
            Exit::Failure => "unexpected internal error",
            Exit::Usage => {
                "bad flags or arguments, including a flag value that does not parse \
                 (--inactive-for 90, --sort bogus)"
            }
            Exit::Partial => "a bulk verb succeeded for some targets and failed for others",
            Exit::NotFound => {
                "a named user, role, group, permission, attribute or token does not exist; \
                 no store for a command that only reads"
            }
            Exit::Conflict => {
                "invalid transition, duplicate email/username, --max-affected/--expect-count \
                 refused, token used or expired, the last active holder of roles.manage kept"
            }
            Exit::InvalidInput => "validation failed or a malformed file (file, line, field named)",
            Exit::Denied => {
                "wrong password, locked out, user not active, permission denied, a grant rule"
            }
            Exit::Unavailable => {
                "store busy past the timeout, store newer than this binary, mail transport \
                 unreachable with --require-delivery"
            }
            Exit::NotConfirmed => "confirmation declined, or needed without a TTY (use --yes)",
        }
    }
}

impl From<Exit> for std::process::ExitCode {
    fn from(exit: Exit) -> Self {
        std::process::ExitCode::from(exit.code())
    }
}

/// The exit-code table as it appears at the end of `roster --help`, wrapped by
/// hand under 80 columns so that clap leaves it alone.
pub fn help_table() -> String {
    const INDENT: usize = 20;
    const WIDTH: usize = 79;
    let mut text = String::from("Exit codes:\n");
    for exit in Exit::ALL {
        let mut line = format!("  {}  {:<14}", exit.code(), exit.name());
        for word in exit.meaning().split(' ') {
            if line.len() + 1 + word.len() > WIDTH {
                let _ = writeln!(text, "{}", line.trim_end());
                line = " ".repeat(INDENT - 1);
            }
            line.push(' ');
            line.push_str(word);
        }
        let _ = writeln!(text, "{line}");
    }
    text
}

/// What an error that reaches `main` says: each cause after the first,
/// unless the text so far already says it (an error that quotes its
/// source, as "cannot listen on …: Address already in use" does, names
/// it once).
pub fn message(err: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in err.chain() {
        let said = cause.to_string();
        if text.is_empty() {
            text = said;
        } else if !text.contains(&said) {
            text.push_str(": ");
            text.push_str(&said);
        }
    }
    text
}

/// Maps any error that reaches `main` to its exit code: roster's own errors carry
/// theirs, a closed stdout is a quiet success, anything else is an internal failure.
pub fn of_error(err: &anyhow::Error) -> Exit {
    for cause in err.chain() {
        if let Some(e) = cause.downcast_ref::<crate::Error>() {
            return of_domain(e);
        }
        if let Some(e) = cause.downcast_ref::<CliError>() {
            return of_cli(e);
        }
        if let Some(e) = cause.downcast_ref::<clap::Error>() {
            return of_clap(e);
        }
        if let Some(e) = cause.downcast_ref::<std::io::Error>() {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                return Exit::Ok;
            }
        }
    }
    Exit::Failure
}

/// The exit code of each kind of domain and store error: the one its
/// `code` names.
pub fn of_domain(err: &crate::Error) -> Exit {
    Exit::of_code(err.code())
}

/// The exit code of what only the command line can get wrong.
pub fn of_cli(err: &CliError) -> Exit {
    match err {
        CliError::Usage(_) => Exit::Usage,
        CliError::NotConfirmed(_) => Exit::NotConfirmed,
    }
}

/// A command line clap could not parse is a usage error; `--help` and
/// `--version` end the run successfully.
pub fn of_clap(err: &clap::Error) -> Exit {
    match err.kind() {
        clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => Exit::Ok,
        _ => Exit::Usage,
    }
}

/// The exit code of a bulk verb from its targets' outcomes: 0 when every target
/// succeeded; 3 when some succeeded and others failed; when all failed, the
/// failures' own code if they agree (4 not found, 5 invalid transition, 1
/// refused, 7 denied, 1 failed), else 3.
pub fn of_outcomes(outcomes: impl IntoIterator<Item = crate::ops::bulk::Outcome>) -> Exit {
    use crate::ops::bulk::Outcome;
    let mut targets = 0;
    let mut failures = Vec::new();
    for outcome in outcomes {
        targets += 1;
        match outcome {
            Outcome::NotFound => failures.push(Exit::NotFound),
            Outcome::InvalidTransition | Outcome::Refused => failures.push(Exit::Conflict),
            Outcome::Denied => failures.push(Exit::Denied),
            Outcome::Failed => failures.push(Exit::Failure),
            Outcome::Changed | Outcome::Unchanged | Outcome::WouldChange | Outcome::Skipped => {}
        }
    }
    match failures.first() {
        None => Exit::Ok,
        Some(_) if failures.len() < targets => Exit::Partial,
        Some(first) if failures.iter().all(|e| e == first) => *first,
        Some(_) => Exit::Partial,
    }
}

/// The exit code of a bulk run: its outcomes' ([`of_outcomes`]); a run
/// that stopped early is exit 3 when some targets changed before it
/// stopped, else its error's code.
pub fn of_run(done: &crate::ops::bulk::Done) -> Exit {
    match &done.stopped {
        Some(_) if done.tally.count(crate::ops::bulk::Outcome::Changed) > 0 => Exit::Partial,
        Some(e) => of_domain(e),
        None => of_outcomes(done.tally.outcomes()),
    }
}

/// The exit code of `user import` and `user sync` (`ops::sync`) from their
/// rows: 0 when none failed; 3 when some failed and others did not; when
/// every row failed, their code if they agree, else the first of invalid
/// input, conflict and not found among them. A run refused because rows
/// failed (nothing was written) has its failures' code; a dry run that
/// was not refused is 0; a run that stopped early after writing is at
/// least partial.
pub fn of_file(outcome: &crate::ops::sync::FileOutcome) -> Exit {
    let codes = &outcome.tally.codes;
    if outcome.refused.is_some() {
        return of_failed_rows(codes, codes.len() as u64);
    }
    if outcome.dry_run {
        return Exit::Ok;
    }
    match of_failed_rows(codes, outcome.tally.total()) {
        Exit::Ok if outcome.stopped.is_some() => Exit::Partial,
        exit => exit,
    }
}

/// The exit code of `rows` rows of which those with `codes` failed.
fn of_failed_rows(codes: &[&str], rows: u64) -> Exit {
    let failures: Vec<Exit> = codes.iter().map(|c| Exit::of_code(c)).collect();
    let Some(first) = failures.first().copied() else {
        return Exit::Ok;
    };
    if (failures.len() as u64) < rows {
        return Exit::Partial;
    }
    if failures.iter().all(|e| *e == first) {
        return first;
    }
    [Exit::InvalidInput, Exit::Conflict, Exit::NotFound]
        .into_iter()
        .find(|e| failures.contains(e))
        .unwrap_or(first)
}

/// True when the error is only that the reader of stdout went away (`| head`).
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Writes an error as the JSON object of SPEC §4 on stderr:
/// `{"error":{"code":"not_found","message":"…","exit":4}}`.
pub fn report_json(exit: Exit, message: &str) {
    use std::io::Write as _;
    let body = serde_json::json!({
        "error": { "code": exit.name(), "message": message, "exit": exit.code() }
    });
    let _ = writeln!(std::io::stderr(), "{body}");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every error's code names an exit code: none falls back to a failure
    /// by a misspelling.
    #[test]
    fn every_error_code_names_an_exit_code() {
        for code in crate::Error::CODES {
            assert_eq!(Exit::of_code(code).name(), code);
        }
        let atomic = crate::Error::Atomic {
            failures: 1,
            targets: 2,
            first: Box::new(crate::Error::invalid("email", "bad")),
        };
        assert_eq!(of_domain(&atomic), Exit::InvalidInput);
    }
}
