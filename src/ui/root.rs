//! The library's style boundary. Every piece the cards put into a host page (a card, a dialog,
//! the toast region, `SessionGate`'s states) sits in its own `.ba-root`, which resets what the
//! host's styles would pass down and carries the theme and the language of the `AuthProvider`
//! around it (through [`RootContext`], so these primitives need nothing from `auth`).
//! `AuthProvider` itself adds no element: the host's own content inside it keeps the host's
//! styles.

use yew::prelude::*;

use super::theme::Theme;

/// The theme and language every [`Root`] below carries; `AuthProvider` provides it.
#[derive(Clone, Debug, PartialEq)]
pub struct RootContext {
    /// Light, dark, the system's or the host page's.
    pub theme: Theme,
    /// The BCP 47 tag of the strings inside (`lang`).
    pub lang: AttrValue,
}

/// Props of [`Root`].
#[derive(Properties, PartialEq)]
pub struct RootProps {
    /// The library content to isolate.
    pub children: Html,
}

/// A `.ba-root` element (`display: contents`: no box of its own) with the provider's theme and
/// language; outside an `AuthProvider`, the host page's.
#[component]
pub fn Root(props: &RootProps) -> Html {
    let context = use_context::<RootContext>();
    let theme = context.as_ref().and_then(|c| c.theme.attribute());
    let lang = context.map(|c| c.lang);
    html! {
        <div class="ba-root" data-theme={theme} {lang}>{ props.children.clone() }</div>
    }
}
