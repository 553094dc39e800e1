//! Settings plugins. Each lives in its own folder and touches nothing else; this file only
//! lists which of them the bundled app registers.

pub mod api_key;

use crate::auth::Plugins;
use crate::config::PageMeta;

/// The plugins the bundled app registers, each set up from its own meta tags.
pub fn for_page(meta: &PageMeta) -> Plugins {
    Plugins::from(vec![api_key::from_page(meta)])
}
