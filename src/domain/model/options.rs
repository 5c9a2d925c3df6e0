//! The six ways of sourcing a business function.

use crate::domain::model::ids::id_enum;

id_enum! {
    serde("sourcing option")
    /// One sourcing model: who does the work, and where. `ALL` is the order
    /// the app shows them; the id is used in stored data, links and exports.
    pub enum SourcingOption {
        InHouse = "in_house",
        Domestic = "domestic",
        Nearshore = "nearshore",
        Offshore = "offshore",
        Captive = "captive",
        Hybrid = "hybrid",
    }
}

impl SourcingOption {
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
