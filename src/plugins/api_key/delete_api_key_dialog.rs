//! "Delete API key": an alert dialog naming the key, Cancel focused first.

use std::rc::Rc;

use yew::prelude::*;

use super::api::{self, DeleteApiKey};
use super::model;
use super::use_ctx;
use crate::client::ClientError;
use crate::ui::{alert, use_submit, AlertKind, Button, ButtonVariant, Dialog};

/// Props of [`DeleteApiKeyDialog`].
#[derive(Properties, PartialEq)]
pub struct DeleteApiKeyDialogProps {
    /// The key to delete (named in the confirmation).
    pub api_key: Rc<model::ApiKey>,
    /// Cancel, Escape or a backdrop click: the owner removes the dialog.
    pub on_close: Callback<()>,
    /// Deleted: the key's id.
    pub on_deleted: Callback<String>,
    /// Already gone on the server (404): the key's id.
    pub on_gone: Callback<String>,
    /// Where focus goes when the dialog closes and the button that opened it is gone.
    /// Default: none (focus is left where the browser puts it).
    #[prop_or_default]
    pub fallback_focus: Option<NodeRef>,
}

/// The delete confirmation.
#[component]
pub fn DeleteApiKeyDialog(props: &DeleteApiKeyDialogProps) -> Html {
    let ctx = use_ctx();
    let l = ctx.l.clone();
    let shell = ctx.auth.localization().clone();
    let submit = use_submit::<ClientError>();
    let cancel_ref = use_node_ref();

    let confirm = {
        let (ctx, submit) = (ctx.clone(), submit.clone());
        let request = DeleteApiKey {
            key_id: props.api_key.id.clone(),
            config_id: props.api_key.config_id.clone(),
        };
        let (on_deleted, on_gone) = (props.on_deleted.clone(), props.on_gone.clone());
        Callback::from(move |_: MouseEvent| {
            let client = ctx.auth.client().clone();
            let (on_deleted, on_gone) = (on_deleted.clone(), on_gone.clone());
            let (call, id) = (api::delete_api_key(&request), request.key_id.clone());
            submit.run(&[], async move {
                match client.call(call).await {
                    Ok(()) => on_deleted.emit(id),
                    // Deleted elsewhere already: the goal is reached, say so and refresh.
                    Err(e) if e.is_not_found() => on_gone.emit(id),
                    Err(e) => return Err(e),
                }
                Ok(())
            });
        })
    };
    let cancel = props.on_close.reform(|_: MouseEvent| ());
    let name = props.api_key.display_name(&l.api_key).to_owned();

    html! {
        <Dialog alert=true title={l.delete_api_key.clone()} description={l.delete_api_key_warning.clone()}
            on_dismiss={props.on_close.clone()} initial_focus={cancel_ref.clone()}
            fallback_focus={props.fallback_focus.clone()}>
            <div class="ba-summary">
                <span class="ba-summary-name" dir="auto">{ name }</span>
                <span class="ba-mono">{ props.api_key.masked() }</span>
            </div>
            if let Some(error) = submit.error() {
                { alert(AlertKind::Error, AttrValue::from(ctx.message(error)), Html::default()) }
            }
            <div class="ba-dialog-footer">
                <Button variant={ButtonVariant::Outline} node_ref={cancel_ref} onclick={cancel}>
                    { shell.cancel.clone() }
                </Button>
                <Button variant={ButtonVariant::Destructive} pending={submit.pending()} onclick={confirm}>
                    { l.delete_api_key.clone() }
                </Button>
            </div>
        </Dialog>
    }
}
