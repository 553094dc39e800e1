//! The state of the in-memory server: accounts, the one session, organizations and members, a
//! clock and ids. Plugin backends read the session and memberships through [`MemoryCore`]; the
//! core routes are in `routes.rs`.

use super::Failure;
use crate::client::{has_role, Member, Organization, Session, SessionData, User};
use crate::time::{now, Timestamp};

pub(super) struct StoredUser {
    pub(super) user: User,
    pub(super) password: String,
}

/// Users, the session, organizations and members, a clock and an id counter.
#[derive(Default)]
pub struct MemoryCore {
    pub(super) users: Vec<StoredUser>,
    pub(super) session: Option<SessionData>,
    pub(super) organizations: Vec<Organization>,
    pub(super) members: Vec<Member>,
    pub(super) next_id: u64,
    pub(super) clock: i64,
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

    pub(super) fn start_session(&mut self, user: User) {
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

    /// Puts `session` in place of the current one and returns that (one cookie jar per user, for
    /// tests that act as several users in turn).
    pub fn swap_session(&mut self, session: Option<SessionData>) -> Option<SessionData> {
        std::mem::replace(&mut self.session, session)
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
}
