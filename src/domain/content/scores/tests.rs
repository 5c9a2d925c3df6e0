//! Native tests of `content::scores`.

use super::*;
use crate::domain::model::scores::{MAX_SCORE, MIN_SCORE};
use crate::domain::model::small::SmallSet;

#[test]
fn every_default_score_is_in_range() {
    for o in SourcingOption::ALL {
        for c in Criterion::ALL {
            let s = default_score(o, c);
            assert!((MIN_SCORE..=MAX_SCORE).contains(&s), "{o:?}/{c:?} = {s}");
        }
    }
}

#[test]
fn rationales_are_single_distinct_sentences() {
    let mut seen = SmallSet::new();
    for o in SourcingOption::ALL {
        for c in Criterion::ALL {
            let r = rationale(o, c);
            assert!(!r.trim().is_empty(), "{o:?}/{c:?} empty");
            assert!(r.ends_with('.'), "{o:?}/{c:?} lacks a full stop: {r}");
            assert!(r.chars().count() <= 220, "{o:?}/{c:?} too long: {r}");
            // One sentence: no full stop followed by a new sentence inside.
            assert!(
                !r[..r.len() - 1].contains(". "),
                "{o:?}/{c:?} has two sentences: {r}"
            );
            assert!(seen.insert(r), "duplicate rationale: {r}");
        }
    }
    assert_eq!(seen.len(), 108);
}

#[test]
fn scores_follow_the_seed() {
    use Criterion::*;
    use SourcingOption::*;
    // Offshoring is the cheapest; in-house the dearest.
    assert_eq!(default_score(Offshore, LabourCost), 5);
    assert_eq!(default_score(InHouse, LabourCost), 1);
    // Nothing to set up in-house; a captive centre is the heaviest set-up.
    assert_eq!(default_score(InHouse, TransitionEase), 5);
    assert_eq!(default_score(Captive, TransitionEase), 1);
    // No vendor, no vendor dependency.
    assert_eq!(default_score(InHouse, LowDependency), 5);
    assert!(default_score(Captive, LowDependency) > default_score(Offshore, LowDependency));
    // Distant time zones give follow-the-sun coverage but poor overlap.
    assert!(default_score(Offshore, Coverage247) > default_score(Nearshore, Coverage247));
    assert!(
        default_score(Nearshore, TimeZoneAlignment) > default_score(Offshore, TimeZoneAlignment)
    );
    // Domestic outsourcing avoids culture, time-zone and language friction.
    for c in [CulturalAlignment, TimeZoneAlignment, Language] {
        assert_eq!(default_score(Domestic, c), 5);
    }
    // Own subsidiary abroad = the strongest market presence.
    assert_eq!(default_score(Captive, MarketPresence), 5);
}
