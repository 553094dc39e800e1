//! "Edit API key": rename, enable/disable, change or remove the expiry, edit the metadata
//! (option `metadata`). Only the fields a browser may set (`name`, `enabled`, `expiresIn`,
//! `metadata`) are sent, and only those that changed.

use std::rc::Rc;

use yew::prelude::*;

use super::api::{self, UpdateApiKey};
use super::create_api_key_dialog::NAME_MAX;
use super::metadata_field::{parse_metadata, MetadataField};
use super::model;
use super::options::{EditExpiry, ExpirationChoice};
use super::use_ctx;
use crate::client::ClientError;
use crate::i18n::fill;
use crate::time::now;
use crate::ui::{
    alert, use_submit, use_toaster, AlertKind, Button, ButtonVariant, Checkbox, Dialog,
    SelectField, SelectOption, TextField,
};
use crate::validate::utf16_len;

/// Props of [`EditApiKeyDialog`].
#[derive(Properties, PartialEq)]
pub struct EditApiKeyDialogProps {
    /// The key to edit; the form starts with its name, state and expiry.
    pub api_key: Rc<model::ApiKey>,
    /// Cancel, Escape, a backdrop click, or a save with nothing changed: the owner removes
    /// the dialog.
    pub on_close: Callback<()>,
    /// Saved: the key as the server now holds it.
    pub on_updated: Callback<model::ApiKey>,
    /// Already gone on the server (404): the key's id.
    pub on_gone: Callback<String>,
    /// Where focus goes when the dialog closes and the button that opened it is gone.
    /// Default: none (focus is left where the browser puts it).
    #[prop_or_default]
    pub fallback_focus: Option<NodeRef>,
}

/// The edit dialog.
#[component]
pub fn EditApiKeyDialog(props: &EditApiKeyDialogProps) -> Html {
    let ctx = use_ctx();
    let toaster = use_toaster();
    let l = ctx.l.clone();
    let shell = ctx.auth.localization().clone();
    let key = props.api_key.clone();
    let original_name = key.name.clone().unwrap_or_default();
    let name = use_state(|| original_name.clone());
    let enabled = use_state_eq(|| key.enabled);
    let expiry = use_state_eq(|| EditExpiry::Keep);
    let original_metadata = key
        .metadata
        .as_ref()
        .map(|m| m.pretty())
        .unwrap_or_default();
    let metadata = use_state(|| original_metadata.clone());
    let submit = use_submit::<ClientError>();
    let name_ref = use_node_ref();
    let metadata_ref = use_node_ref();
    let with_metadata = ctx.plugin.options.metadata;

    // The choices from now: the server counts `expiresIn` from the moment of the update.
    // "Never" stays possible for removing an expiry even if new keys must expire.
    let choices: Vec<ExpirationChoice> = ctx
        .plugin
        .options
        .key_expiration
        .as_ref()
        .map(|exp| {
            let mut c = exp.choices();
            if key.expires_at.is_some() && !c.contains(&ExpirationChoice::Never) {
                c.push(ExpirationChoice::Never);
            }
            c
        })
        .unwrap_or_default();

    let trimmed = name.trim().to_owned();
    let max = NAME_MAX.to_string();
    // A key that had a name must keep one (the server refuses an empty name on update).
    let name_error = if utf16_len(&trimmed) > NAME_MAX {
        Some(AttrValue::from(fill(&l.name_too_long, &[("max", &max)])))
    } else if trimmed.is_empty() && !original_name.trim().is_empty() {
        Some(l.name_required.clone())
    } else {
        None
    };

    // `None`: unchanged; `Some(None)`: cleared.
    let metadata_update = if !with_metadata || metadata.trim() == original_metadata.trim() {
        Ok(None)
    } else {
        parse_metadata(&metadata).map(Some)
    };
    let metadata_error = metadata_update.as_ref().err().copied();

    let onsubmit = {
        let (ctx, submit, toaster) = (ctx.clone(), submit.clone(), toaster.clone());
        let (on_updated, on_gone, on_close) = (
            props.on_updated.clone(),
            props.on_gone.clone(),
            props.on_close.clone(),
        );
        let (name_invalid, metadata_invalid) = (name_error.is_some(), metadata_error.is_some());
        let (name_ref, metadata_ref) = (name_ref.clone(), metadata_ref.clone());
        let no_changes = l.no_changes.clone();
        let request = UpdateApiKey {
            key_id: key.id.clone(),
            config_id: key.config_id.clone(),
            name: (trimmed != original_name.trim() && !trimmed.is_empty()).then(|| trimmed.clone()),
            enabled: (*enabled != key.enabled).then_some(*enabled),
            expires_in: expiry.update(),
            metadata: metadata_update.clone().unwrap_or_default(),
        };
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let nothing = request.name.is_none()
                && request.enabled.is_none()
                && request.expires_in.is_none()
                && request.metadata.is_none();
            if !name_invalid && !metadata_invalid && nothing {
                toaster.success(no_changes.clone());
                on_close.emit(());
                return;
            }
            let mut invalid = Vec::new();
            if name_invalid {
                invalid.push(&name_ref);
            }
            if metadata_invalid {
                invalid.push(&metadata_ref);
            }
            let client = ctx.auth.client().clone();
            let (on_updated, on_gone) = (on_updated.clone(), on_gone.clone());
            let (call, id) = (api::update_api_key(&request), request.key_id.clone());
            submit.run(&invalid, async move {
                match client.call(call).await {
                    Ok(updated) => on_updated.emit(updated),
                    Err(e) if e.is_not_found() => on_gone.emit(id),
                    Err(e) => return Err(e),
                }
                Ok(())
            });
        })
    };

    let pending = submit.pending();
    let expiration_field = (!choices.is_empty()).then(|| {
        let f = ctx.auth.formatter();
        let current = match key.expires_at {
            Some(t) if key.is_expired(now()) => fill(&l.expired_on, &[("date", &f.date(t))]),
            Some(t) => fill(&l.expires_on, &[("date", &f.date(t))]),
            None => l.never_expires.to_string(),
        };
        let mut opts = vec![SelectOption::new(
            EditExpiry::Keep.token(),
            fill(&l.keep_expiration, &[("current", &current)]),
        )];
        opts.extend(choices.iter().map(|c| match c {
            ExpirationChoice::Days(d) => {
                SelectOption::new(c.token(), l.days_label(*d, &f.number(u64::from(*d))))
            }
            ExpirationChoice::Never => SelectOption::new(c.token(), l.never.clone()),
        }));
        let on_change = {
            let (expiry, choices) = (expiry.clone(), choices.clone());
            Callback::from(move |v: String| {
                if let Some(e) = EditExpiry::parse(&v, &choices) {
                    expiry.set(e);
                }
            })
        };
        html! {
            <SelectField label={l.expiration.clone()} value={expiry.token()} options={Rc::from(opts)}
                on_change={on_change} disabled={pending} />
        }
    });
    let on_name = {
        let name = name.clone();
        Callback::from(move |v| name.set(v))
    };
    let on_metadata = {
        let metadata = metadata.clone();
        Callback::from(move |v| metadata.set(v))
    };
    let on_enabled = {
        let enabled = enabled.clone();
        Callback::from(move |v| enabled.set(v))
    };
    let cancel = props.on_close.reform(|_: MouseEvent| ());

    html! {
        <Dialog title={l.edit_api_key.clone()} on_dismiss={props.on_close.clone()}
            initial_focus={name_ref.clone()} fallback_focus={props.fallback_focus.clone()}>
            <form class="ba-form" novalidate=true {onsubmit}>
                if let Some(error) = submit.error() {
                    { alert(AlertKind::Error, AttrValue::from(ctx.message(error)), Html::default()) }
                }
                <TextField label={l.name.clone()} value={(*name).clone()} on_input={on_name}
                    placeholder={shell.optional.clone()} autocomplete="off" pending={pending}
                    error={name_error} node_ref={name_ref} />
                <Checkbox label={l.enabled.clone()} checked={*enabled} on_change={on_enabled}
                    disabled={pending} />
                { for expiration_field }
                if with_metadata {
                    <MetadataField value={(*metadata).clone()} on_input={on_metadata}
                        error={metadata_error.filter(|_| submit.attempted())} {pending}
                        node_ref={metadata_ref} />
                }
                <div class="ba-dialog-footer">
                    <Button variant={ButtonVariant::Outline} onclick={cancel}>{ shell.cancel.clone() }</Button>
                    <Button r#type="submit" pending={pending}>{ shell.save_changes.clone() }</Button>
                </div>
            </form>
        </Dialog>
    }
}
