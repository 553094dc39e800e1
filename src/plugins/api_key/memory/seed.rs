//! Seeding the in-memory API-key store from a test, and reading what the components did.

use super::store::StoredKey;
use super::ApiKeyBackend;
use crate::client::json::decode;
use crate::client::MemoryClient;
use crate::plugins::api_key::api::KeyScope;
use crate::plugins::api_key::model::ApiKey;
use crate::time::Timestamp;

/// A key to put into the store directly, as another client (or time) would have made it.
#[derive(Clone, Debug, Default)]
pub struct SeedKey {
    pub name: Option<String>,
    pub scope: KeyScope,
    pub start: Option<String>,
    pub enabled: Option<bool>,
    pub expires_at: Option<Timestamp>,
    pub created_at: Option<Timestamp>,
    pub last_request: Option<Timestamp>,
}

/// The API-key store of a [`MemoryClient`], for tests: seed keys, read what the components did.
pub trait ApiKeyMemory {
    /// Puts a key into the store (owned by the signed-in user or the scope's organization).
    fn seed_key(&self, seed: SeedKey) -> ApiKey;
    /// Seeds `n` user keys named `{prefix}-1` … `{prefix}-n`, oldest first.
    fn seed_keys(&self, n: usize, prefix: &str) -> Vec<ApiKey>;
    /// Every key in the store, as the client reads it.
    fn stored_keys(&self) -> Vec<ApiKey>;
    /// Removes a key behind the app's back (another tab, another client).
    fn remove_key(&self, key_id: &str);
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

impl ApiKeyMemory for MemoryClient {
    fn seed_key(&self, seed: SeedKey) -> ApiKey {
        let (reference, id, at) = self.with_core(|core| {
            let reference = match &seed.scope {
                KeyScope::User => core.current_user().map(|u| u.id).unwrap_or_default(),
                KeyScope::Organization(org) => org.clone(),
            };
            let at = seed.created_at.unwrap_or_else(|| core.tick());
            (reference, core.id("key"), at)
        });
        let key = StoredKey {
            id,
            config_id: seed.scope.config_id().into(),
            name: seed.name,
            start: seed.start.or_else(|| Some("ba_mem".into())),
            prefix: None,
            reference_id: reference,
            enabled: seed.enabled.unwrap_or(true),
            expires_at: seed.expires_at,
            created_at: at,
            last_request: seed.last_request,
            request_count: 0,
        };
        let model = as_model(&key);
        backend(self).keys.borrow_mut().push(key);
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

    fn remove_key(&self, key_id: &str) {
        backend(self).keys.borrow_mut().retain(|k| k.id != key_id);
    }
}
