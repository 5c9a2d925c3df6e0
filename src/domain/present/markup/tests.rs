//! Native tests of `present::markup`: the one way markup is built, and
//! every builder of the domain going through it.

use super::*;
use crate::domain::content::locations;
use crate::domain::model::inputs::{CostInputs, Field};
use crate::domain::model::location_edits::LocationOverrides;
use crate::domain::model::scenario::{Scenario, Workspace};
use crate::domain::present::numbers::NumberStyle;
use crate::domain::present::{budget, chart, report, timezones};
use crate::domain::rules::cost::{project, Projection};
use crate::domain::rules::timezones::{compare, Comparison};

const HOSTILE: &str = "<script>alert('x')</script> \"q\" & <img src=x onerror=alert(1)>";

#[test]
fn text_is_escaped_on_the_way_in_and_only_static_markup_is_not() {
    let mut h = Html::raw_static("<p");
    h.push_attr("title", "a \"quoted\" <b> & c")
        .push_static(">")
        .push_text("a<b & \"c\">")
        .push_in("<em>", "<i>", "</em>")
        .push_int(-42)
        .push_static("</p>");
    assert_eq!(
        h.as_str(),
        "<p title=\"a &quot;quoted&quot; &lt;b&gt; &amp; c\">a&lt;b &amp; &quot;c&quot;&gt;<em>&lt;i&gt;</em>-42</p>"
    );
    assert_eq!(Html::text("<script>").into_string(), "&lt;script&gt;");
    let mut outer = Html::new();
    outer.push_scroll_region("Costs \"and\" <more>", &Html::text("<table>"));
    assert_eq!(
        outer.as_str(),
        "<div class=\"table-scroll\" role=\"region\" aria-label=\"Costs &quot;and&quot; &lt;more&gt;\" tabindex=\"0\">&lt;table&gt;</div>"
    );
}

/// Compile-level guarantee: every builder of markup returns an [`Html`]
/// (change one to return a `String` and this does not compile), and the
/// only way to get markup out is [`Html::into_string`].
#[test]
fn every_markup_builder_returns_html() {
    let _: fn(&Projection, NumberStyle) -> Html = budget::results_table_html;
    let _: fn(Field, &CostInputs, NumberStyle) -> Html = budget::field_intro_html;
    let _: fn(&CostInputs, NumberStyle) -> Html = budget::main_notes_html;
    let _: fn(&budget::Place) -> Html = budget::place_intro_html;
    let _: fn(&locations::Location) -> Html = budget::flags_html;
    let _: fn(&chart::Chart, chart::View) -> Html = chart::svg_markup;
    let _: fn(&chart::Chart, chart::View, f64) -> Html = chart::overlay_markup;
    let _: fn(&Projection, &chart::Chart, chart::View, NumberStyle) -> Html = chart::svg_html;
    let _: fn(usize) -> Html = chart::key_markup;
    let _: fn(&Projection, chart::View, Option<f64>, NumberStyle) -> Html = chart::frames_html;
    let _: fn(&chart::Chart, chart::View) -> Html = chart::legend_html;
    let _: fn(&Projection, NumberStyle) -> Html = chart::data_table_html;
    let _: fn(&Comparison) -> Html = timezones::html;
    let _: fn(&report::Report, &Projection) -> Html = report::html;
    let _: fn(Html) -> String = Html::into_string;
}

/// Every tag in `markup` is one the builder wrote: no `<script`, `<img`
/// or stray quote made it through from the hostile text.
fn assert_inert(markup: &str, what: &str) {
    assert!(!markup.contains("<script"), "{what}: {markup}");
    assert!(!markup.contains("<img"), "{what}: {markup}");
    assert!(!markup.contains("\"q\""), "{what}: {markup}");
    assert!(!markup.contains("& <"), "{what}: {markup}");
}

fn hostile_scenario() -> Scenario {
    let mut s = Workspace::default().active().clone();
    s.name = HOSTILE.into();
    s
}

#[test]
fn the_report_escapes_a_hostile_name() {
    let s = hostile_scenario();
    let r = report::build(&s, NumberStyle::En);
    let h = report::html(&r, &report::projection(&s)).into_string();
    assert_inert(&h, "report");
    assert!(
        h.contains("<bdi>&lt;script&gt;alert('x')&lt;/script&gt; &quot;q&quot; &amp; &lt;img src=x onerror=alert(1)&gt;</bdi>"),
        "{h}"
    );
}

#[test]
fn the_budget_table_and_notes_escape_hostile_text() {
    // The table's words are the app's own; a hostile currency code cannot
    // pass validation, so feed the builders' text paths directly too.
    let p = project(&CostInputs::default(), &LocationOverrides::new());
    let mut hostile = p.clone();
    hostile.currency = HOSTILE.into();
    let table = budget::results_table_html(&hostile, NumberStyle::En).into_string();
    assert_eq!(table.matches("<tr>").count(), 7, "{table}");
    assert_inert(&table, "results table");
    let mut place = budget::places(&p).remove(0);
    place.roles = HOSTILE.into();
    let intro = budget::place_intro_html(&place).into_string();
    assert_inert(&intro, "place intro");
    assert!(intro.starts_with("<h3>&lt;script&gt;"), "{intro}");
    for markup in [
        budget::main_notes_html(&CostInputs::default(), NumberStyle::En).into_string(),
        budget::field_intro_html(Field::Governance, &CostInputs::default(), NumberStyle::En)
            .into_string(),
        chart::data_table_html(&hostile, NumberStyle::En).into_string(),
    ] {
        assert_inert(&markup, "budget");
    }
}

#[test]
fn the_time_zone_tables_escape_hostile_text() {
    let mut c = compare(&CostInputs::default(), &Default::default());
    c.places[0].roles = HOSTILE.into();
    let h = timezones::html(&c).into_string();
    assert_inert(&h, "time zones");
    assert!(
        h.contains("<td>&lt;script&gt;alert('x')&lt;/script&gt; &quot;q&quot; &amp; &lt;img"),
        "{h}"
    );
    assert_eq!(h.matches("<table").count(), 3);
    assert_eq!(h.matches("class=\"table-scroll\"").count(), 3);
}

#[test]
fn chart_labels_are_escaped() {
    let p = project(&CostInputs::default(), &LocationOverrides::new());
    let mut c = chart::build(&p, chart::FRAMES[0], NumberStyle::En);
    c.y_ticks[0].text = HOSTILE.into();
    let h = chart::svg_markup(&c, chart::View::default()).into_string();
    assert_inert(&h, "chart");
    assert!(h.contains("&lt;script&gt;"), "{h}");
}
