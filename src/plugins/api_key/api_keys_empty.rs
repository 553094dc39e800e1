//! The empty state: no keys yet. A function: it holds no state.

use yew::prelude::*;

use super::ApiKeyLocalization;
use crate::ui::{icons, Button};

/// "No API keys", with a button to create the first one unless `on_create` is `None`;
/// `organization` picks the organization wording.
pub fn empty_state(
    l: &ApiKeyLocalization,
    organization: bool,
    on_create: Option<Callback<MouseEvent>>,
) -> Html {
    let description = if organization {
        l.organization_api_keys_description.clone()
    } else {
        l.api_keys_description.clone()
    };
    html! {
        <div class="ba-empty">
            <div class="ba-empty-icon">{ icons::key() }</div>
            <h3 class="ba-empty-title">{ l.no_api_keys.clone() }</h3>
            <p class="ba-empty-text">{ description }</p>
            if let Some(onclick) = on_create {
                <Button {onclick}>{ icons::plus() }{ l.create_api_key.clone() }</Button>
            }
        </div>
    }
}
