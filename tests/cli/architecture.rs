//! The shape of the code, checked by reading the files under src/ (issue 18,
//! "Done when"): no file over 900 lines; no function in src/commands/ or
//! src/cli/ over 80 lines; settings, exit codes, ops, domain and store
//! import nothing from commands; no import cycles between files; no store
//! use in src/commands/.
//!
//! A rule that does not hold everywhere yet names today's offenders in an
//! allowlist: a new offender fails the test, and so does an entry that no
//! longer offends (remove it: the lists only shrink).
//!
//! **The import graph.** A file depends on another when its code names a
//! path into the module that file defines: a `use` item (braces expanded;
//! `crate::`, `super::`, `self::`, or a child module's name), or a
//! `crate::…`/`super::…` path written inline. A path resolves to the file
//! of the longest module prefix that has a file of its own (`crate::store::Tx`
//! is `src/store/mod.rs`; a path into an inline `mod tests` is its file's).
//! Re-exports are not followed: a `pub use` in a `mod.rs` is an edge from
//! that `mod.rs`, and a path through it stops there. Edges from a module to
//! the files of its own submodules are left out of the graph: a `mod.rs`
//! declaring, re-exporting or calling its children is its structure, and
//! the child's edges (to its parent, or anywhere) are the dependencies that
//! can form a cycle. Comments and string literals are not read.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Files (under src/) allowed over the line limit: none. An exception is
/// named here with its reason, never added to quietly.
const LONG_FILES: &[&str] = &[];

/// Functions (`file::name`) in src/commands/ or src/cli/ allowed over the
/// line limit: none.
const LONG_FUNCTIONS: &[&str] = &[];

/// Files in src/commands/ and src/serve/ (the front ends) that use the store (`Store`, `Tx`, `Reader`,
/// `crate::store`, a `store` value): none. A command reaches the store only
/// through a session and the operations.
const STORE_IN_COMMANDS: &[&str] = &[];

const MAX_FILE_LINES: usize = 900;
const MAX_FUNCTION_LINES: usize = 80;

/// The layers that must not import from `commands`.
const BELOW_COMMANDS: &[&str] = &[
    "serve/",
    "settings.rs",
    "settings/",
    "exit.rs",
    "ops/",
    "domain/",
    "store/",
];

/// A source file: its path under src/, its module path, and its code
/// without comments and string literals.
struct Source {
    path: String,
    module: Vec<String>,
    code: String,
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn sources() -> Vec<Source> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(&src(), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|file| {
            let path = file
                .strip_prefix(src())
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let text = std::fs::read_to_string(&file).unwrap();
            Source {
                module: module_of(&path),
                code: code_only(&text),
                path,
            }
        })
        .collect()
}

/// `store/postgres/mod.rs` is `store::postgres`; `lib.rs` (and `main.rs`,
/// the binary) the crate itself.
fn module_of(path: &str) -> Vec<String> {
    let trimmed = path.trim_end_matches(".rs");
    let mut parts: Vec<String> = trimmed.split('/').map(str::to_string).collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// The text with comments and the insides of string and char literals
/// blanked (newlines kept, so line numbers hold).
fn code_only(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                out.push(' ');
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.push(blank(chars[i]));
                    i += 1;
                }
            }
        } else if c == 'r'
            && (next == Some('"') || next == Some('#'))
            && !chars
                .get(i.wrapping_sub(1))
                .is_some_and(|p| p.is_alphanumeric() || *p == '_')
        {
            // A raw string: r"…", r#"…"#.
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            out.push('"');
            j += 1;
            while j < chars.len() {
                if chars[j] == '"' && (0..hashes).all(|h| chars.get(j + 1 + h) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                out.push(blank(chars[j]));
                j += 1;
            }
            out.push('"');
            i = j;
        } else if c == '"' {
            out.push('"');
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    out.push(' ');
                    i += 1;
                }
                if i < chars.len() {
                    out.push(blank(chars[i]));
                    i += 1;
                }
            }
            out.push('"');
            i += 1;
        } else if c == '\'' {
            // A char literal ('x', '\n', '\u{1F}'), or a lifetime ('a).
            let literal_end = if next == Some('\\') {
                (i + 2..chars.len()).find(|&j| chars[j] == '\'')
            } else if chars.get(i + 2) == Some(&'\'') {
                Some(i + 2)
            } else {
                None
            };
            match literal_end {
                Some(end) => {
                    out.push_str("' '");
                    for _ in i + 3..=end {
                        out.push(' ');
                    }
                    i = end + 1;
                }
                None => {
                    out.push(c);
                    i += 1;
                }
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// Every path a file's code names, with where: each `use` item with its
/// braces expanded, and each `crate::…`, `super::…` or `self::…` path inline.
fn paths_named(code: &str) -> Vec<(usize, Vec<String>)> {
    let mut paths = Vec::new();
    let mut use_items = Vec::new();
    let mut from = 0;
    while let Some(found) = find_word(&code[from..], "use") {
        let at = from + found;
        let Some(end) = code[at..].find(';').map(|e| at + e) else {
            break;
        };
        let tree = without_renames(&code[at + 3..end]);
        let mut expanded = Vec::new();
        expand(&tree, &mut Vec::new(), &mut expanded);
        paths.extend(expanded.into_iter().map(|p| (at, p)));
        use_items.push(at..end);
        from = end;
    }
    let bytes = code.as_bytes();
    for root in ["crate::", "super::", "self::"] {
        let mut from = 0;
        while let Some(found) = code[from..].find(root) {
            let start = from + found;
            from = start + root.len();
            let before = start.checked_sub(1).map(|b| bytes[b]);
            if before.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b':')
                || use_items.iter().any(|item| item.contains(&start))
            {
                continue;
            }
            let end = code[start..]
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .map_or(code.len(), |e| start + e);
            let path: Vec<String> = code[start..end]
                .split("::")
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect();
            paths.push((start, path));
        }
    }
    paths
}

/// A `use` tree with its whitespace and its `as NAME` renames taken out.
fn without_renames(tree: &str) -> String {
    let words: Vec<&str> = tree.split_whitespace().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < words.len() {
        if words[i] == "as" && i + 1 < words.len() {
            // Keep what follows the new name (`},`).
            out.extend(
                words[i + 1]
                    .chars()
                    .skip_while(|c| c.is_alphanumeric() || *c == '_'),
            );
            i += 2;
        } else {
            out.push_str(words[i]);
            i += 1;
        }
    }
    out
}

/// The inline modules of a file's code (`mod tests { … }`): name and span.
fn inline_modules(code: &str) -> Vec<(String, usize, usize)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = find_word(&code[from..], "mod") {
        let start = from + at;
        from = start + 3;
        let rest = code[from..].trim_start();
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let after = rest[name.len()..].trim_start();
        if name.is_empty() || !after.starts_with('{') {
            continue;
        }
        let open = code.len() - after.len();
        found.push((name, open, block_end(code, open)));
    }
    found
}

/// The offset of the `}` that closes the `{` at `open`.
fn block_end(code: &str, open: usize) -> usize {
    let mut depth = 0;
    for (i, c) in code[open..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return open + i;
                }
            }
            _ => {}
        }
    }
    code.len()
}

/// The byte offset of `word` standing alone in `text`.
fn find_word(text: &str, word: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(found) = text[from..].find(word) {
        let at = from + found;
        let before = at == 0 || !(bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_');
        let after = bytes
            .get(at + word.len())
            .is_none_or(|b| !(b.is_ascii_alphanumeric() || *b == b'_'));
        if before && after {
            return Some(at);
        }
        from = at + word.len();
    }
    None
}

/// A `use` tree (`a::{b,c::{d,e}}`) as its paths.
fn expand(tree: &str, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    let tree = tree.trim_start_matches("::");
    match tree.find('{') {
        Some(open) if tree[..open].find(',').is_none() => {
            let head: Vec<String> = tree[..open]
                .split("::")
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect();
            let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
            let depth = prefix.len();
            prefix.extend(head);
            for part in split_top(inner) {
                expand(part, prefix, out);
            }
            prefix.truncate(depth);
        }
        _ => {
            for part in split_top(tree) {
                let mut path = prefix.clone();
                path.extend(
                    part.split("::")
                        .filter(|s| !s.is_empty() && *s != "*")
                        .map(str::to_string),
                );
                out.push(path);
            }
        }
    }
}

/// `a,b::{c,d},e` split at its top-level commas.
fn split_top(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts.into_iter().filter(|p| !p.is_empty()).collect()
}

/// The import graph: file → the files it names (see the module's comment).
fn graph(sources: &[Source]) -> BTreeMap<String, BTreeSet<String>> {
    let files: BTreeMap<Vec<String>, String> = sources
        .iter()
        .filter(|s| s.path != "main.rs")
        .map(|s| (s.module.clone(), s.path.clone()))
        .collect();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for source in sources.iter().filter(|s| s.path != "main.rs") {
        let targets = edges.entry(source.path.clone()).or_default();
        let inline = inline_modules(&source.code);
        for (at, path) in paths_named(&source.code) {
            // Within `mod tests { … }`, `super::` is the file's module.
            let mut module = source.module.clone();
            module.extend(
                inline
                    .iter()
                    .filter(|(_, open, close)| (*open..*close).contains(&at))
                    .map(|(name, _, _)| name.clone()),
            );
            let Some(absolute) = absolute(&module, &path, &files) else {
                continue;
            };
            let Some(target) = (0..=absolute.len())
                .rev()
                .find_map(|n| files.get(&absolute[..n]))
            else {
                continue;
            };
            let target_module = module_of(target);
            // Its own submodules: structure, not dependency.
            if target_module.starts_with(&source.module) {
                continue;
            }
            targets.insert(target.clone());
        }
    }
    edges
}

/// A path as written in `module`, from the crate root; None for one
/// outside the crate (`std::…`, a dependency).
fn absolute(
    module: &[String],
    path: &[String],
    files: &BTreeMap<Vec<String>, String>,
) -> Option<Vec<String>> {
    let (first, rest) = path.split_first()?;
    let mut base: Vec<String> = match first.as_str() {
        "crate" => Vec::new(),
        "self" => module.to_vec(),
        "super" => {
            let mut base = module.to_vec();
            base.pop();
            let mut rest = rest;
            while rest.first().is_some_and(|s| s == "super") {
                base.pop();
                rest = &rest[1..];
            }
            base.extend(rest.iter().cloned());
            return Some(base);
        }
        // A child module named without `self::` (`use api::Admin;`).
        name => {
            let mut child = module.to_vec();
            child.push(name.to_string());
            if !files.contains_key(&child) {
                return None;
            }
            child.extend(rest.iter().cloned());
            return Some(child);
        }
    };
    base.extend(rest.iter().cloned());
    Some(base)
}

/// The cycles of the graph: each strongly connected component of more than
/// one file, sorted.
fn cycles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    // Tarjan's algorithm, iteratively small enough to be recursive here.
    struct State<'a> {
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        found: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a str) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        s.on_stack.insert(v);
        for w in s.edges.get(v).into_iter().flatten() {
            let w = w.as_str();
            if !s.index.contains_key(w) {
                visit(s, w);
                let low = s.low[v].min(s.low[w]);
                s.low.insert(v, low);
            } else if s.on_stack.contains(w) {
                let low = s.low[v].min(s.index[w]);
                s.low.insert(v, low);
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                component.push(w.to_string());
                if w == v {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                s.found.push(component);
            }
        }
    }
    let mut state = State {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for v in edges.keys() {
        if !state.index.contains_key(v.as_str()) {
            visit(&mut state, v);
        }
    }
    state.found.sort();
    state.found
}

/// Each function of a file's code, as (name, first line, line count).
fn functions(code: &str) -> Vec<(String, usize, usize)> {
    let bytes = code.as_bytes();
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = find_word(&code[from..], "fn") {
        let start = from + at;
        from = start + 2;
        let name: String = code[from..]
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if name.is_empty() {
            continue; // `fn(` as a type
        }
        let Some(open) = code[from..].find(['{', ';']).map(|o| from + o) else {
            break;
        };
        if bytes[open] == b';' {
            continue; // a trait method's declaration
        }
        let end = block_end(code, open);
        let line = |offset: usize| code[..offset].matches('\n').count() + 1;
        found.push((name, line(start), line(end) - line(start) + 1));
    }
    found
}

/// Fails with what breaks `rule` anew, and what its allowlist names that no
/// longer breaks it.
fn check(rule: &str, offenders: BTreeSet<String>, allowed: &[&str]) {
    let allowed: BTreeSet<String> = allowed.iter().map(|s| s.to_string()).collect();
    let new: Vec<&String> = offenders.difference(&allowed).collect();
    let gone: Vec<&String> = allowed.difference(&offenders).collect();
    assert!(
        new.is_empty() && gone.is_empty(),
        "{rule}\n  new offenders: {new:?}\n  allowed but no longer offending (remove from the \
         allowlist): {gone:?}"
    );
}

#[test]
fn no_file_in_src_is_over_900_lines() {
    let offenders = sources()
        .iter()
        .filter(|s| s.code.lines().count() > MAX_FILE_LINES)
        .map(|s| s.path.clone())
        .collect();
    check("files over 900 lines", offenders, LONG_FILES);
}

#[test]
fn no_function_in_commands_or_cli_is_over_80_lines() {
    let offenders = sources()
        .iter()
        .filter(|s| s.path.starts_with("commands/") || s.path.starts_with("cli/"))
        .flat_map(|s| {
            functions(&s.code)
                .into_iter()
                .filter(|(_, _, lines)| *lines > MAX_FUNCTION_LINES)
                .map(|(name, _, _)| format!("{}::{name}", s.path))
                .collect::<Vec<_>>()
        })
        .collect();
    check(
        "functions in src/commands/ or src/cli/ over 80 lines",
        offenders,
        LONG_FUNCTIONS,
    );
}

#[test]
fn settings_exit_ops_domain_and_store_import_nothing_from_commands() {
    let sources = sources();
    let offenders: BTreeSet<String> = graph(&sources)
        .into_iter()
        .filter(|(from, _)| BELOW_COMMANDS.iter().any(|b| from.starts_with(b)))
        .flat_map(|(from, to)| {
            to.into_iter()
                .filter(|t| t.starts_with("commands/"))
                .map(move |t| format!("{from} -> {t}"))
        })
        .collect();
    check("imports from commands below it", offenders, &[]);
}

#[test]
fn no_import_cycles_between_files() {
    // None is allowed: the last ones (domain/error.rs and domain/types.rs,
    // commands -> cli -> exit -> commands) are gone.
    let offenders = cycles(&graph(&sources()))
        .into_iter()
        .map(|c| c.join(" "))
        .collect();
    check("import cycles", offenders, &[]);
}

#[test]
fn front_ends_do_not_use_the_store() {
    let offenders = sources()
        .iter()
        .filter(|s| s.path.starts_with("commands/") || s.path.starts_with("serve/"))
        .filter(|s| {
            ["Store", "Tx", "Reader", "store", "open_store"]
                .iter()
                .any(|word| find_word(&s.code, word).is_some())
        })
        .map(|s| s.path.clone())
        .collect();
    check("store use in a front end", offenders, STORE_IN_COMMANDS);
}

/// The reader of this test's own rules, on small cases.
#[test]
fn the_rules_read_code_as_rust_does() {
    assert_eq!(
        code_only("let s = \"crate::x // y\"; // crate::z\nlet c = '{';"),
        "let s = \"             \";            \nlet c = ' ';"
    );
    let named: Vec<Vec<String>> =
        paths_named("use crate::a::{b, c::{d, e as f}};\nuse super::g;\nlet x = crate::h::i();")
            .into_iter()
            .map(|(_, p)| p)
            .collect();
    assert_eq!(
        named,
        [
            vec!["crate", "a", "b"],
            vec!["crate", "a", "c", "d"],
            vec!["crate", "a", "c", "e"],
            vec!["super", "g"],
            vec!["crate", "h", "i"],
        ]
    );
    let fns = functions("fn a() {\n  if x { y }\n}\ntrait T { fn b(); }\nfn c() -> u8 { 1 }");
    assert_eq!(fns, [("a".to_string(), 1, 3), ("c".to_string(), 5, 1)]);
    let edges = BTreeMap::from([
        ("a.rs".to_string(), BTreeSet::from(["b.rs".to_string()])),
        ("b.rs".to_string(), BTreeSet::from(["a.rs".to_string()])),
        ("c.rs".to_string(), BTreeSet::from(["a.rs".to_string()])),
    ]);
    assert_eq!(cycles(&edges), [vec!["a.rs", "b.rs"]]);
}
