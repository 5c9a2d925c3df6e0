//! How numbers are written and read: which mark separates the decimals and
//! which groups the thousands. The style comes from the browser's language
//! unless the user chose one ([`NumberFormat`], a workspace setting); every
//! number the app shows or reads goes through it.

use crate::domain::model::ids::id_enum;

/// A way of writing numbers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum NumberStyle {
    /// 1,234.5 (English and most of Asia).
    #[default]
    En,
    /// 1.234,5 (German, Spanish, Italian, Dutch, Portuguese, Danish, Turkish, …).
    De,
    /// 1 234,5 with a narrow no-break space between thousands (French,
    /// Polish, Czech, Swedish, Norwegian, Finnish, Russian, Ukrainian, …).
    Fr,
}

/// The narrow no-break space the French style groups thousands with.
pub const NARROW_NBSP: char = '\u{202f}';

impl NumberStyle {
    /// The decimal mark.
    pub fn decimal(self) -> char {
        match self {
            NumberStyle::En => '.',
            NumberStyle::De | NumberStyle::Fr => ',',
        }
    }

    /// The thousands separator as written.
    pub fn group(self) -> char {
        match self {
            NumberStyle::En => ',',
            NumberStyle::De => '.',
            NumberStyle::Fr => NARROW_NBSP,
        }
    }

    /// The mark that separates thousands when typed: the French style
    /// also takes a point there, as many French speakers type one.
    pub fn typed_group(self) -> char {
        match self {
            NumberStyle::En => ',',
            NumberStyle::De | NumberStyle::Fr => '.',
        }
    }

    /// The style with the other decimal mark, whose reading a typed number
    /// is checked against.
    pub fn other(self) -> NumberStyle {
        match self {
            NumberStyle::En => NumberStyle::De,
            NumberStyle::De | NumberStyle::Fr => NumberStyle::En,
        }
    }

    /// A sample number in this style, as the format's name: "1,234.5".
    pub fn sample(self) -> &'static str {
        match self {
            NumberStyle::En => "1,234.5",
            NumberStyle::De => "1.234,5",
            NumberStyle::Fr => "1\u{202f}234,5",
        }
    }

    /// Whether amounts put the currency symbol after the number ("3.187.441 €").
    pub fn symbol_after(self) -> bool {
        self != NumberStyle::En
    }

    /// The style a BCP 47 language tag writes numbers in ("de-DE" → De):
    /// by its language subtag, then a few regions that write otherwise;
    /// unknown languages, and English, write 1,234.5.
    ///
    /// Spanish in Mexico, the United States, Central America and the
    /// Caribbean ("es-MX", "es-US", "es-419") writes 1,234.5. Swiss and
    /// Liechtenstein German and Swiss Italian write 1’234.5, a style the app
    /// does not have: they get the closest one, 1,234.5, whose decimal point
    /// they share, so "12.5" reads as they mean it.
    pub fn from_language(tag: &str) -> NumberStyle {
        let mut parts = tag.trim().split(['-', '_']);
        let language = parts.next().unwrap_or("").to_ascii_lowercase();
        // The region: two letters or three digits, after an optional script.
        let region = parts
            .find(|p| {
                (p.len() == 2 && p.bytes().all(|b| b.is_ascii_alphabetic()))
                    || (p.len() == 3 && p.bytes().all(|b| b.is_ascii_digit()))
            })
            .unwrap_or("")
            .to_ascii_uppercase();
        match (language.as_str(), region.as_str()) {
            ("es", "MX" | "US" | "419" | "GT" | "HN" | "SV" | "NI" | "PA" | "DO" | "PR" | "CU")
            | ("de", "CH" | "LI")
            | ("it", "CH") => NumberStyle::En,
            // A decimal comma and a point between thousands.
            (
                "de" | "es" | "it" | "nl" | "pt" | "da" | "id" | "tr" | "el" | "ro" | "hr" | "sl"
                | "sr" | "is" | "ca" | "gl" | "eu" | "vi" | "ms",
                _,
            ) => NumberStyle::De,
            // A decimal comma and a space between thousands.
            (
                "fr" | "pl" | "cs" | "sk" | "sv" | "nb" | "nn" | "no" | "fi" | "ru" | "uk" | "bg"
                | "hu" | "lt" | "lv" | "et" | "be" | "kk",
                _,
            ) => NumberStyle::Fr,
            _ => NumberStyle::En,
        }
    }
}

id_enum! {
    serde("number format")
    /// The number format the user chose in the workspace settings: the
    /// browser's (the default), or one style whatever the browser says.
    #[derive(Default)]
    pub enum NumberFormat {
        #[default]
        Automatic = "automatic",
        En = "1,234.5",
        De = "1.234,5",
        Fr = "1 234,5",
    }
}

impl NumberFormat {
    /// The style in force, given the one the browser's language writes.
    pub fn style(self, browser: NumberStyle) -> NumberStyle {
        match self {
            NumberFormat::Automatic => browser,
            NumberFormat::En => NumberStyle::En,
            NumberFormat::De => NumberStyle::De,
            NumberFormat::Fr => NumberStyle::Fr,
        }
    }

    /// The choice that always writes `style`.
    pub fn of(style: NumberStyle) -> NumberFormat {
        match style {
            NumberStyle::En => NumberFormat::En,
            NumberStyle::De => NumberFormat::De,
            NumberStyle::Fr => NumberFormat::Fr,
        }
    }

    /// Whether this is the default (saved files leave it out).
    pub fn is_automatic(&self) -> bool {
        *self == NumberFormat::Automatic
    }

    /// The option's text in the select.
    pub fn label(self) -> &'static str {
        match self {
            NumberFormat::Automatic => "Automatic (from the browser)",
            NumberFormat::En => NumberStyle::En.sample(),
            NumberFormat::De => NumberStyle::De.sample(),
            NumberFormat::Fr => NumberStyle::Fr.sample(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_tag_gives_its_style() {
        for (tag, want) in [
            ("en-US", NumberStyle::En),
            ("en-GB", NumberStyle::En),
            ("en", NumberStyle::En),
            ("EN-in", NumberStyle::En),
            ("ja-JP", NumberStyle::En),
            ("zh-Hans-CN", NumberStyle::En),
            ("", NumberStyle::En),
            ("x-unknown", NumberStyle::En),
            ("de-DE", NumberStyle::De),
            ("de-DE", NumberStyle::De),
            ("de", NumberStyle::De),
            ("es-ES", NumberStyle::De),
            ("it-IT", NumberStyle::De),
            ("nl-NL", NumberStyle::De),
            ("pt-BR", NumberStyle::De),
            ("da-DK", NumberStyle::De),
            ("id-ID", NumberStyle::De),
            ("tr-TR", NumberStyle::De),
            ("fr-FR", NumberStyle::Fr),
            ("fr-CA", NumberStyle::Fr),
            ("pl-PL", NumberStyle::Fr),
            ("cs-CZ", NumberStyle::Fr),
            ("sk", NumberStyle::Fr),
            ("sv-SE", NumberStyle::Fr),
            ("nb-NO", NumberStyle::Fr),
            ("fi-FI", NumberStyle::Fr),
            ("ru-RU", NumberStyle::Fr),
            ("uk-UA", NumberStyle::Fr),
            ("fr_FR", NumberStyle::Fr),
        ] {
            assert_eq!(NumberStyle::from_language(tag), want, "{tag}");
        }
    }

    #[test]
    fn regions_that_write_otherwise_than_their_language_get_their_own_style() {
        for (tag, want) in [
            // Spanish of the Americas writes 1,234.5; Spain's keeps 1.234,5.
            ("es-MX", NumberStyle::En),
            ("es-US", NumberStyle::En),
            ("es-419", NumberStyle::En),
            ("es_mx", NumberStyle::En),
            ("es-Latn-MX", NumberStyle::En),
            ("es-ES", NumberStyle::De),
            ("es-AR", NumberStyle::De),
            ("es", NumberStyle::De),
            // Swiss German and Italian write 1’234.5: the closest style the
            // app has shares their decimal point.
            ("de-CH", NumberStyle::En),
            ("de-LI", NumberStyle::En),
            ("it-CH", NumberStyle::En),
            ("de-AT", NumberStyle::De),
            ("fr-CH", NumberStyle::Fr),
            // Every English writes 1,234.5.
            ("en-IN", NumberStyle::En),
            ("en-ZA", NumberStyle::En),
            ("en-GB", NumberStyle::En),
            // A variant that is not a region changes nothing.
            ("de-1996", NumberStyle::De),
        ] {
            assert_eq!(NumberStyle::from_language(tag), want, "{tag}");
        }
    }

    #[test]
    fn the_setting_overrides_the_browser() {
        for browser in [NumberStyle::En, NumberStyle::De, NumberStyle::Fr] {
            assert_eq!(NumberFormat::Automatic.style(browser), browser);
            for style in [NumberStyle::En, NumberStyle::De, NumberStyle::Fr] {
                assert_eq!(NumberFormat::of(style).style(browser), style);
            }
        }
        assert_eq!(NumberFormat::default(), NumberFormat::Automatic);
        assert_eq!(NumberFormat::from_id("1.234,5"), Some(NumberFormat::De));
    }

    #[test]
    fn each_style_has_distinct_marks() {
        for s in [NumberStyle::En, NumberStyle::De, NumberStyle::Fr] {
            assert_ne!(s.decimal(), s.group());
            assert_ne!(s.decimal(), s.typed_group());
            assert_ne!(s.other().decimal(), s.decimal());
        }
    }
}
