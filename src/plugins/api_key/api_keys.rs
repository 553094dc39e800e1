//! The `ApiKeys` card: the list with its states, paging and sort, and the dialogs.

use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use super::api_key::{DELETE_ACTION, EDIT_ACTION};
use super::state::{DialogState, KeysAction, KeysState};
use super::{
    use_ctx, ApiKey, ApiKeySkeleton, ApiKeysEmpty, CreateApiKeyDialog, DeleteApiKeyDialog,
    EditApiKeyDialog, NewApiKeyDialog,
};
use crate::client::{models, CreatedApiKey, KeyScope, KeySort, ListApiKeys};
use crate::i18n::fill;
use crate::time::now;
use crate::ui::{
    icons, use_toaster, Alert, AlertKind, Button, ButtonSize, ButtonVariant, Card, SelectField,
    SelectOption,
};

/// Props of [`ApiKeys`].
#[derive(Properties, PartialEq, Clone)]
pub struct ApiKeysProps {
    /// Manage this organization's keys instead of the user's own.
    #[prop_or_default]
    pub organization_id: Option<AttrValue>,
    /// Something outside is still loading (e.g. membership): show the skeleton, send nothing.
    #[prop_or_default]
    pub is_pending: bool,
    #[prop_or_default]
    pub hide_create: bool,
    #[prop_or_default]
    pub hide_delete: bool,
    #[prop_or_default]
    pub class: Classes,
}

/// The API keys security card.
#[function_component]
pub fn ApiKeys(props: &ApiKeysProps) -> Html {
    let ctx = use_ctx();
    let toaster = use_toaster();
    let options = &ctx.plugin.options;
    let state = use_reducer(|| KeysState::new(options.page_size()));
    let seq = use_mut_ref(|| 0u64);
    let requested = use_mut_ref(|| Option::<(KeyScope, KeySort, u64, u64, bool)>::None);
    let create_ref = use_node_ref();
    let list_ref = use_node_ref();
    let l = ctx.l.clone();
    let scope = match &props.organization_id {
        Some(id) => KeyScope::Organization(id.to_string()),
        None => KeyScope::User,
    };
    let is_org = props.organization_id.is_some();

    // Load the current page whenever the scope, sort, page or a reload request changes. Started
    // from render, not from an effect: Yew runs effects only after the browser has painted, and
    // the first list request should go out together with the session check, not after a paint.
    // `requested` makes this happen once per change.
    {
        let wanted = (
            scope.clone(),
            state.sort,
            state.page,
            state.reload,
            props.is_pending,
        );
        let mut requested = requested.borrow_mut();
        if requested.as_ref() != Some(&wanted) {
            *requested = Some(wanted);
            if !props.is_pending {
                let n = {
                    let mut s = seq.borrow_mut();
                    *s += 1;
                    *s
                };
                let query = ListApiKeys {
                    scope: scope.clone(),
                    sort: state.sort,
                    limit: state.page_size,
                    offset: state.offset(),
                };
                let client = ctx.auth.client().clone();
                let dispatcher = state.dispatcher();
                wasm_bindgen_futures::spawn_local(async move {
                    dispatcher.dispatch(KeysAction::Loading(n));
                    let action = match client.list_api_keys(query).await {
                        Ok(page) => KeysAction::Loaded {
                            seq: n,
                            page,
                            at: now(),
                        },
                        Err(error) => KeysAction::Failed { seq: n, error },
                    };
                    dispatcher.dispatch(action);
                });
                if n == 1 {
                    // The date formatter costs the browser 5-15 ms to build: build it while the
                    // first list is in flight (the timer fires after the request has gone out),
                    // not while its answer is being rendered.
                    let formatter = ctx.auth.formatter().clone();
                    gloo_timers::callback::Timeout::new(0, move || formatter.warm_up()).forget();
                }
            }
        }
    }

    // Back from another tab, the keys may have changed there: refresh quietly.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |()| {
            let document = gloo_utils::document();
            let listener = gloo_events::EventListener::new(&document, "visibilitychange", {
                let document = document.clone();
                move |_| {
                    if !document.hidden() {
                        dispatcher.dispatch(KeysAction::Retry);
                    }
                }
            });
            move || drop(listener)
        });
    }

    // One listener on the list for every row's Edit and Delete (see `ApiKey`'s `data-action`).
    let on_list_click = {
        let d = state.dispatcher();
        let keys = state.data.as_ref().map(|d| d.api_keys.clone());
        Callback::from(move |e: MouseEvent| {
            let Some(button) = e
                .target_dyn_into::<web_sys::Element>()
                .and_then(|t| t.closest("button[data-action]").ok().flatten())
            else {
                return;
            };
            let id = button.get_attribute("data-key").unwrap_or_default();
            let Some(key) = keys.iter().flat_map(|k| k.iter()).find(|k| k.id == id) else {
                return;
            };
            match button.get_attribute("data-action").as_deref() {
                Some(EDIT_ACTION) => d.dispatch(KeysAction::OpenEdit(key.clone())),
                Some(DELETE_ACTION) => d.dispatch(KeysAction::OpenDelete(key.clone())),
                _ => {}
            }
        })
    };
    let dispatcher = state.dispatcher();
    let open_create = {
        let d = dispatcher.clone();
        Callback::from(move |_: MouseEvent| d.dispatch(KeysAction::OpenCreate))
    };
    let close_dialog = {
        let d = dispatcher.clone();
        Callback::from(move |()| d.dispatch(KeysAction::CloseDialog))
    };
    let on_created = {
        let d = dispatcher.clone();
        Callback::from(move |c: CreatedApiKey| d.dispatch(KeysAction::Created(c)))
    };
    let on_updated = {
        let (d, toaster, msg) = (
            dispatcher.clone(),
            toaster.clone(),
            l.api_key_updated.clone(),
        );
        Callback::from(move |k: models::ApiKey| {
            d.dispatch(KeysAction::Updated(k));
            toaster.success(msg.clone());
        })
    };
    let on_deleted = {
        let (d, toaster, msg) = (
            dispatcher.clone(),
            toaster.clone(),
            l.api_key_deleted.clone(),
        );
        Callback::from(move |id: String| {
            d.dispatch(KeysAction::Removed(id));
            toaster.success(msg.clone());
        })
    };
    let on_gone = {
        let (d, toaster, msg) = (dispatcher.clone(), toaster.clone(), l.api_key_gone.clone());
        Callback::from(move |id: String| {
            d.dispatch(KeysAction::Removed(id));
            toaster.error(msg.clone());
        })
    };
    let retry = {
        let d = dispatcher.clone();
        Callback::from(move |_: MouseEvent| d.dispatch(KeysAction::Retry))
    };
    let on_sort = {
        let d = dispatcher.clone();
        Callback::from(move |token: String| {
            if let Some(sort) = KeySort::from_token(&token) {
                d.dispatch(KeysAction::Sort(sort));
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
    let actions = html! {
        if show_create {
            <Button node_ref={create_ref.clone()} onclick={open_create.clone()}
                disabled={state.is_initial_load() || props.is_pending}>
                { icons::plus() }{ l.create_api_key.clone() }
            </Button>
        }
    };

    let body = if props.is_pending || state.is_initial_load() {
        html! { <ApiKeySkeleton /> }
    } else if forbidden {
        html! { <Alert kind={AlertKind::Info} message={l.owner_only.clone()} /> }
    } else {
        let error = state.error.as_ref().map(|e| {
            let message = format!("{} {}", l.load_failed, ctx.message(e));
            html! {
                <Alert message={message} actions={html! {
                    <Button variant={ButtonVariant::Outline} size={ButtonSize::Small} onclick={retry.clone()}>
                        { ctx.auth.localization().retry.clone() }
                    </Button>
                }} />
            }
        });
        let list = state.data.as_ref().map(|data| {
            if data.api_keys.is_empty() && data.total == 0 {
                if state.error.is_some() {
                    return Html::default();
                }
                return html! {
                    <ApiKeysEmpty on_create={open_create.clone()} hide_create={!show_create}
                        organization={is_org} />
                };
            }
            // Buttons must have unique accessible names: repeated names get the key preview.
            let mut counts: HashMap<&str, usize> = HashMap::new();
            for k in data.api_keys.iter() {
                *counts.entry(k.display_name(&l.api_key)).or_default() += 1;
            }
            let formatter = ctx.auth.formatter().clone();
            let delete_label = ctx.auth.localization().delete.clone();
            html! {
                <>
                    if data.total > 1 {
                        <div class="ba-toolbar">
                            <SelectField inline=true label={l.sort_by.clone()} value={state.sort.token()}
                                options={sort_options(&l)} on_change={on_sort.clone()} />
                        </div>
                    }
                    <ul class="ba-list" ref={list_ref.clone()} tabindex="-1" aria-label={l.api_keys.clone()}
                        aria-busy={state.loading.then_some("true")} onclick={on_list_click.clone()}>
                        { for data.api_keys.iter().map(|k| html! {
                            <ApiKey key={k.id.as_str()} api_key={k.clone()} now={state.loaded_at}
                                strings={l.clone()} formatter={formatter.clone()}
                                delete_label={delete_label.clone()}
                                disambiguate={counts.get(k.display_name(&l.api_key)).copied().unwrap_or(0) > 1}
                                hide_delete={props.hide_delete} />
                        }) }
                    </ul>
                    { pager(&state, &ctx, &dispatcher) }
                </>
            }
        });
        html! { <>{ for error }{ for list }</> }
    };

    // Where focus goes when a dialog's trigger is gone (a deleted row's button).
    let fallback = if show_create {
        create_ref.clone()
    } else {
        list_ref.clone()
    };
    let dialog = match &state.dialog {
        DialogState::Closed => Html::default(),
        DialogState::Create => html! {
            <CreateApiKeyDialog scope={scope.clone()} on_close={close_dialog.clone()}
                on_created={on_created} fallback_focus={fallback.clone()} />
        },
        DialogState::NewKey { api_key, secret } => html! {
            <NewApiKeyDialog name={AttrValue::from(api_key.display_name(&l.api_key).to_owned())}
                secret={secret.clone()} on_close={close_dialog.clone()} fallback_focus={fallback.clone()} />
        },
        DialogState::Edit(k) => html! {
            <EditApiKeyDialog api_key={k.clone()} scope={scope.clone()} on_close={close_dialog.clone()}
                on_updated={on_updated} on_gone={on_gone.clone()} fallback_focus={fallback.clone()} />
        },
        DialogState::Delete(k) => html! {
            <DeleteApiKeyDialog api_key={k.clone()} scope={scope.clone()} on_close={close_dialog.clone()}
                on_deleted={on_deleted} on_gone={on_gone} fallback_focus={fallback.clone()} />
        },
    };

    html! {
        <Card class={props.class.clone()} title={l.api_keys.clone()} {description} {actions}
            busy={state.loading || props.is_pending}>
            { body }
            // After the list: a removed row is gone before the dialog hands focus back.
            { dialog }
        </Card>
    }
}

fn sort_options(l: &super::ApiKeyLocalization) -> Rc<[SelectOption]> {
    KeySort::ALL
        .iter()
        .map(|s| {
            let label = match s {
                KeySort::Newest => &l.newest,
                KeySort::Oldest => &l.oldest,
                KeySort::NameAsc => &l.name_ascending,
                KeySort::NameDesc => &l.name_descending,
            };
            SelectOption::new(s.token(), label.clone())
        })
        .collect()
}

fn pager(
    state: &KeysState,
    ctx: &super::Ctx,
    dispatcher: &UseReducerDispatcher<KeysState>,
) -> Html {
    let Some(data) = &state.data else {
        return Html::default();
    };
    let size = u64::from(state.page_size);
    if data.total <= size {
        return Html::default();
    }
    let l = &ctx.l;
    let f = ctx.auth.formatter();
    let start = state.offset() + 1;
    let end = (state.offset() + data.api_keys.len() as u64).max(start);
    let summary = fill(
        &l.page_summary,
        &[
            ("start", &f.number(start)),
            ("end", &f.number(end)),
            ("total", &f.number(data.total)),
        ],
    );
    let last = state.last_page(data.total);
    let page = state.page;
    let go = |target: u64| {
        let d = dispatcher.clone();
        Callback::from(move |_: MouseEvent| d.dispatch(KeysAction::Page(target)))
    };
    html! {
        <nav class="ba-pager" aria-label={l.pagination.clone()}>
            <p class="ba-muted ba-pager-summary" aria-live="polite">{ summary }</p>
            <Button variant={ButtonVariant::Outline} size={ButtonSize::Small} unavailable={page == 0}
                onclick={go(page.saturating_sub(1))}>{ l.previous_page.clone() }</Button>
            <Button variant={ButtonVariant::Outline} size={ButtonSize::Small} unavailable={page >= last}
                onclick={go(page + 1)}>{ l.next_page.clone() }</Button>
        </nav>
    }
}
