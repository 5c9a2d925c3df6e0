//! Location presets: the 21 places of `shared/data/locations.tsv`, compiled in,
//! each figure with its source and year, editable per scenario.
//!
//! The presets are cited public figures (see `shared/data/SOURCES.md`). The
//! user may replace the figures the cost model uses; those edits live in a
//! `model::location_edits::LocationOverrides` saved with the scenario, and a
//! reset brings the cited figure back. Empty cells of the source table stay `None`: we never
//! guess a missing figure.

use serde::{Deserialize, Serialize};

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
    /// Stable snake_case identifier used in saved data.
    pub id: &'static str,
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
    /// English is the main native language (EF EPI does not rank these countries).
    pub native_english: bool,
    /// Kearney GSLI 2023 rank, `None` when not in the table.
    pub gsli_rank: Option<u16>,
    /// EU GDPR adequacy status as text.
    pub eu_gdpr_adequacy: &'static str,
    /// OECD average wage, `None` for non-members.
    pub oecd_wage: Option<OecdWage>,
    /// Caveats from `SOURCES.md`.
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

    /// The EF EPI score as a number, when the cell starts with one.
    pub fn ef_epi_score(&self) -> Option<u16> {
        let text = self.ef_epi?;
        let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
        digits.parse().ok()
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

/// Every preset location, in the order of `locations.tsv`.
pub static LOCATIONS: [Location; 21] = [
    Location {
        id: "united_states",
        name: "United States",
        city: "New York",
        region: Region::NorthAmerica,
        iana_zone: "America/New_York",
        utc_offset_hours: -5.0,
        dst: true,
        dev_pay: DevPay {
            median_usd: 140_000.0,
            index_us100: 100.0,
            respondents: 3249,
        },
        gni: Gni {
            per_capita_usd: 79_950.0,
            index_us100: 100.0,
        },
        employer_oncost: OnCost {
            pct: 7.65,
            text: "7.65",
            note: Some("FICA; the Social Security part is capped"),
        },
        ef_epi: None,
        native_english: true,
        gsli_rank: Some(8),
        eu_gdpr_adequacy: "partial (EU-US Data Privacy Framework certified organisations only)",
        oecd_wage: Some(OecdWage {
            usd_ppp: 77_463.0,
            index_us100: 100.0,
        }),
        flags: &[],
    },
    Location {
        id: "canada",
        name: "Canada",
        city: "Toronto",
        region: Region::NorthAmerica,
        iana_zone: "America/Toronto",
        utc_offset_hours: -5.0,
        dst: true,
        dev_pay: DevPay {
            median_usd: 85_051.0,
            index_us100: 60.8,
            respondents: 631,
        },
        gni: Gni {
            per_capita_usd: 55_340.0,
            index_us100: 69.2,
        },
        employer_oncost: OnCost {
            pct: 8.25,
            text: "8.25",
            note: None,
        },
        ef_epi: None,
        native_english: true,
        gsli_rank: None,
        eu_gdpr_adequacy: "partial (commercial organisations under PIPEDA)",
        oecd_wage: Some(OecdWage {
            usd_ppp: 59_050.0,
            index_us100: 76.2,
        }),
        flags: &[],
    },
    Location {
        id: "united_kingdom",
        name: "United Kingdom",
        city: "London",
        region: Region::Europe,
        iana_zone: "Europe/London",
        utc_offset_hours: 0.0,
        dst: true,
        dev_pay: DevPay {
            median_usd: 82_802.0,
            index_us100: 59.1,
            respondents: 1019,
        },
        gni: Gni {
            per_capita_usd: 48_800.0,
            index_us100: 61.0,
        },
        employer_oncost: OnCost {
            pct: 15.0,
            text: "15.0",
            note: Some("from April 2025"),
        },
        ef_epi: None,
        native_english: true,
        gsli_rank: Some(5),
        eu_gdpr_adequacy: "yes (renewed Dec 2025)",
        oecd_wage: Some(OecdWage {
            usd_ppp: 53_985.0,
            index_us100: 69.7,
        }),
        flags: &[],
    },
    Location {
        id: "germany",
        name: "Germany",
        city: "Berlin",
        region: Region::Europe,
        iana_zone: "Europe/Berlin",
        utc_offset_hours: 1.0,
        dst: true,
        dev_pay: DevPay {
            median_usd: 72_499.0,
            index_us100: 51.8,
            respondents: 1447,
        },
        gni: Gni {
            per_capita_usd: 55_420.0,
            index_us100: 69.3,
        },
        employer_oncost: OnCost {
            pct: 20.45,
            text: "20.45",
            note: Some("about 20.45 % in 2024"),
        },
        ef_epi: Some("598 high"),
        native_english: false,
        gsli_rank: None,
        eu_gdpr_adequacy: "EU member",
        oecd_wage: Some(OecdWage {
            usd_ppp: 58_940.0,
            index_us100: 76.1,
        }),
        flags: &[],
    },
    Location {
        id: "ireland",
        name: "Ireland",
        city: "Dublin",
        region: Region::Europe,
        iana_zone: "Europe/Dublin",
        utc_offset_hours: 0.0,
        dst: true,
        dev_pay: DevPay {
            median_usd: 91_295.0,
            index_us100: 65.2,
            respondents: 85,
        },
        gni: Gni {
            per_capita_usd: 79_280.0,
            index_us100: 99.2,
        },
        employer_oncost: OnCost {
            pct: 11.15,
            text: "11.15",
            note: None,
        },
        ef_epi: None,
        native_english: true,
        gsli_rank: None,
        eu_gdpr_adequacy: "EU member",
        oecd_wage: Some(OecdWage {
            usd_ppp: 52_243.0,
            index_us100: 67.4,
        }),
        flags: &[DataFlag::GniInflated],
    },
    Location {
        id: "poland",
        name: "Poland",
        city: "Warsaw",
        region: Region::Europe,
        iana_zone: "Europe/Warsaw",
        utc_offset_hours: 1.0,
        dst: true,
        dev_pay: DevPay {
            median_usd: 54_442.0,
            index_us100: 38.9,
            respondents: 462,
        },
        gni: Gni {
            per_capita_usd: 19_890.0,
            index_us100: 24.9,
        },
        employer_oncost: OnCost {
            pct: 20.48,
            text: "20.48",
            note: None,
        },
        ef_epi: Some("588 high"),
        native_english: false,
        gsli_rank: Some(13),
        eu_gdpr_adequacy: "EU member",
        oecd_wage: Some(OecdWage {
            usd_ppp: 36_897.0,
            index_us100: 47.6,
        }),
        flags: &[],
    },
    Location {
        id: "romania",
        name: "Romania",
        city: "Bucharest",
        region: Region::Europe,
        iana_zone: "Europe/Bucharest",
        utc_offset_hours: 2.0,
        dst: true,
        dev_pay: DevPay {
            median_usd: 52_474.5,
            index_us100: 37.5,
            respondents: 136,
        },
        gni: Gni {
            per_capita_usd: 16_590.0,
            index_us100: 20.8,
        },
        employer_oncost: OnCost {
            pct: 2.25,
            text: "2.25",
            note: None,
        },
        ef_epi: Some("593 high"),
        native_english: false,
        gsli_rank: Some(30),
        eu_gdpr_adequacy: "EU member",
        oecd_wage: None,
        flags: &[],
    },
    Location {
        id: "portugal",
        name: "Portugal",
        city: "Lisbon",
        region: Region::Europe,
        iana_zone: "Europe/Lisbon",
        utc_offset_hours: 0.0,
        dst: true,
        dev_pay: DevPay {
            median_usd: 48_333.0,
            index_us100: 34.5,
            respondents: 147,
        },
        gni: Gni {
            per_capita_usd: 26_340.0,
            index_us100: 32.9,
        },
        employer_oncost: OnCost {
            pct: 23.75,
            text: "23.75",
            note: None,
        },
        ef_epi: Some("605 very high"),
        native_english: false,
        gsli_rank: None,
        eu_gdpr_adequacy: "EU member",
        oecd_wage: Some(OecdWage {
            usd_ppp: 31_922.0,
            index_us100: 41.2,
        }),
        flags: &[],
    },
    Location {
        id: "mexico",
        name: "Mexico",
        city: "Mexico City",
        region: Region::LatinAmerica,
        iana_zone: "America/Mexico_City",
        utc_offset_hours: -6.0,
        dst: false,
        dev_pay: DevPay {
            median_usd: 31_267.0,
            index_us100: 22.3,
            respondents: 123,
        },
        gni: Gni {
            per_capita_usd: 11_990.0,
            index_us100: 15.0,
        },
        employer_oncost: OnCost {
            pct: 25.0,
            text: "25 (estimate)",
            note: Some("estimate"),
        },
        ef_epi: Some("459 low"),
        native_english: false,
        gsli_rank: Some(10),
        eu_gdpr_adequacy: "no",
        oecd_wage: Some(OecdWage {
            usd_ppp: 16_685.0,
            index_us100: 21.5,
        }),
        flags: &[],
    },
    Location {
        id: "colombia",
        name: "Colombia",
        city: "Bogota",
        region: Region::LatinAmerica,
        iana_zone: "America/Bogota",
        utc_offset_hours: -5.0,
        dst: false,
        dev_pay: DevPay {
            median_usd: 30_000.0,
            index_us100: 21.4,
            respondents: 67,
        },
        gni: Gni {
            per_capita_usd: 6_760.0,
            index_us100: 8.5,
        },
        // Midpoint of 16.3 and 29.8; the range stays visible in `text`.
        employer_oncost: OnCost {
            pct: 23.05,
            text: "16.3-29.8",
            note: Some("range 16.3–29.8 %; the midpoint is used"),
        },
        ef_epi: Some("485 low"),
        native_english: false,
        gsli_rank: Some(11),
        eu_gdpr_adequacy: "no",
        oecd_wage: None,
        flags: &[DataFlag::SmallSample, DataFlag::EntryError],
    },
    Location {
        id: "brazil",
        name: "Brazil",
        city: "Sao Paulo",
        region: Region::LatinAmerica,
        iana_zone: "America/Sao_Paulo",
        utc_offset_hours: -3.0,
        dst: false,
        dev_pay: DevPay {
            median_usd: 22_401.5,
            index_us100: 16.0,
            respondents: 522,
        },
        gni: Gni {
            per_capita_usd: 9_310.0,
            index_us100: 11.6,
        },
        employer_oncost: OnCost {
            pct: 28.8,
            text: "28.8 (FGTS 8% possibly extra)",
            note: Some("the 8 % FGTS deposit may come on top"),
        },
        ef_epi: Some("466 low"),
        native_english: false,
        gsli_rank: Some(4),
        eu_gdpr_adequacy: "yes (Decision (EU) 2026/179)",
        oecd_wage: None,
        flags: &[],
    },
    Location {
        id: "argentina",
        name: "Argentina",
        city: "Buenos Aires",
        region: Region::LatinAmerica,
        iana_zone: "America/Argentina/Buenos_Aires",
        utc_offset_hours: -3.0,
        dst: false,
        dev_pay: DevPay {
            median_usd: 36_000.0,
            index_us100: 25.7,
            respondents: 99,
        },
        gni: Gni {
            per_capita_usd: 12_920.0,
            index_us100: 16.2,
        },
        // Midpoint of 24 and 26.4 (2020 figures).
        employer_oncost: OnCost {
            pct: 25.2,
            text: "24-26.4 (2020)",
            note: Some("range 24–26.4 % (2020); the midpoint is used"),
        },
        ef_epi: Some("562 high"),
        native_english: false,
        gsli_rank: None,
        eu_gdpr_adequacy: "yes",
        oecd_wage: None,
        flags: &[],
    },
    Location {
        id: "costa_rica",
        name: "Costa Rica",
        city: "San Jose",
        region: Region::LatinAmerica,
        iana_zone: "America/Costa_Rica",
        utc_offset_hours: -6.0,
        dst: false,
        dev_pay: DevPay {
            median_usd: 71_305.0,
            index_us100: 50.9,
            respondents: 15,
        },
        gni: Gni {
            per_capita_usd: 14_330.0,
            index_us100: 17.9,
        },
        employer_oncost: OnCost {
            pct: 26.67,
            text: "26.67",
            note: None,
        },
        ef_epi: Some("534 moderate"),
        native_english: false,
        gsli_rank: None,
        eu_gdpr_adequacy: "no",
        oecd_wage: None,
        flags: &[DataFlag::SmallSample, DataFlag::UnreliableSample],
    },
    Location {
        id: "india",
        name: "India",
        city: "Bengaluru",
        region: Region::Asia,
        iana_zone: "Asia/Kolkata",
        utc_offset_hours: 5.5,
        dst: false,
        dev_pay: DevPay {
            median_usd: 16_330.0,
            index_us100: 11.7,
            respondents: 819,
        },
        gni: Gni {
            per_capita_usd: 2_490.0,
            index_us100: 3.1,
        },
        employer_oncost: OnCost {
            pct: 12.0,
            text: "12",
            note: None,
        },
        // The source table leaves this cell empty.
        ef_epi: None,
        native_english: false,
        gsli_rank: Some(1),
        eu_gdpr_adequacy: "no",
        oecd_wage: None,
        flags: &[],
    },
    Location {
        id: "philippines",
        name: "Philippines",
        city: "Manila",
        region: Region::Asia,
        iana_zone: "Asia/Manila",
        utc_offset_hours: 8.0,
        dst: false,
        dev_pay: DevPay {
            median_usd: 20_000.5,
            index_us100: 14.3,
            respondents: 48,
        },
        gni: Gni {
            per_capita_usd: 4_320.0,
            index_us100: 5.4,
        },
        employer_oncost: OnCost {
            pct: 14.5,
            text: "14.5",
            note: None,
        },
        ef_epi: Some("570 high"),
        native_english: false,
        gsli_rank: Some(12),
        eu_gdpr_adequacy: "no",
        oecd_wage: None,
        flags: &[DataFlag::SmallSample],
    },
    Location {
        id: "vietnam",
        name: "Vietnam",
        city: "Ho Chi Minh City",
        region: Region::Asia,
        iana_zone: "Asia/Ho_Chi_Minh",
        utc_offset_hours: 7.0,
        dst: false,
        dev_pay: DevPay {
            median_usd: 13_953.5,
            index_us100: 10.0,
            respondents: 40,
        },
        gni: Gni {
            per_capita_usd: 4_140.0,
            index_us100: 5.2,
        },
        employer_oncost: OnCost {
            pct: 21.5,
            text: "21.5",
            note: None,
        },
        ef_epi: Some("498 low"),
        native_english: false,
        gsli_rank: Some(7),
        eu_gdpr_adequacy: "no",
        oecd_wage: None,
        flags: &[DataFlag::SmallSample],
    },
    Location {
        id: "malaysia",
        name: "Malaysia",
        city: "Kuala Lumpur",
        region: Region::Asia,
        iana_zone: "Asia/Kuala_Lumpur",
        utc_offset_hours: 8.0,
        dst: false,
        dev_pay: DevPay {
            median_usd: 16_951.0,
            index_us100: 12.1,
            respondents: 43,
        },
        gni: Gni {
            per_capita_usd: 11_700.0,
            index_us100: 14.6,
        },
        employer_oncost: OnCost {
            pct: 13.0,
            text: "13",
            note: None,
        },
        ef_epi: Some("566 high"),
        native_english: false,
        gsli_rank: Some(3),
        eu_gdpr_adequacy: "no",
        oecd_wage: None,
        flags: &[DataFlag::SmallSample],
    },
    Location {
        id: "china",
        name: "China",
        city: "Shanghai",
        region: Region::Asia,
        iana_zone: "Asia/Shanghai",
        utc_offset_hours: 8.0,
        dst: false,
        dev_pay: DevPay {
            median_usd: 41_392.0,
            index_us100: 29.6,
            respondents: 60,
        },
        gni: Gni {
            per_capita_usd: 13_750.0,
            index_us100: 17.2,
        },
        employer_oncost: OnCost {
            pct: 28.2,
            text: "28.2",
            note: None,
        },
        ef_epi: Some("455 low"),
        native_english: false,
        gsli_rank: Some(2),
        eu_gdpr_adequacy: "no",
        oecd_wage: None,
        flags: &[DataFlag::SmallSample],
    },
    Location {
        id: "egypt",
        name: "Egypt",
        city: "Cairo",
        region: Region::Africa,
        iana_zone: "Africa/Cairo",
        utc_offset_hours: 2.0,
        dst: true,
        dev_pay: DevPay {
            median_usd: 9_842.0,
            index_us100: 7.0,
            respondents: 51,
        },
        gni: Gni {
            per_capita_usd: 3_840.0,
            index_us100: 4.8,
        },
        employer_oncost: OnCost {
            pct: 18.75,
            text: "18.75 (2020)",
            note: Some("2020 figure"),
        },
        ef_epi: Some("low (rank 82/116)"),
        native_english: false,
        gsli_rank: Some(23),
        eu_gdpr_adequacy: "no",
        oecd_wage: None,
        flags: &[DataFlag::SmallSample],
    },
    Location {
        id: "south_africa",
        name: "South Africa",
        city: "Johannesburg",
        region: Region::Africa,
        iana_zone: "Africa/Johannesburg",
        utc_offset_hours: 2.0,
        dst: false,
        dev_pay: DevPay {
            median_usd: 43_908.0,
            index_us100: 31.4,
            respondents: 122,
        },
        gni: Gni {
            per_capita_usd: 6_490.0,
            index_us100: 8.1,
        },
        employer_oncost: OnCost {
            pct: 2.0,
            text: "2",
            note: None,
        },
        ef_epi: Some("594 high"),
        native_english: false,
        gsli_rank: None,
        eu_gdpr_adequacy: "no",
        oecd_wage: None,
        flags: &[],
    },
    Location {
        id: "ukraine",
        name: "Ukraine",
        city: "Kyiv",
        region: Region::Europe,
        iana_zone: "Europe/Kyiv",
        utc_offset_hours: 2.0,
        dst: true,
        dev_pay: DevPay {
            median_usd: 32_583.0,
            index_us100: 23.3,
            respondents: 1028,
        },
        gni: Gni {
            per_capita_usd: 4_980.0,
            index_us100: 6.2,
        },
        employer_oncost: OnCost {
            pct: 22.0,
            text: "22",
            note: None,
        },
        ef_epi: Some("535 moderate"),
        native_english: false,
        gsli_rank: None,
        eu_gdpr_adequacy: "no",
        oecd_wage: None,
        flags: &[DataFlag::EntryError],
    },
];

/// The preset with this id.
pub fn find(id: &str) -> Option<&'static Location> {
    LOCATIONS.iter().find(|l| l.id == id)
}

/// Every preset, in the order of the source table.
pub fn all() -> &'static [Location] {
    &LOCATIONS
}

/// A sensible nearshore target for a home location: a lower-cost country in
/// the same broad region with overlapping hours, or `None` when the presets
/// hold no obvious one.
pub fn suggested_nearshore(home_id: &str) -> Option<&'static str> {
    match find(home_id)?.region {
        Region::NorthAmerica => Some("mexico"),
        Region::Europe if home_id != "poland" => Some("poland"),
        _ => None,
    }
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
