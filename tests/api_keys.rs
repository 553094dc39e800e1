//! Component tests of the API-key plugin: every state of the card and of its four dialogs, with
//! the keyboard, against the in-memory server. `cargo test --target wasm32-unknown-unknown --test api_keys`
#![cfg(target_arch = "wasm32")]

mod support;

use std::time::Duration;

use better_auth_ui::auth::Plugins;
use better_auth_ui::client::{ClientError, MemoryClient};
use better_auth_ui::plugins::api_key::memory::{ApiKeyMemory, SeedKey};
use better_auth_ui::plugins::api_key::{
    api_key_plugin, ApiKeyOptions, ApiKeys, KeyExpiration, KeyScope,
};
use better_auth_ui::time::{now, Timestamp};
use serde_json::{json, Value};
use support::clipboard::{selected_text, Clipboard, ClipboardStub};
use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

const DAY: i64 = 86_400_000;

fn signed_in() -> MemoryClient {
    server_signed_in("Ada", "ada@example.test")
}

const LIST: &str = "/api-key/list";
const CREATE: &str = "/api-key/create";
const UPDATE: &str = "/api-key/update";
const DELETE: &str = "/api-key/delete";

async fn mount_card(client: &MemoryClient) -> Mounted {
    let app = mount_with(client, html! { <ApiKeys /> }).await;
    wait_for("the list or the empty state", || {
        has_text("No API keys") || !all("ul[aria-label='API keys'] li").is_empty()
    })
    .await;
    app
}

/// Names of the rows on the page, in order.
fn row_names() -> Vec<String> {
    all("ul[aria-label='API keys'] h3")
        .iter()
        .map(text)
        .collect()
}

fn create_button() -> Element {
    all_by_role("button", "Create API key")
        .into_iter()
        .next()
        .expect("a Create API key button")
}

async fn open_create() -> Element {
    click(&create_button()).await;
    wait_for_role("dialog", "Create API key").await
}

fn seed(client: &MemoryClient, name: &str) -> better_auth_ui::plugins::api_key::model::ApiKey {
    client.seed_key(SeedKey {
        name: Some(name.into()),
        ..Default::default()
    })
}

fn secret_field() -> web_sys::HtmlTextAreaElement {
    all("textarea")
        .into_iter()
        .next()
        .expect("the new key's field")
        .unchecked_into()
}

/// The query parameters of every list request, as `name=value` maps.
fn list_queries(client: &MemoryClient) -> Vec<std::collections::HashMap<String, String>> {
    client
        .requests_to(LIST)
        .iter()
        .map(|r| r.query().into_iter().collect())
        .collect()
}

mod states {
    use super::*;

    #[wasm_bindgen_test]
    async fn loading_shows_a_skeleton_and_disables_create() {
        let client = signed_in();
        seed(&client, "ci-deploy");
        client.hold(LIST);
        let _app = mount_with(&client, html! { <ApiKeys /> }).await;
        wait_for_role("status", "Loading API keys").await;
        assert!(is_disabled(&create_button()));
        assert!(row_names().is_empty());
        client.release(LIST);
        wait_for("rows", || row_names() == ["ci-deploy"]).await;
        assert!(!is_disabled(&create_button()));
        assert!(find_by_role("status", "Loading API keys").is_none());
    }

    #[wasm_bindgen_test]
    async fn a_page_answered_before_the_app_starts_is_in_its_first_render() {
        let client = signed_in();
        seed(&client, "ci-deploy");
        // What the bundled app's page does: both answers are there when the app starts.
        client.prefetch("/get-session");
        client.prefetch(LIST);
        let _app = mount_with(&client, html! { <ApiKeys /> }).await;
        assert_eq!(row_names(), ["ci-deploy"], "rows in the first render");
        assert!(find_by_role("status", "Loading API keys").is_none());
        assert!(!is_disabled(&create_button()));
        settle().await;
        assert_eq!(
            client.count(LIST),
            1,
            "the early answer is not asked for again"
        );
        assert_eq!(client.count("/get-session"), 1);
    }

    #[wasm_bindgen_test]
    async fn empty_state_offers_to_create_the_first_key() {
        let client = signed_in();
        let _app = mount_card(&client).await;
        assert!(find_by_role("heading", "No API keys").is_some());
        // The card says what keys are for; the empty state says what comes next, once.
        assert!(has_text(
            "Create an API key for programmatic access to your account."
        ));
        assert!(has_text("Keys you create are listed here. Each key is shown in full only once, right after it is created."));
        let buttons = all_by_role("button", "Create API key");
        assert_eq!(buttons.len(), 1, "one Create button, in the empty state");
        assert!(buttons[0].closest(".ba-empty").unwrap().is_some());
        click(&buttons[0]).await;
        wait_for_role("dialog", "Create API key").await;
    }

    #[wasm_bindgen_test]
    async fn rows_show_name_preview_dates_and_badges() {
        let client = signed_in();
        let t = now().millis();
        client.seed_key(SeedKey {
            name: Some("ci-deploy".into()),
            start: Some("ba_abc".into()),
            created_at: Some(Timestamp(t - 5 * DAY)),
            expires_at: Some(Timestamp(t + 30 * DAY)),
            last_request: Some(Timestamp(t - DAY)),
            ..Default::default()
        });
        client.seed_key(SeedKey {
            name: None,
            start: None,
            created_at: Some(Timestamp(t - 4 * DAY)),
            ..Default::default()
        });
        client.seed_key(SeedKey {
            name: Some("old".into()),
            created_at: Some(Timestamp(t - 3 * DAY)),
            expires_at: Some(Timestamp(t - DAY)),
            enabled: Some(false),
            ..Default::default()
        });
        let _app = mount_card(&client).await;
        assert_eq!(row_names(), ["old", "API key", "ci-deploy"]);
        let rows: Vec<String> = all("ul[aria-label='API keys'] li")
            .iter()
            .map(text)
            .collect();
        assert!(rows[2].contains("ba_abc****************"), "{}", rows[2]);
        assert!(rows[2].contains("Created "));
        assert!(rows[2].contains("Expires "));
        assert!(rows[2].contains("Last used "));
        assert!(!rows[2].contains("Expired"));
        // No start: only the asterisks, never "null".
        assert!(rows[1].contains("****************"));
        assert!(!rows[1].to_lowercase().contains("null"));
        assert!(rows[1].contains("Never expires"));
        // Expired and disabled keys are marked.
        assert!(rows[0].contains("Expired"));
        assert!(rows[0].contains("Disabled"));
        assert!(find_by_role("button", "Edit API key ci-deploy").is_some());
        assert!(find_by_role("button", "Delete API key ci-deploy").is_some());
        // An unnamed key's buttons say which key by its preview, not "API key API key".
        assert!(find_by_role("button", "Delete API key ba_mem****************").is_some());
        assert!(find_by_role("button", "Edit API key API key").is_none());
        assert!(rows[1].contains("Never used"), "{}", rows[1]);
        assert!(!rows[2].contains("Never used"));
    }

    #[wasm_bindgen_test]
    async fn dates_follow_the_configured_locale() {
        let client = signed_in();
        client.seed_key(SeedKey {
            name: Some("k".into()),
            created_at: Timestamp::parse_iso("2026-01-05T12:00:00Z"),
            ..Default::default()
        });
        let app = mount_card(&client).await;
        assert!(
            has_text("Created Jan 5, 2026 · Never expires · Never used"),
            "{}",
            page_text()
        );
        drop(app);
        let _app = mount_in(&client, "de-DE", html! { <ApiKeys /> }).await;
        wait_for_text("Erstellt am 05.01.2026 · Läuft nie ab · Nie verwendet").await;
        assert!(find_by_role("heading", "API-Schlüssel").is_some());
    }

    #[wasm_bindgen_test]
    async fn same_names_get_unique_button_names() {
        let client = signed_in();
        for start in ["ba_one", "ba_two"] {
            client.seed_key(SeedKey {
                name: Some("deploy".into()),
                start: Some(start.into()),
                ..Default::default()
            });
        }
        let _app = mount_card(&client).await;
        assert!(find_by_role("button", "Delete API key deploy (ba_two****************)").is_some());
        assert!(find_by_role("button", "Delete API key deploy (ba_one****************)").is_some());
        assert!(all_by_role("button", "Delete API key deploy").is_empty());
    }

    #[wasm_bindgen_test]
    async fn hostile_names_are_text() {
        let client = signed_in();
        let hostile = "<img src=x onerror=alert(1)>";
        seed(&client, hostile);
        seed(&client, "\u{202e}evil\u{202c} & <b>bold</b>");
        let _app = mount_card(&client).await;
        assert!(row_names().iter().any(|n| n == hostile));
        assert!(all("[data-test-root] img, [data-test-root] b").is_empty());
        assert!(find_by_role("button", &format!("Delete API key {hostile}")).is_some());
    }

    #[wasm_bindgen_test]
    async fn a_failed_list_can_be_retried() {
        let client = signed_in();
        seed(&client, "ci-deploy");
        client.fail_next(LIST, ClientError::Network("offline".into()));
        let _app = mount_with(&client, html! { <ApiKeys /> }).await;
        let alert = wait_for_role(
            "alert",
            "Couldn't load API keys. Could not reach the server. Check your connection and try again. Retry",
        )
        .await;
        click(&alert.query_selector("button").unwrap().unwrap()).await;
        wait_for("rows", || row_names() == ["ci-deploy"]).await;
        assert_eq!(client.count(LIST), 2);
    }

    #[wasm_bindgen_test]
    async fn hide_create_and_hide_delete() {
        let client = signed_in();
        seed(&client, "ci-deploy");
        let _app = mount_with(
            &client,
            html! { <ApiKeys hide_create=true hide_delete=true /> },
        )
        .await;
        wait_for("rows", || row_names() == ["ci-deploy"]).await;
        assert!(all_by_role("button", "Create API key").is_empty());
        assert!(find_by_role("button", "Delete API key ci-deploy").is_none());
        assert!(find_by_role("button", "Edit API key ci-deploy").is_some());
    }
}

mod paging_and_sort {
    use super::*;

    #[wasm_bindgen_test]
    async fn pages_of_ten_with_the_servers_total() {
        let client = signed_in();
        client.seed_keys(37, "key");
        let _app = mount_card(&client).await;
        assert!(has_text("1–10 of 37"));
        assert_eq!(row_names().first().map(String::as_str), Some("key-37"));
        let previous = by_role("button", "Previous page");
        let next = by_role("button", "Next page");
        assert!(is_disabled(&previous));
        click(&next).await;
        wait_for_text("11–20 of 37").await;
        assert_eq!(row_names().first().map(String::as_str), Some("key-27"));
        click(&next).await;
        click(&next).await;
        wait_for_text("31–37 of 37").await;
        assert_eq!(row_names().len(), 7);
        assert!(is_disabled(&by_role("button", "Next page")));
        click(&by_role("button", "Next page")).await;
        assert!(has_text("31–37 of 37"));
        click(&by_role("button", "Previous page")).await;
        wait_for_text("21–30 of 37").await;
        let offsets: Vec<String> = list_queries(&client)
            .into_iter()
            .map(|q| q["offset"].clone())
            .collect();
        assert_eq!(offsets, ["0", "10", "20", "30", "20"]);
    }

    #[wasm_bindgen_test]
    async fn sorting_is_done_by_the_server_and_starts_at_page_one() {
        let client = signed_in();
        for name in ["bravo", "alpha", "charlie"] {
            seed(&client, name);
        }
        client.seed_keys(10, "zulu");
        let _app = mount_card(&client).await;
        click(&by_role("button", "Next page")).await;
        wait_for_text("11–13 of 13").await;
        let sort = select_by_label("Sort by");
        choose(&sort, "name-asc").await;
        wait_for("name order", || {
            row_names().first().map(String::as_str) == Some("alpha")
        })
        .await;
        assert!(has_text("1–10 of 13"));
        assert_eq!(&row_names()[..3], ["alpha", "bravo", "charlie"]);
        choose(&sort, "oldest").await;
        wait_for("oldest first", || {
            row_names().first().map(String::as_str) == Some("bravo")
        })
        .await;
        choose(&sort, "name-desc").await;
        wait_for("z first", || {
            row_names().first().map(String::as_str) == Some("zulu-9")
        })
        .await;
        let last = list_queries(&client).pop().unwrap();
        assert_eq!(
            (
                last["sortBy"].as_str(),
                last["sortDirection"].as_str(),
                last["offset"].as_str(),
                last["limit"].as_str()
            ),
            ("name", "desc", "0", "10")
        );
    }

    #[wasm_bindgen_test]
    async fn deleting_the_last_key_of_a_page_steps_back() {
        let client = signed_in();
        client.seed_keys(11, "key");
        let _app = mount_card(&client).await;
        click(&by_role("button", "Next page")).await;
        wait_for_text("11–11 of 11").await;
        assert_eq!(row_names(), ["key-1"]);
        click(&by_role("button", "Delete API key key-1")).await;
        let dialog = wait_for_role("alertdialog", "Delete API key").await;
        let confirm = dialog
            .query_selector(".ba-button-destructive")
            .unwrap()
            .unwrap();
        click(&confirm).await;
        wait_for("page one", || row_names().len() == 10).await;
        assert_eq!(row_names().first().map(String::as_str), Some("key-11"));
        assert!(
            find_by_role("navigation", "API key pages").is_none(),
            "ten keys fit one page"
        );
    }
}

mod create {
    use super::*;

    #[wasm_bindgen_test]
    async fn creates_a_key_and_shows_it_once() {
        let _clip = ClipboardStub::new(Clipboard::Granted, false);
        let client = signed_in();
        let _app = mount_card(&client).await;
        let dialog = open_create().await;
        assert_eq!(dialog.get_attribute("aria-modal").as_deref(), Some("true"));
        assert!(has_text(
            "Create an API key for programmatic access to your account."
        ));
        let name = by_label("Name");
        assert_eq!(focused(), Some(name.clone().into()));
        assert_eq!(name.placeholder(), "Optional");
        let expiration = select_by_label("Expiration");
        assert_eq!(expiration.value(), "30");
        let labels: Vec<String> = all("select option").iter().map(text).collect();
        assert!(labels.starts_with(&[
            "30 days".to_owned(),
            "90 days".to_owned(),
            "Never".to_owned()
        ]));
        type_into(&name, "  ci-deploy  ").await;
        submit(&name).await;
        wait_for_role("dialog", "New API key").await;
        assert!(find_by_role("dialog", "Create API key").is_none());
        assert_eq!(
            client.bodies(CREATE),
            [json!({"name": "ci-deploy", "expiresIn": 30 * 86_400})]
        );
        let stored = client.stored_keys();
        assert_eq!(stored.len(), 1);
        let secret = secret_field().value();
        assert_eq!(secret.len(), 64);
        assert!(stored[0]
            .start
            .as_deref()
            .is_some_and(|s| secret.starts_with(s)));
        assert!(has_text(
            "This is the only time you'll see this API key. Copy and store it somewhere safe."
        ));
        // The list shows the new key at once, behind the dialog.
        wait_for("row", || row_names() == ["ci-deploy"]).await;
    }

    #[wasm_bindgen_test]
    async fn names_are_limited_to_32_utf16_units() {
        let client = signed_in();
        let _app = mount_card(&client).await;
        open_create().await;
        let name = by_label("Name");
        type_into(&name, &"a".repeat(33)).await;
        assert!(has_text("Name must be at most 32 characters."));
        assert_eq!(name.get_attribute("aria-invalid").as_deref(), Some("true"));
        submit(&name).await;
        // 17 emoji are 17 characters but 34 UTF-16 units: too long for the server.
        type_into(&name, &"🔑".repeat(17)).await;
        assert!(has_text("Name must be at most 32 characters."));
        submit(&name).await;
        assert_eq!(client.count(CREATE), 0);
        type_into(&name, &"🔑".repeat(16)).await;
        assert!(!has_text("Name must be at most 32 characters."));
        submit(&name).await;
        wait_for_role("dialog", "New API key").await;
        assert_eq!(
            client.stored_keys()[0].name.as_deref(),
            Some("🔑".repeat(16).as_str())
        );
    }

    #[wasm_bindgen_test]
    async fn blank_name_and_never_expires() {
        let client = signed_in();
        let _app = mount_card(&client).await;
        open_create().await;
        type_into(&by_label("Name"), "   ").await;
        choose(&select_by_label("Expiration"), "never").await;
        let dialog = by_role("dialog", "Create API key");
        click(&within(&dialog, "button", "Create API key")).await;
        wait_for_role("dialog", "New API key").await;
        assert_eq!(client.bodies(CREATE), [json!({})]);
        // The new key's field is labelled with the fallback name.
        assert_eq!(accessible_name(&secret_field()), "API key");
    }

    #[wasm_bindgen_test]
    async fn one_request_however_often_it_is_submitted() {
        let client = signed_in();
        let _app = mount_card(&client).await;
        let dialog = open_create().await;
        type_into(&by_label("Name"), "once").await;
        client.hold(CREATE);
        let submit_button = within(&dialog, "button", "Create API key");
        click(&submit_button).await;
        click(&submit_button).await;
        submit(&by_label("Name")).await;
        click(&submit_button).await;
        assert_eq!(client.count(CREATE), 1);
        assert_eq!(
            submit_button.get_attribute("aria-busy").as_deref(),
            Some("true")
        );
        assert!(by_label("Name").read_only());
        assert!(select_by_label("Expiration").disabled());
        client.release(CREATE);
        wait_for_role("dialog", "New API key").await;
        assert_eq!(client.count(CREATE), 1);
        assert_eq!(client.stored_keys().len(), 1);
    }

    #[wasm_bindgen_test]
    async fn a_server_error_stays_in_the_dialog_with_the_input() {
        let client = signed_in();
        let _app = mount_card(&client).await;
        open_create().await;
        type_into(&by_label("Name"), "ci-deploy").await;
        client.fail_next(
            CREATE,
            ClientError::Api {
                status: 400,
                code: Some("INVALID_PREFIX_LENGTH".into()),
                message: Some("The prefix length is either too large or too small.".into()),
            },
        );
        submit(&by_label("Name")).await;
        let dialog = wait_for_role("dialog", "Create API key").await;
        wait_for_role(
            "alert",
            "The prefix length is either too large or too small.",
        )
        .await;
        assert!(dialog.query_selector("[role=alert]").unwrap().is_some());
        assert_eq!(by_label("Name").value(), "ci-deploy");
        assert!(!is_disabled(&within(&dialog, "button", "Create API key")));
        // Fixing and retrying works.
        submit(&by_label("Name")).await;
        wait_for_role("dialog", "New API key").await;
    }

    #[wasm_bindgen_test]
    async fn a_key_created_after_cancel_is_still_shown() {
        let client = signed_in();
        let _app = mount_card(&client).await;
        open_create().await;
        client.hold(CREATE);
        submit(&by_label("Name")).await;
        click(&by_role("button", "Cancel")).await;
        assert!(find_by_role("dialog", "Create API key").is_none());
        client.release(CREATE);
        wait_for_role("dialog", "New API key").await;
        assert_eq!(secret_field().value().len(), 64);
    }

    #[wasm_bindgen_test]
    async fn options_set_the_prefix_and_can_hide_expiration() {
        let client = signed_in();
        let plugins = Plugins::from(vec![api_key_plugin(ApiKeyOptions {
            key_expiration: None,
            prefix: Some("acme_".into()),
            ..Default::default()
        })]);
        let _app = mount_with_plugins(&client, plugins, html! { <ApiKeys /> }).await;
        wait_for_text("No API keys").await;
        open_create().await;
        assert!(all("select").is_empty());
        submit(&by_label("Name")).await;
        wait_for_role("dialog", "New API key").await;
        assert!(secret_field().value().starts_with("acme_"));
        assert_eq!(client.bodies(CREATE), [json!({"prefix": "acme_"})]);
    }

    #[wasm_bindgen_test]
    async fn custom_expiration_choices() {
        let client = signed_in();
        let plugins = Plugins::from(vec![api_key_plugin(ApiKeyOptions {
            key_expiration: Some(KeyExpiration {
                days: vec![7, 1],
                default_days: Some(7),
                allow_never: false,
            }),
            ..Default::default()
        })]);
        let _app = mount_with_plugins(&client, plugins, html! { <ApiKeys /> }).await;
        wait_for_text("No API keys").await;
        open_create().await;
        let labels: Vec<String> = all("select option").iter().map(text).collect();
        assert_eq!(labels, ["1 day", "7 days"]);
        assert_eq!(select_by_label("Expiration").value(), "7");
    }
}

mod new_key {
    use super::*;

    async fn create_one(client: &MemoryClient) -> String {
        open_create().await;
        type_into(&by_label("Name"), "ci-deploy").await;
        submit(&by_label("Name")).await;
        wait_for_role("dialog", "New API key").await;
        let _ = client;
        secret_field().value()
    }

    #[wasm_bindgen_test]
    async fn copy_puts_exactly_the_key_on_the_clipboard_and_says_so() {
        let clip = ClipboardStub::new(Clipboard::Granted, false);
        let client = signed_in();
        let _app = mount_card(&client).await;
        let secret = create_one(&client).await;
        let copy = by_role("button", "Copy to clipboard");
        assert_eq!(focused(), Some(copy.clone()), "focus starts on Copy");
        click(&copy).await;
        wait_for_role("button", "Copied to clipboard").await;
        assert_eq!(clip.copied(), std::slice::from_ref(&secret));
        let live: Vec<String> = all("[role=status]").iter().map(text).collect();
        assert!(live.iter().any(|t| t == "Copied to clipboard"), "{live:?}");
        // The confirmation lasts about two seconds.
        sleep(Duration::from_millis(2_300)).await;
        wait_for_role("button", "Copy to clipboard").await;
    }

    #[wasm_bindgen_test]
    async fn refused_clipboard_falls_back_to_the_copy_command() {
        let clip = ClipboardStub::new(Clipboard::Refused, true);
        let client = signed_in();
        let _app = mount_card(&client).await;
        let secret = create_one(&client).await;
        click(&by_role("button", "Copy to clipboard")).await;
        wait_for_role("button", "Copied to clipboard").await;
        assert_eq!(clip.copied(), [secret]);
    }

    #[wasm_bindgen_test]
    async fn missing_clipboard_selects_the_key_and_explains() {
        let clip = ClipboardStub::new(Clipboard::Missing, false);
        let client = signed_in();
        let _app = mount_card(&client).await;
        let secret = create_one(&client).await;
        click(&by_role("button", "Copy to clipboard")).await;
        wait_for_text(
            "Your browser did not allow copying. The key is selected: press Ctrl+C (⌘C on a Mac) to copy it.",
        )
        .await;
        assert!(clip.copied().is_empty());
        assert_eq!(focused(), Some(secret_field().into()));
        assert_eq!(selected_text(), secret);
        assert!(find_by_role("button", "Copy to clipboard").is_some());
    }

    #[wasm_bindgen_test]
    async fn escape_never_silently_loses_an_uncopied_key() {
        let _clip = ClipboardStub::new(Clipboard::Granted, false);
        let client = signed_in();
        let _app = mount_card(&client).await;
        let secret = create_one(&client).await;
        press("Escape").await;
        assert!(find_by_role("dialog", "New API key").is_some());
        assert!(in_page(&secret), "still shown while asking");
        wait_for_role("group", "Close without copying?").await;
        assert_eq!(focused(), Some(by_role("button", "Keep it open")));
        // Escape again: keep it open.
        press("Escape").await;
        assert!(find_by_role("group", "Close without copying?").is_none());
        assert!(find_by_role("dialog", "New API key").is_some());
        // A click on the backdrop asks too.
        click(&all(".ba-overlay")[0]).await;
        wait_for_role("group", "Close without copying?").await;
        click(&by_role("button", "Close without copying")).await;
        assert!(find_by_role("dialog", "New API key").is_none());
        assert!(!in_page(&secret), "the key left the DOM");
        assert_eq!(
            focused(),
            Some(create_button()),
            "focus back on the trigger"
        );
    }

    #[wasm_bindgen_test]
    async fn after_copying_escape_closes() {
        let _clip = ClipboardStub::new(Clipboard::Granted, false);
        let client = signed_in();
        let _app = mount_card(&client).await;
        let secret = create_one(&client).await;
        click(&by_role("button", "Copy to clipboard")).await;
        wait_for_role("button", "Copied to clipboard").await;
        assert!(in_page(&secret));
        press("Escape").await;
        assert!(find_by_role("dialog", "New API key").is_none());
        assert!(!in_page(&secret));
    }

    #[wasm_bindgen_test]
    async fn saved_closes_and_drops_the_key() {
        let client = signed_in();
        let _app = mount_card(&client).await;
        let secret = create_one(&client).await;
        assert_eq!(secret.len(), 64);
        assert!(in_page(&secret), "shown while the dialog is open");
        click(&by_role("button", "I've saved my key")).await;
        assert!(find_by_role("dialog", "New API key").is_none());
        assert!(!in_page(&secret), "gone once it closes");
        assert!(all("textarea").is_empty());
        wait_for("row", || row_names() == ["ci-deploy"]).await;
    }
}

mod delete {
    use super::*;

    async fn open_delete(name: &str) -> Element {
        click(&by_role("button", &format!("Delete API key {name}"))).await;
        wait_for_role("alertdialog", "Delete API key").await
    }

    fn confirm_button(dialog: &Element) -> Element {
        dialog
            .query_selector(".ba-button-destructive")
            .unwrap()
            .unwrap()
    }

    #[wasm_bindgen_test]
    async fn confirm_deletes_and_announces() {
        let client = signed_in();
        seed(&client, "keep");
        client.seed_key(SeedKey {
            name: Some("ci-deploy".into()),
            start: Some("ba_xyz".into()),
            ..Default::default()
        });
        let _app = mount_card(&client).await;
        let dialog = open_delete("ci-deploy").await;
        let t = text(&dialog);
        assert!(t.contains("This action cannot be undone. Any service using this API key will stop working immediately."));
        assert!(t.contains("ci-deploy"));
        assert!(t.contains("ba_xyz****************"));
        assert_eq!(
            focused(),
            Some(by_role("button", "Cancel")),
            "Cancel is focused first"
        );
        assert_eq!(accessible_name(&confirm_button(&dialog)), "Delete API key");
        click(&confirm_button(&dialog)).await;
        wait_for("row gone", || row_names() == ["keep"]).await;
        assert!(find_by_role("alertdialog", "Delete API key").is_none());
        let status = by_role("status", "Notifications");
        wait_for("announced", || text(&status).contains("API key deleted")).await;
        assert_eq!(
            focused(),
            Some(create_button()),
            "focus lands on Create, not on <body>"
        );
        assert_eq!(client.stored_keys().len(), 1);
    }

    #[wasm_bindgen_test]
    async fn cancel_returns_focus_to_the_row() {
        let client = signed_in();
        seed(&client, "ci-deploy");
        let _app = mount_card(&client).await;
        let trigger = by_role("button", "Delete API key ci-deploy");
        trigger
            .unchecked_ref::<web_sys::HtmlElement>()
            .focus()
            .unwrap();
        open_delete("ci-deploy").await;
        press("Escape").await;
        assert!(find_by_role("alertdialog", "Delete API key").is_none());
        assert_eq!(focused(), Some(trigger));
        assert_eq!(client.count(DELETE), 0);
    }

    #[wasm_bindgen_test]
    async fn pending_and_errors_stay_in_the_dialog() {
        let client = signed_in();
        seed(&client, "ci-deploy");
        let _app = mount_card(&client).await;
        let dialog = open_delete("ci-deploy").await;
        client.fail_next(
            DELETE,
            ClientError::Api {
                status: 500,
                code: None,
                message: None,
            },
        );
        client.hold(DELETE);
        let confirm = confirm_button(&dialog);
        click(&confirm).await;
        click(&confirm).await;
        assert_eq!(client.count(DELETE), 1);
        assert_eq!(confirm.get_attribute("aria-busy").as_deref(), Some("true"));
        client.release(DELETE);
        wait_for_role(
            "alert",
            "The server ran into a problem (HTTP 500). Please try again.",
        )
        .await;
        assert!(find_by_role("alertdialog", "Delete API key").is_some());
        assert_eq!(row_names(), ["ci-deploy"]);
        click(&confirm_button(&dialog)).await;
        wait_for("row gone", || row_names().is_empty()).await;
    }

    #[wasm_bindgen_test]
    async fn a_key_deleted_elsewhere_is_treated_as_gone() {
        let client = signed_in();
        let key = seed(&client, "ci-deploy");
        seed(&client, "other");
        let _app = mount_card(&client).await;
        let dialog = open_delete("ci-deploy").await;
        client.remove_key(&key.id);
        click(&confirm_button(&dialog)).await;
        wait_for("dialog closed", || {
            find_by_role("alertdialog", "Delete API key").is_none()
        })
        .await;
        wait_for_text(
            "This API key was already deleted, perhaps in another tab or by another client.",
        )
        .await;
        wait_for("row gone", || row_names() == ["other"]).await;
    }
}

mod edit {
    use super::*;

    async fn open_edit(name: &str) -> Element {
        click(&by_role("button", &format!("Edit API key {name}"))).await;
        wait_for_role("dialog", "Edit API key").await
    }

    #[wasm_bindgen_test]
    async fn rename_and_disable() {
        let client = signed_in();
        seed(&client, "ci-deploy");
        let _app = mount_card(&client).await;
        open_edit("ci-deploy").await;
        let name = by_label("Name");
        assert_eq!(name.value(), "ci-deploy");
        assert_eq!(focused(), Some(name.clone().into()));
        type_into(&name, "ci-prod").await;
        let enabled = by_label("Enabled");
        assert!(enabled.checked());
        toggle(&enabled).await;
        click(&by_role("button", "Save changes")).await;
        wait_for("renamed", || row_names() == ["ci-prod"]).await;
        assert!(find_by_role("dialog", "Edit API key").is_none());
        let key_id = client.stored_keys()[0].id.clone();
        assert_eq!(
            client.bodies(UPDATE),
            [json!({"keyId": key_id, "name": "ci-prod", "enabled": false})]
        );
        assert!(text(&all("ul[aria-label='API keys'] li")[0]).contains("Disabled"));
        wait_for_text("API key updated").await;
    }

    #[wasm_bindgen_test]
    async fn remove_or_change_the_expiry() {
        let client = signed_in();
        client.seed_key(SeedKey {
            name: Some("ci-deploy".into()),
            expires_at: Some(Timestamp(now().millis() + 10 * DAY)),
            ..Default::default()
        });
        let _app = mount_card(&client).await;
        open_edit("ci-deploy").await;
        let expiry = select_by_label("Expiration");
        assert_eq!(expiry.value(), "keep");
        assert!(
            text(&expiry.selected_options().item(0).unwrap()).starts_with("Keep current (Expires ")
        );
        choose(&expiry, "never").await;
        submit(&by_label("Name")).await;
        wait_for("never", || {
            text(&all("ul[aria-label='API keys'] li")[0]).contains("Never expires")
        })
        .await;
        let key_id = client.stored_keys()[0].id.clone();
        assert_eq!(
            client.bodies(UPDATE),
            [json!({"keyId": key_id, "expiresIn": null})]
        );
        open_edit("ci-deploy").await;
        choose(&select_by_label("Expiration"), "90").await;
        submit(&by_label("Name")).await;
        wait_for("expires", || {
            text(&all("ul[aria-label='API keys'] li")[0]).contains("Expires ")
        })
        .await;
        assert_eq!(
            client.bodies(UPDATE)[1],
            json!({"keyId": key_id, "expiresIn": 90 * 86_400})
        );
    }

    #[wasm_bindgen_test]
    async fn no_changes_send_nothing_and_an_empty_name_is_refused() {
        let client = signed_in();
        seed(&client, "ci-deploy");
        let _app = mount_card(&client).await;
        open_edit("ci-deploy").await;
        click(&by_role("button", "Save changes")).await;
        assert!(find_by_role("dialog", "Edit API key").is_none());
        wait_for_text("Nothing changed.").await;
        open_edit("ci-deploy").await;
        type_into(&by_label("Name"), "  ").await;
        click(&by_role("button", "Save changes")).await;
        assert!(has_text("Enter a name, or cancel to keep the current one."));
        assert_eq!(client.count(UPDATE), 0);
    }

    #[wasm_bindgen_test]
    async fn a_key_deleted_elsewhere_while_editing() {
        let client = signed_in();
        let key = seed(&client, "ci-deploy");
        let _app = mount_card(&client).await;
        open_edit("ci-deploy").await;
        client.remove_key(&key.id);
        type_into(&by_label("Name"), "renamed").await;
        click(&by_role("button", "Save changes")).await;
        wait_for_text(
            "This API key was already deleted, perhaps in another tab or by another client.",
        )
        .await;
        wait_for("gone", || row_names().is_empty()).await;
        assert!(find_by_role("dialog", "Edit API key").is_none());
    }

    #[wasm_bindgen_test]
    async fn a_server_error_keeps_the_edit() {
        let client = signed_in();
        seed(&client, "ci-deploy");
        let _app = mount_card(&client).await;
        open_edit("ci-deploy").await;
        client.fail_next(
            UPDATE,
            ClientError::RateLimited {
                retry_after: Some(9),
            },
        );
        type_into(&by_label("Name"), "ci-prod").await;
        click(&by_role("button", "Save changes")).await;
        wait_for_role("alert", "Too many requests. Try again in 9 seconds.").await;
        assert_eq!(by_label("Name").value(), "ci-prod");
    }
}

mod organization {
    use super::*;

    /// A signed-in user holding `role` in an active organization "Acme".
    fn member_of_acme(role: &str) -> (MemoryClient, String) {
        let client = signed_in();
        let org = client.add_organization("Acme", "acme", role);
        client.set_active(Some(&org.id));
        (client, org.id)
    }

    fn org_seed(client: &MemoryClient, org: &str, name: &str) {
        client.seed_key(SeedKey {
            name: Some(name.into()),
            scope: KeyScope::Organization(org.into()),
            ..Default::default()
        });
    }

    async fn mount_org_page(client: &MemoryClient) -> Mounted {
        let app = mount_app(client, "/organization/settings").await;
        wait_for_role("heading", "Organization").await;
        app
    }

    #[wasm_bindgen_test]
    async fn owners_manage_the_organizations_keys() {
        let (client, org) = member_of_acme("owner");
        org_seed(&client, &org, "org-deploy");
        seed(&client, "personal-key");
        let _app = mount_org_page(&client).await;
        wait_for("org rows", || row_names() == ["org-deploy"]).await;
        assert!(has_text(
            "Create an API key for programmatic access to this organization."
        ));
        // Every request names the organization.
        let lists = list_queries(&client);
        assert!(!lists.is_empty());
        assert!(lists.iter().all(|q| q.get("organizationId") == Some(&org)));
        // Create
        open_create().await;
        type_into(&by_label("Name"), "org-ci").await;
        submit(&by_label("Name")).await;
        wait_for_role("dialog", "New API key").await;
        click(&by_role("button", "I've saved my key")).await;
        assert_eq!(
            client.bodies(CREATE),
            [
                json!({"name": "org-ci", "expiresIn": 30 * 86_400, "configId": "organization", "organizationId": org})
            ]
        );
        assert!(client
            .stored_keys()
            .iter()
            .any(|k| k.name.as_deref() == Some("org-ci")
                && k.reference_id.as_deref() == Some(org.as_str())
                && k.config_id.as_deref() == Some("organization")));
        // Edit
        click(&by_role("button", "Edit API key org-ci")).await;
        wait_for_role("dialog", "Edit API key").await;
        type_into(&by_label("Name"), "org-ci-2").await;
        submit(&by_label("Name")).await;
        wait_for("renamed", || row_names().contains(&"org-ci-2".to_owned())).await;
        assert_eq!(
            client.bodies(UPDATE)[0]["configId"],
            Value::from("organization")
        );
        // Delete
        click(&by_role("button", "Delete API key org-ci-2")).await;
        let dialog = wait_for_role("alertdialog", "Delete API key").await;
        click(&within(&dialog, "button", "Delete API key")).await;
        wait_for("deleted", || row_names() == ["org-deploy"]).await;
        assert_eq!(
            client.bodies(DELETE)[0]["configId"],
            Value::from("organization")
        );
    }

    #[wasm_bindgen_test]
    async fn several_roles_including_owner_count_as_owner() {
        let (client, org) = member_of_acme("admin,owner");
        org_seed(&client, &org, "org-deploy");
        let _app = mount_org_page(&client).await;
        wait_for("org rows", || row_names() == ["org-deploy"]).await;
        assert!(!all_by_role("button", "Create API key").is_empty());
    }

    #[wasm_bindgen_test]
    async fn admins_and_members_see_a_note_and_no_buttons() {
        for role in ["admin", "member"] {
            let (client, org) = member_of_acme(role);
            org_seed(&client, &org, "org-deploy");
            let app = mount_org_page(&client).await;
            wait_for_role("status", "Only organization owners can manage API keys.").await;
            assert!(all_by_role("button", "Create API key").is_empty(), "{role}");
            assert!(row_names().is_empty(), "{role}");
            assert_eq!(client.count(LIST), 0, "{role}: nothing asked for");
            drop(app);
        }
    }

    #[wasm_bindgen_test]
    async fn a_skeleton_while_membership_loads() {
        let (client, org) = member_of_acme("owner");
        org_seed(&client, &org, "org-deploy");
        client.hold("/organization/get-full-organization");
        let _app = mount_org_page(&client).await;
        wait_for_role("status", "Loading API keys").await;
        assert_eq!(client.count(LIST), 0);
        client.release("/organization/get-full-organization");
        wait_for("org rows", || row_names() == ["org-deploy"]).await;
    }

    #[wasm_bindgen_test]
    async fn a_403_is_the_owner_note_not_an_error() {
        // Membership says owner, but the server refuses (e.g. the role changed meanwhile).
        let (client, _org) = member_of_acme("owner");
        client.fail_next(
            LIST,
            ClientError::Api {
                status: 403,
                code: Some("INSUFFICIENT_API_KEY_PERMISSIONS".into()),
                message: Some("Insufficient API key permissions".into()),
            },
        );
        let _app = mount_org_page(&client).await;
        wait_for_role("status", "Only organization owners can manage API keys.").await;
        assert!(all_by_role("button", "Create API key").is_empty());
        assert!(find_by_role("alert", "Insufficient API key permissions").is_none());
        // And a 403 on the membership check itself.
        let (client, _org) = member_of_acme("owner");
        client.fail_next(
            "/organization/get-full-organization",
            ClientError::Api {
                status: 403,
                code: Some("USER_IS_NOT_A_MEMBER_OF_THE_ORGANIZATION".into()),
                message: None,
            },
        );
        let _app2 = mount_org_page(&client).await;
        wait_for_role("status", "Only organization owners can manage API keys.").await;
    }

    #[wasm_bindgen_test]
    async fn switching_organizations_never_shows_the_previous_ones_keys() {
        let client = signed_in();
        let acme = client.add_organization("Acme", "acme", "owner");
        let globex = client.add_organization("Globex", "globex", "owner");
        org_seed(&client, &acme.id, "acme-1");
        org_seed(&client, &acme.id, "acme-2");
        org_seed(&client, &globex.id, "globex-key");
        client.set_active(Some(&acme.id));
        let _app = mount_org_page(&client).await;
        wait_for("acme", || row_names() == ["acme-2", "acme-1"]).await;
        // Acme's next list is slow; Globex is chosen before it answers.
        client.hold(LIST);
        choose(&select_by_label("Sort by"), "oldest").await;
        let select = select_by_label("Active organization");
        choose(&select, &globex.id).await;
        wait_for_text("Switched to Globex").await;
        client.release(LIST);
        wait_for("globex", || row_names() == ["globex-key"]).await;
        sleep(Duration::from_millis(50)).await;
        assert_eq!(row_names(), ["globex-key"]);
    }

    #[wasm_bindgen_test]
    async fn no_card_unless_the_plugin_opts_in() {
        let (client, org) = member_of_acme("owner");
        org_seed(&client, &org, "org-deploy");
        let plugins = Plugins::from(vec![api_key_plugin(ApiKeyOptions::default())]);
        let _app = mount::<Harness>(HarnessProps {
            client: client.clone(),
            plugins: Some(plugins),
            locale: "en-US".into(),
            path: "/organization/settings".into(),
            children: html! { <yew_router::Switch<better_auth_ui::routing::Route> render={better_auth_ui::app::switch} /> },
        })
        .await;
        wait_for_role("heading", "Organization").await;
        sleep(Duration::from_millis(50)).await;
        assert!(find_by_role("heading", "API keys").is_none());
        assert_eq!(client.count("/organization/get-full-organization"), 0);
    }
}

mod configurations {
    use super::*;
    use better_auth_ui::plugins::api_key::memory::ApiKeyBackend;
    use better_auth_ui::plugins::api_key::KeyConfiguration;

    fn config(
        id: &str,
        label: &str,
        description: Option<&str>,
        organization: bool,
    ) -> KeyConfiguration {
        KeyConfiguration {
            id: id.into(),
            label: label.into(),
            description: description.map(Into::into),
            organization,
        }
    }

    /// The reference server's three configurations, as a deployer lists them.
    fn plugins(metadata: bool) -> Plugins {
        Plugins::from(vec![api_key_plugin(ApiKeyOptions {
            organization: true,
            metadata,
            configurations: vec![
                config("default", "Personal", Some("For your own scripts."), false),
                config("organization", "Organization", None, true),
                config("ci", "CI", Some("For build pipelines."), false),
            ],
            ..Default::default()
        })])
    }

    fn option_labels(select: &web_sys::HtmlSelectElement) -> Vec<String> {
        let options = select.query_selector_all("option").unwrap();
        (0..options.length())
            .filter_map(|i| options.item(i))
            .map(|o| o.text_content().unwrap_or_default())
            .collect()
    }

    #[wasm_bindgen_test]
    async fn personal_keys_offer_the_personal_configurations_first_one_preselected() {
        let client = signed_in();
        let _app = mount_with_plugins(&client, plugins(false), html! { <ApiKeys /> }).await;
        wait_for_text("No API keys").await;
        open_create().await;
        let select = select_by_label("Configuration");
        // Personal ones only, in the order given; the first is the default, its description shown.
        assert_eq!(option_labels(&select), ["Personal", "CI"]);
        assert_eq!(select.value(), "default");
        assert!(has_text("For your own scripts."));
        choose(&select, "ci").await;
        wait_for_text("For build pipelines.").await;
        assert!(!has_text("For your own scripts."));
        type_into(&by_label("Name"), "build").await;
        submit(&by_label("Name")).await;
        wait_for_role("dialog", "New API key").await;
        assert_eq!(
            client.bodies(CREATE),
            [json!({"name": "build", "expiresIn": 30 * 86_400, "configId": "ci"})]
        );
        // The server's ci configuration gives its prefix; the row names the configuration.
        assert!(secret_field().value().starts_with("ci_"));
        click(&by_role("button", "I've saved my key")).await;
        wait_for("the row", || row_names() == ["build"]).await;
        let row = all("ul[aria-label='API keys'] li").remove(0);
        assert!(text(&row).contains("CI"), "{}", text(&row));
    }

    #[wasm_bindgen_test]
    async fn the_default_configuration_is_not_named_and_keys_of_every_configuration_are_listed() {
        let client = signed_in();
        seed(&client, "mine");
        client.seed_key(SeedKey {
            name: Some("pipeline".into()),
            config_id: Some("ci".into()),
            ..Default::default()
        });
        let _app = mount_with_plugins(&client, plugins(false), html! { <ApiKeys /> }).await;
        wait_for("both rows", || row_names().len() == 2).await;
        // One list for the scope: no configId filter, the server's total over both.
        assert!(list_queries(&client)
            .iter()
            .all(|q| !q.contains_key("configId")));
        let rows: Vec<String> = all("ul[aria-label='API keys'] li")
            .iter()
            .map(text)
            .collect();
        assert!(
            rows.iter()
                .any(|r| r.contains("pipeline") && r.contains("CI")),
            "{rows:?}"
        );
        assert!(
            rows.iter()
                .any(|r| r.contains("mine") && r.contains("Personal")),
            "{rows:?}"
        );
        open_create().await;
        submit(&by_label("Name")).await;
        wait_for_role("dialog", "New API key").await;
        assert_eq!(client.bodies(CREATE), [json!({"expiresIn": 30 * 86_400})]);
        click(&by_role("button", "I've saved my key")).await;
        // Edit and delete name the key's own configuration, or the server answers 404.
        client.clear_requests();
        click(&by_role("button", "Edit API key pipeline")).await;
        wait_for_role("dialog", "Edit API key").await;
        type_into(&by_label("Name"), "pipeline-2").await;
        submit(&by_label("Name")).await;
        wait_for("renamed", || row_names().contains(&"pipeline-2".to_owned())).await;
        assert_eq!(
            client.bodies(UPDATE),
            [
                json!({"keyId": client.stored_keys().iter().find(|k| k.name.as_deref() == Some("pipeline-2")).unwrap().id, "name": "pipeline-2", "configId": "ci"})
            ]
        );
        click(&by_role("button", "Delete API key pipeline-2")).await;
        let dialog = wait_for_role("alertdialog", "Delete API key").await;
        click(&within(&dialog, "button", "Delete API key")).await;
        wait_for("deleted", || {
            !row_names().contains(&"pipeline-2".to_owned())
        })
        .await;
        assert_eq!(client.bodies(DELETE)[0]["configId"], json!("ci"));
        assert!(client
            .stored_keys()
            .iter()
            .all(|k| k.name.as_deref() != Some("pipeline-2")));
    }

    #[wasm_bindgen_test]
    async fn an_organization_offers_only_its_own_configuration() {
        let client = signed_in();
        let org = client.add_organization("Acme", "acme", "owner");
        let _app = mount_with_plugins(
            &client,
            plugins(false),
            html! { <ApiKeys organization_id={AttrValue::from(org.id.clone())} /> },
        )
        .await;
        wait_for_text("No API keys").await;
        open_create().await;
        // One organization configuration: nothing to choose.
        assert!(all("select")
            .iter()
            .all(|s| accessible_name(s) != "Configuration"));
        assert!(has_text(
            "Create an API key for programmatic access to this organization."
        ));
        submit(&by_label("Name")).await;
        wait_for_role("dialog", "New API key").await;
        assert_eq!(client.bodies(CREATE)[0]["configId"], json!("organization"));
        assert_eq!(client.bodies(CREATE)[0]["organizationId"], json!(org.id));
    }

    #[wasm_bindgen_test]
    async fn an_organization_key_the_server_makes_personal_is_removed_and_never_shown() {
        // A stock server: one personal configuration, so "organization" falls back to it.
        let client =
            MemoryClient::signed_in("Ada", "ada@example.test").with(ApiKeyBackend::user_only());
        let org = client.add_organization("Acme", "acme", "owner");
        let _app = mount_with(
            &client,
            html! { <ApiKeys organization_id={AttrValue::from(org.id.clone())} /> },
        )
        .await;
        wait_for_text("No API keys").await;
        open_create().await;
        type_into(&by_label("Name"), "acme-deploy").await;
        submit(&by_label("Name")).await;
        wait_for_text(
            "The server is not set up for organization API keys: it made a personal key instead. \
             That key was deleted again right away, and no key was created. Ask the server's \
             administrator to add the configuration to apiKey().",
        )
        .await;
        // Deleted on the server at once, with the configuration it really got.
        assert_eq!(client.bodies(DELETE).len(), 1);
        assert_eq!(client.bodies(DELETE)[0].get("configId"), None);
        assert!(client.stored_keys().is_empty());
        // No secret anywhere, the dialog and its input kept.
        assert!(find_by_role("dialog", "New API key").is_none());
        assert!(all("textarea").is_empty());
        assert_eq!(by_label("Name").value(), "acme-deploy");
        assert_eq!(row_names(), Vec::<String>::new());
    }

    #[wasm_bindgen_test]
    async fn an_unknown_configuration_is_caught_like_a_misplaced_organization_key() {
        let client =
            MemoryClient::signed_in("Ada", "ada@example.test").with(ApiKeyBackend::user_only());
        let _app = mount_with_plugins(&client, plugins(false), html! { <ApiKeys /> }).await;
        wait_for_text("No API keys").await;
        open_create().await;
        choose(&select_by_label("Configuration"), "ci").await;
        submit(&by_label("Name")).await;
        wait_for_text(
            "The server does not know the configuration “CI” and used another one instead. \
             That key was deleted again right away, and no key was created. Ask the server's \
             administrator to add the configuration to apiKey().",
        )
        .await;
        assert!(client.stored_keys().is_empty());
        assert!(find_by_role("dialog", "New API key").is_none());
    }

    #[wasm_bindgen_test]
    async fn a_server_older_than_1_5_is_named() {
        let client = signed_in();
        client.fail_next(LIST, ClientError::OldServer { needs: "1.5" });
        let _app = mount_with(&client, html! { <ApiKeys /> }).await;
        wait_for_text(
            "Couldn't load API keys. The server runs a Better Auth version older than 1.5, which \
             this page needs. Ask its administrator to update Better Auth.",
        )
        .await;
        assert!(!page_text().contains("cannot read"));
    }
}

mod metadata {
    use super::*;

    fn with_metadata() -> Plugins {
        Plugins::from(vec![api_key_plugin(ApiKeyOptions {
            metadata: true,
            ..Default::default()
        })])
    }

    /// Fields a browser may never send (`SERVER_ONLY_PROPERTY`; `ipAllowlist` is ignored).
    const SERVER_ONLY: [&str; 8] = [
        "permissions",
        "remaining",
        "refillAmount",
        "refillInterval",
        "rateLimitEnabled",
        "rateLimitMax",
        "rateLimitTimeWindow",
        "ipAllowlist",
    ];

    fn assert_browser_fields_only(body: &Value) {
        for field in SERVER_ONLY {
            assert!(body.get(field).is_none(), "{field} sent in {body}");
        }
    }

    #[wasm_bindgen_test]
    async fn off_by_default() {
        let client = signed_in();
        let _app = mount_card(&client).await;
        open_create().await;
        assert!(all("textarea").is_empty());
    }

    #[wasm_bindgen_test]
    async fn invalid_json_keeps_the_dialog_and_the_input() {
        let client = signed_in();
        let _app = mount_with_plugins(&client, with_metadata(), html! { <ApiKeys /> }).await;
        wait_for_text("No API keys").await;
        open_create().await;
        let field = by_label("Metadata");
        type_into(&field, "{team: ops}").await;
        submit(&by_label("Name")).await;
        wait_for_text("This is not valid JSON. Check quotes, commas and braces.").await;
        assert_eq!(focused().as_ref(), Some(field.unchecked_ref::<Element>()));
        assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));
        assert_eq!(by_label("Metadata").value(), "{team: ops}");
        type_into(&field, "[\"ops\"]").await;
        submit(&by_label("Name")).await;
        wait_for_text("Metadata must be a JSON object, in braces: {\"team\": \"ops\"}.").await;
        assert_eq!(
            client.count(CREATE),
            0,
            "nothing is sent until the JSON is an object"
        );
        type_into(&field, " {\"team\": \"ops\", \"n\": [1, 2]} ").await;
        type_into(&by_label("Name"), "with-meta").await;
        submit(&by_label("Name")).await;
        wait_for_role("dialog", "New API key").await;
        let body = &client.bodies(CREATE)[0];
        assert_eq!(body["metadata"], json!({"team": "ops", "n": [1, 2]}));
        assert_browser_fields_only(body);
    }

    #[wasm_bindgen_test]
    async fn edit_changes_and_clears_metadata_with_browser_fields_only() {
        let client = signed_in();
        let key = client.seed_key(SeedKey {
            name: Some("tagged".into()),
            metadata: Some(json!({"team": "ops"})),
            ..Default::default()
        });
        let _app = mount_with_plugins(&client, with_metadata(), html! { <ApiKeys /> }).await;
        wait_for("row", || row_names() == ["tagged"]).await;
        click(&by_role("button", "Edit API key tagged")).await;
        wait_for_role("dialog", "Edit API key").await;
        // The current metadata, pretty, to edit.
        assert_eq!(by_label("Metadata").value(), "{\n  \"team\": \"ops\"\n}");
        type_into(&by_label("Metadata"), "{\"team\": \"web\"}").await;
        toggle(&by_label("Enabled")).await;
        choose(&select_by_label("Expiration"), "90").await;
        type_into(&by_label("Name"), "tagged-2").await;
        submit(&by_label("Name")).await;
        wait_for("renamed", || row_names() == ["tagged-2"]).await;
        let body = &client.bodies(UPDATE)[0];
        assert_eq!(
            *body,
            json!({"keyId": key.id, "name": "tagged-2", "enabled": false, "expiresIn": 90 * 86_400, "metadata": {"team": "web"}})
        );
        assert_browser_fields_only(body);
        // Emptying the field clears it.
        click(&by_role("button", "Edit API key tagged-2")).await;
        wait_for_role("dialog", "Edit API key").await;
        type_into(&by_label("Metadata"), "").await;
        submit(&by_label("Name")).await;
        wait_for("saved", || client.count(UPDATE) == 2).await;
        assert_eq!(
            client.bodies(UPDATE)[1],
            json!({"keyId": key.id, "metadata": null})
        );
    }

    #[wasm_bindgen_test]
    async fn a_server_without_metadata_says_so() {
        let client = signed_in();
        client.fail_next(
            CREATE,
            ClientError::Api {
                status: 400,
                code: Some("METADATA_DISABLED".into()),
                message: Some("Metadata is disabled.".into()),
            },
        );
        let _app = mount_with_plugins(&client, with_metadata(), html! { <ApiKeys /> }).await;
        wait_for_text("No API keys").await;
        open_create().await;
        type_into(&by_label("Metadata"), "{\"a\": 1}").await;
        submit(&by_label("Name")).await;
        wait_for_text("The server does not accept metadata for API keys.").await;
        assert_eq!(by_label("Metadata").value(), "{\"a\": 1}");
    }
}

mod details {
    use super::*;

    #[wasm_bindgen_test]
    async fn everything_the_server_holds_read_only_and_labelled() {
        let client = signed_in();
        let t = now().millis();
        client.seed_key(SeedKey {
            name: Some("quota".into()),
            config_id: Some("ci".into()),
            created_at: Some(Timestamp(t - 2 * DAY)),
            remaining: Some(250),
            refill_amount: Some(1000),
            refill_interval: Some(86_400_000),
            rate_limit_max: Some(100),
            rate_limit_time_window: Some(3_600_000),
            request_count: Some(1234),
            permissions: Some(json!({"files": ["read", "write"], "projects": ["list"]})),
            metadata: Some(json!({"team": "ops"})),
            ..Default::default()
        });
        let _app = mount_card(&client).await;
        let trigger = by_role("button", "quota");
        trigger
            .unchecked_ref::<web_sys::HtmlElement>()
            .focus()
            .unwrap();
        click(&trigger).await;
        let dialog = wait_for_role("dialog", "API key details").await;
        let body = text(&dialog);
        for expected in [
            "ci",
            "ci_mem****************",
            "Prefix",
            "Enabled",
            "Never used",
            "1,234",
            "Set by the server",
            "Only the server can change these.",
            "250",
            "1,000 every 1 day",
            "100 requests in 1 hour",
            "files : read, write",
            "projects : list",
        ] {
            assert!(body.contains(expected), "{expected:?} in {body}");
        }
        let json = dialog.query_selector("pre").unwrap().unwrap();
        assert_eq!(text(&json), "{ \"team\": \"ops\" }");
        assert_eq!(json.text_content().unwrap(), "{\n  \"team\": \"ops\"\n}");
        // Nothing to edit here; focus is inside, Escape closes and returns it to the name.
        assert!(dialog
            .query_selector("input, textarea, select")
            .unwrap()
            .is_none());
        assert_eq!(
            focused().as_ref(),
            Some(&within(&dialog, "button", "Close"))
        );
        press("Escape").await;
        wait_for("closed", || {
            find_by_role("dialog", "API key details").is_none()
        })
        .await;
        assert_eq!(focused().as_ref(), Some(&trigger));
        // Everything came from the list answer.
        assert_eq!(client.count("/api-key/get"), 0);
    }

    #[wasm_bindgen_test]
    async fn defaults_read_as_words_and_unnamed_keys_keep_unique_names() {
        let client = signed_in();
        for start in ["ba_one", "ba_two"] {
            client.seed_key(SeedKey {
                name: None,
                start: Some(start.into()),
                ..Default::default()
            });
        }
        let _app = mount_card(&client).await;
        assert!(find_by_role("button", "API key (ba_one****************)").is_some());
        assert!(find_by_role("button", "Edit API key ba_one****************").is_some());
        click(&by_role("button", "API key (ba_two****************)")).await;
        let dialog = wait_for_role("dialog", "API key details").await;
        let body = text(&dialog);
        for expected in ["Unlimited", "10 requests in 1 day", "Never expires", "None"] {
            assert!(body.contains(expected), "{expected:?} in {body}");
        }
        // No metadata, no metadata section.
        assert!(dialog.query_selector("pre").unwrap().is_none());
    }

    #[wasm_bindgen_test]
    async fn german() {
        let client = signed_in();
        client.seed_key(SeedKey {
            name: Some("k".into()),
            rate_limit_max: Some(5),
            rate_limit_time_window: Some(60_000),
            ..Default::default()
        });
        let _app = mount_in(&client, "de-DE", html! { <ApiKeys /> }).await;
        click(&wait_for_role("button", "k").await).await;
        let dialog = wait_for_role("dialog", "Details des API-Schlüssels").await;
        let body = text(&dialog);
        for expected in [
            "Vom Server festgelegt",
            "Unbegrenzt",
            "5 Anfragen in 1 Minute",
            "Nie verwendet",
        ] {
            assert!(body.contains(expected), "{expected:?} in {body}");
        }
    }
}
