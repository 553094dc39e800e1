//! The empty state: no keys yet.

use yew::prelude::*;

use super::use_ctx;
use crate::ui::{icons, Button};

/// Props of [`ApiKeysEmpty`].
#[derive(Properties, PartialEq)]
pub struct ApiKeysEmptyProps {
    pub on_create: Callback<MouseEvent>,
    #[prop_or_default]
    pub hide_create: bool,
    /// The organization wording instead of the personal one.
    #[prop_or_default]
    pub organization: bool,
}

/// "No API keys", with a button to create the first one.
#[component]
pub fn ApiKeysEmpty(props: &ApiKeysEmptyProps) -> Html {
    let ctx = use_ctx();
    let l = &ctx.l;
    let description = if props.organization {
        l.organization_api_keys_description.clone()
    } else {
        l.api_keys_description.clone()
    };
    html! {
        <div class="ba-empty">
            <div class="ba-empty-icon">{ icons::key() }</div>
            <h3 class="ba-empty-title">{ l.no_api_keys.clone() }</h3>
            <p class="ba-empty-text">{ description }</p>
            if !props.hide_create {
                <Button onclick={props.on_create.clone()}>{ icons::plus() }{ l.create_api_key.clone() }</Button>
            }
        </div>
    }
}
