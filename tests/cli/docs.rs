//! The examples of README.md, docs/guide.md, docs/tokens.md and docs/scim.md, run: every ```sh block of
//! each file, in order, by bash on a fresh store, with `roster` on PATH as
//! the built binary. Each command must exit as the text promises: 0, or the
//! code its trailing comment names (`# exit 3`). A block preceded by
//! `<!-- docs-test: skip … -->` is not run (it builds roster, or needs a
//! server), and says why.

use std::path::Path;
use std::process::Command;

use crate::common::TestEnv;

/// The ```sh blocks of a Markdown file that are to be run, with the line
/// each starts on.
fn blocks(markdown: &str) -> Vec<(usize, Vec<String>)> {
    let mut found = Vec::new();
    let mut current: Option<(usize, Vec<String>)> = None;
    let mut skip_next = false;
    for (n, line) in markdown.lines().enumerate() {
        let n = n + 1;
        if current.is_some() && line.trim_end() == "```" {
            let block = current.take().expect("in a block");
            if !std::mem::take(&mut skip_next) {
                found.push(block);
            }
            continue;
        }
        match &mut current {
            Some((_, lines)) => lines.push(line.to_string()),
            None if line.trim_end() == "```sh" => current = Some((n, Vec::new())),
            None if line.starts_with("```") => skip_next = false,
            None if line.starts_with("<!-- docs-test: skip") => skip_next = true,
            None => {}
        }
    }
    found
}

/// The exit code a command line promises: `# exit N` in its trailing
/// comment, else 0.
fn promised(line: &str) -> i32 {
    line.rsplit_once("# exit ")
        .and_then(|(_, rest)| {
            rest.split(|c: char| !c.is_ascii_digit())
                .next()?
                .parse()
                .ok()
        })
        .unwrap_or(0)
}

/// A block as a bash script that checks each top-level command's exit code
/// and then restores it (`case $?` on the next line sees the real one).
fn script(file: &str, start: usize, lines: &[String]) -> String {
    let mut out = String::new();
    let mut depth = 0i32;
    let mut logical = String::new();
    let mut first_line = 0;
    for (i, line) in lines.iter().enumerate() {
        if logical.is_empty() {
            first_line = start + 1 + i;
        }
        logical.push_str(line);
        logical.push('\n');
        if line.trim_end().ends_with('\\') {
            continue;
        }
        let command = std::mem::take(&mut logical);
        let word = command.split_whitespace().next().unwrap_or("");
        out.push_str(&command);
        match word {
            "case" | "if" | "for" | "while" => depth += 1,
            "esac" | "fi" | "done" => depth -= 1,
            _ => {}
        }
        if depth > 0 || word.is_empty() || word.starts_with('#') {
            continue;
        }
        let want = promised(&command);
        out.push_str(&format!(
            "__rc=$?; if [ \"$__rc\" != {want} ]; then echo \"{file}:{first_line}: exit $__rc, \
             the text promises {want}\" >&2; exit 99; fi; (exit $__rc)\n"
        ));
    }
    out
}

/// Runs the runnable blocks of `file` (relative to the crate) in order, as
/// one bash script, in a fresh home with a fresh store.
fn run_examples(file: &str) {
    let env = TestEnv::lite();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let markdown = std::fs::read_to_string(root.join(file)).unwrap();
    let found = blocks(&markdown);
    assert!(!found.is_empty(), "{file} has no sh blocks");
    let mut text = String::from("cd \"$HOME\"\n");
    for (start, lines) in &found {
        text.push_str(&script(file, *start, lines));
    }
    // Every command was checked; the last one's code was restored for a
    // `case $?` that never came.
    text.push_str("exit 0\n");
    let bin = env.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    std::os::unix::fs::symlink(assert_cmd::cargo::cargo_bin("roster"), bin.join("roster")).unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut bash = Command::new("bash");
    bash.arg("-c").arg(&text);
    for (name, _) in std::env::vars() {
        if name.starts_with("ROSTER_") || name.starts_with("PG") || name == "NO_COLOR" {
            bash.env_remove(name);
        }
    }
    let out = bash
        .env("HOME", env.path())
        .env("XDG_DATA_HOME", env.path().join("data"))
        .env("XDG_CONFIG_HOME", env.path().join("config"))
        .env("USER", "tester")
        .env("PATH", path)
        .env("TMPDIR", env.path())
        .current_dir(env.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "the examples of {file} did not run as promised ({:?}):\n{}\n--- script ---\n{text}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_readme_examples_run_as_written() {
    run_examples("README.md");
}

#[test]
fn the_guide_examples_run_as_written() {
    run_examples("docs/guide.md");
}

#[test]
fn the_token_examples_run_as_written() {
    run_examples("docs/tokens.md");
}

#[test]
fn the_scim_examples_run_as_written() {
    run_examples("docs/scim.md");
}

#[test]
fn promised_exit_codes_are_read_from_the_comment() {
    assert_eq!(promised("roster user show x"), 0);
    assert_eq!(
        promised("roster user block a b --yes   # exit 3: b is missing"),
        3
    );
    let lines: Vec<String> = ["a \\", "  b # exit 4", "case $? in", "  4) x ;;", "esac"]
        .map(String::from)
        .to_vec();
    let s = script("f.md", 10, &lines);
    assert!(
        s.contains("f.md:11: exit $__rc, the text promises 4"),
        "{s}"
    );
    assert_eq!(s.matches("__rc=$?").count(), 2, "{s}");
}

/// docs/architecture.md names files and folders of the tree: each must
/// exist, so the page cannot drift from the code it describes.
#[test]
fn the_architecture_names_only_files_that_exist() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("docs/architecture.md")).unwrap();
    let mut named = 0;
    for quoted in text.split('`').skip(1).step_by(2) {
        if !(quoted.starts_with("src/") || quoted.starts_with("tests/")) {
            continue;
        }
        named += 1;
        assert!(
            root.join(quoted).exists(),
            "docs/architecture.md names {quoted}, which does not exist"
        );
    }
    assert!(named >= 20, "only {named} paths named");
}
