//! The key list's logic, apart from its views: state, URL parameters and the hook.

mod params;
mod state;
mod use_key_list;

pub use params::{Entry, ListParams, ParamNames};
pub use state::{KeysAction, KeysState};
pub use use_key_list::{use_key_list, KeyList};
