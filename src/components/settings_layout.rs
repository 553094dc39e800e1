//! The frame of every settings page: header, main landmark, title; and the session gate that
//! sends signed-out visitors to sign-in and back.

use web_sys::HtmlElement;
use yew::prelude::*;
use yew_router::prelude::*;

use super::Header;
use crate::auth::{use_auth, SessionState, SignedOutReason};
use crate::routing::{go_to, sign_in_then, strip_base, Entry};
use crate::ui::{alert, AlertKind, Button, ButtonSize, ButtonVariant};

/// Props of [`SettingsLayout`].
#[derive(Properties, PartialEq)]
pub struct SettingsLayoutProps {
    /// The page's heading (`<h1>`), also put into the document's title.
    pub title: AttrValue,
    /// A line under the heading. Default: none.
    #[prop_or_default]
    pub description: Option<AttrValue>,
    /// The page's cards; remounted (and so reloaded) by Retry after a failed session check.
    #[prop_or_default]
    pub children: Html,
}

/// A settings page. Children render while the session is still being checked, so their own
/// requests go out in parallel with it instead of after it.
#[component]
pub fn SettingsLayout(props: &SettingsLayoutProps) -> Html {
    let auth = use_auth();
    let navigator = use_navigator();
    let location = use_location();
    let main_ref = use_node_ref();
    // Bumped by Retry after a failed session check: the cards remount and load again too.
    let epoch = use_state(|| 0u32);
    super::use_document_title(&props.title);

    let signed_out = match auth.session() {
        SessionState::SignedOut(reason) => Some(*reason),
        _ => None,
    };
    {
        // The app path (without the base it is served under), which sign-in navigates back to.
        let here = location.as_ref().map(|l| {
            let base = navigator.as_ref().and_then(|n| n.basename());
            format!("{}{}", strip_base(l.path(), base), l.query_str())
        });
        use_effect_with(signed_out, move |signed_out| {
            if let (Some(reason), Some(nav)) = (signed_out, navigator) {
                // After a deliberate sign-out there is nothing to come back to.
                let redirect = (*reason != SignedOutReason::SignedOut)
                    .then_some(here)
                    .flatten();
                go_to(&nav, &sign_in_then(redirect.as_deref()), Entry::Replace);
            }
        });
    }
    if signed_out.is_some() {
        return Html::default();
    }

    let l = auth.localization();
    let failure = match auth.session() {
        SessionState::Failed(e) => Some(auth.error_message(e)),
        _ => None,
    };
    let retry = {
        let (auth, epoch) = (auth.clone(), epoch.clone());
        Callback::from(move |_| {
            let (auth, epoch) = (auth.clone(), epoch.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if auth.refresh_session().await.is_ok() {
                    epoch.set(*epoch + 1);
                }
            });
        })
    };
    let skip = {
        let main_ref = main_ref.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            if let Some(main) = main_ref.cast::<HtmlElement>() {
                let _ = main.focus();
            }
        })
    };

    html! {
        <>
            <a class="ba-skip" href="#main" onclick={skip}>{ l.skip_to_content.clone() }</a>
            <Header />
            <main id="main" class="ba-main" ref={main_ref} tabindex="-1">
                <div>
                    <h1 class="ba-page-title">{ props.title.clone() }</h1>
                    if let Some(d) = &props.description {
                        <p class="ba-page-intro">{ d.clone() }</p>
                    }
                </div>
                if let Some(message) = failure {
                    { alert(AlertKind::Error, AttrValue::from(message), html! {
                        <Button variant={ButtonVariant::Outline} size={ButtonSize::Small} onclick={retry}>
                            { l.retry.clone() }
                        </Button>
                    }) }
                }
                <div key={*epoch} class="ba-stack">{ props.children.clone() }</div>
            </main>
        </>
    }
}
