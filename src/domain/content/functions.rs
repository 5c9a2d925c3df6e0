//! Pay by kind of work: the US median wages of `data/functions.tsv` (BLS
//! OEWS May 2023, compiled in by `build.rs`) and the default salary of a
//! function at a home location, with the words that say where it comes from.

use crate::domain::content::locations::{self, Location};
use crate::domain::model::inputs::{Function, LabourIndex};
use crate::domain::model::location_edits::LocationFigures;

/// One row of `data/functions.tsv`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FunctionWage {
    /// The function's id (`Function::id`).
    pub function: &'static str,
    /// Shown for comparison only, not used as a default.
    pub reference: bool,
    /// Standard Occupational Classification code.
    pub soc_code: &'static str,
    /// The occupation's BLS title.
    pub occupation: &'static str,
    /// US national median annual wage, USD.
    pub us_median_usd: f64,
}

include!(concat!(env!("OUT_DIR"), "/functions.rs"));

/// The citation of the wages.
pub const BLS_SOURCE: &str = "BLS OEWS May 2023";

/// The US wage that sets a function's default pay, if it has one.
pub fn us_wage(function: Function) -> Option<&'static FunctionWage> {
    FUNCTION_WAGES
        .iter()
        .find(|w| !w.reference && w.function == function.id())
}

/// The default pay of a function at home, and where it comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct DefaultPay {
    /// Gross pay per FTE a year, USD.
    pub salary: f64,
    /// Where it comes from, in a few words.
    pub origin: String,
}

/// The default pay for `function` at `home` (with the home's figures in
/// force, user edits included).
///
/// * Software development: the home's median developer pay (Stack Overflow 2024).
/// * Functions with a BLS row: the US median wage × the home's OECD
///   average-wage index against the US (2022, PPP), an estimate; where the
///   OECD has no figure for the home, × the home's labour index (the same
///   measure as the relative cost) instead. Developer pay abroad is much
///   closer to US pay than other work is (Germany: 52 % of US developer pay
///   but 76 % of the US average wage), so scaling support or bookkeeping by
///   it would put them below the home's minimum wage.
/// * Another or no function: the home's OECD average wage (2022, PPP USD),
///   or the US one × the home's labour index where the OECD has none.
pub fn default_pay(
    function: Function,
    home: &Location,
    figures: &LocationFigures,
    index: LabourIndex,
) -> DefaultPay {
    let idx = figures.index(index) / 100.0;
    let measure = match index {
        LabourIndex::DeveloperPay => "Stack Overflow 2024",
        LabourIndex::Gni => "World Bank 2023",
    };
    if function == Function::SoftwareDevelopment {
        return DefaultPay {
            salary: figures.dev_pay_median_usd,
            origin: format!(
                "{} median developer pay (Stack Overflow Developer Survey 2024)",
                home.name
            ),
        };
    }
    if let Some(w) = us_wage(function) {
        let (scale, by) = match &home.oecd_wage {
            Some(o) => (
                o.index_us100 / 100.0,
                format!("{} average wage vs US (OECD 2022)", home.name),
            ),
            None => (
                idx,
                format!("{} labour index ({measure}; no OECD wage)", home.name),
            ),
        };
        return DefaultPay {
            salary: w.us_median_usd * scale,
            origin: format!(
                "estimate: US wage for this work ({BLS_SOURCE}, {} {}) × {by}",
                w.soc_code, w.occupation
            ),
        };
    }
    match &home.oecd_wage {
        Some(o) => DefaultPay {
            salary: o.usd_ppp,
            origin: format!("{} average wage (OECD 2022, PPP USD)", home.name),
        },
        None => {
            let us = locations::get(crate::domain::model::ids::LocationId::UnitedStates);
            let us_avg = us.oecd_wage.as_ref().map_or(0.0, |o| o.usd_ppp);
            DefaultPay {
                salary: us_avg * idx,
                origin: format!(
                    "estimate: US average wage (OECD 2022) × {} labour index ({measure}), as the OECD has no figure for {}",
                    home.name, home.name
                ),
            }
        }
    }
}

#[cfg(test)]
mod tests;
