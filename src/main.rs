//! The static single-page app: reads its configuration from the page, loads the translation it
//! needs (the page's inline script has usually fetched it already), and renders.

use better_auth_ui::app::{install_panic_screen, App, AppProps};
use better_auth_ui::config::AppConfig;
use better_auth_ui::i18n::{add_translation, Locale};
use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The languages `assets/locales/` holds, served as `locales/<language>.json`.
const SHIPPED: [&str; 1] = ["de"];

fn main() {
    // For bench/run: when the app starts (the page's early answers may be waiting for it).
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("ba-start");
    }
    let config = AppConfig::from_document();
    let locale = config
        .locale
        .as_deref()
        .map(Locale::new)
        .unwrap_or_else(Locale::from_browser);
    let language = locale.language();
    if !SHIPPED.contains(&language.as_str()) {
        return start(config, locale);
    }
    match early_translation(&language) {
        Some(Early::Text(text)) => {
            add_translation(&language, &text);
            start(config, locale);
        }
        early => wasm_bindgen_futures::spawn_local(async move {
            let text = match early {
                Some(Early::Pending(promise)) => JsFuture::from(promise)
                    .await
                    .ok()
                    .and_then(|v| v.as_string()),
                _ => None,
            };
            let text = match text {
                Some(text) => Some(text),
                None => fetch_translation(&language).await,
            };
            // Without it the app still works, in English.
            if !text.is_some_and(|t| add_translation(&language, &t)) {
                web_sys::console::warn_1(&JsValue::from_str(
                    "better-auth-ui: the translation could not be loaded; showing English",
                ));
            }
            start(config, locale);
        }),
    }
}

fn start(config: AppConfig, locale: Locale) {
    install_panic_screen(locale);
    yew::Renderer::<App>::with_props(AppProps::from_config(&config)).render();
}

enum Early {
    Text(String),
    Pending(js_sys::Promise),
}

/// The translation the inline script in index.html started fetching, if any.
fn early_translation(language: &str) -> Option<Early> {
    let window: JsValue = web_sys::window()?.into();
    let entry = Reflect::get(&window, &"__baPreload".into())
        .and_then(|p| Reflect::get(&p, &"locales".into()))
        .and_then(|l| Reflect::get(&l, &language.into()))
        .ok()
        .filter(|e| e.is_object())?;
    if let Some(text) = Reflect::get(&entry, &"value".into())
        .ok()
        .and_then(|v| v.as_string())
    {
        return Some(Early::Text(text));
    }
    let promise = Reflect::get(&entry, &"promise".into()).ok()?;
    promise.dyn_into().ok().map(Early::Pending)
}

async fn fetch_translation(language: &str) -> Option<String> {
    // The path the app is served under (`<base href>`), as the router reads it.
    let base = yew_router::utils::base_url().unwrap_or_default();
    let url = format!("{base}/locales/{language}.json");
    let response = gloo_net::http::Request::get(&url).send().await.ok()?;
    if !response.ok() {
        return None;
    }
    response.text().await.ok()
}
