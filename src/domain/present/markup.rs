//! Markup built as a string, through one type that escapes on the way in.
//!
//! [`Html`] is the only way the domain writes markup: text (any `&str`,
//! user text included) always goes in escaped, and only markup written in
//! the program itself (a `&'static str`: tags, attribute names, fixed
//! words) or another `Html` goes in as it is. So no builder can forget to
//! escape, and the UI's `inner_html` gets nothing but an `Html`, turned into
//! a string at that edge with [`Html::into_string`]. Scenario names are
//! always owned strings, never `'static`, so they cannot pass as markup.

/// Markup that is safe to hand to `inner_html`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Html(String);

impl Html {
    /// Empty markup.
    pub fn new() -> Self {
        Html(String::new())
    }

    /// Markup written in the program: tags, attributes, fixed words.
    pub fn raw_static(markup: &'static str) -> Self {
        Html(markup.to_string())
    }

    /// Text, escaped.
    pub fn text(text: &str) -> Self {
        let mut out = Html::new();
        out.push_text(text);
        out
    }

    /// Appends markup written in the program.
    pub fn push_static(&mut self, markup: &'static str) -> &mut Self {
        self.0.push_str(markup);
        self
    }

    /// Appends text, escaped (`& < > "`), so it can stand in an element or
    /// a double-quoted attribute value.
    pub fn push_text(&mut self, text: &str) -> &mut Self {
        for ch in text.chars() {
            match ch {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                c => self.0.push(c),
            }
        }
        self
    }

    /// Appends a whole number (no character of it can be markup).
    pub fn push_int(&mut self, n: i64) -> &mut Self {
        self.0.push_str(&n.to_string());
        self
    }

    /// Appends other markup built the same way.
    pub fn push_html(&mut self, html: &Html) -> &mut Self {
        self.0.push_str(&html.0);
        self
    }

    /// Appends `open`, the text escaped, then `close`: `<td>`, a cell, `</td>`.
    pub fn push_in(&mut self, open: &'static str, text: &str, close: &'static str) -> &mut Self {
        self.push_static(open).push_text(text).push_static(close)
    }

    /// Appends an attribute, ` name="value"`, with the value escaped.
    pub fn push_attr(&mut self, name: &'static str, value: &str) -> &mut Self {
        self.push_static(" ")
            .push_static(name)
            .push_static("=\"")
            .push_text(value)
            .push_static("\"")
    }

    /// A table with its scroll region around it, for narrow screens: the
    /// region is named `label` and can take focus to scroll by keyboard.
    pub fn push_scroll_region(&mut self, label: &str, table: &Html) -> &mut Self {
        self.push_static("<div class=\"table-scroll\" role=\"region\"")
            .push_attr("aria-label", label)
            .push_static(" tabindex=\"0\">")
            .push_html(table)
            .push_static("</div>")
    }

    /// The markup so far.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The markup as a string, for `inner_html` (the UI's edge) only.
    pub fn into_string(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests;
