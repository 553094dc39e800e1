//! The contract test, in-memory half: `tests/contract/scenarios.json` run against
//! `MemoryClient` with the API-key routes. `e2e/contract.spec.ts` runs the same file against
//! the reference Better Auth server, so the double cannot drift from the real thing. A scenario's
//! `server` picks the API-key configurations (`reference`: `ApiKeyBackend::default()`,
//! `user-only`: `ApiKeyBackend::user_only()`).

use std::collections::HashMap;

use serde_json::Value;

use crate::client::{ApiRequest, MemoryClient, Method, SessionData};
use crate::plugins::api_key::memory::ApiKeyBackend;

const SCENARIOS: &str = include_str!("../tests/contract/scenarios.json");
const PASSWORD: &str = "correct-horse-battery";

/// `{name}` placeholders replaced by saved values.
fn fill(s: &str, vars: &HashMap<String, String>) -> String {
    let mut out = s.to_owned();
    for (k, v) in vars {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

fn fill_value(v: &Value, vars: &HashMap<String, String>) -> Value {
    match v {
        Value::String(s) => Value::String(fill(s, vars)),
        Value::Array(a) => Value::Array(a.iter().map(|x| fill_value(x, vars)).collect()),
        Value::Object(o) => Value::Object(
            o.iter()
                .map(|(k, x)| (k.clone(), fill_value(x, vars)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// Whether `actual` has what `expected` lists (see the scenario file's `about`).
fn check(expected: &Value, actual: &Value, at: &str) -> Result<(), String> {
    match (expected, actual) {
        (Value::String(s), _) if s == "$any" => Ok(()),
        (Value::String(s), Value::String(_)) if s == "$string" => Ok(()),
        (Value::String(s), Value::Number(_)) if s == "$number" => Ok(()),
        (Value::String(s), Value::String(a))
            if s.strip_prefix("$startsWith:")
                .is_some_and(|p| a.starts_with(p)) =>
        {
            Ok(())
        }
        (Value::Object(e), Value::Object(a)) => e.iter().try_for_each(|(k, v)| {
            if v == "$absent" {
                return match a.get(k) {
                    None => Ok(()),
                    Some(found) => Err(format!("{at}.{k}: expected no such member, got {found}")),
                };
            }
            let found = a.get(k).ok_or_else(|| format!("{at}.{k}: missing"))?;
            check(v, found, &format!("{at}.{k}"))
        }),
        (Value::Array(e), Value::Array(a)) if e.len() == a.len() => e
            .iter()
            .zip(a)
            .enumerate()
            .try_for_each(|(i, (e, a))| check(e, a, &format!("{at}[{i}]"))),
        (e, a) if e == a => Ok(()),
        (e, a) => Err(format!("{at}: expected {e}, got {a}")),
    }
}

struct Run {
    server: MemoryClient,
    vars: HashMap<String, String>,
    sessions: HashMap<String, Option<SessionData>>,
    current: Option<String>,
}

impl Run {
    /// Makes `actor` (or nobody) the one whose cookie goes with the next request.
    fn act_as(&mut self, actor: Option<&str>) {
        let actor = actor.map(str::to_owned);
        if actor == self.current {
            return;
        }
        let next = actor
            .as_ref()
            .and_then(|a| self.sessions.remove(a))
            .flatten();
        let previous = self.server.with_core(|c| c.swap_session(next));
        if let Some(prev) = self.current.take() {
            self.sessions.insert(prev, previous);
        }
        self.current = actor;
    }

    fn step(&mut self, step: &Value) -> Result<(), String> {
        self.act_as(step["as"].as_str());
        let actor = step["as"].as_str().unwrap_or("nobody").to_owned();
        if step.get("signUp").is_some() {
            let email = format!("{actor}@example.test");
            let body = serde_json::json!({"name": actor, "email": email, "password": PASSWORD});
            let r = self
                .server
                .answer(&ApiRequest::post("/sign-up/email", &body));
            let v: Value = serde_json::from_str(&r.body).map_err(|e| e.to_string())?;
            let id = v["user"]["id"].as_str().ok_or("sign-up gave no user")?;
            self.vars.insert(format!("{actor}.id"), id.to_owned());
            self.vars.insert(format!("{actor}.email"), email);
            return Ok(());
        }
        if let Some(add) = step.get("addMember") {
            let org = fill(add["organization"].as_str().unwrap_or_default(), &self.vars);
            let role = add["role"].as_str().unwrap_or("member").to_owned();
            let user = self.vars[&format!("{actor}.id")].clone();
            self.server.with_core(|c| c.add_member(&org, &user, &role));
            return Ok(());
        }
        if let Some(fields) = step.get("setKeyFields") {
            let fields = fill_value(fields, &self.vars);
            let key_id = fields["keyId"].as_str().unwrap_or_default().to_owned();
            let backend = self
                .server
                .backend::<ApiKeyBackend>()
                .ok_or("no API-key routes")?;
            backend.set_fields(&key_id, &fields)?;
            return Ok(());
        }
        let request = &step["request"];
        let path = fill(request[1].as_str().unwrap_or_default(), &self.vars);
        let api = match request[0].as_str() {
            Some("GET") => ApiRequest::get(path),
            _ => ApiRequest::post(path, &fill_value(&request[2], &self.vars)),
        };
        debug_assert!(api.method == Method::Get || api.body.is_some());
        let r = self.server.answer(&api);
        let status = step["status"].as_u64().unwrap_or(200);
        if u64::from(r.status) != status {
            return Err(format!(
                "{} {}: status {} (body {:?}), expected {status}",
                request[0], api.path, r.status, r.body
            ));
        }
        if step["emptyBody"].as_bool() == Some(true) && !r.body.is_empty() {
            return Err(format!(
                "{}: expected an empty body, got {}",
                api.path, r.body
            ));
        }
        let body: Value = if r.body.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&r.body).map_err(|e| e.to_string())?
        };
        if let Some(expected) = step.get("expect") {
            check(&fill_value(expected, &self.vars), &body, &api.path)?;
        }
        if let Some(Value::Object(save)) = step.get("save") {
            for (var, field) in save {
                let value = body[field.as_str().unwrap_or_default()]
                    .as_str()
                    .ok_or_else(|| format!("{}: no {field} to save", api.path))?;
                self.vars.insert(var.clone(), value.to_owned());
            }
        }
        Ok(())
    }
}

#[test]
fn the_in_memory_server_keeps_the_contract() {
    let file: Value = serde_json::from_str(SCENARIOS).expect("valid scenario file");
    let scenarios = file["scenarios"].as_array().expect("scenarios");
    assert!(scenarios.len() >= 5);
    for scenario in scenarios {
        // The reference server's BA_API_KEY_CONFIGS.
        let backend = match scenario["server"].as_str() {
            None | Some("reference") => ApiKeyBackend::default(),
            Some("user-only") => ApiKeyBackend::user_only(),
            Some(other) => panic!("{}: unknown server {other:?}", scenario["name"]),
        };
        let mut run = Run {
            server: MemoryClient::new().with(backend),
            vars: HashMap::new(),
            sessions: HashMap::new(),
            current: None,
        };
        for (i, step) in scenario["steps"]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
        {
            if let Err(e) = run.step(step) {
                panic!("{} (step {}): {e}", scenario["name"], i + 1);
            }
        }
    }
}

#[test]
fn the_checker_can_fail() {
    let actual = serde_json::json!({"a": [1, {"b": "x"}], "c": null});
    assert!(check(
        &serde_json::json!({"a": [1, {"b": "$string"}]}),
        &actual,
        ""
    )
    .is_ok());
    assert!(check(&serde_json::json!({"a": [1]}), &actual, "").is_err());
    assert!(check(&serde_json::json!({"c": "$any", "d": 1}), &actual, "").is_err());
    assert!(check(&serde_json::json!({"a": [2, {}]}), &actual, "").is_err());
    assert!(check(&serde_json::json!({"d": "$absent"}), &actual, "").is_ok());
    assert!(check(&serde_json::json!({"c": "$absent"}), &actual, "").is_err());
    let key = serde_json::json!({"start": "ci_abc"});
    assert!(check(&serde_json::json!({"start": "$startsWith:ci_"}), &key, "").is_ok());
    assert!(check(&serde_json::json!({"start": "$startsWith:ba_"}), &key, "").is_err());
}
