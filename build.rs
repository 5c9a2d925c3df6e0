//! Compiles the cited location table into the app.
//!
//! Reads `data/locations.tsv` (the cited figures, copied verbatim from the
//! research notes; see `data/SOURCES.md`) and `data/location_notes.tsv` (what
//! the table does not hold, written by hand per location: region, native
//! English, the on-cost note, caveats), and writes two Rust files to
//! `OUT_DIR`:
//!
//! - `location_id.rs`: the `LocationId` enum, one variant per row, included
//!   by `domain::model::ids`;
//! - `locations.rs`: the `LOCATIONS` table of presets, included by
//!   `domain::content::locations`;
//! - `functions.rs`, `currencies.rs` (each location's currency, from
//!   `data/currencies.tsv`) and `rates.rs` (the ECB reference rates of
//!   `data/ecb-rates-2024-06-28.tsv`), included by `domain::content`.
//!
//! Nothing is parsed at run time, and the tables are the one source of the
//! figures. A malformed table stops the build with a message naming the row
//! and column. Only files inside the repository are read.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const LOCATIONS: &str = "data/locations.tsv";
const NOTES: &str = "data/location_notes.tsv";

/// The columns of `data/locations.tsv`, in order.
const COLUMNS: [&str; 16] = [
    "location",
    "city",
    "iana_zone",
    "utc_offset_standard",
    "dst",
    "oecd_avg_wage_usd_ppp_2022",
    "ppp_wage_index_us100",
    "ef_epi_2024",
    "gsli_2023_rank",
    "employer_oncost_pct",
    "eu_gdpr_adequacy",
    "so2024_dev_median_usd",
    "so2024_dev_index_us100",
    "so2024_dev_n",
    "wb_gni_pc_atlas_usd_2023",
    "wb_gni_index_us100",
];

/// The columns of `data/location_notes.tsv`, in order.
const NOTE_COLUMNS: [&str; 6] = [
    "id",
    "region",
    "native_english",
    "oncost_note",
    "caveats",
    "first_language",
];

/// Below this many respondents a developer-pay figure is a small sample
/// (SOURCES.md: "Small samples (n < 70)"); the same rule as
/// `content::locations::SMALL_SAMPLE_N`, which a native test ties to this.
const SMALL_SAMPLE_N: u32 = 70;

const REGIONS: [&str; 5] = ["north_america", "latin_america", "europe", "asia", "africa"];
const CAVEATS: [&str; 3] = ["unreliable_sample", "entry_error", "gni_inflated"];

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into()));
    println!("cargo:rerun-if-changed={LOCATIONS}");
    println!("cargo:rerun-if-changed={NOTES}");
    println!("cargo:rerun-if-changed=build.rs");
    let rows = read_table(&root, LOCATIONS, &COLUMNS);
    let notes = read_table(&root, NOTES, &NOTE_COLUMNS);
    let out =
        PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|_| fail("OUT_DIR is not set")));

    let mut ids = Vec::new();
    let mut seen = BTreeSet::new();
    for (line, row) in &rows {
        let id = id_of(row[0], *line);
        if !seen.insert(id.clone()) {
            fail(&format!("{LOCATIONS}:{line}: a second row for {}", row[0]));
        }
        ids.push(id);
    }
    let note_ids: Vec<&str> = notes.iter().map(|(_, n)| n[0]).collect();
    if note_ids != ids.iter().map(String::as_str).collect::<Vec<_>>() {
        fail(&format!(
            "{NOTES} must have one row per location of {LOCATIONS}, in the same order \
             (ids {ids:?}); it has {note_ids:?}"
        ));
    }

    let mut id_code = String::from(
        "id_enum! {\n    serde(\"location\")\n    \
         /// One preset location: a row of `data/locations.tsv`, in its order.\n    \
         /// Saved as its id, the country name in snake_case (`\"united_states\"`).\n    \
         pub enum LocationId {\n",
    );
    for id in &ids {
        let _ = writeln!(id_code, "        {} = {id:?},", camel(id));
    }
    id_code.push_str("    }\n}\n");

    let mut table = format!(
        "/// Every preset location, in the order of `data/locations.tsv` (and of [`LocationId::ALL`]).\n\
         pub static LOCATIONS: [Location; {}] = [\n",
        rows.len()
    );
    for (((line, row), (note_line, note)), id) in rows.iter().zip(&notes).zip(&ids) {
        table.push_str(&location(*line, row, *note_line, note, id));
    }
    table.push_str("];\n");

    write(&out.join("location_id.rs"), &id_code);
    write(&out.join("locations.rs"), &table);
    write(&out.join("functions.rs"), &functions(&root));
    write(&out.join("currencies.rs"), &currencies(&root, &ids));
    write(&out.join("rates.rs"), &rates(&root));
}

const CURRENCIES: &str = "data/currencies.tsv";

/// The `HOME_CURRENCIES` table: each location's ISO code, in `LocationId` order.
fn currencies(root: &Path, ids: &[String]) -> String {
    println!("cargo:rerun-if-changed={CURRENCIES}");
    let rows = read_table(root, CURRENCIES, &["id", "currency"]);
    let keys: Vec<&str> = rows.iter().map(|(_, r)| r[0]).collect();
    if keys != ids.iter().map(String::as_str).collect::<Vec<_>>() {
        fail(&format!(
            "{CURRENCIES} must have one row per location of {LOCATIONS}, in the same order \
             (ids {ids:?}); it has {keys:?}"
        ));
    }
    let mut code = format!(
        "/// Each location's currency (ISO 4217), from `{CURRENCIES}`, in `LocationId` order.\n\
         pub static HOME_CURRENCIES: [&str; {}] = [",
        rows.len()
    );
    for (line, row) in &rows {
        if !is_code(row[1]) {
            fail(&format!(
                "{CURRENCIES}:{line}: {:?} is not a three-letter code",
                row[1]
            ));
        }
        let _ = write!(code, "{:?}, ", row[1]);
    }
    code.push_str("];\n");
    // Every currency offered, sorted here so the wasm carries no sort.
    let mut offered: Vec<&str> = rows.iter().map(|(_, r)| r[1]).collect();
    let rates = read_table(root, RATES, &["currency", "per_eur"]);
    offered.extend(rates.iter().map(|(_, r)| r[0]));
    offered.sort_unstable();
    offered.dedup();
    let _ = writeln!(
        code,
        "/// Every currency offered: the locations' and the ECB's, sorted, each once.\n\
         pub static OFFERED: [&str; {}] = {offered:?};",
        offered.len()
    );
    code
}

const RATES: &str = "data/ecb-rates-2024-06-28.tsv";

/// The `ECB_RATES` table: (code, units per euro), the figures written as
/// they stand in the file (checked here, so nothing is parsed at run time).
fn rates(root: &Path) -> String {
    println!("cargo:rerun-if-changed={RATES}");
    let rows = read_table(root, RATES, &["currency", "per_eur"]);
    let mut code = format!(
        "/// The ECB reference rates of 28 June 2024 from `{RATES}`: units of each currency per euro.\n\
         pub static ECB_RATES: [(&str, f64); {}] = [\n",
        rows.len()
    );
    for (line, row) in &rows {
        let ok = row[1]
            .parse::<f64>()
            .is_ok_and(|v| v.is_finite() && v > 0.0)
            && row[1].chars().all(|c| c.is_ascii_digit() || c == '.');
        if !is_code(row[0]) || !ok {
            fail(&format!(
                "{RATES}:{line}: expected a code and a positive rate, found {row:?}"
            ));
        }
        let literal = if row[1].contains('.') {
            row[1].to_string()
        } else {
            format!("{}.0", row[1])
        };
        let _ = writeln!(code, "    ({:?}, {literal}),", row[0]);
    }
    code.push_str("];\n");
    code
}

fn is_code(text: &str) -> bool {
    text.len() == 3 && text.chars().all(|c| c.is_ascii_uppercase())
}

const FUNCTIONS: &str = "data/functions.tsv";

/// The columns of `data/functions.tsv`, in order.
const FUNCTION_COLUMNS: [&str; 5] = ["function", "use", "soc_code", "occupation", "us_median_usd"];

/// The `FUNCTION_WAGES` table: one `FunctionWage { … }` per row.
fn functions(root: &Path) -> String {
    println!("cargo:rerun-if-changed={FUNCTIONS}");
    let rows = read_table(root, FUNCTIONS, &FUNCTION_COLUMNS);
    let mut code = format!(
        "/// Every row of `data/functions.tsv`, in its order.\n\
         pub static FUNCTION_WAGES: [FunctionWage; {}] = [\n",
        rows.len()
    );
    for (line, row) in &rows {
        let reference = match row[1] {
            "default" => false,
            "reference" => true,
            other => fail(&format!(
                "{FUNCTIONS}:{line}: use must be default or reference, not {other:?}"
            )),
        };
        let wage: f64 = row[4]
            .parse()
            .ok()
            .filter(|w: &f64| w.is_finite() && *w > 0.0)
            .unwrap_or_else(|| {
                fail(&format!(
                    "{FUNCTIONS}:{line}: the wage {:?} is not a positive number",
                    row[4]
                ))
            });
        let _ = writeln!(
            code,
            "    FunctionWage {{ function: {:?}, reference: {reference}, soc_code: {:?}, occupation: {:?}, us_median_usd: {wage:?} }},",
            row[0], row[2], row[3]
        );
    }
    code.push_str("];\n");
    code
}

/// One `Location { … }` literal.
fn location(line: usize, row: &[&str], note_line: usize, note: &[&str], id: &str) -> String {
    let at = |col: usize| format!("{LOCATIONS}:{line}, column {}", COLUMNS[col]);
    let number = |col: usize| -> f64 {
        row[col]
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
            .unwrap_or_else(|| fail(&format!("{}: not a number: {:?}", at(col), row[col])))
    };
    let optional = |col: usize| -> Option<f64> { (!row[col].is_empty()).then(|| number(col)) };
    let whole = |col: usize| -> u32 {
        row[col]
            .parse::<u32>()
            .unwrap_or_else(|_| fail(&format!("{}: not a whole number: {:?}", at(col), row[col])))
    };
    let yes_no = |text: &str, what: String| -> bool {
        match text {
            "yes" => true,
            "no" => false,
            other => fail(&format!("{what}: expected yes or no, found {other:?}")),
        }
    };

    let oecd = match (optional(5), optional(6)) {
        (Some(w), Some(i)) => format!("Some(OecdWage {{ usd_ppp: {w:?}, index_us100: {i:?} }})"),
        (None, None) => "None".into(),
        _ => fail(&format!(
            "{}: a wage without its index, or the reverse",
            at(5)
        )),
    };
    let ef_epi = row[7];
    let ef_epi_score: String = ef_epi.chars().take_while(char::is_ascii_digit).collect();
    let gsli = match row[8] {
        "" => "None".to_string(),
        rank => match rank.parse::<u16>() {
            Ok(r) => format!("Some({r})"),
            Err(_) => fail(&format!("{}: not a rank: {rank:?}", at(8))),
        },
    };
    let respondents = whole(13);

    let region = note[1];
    if !REGIONS.contains(&region) {
        fail(&format!(
            "{NOTES}:{note_line}: unknown region {region:?}; one of {REGIONS:?}"
        ));
    }
    let native_english = yes_no(note[2], format!("{NOTES}:{note_line}, native_english"));
    let first_language = note[5];
    if first_language.is_empty() {
        fail(&format!("{NOTES}:{note_line}: first_language is empty"));
    }
    let mut flags = Vec::new();
    if respondents < SMALL_SAMPLE_N {
        flags.push("DataFlag::SmallSample".to_string());
    }
    for caveat in note[4].split(',').map(str::trim).filter(|c| !c.is_empty()) {
        if !CAVEATS.contains(&caveat) {
            fail(&format!(
                "{NOTES}:{note_line}: unknown caveat {caveat:?}; one of {CAVEATS:?}"
            ));
        }
        flags.push(format!("DataFlag::{}", camel(caveat)));
    }

    format!(
        "    Location {{
        id: LocationId::{id_variant},
        name: {name:?},
        city: {city:?},
        region: Region::{region},
        iana_zone: {zone:?},
        utc_offset_hours: {offset:?},
        dst: {dst},
        dev_pay: DevPay {{ median_usd: {dev:?}, index_us100: {dev_index:?}, respondents: {respondents} }},
        gni: Gni {{ per_capita_usd: {gni:?}, index_us100: {gni_index:?} }},
        employer_oncost: OnCost {{ pct: {oncost:?}, text: {oncost_text:?}, note: {oncost_note} }},
        ef_epi: {ef_epi},
        ef_epi_score: {ef_epi_score},
        native_english: {native_english},
        first_language: {first_language:?},
        gsli_rank: {gsli},
        eu_gdpr_adequacy: {gdpr:?},
        oecd_wage: {oecd},
        flags: &[{flags}],
    }},\n",
        id_variant = camel(id),
        name = row[0],
        city = row[1],
        region = camel(region),
        zone = row[2],
        offset = number(3),
        dst = yes_no(row[4], at(4)),
        dev = number(11),
        dev_index = number(12),
        gni = number(14),
        gni_index = number(15),
        oncost = oncost_pct(row[9]).unwrap_or_else(|| fail(&format!(
            "{}: expected a number or a range such as 16.3-29.8, then any words: {:?}",
            at(9),
            row[9]
        ))),
        oncost_text = row[9],
        oncost_note = some_text(note[3]),
        ef_epi = some_text(ef_epi),
        ef_epi_score = if ef_epi_score.is_empty() {
            "None".to_string()
        } else {
            format!("Some({ef_epi_score})")
        },
        gdpr = row[10],
        flags = flags.join(", "),
    )
}

/// The number the model uses from an on-cost cell: its leading number, or
/// the midpoint of a leading range ("16.3-29.8", "24-26.4 (2020)").
fn oncost_pct(cell: &str) -> Option<f64> {
    let first = cell.split(' ').next()?;
    match first.split_once('-') {
        Some((low, high)) => Some((low.parse::<f64>().ok()? + high.parse::<f64>().ok()?) / 2.0),
        None => first.parse().ok(),
    }
}

fn some_text(text: &str) -> String {
    if text.is_empty() {
        "None".into()
    } else {
        format!("Some({text:?})")
    }
}

/// The id of a country name: "United States" -> "united_states".
fn id_of(name: &str, line: usize) -> String {
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphabetic() || c == ' ') {
        fail(&format!(
            "{LOCATIONS}:{line}: the location name {name:?} must be ASCII letters and spaces (it makes the id)"
        ));
    }
    name.to_ascii_lowercase().replace(' ', "_")
}

/// "united_states" -> "UnitedStates".
fn camel(snake: &str) -> String {
    snake
        .split('_')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or_else(String::new, |c| {
                c.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

/// The rows of a tab-separated table with the given header, each with its
/// line number; lines starting with `#` are comments.
fn read_table<'a>(root: &Path, name: &str, header: &[&str]) -> Vec<(usize, Vec<&'a str>)> {
    let text = std::fs::read_to_string(root.join(name))
        .unwrap_or_else(|e| fail(&format!("cannot read {name}: {e}")));
    // The build script runs once: leaking the text gives rows that borrow it.
    let text: &'a str = Box::leak(text.into_boxed_str());
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty());
    match lines.next() {
        Some((_, h)) if h.split('\t').eq(header.iter().copied()) => {}
        _ => fail(&format!("{name}: the header row must be {header:?}")),
    }
    lines
        .map(|(line, l)| {
            let cells: Vec<&str> = l.split('\t').collect();
            if cells.len() != header.len() {
                fail(&format!(
                    "{name}:{line}: {} cells, expected {}",
                    cells.len(),
                    header.len()
                ));
            }
            (line, cells)
        })
        .collect()
}

fn write(path: &Path, code: &str) {
    // Unchanged output keeps its timestamp, so nothing rebuilds for nothing.
    if std::fs::read_to_string(path).is_ok_and(|old| old == code) {
        return;
    }
    std::fs::write(path, code)
        .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", path.display())));
}

fn fail(message: &str) -> ! {
    panic!("build.rs: {message}")
}
