//! An in-memory Better Auth server for component tests and demos. It follows the observed
//! contract (validation codes, owner-only organization keys, paging and sorting), records every
//! call, and lets a test inject failures or hold calls open to see pending states.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet, VecDeque};

use super::request::KeyScope;
use super::*;
use crate::time::{now, Timestamp};

/// The operations of [`AuthClient`], for failure injection and call counting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Op {
    GetSession,
    SignIn,
    SignUp,
    SignOut,
    ListOrganizations,
    CreateOrganization,
    SetActiveOrganization,
    GetFullOrganization,
    ListApiKeys,
    CreateApiKey,
    UpdateApiKey,
    DeleteApiKey,
}

/// A recorded call with its parameters (passwords left out).
#[derive(Clone, Debug, PartialEq)]
pub enum Call {
    GetSession,
    SignIn { email: String },
    SignUp { email: String },
    SignOut,
    ListOrganizations,
    CreateOrganization(CreateOrganization),
    SetActiveOrganization(Option<String>),
    GetFullOrganization(String),
    ListApiKeys(ListApiKeys),
    CreateApiKey(CreateApiKey),
    UpdateApiKey(UpdateApiKey),
    DeleteApiKey(DeleteApiKey),
}

impl Call {
    /// The operation this call belongs to.
    pub fn op(&self) -> Op {
        match self {
            Self::GetSession => Op::GetSession,
            Self::SignIn { .. } => Op::SignIn,
            Self::SignUp { .. } => Op::SignUp,
            Self::SignOut => Op::SignOut,
            Self::ListOrganizations => Op::ListOrganizations,
            Self::CreateOrganization(_) => Op::CreateOrganization,
            Self::SetActiveOrganization(_) => Op::SetActiveOrganization,
            Self::GetFullOrganization(_) => Op::GetFullOrganization,
            Self::ListApiKeys(_) => Op::ListApiKeys,
            Self::CreateApiKey(_) => Op::CreateApiKey,
            Self::UpdateApiKey(_) => Op::UpdateApiKey,
            Self::DeleteApiKey(_) => Op::DeleteApiKey,
        }
    }
}

/// A key to put into the store directly, as another client (or time) would have made it.
#[derive(Clone, Debug, Default)]
pub struct SeedKey {
    pub name: Option<String>,
    pub scope: KeyScope,
    pub start: Option<String>,
    pub enabled: Option<bool>,
    pub expires_at: Option<Timestamp>,
    pub created_at: Option<Timestamp>,
    pub last_request: Option<Timestamp>,
}

struct StoredUser {
    user: User,
    password: String,
}

#[derive(Default)]
struct Store {
    users: Vec<StoredUser>,
    session: Option<SessionData>,
    organizations: Vec<Organization>,
    members: Vec<Member>,
    keys: Vec<ApiKey>,
    calls: Vec<Call>,
    failures: HashMap<Op, VecDeque<ClientError>>,
    held: HashSet<Op>,
    /// Calls waiting for `release`.
    waiting: Vec<std::task::Waker>,
    latency_ms: u32,
    next_id: u64,
    clock: i64,
}

impl Store {
    fn id(&mut self, kind: &str) -> String {
        self.next_id += 1;
        format!("{kind}{}", self.next_id)
    }

    /// Strictly increasing timestamps, so "newest first" is well defined even within one ms.
    fn tick(&mut self) -> Timestamp {
        self.clock = now().millis().max(self.clock + 1);
        Timestamp(self.clock)
    }

    fn user(&self) -> Result<&User, ClientError> {
        self.session
            .as_ref()
            .map(|s| &s.user)
            .ok_or(ClientError::Unauthorized)
    }

    fn role_in(&self, org: &str, user_id: &str) -> Option<&str> {
        self.members
            .iter()
            .find(|m| m.organization_id == org && m.user_id == user_id)
            .map(|m| m.role.as_str())
    }

    /// The owner (`referenceId`) for a scope, enforcing the default access control: only an
    /// organization's owners may touch its keys.
    fn reference_for(&self, scope: &KeyScope) -> Result<String, ClientError> {
        let user = self.user()?;
        match scope {
            KeyScope::User => Ok(user.id.clone()),
            KeyScope::Organization(org) => match self.role_in(org, &user.id) {
                None => Err(api(
                    403,
                    "USER_NOT_MEMBER_OF_ORGANIZATION",
                    "User is not a member of the organization",
                )),
                Some(role) if !has_role(role, "owner") => Err(api(
                    403,
                    "INSUFFICIENT_API_KEY_PERMISSIONS",
                    "Insufficient API key permissions",
                )),
                Some(_) => Ok(org.clone()),
            },
        }
    }

    fn key_index(&self, key_id: &str, scope: &KeyScope) -> Result<usize, ClientError> {
        let not_found = || api(404, "KEY_NOT_FOUND", "API Key not found");
        let i = self
            .keys
            .iter()
            .position(|k| k.id == key_id && k.config_id.as_deref() == Some(scope.config_id()))
            .ok_or_else(not_found)?;
        let reference = match scope {
            KeyScope::User => self.user()?.id.clone(),
            KeyScope::Organization(_) => {
                let org = self.keys[i].reference_id.clone().unwrap_or_default();
                self.reference_for(&KeyScope::Organization(org))?
            }
        };
        if self.keys[i].reference_id.as_deref() != Some(reference.as_str()) {
            return Err(not_found());
        }
        Ok(i)
    }
}

fn api(status: u16, code: &str, message: &str) -> ClientError {
    ClientError::Api {
        status,
        code: Some(code.into()),
        message: Some(message.into()),
    }
}

fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

fn check_name(name: &str) -> Result<(), ClientError> {
    let n = utf16_len(name);
    if n == 0 || n > 32 {
        return Err(api(
            400,
            "INVALID_NAME_LENGTH",
            "The name length is either too large or too small.",
        ));
    }
    Ok(())
}

fn check_expires_in(secs: u64) -> Result<(), ClientError> {
    match secs {
        0 => Err(api(
            400,
            "VALIDATION_ERROR",
            "[body.expiresIn] Too small: expected number to be >=1",
        )),
        1..=86_399 => Err(api(
            400,
            "EXPIRES_IN_IS_TOO_SMALL",
            "The expiresIn is smaller than the predefined minimum value.",
        )),
        31_536_001.. => Err(api(
            400,
            "EXPIRES_IN_IS_TOO_LARGE",
            "The expiresIn is larger than the predefined maximum value.",
        )),
        _ => Ok(()),
    }
}

/// The in-memory server. Clones share the same store, so a test keeps one handle to inspect what
/// the components did with the other.
#[derive(Clone, Default)]
pub struct MemoryClient {
    store: Rc<RefCell<Store>>,
}

impl PartialEq for MemoryClient {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.store, &other.store)
    }
}

impl MemoryClient {
    /// An empty server with nobody signed in.
    pub fn new() -> Self {
        Self::default()
    }

    /// A server with one user, signed in.
    pub fn signed_in(name: &str, email: &str) -> Self {
        let client = Self::new();
        client.add_user(name, email, "password123");
        client.sign_in_as(email);
        client
    }

    /// This client as a [`Client`] handle for `AuthProvider`.
    pub fn handle(&self) -> Client {
        Client::new(self.clone())
    }

    /// Adds an account.
    pub fn add_user(&self, name: &str, email: &str, password: &str) -> User {
        let mut s = self.store.borrow_mut();
        let at = s.tick();
        let user = User {
            id: s.id("user-"),
            name: name.into(),
            email: email.into(),
            email_verified: false,
            image: None,
            created_at: Some(at),
        };
        s.users.push(StoredUser {
            user: user.clone(),
            password: password.into(),
        });
        user
    }

    /// Starts a session for an existing account.
    pub fn sign_in_as(&self, email: &str) {
        let mut s = self.store.borrow_mut();
        let user = s
            .users
            .iter()
            .find(|u| u.user.email == email)
            .map(|u| u.user.clone());
        if let Some(user) = user {
            let id = s.id("session-");
            s.session = Some(SessionData {
                session: Session {
                    id,
                    user_id: user.id.clone(),
                    expires_at: None,
                    active_organization_id: None,
                },
                user,
            });
        }
    }

    /// Ends the session behind the app's back, as an expiry or another tab would.
    pub fn expire_session(&self) {
        self.store.borrow_mut().session = None;
    }

    /// The signed-in user, if any.
    pub fn current_user(&self) -> Option<User> {
        self.store.borrow().session.as_ref().map(|s| s.user.clone())
    }

    /// Creates an organization with the signed-in user as a member holding `role`.
    pub fn add_organization(&self, name: &str, slug: &str, role: &str) -> Organization {
        let mut s = self.store.borrow_mut();
        let at = s.tick();
        let org = Organization {
            id: s.id("org-"),
            name: name.into(),
            slug: slug.into(),
            logo: None,
            created_at: Some(at),
        };
        if let Some(user_id) = s.session.as_ref().map(|x| x.user.id.clone()) {
            let member = Member {
                id: s.id("member-"),
                organization_id: org.id.clone(),
                user_id,
                role: role.into(),
            };
            s.members.push(member);
        }
        s.organizations.push(org.clone());
        org
    }

    /// Changes the signed-in user's role in an organization.
    pub fn set_role(&self, organization_id: &str, role: &str) {
        let mut s = self.store.borrow_mut();
        let Some(user_id) = s.session.as_ref().map(|x| x.user.id.clone()) else {
            return;
        };
        for m in s.members.iter_mut() {
            if m.organization_id == organization_id && m.user_id == user_id {
                m.role = role.into();
            }
        }
    }

    /// Sets the session's active organization directly.
    pub fn set_active(&self, organization_id: Option<&str>) {
        if let Some(session) = self.store.borrow_mut().session.as_mut() {
            session.session.active_organization_id = organization_id.map(str::to_owned);
        }
    }

    /// Puts a key into the store (owned by the signed-in user or the scope's organization).
    pub fn seed_key(&self, seed: SeedKey) -> ApiKey {
        let mut s = self.store.borrow_mut();
        let reference = match &seed.scope {
            KeyScope::User => s.session.as_ref().map(|x| x.user.id.clone()),
            KeyScope::Organization(org) => Some(org.clone()),
        };
        let at = seed.created_at.unwrap_or_else(|| s.tick());
        let key = ApiKey {
            id: s.id("key-"),
            config_id: Some(seed.scope.config_id().into()),
            name: seed.name,
            start: seed.start.or_else(|| Some("ba_mem".into())),
            prefix: None,
            reference_id: reference,
            enabled: seed.enabled.unwrap_or(true),
            expires_at: seed.expires_at,
            created_at: at,
            updated_at: Some(at),
            last_request: seed.last_request,
            request_count: Some(0),
        };
        s.keys.push(key.clone());
        key
    }

    /// Seeds `n` user keys named `{prefix}-1` … `{prefix}-n`, oldest first.
    pub fn seed_keys(&self, n: usize, prefix: &str) -> Vec<ApiKey> {
        (1..=n)
            .map(|i| {
                self.seed_key(SeedKey {
                    name: Some(format!("{prefix}-{i}")),
                    ..Default::default()
                })
            })
            .collect()
    }

    /// Every key in the store.
    pub fn keys(&self) -> Vec<ApiKey> {
        self.store.borrow().keys.clone()
    }

    /// Removes a key behind the app's back (another tab, another client).
    pub fn remove_key(&self, key_id: &str) {
        self.store.borrow_mut().keys.retain(|k| k.id != key_id);
    }

    /// The next call of `op` fails with `error` (queued: several calls fail in turn).
    pub fn fail_next(&self, op: Op, error: ClientError) {
        self.store
            .borrow_mut()
            .failures
            .entry(op)
            .or_default()
            .push_back(error);
    }

    /// Calls of `op` stay pending until [`MemoryClient::release`].
    pub fn hold(&self, op: Op) {
        self.store.borrow_mut().held.insert(op);
    }

    /// Lets held calls of `op` complete (at once: they are woken, not polled).
    pub fn release(&self, op: Op) {
        let waiting = {
            let mut s = self.store.borrow_mut();
            s.held.remove(&op);
            std::mem::take(&mut s.waiting)
        };
        for waker in waiting {
            waker.wake();
        }
    }

    /// Every call answers after `ms` milliseconds, like a real network.
    pub fn set_latency(&self, ms: u32) {
        self.store.borrow_mut().latency_ms = ms;
    }

    /// Every call made so far, in order.
    pub fn calls(&self) -> Vec<Call> {
        self.store.borrow().calls.clone()
    }

    /// How many calls of `op` were made.
    pub fn count(&self, op: Op) -> usize {
        self.store
            .borrow()
            .calls
            .iter()
            .filter(|c| c.op() == op)
            .count()
    }

    /// Forgets the recorded calls.
    pub fn clear_calls(&self) {
        self.store.borrow_mut().calls.clear();
    }

    /// Records the call now (when the request "goes out") and answers later with `f`'s result.
    fn respond<T: 'static>(
        &self,
        call: Call,
        f: impl FnOnce(&mut Store) -> ClientResult<T> + 'static,
    ) -> ClientFuture<T> {
        let op = call.op();
        self.store.borrow_mut().calls.push(call);
        let store = self.store.clone();
        Box::pin(async move {
            let latency = store.borrow().latency_ms;
            if latency > 0 {
                sleep(latency).await;
            }
            std::future::poll_fn(|cx| {
                let mut s = store.borrow_mut();
                if s.held.contains(&op) {
                    s.waiting.push(cx.waker().clone());
                    std::task::Poll::Pending
                } else {
                    std::task::Poll::Ready(())
                }
            })
            .await;
            let failure = store
                .borrow_mut()
                .failures
                .get_mut(&op)
                .and_then(VecDeque::pop_front);
            if let Some(e) = failure {
                return Err(e);
            }
            let mut s = store.borrow_mut();
            f(&mut s)
        })
    }
}

async fn sleep(ms: u32) {
    #[cfg(target_arch = "wasm32")]
    gloo_timers::future::TimeoutFuture::new(ms).await;
    #[cfg(not(target_arch = "wasm32"))]
    std::thread::sleep(std::time::Duration::from_millis(u64::from(ms)));
}

fn generate_key(seq: u64, prefix: Option<&str>) -> String {
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

impl AuthClient for MemoryClient {
    fn get_session(&self) -> ClientFuture<Option<SessionData>> {
        self.respond(Call::GetSession, |s| Ok(s.session.clone()))
    }

    fn sign_in_email(&self, r: SignInEmail) -> ClientFuture<User> {
        let call = Call::SignIn {
            email: r.email.clone(),
        };
        self.respond(call, move |s| {
            let found = s
                .users
                .iter()
                .find(|u| u.user.email == r.email.trim() && u.password == r.password)
                .map(|u| u.user.clone());
            let user = found.ok_or_else(|| {
                api(
                    401,
                    "INVALID_EMAIL_OR_PASSWORD",
                    "Invalid email or password",
                )
            })?;
            let id = s.id("session-");
            s.session = Some(SessionData {
                session: Session {
                    id,
                    user_id: user.id.clone(),
                    expires_at: None,
                    active_organization_id: None,
                },
                user: user.clone(),
            });
            Ok(user)
        })
    }

    fn sign_up_email(&self, r: SignUpEmail) -> ClientFuture<User> {
        let call = Call::SignUp {
            email: r.email.clone(),
        };
        self.respond(call, move |s| {
            let email = r.email.trim().to_lowercase();
            if r.password.chars().count() < 8 {
                return Err(api(400, "PASSWORD_TOO_SHORT", "Password too short"));
            }
            if r.password.chars().count() > 128 {
                return Err(api(400, "PASSWORD_TOO_LONG", "Password too long"));
            }
            if s.users.iter().any(|u| u.user.email == email) {
                return Err(api(
                    422,
                    "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL",
                    "User already exists. Use another email.",
                ));
            }
            let at = s.tick();
            let user = User {
                id: s.id("user-"),
                name: r.name.trim().into(),
                email,
                email_verified: false,
                image: None,
                created_at: Some(at),
            };
            s.users.push(StoredUser {
                user: user.clone(),
                password: r.password,
            });
            let id = s.id("session-");
            s.session = Some(SessionData {
                session: Session {
                    id,
                    user_id: user.id.clone(),
                    expires_at: None,
                    active_organization_id: None,
                },
                user: user.clone(),
            });
            Ok(user)
        })
    }

    fn sign_out(&self) -> ClientFuture<()> {
        self.respond(Call::SignOut, |s| {
            s.session = None;
            Ok(())
        })
    }

    fn list_organizations(&self) -> ClientFuture<Vec<Organization>> {
        self.respond(Call::ListOrganizations, |s| {
            let user_id = s.user()?.id.clone();
            Ok(s.organizations
                .iter()
                .filter(|o| s.role_in(&o.id, &user_id).is_some())
                .cloned()
                .collect())
        })
    }

    fn create_organization(&self, r: CreateOrganization) -> ClientFuture<Organization> {
        self.respond(Call::CreateOrganization(r.clone()), move |s| {
            let user_id = s.user()?.id.clone();
            if s.organizations.iter().any(|o| o.slug == r.slug.trim()) {
                return Err(api(
                    400,
                    "ORGANIZATION_ALREADY_EXISTS",
                    "Organization already exists",
                ));
            }
            let at = s.tick();
            let org = Organization {
                id: s.id("org-"),
                name: r.name.trim().into(),
                slug: r.slug.trim().into(),
                logo: None,
                created_at: Some(at),
            };
            let member = Member {
                id: s.id("member-"),
                organization_id: org.id.clone(),
                user_id,
                role: "owner".into(),
            };
            s.members.push(member);
            s.organizations.push(org.clone());
            // Like the server: the new organization becomes the session's active one.
            if let Some(session) = s.session.as_mut() {
                session.session.active_organization_id = Some(org.id.clone());
            }
            Ok(org)
        })
    }

    fn set_active_organization(&self, id: Option<String>) -> ClientFuture<Option<Organization>> {
        self.respond(Call::SetActiveOrganization(id.clone()), move |s| {
            let user_id = s.user()?.id.clone();
            let org = match &id {
                None => None,
                Some(id) => {
                    if s.role_in(id, &user_id).is_none() {
                        return Err(api(
                            403,
                            "USER_IS_NOT_A_MEMBER_OF_THE_ORGANIZATION",
                            "You are not a member of this organization",
                        ));
                    }
                    s.organizations.iter().find(|o| &o.id == id).cloned()
                }
            };
            if let Some(session) = s.session.as_mut() {
                session.session.active_organization_id = org.as_ref().map(|o| o.id.clone());
            }
            Ok(org)
        })
    }

    fn get_full_organization(&self, id: String) -> ClientFuture<Option<FullOrganization>> {
        self.respond(Call::GetFullOrganization(id.clone()), move |s| {
            let user_id = s.user()?.id.clone();
            if s.role_in(&id, &user_id).is_none() {
                return Err(api(
                    403,
                    "USER_IS_NOT_A_MEMBER_OF_THE_ORGANIZATION",
                    "You are not a member of this organization",
                ));
            }
            Ok(s.organizations
                .iter()
                .find(|o| o.id == id)
                .map(|o| FullOrganization {
                    organization: o.clone(),
                    members: s
                        .members
                        .iter()
                        .filter(|m| m.organization_id == id)
                        .cloned()
                        .collect(),
                }))
        })
    }

    fn list_api_keys(&self, q: ListApiKeys) -> ClientFuture<ApiKeyPage> {
        self.respond(Call::ListApiKeys(q.clone()), move |s| {
            let reference = s.reference_for(&q.scope)?;
            let mut keys: Vec<&ApiKey> = s
                .keys
                .iter()
                .filter(|k| {
                    k.reference_id.as_deref() == Some(reference.as_str())
                        && k.config_id.as_deref() == Some(q.scope.config_id())
                })
                .collect();
            match q.sort {
                KeySort::Newest => keys.sort_by_key(|k| std::cmp::Reverse(k.created_at)),
                KeySort::Oldest => keys.sort_by_key(|k| k.created_at),
                KeySort::NameAsc => keys.sort_by(|a, b| a.name.cmp(&b.name)),
                KeySort::NameDesc => keys.sort_by(|a, b| b.name.cmp(&a.name)),
            }
            let total = keys.len() as u64;
            let page = keys
                .into_iter()
                .skip(usize::try_from(q.offset).unwrap_or(usize::MAX))
                .take(q.limit as usize)
                .map(|k| Rc::new(k.clone()))
                .collect();
            Ok(ApiKeyPage {
                api_keys: page,
                total,
            })
        })
    }

    fn create_api_key(&self, r: CreateApiKey) -> ClientFuture<CreatedApiKey> {
        self.respond(Call::CreateApiKey(r.clone()), move |s| {
            let reference = s.reference_for(&r.scope)?;
            let name = r.name.as_deref().map(str::trim).filter(|n| !n.is_empty());
            if let Some(name) = name {
                check_name(name)?;
            }
            if let Some(secs) = r.expires_in {
                check_expires_in(secs)?;
            }
            let at = s.tick();
            let id = s.id("key-");
            let key = generate_key(s.next_id, r.prefix.as_deref());
            let api_key = ApiKey {
                id,
                config_id: Some(r.scope.config_id().into()),
                name: name.map(str::to_owned),
                start: Some(key.chars().take(6).collect()),
                prefix: r.prefix.clone(),
                reference_id: Some(reference),
                enabled: true,
                expires_at: r
                    .expires_in
                    .map(|secs| Timestamp(at.millis() + secs as i64 * 1000)),
                created_at: at,
                updated_at: Some(at),
                last_request: None,
                request_count: Some(0),
            };
            s.keys.push(api_key.clone());
            Ok(CreatedApiKey {
                api_key,
                key: Secret::new(key),
            })
        })
    }

    fn update_api_key(&self, r: UpdateApiKey) -> ClientFuture<ApiKey> {
        self.respond(Call::UpdateApiKey(r.clone()), move |s| {
            let i = s.key_index(&r.key_id, &r.scope)?;
            if r.name.is_none() && r.enabled.is_none() && r.expires_in.is_none() {
                return Err(api(400, "NO_VALUES_TO_UPDATE", "No values to update"));
            }
            if let Some(name) = &r.name {
                check_name(name.trim())?;
            }
            if let Some(Some(secs)) = r.expires_in {
                check_expires_in(secs)?;
            }
            let at = s.tick();
            let key = &mut s.keys[i];
            if let Some(name) = &r.name {
                key.name = Some(name.trim().into());
            }
            if let Some(enabled) = r.enabled {
                key.enabled = enabled;
            }
            if let Some(expires_in) = r.expires_in {
                key.expires_at = expires_in.map(|secs| Timestamp(at.millis() + secs as i64 * 1000));
            }
            Ok(key.clone())
        })
    }

    fn delete_api_key(&self, r: DeleteApiKey) -> ClientFuture<()> {
        self.respond(Call::DeleteApiKey(r.clone()), move |s| {
            let i = s.key_index(&r.key_id, &r.scope)?;
            s.keys.remove(i);
            Ok(())
        })
    }
}
