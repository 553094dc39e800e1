//! The single-page app: the provider stack, the routes' pages, and the panic screen.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::auth::{use_auth, AuthLocalization, AuthProvider, Plugins};
use crate::client::{Client, HttpClient};
use crate::config::AppConfig;
use crate::i18n::Locale;
use crate::pages::{Home, NotFound, OrganizationSettings, SecuritySettings, SignIn, SignUp};
use crate::routing::{use_app_path, Route};
use crate::ui::Root;

/// Props of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The Better Auth API client every page calls (handed to [`AuthProvider`]).
    pub client: Client,
    /// The registered plugins; their cards and pages join the app's. Default: none.
    #[prop_or_default]
    pub plugins: Plugins,
    /// BCP 47 locale for strings, dates and numbers, also set as the document's `lang`; the
    /// browser's language when absent.
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
    // The page's painted shell (index.html) gives way in the frame the app draws itself.
    use_effect_with((), |()| {
        if let Some(shell) = gloo_utils::document().get_element_by_id("ba-shell") {
            shell.remove();
        }
    });
    html! {
        <BrowserRouter>
            <AuthProvider client={props.client.clone()} plugins={props.plugins.clone()}
                locale={props.locale.clone()}>
                // The bundled app is all library: one root around the whole page.
                <Root>
                    <Switch<Route> render={switch} />
                </Root>
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

/// Gives the page's crash screen its words. The app aborts on a panic (a WebAssembly trap, no
/// unwinding), after which its own code cannot be trusted to run; the handler in index.html, plain
/// JavaScript, then replaces the page with a visible error in these words instead of leaving it
/// frozen or blank.
pub fn install_panic_screen(locale: Locale) {
    let l = AuthLocalization::for_locale(&locale);
    let words = js_sys::Object::new();
    for (key, text) in [
        ("title", &l.panic_title),
        ("text", &l.panic_text),
        ("reload", &l.reload),
    ] {
        let _ = js_sys::Reflect::set(&words, &key.into(), &text.as_str().into());
    }
    if let Some(window) = web_sys::window() {
        let _ = js_sys::Reflect::set(&window, &"__baPanic".into(), &words);
    }
    // Stable builds (e.g. `trunk serve`) still run hooks before aborting: say what happened.
    #[cfg(debug_assertions)]
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("{info}").into());
    }));
}
