//! `/organization/settings`: the active organization's cards from the registered plugins.

use std::rc::Rc;

use yew::prelude::*;

use crate::auth::{use_auth, SessionState};
use crate::client::Organization;
use crate::components::SettingsLayout;
use crate::i18n::fill;
use crate::ui::skeleton::block;
use crate::ui::Card;

/// How the header's organization switcher (`components/organization_switcher.rs`) hands this
/// page the organizations it loaded: the page names the active one from that answer, with no
/// request of its own.
type OrganizationsLoaded = Callback<Rc<[Organization]>>;

/// The organization settings page.
#[component]
pub fn OrganizationSettings() -> Html {
    let auth = use_auth();
    let l = auth.localization();
    let organizations = use_state_eq(|| Option::<Rc<[Organization]>>::None);
    let loaded = {
        let set = organizations.setter();
        use_memo((), move |()| -> OrganizationsLoaded {
            Callback::from(move |list| set.set(Some(list)))
        })
    };
    let active = auth.session().active_organization_id();
    // The heading stays "Organization" (the navigation's and the tab's name); the line under it
    // names the organization once the switcher's list has it, and until then says the same
    // thing in general words on the same line.
    let name = active.and_then(|id| {
        organizations
            .as_ref()?
            .iter()
            .find(|o| o.id == id)
            .map(|o| o.name.clone())
    });
    let description = match name {
        Some(name) => AttrValue::from(fill(&l.organization_settings_of, &[("name", &name)])),
        None => l.organization_settings_description.clone(),
    };
    let body = match auth.session() {
        SessionState::SignedIn(data) => match data.session.active_organization_id.clone() {
            // Keyed by organization: switching remounts the cards, so nothing from the previous
            // organization can show under the new one.
            Some(org) => html! {
                <div key={org.clone()} class="ba-stack">
                    { for auth.plugins().iter().map(|p| p.organization_cards(AttrValue::from(org.clone()))) }
                    if auth.plugins().is_empty() {
                        <p class="ba-muted">{ l.no_settings.clone() }</p>
                    }
                </div>
            },
            None => html! {
                <Card title={l.no_active_organization.clone()}
                    description={l.no_active_organization_description.clone()} />
            },
        },
        _ => html! {
            <div class="ba-card" aria-busy="true">
                { block("40%", "1.25rem") }
                { block("100%", "3rem") }
            </div>
        },
    };
    html! {
        <ContextProvider<OrganizationsLoaded> context={(*loaded).clone()}>
            <SettingsLayout title={l.organization_settings.clone()} {description}>
                { body }
            </SettingsLayout>
        </ContextProvider<OrganizationsLoaded>>
    }
}
