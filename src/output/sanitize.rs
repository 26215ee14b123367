//! Making stored text safe to show: no cursor moves, no colours, no reordering,
//! and no spreadsheet formulas.

use crate::domain::types::is_bidi_control;

/// Text for a terminal: control and bidirectional-control characters become
/// visible escapes (`\u{1b}`), so stored text can never drive the terminal.
pub fn for_terminal(text: &str) -> String {
    if !text.chars().any(|c| c.is_control() || is_bidi_control(c)) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c.is_control() || is_bidi_control(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Multi-line text for a terminal: like `for_terminal`, but line breaks and
/// tabs stay.
pub fn for_terminal_block(text: &str) -> String {
    text.split('\n')
        .map(|line| for_terminal(line.trim_end_matches('\r')).replace("\\u{9}", "\t"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The characters a spreadsheet treats as the start of a formula.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether a cell would start a formula once any leading `'` are taken off.
fn formula_like(text: &str) -> bool {
    text.trim_start_matches('\'').starts_with(FORMULA_START)
}

/// A CSV cell that a spreadsheet will not run: cells starting with `=`, `+`, `-`,
/// `@`, TAB or CR get a leading `'`. So that [`from_csv`] can take it off
/// again, a cell that is such text behind `'`s gets one more.
pub fn for_csv(text: &str) -> std::borrow::Cow<'_, str> {
    if formula_like(text) {
        format!("'{text}").into()
    } else {
        text.into()
    }
}

/// A cell as it was before [`for_csv`]: one leading `'` comes off text
/// that would otherwise start a formula.
pub fn from_csv(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if formula_like(rest) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_escaping_round_trips() {
        for text in [
            "=1+1", "'=1+1", "''@x", "+44 20", "'quoted", "plain", "-", "'",
        ] {
            assert_eq!(from_csv(&for_csv(text)), text, "{text:?}");
        }
        assert_eq!(for_csv("=1+1"), "'=1+1");
        assert_eq!(for_csv("'quoted"), "'quoted");
    }

    #[test]
    fn terminal_escapes_are_made_visible() {
        assert_eq!(for_terminal("plain"), "plain");
        assert_eq!(for_terminal("a\u{1b}[31mred"), "a\\u{1b}[31mred");
        assert_eq!(for_terminal("x\u{202e}y"), "x\\u{202e}y");
        assert_eq!(for_terminal("line\nbreak"), "line\\u{a}break");
    }

    #[test]
    fn csv_formulas_are_defused() {
        for bad in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(for_csv(bad).starts_with('\''), "{bad:?}");
        }
        assert_eq!(for_csv("ada@example.com"), "ada@example.com");
    }
}
