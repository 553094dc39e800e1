//! A link to a page of the app: a real `href` (with the base the app is served under) for new
//! tabs and copied links, in-app navigation for a plain click.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::routing::{go_to, href, is_plain_left_click, Entry};

/// Props of [`AppLink`].
#[derive(Properties, PartialEq)]
pub struct AppLinkProps {
    /// An app path with an optional query, e.g. `/auth/sign-up?redirect=%2Fsettings`.
    pub to: AttrValue,
    /// Marks the link as the current page.
    #[prop_or_default]
    pub current: bool,
    /// The link's content (its accessible name).
    #[prop_or_default]
    pub children: Html,
}

/// A link inside the app.
#[component]
pub fn AppLink(props: &AppLinkProps) -> Html {
    let navigator = use_navigator();
    let onclick = {
        let (to, navigator) = (props.to.clone(), navigator.clone());
        Callback::from(move |e: MouseEvent| {
            if !is_plain_left_click(&e) {
                return;
            }
            if let Some(nav) = &navigator {
                e.prevent_default();
                go_to(nav, &to, Entry::Push);
            }
        })
    };
    html! {
        <a href={href(navigator.as_ref(), &props.to)} aria-current={props.current.then_some("page")}
            {onclick}>{ props.children.clone() }</a>
    }
}
