//! Copying text: the Clipboard API first, then the legacy copy command on a selected input,
//! and when both are refused, the text stays selected for the user to copy by hand.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlTextAreaElement;

/// How a copy attempt ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyOutcome {
    /// The text is on the clipboard.
    Copied,
    /// Copying was refused or is unsupported; the text is selected in `field` for Ctrl/Cmd+C.
    Manual,
}

/// `navigator.clipboard.writeText`, if the page may use it. Looked up dynamically: the API is
/// missing on insecure origins and in some embedded browsers.
fn write_text_fn() -> Option<(JsValue, js_sys::Function)> {
    let navigator = web_sys::window()?.navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return None;
    }
    let write = js_sys::Reflect::get(&clipboard, &"writeText".into()).ok()?;
    let write = write.dyn_into::<js_sys::Function>().ok()?;
    Some((clipboard, write))
}

/// Copies `text`. `field` (which shows the same text) is used for the fallbacks.
pub async fn copy_text(text: &str, field: Option<HtmlTextAreaElement>) -> CopyOutcome {
    if let Some((clipboard, write)) = write_text_fn() {
        // `call1` catches a synchronous throw; the promise rejects when permission is refused.
        if let Ok(promise) = write.call1(&clipboard, &JsValue::from_str(text)) {
            if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
                if JsFuture::from(promise).await.is_ok() {
                    return CopyOutcome::Copied;
                }
            }
        }
    }
    let Some(field) = field else {
        return CopyOutcome::Manual;
    };
    let _ = field.focus();
    field.select();
    let legacy = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false);
    if legacy {
        CopyOutcome::Copied
    } else {
        CopyOutcome::Manual
    }
}
