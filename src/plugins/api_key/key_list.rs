//! The rows of one page, with accessible names that stay unique when names repeat.

use std::rc::Rc;

use yew::prelude::*;

use super::model;
use super::{use_ctx, ApiKey, KeyScope};
use crate::time::Timestamp;

/// Props of [`KeyList`].
#[derive(Properties, PartialEq)]
pub struct KeyListProps {
    pub keys: Rc<[Rc<model::ApiKey>]>,
    /// Whose keys: which configurations the rows name.
    pub scope: KeyScope,
    /// When the page was loaded, to tell expired keys.
    pub now: Timestamp,
    /// The next page is loading.
    pub loading: bool,
    #[prop_or_default]
    pub hide_delete: bool,
    pub on_edit: Callback<Rc<model::ApiKey>>,
    pub on_delete: Callback<Rc<model::ApiKey>>,
    pub on_details: Callback<Rc<model::ApiKey>>,
    /// The list element, a place for focus when a dialog's trigger is gone.
    pub list_ref: NodeRef,
}

/// A page of keys.
#[component]
pub fn KeyList(props: &KeyListProps) -> Html {
    let ctx = use_ctx();
    let l = &ctx.l;
    // Buttons must have unique accessible names: repeated names get the key preview. A sorted
    // copy and binary search rather than a map: a map type costs the app its code, and a page
    // can hold a thousand rows.
    let names: Vec<&str> = props
        .keys
        .iter()
        .map(|k| k.display_name(&l.api_key))
        .collect();
    let mut sorted = names.clone();
    sorted.sort_unstable();
    let repeated = |i: usize| {
        let first = sorted.partition_point(|n| *n < names[i]);
        sorted.get(first + 1) == Some(&names[i])
    };
    let formatter = ctx.auth.formatter().clone();
    let configuration_label = ctx.plugin.options.configuration_labels(&props.scope);
    let delete_label = ctx.auth.localization().delete.clone();
    html! {
        <ul class="ba-list" ref={props.list_ref.clone()} tabindex="-1" aria-label={l.api_keys.clone()}
            aria-busy={props.loading.then_some("true")}>
            { for props.keys.iter().enumerate().map(|(i, k)| html! {
                <ApiKey key={k.id.as_str()} api_key={k.clone()} now={props.now}
                    strings={l.clone()} formatter={formatter.clone()}
                    delete_label={delete_label.clone()}
                    disambiguate={repeated(i)}
                    configuration={configuration_label(k.config_id.as_deref()).map(AttrValue::from)}
                    hide_delete={props.hide_delete} on_edit={props.on_edit.clone()}
                    on_delete={props.on_delete.clone()} on_details={props.on_details.clone()} />
            }) }
        </ul>
    }
}
