//! `/auth/sign-up`.

use yew::prelude::*;

use super::auth_page::{use_leave_when_signed_in, use_redirect_target, AuthSwitchLink};
use crate::auth::use_auth;
use crate::client::account::SignUpEmail;
use crate::client::ClientError;
use crate::i18n::fill;
use crate::routing::Route;
use crate::ui::{alert, use_submit, AlertKind, Button, Card, TextField};
use crate::validate::{self, Invalid, PASSWORD_MAX, PASSWORD_MIN};

/// The sign-up page.
#[component]
pub fn SignUp() -> Html {
    let auth = use_auth();
    let redirect = use_redirect_target();
    use_leave_when_signed_in(redirect.clone());
    let l = auth.localization().clone();

    let name = use_state(String::new);
    let email = use_state(String::new);
    let password = use_state(String::new);
    let submit = use_submit::<ClientError>();
    let refs = [use_node_ref(), use_node_ref(), use_node_ref()];

    let min = PASSWORD_MIN.to_string();
    let max = PASSWORD_MAX.to_string();
    let shown = submit.attempted();
    let name_error = (shown && name.trim().is_empty()).then(|| l.name_required.clone());
    let email_error = match (shown, validate::email(&email)) {
        (true, Err(Invalid::Required)) => Some(l.email_required.clone()),
        (true, Err(_)) => Some(l.email_invalid.clone()),
        _ => None,
    };
    let password_error = match (shown, validate::new_password(&password)) {
        (true, Err(Invalid::Required)) => Some(l.password_required.clone()),
        (true, Err(Invalid::TooLong)) => Some(fill(&l.password_too_long, &[("max", &max)]).into()),
        (true, Err(_)) => Some(fill(&l.password_too_short, &[("min", &min)]).into()),
        _ => None,
    };

    let onsubmit = {
        let (name, email, password) = (name.clone(), email.clone(), password.clone());
        let (submit, auth) = (submit.clone(), auth.clone());
        let refs = refs.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let checks = [
                name.trim().is_empty(),
                validate::email(&email).is_err(),
                validate::new_password(&password).is_err(),
            ];
            let invalid: Vec<&NodeRef> = refs
                .iter()
                .zip(checks)
                .filter_map(|(r, bad)| bad.then_some(r))
                .collect();
            let request = SignUpEmail {
                name: name.trim().to_owned(),
                email: email.trim().to_owned(),
                password: (*password).clone(),
            };
            let auth = auth.clone();
            submit.run(&invalid, async move { auth.sign_up(request).await });
        })
    };
    let setter = |s: &UseStateHandle<String>| {
        let s = s.clone();
        Callback::from(move |v| s.set(v))
    };

    crate::components::use_document_title(&l.sign_up);
    html! {
        <main class="ba-auth-page">
            <Card class="ba-auth-card" title={l.sign_up.clone()} description={l.sign_up_description.clone()}>
                <form class="ba-form" novalidate=true {onsubmit}>
                    if let Some(error) = submit.error() {
                        { alert(AlertKind::Error, AttrValue::from(auth.error_message(error)), Html::default()) }
                    }
                    <TextField label={l.name.clone()} name="name" autocomplete="name"
                        placeholder={l.name_placeholder.clone()} value={(*name).clone()} on_input={setter(&name)}
                        required=true pending={submit.pending()} error={name_error} node_ref={refs[0].clone()} />
                    <TextField label={l.email.clone()} input_type="email" name="email" autocomplete="email"
                        placeholder={l.email_placeholder.clone()} value={(*email).clone()} on_input={setter(&email)}
                        required=true pending={submit.pending()} error={email_error} node_ref={refs[1].clone()} />
                    <TextField label={l.password.clone()} input_type="password" name="password"
                        autocomplete="new-password" value={(*password).clone()} on_input={setter(&password)}
                        hint={fill(&l.password_hint, &[("min", &min)])}
                        required=true pending={submit.pending()} error={password_error} node_ref={refs[2].clone()} />
                    <Button r#type="submit" pending={submit.pending()}>{ l.create_account.clone() }</Button>
                    <AuthSwitchLink to={Route::SignIn} prompt={l.have_account.clone()} label={l.sign_in.clone()}
                        redirect={redirect} />
                </form>
            </Card>
        </main>
    }
}
