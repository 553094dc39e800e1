//! Inline messages: errors (announced at once) and notes.

use yew::prelude::*;

use super::icons;

/// How an [`Alert`] looks and is announced.
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

/// Props of [`Alert`].
#[derive(Properties, PartialEq)]
pub struct AlertProps {
    #[prop_or_default]
    pub kind: AlertKind,
    pub message: AttrValue,
    /// Buttons under the message, e.g. "Retry".
    #[prop_or_default]
    pub actions: Html,
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

/// An inline message. Text is rendered as text, never as markup.
#[component]
pub fn Alert(props: &AlertProps) -> Html {
    let (class, role) = match props.kind {
        AlertKind::Error => (None, "alert"),
        AlertKind::Warning => (Some("ba-alert-warning"), "alert"),
        AlertKind::Info => (Some("ba-alert-info"), "status"),
    };
    html! {
        <div class={classes!("ba-alert", class)} {role} id={props.id.clone()}>
            { icons::alert() }
            <div class="ba-alert-body">
                <p class="ba-alert-message">{ props.message.clone() }</p>
                if props.actions != Html::default() {
                    <div class="ba-alert-actions">{ props.actions.clone() }</div>
                }
            </div>
        </div>
    }
}
