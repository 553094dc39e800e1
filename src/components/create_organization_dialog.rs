//! Creates an organization: a name and a slug suggested from it.

use yew::prelude::*;

use crate::auth::use_auth;
use crate::client::organization::{self, CreateOrganization};
use crate::client::{ClientError, Organization};
use crate::ui::{alert, use_submit, AlertKind, Button, ButtonVariant, Dialog, TextField};
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
#[component]
pub fn CreateOrganizationDialog(props: &CreateOrganizationDialogProps) -> Html {
    let auth = use_auth();
    let l = auth.localization().clone();
    let name = use_state(String::new);
    let slug = use_state(String::new);
    // The slug follows the name until the user edits it.
    let slug_edited = use_state_eq(|| false);
    let submit = use_submit::<ClientError>();
    let (name_ref, slug_ref) = (use_node_ref(), use_node_ref());

    let name_invalid = name.trim().is_empty();
    let slug_invalid = validate::slug(&slug).is_err();
    let name_error = (submit.attempted() && name_invalid).then(|| l.name_required.clone());
    let slug_error = (submit.attempted() && slug_invalid).then(|| l.slug_invalid.clone());

    let on_name = {
        let (name, slug, slug_edited) = (name.clone(), slug.clone(), slug_edited.clone());
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
        let (submit, auth, on_created) = (submit.clone(), auth.clone(), props.on_created.clone());
        let (name_ref, slug_ref) = (name_ref.clone(), slug_ref.clone());
        let request = CreateOrganization {
            name: name.trim().to_owned(),
            slug: slug.trim().to_owned(),
        };
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let invalid: Vec<&NodeRef> = [(name_invalid, &name_ref), (slug_invalid, &slug_ref)]
                .into_iter()
                .filter_map(|(bad, r)| bad.then_some(r))
                .collect();
            let (auth, on_created) = (auth.clone(), on_created.clone());
            let call = organization::create_organization(&request);
            submit.run(&invalid, async move {
                let org = auth.client().call(call).await?;
                on_created.emit(org);
                Ok(())
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
                if let Some(error) = submit.error() {
                    { alert(AlertKind::Error, AttrValue::from(auth.error_message(error)), Html::default()) }
                }
                <TextField label={l.name.clone()} value={(*name).clone()} on_input={on_name}
                    required=true pending={submit.pending()} error={name_error} autocomplete="organization"
                    node_ref={name_ref} />
                <TextField label={l.slug.clone()} value={(*slug).clone()} on_input={on_slug}
                    required=true pending={submit.pending()} error={slug_error}
                    hint={l.slug_hint.clone()} node_ref={slug_ref} />
                <div class="ba-dialog-footer">
                    <Button variant={ButtonVariant::Outline} onclick={cancel}>{ l.cancel.clone() }</Button>
                    <Button r#type="submit" pending={submit.pending()}>{ l.create_organization.clone() }</Button>
                </div>
            </form>
        </Dialog>
    }
}
