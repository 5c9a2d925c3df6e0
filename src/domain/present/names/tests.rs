//! Native tests of `present::names`.

use super::*;

#[test]
fn a_quoted_name_is_isolated_and_cut_out_again() {
    let message = format!("Renamed to {}.", quoted("Payroll"));
    assert_eq!(message, "Renamed to “\u{2068}Payroll\u{2069}”.");
    assert_eq!(
        segments(&message),
        [("Renamed to “", false), ("Payroll", true), ("”.", false)]
    );
    let two = format!("Deleted {}. {} is open now.", quoted("A"), quoted("שלום"));
    assert_eq!(
        segments(&two),
        [
            ("Deleted “", false),
            ("A", true),
            ("”. “", false),
            ("שלום", true),
            ("” is open now.", false)
        ]
    );
    assert_eq!(segments("No names here."), [("No names here.", false)]);
    assert_eq!(segments(""), []);
    // An isolate left open runs to the end, as it would in plain text.
    assert_eq!(segments("a\u{2068}b"), [("a", false), ("b", true)]);
}
