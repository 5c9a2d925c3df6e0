//! Working-hour overlap and 24-hour coverage between home and the places
//! the work could go, from the cited standard UTC offsets (IANA Time Zone
//! Database 2025b, in `content::locations`), and the time-zone and 24/7 scores
//! that follow: the matrix's defaults for those two rows (`rules::sheet`).
//!
//! Time runs in 15-minute slots of a UTC day. Every DST location in the
//! data is in the northern hemisphere, so one "northern summer" switch
//! (one hour ahead where DST applies) covers the year's other half; the
//! few weeks when the US and Europe switch on different dates are ignored.

use crate::domain::content::locations::{self, Location};
use crate::domain::model::inputs::{CostInputs, HybridTarget};
use crate::domain::model::options::SourcingOption;
use crate::domain::model::time::{TimeSettings, DAY_MINUTES, STEP_MINUTES};

/// Slots of 15 minutes in a day.
pub const SLOTS: usize = 96;
const SLOT_MIN: i32 = STEP_MINUTES as i32;
const DAY_MIN: i32 = DAY_MINUTES as i32;

/// "09:30" -> 570, for `<input type="time">`; quarter hours only.
pub fn parse_clock(text: &str) -> Result<u16, String> {
    let bad = || "Enter a time such as 09:00.".to_string();
    let (h, m) = text.trim().split_once(':').ok_or_else(bad)?;
    let h: u16 = h.parse().map_err(|_| bad())?;
    let m: u16 = m.get(..2).unwrap_or(m).parse().map_err(|_| bad())?;
    if h > 24 || m > 59 || (h == 24 && m != 0) {
        return Err(bad());
    }
    let minutes = h * 60 + m;
    if !minutes.is_multiple_of(STEP_MINUTES) {
        return Err("Use quarter hours (:00, :15, :30 or :45).".into());
    }
    Ok(minutes)
}

/// A place's offset from UTC in minutes under the settings.
pub fn offset_minutes(loc: &Location, settings: &TimeSettings) -> i32 {
    let base = (loc.utc_offset_hours * 60.0).round() as i32;
    base + if settings.summer && loc.dst { 60 } else { 0 }
}

/// Which UTC slots a place is at work.
pub fn working_slots(loc: &Location, settings: &TimeSettings) -> [bool; SLOTS] {
    let mut slots = [false; SLOTS];
    let offset = offset_minutes(loc, settings);
    let mut t = i32::from(settings.day_start);
    while t < i32::from(settings.day_end) {
        let utc = (t - offset).rem_euclid(DAY_MIN);
        slots[(utc / SLOT_MIN) as usize] = true;
        t += SLOT_MIN;
    }
    slots
}

fn count(slots: &[bool; SLOTS]) -> i32 {
    slots.iter().filter(|s| **s).count() as i32 * SLOT_MIN
}

/// Minutes both places are at work on the same day.
pub fn overlap_minutes(a: &Location, b: &Location, settings: &TimeSettings) -> i32 {
    let (x, y) = (working_slots(a, settings), working_slots(b, settings));
    let mut both = [false; SLOTS];
    for i in 0..SLOTS {
        both[i] = x[i] && y[i];
    }
    count(&both)
}

/// Minutes of the day at least one of the places is at work.
pub fn coverage_minutes(places: &[&Location], settings: &TimeSettings) -> i32 {
    let mut any = [false; SLOTS];
    for p in places {
        let w = working_slots(p, settings);
        for i in 0..SLOTS {
            any[i] |= w[i];
        }
    }
    count(&any)
}

/// Below this share (%) of moved work, hybrid's access criteria (24/7
/// coverage here; expertise, scale and flexibility in `rules::sheet`) score
/// one less than its target's: too small a slice to lean on.
pub const SMALL_HYBRID_SHARE_PCT: f64 = 50.0;

/// The earliest local time a place staffs without night work: two day
/// shifts from 06:00 to 22:00 (assumption; a common split of early and late
/// shifts that needs nobody at work between 22:00 and 06:00).
pub const DAYTIME_START: u16 = 6 * 60;
/// The latest local time a place staffs without night work (see [`DAYTIME_START`]).
pub const DAYTIME_END: u16 = 22 * 60;
/// The coverage that counts as round the clock: 22 hours or more.
pub const ROUND_THE_CLOCK: i32 = 22 * 60;

/// Minutes of the day the places can staff together without anyone
/// working nights: each place runs day shifts from [`DAYTIME_START`] to
/// [`DAYTIME_END`] local time (daylight saving as in the settings).
pub fn daytime_coverage_minutes(places: &[&Location], settings: &TimeSettings) -> i32 {
    let daytime = TimeSettings {
        day_start: DAYTIME_START,
        day_end: DAYTIME_END,
        summer: settings.summer,
    };
    coverage_minutes(places, &daytime)
}

/// One place in use and how its day meets home's.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceRow {
    /// "Home", "Nearshore", "Offshore and Captive".
    pub roles: String,
    pub location: &'static Location,
    pub offset: i32,
    /// Minutes ahead of home (negative: behind).
    pub ahead: i32,
    pub overlap: i32,
    /// The start of the place's working day on home's clock, minutes
    /// after midnight.
    pub home_start: i32,
    /// Its end on home's clock, minutes after midnight (1440 for midnight).
    pub home_end: i32,
    /// For each hour of home's day, whether the place works most of it.
    pub ribbon: [bool; 24],
}

/// The scores the time-zone facts suggest for one option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Suggested {
    pub option: SourcingOption,
    /// Minutes of overlap with home the option's team has.
    pub overlap: i32,
    /// Minutes of the day covered by home and the option's team together.
    pub coverage: i32,
    /// `Criterion::TimeZoneAlignment`, 1..=5.
    pub alignment: u8,
    /// `Criterion::Coverage247`, 1..=5.
    pub coverage_score: u8,
}

/// Everything the Time zones view shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub places: Vec<PlaceRow>,
    pub suggested: Vec<Suggested>,
    /// Minutes of the day covered by every place in use together.
    pub all_coverage: i32,
}

/// Overlap with home -> time-zone alignment score: a full shared day is 5,
/// six hours or more 5, four 4, two 3, any 2, none 1.
pub fn alignment_score(overlap: i32, day: i32) -> u8 {
    match overlap {
        o if o >= day.min(6 * 60) => 5,
        o if o >= 4 * 60 => 4,
        o if o >= 2 * 60 => 3,
        o if o > 0 => 2,
        _ => 1,
    }
}

/// Hours covered without night shifts -> 24/7 score: 22 h or more 5, 16 h
/// 4, 13 h 3, 10 h 2, less 1.
pub fn coverage_score(coverage: i32) -> u8 {
    match coverage {
        c if c >= 22 * 60 => 5,
        c if c >= 16 * 60 => 4,
        c if c >= 13 * 60 => 3,
        c if c >= 10 * 60 => 2,
        _ => 1,
    }
}

/// Compares home with the nearshore, offshore and captive places of the
/// scenario's cost inputs (one source of truth for where the work goes).
pub fn compare(cost: &CostInputs, settings: &TimeSettings) -> Comparison {
    let home = locations::get(cost.home);
    let t = &cost.targets;
    let roles = [
        ("Home", home),
        ("Nearshore", locations::get(t.nearshore)),
        ("Offshore", locations::get(t.offshore)),
        ("Captive", locations::get(t.captive)),
    ];
    let home_offset = offset_minutes(home, settings);
    let mut places: Vec<PlaceRow> = Vec::new();
    for (role, loc) in roles {
        if let Some(row) = places.iter_mut().find(|p| p.location.id == loc.id) {
            row.roles.push_str(" and ");
            row.roles.push_str(role);
            continue;
        }
        let offset = offset_minutes(loc, settings);
        let ahead = offset - home_offset;
        let start = (i32::from(settings.day_start) - ahead).rem_euclid(DAY_MIN);
        let end = (i32::from(settings.day_end) - ahead).rem_euclid(DAY_MIN);
        let mut ribbon = [false; 24];
        for (hour, cell) in ribbon.iter_mut().enumerate() {
            // Works at least half of this hour of home's day.
            let mid = hour as i32 * 60 + 30;
            let local = (mid + ahead).rem_euclid(DAY_MIN);
            *cell = local >= i32::from(settings.day_start) && local < i32::from(settings.day_end);
        }
        places.push(PlaceRow {
            roles: role.to_string(),
            location: loc,
            offset,
            ahead,
            overlap: overlap_minutes(home, loc, settings),
            home_start: start,
            home_end: if end == 0 { DAY_MIN } else { end },
            ribbon,
        });
    }
    let day = i32::from(settings.length());
    let team = |option: SourcingOption| -> &'static Location {
        match option {
            SourcingOption::InHouse | SourcingOption::Domestic => home,
            SourcingOption::Nearshore => locations::get(t.nearshore),
            SourcingOption::Offshore => locations::get(t.offshore),
            SourcingOption::Captive => locations::get(t.captive),
            SourcingOption::Hybrid => match cost.hybrid_target {
                HybridTarget::Domestic => home,
                HybridTarget::Nearshore => locations::get(t.nearshore),
                HybridTarget::Offshore => locations::get(t.offshore),
                HybridTarget::Captive => locations::get(t.captive),
            },
        }
    };
    let suggested = SourcingOption::ALL
        .into_iter()
        .map(|option| {
            let loc = team(option);
            let overlap = overlap_minutes(home, loc, settings);
            let coverage = coverage_minutes(&[home, loc], settings);
            let mut alignment = alignment_score(overlap, day);
            let mut coverage_score = coverage_score(coverage);
            if option == SourcingOption::Hybrid {
                // Part of the team stays at home, on home's hours: alignment
                // blends home's 5 with the target's by the share moved, and
                // a small share covers less (as `rules::sheet` scores hybrid).
                let share = if cost.hybrid_share_pct.is_finite() {
                    cost.hybrid_share_pct.clamp(0.0, 100.0) / 100.0
                } else {
                    0.0
                };
                alignment = ((1.0 - share) * 5.0 + share * f64::from(alignment)).round() as u8;
                if cost.hybrid_share_pct < SMALL_HYBRID_SHARE_PCT {
                    coverage_score = coverage_score.saturating_sub(1).max(1);
                }
            }
            Suggested {
                option,
                overlap,
                coverage,
                alignment,
                coverage_score,
            }
        })
        .collect();
    let all: Vec<&Location> = places.iter().map(|p| p.location).collect();
    Comparison {
        all_coverage: coverage_minutes(&all, settings),
        places,
        suggested,
    }
}

#[cfg(test)]
mod tests;
