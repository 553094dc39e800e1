//! The look: design tokens as CSS custom properties (light and dark from `prefers-color-scheme`)
//! and the styles of every primitive, injected once by `AuthProvider` through stylist.
//!
//! Classes are plain, `ba-`-prefixed names rather than per-component generated ones: rows render
//! by the thousand and must not pay for style hashing, and host apps can restyle them.

use stylist::yew::Global;
use yew::prelude::*;

/// Injects the global styles once.
#[component]
pub fn GlobalStyles() -> Html {
    let css = stylist::css!(
        r#"
:root {
  --ba-bg: #ffffff;
  --ba-fg: #0a0a0b;
  --ba-card: #ffffff;
  --ba-muted: #f4f4f5;
  --ba-muted-fg: #52525b;
  --ba-border: #d4d4d8;
  --ba-input: #a1a1aa;
  --ba-primary: #18181b;
  --ba-primary-fg: #fafafa;
  --ba-accent: #e4e4e7;
  --ba-destructive: #b91c1c;
  --ba-destructive-fg: #ffffff;
  --ba-danger-bg: #fef2f2;
  --ba-danger-fg: #991b1b;
  --ba-warn-bg: #fffbeb;
  --ba-warn-fg: #78350f;
  --ba-ok-fg: #166534;
  --ba-ring: #2563eb;
  --ba-radius: 0.5rem;
  --ba-shadow: 0 10px 30px rgba(0, 0, 0, 0.18);
  --ba-font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --ba-mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --ba-bg: #09090b;
    --ba-fg: #fafafa;
    --ba-card: #121214;
    --ba-muted: #1f1f23;
    --ba-muted-fg: #a1a1aa;
    --ba-border: #3f3f46;
    --ba-input: #71717a;
    --ba-primary: #fafafa;
    --ba-primary-fg: #18181b;
    --ba-accent: #27272a;
    --ba-destructive: #b91c1c;
    --ba-destructive-fg: #ffffff;
    --ba-danger-bg: #2a0a0a;
    --ba-danger-fg: #fca5a5;
    --ba-warn-bg: #2b1d05;
    --ba-warn-fg: #fcd34d;
    --ba-ok-fg: #86efac;
    --ba-ring: #60a5fa;
    --ba-shadow: 0 10px 30px rgba(0, 0, 0, 0.6);
  }
}
html, body { margin: 0; background: var(--ba-bg); color: var(--ba-fg); }
body.ba-scroll-locked { overflow: hidden; }
.ba-root {
  font-family: var(--ba-font);
  font-size: 0.9375rem;
  line-height: 1.5;
  color: var(--ba-fg);
  -webkit-text-size-adjust: 100%;
}
.ba-root *, .ba-root *::before, .ba-root *::after {
  box-sizing: border-box;
}
.ba-sr-only {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0;
}
.ba-root :focus-visible { outline: 2px solid var(--ba-ring); outline-offset: 2px; }
.ba-root a { color: inherit; text-underline-offset: 3px; }
.ba-skip {
  position: absolute; left: 0.5rem; top: -3rem; z-index: 100; padding: 0.5rem 0.75rem;
  background: var(--ba-primary); color: var(--ba-primary-fg); border-radius: var(--ba-radius);
}
.ba-skip:focus { top: 0.5rem; }

.ba-header {
  display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem;
  padding: 0.625rem 1rem; border-bottom: 1px solid var(--ba-border); background: var(--ba-card);
}
.ba-header-brand { font-weight: 600; margin-right: auto; }
.ba-header nav ul { display: flex; gap: 0.25rem; list-style: none; margin: 0; padding: 0; flex-wrap: wrap; }
.ba-header nav a {
  display: inline-block; padding: 0.375rem 0.625rem; border-radius: var(--ba-radius);
  text-decoration: none; color: var(--ba-muted-fg);
}
.ba-header nav a[aria-current="page"] { background: var(--ba-muted); color: var(--ba-fg); }
.ba-header-user { display: flex; align-items: center; gap: 0.5rem; flex-wrap: wrap; min-width: 0; }
.ba-user-email { color: var(--ba-muted-fg); font-size: 0.875rem; overflow-wrap: anywhere; }
.ba-org-switcher { display: flex; align-items: center; gap: 0.375rem; flex-wrap: wrap; }
.ba-org-switcher select { max-width: 14rem; }

.ba-main { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; display: grid; gap: 1.5rem; }
.ba-stack { display: grid; gap: 1.5rem; min-width: 0; }
.ba-page-title { font-size: 1.5rem; font-weight: 650; margin: 0; }
.ba-page-intro { color: var(--ba-muted-fg); margin: 0.25rem 0 0; }
.ba-auth-page { min-height: 100vh; display: grid; place-items: center; padding: 1rem; }
.ba-auth-card { width: 100%; max-width: 24rem; }
.ba-auth-switch { text-align: center; font-size: 0.875rem; color: var(--ba-muted-fg); margin: 0; }

.ba-card {
  background: var(--ba-card); border: 1px solid var(--ba-border); border-radius: calc(var(--ba-radius) * 1.5);
  padding: 1.25rem; display: grid; gap: 1rem; min-width: 0;
}
.ba-card-header { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: flex-start; justify-content: space-between; }
.ba-card-heading { min-width: 0; flex: 1 1 14rem; }
.ba-card-title { font-size: 1.125rem; font-weight: 600; margin: 0; }
.ba-card-description { color: var(--ba-muted-fg); margin: 0.25rem 0 0; font-size: 0.875rem; }
.ba-card-actions { display: flex; gap: 0.5rem; flex-wrap: wrap; }
.ba-card-footer { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem; }

.ba-button {
  display: inline-flex; align-items: center; justify-content: center; gap: 0.5rem;
  min-height: 2.25rem; padding: 0.375rem 0.875rem; border-radius: var(--ba-radius);
  border: 1px solid transparent; font: inherit; font-weight: 500; font-size: 0.875rem;
  cursor: pointer; white-space: nowrap; text-decoration: none;
  background: var(--ba-primary); color: var(--ba-primary-fg);
}
.ba-button:hover { filter: brightness(1.12); }
.ba-button[disabled], .ba-button[aria-disabled="true"] { opacity: 0.6; cursor: not-allowed; filter: none; }
.ba-button-secondary { background: var(--ba-muted); color: var(--ba-fg); border-color: var(--ba-border); }
.ba-button-outline { background: transparent; color: var(--ba-fg); border-color: var(--ba-border); }
.ba-button-ghost { background: transparent; color: var(--ba-fg); }
.ba-button-ghost:hover, .ba-button-outline:hover { background: var(--ba-muted); filter: none; }
.ba-button-destructive { background: var(--ba-destructive); color: var(--ba-destructive-fg); }
.ba-button-small { min-height: 2rem; padding: 0.25rem 0.625rem; font-size: 0.8125rem; }
.ba-button-icon { min-width: 2.25rem; padding: 0.375rem; }
.ba-button svg { width: 1rem; height: 1rem; flex: none; }
.ba-spinner { animation: ba-spin 0.8s linear infinite; }
@keyframes ba-spin { from { transform: rotate(0deg); } to { transform: rotate(360deg); } }

.ba-form { display: grid; gap: 1rem; }
.ba-field { display: grid; gap: 0.375rem; min-width: 0; }
.ba-label { font-size: 0.875rem; font-weight: 500; }
.ba-check { display: flex; align-items: center; gap: 0.5rem; font-size: 0.875rem; }
.ba-check input { width: 1rem; height: 1rem; accent-color: var(--ba-primary); }
.ba-input, .ba-select {
  width: 100%; min-height: 2.25rem; padding: 0.375rem 0.625rem; font: inherit; font-size: 0.9375rem;
  color: var(--ba-fg); background: var(--ba-bg); border: 1px solid var(--ba-input); border-radius: var(--ba-radius);
}
.ba-input[aria-invalid="true"] { border-color: var(--ba-destructive); }
.ba-input[readonly][aria-disabled="true"], .ba-select[disabled] { opacity: 0.7; }
.ba-input-mono { font-family: var(--ba-mono); font-size: 0.875rem; }
.ba-hint { color: var(--ba-muted-fg); font-size: 0.8125rem; margin: 0; }
.ba-field-error { color: var(--ba-danger-fg); font-size: 0.8125rem; margin: 0; }
.ba-alert {
  display: flex; gap: 0.5rem; align-items: flex-start; padding: 0.625rem 0.75rem; border-radius: var(--ba-radius);
  background: var(--ba-danger-bg); color: var(--ba-danger-fg); font-size: 0.875rem; overflow-wrap: anywhere;
}
.ba-alert-warning { background: var(--ba-warn-bg); color: var(--ba-warn-fg); }
.ba-alert-info { background: var(--ba-muted); color: var(--ba-fg); }
.ba-alert svg { width: 1rem; height: 1rem; flex: none; margin-top: 0.15rem; }
.ba-alert-body { display: grid; gap: 0.5rem; flex: 1; min-width: 0; }
.ba-alert-message { margin: 0; }
.ba-alert-actions { display: flex; gap: 0.5rem; flex-wrap: wrap; }

.ba-skeleton { background: var(--ba-muted); border-radius: var(--ba-radius); animation: ba-pulse 1.6s ease-in-out infinite; }
@keyframes ba-pulse { 0% { opacity: 1; } 50% { opacity: 0.45; } 100% { opacity: 1; } }
@media (prefers-reduced-motion: reduce) {
  .ba-skeleton, .ba-spinner { animation: none; }
}

.ba-overlay {
  position: fixed; top: 0; right: 0; bottom: 0; left: 0; width: 100%; height: 100%; max-width: 100%; max-height: 100%;
  margin: 0; border: 0; padding: 1rem; background: rgba(0, 0, 0, 0.55); color: inherit; overflow-y: auto;
}
.ba-overlay[open] { display: flex; align-items: center; justify-content: center; }
.ba-overlay::backdrop { background: transparent; }
.ba-dialog {
  width: 100%; max-width: 30rem; max-height: calc(100vh - 2rem); overflow-y: auto;
  background: var(--ba-card); color: var(--ba-fg); border: 1px solid var(--ba-border);
  border-radius: calc(var(--ba-radius) * 1.5); box-shadow: var(--ba-shadow);
  padding: 1.25rem; display: grid; gap: 1rem; outline: none; margin: auto;
}
.ba-dialog-title { font-size: 1.125rem; font-weight: 600; margin: 0; overflow-wrap: anywhere; }
.ba-dialog-description { color: var(--ba-muted-fg); font-size: 0.875rem; margin: 0.25rem 0 0; }
.ba-dialog-footer { display: flex; flex-wrap: wrap-reverse; justify-content: flex-end; gap: 0.5rem; }

.ba-toasts {
  position: fixed; z-index: 60; right: 1rem; bottom: 1rem; left: 1rem; margin-left: auto;
  max-width: 24rem; display: grid; gap: 0.5rem; pointer-events: none;
}
.ba-toast {
  pointer-events: auto; display: flex; align-items: flex-start; gap: 0.5rem; padding: 0.75rem 0.875rem;
  background: var(--ba-card); color: var(--ba-fg); border: 1px solid var(--ba-border);
  border-radius: var(--ba-radius); box-shadow: var(--ba-shadow); font-size: 0.875rem; overflow-wrap: anywhere;
}
.ba-toast-message { flex: 1; min-width: 0; }
.ba-toast svg { width: 1rem; height: 1rem; flex: none; margin-top: 0.15rem; }
.ba-toast-error { border-color: var(--ba-destructive); }

.ba-badge {
  display: inline-flex; align-items: center; padding: 0 0.5rem; border-radius: 999px; font-size: 0.75rem;
  font-weight: 500; line-height: 1.25rem; border: 1px solid var(--ba-border); color: var(--ba-muted-fg); white-space: nowrap;
}
.ba-badge-danger { background: var(--ba-danger-bg); color: var(--ba-danger-fg); border-color: transparent; }

.ba-empty { display: grid; justify-items: center; text-align: center; gap: 0.5rem; padding: 1.5rem 0.5rem; }
.ba-empty-icon {
  display: grid; place-items: center; width: 3rem; height: 3rem; border-radius: 999px;
  background: var(--ba-muted); color: var(--ba-muted-fg);
}
.ba-empty-icon svg { width: 1.5rem; height: 1.5rem; }
.ba-empty-title { font-weight: 600; margin: 0; font-size: 1rem; }
.ba-empty-text { color: var(--ba-muted-fg); margin: 0 0 0.5rem; font-size: 0.875rem; max-width: 28rem; }

.ba-toolbar { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; justify-content: space-between; }
.ba-inline-field { display: flex; align-items: center; gap: 0.5rem; font-size: 0.875rem; }
.ba-inline-field .ba-select { width: auto; min-height: 2rem; padding: 0.25rem 0.5rem; font-size: 0.875rem; }
.ba-list { list-style: none; margin: 0; padding: 0; border: 1px solid var(--ba-border); border-radius: var(--ba-radius); }
.ba-row {
  display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; padding: 0.75rem 0.875rem; min-width: 0;
}
.ba-row + .ba-row { border-top: 1px solid var(--ba-border); }
/* Rows off screen skip layout and paint: a page of a thousand keys costs about one screenful. */
.ba-list > .ba-row { content-visibility: auto; contain-intrinsic-size: auto 4.5rem; }
.ba-row-main { flex: 1 1 16rem; min-width: 0; display: grid; gap: 0.125rem; }
.ba-row-title { display: flex; flex-wrap: wrap; align-items: center; gap: 0.375rem; min-width: 0; }
.ba-row-name {
  font-weight: 500; margin: 0; font-size: 0.9375rem; min-width: 0; max-width: 100%;
  overflow: hidden; text-overflow: ellipsis; white-space: nowrap; unicode-bidi: isolate;
}
.ba-mono { font-family: var(--ba-mono); font-size: 0.8125rem; overflow-wrap: anywhere; word-break: break-all; }
.ba-row-meta { color: var(--ba-muted-fg); font-size: 0.8125rem; margin: 0; }
.ba-row-actions { display: flex; gap: 0.375rem; flex-wrap: wrap; }
.ba-pager { display: flex; align-items: center; gap: 0.5rem; flex-wrap: wrap; }
.ba-pager-summary { margin: 0 auto 0 0; }
.ba-muted { color: var(--ba-muted-fg); font-size: 0.875rem; }
.ba-confirm-title { margin: 0; }
.ba-secret { resize: none; word-break: break-all; overflow-wrap: anywhere; line-height: 1.4; }
.ba-copy-row { display: flex; justify-content: flex-start; }
.ba-confirm { border-top: 1px solid var(--ba-border); padding-top: 1rem; display: grid; gap: 0.75rem; }
.ba-summary { display: grid; gap: 0.25rem; padding: 0.75rem; border-radius: var(--ba-radius); background: var(--ba-muted); min-width: 0; }
.ba-summary-name { font-weight: 500; overflow-wrap: anywhere; unicode-bidi: isolate; }
.ba-error-screen { max-width: 32rem; margin: 4rem auto; padding: 1rem; }
"#
    );
    html! { <Global css={css} /> }
}
