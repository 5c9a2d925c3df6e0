//! Native tests of `content::locations`.

use super::*;
use crate::domain::model::inputs::DEFAULT_HOME;
use crate::domain::model::small::SmallSet;
use LocationId::*;

fn ids_with(flag: DataFlag) -> SmallSet<LocationId> {
    LOCATIONS
        .iter()
        .filter(|l| l.has_flag(flag))
        .map(|l| l.id)
        .collect()
}

fn set(ids: &[LocationId]) -> SmallSet<LocationId> {
    ids.iter().copied().collect()
}

#[test]
fn all_21_presets_are_present_with_unique_snake_case_ids() {
    assert_eq!(LOCATIONS.len(), 21);
    assert_eq!(LocationId::ALL.len(), 21);
    let mut seen = SmallSet::new();
    for (loc, id) in all().iter().zip(LocationId::ALL) {
        assert!(seen.insert(loc.id), "duplicate {}", loc.id);
        // The table and the ids come in the same order, so `get` is an index.
        assert_eq!(loc.id, id);
        assert_eq!(get(id).name, loc.name);
        // The id is the country name in snake_case.
        assert_eq!(loc.id.id(), loc.name.to_lowercase().replace(' ', "_"));
        assert_eq!(LocationId::from_id(loc.id.id()), Some(loc.id));
    }
    assert!(LocationId::from_id("atlantis").is_none());
    assert_eq!(LOCATIONS[0].id, DEFAULT_HOME);
}

#[test]
fn flags_follow_sources_md() {
    // "Small samples (n < 70): Vietnam, Malaysia, Philippines, Egypt, China,
    // Colombia; Costa Rica (n = 15) is unreliable."
    assert_eq!(
        ids_with(DataFlag::SmallSample),
        set(&[
            Vietnam,
            Malaysia,
            Philippines,
            Egypt,
            China,
            Colombia,
            CostaRica
        ])
    );
    assert_eq!(ids_with(DataFlag::UnreliableSample), set(&[CostaRica]));
    // "Colombia and Ukraine have monthly-as-yearly entry errors."
    assert_eq!(ids_with(DataFlag::EntryError), set(&[Colombia, Ukraine]));
    // "Ireland is inflated by multinational income."
    assert_eq!(ids_with(DataFlag::GniInflated), set(&[Ireland]));
    // The small-sample flag is exactly the n < 70 rule.
    for loc in all() {
        assert_eq!(
            loc.is_small_sample(),
            loc.has_flag(DataFlag::SmallSample),
            "{}",
            loc.id
        );
    }
    assert_eq!(get(CostaRica).dev_pay.respondents, 15);
    // The small-sample caveat comes first, so the location list names it.
    assert_eq!(
        get(Colombia).flags,
        [DataFlag::SmallSample, DataFlag::EntryError]
    );
}

#[test]
fn empty_cells_stay_empty() {
    assert!(get(Romania).oecd_wage.is_none());
    assert!(get(India).ef_epi.is_none());
    assert_eq!(get(India).ef_epi_display(), "not found");
    assert_eq!(
        get(UnitedStates).ef_epi_display(),
        "not ranked (native English)"
    );
    assert!(get(Canada).gsli_rank.is_none());
    assert_eq!(get(India).gsli_rank, Some(1));
    assert_eq!(get(Germany).ef_epi_score, Some(598));
    assert_eq!(get(Portugal).ef_epi_score, Some(605));
    assert_eq!(get(Egypt).ef_epi_score, None);
    assert_eq!(get(Egypt).ef_epi, Some("low (rank 82/116)"));
}

#[test]
fn on_cost_ranges_use_the_midpoint_and_keep_the_text() {
    let col = get(Colombia);
    assert!((col.employer_oncost.pct - (16.3 + 29.8) / 2.0).abs() < 1e-9);
    assert_eq!(col.employer_oncost.text, "16.3-29.8");
    assert!(col.employer_oncost.note.is_some());
    let arg = get(Argentina);
    assert!((arg.employer_oncost.pct - (24.0 + 26.4) / 2.0).abs() < 1e-9);
    assert_eq!(get(Mexico).employer_oncost.pct, 25.0);
    assert_eq!(get(Brazil).employer_oncost.pct, 28.8);
    assert_eq!(get(UnitedStates).employer_oncost.pct, 7.65);
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
fn nearshore_suggestions() {
    assert_eq!(suggested_nearshore(UnitedStates), Some(Mexico));
    assert_eq!(suggested_nearshore(Germany), Some(Poland));
    assert_eq!(suggested_nearshore(Poland), None);
    assert_eq!(suggested_nearshore(India), None);
}

/// Checks the presets `build.rs` compiled in against `data/locations.tsv`
/// in this repository, read here with its own small parser: every column,
/// every row, in order.
#[test]
fn presets_match_the_source_table() {
    let text = include_str!("../../../../data/locations.tsv");
    assert!(
        text.lines()
            .next()
            .is_some_and(|h| h.starts_with("location\tcity\t")),
        "data/locations.tsv does not start with the expected header row"
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

/// The hand-written notes cover every location, and their small-sample
/// rule is the one `SOURCES.md` states.
#[test]
fn notes_cover_every_location_and_sources_md_is_in_the_repository() {
    let notes = include_str!("../../../../data/location_notes.tsv");
    let ids: Vec<&str> = notes
        .lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .filter_map(|l| l.split('\t').next())
        .collect();
    assert_eq!(ids, LocationId::IDS);
    let sources = include_str!("../../../../data/SOURCES.md");
    assert!(sources.contains(&format!("Small samples (n < {SMALL_SAMPLE_N})")));
    assert!(get(Ireland).native_english && !get(India).native_english);
    assert_eq!(
        get(UnitedKingdom).employer_oncost.note,
        Some("from April 2025")
    );
    assert_eq!(get(Canada).employer_oncost.note, None);
    assert_eq!(get(Ukraine).region, Region::Europe);
}
