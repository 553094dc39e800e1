//! Navigation helpers for the cards and plugins (which clicks become in-app navigation, paths
//! under the base the app is served under), and, with feature `app`, the bundled app's routes
//! and where sign-in may send a user back to. A module of its own so that pages
//! and components never import from `app`, which imports them.

use yew::prelude::*;
use yew_router::prelude::*;
use yew_router::query::Raw;
use yew_router::AnyRoute;

#[cfg(feature = "app")]
use crate::client::request::{decode_component, encode_component};

/// The app's routes. Paths no route claims go to the plugins' pages, then to not-found.
#[cfg(feature = "app")]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`: redirects to the security settings when signed in, else to sign-in.
    Home,
    /// `/auth/sign-in`: the sign-in form.
    SignIn,
    /// `/auth/sign-up`: the sign-up form.
    SignUp,
    /// `/settings/security`: the plugins' security cards (e.g. API keys).
    Security,
    /// `/organization/settings`: the active organization's cards.
    OrganizationSettings,
    /// `/404`, and any path no route or plugin page claims.
    NotFound,
}

#[cfg(feature = "app")]
impl Route {
    const ALL: [(Route, &'static str); 6] = [
        (Route::Home, "/"),
        (Route::SignIn, "/auth/sign-in"),
        (Route::SignUp, "/auth/sign-up"),
        (Route::Security, "/settings/security"),
        (Route::OrganizationSettings, "/organization/settings"),
        (Route::NotFound, "/404"),
    ];
}

// By hand rather than `#[derive(Routable)]`: six fixed paths need no pattern matcher, and the
// derive's one costs the app about 5 KB (brotli).
#[cfg(feature = "app")]
impl Routable for Route {
    fn from_path(path: &str, _: &std::collections::HashMap<&str, &str>) -> Option<Self> {
        Self::recognize(path)
    }

    fn to_path(&self) -> String {
        Self::ALL
            .iter()
            .find(|(r, _)| r == self)
            .map_or("/", |(_, p)| p)
            .to_owned()
    }

    fn routes() -> Vec<&'static str> {
        Self::ALL.iter().map(|(_, p)| *p).collect()
    }

    fn not_found_route() -> Option<Self> {
        Some(Self::NotFound)
    }

    fn recognize(pathname: &str) -> Option<Self> {
        let path = match pathname.strip_suffix('/') {
            Some(p) if !p.is_empty() => p,
            _ => pathname,
        };
        Some(
            Self::ALL
                .iter()
                .find(|(_, p)| *p == path)
                .map_or(Self::NotFound, |(r, _)| *r),
        )
    }
}

/// The sign-in page, coming back to `redirect` (an app path with its query) afterwards.
#[cfg(feature = "app")]
pub fn sign_in_then(redirect: Option<&str>) -> String {
    match redirect {
        Some(r) => format!("/auth/sign-in?redirect={}", encode_component(r)),
        None => Route::SignIn.to_path(),
    }
}

/// The `?redirect=` of a query string, decoded.
#[cfg(feature = "app")]
pub fn redirect_param(query: &str) -> Option<String> {
    query
        .trim_start_matches('?')
        .split('&')
        .find_map(|p| p.strip_prefix("redirect="))
        .map(decode_component)
}

/// Only same-app paths are followed after sign-in; anything else could send a freshly signed-in
/// user to another site (an open redirect).
#[cfg(feature = "app")]
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

    #[cfg(feature = "app")]
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

    #[cfg(feature = "app")]
    #[test]
    fn redirect_round_trip() {
        let target = "/settings/security?page=2&sort=name-asc";
        let url = sign_in_then(Some(target));
        assert_eq!(
            url,
            "/auth/sign-in?redirect=%2Fsettings%2Fsecurity%3Fpage%3D2%26sort%3Dname-asc"
        );
        let query = url.split_once('?').unwrap().1;
        assert_eq!(redirect_param(query).as_deref(), Some(target));
        assert_eq!(redirect_param("?x=1"), None);
        assert_eq!(sign_in_then(None), "/auth/sign-in");
    }

    #[cfg(feature = "app")]
    #[test]
    fn routes_round_trip() {
        for (route, path) in Route::ALL {
            assert_eq!(route.to_path(), path);
            assert_eq!(Route::recognize(path), Some(route));
        }
        assert_eq!(
            Route::recognize("/settings/security/"),
            Some(Route::Security)
        );
        assert_eq!(Route::recognize("/nope"), Some(Route::NotFound));
        assert_eq!(Route::recognize("/settings"), Some(Route::NotFound));
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
