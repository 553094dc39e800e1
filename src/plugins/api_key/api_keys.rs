//! The `ApiKeys` card: the list hook's state rendered as a skeleton, the owner note, an error,
//! the empty state or the list with its sort and pager; and the open dialog.

use std::rc::Rc;

use yew::prelude::*;

use super::api_key_skeleton::skeleton;
use super::api_keys_empty::empty_state;
use super::key_dialog::{DialogState, KeyDialog, Outcome};
use super::key_list::KeyList;
use super::list::{use_key_list, KeysAction};
use super::model;
use super::pager::Pager;
use super::sort_select::SortSelect;
use super::{use_ctx, KeyScope};
use crate::ui::{alert, icons, use_toaster, AlertKind, Button, ButtonSize, ButtonVariant, Card};

/// Props of [`ApiKeys`].
#[derive(Properties, PartialEq, Clone)]
pub struct ApiKeysProps {
    /// Manage this organization's keys instead of the user's own.
    #[prop_or_default]
    pub organization_id: Option<AttrValue>,
    /// Something outside is still loading (e.g. membership): show the skeleton, send nothing.
    #[prop_or_default]
    pub is_pending: bool,
    /// Leaves out the card's Create button (and the empty state's). Default: shown.
    #[prop_or_default]
    pub hide_create: bool,
    /// Leaves out every row's Delete button. Default: shown.
    #[prop_or_default]
    pub hide_delete: bool,
    /// Put before the list's URL parameters (`page`, `sort`) where several lists share a page.
    #[prop_or_default]
    pub query_prefix: AttrValue,
    /// Extra classes for the card's outer element, next to `ba-card`.
    #[prop_or_default]
    pub class: Classes,
}

/// The API keys security card.
#[component]
pub fn ApiKeys(props: &ApiKeysProps) -> Html {
    let ctx = use_ctx();
    let toaster = use_toaster();
    let scope = match &props.organization_id {
        Some(id) => KeyScope::Organization(id.to_string()),
        None => KeyScope::User,
    };
    let is_org = props.organization_id.is_some();
    let list = use_key_list(
        scope.clone(),
        ctx.plugin.options.page_size(),
        props.query_prefix.clone(),
        props.is_pending,
    );
    let dialog = use_state(|| DialogState::Closed);
    let create_ref = use_node_ref();
    let list_ref = use_node_ref();
    let l = ctx.l.clone();
    let state = list.state();

    // Stable callbacks: the rows compare them, and must not all re-render when a dialog opens.
    let on_edit = {
        let dialog = dialog.clone();
        use_callback((), move |k: Rc<model::ApiKey>, _| {
            dialog.set(DialogState::Edit(k))
        })
    };
    let on_delete = {
        let dialog = dialog.clone();
        use_callback((), move |k: Rc<model::ApiKey>, _| {
            dialog.set(DialogState::Delete(k))
        })
    };
    let on_details = {
        let dialog = dialog.clone();
        use_callback((), move |k: Rc<model::ApiKey>, _| {
            dialog.set(DialogState::Details(k))
        })
    };
    let open_create = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| dialog.set(DialogState::Create))
    };
    let close_dialog = {
        let dialog = dialog.clone();
        Callback::from(move |()| dialog.set(DialogState::Closed))
    };
    let on_outcome = {
        let (dialog, list, l) = (dialog.clone(), list.clone(), l.clone());
        Callback::from(move |outcome: Outcome| match outcome {
            Outcome::Created(created) => {
                list.apply(KeysAction::Created(created.api_key.clone()));
                dialog.set(DialogState::NewKey {
                    api_key: Rc::new(created.api_key),
                    secret: created.key,
                });
            }
            Outcome::Updated(key) => {
                list.apply(KeysAction::Updated(key));
                dialog.set(DialogState::Closed);
                toaster.success(l.api_key_updated.clone());
            }
            Outcome::Deleted(id) => {
                list.apply(KeysAction::Removed(id));
                dialog.set(DialogState::Closed);
                toaster.success(l.api_key_deleted.clone());
            }
            Outcome::Gone(id) => {
                list.apply(KeysAction::Removed(id));
                dialog.set(DialogState::Closed);
                toaster.error(l.api_key_gone.clone());
            }
        })
    };

    let forbidden = is_org && state.error.as_ref().is_some_and(|e| e.is_forbidden());
    let show_create = !props.hide_create && !forbidden;
    let description = if is_org {
        l.organization_api_keys_description.clone()
    } else {
        l.api_keys_description.clone()
    };
    // An empty list has its own Create button; one is enough.
    let empty = !props.is_pending
        && !state.is_initial_load()
        && state.error.is_none()
        && state
            .data
            .as_ref()
            .is_some_and(|d| d.api_keys.is_empty() && d.total == 0);
    let actions = html! {
        if show_create && !empty {
            <Button node_ref={create_ref.clone()} onclick={open_create.clone()}
                disabled={state.is_initial_load() || props.is_pending}>
                { icons::plus() }{ l.create_api_key.clone() }
            </Button>
        }
    };

    let body = if props.is_pending || state.is_initial_load() {
        skeleton(l.loading_api_keys.clone())
    } else if forbidden {
        alert(AlertKind::Info, l.owner_only.clone(), Html::default())
    } else {
        let error = state.error.as_ref().map(|e| {
            let message = format!("{} {}", l.load_failed, ctx.message(e));
            html! {
                { alert(AlertKind::Error, AttrValue::from(message), html! {
                    <Button variant={ButtonVariant::Outline} size={ButtonSize::Small} onclick={list.retry()}>
                        { ctx.auth.localization().retry.clone() }
                    </Button>
                }) }
            }
        });
        let content = state.data.as_ref().map(|data| {
            if data.api_keys.is_empty() && data.total == 0 {
                if state.error.is_some() {
                    return Html::default();
                }
                return empty_state(&l, show_create.then(|| open_create.clone()), create_ref.clone());
            }
            let params = list.params();
            let on_sort = {
                let list = list.clone();
                Callback::from(move |sort| list.sort_by(sort))
            };
            let on_page = {
                let list = list.clone();
                Callback::from(move |page| list.go_to(page))
            };
            html! {
                <>
                    if data.total > 1 {
                        <div class="ba-toolbar">
                            <SortSelect sort={params.sort} {on_sort} />
                        </div>
                    }
                    <KeyList keys={data.api_keys.clone()} scope={scope.clone()} now={state.loaded_at}
                        loading={state.loading} hide_delete={props.hide_delete} on_edit={on_edit.clone()}
                        on_delete={on_delete.clone()} on_details={on_details.clone()}
                        list_ref={list_ref.clone()} />
                    <Pager page={params.page} page_size={state.page_size} total={data.total}
                        shown={data.api_keys.len() as u64} {on_page} />
                </>
            }
        });
        html! { <>{ for error }{ for content }</> }
    };

    // Where focus goes when a dialog's trigger is gone (a deleted row's button).
    let fallback = if show_create { create_ref } else { list_ref };

    html! {
        <Card class={props.class.clone()} title={l.api_keys.clone()} {description} {actions}
            busy={state.loading || props.is_pending}>
            { body }
            // After the list: a removed row is gone before the dialog hands focus back.
            <KeyDialog state={(*dialog).clone()} {scope} on_close={close_dialog}
                {on_outcome} fallback_focus={fallback} />
        </Card>
    }
}
