//! What sign-in and sign-up share: the centered card, where to go afterwards, and the link
//! between the two that keeps the redirect.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::auth::use_auth;
use crate::client::request::{decode_component, encode_component};
use crate::routing::{is_plain_left_click, safe_redirect, RedirectQuery, Route};

/// Where to go once signed in: the page the user came from, or the security settings.
#[hook]
pub fn use_redirect_target() -> Option<String> {
    let location = use_location();
    location
        .and_then(|l| l.query::<RedirectQuery>().ok())
        .and_then(|q| safe_redirect(q.redirect.as_deref()))
}

/// Leaves the page as soon as somebody is signed in (also when they arrive signed in).
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
        let (path, query) = match target.as_deref().and_then(|t| t.split_once('?')) {
            Some((path, query)) => (path.to_owned(), query_pairs(query)),
            None => (target.unwrap_or_default(), Vec::new()),
        };
        let route = Route::recognize(&path)
            .filter(|r| !matches!(r, Route::NotFound | Route::SignIn | Route::SignUp))
            .unwrap_or(Route::Security);
        if query.is_empty() {
            nav.replace(&route);
        } else {
            let _ = nav.replace_with_query(&route, &query);
        }
    });
}

/// `a=1&b=x%20y` → `[("a","1"),("b","x y")]`.
fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode_component(k), decode_component(v))
        })
        .collect()
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
    let navigator = use_navigator();
    let query = RedirectQuery {
        redirect: props.redirect.clone(),
    };
    let href = match &props.redirect {
        Some(r) => format!("{}?redirect={}", props.to.to_path(), encode_component(r)),
        None => props.to.to_path(),
    };
    let onclick = {
        let to = props.to.clone();
        Callback::from(move |e: MouseEvent| {
            if !is_plain_left_click(&e) {
                return;
            }
            e.prevent_default();
            if let Some(nav) = &navigator {
                let _ = nav.push_with_query(&to, &query);
            }
        })
    };
    html! {
        <p class="ba-auth-switch">
            { props.prompt.clone() }{ " " }<a {href} {onclick}>{ props.label.clone() }</a>
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_query_pairs() {
        assert_eq!(
            query_pairs("tab=keys&x=1%262&flag"),
            vec![
                ("tab".to_owned(), "keys".to_owned()),
                ("x".to_owned(), "1&2".to_owned()),
                ("flag".to_owned(), String::new())
            ]
        );
    }
}
