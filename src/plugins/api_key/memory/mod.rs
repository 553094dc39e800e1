//! The API-key plugin's routes of the in-memory server (feature `testing`): list with paging
//! and server-side sort, create with the server's validation codes, update, delete and get,
//! owner-only organization keys. `tests/contract` runs the same scenarios against this and the
//! reference server, so the two cannot drift apart.

mod seed;
mod store;

use std::cell::RefCell;

use serde_json::{json, Value};

pub use self::seed::{ApiKeyMemory, SeedKey};
use self::store::*;
use crate::client::memory::{Answer, Failure, MemoryBackend, MemoryCore, MemoryRequest};
use crate::client::Method;
use crate::time::Timestamp;

/// The `/api-key/*` routes. Register with `MemoryClient::new().with(ApiKeyBackend::default())`.
#[derive(Default)]
pub struct ApiKeyBackend {
    pub(super) keys: RefCell<Vec<StoredKey>>,
}

impl ApiKeyBackend {
    /// The owner (`referenceId`) and configuration a request is about, with Better Auth's
    /// default access control: only an organization's owners may touch its keys.
    fn owner(
        core: &MemoryCore,
        config: &str,
        organization: Option<&str>,
    ) -> Result<(String, &'static str), Failure> {
        let user = core.session_user_id()?;
        if config != "organization" {
            return Ok((user, "default"));
        }
        let Some(org) = organization else {
            return Err(Failure::new(
                400,
                "ORGANIZATION_ID_REQUIRED",
                "Organization ID is required for organization-owned API keys",
            ));
        };
        core.require_owner(org, forbidden())?;
        Ok((org.to_owned(), "organization"))
    }

    fn list(&self, core: &MemoryCore, r: &MemoryRequest) -> Answer {
        let org = r.param("organizationId");
        let config = if org.is_some() {
            "organization"
        } else {
            "default"
        };
        let (reference, config) = Self::owner(core, config, org)?;
        let number = |name: &str| -> Result<Option<usize>, Failure> {
            match r.param(name) {
                None => Ok(None),
                Some(v) => v.parse().map(Some).map_err(|_| {
                    Failure::new(
                        400,
                        "VALIDATION_ERROR",
                        &format!("[query.{name}] Invalid input"),
                    )
                }),
            }
        };
        let (limit, offset) = (number("limit")?, number("offset")?);
        let keys = self.keys.borrow();
        let mut found: Vec<&StoredKey> = keys
            .iter()
            .filter(|k| k.reference_id == reference && k.config_id == config)
            .collect();
        let desc = r.param("sortDirection") == Some("desc");
        match r.param("sortBy") {
            None => {}
            Some("createdAt") => found.sort_by_key(|k| k.created_at),
            // SQLite's order: nulls first when ascending.
            Some("name") => found.sort_by(|a, b| a.name.cmp(&b.name)),
            Some("expiresAt") => found.sort_by_key(|k| k.expires_at),
            // An unknown column is a server exception with an empty body.
            Some(_) => return Err(Failure::empty(500)),
        }
        if desc {
            found.reverse();
        }
        let total = found.len();
        let page: Vec<Value> = found
            .into_iter()
            .skip(offset.unwrap_or(0))
            .take(limit.unwrap_or(usize::MAX))
            .map(StoredKey::to_json)
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

    fn create(&self, core: &mut MemoryCore, r: &MemoryRequest) -> Answer {
        // An unknown configuration falls back to the default one, as on the real server.
        let config = r.text("configId").unwrap_or("default");
        let (reference, config) = Self::owner(core, config, r.text("organizationId"))?;
        refuse_server_only(r)?;
        let name = r.text("name").map(str::to_owned);
        if name
            .as_deref()
            .is_some_and(|n| n.encode_utf16().count() > 32)
        {
            return Err(invalid_name());
        }
        let expires_in = match r.field("expiresIn") {
            None => None,
            Some(v) => check_expires_in(v)?,
        };
        let prefix = r.text("prefix").map(str::to_owned);
        if prefix
            .as_deref()
            .is_some_and(|p| p.is_empty() || p.len() > 32)
        {
            return Err(Failure::new(
                400,
                "INVALID_PREFIX_LENGTH",
                "The prefix length is either too large or too small.",
            ));
        }
        let at = core.tick();
        let id = core.id("key");
        let secret = generate_key(at.millis() as u64, prefix.as_deref());
        let key = StoredKey {
            id,
            config_id: config.into(),
            name,
            start: Some(secret.chars().take(6).collect()),
            prefix,
            reference_id: reference,
            enabled: true,
            expires_at: expires_in.map(|s| Timestamp(at.millis() + s * 1000)),
            created_at: at,
            last_request: None,
            request_count: 0,
        };
        let mut answer = key.to_json();
        answer["key"] = Value::String(secret);
        self.keys.borrow_mut().push(key);
        Ok(answer)
    }

    /// The index of the caller's key `id` in `config` (404 for anyone else's or another
    /// configuration's key, 403 for an organization's non-owner).
    fn find(&self, core: &MemoryCore, id: &str, config: &str) -> Result<usize, Failure> {
        let user = core.session_user_id()?;
        let keys = self.keys.borrow();
        let i = keys
            .iter()
            .position(|k| k.id == id && k.config_id == config)
            .ok_or_else(not_found)?;
        if config == "organization" {
            core.require_owner(&keys[i].reference_id, forbidden())?;
        } else if keys[i].reference_id != user {
            return Err(not_found());
        }
        Ok(i)
    }

    fn config_of(r: &MemoryRequest, from_query: bool) -> &str {
        let given = if from_query {
            r.param("configId")
        } else {
            r.text("configId")
        };
        match given {
            Some("organization") => "organization",
            _ => "default",
        }
    }

    fn update(&self, core: &MemoryCore, r: &MemoryRequest) -> Answer {
        let i = self.find(
            core,
            r.text("keyId").unwrap_or_default(),
            Self::config_of(r, false),
        )?;
        refuse_server_only(r)?;
        let name = r.text("name");
        let enabled = r.field("enabled").and_then(Value::as_bool);
        let expires = r.field("expiresIn");
        if name.is_none() && enabled.is_none() && expires.is_none() {
            return Err(Failure::new(
                400,
                "NO_VALUES_TO_UPDATE",
                "No values to update",
            ));
        }
        if let Some(n) = name {
            let units = n.encode_utf16().count();
            if units == 0 || units > 32 {
                return Err(invalid_name());
            }
        }
        let expires = expires.map(check_expires_in).transpose()?;
        let now = crate::time::now();
        let mut keys = self.keys.borrow_mut();
        let key = &mut keys[i];
        if let Some(n) = name {
            key.name = Some(n.to_owned());
        }
        if let Some(e) = enabled {
            key.enabled = e;
        }
        if let Some(e) = expires {
            key.expires_at = e.map(|s| Timestamp(now.millis() + s * 1000));
        }
        Ok(key.to_json())
    }

    fn delete(&self, core: &MemoryCore, r: &MemoryRequest) -> Answer {
        let i = self.find(
            core,
            r.text("keyId").unwrap_or_default(),
            Self::config_of(r, false),
        )?;
        self.keys.borrow_mut().remove(i);
        Ok(json!({"success": true}))
    }

    fn get(&self, core: &MemoryCore, r: &MemoryRequest) -> Answer {
        let i = self.find(
            core,
            r.param("id").unwrap_or_default(),
            Self::config_of(r, true),
        )?;
        Ok(self.keys.borrow()[i].to_json())
    }
}

impl MemoryBackend for ApiKeyBackend {
    fn answer(&self, core: &mut MemoryCore, r: &MemoryRequest) -> Option<Answer> {
        Some(match (r.method, r.route.as_str()) {
            (Method::Get, "/api-key/list") => self.list(core, r),
            (Method::Post, "/api-key/create") => self.create(core, r),
            (Method::Post, "/api-key/update") => self.update(core, r),
            (Method::Post, "/api-key/delete") => self.delete(core, r),
            (Method::Get, "/api-key/get") => self.get(core, r),
            _ => return None,
        })
    }
}
