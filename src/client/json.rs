//! JSON in and out of the client, in one place so the codec can change without touching calls.

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::error::ClientError;

/// Decodes a successful body, mapping failures to [`ClientError::Decode`].
pub fn decode<T: DeserializeOwned>(body: &str) -> Result<T, ClientError> {
    serde_json::from_str(body).map_err(|e| ClientError::Decode(e.to_string()))
}

/// A request body. The bodies are plain structs of strings, numbers and booleans, for which
/// serializing cannot fail.
pub fn encode(body: &impl Serialize) -> String {
    serde_json::to_string(body).unwrap_or_else(|_| String::from("{}"))
}
