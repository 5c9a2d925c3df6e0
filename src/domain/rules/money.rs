//! Money across currencies: the rate a scenario converts its cited USD
//! figures at, switching its currency (every amount already entered is
//! converted, and the rate is named), a rate the user types, and the
//! currency a home location proposes.
//!
//! The rate lives on the cost inputs (`CostInputs::usd_rate`, units of the
//! scenario's currency per US dollar), so an export or a share link carries
//! it. Cross rates go through the euro, as the ECB publishes them.

use crate::domain::content::money::{ecb_per_usd, home_currency};
use crate::domain::model::ids::LocationId;
use crate::domain::model::inputs::{validate_currency, CostInputs, End, FieldSpec, Slot, FIELDS};

/// The smallest and largest rate a user may type (units per US dollar):
/// wide enough for the Kuwaiti dinar and the Iranian rial alike.
pub const RATE_MIN: f64 = 0.000_001;
pub const RATE_MAX: f64 = 1_000_000_000.0;

/// Where the rate in force comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RateSource {
    /// The scenario is in US dollars: nothing to convert.
    Dollar,
    /// The ECB reference rate of 28 June 2024.
    Ecb,
    /// A rate the user typed.
    Yours,
    /// No rate: the ECB publishes none for the currency and the user gave
    /// none, so USD figures are used as they are.
    Missing,
}

/// A conversion between two currencies: 1 `from` = `rate` `to`.
#[derive(Clone, Debug, PartialEq)]
pub struct Conversion {
    pub from: String,
    pub to: String,
    pub rate: f64,
    /// `Yours` when either side's rate was typed by the user, else `Ecb`.
    pub source: RateSource,
}

/// Why money could not be converted; nothing changed.
#[derive(Clone, Debug, PartialEq)]
pub enum MoneyProblem {
    /// Not a three-letter code; the message says so.
    Code(String),
    /// No rate is known for this currency: the user must give one.
    NoRate(String),
    /// A typed rate that is not a positive number in range.
    BadRate,
}

/// What choosing a currency or a home location did to the money, for the
/// message shown beside the choice.
#[derive(Clone, Debug, PartialEq)]
pub enum MoneyNote {
    /// Every amount was converted.
    Converted(Conversion),
    /// The home's currency has no reference rate: the scenario kept its
    /// currency, and the user may choose the home's and give a rate.
    Kept { home_currency: &'static str },
    /// Nothing changed, for this reason.
    Refused(MoneyProblem),
}

/// Checks a typed rate (units per US dollar).
pub fn validate_rate(rate: f64) -> Result<f64, MoneyProblem> {
    if rate.is_finite() && (RATE_MIN..=RATE_MAX).contains(&rate) {
        Ok(rate)
    } else {
        Err(MoneyProblem::BadRate)
    }
}

/// Every copy of every money field, with its spec.
fn money_copies() -> impl Iterator<Item = (&'static FieldSpec, Slot, End)> {
    FIELDS
        .iter()
        .filter(|s| s.unit.is_money())
        .flat_map(|s| s.copies().map(move |(slot, end)| (s, slot, end)))
}

impl CostInputs {
    /// Units of the scenario's currency per US dollar: 1 for USD, the saved
    /// rate, else the ECB's; `None` when there is none.
    pub fn per_usd(&self) -> Option<f64> {
        if self.currency == "USD" {
            return Some(1.0);
        }
        self.usd_rate
            .and_then(|r| validate_rate(r).ok())
            .or_else(|| ecb_per_usd(&self.currency))
    }

    /// Where the rate in force comes from.
    pub fn rate_source(&self) -> RateSource {
        if self.currency == "USD" {
            return RateSource::Dollar;
        }
        match (
            self.usd_rate.and_then(|r| validate_rate(r).ok()),
            ecb_per_usd(&self.currency),
        ) {
            (Some(r), Some(e)) if r == e => RateSource::Ecb,
            (Some(_), _) => RateSource::Yours,
            (None, Some(_)) => RateSource::Ecb,
            (None, None) => RateSource::Missing,
        }
    }

    /// Takes the ECB rate where a scenario in another currency than USD has
    /// none (a save from before rates; `sanitized` calls it, so the cost
    /// model converts the cited pay): its typed amounts stay as they are.
    pub fn settle_rate(&mut self) {
        if self.currency != "USD" && self.usd_rate.is_none() {
            self.usd_rate = ecb_per_usd(&self.currency);
        }
    }

    /// Changes the rate of the scenario's currency (`None`: back to the
    /// ECB's). Amounts typed stay as they are (they are in the currency
    /// already); figures that follow a default (the cited pay, the money
    /// assumptions) follow the new rate.
    pub fn set_usd_rate(&mut self, rate: Option<f64>) -> Result<(), MoneyProblem> {
        let rate = match rate {
            Some(r) => Some(validate_rate(r)?),
            None => ecb_per_usd(&self.currency),
        };
        let defaults = self.at_default();
        self.usd_rate = if self.currency == "USD" { None } else { rate };
        self.restore_defaults(&defaults);
        Ok(())
    }

    /// Switches the scenario to currency `to`, converting every amount
    /// entered (salary, budget, every money input) at the rate between the
    /// two: `typed` if the user gave one (units of `to` per US dollar), else
    /// the ECB's. Without a rate for either currency nothing changes and
    /// the problem names the currency that needs one.
    pub fn switch_currency(
        &mut self,
        to: &str,
        typed: Option<f64>,
    ) -> Result<Option<Conversion>, MoneyProblem> {
        let to = validate_currency(to).map_err(MoneyProblem::Code)?;
        if to == self.currency && typed.is_none() {
            return Ok(None);
        }
        let from_rate = self
            .per_usd()
            .ok_or_else(|| MoneyProblem::NoRate(self.currency.clone()))?;
        let to_rate = match typed {
            Some(r) => validate_rate(r)?,
            None if to == "USD" => 1.0,
            None => ecb_per_usd(&to).ok_or_else(|| MoneyProblem::NoRate(to.clone()))?,
        };
        let source = if typed.is_some() || self.rate_source() == RateSource::Yours {
            RateSource::Yours
        } else {
            RateSource::Ecb
        };
        let factor = to_rate / from_rate;
        let defaults = self.at_default();
        for (spec, slot, end) in money_copies() {
            if let Some(v) = spec.get(self, slot, end) {
                // Held in the field's range: an amount at an end of it
                // (a budget of a trillion, a salary of 100) stays a value
                // the saved-data checks accept in the new currency.
                spec.set(self, slot, end, spec.clamp(v * factor, v));
            }
        }
        let from = std::mem::replace(&mut self.currency, to.clone());
        self.usd_rate = (to != "USD").then_some(to_rate);
        // A default stays a default, exactly, in the new currency.
        self.restore_defaults(&defaults);
        Ok(Some(Conversion {
            from,
            to,
            rate: factor,
            source,
        }))
    }

    /// Moves home, as `set_home` does, and proposes the home's currency the
    /// way a user expects: the scenario switches to it (converting the
    /// amounts) when a rate is known; otherwise it keeps its currency.
    pub fn move_home(&mut self, home: LocationId) -> Option<MoneyNote> {
        self.set_home(home);
        let code = home_currency(home);
        match self.switch_currency(code, None) {
            Ok(c) => c.map(MoneyNote::Converted),
            Err(_) => Some(MoneyNote::Kept {
                home_currency: code,
            }),
        }
    }

    /// Switches currency as the Currency choice does, with the note to show.
    pub fn choose_currency(&mut self, to: &str) -> Option<MoneyNote> {
        match self.switch_currency(to, None) {
            Ok(c) => c.map(MoneyNote::Converted),
            Err(p) => Some(MoneyNote::Refused(p)),
        }
    }

    /// Which money copies hold their default now.
    fn at_default(&self) -> Vec<bool> {
        money_copies()
            .map(|(spec, slot, end)| {
                spec.default_for(self, slot, end)
                    .is_some_and(|d| spec.get(self, slot, end) == Some(d))
            })
            .collect()
    }

    /// Puts the defaults back where `at_default` found them (at the rate now in force).
    fn restore_defaults(&mut self, defaults: &[bool]) {
        for ((spec, slot, end), was) in money_copies().zip(defaults) {
            if *was {
                spec.reset(self, slot, end);
            }
        }
    }
}

#[cfg(test)]
mod tests;
