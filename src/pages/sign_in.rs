//! `/auth/sign-in`.

use yew::prelude::*;

use super::auth_page::{use_leave_when_signed_in, use_redirect_target, AuthSwitchLink};
use crate::app::Route;
use crate::auth::{use_auth, SessionState, SignedOutReason};
use crate::client::SignInEmail;
use crate::ui::{use_single_flight, Alert, AlertKind, Button, Card, Checkbox, TextField};
use crate::validate::{self, Invalid};

/// The sign-in page.
#[function_component]
pub fn SignIn() -> Html {
    let auth = use_auth();
    let redirect = use_redirect_target();
    use_leave_when_signed_in(redirect.clone());
    let l = auth.localization().clone();

    let email = use_state(String::new);
    let password = use_state(String::new);
    let remember = use_state_eq(|| true);
    let submitted = use_state_eq(|| false);
    let pending = use_state_eq(|| false);
    let error = use_state(|| Option::<String>::None);
    let flight = use_single_flight();
    let email_ref = use_node_ref();
    let password_ref = use_node_ref();

    let email_error = match (*submitted, validate::email(&email)) {
        (true, Err(Invalid::Required)) => Some(l.email_required.clone()),
        (true, Err(_)) => Some(l.email_invalid.clone()),
        _ => None,
    };
    let password_error = (*submitted && password.is_empty()).then(|| l.password_required.clone());

    let onsubmit = {
        let (email, password, remember) = (email.clone(), password.clone(), remember.clone());
        let (pending, error, auth) = (pending.clone(), error.clone(), auth.clone());
        let (email_ref, password_ref) = (email_ref.clone(), password_ref.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            submitted.set(true);
            // Move focus to the first field that needs fixing.
            let first_invalid = if validate::email(&email).is_err() {
                Some(&email_ref)
            } else if password.is_empty() {
                Some(&password_ref)
            } else {
                None
            };
            if let Some(r) = first_invalid {
                if let Some(el) = r.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
                return;
            }
            // One request, however fast the clicks and Enter presses come.
            let Some(guard) = flight.try_start() else {
                return;
            };
            pending.set(true);
            error.set(None);
            let request = SignInEmail {
                email: email.trim().to_owned(),
                password: (*password).clone(),
                remember_me: *remember,
            };
            let (auth, pending, error) = (auth.clone(), pending.clone(), error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(e) = auth.sign_in(request).await {
                    error.set(Some(auth.error_message(&e)));
                }
                pending.set(false);
                drop(guard);
            });
        })
    };

    let notice = match auth.session() {
        SessionState::SignedOut(SignedOutReason::Expired) => {
            Some((AlertKind::Warning, l.session_expired.clone()))
        }
        SessionState::SignedOut(SignedOutReason::SignedOut) => {
            Some((AlertKind::Info, l.signed_out.clone()))
        }
        _ => None,
    };
    let on_email = {
        let email = email.clone();
        Callback::from(move |v| email.set(v))
    };
    let on_password = {
        let password = password.clone();
        Callback::from(move |v| password.set(v))
    };
    let on_remember = {
        let remember = remember.clone();
        Callback::from(move |v| remember.set(v))
    };

    html! {
        <main class="ba-auth-page">
            <Card class="ba-auth-card" title={l.sign_in.clone()} description={l.sign_in_description.clone()}>
                <form class="ba-form" novalidate=true {onsubmit}>
                    if let Some((kind, message)) = notice {
                        <Alert {kind} {message} />
                    }
                    if let Some(message) = (*error).clone() {
                        <Alert message={message} />
                    }
                    <TextField label={l.email.clone()} input_type="email" name="email" autocomplete="email"
                        placeholder={l.email_placeholder.clone()} value={(*email).clone()} on_input={on_email}
                        required=true pending={*pending} error={email_error} node_ref={email_ref} />
                    <TextField label={l.password.clone()} input_type="password" name="password"
                        autocomplete="current-password" value={(*password).clone()} on_input={on_password}
                        required=true pending={*pending} error={password_error} node_ref={password_ref} />
                    <Checkbox label={l.remember_me.clone()} checked={*remember} on_change={on_remember}
                        disabled={*pending} />
                    <Button r#type="submit" pending={*pending}>{ l.sign_in.clone() }</Button>
                    <AuthSwitchLink to={Route::SignUp} prompt={l.no_account.clone()} label={l.sign_up.clone()}
                        redirect={redirect} />
                </form>
            </Card>
        </main>
    }
}
