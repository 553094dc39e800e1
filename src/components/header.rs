//! The header: app name, navigation, organization switcher, the user and sign-out.

use yew::prelude::*;
use yew_router::prelude::*;

use super::AppLink;
use super::OrganizationSwitcher;
use crate::auth::use_auth;
use crate::client::ClientError;
use crate::routing::{use_app_path, Route};
use crate::ui::skeleton::block;
use crate::ui::{use_submit, use_toaster, Button, ButtonSize, ButtonVariant};

#[derive(Properties, PartialEq)]
struct NavLinkProps {
    to: AttrValue,
    label: AttrValue,
}

/// A navigation link that marks the current page for assistive technology.
#[component]
fn NavLink(props: &NavLinkProps) -> Html {
    let here = use_app_path();
    html! {
        <AppLink to={props.to.clone()} current={here.as_deref() == Some(props.to.as_str())}>
            { props.label.clone() }
        </AppLink>
    }
}

/// The page header.
#[component]
pub fn Header() -> Html {
    let auth = use_auth();
    let toaster = use_toaster();
    let navigator = use_navigator();
    let sign_out_submit = use_submit::<ClientError>();
    let l = auth.localization();

    let sign_out = {
        let (auth, submit) = (auth.clone(), sign_out_submit.clone());
        Callback::from(move |_| {
            let (auth, toaster, navigator) = (auth.clone(), toaster.clone(), navigator.clone());
            submit.run(&[], async move {
                // The UI forgets the session either way; a server that could not be told is
                // reported, not hidden.
                if let Err(e) = auth.sign_out().await {
                    toaster.error(auth.error_message(&e));
                }
                if let Some(nav) = navigator {
                    nav.push(&Route::SignIn);
                }
                Ok(())
            });
        })
    };

    // Pages the plugins add, where they ask for a link.
    let plugin_links = auth
        .plugins()
        .pages(auth.locale())
        .into_iter()
        .filter_map(|p| {
            let label = p.nav_label?;
            Some(html! { <li key={p.path}><NavLink to={p.path} {label} /></li> })
        });
    let user = auth.session().user().cloned();
    html! {
        <header class="ba-header">
            <span class="ba-header-brand">{ l.app_name.clone() }</span>
            <nav class="ba-header-nav" aria-label={l.main_navigation.clone()}>
                <ul>
                    <li><NavLink to={Route::Security.to_path()} label={l.security.clone()} /></li>
                    <li><NavLink to={Route::OrganizationSettings.to_path()} label={l.organization_settings.clone()} /></li>
                    { for plugin_links }
                </ul>
            </nav>
            // Each part keeps its place (and the header its height) while the session loads.
            <div class="ba-header-org">
                if user.is_some() {
                    <OrganizationSwitcher />
                }
            </div>
            <div class="ba-header-user">
                if let Some(user) = user {
                    <span class="ba-user" title={user.email.clone()}>
                        <span class="ba-sr-only">{ l.account_menu.clone() }{ ": " }</span>
                        <strong>{ user.name.clone() }</strong>{ " " }
                        <span class="ba-user-email">{ user.email.clone() }</span>
                    </span>
                    <Button variant={ButtonVariant::Outline} size={ButtonSize::Small}
                        pending={sign_out_submit.pending()} onclick={sign_out}>
                        { l.sign_out.clone() }
                    </Button>
                } else {
                    { block("10rem", "1.5rem") }
                }
            </div>
        </header>
    }
}
