//! The key list's logic, apart from its views: state, URL parameters and the hook.

mod params;
mod state;
mod use_key_list;

pub use state::KeysAction;
pub use use_key_list::use_key_list;
