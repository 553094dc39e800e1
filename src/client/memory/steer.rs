//! What a test reads and steers on the in-memory server: the request log, failures to inject,
//! calls held open, answers fetched "before the app started", and latency.

use serde_json::Value;

use super::wire::as_sent;
use super::MemoryClient;
use crate::client::{ApiRequest, ClientError};

impl MemoryClient {
    /// Every request made so far, in order.
    pub fn requests(&self) -> Vec<ApiRequest> {
        self.state.borrow().log.clone()
    }

    /// The requests to `route` (a path without query, e.g. `/api-key/list`).
    pub fn requests_to(&self, route: &str) -> Vec<ApiRequest> {
        self.state
            .borrow()
            .log
            .iter()
            .filter(|r| r.route() == route)
            .cloned()
            .collect()
    }

    /// The JSON bodies sent to `route`, in order.
    pub fn bodies(&self, route: &str) -> Vec<Value> {
        self.requests_to(route)
            .iter()
            .map(|r| {
                r.body
                    .as_deref()
                    .and_then(|b| serde_json::from_str(b).ok())
                    .unwrap_or(Value::Null)
            })
            .collect()
    }

    /// How many requests went to `route`.
    pub fn count(&self, route: &str) -> usize {
        self.requests_to(route).len()
    }

    /// Forgets the recorded requests.
    pub fn clear_requests(&self) {
        self.state.borrow_mut().log.clear();
    }

    /// The next call of `route` fails with `error` (queued: several calls fail in turn). The
    /// error travels as the server would send it (status, body, `x-retry-after`), so the
    /// client's own mapping turns it back into `error`.
    pub fn fail_next(&self, route: &str, error: ClientError) {
        self.state
            .borrow_mut()
            .failures
            .push((route.to_owned(), error));
    }

    /// Calls of `route` stay pending until [`MemoryClient::release`].
    pub fn hold(&self, route: &str) {
        self.state.borrow_mut().held.push(route.to_owned());
    }

    /// Lets held calls of `route` complete (at once: they are woken, not polled).
    pub fn release(&self, route: &str) {
        let waiting = {
            let mut s = self.state.borrow_mut();
            s.held.retain(|r| r != route);
            std::mem::take(&mut s.waiting)
        };
        for waker in waiting {
            waker.wake();
        }
    }

    /// Answers `path` (a GET, query included) now and keeps the answer for the next call of
    /// its route, which then gets it at once, without waiting: what the bundled app's page does
    /// with the requests it sends before the app starts. Like those, the answer is as of now,
    /// even if the data or the session change before it is taken.
    pub fn prefetch(&self, path: &str) {
        let request = ApiRequest::get(path);
        let answer = match self.take_failure(request.route()) {
            Some(error) => as_sent(error),
            None => Ok(self.answer(&request)),
        };
        let route = request.route().to_owned();
        self.state.borrow_mut().prefetched.push((route, answer));
    }

    /// Every call answers after `ms` milliseconds, like a real network.
    pub fn set_latency(&self, ms: u32) {
        self.state.borrow_mut().latency_ms = ms;
    }

    pub(super) fn take_failure(&self, route: &str) -> Option<ClientError> {
        let mut s = self.state.borrow_mut();
        let i = s.failures.iter().position(|(r, _)| r == route)?;
        Some(s.failures.remove(i).1)
    }
}
