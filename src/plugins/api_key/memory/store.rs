//! How the in-memory server stores a key and shows it (checks.rs checks what a browser sends).

use serde_json::{json, Map, Value};

use super::checks::check_permissions;
use crate::time::Timestamp;

/// The schema defaults of `rateLimitTimeWindow` and `rateLimitMax` (one day, ten requests).
pub(crate) const RATE_LIMIT_TIME_WINDOW: i64 = 86_400_000;
pub(crate) const RATE_LIMIT_MAX: i64 = 10;

/// One row of the `apikey` table (the hash aside: the memory server keeps no secrets).
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
    /// Set at creation; the plugin's update (database storage) leaves it as it is.
    pub(crate) updated_at: Timestamp,
    pub(crate) last_request: Option<Timestamp>,
    pub(crate) request_count: i64,
    pub(crate) remaining: Option<i64>,
    pub(crate) refill_amount: Option<i64>,
    pub(crate) refill_interval: Option<i64>,
    pub(crate) last_refill_at: Option<Timestamp>,
    pub(crate) rate_limit_enabled: bool,
    pub(crate) rate_limit_time_window: Option<i64>,
    pub(crate) rate_limit_max: Option<i64>,
    /// `{resource: [actions]}` or `null`.
    pub(crate) permissions: Value,
    /// Any JSON value (object, array or `null` through the API).
    pub(crate) metadata: Value,
}

impl StoredKey {
    /// A key with the schema's defaults.
    pub(crate) fn new(id: String, config_id: String, reference_id: String, at: Timestamp) -> Self {
        Self {
            id,
            config_id,
            name: None,
            start: None,
            prefix: None,
            reference_id,
            enabled: true,
            expires_at: None,
            created_at: at,
            updated_at: at,
            last_request: None,
            request_count: 0,
            remaining: None,
            refill_amount: None,
            refill_interval: None,
            last_refill_at: None,
            rate_limit_enabled: true,
            rate_limit_time_window: Some(RATE_LIMIT_TIME_WINDOW),
            rate_limit_max: Some(RATE_LIMIT_MAX),
            permissions: Value::Null,
            metadata: Value::Null,
        }
    }
}

pub(crate) fn iso(t: Option<Timestamp>) -> Value {
    t.map_or(Value::Null, |t| Value::String(t.to_iso()))
}

impl StoredKey {
    /// The key object every route answers with (the plaintext never), metadata and
    /// permissions as parsed JSON.
    pub(crate) fn to_json(&self) -> Value {
        json!({
            "id": self.id, "configId": self.config_id, "name": self.name, "start": self.start,
            "prefix": self.prefix, "referenceId": self.reference_id, "enabled": self.enabled,
            "expiresAt": iso(self.expires_at), "createdAt": iso(Some(self.created_at)),
            "updatedAt": iso(Some(self.updated_at)), "lastRequest": iso(self.last_request),
            "requestCount": self.request_count, "remaining": self.remaining,
            "refillAmount": self.refill_amount, "refillInterval": self.refill_interval,
            "lastRefillAt": iso(self.last_refill_at), "rateLimitEnabled": self.rate_limit_enabled,
            "rateLimitTimeWindow": self.rate_limit_time_window,
            "rateLimitMax": self.rate_limit_max, "permissions": self.permissions,
            "metadata": self.metadata,
        })
    }

    /// What `/__test/set-api-key-fields` does: sets server-only fields, each checked as that
    /// route checks it. An error names the field (the route answers it as a 400).
    pub(crate) fn set_fields(&mut self, fields: &Map<String, Value>) -> Result<(), String> {
        if fields.keys().all(|k| k == "keyId") {
            return Err("give at least one field to set".into());
        }
        // Checked first, so a bad field leaves the key as it was.
        let mut next = self.clone();
        for (field, value) in fields {
            let number = || -> Result<Option<i64>, String> {
                match value {
                    Value::Null => Ok(None),
                    v => v
                        .as_i64()
                        .or_else(|| v.as_f64().filter(|f| f.fract() == 0.0).map(|f| f as i64))
                        .map(Some)
                        .ok_or_else(|| format!("\"{field}\" must be a number")),
                }
            };
            let date = || -> Result<Option<Timestamp>, String> {
                match value {
                    Value::Null => Ok(None),
                    Value::String(s) => Timestamp::parse_iso(s)
                        .map(Some)
                        .ok_or_else(|| format!("\"{field}\" must be an ISO date string or null")),
                    _ => Err(format!("\"{field}\" must be an ISO date string or null")),
                }
            };
            match field.as_str() {
                "keyId" => {}
                "remaining" => next.remaining = number()?,
                "refillAmount" => next.refill_amount = number()?,
                "refillInterval" => next.refill_interval = number()?,
                "rateLimitMax" => next.rate_limit_max = number()?,
                "rateLimitTimeWindow" => next.rate_limit_time_window = number()?,
                "requestCount" => {
                    next.request_count =
                        number()?.ok_or_else(|| format!("\"{field}\" must be a number"))?
                }
                "lastRefillAt" => next.last_refill_at = date()?,
                "lastRequest" => next.last_request = date()?,
                "rateLimitEnabled" => {
                    next.rate_limit_enabled = value
                        .as_bool()
                        .ok_or_else(|| format!("\"{field}\" must be true or false"))?
                }
                "permissions" => next.permissions = check_permissions(value)?,
                "metadata" => next.metadata = value.clone(),
                other => {
                    return Err(format!(
                        "\"{other}\" cannot be set; settable: remaining, refillAmount, \
                         refillInterval, rateLimitMax, rateLimitTimeWindow, requestCount, \
                         lastRefillAt, lastRequest, rateLimitEnabled, permissions, metadata"
                    ))
                }
            }
        }
        *self = next;
        Ok(())
    }
}
