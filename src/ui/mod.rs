//! UI primitives shared by the shell and every plugin.

pub mod alert;
pub mod button;
pub mod card;
pub mod clipboard;
pub mod dialog;
pub mod field;
pub mod icons;
pub mod ids;
pub mod latest;
pub mod root;
pub mod skeleton;
pub mod submit;
pub mod theme;
pub mod toast;

pub use alert::{alert, AlertKind};
pub use button::{Button, ButtonSize, ButtonVariant};
pub use card::Card;
pub use dialog::Dialog;
pub use field::{Checkbox, SelectField, SelectOption, TextField};
pub use latest::{use_latest, Latest, Ticket};
pub use root::{Root, RootContext};
pub use submit::{use_submit, Submit};
pub use toast::{use_toaster, ToastKind, ToastProvider, Toaster};

/// Moves focus to the element behind `node`, if it is rendered.
pub fn focus(node: &yew::NodeRef) {
    if let Some(el) = node.cast::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}
