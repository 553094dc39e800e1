//! Creates an organization: a name and a slug suggested from it.

use yew::prelude::*;

use crate::auth::use_auth;
use crate::client::{CreateOrganization, Organization};
use crate::ui::{use_single_flight, Alert, Button, ButtonVariant, Dialog, TextField};
use crate::validate::{self, slugify};

/// Props of [`CreateOrganizationDialog`].
#[derive(Properties, PartialEq)]
pub struct CreateOrganizationDialogProps {
    pub on_close: Callback<()>,
    pub on_created: Callback<Organization>,
    #[prop_or_default]
    pub fallback_focus: Option<NodeRef>,
}

/// The "Create organization" dialog.
#[function_component]
pub fn CreateOrganizationDialog(props: &CreateOrganizationDialogProps) -> Html {
    let auth = use_auth();
    let l = auth.localization().clone();
    let name = use_state(String::new);
    let slug = use_state(String::new);
    // The slug follows the name until the user edits it.
    let slug_edited = use_state_eq(|| false);
    let submitted = use_state_eq(|| false);
    let pending = use_state_eq(|| false);
    let error = use_state(|| Option::<String>::None);
    let flight = use_single_flight();

    let name_error = (*submitted && name.trim().is_empty()).then(|| l.name_required.clone());
    let slug_error = (*submitted && validate::slug(&slug).is_err()).then(|| l.slug_invalid.clone());

    let on_name = {
        let name = name.clone();
        let slug = slug.clone();
        let slug_edited = slug_edited.clone();
        Callback::from(move |v: String| {
            if !*slug_edited {
                slug.set(slugify(&v));
            }
            name.set(v);
        })
    };
    let on_slug = {
        let slug = slug.clone();
        Callback::from(move |v: String| {
            slug_edited.set(true);
            slug.set(v);
        })
    };
    let onsubmit = {
        let name = name.clone();
        let slug = slug.clone();
        let pending = pending.clone();
        let error = error.clone();
        let auth = auth.clone();
        let on_created = props.on_created.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            submitted.set(true);
            if name.trim().is_empty() || validate::slug(&slug).is_err() {
                return;
            }
            let Some(guard) = flight.try_start() else {
                return;
            };
            pending.set(true);
            error.set(None);
            let request = CreateOrganization {
                name: name.trim().to_owned(),
                slug: slug.trim().to_owned(),
            };
            let auth = auth.clone();
            let pending = pending.clone();
            let error = error.clone();
            let on_created = on_created.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let result = auth.client().create_organization(request).await;
                drop(guard);
                pending.set(false);
                match result {
                    Ok(org) => on_created.emit(org),
                    Err(e) => error.set(Some(auth.error_message(&e))),
                }
            });
        })
    };
    let cancel = {
        let on_close = props.on_close.clone();
        Callback::from(move |_| on_close.emit(()))
    };

    html! {
        <Dialog title={l.create_organization.clone()} description={l.create_organization_description.clone()}
            on_dismiss={props.on_close.clone()} fallback_focus={props.fallback_focus.clone()}>
            <form class="ba-form" novalidate=true {onsubmit}>
                if let Some(message) = (*error).clone() {
                    <Alert message={message} />
                }
                <TextField label={l.name.clone()} value={(*name).clone()} on_input={on_name}
                    required=true pending={*pending} error={name_error} autocomplete="organization" />
                <TextField label={l.slug.clone()} value={(*slug).clone()} on_input={on_slug}
                    required=true pending={*pending} error={slug_error}
                    hint={l.slug_hint.clone()} />
                <div class="ba-dialog-footer">
                    <Button variant={ButtonVariant::Outline} onclick={cancel}>{ l.cancel.clone() }</Button>
                    <Button r#type="submit" pending={*pending}>{ l.create_organization.clone() }</Button>
                </div>
            </form>
        </Dialog>
    }
}
