//! The Better Auth API as this product uses it. Components see one handle, [`Client`], whose
//! every call goes through one path ([`Client::send`]): status check, error mapping, and the
//! report of a lost session. Behind it sits a [`Transport`]: HTTP in the app
//! ([`HttpClient`]), an in-memory server in tests (`MemoryClient`, feature `testing`).
//!
//! The core knows only Better Auth's core endpoints ([`account`], [`organization`]); plugins
//! build their own typed [`Request`]s and send them through the same path.

pub mod account;
pub mod error;
pub mod http;
pub mod json;
mod json_text;
#[cfg(feature = "testing")]
pub mod memory;
pub mod models;
pub mod organization;
mod preload;
pub mod request;

use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use yew::Callback;

pub use error::ClientError;
pub use http::HttpClient;
#[cfg(feature = "testing")]
pub use memory::MemoryClient;
pub use models::*;
pub use request::{ApiRequest, Method, Request};

/// The result of every client call.
pub type ClientResult<T> = Result<T, ClientError>;

/// A boxed, single-threaded future (the browser has one thread), so the trait is object safe.
pub type LocalFuture<T> = Pin<Box<dyn Future<Output = T>>>;

/// The status line and body of an answer, before anything is made of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawResponse {
    /// The HTTP status code.
    pub status: u16,
    /// The body as text (JSON from Better Auth; possibly empty).
    pub body: String,
    /// The `x-retry-after` header (seconds), sent with 429.
    pub retry_after: Option<String>,
}

/// Carries requests to a Better Auth server and brings back its answers.
pub trait Transport {
    /// Sends `request`. `Err` only when no answer arrived at all (server down, offline,
    /// blocked); the text says why, for the developer console.
    fn send(&self, request: &ApiRequest) -> LocalFuture<Result<RawResponse, String>>;

    /// The answer to `request` if it is already here, without waiting (the page fetched it
    /// before the app started): then the app's first render can show it. `None` by default.
    fn ready(&self, request: &ApiRequest) -> Option<Result<RawResponse, String>> {
        let _ = request;
        None
    }

    /// Forgets every early answer not taken yet. They describe the session the page loaded
    /// with; once that is known to be signed out, one taken later (after a sign-in, say) would
    /// be a stale 401. Does nothing by default.
    fn discard_ready(&self) {}
}

/// A shared client handle; equal when it is the same transport and session hook.
#[derive(Clone)]
pub struct Client {
    transport: Rc<dyn Transport>,
    on_unauthorized: Option<Callback<()>>,
}

impl Client {
    /// A client over any transport.
    pub fn new(transport: impl Transport + 'static) -> Self {
        Self {
            transport: Rc::new(transport),
            on_unauthorized: None,
        }
    }

    /// The same client, reporting every 401 on a call that needs a session to `hook` first.
    /// `AuthProvider` installs this, so no component or plugin can forget it.
    pub fn with_session_hook(&self, hook: Callback<()>) -> Self {
        Self {
            transport: self.transport.clone(),
            on_unauthorized: Some(hook),
        }
    }

    /// Sends a call and returns the body of its 2xx answer; every other outcome is a
    /// [`ClientError`]. Not generic, so this state machine exists once in the app.
    pub async fn send(&self, request: ApiRequest) -> ClientResult<String> {
        let answer = self.transport.send(&request).await;
        self.finish(&request, answer)
    }

    /// Sends a typed call and reads its answer.
    pub async fn call<T>(&self, request: Request<T>) -> ClientResult<T> {
        let (api, decode) = request.into_parts();
        decode(&self.send(api).await?)
    }

    /// Forgets the early answers nobody took (see [`Transport::discard_ready`]).
    pub fn discard_ready(&self) {
        self.transport.discard_ready();
    }

    /// The typed answer if it is already here (see [`Transport::ready`]), through the same
    /// status check, error mapping and session report as [`Client::call`]; `None` means: call.
    pub fn call_ready<T>(&self, request: Request<T>) -> Option<ClientResult<T>> {
        let (api, decode) = request.into_parts();
        let answer = self.transport.ready(&api)?;
        Some(self.finish(&api, answer).and_then(|body| decode(&body)))
    }

    fn finish(
        &self,
        request: &ApiRequest,
        answer: Result<RawResponse, String>,
    ) -> ClientResult<String> {
        let result = match answer {
            Err(reason) => Err(ClientError::Network(reason)),
            Ok(r) if (200..300).contains(&r.status) => Ok(r.body),
            Ok(r) => Err(error::error_from_response(
                r.status,
                r.retry_after.as_deref(),
                &r.body,
                request.needs_session,
            )),
        };
        if let (Err(ClientError::Unauthorized), Some(hook)) = (&result, &self.on_unauthorized) {
            hook.emit(());
        }
        result
    }
}

impl PartialEq for Client {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.transport, &other.transport)
            && self.on_unauthorized == other.on_unauthorized
    }
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Client")
    }
}
