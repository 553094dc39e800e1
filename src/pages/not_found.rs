//! Any unknown address.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::auth::use_auth;
use crate::components::{use_document_title, AppLink};
use crate::routing::Route;

/// The not-found page.
#[component]
pub fn NotFound() -> Html {
    let auth = use_auth();
    let l = auth.localization();
    use_document_title(&l.not_found);
    html! {
        <main class="ba-auth-page">
            <div class="ba-card ba-auth-card">
                <h1 class="ba-page-title">{ l.not_found.clone() }</h1>
                <p class="ba-page-intro">{ l.not_found_description.clone() }</p>
                <AppLink to={Route::Security.to_path()}>{ l.go_to_settings.clone() }</AppLink>
            </div>
        </main>
    }
}
