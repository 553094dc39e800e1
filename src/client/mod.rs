//! The Better Auth API as this product uses it: a trait with one HTTP implementation (gloo-net)
//! and one in-memory double for component tests. Components only ever see [`Client`].

pub mod error;
pub mod http;
pub mod memory;
pub mod models;
pub mod request;

use std::future::Future;
use std::ops::Deref;
use std::pin::Pin;
use std::rc::Rc;

pub use error::ClientError;
pub use http::HttpClient;
pub use memory::MemoryClient;
pub use models::*;
pub use request::{
    CreateApiKey, CreateOrganization, DeleteApiKey, KeyScope, KeySort, ListApiKeys, SignInEmail,
    SignUpEmail, UpdateApiKey,
};

/// The result of every client call.
pub type ClientResult<T> = Result<T, ClientError>;

/// A boxed, single-threaded future (the browser has one thread), so the trait is object safe.
pub type ClientFuture<T> = Pin<Box<dyn Future<Output = ClientResult<T>>>>;

/// The calls the product makes to a Better Auth server.
pub trait AuthClient {
    /// The current session, `None` when signed out.
    fn get_session(&self) -> ClientFuture<Option<SessionData>>;
    /// Signs in with email and password (sets the session cookie).
    fn sign_in_email(&self, req: SignInEmail) -> ClientFuture<User>;
    /// Creates an account and signs it in.
    fn sign_up_email(&self, req: SignUpEmail) -> ClientFuture<User>;
    /// Ends the session.
    fn sign_out(&self) -> ClientFuture<()>;
    /// Organizations the user belongs to.
    fn list_organizations(&self) -> ClientFuture<Vec<Organization>>;
    /// Creates an organization owned by the user; it becomes the active one.
    fn create_organization(&self, req: CreateOrganization) -> ClientFuture<Organization>;
    /// Sets (or with `None` clears) the session's active organization.
    fn set_active_organization(
        &self,
        organization_id: Option<String>,
    ) -> ClientFuture<Option<Organization>>;
    /// An organization with its members (`None` when the server has none to show).
    fn get_full_organization(
        &self,
        organization_id: String,
    ) -> ClientFuture<Option<FullOrganization>>;
    /// A page of API keys.
    fn list_api_keys(&self, query: ListApiKeys) -> ClientFuture<ApiKeyPage>;
    /// Creates an API key; the answer holds its plaintext, once.
    fn create_api_key(&self, req: CreateApiKey) -> ClientFuture<CreatedApiKey>;
    /// Changes the browser-settable fields of a key.
    fn update_api_key(&self, req: UpdateApiKey) -> ClientFuture<ApiKey>;
    /// Deletes a key.
    fn delete_api_key(&self, req: DeleteApiKey) -> ClientFuture<()>;
}

/// A shared client handle; equal when it is the same client.
#[derive(Clone)]
pub struct Client(pub Rc<dyn AuthClient>);

impl Client {
    /// Wraps any client implementation.
    pub fn new(client: impl AuthClient + 'static) -> Self {
        Self(Rc::new(client))
    }
}

impl PartialEq for Client {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for Client {
    type Target = dyn AuthClient;
    fn deref(&self) -> &Self::Target {
        &*self.0
    }
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Client")
    }
}
