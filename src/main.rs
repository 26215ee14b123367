//! The roster binary: parse, run, and turn the one result into an exit code.

use std::process::ExitCode;

use roster::exit::{self, Exit};

fn main() -> ExitCode {
    roster::interrupt::install();
    let cli = match roster::cli::parse() {
        Ok(cli) => cli,
        Err(err) => {
            let exit = exit::of_clap(&err);
            // Arguments that are not UTF-8 are clap's to refuse; here they
            // only need to be searched for --json.
            let args: Vec<String> = std::env::args_os()
                .map(|a| a.to_string_lossy().into_owned())
                .collect();
            let env = roster::settings::Env::from_process();
            if exit != Exit::Ok && roster::settings::json_errors_before_parse(&args, &env) {
                let text = err.to_string();
                let first = text.lines().next().unwrap_or_default();
                exit::report_json(exit, first.trim_start_matches("error: "));
            } else if exit != Exit::Ok {
                // clap quotes what was typed: control and bidi characters
                // (a CR, a right-to-left override) are shown escaped, as
                // every message shows typed text.
                let text = err.render().to_string();
                eprint!("{}", roster::output::for_terminal_block(&text));
                if !text.ends_with('\n') {
                    eprintln!();
                }
            } else {
                let _ = err.print();
            }
            return exit.into();
        }
    };
    match roster::commands::run(cli) {
        Ok(exit) => exit.into(),
        Err(failure) if exit::is_broken_pipe(&failure.error) => Exit::Ok.into(),
        Err(roster::commands::Failure { error: err, json }) => {
            let exit = exit::of_error(&err);
            if json {
                exit::report_json(exit, &exit::message(&err));
            } else {
                eprintln!(
                    "error: {}",
                    roster::output::for_terminal_block(&exit::message(&err))
                );
            }
            exit.into()
        }
    }
}
