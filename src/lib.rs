#![warn(missing_docs)]

//! Better Auth account settings for Yew: an [`AuthProvider`] holding the API client, session,
//! localization and plugins; UI primitives; and the API-key plugin.
//!
//! ```
//! use better_auth_ui::prelude::*;
//! use yew::prelude::*;
//!
//! #[component]
//! fn AccountSettings() -> Html {
//!     // Built once: AuthProvider compares the client and the plugins by identity.
//!     let client = use_memo((), |()| Client::new(HttpClient::new("/api/auth")));
//!     let plugins = use_memo((), |()| {
//!         Plugins::from(vec![api_key_plugin(ApiKeyOptions {
//!             organization: true,
//!             ..Default::default()
//!         })])
//!     });
//!     html! {
//!         <AuthProvider client={(*client).clone()} plugins={(*plugins).clone()}>
//!             <SessionGate>
//!                 <ApiKeys />
//!             </SessionGate>
//!         </AuthProvider>
//!     }
//! }
//! ```

/// The bundled single-page app (feature `app`).
#[cfg(feature = "app")]
pub mod app;
pub mod auth;
pub mod client;
#[cfg(feature = "app")]
mod components;
pub mod config;
#[cfg(all(test, feature = "testing"))]
mod contract;
pub mod i18n;
/// The bundled app's pages (feature `app`).
#[cfg(feature = "app")]
pub mod pages;
pub mod plugins;
pub mod routing;
pub mod time;
pub mod ui;
pub mod validate;

pub use auth::{use_auth, use_auth_plugin, use_session, AuthProvider};

/// The names an embedding app needs.
pub mod prelude {
    pub use crate::auth::{
        plugin, use_auth, use_auth_plugin, use_session, AuthContext, AuthLocalization,
        AuthLocalizationOverrides, AuthPlugin, AuthProvider, Plugins, SessionGate, SessionState,
        SignedOutReason,
    };
    pub use crate::client::account::{SignInEmail, SignUpEmail};
    #[cfg(feature = "testing")]
    pub use crate::client::MemoryClient;
    pub use crate::client::{Client, ClientError, HttpClient, Request, Transport};
    pub use crate::plugins::api_key::{
        api_key_plugin, ApiKeyLocalizationOverrides, ApiKeyOptions, ApiKeyPlugin, ApiKeys,
        KeyConfiguration, KeyExpiration, OrganizationApiKeys,
    };
    pub use crate::ui::theme::Theme;
}
