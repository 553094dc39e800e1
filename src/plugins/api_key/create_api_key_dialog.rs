//! "Create API key": a name and an expiration; errors stay in the dialog with the input kept.

use std::rc::Rc;

use yew::prelude::*;

use super::api::{self, CreateApiKey, KeyScope};
use super::model::CreatedApiKey;
use super::options::ExpirationChoice;
use super::use_ctx;
use crate::client::ClientError;
use crate::i18n::fill;
use crate::ui::{
    alert, use_submit, AlertKind, Button, ButtonVariant, Dialog, SelectField, SelectOption,
    TextField,
};
use crate::validate::utf16_len;

/// The longest name the server accepts, in UTF-16 code units.
pub const NAME_MAX: usize = 32;

/// Props of [`CreateApiKeyDialog`].
#[derive(Properties, PartialEq)]
pub struct CreateApiKeyDialogProps {
    pub scope: KeyScope,
    pub on_close: Callback<()>,
    /// The new key, with its secret. Called even if the dialog was closed while waiting, so a
    /// created key is never lost.
    pub on_created: Callback<CreatedApiKey>,
    #[prop_or_default]
    pub fallback_focus: Option<NodeRef>,
}

/// The create dialog.
#[component]
pub fn CreateApiKeyDialog(props: &CreateApiKeyDialogProps) -> Html {
    let ctx = use_ctx();
    let l = ctx.l.clone();
    let shell = ctx.auth.localization().clone();
    let options = &ctx.plugin.options;
    let expiration = options.key_expiration.clone();
    let name = use_state(String::new);
    let choice = use_state(|| expiration.as_ref().map(|e| e.default_choice()));
    let submit = use_submit::<ClientError>();
    let name_ref = use_node_ref();

    let too_long = utf16_len(name.trim()) > NAME_MAX;
    let max = NAME_MAX.to_string();
    let name_error = too_long.then(|| AttrValue::from(fill(&l.name_too_long, &[("max", &max)])));

    let onsubmit = {
        let (ctx, submit, on_created) = (ctx.clone(), submit.clone(), props.on_created.clone());
        let name_ref = name_ref.clone();
        let request = CreateApiKey {
            scope: props.scope.clone(),
            name: Some(name.trim().to_owned()).filter(|n| !n.is_empty()),
            expires_in: choice.and_then(ExpirationChoice::seconds),
            prefix: options.prefix(),
        };
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let invalid = if too_long { vec![&name_ref] } else { vec![] };
            let (client, on_created) = (ctx.auth.client().clone(), on_created.clone());
            let call = api::create_api_key(&request);
            submit.run(&invalid, async move {
                on_created.emit(client.call(call).await?);
                Ok(())
            });
        })
    };
    let on_name = {
        let name = name.clone();
        Callback::from(move |v| name.set(v))
    };
    let pending = submit.pending();
    let expiration_field = expiration.as_ref().map(|exp| {
        let f = ctx.auth.formatter();
        let opts: Rc<[SelectOption]> = exp
            .choices()
            .into_iter()
            .map(|c| match c {
                ExpirationChoice::Days(d) => {
                    SelectOption::new(c.token(), l.days_label(d, &f.number(u64::from(d))))
                }
                ExpirationChoice::Never => SelectOption::new(c.token(), l.never.clone()),
            })
            .collect();
        let on_change = {
            let (choice, exp) = (choice.clone(), exp.clone());
            Callback::from(move |token: String| {
                if let Some(c) = exp.parse(&token) {
                    choice.set(Some(c));
                }
            })
        };
        let value = choice.map(ExpirationChoice::token).unwrap_or_default();
        html! {
            <SelectField label={l.expiration.clone()} value={value} options={opts} on_change={on_change}
                disabled={pending} />
        }
    });
    let cancel = props.on_close.reform(|_: MouseEvent| ());

    html! {
        <Dialog title={l.create_api_key.clone()} description={l.api_keys_description.clone()}
            on_dismiss={props.on_close.clone()} initial_focus={name_ref.clone()}
            fallback_focus={props.fallback_focus.clone()}>
            <form class="ba-form" novalidate=true {onsubmit}>
                if let Some(error) = submit.error() {
                    { alert(AlertKind::Error, AttrValue::from(ctx.message(error)), Html::default()) }
                }
                <TextField label={l.name.clone()} value={(*name).clone()} on_input={on_name}
                    placeholder={shell.optional.clone()} autocomplete="off" pending={pending}
                    error={name_error} node_ref={name_ref} />
                { for expiration_field }
                <div class="ba-dialog-footer">
                    <Button variant={ButtonVariant::Outline} onclick={cancel}>{ shell.cancel.clone() }</Button>
                    <Button r#type="submit" pending={pending}>{ l.create_api_key.clone() }</Button>
                </div>
            </form>
        </Dialog>
    }
}
