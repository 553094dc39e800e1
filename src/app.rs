//! The single-page app: routes, the provider stack, and the panic screen.

use serde::{Deserialize, Serialize};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::auth::{AuthProvider, Plugins};
use crate::client::{Client, HttpClient};
use crate::config::AppConfig;
use crate::pages::{Home, NotFound, OrganizationSettings, SecuritySettings, SignIn, SignUp};
use crate::plugins::api_key::{api_key_plugin, ApiKeyOptions};

/// The app's routes.
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

/// Props of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub client: Client,
    #[prop_or_default]
    pub plugins: Plugins,
    #[prop_or_default]
    pub locale: Option<AttrValue>,
}

impl AppProps {
    /// The app as configured by the page: the HTTP client and the API-key plugin.
    pub fn from_config(config: &AppConfig) -> Self {
        let plugins = Plugins::from(vec![api_key_plugin(ApiKeyOptions {
            organization: config.organization_api_keys,
            ..Default::default()
        })]);
        Self {
            client: Client::new(HttpClient::new(&config.auth_url)),
            plugins,
            locale: config.locale.clone().map(AttrValue::from),
        }
    }
}

/// The whole app: router, auth provider and pages.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    // The document's language decides how screen readers pronounce the page.
    use_effect_with(props.locale.clone(), |locale| {
        let tag = locale
            .as_deref()
            .map(crate::i18n::Locale::new)
            .unwrap_or_else(crate::i18n::Locale::from_browser);
        if let Some(html) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = html.set_attribute("lang", tag.tag());
        }
    });
    html! {
        <BrowserRouter>
            <AuthProvider client={props.client.clone()} plugins={props.plugins.clone()}
                locale={props.locale.clone()}>
                <Switch<Route> render={switch} />
            </AuthProvider>
        </BrowserRouter>
    }
}

/// Renders the page for a route (also used by tests with an in-memory router).
pub fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <Home /> },
        Route::SignIn => html! { <SignIn /> },
        Route::SignUp => html! { <SignUp /> },
        Route::Security => html! { <SecuritySettings /> },
        Route::OrganizationSettings => html! { <OrganizationSettings /> },
        Route::NotFound => html! { <NotFound /> },
    }
}

/// Replaces the page with a visible error when the app panics, instead of leaving it blank.
pub fn install_panic_screen() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("{info}").into());
        let german = crate::i18n::Locale::from_browser().language() == "de";
        let (title, text, reload) = if german {
            (
                "Etwas ist schiefgelaufen",
                "Die Anwendung hat einen unerwarteten Fehler festgestellt. Lade die Seite neu, um fortzufahren.",
                "Neu laden",
            )
        } else {
            (
                "Something went wrong",
                "The app ran into an unexpected error. Reload the page to continue.",
                "Reload",
            )
        };
        let Some(body) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
        else {
            return;
        };
        // Plain DOM: the Yew runtime may be in an inconsistent state now.
        let doc = body.owner_document();
        let build = || -> Option<web_sys::Element> {
            let doc = doc.as_ref()?;
            let main = doc.create_element("main").ok()?;
            main.set_class_name("ba-root ba-error-screen");
            main.set_attribute("role", "alert").ok()?;
            let h1 = doc.create_element("h1").ok()?;
            h1.set_text_content(Some(title));
            let p = doc.create_element("p").ok()?;
            p.set_text_content(Some(text));
            let a = doc.create_element("a").ok()?;
            a.set_text_content(Some(reload));
            a.set_attribute("href", "").ok()?;
            main.append_child(&h1).ok()?;
            main.append_child(&p).ok()?;
            main.append_child(&a).ok()?;
            Some(main)
        };
        if let Some(main) = build() {
            body.set_inner_html("");
            let _ = body.append_child(&main);
        }
    }));
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
}
