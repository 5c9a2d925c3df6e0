//! How it reads: numbers and money as text, sentences built from the
//! rules' results, escaped HTML strings, chart geometry and the report.

pub mod budget;
pub mod chart;
pub mod report;
