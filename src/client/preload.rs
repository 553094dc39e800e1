//! Answers the page fetched before the app started. The bundled app's index.html sends the
//! session check and the first list request from an inline script while the wasm downloads,
//! into `window.__baPreload = { api, answers: { "<path>": { promise, value?, failed? } } }`;
//! the HTTP transport takes an answer (once) instead of asking again when the base URL and the
//! path match exactly. Anything else, and every embedding app, simply fetches.

use super::RawResponse;

/// A preloaded answer.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub enum Preloaded {
    /// Already there: usable in the app's very first render.
    Ready(RawResponse),
    /// Still on its way.
    #[cfg(target_arch = "wasm32")]
    Pending(js_sys::Promise),
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use js_sys::Reflect;
    use wasm_bindgen::{JsCast, JsValue};

    use super::{Preloaded, RawResponse};

    fn get(target: &JsValue, key: &str) -> Option<JsValue> {
        Reflect::get(target, &JsValue::from_str(key))
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    }

    /// The answer the page is holding for `api` + `path`, removed so it is used once.
    /// `pending`: also take one still on its way.
    pub fn take(api: &str, path: &str, pending: bool) -> Option<Preloaded> {
        let preload = get(&web_sys::window()?.into(), "__baPreload")?;
        if get(&preload, "api")?.as_string()? != api {
            return None;
        }
        let answers = get(&preload, "answers")?;
        let entry = get(&answers, path)?;
        // A request that failed on the way is asked again, the usual way.
        if get(&entry, "failed").is_some() {
            return None;
        }
        let taken = match get(&entry, "value") {
            Some(value) => Preloaded::Ready(read(&value)?),
            None if pending => Preloaded::Pending(get(&entry, "promise")?.dyn_into().ok()?),
            None => return None,
        };
        let _ = Reflect::delete_property(
            answers.unchecked_ref::<js_sys::Object>(),
            &JsValue::from_str(path),
        );
        Some(taken)
    }

    /// Drops every answer not taken yet (the date formatter and translations stay).
    pub fn discard() {
        if let Some(preload) = web_sys::window().and_then(|w| get(&w.into(), "__baPreload")) {
            let _ = Reflect::set(
                &preload,
                &JsValue::from_str("answers"),
                &js_sys::Object::new(),
            );
        }
    }

    /// `{status, body, retryAfter}` as the inline script records it.
    pub fn read(value: &JsValue) -> Option<RawResponse> {
        Some(RawResponse {
            status: get(value, "status")?.as_f64()? as u16,
            body: get(value, "body")?.as_string()?,
            retry_after: get(value, "retryAfter").and_then(|v| v.as_string()),
        })
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser::{discard, read, take};

/// Outside a browser nothing is ever preloaded.
#[cfg(not(target_arch = "wasm32"))]
pub fn take(_api: &str, _path: &str, _pending: bool) -> Option<Preloaded> {
    None
}

/// Outside a browser nothing is ever preloaded.
#[cfg(not(target_arch = "wasm32"))]
pub fn discard() {}
