//! The user's edits of cited location figures, saved per scenario: which
//! figures may be edited, their ranges, and the edits themselves.

use serde::{Deserialize, Serialize};

use crate::domain::model::ids::LocationId;
use crate::domain::model::inputs::{parse_number, FieldError, LabourIndex};
use crate::domain::model::number_style::NumberStyle;
use crate::domain::model::small::SmallMap;

/// The figures of one location the cost model uses, after the user's edits.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct LocationFigures {
    /// Median developer pay, USD per year.
    pub dev_pay_median_usd: f64,
    /// Developer pay index, US = 100.
    pub dev_pay_index: f64,
    /// GNI per capita, USD.
    pub gni_per_capita_usd: f64,
    /// GNI index, US = 100.
    pub gni_index: f64,
    /// Employer on-cost, % of gross pay.
    pub employer_oncost_pct: f64,
}

impl LocationFigures {
    /// The index (US = 100) the chosen labour measure gives.
    pub fn index(&self, index: LabourIndex) -> f64 {
        match index {
            LabourIndex::DeveloperPay => self.dev_pay_index,
            LabourIndex::Gni => self.gni_index,
        }
    }

    /// Labour cost as a fraction of the US.
    pub fn relative_to_us(&self, index: LabourIndex) -> f64 {
        self.index(index) / 100.0
    }
}

/// A figure of a location the user may replace.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EditableFigure {
    DevPayMedian,
    DevPayIndex,
    GniPerCapita,
    GniIndex,
    EmployerOnCost,
}

impl EditableFigure {
    /// Every editable figure.
    pub const ALL: [EditableFigure; 5] = [
        EditableFigure::DevPayMedian,
        EditableFigure::DevPayIndex,
        EditableFigure::GniPerCapita,
        EditableFigure::GniIndex,
        EditableFigure::EmployerOnCost,
    ];

    /// The name a person reads.
    pub fn label(self) -> &'static str {
        match self {
            EditableFigure::DevPayMedian => "Developer pay median",
            EditableFigure::DevPayIndex => "Developer pay index",
            EditableFigure::GniPerCapita => "GNI per capita",
            EditableFigure::GniIndex => "GNI index",
            EditableFigure::EmployerOnCost => "Employer on-cost",
        }
    }

    /// The unit shown beside the field.
    pub fn unit(self) -> &'static str {
        match self {
            EditableFigure::DevPayMedian | EditableFigure::GniPerCapita => "USD per year",
            EditableFigure::DevPayIndex | EditableFigure::GniIndex => "US = 100",
            EditableFigure::EmployerOnCost => "% of gross pay",
        }
    }

    /// The allowed range, inclusive. Indices stay above zero so that a
    /// relative cost never divides by zero.
    pub fn range(self) -> (f64, f64) {
        match self {
            EditableFigure::DevPayMedian => (100.0, 10_000_000.0),
            EditableFigure::GniPerCapita => (10.0, 1_000_000.0),
            EditableFigure::DevPayIndex | EditableFigure::GniIndex => (0.1, 1_000.0),
            EditableFigure::EmployerOnCost => (0.0, 100.0),
        }
    }

    /// Checks a typed value against the figure's range.
    pub fn validate(self, value: f64) -> Result<f64, FieldError> {
        let (min, max) = self.range();
        if !value.is_finite() {
            return Err(FieldError::NotANumber);
        }
        if value < min || value > max {
            return Err(FieldError::OutOfRange);
        }
        Ok(value)
    }
}

/// The user's replacements for one location's figures; `None` keeps the
/// preset and is left out of the saved text (older saves wrote `null`,
/// which still reads as `None`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LocationEdit {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dev_pay_median_usd: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dev_pay_index: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gni_per_capita_usd: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gni_index: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employer_oncost_pct: Option<f64>,
}

impl LocationEdit {
    pub(crate) fn slot(&mut self, figure: EditableFigure) -> &mut Option<f64> {
        match figure {
            EditableFigure::DevPayMedian => &mut self.dev_pay_median_usd,
            EditableFigure::DevPayIndex => &mut self.dev_pay_index,
            EditableFigure::GniPerCapita => &mut self.gni_per_capita_usd,
            EditableFigure::GniIndex => &mut self.gni_index,
            EditableFigure::EmployerOnCost => &mut self.employer_oncost_pct,
        }
    }

    /// The edited value of a figure, if any.
    pub fn get(&self, figure: EditableFigure) -> Option<f64> {
        match figure {
            EditableFigure::DevPayMedian => self.dev_pay_median_usd,
            EditableFigure::DevPayIndex => self.dev_pay_index,
            EditableFigure::GniPerCapita => self.gni_per_capita_usd,
            EditableFigure::GniIndex => self.gni_index,
            EditableFigure::EmployerOnCost => self.employer_oncost_pct,
        }
    }

    /// Whether nothing is edited.
    pub fn is_empty(&self) -> bool {
        EditableFigure::ALL.iter().all(|f| self.get(*f).is_none())
    }
}

/// Per-scenario edits of location figures, keyed by location id. Saved with
/// the scenario as `{"india":{"gni_index":4.0}}`; a location without an
/// entry uses its cited presets. Only preset locations can be keys (an
/// unknown id is an error when reading), so it holds at most one entry per
/// preset; an entry that edits nothing is dropped when read.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LocationOverrides {
    #[serde(deserialize_with = "edits_without_empty")]
    pub edits: SmallMap<LocationId, LocationEdit>,
}

fn edits_without_empty<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<SmallMap<LocationId, LocationEdit>, D::Error> {
    let mut edits = SmallMap::<LocationId, LocationEdit>::deserialize(deserializer)?;
    edits.retain(|_, edit| !edit.is_empty());
    Ok(edits)
}

impl LocationOverrides {
    /// No edits.
    pub fn new() -> Self {
        Self::default()
    }

    /// The edited value of one figure, if the user replaced it.
    pub fn get(&self, id: LocationId, figure: EditableFigure) -> Option<f64> {
        self.edits.get(&id).and_then(|e| e.get(figure))
    }

    /// Whether the user replaced this figure.
    pub fn is_edited(&self, id: LocationId, figure: EditableFigure) -> bool {
        self.get(id, figure).is_some()
    }

    /// Whether the user replaced any figure of this location.
    pub fn is_location_edited(&self, id: LocationId) -> bool {
        self.edits.get(&id).is_some_and(|e| !e.is_empty())
    }

    /// Brings one figure back to its cited preset.
    pub fn reset_figure(&mut self, id: LocationId, figure: EditableFigure) {
        if let Some(edit) = self.edits.get_mut(&id) {
            *edit.slot(figure) = None;
            if edit.is_empty() {
                self.edits.remove(&id);
            }
        }
    }

    /// Brings every figure of one location back to its presets.
    pub fn reset(&mut self, id: LocationId) {
        self.edits.remove(&id);
    }

    /// Drops every edit.
    pub fn reset_all(&mut self) {
        self.edits.clear();
    }
}

/// Reads a typed location figure ("140,000" in the En style) and checks its range.
pub fn parse_figure(
    figure: EditableFigure,
    text: &str,
    style: NumberStyle,
) -> Result<f64, FieldError> {
    figure.validate(parse_number(text, style)?)
}

/// The value of one editable figure as the model uses it.
pub fn figure_value(f: &LocationFigures, figure: EditableFigure) -> f64 {
    match figure {
        EditableFigure::DevPayMedian => f.dev_pay_median_usd,
        EditableFigure::DevPayIndex => f.dev_pay_index,
        EditableFigure::GniPerCapita => f.gni_per_capita_usd,
        EditableFigure::GniIndex => f.gni_index,
        EditableFigure::EmployerOnCost => f.employer_oncost_pct,
    }
}
