//! One row of the key list: the name (which opens the details), masked preview, dates, badges,
//! Edit and Delete.

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
    /// The key this row shows (shared with the list, compared by value).
    pub api_key: Rc<models::ApiKey>,
    /// When the list was loaded, to tell expired keys.
    pub now: Timestamp,
    /// The plugin's strings, already localized and overridden.
    pub strings: Rc<ApiKeyLocalization>,
    /// Formats the row's dates in the configured locale.
    pub formatter: Formatter,
    /// The visible text of the delete button (the shell's "Delete").
    pub delete_label: AttrValue,
    /// Another row on the page has the same name: add the preview to the buttons' names.
    #[prop_or_default]
    pub disambiguate: bool,
    /// The key's configuration, where the scope has several.
    #[prop_or_default]
    pub configuration: Option<AttrValue>,
    /// Leaves out the Delete button (Edit stays). Default: shown.
    #[prop_or_default]
    pub hide_delete: bool,
    /// Edit clicked. Pass the same callback on every render (`use_callback`), or every row
    /// re-renders whenever the list does.
    pub on_edit: Callback<Rc<models::ApiKey>>,
    /// Delete clicked; see `on_edit`.
    pub on_delete: Callback<Rc<models::ApiKey>>,
    /// The name clicked: show the details; see `on_edit`.
    pub on_details: Callback<Rc<models::ApiKey>>,
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
    meta.push(match key.last_request {
        Some(t) => fill(&l.last_used_on, &[("date", &f.date(t))]),
        None => l.never_used.to_string(),
    });

    // Where the name alone does not say which key (no name, or one another row has too),
    // the preview is added: the row reads "API key (ba_x3…)", its buttons "Edit API key ba_x3…"
    // rather than "Edit API key API key".
    let unnamed = key.name.as_deref().is_none_or(|n| n.trim().is_empty());
    let with_preview = (unnamed || props.disambiguate).then(|| {
        fill(
            &l.named_with_preview,
            &[("name", name), ("preview", &masked)],
        )
    });
    let label_name = match &with_preview {
        _ if unnamed => masked.clone(),
        Some(p) => p.clone(),
        None => name.to_owned(),
    };
    let on_edit = {
        let key = key.clone();
        props.on_edit.reform(move |_: MouseEvent| key.clone())
    };
    let on_delete = {
        let key = key.clone();
        props.on_delete.reform(move |_: MouseEvent| key.clone())
    };
    let on_details = {
        let key = key.clone();
        props.on_details.reform(move |_: MouseEvent| key.clone())
    };

    html! {
        <li class="ba-row">
            <div class="ba-row-main">
                <div class="ba-row-title">
                    // The full name stays in the text; CSS only shortens what is drawn.
                    <h3 class="ba-row-name" title={name.to_owned()} dir="auto">
                        // Named by the key's name, so the row's heading reads as the key; the
                        // preview is added only where the name alone would not say which key.
                        <button type="button" class="ba-row-link" aria-haspopup="dialog"
                            aria-label={with_preview} onclick={on_details}>
                            { name.to_owned() }
                        </button>
                    </h3>
                    if let Some(configuration) = &props.configuration {
                        <span class="ba-badge">{ configuration.clone() }</span>
                    }
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
