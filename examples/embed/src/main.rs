//! Acme Cloud, a host app of its own, with the API-key cards on its settings page: the README's
//! "Embedding in your own Yew app". The test command builds it (scripts/build-embed) and drives
//! it in the browser against the reference server (e2e/embed.spec.ts).

use better_auth_ui::prelude::*;
use better_auth_ui::ui::theme::Theme;
use web_sys::{HtmlDialogElement, HtmlInputElement};
use yew::prelude::*;
use yew_router::prelude::*;

/// The host's routes. Only the settings page mounts the cards.
#[derive(Clone, PartialEq, Routable)]
enum Route {
    #[at("/")]
    Home,
    #[at("/settings/api-keys")]
    ApiKeySettings,
    #[not_found]
    #[at("/404")]
    NotFound,
}

#[component]
fn App() -> Html {
    html! {
        <BrowserRouter>
            <header class="site-header">
                <h1>{ "Acme Cloud" }</h1>
                <nav>
                    <Link<Route> to={Route::Home}>{ "Home" }</Link<Route>>
                    <Link<Route> to={Route::ApiKeySettings}>{ "API keys" }</Link<Route>>
                </nav>
                <FeedbackButton />
            </header>
            <main class="site-main">
                <Switch<Route> render={switch} />
            </main>
            <footer class="site-footer"><p>{ "Acme Cloud, since 2024." }</p></footer>
        </BrowserRouter>
    }
}

fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <Home /> },
        Route::ApiKeySettings => html! { <ApiKeySettings /> },
        Route::NotFound => html! { <h2>{ "Page not found" }</h2> },
    }
}

/// The page with the cards.
#[component]
fn ApiKeySettings() -> Html {
    // Built once: AuthProvider compares the client and the plugins by identity.
    let client = use_memo((), |()| Client::new(HttpClient::new("/api/auth")));
    let plugins = use_memo((), |()| {
        Plugins::from(vec![api_key_plugin(ApiKeyOptions::default())])
    });
    let signed_out = Callback::from(|reason| html! { <SignInForm {reason} /> });
    html! {
        <>
            <h2>{ "Developer settings" }</h2>
            <p>{ "Keys let your scripts call the Acme API in your name." }</p>
            // `theme`: Inherit (the default: this page's color-scheme), System, Light or Dark.
            <AuthProvider client={(*client).clone()} plugins={(*plugins).clone()} theme={Theme::Inherit}>
                <SessionGate {signed_out}>
                    <SignedInAs />
                    <ApiKeys />
                </SessionGate>
            </AuthProvider>
        </>
    }
}

/// Who is signed in, and a way out.
#[component]
fn SignedInAs() -> Html {
    let auth = use_auth();
    let email = auth.session().user().map(|u| u.email.clone());
    let sign_out = Callback::from(move |_| {
        let auth = auth.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let _ = auth.sign_out().await;
        });
    });
    html! {
        <p class="signed-in">
            { "Signed in as " }<strong>{ email }</strong>
            <button type="button" onclick={sign_out}>{ "Sign out" }</button>
        </p>
    }
}

#[derive(Properties, PartialEq)]
struct SignInFormProps {
    reason: SignedOutReason,
}

/// The host's own sign-in form, shown by `SessionGate` to a visitor.
#[component]
fn SignInForm(props: &SignInFormProps) -> Html {
    let auth = use_auth();
    let email = use_node_ref();
    let password = use_node_ref();
    let error = use_state(|| None::<String>);
    let onsubmit = {
        let (email, password, error) = (email.clone(), password.clone(), error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = |r: &NodeRef| r.cast::<HtmlInputElement>().map(|i| i.value());
            let request = SignInEmail {
                email: value(&email).unwrap_or_default(),
                password: value(&password).unwrap_or_default(),
                remember_me: true,
            };
            let (auth, error) = (auth.clone(), error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                // On success SessionGate shows the cards instead of this form.
                if let Err(e) = auth.sign_in(request).await {
                    error.set(Some(auth.error_message(&e)));
                }
            });
        })
    };
    let notice = match props.reason {
        SignedOutReason::Expired => "Your session has ended. Please sign in again.",
        SignedOutReason::SignedOut => "You have signed out.",
        SignedOutReason::NotSignedIn => "Sign in to manage your API keys.",
    };
    html! {
        <form class="host-form" {onsubmit}>
            <h3>{ "Sign in" }</h3>
            <p>{ notice }</p>
            if let Some(message) = &*error {
                <p role="alert">{ message }</p>
            }
            <label>{ "Email" }<input ref={email} type="email" name="email" autocomplete="email" required=true /></label>
            <label>{ "Password" }<input ref={password} type="password" name="password" autocomplete="current-password" required=true /></label>
            <button type="submit">{ "Sign in" }</button>
        </form>
    }
}

/// The host's landing page: no cards, no AuthProvider.
#[component]
fn Home() -> Html {
    html! {
        <>
            <h2>{ "Welcome" }</h2>
            <p>{ "Acme Cloud runs your jobs. Create an API key to call it from your scripts." }</p>
            <ul>
                <li>{ "Jobs" }</li>
                <li>{ "Schedules" }</li>
            </ul>
            <form class="host-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <h3>{ "Newsletter" }</h3>
                <p>{ "One mail a month." }</p>
                <label>{ "Email" }<input type="email" name="email" autocomplete="email" /></label>
                <button type="submit">{ "Subscribe" }</button>
            </form>
        </>
    }
}

/// A button in the host's header that opens the host's own dialog.
#[component]
fn FeedbackButton() -> Html {
    let dialog = use_node_ref();
    let open = {
        let dialog = dialog.clone();
        Callback::from(move |_| {
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                let _ = d.show_modal();
            }
        })
    };
    html! {
        <>
            <button type="button" onclick={open}>{ "Feedback" }</button>
            <dialog ref={dialog} class="feedback" aria-labelledby="feedback-title">
                <form method="dialog">
                    <h2 id="feedback-title">{ "Feedback" }</h2>
                    <p>{ "Tell us what you think." }</p>
                    <button>{ "Close" }</button>
                </form>
            </dialog>
        </>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
