//! The API-key plugin's shapes of what the server sends: the key, a page of keys, a new key
//! with its one-time secret. They accept what the server really sends: ISO dates, `null` for
//! absent values, fields added by later versions (ignored).

use std::rc::Rc;

use serde::{Deserialize, Deserializer};

use crate::client::json::decode;
use crate::client::ClientError;
use crate::time::Timestamp;

/// An API key as listed (never holds the secret).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApiKey {
    pub id: String,
    #[serde(default)]
    pub config_id: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
    /// The first characters of the key (prefix included), or null when the server stores none.
    #[serde(default)]
    pub start: Option<String>,
    #[serde(default)]
    pub prefix: Option<String>,
    #[serde(default)]
    pub reference_id: Option<String>,
    #[serde(default = "yes")]
    pub enabled: bool,
    #[serde(default)]
    pub expires_at: Option<Timestamp>,
    pub created_at: Timestamp,
    #[serde(default)]
    pub updated_at: Option<Timestamp>,
    #[serde(default)]
    pub last_request: Option<Timestamp>,
    #[serde(default)]
    pub request_count: Option<u64>,
}

fn yes() -> bool {
    true
}

impl ApiKey {
    /// Expired keys may still be listed until the server sweeps them.
    pub fn is_expired(&self, now: Timestamp) -> bool {
        self.expires_at.is_some_and(|t| t <= now)
    }

    /// The name to show: the key's own, unless it is missing or blank.
    pub fn display_name<'a>(&'a self, fallback: &'a str) -> &'a str {
        match self.name.as_deref().map(str::trim) {
            Some(n) if !n.is_empty() => n,
            _ => fallback,
        }
    }

    /// `start` followed by 16 asterisks; only the asterisks when the server stores no start.
    pub fn masked(&self) -> String {
        let mut s = self.start.clone().unwrap_or_default();
        s.push_str("****************");
        s
    }
}

/// A page of `GET /api-key/list`.
#[derive(Clone, Debug, PartialEq)]
pub struct ApiKeyPage {
    pub api_keys: Rc<[Rc<ApiKey>]>,
    /// How many keys exist before paging.
    pub total: u64,
}

impl<'de> Deserialize<'de> for ApiKeyPage {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(rename_all = "camelCase")]
        struct Raw {
            api_keys: Vec<ApiKey>,
            #[serde(default)]
            total: Option<u64>,
        }
        let raw = Raw::deserialize(d)?;
        // Servers that send no total: then the list is all there is.
        let total = raw.total.unwrap_or(raw.api_keys.len() as u64);
        Ok(Self {
            api_keys: raw.api_keys.into_iter().map(Rc::new).collect(),
            total,
        })
    }
}

/// The plaintext of a new API key. It is shown once and must never be logged, so it has no
/// `Display` and its `Debug` is redacted.
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    /// Wraps a plaintext secret.
    pub fn new(s: impl Into<String>) -> Self {
        Self(s.into())
    }

    /// The plaintext, for the one place that shows or copies it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

/// `POST /api-key/create`: the key plus its plaintext, which no other call returns.
#[derive(Clone, Debug, PartialEq)]
pub struct CreatedApiKey {
    pub api_key: ApiKey,
    pub key: Secret,
}

impl CreatedApiKey {
    /// Decodes the answer in two plain passes over the body instead of `#[serde(flatten)]`,
    /// which costs several KB of generic buffering code.
    pub fn decode(body: &str) -> Result<Self, ClientError> {
        #[derive(Deserialize)]
        struct Key {
            key: Secret,
        }
        let api_key = decode(body)?;
        let Key { key } = decode(body)?;
        Ok(Self { api_key, key })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = r#"{"id":"k1","configId":"default","name":"ci-deploy","start":"ba_xyz","prefix":"ba_",
        "referenceId":"u1","enabled":true,"expiresAt":null,"createdAt":"2026-01-02T03:04:05.000Z",
        "updatedAt":"2026-01-02T03:04:05.000Z","lastRequest":null,"requestCount":0,"remaining":null,
        "refillAmount":null,"refillInterval":null,"lastRefillAt":null,"rateLimitEnabled":true,
        "rateLimitTimeWindow":86400000,"rateLimitMax":10,"permissions":null,"metadata":null}"#;

    #[test]
    fn api_key_list_page() {
        let p: ApiKeyPage = decode(&format!(r#"{{"apiKeys":[{KEY}],"total":37}}"#)).unwrap();
        assert_eq!(p.total, 37);
        let k = &p.api_keys[0];
        assert_eq!(k.name.as_deref(), Some("ci-deploy"));
        assert_eq!(k.masked(), "ba_xyz****************");
        assert_eq!(k.expires_at, None);
        let p: ApiKeyPage = decode(&format!(r#"{{"apiKeys":[{KEY},{KEY}]}}"#)).unwrap();
        assert_eq!(p.total, 2);
        assert!(decode::<ApiKeyPage>(r#"{"keys":[]}"#).is_err());
    }

    #[test]
    fn masked_and_display_name_never_show_null() {
        let mut k: ApiKey = decode(KEY).unwrap();
        k.start = None;
        k.name = None;
        assert_eq!(k.masked(), "****************");
        assert_eq!(k.display_name("API key"), "API key");
        k.name = Some("   ".into());
        assert_eq!(k.display_name("API key"), "API key");
    }

    #[test]
    fn expiry() {
        let mut k: ApiKey = decode(KEY).unwrap();
        assert!(!k.is_expired(Timestamp(i64::MAX)));
        k.expires_at = Some(Timestamp(1000));
        assert!(k.is_expired(Timestamp(1000)));
        assert!(!k.is_expired(Timestamp(999)));
    }

    #[test]
    fn created_key_holds_a_redacted_secret() {
        let body = KEY.replacen('{', r#"{"key":"ba_secretsecret","#, 1);
        let c = CreatedApiKey::decode(&body).unwrap();
        assert_eq!(c.key.expose(), "ba_secretsecret");
        assert_eq!(c.api_key.id, "k1");
        let debug = format!("{c:?}");
        assert!(!debug.contains("secretsecret"), "{debug}");
        assert!(matches!(
            CreatedApiKey::decode(KEY),
            Err(ClientError::Decode(_))
        ));
    }
}
