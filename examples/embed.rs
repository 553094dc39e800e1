//! Embedding the API-key card in your own Yew app (the README's example, kept compiling here).
//! Build it for the browser with trunk, or just `cargo check --examples`.

use std::rc::Rc;

use better_auth_ui::prelude::*;
use yew::prelude::*;

#[component]
fn AccountSettings() -> Html {
    // Build the client and plugin list once; AuthProvider compares them by identity.
    let client = use_memo((), |()| Client::new(HttpClient::new("/api/auth")));
    let plugins = use_memo((), |()| {
        Plugins::from(vec![api_key_plugin(ApiKeyOptions {
            organization: true,
            page_size: 20,
            prefix: Some("acme_".into()),
            localization: ApiKeyLocalizationOverrides {
                api_keys: Some("Access tokens".into()),
                ..Default::default()
            },
            ..Default::default()
        })])
    });
    let overrides = use_memo((), |()| {
        Rc::new(AuthLocalizationOverrides {
            retry: Some("Try again".into()),
            ..Default::default()
        })
    });
    html! {
        <AuthProvider client={(*client).clone()} plugins={(*plugins).clone()}
            localization={Some((*overrides).clone())} locale={Some(AttrValue::from("en-GB"))}>
            <SessionGate signed_out={Callback::from(|_| html! { <a href="/login">{ "Please sign in" }</a> })}>
                <ApiKeys />
            </SessionGate>
        </AuthProvider>
    }
}

fn main() {
    // Renders in the browser; natively the example only type-checks.
    if cfg!(target_arch = "wasm32") {
        yew::Renderer::<AccountSettings>::new().render();
    }
}
