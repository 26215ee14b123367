//! The roster binary: parse, run, and turn the one result into an exit code.

use std::process::ExitCode;

use roster::exit::{self, Exit};

fn main() -> ExitCode {
    let cli = match roster::cli::parse() {
        Ok(cli) => cli,
        Err(err) => {
            let exit = match err.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
                    Exit::Ok
                }
                _ => Exit::Usage,
            };
            if exit != Exit::Ok && json_requested() {
                let text = err.to_string();
                let first = text.lines().next().unwrap_or_default();
                exit::report_json(exit, first.trim_start_matches("error: "));
            } else {
                let _ = err.print();
            }
            return exit.into();
        }
    };
    let json = cli.global.json
        || cli.global.format.is_some_and(|f| f.is_json())
        || (cli.global.format.is_none() && env_format_is_json());
    match roster::commands::run(cli) {
        Ok(exit) => exit.into(),
        Err(err) if exit::is_broken_pipe(&err) => Exit::Ok.into(),
        Err(err) => {
            let exit = exit::of_error(&err);
            if json {
                exit::report_json(exit, &format!("{err:#}"));
            } else {
                eprintln!(
                    "error: {}",
                    roster::output::for_terminal_block(&format!("{err:#}"))
                );
            }
            exit.into()
        }
    }
}

fn env_format_is_json() -> bool {
    std::env::var("ROSTER_FORMAT")
        .is_ok_and(|f| f.eq_ignore_ascii_case("json") || f.eq_ignore_ascii_case("jsonl"))
}

/// Whether the raw arguments ask for JSON, for errors found before they parse.
fn json_requested() -> bool {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .any(|a| a == "--json" || a == "--format=json" || a == "--format=jsonl")
        || args
            .windows(2)
            .any(|w| w[0] == "--format" && (w[1] == "json" || w[1] == "jsonl"))
        || env_format_is_json()
}
