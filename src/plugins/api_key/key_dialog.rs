//! Which of the card's dialogs is open, and what came of it.

use std::rc::Rc;

use yew::prelude::*;

use super::api_key_details_dialog::ApiKeyDetailsDialog;
use super::model::{ApiKey, CreatedApiKey, Secret};
use super::{
    use_ctx, CreateApiKeyDialog, DeleteApiKeyDialog, EditApiKeyDialog, KeyScope, NewApiKeyDialog,
};

/// The open dialog. The new key's secret lives only in `NewKey`: closing drops it.
#[derive(Clone, Debug, PartialEq)]
pub enum DialogState {
    Closed,
    Create,
    NewKey { api_key: Rc<ApiKey>, secret: Secret },
    Edit(Rc<ApiKey>),
    Delete(Rc<ApiKey>),
    Details(Rc<ApiKey>),
}

/// How a dialog ended, for the list.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Created(CreatedApiKey),
    Updated(ApiKey),
    Deleted(String),
    /// The key was already gone on the server (404): deleted in another tab or client.
    Gone(String),
}

/// Props of [`KeyDialog`].
#[derive(Properties, PartialEq)]
pub struct KeyDialogProps {
    pub state: DialogState,
    pub scope: KeyScope,
    pub on_close: Callback<()>,
    pub on_outcome: Callback<Outcome>,
    pub fallback_focus: NodeRef,
}

/// Renders the open dialog, if any.
#[component]
pub fn KeyDialog(props: &KeyDialogProps) -> Html {
    let ctx = use_ctx();
    let fallback = Some(props.fallback_focus.clone());
    let (scope, on_close) = (props.scope.clone(), props.on_close.clone());
    match &props.state {
        DialogState::Closed => Html::default(),
        DialogState::Create => html! {
            <CreateApiKeyDialog {scope} {on_close} on_created={reform(&props.on_outcome, Outcome::Created)}
                fallback_focus={fallback} />
        },
        DialogState::NewKey { api_key, secret } => html! {
            <NewApiKeyDialog name={AttrValue::from(api_key.display_name(&ctx.l.api_key).to_owned())}
                secret={secret.clone()} {on_close} fallback_focus={fallback} />
        },
        DialogState::Edit(k) => html! {
            <EditApiKeyDialog api_key={k.clone()} {on_close}
                on_updated={reform(&props.on_outcome, Outcome::Updated)}
                on_gone={reform(&props.on_outcome, Outcome::Gone)}
                fallback_focus={fallback} />
        },
        DialogState::Details(k) => html! {
            <ApiKeyDetailsDialog api_key={k.clone()} {scope} {on_close} fallback_focus={fallback} />
        },
        DialogState::Delete(k) => html! {
            <DeleteApiKeyDialog api_key={k.clone()} {on_close}
                on_deleted={reform(&props.on_outcome, Outcome::Deleted)}
                on_gone={reform(&props.on_outcome, Outcome::Gone)}
                fallback_focus={fallback} />
        },
    }
}

/// `on_outcome` fed by one dialog's callback.
fn reform<T: 'static>(on_outcome: &Callback<Outcome>, f: fn(T) -> Outcome) -> Callback<T> {
    on_outcome.reform(f)
}
