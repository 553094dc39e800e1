//! `/`: sends the visitor where they belong.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::auth::{use_auth, SessionState};
use crate::routing::Route;
use crate::ui::{alert, AlertKind, Button, ButtonVariant};

/// Redirects by session: settings when signed in, sign-in otherwise.
#[component]
pub fn Home() -> Html {
    let auth = use_auth();
    match auth.session() {
        SessionState::SignedIn(_) => html! { <Redirect<Route> to={Route::Security} /> },
        SessionState::SignedOut(_) => html! { <Redirect<Route> to={Route::SignIn} /> },
        SessionState::Loading => html! {
            <main class="ba-auth-page" aria-busy="true">
                <p class="ba-sr-only" role="status">{ auth.localization().loading.clone() }</p>
            </main>
        },
        SessionState::Failed(e) => {
            let retry = {
                let auth = auth.clone();
                Callback::from(move |_| {
                    let auth = auth.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        let _ = auth.refresh_session().await;
                    });
                })
            };
            html! {
                <main class="ba-auth-page">
                    { alert(AlertKind::Error, AttrValue::from(auth.error_message(e)), html! {
                        <Button variant={ButtonVariant::Outline} onclick={retry}>
                            { auth.localization().retry.clone() }
                        </Button>
                    }) }
                </main>
            }
        }
    }
}
