//! The criteria every option is scored against, their groups and default weights.
//!
//! Every criterion is phrased so that a higher score is better for the user:
//! "low labour & operating cost" scores 5 for the cheapest option.

use serde::{Deserialize, Serialize};

use crate::domain::model::ids::id_enum;

/// The lowest weight a criterion can take: "ignore".
pub const MIN_WEIGHT: u8 = 0;

/// The highest weight a criterion can take.
pub const MAX_WEIGHT: u8 = 10;

/// How far the weight slider and its −/+ buttons move a weight in one step.
pub const WEIGHT_STEP: u8 = 1;

/// A family of criteria, shown as a row group in the matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    Economics,
    Capability,
    Reach,
    Control,
    Friction,
    Compliance,
}

impl Group {
    pub const ALL: [Group; 6] = [
        Group::Economics,
        Group::Capability,
        Group::Reach,
        Group::Control,
        Group::Friction,
        Group::Compliance,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Group::Economics => "Economics",
            Group::Capability => "Capability",
            Group::Reach => "Reach",
            Group::Control => "Control",
            Group::Friction => "Friction",
            Group::Compliance => "Compliance",
        }
    }
}

id_enum! {
    serde("criterion")
    /// One row of the comparison matrix. `ALL` is the display order
    /// (grouped); the id is used in stored data, links and exports.
    pub enum Criterion {
        LabourCost = "labour_cost",
        TransitionEase = "transition_ease",
        LongRunSavings = "long_run_savings",
        Expertise = "expertise",
        Scalability = "scalability",
        Flexibility = "flexibility",
        CoreFocus = "core_focus",
        Coverage247 = "coverage247",
        MarketPresence = "market_presence",
        QualityControl = "quality_control",
        DirectControl = "direct_control",
        Communication = "communication",
        LowDependency = "low_dependency",
        CulturalAlignment = "cultural_alignment",
        TimeZoneAlignment = "time_zone_alignment",
        Language = "language",
        RegulatoryFit = "regulatory_fit",
        LowGeopoliticalRisk = "low_geopolitical_risk",
    }
}

impl Criterion {
    pub fn group(self) -> Group {
        use Criterion::*;
        match self {
            LabourCost | TransitionEase | LongRunSavings => Group::Economics,
            Expertise | Scalability | Flexibility | CoreFocus => Group::Capability,
            Coverage247 | MarketPresence => Group::Reach,
            QualityControl | DirectControl | Communication | LowDependency => Group::Control,
            CulturalAlignment | TimeZoneAlignment | Language => Group::Friction,
            RegulatoryFit | LowGeopoliticalRisk => Group::Compliance,
        }
    }

    /// The row label, phrased so that higher is better.
    pub fn name(self) -> &'static str {
        use Criterion::*;
        match self {
            LabourCost => "Low labour & operating cost",
            TransitionEase => "Easy set-up and transition",
            LongRunSavings => "Long-run savings",
            Expertise => "Access to specialised expertise",
            Scalability => "Scalability",
            Flexibility => "Flexibility for seasonal or project work",
            CoreFocus => "Frees your people for the core business",
            Coverage247 => "24/7 coverage",
            MarketPresence => "Presence in new markets",
            QualityControl => "Quality control",
            DirectControl => "Direct control",
            Communication => "Ease of communication",
            LowDependency => "Low dependency on a vendor",
            CulturalAlignment => "Cultural alignment",
            TimeZoneAlignment => "Time-zone alignment",
            Language => "Shared language",
            RegulatoryFit => "Legal & regulatory fit",
            LowGeopoliticalRisk => "Low geopolitical, ethical and social-responsibility risk",
        }
    }

    /// What a score of 5 means, in one line.
    pub fn meaning(self) -> &'static str {
        use Criterion::*;
        match self {
            LabourCost => "5 = the cheapest wages and running costs for the same work.",
            TransitionEase => "5 = little one-time effort to get started: no vendor search, no entity to set up.",
            LongRunSavings => "5 = the largest savings that last once the set-up years are over.",
            Expertise => "5 = ready access to specialists you could not easily hire yourself.",
            Scalability => "5 = the team can grow quickly without you hiring and training everyone.",
            Flexibility => "5 = capacity can go up and down for peaks and projects without permanent hires.",
            CoreFocus => "5 = your own staff are freed to concentrate on what makes you competitive.",
            Coverage247 => "5 = round-the-clock service without asking one team to work nights.",
            MarketPresence => "5 = a foothold and a brand presence in a new country or region.",
            QualityControl => "5 = you can see and enforce the standard of the work directly.",
            DirectControl => "5 = you can steer the people doing the work and meet them face to face.",
            Communication => "5 = goals, deadlines and feedback travel quickly and without loss.",
            LowDependency => "5 = no single outside partner whose failure would disrupt you.",
            CulturalAlignment => "5 = the same business etiquette and service expectations as yours.",
            TimeZoneAlignment => "5 = the same working hours as your own team and customers.",
            Language => "5 = no language barrier, idioms and nuance included.",
            RegulatoryFit => "5 = only the labour, tax and data rules you already know apply.",
            LowGeopoliticalRisk => "5 = little exposure to trade-policy shifts, instability or labour-practice concerns.",
        }
    }

    /// How much this criterion matters before the user says otherwise (0..=10).
    pub fn default_weight(self) -> u8 {
        use Criterion::*;
        match self {
            LabourCost => 8,
            TransitionEase => 4,
            LongRunSavings => 6,
            Expertise => 5,
            Scalability => 4,
            Flexibility => 3,
            CoreFocus => 4,
            Coverage247 => 3,
            MarketPresence => 2,
            QualityControl => 6,
            DirectControl => 5,
            Communication => 5,
            LowDependency => 4,
            CulturalAlignment => 3,
            TimeZoneAlignment => 4,
            Language => 4,
            RegulatoryFit => 6,
            LowGeopoliticalRisk => 3,
        }
    }

    /// The criteria of one group, in display order.
    pub fn in_group(group: Group) -> impl Iterator<Item = Criterion> {
        Self::ALL.into_iter().filter(move |c| c.group() == group)
    }
}

#[cfg(test)]
mod tests;
