//! Where a matrix score comes from, in words: the cell dialog's first line.

use crate::domain::content::locations;
use crate::domain::content::scores::rationale;
use crate::domain::model::criteria::Criterion;
use crate::domain::model::options::SourcingOption;
use crate::domain::present::numbers::{percent_text, NumberStyle};
use crate::domain::present::suggest::reason;
use crate::domain::present::timezones::duration_text;
use crate::domain::rules::sheet::{
    Adequacy, Cell, EnglishBand, HybridRule, LocationFact, Origin, ScoreSheet,
};
use crate::domain::rules::suggest::Suggestion;

/// The short name of where a cell's score comes from.
pub fn origin_label(cell: &Cell) -> &'static str {
    if cell.overridden {
        return "Your override";
    }
    default_label(&cell.origin)
}

/// The short name of where a default score comes from.
pub fn default_label(origin: &Origin) -> &'static str {
    match origin {
        Origin::CostModel(_) => "Cost model",
        Origin::LocationData(_) => "Location data",
        Origin::Fixed { .. } => "Fixed",
        Origin::Hybrid { .. } => "Follows hybrid's target",
    }
}

/// Where the score of a cell comes from, in one or two sentences: the
/// user's own score, or the default's figure and source, or its rationale.
pub fn origin_text(
    sheet: &ScoreSheet,
    option: SourcingOption,
    criterion: Criterion,
    style: NumberStyle,
) -> String {
    let cell = sheet.cell(option, criterion);
    let default = default_text(sheet, option, criterion, style);
    if cell.overridden {
        format!(
            "You set this score. Without it the score would be {}: {default}",
            cell.default
        )
    } else {
        default
    }
}

/// Why the default score is what it is.
pub fn default_text(
    sheet: &ScoreSheet,
    option: SourcingOption,
    criterion: Criterion,
    style: NumberStyle,
) -> String {
    let cell = sheet.cell(option, criterion);
    let home = locations::get(sheet.placement.home).name;
    match &cell.origin {
        Origin::CostModel(basis) => reason(
            &Suggestion {
                score: cell.default,
                basis: basis.clone(),
            },
            &sheet.currency,
            style,
        ),
        Origin::LocationData(fact) => {
            let place = locations::get(fact.place()).name;
            let source = fact.figure().source().short;
            let captive_note = if option == SourcingOption::Captive {
                " Your own centre scores one lower than a vendor there, since you carry this yourself."
            } else {
                ""
            };
            match fact {
                LocationFact::Overlap { minutes, .. } if fact.place() == sheet.placement.home => {
                    format!(
                        "The team works in {home}, on your own hours: {} of shared working time ({source}).",
                        duration_text(*minutes)
                    )
                }
                LocationFact::Overlap { minutes, .. } => format!(
                    "A team in {place} shares {} of your working day in {home} ({source}, with the working day set under Time zones).",
                    duration_text(*minutes)
                ),
                LocationFact::Coverage { minutes, .. } => format!(
                    "Your home team and the team in {place} are at work {} of the day between them, without night shifts ({source}, with the working day set under Time zones).",
                    duration_text(*minutes)
                ),
                LocationFact::English {
                    shared: Some("English"),
                    ..
                } => format!(
                    "English is the native language in both {home} and {place} ({source} does not rank native-English countries)."
                ),
                LocationFact::English {
                    shared: Some(language),
                    ..
                } => format!(
                    "{language} is the first language of both {home} and {place} (official language)."
                ),
                LocationFact::English { band, .. } => format!(
                    "English proficiency in {place} is {} ({source}: {}).",
                    band.map_or("not published", EnglishBand::label),
                    locations::get(fact.place()).ef_epi_display()
                ),
                LocationFact::Adequacy { adequacy, .. } => {
                    let standing = match adequacy {
                        Adequacy::EuMember => format!("{place} is an EU member state, so your data rules apply there unchanged"),
                        Adequacy::Adequate => format!("{place} has an EU adequacy decision, so personal data may go there without extra safeguards"),
                        Adequacy::PartialOrNone => format!("{place} has no full EU adequacy decision, so sending personal data there needs extra safeguards such as standard contractual clauses"),
                    };
                    format!(
                        "{standing} ({source}: {}).{captive_note}",
                        locations::get(fact.place()).eu_gdpr_adequacy
                    )
                }
                LocationFact::ServicesRank { rank: Some(r), .. } => format!(
                    "{place} ranks {r} of 78 countries in the {source}, which weighs the size and skills of the talent pool.{captive_note}"
                ),
                LocationFact::ServicesRank { rank: None, .. } => format!(
                    "{place} has no rank in our copy of the {source}, so it gets the middle score for scaling up.{captive_note}"
                ),
            }
        }
        Origin::Fixed { no_figure } => {
            let why = rationale(option, criterion);
            match no_figure {
                Some(figure) => format!(
                    "{} has no figure for {}, so a fixed score applies. {why}",
                    figure.source().short,
                    locations::get(sheet.placement.place(option)).name
                ),
                None => format!("A fixed score. {why}"),
            }
        }
        Origin::Hybrid {
            target,
            share_pct,
            rule,
        } => {
            let share = percent_text(*share_pct);
            let target_name = target.name();
            match rule {
                HybridRule::Access { small_share: false } => format!(
                    "Hybrid takes the score of {target_name}, where its moved share ({share} of the work) goes: this is what that share buys."
                ),
                HybridRule::Access { small_share: true } => format!(
                    "Hybrid takes the score of {target_name}, where its moved share goes, less one: {share} of the work is too small a slice to lean on."
                ),
                HybridRule::CoreStaysYours => format!(
                    "In-house's score and that of {target_name} blended by the share moved ({share} of the work), rounded: the core stays yours."
                ),
                HybridRule::Blend => format!(
                    "In-house's score and that of {target_name} blended by the share moved ({share} of the work)."
                ),
            }
        }
    }
}

#[cfg(test)]
mod tests;
