//! Pieces of the app shell: header, organization switcher, settings layout.

mod app_link;
mod create_organization_dialog;
mod document_title;
mod header;
mod organization_switcher;
mod settings_layout;

pub use app_link::AppLink;
pub use create_organization_dialog::CreateOrganizationDialog;
pub use document_title::use_document_title;
pub use header::Header;
pub use organization_switcher::OrganizationSwitcher;
pub use settings_layout::SettingsLayout;
