//! The API-key endpoints of Better Auth's `apiKey()` plugin, as typed requests for the client's
//! generic path. Methods and shapes follow the observed contract; only the fields a browser may
//! set are ever sent.

use serde::Serialize;

use super::model::{ApiKey, ApiKeyPage, CreatedApiKey};
use crate::client::request::{ignore_answer, with_query, ApiRequest, Request};

/// Who owns the keys a call is about.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub enum KeyScope {
    /// The signed-in user's own keys (`configId: "default"`).
    #[default]
    User,
    /// An organization's keys (`configId: "organization"`).
    Organization(String),
}

impl KeyScope {
    /// The server-side API-key configuration for this scope.
    pub fn config_id(&self) -> &'static str {
        match self {
            Self::User => "default",
            Self::Organization(_) => "organization",
        }
    }

    /// The organization id, for organization scope.
    pub fn organization_id(&self) -> Option<&str> {
        match self {
            Self::User => None,
            Self::Organization(id) => Some(id),
        }
    }
}

/// List order, done by the server.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum KeySort {
    #[default]
    Newest,
    Oldest,
    NameAsc,
    NameDesc,
}

impl KeySort {
    /// Every order, in the order the sort menu lists them.
    pub const ALL: [KeySort; 4] = [Self::Newest, Self::Oldest, Self::NameAsc, Self::NameDesc];

    /// `(sortBy, sortDirection)` as the server expects them.
    pub fn params(self) -> (&'static str, &'static str) {
        match self {
            Self::Newest => ("createdAt", "desc"),
            Self::Oldest => ("createdAt", "asc"),
            Self::NameAsc => ("name", "asc"),
            Self::NameDesc => ("name", "desc"),
        }
    }

    /// A stable token for `<select>` values and the URL (`?sort=name-asc`).
    pub fn token(self) -> &'static str {
        match self {
            Self::Newest => "newest",
            Self::Oldest => "oldest",
            Self::NameAsc => "name-asc",
            Self::NameDesc => "name-desc",
        }
    }

    /// The inverse of [`KeySort::token`].
    pub fn from_token(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.token() == s)
    }
}

/// `GET /api-key/list` parameters.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct ListApiKeys {
    pub scope: KeyScope,
    pub sort: KeySort,
    pub limit: u32,
    pub offset: u64,
}

/// `POST /api-key/create` parameters.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct CreateApiKey {
    pub scope: KeyScope,
    pub name: Option<String>,
    /// Seconds; `None` never expires.
    pub expires_in: Option<u64>,
    pub prefix: Option<String>,
}

/// `POST /api-key/update` parameters; `None` fields are left unchanged.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct UpdateApiKey {
    pub key_id: String,
    pub scope: KeyScope,
    pub name: Option<String>,
    pub enabled: Option<bool>,
    /// `Some(None)` removes the expiry; `Some(Some(s))` expires `s` seconds from now.
    pub expires_in: Option<Option<u64>>,
}

/// `POST /api-key/delete` parameters.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct DeleteApiKey {
    pub key_id: String,
    pub scope: KeyScope,
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
    config_id: Option<&'static str>,
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
    config_id: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DeleteKeyBody<'a> {
    key_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    config_id: Option<&'static str>,
}

/// The organization configuration must be named on every write, or the server answers 404.
fn config_for(scope: &KeyScope) -> Option<&'static str> {
    scope.organization_id().map(|_| scope.config_id())
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
    Request::get(with_query("/api-key/list", &params))
}

/// `POST /api-key/create`.
pub fn create_api_key(r: &CreateApiKey) -> Request<CreatedApiKey> {
    let body = CreateKeyBody {
        name: r.name.as_deref().map(str::trim).filter(|n| !n.is_empty()),
        expires_in: r.expires_in,
        prefix: r.prefix.as_deref().filter(|p| !p.is_empty()),
        config_id: config_for(&r.scope),
        organization_id: r.scope.organization_id(),
    };
    Request::new(
        ApiRequest::post("/api-key/create", &body),
        CreatedApiKey::decode,
    )
}

/// `POST /api-key/update` with only the browser-settable fields.
pub fn update_api_key(r: &UpdateApiKey) -> Request<ApiKey> {
    let body = UpdateKeyBody {
        key_id: &r.key_id,
        name: r.name.as_deref().map(str::trim),
        enabled: r.enabled,
        expires_in: r.expires_in,
        config_id: config_for(&r.scope),
    };
    Request::post("/api-key/update", &body)
}

/// `POST /api-key/delete`.
pub fn delete_api_key(r: &DeleteApiKey) -> Request<()> {
    let body = DeleteKeyBody {
        key_id: &r.key_id,
        config_id: config_for(&r.scope),
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
            scope: KeyScope::Organization("o1".into()),
            expires_in: Some(Some(86_400)),
            ..Default::default()
        });
        assert_eq!(
            r.json_body(),
            Some(json!({"keyId": "k1", "expiresIn": 86_400, "configId": "organization"}))
        );
        let r = delete_api_key(&DeleteApiKey {
            key_id: "k1".into(),
            scope: KeyScope::User,
        });
        assert_eq!(r.json_body(), Some(json!({"keyId": "k1"})));
        let r = delete_api_key(&DeleteApiKey {
            key_id: "k1".into(),
            scope: KeyScope::Organization("o1".into()),
        });
        assert_eq!(
            r.json_body(),
            Some(json!({"keyId": "k1", "configId": "organization"}))
        );
    }

    #[test]
    fn sort_tokens_round_trip() {
        for s in KeySort::ALL {
            assert_eq!(KeySort::from_token(s.token()), Some(s));
        }
        assert_eq!(KeySort::from_token("bogus"), None);
    }
}
