//! The matrix as saved: the score range, the cells a user re-scored and the
//! hard requirements (knock-outs) they ticked.

use crate::domain::model::criteria::Criterion;
use crate::domain::model::ids::id_enum;
use crate::domain::model::options::SourcingOption;
use crate::domain::model::small::SmallMap;

/// The lowest score a cell can hold.
pub const MIN_SCORE: u8 = 1;

/// The highest score a cell can hold.
pub const MAX_SCORE: u8 = 5;

/// The cells the user has re-scored, saved with the scenario.
///
/// A missing entry means "use the default score". Serialises as
/// `{"offshore":{"language":3}}`.
pub type Overrides = SmallMap<SourcingOption, SmallMap<Criterion, u8>>;

id_enum! {
    serde("knock-out rule")
    /// A hard requirement that rules options out before any scoring, so
    /// strong scores elsewhere cannot compensate for it. `ALL` is the order
    /// the app lists them; the id is used in stored data, links and exports.
    pub enum KnockOut {
        /// Data (or the work on it) may not leave the home country.
        DataMustStayInCountry = "data_must_stay_in_country",
        /// Personal data may only go to the EU/EEA or a country with an EU
        /// adequacy decision.
        DataInEuOrAdequate = "data_in_eu_or_adequate",
        /// Round-the-clock service is needed without anyone working nights.
        CoverageWithoutNightShifts = "coverage_without_night_shifts",
        /// Nobody can select, contract and govern an outside vendor.
        NoVendorManagementCapacity = "no_vendor_management_capacity",
        /// The business cannot found or run a legal entity abroad.
        NoForeignEntity = "no_foreign_entity",
    }
}

impl KnockOut {
    /// The text next to the checkbox the user ticks.
    pub fn label(self) -> &'static str {
        match self {
            KnockOut::DataMustStayInCountry => "Data must stay in our country",
            KnockOut::DataInEuOrAdequate => {
                "Personal data must stay in the EU/EEA or a country with an EU adequacy decision"
            }
            KnockOut::CoverageWithoutNightShifts => "We need 24/7 coverage without night shifts",
            KnockOut::NoVendorManagementCapacity => "We cannot manage an outside vendor",
            KnockOut::NoForeignEntity => "We cannot set up or run a company abroad",
        }
    }
}
