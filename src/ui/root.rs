//! The library's style boundary. Every piece the cards put into a host page (a card, a dialog,
//! the toast region, `SessionGate`'s states) sits in its own `.ba-root`, which resets what the
//! host's styles would pass down and carries the theme and the language of the `AuthProvider`
//! around it. `AuthProvider` itself adds no element: the host's own content inside it keeps the
//! host's styles.

use yew::prelude::*;

use crate::auth::AuthContext;

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
    let auth = use_context::<AuthContext>();
    let (theme, lang) = match &auth {
        Some(a) => (
            a.theme().attribute(),
            Some(AttrValue::from(a.locale().tag().to_owned())),
        ),
        None => (None, None),
    };
    html! {
        <div class="ba-root" data-theme={theme} {lang}>{ props.children.clone() }</div>
    }
}
