//! The core of the in-memory server: accounts, the one session, organizations and members, and
//! the routes of Better Auth's core (session, sign-in/up/out, organizations). Plugin backends
//! read the session and memberships through [`MemoryCore`].

use serde_json::{json, Value};

use super::{Answer, Failure, MemoryRequest};
use crate::client::{has_role, Member, Method, Organization, Session, SessionData, User};
use crate::time::{now, Timestamp};

struct StoredUser {
    user: User,
    password: String,
}

/// Users, the session, organizations and members, a clock and an id counter.
#[derive(Default)]
pub struct MemoryCore {
    users: Vec<StoredUser>,
    session: Option<SessionData>,
    organizations: Vec<Organization>,
    members: Vec<Member>,
    next_id: u64,
    clock: i64,
}

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
    /// A fresh id such as `key-7`.
    pub fn id(&mut self, kind: &str) -> String {
        self.next_id += 1;
        format!("{kind}-{}", self.next_id)
    }

    /// Strictly increasing timestamps, so "newest first" is well defined even within one ms.
    pub fn tick(&mut self) -> Timestamp {
        self.clock = now().millis().max(self.clock + 1);
        Timestamp(self.clock)
    }

    /// The signed-in user's id, or the 401 Better Auth answers without a session.
    pub fn session_user_id(&self) -> Result<String, Failure> {
        self.session
            .as_ref()
            .map(|s| s.user.id.clone())
            .ok_or_else(Failure::unauthorized)
    }

    /// The role(s) of `user_id` in `organization_id`, if a member.
    pub fn role_in(&self, organization_id: &str, user_id: &str) -> Option<&str> {
        self.members
            .iter()
            .find(|m| m.organization_id == organization_id && m.user_id == user_id)
            .map(|m| m.role.as_str())
    }

    /// Adds an account.
    pub fn add_user(&mut self, name: &str, email: &str, password: &str) -> User {
        let at = self.tick();
        let user = User {
            id: self.id("user"),
            name: name.into(),
            email: email.trim().to_lowercase(),
            email_verified: false,
            image: None,
            created_at: Some(at),
        };
        self.users.push(StoredUser {
            user: user.clone(),
            password: password.into(),
        });
        user
    }

    /// Starts a session for an existing account (switching users, like another cookie).
    pub fn sign_in_as(&mut self, email: &str) {
        let email = email.trim().to_lowercase();
        if let Some(user) = self
            .users
            .iter()
            .find(|u| u.user.email == email)
            .map(|u| u.user.clone())
        {
            self.start_session(user);
        }
    }

    fn start_session(&mut self, user: User) {
        let id = self.id("session");
        self.session = Some(SessionData {
            session: Session {
                id,
                user_id: user.id.clone(),
                expires_at: None,
                active_organization_id: None,
            },
            user,
        });
    }

    /// Ends the session.
    pub fn end_session(&mut self) {
        self.session = None;
    }

    /// The signed-in user.
    pub fn current_user(&self) -> Option<User> {
        self.session.as_ref().map(|s| s.user.clone())
    }

    /// Creates an organization with the signed-in user (if any) as a member holding `role`.
    pub fn add_organization(&mut self, name: &str, slug: &str, role: &str) -> Organization {
        let at = self.tick();
        let org = Organization {
            id: self.id("org"),
            name: name.into(),
            slug: slug.into(),
            logo: None,
            created_at: Some(at),
        };
        if let Some(user_id) = self.current_user().map(|u| u.id) {
            self.add_member(&org.id, &user_id, role);
        }
        self.organizations.push(org.clone());
        org
    }

    /// Makes `user_id` a member of `organization_id` with `role`.
    pub fn add_member(&mut self, organization_id: &str, user_id: &str, role: &str) {
        let id = self.id("member");
        self.members.push(Member {
            id,
            organization_id: organization_id.into(),
            user_id: user_id.into(),
            role: role.into(),
        });
    }

    /// The user with `email`.
    pub fn user_by_email(&self, email: &str) -> Option<User> {
        let email = email.trim().to_lowercase();
        self.users
            .iter()
            .find(|u| u.user.email == email)
            .map(|u| u.user.clone())
    }

    /// Changes the signed-in user's role in an organization.
    pub fn set_role(&mut self, organization_id: &str, role: &str) {
        let Some(user_id) = self.current_user().map(|u| u.id) else {
            return;
        };
        for m in self.members.iter_mut() {
            if m.organization_id == organization_id && m.user_id == user_id {
                m.role = role.into();
            }
        }
    }

    /// Sets the session's active organization directly.
    pub fn set_active(&mut self, organization_id: Option<&str>) {
        if let Some(session) = self.session.as_mut() {
            session.session.active_organization_id = organization_id.map(str::to_owned);
        }
    }

    /// The organization `owner` scope check of Better Auth's default access control: only an
    /// organization's owners may manage what belongs to it.
    pub fn require_owner(&self, organization_id: &str, forbidden: Failure) -> Result<(), Failure> {
        let user_id = self.session_user_id()?;
        match self.role_in(organization_id, &user_id) {
            None => Err(Failure::new(
                403,
                "USER_NOT_MEMBER_OF_ORGANIZATION",
                "User is not a member of the organization",
            )),
            Some(role) if !has_role(role, "owner") => Err(forbidden),
            Some(_) => Ok(()),
        }
    }

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
