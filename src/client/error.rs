//! One error type for every call to the Better Auth server, and the mapping from raw HTTP
//! responses to it. The mapping is pure so each response shape in the API contract is unit-tested.

use serde::Deserialize;

/// What went wrong talking to the server.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClientError {
    /// An error status with whatever Better Auth said about it (`code`, `message` may be absent:
    /// several endpoints answer with an empty body).
    Api {
        /// The HTTP status code (outside 2xx; a 401 here only where no session is involved).
        status: u16,
        /// Better Auth's machine-readable error code, e.g. `INVALID_EMAIL_OR_PASSWORD`.
        code: Option<String>,
        /// Better Auth's human-readable message (English), trimmed and cut to 300 characters.
        message: Option<String>,
    },
    /// The call needs a session and there is none (never signed in, expired, signed out elsewhere).
    Unauthorized,
    /// 429: the server's rate limiter refused the call; `retry_after` is in seconds.
    RateLimited {
        /// Seconds to wait before trying again (the `x-retry-after` header), if sent.
        retry_after: Option<u32>,
    },
    /// No response at all: the server is down, the network is offline, or the request was blocked.
    Network(String),
    /// A response arrived that this client cannot read.
    Decode(String),
    /// The answer has the shape of a Better Auth release older than `needs`, the oldest this
    /// client reads.
    OldServer {
        /// The oldest Better Auth version this client reads, e.g. `"1.5"`.
        needs: &'static str,
    },
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
            Self::Network(_) | Self::Decode(_) | Self::OldServer { .. } => None,
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
            Self::OldServer { needs } => write!(f, "server older than Better Auth {needs}"),
        }
    }
}

impl std::error::Error for ClientError {}

/// Server messages are shown to users; a misbehaving proxy could send megabytes.
const MAX_MESSAGE_CHARS: usize = 300;

#[derive(Deserialize)]
struct ErrorBody {
    #[serde(default)]
    message: LenientText,
    #[serde(default)]
    code: LenientText,
}

/// A string if the server sent one, `None` for anything else (numbers, objects, null), without
/// failing the whole body and without `serde_json::Value` (whose number handling is large).
#[derive(Default)]
struct LenientText(Option<String>);

impl<'de> Deserialize<'de> for LenientText {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = LenientText;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_str<E>(self, s: &str) -> Result<LenientText, E> {
                Ok(LenientText(Some(s.to_owned())))
            }
            fn visit_bool<E>(self, _: bool) -> Result<LenientText, E> {
                Ok(LenientText(None))
            }
            fn visit_i64<E>(self, _: i64) -> Result<LenientText, E> {
                Ok(LenientText(None))
            }
            fn visit_u64<E>(self, _: u64) -> Result<LenientText, E> {
                Ok(LenientText(None))
            }
            fn visit_f64<E>(self, _: f64) -> Result<LenientText, E> {
                Ok(LenientText(None))
            }
            fn visit_unit<E>(self) -> Result<LenientText, E> {
                Ok(LenientText(None))
            }
            fn visit_none<E>(self) -> Result<LenientText, E> {
                Ok(LenientText(None))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut a: A,
            ) -> Result<LenientText, A::Error> {
                while a.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                Ok(LenientText(None))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut a: A,
            ) -> Result<LenientText, A::Error> {
                while a
                    .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(LenientText(None))
            }
        }
        d.deserialize_any(Visitor)
    }
}

fn text_field(v: LenientText) -> Option<String> {
    let s = v.0?;
    let s = s.trim();
    (!s.is_empty()).then(|| s.chars().take(MAX_MESSAGE_CHARS).collect())
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
    let parsed: Option<ErrorBody> = super::json::decode(body).ok();
    let (code, message) = parsed
        .map(|b| (text_field(b.code), text_field(b.message)))
        .unwrap_or((None, None));
    match status {
        401 if needs_session => ClientError::Unauthorized,
        429 => ClientError::RateLimited {
            retry_after: retry_after.and_then(retry_after_seconds),
        },
        _ => ClientError::Api {
            status,
            code,
            message,
        },
    }
}

/// Whole seconds from an `x-retry-after` value such as `7` or `2.2` (rounded up). Parsed by hand:
/// a float parser would add about 13 KB (brotli) to the app for this one header.
pub fn retry_after_seconds(value: &str) -> Option<u32> {
    let (whole, fraction) = match value.trim().split_once('.') {
        Some((w, f)) => (w, f),
        None => (value.trim(), ""),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || !(fraction.is_empty() || digits(fraction)) {
        return None;
    }
    let seconds = whole.parse::<u64>().unwrap_or(u64::MAX);
    let round_up = fraction.bytes().any(|b| b != b'0');
    u32::try_from(seconds.saturating_add(u64::from(round_up)))
        .ok()
        .or(Some(u32::MAX))
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
            r#"{"code":"USER_IS_NOT_A_MEMBER_OF_THE_ORGANIZATION","message":"x"}"#,
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
        assert_eq!(retry_after_seconds("0"), Some(0));
        assert_eq!(retry_after_seconds("3.000"), Some(3));
        assert_eq!(retry_after_seconds("99999999999999999999"), Some(u32::MAX));
        assert_eq!(
            retry_after_seconds("18446744073709551615.5"),
            Some(u32::MAX)
        );
        for bad in ["", ".5", "1e3", "+1", "Wed, 21 Oct 2015 07:28:00 GMT"] {
            assert_eq!(retry_after_seconds(bad), None, "{bad}");
        }
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
            error_from_response(
                400,
                None,
                r#"{"code":{"nested":[1,2.5,"x"]},"message":["a"],"extra":true}"#,
                true
            ),
            api(400, None, None)
        );
        assert_eq!(
            error_from_response(400, None, r#"{"code":"X","message":null}"#, true),
            api(400, Some("X"), None)
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
        use crate::client::json::decode;
        assert!(matches!(decode::<u32>("{"), Err(ClientError::Decode(_))));
        assert_eq!(decode::<u32>("5"), Ok(5));
    }
}
