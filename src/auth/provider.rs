//! `AuthProvider`: the context every page and plugin reads: the client, the session, the
//! localization and the registered plugins.

use std::rc::Rc;

use yew::prelude::*;

use super::localization::{AuthLocalization, AuthLocalizationOverrides};
use super::plugin::{AuthPlugin, Plugins};
use super::session::{SessionAction, SessionState, SignedOutReason};
use crate::client::account::{self, SignInEmail, SignUpEmail};
use crate::client::{organization, Client, ClientError, ClientResult};
use crate::i18n::{Formatter, Locale};
use crate::ui::theme::{GlobalStyles, Theme};
use crate::ui::toast::ToastProvider;

/// What rarely changes: built once per client/plugins/locale.
struct Shared {
    client: Client,
    plugins: Plugins,
    locale: Locale,
    localization: Rc<AuthLocalization>,
    formatter: Formatter,
    theme: Theme,
}

/// The handle `use_auth()` returns: cheap to clone, compared by identity and session.
#[derive(Clone)]
pub struct AuthContext {
    shared: Rc<Shared>,
    session: Rc<SessionState>,
    dispatch: Callback<SessionAction>,
}

impl PartialEq for AuthContext {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.shared, &other.shared) && self.session == other.session
    }
}

impl AuthContext {
    /// The API client. Every 401 it receives ends the session in the UI.
    pub fn client(&self) -> &Client {
        &self.shared.client
    }

    /// The session state.
    pub fn session(&self) -> &SessionState {
        &self.session
    }

    /// The registered plugins.
    pub fn plugins(&self) -> &Plugins {
        &self.shared.plugins
    }

    /// The configured locale.
    pub fn locale(&self) -> &Locale {
        &self.shared.locale
    }

    /// The shell's strings (shared: cloning the handle is cheap).
    pub fn localization(&self) -> &Rc<AuthLocalization> {
        &self.shared.localization
    }

    /// Date and number formatting in the configured locale.
    pub fn formatter(&self) -> &Formatter {
        &self.shared.formatter
    }

    /// Light or dark, as the provider's `theme` prop says.
    pub fn theme(&self) -> Theme {
        self.shared.theme
    }

    /// A localized message for a failed call.
    pub fn error_message(&self, error: &ClientError) -> String {
        self.shared.localization.error_message(error)
    }

    /// Reloads the session from the server.
    pub async fn refresh_session(&self) -> ClientResult<()> {
        self.dispatch.emit(SessionAction::Reload);
        match self.shared.client.call(account::get_session()).await {
            Ok(data) => {
                self.dispatch.emit(SessionAction::Loaded(data));
                Ok(())
            }
            Err(e) => {
                self.dispatch.emit(SessionAction::Failed(e.clone()));
                Err(e)
            }
        }
    }

    /// Signs in, then loads the new session.
    pub async fn sign_in(&self, request: SignInEmail) -> ClientResult<()> {
        // The answer's user is not read: the session check that follows brings it again (and
        // the app carries one decoder less).
        let (call, _) = account::sign_in_email(&request).into_parts();
        self.shared.client.send(call).await?;
        self.load_after_sign_in().await
    }

    /// Creates an account (which signs it in), then loads the new session.
    pub async fn sign_up(&self, request: SignUpEmail) -> ClientResult<()> {
        let (call, _) = account::sign_up_email(&request).into_parts();
        self.shared.client.send(call).await?;
        self.load_after_sign_in().await
    }

    async fn load_after_sign_in(&self) -> ClientResult<()> {
        let data = self.shared.client.call(account::get_session()).await?;
        self.dispatch.emit(SessionAction::Loaded(data));
        Ok(())
    }

    /// Signs out. The UI forgets the session even if the server cannot be reached, but the
    /// error is returned so the page can say the server may still hold it.
    pub async fn sign_out(&self) -> ClientResult<()> {
        let result = self.shared.client.call(account::sign_out()).await;
        self.dispatch.emit(SessionAction::SignedOut);
        result
    }

    /// Makes an organization (or with `None` the personal account) the active one.
    pub async fn set_active_organization(
        &self,
        organization_id: Option<String>,
    ) -> ClientResult<()> {
        let org = self
            .shared
            .client
            .call(organization::set_active_organization(
                organization_id.as_deref(),
            ))
            .await?;
        self.dispatch
            .emit(SessionAction::ActiveOrganization(org.map(|o| o.id)));
        Ok(())
    }

    /// Records that the active organization changed (e.g. creating one activates it).
    pub fn organization_activated(&self, organization_id: Option<String>) {
        self.dispatch
            .emit(SessionAction::ActiveOrganization(organization_id));
    }
}

/// Props of [`AuthProvider`].
#[derive(Properties)]
pub struct AuthProviderProps {
    /// The Better Auth API client: `Client::new(HttpClient::new("/api/auth"))`, or an in-memory
    /// server in tests.
    pub client: Client,
    /// Registered plugins, in the order their cards appear. Default: none.
    ///
    /// Compared by identity, so build the list once (`use_memo`) rather than on every render,
    /// which would rebuild the context and re-render everything below it:
    ///
    /// ```
    /// use better_auth_ui::prelude::*;
    /// use yew::prelude::*;
    ///
    /// #[component]
    /// fn Settings() -> Html {
    ///     let client = use_memo((), |()| Client::new(HttpClient::new("/api/auth")));
    ///     let plugins = use_memo((), |()| {
    ///         Plugins::from(vec![api_key_plugin(ApiKeyOptions::default())])
    ///     });
    ///     html! {
    ///         <AuthProvider client={(*client).clone()} plugins={(*plugins).clone()}>
    ///             <ApiKeys />
    ///         </AuthProvider>
    ///     }
    /// }
    /// ```
    #[prop_or_default]
    pub plugins: Plugins,
    /// Per-string overrides of the shell's localization.
    #[prop_or_default]
    pub localization: Option<Rc<AuthLocalizationOverrides>>,
    /// BCP 47 locale for strings, dates and numbers; the browser's language when absent.
    #[prop_or_default]
    pub locale: Option<AttrValue>,
    /// Light or dark; by default the host page's `color-scheme` decides.
    #[prop_or_default]
    pub theme: Theme,
    /// The app (or the part of it) that uses the context: cards, pages, [`SessionGate`]s.
    ///
    /// [`SessionGate`]: crate::auth::SessionGate
    #[prop_or_default]
    pub children: Html,
}

// By identity where the props are shared handles: comparing the overrides field by field on
// every render would cost time and code for nothing.
impl PartialEq for AuthProviderProps {
    fn eq(&self, other: &Self) -> bool {
        let same_overrides = match (&self.localization, &other.localization) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        self.client == other.client
            && self.plugins == other.plugins
            && same_overrides
            && self.locale == other.locale
            && self.theme == other.theme
            && self.children == other.children
    }
}

/// Provides [`AuthContext`] to its children, loads the session once at start, and renders the
/// global styles and the toast live region.
#[component]
pub fn AuthProvider(props: &AuthProviderProps) -> Html {
    // The session check may have been answered before the app started (the bundled app's
    // page sends it early): then the first render already knows who is signed in.
    let early = {
        let client = props.client.clone();
        use_memo((), move |()| client.call_ready(account::get_session()))
    };
    let session = {
        let early = early.clone();
        use_reducer(move || match &*early {
            Some(Ok(Some(data))) => SessionState::SignedIn(Rc::new(data.clone())),
            Some(Ok(None)) => SessionState::SignedOut(SignedOutReason::NotSignedIn),
            Some(Err(e)) => SessionState::Failed(e.clone()),
            None => SessionState::Loading,
        })
    };
    let dispatcher = session.dispatcher();

    let shared = {
        let deps = (
            props.client.clone(),
            props.plugins.clone(),
            props.localization.clone().map(PtrKey),
            props.locale.clone(),
            props.theme,
        );
        let dispatcher = dispatcher.clone();
        use_memo(deps, move |(client, plugins, overrides, locale, theme)| {
            let locale = locale
                .as_deref()
                .map(Locale::new)
                .unwrap_or_else(Locale::from_browser);
            let mut localization = AuthLocalization::for_locale(&locale);
            if let Some(o) = overrides {
                localization.apply(&o.0);
            }
            let on_unauthorized = Callback::from(move |()| {
                dispatcher.dispatch(SessionAction::Unauthorized);
            });
            Shared {
                client: client.with_session_hook(on_unauthorized),
                plugins: plugins.clone(),
                formatter: Formatter::new(&locale),
                locale,
                localization: Rc::new(localization),
                theme: *theme,
            }
        })
    };

    // The session is loaded once at start; sign-in, sign-up and sign-out update it afterwards.
    // Started during the first render rather than in an effect: Yew runs effects only after the
    // browser has painted, and this request should not wait for a paint.
    let started = use_mut_ref(|| early.is_some());
    if !std::mem::replace(&mut *started.borrow_mut(), true) {
        let client = shared.client.clone();
        let dispatcher = dispatcher.clone();
        wasm_bindgen_futures::spawn_local(async move {
            match client.call(account::get_session()).await {
                Ok(data) => dispatcher.dispatch(SessionAction::Loaded(data)),
                Err(e) => dispatcher.dispatch(SessionAction::Failed(e)),
            }
        });
    }

    // Early answers belong to the session the page loaded with. Signed out, the ones left (a
    // list the page asked for, answered 401) would end the next session as "expired" the
    // moment a component took them after sign-in: drop them.
    {
        let client = props.client.clone();
        let signed_out = matches!(*session, SessionState::SignedOut(_));
        use_effect_with(signed_out, move |&signed_out| {
            if signed_out {
                client.discard_ready();
            }
        });
    }

    let context = AuthContext {
        shared,
        session: Rc::new((*session).clone()),
        dispatch: Callback::from(move |a| dispatcher.dispatch(a)),
    };
    let notifications = context.localization().notifications.clone();

    // No element of its own around the children: they are the host's (see `ui::Root`).
    html! {
        <ContextProvider<AuthContext> {context}>
            <GlobalStyles />
            <ToastProvider label={notifications}>
                { props.children.clone() }
            </ToastProvider>
        </ContextProvider<AuthContext>>
    }
}

/// The auth context. Panics with a clear message outside `<AuthProvider>`.
#[hook]
pub fn use_auth() -> AuthContext {
    use_context::<AuthContext>().expect(
        "use_auth() was called outside <AuthProvider>: wrap your app (or this component) in \
         <AuthProvider client={…}>",
    )
}

/// The session state.
#[hook]
pub fn use_session() -> SessionState {
    use_auth().session().clone()
}

/// A registered plugin and its strings in the configured locale.
pub struct PluginContext<P: AuthPlugin> {
    /// The plugin, with its options.
    pub plugin: Rc<P>,
    /// Its strings.
    pub localization: Rc<P::Localization>,
}

impl<P: AuthPlugin> Clone for PluginContext<P> {
    fn clone(&self) -> Self {
        Self {
            plugin: self.plugin.clone(),
            localization: self.localization.clone(),
        }
    }
}

/// The registered plugin `P`. Panics with a clear message when `P` is not registered.
#[hook]
pub fn use_auth_plugin<P: AuthPlugin>() -> PluginContext<P> {
    let auth = use_auth();
    let plugin = auth.plugins().get::<P>().unwrap_or_else(|| {
        panic!(
            "use_auth_plugin::<{}>(): the plugin \"{}\" is not registered; pass it in \
             <AuthProvider plugins={{…}}>",
            std::any::type_name::<P>(),
            P::ID
        )
    });
    let localization = use_memo(
        (PtrKey(plugin.clone()), auth.locale().clone()),
        |(plugin, locale)| plugin.0.localization(locale),
    );
    PluginContext {
        plugin,
        localization,
    }
}

/// Compares an `Rc` by identity, for hook dependencies.
struct PtrKey<T>(Rc<T>);

impl<T> PartialEq for PtrKey<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
