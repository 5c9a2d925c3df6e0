//! How it reads: numbers and money as text, sentences built from the
//! rules' results, escaped HTML strings, chart geometry and the report.

pub mod budget;
pub mod change;
pub mod chart;
pub mod inputs;
pub mod markup;
pub mod matrix;
pub mod money;
pub mod names;
pub mod numbers;
pub mod quiz;
pub mod recommend;
pub mod report;
pub mod scenario;
pub mod sheet;
pub mod suggest;
pub mod timezones;
