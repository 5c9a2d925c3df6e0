//! The frame around every view: header, navigation, notices, footer.

mod footer;
mod header;
mod nav;
mod notices;
mod update;
mod view_content;

pub use footer::Footer;
pub use header::Header;
pub use nav::MainNav;
pub use notices::NoticeList;
pub use update::UpdateNotice;
pub use view_content::ViewContent;
