//! The auth context: `AuthProvider`, its hooks, the session, the plugin mechanism and the
//! shell's localization.

mod context;
pub mod localization;
pub mod plugin;
mod provider;
pub mod session;
mod session_gate;

pub use context::{use_auth, use_auth_plugin, use_session, AuthContext, PluginContext};
pub use localization::{AuthLocalization, AuthLocalizationOverrides};
pub use plugin::{plugin, AnyPlugin, AuthPlugin, PluginPage, Plugins};
pub use provider::{AuthProvider, AuthProviderProps};
pub use session::{SessionState, SignedOutReason};
pub use session_gate::{SessionGate, SessionGateProps};
