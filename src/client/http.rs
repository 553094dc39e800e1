//! The real client: JSON over `fetch` (gloo-net) with the session cookie included.

use gloo_net::http::{Method as HttpMethod, RequestBuilder};
use serde::de::DeserializeOwned;
use web_sys::RequestCredentials;

use super::error::{decode, error_from_response};
use super::request::{self as req, ApiRequest, Method};
use super::*;

/// Talks to a Better Auth server at `base_url` (e.g. `/api/auth`).
#[derive(Clone, Debug)]
pub struct HttpClient {
    base_url: Rc<str>,
}

impl HttpClient {
    /// A client for the auth API at `base_url`; a trailing slash is ignored.
    pub fn new(base_url: &str) -> Self {
        Self {
            base_url: base_url.trim_end_matches('/').into(),
        }
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The body of a 2xx answer. Not generic, so the fetch state machine exists once.
    fn fetch(&self, request: ApiRequest) -> ClientFuture<String> {
        let url = format!("{}{}", self.base_url, request.path);
        Box::pin(async move { send(&url, &request).await })
    }

    fn call<T: DeserializeOwned + 'static>(&self, request: ApiRequest) -> ClientFuture<T> {
        self.call_with(request, |body| decode(body))
    }

    fn call_with<T: 'static>(
        &self,
        request: ApiRequest,
        decode: fn(&str) -> ClientResult<T>,
    ) -> ClientFuture<T> {
        let fut = self.fetch(request);
        Box::pin(async move { decode(&fut.await?) })
    }

    fn call_unit(&self, request: ApiRequest) -> ClientFuture<()> {
        let fut = self.fetch(request);
        Box::pin(async move { fut.await.map(drop) })
    }
}

/// Sends one request and returns the body of a 2xx answer; every other outcome is a `ClientError`.
async fn send(url: &str, request: &ApiRequest) -> Result<String, ClientError> {
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
            .body(body.to_string()),
        None => builder.build(),
    }
    .map_err(|e| ClientError::Network(e.to_string()))?;
    let response = built
        .send()
        .await
        .map_err(|e| ClientError::Network(e.to_string()))?;
    let status = response.status();
    let retry_after = response.headers().get("x-retry-after");
    // A connection that drops while the body streams in is a network failure, not a bad body.
    let text = response
        .text()
        .await
        .map_err(|e| ClientError::Network(e.to_string()))?;
    if (200..300).contains(&status) {
        Ok(text)
    } else {
        Err(error_from_response(
            status,
            retry_after.as_deref(),
            &text,
            request.needs_session,
        ))
    }
}

impl AuthClient for HttpClient {
    fn get_session(&self) -> ClientFuture<Option<SessionData>> {
        self.call(req::get_session())
    }

    fn sign_in_email(&self, r: SignInEmail) -> ClientFuture<User> {
        let fut = self.call::<AuthResponse>(req::sign_in_email(&r));
        Box::pin(async move { fut.await.map(|a| a.user) })
    }

    fn sign_up_email(&self, r: SignUpEmail) -> ClientFuture<User> {
        let fut = self.call::<AuthResponse>(req::sign_up_email(&r));
        Box::pin(async move { fut.await.map(|a| a.user) })
    }

    fn sign_out(&self) -> ClientFuture<()> {
        self.call_unit(req::sign_out())
    }

    fn list_organizations(&self) -> ClientFuture<Vec<Organization>> {
        self.call(req::list_organizations())
    }

    fn create_organization(&self, r: CreateOrganization) -> ClientFuture<Organization> {
        self.call(req::create_organization(&r))
    }

    fn set_active_organization(&self, id: Option<String>) -> ClientFuture<Option<Organization>> {
        self.call(req::set_active_organization(id.as_deref()))
    }

    fn get_full_organization(&self, id: String) -> ClientFuture<Option<FullOrganization>> {
        self.call_with(req::get_full_organization(&id), FullOrganization::decode)
    }

    fn list_api_keys(&self, q: ListApiKeys) -> ClientFuture<ApiKeyPage> {
        self.call(req::list_api_keys(&q))
    }

    fn create_api_key(&self, r: CreateApiKey) -> ClientFuture<CreatedApiKey> {
        self.call_with(req::create_api_key(&r), CreatedApiKey::decode)
    }

    fn update_api_key(&self, r: UpdateApiKey) -> ClientFuture<ApiKey> {
        self.call(req::update_api_key(&r))
    }

    fn delete_api_key(&self, r: DeleteApiKey) -> ClientFuture<()> {
        self.call_unit(req::delete_api_key(&r))
    }
}
