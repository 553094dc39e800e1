//! The core routes of the in-memory server, answered as Better Auth answers them: the session,
//! sign-in/up/out and organizations.

use serde_json::{json, Value};

use super::{Answer, Failure, MemoryCore, MemoryRequest};
use crate::client::{Member, Method, Organization, User};
use crate::time::Timestamp;

fn iso(t: Option<Timestamp>) -> Value {
    t.map_or(Value::Null, |t| Value::String(t.to_iso()))
}

fn user_json(u: &User) -> Value {
    json!({
        "id": u.id, "name": u.name, "email": u.email, "emailVerified": u.email_verified,
        "image": u.image, "createdAt": iso(u.created_at), "updatedAt": iso(u.created_at),
    })
}

fn organization_json(o: &Organization) -> Value {
    json!({
        "id": o.id, "name": o.name, "slug": o.slug, "logo": o.logo,
        "createdAt": iso(o.created_at), "metadata": null,
    })
}

fn member_json(m: &Member) -> Value {
    json!({
        "id": m.id, "organizationId": m.organization_id, "userId": m.user_id, "role": m.role,
        "createdAt": iso(Some(Timestamp(0))),
    })
}

fn not_a_member() -> Failure {
    Failure::new(
        403,
        "USER_IS_NOT_A_MEMBER_OF_THE_ORGANIZATION",
        "You are not a member of this organization",
    )
}

impl MemoryCore {
    fn session_json(&self) -> Value {
        match &self.session {
            None => Value::Null,
            Some(s) => json!({
                "session": {
                    "id": s.session.id, "userId": s.session.user_id, "token": "memory-token",
                    "expiresAt": iso(Some(Timestamp(self.clock + 7 * 86_400_000))),
                    "activeOrganizationId": s.session.active_organization_id,
                },
                "user": user_json(&s.user),
            }),
        }
    }

    fn sign_in(&mut self, r: &MemoryRequest) -> Answer {
        let email = r.text("email").unwrap_or_default().trim().to_lowercase();
        let password = r.text("password").unwrap_or_default();
        let user = self
            .users
            .iter()
            .find(|u| u.user.email == email && u.password == password)
            .map(|u| u.user.clone())
            .ok_or_else(|| {
                Failure::new(
                    401,
                    "INVALID_EMAIL_OR_PASSWORD",
                    "Invalid email or password",
                )
            })?;
        self.start_session(user.clone());
        Ok(json!({"redirect": false, "token": "memory-token", "user": user_json(&user)}))
    }

    fn sign_up(&mut self, r: &MemoryRequest) -> Answer {
        let email = r.text("email").unwrap_or_default().trim().to_lowercase();
        let password = r.text("password").unwrap_or_default();
        let length = password.encode_utf16().count();
        if length < 8 {
            return Err(Failure::new(
                400,
                "PASSWORD_TOO_SHORT",
                "Password too short",
            ));
        }
        if length > 128 {
            return Err(Failure::new(400, "PASSWORD_TOO_LONG", "Password too long"));
        }
        if self.user_by_email(&email).is_some() {
            return Err(Failure::new(
                422,
                "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL",
                "User already exists. Use another email.",
            ));
        }
        let name = r.text("name").unwrap_or_default().trim().to_owned();
        let user = self.add_user(&name, &email, password);
        self.start_session(user.clone());
        Ok(json!({"token": "memory-token", "user": user_json(&user)}))
    }

    fn list_organizations(&self) -> Answer {
        let user_id = self.session_user_id()?;
        Ok(Value::Array(
            self.organizations
                .iter()
                .filter(|o| self.role_in(&o.id, &user_id).is_some())
                .map(organization_json)
                .collect(),
        ))
    }

    fn create_organization(&mut self, r: &MemoryRequest) -> Answer {
        // Better Auth answers this one with an empty 401.
        let user_id = self.session_user_id().map_err(|_| Failure::empty(401))?;
        let slug = r.text("slug").unwrap_or_default().trim().to_owned();
        if self.organizations.iter().any(|o| o.slug == slug) {
            return Err(Failure::new(
                400,
                "ORGANIZATION_ALREADY_EXISTS",
                "Organization already exists",
            ));
        }
        let name = r.text("name").unwrap_or_default().trim().to_owned();
        let org = self.add_organization(&name, &slug, "owner");
        debug_assert!(self.role_in(&org.id, &user_id).is_some());
        // Like the server: the new organization becomes the session's active one.
        self.set_active(Some(&org.id));
        let mut answer = organization_json(&org);
        answer["members"] = Value::Array(
            self.members
                .iter()
                .filter(|m| m.organization_id == org.id)
                .map(member_json)
                .collect(),
        );
        Ok(answer)
    }

    fn set_active_organization(&mut self, r: &MemoryRequest) -> Answer {
        let user_id = self.session_user_id()?;
        let Some(id) = r.text("organizationId").map(str::to_owned) else {
            self.set_active(None);
            return Ok(Value::Null);
        };
        if self.role_in(&id, &user_id).is_none() {
            return Err(not_a_member());
        }
        self.set_active(Some(&id));
        Ok(self
            .organizations
            .iter()
            .find(|o| o.id == id)
            .map_or(Value::Null, organization_json))
    }

    fn full_organization(&self, r: &MemoryRequest) -> Answer {
        let user_id = self.session_user_id()?;
        let active = self
            .session
            .as_ref()
            .and_then(|s| s.session.active_organization_id.clone());
        let Some(id) = r.param("organizationId").map(str::to_owned).or(active) else {
            return Ok(Value::Null);
        };
        if self.role_in(&id, &user_id).is_none() {
            return Err(not_a_member());
        }
        let Some(org) = self.organizations.iter().find(|o| o.id == id) else {
            return Ok(Value::Null);
        };
        let mut answer = organization_json(org);
        answer["members"] = Value::Array(
            self.members
                .iter()
                .filter(|m| m.organization_id == id)
                .map(|m| {
                    let mut v = member_json(m);
                    if let Some(u) = self.users.iter().find(|u| u.user.id == m.user_id) {
                        v["user"] = json!({"id": u.user.id, "name": u.user.name,
                            "email": u.user.email, "image": u.user.image});
                    }
                    v
                })
                .collect(),
        );
        answer["invitations"] = json!([]);
        Ok(answer)
    }
}

/// Answers the core routes; `None` for any other route.
pub(super) fn answer(core: &mut MemoryCore, r: &MemoryRequest) -> Option<Answer> {
    let answer = match (r.method, r.route.as_str()) {
        (Method::Get, "/get-session") => Ok(core.session_json()),
        (Method::Post, "/sign-in/email") => core.sign_in(r),
        (Method::Post, "/sign-up/email") => core.sign_up(r),
        (Method::Post, "/sign-out") => {
            core.end_session();
            Ok(json!({"success": true}))
        }
        (Method::Get, "/organization/list") => core.list_organizations(),
        (Method::Post, "/organization/create") => core.create_organization(r),
        (Method::Post, "/organization/set-active") => core.set_active_organization(r),
        (Method::Get, "/organization/get-full-organization") => core.full_organization(r),
        _ => return None,
    };
    Some(answer)
}
