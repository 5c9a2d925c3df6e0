use super::*;
use crate::domain::model::ids::LocationId;

fn pay(function: Function, home: LocationId) -> DefaultPay {
    let loc = locations::get(home);
    default_pay(
        function,
        loc,
        &loc.preset_figures(),
        LabourIndex::DeveloperPay,
    )
}

#[test]
fn the_bls_table_is_compiled_in_with_one_default_per_function() {
    assert_eq!(
        us_wage(Function::CustomerSupport).unwrap().us_median_usd,
        39_680.0
    );
    assert_eq!(us_wage(Function::ItHelpdesk).unwrap().soc_code, "15-1232");
    assert_eq!(
        us_wage(Function::FinanceAccounting).unwrap().us_median_usd,
        47_440.0
    );
    assert_eq!(
        us_wage(Function::Marketing).unwrap().us_median_usd,
        74_680.0
    );
    // Software uses developer pay; its BLS row is a reference only.
    assert!(us_wage(Function::SoftwareDevelopment).is_none());
    assert!(FUNCTION_WAGES
        .iter()
        .any(|w| w.reference && w.soc_code == "15-1252"));
    for f in Function::ALL {
        let n = FUNCTION_WAGES
            .iter()
            .filter(|w| !w.reference && w.function == f.id())
            .count();
        assert!(n <= 1, "{f:?} has {n} default rows");
    }
}

#[test]
fn pay_follows_the_function() {
    let dev = pay(Function::SoftwareDevelopment, LocationId::UnitedStates);
    assert_eq!(dev.salary, 140_000.0);
    let support = pay(Function::CustomerSupport, LocationId::UnitedStates);
    assert_eq!(support.salary, 39_680.0);
    assert!(support
        .origin
        .starts_with("estimate: US wage for this work (BLS OEWS May 2023"));
    // Scaled by the home's labour index.
    let de = pay(Function::CustomerSupport, LocationId::Germany);
    assert!((de.salary - 39_680.0 * 0.518).abs() < 1.0, "{}", de.salary);
    // Not answered: the OECD average wage where there is one, else an estimate.
    let us = pay(Function::NotAnswered, LocationId::UnitedStates);
    assert_eq!(us.salary, 77_463.0);
    assert!(us.origin.contains("OECD 2022"));
    let india = pay(Function::Other, LocationId::India);
    assert!((india.salary - 77_463.0 * 0.117).abs() < 1.0);
    assert!(india.origin.starts_with("estimate"));
}
