//! The working day the Time zones view compares: saved with the scenario.

use serde::{Deserialize, Serialize};

/// The working day the comparison assumes, the same local hours everywhere.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TimeSettings {
    /// Start of the working day, minutes after local midnight.
    pub day_start: u16,
    /// End of the working day, minutes after local midnight.
    pub day_end: u16,
    /// Northern-hemisphere summer: places with DST are an hour ahead.
    pub summer: bool,
}

impl Default for TimeSettings {
    fn default() -> Self {
        Self {
            day_start: 9 * 60,
            day_end: 17 * 60 + 30,
            summer: false,
        }
    }
}

impl TimeSettings {
    /// Whether the settings make sense (stored data is checked on load).
    pub fn validate(&self) -> Result<(), String> {
        let (s, e) = (self.day_start, self.day_end);
        if e > 1440 || s >= e {
            return Err("The working day must start before it ends.".into());
        }
        if e - s < 60 {
            return Err("The working day must be at least one hour long.".into());
        }
        if !s.is_multiple_of(15) || !e.is_multiple_of(15) {
            return Err("Working hours are set in quarter hours.".into());
        }
        Ok(())
    }

    /// Whether these are the default settings (then they are not saved).
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }

    /// The working day's length in minutes.
    pub fn length(&self) -> u16 {
        self.day_end.saturating_sub(self.day_start)
    }
}
