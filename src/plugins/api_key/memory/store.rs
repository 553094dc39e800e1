//! How the in-memory server stores a key, shows it, and checks what a browser sends.

use serde_json::{json, Value};

use crate::client::memory::{Failure, MemoryRequest};
use crate::time::Timestamp;

/// Fields only the server may set; a browser sending one gets `SERVER_ONLY_PROPERTY`.
/// (`ipAllowlist` is not in the plugin's schema at all: the server ignores it.)
const SERVER_ONLY: [&str; 7] = [
    "remaining",
    "refillAmount",
    "refillInterval",
    "rateLimitEnabled",
    "rateLimitMax",
    "rateLimitTimeWindow",
    "permissions",
];

#[derive(Clone, Debug)]
pub(crate) struct StoredKey {
    pub(crate) id: String,
    pub(crate) config_id: String,
    pub(crate) name: Option<String>,
    pub(crate) start: Option<String>,
    pub(crate) prefix: Option<String>,
    pub(crate) reference_id: String,
    pub(crate) enabled: bool,
    pub(crate) expires_at: Option<Timestamp>,
    pub(crate) created_at: Timestamp,
    pub(crate) last_request: Option<Timestamp>,
    pub(crate) request_count: u64,
}

pub(crate) fn iso(t: Option<Timestamp>) -> Value {
    t.map_or(Value::Null, |t| Value::String(t.to_iso()))
}

impl StoredKey {
    /// The key object every route answers with (the plaintext never).
    pub(crate) fn to_json(&self) -> Value {
        json!({
            "id": self.id, "configId": self.config_id, "name": self.name, "start": self.start,
            "prefix": self.prefix, "referenceId": self.reference_id, "enabled": self.enabled,
            "expiresAt": iso(self.expires_at), "createdAt": iso(Some(self.created_at)),
            "updatedAt": iso(Some(self.created_at)), "lastRequest": iso(self.last_request),
            "requestCount": self.request_count, "remaining": null, "refillAmount": null,
            "refillInterval": null, "lastRefillAt": null, "rateLimitEnabled": true,
            "rateLimitTimeWindow": 86_400_000, "rateLimitMax": 10, "permissions": null,
            "metadata": null,
        })
    }
}

pub(crate) fn not_found() -> Failure {
    Failure::new(404, "KEY_NOT_FOUND", "API Key not found")
}

pub(crate) fn forbidden() -> Failure {
    Failure::new(
        403,
        "INSUFFICIENT_API_KEY_PERMISSIONS",
        "Insufficient API key permissions",
    )
}

pub(crate) fn invalid_name() -> Failure {
    Failure::new(
        400,
        "INVALID_NAME_LENGTH",
        "The name length is either too large or too small.",
    )
}

pub(crate) fn check_expires_in(v: &Value) -> Result<Option<i64>, Failure> {
    if v.is_null() {
        return Ok(None);
    }
    let Some(secs) = v.as_f64() else {
        return Err(Failure::new(
            400,
            "VALIDATION_ERROR",
            "[body.expiresIn] Invalid input: expected number",
        ));
    };
    if secs < 1.0 {
        return Err(Failure::new(
            400,
            "VALIDATION_ERROR",
            "[body.expiresIn] Too small: expected number to be >=1",
        ));
    }
    if secs < 86_400.0 {
        return Err(Failure::new(
            400,
            "EXPIRES_IN_IS_TOO_SMALL",
            "The expiresIn is smaller than the predefined minimum value.",
        ));
    }
    if secs > 31_536_000.0 {
        return Err(Failure::new(
            400,
            "EXPIRES_IN_IS_TOO_LARGE",
            "The expiresIn is larger than the predefined maximum value.",
        ));
    }
    Ok(Some(secs as i64))
}

pub(crate) fn refuse_server_only(r: &MemoryRequest) -> Result<(), Failure> {
    if SERVER_ONLY.iter().any(|f| r.field(f).is_some()) {
        return Err(Failure::new(
            400,
            "SERVER_ONLY_PROPERTY",
            "The property you're trying to set can only be set from the server auth instance only.",
        ));
    }
    if r.field("metadata").is_some() {
        return Err(Failure::new(
            400,
            "METADATA_DISABLED",
            "Metadata is disabled.",
        ));
    }
    Ok(())
}

pub(crate) fn generate_key(seq: u64, prefix: Option<&str>) -> String {
    // Deterministic letters (tests must be repeatable); the real server uses a CSPRNG.
    let mut x = seq.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let letters: String = (0..64)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let i = (x % 52) as u8;
            (if i < 26 { b'a' + i } else { b'A' + i - 26 }) as char
        })
        .collect();
    format!("{}{letters}", prefix.unwrap_or(""))
}
