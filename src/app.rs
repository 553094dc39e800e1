//! The single-page app: the provider stack, the routes' pages, and the panic screen.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::auth::{use_auth, AuthLocalization, AuthProvider, Plugins};
use crate::client::{Client, HttpClient};
use crate::config::AppConfig;
use crate::i18n::Locale;
use crate::pages::{Home, NotFound, OrganizationSettings, SecuritySettings, SignIn, SignUp};
use crate::routing::{use_app_path, Route};

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
    /// The app as the page configures it: the HTTP client and the plugins, each set up from
    /// its own meta tags.
    pub fn from_config(config: &AppConfig) -> Self {
        Self {
            client: Client::new(HttpClient::new(&config.auth_url)),
            plugins: crate::plugins::for_page(&config.meta),
            locale: config.locale.clone().map(AttrValue::from),
        }
    }
}

/// The whole app: router, auth provider and pages.
#[component]
pub fn App(props: &AppProps) -> Html {
    // The document's language decides how screen readers pronounce the page.
    use_effect_with(props.locale.clone(), |locale| {
        let tag = locale
            .as_deref()
            .map(Locale::new)
            .unwrap_or_else(Locale::from_browser);
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
        Route::NotFound => html! { <PluginPageOrNotFound /> },
    }
}

/// A page a plugin contributes at this path, or the not-found page.
#[component]
fn PluginPageOrNotFound() -> Html {
    let auth = use_auth();
    let path = use_app_path();
    let page = path.and_then(|path| {
        auth.plugins()
            .pages(auth.locale())
            .into_iter()
            .find(|p| p.path == path)
    });
    match page {
        Some(page) => (page.render)(),
        None => html! { <NotFound /> },
    }
}

/// Replaces the page with a visible error when the app panics, instead of leaving it blank.
pub fn install_panic_screen(locale: Locale) {
    let l = AuthLocalization::for_locale(&locale);
    // The hook must be `Send`: plain strings, not the table's shared ones.
    let (title, text, reload) = (
        l.panic_title.to_string(),
        l.panic_text.to_string(),
        l.reload.to_string(),
    );
    std::panic::set_hook(Box::new(move |info| {
        web_sys::console::error_1(&format!("{info}").into());
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
            h1.set_text_content(Some(&title));
            let p = doc.create_element("p").ok()?;
            p.set_text_content(Some(&text));
            let a = doc.create_element("a").ok()?;
            a.set_text_content(Some(&reload));
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
