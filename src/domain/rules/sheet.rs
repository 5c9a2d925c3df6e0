//! The score sheet: every (option, criterion) score of a scenario and where
//! it came from. The matrix, its ranking, the cell dialog, the quiz's
//! recommendation and the report all read this one sheet, so they cannot
//! disagree.
//!
//! Where a score comes from, in order of precedence:
//! - **Your override**: a score the user set by hand always wins.
//! - **Cost model**: the three economic rows of every option, from the
//!   projection of the scenario's own cost inputs (`rules::suggest`).
//! - **Location data**: time-zone alignment and 24/7 coverage of every
//!   option (`rules::timezones`), and for nearshore, offshore and captive
//!   shared language (EF EPI 2024), legal fit for a home in the EU/EEA or
//!   the UK (EU adequacy decisions) and scalability (Kearney GSLI 2023).
//! - **Fixed**: everywhere no data speaks, the default of
//!   `content::scores` with its rationale.
//!
//! Hybrid follows where its moved share goes and how big that share is.

use crate::domain::content::locations::{self, Figure, Location};
use crate::domain::content::scores::default_score;
use crate::domain::model::criteria::Criterion;
use crate::domain::model::ids::LocationId;
use crate::domain::model::inputs::CostInputs;
use crate::domain::model::location_edits::LocationOverrides;
use crate::domain::model::options::SourcingOption;
use crate::domain::model::scenario::Scenario;
use crate::domain::model::scores::{KnockOut, Overrides, MAX_SCORE, MIN_SCORE};
use crate::domain::model::time::TimeSettings;
use crate::domain::rules::cost::{self, Projection};
use crate::domain::rules::suggest::{self, Basis};
use crate::domain::rules::timezones;

pub use crate::domain::rules::timezones::SMALL_HYBRID_SHARE_PCT;

/// An EF EPI 2024 proficiency band.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EnglishBand {
    VeryHigh,
    High,
    Moderate,
    Low,
    VeryLow,
}

impl EnglishBand {
    /// The band of a published EF EPI cell ("598 high", "low (rank 82/116)"):
    /// the score when the cell starts with one, else the band word.
    pub fn of(location: &Location) -> Option<EnglishBand> {
        if let Some(score) = location.ef_epi_score {
            return Some(match score {
                600.. => EnglishBand::VeryHigh,
                550..=599 => EnglishBand::High,
                500..=549 => EnglishBand::Moderate,
                450..=499 => EnglishBand::Low,
                _ => EnglishBand::VeryLow,
            });
        }
        let text = location.ef_epi?.to_ascii_lowercase();
        [
            ("very high", EnglishBand::VeryHigh),
            ("very low", EnglishBand::VeryLow),
            ("high", EnglishBand::High),
            ("moderate", EnglishBand::Moderate),
            ("low", EnglishBand::Low),
        ]
        .into_iter()
        .find(|(word, _)| text.contains(word))
        .map(|(_, band)| band)
    }

    /// The band as EF names it.
    pub fn label(self) -> &'static str {
        match self {
            EnglishBand::VeryHigh => "very high",
            EnglishBand::High => "high",
            EnglishBand::Moderate => "moderate",
            EnglishBand::Low => "low",
            EnglishBand::VeryLow => "very low",
        }
    }
}

/// A place's standing under EU data-transfer rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Adequacy {
    /// An EU member state (the EEA's rules apply directly).
    EuMember,
    /// The Commission has found its protection adequate.
    Adequate,
    /// Adequate only for some organisations, or not at all.
    PartialOrNone,
}

impl Adequacy {
    /// The standing recorded for a location.
    pub fn of(location: &Location) -> Adequacy {
        let text = location.eu_gdpr_adequacy.trim().to_ascii_lowercase();
        if text.starts_with("eu member") {
            Adequacy::EuMember
        } else if text.starts_with("yes") {
            Adequacy::Adequate
        } else {
            Adequacy::PartialOrNone
        }
    }
}

/// Whether EU data rules govern a home: an EU member, or the UK (whose own
/// GDPR mirrors the EU's).
pub fn home_under_gdpr(home: LocationId) -> bool {
    home == LocationId::UnitedKingdom || Adequacy::of(locations::get(home)) == Adequacy::EuMember
}

/// The figure behind a score taken from the location data.
#[derive(Clone, Debug, PartialEq)]
pub enum LocationFact {
    /// Minutes of the working day the team shares with home.
    Overlap { place: LocationId, minutes: i32 },
    /// Minutes of the day home and the team are at work together.
    Coverage { place: LocationId, minutes: i32 },
    /// English proficiency of the place, or the first language home and
    /// place share (both native English included).
    English {
        place: LocationId,
        band: Option<EnglishBand>,
        shared: Option<&'static str>,
    },
    /// The place's standing under EU data rules, for a home under them.
    Adequacy {
        place: LocationId,
        adequacy: Adequacy,
    },
    /// The place's Kearney GSLI 2023 rank.
    ServicesRank {
        place: LocationId,
        rank: Option<u16>,
    },
}

impl LocationFact {
    /// The kind of figure, for its source.
    pub fn figure(&self) -> Figure {
        match self {
            LocationFact::Overlap { .. } | LocationFact::Coverage { .. } => Figure::TimeZone,
            LocationFact::English { .. } => Figure::EnglishProficiency,
            LocationFact::Adequacy { .. } => Figure::GdprAdequacy,
            LocationFact::ServicesRank { .. } => Figure::ServicesLocationIndex,
        }
    }

    /// The place the figure is about.
    pub fn place(&self) -> LocationId {
        match self {
            LocationFact::Overlap { place, .. }
            | LocationFact::Coverage { place, .. }
            | LocationFact::English { place, .. }
            | LocationFact::Adequacy { place, .. }
            | LocationFact::ServicesRank { place, .. } => *place,
        }
    }
}

/// How hybrid's score on a criterion follows its target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HybridRule {
    /// What the moved share buys (expertise, scale, flexibility, coverage):
    /// the target's score, one less for a small share.
    Access { small_share: bool },
    /// Control and dependency: in-house's score and the target's blended by
    /// the share, rounded to the nearest: the core stays yours, the moved
    /// share is steered at arm's length like the target's own work.
    CoreStaysYours,
    /// Everything else: in-house and target blended by the share, rounded
    /// down for the hand-off between the two teams.
    Blend,
}

/// Where a default score comes from.
#[derive(Clone, Debug, PartialEq)]
pub enum Origin {
    /// The cost model, for the scenario's own inputs.
    CostModel(Basis),
    /// The location data, with the figure it follows.
    LocationData(LocationFact),
    /// A fixed score: `content::scores::rationale` says why. `no_figure`
    /// names the figure that would have decided it, had the data held one.
    Fixed { no_figure: Option<Figure> },
    /// Hybrid, following its target and share.
    Hybrid {
        target: SourcingOption,
        share_pct: f64,
        rule: HybridRule,
    },
}

/// One cell of the sheet.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    /// The score in force, 1..=5: the user's if they set one, else `default`.
    pub score: u8,
    /// The score the data and rules give, 1..=5.
    pub default: u8,
    /// Where `default` comes from.
    pub origin: Origin,
    /// The user set a score that differs from the default.
    pub overridden: bool,
}

/// Where each option's work is done, for scores and knock-outs.
#[derive(Clone, Debug, PartialEq)]
pub struct Placement {
    pub home: LocationId,
    /// The place of the option's team (home for in-house and domestic; the
    /// target's place for hybrid).
    places: [LocationId; 6],
    /// Where hybrid's moved share goes.
    pub hybrid_target: SourcingOption,
    /// How much of the work hybrid moves, 0..=100.
    pub hybrid_share_pct: f64,
    /// Minutes of the day each option (with home) can cover without night shifts.
    daytime_coverage: [i32; 6],
}

impl Placement {
    /// Works out where every option's team sits, from the cost inputs.
    pub fn new(cost: &CostInputs, time: &TimeSettings) -> Placement {
        let home = cost.home;
        let target = cost.hybrid_target.option();
        let place = |o: SourcingOption| match o {
            SourcingOption::InHouse | SourcingOption::Domestic => home,
            SourcingOption::Nearshore => cost.targets.nearshore,
            SourcingOption::Offshore => cost.targets.offshore,
            SourcingOption::Captive => cost.targets.captive,
            // Replaced below by the target's place.
            SourcingOption::Hybrid => home,
        };
        let share = if cost.hybrid_share_pct.is_finite() {
            cost.hybrid_share_pct.clamp(0.0, 100.0)
        } else {
            0.0
        };
        let mut places = SourcingOption::ALL.map(place);
        // A hybrid that moves nothing keeps all its work at home.
        if share > 0.0 {
            places[index(SourcingOption::Hybrid)] = place(target);
        }
        let home_loc = locations::get(home);
        let daytime_coverage = places
            .map(|p| timezones::daytime_coverage_minutes(&[home_loc, locations::get(p)], time));
        Placement {
            home,
            places,
            hybrid_target: target,
            hybrid_share_pct: share,
            daytime_coverage,
        }
    }

    /// Where the option's team works.
    pub fn place(&self, option: SourcingOption) -> LocationId {
        self.places[index(option)]
    }

    /// Whether the option's work leaves the home country.
    pub fn abroad(&self, option: SourcingOption) -> bool {
        self.place(option) != self.home
    }

    /// Whether hybrid moves any work at all; at 0 % it is in-house for the
    /// knock-outs.
    pub fn hybrid_moves_work(&self) -> bool {
        self.hybrid_share_pct > 0.0
    }

    /// Whether the option relies on an outside vendor (hybrid: when its
    /// share goes to one).
    pub fn needs_vendor(&self, option: SourcingOption) -> bool {
        use SourcingOption::*;
        match option {
            Domestic | Nearshore | Offshore => true,
            Hybrid => {
                self.hybrid_moves_work()
                    && matches!(self.hybrid_target, Domestic | Nearshore | Offshore)
            }
            InHouse | Captive => false,
        }
    }

    /// Whether the option needs a company of your own abroad.
    pub fn needs_foreign_entity(&self, option: SourcingOption) -> bool {
        match option {
            SourcingOption::Captive => true,
            SourcingOption::Hybrid => {
                self.hybrid_moves_work() && self.hybrid_target == SourcingOption::Captive
            }
            _ => false,
        }
    }

    /// Minutes of the day the option's team and home can staff without anyone
    /// working nights.
    pub fn daytime_coverage(&self, option: SourcingOption) -> i32 {
        self.daytime_coverage[index(option)]
    }
}

/// The column of an option, in `SourcingOption::ALL` order.
fn index(option: SourcingOption) -> usize {
    SourcingOption::ALL
        .iter()
        .position(|o| *o == option)
        .unwrap_or(0)
}

fn criterion_index(criterion: Criterion) -> usize {
    Criterion::ALL
        .iter()
        .position(|c| *c == criterion)
        .unwrap_or(0)
}

/// Every score of a scenario with its origin, and where each option's work sits.
#[derive(Clone, Debug, PartialEq)]
pub struct ScoreSheet {
    /// Cells by option, then criterion, in `ALL` order.
    cells: Vec<Cell>,
    pub placement: Placement,
    /// The currency of the cost-model figures.
    pub currency: String,
}

impl ScoreSheet {
    /// The sheet of a scenario as saved.
    pub fn for_scenario(s: &Scenario) -> ScoreSheet {
        ScoreSheet::build(
            &s.cost,
            &s.location_edits,
            &s.time,
            &s.overrides,
            &s.cost_scores,
            s.fixed_economics,
        )
    }

    /// Builds the sheet. `taken` holds scores an earlier version copied from
    /// the cost model by hand: such a cell now simply follows the live cost
    /// model, so the copy is not treated as the user's own score. With
    /// `fixed_economics` the three economic rows take the fixed scores
    /// instead of the cost model's (the user's switch in the matrix).
    pub fn build(
        cost: &CostInputs,
        location_edits: &LocationOverrides,
        time: &TimeSettings,
        overrides: &Overrides,
        taken: &Overrides,
        fixed_economics: bool,
    ) -> ScoreSheet {
        let projection = cost::project_with_time(cost, location_edits, time);
        let defaults = defaults(cost, time, &projection, fixed_economics);
        let placement = Placement::new(cost, time);
        let mut cells = Vec::with_capacity(defaults.len());
        for (i, (default, origin)) in defaults.into_iter().enumerate() {
            let option = SourcingOption::ALL[i / Criterion::ALL.len()];
            let criterion = Criterion::ALL[i % Criterion::ALL.len()];
            let lookup =
                |m: &Overrides| m.get(&option).and_then(|row| row.get(&criterion)).copied();
            let own = lookup(overrides).filter(|s| lookup(taken) != Some(*s));
            let score = own.map_or(default, |s| s.clamp(MIN_SCORE, MAX_SCORE));
            cells.push(Cell {
                score,
                default,
                origin,
                overridden: score != default,
            });
        }
        ScoreSheet {
            cells,
            placement,
            currency: projection.currency,
        }
    }

    /// One cell.
    pub fn cell(&self, option: SourcingOption, criterion: Criterion) -> &Cell {
        &self.cells[index(option) * Criterion::ALL.len() + criterion_index(criterion)]
    }

    /// The score in force, 1..=5.
    pub fn score(&self, option: SourcingOption, criterion: Criterion) -> u8 {
        self.cell(option, criterion).score
    }

    /// The default score (before any override), 1..=5.
    pub fn default(&self, option: SourcingOption, criterion: Criterion) -> u8 {
        self.cell(option, criterion).default
    }

    /// Whether a knock-out rule rules the option out, given where its work goes.
    pub fn excludes(&self, rule: KnockOut, option: SourcingOption) -> bool {
        let p = &self.placement;
        match rule {
            KnockOut::DataMustStayInCountry => p.abroad(option),
            // Work done at home stays where the data already is; the rule is
            // about sending it to another country.
            KnockOut::DataInEuOrAdequate => {
                p.abroad(option)
                    && Adequacy::of(locations::get(p.place(option))) == Adequacy::PartialOrNone
            }
            KnockOut::CoverageWithoutNightShifts => {
                p.daytime_coverage(option) < timezones::ROUND_THE_CLOCK
            }
            KnockOut::NoVendorManagementCapacity => p.needs_vendor(option),
            KnockOut::NoForeignEntity => p.needs_foreign_entity(option),
        }
    }
}

/// The default score and origin of every cell, option by option.
fn defaults(
    cost: &CostInputs,
    time: &TimeSettings,
    projection: &Projection,
    fixed_economics: bool,
) -> Vec<(u8, Origin)> {
    let placement = Placement::new(cost, time);
    let day = i32::from(time.length());
    let home = locations::get(cost.home);
    let gdpr_home = home_under_gdpr(cost.home);

    // Every option but hybrid first; hybrid is derived from them.
    let base = |option: SourcingOption, criterion: Criterion| -> (u8, Origin) {
        let fixed = |no_figure: Option<Figure>| {
            (
                default_score(option, criterion),
                Origin::Fixed { no_figure },
            )
        };
        let place_id = placement.place(option);
        let place = locations::get(place_id);
        let abroad_option = matches!(
            option,
            SourcingOption::Nearshore | SourcingOption::Offshore | SourcingOption::Captive
        );
        let captive = option == SourcingOption::Captive;
        match criterion {
            Criterion::LabourCost | Criterion::LongRunSavings | Criterion::TransitionEase
                if !fixed_economics =>
            {
                match suggest::suggest(projection, option, criterion) {
                    Some(s) => (s.score, Origin::CostModel(s.basis)),
                    None => fixed(None),
                }
            }
            Criterion::TimeZoneAlignment => {
                let overlap = timezones::overlap_minutes(home, place, time);
                (
                    timezones::alignment_score(overlap, day),
                    Origin::LocationData(LocationFact::Overlap {
                        place: place_id,
                        minutes: overlap,
                    }),
                )
            }
            Criterion::Coverage247 => {
                let minutes = timezones::coverage_minutes(&[home, place], time);
                (
                    timezones::coverage_score(minutes),
                    Origin::LocationData(LocationFact::Coverage {
                        place: place_id,
                        minutes,
                    }),
                )
            }
            Criterion::Language if abroad_option => {
                // A first language home and place share (Spanish from Mexico
                // to Colombia, English from New York to Toronto) scores like
                // native English on both sides.
                let shared = (home.first_language == place.first_language
                    || home.native_english && place.native_english)
                    .then_some(home.first_language);
                let band = EnglishBand::of(place);
                let score = if shared.is_some() {
                    Some(5)
                } else {
                    band.map(|b| match b {
                        EnglishBand::VeryHigh | EnglishBand::High => 4,
                        EnglishBand::Moderate => 3,
                        EnglishBand::Low | EnglishBand::VeryLow => 2,
                    })
                };
                match score {
                    Some(score) => (
                        score,
                        Origin::LocationData(LocationFact::English {
                            place: place_id,
                            band,
                            shared,
                        }),
                    ),
                    None => fixed(Some(Figure::EnglishProficiency)),
                }
            }
            Criterion::RegulatoryFit if abroad_option && gdpr_home => {
                let adequacy = Adequacy::of(place);
                let (vendor, own) = match adequacy {
                    Adequacy::EuMember => (4, 3),
                    Adequacy::Adequate => (3, 2),
                    Adequacy::PartialOrNone => (2, 1),
                };
                (
                    if captive { own } else { vendor },
                    Origin::LocationData(LocationFact::Adequacy {
                        place: place_id,
                        adequacy,
                    }),
                )
            }
            Criterion::Scalability if abroad_option => {
                let rank = place.gsli_rank;
                let (vendor, own) = match rank {
                    // The top five of 78 are the deepest pools (India,
                    // China, Malaysia, Brazil, the UK).
                    Some(r) if r <= 5 => (5, 4),
                    Some(r) if r <= 15 => (4, 3),
                    _ => (3, 2),
                };
                (
                    if captive { own } else { vendor },
                    Origin::LocationData(LocationFact::ServicesRank {
                        place: place_id,
                        rank,
                    }),
                )
            }
            _ => fixed(None),
        }
    };

    let mut out: Vec<(u8, Origin)> = Vec::with_capacity(SourcingOption::ALL.len() * 18);
    for option in SourcingOption::ALL {
        for criterion in Criterion::ALL {
            let cell = if option == SourcingOption::Hybrid {
                hybrid(criterion, &placement, projection, fixed_economics, &base)
            } else {
                base(option, criterion)
            };
            out.push(cell);
        }
    }
    out
}

/// Hybrid's default on one criterion: economics from its own projection,
/// the rest following its target and share.
fn hybrid(
    criterion: Criterion,
    placement: &Placement,
    projection: &Projection,
    fixed_economics: bool,
    base: &dyn Fn(SourcingOption, Criterion) -> (u8, Origin),
) -> (u8, Origin) {
    use Criterion::*;
    if !fixed_economics && matches!(criterion, LabourCost | LongRunSavings | TransitionEase) {
        if let Some(s) = suggest::suggest(projection, SourcingOption::Hybrid, criterion) {
            return (s.score, Origin::CostModel(s.basis));
        }
    }
    let target = placement.hybrid_target;
    let share_pct = placement.hybrid_share_pct;
    let (target_score, _) = base(target, criterion);
    let (home_score, _) = base(SourcingOption::InHouse, criterion);
    let (score, rule) = match criterion {
        Expertise | Scalability | Flexibility | Coverage247 => {
            let small_share = share_pct < SMALL_HYBRID_SHARE_PCT;
            let s = if small_share {
                target_score.saturating_sub(1)
            } else {
                target_score
            };
            (s, HybridRule::Access { small_share })
        }
        QualityControl | DirectControl | LowDependency => {
            let s = share_pct / 100.0;
            let blended = (1.0 - s) * f64::from(home_score) + s * f64::from(target_score);
            (blended.round() as u8, HybridRule::CoreStaysYours)
        }
        _ => {
            let s = share_pct / 100.0;
            let blended = (1.0 - s) * f64::from(home_score) + s * f64::from(target_score);
            // Rounded down: the hand-off between two teams costs a little of
            // what each would give alone (the cost model's coordination
            // overhead says the same in money).
            ((blended + 1e-9).floor() as u8, HybridRule::Blend)
        }
    };
    (
        score.clamp(MIN_SCORE, MAX_SCORE),
        Origin::Hybrid {
            target,
            share_pct,
            rule,
        },
    )
}

#[cfg(test)]
mod tests;
