//! The API-key plugin's routes of the in-memory server (feature `testing`): several key
//! configurations (user and organization ones, `defaultPrefix`, `enableMetadata`), list with
//! paging and server-side sort over all of them, create with the server's validation codes,
//! update, delete and get by `configId`, metadata, server-set fields, owner-only organization
//! keys. `tests/contract` runs the same scenarios against this and the reference server, so the
//! two cannot drift apart; `docs/better-auth-notes.md` is what the real server does.

mod checks;
mod config;
mod list;
mod seed;
mod store;

use std::cell::RefCell;

use serde_json::{json, Value};

use self::checks::*;
pub use self::config::MemoryConfig;
use self::config::{matches, Configs};
pub use self::seed::{ApiKeyMemory, SeedKey};
use self::store::*;
use crate::client::memory::{Answer, Failure, MemoryBackend, MemoryCore, MemoryRequest};
use crate::client::Method;
use crate::time::Timestamp;
use crate::validate::utf16_len;

/// The `/api-key/*` routes. Register with `MemoryClient::new().with(ApiKeyBackend::default())`.
///
/// [`ApiKeyBackend::default`] has the reference server's configurations
/// ([`MemoryConfig::reference`]: `default`, `ci` with prefix `ci_`, `organization`, metadata on);
/// [`ApiKeyBackend::user_only`] the stock-like one (`default` only, metadata off);
/// [`ApiKeyBackend::with_configs`] any others.
pub struct ApiKeyBackend {
    pub(super) configs: Configs,
    pub(super) keys: RefCell<Vec<StoredKey>>,
}

impl Default for ApiKeyBackend {
    fn default() -> Self {
        Self::with_configs(MemoryConfig::reference())
    }
}

impl ApiKeyBackend {
    /// The reference server's `BA_API_KEY_CONFIGS=reference` (same as `default()`).
    pub fn reference() -> Self {
        Self::default()
    }

    /// The reference server's `BA_API_KEY_CONFIGS=user-only`: one `default` user configuration
    /// with metadata off. A create for an organization falls back to a personal key.
    pub fn user_only() -> Self {
        Self::with_configs(MemoryConfig::user_only())
    }

    /// Any set of configurations. Panics, as the plugin fails at start, on a repeated
    /// `configId` or without a `"default"` one.
    pub fn with_configs(configs: Vec<MemoryConfig>) -> Self {
        Self {
            configs: Configs::new(configs),
            keys: RefCell::default(),
        }
    }

    /// The configurations this backend serves.
    pub fn configs(&self) -> &[MemoryConfig] {
        self.configs.all()
    }

    fn create(&self, core: &mut MemoryCore, r: &MemoryRequest) -> Answer {
        // The body schema first, then the plugin's checks in its order.
        check_shapes(r, true)?;
        let expires_in = expires_in_shape(r.field("expiresIn"))?;
        // An unknown configuration falls back to the default one, as on the real server.
        let config = self.configs.resolve(r.text("configId"));
        refuse_server_only(r, true)?;
        if r.field("userId").is_some() {
            return Err(unauthorized_session());
        }
        let user = core.session_user_id().map_err(|_| unauthorized_session())?;
        let reference = if config.organization {
            // `z.coerce.string()`, then `if (!organizationId)`.
            let org = match r.field("organizationId") {
                None => String::new(),
                Some(Value::String(s)) => s.clone(),
                Some(Value::Array(_) | Value::Object(_)) => "[object Object]".into(),
                Some(v) => v.to_string(),
            };
            let org = match org {
                org if !org.is_empty() => org,
                _ => {
                    return Err(Failure::new(
                        400,
                        "ORGANIZATION_ID_REQUIRED",
                        "Organization ID is required for organization-owned API keys.",
                    ))
                }
            };
            core.require_owner(&org, forbidden())?;
            org
        } else {
            // A user configuration ignores organizationId.
            user
        };
        let metadata = r.field("metadata").cloned().unwrap_or(Value::Null);
        if truthy(&metadata) {
            if !config.metadata {
                return Err(metadata_disabled());
            }
            if !is_object(&metadata) {
                return Err(invalid_metadata());
            }
        }
        let expires_in = expires_in.map(expires_in_range).transpose()?;
        let prefix = r.text("prefix").map(str::to_owned);
        if prefix.as_deref().is_some_and(|p| p.len() > 32) {
            return Err(Failure::new(
                400,
                "INVALID_PREFIX_LENGTH",
                "The prefix length is either too large or too small.",
            ));
        }
        let name = r.text("name").map(str::to_owned);
        if name.as_deref().is_some_and(|n| utf16_len(n) > 32) {
            return Err(invalid_name());
        }
        let at = core.tick();
        let prefix = prefix.or_else(|| config.default_prefix.clone());
        let secret = generate_key(at.millis() as u64, prefix.as_deref());
        let mut key = StoredKey::new(core.id("key"), config.id.clone(), reference, at);
        key.name = name;
        key.start = Some(secret.chars().take(6).collect());
        key.prefix = prefix;
        key.expires_at = expires_in.map(|s| Timestamp(at.millis() + s * 1000));
        if truthy(&metadata) {
            key.metadata = metadata.clone();
        }
        let mut answer = key.to_json();
        answer["key"] = Value::String(secret);
        // The answer echoes what was sent, even a falsy value that was not stored.
        answer["metadata"] = metadata;
        self.keys.borrow_mut().push(key);
        Ok(answer)
    }

    /// The index of the caller's key `id`, looked up under the configuration `config_id`
    /// resolves to (404 for a key of another configuration or of someone else, 403 for an
    /// organization's non-owner).
    fn find(&self, core: &MemoryCore, id: &str, config_id: Option<&str>) -> Result<usize, Failure> {
        let user = core.session_user_id()?;
        let lookup = self.configs.resolve(config_id);
        let keys = self.keys.borrow();
        let i = keys.iter().position(|k| k.id == id).ok_or_else(not_found)?;
        let key = &keys[i];
        if !matches(&key.config_id, &lookup.id) {
            return Err(not_found());
        }
        if self.configs.resolve(Some(&key.config_id)).organization {
            core.require_owner(&key.reference_id, forbidden())?;
        } else if key.reference_id != user {
            return Err(not_found());
        }
        Ok(i)
    }

    fn key_id(r: &MemoryRequest) -> Result<&str, Failure> {
        r.text("keyId").ok_or_else(|| {
            validation(
                "keyId",
                "Invalid input: expected string, received undefined",
            )
        })
    }

    fn update(&self, core: &MemoryCore, r: &MemoryRequest) -> Answer {
        check_shapes(r, false)?;
        let key_id = Self::key_id(r)?;
        let expires = expires_in_shape(r.field("expiresIn"))?;
        let user = core.session_user_id().map_err(|_| unauthorized_session())?;
        if r.text("userId").is_some_and(|u| !u.is_empty() && u != user) {
            return Err(unauthorized_session());
        }
        refuse_server_only(r, false)?;
        let i = self.find(core, key_id, r.text("configId"))?;
        let config = self
            .configs
            .resolve(Some(&self.keys.borrow()[i].config_id))
            .clone();
        let name = r.text("name");
        if name.is_some_and(|n| !(1..=32).contains(&utf16_len(n))) {
            return Err(invalid_name());
        }
        let enabled = r.field("enabled").and_then(Value::as_bool);
        let expires = match r.field("expiresIn") {
            None => None,
            Some(_) => Some(expires.map(expires_in_range).transpose()?),
        };
        // Without enableMetadata the value is dropped unchecked.
        let metadata = match r.field("metadata") {
            Some(m) if config.metadata => {
                if !is_object(m) {
                    return Err(invalid_metadata());
                }
                Some(m.clone())
            }
            _ => None,
        };
        if name.is_none() && enabled.is_none() && expires.is_none() && metadata.is_none() {
            return Err(no_values());
        }
        let now = crate::time::now();
        let mut keys = self.keys.borrow_mut();
        let key = &mut keys[i];
        if let Some(n) = name {
            key.name = Some(n.to_owned());
        }
        if let Some(e) = enabled {
            key.enabled = e;
        }
        if let Some(e) = expires {
            key.expires_at = e.map(|s| Timestamp(now.millis() + s * 1000));
        }
        if let Some(m) = metadata {
            key.metadata = m;
        }
        Ok(key.to_json())
    }

    fn delete(&self, core: &MemoryCore, r: &MemoryRequest) -> Answer {
        check_shapes(r, false)?;
        let key_id = Self::key_id(r)?;
        let i = self.find(core, key_id, r.text("configId"))?;
        self.keys.borrow_mut().remove(i);
        Ok(json!({"success": true}))
    }

    fn get(&self, core: &MemoryCore, r: &MemoryRequest) -> Answer {
        let id = r.param("id").ok_or_else(|| {
            Failure::new(
                400,
                "VALIDATION_ERROR",
                "[query.id] Invalid input: expected string, received undefined",
            )
        })?;
        let i = self.find(core, id, r.param("configId"))?;
        Ok(self.keys.borrow()[i].to_json())
    }
}

impl MemoryBackend for ApiKeyBackend {
    fn answer(&self, core: &mut MemoryCore, r: &MemoryRequest) -> Option<Answer> {
        Some(match (r.method, r.route.as_str()) {
            (Method::Get, "/api-key/list") => self.list(core, r),
            (Method::Post, "/api-key/create") => self.create(core, r),
            (Method::Post, "/api-key/update") => self.update(core, r),
            (Method::Post, "/api-key/delete") => self.delete(core, r),
            (Method::Get, "/api-key/get") => self.get(core, r),
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::client::{ApiRequest, MemoryClient};
    use crate::plugins::api_key::api::KeyScope;

    fn server(backend: ApiKeyBackend) -> MemoryClient {
        MemoryClient::signed_in("Ada", "ada@example.test").with(backend)
    }

    fn get(server: &MemoryClient, path: &str) -> (u16, Value) {
        let r = server.answer(&ApiRequest::get(path));
        (
            r.status,
            serde_json::from_str(&r.body).unwrap_or(Value::Null),
        )
    }

    fn post(server: &MemoryClient, path: &str, body: Value) -> (u16, Value) {
        let r = server.answer(&ApiRequest::post(path, &body));
        (
            r.status,
            serde_json::from_str(&r.body).unwrap_or(Value::Null),
        )
    }

    #[test]
    fn seeded_keys_of_another_configuration_carry_their_fields() {
        let server = server(ApiKeyBackend::default());
        let ci = server.seed_key(SeedKey {
            name: Some("deploy".into()),
            config_id: Some("ci".into()),
            metadata: Some(json!({"team": "ops"})),
            permissions: Some(json!({"files": ["read"]})),
            remaining: Some(7),
            rate_limit_enabled: Some(false),
            ..Default::default()
        });
        assert_eq!(ci.config_id.as_deref(), Some("ci"));
        assert_eq!(ci.prefix.as_deref(), Some("ci_"));
        assert_eq!(ci.start.as_deref(), Some("ci_mem"));
        let (status, list) = get(&server, "/api-key/list");
        assert_eq!((status, list["total"].clone()), (200, json!(1)));
        let (status, _) = get(&server, &format!("/api-key/get?id={}", ci.id));
        assert_eq!(status, 404);
        let (status, key) = get(&server, &format!("/api-key/get?id={}&configId=ci", ci.id));
        assert_eq!(status, 200);
        assert_eq!(key["metadata"], json!({"team": "ops"}));
        assert_eq!(key["permissions"], json!({"files": ["read"]}));
        assert_eq!(
            (
                &key["remaining"],
                &key["rateLimitEnabled"],
                &key["rateLimitMax"]
            ),
            (&json!(7), &json!(false), &json!(10))
        );
        assert_eq!(server.stored_key_json(&ci.id), Some(key));
    }

    #[test]
    fn set_key_fields_mirrors_the_test_route() {
        let server = server(ApiKeyBackend::default());
        let key = server.seed_key(SeedKey::default());
        server.set_key_fields(
            &key.id,
            json!({"remaining": 1, "rateLimitTimeWindow": null, "lastRefillAt": "2026-01-02T03:04:05.006Z", "metadata": ["a"]}),
        );
        let stored = server.stored_key_json(&key.id).unwrap();
        assert_eq!(stored["remaining"], json!(1));
        assert_eq!(stored["rateLimitTimeWindow"], Value::Null);
        assert_eq!(stored["lastRefillAt"], json!("2026-01-02T03:04:05.006Z"));
        assert_eq!(stored["metadata"], json!(["a"]));
        let backend = server.backend::<ApiKeyBackend>().unwrap();
        for bad in [
            json!({"keyId": key.id}),
            json!({"name": "x"}),
            json!({"remaining": "5"}),
            json!({"permissions": {"files": "read"}}),
            json!({"rateLimitEnabled": 1}),
        ] {
            assert!(backend.set_fields(&key.id, &bad).is_err(), "{bad}");
        }
        assert!(backend
            .set_fields("nope", &json!({"remaining": 1}))
            .is_err());
        // A refused set changes nothing.
        assert!(backend
            .set_fields(&key.id, &json!({"remaining": 9, "requestCount": null}))
            .is_err());
        assert_eq!(
            server.stored_key_json(&key.id).unwrap()["remaining"],
            json!(1)
        );
    }

    #[test]
    fn user_only_has_no_organization_keys_and_no_metadata() {
        let server = server(ApiKeyBackend::user_only());
        assert_eq!(
            server.backend::<ApiKeyBackend>().unwrap().configs().len(),
            1
        );
        let org = server.add_organization("Acme", "acme", "owner");
        let (status, key) = post(
            &server,
            "/api-key/create",
            json!({"configId": "organization", "organizationId": org.id, "metadata": null}),
        );
        assert_eq!(status, 200);
        assert_eq!(key["configId"], json!("default"));
        assert_eq!(key["referenceId"], json!(server.current_user().unwrap().id));
        let (status, err) = post(&server, "/api-key/create", json!({"metadata": {"a": 1}}));
        assert_eq!(
            (status, err["code"].clone()),
            (400, json!("METADATA_DISABLED"))
        );
    }

    #[test]
    fn custom_configurations() {
        let server = server(ApiKeyBackend::with_configs(vec![
            MemoryConfig::user("default").with_prefix("dev_"),
            MemoryConfig::organization("teams").with_metadata(),
        ]));
        let (_, key) = post(&server, "/api-key/create", json!({"name": "a"}));
        assert_eq!(key["prefix"], json!("dev_"));
        assert!(key["start"].as_str().unwrap().starts_with("dev_"));
        let org = server.add_organization("Acme", "acme", "owner");
        let (status, key) = post(
            &server,
            "/api-key/create",
            json!({"configId": "teams", "organizationId": org.id, "metadata": {"x": 1}}),
        );
        assert_eq!(status, 200, "{key}");
        assert_eq!(
            (&key["configId"], &key["referenceId"]),
            (&json!("teams"), &json!(org.id))
        );
        let seeded = server.seed_key(SeedKey {
            scope: KeyScope::Organization(org.id.clone()),
            ..Default::default()
        });
        assert_eq!(seeded.config_id.as_deref(), Some("teams"));
        let (_, list) = get(&server, &format!("/api-key/list?organizationId={}", org.id));
        assert_eq!(list["total"], json!(2));
    }

    #[test]
    #[should_panic(expected = "configId \"default\"")]
    fn a_default_configuration_is_required() {
        ApiKeyBackend::with_configs(vec![MemoryConfig::user("ci")]);
    }

    #[test]
    #[should_panic(expected = "is for user keys")]
    fn a_seed_of_the_wrong_scope_is_refused() {
        let server = server(ApiKeyBackend::default());
        server.seed_key(SeedKey {
            scope: KeyScope::Organization("org-1".into()),
            config_id: Some("ci".into()),
            ..Default::default()
        });
    }
}
