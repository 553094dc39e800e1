//! Lists the user's organizations, sets the active one, and creates new ones.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use super::CreateOrganizationDialog;
use crate::auth::use_auth;
use crate::client::{organization, Organization};
use crate::i18n::fill;
use crate::routing::Route;
use crate::ui::{
    icons, use_latest, use_toaster, Button, ButtonSize, ButtonVariant, SelectField, SelectOption,
};

/// Where the switcher reports the organizations it loaded: a page above it (the organization
/// page, `pages/organization.rs`, which provides this context) names the active one from the
/// same answer instead of asking the server again.
type OrganizationsLoaded = Callback<Rc<[Organization]>>;

/// The organization menu in the header.
#[component]
pub fn OrganizationSwitcher() -> Html {
    let auth = use_auth();
    let toaster = use_toaster();
    let navigator = use_navigator();
    let organizations = use_state(|| Option::<Rc<[Organization]>>::None);
    let reload = use_state(|| 0u32);
    let switching = use_state_eq(|| false);
    let creating = use_state_eq(|| false);
    let create_button = use_node_ref();
    let report = use_context::<OrganizationsLoaded>();
    let l = auth.localization().clone();
    let user_id = auth.session().user().map(|u| u.id.clone());

    let latest = use_latest();
    {
        let auth = auth.clone();
        let organizations = organizations.clone();
        let toaster = toaster.clone();
        let report = report.clone();
        use_effect_with((user_id, *reload), move |(user_id, _)| {
            if user_id.is_some() {
                let ticket = latest.start();
                wasm_bindgen_futures::spawn_local(async move {
                    let result = auth.client().call(organization::list_organizations()).await;
                    if !ticket.is_current() {
                        return;
                    }
                    match result {
                        Ok(list) => {
                            let list: Rc<[Organization]> = list.into();
                            if let Some(report) = &report {
                                report.emit(list.clone());
                            }
                            organizations.set(Some(list));
                        }
                        Err(e) => toaster.error(auth.error_message(&e)),
                    }
                });
            }
        });
    }

    let active = auth
        .session()
        .active_organization_id()
        .unwrap_or("")
        .to_owned();
    let options: Rc<[SelectOption]> = {
        let mut v = vec![SelectOption::new("", l.personal_account.clone())];
        if let Some(list) = organizations.as_ref() {
            v.extend(
                list.iter()
                    .map(|o| SelectOption::new(o.id.clone(), o.name.clone())),
            );
        }
        // An active organization not (yet) in the list still needs an option to show.
        if !active.is_empty() && !v.iter().any(|o| o.value == active) {
            v.push(SelectOption::new(active.clone(), active.clone()));
        }
        v.into()
    };

    let on_change = {
        let auth = auth.clone();
        let switching = switching.clone();
        let organizations = organizations.clone();
        let l = l.clone();
        let toaster = toaster.clone();
        Callback::from(move |value: String| {
            let id = (!value.is_empty()).then_some(value);
            let name = id.as_ref().and_then(|id| {
                organizations
                    .as_ref()
                    .and_then(|list| list.iter().find(|o| &o.id == id).map(|o| o.name.clone()))
            });
            let auth = auth.clone();
            let switching = switching.clone();
            let l = l.clone();
            let toaster = toaster.clone();
            switching.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                match auth.set_active_organization(id).await {
                    Ok(()) => toaster.success(match name {
                        Some(name) => fill(&l.organization_switched, &[("name", &name)]),
                        None => l.personal_switched.to_string(),
                    }),
                    Err(e) => toaster.error(auth.error_message(&e)),
                }
                switching.set(false);
            });
        })
    };

    let open_create = {
        let creating = creating.clone();
        Callback::from(move |_| creating.set(true))
    };
    let close_create = {
        let creating = creating.clone();
        Callback::from(move |()| creating.set(false))
    };
    let on_created = {
        let creating = creating.clone();
        let reload = reload.clone();
        let organizations = organizations.clone();
        let auth = auth.clone();
        let l = l.clone();
        Callback::from(move |org: Organization| {
            creating.set(false);
            // Known at once, by name, in the menu and on the page, before the list is asked again.
            let list: Rc<[Organization]> = organizations
                .iter()
                .flat_map(|list| list.iter().filter(|o| o.id != org.id).cloned())
                .chain([org.clone()])
                .collect();
            if let Some(report) = &report {
                report.emit(list.clone());
            }
            organizations.set(Some(list));
            reload.set(*reload + 1);
            auth.organization_activated(Some(org.id.clone()));
            toaster.success(fill(&l.organization_created, &[("name", &org.name)]));
            if let Some(nav) = &navigator {
                nav.push(&Route::OrganizationSettings);
            }
        })
    };

    html! {
        <>
            <SelectField inline=true hide_label=true label={l.switch_organization.clone()} value={active}
                options={options} on_change={on_change} disabled={*switching || organizations.is_none()} />
            // Labelled like GitHub's and Vercel's "New …" buttons; on a narrow screen only the icon
            // shows and the label stays the accessible name.
            <Button variant={ButtonVariant::Outline} size={ButtonSize::Small} node_ref={create_button.clone()}
                onclick={open_create} class="ba-org-create">
                { icons::plus() }
                <span class="ba-org-create-label">{ l.new_organization.clone() }</span>
            </Button>
            if *creating {
                <CreateOrganizationDialog on_close={close_create} on_created={on_created}
                    fallback_focus={create_button} />
            }
        </>
    }
}
