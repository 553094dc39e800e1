//! `/organization/settings`: the active organization's cards from the registered plugins.

use yew::prelude::*;

use crate::auth::{use_auth, SessionState};
use crate::components::SettingsLayout;
use crate::ui::skeleton::block;
use crate::ui::Card;

/// The organization settings page.
#[component]
pub fn OrganizationSettings() -> Html {
    let auth = use_auth();
    let l = auth.localization();
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
        <SettingsLayout title={l.organization_settings.clone()}
            description={l.organization_settings_description.clone()}>
            { body }
        </SettingsLayout>
    }
}
