//! The API-key plugin's shapes of what the server sends: the key, a page of keys, a new key
//! with its one-time secret. They accept what the server really sends: ISO dates, `null` for
//! absent values, fields added by later versions (ignored).

use std::rc::Rc;

use serde::{Deserialize, Deserializer};

use crate::client::json::{decode, JsonText};
use crate::client::ClientError;
use crate::time::Timestamp;

/// An API key as listed (never holds the secret).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApiKey {
    /// The key's ID (what update, get and delete take; not the secret).
    pub id: String,
    /// The server's `apiKey()` configuration the key belongs to; `None` is `default`.
    #[serde(default)]
    pub config_id: Option<String>,
    /// The name its owner gave it, if any ([`ApiKey::display_name`] supplies a fallback).
    #[serde(default)]
    pub name: Option<String>,
    /// The first characters of the key (prefix included), or null when the server stores none.
    #[serde(default)]
    pub start: Option<String>,
    /// The prefix the key was created with, e.g. `acme_`, if any.
    #[serde(default)]
    pub prefix: Option<String>,
    /// The owner: the user's ID for a personal key, the organization's for an organization
    /// key (`referenceId`).
    #[serde(default)]
    pub reference_id: Option<String>,
    /// Whether the key works; a disabled key is refused by the server. `true` when absent.
    #[serde(default = "yes")]
    pub enabled: bool,
    /// When the key stops working; `None` never expires.
    #[serde(default)]
    pub expires_at: Option<Timestamp>,
    /// When the key was created.
    pub created_at: Timestamp,
    /// When the key was last changed, if the server says.
    #[serde(default)]
    pub updated_at: Option<Timestamp>,
    /// When the key was last used; `None` when never (or not tracked).
    #[serde(default)]
    pub last_request: Option<Timestamp>,
    /// How many requests the key has made; `None` when unknown.
    #[serde(default, deserialize_with = "count")]
    pub request_count: Option<u64>,
    // Set by the server only (a browser may not send them); shown in the details view.
    /// Requests left before the key stops working; `None` is unlimited.
    #[serde(default, deserialize_with = "count")]
    pub remaining: Option<u64>,
    /// How many requests `remaining` is topped up to every `refill_interval`.
    #[serde(default, deserialize_with = "count")]
    pub refill_amount: Option<u64>,
    /// Milliseconds between refills.
    #[serde(default, deserialize_with = "count")]
    pub refill_interval: Option<u64>,
    /// When `remaining` was last topped up, if ever.
    #[serde(default)]
    pub last_refill_at: Option<Timestamp>,
    /// `None` when the answer does not say (then the details view asks for the key).
    #[serde(default)]
    pub rate_limit_enabled: Option<bool>,
    /// Milliseconds of the rate-limit window.
    #[serde(default, deserialize_with = "count")]
    pub rate_limit_time_window: Option<u64>,
    /// Requests allowed per window.
    #[serde(default, deserialize_with = "count")]
    pub rate_limit_max: Option<u64>,
    /// What the key may do, as the server set it; `None` when it sets no permissions.
    #[serde(default)]
    pub permissions: Option<Permissions>,
    /// Free-form JSON the owner attached (an object, or whatever the server holds).
    #[serde(default)]
    pub metadata: Option<JsonText>,
}

fn yes() -> bool {
    true
}

/// A count the server sets: a whole non-negative number, else unknown (`None`) rather than a
/// list that fails to load because one key holds an odd value.
fn count<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    struct Count;
    impl<'de> serde::de::Visitor<'de> for Count {
        type Value = Option<u64>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a count")
        }
        fn visit_u64<E>(self, n: u64) -> Result<Option<u64>, E> {
            Ok(Some(n))
        }
        fn visit_i64<E>(self, _: i64) -> Result<Option<u64>, E> {
            Ok(None)
        }
        fn visit_f64<E>(self, _: f64) -> Result<Option<u64>, E> {
            Ok(None)
        }
        fn visit_bool<E>(self, _: bool) -> Result<Option<u64>, E> {
            Ok(None)
        }
        fn visit_str<E>(self, _: &str) -> Result<Option<u64>, E> {
            Ok(None)
        }
        fn visit_unit<E>(self) -> Result<Option<u64>, E> {
            Ok(None)
        }
        fn visit_none<E>(self) -> Result<Option<u64>, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Option<u64>, D::Error> {
            d.deserialize_any(Count)
        }
    }
    d.deserialize_option(Count)
}

/// What a key may do: resource → actions, in the server's order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Permissions(pub Vec<(String, Vec<String>)>);

impl<'de> Deserialize<'de> for Permissions {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Entries;
        impl<'de> serde::de::Visitor<'de> for Entries {
            type Value = Permissions;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("resource to actions")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Permissions, A::Error> {
                let mut out = Vec::new();
                while let Some(entry) = map.next_entry::<String, Vec<String>>()? {
                    out.push(entry);
                }
                Ok(Permissions(out))
            }
        }
        d.deserialize_map(Entries)
    }
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
    /// The keys on this page, in the order asked for (shared, so re-renders clone cheaply).
    pub api_keys: Rc<[Rc<ApiKey>]>,
    /// How many keys exist before paging.
    pub total: u64,
}

impl ApiKeyPage {
    /// Decodes a list answer. Better Auth before 1.5 answers a bare array (with `userId`
    /// instead of `referenceId`): that is named as an old server, not an unreadable answer.
    pub fn decode(body: &str) -> Result<Self, ClientError> {
        if body.trim_start().starts_with('[') {
            return Err(ClientError::OldServer {
                needs: MINIMUM_BETTER_AUTH,
            });
        }
        decode(body)
    }
}

/// The oldest Better Auth line whose API-key answers this plugin reads.
pub const MINIMUM_BETTER_AUTH: &str = "1.5";

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
    /// The new key as it will be listed.
    pub api_key: ApiKey,
    /// The key itself, in plaintext: shown once, never retrievable again.
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
    fn server_set_fields_and_metadata() {
        let k: ApiKey = decode(KEY).unwrap();
        assert_eq!(k.rate_limit_enabled, Some(true));
        assert_eq!(k.rate_limit_time_window, Some(86_400_000));
        assert_eq!(
            (k.remaining, k.permissions.clone(), k.metadata.clone()),
            (None, None, None)
        );
        let body = KEY
            .replace(
                r#""permissions":null"#,
                r#""permissions":{"files":["read","write"],"projects":["list"]}"#,
            )
            .replace(
                r#""metadata":null"#,
                r#""metadata":{"n":1.5,"tags":["a","b"],"team":"ops"}"#,
            )
            .replace(r#""remaining":null"#, r#""remaining":250"#);
        let k: ApiKey = decode(&body).unwrap();
        assert_eq!(k.remaining, Some(250));
        assert_eq!(
            k.permissions.unwrap().0,
            [
                (
                    "files".to_owned(),
                    vec!["read".to_owned(), "write".to_owned()]
                ),
                ("projects".to_owned(), vec!["list".to_owned()]),
            ]
        );
        let metadata = k.metadata.unwrap();
        // Natively serde_json orders members by name; the browser keeps the server's order.
        assert_eq!(
            metadata.as_str(),
            r#"{"n":1.5,"tags":["a","b"],"team":"ops"}"#
        );
        assert_eq!(
            metadata.pretty(),
            "{\n  \"n\": 1.5,\n  \"tags\": [\n    \"a\",\n    \"b\"\n  ],\n  \"team\": \"ops\"\n}"
        );
    }

    #[test]
    fn typed_metadata_must_be_an_object() {
        use crate::client::json::JsonTextError;
        assert_eq!(
            JsonText::parse_object(" { \"a\" : [1, {\"b\": null}] } ")
                .unwrap()
                .as_str(),
            r#"{"a":[1,{"b":null}]}"#
        );
        for bad in ["{", "{'a': 1}", "{a: 1}", "", "{\"a\": 1,}"] {
            assert_eq!(
                JsonText::parse_object(bad),
                Err(JsonTextError::Invalid),
                "{bad}"
            );
        }
        for not_object in ["[1]", "\"text\"", "42", "null", "true"] {
            assert_eq!(
                JsonText::parse_object(not_object),
                Err(JsonTextError::NotObject),
                "{not_object}"
            );
        }
    }

    #[test]
    fn a_bare_array_is_an_old_server() {
        let old = r#"[{"id":"k1","userId":"u1","createdAt":"2026-01-02T03:04:05.000Z"}]"#;
        assert_eq!(
            ApiKeyPage::decode(old),
            Err(ClientError::OldServer { needs: "1.5" })
        );
        assert!(matches!(
            ApiKeyPage::decode(r#"{"keys":[]}"#),
            Err(ClientError::Decode(_))
        ));
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
