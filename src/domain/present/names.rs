//! User text inside our sentences. A scenario name in a message is wrapped
//! in Unicode's first-strong isolate marks (U+2068 … U+2069), so whatever
//! direction the name is written in, the words around it keep their order.
//! The UI shows the part between the marks in a `<bdi>` element and drops
//! the marks ([`segments`]); plain text keeps them, which is what they are
//! for. A name never holds these marks itself (`model::scenario::tidy_name`
//! removes them), so the split is exact.

/// Starts an isolated stretch of user text (FIRST STRONG ISOLATE).
pub const ISOLATE_START: char = '\u{2068}';
/// Ends it (POP DIRECTIONAL ISOLATE).
pub const ISOLATE_END: char = '\u{2069}';

/// A name in curly quotes, isolated: “Payroll”.
pub fn quoted(name: &str) -> String {
    format!("“{ISOLATE_START}{name}{ISOLATE_END}”")
}

/// A message cut into our own words (`false`) and the user text inside
/// it (`true`), in order; empty pieces are left out.
pub fn segments(message: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    let mut rest = message;
    while !rest.is_empty() {
        let Some((before, after)) = rest.split_once(ISOLATE_START) else {
            out.push((rest, false));
            break;
        };
        let (name, after) = after.split_once(ISOLATE_END).unwrap_or((after, ""));
        for piece in [(before, false), (name, true)] {
            if !piece.0.is_empty() {
                out.push(piece);
            }
        }
        rest = after;
    }
    out
}

#[cfg(test)]
mod tests;
