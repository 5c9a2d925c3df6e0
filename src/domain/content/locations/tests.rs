//! Native tests of `content::locations`.

use super::*;
use crate::domain::model::small::SmallSet;

fn ids_with(flag: DataFlag) -> SmallSet<&'static str> {
    LOCATIONS
        .iter()
        .filter(|l| l.has_flag(flag))
        .map(|l| l.id)
        .collect()
}

fn set(ids: &[&'static str]) -> SmallSet<&'static str> {
    ids.iter().copied().collect()
}

#[test]
fn all_21_presets_are_present_with_unique_snake_case_ids() {
    assert_eq!(LOCATIONS.len(), 21);
    let mut seen = SmallSet::new();
    for loc in all() {
        assert!(seen.insert(loc.id), "duplicate {}", loc.id);
        // The id is the country name in snake_case.
        assert_eq!(loc.id, loc.name.to_lowercase().replace(' ', "_"));
        assert_eq!(find(loc.id).map(|l| l.name), Some(loc.name));
    }
    assert!(find("atlantis").is_none());
    assert_eq!(LOCATIONS[0].id, DEFAULT_HOME);
}

#[test]
fn flags_follow_sources_md() {
    // "Small samples (n < 70): Vietnam, Malaysia, Philippines, Egypt, China,
    // Colombia; Costa Rica (n = 15) is unreliable."
    assert_eq!(
        ids_with(DataFlag::SmallSample),
        set(&[
            "vietnam",
            "malaysia",
            "philippines",
            "egypt",
            "china",
            "colombia",
            "costa_rica"
        ])
    );
    assert_eq!(ids_with(DataFlag::UnreliableSample), set(&["costa_rica"]));
    // "Colombia and Ukraine have monthly-as-yearly entry errors."
    assert_eq!(
        ids_with(DataFlag::EntryError),
        set(&["colombia", "ukraine"])
    );
    // "Ireland is inflated by multinational income."
    assert_eq!(ids_with(DataFlag::GniInflated), set(&["ireland"]));
    // The small-sample flag is exactly the n < 70 rule.
    for loc in all() {
        assert_eq!(
            loc.is_small_sample(),
            loc.has_flag(DataFlag::SmallSample),
            "{}",
            loc.id
        );
    }
    assert_eq!(find("costa_rica").map(|l| l.dev_pay.respondents), Some(15));
}

#[test]
fn empty_cells_stay_empty() {
    let get = |id| find(id).expect("preset");
    assert!(get("romania").oecd_wage.is_none());
    assert!(get("india").ef_epi.is_none());
    assert_eq!(get("india").ef_epi_display(), "not found");
    assert_eq!(
        get("united_states").ef_epi_display(),
        "not ranked (native English)"
    );
    assert!(get("canada").gsli_rank.is_none());
    assert_eq!(get("india").gsli_rank, Some(1));
    assert_eq!(get("germany").ef_epi_score(), Some(598));
    assert_eq!(get("egypt").ef_epi_score(), None);
    assert_eq!(get("egypt").ef_epi, Some("low (rank 82/116)"));
}

#[test]
fn on_cost_ranges_use_the_midpoint_and_keep_the_text() {
    let col = find("colombia").expect("preset");
    assert!((col.employer_oncost.pct - (16.3 + 29.8) / 2.0).abs() < 1e-9);
    assert_eq!(col.employer_oncost.text, "16.3-29.8");
    assert!(col.employer_oncost.note.is_some());
    let arg = find("argentina").expect("preset");
    assert!((arg.employer_oncost.pct - (24.0 + 26.4) / 2.0).abs() < 1e-9);
    assert_eq!(find("mexico").map(|l| l.employer_oncost.pct), Some(25.0));
    assert_eq!(
        find("united_states").map(|l| l.employer_oncost.pct),
        Some(7.65)
    );
}

#[test]
fn relative_labour_cost_is_the_index_over_100() {
    let india = find("india").expect("preset");
    assert!((relative_labour_cost(india, LabourIndex::DeveloperPay) - 0.117).abs() < 1e-12);
    assert!((relative_labour_cost(india, LabourIndex::Gni) - 0.031).abs() < 1e-12);
    assert_eq!(LabourIndex::default(), LabourIndex::DeveloperPay);
    // Between two non-US places: target index / home index.
    let de = find("germany").expect("preset").preset_figures();
    let pl = find("poland").expect("preset").preset_figures();
    let r = relative_cost_between(&de, &pl, LabourIndex::DeveloperPay);
    assert!((r - 38.9 / 51.8).abs() < 1e-12);
    // A broken home index falls back to 1 rather than infinity.
    let broken = LocationFigures {
        dev_pay_index: 0.0,
        ..de
    };
    assert_eq!(
        relative_cost_between(&broken, &pl, LabourIndex::DeveloperPay),
        1.0
    );
}

#[test]
fn every_figure_names_its_source_and_year() {
    for f in Figure::ALL {
        let s = f.source();
        assert!(!s.short.is_empty() && !s.title.is_empty() && !s.note.is_empty());
        assert!(s.year.chars().any(|c| c.is_ascii_digit()), "{f:?}");
        assert!(
            s.short.contains(&s.year[..4]),
            "{f:?}: short cite lacks year"
        );
    }
    assert_eq!(
        Figure::DeveloperPay.source().short,
        "Stack Overflow Developer Survey 2024"
    );
    assert_eq!(LabourIndex::Gni.source().year, "2023");
    for flag in [
        DataFlag::SmallSample,
        DataFlag::UnreliableSample,
        DataFlag::EntryError,
    ] {
        assert_eq!(flag.figure(), Figure::DeveloperPay);
        assert!(!flag.message().is_empty());
    }
}

#[test]
fn overrides_replace_validate_and_reset() {
    let mut o = LocationOverrides::new();
    let india = find("india").expect("preset");
    assert_eq!(o.figures(india), india.preset_figures());

    // An edited median moves the index with it: 28,000 / 140,000 × 100 = 20.
    o.set("india", EditableFigure::DevPayMedian, 28_000.0)
        .expect("valid");
    let f = o.figures(india);
    assert_eq!(f.dev_pay_median_usd, 28_000.0);
    assert!((f.dev_pay_index - 20.0).abs() < 1e-9);
    // An edited index wins over the derived one.
    o.set("india", EditableFigure::DevPayIndex, 15.0)
        .expect("valid");
    assert_eq!(o.figures(india).dev_pay_index, 15.0);
    assert!(o.is_edited("india", EditableFigure::DevPayIndex));

    // Bad values are refused with a message and change nothing.
    let before = o.clone();
    let err = o
        .set("india", EditableFigure::EmployerOnCost, 150.0)
        .unwrap_err();
    assert_eq!(
        err,
        "Employer on-cost must be between 0 and 100 (% of gross pay)."
    );
    let err = o
        .set("india", EditableFigure::DevPayIndex, 0.0)
        .unwrap_err();
    assert!(
        err.starts_with("Developer pay index must be between 0.1 and 1,000"),
        "{err}"
    );
    assert!(o
        .set("india", EditableFigure::GniIndex, f64::NAN)
        .unwrap_err()
        .contains("number"));
    assert!(o
        .set("atlantis", EditableFigure::GniIndex, 5.0)
        .unwrap_err()
        .contains("atlantis"));
    assert_eq!(o, before);

    o.reset_figure("india", EditableFigure::DevPayIndex);
    assert!((o.figures(india).dev_pay_index - 20.0).abs() < 1e-9);
    o.reset("india");
    assert_eq!(o.figures(india), india.preset_figures());
    assert!(o.edits.is_empty());

    o.set("mexico", EditableFigure::EmployerOnCost, 30.0)
        .expect("valid");
    o.reset_figure("mexico", EditableFigure::EmployerOnCost);
    assert!(!o.is_location_edited("mexico"));
    o.set("mexico", EditableFigure::EmployerOnCost, 30.0)
        .expect("valid");
    o.reset_all();
    assert_eq!(o, LocationOverrides::default());
}

#[test]
fn overrides_survive_json_and_tolerate_corrupt_values() {
    let mut o = LocationOverrides::new();
    o.set("mexico", EditableFigure::GniPerCapita, 15_990.0)
        .expect("valid");
    let json = serde_json::to_string(&o).expect("serialise");
    assert_eq!(
        json,
        r#"{"mexico":{"dev_pay_median_usd":null,"dev_pay_index":null,"gni_per_capita_usd":15990.0,"gni_index":null,"employer_oncost_pct":null}}"#
    );
    let back: LocationOverrides = serde_json::from_str(&json).expect("parse");
    assert_eq!(back, o);
    // Missing fields default to "not edited".
    let sparse: LocationOverrides =
        serde_json::from_str(r#"{"india":{"dev_pay_index":0}}"#).expect("parse");
    // A stored index of 0 is clamped to the minimum, never 0.
    let f = sparse.figures(find("india").expect("preset"));
    assert_eq!(f.dev_pay_index, 0.1);
}

#[test]
fn nearshore_suggestions() {
    assert_eq!(suggested_nearshore("united_states"), Some("mexico"));
    assert_eq!(suggested_nearshore("germany"), Some("poland"));
    assert_eq!(suggested_nearshore("poland"), None);
    assert_eq!(suggested_nearshore("atlantis"), None);
}

/// Checks the compiled-in presets against `shared/data/locations.tsv`.
/// The table sits outside the crate (`../shared/` beside the checkout,
/// as in CI); a missing table is a failure, never a silent skip.
#[test]
fn presets_match_the_source_table() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/locations.tsv");
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => panic!(
            "cannot read the cited source table {path}: {e}. The presets are checked \
             against it on every run; check out ../shared/ beside this crate (CI always \
             has it) instead of skipping this test."
        ),
    };
    assert!(
        text.lines()
            .next()
            .is_some_and(|h| h.starts_with("location\tcity\t")),
        "{path} does not start with the expected header row"
    );
    let num = |s: &str| -> Option<f64> {
        if s.is_empty() {
            None
        } else {
            Some(s.parse().expect("number"))
        }
    };
    let rows: Vec<Vec<&str>> = text
        .lines()
        .skip(1)
        .map(|l| l.split('\t').collect())
        .collect();
    assert_eq!(rows.len(), LOCATIONS.len());
    for (row, loc) in rows.iter().zip(LOCATIONS.iter()) {
        assert_eq!(row.len(), 16, "{}", loc.id);
        assert_eq!(row[0], loc.name);
        assert_eq!(row[1], loc.city);
        assert_eq!(row[2], loc.iana_zone);
        assert_eq!(num(row[3]), Some(loc.utc_offset_hours));
        assert_eq!(row[4] == "yes", loc.dst);
        assert_eq!(num(row[5]), loc.oecd_wage.map(|w| w.usd_ppp), "{}", loc.id);
        assert_eq!(
            num(row[6]),
            loc.oecd_wage.map(|w| w.index_us100),
            "{}",
            loc.id
        );
        assert_eq!(
            if row[7].is_empty() {
                None
            } else {
                Some(row[7])
            },
            loc.ef_epi
        );
        assert_eq!(num(row[8]).map(|r| r as u16), loc.gsli_rank, "{}", loc.id);
        assert_eq!(row[9], loc.employer_oncost.text);
        assert_eq!(row[10], loc.eu_gdpr_adequacy);
        assert_eq!(num(row[11]), Some(loc.dev_pay.median_usd), "{}", loc.id);
        assert_eq!(num(row[12]), Some(loc.dev_pay.index_us100), "{}", loc.id);
        assert_eq!(
            num(row[13]).map(|n| n as u32),
            Some(loc.dev_pay.respondents)
        );
        assert_eq!(num(row[14]), Some(loc.gni.per_capita_usd), "{}", loc.id);
        assert_eq!(num(row[15]), Some(loc.gni.index_us100), "{}", loc.id);
        // The on-cost number is the cell's leading number, or a range's midpoint.
        let cell = row[9].split(' ').next().unwrap_or("");
        let expected = match cell.split_once('-') {
            Some((a, b)) => (num(a).expect("low") + num(b).expect("high")) / 2.0,
            None => num(cell).expect("on-cost"),
        };
        assert!(
            (expected - loc.employer_oncost.pct).abs() < 1e-9,
            "{}",
            loc.id
        );
    }
}
