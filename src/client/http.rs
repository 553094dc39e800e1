//! The real transport: `fetch` through gloo-net, with the session cookie included.

use std::rc::Rc;

use gloo_net::http::{Method as HttpMethod, RequestBuilder};
use web_sys::RequestCredentials;

use super::preload::{self, Preloaded};
use super::{ApiRequest, LocalFuture, Method, RawResponse, Transport};

/// Talks to a Better Auth server at `base_url` (e.g. `/api/auth`).
#[derive(Clone, Debug)]
pub struct HttpClient {
    base_url: Rc<str>,
}

impl HttpClient {
    /// A transport for the auth API at `base_url`; a trailing slash is ignored.
    pub fn new(base_url: &str) -> Self {
        Self {
            base_url: base_url.trim_end_matches('/').into(),
        }
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }
}

impl Transport for HttpClient {
    fn send(&self, request: &ApiRequest) -> LocalFuture<Result<RawResponse, String>> {
        let url = format!("{}{}", self.base_url, request.path);
        let early = match request.method {
            Method::Get => preload::take(&self.base_url, &request.path, true),
            Method::Post => None,
        };
        let request = request.clone();
        Box::pin(async move {
            match early {
                Some(Preloaded::Ready(answer)) => return Ok(answer),
                #[cfg(target_arch = "wasm32")]
                Some(Preloaded::Pending(promise)) => {
                    if let Some(answer) = wasm_bindgen_futures::JsFuture::from(promise)
                        .await
                        .ok()
                        .and_then(|v| preload::read(&v))
                    {
                        return Ok(answer);
                    }
                    // It failed on the way: ask again, the usual way.
                }
                None => {}
            }
            send(&url, &request).await
        })
    }

    fn ready(&self, request: &ApiRequest) -> Option<Result<RawResponse, String>> {
        if request.method != Method::Get {
            return None;
        }
        match preload::take(&self.base_url, &request.path, false)? {
            Preloaded::Ready(answer) => Some(Ok(answer)),
            #[cfg(target_arch = "wasm32")]
            Preloaded::Pending(_) => None,
        }
    }

    fn discard_ready(&self) {
        preload::discard();
    }
}

async fn send(url: &str, request: &ApiRequest) -> Result<RawResponse, String> {
    let method = match request.method {
        Method::Get => HttpMethod::GET,
        Method::Post => HttpMethod::POST,
    };
    let builder = RequestBuilder::new(url)
        .method(method)
        .credentials(RequestCredentials::Include)
        .header("Accept", "application/json");
    let built = match &request.body {
        Some(body) => builder
            .header("Content-Type", "application/json")
            .body(body.as_str()),
        None => builder.build(),
    }
    .map_err(|e| e.to_string())?;
    let response = built.send().await.map_err(|e| e.to_string())?;
    let status = response.status();
    let retry_after = response.headers().get("x-retry-after");
    // A connection that drops while the body streams in is a network failure, not a bad body.
    let body = response.text().await.map_err(|e| e.to_string())?;
    Ok(RawResponse {
        status,
        body,
        retry_after,
    })
}
