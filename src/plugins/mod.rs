//! Settings plugins. Each lives in its own folder and touches nothing else.

pub mod api_key;
