//! "Delete API key": an alert dialog naming the key, Cancel focused first.

use std::rc::Rc;

use yew::prelude::*;

use super::use_ctx;
use crate::client::{models, DeleteApiKey, KeyScope};
use crate::ui::{use_single_flight, Alert, Button, ButtonVariant, Dialog};

/// Props of [`DeleteApiKeyDialog`].
#[derive(Properties, PartialEq)]
pub struct DeleteApiKeyDialogProps {
    pub api_key: Rc<models::ApiKey>,
    pub scope: KeyScope,
    pub on_close: Callback<()>,
    /// Deleted: the key's id.
    pub on_deleted: Callback<String>,
    /// Already gone on the server (404): the key's id.
    pub on_gone: Callback<String>,
    #[prop_or_default]
    pub fallback_focus: Option<NodeRef>,
}

/// The delete confirmation.
#[function_component]
pub fn DeleteApiKeyDialog(props: &DeleteApiKeyDialogProps) -> Html {
    let ctx = use_ctx();
    let l = ctx.l.clone();
    let shell = ctx.auth.localization().clone();
    let pending = use_state_eq(|| false);
    let error = use_state(|| Option::<String>::None);
    let flight = use_single_flight();
    let cancel_ref = use_node_ref();

    let confirm = {
        let (pending, error, ctx) = (pending.clone(), error.clone(), ctx.clone());
        let request = DeleteApiKey {
            key_id: props.api_key.id.clone(),
            scope: props.scope.clone(),
        };
        let (on_deleted, on_gone) = (props.on_deleted.clone(), props.on_gone.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(guard) = flight.try_start() else {
                return;
            };
            pending.set(true);
            error.set(None);
            let (request, ctx, pending, error) =
                (request.clone(), ctx.clone(), pending.clone(), error.clone());
            let (on_deleted, on_gone) = (on_deleted.clone(), on_gone.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let id = request.key_id.clone();
                let result = ctx.auth.client().delete_api_key(request).await;
                drop(guard);
                match result {
                    Ok(()) => on_deleted.emit(id),
                    // Deleted elsewhere already: the goal is reached, say so and refresh.
                    Err(e) if e.is_not_found() => on_gone.emit(id),
                    Err(e) => {
                        error.set(Some(ctx.message(&e)));
                        pending.set(false);
                    }
                }
            });
        })
    };
    let cancel = {
        let on_close = props.on_close.clone();
        Callback::from(move |_| on_close.emit(()))
    };
    let name = props.api_key.display_name(&l.api_key).to_owned();

    html! {
        <Dialog alert=true title={l.delete_api_key.clone()} description={l.delete_api_key_warning.clone()}
            on_dismiss={props.on_close.clone()} initial_focus={cancel_ref.clone()}
            fallback_focus={props.fallback_focus.clone()}>
            <div class="ba-summary">
                <span class="ba-summary-name" dir="auto">{ name }</span>
                <span class="ba-mono">{ props.api_key.masked() }</span>
            </div>
            if let Some(message) = (*error).clone() {
                <Alert message={message} />
            }
            <div class="ba-dialog-footer">
                <Button variant={ButtonVariant::Outline} node_ref={cancel_ref} onclick={cancel}>
                    { shell.cancel.clone() }
                </Button>
                <Button variant={ButtonVariant::Destructive} pending={*pending} onclick={confirm}>
                    { l.delete_api_key.clone() }
                </Button>
            </div>
        </Dialog>
    }
}
