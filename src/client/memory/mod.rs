//! An in-memory Better Auth server, for component tests and demos (feature `testing`). It speaks
//! the same wire format as the real server: requests arrive as [`ApiRequest`]s with JSON bodies,
//! answers leave as status and JSON body, so the client's status handling, error mapping and
//! decoding run exactly as against the real server. It records every request, and a test can
//! make the next call of a route fail, hold calls open to see pending states, or add latency.
//!
//! The core answers Better Auth's core routes ([`MemoryCore`]); plugins add their routes as a
//! [`MemoryBackend`] (e.g. the API-key plugin's `ApiKeyBackend`). `tests/contract` checks this
//! server against the real one.

mod core;
mod routes;
mod steer;
mod wire;

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;
use std::task::Waker;

pub use self::core::MemoryCore;
use self::wire::as_sent;
pub use self::wire::{Answer, Failure, MemoryBackend, MemoryRequest};
use super::{ApiRequest, Client, ClientError, LocalFuture, RawResponse, Transport};
use super::{Organization, User};

type Backend = (Rc<dyn MemoryBackend>, Rc<dyn Any>);

#[derive(Default)]
struct State {
    core: MemoryCore,
    backends: Vec<Backend>,
    log: Vec<ApiRequest>,
    /// Queued failures per route, used one per call.
    failures: Vec<(String, ClientError)>,
    held: Vec<String>,
    /// Answers fetched "before the app started", by route: taken once, as they were then.
    prefetched: Vec<(String, Result<RawResponse, String>)>,
    /// Calls waiting for `release`.
    waiting: Vec<Waker>,
    latency_ms: u32,
}

/// The in-memory server. Clones share the same store, so a test keeps one handle to inspect what
/// the components did with the other.
#[derive(Clone, Default)]
pub struct MemoryClient {
    state: Rc<RefCell<State>>,
}

impl PartialEq for MemoryClient {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.state, &other.state)
    }
}

impl MemoryClient {
    /// An empty server with nobody signed in and only the core routes.
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

    /// Adds a plugin's routes (builder form).
    pub fn with(self, backend: impl MemoryBackend) -> Self {
        self.register(backend);
        self
    }

    /// Adds a plugin's routes.
    pub fn register<B: MemoryBackend>(&self, backend: B) {
        let backend = Rc::new(backend);
        self.state
            .borrow_mut()
            .backends
            .push((backend.clone(), backend));
    }

    /// The registered backend of type `B`.
    pub fn backend<B: MemoryBackend>(&self) -> Option<Rc<B>> {
        self.state
            .borrow()
            .backends
            .iter()
            .find_map(|(_, any)| any.clone().downcast::<B>().ok())
    }

    /// Runs `f` on the server's core state (users, session, organizations, clock).
    pub fn with_core<R>(&self, f: impl FnOnce(&mut MemoryCore) -> R) -> R {
        f(&mut self.state.borrow_mut().core)
    }

    /// This server as a [`Client`] for `AuthProvider`.
    pub fn handle(&self) -> Client {
        Client::new(self.clone())
    }

    /// Adds an account.
    pub fn add_user(&self, name: &str, email: &str, password: &str) -> User {
        self.with_core(|c| c.add_user(name, email, password))
    }

    /// Starts a session for an existing account.
    pub fn sign_in_as(&self, email: &str) {
        self.with_core(|c| c.sign_in_as(email));
    }

    /// Ends the session behind the app's back, as an expiry or another tab would.
    pub fn expire_session(&self) {
        self.with_core(|c| c.end_session());
    }

    /// The signed-in user, if any.
    pub fn current_user(&self) -> Option<User> {
        self.with_core(|c| c.current_user())
    }

    /// Creates an organization with the signed-in user as a member holding `role`.
    pub fn add_organization(&self, name: &str, slug: &str, role: &str) -> Organization {
        self.with_core(|c| c.add_organization(name, slug, role))
    }

    /// Changes the signed-in user's role in an organization.
    pub fn set_role(&self, organization_id: &str, role: &str) {
        self.with_core(|c| c.set_role(organization_id, role));
    }

    /// Sets the session's active organization directly.
    pub fn set_active(&self, organization_id: Option<&str>) {
        self.with_core(|c| c.set_active(organization_id));
    }

    /// Answers a request at once: no recording, failures, holds or latency. The contract tests
    /// drive the server through this.
    pub fn answer(&self, request: &ApiRequest) -> RawResponse {
        let mut state = self.state.borrow_mut();
        let parsed = match MemoryRequest::parse(request) {
            Ok(parsed) => parsed,
            Err(failure) => return failure.into_raw(),
        };
        let backends: Vec<Rc<dyn MemoryBackend>> =
            state.backends.iter().map(|(b, _)| b.clone()).collect();
        let answer = routes::answer(&mut state.core, &parsed)
            .or_else(|| {
                backends
                    .iter()
                    .find_map(|b| b.answer(&mut state.core, &parsed))
            })
            // Like Better Auth: an unknown route is a 404 with an empty body.
            .unwrap_or_else(|| Err(Failure::empty(404)));
        match answer {
            Ok(value) => RawResponse {
                status: 200,
                body: value.to_string(),
                retry_after: None,
            },
            Err(failure) => failure.into_raw(),
        }
    }
}

async fn sleep(ms: u32) {
    #[cfg(target_arch = "wasm32")]
    gloo_timers::future::TimeoutFuture::new(ms).await;
    #[cfg(not(target_arch = "wasm32"))]
    std::thread::sleep(std::time::Duration::from_millis(u64::from(ms)));
}

impl Transport for MemoryClient {
    fn ready(&self, request: &ApiRequest) -> Option<Result<RawResponse, String>> {
        let mut s = self.state.borrow_mut();
        let i = s
            .prefetched
            .iter()
            .position(|(route, _)| route == request.route())?;
        s.log.push(request.clone());
        Some(s.prefetched.remove(i).1)
    }

    fn discard_ready(&self) {
        self.state.borrow_mut().prefetched.clear();
    }

    fn send(&self, request: &ApiRequest) -> LocalFuture<Result<RawResponse, String>> {
        // Recorded now, when the request "goes out"; answered later.
        self.state.borrow_mut().log.push(request.clone());
        let (this, request) = (self.clone(), request.clone());
        Box::pin(async move {
            let latency = this.state.borrow().latency_ms;
            if latency > 0 {
                sleep(latency).await;
            }
            let route = request.route().to_owned();
            std::future::poll_fn(|cx| {
                let mut s = this.state.borrow_mut();
                if s.held.contains(&route) {
                    s.waiting.push(cx.waker().clone());
                    std::task::Poll::Pending
                } else {
                    std::task::Poll::Ready(())
                }
            })
            .await;
            match this.take_failure(&route) {
                Some(error) => as_sent(error),
                None => Ok(this.answer(&request)),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::{account, organization, ClientError, Method};
    use serde_json::json;

    fn block_on<T>(f: impl std::future::Future<Output = T>) -> T {
        // The memory transport never waits on anything outside itself unless a test holds a
        // route, so one poll with a no-op waker completes it.
        struct Noop;
        impl std::task::Wake for Noop {
            fn wake(self: std::sync::Arc<Self>) {}
        }
        let mut f = std::pin::pin!(f);
        let waker = std::task::Waker::from(std::sync::Arc::new(Noop));
        match f.as_mut().poll(&mut std::task::Context::from_waker(&waker)) {
            std::task::Poll::Ready(v) => v,
            std::task::Poll::Pending => panic!("the call did not complete"),
        }
    }

    #[test]
    fn records_fails_and_recovers_through_the_client() {
        let server = MemoryClient::signed_in("Ada", "ada@example.test");
        let client = server.handle();
        server.fail_next("/get-session", ClientError::Network("offline".into()));
        server.fail_next(
            "/get-session",
            ClientError::RateLimited {
                retry_after: Some(4),
            },
        );
        assert_eq!(
            block_on(client.call(account::get_session())),
            Err(ClientError::Network("offline".into()))
        );
        assert_eq!(
            block_on(client.call(account::get_session())),
            Err(ClientError::RateLimited {
                retry_after: Some(4)
            })
        );
        let session = block_on(client.call(account::get_session())).unwrap();
        assert_eq!(session.map(|s| s.user.name), Some("Ada".to_owned()));
        assert_eq!(server.count("/get-session"), 3);
    }

    #[test]
    fn unknown_routes_and_bad_bodies_answer_like_better_auth() {
        let server = MemoryClient::new();
        let r = server.answer(&ApiRequest::get("/no/such/route"));
        assert_eq!((r.status, r.body.as_str()), (404, ""));
        let mut bad = ApiRequest::post("/sign-in/email", &());
        bad.body = Some("{".into());
        let r = server.answer(&bad);
        assert_eq!(r.status, 400);
        assert!(r.body.contains("BAD_REQUEST"), "{}", r.body);
    }

    #[test]
    fn injected_errors_come_back_as_the_same_errors() {
        let server = MemoryClient::signed_in("Ada", "ada@example.test");
        let client = server.handle();
        for error in [
            ClientError::Api {
                status: 400,
                code: Some("X".into()),
                message: Some("m".into()),
            },
            ClientError::Api {
                status: 500,
                code: None,
                message: None,
            },
            ClientError::Unauthorized,
            ClientError::RateLimited { retry_after: None },
        ] {
            server.fail_next("/organization/list", error.clone());
            assert_eq!(
                block_on(client.call(organization::list_organizations())),
                Err(error)
            );
        }
        server.fail_next("/organization/list", ClientError::Decode(String::new()));
        assert!(matches!(
            block_on(client.call(organization::list_organizations())),
            Err(ClientError::Decode(_))
        ));
    }

    #[test]
    fn backends_are_found_by_type() {
        struct Echo;
        impl MemoryBackend for Echo {
            fn answer(&self, _: &mut MemoryCore, r: &MemoryRequest) -> Option<Answer> {
                r.is(Method::Get, "/echo")
                    .then(|| Ok(json!({"q": r.param("q")})))
            }
        }
        let server = MemoryClient::new().with(Echo);
        assert!(server.backend::<Echo>().is_some());
        let r = server.answer(&ApiRequest::get("/echo?q=a%20b"));
        assert_eq!((r.status, r.body.as_str()), (200, r#"{"q":"a b"}"#));
    }
}
