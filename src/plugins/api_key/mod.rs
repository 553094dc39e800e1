//! The API-key plugin: the `ApiKeys` security card (list, empty state, skeleton, paging and
//! sorting), its create / new-key / edit / delete dialogs, and the owner-gated
//! `OrganizationApiKeys` card. Everything the plugin knows lives in this folder: its requests
//! ([`api`]), the server's shapes ([`model`]), options, strings, and its part of the in-memory
//! server (`memory`, feature `testing`).

pub mod api;
// One file per component, named after it: `api_key.rs` holds the `ApiKey` row.
#[allow(clippy::module_inception)]
mod api_key;
mod api_key_details_dialog;
mod api_key_skeleton;
mod api_keys;
mod api_keys_empty;
mod create_api_key_dialog;
mod delete_api_key_dialog;
mod edit_api_key_dialog;
mod key_dialog;
mod key_list;
mod list;
pub mod localization;
#[cfg(feature = "testing")]
pub mod memory;
mod metadata_field;
pub mod model;
mod new_api_key_dialog;
pub mod options;
mod organization_api_keys;
mod pager;
mod scope;
mod sort_select;

use std::rc::Rc;

use yew::prelude::*;

pub use api::{
    CreateApiKey, CreateError, DeleteApiKey, KeyScope, KeySort, ListApiKeys, UpdateApiKey,
};
pub use api_key::{ApiKey, ApiKeyProps};
pub use api_keys::{ApiKeys, ApiKeysProps};
pub use create_api_key_dialog::{CreateApiKeyDialog, CreateApiKeyDialogProps};
pub use delete_api_key_dialog::{DeleteApiKeyDialog, DeleteApiKeyDialogProps};
pub use edit_api_key_dialog::{EditApiKeyDialog, EditApiKeyDialogProps};
pub use localization::{ApiKeyLocalization, ApiKeyLocalizationOverrides};
pub use new_api_key_dialog::{NewApiKeyDialog, NewApiKeyDialogProps};
pub use options::{ApiKeyOptions, ExpirationChoice, KeyConfiguration, KeyExpiration};
pub use organization_api_keys::{OrganizationApiKeys, OrganizationApiKeysProps};

use crate::auth::{plugin, use_auth, use_auth_plugin, AnyPlugin, AuthContext, AuthPlugin};
use crate::client::ClientError;
use crate::config::PageMeta;
use crate::i18n::Locale;

/// The API-key plugin with its options.
#[derive(Debug, PartialEq)]
pub struct ApiKeyPlugin {
    /// How the plugin's cards behave and what they say; see [`ApiKeyOptions`].
    pub options: ApiKeyOptions,
}

impl AuthPlugin for ApiKeyPlugin {
    type Localization = ApiKeyLocalization;
    const ID: &'static str = "api-key";

    fn localization(&self, locale: &Locale) -> ApiKeyLocalization {
        let mut l = ApiKeyLocalization::for_locale(locale);
        l.apply(&self.options.localization);
        l
    }

    fn security_cards(&self) -> Html {
        html! { <ApiKeys key="api-keys" /> }
    }

    fn organization_cards(&self, organization_id: AttrValue) -> Html {
        if self.options.organization {
            html! { <OrganizationApiKeys key="organization-api-keys" {organization_id} /> }
        } else {
            Html::default()
        }
    }
}

/// The plugin, ready for `AuthProvider`'s `plugins`.
pub fn api_key_plugin(options: ApiKeyOptions) -> Rc<dyn AnyPlugin> {
    plugin(ApiKeyPlugin { options })
}

/// The plugin as the served page configures it:
///
/// ```html
/// <meta name="better-auth-organization-api-keys" content="true">  <!-- the organization card -->
/// <meta name="better-auth-api-key-metadata" content="false">      <!-- the metadata field -->
/// <!-- the server's configurations (ApiKeyOptions::configurations), as JSON: -->
/// <meta name="better-auth-api-key-configurations"
///       content='[{"id":"default","label":"Personal"},{"id":"ci","label":"CI","description":"…"}]'>
/// ```
///
/// A configurations value that is not such a list is ignored (with a console warning), so a
/// typo cannot break the page.
pub fn from_page(meta: &PageMeta) -> Rc<dyn AnyPlugin> {
    let configurations = meta
        .get("better-auth-api-key-configurations")
        .and_then(|v| {
            let parsed = crate::client::json::decode::<Vec<KeyConfiguration>>(v);
            #[cfg(target_arch = "wasm32")]
            if parsed.is_err() {
                web_sys::console::warn_1(&wasm_bindgen::JsValue::from_str(
                    "better-auth-ui: <meta name=\"better-auth-api-key-configurations\"> is not \
                     a JSON list of {id, label, description?, organization?}; ignored.",
                ));
            }
            parsed.ok()
        })
        .unwrap_or_default();
    api_key_plugin(ApiKeyOptions {
        organization: meta.flag("better-auth-organization-api-keys", true),
        metadata: meta.flag("better-auth-api-key-metadata", false),
        configurations,
        ..Default::default()
    })
}

/// What every component of this plugin needs: the auth context, the options and the strings.
#[derive(Clone)]
pub(crate) struct Ctx {
    pub auth: AuthContext,
    pub plugin: Rc<ApiKeyPlugin>,
    pub l: Rc<ApiKeyLocalization>,
}

impl Ctx {
    /// The one place errors become words: the plugin's for its codes, else the shell's.
    pub fn message(&self, error: &ClientError) -> String {
        self.l
            .error_message(error)
            .unwrap_or_else(|| self.auth.error_message(error))
    }
}

#[hook]
pub(crate) fn use_ctx() -> Ctx {
    let auth = use_auth();
    let p = use_auth_plugin::<ApiKeyPlugin>();
    Ctx {
        auth,
        plugin: p.plugin,
        l: p.localization,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::Plugins;

    #[test]
    fn reads_its_own_meta_tag() {
        let on = Plugins::from(vec![from_page(&PageMeta::default())]);
        assert!(on.get::<ApiKeyPlugin>().unwrap().options.organization);
        let off = Plugins::from(vec![from_page(&PageMeta::from_pairs([(
            "better-auth-organization-api-keys",
            "false",
        )]))]);
        assert!(!off.get::<ApiKeyPlugin>().unwrap().options.organization);
    }
}
