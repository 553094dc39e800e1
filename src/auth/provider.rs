//! `AuthProvider`: builds the context every page and plugin reads (context.rs), loads the
//! session once and keeps it, and renders the styles and the status region.

use std::rc::Rc;

use yew::prelude::*;

use super::context::{AuthContext, PtrKey, Shared};
use super::localization::{AuthLocalization, AuthLocalizationOverrides};
use super::plugin::Plugins;
use super::session::{SessionAction, SessionState, SignedOutReason};
use crate::client::{account, Client};
use crate::i18n::{Formatter, Locale};
use crate::ui::theme::{GlobalStyles, Theme};
use crate::ui::toast::ToastProvider;
use crate::ui::RootContext;

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
            let lang = AttrValue::from(locale.tag().to_owned());
            Shared {
                client: client.with_session_hook(on_unauthorized),
                plugins: plugins.clone(),
                formatter: Formatter::new(&locale),
                locale,
                localization: Rc::new(localization),
                root: RootContext {
                    theme: *theme,
                    lang,
                },
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
    let root = context.shared.root.clone();

    // No element of its own around the children: they are the host's (see `ui::Root`).
    html! {
        <ContextProvider<AuthContext> {context}>
        <ContextProvider<RootContext> context={root}>
            <GlobalStyles />
            <ToastProvider label={notifications}>
                { props.children.clone() }
            </ToastProvider>
        </ContextProvider<RootContext>>
        </ContextProvider<AuthContext>>
    }
}
