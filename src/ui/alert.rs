//! Inline messages: errors (announced at once) and notes. A function rather than a component:
//! it holds no state, and a component costs the app its machinery for nothing.

use yew::prelude::*;

use super::icons;

/// How an [`alert`] looks and is announced.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AlertKind {
    /// An error: `role="alert"`, announced immediately.
    #[default]
    Error,
    /// A warning that needs attention: `role="alert"`.
    Warning,
    /// A calm note: `role="status"`.
    Info,
}

/// An inline message, with buttons under it (e.g. "Retry") unless `actions` is empty. Text is
/// rendered as text, never as markup.
pub fn alert(kind: AlertKind, message: AttrValue, actions: Html) -> Html {
    let (class, role) = match kind {
        AlertKind::Error => (None, "alert"),
        AlertKind::Warning => (Some("ba-alert-warning"), "alert"),
        AlertKind::Info => (Some("ba-alert-info"), "status"),
    };
    html! {
        <div class={classes!("ba-alert", class)} {role}>
            { icons::alert() }
            <div class="ba-alert-body">
                <p class="ba-alert-message">{ message }</p>
                if actions != Html::default() {
                    <div class="ba-alert-actions">{ actions }</div>
                }
            </div>
        </div>
    }
}
