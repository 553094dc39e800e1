//! The context every page and plugin reads (`use_auth()`): the client, the session, the
//! localization and the registered plugins, with the hooks that read it. `AuthProvider`
//! (provider.rs) builds it.

use std::rc::Rc;

use yew::prelude::*;

use super::localization::AuthLocalization;
use super::plugin::{AuthPlugin, Plugins};
use super::session::{SessionAction, SessionState};
use crate::client::account::{self, SignInEmail, SignUpEmail};
use crate::client::{organization, Client, ClientError, ClientResult};
use crate::i18n::{Formatter, Locale};
use crate::ui::theme::Theme;
use crate::ui::RootContext;

/// What rarely changes: built once per client/plugins/locale.
pub(super) struct Shared {
    pub(super) client: Client,
    pub(super) plugins: Plugins,
    pub(super) locale: Locale,
    pub(super) localization: Rc<AuthLocalization>,
    pub(super) formatter: Formatter,
    /// The theme and language every `ui::Root` below carries.
    pub(super) root: RootContext,
}

/// The handle `use_auth()` returns: cheap to clone, compared by identity and session.
#[derive(Clone)]
pub struct AuthContext {
    pub(super) shared: Rc<Shared>,
    pub(super) session: Rc<SessionState>,
    pub(super) dispatch: Callback<SessionAction>,
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
        self.shared.root.theme
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
pub(super) struct PtrKey<T>(pub(super) Rc<T>);

impl<T> PartialEq for PtrKey<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
