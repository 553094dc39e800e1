//! "Edit API key": rename, enable/disable, change or remove the expiry. Only the fields a
//! browser may set (`name`, `enabled`, `expiresIn`) are sent, and only those that changed.

use std::rc::Rc;

use yew::prelude::*;

use super::create_api_key_dialog::NAME_MAX;
use super::options::ExpirationChoice;
use super::use_ctx;
use crate::client::{models, KeyScope, UpdateApiKey};
use crate::i18n::fill;
use crate::time::now;
use crate::ui::{
    use_single_flight, use_toaster, Alert, Button, ButtonVariant, Checkbox, Dialog, SelectField,
    SelectOption, TextField,
};
use crate::validate::utf16_len;

/// Props of [`EditApiKeyDialog`].
#[derive(Properties, PartialEq)]
pub struct EditApiKeyDialogProps {
    pub api_key: Rc<models::ApiKey>,
    pub scope: KeyScope,
    pub on_close: Callback<()>,
    pub on_updated: Callback<models::ApiKey>,
    /// Already gone on the server (404): the key's id.
    pub on_gone: Callback<String>,
    #[prop_or_default]
    pub fallback_focus: Option<NodeRef>,
}

const KEEP: &str = "keep";

/// The edit dialog.
#[function_component]
pub fn EditApiKeyDialog(props: &EditApiKeyDialogProps) -> Html {
    let ctx = use_ctx();
    let toaster = use_toaster();
    let l = ctx.l.clone();
    let shell = ctx.auth.localization().clone();
    let key = props.api_key.clone();
    let original_name = key.name.clone().unwrap_or_default();
    let name = use_state(|| original_name.clone());
    let enabled = use_state_eq(|| key.enabled);
    let expiry = use_state(|| AttrValue::Static(KEEP));
    let pending = use_state_eq(|| false);
    let error = use_state(|| Option::<String>::None);
    let flight = use_single_flight();
    let name_ref = use_node_ref();

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

    let onsubmit = {
        let (enabled, expiry, pending, error) = (
            enabled.clone(),
            expiry.clone(),
            pending.clone(),
            error.clone(),
        );
        let (ctx, key, scope) = (ctx.clone(), key.clone(), props.scope.clone());
        let (on_updated, on_gone, on_close) = (
            props.on_updated.clone(),
            props.on_gone.clone(),
            props.on_close.clone(),
        );
        let invalid = name_error.is_some();
        let (name_ref, toaster, no_changes) =
            (name_ref.clone(), toaster.clone(), l.no_changes.clone());
        let trimmed = trimmed.clone();
        let original_name = original_name.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if invalid {
                if let Some(el) = name_ref.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
                return;
            }
            let new_name =
                (trimmed != original_name.trim() && !trimmed.is_empty()).then(|| trimmed.clone());
            let new_enabled = (*enabled != key.enabled).then_some(*enabled);
            let new_expiry = match expiry.as_str() {
                KEEP => None,
                "never" => Some(None),
                days => days
                    .parse::<u32>()
                    .ok()
                    .map(|d| ExpirationChoice::Days(d).seconds()),
            };
            if new_name.is_none() && new_enabled.is_none() && new_expiry.is_none() {
                toaster.success(no_changes.clone());
                on_close.emit(());
                return;
            }
            let Some(guard) = flight.try_start() else {
                return;
            };
            pending.set(true);
            error.set(None);
            let request = UpdateApiKey {
                key_id: key.id.clone(),
                scope: scope.clone(),
                name: new_name,
                enabled: new_enabled,
                expires_in: new_expiry,
            };
            let (ctx, pending, error) = (ctx.clone(), pending.clone(), error.clone());
            let (on_updated, on_gone) = (on_updated.clone(), on_gone.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let id = request.key_id.clone();
                let result = ctx.auth.client().update_api_key(request).await;
                drop(guard);
                match result {
                    Ok(updated) => on_updated.emit(updated),
                    Err(e) if e.is_not_found() => on_gone.emit(id),
                    Err(e) => {
                        error.set(Some(ctx.message(&e)));
                        pending.set(false);
                    }
                }
            });
        })
    };

    let expiration_field = ctx.plugin.options.key_expiration.as_ref().map(|exp| {
        let f = ctx.auth.formatter();
        let current = match key.expires_at {
            Some(t) if key.is_expired(now()) => fill(&l.expired_on, &[("date", &f.date(t))]),
            Some(t) => fill(&l.expires_on, &[("date", &f.date(t))]),
            None => l.never_expires.to_string(),
        };
        let mut opts = vec![SelectOption::new(
            KEEP,
            fill(&l.keep_expiration, &[("current", &current)]),
        )];
        // From now: the server counts `expiresIn` from the moment of the update.
        opts.extend(exp.choices().into_iter().map(|c| match c {
            ExpirationChoice::Days(d) => {
                SelectOption::new(c.token(), l.days_label(d, &f.number(u64::from(d))))
            }
            ExpirationChoice::Never => SelectOption::new(c.token(), l.never.clone()),
        }));
        // "Never" must stay possible for removing an expiry even if new keys must expire.
        if key.expires_at.is_some() && !opts.iter().any(|o| o.value == "never") {
            opts.push(SelectOption::new("never", l.never.clone()));
        }
        let opts: Rc<[SelectOption]> = opts.into();
        let on_change = {
            let expiry = expiry.clone();
            Callback::from(move |v: String| expiry.set(AttrValue::from(v)))
        };
        html! {
            <SelectField label={l.expiration.clone()} value={(*expiry).clone()} options={opts}
                on_change={on_change} disabled={*pending} />
        }
    });
    let on_name = {
        let name = name.clone();
        Callback::from(move |v| name.set(v))
    };
    let on_enabled = {
        let enabled = enabled.clone();
        Callback::from(move |v| enabled.set(v))
    };
    let cancel = {
        let on_close = props.on_close.clone();
        Callback::from(move |_| on_close.emit(()))
    };

    html! {
        <Dialog title={l.edit_api_key.clone()} on_dismiss={props.on_close.clone()}
            initial_focus={name_ref.clone()} fallback_focus={props.fallback_focus.clone()}>
            <form class="ba-form" novalidate=true {onsubmit}>
                if let Some(message) = (*error).clone() {
                    <Alert message={message} />
                }
                <TextField label={l.name.clone()} value={(*name).clone()} on_input={on_name}
                    placeholder={shell.optional.clone()} autocomplete="off" pending={*pending}
                    error={name_error} node_ref={name_ref} />
                <Checkbox label={l.enabled.clone()} checked={*enabled} on_change={on_enabled}
                    disabled={*pending} />
                { for expiration_field }
                <div class="ba-dialog-footer">
                    <Button variant={ButtonVariant::Outline} onclick={cancel}>{ shell.cancel.clone() }</Button>
                    <Button r#type="submit" pending={*pending}>{ shell.save_changes.clone() }</Button>
                </div>
            </form>
        </Dialog>
    }
}
