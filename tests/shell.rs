//! Component tests of the shell: provider and hooks, pages and forms, UI primitives.
//! Run in headless Chromium: `cargo test --target wasm32-unknown-unknown --test shell`.
#![cfg(target_arch = "wasm32")]

mod support;

use better_auth_ui::client::memory::Op;
use better_auth_ui::client::MemoryClient;
use better_auth_ui::pages::SignIn;
use support::*;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

mod chain {
    use super::*;

    #[wasm_bindgen_test]
    async fn sign_in_page_renders_and_asks_for_the_session() {
        let client = MemoryClient::new();
        let _app = mount_with(&client, html! { <SignIn /> }).await;
        wait_for_role("heading", "Sign in").await;
        assert_eq!(client.count(Op::GetSession), 1);
        assert!(find_by_role("button", "Sign in").is_some());
    }
}
