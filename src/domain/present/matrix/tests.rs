//! Native tests of `present::matrix`.

use super::*;
use crate::domain::model::criteria::Criterion;
use crate::domain::model::scenario::{Scenario, ScenarioId};
use crate::domain::model::scores::{KnockOut, Overrides};
use crate::domain::model::small::{SmallMap, SmallSet};
use crate::domain::rules::matrix::{total_of, whole, Evaluation};
use crate::domain::rules::sheet::ScoreSheet;

/// The evaluation of the default scenario with these overrides.
fn evaluate(
    weights: &SmallMap<Criterion, u8>,
    overrides: &Overrides,
    knockouts: &SmallSet<KnockOut>,
) -> Evaluation {
    let mut s = Scenario::new(ScenarioId(1), "Test");
    s.overrides = overrides.clone();
    crate::domain::rules::matrix::evaluate(weights, &ScoreSheet::for_scenario(&s), knockouts)
}

fn set_override(o: &mut Overrides, option: SourcingOption, c: Criterion, v: u8) {
    crate::domain::rules::matrix::set_override(o, option, c, v, 0);
}

fn default_weights() -> SmallMap<Criterion, u8> {
    Criterion::ALL
        .into_iter()
        .map(|c| (c, c.default_weight()))
        .collect()
}

fn weights_from(values: &[u8]) -> SmallMap<Criterion, u8> {
    Criterion::ALL
        .into_iter()
        .zip(values.iter().copied())
        .collect()
}

/// The sentences follow the evaluations of `rules::matrix`'s tests: a level
/// call, a lone survivor, nothing left, a clear margin, a flip, a flip that
/// only ties, and no flip at all.
#[test]
fn sentences_follow_the_evaluation() {
    use SourcingOption::*;
    let none = SmallSet::new();
    let ev = evaluate(&weights_from(&[0; 18]), &Overrides::new(), &none);
    assert!(close_call_sentence(&ev).contains("level"));

    let ks: SmallSet<KnockOut> = [
        KnockOut::DataMustStayInCountry,
        KnockOut::NoVendorManagementCapacity,
    ]
    .into();
    let ev = evaluate(&default_weights(), &Overrides::new(), &ks);
    assert!(flip_sentence(&ev).contains("only option"));

    let all: SmallSet<KnockOut> = KnockOut::ALL.into_iter().collect();
    let ev = evaluate(&default_weights(), &Overrides::new(), &all);
    assert!(!flip_sentence(&ev).is_empty());
    assert!(!close_call_sentence(&ev).is_empty());

    let mut w = weights_from(&[0; 18]);
    w.insert(Criterion::LabourCost, 5);
    let ev = evaluate(&w, &Overrides::new(), &none);
    assert!(close_call_sentence(&ev).contains("clear margin"));

    let ev = evaluate(&default_weights(), &Overrides::new(), &none);
    let (a, b) = (ev.leader.unwrap(), ev.runner_up.unwrap());
    let flip = ev.flip.expect("default weights should have a flip");
    let s = flip_sentence(&ev);
    assert!(
        s.contains(b.name()) && s.contains(a.name()) && s.contains(flip.criterion.name()),
        "{s}"
    );

    // Domestic's transition pinned at 4 (the cost model would give 3):
    // flexibility 1 and transition 3 put domestic a step ahead of in-house.
    let mut pinned = Overrides::new();
    set_override(&mut pinned, Domestic, Criterion::TransitionEase, 4);
    let mut w = weights_from(&[0; 18]);
    w.insert(Criterion::Flexibility, 1);
    w.insert(Criterion::TransitionEase, 3);
    let ev = evaluate(&w, &pinned, &none);
    assert_eq!((ev.leader, ev.runner_up), (Some(Domestic), Some(InHouse)));
    assert!(flip_sentence(&ev).contains("draw level"));

    let mut o = Overrides::new();
    for c in Criterion::ALL {
        set_override(&mut o, InHouse, c, 5);
    }
    let ks: SmallSet<KnockOut> = [KnockOut::DataMustStayInCountry].into();
    let ev = evaluate(&default_weights(), &o, &ks);
    assert_eq!(ev.flip, None);
    assert!(flip_sentence(&ev).starts_with("No change to a single weight"));
}

#[test]
fn labels_round_without_float_formatting() {
    assert_eq!(total_label(0.0), "0.0");
    assert_eq!(total_label(99.96), "100.0");
    assert_eq!(total_label(2.849), "2.8");
    assert_eq!(total_label(-1.25), "-1.3");
    assert_eq!(percent(0.125), "13%");
    assert_eq!(whole(61.6), 62);
    assert_eq!(whole(140.0), 100);
}

#[test]
fn percentages_and_summaries_read_well() {
    assert_eq!(percent(0.123), "12%");
    assert_eq!(percent(0.001), "<1%");
    assert_eq!(percent(0.0), "0%");
    assert_eq!(total_label(61.389), "61.4");
    let eval = evaluate(&SmallMap::new(), &Overrides::new(), &SmallSet::new());
    let summary = ranking_summary(&eval);
    assert!(summary.starts_with(eval.leader.unwrap().name()));
    assert_eq!(
        total_of(&eval, eval.leader.unwrap()),
        Some(eval.ranking[0].total)
    );
    let all: SmallSet<KnockOut> = KnockOut::ALL.into_iter().collect();
    let none_left = evaluate(&SmallMap::new(), &Overrides::new(), &all);
    assert!(ranking_summary(&none_left).contains("ruled out"));
}

#[test]
fn the_mini_ranking_names_the_top_two_and_the_gap() {
    let e = evaluate(
        &default_weights(),
        &Overrides::default(),
        &SmallSet::default(),
    );
    let (a, b) = (&e.ranking[0], &e.ranking[1]);
    let line = mini_ranking(&e);
    assert_eq!(
        line,
        format!(
            "1. {} {} · 2. {} {} · ahead by {}",
            a.option.name(),
            total_label(a.total),
            b.option.name(),
            total_label(b.total),
            total_label(a.total - b.total)
        )
    );
    // Everything ruled out but one, then everything.
    let mut knockouts = SmallSet::default();
    knockouts.extend(KnockOut::ALL);
    let e = evaluate(&default_weights(), &Overrides::default(), &knockouts);
    let line = mini_ranking(&e);
    assert!(
        line == "Every option is ruled out." || line.ends_with("every other option is ruled out"),
        "{line}"
    );
}

fn facts(score: u8) -> CellFacts {
    CellFacts {
        score,
        default: score,
        changed: false,
        from_cost_model: false,
        from_location_data: false,
        best: false,
        out: false,
    }
}

#[test]
fn a_score_cell_shows_its_score_marks_and_words() {
    let plain = score_cell_html(SourcingOption::Offshore, &facts(3));
    assert_eq!(
        plain.as_str(),
        "<span class=\"score num\" aria-hidden=\"true\">3</span>\
         <span class=\"marks\" aria-hidden=\"true\"></span>\
         <span class=\"sr-only\"> Offshore outsourcing: 3 of 5</span>"
    );
    let marked = CellFacts {
        best: true,
        changed: true,
        from_cost_model: true,
        out: true,
        ..facts(5)
    };
    let html = score_cell_html(SourcingOption::Offshore, &marked);
    assert!(html.as_str().contains(">★✎</span>"), "{}", html.as_str());
    assert!(
        html.as_str()
            .contains(" Offshore outsourcing: 5 of 5, best in row, changed by you, ruled out<"),
        "{}",
        html.as_str()
    );
    let model = CellFacts {
        from_cost_model: true,
        ..facts(2)
    };
    assert!(score_cell_html(SourcingOption::InHouse, &model)
        .as_str()
        .contains(">∑<"));
    let data = CellFacts {
        from_location_data: true,
        ..facts(2)
    };
    let data = score_cell_html(SourcingOption::InHouse, &data);
    assert!(data.as_str().contains(">◎<") && data.as_str().contains("from the location data"));
}

#[test]
fn a_score_cell_class_carries_its_heat_and_ruled_out() {
    assert_eq!(score_cell_class(&facts(4)), "score-cell heat-4");
    let out = CellFacts {
        out: true,
        ..facts(1)
    };
    assert_eq!(score_cell_class(&out), "score-cell heat-1 ruled-out");
}

#[test]
fn the_legend_keeps_its_words() {
    let legend = legend_html();
    assert!(legend.as_str().starts_with(
        "Scores run from 1 (poor) to 5 (strong); higher is always better for you. <span"
    ));
    assert!(legend
        .as_str()
        .contains("</span> marks the best in its row, <span"));
    assert!(legend.as_str().ends_with("fixed scores. Select a score to see where it comes from and to change it, or a criterion to read what it means."));
}
