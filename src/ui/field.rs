//! Labelled form controls with hints and inline errors wired up for assistive technology.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::ids::use_id;

/// Props of [`TextField`].
#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    /// The visible `<label>`, which also names the input.
    pub label: AttrValue,
    /// The current text (controlled: the owner keeps it and passes it back).
    pub value: AttrValue,
    /// Every edit, with the whole new text.
    pub on_input: Callback<String>,
    /// `text`, `email`, `password`…
    #[prop_or(AttrValue::Static("text"))]
    pub input_type: AttrValue,
    /// The control's `name`, for password managers and form data. Default: none.
    #[prop_or_default]
    pub name: Option<AttrValue>,
    /// Example text shown while empty (never a substitute for the label). Default: none.
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    /// The `autocomplete` token, e.g. `email`, `current-password`, `off`. Default: none.
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
    /// Help shown under the field and announced with it (`aria-describedby`). Default: none.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Shown under the field and announced; marks the input invalid.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Natively `required` (one-line inputs only).
    #[prop_or_default]
    pub required: bool,
    /// Work is under way: the value cannot change, but focus stays.
    #[prop_or_default]
    pub pending: bool,
    /// Shown and selectable, but not editable (e.g. a value to copy).
    #[prop_or_default]
    pub readonly: bool,
    /// A monospace font and no spell checking, for keys, JSON and other code-like text.
    #[prop_or_default]
    pub monospace: bool,
    /// A `<textarea>` of this many rows instead of a one-line input.
    #[prop_or_default]
    pub rows: Option<u32>,
    /// Bound to the `<input>` or `<textarea>`, e.g. to focus it.
    #[prop_or_default]
    pub node_ref: NodeRef,
    /// The control's `id`; a generated unique one when absent.
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

/// A labelled text input.
#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let auto_id = use_id("field");
    let id = props.id.clone().unwrap_or(auto_id);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described: Vec<&str> = [
        props.hint.as_ref().map(|_| hint_id.as_str()),
        props.error.as_ref().map(|_| error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    let oninput = {
        let on_input = props.on_input.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_input.emit(input.value());
        })
    };
    let class = classes!("ba-input", props.monospace.then_some("ba-input-mono"));
    let input = if let Some(rows) = props.rows {
        let oninput = {
            let on_input = props.on_input.clone();
            Callback::from(move |e: InputEvent| {
                let input: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
                on_input.emit(input.value());
            })
        };
        html! {
            <textarea
                ref={props.node_ref.clone()}
                id={id.clone()}
                {class}
                rows={rows.to_string()}
                name={props.name.clone()}
                value={props.value.clone()}
                placeholder={props.placeholder.clone()}
                readonly={props.readonly || props.pending}
                aria-disabled={props.pending.then_some("true")}
                aria-invalid={props.error.is_some().then_some("true")}
                aria-describedby={described}
                spellcheck={props.monospace.then_some("false")}
                {oninput}
            />
        }
    } else {
        html! {
        <input
            ref={props.node_ref.clone()}
            id={id.clone()}
            {class}
            type={props.input_type.clone()}
            name={props.name.clone()}
            value={props.value.clone()}
            placeholder={props.placeholder.clone()}
            autocomplete={props.autocomplete.clone()}
            required={props.required}
            readonly={props.readonly || props.pending}
            aria-disabled={props.pending.then_some("true")}
            aria-invalid={props.error.is_some().then_some("true")}
            aria-describedby={described}
            spellcheck={props.monospace.then_some("false")}
            {oninput}
        />
        }
    };
    html! {
        <div class="ba-field">
            <label class="ba-label" for={id.clone()}>{ props.label.clone() }</label>
            { input }
            if let Some(hint) = &props.hint {
                <p class="ba-hint" id={hint_id.clone()}>{ hint.clone() }</p>
            }
            if let Some(error) = &props.error {
                <p class="ba-field-error" id={error_id.clone()}>{ error.clone() }</p>
            }
        </div>
    }
}

/// One choice of a [`SelectField`].
#[derive(Clone, Debug, PartialEq)]
pub struct SelectOption {
    /// The `value` reported by `on_change` when chosen (unique within the select).
    pub value: AttrValue,
    /// What the menu shows.
    pub label: AttrValue,
}

impl SelectOption {
    /// An option.
    pub fn new(value: impl Into<AttrValue>, label: impl Into<AttrValue>) -> Self {
        Self {
            value: value.into(),
            label: label.into(),
        }
    }
}

/// Props of [`SelectField`].
#[derive(Properties, PartialEq)]
pub struct SelectFieldProps {
    /// The `<label>`, which also names the select.
    pub label: AttrValue,
    /// The [`SelectOption::value`] currently chosen (controlled).
    pub value: AttrValue,
    /// The choices, in menu order (shared, so re-renders do not copy them).
    pub options: Rc<[SelectOption]>,
    /// A choice was made, with its [`SelectOption::value`].
    pub on_change: Callback<String>,
    /// Help shown under the select and announced with it. Default: none.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Natively disabled: not focusable, not changeable.
    #[prop_or_default]
    pub disabled: bool,
    /// Label and select on one line (toolbars).
    #[prop_or_default]
    pub inline: bool,
    /// Keep the label for assistive technology only (the options speak for themselves).
    #[prop_or_default]
    pub hide_label: bool,
    /// Bound to the `<select>` element, e.g. to focus it.
    #[prop_or_default]
    pub node_ref: NodeRef,
}

/// A labelled native `<select>` (the most accessible dropdown there is).
#[component]
pub fn SelectField(props: &SelectFieldProps) -> Html {
    let id = use_id("select");
    let hint_id = format!("{id}-hint");
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            on_change.emit(select.value());
        })
    };
    let select = html! {
        <select
            ref={props.node_ref.clone()}
            id={id.clone()}
            class="ba-select"
            disabled={props.disabled}
            aria-describedby={props.hint.as_ref().map(|_| hint_id.clone())}
            {onchange}
        >
            { for props.options.iter().map(|o| html! {
                <option key={o.value.as_str()} value={o.value.clone()} selected={o.value == props.value}>
                    { o.label.clone() }
                </option>
            }) }
        </select>
    };
    html! {
        <div class={if props.inline { "ba-inline-field" } else { "ba-field" }}>
            <label class={if props.hide_label { "ba-sr-only" } else { "ba-label" }} for={id.clone()}>
                { props.label.clone() }
            </label>
            { select }
            if let Some(hint) = &props.hint {
                <p class="ba-hint" id={hint_id.clone()}>{ hint.clone() }</p>
            }
        </div>
    }
}

/// Props of [`Checkbox`].
#[derive(Properties, PartialEq)]
pub struct CheckboxProps {
    /// The text beside the box, which also names it.
    pub label: AttrValue,
    /// Whether it is ticked (controlled: the owner keeps it and passes it back).
    pub checked: bool,
    /// Ticked or unticked, with the new state.
    pub on_change: Callback<bool>,
    /// Natively disabled: not focusable, not changeable.
    #[prop_or_default]
    pub disabled: bool,
}

/// A labelled checkbox.
#[component]
pub fn Checkbox(props: &CheckboxProps) -> Html {
    let id = use_id("check");
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_change.emit(input.checked());
        })
    };
    html! {
        <div class="ba-check">
            <input type="checkbox" id={id.clone()} checked={props.checked} disabled={props.disabled} {onchange} />
            <label for={id}>{ props.label.clone() }</label>
        </div>
    }
}
