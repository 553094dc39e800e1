//! `/auth/sign-in`.

use yew::prelude::*;

use super::auth_page::{use_leave_when_signed_in, use_redirect_target, AuthSwitchLink};
use crate::auth::{use_auth, SessionState, SignedOutReason};
use crate::client::account::SignInEmail;
use crate::client::ClientError;
use crate::routing::Route;
use crate::ui::{alert, use_submit, AlertKind, Button, Card, Checkbox, TextField};
use crate::validate::{self, Invalid};

/// The sign-in page.
#[component]
pub fn SignIn() -> Html {
    let auth = use_auth();
    let redirect = use_redirect_target();
    use_leave_when_signed_in(redirect.clone());
    let l = auth.localization().clone();

    let email = use_state(String::new);
    let password = use_state(String::new);
    let remember = use_state_eq(|| true);
    let submit = use_submit::<ClientError>();
    let email_ref = use_node_ref();
    let password_ref = use_node_ref();

    let email_error = match (submit.attempted(), validate::email(&email)) {
        (true, Err(Invalid::Required)) => Some(l.email_required.clone()),
        (true, Err(_)) => Some(l.email_invalid.clone()),
        _ => None,
    };
    let password_error =
        (submit.attempted() && password.is_empty()).then(|| l.password_required.clone());

    let onsubmit = {
        let (email, password, remember) = (email.clone(), password.clone(), remember.clone());
        let (submit, auth) = (submit.clone(), auth.clone());
        let (email_ref, password_ref) = (email_ref.clone(), password_ref.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let mut invalid = Vec::new();
            if validate::email(&email).is_err() {
                invalid.push(&email_ref);
            }
            if password.is_empty() {
                invalid.push(&password_ref);
            }
            let request = SignInEmail {
                email: email.trim().to_owned(),
                password: (*password).clone(),
                remember_me: *remember,
            };
            let auth = auth.clone();
            submit.run(&invalid, async move { auth.sign_in(request).await });
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

    crate::components::use_document_title(&l.sign_in);
    html! {
        <main class="ba-auth-page">
            <Card class="ba-auth-card" title={l.sign_in.clone()} description={l.sign_in_description.clone()}>
                <form class="ba-form" novalidate=true {onsubmit}>
                    if let Some((kind, message)) = notice {
                        { alert(kind, AttrValue::from(message), Html::default()) }
                    }
                    if let Some(error) = submit.error() {
                        { alert(AlertKind::Error, AttrValue::from(auth.error_message(error)), Html::default()) }
                    }
                    <TextField label={l.email.clone()} input_type="email" name="email" autocomplete="email"
                        placeholder={l.email_placeholder.clone()} value={(*email).clone()} on_input={on_email}
                        required=true pending={submit.pending()} error={email_error} node_ref={email_ref} />
                    <TextField label={l.password.clone()} input_type="password" name="password"
                        autocomplete="current-password" value={(*password).clone()} on_input={on_password}
                        required=true pending={submit.pending()} error={password_error} node_ref={password_ref} />
                    <Checkbox label={l.remember_me.clone()} checked={*remember} on_change={on_remember}
                        disabled={submit.pending()} />
                    <Button r#type="submit" pending={submit.pending()}>{ l.sign_in.clone() }</Button>
                    <AuthSwitchLink to={Route::SignUp} prompt={l.no_account.clone()} label={l.sign_up.clone()}
                        redirect={redirect} />
                </form>
            </Card>
        </main>
    }
}
