//! The render benchmark page (bench/render/index.html): the `ApiKeys` card with the in-memory
//! client holding `?rows=` keys on one page. The list answer is held back until the benchmark
//! calls `window.__benchRelease()`, so it can time data → rows painted on its own clock.

use better_auth_ui::auth::{AuthProvider, Plugins};
use better_auth_ui::client::MemoryClient;
use better_auth_ui::plugins::api_key::memory::{ApiKeyBackend, ApiKeyMemory};
use better_auth_ui::plugins::api_key::{api_key_plugin, ApiKeyOptions, ApiKeys};
use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct BenchProps {
    client: MemoryClient,
    rows: u32,
}

#[component]
fn Bench(props: &BenchProps) -> Html {
    let client = use_memo((), {
        let c = props.client.clone();
        move |()| better_auth_ui::client::Client::new(c)
    });
    let plugins = use_memo(props.rows, |rows| {
        Plugins::from(vec![api_key_plugin(ApiKeyOptions {
            page_size: *rows,
            ..Default::default()
        })])
    });
    html! {
        <AuthProvider client={(*client).clone()} plugins={(*plugins).clone()} locale={Some(AttrValue::from("en-US"))}>
            <ApiKeys />
        </AuthProvider>
    }
}

fn main() {
    let rows = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|q| q.strip_prefix("?rows=").and_then(|n| n.parse().ok()))
        .unwrap_or(1000u32);
    let client =
        MemoryClient::signed_in("Bench", "bench@example.test").with(ApiKeyBackend::default());
    client.seed_keys(rows as usize, "key");
    client.hold("/api-key/list");
    let release = {
        let client = client.clone();
        Closure::<dyn Fn()>::new(move || client.release("/api-key/list"))
    };
    if let Some(window) = web_sys::window() {
        let _ = js_sys::Reflect::set(&window, &"__benchRelease".into(), release.as_ref());
    }
    release.forget();
    yew::Renderer::<Bench>::with_props(BenchProps { client, rows }).render();
}
