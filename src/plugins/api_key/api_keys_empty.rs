//! The empty state: no keys yet. A function: it holds no state.

use yew::prelude::*;

use super::ApiKeyLocalization;
use crate::ui::{icons, Button};

/// "No API keys", what happens once there are some, and the one button to create the first
/// (the card's own is hidden meanwhile) unless `on_create` is `None`. `create_ref` is the
/// button, for focus to return to.
pub fn empty_state(
    l: &ApiKeyLocalization,
    on_create: Option<Callback<MouseEvent>>,
    create_ref: NodeRef,
) -> Html {
    html! {
        <div class="ba-empty">
            <div class="ba-empty-icon">{ icons::key() }</div>
            <h3 class="ba-empty-title">{ l.no_api_keys.clone() }</h3>
            <p class="ba-empty-text">{ l.no_api_keys_description.clone() }</p>
            if let Some(onclick) = on_create {
                <Button {onclick} node_ref={create_ref}>{ icons::plus() }{ l.create_api_key.clone() }</Button>
            }
        </div>
    }
}
