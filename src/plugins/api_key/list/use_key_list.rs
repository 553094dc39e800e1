//! The list hook: state, fetching the page the URL names, a quiet refresh when the tab comes
//! back, and safety against stale answers. The card and its pieces only render what it holds.

use yew::prelude::*;

use super::super::api::{self, KeyScope, KeySort, ListApiKeys};
use super::super::model::ApiKeyPage;
use super::super::use_ctx;
use super::params::{use_list_params, Entry, ListParams};
use super::state::{KeysAction, KeysState};
use crate::time::now;
use crate::ui::use_latest;

/// A list of keys and what can be done to it.
#[derive(Clone)]
pub struct KeyList {
    state: UseReducerHandle<KeysState>,
    params: ListParams,
    set_params: Callback<(ListParams, Entry)>,
}

impl KeyList {
    /// The state to render.
    pub fn state(&self) -> &KeysState {
        &self.state
    }

    /// The page and order the URL asks for.
    pub fn params(&self) -> ListParams {
        self.params
    }

    /// Turns to `page` (zero-based), within the pages that exist.
    pub fn go_to(&self, page: u64) {
        let last = self
            .state
            .data
            .as_ref()
            .map_or(0, |d| self.state.last_page(d.total));
        let page = page.min(last);
        if page != self.params.page {
            self.set_params.emit((
                ListParams {
                    page,
                    ..self.params
                },
                Entry::Push,
            ));
        }
    }

    /// Orders the list by `sort`, from the first page.
    pub fn sort_by(&self, sort: KeySort) {
        if sort != self.params.sort {
            self.set_params
                .emit((ListParams { page: 0, sort }, Entry::Replace));
        }
    }

    /// Applies a change made here (create, edit, delete); the page is fetched again to confirm.
    pub fn apply(&self, action: KeysAction) {
        self.state.dispatch(action);
    }

    /// A callback that fetches the current page again.
    pub fn retry(&self) -> Callback<MouseEvent> {
        let state = self.state.clone();
        Callback::from(move |_| state.dispatch(KeysAction::Retry))
    }
}

/// The keys of `scope`, `page_size` per page, in the page and order the URL names (under
/// `query_prefix`). Nothing is fetched while `paused` (e.g. membership still loading).
#[hook]
pub fn use_key_list(
    scope: KeyScope,
    page_size: u32,
    query_prefix: AttrValue,
    paused: bool,
) -> KeyList {
    let ctx = use_ctx();
    let (params, set_params) = use_list_params(query_prefix);
    // The first page may have been answered before the app started (the bundled app's page
    // asks for it early): then the list is in the very first render, no skeleton, no wait.
    let early = {
        let (client, scope) = (ctx.auth.client().clone(), scope.clone());
        use_memo((), move |()| {
            let query = ListApiKeys {
                scope,
                sort: params.sort,
                limit: page_size.max(1),
                offset: u64::from(page_size.max(1)) * params.page,
            };
            (!paused)
                .then(|| client.call_ready(api::list_api_keys(&query)))
                .flatten()
                .filter(|answer| !matches!(answer, Ok(page) if page_is_gone(page, params)))
        })
    };
    let state = {
        let early = early.clone();
        use_reducer(move || {
            let mut state = KeysState::new(page_size);
            state.params = params;
            match &*early {
                Some(Ok(page)) => {
                    state.loading = false;
                    state.data = Some(page.clone());
                    state.loaded_at = now();
                }
                Some(Err(error)) => {
                    state.loading = false;
                    state.error = Some(error.clone());
                }
                None => {}
            }
            state
        })
    };
    let latest = use_latest();
    let requested = {
        let initial = early.is_some().then(|| (scope.clone(), params, 0, paused));
        use_mut_ref(move || initial)
    };

    // Fetch whenever the scope, page, order or a reload request changes. Started from render,
    // not from an effect: Yew runs effects only after the browser has painted, and the first
    // list request should go out together with the session check, not after a paint.
    // `requested` makes this happen once per change.
    let wanted = (scope.clone(), params, state.reload, paused);
    if requested.borrow().as_ref() != Some(&wanted) {
        *requested.borrow_mut() = Some(wanted);
        if !paused {
            let query = ListApiKeys {
                scope,
                sort: params.sort,
                limit: state.page_size,
                offset: state.offset(params.page),
            };
            let ticket = latest.start();
            let (client, state, set_params) =
                (ctx.auth.client().clone(), state.clone(), set_params.clone());
            let first = state.data.is_none();
            wasm_bindgen_futures::spawn_local(async move {
                state.dispatch(KeysAction::Loading(params));
                let result = client.call(api::list_api_keys(&query)).await;
                if !ticket.is_current() {
                    return;
                }
                match result {
                    Ok(page) if page_is_gone(&page, params) => {
                        // Never an empty page after deletes: step back to the last page with
                        // keys (the new URL fetches it).
                        let last = state.last_page(page.total);
                        set_params.emit((
                            ListParams {
                                page: last,
                                ..params
                            },
                            Entry::Replace,
                        ));
                    }
                    Ok(page) => state.dispatch(KeysAction::Loaded { page, at: now() }),
                    Err(error) => state.dispatch(KeysAction::Failed(error)),
                }
            });
            if first {
                // The date formatter costs the browser 5-15 ms to build: build it while the
                // first list is in flight (the timer fires after the request has gone out),
                // not while its answer is being rendered.
                let formatter = ctx.auth.formatter().clone();
                gloo_timers::callback::Timeout::new(0, move || formatter.warm_up()).forget();
            }
        }
    }

    // Back from another tab, the keys may have changed there: refresh quietly.
    {
        let state = state.clone();
        use_effect_with((), move |()| {
            let document = gloo_utils::document();
            let listener = gloo_events::EventListener::new(&document, "visibilitychange", {
                let document = document.clone();
                move |_| {
                    if !document.hidden() {
                        state.dispatch(KeysAction::Retry);
                    }
                }
            });
            move || drop(listener)
        });
    }

    KeyList {
        state,
        params,
        set_params,
    }
}

/// An empty page past the end (the keys on it were deleted).
fn page_is_gone(page: &ApiKeyPage, params: ListParams) -> bool {
    page.api_keys.is_empty() && page.total > 0 && params.page > 0
}
