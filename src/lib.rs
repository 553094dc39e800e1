//! Better Auth account settings for Yew.

pub mod auth;
pub mod client;
pub mod config;
pub mod i18n;
pub mod plugins;
pub mod time;
pub mod ui;
pub mod validate;
