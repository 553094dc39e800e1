//! `/settings/security`: whatever the registered plugins contribute.

use yew::prelude::*;

use crate::auth::use_auth;
use crate::components::SettingsLayout;

/// The security settings page.
#[component]
pub fn SecuritySettings() -> Html {
    let auth = use_auth();
    let l = auth.localization();
    html! {
        <SettingsLayout title={l.security.clone()} description={l.security_description.clone()}>
            if auth.plugins().is_empty() {
                <p class="ba-muted">{ l.no_settings.clone() }</p>
            }
            { for auth.plugins().iter().map(|p| p.security_cards()) }
        </SettingsLayout>
    }
}
