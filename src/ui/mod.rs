//! UI primitives shared by the shell and every plugin.

pub mod alert;
pub mod busy;
pub mod button;
pub mod card;
pub mod clipboard;
pub mod dialog;
pub mod field;
pub mod icons;
pub mod ids;
pub mod skeleton;
pub mod theme;
pub mod toast;

pub use alert::{Alert, AlertKind};
pub use busy::{use_single_flight, SingleFlight};
pub use button::{Button, ButtonSize, ButtonVariant};
pub use card::Card;
pub use dialog::Dialog;
pub use field::{Checkbox, SelectField, SelectOption, TextField};
pub use skeleton::Skeleton;
pub use toast::{use_toaster, ToastKind, ToastProvider, Toaster};
