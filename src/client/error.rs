//! One error type for every call to the Better Auth server, and the mapping from raw HTTP
//! responses to it. The mapping is pure so each response shape in the API contract is unit-tested.

use serde::Deserialize;

/// What went wrong talking to the server.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClientError {
    /// An error status with whatever Better Auth said about it (`code`, `message` may be absent:
    /// several endpoints answer with an empty body).
    Api {
        status: u16,
        code: Option<String>,
        message: Option<String>,
    },
    /// The call needs a session and there is none (never signed in, expired, signed out elsewhere).
    Unauthorized,
    /// 429: the server's rate limiter refused the call; `retry_after` is in seconds.
    RateLimited { retry_after: Option<u32> },
    /// No response at all: the server is down, the network is offline, or the request was blocked.
    Network(String),
    /// A response arrived that this client cannot read.
    Decode(String),
}

impl ClientError {
    /// The Better Auth error code, when the server sent one.
    pub fn code(&self) -> Option<&str> {
        match self {
            Self::Api { code, .. } => code.as_deref(),
            _ => None,
        }
    }

    /// The HTTP status, when there was a response.
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::Api { status, .. } => Some(*status),
            Self::Unauthorized => Some(401),
            Self::RateLimited { .. } => Some(429),
            Self::Network(_) | Self::Decode(_) => None,
        }
    }

    /// True for a 404: the thing asked for is gone (e.g. a key deleted in another tab).
    pub fn is_not_found(&self) -> bool {
        self.status() == Some(404)
    }

    /// True for a 403: the caller may not do this (e.g. not an organization owner).
    pub fn is_forbidden(&self) -> bool {
        self.status() == Some(403)
    }
}

impl std::fmt::Display for ClientError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Api {
                status,
                code,
                message,
            } => write!(
                f,
                "HTTP {status} {} {}",
                code.as_deref().unwrap_or("-"),
                message.as_deref().unwrap_or("")
            ),
            Self::Unauthorized => f.write_str("unauthorized"),
            Self::RateLimited { retry_after } => write!(f, "rate limited ({retry_after:?} s)"),
            Self::Network(e) => write!(f, "network error: {e}"),
            Self::Decode(e) => write!(f, "undecodable response: {e}"),
        }
    }
}

impl std::error::Error for ClientError {}

/// Server messages are shown to users; a misbehaving proxy could send megabytes.
const MAX_MESSAGE_CHARS: usize = 300;

#[derive(Deserialize)]
struct ErrorBody {
    #[serde(default)]
    message: Option<serde_json::Value>,
    #[serde(default)]
    code: Option<serde_json::Value>,
}

fn text_field(v: Option<serde_json::Value>) -> Option<String> {
    match v? {
        serde_json::Value::String(s) if !s.trim().is_empty() => {
            Some(s.trim().chars().take(MAX_MESSAGE_CHARS).collect())
        }
        _ => None,
    }
}

/// Maps an error response (status outside 2xx) to a [`ClientError`].
///
/// `needs_session` says whether the call is made on behalf of a signed-in user: then a 401 means the
/// session is gone. For sign-in and sign-up a 401 is an ordinary answer ("Invalid email or password").
pub fn error_from_response(
    status: u16,
    retry_after: Option<&str>,
    body: &str,
    needs_session: bool,
) -> ClientError {
    let parsed: Option<ErrorBody> = serde_json::from_str(body).ok();
    let (code, message) = parsed
        .map(|b| (text_field(b.code), text_field(b.message)))
        .unwrap_or((None, None));
    match status {
        401 if needs_session => ClientError::Unauthorized,
        429 => ClientError::RateLimited {
            retry_after: retry_after
                .and_then(|s| s.trim().parse::<f64>().ok())
                .and_then(|s| {
                    (s.is_finite() && s >= 0.0).then(|| s.ceil().min(f64::from(u32::MAX)) as u32)
                }),
        },
        _ => ClientError::Api {
            status,
            code,
            message,
        },
    }
}

/// Decodes a successful body, mapping failures to [`ClientError::Decode`].
pub fn decode<T: serde::de::DeserializeOwned>(body: &str) -> Result<T, ClientError> {
    serde_json::from_str(body).map_err(|e| ClientError::Decode(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(status: u16, code: Option<&str>, message: Option<&str>) -> ClientError {
        ClientError::Api {
            status,
            code: code.map(str::to_owned),
            message: message.map(str::to_owned),
        }
    }

    #[test]
    fn code_and_message_bodies() {
        let e = error_from_response(
            422,
            None,
            r#"{"code":"USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL","message":"User already exists. Use another email."}"#,
            false,
        );
        assert_eq!(
            e,
            api(
                422,
                Some("USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL"),
                Some("User already exists. Use another email.")
            )
        );
        assert_eq!(e.code(), Some("USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL"));
    }

    #[test]
    fn validation_and_bad_json_errors() {
        let e = error_from_response(
            400,
            None,
            r#"{"code":"VALIDATION_ERROR","message":"[body.expiresIn] Too small: expected number to be >=1"}"#,
            true,
        );
        assert_eq!(e.code(), Some("VALIDATION_ERROR"));
        let e = error_from_response(
            400,
            None,
            r#"{"code":"BAD_REQUEST","message":"Invalid JSON in request body"}"#,
            true,
        );
        assert_eq!(
            e,
            api(
                400,
                Some("BAD_REQUEST"),
                Some("Invalid JSON in request body")
            )
        );
    }

    #[test]
    fn empty_bodies_keep_the_status() {
        assert_eq!(
            error_from_response(404, None, "", true),
            api(404, None, None)
        );
        assert_eq!(
            error_from_response(500, None, "", true),
            api(500, None, None)
        );
        assert!(error_from_response(404, None, "", true).is_not_found());
    }

    #[test]
    fn unauthorized_depends_on_the_call() {
        // No session on list/get/delete, on api-key create/update, and an empty-bodied 401.
        for body in [
            r#"{"code":"UNAUTHORIZED","message":"Unauthorized"}"#,
            r#"{"code":"UNAUTHORIZED_SESSION","message":"Unauthorized or invalid session"}"#,
            "",
        ] {
            assert_eq!(
                error_from_response(401, None, body, true),
                ClientError::Unauthorized
            );
        }
        // A wrong password is an answer, not a lost session.
        assert_eq!(
            error_from_response(
                401,
                None,
                r#"{"code":"INVALID_EMAIL_OR_PASSWORD","message":"Invalid email or password"}"#,
                false
            ),
            api(
                401,
                Some("INVALID_EMAIL_OR_PASSWORD"),
                Some("Invalid email or password")
            )
        );
    }

    #[test]
    fn forbidden_and_not_found_codes() {
        let e = error_from_response(
            403,
            None,
            r#"{"code":"INSUFFICIENT_API_KEY_PERMISSIONS","message":"x"}"#,
            true,
        );
        assert!(e.is_forbidden());
        let e = error_from_response(
            404,
            None,
            r#"{"code":"KEY_NOT_FOUND","message":"API Key not found"}"#,
            true,
        );
        assert!(e.is_not_found());
        assert_eq!(e.code(), Some("KEY_NOT_FOUND"));
        let e = error_from_response(
            403,
            None,
            r#"{"code":"MISSING_OR_NULL_ORIGIN","message":"Missing or null Origin"}"#,
            true,
        );
        assert_eq!(e.code(), Some("MISSING_OR_NULL_ORIGIN"));
        let e = error_from_response(
            415,
            None,
            r#"{"code":"UNSUPPORTED_MEDIA_TYPE","message":"x"}"#,
            true,
        );
        assert_eq!(e.status(), Some(415));
    }

    #[test]
    fn rate_limited_reads_retry_after() {
        let body = r#"{"message":"Too many requests. Please try again later."}"#;
        assert_eq!(
            error_from_response(429, Some("7"), body, false),
            ClientError::RateLimited {
                retry_after: Some(7)
            }
        );
        assert_eq!(
            error_from_response(429, Some(" 2.2 "), body, true),
            ClientError::RateLimited {
                retry_after: Some(3)
            }
        );
        assert_eq!(
            error_from_response(429, None, "", true),
            ClientError::RateLimited { retry_after: None }
        );
        assert_eq!(
            error_from_response(429, Some("soon"), body, true),
            ClientError::RateLimited { retry_after: None }
        );
        assert_eq!(
            error_from_response(429, Some("-4"), body, true),
            ClientError::RateLimited { retry_after: None }
        );
    }

    #[test]
    fn non_json_and_odd_bodies() {
        // A proxy's HTML page, a JSON array, numbers where strings belong: keep the status only.
        assert_eq!(
            error_from_response(502, None, "<html>Bad gateway</html>", true),
            api(502, None, None)
        );
        assert_eq!(
            error_from_response(500, None, "[1,2]", true),
            api(500, None, None)
        );
        assert_eq!(
            error_from_response(400, None, r#"{"code":42,"message":"  "}"#, true),
            api(400, None, None)
        );
        assert_eq!(
            error_from_response(500, None, "null", true),
            api(500, None, None)
        );
    }

    #[test]
    fn huge_messages_are_cut() {
        let long = "x".repeat(10_000);
        let e = error_from_response(400, None, &format!(r#"{{"message":"{long}"}}"#), true);
        match e {
            ClientError::Api {
                message: Some(m), ..
            } => assert_eq!(m.chars().count(), 300),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn decode_maps_to_decode_error() {
        assert!(matches!(decode::<u32>("{"), Err(ClientError::Decode(_))));
        assert_eq!(decode::<u32>("5"), Ok(5));
    }
}
