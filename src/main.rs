//! The static single-page app: reads its configuration from the page and renders.

use better_auth_ui::app::{install_panic_screen, App, AppProps};
use better_auth_ui::config::AppConfig;

fn main() {
    install_panic_screen();
    let config = AppConfig::from_document();
    yew::Renderer::<App>::with_props(AppProps::from_config(&config)).render();
}
