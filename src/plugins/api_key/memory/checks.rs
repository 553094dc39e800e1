//! What the in-memory server checks in a browser's request (body shapes, server-only fields,
//! names, expiry bounds, permissions, metadata) and the errors it answers with, as the real
//! plugin does.

use serde_json::Value;

use crate::client::memory::{Failure, MemoryRequest};

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

/// `{resource: [action, …]}` or `null`, as the plugin stores permissions.
pub(crate) fn check_permissions(value: &Value) -> Result<Value, String> {
    let ok = match value {
        Value::Null => true,
        Value::Object(o) => o.values().all(|actions| {
            actions
                .as_array()
                .is_some_and(|a| a.iter().all(Value::is_string))
        }),
        _ => false,
    };
    if ok {
        Ok(value.clone())
    } else {
        Err("permissions must be an object of resource -> string[] of actions, or null".into())
    }
}

/// JavaScript's truthiness of a JSON value (the plugin's `if (metadata)`).
pub(crate) fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(_) | Value::Object(_) => true,
    }
}

/// `typeof v === "object"` (true for `null` and arrays too).
pub(crate) fn is_object(v: &Value) -> bool {
    matches!(v, Value::Null | Value::Array(_) | Value::Object(_))
}

pub(crate) fn invalid_metadata() -> Failure {
    Failure::new(
        400,
        "INVALID_METADATA_TYPE",
        "metadata must be an object or undefined",
    )
}

pub(crate) fn metadata_disabled() -> Failure {
    Failure::new(400, "METADATA_DISABLED", "Metadata is disabled.")
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

/// 401 of create and update, which read the session themselves (list, get and delete answer
/// the session middleware's `UNAUTHORIZED`).
pub(crate) fn unauthorized_session() -> Failure {
    Failure::new(
        401,
        "UNAUTHORIZED_SESSION",
        "Unauthorized or invalid session",
    )
}

pub(crate) fn no_values() -> Failure {
    Failure::new(400, "NO_VALUES_TO_UPDATE", "No values to update.")
}

pub(crate) fn invalid_name() -> Failure {
    Failure::new(
        400,
        "INVALID_NAME_LENGTH",
        "The name length is either too large or too small.",
    )
}

pub(crate) fn validation(field: &str, message: &str) -> Failure {
    Failure::new(
        400,
        "VALIDATION_ERROR",
        &format!("[body.{field}] {message}"),
    )
}

fn received(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// The body schema's `expiresIn: number >= 1, nullable` (a `VALIDATION_ERROR` before anything
/// else is looked at).
pub(crate) fn expires_in_shape(v: Option<&Value>) -> Result<Option<f64>, Failure> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(v) => {
            let secs = v.as_f64().ok_or_else(|| {
                validation(
                    "expiresIn",
                    &format!("Invalid input: expected number, received {}", received(v)),
                )
            })?;
            if secs < 1.0 {
                return Err(validation(
                    "expiresIn",
                    "Too small: expected number to be >=1",
                ));
            }
            Ok(Some(secs))
        }
    }
}

/// The plugin's `keyExpiration` bounds: one day to one year.
pub(crate) fn expires_in_range(secs: f64) -> Result<i64, Failure> {
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
    Ok(secs as i64)
}

/// The body schema's types for the fields the routes read; `create` says which schema (on
/// create `remaining` may be `null`, its default; on update `permissions` may be `null`).
pub(crate) fn check_shapes(r: &MemoryRequest, create: bool) -> Result<(), Failure> {
    for field in ["name", "configId", "prefix", "keyId"] {
        match r.field(field) {
            None | Some(Value::String(_)) => {}
            Some(v) => {
                return Err(validation(
                    field,
                    &format!("Invalid input: expected string, received {}", received(v)),
                ))
            }
        }
    }
    if let Some(p) = r.text("prefix") {
        if p.is_empty()
            || !p
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        {
            return Err(validation(
                "prefix",
                "Invalid prefix format, must be alphanumeric and contain only underscores and hyphens.",
            ));
        }
    }
    for field in SERVER_ONLY {
        let Some(v) = r.field(field) else { continue };
        let nullable = (create && field == "remaining") || (!create && field == "permissions");
        let fits = match field {
            _ if nullable && v.is_null() => true,
            "rateLimitEnabled" => v.is_boolean(),
            "permissions" => v.is_object(),
            _ => v.is_number(),
        };
        if !fits {
            let expected = match field {
                "rateLimitEnabled" => "boolean",
                "permissions" => "record",
                _ => "number",
            };
            return Err(validation(
                field,
                &format!(
                    "Invalid input: expected {expected}, received {}",
                    received(v)
                ),
            ));
        }
    }
    if !create {
        if let Some(v) = r.field("enabled").filter(|v| !v.is_boolean()) {
            return Err(validation(
                "enabled",
                &format!("Invalid input: expected boolean, received {}", received(v)),
            ));
        }
    }
    Ok(())
}

/// `SERVER_ONLY_PROPERTY` for a server-only field from a browser (on create a `null`
/// `remaining` is the schema default, not a value).
pub(crate) fn refuse_server_only(r: &MemoryRequest, create: bool) -> Result<(), Failure> {
    let sent = |f: &str| match r.field(f) {
        None => false,
        Some(Value::Null) => !(create && f == "remaining"),
        Some(_) => true,
    };
    if SERVER_ONLY.iter().any(|f| sent(f)) {
        return Err(Failure::new(
            400,
            "SERVER_ONLY_PROPERTY",
            "The property you're trying to set can only be set from the server auth instance only.",
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
