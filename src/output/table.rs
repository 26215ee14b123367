//! Tables that fit the terminal, the way `gh` and `kubectl` fit theirs: no
//! line ever wraps, an email or an id is never broken. When the table is too
//! wide, free text is cut with `…`, ids are shortened to the shortest prefix
//! that still tells the rows apart (as git shortens commit ids), then columns
//! less important than the lists of names (roles, groups, permissions) are
//! left out if that lets the names show whole; otherwise lists keep their
//! first names and count the rest (`admin, ops +3`), and the least important
//! columns are left out, one at a time.

use comfy_table::{Cell, Color, ContentArrangement, Table, presets};
use unicode_width::UnicodeWidthStr as _;

/// The most characters one cell shows: a 10 MB comment is not a table cell.
pub const MAX_CELL: usize = 1000;

/// The shortest a shortened id gets: a UUIDv7's first 13 characters are
/// its millisecond timestamp, so ids shortened so far seldom meet.
const MIN_ID: usize = 13;

/// Spaces between two columns.
const GAP: usize = 2;

/// How a column gives way when the table is too wide for the terminal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// Always shown in full (an email, a status).
    Keep,
    /// Free text: cut with `…` down to `min` characters; left out at `rank`.
    Cut { min: usize, rank: u8 },
    /// An id: shortened to a unique prefix; left out at `rank`.
    Id { rank: u8 },
    /// Shown in full or left out at `rank` (a date).
    Whole { rank: u8 },
    /// Free text shown only when some row has a value (STORE); otherwise
    /// like `Cut` with a minimum of 10.
    Sparse { rank: u8 },
    /// Prose (side effects, changes): narrowed down to `min` by wrapping
    /// onto more lines, at spaces, never inside a word; left out at `rank`.
    Wrap { min: usize, rank: u8 },
    /// Names joined by `, ` (roles, groups): never cut inside a name, but
    /// shortened to the first names and `+N` for the rest; columns ranked
    /// below it are left out first when that keeps every name whole.
    List { rank: u8 },
}

impl Fit {
    /// When the column is left out: lower ranks go first; `Keep` never.
    fn rank(self) -> Option<u8> {
        match self {
            Fit::Keep => None,
            Fit::Cut { rank, .. }
            | Fit::Id { rank }
            | Fit::Whole { rank }
            | Fit::Sparse { rank }
            | Fit::Wrap { rank, .. }
            | Fit::List { rank } => Some(rank),
        }
    }
}

/// What separates the names of a [`Fit::List`] cell.
const LIST_SEPARATOR: &str = ", ";

/// A list of names in at most `max` columns: as many names as fit, then
/// `+N` for the ones left out. At least the first name is shown, whole.
fn shorten_list(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    let names: Vec<&str> = text.split(LIST_SEPARATOR).collect();
    let shortened = |shown: usize| {
        format!(
            "{} +{}",
            names[..shown].join(LIST_SEPARATOR),
            names.len() - shown
        )
    };
    (1..names.len())
        .rev()
        .map(shortened)
        .find(|s| width(s) <= max)
        .unwrap_or_else(|| shortened(1.min(names.len())))
}

/// The narrowest a list cell gets: its first name and the count of the rest.
fn list_min(text: &str) -> usize {
    match text.split_once(LIST_SEPARATOR) {
        None => width(text),
        Some(_) => width(&shorten_list(text, 0)),
    }
}

/// One cell: its text (already safe for a terminal) and colour.
pub type Styled = (String, Option<Color>);

fn width(text: &str) -> usize {
    text.width()
}

/// `text` cut to at most `max` columns, ending in `…` when cut.
fn cut(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > max {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// A cell capped at [`MAX_CELL`] characters, saying how much was left out.
pub fn capped(text: &str) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(MAX_CELL) {
        None => text.into(),
        Some((end, _)) => format!(
            "{}… ({} more characters)",
            &text[..end],
            text[end..].chars().count()
        )
        .into(),
    }
}

/// The shortest prefix length (at least [`MIN_ID`]) under which the ids are
/// still all different; a prefix never ends on a `-`.
fn unique_prefix(ids: &[&str]) -> usize {
    let longest = ids.iter().map(|i| i.chars().count()).max().unwrap_or(0);
    let mut len = MIN_ID.min(longest);
    while len < longest {
        let mut seen = std::collections::HashSet::new();
        let unique = ids
            .iter()
            .filter(|id| !id.is_empty())
            .all(|id| seen.insert(id.chars().take(len).collect::<String>()));
        let ends_on_dash = ids.iter().any(|id| id.chars().nth(len - 1) == Some('-'));
        if unique && !ends_on_dash {
            break;
        }
        len += 1;
    }
    len
}

/// The table's column widths and total width with these columns shown.
fn natural(headers: &[&str], rows: &[Vec<Styled>], shown: &[usize]) -> Vec<usize> {
    shown
        .iter()
        .map(|&c| {
            rows.iter()
                .map(|r| width(&r[c].0))
                .chain([width(headers[c])])
                .max()
                .unwrap_or(0)
        })
        .collect()
}

fn total(widths: &[usize]) -> usize {
    widths.iter().sum::<usize>() + GAP * widths.len().saturating_sub(1)
}

/// The widths of the `shown` columns squeezed towards `limit` without
/// leaving any out: ids shortened, free text cut to its minimum, and lists
/// shortened too when `lists`.
fn squeeze(
    headers: &[&str],
    fits: &[Fit],
    rows: &[Vec<Styled>],
    shown: &[usize],
    limit: usize,
    lists: bool,
) -> Vec<usize> {
    let mut widths = natural(headers, rows, shown);
    // First give way without losing a column: ids, then free text.
    for (i, &c) in shown.iter().enumerate() {
        if total(&widths) <= limit {
            break;
        }
        if let Fit::Id { .. } = fits[c] {
            let ids: Vec<&str> = rows.iter().map(|r| r[c].0.as_str()).collect();
            widths[i] = unique_prefix(&ids).max(width(headers[c])).min(widths[i]);
        }
    }
    let mut cuttable: Vec<(u8, usize, usize)> = shown
        .iter()
        .enumerate()
        .filter_map(|(i, &c)| match fits[c] {
            Fit::Cut { min, rank } => Some((rank, i, min.max(width(headers[c])))),
            Fit::Sparse { rank } => Some((rank, i, 10.max(width(headers[c])))),
            Fit::Wrap { min, rank } => Some((rank, i, min.max(width(headers[c])))),
            _ => None,
        })
        .collect();
    cuttable.sort();
    if lists {
        let mut names: Vec<(u8, usize, usize)> = shown
            .iter()
            .enumerate()
            .filter_map(|(i, &c)| match fits[c] {
                Fit::List { rank } => {
                    let min = rows.iter().map(|r| list_min(&r[c].0)).max().unwrap_or(0);
                    Some((rank, i, min.max(width(headers[c]))))
                }
                _ => None,
            })
            .collect();
        names.sort();
        cuttable.extend(names);
    }
    for (_, i, min) in cuttable {
        let excess = total(&widths).saturating_sub(limit);
        if excess == 0 {
            break;
        }
        widths[i] = widths[i].saturating_sub(excess).max(min.min(widths[i]));
    }
    widths
}

/// Chooses the columns and widths for `limit` terminal columns.
fn layout(headers: &[&str], fits: &[Fit], rows: &[Vec<Styled>], limit: Option<usize>) -> Layout {
    let empty = |c: usize| rows.iter().all(|r| r[c].0.is_empty() || r[c].0 == "-");
    let mut shown: Vec<usize> = (0..headers.len())
        .filter(|&c| !matches!(fits[c], Fit::Sparse { .. }) || !empty(c))
        .collect();
    let Some(limit) = limit else {
        let widths = natural(headers, rows, &shown);
        return Layout { shown, widths };
    };
    loop {
        let widths = squeeze(headers, fits, rows, &shown, limit, false);
        if total(&widths) <= limit {
            return Layout { shown, widths };
        }
        // Names before lesser columns: leave those out, least important
        // first, if that lets every list show whole.
        let least_list = shown
            .iter()
            .filter_map(|&c| match fits[c] {
                Fit::List { rank } => Some(rank),
                _ => None,
            })
            .min();
        if let Some(least_list) = least_list {
            let mut lesser: Vec<(u8, usize)> = shown
                .iter()
                .filter(|&&c| !matches!(fits[c], Fit::List { .. }))
                .filter_map(|&c| fits[c].rank().filter(|r| *r < least_list).map(|r| (r, c)))
                .collect();
            lesser.sort();
            let mut fewer = shown.clone();
            for (_, c) in lesser {
                fewer.retain(|&x| x != c);
                let widths = squeeze(headers, fits, rows, &fewer, limit, false);
                if total(&widths) <= limit {
                    return Layout {
                        shown: fewer,
                        widths,
                    };
                }
            }
        }
        let widths = squeeze(headers, fits, rows, &shown, limit, true);
        if total(&widths) <= limit {
            return Layout { shown, widths };
        }
        // Then leave out the least important column, and start again.
        let drop = shown
            .iter()
            .enumerate()
            .filter_map(|(i, &c)| fits[c].rank().map(|r| (r, i)))
            .min();
        match drop {
            Some((_, i)) => {
                shown.remove(i);
            }
            // Nothing more can go: the line is longer than the terminal,
            // but no email or id is broken.
            None => return Layout { shown, widths },
        }
    }
}

/// The SGR code that colours text in a terminal.
fn sgr(color: Color) -> Option<&'static str> {
    Some(match color {
        Color::Red | Color::DarkRed => "31",
        Color::Green | Color::DarkGreen => "32",
        Color::Yellow | Color::DarkYellow => "33",
        Color::Blue | Color::DarkBlue => "34",
        Color::Magenta | Color::DarkMagenta => "35",
        Color::Cyan | Color::DarkCyan => "36",
        Color::Grey | Color::DarkGrey => "90",
        _ => return None,
    })
}

/// Text as lines of at most `max` columns, broken at spaces. A word longer
/// than `max` (an email) gets a line of its own and is never broken.
fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        if !line.is_empty() && width(&line) + 1 + width(word) > max {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    lines
}

/// The columns a table shows and how wide each is: chosen once, from the
/// rows at hand, and kept to print the rows that come after them.
pub struct Layout {
    shown: Vec<usize>,
    widths: Vec<usize>,
}

/// Chooses the columns and widths for these rows and `limit` terminal
/// columns (None: no limit).
pub fn lay_out(
    headers: &[&str],
    fits: &[Fit],
    rows: &[Vec<Styled>],
    limit: Option<usize>,
) -> Layout {
    layout(headers, fits, rows, limit)
}

/// Renders a table: header row, then the rows, columns two spaces apart, no
/// trailing blanks. `limit` is the terminal's width (None: no limit). Colour
/// covers a cell's text, never its padding.
pub fn render(
    headers: &[&str],
    fits: &[Fit],
    rows: &[Vec<Styled>],
    limit: Option<usize>,
) -> String {
    let layout = layout(headers, fits, rows, limit);
    let mut out = render_headers(headers, &layout);
    out.push_str(&render_rows(fits, rows, &layout, false));
    out
}

/// The header row of a table laid out as `layout`.
pub fn render_headers(headers: &[&str], layout: &Layout) -> String {
    let mut out = String::new();
    emit(
        &mut out,
        &layout.widths,
        false,
        layout
            .shown
            .iter()
            .map(|&c| (vec![headers[c].to_string()], None))
            .collect(),
    );
    out
}

/// Rows of a table laid out as `layout`, each cell fitted to its column's
/// width the way the table fits cells too wide for the terminal: free text
/// cut with `…`, an id shortened, prose wrapped, a list counted. An email,
/// a status or a date is never cut: when one is wider than its column (a
/// row that came after the widths were chosen), its line is longer, and
/// with `realign` the cells after it go back to their columns as soon as
/// there is room.
pub fn render_rows(fits: &[Fit], rows: &[Vec<Styled>], layout: &Layout, realign: bool) -> String {
    let mut out = String::new();
    for row in rows {
        emit(
            &mut out,
            &layout.widths,
            realign,
            layout
                .shown
                .iter()
                .zip(&layout.widths)
                .map(|(&c, &w)| {
                    let (text, color) = &row[c];
                    let lines = match fits[c] {
                        Fit::Keep | Fit::Whole { .. } => vec![text.clone()],
                        Fit::Id { .. } => vec![text.chars().take(w).collect()],
                        Fit::Wrap { .. } => wrap(text, w),
                        Fit::List { .. } => vec![shorten_list(text, w)],
                        _ => vec![cut(text, w)],
                    };
                    (lines, *color)
                })
                .collect(),
        );
    }
    out
}

/// Appends one row (of one or more lines) to `out`: each cell padded to its
/// column's width, or with `realign`, to where the next column starts.
fn emit(
    out: &mut String,
    widths: &[usize],
    realign: bool,
    cells: Vec<(Vec<String>, Option<Color>)>,
) {
    let height = cells
        .iter()
        .map(|(lines, _)| lines.len())
        .max()
        .unwrap_or(1);
    for k in 0..height {
        let mut line = String::new();
        // Where the line's text ends, and where the next column starts.
        let (mut at, mut start): (usize, usize) = (0, 0);
        for (i, ((lines, color), w)) in cells.iter().zip(widths).enumerate() {
            let text = lines.get(k).map(String::as_str).unwrap_or_default();
            if i > 0 {
                let gap = if realign {
                    start.saturating_sub(at).max(GAP)
                } else {
                    GAP
                };
                line.push_str(&" ".repeat(gap));
                at += gap;
            }
            match color.and_then(sgr).filter(|_| !text.is_empty()) {
                Some(code) => line.push_str(&format!("\u{1b}[{code}m{text}\u{1b}[39m")),
                None => line.push_str(text),
            }
            at += width(text);
            start += w + GAP;
            if !realign {
                let pad = w.saturating_sub(width(text));
                line.push_str(&" ".repeat(pad));
                at += pad;
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
}

/// A record on its own, as field/value lines: values wrap at the terminal's
/// width (they are whole sentences: a comment, a reason).
pub fn render_pairs(pairs: &[(String, String)], limit: Option<usize>) -> String {
    let mut table = Table::new();
    table.load_preset(presets::NOTHING);
    match limit {
        Some(limit) => {
            table
                .set_content_arrangement(ContentArrangement::Dynamic)
                .set_width(u16::try_from(limit).unwrap_or(u16::MAX));
        }
        None => {
            table.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    for (key, value) in pairs {
        table.add_row(vec![Cell::new(key), Cell::new(value)]);
    }
    let mut out = String::new();
    for line in table.lines() {
        let line = line.strip_prefix(' ').unwrap_or(&line);
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(rows: &[&[&str]]) -> Vec<Vec<Styled>> {
        rows.iter()
            .map(|r| r.iter().map(|c| (c.to_string(), None)).collect())
            .collect()
    }

    #[test]
    fn prose_wraps_at_spaces_and_never_breaks_a_word() {
        assert_eq!(wrap("a bb ccc dddd", 6), ["a bb", "ccc", "dddd"]);
        assert_eq!(
            wrap("email: ada.lovelace@example.com → x", 10),
            ["email:", "ada.lovelace@example.com", "→ x"]
        );
    }

    #[test]
    fn cutting_keeps_the_width() {
        assert_eq!(cut("Lovelace", 8), "Lovelace");
        assert_eq!(cut("Lovelace", 5), "Love…");
        assert_eq!(width(&cut("日本語のなまえ", 6)), 5);
    }

    #[test]
    fn ids_shorten_to_a_unique_prefix_not_ending_on_a_dash() {
        let a = "0193a5b2-7c1e-7d4f-9a10-3b2c4d5e6f70";
        assert_eq!(
            unique_prefix(&[a, "0193a5b3-0000-7000-8000-000000000000"]),
            13
        );
        assert_eq!(
            unique_prefix(&[a, "0193a5b2-7c1e-7d5f-9a10-3b2c4d5e6f70"]),
            17
        );
        assert_eq!(
            unique_prefix(&[a, "0193a5b2-7c1e-7d4f-9a10-3b2c4d5e6f71"]),
            36
        );
    }

    #[test]
    fn columns_go_least_important_first_and_keep_columns_stay() {
        let headers = ["WHEN", "EMAIL", "NAME", "ID"];
        let fits = [
            Fit::Whole { rank: 1 },
            Fit::Keep,
            Fit::Cut { min: 4, rank: 2 },
            Fit::Id { rank: 3 },
        ];
        let rows = plain(&[&[
            "2026-01-01 10:00",
            "ada.lovelace@example.com",
            "Ada Lovelace",
            "0193a5b2-7c1e-7d4f-9a10-3b2c4d5e6f70",
        ]]);
        let wide = render(&headers, &fits, &rows, None);
        assert!(wide.contains("0193a5b2-7c1e-7d4f-9a10-3b2c4d5e6f70"));
        let mid = render(&headers, &fits, &rows, Some(65));
        assert!(mid.lines().all(|l| l.chars().count() <= 65), "{mid}");
        assert!(mid.contains("ada.lovelace@example.com"), "{mid}");
        assert!(
            mid.contains("WHEN") && mid.contains("0193a5b2-7c1e"),
            "{mid}"
        );
        let narrow = render(&headers, &fits, &rows, Some(40));
        assert!(!narrow.contains("WHEN"), "{narrow}");
        assert!(narrow.contains("ada.lovelace@example.com"), "{narrow}");
        let tiny = render(&headers, &fits, &rows, Some(10));
        assert_eq!(tiny.lines().nth(1), Some("ada.lovelace@example.com"));
    }

    #[test]
    fn lists_keep_whole_names_and_count_the_rest() {
        assert_eq!(
            shorten_list("admin, ops, auditor", 30),
            "admin, ops, auditor"
        );
        assert_eq!(
            shorten_list("admin, ops, auditor, viewer", 16),
            "admin, ops +2"
        );
        assert_eq!(shorten_list("administrator, ops", 5), "administrator +1");
        assert_eq!(list_min("admin, ops, auditor"), "admin +2".len());
        assert_eq!(list_min("admin"), 5);
    }

    #[test]
    fn lesser_columns_go_before_names_are_shortened() {
        let headers = ["EMAIL", "ROLES", "STORE"];
        let fits = [Fit::Keep, Fit::List { rank: 4 }, Fit::Sparse { rank: 3 }];
        let rows = plain(&[&["a@example.com", "admin, auditor", "store:leeds-central"]]);
        let shown = render(&headers, &fits, &rows, Some(35));
        assert!(shown.contains("admin, auditor"), "{shown}");
        assert!(!shown.contains("STORE"), "{shown}");
        // When the names cannot be whole anyway, the columns stay and the
        // list is shortened.
        let rows = plain(&[&[
            "a@example.com",
            "administrator, auditor, manager, viewer",
            "x",
        ]]);
        let fits = [
            Fit::Keep,
            Fit::List { rank: 4 },
            Fit::Cut { min: 1, rank: 3 },
        ];
        let shown = render(&headers, &fits, &rows, Some(40));
        assert!(shown.contains("STORE"), "{shown}");
        assert!(
            shown.contains("administrator +3") || shown.contains("administrator, auditor +2"),
            "{shown}"
        );
    }

    #[test]
    fn long_cells_are_capped() {
        let long = "x".repeat(MAX_CELL + 5);
        assert!(capped(&long).ends_with("… (5 more characters)"));
        assert_eq!(capped("short"), "short");
    }
}
