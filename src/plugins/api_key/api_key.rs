//! One row of the key list: name, masked preview, dates, badges, Edit and Delete.

use std::rc::Rc;

use yew::prelude::*;

use super::localization::ApiKeyLocalization;
use super::model as models;
use crate::i18n::{fill, Formatter};
use crate::time::Timestamp;

/// Props of [`ApiKey`]. Everything is cheap to compare, so a row only re-renders when its own
/// key changes, not when a dialog opens or another row changes.
#[derive(Properties, PartialEq)]
pub struct ApiKeyProps {
    pub api_key: Rc<models::ApiKey>,
    /// When the list was loaded, to tell expired keys.
    pub now: Timestamp,
    pub strings: Rc<ApiKeyLocalization>,
    pub formatter: Formatter,
    /// The visible text of the delete button (the shell's "Delete").
    pub delete_label: AttrValue,
    /// Another row on the page has the same name: add the preview to the buttons' names.
    #[prop_or_default]
    pub disambiguate: bool,
    #[prop_or_default]
    pub hide_delete: bool,
    /// Edit clicked. Pass the same callback on every render (`use_callback`), or every row
    /// re-renders whenever the list does.
    pub on_edit: Callback<Rc<models::ApiKey>>,
    /// Delete clicked; see `on_edit`.
    pub on_delete: Callback<Rc<models::ApiKey>>,
}

/// A key in the list.
#[component]
pub fn ApiKey(props: &ApiKeyProps) -> Html {
    let l = &props.strings;
    let key = &props.api_key;
    let f = &props.formatter;
    let name = key.display_name(&l.api_key);
    let masked = key.masked();
    let expired = key.is_expired(props.now);

    let mut meta = vec![fill(&l.created_on, &[("date", &f.date(key.created_at))])];
    meta.push(match key.expires_at {
        Some(t) if expired => fill(&l.expired_on, &[("date", &f.date(t))]),
        Some(t) => fill(&l.expires_on, &[("date", &f.date(t))]),
        None => l.never_expires.to_string(),
    });
    if let Some(t) = key.last_request {
        meta.push(fill(&l.last_used_on, &[("date", &f.date(t))]));
    }

    let label_name = if props.disambiguate {
        fill(
            &l.named_with_preview,
            &[("name", name), ("preview", &masked)],
        )
    } else {
        name.to_owned()
    };
    let on_edit = {
        let key = key.clone();
        props.on_edit.reform(move |_: MouseEvent| key.clone())
    };
    let on_delete = {
        let key = key.clone();
        props.on_delete.reform(move |_: MouseEvent| key.clone())
    };

    html! {
        <li class="ba-row">
            <div class="ba-row-main">
                <div class="ba-row-title">
                    // The full name stays in the text; CSS only shortens what is drawn.
                    <h3 class="ba-row-name" title={name.to_owned()} dir="auto">{ name.to_owned() }</h3>
                    if expired {
                        <span class="ba-badge ba-badge-danger">{ l.expired.clone() }</span>
                    }
                    if !key.enabled {
                        <span class="ba-badge">{ l.disabled.clone() }</span>
                    }
                </div>
                <span class="ba-mono" aria-label={format!("{}: {masked}", l.key_preview)}>{ masked.clone() }</span>
                <p class="ba-row-meta">{ meta.join(" · ") }</p>
            </div>
            // Plain buttons with the Button styles: a page can hold a thousand rows, and two
            // components per row would double the work of rendering it.
            <div class="ba-row-actions">
                <button type="button" class="ba-button ba-button-outline ba-button-small"
                    aria-label={l.named(&l.edit_named, &label_name)} onclick={on_edit}>
                    { l.edit.clone() }
                </button>
                if !props.hide_delete {
                    <button type="button" class="ba-button ba-button-outline ba-button-small"
                        aria-label={l.named(&l.delete_named, &label_name)} onclick={on_delete}>
                        { props.delete_label.clone() }
                    </button>
                }
            </div>
        </li>
    }
}
