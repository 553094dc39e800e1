//! `GET /api-key/list` of the in-memory server: every configuration of the scope, paged and
//! sorted as the real server's SQLite does it.

use std::cmp::Ordering;

use serde_json::{json, Value};

use super::checks::*;
use super::config::matches;
use super::store::*;
use super::ApiKeyBackend;
use crate::client::memory::{Answer, Failure, MemoryCore, MemoryRequest};

impl ApiKeyBackend {
    pub(super) fn list(&self, core: &MemoryCore, r: &MemoryRequest) -> Answer {
        let user = core.session_user_id()?;
        let number = |name: &str| -> Result<Option<usize>, Failure> {
            match r.param(name) {
                None => Ok(None),
                // `z.coerce.number()`: an empty value is 0.
                Some(v) if v.trim().is_empty() => Ok(Some(0)),
                Some(v) => match v.trim().parse::<f64>() {
                    Ok(n) if n < 0.0 => Err(Failure::new(
                        400,
                        "VALIDATION_ERROR",
                        &format!("[query.{name}] Too small: expected number to be >=0"),
                    )),
                    Ok(n) if n.fract() == 0.0 => Ok(Some(n as usize)),
                    _ => Err(Failure::new(
                        400,
                        "VALIDATION_ERROR",
                        &format!("[query.{name}] Invalid input"),
                    )),
                },
            }
        };
        let (limit, offset) = (number("limit")?, number("offset")?);
        for name in ["configId", "organizationId", "sortBy", "sortDirection"] {
            if r.query.iter().filter(|(k, _)| k == name).count() > 1 {
                return Err(Failure::new(
                    400,
                    "VALIDATION_ERROR",
                    &format!("[query.{name}] Invalid input: expected string, received array"),
                ));
            }
        }
        let direction = r.param("sortDirection");
        if direction.is_some_and(|d| d != "asc" && d != "desc") {
            return Err(Failure::new(
                400,
                "VALIDATION_ERROR",
                "[query.sortDirection] Invalid option: expected one of \"asc\"|\"desc\"",
            ));
        }
        let organization = r.param("organizationId");
        if let Some(org) = organization.filter(|o| !o.is_empty()) {
            core.require_owner(org, forbidden())?;
        }
        let of_organization = organization.is_some_and(|o| !o.is_empty());
        let reference = organization.map_or(user, str::to_owned);
        let config = r.param("configId").filter(|c| !c.is_empty());
        let keys = self.keys.borrow();
        // Each key as the server shows it, built once: sorting compares these.
        let mut found: Vec<Value> = keys
            .iter()
            .filter(|k| {
                k.reference_id == reference
                    && self.configs.owned_by_organization(&k.config_id) == of_organization
                    && config.is_none_or(|c| matches(&k.config_id, c))
            })
            .map(StoredKey::to_json)
            .collect();
        if let Some(field) = r.param("sortBy") {
            // The database sorts: any column of the table, nulls first when ascending; an
            // unknown one is a server exception with an empty body.
            if !COLUMNS.contains(&field) {
                return Err(Failure::empty(500));
            }
            let desc = direction == Some("desc");
            found.sort_by(|a, b| {
                let order = compare(
                    a.get(field).unwrap_or(&Value::Null),
                    b.get(field).unwrap_or(&Value::Null),
                );
                if desc {
                    order.reverse()
                } else {
                    order
                }
            });
        }
        let total = found.len();
        let page: Vec<Value> = found
            .into_iter()
            .skip(offset.unwrap_or(0))
            .take(limit.unwrap_or(usize::MAX))
            .collect();
        let mut answer = json!({"apiKeys": page, "total": total});
        if let Some(limit) = limit {
            answer["limit"] = json!(limit);
        }
        if let Some(offset) = offset {
            answer["offset"] = json!(offset);
        }
        Ok(answer)
    }
}

/// The table's columns, for `sortBy` on an empty store (`key` is the hash).
const COLUMNS: [&str; 22] = [
    "id",
    "configId",
    "name",
    "start",
    "prefix",
    "referenceId",
    "key",
    "enabled",
    "expiresAt",
    "createdAt",
    "updatedAt",
    "lastRequest",
    "requestCount",
    "remaining",
    "refillAmount",
    "refillInterval",
    "lastRefillAt",
    "rateLimitEnabled",
    "rateLimitTimeWindow",
    "rateLimitMax",
    "permissions",
    "metadata",
];

/// SQLite's order of one column's values: nulls first, then numbers (booleans are 0/1), then
/// text by bytes (ISO dates sort by time); JSON columns as their text.
fn compare(a: &Value, b: &Value) -> Ordering {
    fn rank(v: &Value) -> (u8, f64, String) {
        match v {
            Value::Null => (0, 0.0, String::new()),
            Value::Bool(b) => (1, f64::from(u8::from(*b)), String::new()),
            Value::Number(n) => (1, n.as_f64().unwrap_or_default(), String::new()),
            Value::String(s) => (2, 0.0, s.clone()),
            other => (2, 0.0, other.to_string()),
        }
    }
    let (a, b) = (rank(a), rank(b));
    a.0.cmp(&b.0)
        .then(a.1.total_cmp(&b.1))
        .then_with(|| a.2.cmp(&b.2))
}
