//! Better Auth account settings for Yew.

pub mod client;
pub mod time;
