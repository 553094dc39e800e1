//! The API-key endpoints of Better Auth's `apiKey()` plugin, as typed requests for the client's
//! generic path. Methods and shapes follow the observed contract; only the fields a browser may
//! set are ever sent.

use serde::Serialize;

use super::model::{ApiKey, ApiKeyPage, CreatedApiKey};
use crate::client::json::{with_member, JsonText};
use crate::client::request::{ignore_answer, with_query, ApiRequest, Request};
use crate::client::ClientError;

pub use super::scope::{KeyScope, KeySort};

/// `GET /api-key/list` parameters.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct ListApiKeys {
    /// Whose keys: the user's own, or an organization's (sent as `organizationId`).
    pub scope: KeyScope,
    /// The order, applied by the server before paging.
    pub sort: KeySort,
    /// Keys per page (`limit`).
    pub limit: u32,
    /// Keys to skip before the page starts (`offset`), e.g. `2 * limit` for the third page.
    pub offset: u64,
}

/// `POST /api-key/create` parameters.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct CreateApiKey {
    /// Who will own the key: the signed-in user, or an organization (sent as
    /// `organizationId`).
    pub scope: KeyScope,
    /// The server configuration; `None` is the scope's ([`KeyScope::config_id`]).
    pub config_id: Option<String>,
    /// The key's name; trimmed, and not sent when blank (the key is then unnamed).
    pub name: Option<String>,
    /// Seconds; `None` never expires.
    pub expires_in: Option<u64>,
    /// The key's prefix, e.g. `acme_`; not sent when `None` or empty (the server's default
    /// prefix applies).
    pub prefix: Option<String>,
    /// Sent only when given (the server refuses any metadata unless it enables it).
    pub metadata: Option<JsonText>,
}

impl CreateApiKey {
    /// The configuration the key must end up in.
    pub fn expected_config(&self) -> &str {
        self.config_id
            .as_deref()
            .unwrap_or_else(|| self.scope.config_id())
    }
}

/// `POST /api-key/update` parameters; `None` fields are left unchanged.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct UpdateApiKey {
    /// The [`ApiKey::id`] of the key to change.
    pub key_id: String,
    /// The key's own configuration, as listed: the server finds the key only under it.
    pub config_id: Option<String>,
    /// A new name (trimmed).
    pub name: Option<String>,
    /// `Some(false)` disables the key (the server refuses it until enabled again),
    /// `Some(true)` enables it.
    pub enabled: Option<bool>,
    /// `Some(None)` removes the expiry; `Some(Some(s))` expires `s` seconds from now.
    pub expires_in: Option<Option<u64>>,
    /// `Some(None)` clears the metadata.
    pub metadata: Option<Option<JsonText>>,
}

/// `POST /api-key/delete` parameters.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct DeleteApiKey {
    /// The [`ApiKey::id`] of the key to delete.
    pub key_id: String,
    /// The key's own configuration, as listed.
    pub config_id: Option<String>,
}

/// What can go wrong creating a key.
#[derive(Clone, Debug, PartialEq)]
pub enum CreateError {
    /// The call itself failed.
    Client(ClientError),
    /// The server made the key under another owner or configuration than asked: Better Auth
    /// falls back to its default configuration, without an error, when it lacks the one asked
    /// for. The key was deleted again when `removed`; its secret was never shown.
    Misplaced {
        /// The configuration asked for.
        asked: String,
        /// True when an organization key was asked for.
        organization: bool,
        /// True when the misplaced key was deleted again; false when it is still on the
        /// server, under `name`, and must be removed by hand.
        removed: bool,
        /// The key's name, to find it by when it could not be removed.
        name: String,
    },
}

impl From<ClientError> for CreateError {
    fn from(e: ClientError) -> Self {
        Self::Client(e)
    }
}

/// Whether the server put `key` somewhere else than `request` asked: another configuration,
/// or another owner (the organization, or the signed-in user `user_id`).
pub fn misplaced(request: &CreateApiKey, user_id: Option<&str>, key: &ApiKey) -> bool {
    let config = key.config_id.as_deref().unwrap_or("default");
    let owner = key.reference_id.as_deref();
    let owner_ok = match &request.scope {
        KeyScope::Organization(org) => owner == Some(org.as_str()),
        KeyScope::User => owner.is_none() || user_id.is_none() || owner == user_id,
    };
    config != request.expected_config() || !owner_ok
}

// Request bodies as typed structs. `skip` leaves a field out; a present `None` is sent as `null`.

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CreateKeyBody<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    expires_in: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    prefix: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    config_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    organization_id: Option<&'a str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct UpdateKeyBody<'a> {
    key_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    enabled: Option<bool>,
    /// `Some(None)` is sent as `null`, which removes the expiry.
    #[serde(skip_serializing_if = "Option::is_none")]
    expires_in: Option<Option<u64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    config_id: Option<&'a str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DeleteKeyBody<'a> {
    key_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    config_id: Option<&'a str>,
}

/// The `configId` to send: any configuration but the default must be named, or the server
/// looks under `default` (and answers 404 for the key). The default is left out, as the
/// original does.
fn named_config(config: Option<&str>) -> Option<&str> {
    config.filter(|c| *c != "default")
}

/// `GET /api-key/list` with scope, paging and server-side sort.
pub fn list_api_keys(q: &ListApiKeys) -> Request<ApiKeyPage> {
    let (sort_by, direction) = q.sort.params();
    let mut params = Vec::with_capacity(5);
    if let Some(org) = q.scope.organization_id() {
        params.push(("organizationId", org.to_owned()));
    }
    params.push(("limit", q.limit.to_string()));
    params.push(("offset", q.offset.to_string()));
    params.push(("sortBy", sort_by.to_owned()));
    params.push(("sortDirection", direction.to_owned()));
    Request::new(
        ApiRequest::get(with_query("/api-key/list", &params)),
        decode_list,
    )
}

/// Better Auth's default `advanced.database.defaultFindManyLimit`: the list is read from the
/// database with this limit before paging, so `total` never exceeds it.
pub const FIND_MANY_CAP: u64 = 100;

fn decode_list(body: &str) -> Result<ApiKeyPage, ClientError> {
    let page = ApiKeyPage::decode(body)?;
    if looks_capped(&page) {
        warn_capped();
    }
    Ok(page)
}

/// A total of exactly the cap: probably cut, and the keys past it unreachable.
pub fn looks_capped(page: &ApiKeyPage) -> bool {
    page.total == FIND_MANY_CAP
}

/// Tells the developer once per page load which server setting hides keys.
fn warn_capped() {
    #[cfg(target_arch = "wasm32")]
    {
        use std::sync::atomic::{AtomicBool, Ordering};
        static WARNED: AtomicBool = AtomicBool::new(false);
        if !WARNED.swap(true, Ordering::Relaxed) {
            web_sys::console::warn_1(&wasm_bindgen::JsValue::from_str(
                "better-auth-ui: the server reports exactly 100 API keys. Better Auth reads lists \
                 with advanced.database.defaultFindManyLimit (100 unless set), so there may be \
                 more keys than it shows, and paging and sorting cover only those 100. Raise \
                 defaultFindManyLimit in the server's betterAuth() options (e.g. 100000).",
            ));
        }
    }
}

/// `POST /api-key/create`.
pub fn create_api_key(r: &CreateApiKey) -> Request<CreatedApiKey> {
    let body = CreateKeyBody {
        name: r.name.as_deref().map(str::trim).filter(|n| !n.is_empty()),
        expires_in: r.expires_in,
        prefix: r.prefix.as_deref().filter(|p| !p.is_empty()),
        config_id: named_config(Some(r.expected_config())),
        organization_id: r.scope.organization_id(),
    };
    let mut api = ApiRequest::post("/api-key/create", &body);
    if let Some(metadata) = &r.metadata {
        api.body = api.body.map(|b| with_member(b, "metadata", Some(metadata)));
    }
    Request::new(api, CreatedApiKey::decode)
}

/// `POST /api-key/update` with only the browser-settable fields.
pub fn update_api_key(r: &UpdateApiKey) -> Request<ApiKey> {
    let body = UpdateKeyBody {
        key_id: &r.key_id,
        name: r.name.as_deref().map(str::trim),
        enabled: r.enabled,
        expires_in: r.expires_in,
        config_id: named_config(r.config_id.as_deref()),
    };
    let mut api = ApiRequest::post("/api-key/update", &body);
    if let Some(metadata) = &r.metadata {
        api.body = api
            .body
            .map(|b| with_member(b, "metadata", metadata.as_ref()));
    }
    Request::new(api, crate::client::json::decode)
}

/// `GET /api-key/get`: one key, for fields a list answer left out.
pub fn get_api_key(key_id: &str, config_id: Option<&str>) -> Request<ApiKey> {
    let mut params = vec![("id", key_id.to_owned())];
    if let Some(config) = named_config(config_id) {
        params.push(("configId", config.to_owned()));
    }
    Request::get(with_query("/api-key/get", &params))
}

/// `POST /api-key/delete`.
pub fn delete_api_key(r: &DeleteApiKey) -> Request<()> {
    let body = DeleteKeyBody {
        key_id: &r.key_id,
        config_id: named_config(r.config_id.as_deref()),
    };
    Request::new(ApiRequest::post("/api-key/delete", &body), ignore_answer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::Method;
    use serde_json::json;

    #[test]
    fn list_keys_query() {
        let r = list_api_keys(&ListApiKeys {
            scope: KeyScope::User,
            sort: KeySort::Newest,
            limit: 10,
            offset: 20,
        });
        assert_eq!(r.api().method, Method::Get);
        assert_eq!(
            r.api().path,
            "/api-key/list?limit=10&offset=20&sortBy=createdAt&sortDirection=desc"
        );
        let r = list_api_keys(&ListApiKeys {
            scope: KeyScope::Organization("org/1".into()),
            sort: KeySort::NameDesc,
            limit: 5,
            offset: 0,
        });
        assert_eq!(
            r.api().path,
            "/api-key/list?organizationId=org%2F1&limit=5&offset=0&sortBy=name&sortDirection=desc"
        );
        assert_eq!(KeySort::Oldest.params(), ("createdAt", "asc"));
        assert_eq!(KeySort::NameAsc.params(), ("name", "asc"));
    }

    #[test]
    fn create_key_bodies() {
        let r = create_api_key(&CreateApiKey {
            name: Some("  ci  ".into()),
            expires_in: Some(30 * 86_400),
            ..Default::default()
        });
        assert_eq!(r.api().path, "/api-key/create");
        assert_eq!(
            r.json_body(),
            Some(json!({"name": "ci", "expiresIn": 2_592_000}))
        );
        // Blank name and "never" send neither field; the prefix option is passed through.
        let r = create_api_key(&CreateApiKey {
            name: Some("   ".into()),
            prefix: Some("ba_".into()),
            ..Default::default()
        });
        assert_eq!(r.json_body(), Some(json!({"prefix": "ba_"})));
        let r = create_api_key(&CreateApiKey {
            scope: KeyScope::Organization("o1".into()),
            name: Some("deploy".into()),
            ..Default::default()
        });
        assert_eq!(
            r.json_body(),
            Some(json!({"name": "deploy", "configId": "organization", "organizationId": "o1"}))
        );
    }

    #[test]
    fn update_and_delete_bodies() {
        let r = update_api_key(&UpdateApiKey {
            key_id: "k1".into(),
            name: Some(" new ".into()),
            enabled: Some(false),
            expires_in: Some(None),
            ..Default::default()
        });
        assert_eq!(r.api().path, "/api-key/update");
        assert_eq!(
            r.json_body(),
            Some(json!({"keyId": "k1", "name": "new", "enabled": false, "expiresIn": null}))
        );
        let r = update_api_key(&UpdateApiKey {
            key_id: "k1".into(),
            config_id: Some("organization".into()),
            expires_in: Some(Some(86_400)),
            ..Default::default()
        });
        assert_eq!(
            r.json_body(),
            Some(json!({"keyId": "k1", "expiresIn": 86_400, "configId": "organization"}))
        );
        let r = delete_api_key(&DeleteApiKey {
            key_id: "k1".into(),
            config_id: Some("default".into()),
        });
        assert_eq!(r.json_body(), Some(json!({"keyId": "k1"})));
        let r = delete_api_key(&DeleteApiKey {
            key_id: "k1".into(),
            config_id: Some("organization".into()),
        });
        assert_eq!(
            r.json_body(),
            Some(json!({"keyId": "k1", "configId": "organization"}))
        );
    }

    #[test]
    fn configurations_and_metadata_in_bodies() {
        // A chosen configuration is named; the default is not.
        let r = create_api_key(&CreateApiKey {
            config_id: Some("ci".into()),
            name: Some("build".into()),
            ..Default::default()
        });
        assert_eq!(
            r.json_body(),
            Some(json!({"name": "build", "configId": "ci"}))
        );
        let r = create_api_key(&CreateApiKey {
            config_id: Some("default".into()),
            metadata: Some(JsonText::parse_object(r#"{ "team": "ops", "n": [1, 2] }"#).unwrap()),
            ..Default::default()
        });
        assert_eq!(
            r.json_body(),
            Some(json!({"metadata": {"team": "ops", "n": [1, 2]}}))
        );
        let r = update_api_key(&UpdateApiKey {
            key_id: "k1".into(),
            config_id: Some("ci".into()),
            metadata: Some(None),
            ..Default::default()
        });
        assert_eq!(
            r.json_body(),
            Some(json!({"keyId": "k1", "configId": "ci", "metadata": null}))
        );
        let r = get_api_key("k 1", Some("ci"));
        assert_eq!(r.api().path, "/api-key/get?id=k%201&configId=ci");
        assert_eq!(get_api_key("k1", None).api().path, "/api-key/get?id=k1");
    }

    #[test]
    fn bodies_never_carry_server_only_fields() {
        const SERVER_ONLY: [&str; 8] = [
            "permissions",
            "remaining",
            "refillAmount",
            "refillInterval",
            "rateLimitEnabled",
            "rateLimitMax",
            "rateLimitTimeWindow",
            "ipAllowlist",
        ];
        let full = JsonText::parse_object(r#"{"a":1}"#).unwrap();
        let bodies = [
            create_api_key(&CreateApiKey {
                scope: KeyScope::Organization("o".into()),
                config_id: Some("organization".into()),
                name: Some("n".into()),
                expires_in: Some(86_400),
                prefix: Some("p_".into()),
                metadata: Some(full.clone()),
            })
            .json_body(),
            update_api_key(&UpdateApiKey {
                key_id: "k".into(),
                config_id: Some("ci".into()),
                name: Some("n".into()),
                enabled: Some(true),
                expires_in: Some(None),
                metadata: Some(Some(full)),
            })
            .json_body(),
        ];
        for body in bodies {
            let body = body.unwrap();
            for field in SERVER_ONLY {
                assert!(body.get(field).is_none(), "{field} in {body}");
            }
        }
    }

    #[test]
    fn a_key_somewhere_else_is_misplaced() {
        let key = |config: &str, owner: &str| ApiKey {
            config_id: Some(config.into()),
            reference_id: Some(owner.into()),
            ..Default::default()
        };
        let org = CreateApiKey {
            scope: KeyScope::Organization("o1".into()),
            ..Default::default()
        };
        assert!(!misplaced(&org, Some("u1"), &key("organization", "o1")));
        // The user-only server's fallback: a personal default key.
        assert!(misplaced(&org, Some("u1"), &key("default", "u1")));
        assert!(misplaced(&org, Some("u1"), &key("organization", "o2")));
        let ci = CreateApiKey {
            config_id: Some("ci".into()),
            ..Default::default()
        };
        assert!(!misplaced(&ci, Some("u1"), &key("ci", "u1")));
        assert!(misplaced(&ci, Some("u1"), &key("default", "u1")));
        let plain = CreateApiKey::default();
        assert!(!misplaced(&plain, Some("u1"), &key("default", "u1")));
        assert!(misplaced(&plain, Some("u1"), &key("default", "u2")));
    }

    #[test]
    fn sort_tokens_round_trip() {
        for s in KeySort::ALL {
            assert_eq!(KeySort::from_token(s.token()), Some(s));
        }
        assert_eq!(KeySort::from_token("bogus"), None);
    }
}
