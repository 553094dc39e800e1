//! Wraps the app's client so that a 401 from *any* call ends the session in the UI: components
//! cannot forget to handle it.

use yew::Callback;

use crate::client::*;

/// A client that reports every [`ClientError::Unauthorized`] before passing it on.
pub struct SessionGuard {
    inner: Client,
    on_unauthorized: Callback<()>,
}

impl SessionGuard {
    /// Guards `inner`, calling `on_unauthorized` on each 401.
    pub fn new(inner: Client, on_unauthorized: Callback<()>) -> Self {
        Self {
            inner,
            on_unauthorized,
        }
    }

    fn watch<T: 'static>(&self, fut: ClientFuture<T>) -> ClientFuture<T> {
        let on_unauthorized = self.on_unauthorized.clone();
        Box::pin(async move {
            let result = fut.await;
            if matches!(result, Err(ClientError::Unauthorized)) {
                on_unauthorized.emit(());
            }
            result
        })
    }
}

macro_rules! guarded {
    ($( fn $name:ident(&self $(, $arg:ident : $ty:ty)*) -> $out:ty; )*) => {
        impl AuthClient for SessionGuard {
            $( fn $name(&self $(, $arg: $ty)*) -> ClientFuture<$out> {
                self.watch(self.inner.$name($($arg),*))
            } )*
        }
    };
}

guarded! {
    fn get_session(&self) -> Option<SessionData>;
    fn sign_in_email(&self, r: SignInEmail) -> User;
    fn sign_up_email(&self, r: SignUpEmail) -> User;
    fn sign_out(&self) -> ();
    fn list_organizations(&self) -> Vec<Organization>;
    fn create_organization(&self, r: CreateOrganization) -> Organization;
    fn set_active_organization(&self, id: Option<String>) -> Option<Organization>;
    fn get_full_organization(&self, id: String) -> Option<FullOrganization>;
    fn list_api_keys(&self, q: ListApiKeys) -> ApiKeyPage;
    fn create_api_key(&self, r: CreateApiKey) -> CreatedApiKey;
    fn update_api_key(&self, r: UpdateApiKey) -> ApiKey;
    fn delete_api_key(&self, r: DeleteApiKey) -> ();
}
