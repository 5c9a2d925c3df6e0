//! The matrix in words: weight shares, totals, the ranking, how close the
//! call is and which single weight would swap the top two.

use crate::domain::model::options::SourcingOption;
use crate::domain::present::markup::Html;
use crate::domain::rules::matrix::{CellFacts, Evaluation, Flip};

/// The sensitivity result in plain words, for the leader and runner-up.
pub fn flip_sentence(evaluation: &Evaluation) -> String {
    flip_text(evaluation.leader, evaluation.runner_up, evaluation.flip)
}

/// [`flip_sentence`] from its parts (the recommendation keeps them too).
pub fn flip_text(
    leader: Option<SourcingOption>,
    runner_up: Option<SourcingOption>,
    flip: Option<Flip>,
) -> String {
    let (leader, runner) = match (leader, runner_up) {
        (Some(a), Some(b)) => (a, b),
        (Some(a), None) => {
            return format!(
                "{} is the only option left, so there is nothing for it to swap places with.",
                a.name()
            )
        }
        _ => return "Every option is ruled out by a knock-out rule, so there is no ranking to change.".to_string(),
    };
    match flip {
        Some(f) if f.ties => format!(
            "{} would draw level with {} and move ahead on the listing order if the weight of \"{}\" went from {} to {}.",
            runner.name(),
            leader.name(),
            f.criterion.name(),
            f.from,
            f.to
        ),
        Some(f) => format!(
            "{} would overtake {} if the weight of \"{}\" went from {} to {}.",
            runner.name(),
            leader.name(),
            f.criterion.name(),
            f.from,
            f.to
        ),
        None => format!(
            "No change to a single weight can put {} ahead of {}; it would take several weights changing at once.",
            runner.name(),
            leader.name()
        ),
    }
}

/// Says how safe the lead is, flagging a close call in plain words.
pub fn close_call_sentence(evaluation: &Evaluation) -> String {
    close_call_text(
        evaluation.leader,
        evaluation.runner_up,
        evaluation.margin,
        evaluation.close_call,
    )
}

/// [`close_call_sentence`] from its parts (the recommendation keeps them too).
pub fn close_call_text(
    leader: Option<SourcingOption>,
    runner_up: Option<SourcingOption>,
    margin: f64,
    close_call: bool,
) -> String {
    let (leader, runner) = match (leader, runner_up) {
        (Some(a), Some(b)) => (a, b),
        (Some(a), None) => {
            return format!(
                "{} is the only option left after the knock-out rules.",
                a.name()
            )
        }
        _ => return "Every option is ruled out by a knock-out rule.".to_string(),
    };
    // Exact ties come from equal points, so the margin is exactly zero.
    if margin == 0.0 {
        return format!(
            "Close call: {} and {} are level; {} is shown first only because of the listing order.",
            leader.name(),
            runner.name(),
            leader.name()
        );
    }
    if close_call {
        format!(
            "Close call: {} leads {} by only {} points out of 100, so a small change in the weights could swap them.",
            leader.name(),
            runner.name(),
            total_label(margin)
        )
    } else {
        format!(
            "{} leads {} by {} points out of 100, a clear margin.",
            leader.name(),
            runner.name(),
            total_label(margin)
        )
    }
}

/// A weight share as a whole percentage ("12%"); a small non-zero share
/// reads "<1%" so it never looks ignored.
pub fn percent(share: f64) -> String {
    let pct = share * 100.0;
    if pct > 0.0 && pct < 0.5 {
        "<1%".to_string()
    } else {
        format!("{}%", pct.round() as i64)
    }
}

/// A total as shown in the table and ranking (one decimal), e.g. "61.4".
pub fn total_label(total: f64) -> String {
    let tenths = (total * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let tenths = tenths.abs();
    format!("{sign}{}.{}", tenths / 10, tenths % 10)
}

/// The top two and the gap between them, in one line: what a phone shows
/// while a weight far below the ranking is being changed.
pub fn mini_ranking(evaluation: &Evaluation) -> String {
    match (evaluation.ranking.first(), evaluation.ranking.get(1)) {
        (Some(a), Some(b)) => format!(
            "1. {} {} · 2. {} {} · ahead by {}",
            a.option.name(),
            total_label(a.total),
            b.option.name(),
            total_label(b.total),
            total_label(a.total - b.total)
        ),
        (Some(a), None) => format!(
            "1. {} {} · every other option is ruled out",
            a.option.name(),
            total_label(a.total)
        ),
        _ => "Every option is ruled out.".to_string(),
    }
}

/// One sentence for screen readers when the ranking changes.
pub fn ranking_summary(evaluation: &Evaluation) -> String {
    match (evaluation.ranking.first(), evaluation.ranking.get(1)) {
        (Some(first), Some(second)) => format!(
            "{} leads with {} of 100, ahead of {} with {}.",
            first.option.name(),
            total_label(first.total),
            second.option.name(),
            total_label(second.total)
        ),
        (Some(first), None) => format!(
            "{} is the only option left, with {} of 100.",
            first.option.name(),
            total_label(first.total)
        ),
        _ => "Every option is ruled out by a knock-out rule.".to_string(),
    }
}

#[cfg(test)]
mod tests;

/// The legend above the matrix: what the scores and marks mean. Static
/// markup, set once (built by hand it cost a view node per word and mark).
pub fn legend_html() -> Html {
    Html::raw_static(
        "Scores run from 1 (poor) to 5 (strong); higher is always better for you. \
         <span aria-hidden=\"true\">★</span> marks the best in its row, \
         <span aria-hidden=\"true\">✎</span> a score you changed, \
         <span aria-hidden=\"true\">∑</span> a score from your cost model, \
         <span aria-hidden=\"true\">◎</span> one from the location data; the others are fixed scores. \
         Select a score to see where it comes from and to change it, or a criterion to read what it means.",
    )
}

/// A score cell's class: its heat colour, greyed when the option is ruled out.
pub fn score_cell_class(facts: &CellFacts) -> String {
    let mut class = format!("score-cell heat-{}", facts.score);
    if facts.out {
        class.push_str(" ruled-out");
    }
    class
}

/// What a score cell's button holds: the score, its marks (best in row;
/// changed, from the cost model or from the location data), and the same
/// in words for screen readers, which name the option too.
pub fn score_cell_html(option: SourcingOption, facts: &CellFacts) -> Html {
    let mut out = Html::new();
    out.push_static("<span class=\"score num\" aria-hidden=\"true\">")
        .push_int(i64::from(facts.score))
        .push_static("</span><span class=\"marks\" aria-hidden=\"true\">");
    if facts.best {
        out.push_static("★");
    }
    out.push_static(if facts.changed {
        "✎"
    } else if facts.from_cost_model {
        "∑"
    } else if facts.from_location_data {
        "◎"
    } else {
        ""
    });
    let mut words = format!(" {}: {} of 5", option.name(), facts.score);
    if facts.best {
        words.push_str(", best in row");
    }
    if facts.changed {
        words.push_str(", changed by you");
    } else if facts.from_cost_model {
        words.push_str(", from the cost model");
    } else if facts.from_location_data {
        words.push_str(", from the location data");
    }
    if facts.out {
        words.push_str(", ruled out");
    }
    out.push_static("</span>")
        .push_in("<span class=\"sr-only\">", &words, "</span>");
    out
}
