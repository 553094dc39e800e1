//! JSON in and out of the client, in one place. In the browser the browser's own `JSON.parse`
//! and `JSON.stringify` do the text work and `serde-wasm-bindgen` maps JS values to and from
//! Rust: that keeps serde_json's parser and float code out of the app (about 10 KB brotli).
//! Natively (unit tests) serde_json does the same job.

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::error::ClientError;

/// Decodes a successful body, mapping failures to [`ClientError::Decode`].
#[cfg(target_arch = "wasm32")]
pub fn decode<T: DeserializeOwned>(body: &str) -> Result<T, ClientError> {
    let value = js_sys::JSON::parse(body).map_err(|_| ClientError::Decode("not JSON".into()))?;
    serde_wasm_bindgen::from_value(value).map_err(|e| ClientError::Decode(e.to_string()))
}

/// Decodes a successful body, mapping failures to [`ClientError::Decode`].
#[cfg(not(target_arch = "wasm32"))]
pub fn decode<T: DeserializeOwned>(body: &str) -> Result<T, ClientError> {
    serde_json::from_str(body).map_err(|e| ClientError::Decode(e.to_string()))
}

/// A request body. The bodies are plain structs of strings, numbers and booleans, for which
/// encoding cannot fail. A present `None` is sent as `null` (it removes an expiry), an absent
/// field (`skip_serializing_if`) is left out.
#[cfg(target_arch = "wasm32")]
pub fn encode(body: &impl Serialize) -> String {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    body.serialize(&serializer)
        .ok()
        .and_then(|v| js_sys::JSON::stringify(&v).ok())
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| String::from("{}"))
}

/// A request body (see the browser version).
#[cfg(not(target_arch = "wasm32"))]
pub fn encode(body: &impl Serialize) -> String {
    serde_json::to_string(body).unwrap_or_else(|_| String::from("{}"))
}
