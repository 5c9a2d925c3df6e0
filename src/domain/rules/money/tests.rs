//! Native tests of `rules::money`.

use super::*;
use crate::domain::model::inputs::Field;
use crate::domain::model::knob::Knob;
use crate::domain::model::location_edits::LocationOverrides;
use crate::domain::rules::cost::project;

fn eur_per_usd() -> f64 {
    1.0 / 1.0705
}

#[test]
fn a_usd_scenario_has_no_rate_and_converts_nothing() {
    let c = CostInputs::default();
    assert_eq!(c.usd_rate, None);
    assert_eq!(c.per_usd(), Some(1.0));
    assert_eq!(c.usd_scale(), 1.0);
    assert_eq!(c.rate_source(), RateSource::Dollar);
}

#[test]
fn switching_to_eur_converts_every_amount_entered() {
    let mut c = CostInputs {
        salary_per_fte: Some(72_499.0),
        annual_budget: Some(3_000_000.0),
        captive_fixed_cost: Some(500_000.0),
        captive_setup: 250_000.0,
        ..CostInputs::default()
    };
    let conv = c.switch_currency("EUR", None).unwrap().unwrap();
    let r = eur_per_usd();
    assert_eq!(conv.from, "USD");
    assert_eq!(conv.to, "EUR");
    assert!((conv.rate - r).abs() < 1e-12);
    assert_eq!(conv.source, RateSource::Ecb);
    assert_eq!(c.currency, "EUR");
    assert_eq!(c.usd_rate, Some(1.0 / 1.0705));
    assert!((c.salary_per_fte.unwrap() - 72_499.0 * r).abs() < 1e-6);
    assert!((c.annual_budget.unwrap() - 3_000_000.0 * r).abs() < 1e-6);
    assert!((c.captive_fixed_cost.unwrap() - 500_000.0 * r).abs() < 1e-6);
    assert!((c.captive_setup - 250_000.0 * r).abs() < 1e-6);
    // The seat cost followed its default: still a default, in euros.
    assert!((c.seat_cost - 6_000.0 * r).abs() < 1e-6);
    assert!(!Knob::of(Field::SeatCost).is_changed(&c));
    assert!(Knob::of(Field::CaptiveSetup).is_changed(&c));
    // And back: the typed amounts return (to rounding), defaults exactly.
    c.switch_currency("USD", None).unwrap();
    assert_eq!(c.usd_rate, None);
    assert!((c.salary_per_fte.unwrap() - 72_499.0).abs() < 1e-6);
    assert_eq!(c.seat_cost, 6_000.0);
}

#[test]
fn cross_rates_go_through_the_euro() {
    let mut c = CostInputs::default();
    c.switch_currency("EUR", None).unwrap();
    c.annual_budget = Some(1_000_000.0);
    let conv = c.switch_currency("GBP", None).unwrap().unwrap();
    assert!((conv.rate - 0.84638).abs() < 1e-12);
    assert!((c.annual_budget.unwrap() - 846_380.0).abs() < 1e-6);
    let conv = c.switch_currency("INR", None).unwrap().unwrap();
    assert!((conv.rate - 89.2495 / 0.84638).abs() < 1e-9);
}

#[test]
fn a_currency_without_a_rate_is_refused_until_one_is_given() {
    let mut c = CostInputs {
        salary_per_fte: Some(50_000.0),
        ..CostInputs::default()
    };
    let before = c.clone();
    assert_eq!(
        c.switch_currency("VND", None),
        Err(MoneyProblem::NoRate("VND".into()))
    );
    assert_eq!(c, before);
    assert_eq!(
        c.switch_currency("VND", Some(0.0)),
        Err(MoneyProblem::BadRate)
    );
    assert_eq!(c, before);
    let conv = c.switch_currency("VND", Some(25_000.0)).unwrap().unwrap();
    assert_eq!(conv.source, RateSource::Yours);
    assert_eq!(c.salary_per_fte, Some(50_000.0 * 25_000.0));
    assert_eq!(c.rate_source(), RateSource::Yours);
    assert_eq!(c.per_usd(), Some(25_000.0));
    assert_eq!(
        c.switch_currency("usd!", None),
        Err(MoneyProblem::Code(
            "Currency must be a three-letter code such as USD, EUR or INR.".into()
        ))
    );
}

#[test]
fn a_typed_rate_moves_the_defaults_and_keeps_typed_amounts() {
    let mut c = CostInputs::default();
    c.switch_currency("EUR", None).unwrap();
    c.salary_per_fte = Some(60_000.0);
    c.set_usd_rate(Some(0.9)).unwrap();
    assert_eq!(c.rate_source(), RateSource::Yours);
    assert_eq!(c.salary_per_fte, Some(60_000.0));
    assert!((c.seat_cost - 5_400.0).abs() < 1e-9);
    assert!(!Knob::of(Field::SeatCost).is_changed(&c));
    assert_eq!(c.set_usd_rate(Some(-1.0)), Err(MoneyProblem::BadRate));
    assert_eq!(c.set_usd_rate(Some(f64::NAN)), Err(MoneyProblem::BadRate));
    c.set_usd_rate(None).unwrap();
    assert_eq!(c.rate_source(), RateSource::Ecb);
    assert_eq!(c.usd_rate, Some(1.0 / 1.0705));
}

#[test]
fn a_home_proposes_its_currency() {
    let mut c = CostInputs {
        annual_budget: Some(1_000_000.0),
        ..CostInputs::default()
    };
    match c.move_home(LocationId::Germany) {
        Some(MoneyNote::Converted(conv)) => {
            assert_eq!((conv.from.as_str(), conv.to.as_str()), ("USD", "EUR"))
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(c.currency, "EUR");
    assert_eq!(c.home, LocationId::Germany);
    assert_eq!(c.move_home(LocationId::Ireland), None);
    // Vietnam's dong has no ECB rate: the currency stays, and the note says why.
    assert_eq!(
        c.move_home(LocationId::Vietnam),
        Some(MoneyNote::Kept {
            home_currency: "VND"
        })
    );
    assert_eq!(c.currency, "EUR");
    assert_eq!(c.home, LocationId::Vietnam);
}

/// The cost model is linear in money: a scenario in euros costs exactly
/// the USD figures at the rate, and a USD scenario does not move.
#[test]
fn the_projection_converts_at_the_rate() {
    let usd = CostInputs::default();
    let mut eur = usd.clone();
    eur.switch_currency("EUR", None).unwrap();
    let none = LocationOverrides::default();
    let (a, b) = (project(&usd, &none), project(&eur, &none));
    let r = eur_per_usd();
    assert!((b.assumptions.salary_per_fte - a.assumptions.salary_per_fte * r).abs() < 1e-6);
    for (x, y) in a.options.iter().zip(&b.options) {
        let (tx, ty) = (x.cumulative.last().unwrap(), y.cumulative.last().unwrap());
        assert!((ty - tx * r).abs() < 1e-6 * tx.abs().max(1.0), "{tx} {ty}");
    }
}

#[test]
fn an_old_save_in_euros_takes_the_ecb_rate_when_projected() {
    let c = CostInputs {
        currency: "EUR".into(),
        ..CostInputs::default()
    };
    assert_eq!(c.usd_rate, None);
    let s = c.sanitized();
    assert_eq!(s.usd_rate, Some(1.0 / 1.0705));
    assert_eq!(c.per_usd(), Some(1.0 / 1.0705));
}
