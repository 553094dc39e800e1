//! Stubs for the Clipboard API: headless Chromium refuses `clipboard.writeText` without a
//! permission grant, and tests need each outcome (granted, refused, missing) on demand.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r#"
let saved = null;
export function stub_clipboard(mode, legacyWorks) {
  if (!saved) {
    saved = { own: Object.getOwnPropertyDescriptor(navigator, 'clipboard'), exec: document.execCommand };
  }
  window.__copied = [];
  let value;
  if (mode === 'granted') {
    value = { writeText: (t) => { window.__copied.push(t); return Promise.resolve(); } };
  } else if (mode === 'refused') {
    value = { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) };
  }
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true });
  document.execCommand = (cmd) => {
    if (cmd !== 'copy' || !legacyWorks) return false;
    const el = document.activeElement;
    window.__copied.push(el && 'value' in el ? el.value.substring(el.selectionStart, el.selectionEnd) : '');
    return true;
  };
}
export function restore_clipboard() {
  if (!saved) return;
  delete navigator.clipboard;
  if (saved.own) Object.defineProperty(navigator, 'clipboard', saved.own);
  document.execCommand = saved.exec;
  saved = null;
}
export function copied() { return (window.__copied || []).slice(); }
export function selected_text() {
  const el = document.activeElement;
  return el && 'value' in el ? el.value.substring(el.selectionStart, el.selectionEnd) : '';
}
"#)]
extern "C" {
    fn stub_clipboard(mode: &str, legacy_works: bool);
    fn restore_clipboard();
    fn copied() -> Vec<String>;
    /// The selected text of the focused input.
    pub fn selected_text() -> String;
}

/// What the stubbed clipboard does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clipboard {
    /// `writeText` succeeds.
    Granted,
    /// `writeText` rejects (permission refused).
    Refused,
    /// `navigator.clipboard` is undefined (insecure origin, old browser).
    Missing,
}

/// Replaces the Clipboard API (and the legacy copy command) until dropped.
pub struct ClipboardStub;

impl ClipboardStub {
    /// Installs a stub; `legacy_works` decides whether `execCommand("copy")` succeeds.
    pub fn new(mode: Clipboard, legacy_works: bool) -> Self {
        let mode = match mode {
            Clipboard::Granted => "granted",
            Clipboard::Refused => "refused",
            Clipboard::Missing => "missing",
        };
        stub_clipboard(mode, legacy_works);
        Self
    }

    /// Everything written to the clipboard so far.
    pub fn copied(&self) -> Vec<String> {
        copied()
    }
}

impl Drop for ClipboardStub {
    fn drop(&mut self) {
        restore_clipboard();
    }
}
