//! "Create API key": a name, an expiration, the server configuration when the scope has more
//! than one, and metadata (option `metadata`). Errors stay in the dialog with the input kept.
//! A key the server put under another owner or configuration than asked is deleted again at
//! once and its secret never shown (Better Auth falls back to its default configuration
//! silently).

use std::rc::Rc;

use yew::prelude::*;

use super::api::{self, CreateApiKey, CreateError, DeleteApiKey, KeyScope};
use super::metadata_field::{parse_metadata, MetadataField};
use super::model::CreatedApiKey;
use super::options::ExpirationChoice;
use super::{use_ctx, Ctx};
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
    /// Who will own the key: the signed-in user, or an organization.
    pub scope: KeyScope,
    /// Cancel, Escape or a backdrop click: the owner removes the dialog.
    pub on_close: Callback<()>,
    /// The new key, with its secret. Called even if the dialog was closed while waiting, so a
    /// created key is never lost.
    pub on_created: Callback<CreatedApiKey>,
    /// Where focus goes when the dialog closes and the button that opened it is gone.
    /// Default: none (focus is left where the browser puts it).
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
    let config = use_state(|| options.default_configuration(&props.scope));
    let metadata = use_state(String::new);
    let submit = use_submit::<CreateError>();
    let name_ref = use_node_ref();
    let metadata_ref = use_node_ref();

    let too_long = utf16_len(name.trim()) > NAME_MAX;
    let max = NAME_MAX.to_string();
    let name_error = too_long.then(|| AttrValue::from(fill(&l.name_too_long, &[("max", &max)])));
    let parsed_metadata = if options.metadata {
        parse_metadata(&metadata)
    } else {
        Ok(None)
    };
    let metadata_error = parsed_metadata.as_ref().err().copied();

    let onsubmit = {
        let (ctx, submit, on_created) = (ctx.clone(), submit.clone(), props.on_created.clone());
        let (name_ref, metadata_ref) = (name_ref.clone(), metadata_ref.clone());
        let request = CreateApiKey {
            scope: props.scope.clone(),
            config_id: Some((*config).clone()),
            name: Some(name.trim().to_owned()).filter(|n| !n.is_empty()),
            expires_in: choice.and_then(ExpirationChoice::seconds),
            prefix: options.prefix(),
            metadata: parsed_metadata.clone().unwrap_or_default(),
        };
        let metadata_invalid = metadata_error.is_some();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let mut invalid = Vec::new();
            if too_long {
                invalid.push(&name_ref);
            }
            if metadata_invalid {
                invalid.push(&metadata_ref);
            }
            let (ctx, on_created, request) = (ctx.clone(), on_created.clone(), request.clone());
            submit.run(&invalid, async move {
                let created = create(&ctx, &request).await?;
                on_created.emit(created);
                Ok(())
            });
        })
    };
    let on_name = {
        let name = name.clone();
        Callback::from(move |v| name.set(v))
    };
    let on_metadata = {
        let metadata = metadata.clone();
        Callback::from(move |v| metadata.set(v))
    };
    let pending = submit.pending();
    let configurations = options.configurations_for(&props.scope);
    let configuration_field = (configurations.len() > 1).then(|| {
        let opts: Rc<[SelectOption]> = configurations
            .iter()
            .map(|c| SelectOption::new(c.id.clone(), c.label.clone()))
            .collect();
        let hint = configurations
            .iter()
            .find(|c| c.id == *config)
            .and_then(|c| c.description.clone())
            .map(AttrValue::from);
        let on_change = {
            let config = config.clone();
            Callback::from(move |id: String| config.set(id))
        };
        html! {
            <SelectField label={l.configuration.clone()} value={AttrValue::from((*config).clone())}
                options={opts} {on_change} {hint} disabled={pending} />
        }
    });
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
    let description = match props.scope {
        KeyScope::User => l.api_keys_description.clone(),
        KeyScope::Organization(_) => l.organization_api_keys_description.clone(),
    };

    html! {
        <Dialog title={l.create_api_key.clone()} {description}
            on_dismiss={props.on_close.clone()} initial_focus={name_ref.clone()}
            fallback_focus={props.fallback_focus.clone()}>
            <form class="ba-form" novalidate=true {onsubmit}>
                if let Some(error) = submit.error() {
                    { alert(AlertKind::Error, AttrValue::from(message(&ctx, error)), Html::default()) }
                }
                <TextField label={l.name.clone()} value={(*name).clone()} on_input={on_name}
                    placeholder={shell.optional.clone()} autocomplete="off" pending={pending}
                    error={name_error} node_ref={name_ref} />
                { for configuration_field }
                { for expiration_field }
                if options.metadata {
                    <MetadataField value={(*metadata).clone()} on_input={on_metadata}
                        error={metadata_error.filter(|_| submit.attempted())} {pending}
                        node_ref={metadata_ref} />
                }
                <div class="ba-dialog-footer">
                    <Button variant={ButtonVariant::Outline} onclick={cancel}>{ shell.cancel.clone() }</Button>
                    <Button r#type="submit" pending={pending}>{ l.create_api_key.clone() }</Button>
                </div>
            </form>
        </Dialog>
    }
}

/// Creates the key and checks where the server put it; a misplaced key is deleted again.
async fn create(ctx: &Ctx, request: &CreateApiKey) -> Result<CreatedApiKey, CreateError> {
    let client = ctx.auth.client();
    let created = client.call(api::create_api_key(request)).await?;
    let user = ctx.auth.session().user().map(|u| u.id.clone());
    if !api::misplaced(request, user.as_deref(), &created.api_key) {
        return Ok(created);
    }
    let key = &created.api_key;
    let removed = client
        .call(api::delete_api_key(&DeleteApiKey {
            key_id: key.id.clone(),
            config_id: key.config_id.clone(),
        }))
        .await
        .is_ok();
    Err(CreateError::Misplaced {
        asked: request.expected_config().to_owned(),
        organization: request.scope.organization_id().is_some(),
        removed,
        name: key.display_name(&ctx.l.api_key).to_owned(),
    })
    // `created`, with the secret, is dropped here: never shown, never kept.
}

/// The words for a failed create.
fn message(ctx: &Ctx, error: &CreateError) -> String {
    let l = &ctx.l;
    match error {
        CreateError::Client(e) => ctx.message(e),
        CreateError::Misplaced {
            asked,
            organization,
            removed,
            name,
        } => {
            let label = ctx
                .plugin
                .options
                .configurations
                .iter()
                .find(|c| c.id == *asked)
                .map_or(asked.as_str(), |c| c.label.as_str());
            let mut text = if *organization {
                l.misplaced_organization.to_string()
            } else {
                fill(&l.misplaced_configuration, &[("configuration", label)])
            };
            text.push(' ');
            if *removed {
                text.push_str(&l.misplaced_removed);
            } else {
                text.push_str(&l.named(&l.misplaced_not_removed, name));
            }
            text
        }
    }
}
