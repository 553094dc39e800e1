//! What sign-in and sign-up share: the centered card, where to go afterwards, and the link
//! between the two that keeps the redirect.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::auth::use_auth;
use crate::client::request::encode_component;
use crate::components::AppLink;
use crate::routing::{go_to, redirect_param, safe_redirect, Entry, Route};

/// Where to go once signed in: the page the user came from, or the security settings.
#[hook]
pub fn use_redirect_target() -> Option<String> {
    let location = use_location();
    location
        .and_then(|l| redirect_param(l.query_str()))
        .and_then(|r| safe_redirect(Some(&r)))
}

/// Leaves the page as soon as somebody is signed in (also when they arrive signed in): for the
/// page they came from if the app or a plugin has it, else the security settings.
#[hook]
pub fn use_leave_when_signed_in(target: Option<String>) {
    let auth = use_auth();
    let navigator = use_navigator();
    let signed_in = auth.session().user().is_some();
    use_effect_with(signed_in, move |signed_in| {
        if !*signed_in {
            return;
        }
        let Some(nav) = navigator else { return };
        let known = |target: &str| {
            let path = target.split('?').next().unwrap_or_default();
            match Route::recognize(path) {
                Some(Route::NotFound) | None => auth
                    .plugins()
                    .pages(auth.locale())
                    .iter()
                    .any(|p| p.path == path),
                Some(Route::SignIn | Route::SignUp) => false,
                Some(_) => true,
            }
        };
        let to = target
            .filter(|t| known(t))
            .unwrap_or_else(|| Route::Security.to_path());
        go_to(&nav, &to, Entry::Replace);
    });
}

/// Props of [`AuthSwitchLink`].
#[derive(Properties, PartialEq)]
pub struct AuthSwitchLinkProps {
    pub to: Route,
    pub prompt: AttrValue,
    pub label: AttrValue,
    pub redirect: Option<String>,
}

/// "Don't have an account? Sign up", keeping `?redirect=`.
#[component]
pub fn AuthSwitchLink(props: &AuthSwitchLinkProps) -> Html {
    let to = match &props.redirect {
        Some(r) => format!("{}?redirect={}", props.to.to_path(), encode_component(r)),
        None => props.to.to_path(),
    };
    html! {
        <p class="ba-auth-switch">
            { props.prompt.clone() }{ " " }<AppLink {to}>{ props.label.clone() }</AppLink>
        </p>
    }
}
