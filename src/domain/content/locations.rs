//! Location presets: the 21 places of `data/locations.tsv`, compiled in by
//! `build.rs`, each figure with its source and year, editable per scenario.
//!
//! The presets are cited public figures (see `data/SOURCES.md`); what the
//! table does not hold (region, native English, first language, on-cost notes, caveats
//! other than the small-sample rule) is written by hand in
//! `data/location_notes.tsv`. The user may replace the figures the cost
//! model uses; those edits live in a `model::location_edits::LocationOverrides`
//! saved with the scenario, and a reset brings the cited figure back. Empty
//! cells of the source table stay `None`: we never guess a missing figure.

use serde::{Deserialize, Serialize};

use crate::domain::model::ids::LocationId;
use crate::domain::model::inputs::LabourIndex;
use crate::domain::model::location_edits::{EditableFigure, LocationFigures};

/// Where a figure comes from: shown next to every figure the app displays.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Source {
    /// A short citation for tooltips and table footers, year included.
    pub short: &'static str,
    /// The full name of the publication or dataset.
    pub title: &'static str,
    /// The year (or span of years) the figures refer to.
    pub year: &'static str,
    /// What the figure measures and its known limits.
    pub note: &'static str,
}

/// IANA time zone, standard UTC offset and daylight saving.
pub const SOURCE_IANA: Source = Source {
    short: "IANA tz 2025b",
    title: "IANA Time Zone Database",
    year: "2025b",
    note: "Zone of the representative city; standard offset in hours; whether daylight saving applies.",
};

/// Median developer pay, its index and the number of respondents.
pub const SOURCE_STACK_OVERFLOW: Source = Source {
    short: "Stack Overflow Developer Survey 2024",
    title: "Stack Overflow Annual Developer Survey (TidyTuesday 2024-09-03 curation)",
    year: "2024",
    note: "Median annual pay of professional software developers in USD at market exchange rates \
           (about June 2024), over pay between USD 1k and 1M; index = value / US × 100.",
};

/// GNI per capita and its index.
pub const SOURCE_WORLD_BANK_GNI: Source = Source {
    short: "World Bank WDI, GNI per capita (Atlas), 2023",
    title: "World Bank World Development Indicators, series NY.GNP.PCAP.CD (CC BY 4.0), release of 2026-07",
    year: "2023",
    note: "GNI per capita, Atlas method, current USD; index = value / US × 100. \
           The Atlas method lags sudden currency moves.",
};

/// OECD average annual wage at purchasing-power parity.
pub const SOURCE_OECD_WAGES: Source = Source {
    short: "OECD average annual wages 2022 (USD PPP)",
    title: "OECD dataset AV_AN_WAGE (export 2024)",
    year: "2022",
    note: "Average annual wage, USD at PPP, constant 2022 prices; index = value / US × 100. \
           PPP understates market-rate gaps for lower-income countries, so the cost model \
           never uses it for offshore savings.",
};

/// English proficiency score and band.
pub const SOURCE_EF_EPI: Source = Source {
    short: "EF EPI 2024",
    title: "EF English Proficiency Index 2024 (116 countries)",
    year: "2024",
    note: "Score and band: 600+ very high, 550–599 high, 500–549 moderate, 450–499 low. \
           Native-English countries are not ranked.",
};

/// Kearney Global Services Location Index rank.
pub const SOURCE_KEARNEY_GSLI: Source = Source {
    short: "Kearney GSLI 2023",
    title: "Kearney Global Services Location Index 2023 (25 Jul 2023)",
    year: "2023",
    note: "Rank among 78 countries on 52 metrics.",
};

/// Statutory employer contributions.
pub const SOURCE_ONCOST: Source = Source {
    short: "national social-security sources 2020–2025",
    title: "National social-security and tax sites and payroll firms",
    year: "2020–2025",
    note: "Statutory employer contributions as % of gross pay; most are capped at a ceiling.",
};

/// EU adequacy decisions for personal-data transfers.
pub const SOURCE_EU_ADEQUACY: Source = Source {
    short: "European Commission adequacy decisions (2026)",
    title: "European Commission list of adequacy decisions",
    year: "2026",
    note: "Whether the EU allows personal data to flow there without extra safeguards \
           (UK renewed Dec 2025; Brazil Decision (EU) 2026/179).",
};

/// The kinds of figure a location carries, each with one source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Figure {
    TimeZone,
    DeveloperPay,
    GniPerCapita,
    OecdWage,
    EnglishProficiency,
    ServicesLocationIndex,
    EmployerOnCost,
    GdprAdequacy,
}

impl Figure {
    /// Every kind of figure, in display order.
    pub const ALL: [Figure; 8] = [
        Figure::TimeZone,
        Figure::DeveloperPay,
        Figure::GniPerCapita,
        Figure::OecdWage,
        Figure::EnglishProficiency,
        Figure::ServicesLocationIndex,
        Figure::EmployerOnCost,
        Figure::GdprAdequacy,
    ];

    /// Where this kind of figure comes from.
    pub fn source(self) -> &'static Source {
        match self {
            Figure::TimeZone => &SOURCE_IANA,
            Figure::DeveloperPay => &SOURCE_STACK_OVERFLOW,
            Figure::GniPerCapita => &SOURCE_WORLD_BANK_GNI,
            Figure::OecdWage => &SOURCE_OECD_WAGES,
            Figure::EnglishProficiency => &SOURCE_EF_EPI,
            Figure::ServicesLocationIndex => &SOURCE_KEARNEY_GSLI,
            Figure::EmployerOnCost => &SOURCE_ONCOST,
            Figure::GdprAdequacy => &SOURCE_EU_ADEQUACY,
        }
    }

    /// The name a person reads.
    pub fn label(self) -> &'static str {
        match self {
            Figure::TimeZone => "Time zone",
            Figure::DeveloperPay => "Developer pay (median)",
            Figure::GniPerCapita => "GNI per capita",
            Figure::OecdWage => "OECD average wage (PPP)",
            Figure::EnglishProficiency => "English proficiency (EF EPI)",
            Figure::ServicesLocationIndex => "Services location rank (Kearney GSLI)",
            Figure::EmployerOnCost => "Employer on-cost",
            Figure::GdprAdequacy => "EU GDPR adequacy",
        }
    }
}

/// A caveat about a location's figures, as `SOURCES.md` states it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DataFlag {
    /// Fewer than [`SMALL_SAMPLE_N`] survey respondents.
    SmallSample,
    /// So few respondents (Costa Rica, n = 15) that the pay figure is unreliable.
    UnreliableSample,
    /// Some respondents entered monthly pay as yearly (Colombia, Ukraine).
    EntryError,
    /// GNI inflated by multinational income (Ireland).
    GniInflated,
}

impl DataFlag {
    /// The figure the caveat is about.
    pub fn figure(self) -> Figure {
        match self {
            DataFlag::SmallSample | DataFlag::UnreliableSample | DataFlag::EntryError => {
                Figure::DeveloperPay
            }
            DataFlag::GniInflated => Figure::GniPerCapita,
        }
    }

    /// A short label for a badge.
    pub fn label(self) -> &'static str {
        match self {
            DataFlag::SmallSample => "small sample",
            DataFlag::UnreliableSample => "unreliable",
            DataFlag::EntryError => "entry errors",
            DataFlag::GniInflated => "GNI inflated",
        }
    }

    /// One sentence explaining the caveat.
    pub fn message(self) -> &'static str {
        match self {
            DataFlag::SmallSample => {
                "Small sample: fewer than 70 survey respondents, so the developer-pay figure is rough."
            }
            DataFlag::UnreliableSample => {
                "Unreliable: only 15 survey respondents; replace the developer-pay figure with your own if you can."
            }
            DataFlag::EntryError => {
                "Some respondents entered monthly pay as yearly: the developer-pay median may be off by about ±30 %."
            }
            DataFlag::GniInflated => {
                "GNI per capita is inflated by multinational income booked here; it overstates local pay."
            }
        }
    }
}

/// Below this many respondents a developer-pay figure counts as a small sample.
pub const SMALL_SAMPLE_N: u32 = 70;

/// A broad region, for grouping the location list and suggesting a nearshore target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    NorthAmerica,
    LatinAmerica,
    Europe,
    Asia,
    Africa,
}

/// Median developer pay from the Stack Overflow 2024 survey.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct DevPay {
    /// Median annual pay, USD at market rates.
    pub median_usd: f64,
    /// The median as a share of the US median, US = 100.
    pub index_us100: f64,
    /// Respondents behind the median.
    pub respondents: u32,
}

/// GNI per capita from the World Bank (Atlas method, 2023).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Gni {
    /// GNI per capita, current USD.
    pub per_capita_usd: f64,
    /// As a share of the US figure, US = 100.
    pub index_us100: f64,
}

/// OECD average annual wage at PPP (only OECD members have one).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct OecdWage {
    /// Average annual wage, USD at PPP, constant 2022 prices.
    pub usd_ppp: f64,
    /// As a share of the US figure, US = 100.
    pub index_us100: f64,
}

/// Statutory employer contributions on top of gross pay.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct OnCost {
    /// The percentage the model uses; the midpoint where the source gives a range.
    pub pct: f64,
    /// The cell as the source table has it, e.g. `"16.3-29.8"`.
    pub text: &'static str,
    /// What the number hides (range, estimate, year), if anything.
    pub note: Option<&'static str>,
}

/// One preset location with its cited figures.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Location {
    /// Stable identifier used in saved data.
    pub id: LocationId,
    /// Country name.
    pub name: &'static str,
    /// Representative city.
    pub city: &'static str,
    /// Broad region.
    pub region: Region,
    /// IANA zone of the city.
    pub iana_zone: &'static str,
    /// Standard (winter) offset from UTC in hours; India is 5.5.
    pub utc_offset_hours: f64,
    /// Whether daylight saving time applies.
    pub dst: bool,
    /// Stack Overflow 2024 developer pay.
    pub dev_pay: DevPay,
    /// World Bank GNI per capita 2023.
    pub gni: Gni,
    /// Employer on-cost.
    pub employer_oncost: OnCost,
    /// EF EPI 2024 score and band as published, e.g. `"598 high"`; `None` when not ranked or not found.
    pub ef_epi: Option<&'static str>,
    /// The score that starts the EF EPI cell, if it starts with one.
    pub ef_epi_score: Option<u16>,
    /// English is the main native language (EF EPI does not rank these countries).
    pub native_english: bool,
    /// The official language most people there speak first (hand-written in
    /// `data/location_notes.tsv`), for "shared language".
    pub first_language: &'static str,
    /// Kearney GSLI 2023 rank, `None` when not in the table.
    pub gsli_rank: Option<u16>,
    /// EU GDPR adequacy status as text.
    pub eu_gdpr_adequacy: &'static str,
    /// OECD average wage, `None` for non-members.
    pub oecd_wage: Option<OecdWage>,
    /// Caveats from `SOURCES.md`: the small-sample rule first, then the others.
    pub flags: &'static [DataFlag],
}

impl Location {
    /// "Bengaluru, India".
    pub fn display_name(&self) -> String {
        format!("{}, {}", self.city, self.name)
    }

    /// Whether the developer-pay figure rests on fewer than [`SMALL_SAMPLE_N`] respondents.
    pub fn is_small_sample(&self) -> bool {
        self.dev_pay.respondents < SMALL_SAMPLE_N
    }

    /// Whether the location carries a given caveat.
    pub fn has_flag(&self, flag: DataFlag) -> bool {
        self.flags.contains(&flag)
    }

    /// What to show for English proficiency: the published text, "not ranked
    /// (native English)" or "not found".
    pub fn ef_epi_display(&self) -> &'static str {
        match self.ef_epi {
            Some(text) => text,
            None if self.native_english => "not ranked (native English)",
            None => "not found",
        }
    }

    /// The cited figures the cost model can use, before any user edit.
    pub fn preset_figures(&self) -> LocationFigures {
        LocationFigures {
            dev_pay_median_usd: self.dev_pay.median_usd,
            dev_pay_index: self.dev_pay.index_us100,
            gni_per_capita_usd: self.gni.per_capita_usd,
            gni_index: self.gni.index_us100,
            employer_oncost_pct: self.employer_oncost.pct,
        }
    }
}

// `LOCATIONS`, generated by `build.rs` from `data/locations.tsv` and
// `data/location_notes.tsv`.
include!(concat!(env!("OUT_DIR"), "/locations.rs"));

/// The preset of a location.
pub fn get(id: LocationId) -> &'static Location {
    // `build.rs` writes `LocationId` and `LOCATIONS` from the same rows, in
    // the same order (a native test checks it).
    &LOCATIONS[id as usize]
}

/// Every preset, in the order of the source table.
pub fn all() -> &'static [Location] {
    &LOCATIONS
}

/// A sensible nearshore target for a home location: a lower-cost country in
/// the same broad region with overlapping hours, or `None` when the presets
/// hold no obvious one.
pub fn suggested_nearshore(home: LocationId) -> Option<LocationId> {
    match get(home).region {
        Region::NorthAmerica => Some(LocationId::Mexico),
        Region::Europe if home != LocationId::Poland => Some(LocationId::Poland),
        _ => None,
    }
}

/// The default nearshore and offshore places for a home (the captive centre
/// defaults to the offshore place, so "own centre or vendor" is compared in
/// the same place). Content, chosen by hand and checked by
/// `calibration::every_default_place_is_cheaper_than_home_where_one_can_be` over all 21
/// homes (developer pay index, the default labour index):
///
/// * nearshore: a cheaper place in the home's region sharing at least five
///   working hours (US, Canada, Costa Rica: Mexico; Western Europe: Poland;
///   Poland, Romania and Portugal: Egypt, as Romania is not cheaper than
///   Poland and Ukraine carries a war-risk caveat; Asia: Vietnam or
///   Malaysia). Where no cheaper place shares five working hours with home
///   (Brazil, Vietnam, Egypt: their cheaper places are all far away), the
///   nearest sizeable market instead (Colombia, India, Ukraine), and the
///   Budget screen's labour-gap note says it costs more than home.
/// * offshore: India (Kearney GSLI 2023 rank 1, 819 survey answers) unless
///   the home is itself cheap (India above half its labour cost); then a
///   distant place with a cheaper pay figure, further in hours than the
///   nearshore place. Egypt has the lowest pay figure of the 21: nothing is
///   cheaper, its targets are its nearest markets, and the labour-gap note
///   says no place in the presets costs less.
pub fn default_targets(home: LocationId) -> (LocationId, LocationId) {
    use LocationId::*;
    match home {
        UnitedStates | Canada | CostaRica => (Mexico, India),
        UnitedKingdom | Germany | Ireland => (Poland, India),
        Poland | Romania | Portugal | SouthAfrica => (Egypt, India),
        Argentina => (Brazil, India),
        Mexico => (Colombia, Vietnam),
        Colombia => (Brazil, Vietnam),
        Brazil => (Colombia, Egypt),
        India => (Vietnam, Egypt),
        Philippines => (Malaysia, Egypt),
        Malaysia => (Vietnam, Egypt),
        Vietnam => (India, Egypt),
        China => (Vietnam, Egypt),
        Egypt => (Ukraine, Vietnam),
        Ukraine => (Egypt, Vietnam),
    }
}

/// Whether some preset has a lower developer pay index (the default labour
/// index) than `home`.
pub fn has_cheaper_place(home: LocationId) -> bool {
    let own = get(home).dev_pay.index_us100;
    all().iter().any(|l| l.dev_pay.index_us100 < own)
}

impl LabourIndex {
    /// The source of the index.
    pub fn source(self) -> &'static Source {
        match self {
            LabourIndex::DeveloperPay => &SOURCE_STACK_OVERFLOW,
            LabourIndex::Gni => &SOURCE_WORLD_BANK_GNI,
        }
    }
}

impl EditableFigure {
    /// The kind of figure, for its source.
    pub fn figure(self) -> Figure {
        match self {
            EditableFigure::DevPayMedian | EditableFigure::DevPayIndex => Figure::DeveloperPay,
            EditableFigure::GniPerCapita | EditableFigure::GniIndex => Figure::GniPerCapita,
            EditableFigure::EmployerOnCost => Figure::EmployerOnCost,
        }
    }
}

/// "Bengaluru, India", marked when its pay figure is shaky.
pub fn location_choice(loc: &Location) -> String {
    match loc.flags.first() {
        Some(flag) if flag.figure() == Figure::DeveloperPay => {
            format!("{} ({})", loc.display_name(), flag.label())
        }
        _ => loc.display_name(),
    }
}

#[cfg(test)]
mod tests;
