//! The working day the Time zones view compares: saved with the scenario.

use serde::{Deserialize, Serialize};

/// Working hours are set in steps of this many minutes (quarter hours).
pub const STEP_MINUTES: u16 = 15;

/// The same step in seconds, as a time field's `step` attribute takes it.
pub const STEP_SECONDS: u32 = STEP_MINUTES as u32 * 60;

/// Minutes in a day: the latest a working day may end (midnight).
pub const DAY_MINUTES: u16 = 24 * 60;

/// The shortest working day, in minutes.
pub const SHORTEST_DAY_MINUTES: u16 = 60;

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
        if e > DAY_MINUTES || s >= e {
            return Err("The working day must start before it ends.".into());
        }
        if e - s < SHORTEST_DAY_MINUTES {
            return Err("The working day must be at least one hour long.".into());
        }
        if !s.is_multiple_of(STEP_MINUTES) || !e.is_multiple_of(STEP_MINUTES) {
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
