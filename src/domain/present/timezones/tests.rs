//! Native tests of `present::timezones`.

use super::*;
use crate::domain::model::inputs::CostInputs;
use crate::domain::model::time::TimeSettings;
use crate::domain::rules::timezones::{compare, parse_clock};

#[test]
fn the_tables_show_every_place() {
    let c = compare(&CostInputs::default(), &TimeSettings::default());
    let h = html(&c).into_string();
    assert_eq!(h.matches("<table").count(), 3);
    assert!(h.contains("Bengaluru"), "{h}");
    assert_eq!(in_home_time(&c.places[0]), "09:00–17:30");
}

#[test]
fn clock_text_parses_and_prints() {
    assert_eq!(parse_clock("09:30"), Ok(570));
    assert_eq!(parse_clock(" 17:45 "), Ok(1065));
    assert_eq!(parse_clock("24:00"), Ok(1440));
    assert_eq!(parse_clock("09:30:00"), Ok(570));
    assert!(parse_clock("9").is_err());
    assert!(parse_clock("25:00").is_err());
    assert!(parse_clock("09:10").is_err());
    assert!(parse_clock("ab:cd").is_err());
    assert_eq!(clock(570), "09:30");
    assert_eq!(offset_text(330), "UTC+5:30");
    assert_eq!(offset_text(-300), "UTC−5");
    assert_eq!(duration_text(90), "1 h 30 min");
    assert!(TimeSettings::default().validate().is_ok());
    let bad = TimeSettings {
        day_start: 600,
        day_end: 600,
        summer: false,
    };
    assert!(bad.validate().is_err());
}
