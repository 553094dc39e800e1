//! "API key details": everything the server holds about a key, read-only. What only the server
//! may set (quota, rate limit, permissions) is grouped and labelled as such. The list answer
//! normally has it all; a server whose list leaves fields out is asked for the key itself.

use std::rc::Rc;

use yew::prelude::*;

use super::api;
use super::localization::ApiKeyLocalization;
use super::model::ApiKey;
use super::{use_ctx, KeyScope};
use crate::i18n::{fill, Formatter};
use crate::time::{now, Timestamp};
use crate::ui::{alert, AlertKind, Button, ButtonVariant, Dialog};

/// Props of [`ApiKeyDetailsDialog`].
#[derive(Properties, PartialEq)]
pub struct ApiKeyDetailsDialogProps {
    pub api_key: Rc<ApiKey>,
    pub scope: KeyScope,
    pub on_close: Callback<()>,
    #[prop_or_default]
    pub fallback_focus: Option<NodeRef>,
}

/// The details dialog.
#[component]
pub fn ApiKeyDetailsDialog(props: &ApiKeyDetailsDialogProps) -> Html {
    let ctx = use_ctx();
    let close_ref = use_node_ref();
    // The key as fetched, when the list answer lacked the server-set fields.
    let fetched = use_state(|| None::<Result<Rc<ApiKey>, String>>);
    {
        let (ctx, fetched, key) = (ctx.clone(), fetched.clone(), props.api_key.clone());
        use_effect_with(key.id.clone(), move |_| {
            if key.rate_limit_enabled.is_none() {
                wasm_bindgen_futures::spawn_local(async move {
                    let call = api::get_api_key(&key.id, key.config_id.as_deref());
                    let answer = ctx.auth.client().call(call).await;
                    fetched.set(Some(answer.map(Rc::new).map_err(|e| ctx.message(&e))));
                });
            }
        });
    }
    let key = match &*fetched {
        Some(Ok(k)) => k.clone(),
        _ => props.api_key.clone(),
    };
    let l = &ctx.l;
    let f = ctx.auth.formatter();
    let options = &ctx.plugin.options;
    let configuration = options
        .configurations_for(&props.scope)
        .iter()
        .find(|c| Some(c.id.as_str()) == key.config_id.as_deref())
        .map(|c| c.label.clone())
        .or_else(|| key.config_id.clone())
        .unwrap_or_else(|| props.scope.config_id().to_owned());
    let date =
        |t: Option<Timestamp>, none: &AttrValue| t.map_or_else(|| none.to_string(), |t| f.date(t));
    let mut status = vec![if key.enabled {
        l.enabled.to_string()
    } else {
        l.disabled.to_string()
    }];
    if key.is_expired(now()) {
        status.push(l.expired.to_string());
    }

    let owned = [
        (l.name.clone(), key.display_name(&l.api_key).to_owned()),
        (l.configuration.clone(), configuration),
        (l.key_preview.clone(), key.masked()),
        (
            l.prefix.clone(),
            key.prefix.clone().unwrap_or_else(|| l.none.to_string()),
        ),
        (l.status.clone(), status.join(", ")),
        (l.created.clone(), f.date(key.created_at)),
        (l.updated.clone(), date(key.updated_at, &l.none)),
        (l.expires.clone(), date(key.expires_at, &l.never_expires)),
        (
            l.last_request.clone(),
            date(key.last_request, &l.never_used),
        ),
        (l.requests.clone(), f.number(key.request_count.unwrap_or(0))),
    ];
    let server = server_fields(l, f, &key);
    let permissions = key.permissions.as_ref().filter(|p| !p.0.is_empty());
    let cancel = props.on_close.reform(|_: MouseEvent| ());

    html! {
        <Dialog title={l.api_key_details.clone()}
            description={AttrValue::from(key.display_name(&l.api_key).to_owned())}
            on_dismiss={props.on_close.clone()} initial_focus={close_ref.clone()}
            fallback_focus={props.fallback_focus.clone()} class="ba-details">
            if let Some(Err(error)) = &*fetched {
                { alert(AlertKind::Error, AttrValue::from(error.clone()), Html::default()) }
            }
            { list(&owned, Html::default()) }
            <section class="ba-details-section" aria-labelledby="ba-details-server">
                <h3 class="ba-details-heading" id="ba-details-server">{ l.set_by_server.clone() }</h3>
                <p class="ba-hint">{ l.set_by_server_description.clone() }</p>
                { list(&server, html! {
                    <div>
                        <dt>{ l.permissions.clone() }</dt>
                        <dd>
                            if let Some(p) = permissions {
                                <ul class="ba-details-permissions">
                                    { for p.0.iter().map(|(resource, actions)| html! {
                                        <li><span class="ba-mono">{ resource.clone() }</span>{ ": " }{ actions.join(", ") }</li>
                                    }) }
                                </ul>
                            } else {
                                { l.none.clone() }
                            }
                        </dd>
                    </div>
                }) }
            </section>
            if let Some(metadata) = &key.metadata {
                <section class="ba-details-section" aria-labelledby="ba-details-metadata">
                    <h3 class="ba-details-heading" id="ba-details-metadata">{ l.metadata.clone() }</h3>
                    <pre class="ba-details-json" tabindex="0" aria-labelledby="ba-details-metadata">{ metadata.pretty() }</pre>
                </section>
            }
            <div class="ba-dialog-footer">
                <Button variant={ButtonVariant::Outline} onclick={cancel} node_ref={close_ref}>
                    { ctx.auth.localization().close.clone() }
                </Button>
            </div>
        </Dialog>
    }
}

/// Quota and rate limit in words.
fn server_fields(l: &ApiKeyLocalization, f: &Formatter, key: &ApiKey) -> Vec<(AttrValue, String)> {
    let remaining = key
        .remaining
        .map_or_else(|| l.unlimited.to_string(), |n| f.number(n));
    let refill = match (key.refill_amount, key.refill_interval) {
        (Some(amount), Some(interval)) if interval > 0 => fill(
            &l.refill_value,
            &[
                ("amount", &f.number(amount)),
                ("interval", &f.duration(interval)),
            ],
        ),
        _ => l.none.to_string(),
    };
    let rate_limit = match (
        key.rate_limit_enabled,
        key.rate_limit_max,
        key.rate_limit_time_window,
    ) {
        (Some(true), Some(max), Some(window)) if window > 0 => fill(
            &l.rate_limit_value,
            &[("max", &f.number(max)), ("window", &f.duration(window))],
        ),
        (Some(false), ..) => l.off.to_string(),
        _ => l.none.to_string(),
    };
    vec![
        (l.remaining.clone(), remaining),
        (l.refill.clone(), refill),
        (
            l.last_refill.clone(),
            key.last_refill_at
                .map_or_else(|| l.none.to_string(), |t| f.date(t)),
        ),
        (l.rate_limit.clone(), rate_limit),
    ]
}

/// Terms and their values, then `more` (entries of its own).
fn list(items: &[(AttrValue, String)], more: Html) -> Html {
    html! {
        <dl class="ba-details-list">
            { for items.iter().map(|(term, value)| html! {
                <div>
                    <dt>{ term.clone() }</dt>
                    <dd dir="auto">{ value.clone() }</dd>
                </div>
            }) }
            { more }
        </dl>
    }
}
