//! What we decide: the cost projection, the matrix ranking, the quiz,
//! the recommendation, cost-based score suggestions, time-zone overlap and
//! the two-tab sync of the one save, and every change a user makes as one
//! typed message with one pure `apply` (`change`).
//! Rules return data; the sentences that show it are built in `present`.

pub mod change;
pub mod cost;
pub mod inputs;
pub mod matrix;
pub mod money;
pub mod quiz;
pub mod recommend;
pub mod sheet;
pub mod suggest;
pub mod sync;
pub mod timezones;
