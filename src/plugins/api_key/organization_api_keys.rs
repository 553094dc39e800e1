//! `OrganizationApiKeys`: the `ApiKeys` card scoped to an organization, for its owners only.

use yew::prelude::*;

use super::{use_ctx, ApiKeys};
use crate::client::{has_role, organization, ClientError};
use crate::ui::{alert, use_latest, AlertKind, Button, ButtonSize, ButtonVariant, Card};

/// Props of [`OrganizationApiKeys`].
#[derive(Properties, PartialEq)]
pub struct OrganizationApiKeysProps {
    /// The [`Organization::id`](crate::client::Organization::id) whose keys the card manages.
    pub organization_id: AttrValue,
}

#[derive(Clone, PartialEq)]
enum Membership {
    Loading,
    Owner,
    NotOwner,
    Failed(ClientError),
}

/// The organization's keys. The server lets only owners manage them by default, so the card asks
/// for the member's role first: others see a short note instead of errors.
#[component]
pub fn OrganizationApiKeys(props: &OrganizationApiKeysProps) -> Html {
    let ctx = use_ctx();
    let membership = use_state(|| Membership::Loading);
    let reload = use_state(|| 0u32);
    let latest = use_latest();
    let user_id = ctx.auth.session().user().map(|u| u.id.clone());

    {
        let (ctx, membership) = (ctx.clone(), membership.clone());
        let deps = (props.organization_id.clone(), user_id.clone(), *reload);
        use_effect_with(deps, move |(org, user_id, _)| {
            membership.set(Membership::Loading);
            if let Some(user_id) = user_id.clone() {
                let ticket = latest.start();
                let call = organization::get_full_organization(org);
                wasm_bindgen_futures::spawn_local(async move {
                    let next = match ctx.auth.client().call(call).await {
                        Ok(Some(full)) => {
                            let owner = full
                                .members
                                .iter()
                                .any(|m| m.user_id == user_id && has_role(&m.role, "owner"));
                            if owner {
                                Membership::Owner
                            } else {
                                Membership::NotOwner
                            }
                        }
                        Ok(None) => Membership::NotOwner,
                        Err(e) if e.is_forbidden() => Membership::NotOwner,
                        Err(e) => Membership::Failed(e),
                    };
                    if ticket.is_current() {
                        membership.set(next);
                    }
                });
            }
        });
    }

    let l = &ctx.l;
    match &*membership {
        Membership::Loading | Membership::Owner => html! {
            <ApiKeys organization_id={props.organization_id.clone()}
                is_pending={*membership == Membership::Loading} />
        },
        Membership::NotOwner => html! {
            <Card title={l.api_keys.clone()} description={l.organization_api_keys_description.clone()}>
                { alert(AlertKind::Info, AttrValue::from(l.owner_only.clone()), Html::default()) }
            </Card>
        },
        Membership::Failed(error) => {
            let retry = {
                let reload = reload.clone();
                Callback::from(move |_| reload.set(*reload + 1))
            };
            html! {
                <Card title={l.api_keys.clone()} description={l.organization_api_keys_description.clone()}>
                    { alert(AlertKind::Error, AttrValue::from(ctx.message(error)), html! {
                        <Button variant={ButtonVariant::Outline} size={ButtonSize::Small} onclick={retry}>
                            { ctx.auth.localization().retry.clone() }
                        </Button>
                    }) }
                </Card>
            }
        }
    }
}
