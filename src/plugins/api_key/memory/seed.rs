//! Seeding the in-memory API-key store from a test, and reading what the components did.

use serde_json::Value;

use super::checks::check_permissions;
use super::store::StoredKey;
use super::ApiKeyBackend;
use crate::client::json::decode;
use crate::client::MemoryClient;
use crate::plugins::api_key::api::KeyScope;
use crate::plugins::api_key::model::ApiKey;
use crate::time::Timestamp;

/// A key to put into the store directly, as another client, the server itself (server-only
/// fields) or time would have made it. `None` fields get what a create through the API gives.
#[derive(Clone, Debug, Default)]
pub struct SeedKey {
    /// The key's name; `None` leaves it unnamed.
    pub name: Option<String>,
    /// Owned by the signed-in user, or by the organization.
    pub scope: KeyScope,
    /// Default: `"ba_mem"`, or the configuration's default prefix followed by `mem`.
    pub start: Option<String>,
    /// Default `true`; `Some(false)` seeds a disabled key.
    pub enabled: Option<bool>,
    /// When it expires (may be in the past, for an expired key); `None` never expires.
    pub expires_at: Option<Timestamp>,
    /// Default: now, strictly after every earlier key (so seeded keys sort in seed order).
    pub created_at: Option<Timestamp>,
    /// When it was last used; `None` never.
    pub last_request: Option<Timestamp>,
    /// The key's configuration, e.g. `"ci"`. Default: the scope's (`default` for the user,
    /// the first organization configuration, normally `organization`, for an organization).
    pub config_id: Option<String>,
    /// Default: the configuration's `defaultPrefix`, if any.
    pub prefix: Option<String>,
    /// Any JSON value; `None` is `null`.
    pub metadata: Option<Value>,
    /// `{resource: [actions]}`; `None` is `null`. Panics on another shape.
    pub permissions: Option<Value>,
    /// Requests left (`None`: unlimited).
    pub remaining: Option<i64>,
    /// What `remaining` is topped up to every `refill_interval`; `None` is no refill.
    pub refill_amount: Option<i64>,
    /// Milliseconds.
    pub refill_interval: Option<i64>,
    /// When `remaining` was last topped up; `None` never.
    pub last_refill_at: Option<Timestamp>,
    /// Default `true`.
    pub rate_limit_enabled: Option<bool>,
    /// Milliseconds; default 86 400 000 (a day). A `null` window: `set_key_fields`.
    pub rate_limit_time_window: Option<i64>,
    /// Default 10.
    pub rate_limit_max: Option<i64>,
    /// Default 0.
    pub request_count: Option<i64>,
    /// Default: `created_at`.
    pub updated_at: Option<Timestamp>,
}

/// The API-key store of a [`MemoryClient`], for tests: seed keys, read what the components did.
pub trait ApiKeyMemory {
    /// Puts a key into the store (owned by the signed-in user or the scope's organization).
    fn seed_key(&self, seed: SeedKey) -> ApiKey;
    /// Seeds `n` user keys named `{prefix}-1` … `{prefix}-n`, oldest first.
    fn seed_keys(&self, n: usize, prefix: &str) -> Vec<ApiKey>;
    /// Every key in the store, as the client reads it.
    fn stored_keys(&self) -> Vec<ApiKey>;
    /// The key object `GET /api-key/get` would answer (every field, metadata and permissions as
    /// JSON), whoever owns it; `None` for an unknown id.
    fn stored_key_json(&self, key_id: &str) -> Option<Value>;
    /// Removes a key behind the app's back (another tab, another client).
    fn remove_key(&self, key_id: &str);
    /// Sets server-only fields of a key, as the reference server's `/__test/set-api-key-fields`
    /// does: `{"remaining": 5, "rateLimitEnabled": false, "permissions": {"files": ["read"]},
    /// "metadata": …, "lastRefillAt": "2026-01-01T00:00:00.000Z", …}` (camelCase names,
    /// `null` clears; also `refillAmount`, `refillInterval`, `rateLimitMax`,
    /// `rateLimitTimeWindow`, `requestCount`, `lastRequest`). Returns the key as the client
    /// reads it. Panics on an unknown key, an unknown field or a value of the wrong type.
    fn set_key_fields(&self, key_id: &str, fields: Value) -> ApiKey;
}

fn backend(client: &MemoryClient) -> std::rc::Rc<ApiKeyBackend> {
    client.backend::<ApiKeyBackend>().expect(
        "this MemoryClient has no API-key routes: build it with \
         MemoryClient::new().with(ApiKeyBackend::default())",
    )
}

fn as_model(key: &StoredKey) -> ApiKey {
    decode(&key.to_json().to_string()).expect("the in-memory key object is a valid key")
}

impl ApiKeyBackend {
    /// `/__test/set-api-key-fields` on this store: `Err` is that route's 400 (404 for an
    /// unknown key), as a message.
    pub(crate) fn set_fields(&self, key_id: &str, fields: &Value) -> Result<Value, String> {
        let fields = fields
            .as_object()
            .ok_or("the fields must be a JSON object")?;
        let mut keys = self.keys.borrow_mut();
        let key = keys
            .iter_mut()
            .find(|k| k.id == key_id)
            .ok_or_else(|| format!("no API key with id {key_id}"))?;
        key.set_fields(fields)?;
        Ok(key.to_json())
    }
}

impl ApiKeyMemory for MemoryClient {
    fn seed_key(&self, seed: SeedKey) -> ApiKey {
        let backend = backend(self);
        let organization = matches!(seed.scope, KeyScope::Organization(_));
        let config_id = seed
            .config_id
            .clone()
            .unwrap_or_else(|| backend.configs.for_scope(organization).to_owned());
        if let Some(c) = backend.configs.all().iter().find(|c| c.id == config_id) {
            assert_eq!(
                c.organization,
                organization,
                "SeedKey: configuration \"{config_id}\" is for {} keys, but the scope is {:?}",
                if c.organization {
                    "organization"
                } else {
                    "user"
                },
                seed.scope
            );
        }
        let default_prefix = backend
            .configs
            .all()
            .iter()
            .find(|c| c.id == config_id)
            .and_then(|c| c.default_prefix.clone());
        let (reference, id, at) = self.with_core(|core| {
            let reference = match &seed.scope {
                KeyScope::User => core.current_user().map(|u| u.id).unwrap_or_default(),
                KeyScope::Organization(org) => org.clone(),
            };
            let at = seed.created_at.unwrap_or_else(|| core.tick());
            (reference, core.id("key"), at)
        });
        let prefix = seed.prefix.or(default_prefix);
        let start = seed.start.or_else(|| {
            Some(match &prefix {
                Some(p) => format!("{p}mem").chars().take(6).collect(),
                None => "ba_mem".into(),
            })
        });
        let permissions = match seed.permissions {
            None => Value::Null,
            Some(p) => check_permissions(&p).unwrap_or_else(|e| panic!("SeedKey: {e}")),
        };
        let mut key = StoredKey::new(id, config_id, reference, at);
        key.name = seed.name;
        key.start = start;
        key.prefix = prefix;
        key.enabled = seed.enabled.unwrap_or(true);
        key.expires_at = seed.expires_at;
        key.updated_at = seed.updated_at.unwrap_or(at);
        key.last_request = seed.last_request;
        key.request_count = seed.request_count.unwrap_or(0);
        key.remaining = seed.remaining;
        key.refill_amount = seed.refill_amount;
        key.refill_interval = seed.refill_interval;
        key.last_refill_at = seed.last_refill_at;
        if let Some(enabled) = seed.rate_limit_enabled {
            key.rate_limit_enabled = enabled;
        }
        if let Some(window) = seed.rate_limit_time_window {
            key.rate_limit_time_window = Some(window);
        }
        if let Some(max) = seed.rate_limit_max {
            key.rate_limit_max = Some(max);
        }
        key.permissions = permissions;
        key.metadata = seed.metadata.unwrap_or(Value::Null);
        let model = as_model(&key);
        backend.keys.borrow_mut().push(key);
        model
    }

    fn seed_keys(&self, n: usize, prefix: &str) -> Vec<ApiKey> {
        (1..=n)
            .map(|i| {
                self.seed_key(SeedKey {
                    name: Some(format!("{prefix}-{i}")),
                    ..Default::default()
                })
            })
            .collect()
    }

    fn stored_keys(&self) -> Vec<ApiKey> {
        backend(self).keys.borrow().iter().map(as_model).collect()
    }

    fn stored_key_json(&self, key_id: &str) -> Option<Value> {
        backend(self)
            .keys
            .borrow()
            .iter()
            .find(|k| k.id == key_id)
            .map(StoredKey::to_json)
    }

    fn remove_key(&self, key_id: &str) {
        backend(self).keys.borrow_mut().retain(|k| k.id != key_id);
    }

    fn set_key_fields(&self, key_id: &str, fields: Value) -> ApiKey {
        let json = backend(self)
            .set_fields(key_id, &fields)
            .unwrap_or_else(|e| panic!("set_key_fields: {e}"));
        decode(&json.to_string()).expect("the in-memory key object is a valid key")
    }
}
