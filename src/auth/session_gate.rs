//! `SessionGate`: renders its children only for a signed-in user, so nothing inside it asks the
//! server for anything before the session is known.

use yew::prelude::*;

use super::{use_auth, SessionState, SignedOutReason};
use crate::ui::skeleton::block;
use crate::ui::{alert, AlertKind, Button, ButtonSize, ButtonVariant, Root};

/// Props of [`SessionGate`].
#[derive(Properties, PartialEq)]
pub struct SessionGateProps {
    /// What a signed-in user sees.
    pub children: Html,
    /// What a signed-out visitor sees, e.g. a link to your sign-in page. It is told why
    /// (never signed in, signed out, session expired). Default: nothing.
    #[prop_or(Callback::from(|_| Html::default()))]
    pub signed_out: Callback<SignedOutReason, Html>,
    /// Shown while the session is checked. Default: a skeleton block.
    #[prop_or_default]
    pub loading: Option<Html>,
}

/// Shows `children` once a user is signed in; `signed_out` for a visitor, `loading` while the
/// session is checked, and an error with Retry when the server could not be reached.
///
/// ```
/// use better_auth_ui::prelude::*;
/// use yew::prelude::*;
///
/// #[component]
/// fn Keys() -> Html {
///     let signed_out = Callback::from(|_reason: SignedOutReason| {
///         html! { <a href="/login">{ "Sign in to manage your API keys" }</a> }
///     });
///     html! {
///         <SessionGate {signed_out}>
///             <ApiKeys />
///         </SessionGate>
///     }
/// }
/// ```
#[component]
pub fn SessionGate(props: &SessionGateProps) -> Html {
    let auth = use_auth();
    match auth.session() {
        SessionState::SignedIn(_) => props.children.clone(),
        SessionState::SignedOut(reason) => props.signed_out.emit(*reason),
        SessionState::Loading => props.loading.clone().unwrap_or_else(|| {
            html! {
                <Root>
                    <div class="ba-card" aria-busy="true" aria-label={auth.localization().loading.clone()}>
                        { block("40%", "1.25rem") }
                        { block("100%", "3rem") }
                    </div>
                </Root>
            }
        }),
        SessionState::Failed(error) => {
            let retry = {
                let auth = auth.clone();
                Callback::from(move |_: MouseEvent| {
                    let auth = auth.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        let _ = auth.refresh_session().await;
                    });
                })
            };
            let alert = alert(
                AlertKind::Error,
                AttrValue::from(auth.error_message(error)),
                html! {
                    <Button variant={ButtonVariant::Outline} size={ButtonSize::Small} onclick={retry}>
                        { auth.localization().retry.clone() }
                    </Button>
                },
            );
            html! { <Root>{ alert }</Root> }
        }
    }
}
