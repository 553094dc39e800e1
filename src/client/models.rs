//! Typed shapes of what the Better Auth server sends and accepts. They accept what the server
//! really sends: ISO dates, `null` for absent values, fields added by later versions (ignored).

use std::rc::Rc;

use serde::{Deserialize, Deserializer};

use super::error::{decode, ClientError};
use crate::time::Timestamp;

/// A signed-in user.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct User {
    pub id: String,
    #[serde(default, deserialize_with = "null_as_default")]
    pub name: String,
    pub email: String,
    #[serde(default)]
    pub email_verified: bool,
    #[serde(default)]
    pub image: Option<String>,
    #[serde(default)]
    pub created_at: Option<Timestamp>,
}

/// The session record (the cookie holds its token; JS cannot read it).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Session {
    pub id: String,
    pub user_id: String,
    #[serde(default)]
    pub expires_at: Option<Timestamp>,
    /// The active organization belongs to the session: a fresh sign-in has none.
    #[serde(default)]
    pub active_organization_id: Option<String>,
}

/// `GET /get-session` when signed in.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct SessionData {
    pub session: Session,
    pub user: User,
}

/// The `{token, user}` answer of sign-in and sign-up.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct AuthResponse {
    pub user: User,
}

/// An organization the user belongs to.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Organization {
    pub id: String,
    pub name: String,
    pub slug: String,
    #[serde(default)]
    pub logo: Option<String>,
    #[serde(default)]
    pub created_at: Option<Timestamp>,
    // `metadata` (a JSON *string* from organization/list, an object from organization/create, or
    // null) is not used by this product and is skipped whatever its shape.
}

/// A member row of an organization.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Member {
    pub id: String,
    #[serde(default)]
    pub organization_id: String,
    pub user_id: String,
    /// One role or several, comma-joined (`"admin,owner"`).
    pub role: String,
}

impl Member {
    /// Whether the member holds `role`, also as part of a comma-joined list.
    pub fn has_role(&self, role: &str) -> bool {
        has_role(&self.role, role)
    }
}

/// Whether a comma-joined role list contains `role`.
pub fn has_role(roles: &str, role: &str) -> bool {
    roles.split(',').any(|r| r.trim() == role)
}

/// `GET /organization/get-full-organization`: the organization with its members.
#[derive(Clone, Debug, PartialEq)]
pub struct FullOrganization {
    pub organization: Organization,
    pub members: Vec<Member>,
}

impl FullOrganization {
    /// Decodes the answer (`null` when there is nothing to show). Two plain passes over the
    /// body instead of `#[serde(flatten)]`, which costs several KB of generic buffering code.
    pub fn decode(body: &str) -> Result<Option<Self>, ClientError> {
        #[derive(Deserialize)]
        struct Members {
            #[serde(default)]
            members: Vec<Member>,
        }
        let Some(organization) = decode::<Option<Organization>>(body)? else {
            return Ok(None);
        };
        let Members { members } = decode(body)?;
        Ok(Some(Self {
            organization,
            members,
        }))
    }
}

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
        // Older servers send no total: then the list is all there is.
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
    /// Decodes the answer in two plain passes (see [`FullOrganization::decode`]).
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

fn null_as_default<'de, D: Deserializer<'de>, T: Default + Deserialize<'de>>(
    d: D,
) -> Result<T, D::Error> {
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
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
    fn session_null_means_signed_out() {
        assert_eq!(decode::<Option<SessionData>>("null"), Ok(None));
        let s: Option<SessionData> = decode(
            r#"{"session":{"id":"s","userId":"u","expiresAt":"2026-12-06T00:00:00.000Z","activeOrganizationId":null,"token":"t"},
               "user":{"id":"u","name":"Ada","email":"ada@example.test","emailVerified":false,"image":null,
                       "createdAt":"2026-11-29T00:00:00.000Z","updatedAt":"2026-11-29T00:00:00.000Z"}}"#,
        )
        .unwrap();
        let s = s.unwrap();
        assert_eq!(s.user.name, "Ada");
        assert_eq!(s.session.active_organization_id, None);
    }

    #[test]
    fn organization_metadata_string_object_or_null_is_accepted() {
        let base = r#""id":"o","name":"Acme","slug":"acme","logo":null,"createdAt":"2026-11-29T00:00:00.000Z""#;
        for metadata in [
            r#""{\"plan\":\"pro\"}""#,
            r#"{"plan":"pro","seats":2.5}"#,
            "null",
            "\"not json\"",
        ] {
            let o: Organization = decode(&format!(r#"{{{base},"metadata":{metadata}}}"#)).unwrap();
            assert_eq!(o.slug, "acme");
        }
        let o: Organization = decode(&format!(r#"{{{base}}}"#)).unwrap();
        assert_eq!(o.name, "Acme");
    }

    #[test]
    fn full_organization_and_roles() {
        let f = FullOrganization::decode(
            r#"{"id":"o","name":"Acme","slug":"acme","metadata":null,"members":[
                {"id":"m1","organizationId":"o","userId":"u1","role":"admin,owner","createdAt":"2026-11-29T00:00:00.000Z",
                 "user":{"id":"u1","name":"A","email":"a@x","image":null}},
                {"id":"m2","organizationId":"o","userId":"u2","role":"member"}],"invitations":[]}"#,
        )
        .unwrap()
        .unwrap();
        assert_eq!(f.organization.slug, "acme");
        assert!(f.members[0].has_role("owner"));
        assert!(f.members[0].has_role("admin"));
        assert!(!f.members[1].has_role("owner"));
        assert!(!has_role("co-owner", "owner"));
        assert!(has_role("member, owner", "owner"));
        assert_eq!(FullOrganization::decode("null"), Ok(None));
        assert!(FullOrganization::decode(r#"{"id":"o"}"#).is_err());
    }

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
