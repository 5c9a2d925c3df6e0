//! How it is stored and sent: the saved workspace and its migrations,
//! file export and import, share links and the page address.

pub mod backups;
pub mod persist;
pub mod route;
pub mod share;
pub mod transfer;
