//! The app's routes and the helpers its pages and components share: where sign-in may send a
//! user back to, and which clicks become in-app navigation. A module of its own so that pages
//! and components never import from `app`, which imports them.

use serde::{Deserialize, Serialize};
use yew::prelude::*;
use yew_router::prelude::*;
use yew_router::query::Raw;
use yew_router::AnyRoute;

/// The app's routes. Paths no route claims go to the plugins' pages, then to not-found.
#[derive(Routable, Clone, Debug, PartialEq, Eq)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/auth/sign-in")]
    SignIn,
    #[at("/auth/sign-up")]
    SignUp,
    #[at("/settings/security")]
    Security,
    #[at("/organization/settings")]
    OrganizationSettings,
    #[not_found]
    #[at("/404")]
    NotFound,
}

/// `?redirect=/where/the/user/was`, carried through sign-in and sign-up.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RedirectQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect: Option<String>,
}

/// Only same-app paths are followed after sign-in; anything else could send a freshly signed-in
/// user to another site (an open redirect).
pub fn safe_redirect(target: Option<&str>) -> Option<String> {
    let t = target?.trim();
    let ok = t.starts_with('/')
        && !t.starts_with("//")
        && !t.starts_with("/\\")
        && !t.chars().any(|c| c.is_control())
        && !t.starts_with("/auth/");
    ok.then(|| t.to_owned())
}

/// A click the app should turn into in-app navigation: the main button, no modifier keys (those
/// open a new tab or window, which the browser does by itself).
pub fn is_plain_left_click(e: &MouseEvent) -> bool {
    e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key())
}

/// The app path of the current location (the router's basename removed), e.g.
/// `/settings/security`.
#[hook]
pub fn use_app_path() -> Option<String> {
    let location = use_location()?;
    let navigator = use_navigator()?;
    Some(strip_base(location.path(), navigator.basename()))
}

/// `path` without the `base` it is served under.
pub fn strip_base(path: &str, base: Option<&str>) -> String {
    let rest = match base {
        Some(base) if !base.is_empty() => path.strip_prefix(base).unwrap_or(path),
        _ => path,
    };
    if rest.starts_with('/') {
        rest.to_owned()
    } else {
        format!("/{rest}")
    }
}

/// How a navigation enters the history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// A new history entry (following a link, turning a page).
    Push,
    /// The current entry changes (a redirect, a new order of the same list).
    Replace,
}

/// Goes to `target`, an app path with an optional query (`/settings/security?page=2`); the
/// router adds the base the app is served under.
pub fn go_to(navigator: &Navigator, target: &str, entry: Entry) {
    let (path, query) = match target.split_once('?') {
        Some((path, query)) => (path, query),
        None => (target, ""),
    };
    let route = AnyRoute::new(path);
    // Raw queries cannot fail to encode; an empty one must not leave a bare `?`.
    match (entry, query.is_empty()) {
        (Entry::Push, true) => navigator.push(&route),
        (Entry::Replace, true) => navigator.replace(&route),
        (Entry::Push, false) => {
            let _ = navigator.push_with_query(&route, Raw(query));
        }
        (Entry::Replace, false) => {
            let _ = navigator.replace_with_query(&route, Raw(query));
        }
    }
}

/// The `href` of an app path: what a new tab or a copied link opens.
pub fn href(navigator: Option<&Navigator>, target: &str) -> String {
    let base = navigator.and_then(|n| n.basename()).unwrap_or("");
    format!("{base}{target}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redirects_only_within_the_app() {
        assert_eq!(
            safe_redirect(Some("/settings/security")).as_deref(),
            Some("/settings/security")
        );
        assert_eq!(
            safe_redirect(Some("/organization/settings?tab=keys")).as_deref(),
            Some("/organization/settings?tab=keys")
        );
        for bad in [
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "javascript:alert(1)",
            "settings",
            "/auth/sign-in",
            "/x\ny",
        ] {
            assert_eq!(safe_redirect(Some(bad)), None, "{bad:?}");
        }
        assert_eq!(safe_redirect(None), None);
    }

    #[test]
    fn strips_the_base() {
        assert_eq!(
            strip_base("/account/settings/security", Some("/account")),
            "/settings/security"
        );
        assert_eq!(strip_base("/account", Some("/account")), "/");
        assert_eq!(strip_base("/settings", None), "/settings");
        assert_eq!(strip_base("/settings", Some("")), "/settings");
    }
}
