//! The six ways of sourcing a business function.

use serde::{Deserialize, Serialize};

/// One sourcing model: who does the work, and where.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourcingOption {
    InHouse,
    Domestic,
    Nearshore,
    Offshore,
    Captive,
    Hybrid,
}

impl SourcingOption {
    /// Every option, in the order the app shows them.
    pub const ALL: [SourcingOption; 6] = [
        SourcingOption::InHouse,
        SourcingOption::Domestic,
        SourcingOption::Nearshore,
        SourcingOption::Offshore,
        SourcingOption::Captive,
        SourcingOption::Hybrid,
    ];

    /// Stable identifier used in stored data, links and exports.
    pub fn id(self) -> &'static str {
        match self {
            SourcingOption::InHouse => "in_house",
            SourcingOption::Domestic => "domestic",
            SourcingOption::Nearshore => "nearshore",
            SourcingOption::Offshore => "offshore",
            SourcingOption::Captive => "captive",
            SourcingOption::Hybrid => "hybrid",
        }
    }

    /// Parses a stable identifier back into an option.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.id() == id)
    }

    /// The name a person reads.
    pub fn name(self) -> &'static str {
        match self {
            SourcingOption::InHouse => "In-house",
            SourcingOption::Domestic => "Domestic outsourcing",
            SourcingOption::Nearshore => "Nearshore outsourcing",
            SourcingOption::Offshore => "Offshore outsourcing",
            SourcingOption::Captive => "Captive offshore centre",
            SourcingOption::Hybrid => "Hybrid",
        }
    }

    /// A short name for narrow table headers and chart legends.
    pub fn short_name(self) -> &'static str {
        match self {
            SourcingOption::InHouse => "In-house",
            SourcingOption::Domestic => "Domestic",
            SourcingOption::Nearshore => "Nearshore",
            SourcingOption::Offshore => "Offshore",
            SourcingOption::Captive => "Captive",
            SourcingOption::Hybrid => "Hybrid",
        }
    }

    /// Whether the work is done by another company (outsourcing) rather than your own staff.
    pub fn is_outsourced(self) -> bool {
        matches!(
            self,
            SourcingOption::Domestic | SourcingOption::Nearshore | SourcingOption::Offshore
        )
    }

    /// Whether the work (or part of it) is done outside your home country.
    pub fn crosses_border(self) -> bool {
        matches!(
            self,
            SourcingOption::Nearshore
                | SourcingOption::Offshore
                | SourcingOption::Captive
                | SourcingOption::Hybrid
        )
    }
}

#[cfg(test)]
mod tests;
