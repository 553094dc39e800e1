//! The requests this product sends, built as plain data so the exact method, path, query and body
//! of every call is unit-tested without a browser. Methods and shapes follow the observed contract.

use serde::Serialize;

/// HTTP method of a call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
}

/// One call to the auth server, relative to its base URL.
#[derive(Clone, Debug, PartialEq)]
pub struct ApiRequest {
    pub method: Method,
    /// Path and query, e.g. `/api-key/list?limit=10`.
    pub path: String,
    /// JSON body for POSTs.
    pub body: Option<String>,
    /// Whether a 401 means "the session is gone" (false for sign-in/up, where it is an answer).
    pub needs_session: bool,
}

impl ApiRequest {
    fn get(path: impl Into<String>) -> Self {
        Self {
            method: Method::Get,
            path: path.into(),
            body: None,
            needs_session: true,
        }
    }

    fn post(path: impl Into<String>, body: &impl Serialize) -> Self {
        // Bodies are plain structs of strings, numbers and booleans: serializing cannot fail.
        let body = serde_json::to_string(body).unwrap_or_else(|_| String::from("{}"));
        Self {
            method: Method::Post,
            path: path.into(),
            body: Some(body),
            needs_session: true,
        }
    }
}

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

    /// A stable token for `<select>` values.
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

/// `POST /sign-in/email` parameters.
#[derive(Clone, PartialEq, Default)]
pub struct SignInEmail {
    pub email: String,
    pub password: String,
    pub remember_me: bool,
}

/// `POST /sign-up/email` parameters.
#[derive(Clone, PartialEq, Default)]
pub struct SignUpEmail {
    pub name: String,
    pub email: String,
    pub password: String,
}

// Passwords must not end up in logs through a stray `{:?}`.
impl std::fmt::Debug for SignInEmail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignInEmail")
            .field("email", &self.email)
            .finish_non_exhaustive()
    }
}

impl std::fmt::Debug for SignUpEmail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignUpEmail")
            .field("name", &self.name)
            .field("email", &self.email)
            .finish_non_exhaustive()
    }
}

/// `POST /organization/create` parameters.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct CreateOrganization {
    pub name: String,
    pub slug: String,
}

/// Percent-encodes a query component (RFC 3986 unreserved characters stay as they are).
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn with_query(path: &str, params: &[(&str, String)]) -> String {
    if params.is_empty() {
        return path.to_owned();
    }
    let q: Vec<String> = params
        .iter()
        .map(|(k, v)| format!("{k}={}", encode_component(v)))
        .collect();
    format!("{path}?{}", q.join("&"))
}

/// `GET /get-session`.
pub fn get_session() -> ApiRequest {
    ApiRequest::get("/get-session")
}

// Request bodies as typed structs (not `serde_json::Value`, whose float support alone costs
// several KB in the app). `skip` leaves a field out; a present `None` is sent as `null`.

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SignInBody<'a> {
    email: &'a str,
    password: &'a str,
    remember_me: bool,
}

#[derive(Serialize)]
struct SignUpBody<'a> {
    name: &'a str,
    email: &'a str,
    password: &'a str,
}

#[derive(Serialize)]
struct EmptyBody {}

#[derive(Serialize)]
struct OrganizationBody<'a> {
    name: &'a str,
    slug: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SetActiveBody<'a> {
    organization_id: Option<&'a str>,
}

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

/// `POST /sign-in/email`.
pub fn sign_in_email(r: &SignInEmail) -> ApiRequest {
    let body = SignInBody {
        email: r.email.trim(),
        password: &r.password,
        remember_me: r.remember_me,
    };
    ApiRequest {
        needs_session: false,
        ..ApiRequest::post("/sign-in/email", &body)
    }
}

/// `POST /sign-up/email`.
pub fn sign_up_email(r: &SignUpEmail) -> ApiRequest {
    let body = SignUpBody {
        name: r.name.trim(),
        email: r.email.trim(),
        password: &r.password,
    };
    ApiRequest {
        needs_session: false,
        ..ApiRequest::post("/sign-up/email", &body)
    }
}

/// `POST /sign-out`.
pub fn sign_out() -> ApiRequest {
    ApiRequest {
        needs_session: false,
        ..ApiRequest::post("/sign-out", &EmptyBody {})
    }
}

/// `GET /organization/list`.
pub fn list_organizations() -> ApiRequest {
    ApiRequest::get("/organization/list")
}

/// `POST /organization/create`.
pub fn create_organization(r: &CreateOrganization) -> ApiRequest {
    let body = OrganizationBody {
        name: r.name.trim(),
        slug: r.slug.trim(),
    };
    ApiRequest::post("/organization/create", &body)
}

/// `POST /organization/set-active`; `None` unsets the active organization.
pub fn set_active_organization(organization_id: Option<&str>) -> ApiRequest {
    ApiRequest::post(
        "/organization/set-active",
        &SetActiveBody { organization_id },
    )
}

/// `GET /organization/get-full-organization?organizationId=`.
pub fn get_full_organization(organization_id: &str) -> ApiRequest {
    ApiRequest::get(with_query(
        "/organization/get-full-organization",
        &[("organizationId", organization_id.to_owned())],
    ))
}

/// `GET /api-key/list` with scope, paging and server-side sort.
pub fn list_api_keys(q: &ListApiKeys) -> ApiRequest {
    let (sort_by, direction) = q.sort.params();
    let mut params = Vec::with_capacity(6);
    if let Some(org) = q.scope.organization_id() {
        params.push(("organizationId", org.to_owned()));
    }
    params.push(("limit", q.limit.to_string()));
    params.push(("offset", q.offset.to_string()));
    params.push(("sortBy", sort_by.to_owned()));
    params.push(("sortDirection", direction.to_owned()));
    ApiRequest::get(with_query("/api-key/list", &params))
}

/// `POST /api-key/create`.
pub fn create_api_key(r: &CreateApiKey) -> ApiRequest {
    let body = CreateKeyBody {
        name: r.name.as_deref().map(str::trim).filter(|n| !n.is_empty()),
        expires_in: r.expires_in,
        prefix: r.prefix.as_deref().filter(|p| !p.is_empty()),
        config_id: config_for(&r.scope),
        organization_id: r.scope.organization_id(),
    };
    ApiRequest::post("/api-key/create", &body)
}

/// `POST /api-key/update` with only the browser-settable fields.
pub fn update_api_key(r: &UpdateApiKey) -> ApiRequest {
    let body = UpdateKeyBody {
        key_id: &r.key_id,
        name: r.name.as_deref().map(str::trim),
        enabled: r.enabled,
        expires_in: r.expires_in,
        config_id: config_for(&r.scope),
    };
    ApiRequest::post("/api-key/update", &body)
}

/// `POST /api-key/delete`.
pub fn delete_api_key(r: &DeleteApiKey) -> ApiRequest {
    let body = DeleteKeyBody {
        key_id: &r.key_id,
        config_id: config_for(&r.scope),
    };
    ApiRequest::post("/api-key/delete", &body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    /// The body as JSON, so tests compare content, not field order.
    fn body(r: &ApiRequest) -> Option<Value> {
        r.body.as_deref().map(|b| serde_json::from_str(b).unwrap())
    }

    #[test]
    fn session_and_account_calls() {
        let r = get_session();
        assert_eq!(
            (r.method, r.path.as_str(), r.body),
            (Method::Get, "/get-session", None)
        );
        let r = sign_in_email(&SignInEmail {
            email: " ada@example.test ".into(),
            password: " pw with spaces ".into(),
            remember_me: true,
        });
        assert_eq!(r.method, Method::Post);
        assert_eq!(r.path, "/sign-in/email");
        assert!(!r.needs_session);
        assert_eq!(
            body(&r),
            Some(
                json!({"email": "ada@example.test", "password": " pw with spaces ", "rememberMe": true})
            )
        );
        let r = sign_up_email(&SignUpEmail {
            name: "Ada ".into(),
            email: "ada@example.test".into(),
            password: "12345678".into(),
        });
        assert_eq!(r.path, "/sign-up/email");
        assert_eq!(
            body(&r),
            Some(json!({"name": "Ada", "email": "ada@example.test", "password": "12345678"}))
        );
        let r = sign_out();
        assert_eq!((r.method, r.path.as_str()), (Method::Post, "/sign-out"));
        assert_eq!(body(&r), Some(json!({})));
    }

    #[test]
    fn passwords_stay_out_of_debug_output() {
        let s = format!(
            "{:?} {:?}",
            SignInEmail {
                email: "a@b".into(),
                password: "hunter22".into(),
                remember_me: false
            },
            SignUpEmail {
                name: "n".into(),
                email: "a@b".into(),
                password: "hunter22".into()
            }
        );
        assert!(!s.contains("hunter22"), "{s}");
    }

    #[test]
    fn organization_calls() {
        let r = list_organizations();
        assert_eq!(
            (r.method, r.path.as_str()),
            (Method::Get, "/organization/list")
        );
        let r = create_organization(&CreateOrganization {
            name: "Acme".into(),
            slug: "acme".into(),
        });
        assert_eq!(body(&r), Some(json!({"name": "Acme", "slug": "acme"})));
        assert_eq!(
            body(&set_active_organization(Some("o1"))),
            Some(json!({"organizationId": "o1"}))
        );
        assert_eq!(
            body(&set_active_organization(None)),
            Some(json!({"organizationId": null}))
        );
        assert_eq!(
            get_full_organization("o 1&x").path,
            "/organization/get-full-organization?organizationId=o%201%26x"
        );
    }

    #[test]
    fn list_keys_query() {
        let r = list_api_keys(&ListApiKeys {
            scope: KeyScope::User,
            sort: KeySort::Newest,
            limit: 10,
            offset: 20,
        });
        assert_eq!(r.method, Method::Get);
        assert_eq!(
            r.path,
            "/api-key/list?limit=10&offset=20&sortBy=createdAt&sortDirection=desc"
        );
        let r = list_api_keys(&ListApiKeys {
            scope: KeyScope::Organization("org/1".into()),
            sort: KeySort::NameDesc,
            limit: 5,
            offset: 0,
        });
        assert_eq!(
            r.path,
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
        assert_eq!(r.path, "/api-key/create");
        assert_eq!(
            body(&r),
            Some(json!({"name": "ci", "expiresIn": 2_592_000}))
        );
        // Blank name and "never" send neither field; the prefix option is passed through.
        let r = create_api_key(&CreateApiKey {
            name: Some("   ".into()),
            prefix: Some("ba_".into()),
            ..Default::default()
        });
        assert_eq!(body(&r), Some(json!({"prefix": "ba_"})));
        let r = create_api_key(&CreateApiKey {
            scope: KeyScope::Organization("o1".into()),
            name: Some("deploy".into()),
            ..Default::default()
        });
        assert_eq!(
            body(&r),
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
        assert_eq!(r.path, "/api-key/update");
        assert_eq!(
            body(&r),
            Some(json!({"keyId": "k1", "name": "new", "enabled": false, "expiresIn": null}))
        );
        let r = update_api_key(&UpdateApiKey {
            key_id: "k1".into(),
            scope: KeyScope::Organization("o1".into()),
            expires_in: Some(Some(86_400)),
            ..Default::default()
        });
        assert_eq!(
            body(&r),
            Some(json!({"keyId": "k1", "expiresIn": 86_400, "configId": "organization"}))
        );
        let r = delete_api_key(&DeleteApiKey {
            key_id: "k1".into(),
            scope: KeyScope::User,
        });
        assert_eq!(body(&r), Some(json!({"keyId": "k1"})));
        let r = delete_api_key(&DeleteApiKey {
            key_id: "k1".into(),
            scope: KeyScope::Organization("o1".into()),
        });
        assert_eq!(
            body(&r),
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
