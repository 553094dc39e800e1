//! Component tests of the shell: provider and hooks, pages and forms, UI primitives.
//! Run in headless Chromium: `cargo test --target wasm32-unknown-unknown --test shell`.
#![cfg(target_arch = "wasm32")]

mod support;

use better_auth_ui::auth::{use_auth, use_auth_plugin, SessionState};
use better_auth_ui::client::ClientError;
use better_auth_ui::pages::SignIn;
use better_auth_ui::plugins::api_key::api::{list_api_keys, ListApiKeys};
use better_auth_ui::plugins::api_key::ApiKeyPlugin;
use better_auth_ui::ui::Dialog;
use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Shows the session state and can make an API call, to watch the provider from outside.
#[component]
fn SessionProbe() -> Html {
    let auth = use_auth();
    let state = match auth.session() {
        SessionState::Loading => "loading".to_owned(),
        SessionState::SignedIn(d) => format!("signed in as {}", d.user.name),
        SessionState::SignedOut(reason) => format!("signed out: {reason:?}"),
        SessionState::Failed(_) => "failed".to_owned(),
    };
    let list = {
        let auth = auth.clone();
        Callback::from(move |_| {
            let auth = auth.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let query = ListApiKeys {
                    limit: 10,
                    ..Default::default()
                };
                let _ = auth.client().call(list_api_keys(&query)).await;
            });
        })
    };
    let retry = Callback::from(move |_| {
        let auth = auth.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let _ = auth.refresh_session().await;
        });
    });
    html! {
        <>
            <p id="probe">{ state }</p>
            <button onclick={list}>{ "List keys" }</button>
            <button onclick={retry}>{ "Reload session" }</button>
        </>
    }
}

fn probe() -> String {
    text(&all("#probe")[0])
}

mod chain {
    use super::*;

    #[wasm_bindgen_test]
    async fn sign_in_page_renders_and_asks_for_the_session() {
        let client = server();
        let _app = mount_with(&client, html! { <SignIn /> }).await;
        wait_for_role("heading", "Sign in").await;
        assert_eq!(client.count("/get-session"), 1);
        assert!(find_by_role("button", "Sign in").is_some());
    }
}

mod provider {
    use super::*;

    #[wasm_bindgen_test]
    async fn loads_the_session_once_at_start() {
        let client = server_signed_in("Ada", "ada@example.test");
        client.set_latency(30);
        let _app = mount_with(&client, html! { <SessionProbe /> }).await;
        assert_eq!(probe(), "loading");
        wait_for("signed in", || probe() == "signed in as Ada").await;
        sleep(std::time::Duration::from_millis(50)).await;
        assert_eq!(client.count("/get-session"), 1);
    }

    #[wasm_bindgen_test]
    async fn a_session_answered_before_the_app_starts_is_in_its_first_render() {
        let client = server_signed_in("Ada", "ada@example.test");
        client.prefetch("/get-session");
        let _app = mount_with(&client, html! { <SessionProbe /> }).await;
        assert_eq!(probe(), "signed in as Ada");
        sleep(std::time::Duration::from_millis(20)).await;
        assert_eq!(client.count("/get-session"), 1, "not asked again");
    }

    #[wasm_bindgen_test]
    async fn signed_out_when_the_server_has_no_session() {
        let client = server();
        let _app = mount_with(&client, html! { <SessionProbe /> }).await;
        wait_for("signed out", || probe() == "signed out: NotSignedIn").await;
    }

    #[wasm_bindgen_test]
    async fn any_401_ends_the_session_as_expired() {
        let client = server_signed_in("Ada", "ada@example.test");
        let _app = mount_with(&client, html! { <SessionProbe /> }).await;
        wait_for("signed in", || probe() == "signed in as Ada").await;
        client.expire_session();
        click(&by_role("button", "List keys")).await;
        wait_for("expired", || probe() == "signed out: Expired").await;
    }

    #[wasm_bindgen_test]
    async fn a_failed_session_check_can_be_retried() {
        let client = server_signed_in("Ada", "ada@example.test");
        client.fail_next("/get-session", ClientError::Network("offline".into()));
        let _app = mount_with(&client, html! { <SessionProbe /> }).await;
        wait_for("failed", || probe() == "failed").await;
        click(&by_role("button", "Reload session")).await;
        wait_for("signed in", || probe() == "signed in as Ada").await;
    }

    #[component]
    fn PluginProbe() -> Html {
        let p = use_auth_plugin::<ApiKeyPlugin>();
        html! { <p id="probe">{ p.localization.create_api_key.clone() }</p> }
    }

    #[wasm_bindgen_test]
    async fn use_auth_plugin_gives_the_plugin_in_the_configured_locale() {
        let client = server();
        let _app = mount::<Harness>(HarnessProps {
            client: client.clone(),
            plugins: None,
            locale: "de-DE".into(),
            path: "/".into(),
            children: html! { <PluginProbe /> },
        })
        .await;
        assert_eq!(probe(), "API-Schlüssel erstellen");
    }
}

mod sign_in {
    use super::*;

    #[wasm_bindgen_test]
    async fn checks_input_before_sending() {
        let client = server();
        let _app = mount_app(&client, "/auth/sign-in").await;
        let submit = wait_for_role("button", "Sign in").await;
        click(&submit).await;
        assert!(has_text("Enter your email address."));
        assert!(has_text("Enter your password."));
        assert_eq!(client.count("/sign-in/email"), 0);
        // Focus goes to the first field to fix, which says why it is invalid.
        let email = by_label("Email");
        assert_eq!(focused(), Some(email.clone().into()));
        assert_eq!(email.get_attribute("aria-invalid").as_deref(), Some("true"));
        type_into(&email, "not-an-email").await;
        click(&submit).await;
        assert!(has_text("Enter a valid email address."));
        assert_eq!(client.count("/sign-in/email"), 0);
    }

    #[wasm_bindgen_test]
    async fn wrong_password_shows_the_message_and_keeps_the_input() {
        let client = server();
        client.add_user("Ada", "ada@example.test", "correct-horse");
        let _app = mount_app(&client, "/auth/sign-in").await;
        wait_for_role("heading", "Sign in").await;
        type_into(&by_label("Email"), "ada@example.test").await;
        type_into(&by_label("Password"), "wrong-password").await;
        click(&by_role("button", "Sign in")).await;
        let alert = wait_for_role("alert", "Invalid email or password").await;
        assert!(text(&alert).contains("Invalid email or password"));
        assert_eq!(by_label("Email").value(), "ada@example.test");
        assert_eq!(by_label("Password").value(), "wrong-password");
    }

    #[wasm_bindgen_test]
    async fn pending_sends_one_request_then_goes_to_settings() {
        let client = server();
        client.add_user("Ada", "ada@example.test", "correct-horse");
        let _app = mount_app(&client, "/auth/sign-in").await;
        wait_for_role("heading", "Sign in").await;
        type_into(&by_label("Email"), "ada@example.test").await;
        type_into(&by_label("Password"), "correct-horse").await;
        client.hold("/sign-in/email");
        let submit = by_role("button", "Sign in");
        click(&submit).await;
        click(&submit).await;
        submit_form_of(&by_label("Password")).await;
        assert_eq!(client.count("/sign-in/email"), 1);
        assert_eq!(submit.get_attribute("aria-busy").as_deref(), Some("true"));
        assert!(is_disabled(&submit));
        assert!(by_label("Email").read_only());
        client.release("/sign-in/email");
        wait_for_role("heading", "Security").await;
        assert_eq!(client.count("/sign-in/email"), 1);
    }

    async fn submit_form_of(input: &web_sys::HtmlInputElement) {
        submit(input).await;
    }

    #[wasm_bindgen_test]
    async fn signed_out_visit_to_settings_returns_there_after_sign_in() {
        let client = server();
        client.add_user("Ada", "ada@example.test", "correct-horse");
        let _app = mount_app(&client, "/organization/settings").await;
        wait_for_role("heading", "Sign in").await;
        type_into(&by_label("Email"), "ada@example.test").await;
        type_into(&by_label("Password"), "correct-horse").await;
        click(&by_role("button", "Sign in")).await;
        wait_for_role("heading", "Organization").await;
    }

    #[wasm_bindgen_test]
    async fn answers_the_page_fetched_signed_out_are_not_used_after_sign_in() {
        // The bundled app's page asks for the session and the first list page before the app
        // starts; signed out, the list's answer is a 401. After signing in, the list must be
        // asked for again, not taken from that answer (which would end the new session).
        let client = server();
        client.add_user("Ada", "ada@example.test", "correct-horse");
        client.prefetch("/get-session");
        client.prefetch("/api-key/list?limit=10&offset=0&sortBy=createdAt&sortDirection=desc");
        let _app = mount_app(&client, "/settings/security").await;
        wait_for_role("heading", "Sign in").await;
        type_into(&by_label("Email"), "ada@example.test").await;
        type_into(&by_label("Password"), "correct-horse").await;
        click(&by_role("button", "Sign in")).await;
        wait_for_role("heading", "No API keys").await;
        assert!(!has_text("Your session has expired"));
        assert!(find_by_role("heading", "Security").is_some());
        assert_eq!(client.count("/api-key/list"), 1, "asked once, signed in");
    }

    #[wasm_bindgen_test]
    async fn an_expired_session_is_explained() {
        let client = server_signed_in("Ada", "ada@example.test");
        let _app = mount_app(&client, "/settings/security").await;
        wait_for_role("heading", "Security").await;
        client.expire_session();
        // Any call now answers 401: the next page of keys, here via the create dialog's list.
        wait_for("create buttons", || {
            !all_by_role("button", "Create API key").is_empty()
        })
        .await;
        let create = all_by_role("button", "Create API key");
        click(&create[0]).await;
        type_into(&by_label("Name"), "ci").await;
        submit(&by_label("Name")).await;
        wait_for_role("heading", "Sign in").await;
        assert!(has_text("Your session has expired. Please sign in again."));
    }
}

mod sign_up {
    use super::*;

    #[wasm_bindgen_test]
    async fn password_length_is_checked_before_sending() {
        let client = server();
        let _app = mount_app(&client, "/auth/sign-up").await;
        wait_for_role("heading", "Sign up").await;
        type_into(&by_label("Name"), "Ada").await;
        type_into(&by_label("Email"), "ada@example.test").await;
        type_into(&by_label("Password"), "short").await;
        click(&by_role("button", "Create account")).await;
        assert!(has_text("Password must be at least 8 characters."));
        type_into(&by_label("Password"), &"x".repeat(129)).await;
        click(&by_role("button", "Create account")).await;
        assert!(has_text("Password must be at most 128 characters."));
        assert_eq!(client.count("/sign-up/email"), 0);
        type_into(&by_label("Name"), "   ").await;
        type_into(&by_label("Password"), "long-enough").await;
        click(&by_role("button", "Create account")).await;
        assert!(has_text("Enter your name."));
        assert_eq!(focused(), Some(by_label("Name").into()));
        assert_eq!(client.count("/sign-up/email"), 0);
    }

    #[wasm_bindgen_test]
    async fn duplicate_email_shows_the_message() {
        let client = server();
        client.add_user("Ada", "ada@example.test", "password123");
        let _app = mount_app(&client, "/auth/sign-up").await;
        wait_for_role("heading", "Sign up").await;
        type_into(&by_label("Name"), "Ada Again").await;
        type_into(&by_label("Email"), "ada@example.test").await;
        type_into(&by_label("Password"), "password123").await;
        click(&by_role("button", "Create account")).await;
        wait_for_text("User already exists. Use another email.").await;
        assert_eq!(by_label("Name").value(), "Ada Again");
    }

    #[wasm_bindgen_test]
    async fn success_signs_in_and_opens_settings() {
        let client = server();
        let _app = mount_app(&client, "/auth/sign-up").await;
        wait_for_role("heading", "Sign up").await;
        type_into(&by_label("Name"), "Grace").await;
        type_into(&by_label("Email"), "grace@example.test").await;
        type_into(&by_label("Password"), "password123").await;
        click(&by_role("button", "Create account")).await;
        wait_for_role("heading", "Security").await;
        wait_for_text("grace@example.test").await;
    }
}

mod shell {
    use super::*;

    #[wasm_bindgen_test]
    async fn home_redirects_by_session() {
        let client = server();
        let app = mount_app(&client, "/").await;
        wait_for_role("heading", "Sign in").await;
        drop(app);
        let client = server_signed_in("Ada", "ada@example.test");
        let _app = mount_app(&client, "/").await;
        wait_for_role("heading", "Security").await;
    }

    #[wasm_bindgen_test]
    async fn unknown_paths_show_not_found() {
        let client = server();
        let _app = mount_app(&client, "/no/such/page").await;
        wait_for_role("heading", "Page not found").await;
    }

    #[wasm_bindgen_test]
    async fn sign_out_returns_to_sign_in() {
        let client = server_signed_in("Ada", "ada@example.test");
        let _app = mount_app(&client, "/settings/security").await;
        let button = wait_for_role("button", "Sign out").await;
        click(&button).await;
        wait_for_role("heading", "Sign in").await;
        assert!(has_text("You have been signed out."));
        assert_eq!(client.current_user(), None);
    }

    #[wasm_bindgen_test]
    async fn create_an_organization_and_switch_back() {
        let client = server_signed_in("Ada", "ada@example.test");
        let _app = mount_app(&client, "/settings/security").await;
        let open = wait_for_role("button", "New organization").await;
        click(&open).await;
        let dialog = wait_for_role("dialog", "Create organization").await;
        assert_eq!(dialog.get_attribute("aria-modal").as_deref(), Some("true"));
        // The slug follows the name; a bad slug is refused before sending.
        type_into(&by_label("Name"), "Acme Corp").await;
        assert_eq!(by_label("Slug").value(), "acme-corp");
        type_into(&by_label("Slug"), "Acme Corp!").await;
        let buttons = all_by_role("button", "Create organization");
        assert_eq!(buttons.len(), 1, "only the dialog's submit");
        click(&buttons[0]).await;
        assert!(has_text("Use only lowercase letters, numbers and hyphens."));
        assert_eq!(client.count("/organization/create"), 0);
        type_into(&by_label("Slug"), "acme").await;
        click(&buttons[0]).await;
        wait_for_role("heading", "Organization").await;
        let select = select_by_label("Active organization");
        wait_for("Acme active", || {
            select.selected_options().length() == 1
                && text(&select.selected_options().item(0).unwrap()) == "Acme Corp"
        })
        .await;
        // Back to the personal account.
        choose(&select, "").await;
        wait_for_text("Switched to your personal account").await;
        wait_for_role("heading", "No organization selected").await;
    }

    #[wasm_bindgen_test]
    async fn german_locale_renders_german() {
        let client = server();
        let _app = mount_app_in(&client, "/auth/sign-in", "de-DE").await;
        wait_for_role("heading", "Anmelden").await;
        assert!(find_by_role("button", "Anmelden").is_some());
        assert!(by_label("Passwort").is_connected());
        assert_eq!(
            gloo_utils::document().title(),
            "Anmelden · Kontoeinstellungen"
        );
    }

    #[wasm_bindgen_test]
    async fn the_tab_title_names_the_page_in_the_pages_language() {
        let client = server_signed_in("Ada", "ada@example.test");
        let app = mount_app(&client, "/settings/security").await;
        wait_for_role("heading", "Security").await;
        wait_for("title", || {
            gloo_utils::document().title() == "Security · Account settings"
        })
        .await;
        drop(app);
        let _app = mount_app_in(&client, "/settings/security", "de-DE").await;
        wait_for_role("heading", "Sicherheit").await;
        wait_for("German title", || {
            gloo_utils::document().title() == "Sicherheit · Kontoeinstellungen"
        })
        .await;
    }
}

mod dialog {
    use super::*;

    #[derive(Properties, PartialEq)]
    struct DemoProps {
        #[prop_or_default]
        alert: bool,
    }

    #[component]
    fn Demo(props: &DemoProps) -> Html {
        let open = use_state(|| false);
        let dismissed = use_state(|| 0u32);
        let show = {
            let open = open.clone();
            Callback::from(move |_| open.set(true))
        };
        let close = {
            let (open, dismissed) = (open.clone(), dismissed.clone());
            Callback::from(move |()| {
                dismissed.set(*dismissed + 1);
                open.set(false);
            })
        };
        let close_click = {
            let close = close.clone();
            Callback::from(move |_| close.emit(()))
        };
        html! {
            <>
                <button onclick={show}>{ "Open demo" }</button>
                <p id="probe">{ format!("dismissed {}", *dismissed) }</p>
                if *open {
                    <Dialog title="Demo title" description="Demo description" alert={props.alert}
                        on_dismiss={close}>
                        <input aria-label="Demo field" />
                        <button>{ "Middle" }</button>
                        <button onclick={close_click}>{ "Done" }</button>
                    </Dialog>
                }
            </>
        }
    }

    #[wasm_bindgen_test]
    async fn is_modal_labelled_and_takes_focus() {
        let _app = mount::<Demo>(DemoProps { alert: false }).await;
        let trigger = by_role("button", "Open demo");
        trigger
            .dyn_ref::<web_sys::HtmlElement>()
            .unwrap()
            .focus()
            .unwrap();
        click(&trigger).await;
        let dialog = wait_for_role("dialog", "Demo title").await;
        assert_eq!(dialog.get_attribute("aria-modal").as_deref(), Some("true"));
        let described = dialog.get_attribute("aria-describedby").unwrap();
        assert_eq!(
            text(
                &web_sys::window()
                    .unwrap()
                    .document()
                    .unwrap()
                    .get_element_by_id(&described)
                    .unwrap()
            ),
            "Demo description"
        );
        assert_eq!(focused(), Some(by_label("Demo field").into()));
        let body = web_sys::window()
            .unwrap()
            .document()
            .unwrap()
            .body()
            .unwrap();
        let overflow = || body.style().get_property_value("overflow").unwrap();
        assert_eq!(overflow(), "hidden", "the page behind does not scroll");
        press("Escape").await;
        assert!(find_by_role("dialog", "Demo title").is_none());
        assert_eq!(probe(), "dismissed 1");
        assert_eq!(focused(), Some(trigger));
        assert_eq!(overflow(), "", "and scrolls again, as it did before");
    }

    #[wasm_bindgen_test]
    async fn tab_is_trapped_both_ways() {
        let _app = mount::<Demo>(DemoProps { alert: false }).await;
        click(&by_role("button", "Open demo")).await;
        wait_for_role("dialog", "Demo title").await;
        let field: web_sys::Element = by_label("Demo field").into();
        press("Tab").await;
        assert_eq!(focused(), Some(by_role("button", "Middle")));
        press("Tab").await;
        assert_eq!(focused(), Some(by_role("button", "Done")));
        press("Tab").await;
        assert_eq!(focused(), Some(field.clone()), "wraps to the first");
        press_shift("Tab").await;
        assert_eq!(
            focused(),
            Some(by_role("button", "Done")),
            "wraps to the last"
        );
    }

    #[wasm_bindgen_test]
    async fn backdrop_click_dismisses_but_a_click_inside_does_not() {
        let _app = mount::<Demo>(DemoProps { alert: true }).await;
        click(&by_role("button", "Open demo")).await;
        let dialog = wait_for_role("alertdialog", "Demo title").await;
        click(&by_role("button", "Middle")).await;
        click(&dialog.query_selector(".ba-dialog").unwrap().unwrap()).await;
        assert!(find_by_role("alertdialog", "Demo title").is_some());
        assert_eq!(probe(), "dismissed 0");
        click(&all(".ba-overlay")[0]).await;
        assert!(find_by_role("alertdialog", "Demo title").is_none());
        assert_eq!(probe(), "dismissed 1");
    }
}

mod toast {
    use super::*;

    #[wasm_bindgen_test]
    async fn a_live_region_is_always_present() {
        let client = server();
        let _app = mount_with(&client, html! { <SessionProbe /> }).await;
        let region = by_role("status", "Notifications");
        assert_eq!(region.get_attribute("aria-live").as_deref(), Some("polite"));
    }
}

/// A plugin written entirely here, as a third party would: its own card, its own request
/// through the client's generic path, its own strings and its own page. Nothing outside this
/// module knows it exists.
mod third_party_plugin {
    use super::*;
    use better_auth_ui::auth::{plugin, AuthPlugin, PluginPage, Plugins};
    use better_auth_ui::client::memory::{
        Answer, Failure, MemoryBackend, MemoryCore, MemoryRequest,
    };
    use better_auth_ui::client::{MemoryClient, Method, Request};
    use better_auth_ui::i18n::Locale;
    use serde::Deserialize;

    #[derive(Clone, PartialEq)]
    struct GreeterStrings {
        title: AttrValue,
        greeting: AttrValue,
        nav: AttrValue,
    }

    struct Greeter;

    impl AuthPlugin for Greeter {
        type Localization = GreeterStrings;
        const ID: &'static str = "greeter";

        fn localization(&self, locale: &Locale) -> GreeterStrings {
            if locale.language() == "de" {
                GreeterStrings {
                    title: "Grüße".into(),
                    greeting: "Hallo, {name}!".into(),
                    nav: "Grüße".into(),
                }
            } else {
                GreeterStrings {
                    title: "Greetings".into(),
                    greeting: "Hello, {name}!".into(),
                    nav: "Greetings".into(),
                }
            }
        }

        fn security_cards(&self) -> Html {
            html! { <GreeterCard key="greeter" /> }
        }

        fn pages(&self, locale: &Locale) -> Vec<PluginPage> {
            vec![PluginPage {
                path: "/settings/greeter",
                nav_label: Some(self.localization(locale).nav),
                render: || html! { <GreeterPage /> },
            }]
        }
    }

    #[derive(Deserialize)]
    struct Greeting {
        name: String,
    }

    #[component]
    fn GreeterCard() -> Html {
        let auth = use_auth();
        let strings = use_auth_plugin::<Greeter>().localization;
        let name = use_state(|| Option::<String>::None);
        {
            let (auth, name) = (auth.clone(), name.clone());
            use_effect_with((), move |()| {
                wasm_bindgen_futures::spawn_local(async move {
                    let answer = auth
                        .client()
                        .call(Request::<Greeting>::get("/greeter/hello"))
                        .await;
                    if let Ok(g) = answer {
                        name.set(Some(g.name));
                    }
                });
            });
        }
        html! {
            <section aria-label={strings.title.clone()}>
                <h2>{ strings.title.clone() }</h2>
                if let Some(n) = &*name {
                    <p>{ strings.greeting.replace("{name}", n) }</p>
                }
            </section>
        }
    }

    #[component]
    fn GreeterPage() -> Html {
        let strings = use_auth_plugin::<Greeter>().localization;
        html! { <main><h1>{ strings.title.clone() }</h1><GreeterCard /></main> }
    }

    /// The plugin's part of the in-memory server.
    struct GreeterServer;

    impl MemoryBackend for GreeterServer {
        fn answer(&self, core: &mut MemoryCore, r: &MemoryRequest) -> Option<Answer> {
            if !r.is(Method::Get, "/greeter/hello") {
                return None;
            }
            Some(match core.current_user() {
                Some(user) => Ok(serde_json::json!({ "name": user.name })),
                None => Err(Failure::unauthorized()),
            })
        }
    }

    async fn mount_greeter(client: &MemoryClient, path: &str, locale: &str) -> Mounted {
        mount::<Harness>(HarnessProps {
            client: client.clone(),
            plugins: Some(Plugins::from(vec![plugin(Greeter)])),
            locale: AttrValue::from(locale.to_owned()),
            path: AttrValue::from(path.to_owned()),
            children: html! {
                <yew_router::Switch<better_auth_ui::routing::Route> render={better_auth_ui::app::switch} />
            },
        })
        .await
    }

    #[wasm_bindgen_test]
    async fn its_card_and_request_work_on_the_security_page() {
        let client = server_signed_in("Ada", "ada@example.test").with(GreeterServer);
        let _app = mount_greeter(&client, "/settings/security", "en-US").await;
        wait_for_role("heading", "Greetings").await;
        wait_for_text("Hello, Ada!").await;
        assert_eq!(client.count("/greeter/hello"), 1);
        // Only what is registered shows: no API-key card.
        assert!(find_by_role("heading", "API keys").is_none());
        // Its page is linked from the header, and the link takes the user there.
        let link = by_role("link", "Greetings");
        assert_eq!(
            link.get_attribute("href").as_deref(),
            Some("/settings/greeter")
        );
        click(&link).await;
        wait_for("the plugin's page", || {
            all("main h1").iter().any(|h| text(h) == "Greetings")
        })
        .await;
    }

    #[wasm_bindgen_test]
    async fn its_page_and_strings_follow_the_locale() {
        let client = server_signed_in("Ada", "ada@example.test").with(GreeterServer);
        let _app = mount_greeter(&client, "/settings/greeter", "de-DE").await;
        wait_for("the plugin's page", || {
            all("main h1").iter().any(|h| text(h) == "Grüße")
        })
        .await;
        wait_for_text("Hallo, Ada!").await;
        assert!(find_by_role("heading", "Seite nicht gefunden").is_none());
    }

    #[wasm_bindgen_test]
    async fn a_401_on_its_request_ends_the_session_like_any_other() {
        let client = server_signed_in("Ada", "ada@example.test").with(GreeterServer);
        client.fail_next("/greeter/hello", ClientError::Unauthorized);
        let _app = mount_greeter(&client, "/settings/security", "en-US").await;
        wait_for_role("heading", "Sign in").await;
        assert!(has_text("Your session has expired. Please sign in again."));
    }
}

/// The browser's answer decoder (JSON.parse, then serde over the JS value): the shapes the
/// server sends, and the odd ones it must survive.
mod codec {
    use super::*;
    use better_auth_ui::client::error::error_from_response;
    use better_auth_ui::client::json::decode;
    use better_auth_ui::client::SessionData;
    use better_auth_ui::plugins::api_key::model::{ApiKeyPage, CreatedApiKey};

    const KEY: &str = r#"{"id":"k1","configId":"default","name":"ci","start":"ba_xyz","prefix":null,
        "referenceId":"u1","enabled":false,"expiresAt":"2026-01-02T03:04:05.000Z","createdAt":1767323045000,
        "updatedAt":"2026-01-02T03:04:05.000Z","lastRequest":null,"requestCount":3,"remaining":null,
        "rateLimitEnabled":true,"rateLimitTimeWindow":86400000,"rateLimitMax":10.5,
        "permissions":{"files":["read"]},"metadata":[1,{"a":null}],"extra":"ignored"}"#;

    #[wasm_bindgen_test]
    fn reads_keys_pages_and_sessions() {
        let page: ApiKeyPage = decode(&format!(r#"{{"apiKeys":[{KEY}],"total":37}}"#)).unwrap();
        assert_eq!(page.total, 37);
        let key = &page.api_keys[0];
        assert_eq!(
            (
                key.name.as_deref(),
                key.enabled,
                key.request_count,
                key.prefix.as_deref()
            ),
            (Some("ci"), false, Some(3), None)
        );
        assert_eq!(key.created_at.millis(), 1_767_323_045_000);
        // An odd count is unknown, not a list that fails; the rest of the key still reads.
        assert_eq!(key.rate_limit_max, None);
        assert_eq!(key.rate_limit_time_window, Some(86_400_000));
        assert_eq!(
            key.metadata.as_ref().map(|m| m.as_str()),
            Some(r#"[1,{"a":null}]"#)
        );
        assert_eq!(key.permissions.as_ref().map(|p| p.0.len()), Some(1));
        assert_eq!(key.expires_at.map(|t| t.millis()), Some(1_767_323_045_000));
        let created =
            CreatedApiKey::decode(&KEY.replacen('{', r#"{"key":"ba_secret","#, 1)).unwrap();
        assert_eq!(created.key.expose(), "ba_secret");
        assert_eq!(decode::<Option<SessionData>>("null"), Ok(None));
        let s: Option<SessionData> = decode(
            r#"{"session":{"id":"s","userId":"u","activeOrganizationId":"o"},"user":{"id":"u","name":null,"email":"a@b"}}"#,
        )
        .unwrap();
        let s = s.unwrap();
        assert_eq!(
            (
                s.user.name.as_str(),
                s.session.active_organization_id.as_deref()
            ),
            ("", Some("o"))
        );
    }

    #[wasm_bindgen_test]
    fn refuses_other_shapes_with_a_decode_error() {
        for body in [
            "",
            "<html>",
            r#"{"keys":[]}"#,
            r#"{"apiKeys":{},"total":1}"#,
            r#"{"apiKeys":[],"total":-1}"#,
            r#"{"apiKeys":[{"id":5}]}"#,
        ] {
            assert!(
                matches!(decode::<ApiKeyPage>(body), Err(ClientError::Decode(_))),
                "{body}"
            );
        }
    }

    #[wasm_bindgen_test]
    fn error_bodies_keep_what_can_be_read() {
        assert_eq!(
            error_from_response(
                400,
                None,
                r#"{"code":{"x":[1,2.5]},"message":"Bad name"}"#,
                true
            ),
            ClientError::Api {
                status: 400,
                code: None,
                message: Some("Bad name".into())
            }
        );
        assert_eq!(
            error_from_response(502, None, "<html>gateway</html>", true),
            ClientError::Api {
                status: 502,
                code: None,
                message: None
            }
        );
        assert_eq!(
            error_from_response(429, Some("1.5"), "", true),
            ClientError::RateLimited {
                retry_after: Some(2)
            }
        );
    }
}

/// The polish of the header, the toasts and the organization page, as a user sees it: labels,
/// text sizes, alignment measured in the page's own layout.
mod polish {
    use super::*;
    use better_auth_ui::ui::use_toaster;
    use wasm_bindgen::JsValue;

    fn css(el: &web_sys::Element, property: &str) -> String {
        web_sys::window()
            .unwrap()
            .get_computed_style(el)
            .unwrap()
            .unwrap()
            .get_property_value(property)
            .unwrap()
    }

    /// `[top, bottom, left, right]` of the element's box, or with `first_line` of the first
    /// line box of its text.
    fn rect(el: &web_sys::Element, first_line: bool) -> [f64; 4] {
        let f = js_sys::Function::new_with_args(
            "el, line",
            "const r = line ? (() => { const g = document.createRange(); g.selectNodeContents(el); \
             return g.getClientRects()[0]; })() : el.getBoundingClientRect(); \
             return [r.top, r.bottom, r.left, r.right];",
        );
        let v = f
            .call2(&JsValue::NULL, el, &JsValue::from_bool(first_line))
            .unwrap();
        let a = js_sys::Array::from(&v);
        std::array::from_fn(|i| a.get(i as u32).as_f64().unwrap())
    }

    fn middle(r: [f64; 4]) -> f64 {
        (r[0] + r[1]) / 2.0
    }

    fn header() -> web_sys::Element {
        all(".ba-header").remove(0)
    }

    fn viewport_width() -> f64 {
        web_sys::window()
            .unwrap()
            .inner_width()
            .unwrap()
            .as_f64()
            .unwrap()
    }

    #[wasm_bindgen_test]
    async fn the_create_organization_button_says_new_organization() {
        let client = server_signed_in("Ada", "ada@example.test");
        let _app = mount_app(&client, "/settings/security").await;
        let button = wait_for_role("button", "New organization").await;
        assert!(header().contains(Some(&button)));
        assert_eq!(text(&button), "New organization", "its visible text");
        assert_eq!(
            button.get_attribute("aria-label"),
            None,
            "named by what it shows"
        );
        if viewport_width() > 400.0 {
            let label = button
                .query_selector(".ba-org-create-label")
                .unwrap()
                .unwrap();
            let [top, bottom, left, right] = rect(&label, false);
            assert!(
                right - left > 40.0 && bottom - top > 10.0,
                "the label is shown"
            );
        }
        // Unique: the dialog's own button is the one that creates.
        assert!(find_by_role("button", "Create organization").is_none());
        click(&button).await;
        let dialog = wait_for_role("dialog", "Create organization").await;
        assert_eq!(all_by_role("button", "New organization").len(), 1);
        assert!(dialog.contains(Some(&by_role("button", "Create organization"))));
    }

    #[wasm_bindgen_test]
    async fn in_german_it_says_neue_organisation() {
        let client = server_signed_in("Ada", "ada@example.test");
        let _app = mount_app_in(&client, "/settings/security", "de-DE").await;
        let button = wait_for_role("button", "Neue Organisation").await;
        assert_eq!(text(&button), "Neue Organisation");
    }

    #[wasm_bindgen_test]
    async fn sign_out_has_the_text_size_of_the_other_header_controls() {
        let client = server_signed_in("Ada", "ada@example.test");
        let _app = mount_app(&client, "/settings/security").await;
        let sign_out = wait_for_role("button", "Sign out").await;
        let switcher: web_sys::Element = select_by_label("Active organization").into();
        let create = by_role("button", "New organization");
        let link = by_role("link", "Security");
        let size = css(&sign_out, "font-size");
        assert_eq!(size, "14px");
        for (what, el) in [
            ("switcher", &switcher),
            ("new organization", &create),
            ("link", &link),
        ] {
            assert_eq!(css(el, "font-size"), size, "{what}");
        }
        // The switcher and its button share a center line; the two buttons are one height.
        let (button, menu) = (rect(&create, false), rect(&switcher, false));
        assert!((middle(button) - middle(menu)).abs() <= 1.0);
        let sign_out_box = rect(&sign_out, false);
        assert_eq!(sign_out_box[1] - sign_out_box[0], button[1] - button[0]);
    }

    #[wasm_bindgen_test]
    async fn the_organization_page_names_the_active_organization() {
        let client = server_signed_in("Ada", "ada@example.test");
        let acme = client.add_organization("Acme Corp", "acme", "owner");
        let globex = client.add_organization("Globex", "globex", "owner");
        client.set_active(Some(&acme.id));
        client.hold("/organization/list");
        let _app = mount_app(&client, "/organization/settings").await;
        let heading = wait_for_role("heading", "Organization").await;
        assert_eq!(heading.tag_name(), "H1");
        // While the list is on its way the line under the heading says it in general words,
        // on the line the name will take.
        let intro = all(".ba-page-intro").remove(0);
        wait_for("session", || find_by_role("button", "Sign out").is_some()).await;
        assert_eq!(text(&intro), "Settings of the active organization.");
        let before = rect(&intro, false);
        let main_before = rect(&all(".ba-main .ba-stack").remove(0), false);
        client.release("/organization/list");
        wait_for("the name", || text(&intro) == "Settings of Acme Corp.").await;
        let after = rect(&intro, false);
        assert_eq!((before[0], before[1]), (after[0], after[1]), "no jump");
        let main_after = rect(&all(".ba-main .ba-stack").remove(0), false);
        assert_eq!(
            main_before[0], main_after[0],
            "the cards stay where they are"
        );
        // The tab keeps the page's name.
        assert_eq!(
            gloo_utils::document().title(),
            "Organization · Account settings"
        );
        // The switcher's answer is the page's: no request of its own, and none on a switch.
        assert_eq!(client.count("/organization/list"), 1);
        choose(&select_by_label("Active organization"), &globex.id).await;
        wait_for("the new name", || text(&intro) == "Settings of Globex.").await;
        assert_eq!(client.count("/organization/list"), 1);
    }

    #[wasm_bindgen_test]
    async fn in_german_the_page_names_it_too() {
        let client = server_signed_in("Ada", "ada@example.test");
        let acme = client.add_organization("Acme Corp", "acme", "owner");
        client.set_active(Some(&acme.id));
        let _app = mount_app_in(&client, "/organization/settings", "de-DE").await;
        wait_for_role("heading", "Organisation").await;
        wait_for_text("Einstellungen von Acme Corp.").await;
        wait_for("title", || {
            gloo_utils::document().title() == "Organisation · Kontoeinstellungen"
        })
        .await;
    }

    #[wasm_bindgen_test]
    async fn a_new_organization_is_named_at_once() {
        let client = server_signed_in("Ada", "ada@example.test");
        let _app = mount_app(&client, "/organization/settings").await;
        wait_for_role("heading", "No organization selected").await;
        click(&wait_for_role("button", "New organization").await).await;
        wait_for_role("dialog", "Create organization").await;
        type_into(&by_label("Name"), "Initech").await;
        // The list asked again after creating stays on its way: the name is known already.
        client.hold("/organization/list");
        click(&by_role("button", "Create organization")).await;
        wait_for_text("Settings of Initech.").await;
        let select = select_by_label("Active organization");
        assert_eq!(text(&select.selected_options().item(0).unwrap()), "Initech");
        client.release("/organization/list");
        wait_for("reloaded", || client.count("/organization/list") == 2).await;
        wait_for_text("Settings of Initech.").await;
    }

    #[component]
    fn Toasts() -> Html {
        let toaster = use_toaster();
        let short = {
            let toaster = toaster.clone();
            Callback::from(move |_| toaster.success("Switched to Acme Corp"))
        };
        let long = Callback::from(move |_| {
            toaster.error(
                "Could not reach the server. Check your connection and try again, \
                 or ask the administrator whether the server is up.",
            )
        });
        html! {
            <>
                <button onclick={short}>{ "Short" }</button>
                <button onclick={long}>{ "Long" }</button>
            </>
        }
    }

    /// The close button's and the icon's centers against the first line of the message.
    fn misalignment(toast: &web_sys::Element) -> (f64, f64, usize) {
        let message = toast.query_selector(".ba-toast-message").unwrap().unwrap();
        let close = toast.query_selector("button").unwrap().unwrap();
        let icon = toast.query_selector("svg").unwrap().unwrap();
        let line = middle(rect(&message, true));
        let line_height: f64 = css(&message, "line-height")
            .trim_end_matches("px")
            .parse()
            .unwrap();
        let [top, bottom, ..] = rect(&message, false);
        let lines = ((bottom - top) / line_height).round() as usize;
        (
            (middle(rect(&close, false)) - line).abs(),
            (middle(rect(&icon, false)) - line).abs(),
            lines,
        )
    }

    #[wasm_bindgen_test]
    async fn toast_text_and_close_button_share_a_center_line() {
        let client = server();
        let _app = mount_with(&client, html! { <Toasts /> }).await;
        click(&by_role("button", "Short")).await;
        click(&by_role("button", "Long")).await;
        let toasts = all(".ba-toast");
        assert_eq!(toasts.len(), 2);
        let (close, icon, lines) = misalignment(&toasts[0]);
        assert_eq!(lines, 1, "one line");
        assert!(close <= 1.5, "one line: close button off by {close}px");
        assert!(icon <= 1.5, "one line: icon off by {icon}px");
        // The close button lies inside the toast, not over its edge.
        let [top, bottom, ..] = rect(&toasts[0], false);
        let [ctop, cbottom, ..] =
            rect(&toasts[0].query_selector("button").unwrap().unwrap(), false);
        assert!(ctop >= top && cbottom <= bottom);
        let (close, icon, lines) = misalignment(&toasts[1]);
        assert!(lines >= 2, "wraps: {lines} lines");
        assert!(close <= 1.5, "several lines: close button off by {close}px");
        assert!(icon <= 1.5, "several lines: icon off by {icon}px");
    }
}
