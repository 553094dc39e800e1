//! Route targets.

mod auth_page;
mod home;
mod not_found;
mod organization;
mod security;
mod sign_in;
mod sign_up;

pub use home::Home;
pub use not_found::NotFound;
pub use organization::OrganizationSettings;
pub use security::SecuritySettings;
pub use sign_in::SignIn;
pub use sign_up::SignUp;
