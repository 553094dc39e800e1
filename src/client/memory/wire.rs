//! The in-memory server's wire: an error answer, a parsed request, and the backend trait.

use serde_json::{json, Value};

use super::MemoryCore;
use crate::client::{ApiRequest, ClientError, Method, RawResponse};

/// An error answer, as Better Auth sends it: a status with an optional `{code, message}` body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// The HTTP status code, e.g. 400, 401, 404.
    pub status: u16,
    /// Better Auth's error code, e.g. `KEY_NOT_FOUND`; `None` leaves it out of the body.
    pub code: Option<String>,
    /// Better Auth's message, e.g. `API Key not found`; `None` leaves it out of the body.
    pub message: Option<String>,
}

impl Failure {
    /// An error with Better Auth's `{code, message}` body.
    pub fn new(status: u16, code: &str, message: &str) -> Self {
        Self {
            status,
            code: Some(code.into()),
            message: Some(message.into()),
        }
    }

    /// An error with an empty body (unknown routes, server exceptions).
    pub fn empty(status: u16) -> Self {
        Self {
            status,
            code: None,
            message: None,
        }
    }

    /// 401 for a call that needs a session.
    pub fn unauthorized() -> Self {
        Self::new(401, "UNAUTHORIZED", "Unauthorized")
    }

    pub(super) fn into_raw(self) -> RawResponse {
        let mut body = serde_json::Map::new();
        if let Some(code) = self.code {
            body.insert("code".into(), Value::String(code));
        }
        if let Some(message) = self.message {
            body.insert("message".into(), Value::String(message));
        }
        RawResponse {
            status: self.status,
            body: if body.is_empty() {
                String::new()
            } else {
                Value::Object(body).to_string()
            },
            retry_after: None,
        }
    }
}

/// What a route answers: a JSON body with status 200, or an error.
pub type Answer = Result<Value, Failure>;

/// A request as a backend sees it: route, decoded query, parsed body.
#[derive(Clone, Debug, PartialEq)]
pub struct MemoryRequest {
    /// `GET` or `POST`.
    pub method: Method,
    /// The path without its query, e.g. `/api-key/list`.
    pub route: String,
    /// The query parameters, percent-decoded, in the order sent.
    pub query: Vec<(String, String)>,
    /// The JSON body (`null` for GETs).
    pub body: Value,
}

impl MemoryRequest {
    pub(super) fn parse(request: &ApiRequest) -> Result<Self, Failure> {
        let body = match &request.body {
            None => Value::Null,
            Some(text) => serde_json::from_str(text)
                .map_err(|_| Failure::new(400, "BAD_REQUEST", "Invalid JSON in request body"))?,
        };
        Ok(Self {
            method: request.method,
            route: request.route().to_owned(),
            query: request.query(),
            body,
        })
    }

    /// A query parameter.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// A body field (`None` when absent; `Some(Value::Null)` when sent as `null`).
    pub fn field(&self, name: &str) -> Option<&Value> {
        self.body.get(name)
    }

    /// A body field that must be a string, if present.
    pub fn text(&self, name: &str) -> Option<&str> {
        self.field(name).and_then(Value::as_str)
    }

    /// Whether this is `method route`.
    pub fn is(&self, method: Method, route: &str) -> bool {
        self.method == method && self.route == route
    }
}

/// A plugin's routes of the in-memory server.
pub trait MemoryBackend: 'static {
    /// Answers `request` when its route belongs to this backend, `None` otherwise.
    fn answer(&self, core: &mut MemoryCore, request: &MemoryRequest) -> Option<Answer>;
}

/// How the real server would have sent `error`.
pub(super) fn as_sent(error: ClientError) -> Result<RawResponse, String> {
    match error {
        ClientError::Network(reason) => Err(reason),
        ClientError::Decode(_) => Ok(RawResponse {
            status: 200,
            body: "<html>not the API</html>".into(),
            retry_after: None,
        }),
        // Better Auth 1.4's list answer: a bare array.
        ClientError::OldServer { .. } => Ok(RawResponse {
            status: 200,
            body: "[]".into(),
            retry_after: None,
        }),
        ClientError::Unauthorized => Ok(Failure::unauthorized().into_raw()),
        ClientError::RateLimited { retry_after } => Ok(RawResponse {
            status: 429,
            body: json!({"message": "Too many requests. Please try again later."}).to_string(),
            retry_after: retry_after.map(|s| s.to_string()),
        }),
        ClientError::Api {
            status,
            code,
            message,
        } => Ok(Failure {
            status,
            code,
            message,
        }
        .into_raw()),
    }
}
