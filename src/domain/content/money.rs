//! Currencies: each location's (`data/currencies.tsv`) and the ECB euro
//! reference rates of 28 June 2024 (`data/ecb-rates-2024-06-28.tsv`), both
//! compiled in by `build.rs`. The rates are of the month of the cited Stack
//! Overflow 2024 pay figures ("market exchange rates of about June 2024").

use crate::domain::model::ids::LocationId;

include!(concat!(env!("OUT_DIR"), "/currencies.rs"));
include!(concat!(env!("OUT_DIR"), "/rates.rs"));

/// The rates' citation, as the app names it.
pub const RATES_SOURCE: &str = "ECB reference rates, 28 June 2024";

/// Where the rates are published.
pub const RATES_URL: &str =
    "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html";

/// The currency of a location (ISO 4217).
pub fn home_currency(id: LocationId) -> &'static str {
    HOME_CURRENCIES.get(id as usize).copied().unwrap_or("USD")
}

/// Units of `code` per euro, if the ECB publishes a rate for it.
pub fn per_eur(code: &str) -> Option<f64> {
    ECB_RATES.iter().find(|(c, _)| *c == code).map(|(_, r)| *r)
}

/// Units of `code` per US dollar by the ECB rates (crossed through the
/// euro); exactly 1 for USD; `None` when the ECB has no rate for it.
pub fn ecb_per_usd(code: &str) -> Option<f64> {
    if code == "USD" {
        return Some(1.0);
    }
    Some(per_eur(code)? / per_eur("USD")?)
}

/// Every currency offered: the ECB's and the locations', sorted (by `build.rs`).
pub fn offered() -> &'static [&'static str] {
    &OFFERED
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::locations;

    #[test]
    fn every_location_has_a_currency() {
        assert_eq!(HOME_CURRENCIES.len(), LocationId::ALL.len());
        for loc in locations::all() {
            let code = home_currency(loc.id);
            assert!(code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase()));
        }
        assert_eq!(home_currency(LocationId::UnitedStates), "USD");
        assert_eq!(home_currency(LocationId::Germany), "EUR");
        assert_eq!(home_currency(LocationId::India), "INR");
        assert_eq!(home_currency(LocationId::UnitedKingdom), "GBP");
        assert_eq!(home_currency(LocationId::Vietnam), "VND");
    }

    /// The figures of the brief, checked against the ECB's historical file.
    #[test]
    fn the_ecb_rates_of_28_june_2024() {
        assert_eq!(ECB_RATES.len(), 31);
        assert_eq!(per_eur("EUR"), Some(1.0));
        assert_eq!(per_eur("USD"), Some(1.0705));
        assert_eq!(per_eur("JPY"), Some(171.94));
        assert_eq!(per_eur("GBP"), Some(0.84638));
        assert_eq!(per_eur("INR"), Some(89.2495));
        assert_eq!(per_eur("IDR"), Some(17487.21));
        assert_eq!(per_eur("ZAR"), Some(19.497));
        assert_eq!(per_eur("VND"), None);
        assert_eq!(ecb_per_usd("USD"), Some(1.0));
        let eur = ecb_per_usd("EUR").unwrap();
        assert!((eur - 0.934142).abs() < 1e-6, "{eur}");
        let inr = ecb_per_usd("INR").unwrap();
        assert!((inr - 89.2495 / 1.0705).abs() < 1e-9);
        for (code, rate) in ECB_RATES {
            assert!(rate > 0.0 && rate.is_finite(), "{code}");
        }
    }

    #[test]
    fn the_offered_currencies_hold_every_home_and_ecb_currency_once() {
        let all = offered();
        for c in HOME_CURRENCIES
            .iter()
            .chain(ECB_RATES.iter().map(|(c, _)| c))
        {
            assert_eq!(all.iter().filter(|x| *x == c).count(), 1, "{c}");
        }
        assert!(all.windows(2).all(|w| w[0] < w[1]));
        // Each currency the app used to offer is still there.
        for c in ["USD", "EUR", "GBP", "INR", "CAD", "AUD", "CHF", "JPY"] {
            assert!(all.contains(&c));
        }
    }
}
