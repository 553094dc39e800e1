//! The static single-page app: reads its configuration from the page and renders.

use better_auth_ui::app::{install_panic_screen, App, AppProps};
use better_auth_ui::config::AppConfig;
use better_auth_ui::i18n::Locale;

fn main() {
    let config = AppConfig::from_document();
    let locale = config
        .locale
        .as_deref()
        .map(Locale::new)
        .unwrap_or_else(Locale::from_browser);
    install_panic_screen(locale);
    yew::Renderer::<App>::with_props(AppProps::from_config(&config)).render();
}
