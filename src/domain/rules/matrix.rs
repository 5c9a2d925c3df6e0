//! The comparison matrix: default scores and their rationales, user
//! overrides, knock-out rules, weighted totals, the ranking and its
//! sensitivity ("which single weight would swap the top two?").
//!
//! Pure core: no web imports, so everything here is tested natively.
//!
//! Totals are computed from exact integer "points" (Σ weight × (score − 1))
//! and only turned into a 0..=100 float for display. That keeps ties,
//! the ranking and the sensitivity analysis exact and consistent with each
//! other, with no floating-point near-misses.

use crate::domain::model::small::{sort_small_by, SmallMap, SmallSet};

use serde::{Deserialize, Serialize};

use crate::domain::model::criteria::{Criterion, MAX_WEIGHT};
use crate::domain::model::options::SourcingOption;

/// The lowest score a cell can hold.
pub const MIN_SCORE: u8 = 1;
/// The highest score a cell can hold.
pub const MAX_SCORE: u8 = 5;
/// A lead smaller than this many points (out of 100) is flagged as a close call.
pub const CLOSE_CALL_MARGIN: f64 = 5.0;

// ---------------------------------------------------------------------------
// Default scores and rationales
// ---------------------------------------------------------------------------

/// Column index of an option in the score and rationale rows
/// (the order of `SourcingOption::ALL`).
fn option_index(option: SourcingOption) -> usize {
    match option {
        SourcingOption::InHouse => 0,
        SourcingOption::Domestic => 1,
        SourcingOption::Nearshore => 2,
        SourcingOption::Offshore => 3,
        SourcingOption::Captive => 4,
        SourcingOption::Hybrid => 5,
    }
}

/// One row of default scores, columns in `SourcingOption::ALL` order:
/// in-house, domestic, nearshore, offshore, captive, hybrid.
fn score_row(criterion: Criterion) -> [u8; 6] {
    use Criterion::*;
    match criterion {
        LabourCost => [1, 2, 3, 5, 4, 3],
        TransitionEase => [5, 4, 3, 2, 1, 3],
        LongRunSavings => [1, 2, 3, 4, 5, 3],
        Expertise => [2, 4, 4, 4, 3, 3],
        Scalability => [2, 4, 4, 5, 3, 3],
        Flexibility => [1, 5, 4, 4, 2, 3],
        CoreFocus => [1, 5, 4, 4, 2, 3],
        Coverage247 => [1, 2, 2, 5, 4, 3],
        MarketPresence => [1, 1, 2, 2, 5, 2],
        QualityControl => [5, 3, 3, 2, 4, 4],
        DirectControl => [5, 2, 2, 1, 4, 4],
        Communication => [5, 4, 3, 2, 3, 4],
        LowDependency => [5, 2, 2, 1, 4, 3],
        CulturalAlignment => [5, 5, 4, 2, 3, 4],
        TimeZoneAlignment => [5, 5, 4, 1, 2, 4],
        Language => [5, 5, 3, 2, 3, 4],
        RegulatoryFit => [5, 4, 3, 2, 1, 3],
        LowGeopoliticalRisk => [5, 5, 4, 2, 2, 3],
    }
}

/// The default score (1..=5, higher is better) of an option on a criterion.
pub fn default_score(option: SourcingOption, criterion: Criterion) -> u8 {
    score_row(criterion)[option_index(option)]
}

/// One row of rationales, columns in `SourcingOption::ALL` order.
fn rationale_row(criterion: Criterion) -> [&'static str; 6] {
    use Criterion::*;
    match criterion {
        LabourCost => [
            "Every role is paid at home-market wages plus benefits, office space and equipment, so this is the most expensive way to staff the work.",
            "A home-country vendor pays similar wages and adds its own margin, though pooled staff and tools can trim a little off your overhead.",
            "Wages in a neighbouring country are usually somewhat lower than at home, giving a moderate saving once the vendor's margin is paid.",
            "Large wage gaps between countries make a distant low-cost vendor the cheapest way to buy the same hours of work, even after its margin.",
            "Your own staff in a low-cost country earn local wages with no vendor margin on top, but you also carry the premises, management and local overhead.",
            "Only the share you move out gets cheaper, so the saving lands between keeping everything at home and moving all of it.",
        ],
        TransitionEase => [
            "Nothing changes hands: no vendor to choose, no contract to negotiate and no knowledge to transfer, so there is no set-up effort at all.",
            "You must select a vendor, agree a contract and hand over know-how, but with no border to cross the move is comparatively quick.",
            "Vetting a partner in another country, drafting cross-border contracts and transferring knowledge take noticeably more work than staying at home.",
            "Checking out a distant vendor, travelling for due diligence and training a team many hours away make the switch long and demanding.",
            "Opening your own centre means founding a legal entity, finding premises, then hiring and training locally, which is the heaviest set-up of all.",
            "Only part of the work moves, yet you still need a partner or base abroad and a clean split of processes between the two teams.",
        ],
        LongRunSavings => [
            "With no change to who does the work or where, home wage inflation keeps running and there is no structural saving to harvest later.",
            "Economies of scale at a specialist can shave costs over time, but home-market wages and a permanent margin cap what you keep.",
            "The lower wage level of a neighbouring country keeps paying back year after year, though the gap is narrower than with distant locations.",
            "Once the start-up years are behind you, the wage differential delivers lasting savings, reduced only by the vendor margin and oversight costs.",
            "After the set-up cost is recovered you keep the whole wage differential yourself, since no vendor takes a margin on every hour.",
            "The portion moved out keeps saving money every year, while the part kept at home stays at domestic cost.",
        ],
        Expertise => [
            "You can only use the skills you manage to recruit and keep yourself, which is slow and hard for niche specialisms.",
            "A specialist firm at home brings people who do this work every day, plus tools and methods you would not build yourself.",
            "Vendors in neighbouring countries often run deep specialist teams, and they reach talent pools beyond your own labour market.",
            "Some distant countries have large, well-known pools of people skilled in particular fields, and vendors there give you ready access to them.",
            "You can tap a foreign talent pool, but you must hire and develop the specialists yourself rather than borrow a vendor's bench.",
            "The moved share gains outside know-how while the core keeps relying on whoever you employ at home.",
        ],
        Scalability => [
            "Growth means recruiting, onboarding and managing every new person yourself, which limits how fast the team can expand.",
            "A vendor can add trained people from its own pool, although capacity and wages in the home market still set some limits.",
            "A nearby vendor can ramp up from a labour market larger than yours without you running the hiring.",
            "Big offshore providers keep deep benches in large labour markets, so adding dozens of seats is routine for them.",
            "Local hiring abroad is cheaper and the market is larger, but every new seat in your own centre is still your recruitment job.",
            "The outside share can grow quickly through a partner, while the in-house core grows only as fast as you can hire.",
        ],
        Flexibility => [
            "Permanent staff are hard to add for a peak and harder to release afterwards, so seasonal swings mean overtime or idle time.",
            "Contracting a local firm for a campaign or a busy season is simple, and the short distance makes brief engagements practical.",
            "Project-based and seasonal contracts are common with nearby vendors, though short engagements still need cross-border paperwork.",
            "Offshore vendors sell capacity in flexible blocks, but minimum volumes and longer ramp-ups make very short bursts less attractive.",
            "A captive centre is a long-term commitment with permanent employees, so it absorbs peaks only a little better than your home team.",
            "The outsourced slice can flex with demand, giving some headroom while the in-house core stays fixed.",
        ],
        CoreFocus => [
            "Your own people keep doing all of this work, so none of their time is freed for product, innovation or customers.",
            "A nearby specialist takes the whole function off your plate with light oversight, freeing your team for what makes you competitive.",
            "The vendor takes over the day-to-day work, although cross-border coordination asks for a bit more management attention.",
            "Handing the work to a distant provider frees your staff, but governing a vendor far away still draws on management time.",
            "Your managers must now run a foreign subsidiary, so attention shifts abroad rather than back to the core business.",
            "Part of the workload leaves your team, but coordinating the split keeps some of their attention on it.",
        ],
        Coverage247 => [
            "A single team in one time zone can only cover the night by working night shifts, which is costly and wears people out.",
            "Some home-country vendors staff around the clock, but everyone shares your time zone, so nights still mean night shifts.",
            "A neighbouring country shares most of your hours, so round-the-clock service again depends on people working through the night.",
            "A provider on the far side of the world works its normal day while you sleep, enabling follow-the-sun service without night work.",
            "Your own team in a distant time zone can cover your night during their daytime, once you have built up enough staff there.",
            "The share placed abroad can cover part of your night, but the core team still keeps home-country hours.",
        ],
        MarketPresence => [
            "Keeping the work at home builds no local network, brand or customer contacts in any new country.",
            "A vendor in your own country does nothing to give you a foothold abroad.",
            "Working with a partner next door teaches you a little about that market, but the presence there is the vendor's, not yours.",
            "You gain contacts and insight in the vendor's country, yet customers there see the provider's name rather than your brand.",
            "A subsidiary of your own is a real foothold abroad: a local entity, a visible brand and a base for winning customers in the region.",
            "Moving a share out gives only a small outpost abroad, usually through a partner, so your brand presence there stays modest.",
        ],
        QualityControl => [
            "You set the standards, train the people and check the output directly, so quality problems are visible and fixable at once.",
            "You depend on the vendor's processes and standards, though service levels and regular visits keep quality fairly easy to check.",
            "Quality rests on the partner's own processes, with contractual metrics and occasional site visits as your main levers.",
            "You rely on a distant vendor's methods and can rarely inspect the work in person, so slips can reach your customers before you notice.",
            "The people are your employees following your procedures, so you can enforce standards, albeit from a distance.",
            "The core work stays under your own quality checks, and only the moved share relies on an outside party's standards.",
        ],
        DirectControl => [
            "You manage the team yourself and can walk over to talk to anyone, which gives you complete day-to-day oversight.",
            "You steer through a contract and an account manager rather than directing the people, although a face-to-face meeting is a short trip away.",
            "Direction goes through the vendor's management, and meeting in person takes a journey even if it is not a long one.",
            "You cannot manage an external team far away the way you manage your own staff, and dropping in is rarely practical.",
            "You employ and direct the staff abroad yourself, with distance as the main limit on hands-on management.",
            "The core team remains yours to manage directly, so only the share that moves out is steered at arm's length.",
        ],
        Communication => [
            "Colleagues inside one organisation share context, tools and channels, so goals and feedback get through with little loss.",
            "An outside partner sits beyond your company walls, so deadlines and feedback can get tangled, but meetings are easy to arrange.",
            "Overlapping hours help, yet working across both a company boundary and a border leaves room for misunderstandings.",
            "Distance, a company boundary and few shared hours make clear and timely exchanges hard to sustain without deliberate effort.",
            "Staff abroad are insiders who use your systems, though distance and fewer shared hours still slow conversations down.",
            "Most exchanges stay inside your home team, with extra coordination needed only at the hand-off to the moved share.",
        ],
        LowDependency => [
            "No outside company sits between you and the work, so no partner's failure, merger or change of strategy can disrupt you.",
            "Leaning on one outside firm leaves you exposed if it is sold, folds or changes direction, though switching within your country is easier.",
            "A single foreign vendor carries the function, so its troubles become yours, and replacing it across a border takes time.",
            "Heavy reliance on a far-away provider is the most exposed position: if it stumbles, rebuilding the capability is slow and expensive.",
            "The centre is yours, so there is no vendor to lose, though the operation is tied to the stability of one foreign location.",
            "Keeping the core at home limits the damage if the outside partner falters, while part of the work still depends on it.",
        ],
        CulturalAlignment => [
            "The team already shares your company culture, your customers' habits and your business etiquette.",
            "A vendor in your own country shares your national business culture and your customers' expectations of service.",
            "Neighbouring countries often have similar business habits, though small differences in etiquette and service style remain.",
            "Differing expectations about service, hierarchy and etiquette can cause friction with a distant vendor unless handled with care.",
            "Your own centre can absorb your company culture through hiring and training, but local norms still shape daily work.",
            "The core keeps your culture intact, and cultural gaps only matter where work passes to the moved share.",
        ],
        TimeZoneAlignment => [
            "Everyone works your hours, so questions and urgent issues are handled in real time.",
            "The vendor keeps the same clock as you, which makes live collaboration and quick escalations straightforward.",
            "A nearby country has the same or similar working hours, with at most a small offset to plan around.",
            "When your partner's working day falls in your night, meetings land at awkward times and urgent issues wait for the next overlap.",
            "A distant captive shares few hours with headquarters, although you can set its shift patterns to add some overlap.",
            "The core team keeps your hours, and only hand-offs to the share abroad have to bridge a time gap.",
        ],
        Language => [
            "Your staff speak your language and your customers' idioms natively.",
            "A home-country vendor speaks your language, including the local slang and references your customers use.",
            "A neighbouring country may have a different first language, so nuance can slip even when staff are fluent in yours.",
            "Even with fluent staff, idioms, humour and cultural references often get lost between distant countries.",
            "You can make fluency a hiring requirement and train for it, but native nuance is still hard to match abroad.",
            "Language gaps are confined to the moved share, while the core team talks with customers in their own language.",
        ],
        RegulatoryFit => [
            "Only the labour, tax and data rules you already comply with apply, with no new jurisdiction to learn.",
            "You stay under home-country law, but contracts and data sharing with a third party add some compliance checks.",
            "Sending work to another country brings foreign labour law and cross-border data rules into play, often within a similar legal framework.",
            "Unfamiliar labour, tax and data-transfer rules apply, and heavily regulated sectors may find this option restricted or closed.",
            "Running your own entity abroad makes you directly liable for its labour law, tax filings and permits, which usually needs local legal help.",
            "The core stays within known rules, while the moved share still brings a foreign jurisdiction and its data rules into scope.",
        ],
        LowGeopoliticalRisk => [
            "Work done by your own staff at home is largely shielded from trade-policy shifts and questions about foreign labour practices.",
            "A domestic partner operates under familiar rules and labour standards, so trade disputes and ethical scrutiny barely touch it.",
            "A stable neighbouring country carries modest political and labour-practice risk, though policy changes there can still reach you.",
            "Trade-policy changes, instability and public concern about labour conditions in the vendor's country can hit both operations and reputation.",
            "Owning staff and premises abroad puts your name directly on local working conditions and exposes your assets to political shifts.",
            "Only part of the work is exposed to another country's politics and to scrutiny of its labour practices.",
        ],
    }
}

/// Why an option gets its default score on a criterion, in one sentence.
pub fn rationale(option: SourcingOption, criterion: Criterion) -> &'static str {
    rationale_row(criterion)[option_index(option)]
}

// ---------------------------------------------------------------------------
// Overrides
// ---------------------------------------------------------------------------

/// The cells the user has re-scored, saved with the scenario.
///
/// A missing entry means "use the default score". Serialises as
/// `{"offshore":{"language":3}}`.
pub type Overrides = SmallMap<SourcingOption, SmallMap<Criterion, u8>>;

/// The score of a cell: the user's override if there is one, else the default.
///
/// An out-of-range override is clamped to 1..=5 so a bad value can never
/// push a total outside 0..=100.
pub fn score(option: SourcingOption, criterion: Criterion, overrides: &Overrides) -> u8 {
    overrides
        .get(&option)
        .and_then(|row| row.get(&criterion))
        .map(|s| (*s).clamp(MIN_SCORE, MAX_SCORE))
        .unwrap_or_else(|| default_score(option, criterion))
}

/// Whether the cell shows a user score that differs from the default
/// (an override equal to the default does not count as a change).
pub fn is_overridden(option: SourcingOption, criterion: Criterion, overrides: &Overrides) -> bool {
    overrides
        .get(&option)
        .and_then(|row| row.get(&criterion))
        .is_some_and(|s| (*s).clamp(MIN_SCORE, MAX_SCORE) != default_score(option, criterion))
}

/// Whether the cell's score is one taken from the cost model: `taken` (the
/// scores taken, same shape as the overrides) holds the score now in force.
pub fn from_cost_model(
    option: SourcingOption,
    criterion: Criterion,
    overrides: &Overrides,
    taken: &Overrides,
) -> bool {
    taken
        .get(&option)
        .and_then(|row| row.get(&criterion))
        .is_some_and(|s| *s == score(option, criterion, overrides))
}

/// Sets a cell override, clamped to 1..=5. Setting the default value removes
/// the override, so "changed" marks only real changes.
pub fn set_override(
    overrides: &mut Overrides,
    option: SourcingOption,
    criterion: Criterion,
    value: u8,
) {
    let value = value.clamp(MIN_SCORE, MAX_SCORE);
    if value == default_score(option, criterion) {
        reset_override(overrides, option, criterion);
    } else {
        overrides
            .entry(option)
            .or_default()
            .insert(criterion, value);
    }
}

/// Removes a cell override so the default score applies again.
pub fn reset_override(overrides: &mut Overrides, option: SourcingOption, criterion: Criterion) {
    if let Some(row) = overrides.get_mut(&option) {
        row.remove(&criterion);
        // Empty rows are dropped so saved data stays minimal and comparable.
        if row.is_empty() {
            overrides.remove(&option);
        }
    }
}

/// Checks that every override is a score in 1..=5; used when importing data.
/// The error names the first bad cell in plain words.
pub fn validate_overrides(overrides: &Overrides) -> Result<(), String> {
    for (option, row) in overrides {
        for (criterion, value) in row {
            if !(MIN_SCORE..=MAX_SCORE).contains(value) {
                return Err(format!(
                    "The score for {} on \"{}\" is {}, but scores must be between {} and {}.",
                    option.name(),
                    criterion.name(),
                    value,
                    MIN_SCORE,
                    MAX_SCORE
                ));
            }
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Knock-outs
// ---------------------------------------------------------------------------

/// A hard requirement that rules options out before any scoring, so strong
/// scores elsewhere cannot compensate for it.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum KnockOut {
    /// Data (or the work on it) may not leave the home country.
    DataMustStayInCountry,
    /// Round-the-clock service is needed without anyone working nights.
    CoverageWithoutNightShifts,
    /// Nobody can select, contract and govern an outside vendor.
    NoVendorManagementCapacity,
    /// The business cannot found or run a legal entity abroad.
    NoForeignEntity,
}

impl KnockOut {
    /// Every knock-out rule, in the order the app lists them.
    pub const ALL: [KnockOut; 4] = [
        KnockOut::DataMustStayInCountry,
        KnockOut::CoverageWithoutNightShifts,
        KnockOut::NoVendorManagementCapacity,
        KnockOut::NoForeignEntity,
    ];

    /// Stable identifier used in stored data, links and exports.
    pub fn id(self) -> &'static str {
        match self {
            KnockOut::DataMustStayInCountry => "data_must_stay_in_country",
            KnockOut::CoverageWithoutNightShifts => "coverage_without_night_shifts",
            KnockOut::NoVendorManagementCapacity => "no_vendor_management_capacity",
            KnockOut::NoForeignEntity => "no_foreign_entity",
        }
    }

    /// Parses a stable identifier back into a rule.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.id() == id)
    }

    /// The text next to the checkbox the user ticks.
    pub fn label(self) -> &'static str {
        match self {
            KnockOut::DataMustStayInCountry => "Data must stay in our country",
            KnockOut::CoverageWithoutNightShifts => "We need 24/7 coverage without night shifts",
            KnockOut::NoVendorManagementCapacity => "We cannot manage an outside vendor",
            KnockOut::NoForeignEntity => "We cannot set up or run a company abroad",
        }
    }

    /// Whether this rule rules the option out.
    pub fn excludes(self, option: SourcingOption) -> bool {
        use SourcingOption::*;
        match self {
            // Hybrid moves its outside share abroad by default, so it is out too.
            KnockOut::DataMustStayInCountry => {
                matches!(option, Nearshore | Offshore | Captive | Hybrid)
            }
            // Options working in (nearly) one time zone can only cover nights with night shifts.
            KnockOut::CoverageWithoutNightShifts => {
                matches!(option, InHouse | Domestic | Nearshore)
            }
            KnockOut::NoVendorManagementCapacity => {
                matches!(option, Domestic | Nearshore | Offshore)
            }
            KnockOut::NoForeignEntity => matches!(option, Captive),
        }
    }

    /// A plain sentence shown on an option this rule greys out. For an option
    /// the rule does not exclude, says that it is compatible.
    pub fn reason(self, option: SourcingOption) -> String {
        use SourcingOption::*;
        if !self.excludes(option) {
            return format!("{} is compatible with this requirement.", option.name());
        }
        let name = option.name();
        match (self, option) {
            (KnockOut::DataMustStayInCountry, Hybrid) => format!(
                "{name} is ruled out because its outside share is moved abroad, and your data must stay in the country."
            ),
            (KnockOut::DataMustStayInCountry, _) => format!(
                "{name} is ruled out because the work would be done abroad, and your data must stay in the country."
            ),
            (KnockOut::CoverageWithoutNightShifts, _) => format!(
                "{name} is ruled out because a team in your own time zone can only cover the night by working night shifts."
            ),
            (KnockOut::NoVendorManagementCapacity, _) => format!(
                "{name} is ruled out because it depends on an outside vendor, and you have no capacity to manage one."
            ),
            (KnockOut::NoForeignEntity, _) => format!(
                "{name} is ruled out because it needs your own legal entity abroad, which you cannot set up or run."
            ),
        }
    }
}

// ---------------------------------------------------------------------------
// Weights and totals
// ---------------------------------------------------------------------------

/// The weight in force for a criterion: the given one clamped to
/// 0..=`MAX_WEIGHT`, or the default when the map has no entry.
pub fn effective_weight(weights: &SmallMap<Criterion, u8>, criterion: Criterion) -> u8 {
    weights
        .get(&criterion)
        .copied()
        .unwrap_or_else(|| criterion.default_weight())
        .min(MAX_WEIGHT)
}

/// Each criterion's share of the total weight (summing to 1.0). When every
/// weight is 0, every share is 0 rather than dividing by zero.
pub fn normalised_weights(weights: &SmallMap<Criterion, u8>) -> SmallMap<Criterion, f64> {
    let sum: u32 = Criterion::ALL
        .iter()
        .map(|c| u32::from(effective_weight(weights, *c)))
        .sum();
    Criterion::ALL
        .into_iter()
        .map(|c| {
            let share = if sum == 0 {
                0.0
            } else {
                f64::from(effective_weight(weights, c)) / f64::from(sum)
            };
            (c, share)
        })
        .collect()
}

/// Exact weighted points of an option: Σ weight × (score − 1).
/// Comparing points is the same as comparing totals, without rounding.
fn points(option: SourcingOption, weights: &SmallMap<Criterion, u8>, overrides: &Overrides) -> i64 {
    Criterion::ALL
        .iter()
        .map(|c| {
            i64::from(effective_weight(weights, *c))
                * i64::from(score(option, *c, overrides) - MIN_SCORE)
        })
        .sum()
}

/// Sum of the weights in force.
fn weight_sum(weights: &SmallMap<Criterion, u8>) -> i64 {
    Criterion::ALL
        .iter()
        .map(|c| i64::from(effective_weight(weights, *c)))
        .sum()
}

/// Turns exact points into a 0..=100 total.
fn points_to_total(points: i64, weight_sum: i64) -> f64 {
    if weight_sum == 0 {
        return 0.0;
    }
    let span = i64::from(MAX_SCORE - MIN_SCORE);
    100.0 * points as f64 / (span * weight_sum) as f64
}

/// The weighted total of an option on 0..=100: Σ share × (score − 1) / 4 × 100.
/// All 5s give 100, all 1s give 0, and all-zero weights give 0.
pub fn total(
    option: SourcingOption,
    weights: &SmallMap<Criterion, u8>,
    overrides: &Overrides,
) -> f64 {
    points_to_total(points(option, weights, overrides), weight_sum(weights))
}

// ---------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------

/// One option's place in the ranking.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Ranked {
    pub option: SourcingOption,
    /// Weighted total on 0..=100.
    pub total: f64,
    /// Position 1..=n. Ranks are always distinct; equal totals are ordered by
    /// `SourcingOption::ALL` and flagged with `tied_with_previous`.
    pub rank: usize,
    /// True when this option's total equals the one ranked just above it,
    /// so the UI can show "=" instead of implying a real gap.
    pub tied_with_previous: bool,
}

/// An option removed by knock-out rules, with one reason per rule.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Excluded {
    pub option: SourcingOption,
    pub reasons: Vec<String>,
}

/// The smallest change of a single weight that would put the runner-up ahead
/// of the leader (all other weights unchanged).
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct Flip {
    pub criterion: Criterion,
    /// The weight now.
    pub from: u8,
    /// The nearest weight (0..=`MAX_WEIGHT`) at which the runner-up wins.
    pub to: u8,
    /// True when at `to` the two totals are exactly equal and the runner-up
    /// wins only because it comes first in the listing order.
    pub ties: bool,
}

/// Everything the matrix shows below the table.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Evaluation {
    /// Options not knocked out, best first.
    pub ranking: Vec<Ranked>,
    /// Options knocked out, in `SourcingOption::ALL` order.
    pub excluded: Vec<Excluded>,
    /// Per criterion, every remaining option sharing the top score (empty
    /// when every option is knocked out).
    pub best_per_criterion: SmallMap<Criterion, Vec<SourcingOption>>,
    pub leader: Option<SourcingOption>,
    pub runner_up: Option<SourcingOption>,
    /// Leader's total minus the runner-up's; 0 when there is no runner-up.
    pub margin: f64,
    /// Both a leader and a runner-up exist and the margin is below `CLOSE_CALL_MARGIN`.
    pub close_call: bool,
    /// The single weight change that would swap leader and runner-up, if any.
    pub flip: Option<Flip>,
}

/// Scores every option under the given weights, overrides and knock-outs.
///
/// Knock-outs are applied first: an excluded option is not ranked at all.
pub fn evaluate(
    weights: &SmallMap<Criterion, u8>,
    overrides: &Overrides,
    knockouts: &SmallSet<KnockOut>,
) -> Evaluation {
    let mut excluded = Vec::new();
    let mut remaining = Vec::new();
    for option in SourcingOption::ALL {
        let reasons: Vec<String> = knockouts
            .iter()
            .filter(|k| k.excludes(option))
            .map(|k| k.reason(option))
            .collect();
        if reasons.is_empty() {
            remaining.push(option);
        } else {
            excluded.push(Excluded { option, reasons });
        }
    }

    let sum = weight_sum(weights);
    let mut scored: Vec<(SourcingOption, i64)> = remaining
        .iter()
        .map(|o| (*o, points(*o, weights, overrides)))
        .collect();
    // Stable sort on exact points keeps equal totals in ALL order.
    sort_small_by(&mut scored, |a, b| a.1 > b.1);

    let ranking: Vec<Ranked> = scored
        .iter()
        .enumerate()
        .map(|(i, (option, p))| Ranked {
            option: *option,
            total: points_to_total(*p, sum),
            rank: i + 1,
            tied_with_previous: i > 0 && scored[i - 1].1 == *p,
        })
        .collect();

    let best_per_criterion = Criterion::ALL
        .into_iter()
        .map(|c| {
            let top = remaining.iter().map(|o| score(*o, c, overrides)).max();
            let best = match top {
                Some(top) => remaining
                    .iter()
                    .copied()
                    .filter(|o| score(*o, c, overrides) == top)
                    .collect(),
                None => Vec::new(),
            };
            (c, best)
        })
        .collect();

    let leader = ranking.first().map(|r| r.option);
    let runner_up = ranking.get(1).map(|r| r.option);
    let margin = match (ranking.first(), ranking.get(1)) {
        (Some(a), Some(b)) => a.total - b.total,
        _ => 0.0,
    };
    let close_call = runner_up.is_some() && margin < CLOSE_CALL_MARGIN;
    let flip = match (leader, runner_up) {
        (Some(a), Some(b)) => find_flip(a, b, weights, overrides),
        _ => None,
    };

    Evaluation {
        ranking,
        excluded,
        best_per_criterion,
        leader,
        runner_up,
        margin,
        close_call,
        flip,
    }
}

/// Whether `b` ranks above `a` when their totals are equal (listing order).
fn wins_tie(b: SourcingOption, a: SourcingOption) -> bool {
    option_index(b) < option_index(a)
}

/// Floor division for a positive divisor.
fn floor_div(n: i64, d: i64) -> i64 {
    n.div_euclid(d)
}

/// Ceiling division for a positive divisor.
fn ceil_div(n: i64, d: i64) -> i64 {
    -((-n).div_euclid(d))
}

/// The smallest single-weight change that puts `runner` ahead of `leader`.
///
/// Solved analytically: the sign of total_leader − total_runner is the sign
/// of D = Σ wᵢ·dᵢ with dᵢ = score_leader(i) − score_runner(i) (the common
/// positive denominator does not matter). Changing only wₖ to x gives
/// D_other + x·dₖ, which is linear in x, so the threshold is one division.
/// Only the leader–runner-up pair is considered; a third option may move too.
fn find_flip(
    leader: SourcingOption,
    runner: SourcingOption,
    weights: &SmallMap<Criterion, u8>,
    overrides: &Overrides,
) -> Option<Flip> {
    let diff = |c: Criterion| {
        i64::from(score(leader, c, overrides)) - i64::from(score(runner, c, overrides))
    };
    let d_total: i64 = Criterion::ALL
        .iter()
        .map(|c| i64::from(effective_weight(weights, *c)) * diff(*c))
        .sum();
    let runner_wins_tie = wins_tie(runner, leader);
    let max = i64::from(MAX_WEIGHT);

    let mut best: Option<Flip> = None;
    for c in Criterion::ALL {
        let from = i64::from(effective_weight(weights, c));
        let d = diff(c);
        let other = d_total - from * d;
        // The runner wins at x when other + x·d < 0, or == 0 if it wins ties.
        let to = if d > 0 {
            // Lower the weight: x·d ≤ −other (tie allowed) or x·d ≤ −other − 1.
            let limit = if runner_wins_tie { -other } else { -other - 1 };
            let x = floor_div(limit, d);
            (0..from).contains(&x).then_some(x)
        } else if d < 0 {
            // Raise the weight: x·|d| ≥ other (tie allowed) or ≥ other + 1.
            let e = -d;
            let limit = if runner_wins_tie { other } else { other + 1 };
            let x = ceil_div(limit, e).max(0);
            (x > from && x <= max).then_some(x)
        } else {
            // Both score the same here: this weight cannot separate them.
            None
        };
        let Some(to) = to else { continue };
        let (Ok(from_u8), Ok(to_u8)) = (u8::try_from(from), u8::try_from(to)) else {
            continue;
        };
        let candidate = Flip {
            criterion: c,
            from: from_u8,
            to: to_u8,
            ties: other + to * d == 0,
        };
        // Strictly smaller steps only, so equal steps keep criterion order.
        let step = |f: &Flip| f.from.abs_diff(f.to);
        if best.as_ref().is_none_or(|b| step(&candidate) < step(b)) {
            best = Some(candidate);
        }
    }
    best
}

/// The sensitivity result in plain words, for the leader and runner-up.
pub fn flip_sentence(evaluation: &Evaluation) -> String {
    let (leader, runner) = match (evaluation.leader, evaluation.runner_up) {
        (Some(a), Some(b)) => (a, b),
        (Some(a), None) => {
            return format!(
                "{} is the only option left, so there is nothing for it to swap places with.",
                a.name()
            )
        }
        _ => return "Every option is ruled out by a knock-out rule, so there is no ranking to change.".to_string(),
    };
    match evaluation.flip {
        Some(f) if f.ties => format!(
            "{} would draw level with {} and move ahead on the listing order if the weight of \"{}\" went from {} to {}.",
            runner.name(),
            leader.name(),
            f.criterion.name(),
            f.from,
            f.to
        ),
        Some(f) => format!(
            "{} would overtake {} if the weight of \"{}\" went from {} to {}.",
            runner.name(),
            leader.name(),
            f.criterion.name(),
            f.from,
            f.to
        ),
        None => format!(
            "No change to a single weight can put {} ahead of {}; it would take several weights changing at once.",
            runner.name(),
            leader.name()
        ),
    }
}

/// Says how safe the lead is, flagging a close call in plain words.
pub fn close_call_sentence(evaluation: &Evaluation) -> String {
    let (leader, runner) = match (evaluation.leader, evaluation.runner_up) {
        (Some(a), Some(b)) => (a, b),
        (Some(a), None) => {
            return format!(
                "{} is the only option left after the knock-out rules.",
                a.name()
            )
        }
        _ => return "Every option is ruled out by a knock-out rule.".to_string(),
    };
    // Exact ties come from equal points, so the margin is exactly zero.
    if evaluation.margin == 0.0 {
        return format!(
            "Close call: {} and {} are level; {} is shown first only because of the listing order.",
            leader.name(),
            runner.name(),
            leader.name()
        );
    }
    if evaluation.close_call {
        format!(
            "Close call: {} leads {} by only {} points out of 100, so a small change in the weights could swap them.",
            leader.name(),
            runner.name(),
            total_label(evaluation.margin)
        )
    } else {
        format!(
            "{} leads {} by {} points out of 100, a clear margin.",
            leader.name(),
            runner.name(),
            total_label(evaluation.margin)
        )
    }
}

// ---------------------------------------------------------------------------
// Presentation helpers (pure, so the components only display them)
// ---------------------------------------------------------------------------

/// The option columns of the table: every option not hidden, in the usual
/// order or, when `by_total`, ranked options best first and excluded ones last.
pub fn columns(
    evaluation: &Evaluation,
    hidden: &SmallSet<SourcingOption>,
    by_total: bool,
) -> Vec<SourcingOption> {
    let order: Vec<SourcingOption> = if by_total {
        evaluation
            .ranking
            .iter()
            .map(|r| r.option)
            .chain(evaluation.excluded.iter().map(|e| e.option))
            .collect()
    } else {
        SourcingOption::ALL.to_vec()
    };
    order.into_iter().filter(|o| !hidden.contains(o)).collect()
}

// Formatting goes through integers on purpose: float formatting would add
// tens of kilobytes of wasm for a few labels.

/// A weight share as a whole percentage ("12%"); a small non-zero share
/// reads "<1%" so it never looks ignored.
pub fn percent(share: f64) -> String {
    let pct = share * 100.0;
    if pct > 0.0 && pct < 0.5 {
        "<1%".to_string()
    } else {
        format!("{}%", pct.round() as i64)
    }
}

/// A total as shown in the table and ranking (one decimal), e.g. "61.4".
pub fn total_label(total: f64) -> String {
    let tenths = (total * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let tenths = tenths.abs();
    format!("{sign}{}.{}", tenths / 10, tenths % 10)
}

/// A 0..=100 value as a whole number, for bar widths.
pub fn whole(value: f64) -> i64 {
    value.clamp(0.0, 100.0).round() as i64
}

/// What one cell shows, apart from anything that depends on the weights.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CellFacts {
    pub score: u8,
    /// The user changed this score.
    pub changed: bool,
    /// The score was taken from the cost model (see [`from_cost_model`]).
    pub from_cost_model: bool,
    /// The highest score of its row among the options not ruled out.
    pub best: bool,
    /// The option is ruled out by a knock-out.
    pub out: bool,
}

/// Every cell's facts. It changes only with overrides and knock-outs, so a
/// weight change never touches the table's cells.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    cells: SmallMap<(SourcingOption, Criterion), CellFacts>,
}

impl Sheet {
    /// `taken` holds the scores taken from the cost model.
    pub fn new(overrides: &Overrides, taken: &Overrides, knockouts: &SmallSet<KnockOut>) -> Self {
        let out = |o: SourcingOption| knockouts.iter().any(|k| k.excludes(o));
        let mut cells = SmallMap::new();
        for c in Criterion::ALL {
            let top = SourcingOption::ALL
                .into_iter()
                .filter(|o| !out(*o))
                .map(|o| score(o, c, overrides))
                .max();
            for o in SourcingOption::ALL {
                let s = score(o, c, overrides);
                cells.insert(
                    (o, c),
                    CellFacts {
                        score: s,
                        changed: is_overridden(o, c, overrides),
                        from_cost_model: from_cost_model(o, c, overrides, taken),
                        best: !out(o) && top == Some(s),
                        out: out(o),
                    },
                );
            }
        }
        Sheet { cells }
    }

    pub fn cell(&self, option: SourcingOption, criterion: Criterion) -> CellFacts {
        self.cells
            .get(&(option, criterion))
            .copied()
            .unwrap_or(CellFacts {
                score: default_score(option, criterion),
                changed: false,
                from_cost_model: false,
                best: false,
                out: false,
            })
    }

    /// Whether the option is ruled out.
    pub fn is_out(&self, option: SourcingOption) -> bool {
        self.cell(option, Criterion::ALL[0]).out
    }
}

/// The total of an option, if it is ranked.
pub fn total_of(evaluation: &Evaluation, option: SourcingOption) -> Option<f64> {
    evaluation
        .ranking
        .iter()
        .find(|r| r.option == option)
        .map(|r| r.total)
}

/// One sentence for screen readers when the ranking changes.
pub fn ranking_summary(evaluation: &Evaluation) -> String {
    match (evaluation.ranking.first(), evaluation.ranking.get(1)) {
        (Some(first), Some(second)) => format!(
            "{} leads with {} of 100, ahead of {} with {}.",
            first.option.name(),
            total_label(first.total),
            second.option.name(),
            total_label(second.total)
        ),
        (Some(first), None) => format!(
            "{} is the only option left, with {} of 100.",
            first.option.name(),
            total_label(first.total)
        ),
        _ => "Every option is ruled out by a knock-out rule.".to_string(),
    }
}

#[cfg(test)]
mod tests;
