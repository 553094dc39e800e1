//! Requests as plain data, so the exact method, path, query and body of every call is unit-tested
//! without a browser, and a typed request that knows how to read its answer.

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::error::ClientError;
use super::json;

/// HTTP method of a call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// `GET`: reads, with any parameters in the query string; no body.
    Get,
    /// `POST`: every change, with a JSON body.
    Post,
}

/// One call to the auth server, relative to its base URL.
#[derive(Clone, Debug, PartialEq)]
pub struct ApiRequest {
    /// `GET` or `POST`.
    pub method: Method,
    /// Path and query, e.g. `/api-key/list?limit=10`.
    pub path: String,
    /// JSON body for POSTs.
    pub body: Option<String>,
    /// Whether a 401 means "the session is gone" (false for sign-in/up, where it is an answer).
    pub needs_session: bool,
}

impl ApiRequest {
    /// A `GET` of `path` (with its query).
    pub fn get(path: impl Into<String>) -> Self {
        Self {
            method: Method::Get,
            path: path.into(),
            body: None,
            needs_session: true,
        }
    }

    /// A `POST` of `body` as JSON to `path`.
    pub fn post(path: impl Into<String>, body: &impl Serialize) -> Self {
        Self {
            method: Method::Post,
            path: path.into(),
            body: Some(json::encode(body)),
            needs_session: true,
        }
    }

    /// The path without its query, e.g. `/api-key/list`.
    pub fn route(&self) -> &str {
        self.path.split('?').next().unwrap_or_default()
    }

    /// The decoded query parameters, in order.
    pub fn query(&self) -> Vec<(String, String)> {
        let Some((_, query)) = self.path.split_once('?') else {
            return Vec::new();
        };
        query
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap_or((p, ""));
                (decode_component(k), decode_component(v))
            })
            .collect()
    }
}

/// Reads the body of a successful answer.
pub type Decoder<T> = fn(&str) -> Result<T, ClientError>;

/// A call together with the type of its answer, for [`super::Client::call`].
pub struct Request<T> {
    api: ApiRequest,
    decode: Decoder<T>,
}

impl<T: DeserializeOwned> Request<T> {
    /// A `GET` whose answer is JSON of type `T`.
    pub fn get(path: impl Into<String>) -> Self {
        Self::new(ApiRequest::get(path), json::decode::<T>)
    }

    /// A `POST` whose answer is JSON of type `T`.
    pub fn post(path: impl Into<String>, body: &impl Serialize) -> Self {
        Self::new(ApiRequest::post(path, body), json::decode::<T>)
    }
}

impl<T> Request<T> {
    /// A call whose answer `decode` reads.
    pub fn new(api: ApiRequest, decode: Decoder<T>) -> Self {
        Self { api, decode }
    }

    /// For calls where a 401 is an answer (wrong password), not the end of a session.
    pub fn without_session(mut self) -> Self {
        self.api.needs_session = false;
        self
    }

    /// The call as it goes out.
    pub fn api(&self) -> &ApiRequest {
        &self.api
    }

    /// The call and its decoder.
    pub fn into_parts(self) -> (ApiRequest, Decoder<T>) {
        (self.api, self.decode)
    }

    /// The body as JSON, so tests compare content, not field order.
    #[cfg(test)]
    pub fn json_body(&self) -> Option<serde_json::Value> {
        serde_json::from_str(self.api.body.as_deref()?).ok()
    }
}

/// A decoder for calls whose answer does not matter (e.g. `{"success":true}`).
pub fn ignore_answer(_: &str) -> Result<(), ClientError> {
    Ok(())
}

/// Percent-encodes a query component (RFC 3986 unreserved characters stay as they are).
pub fn encode_component(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => {
                out.push('%');
                out.push(HEX[usize::from(b >> 4)] as char);
                out.push(HEX[usize::from(b & 15)] as char);
            }
        }
    }
    out
}

/// Percent-decoding of a query component (`+` is a space), lossy on invalid UTF-8.
pub fn decode_component(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = |b: u8| (b as char).to_digit(16);
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `path?k=v&…` with every value percent-encoded; `path` alone without parameters.
pub fn with_query(path: &str, params: &[(&str, String)]) -> String {
    let mut out = path.to_owned();
    for (i, (k, v)) in params.iter().enumerate() {
        out.push(if i == 0 { '?' } else { '&' });
        out.push_str(k);
        out.push('=');
        out.push_str(&encode_component(v));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_building_and_reading() {
        assert_eq!(with_query("/x", &[]), "/x");
        let path = with_query("/x", &[("a", "1 2".into()), ("b", "ä/&".into())]);
        assert_eq!(path, "/x?a=1%202&b=%C3%A4%2F%26");
        let r = ApiRequest::get(path);
        assert_eq!(r.route(), "/x");
        assert_eq!(
            r.query(),
            vec![("a".into(), "1 2".into()), ("b".into(), "ä/&".into())]
        );
    }

    #[test]
    fn decodes_query_components() {
        assert_eq!(decode_component("a%20b+c"), "a b c");
        assert_eq!(
            decode_component("%2Fsettings%2Fsecurity"),
            "/settings/security"
        );
        assert_eq!(decode_component("100%"), "100%");
        assert_eq!(decode_component("%zz"), "%zz");
        assert_eq!(decode_component("%4"), "%4");
        assert_eq!(decode_component("%ä1"), "%ä1");
        assert_eq!(decode_component("%C3%A4"), "ä");
    }
}
