//! Buttons, with a pending state that keeps focus where it is.

use yew::prelude::*;

use super::icons;

/// Visual weight of a button.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ButtonVariant {
    #[default]
    Primary,
    Outline,
    Ghost,
    Destructive,
}

/// Size of a button.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ButtonSize {
    #[default]
    Default,
    Small,
}

/// Props of [`Button`].
#[derive(Properties, PartialEq)]
pub struct ButtonProps {
    #[prop_or_default]
    pub variant: ButtonVariant,
    #[prop_or_default]
    pub size: ButtonSize,
    /// `"button"` (default) or `"submit"`.
    #[prop_or(AttrValue::Static("button"))]
    pub r#type: AttrValue,
    /// Natively disabled: not focusable, not clickable.
    #[prop_or_default]
    pub disabled: bool,
    /// Work is under way: shows a spinner, announces busy and ignores clicks, but stays focusable
    /// so keyboard users do not lose their place.
    #[prop_or_default]
    pub pending: bool,
    /// Not usable right now (e.g. "Next page" on the last page), but still focusable, so focus
    /// is not thrown to the page when it becomes unavailable under the user's finger.
    #[prop_or_default]
    pub unavailable: bool,
    #[prop_or_default]
    pub onclick: Callback<MouseEvent>,
    /// Accessible name when the visible text is not enough (e.g. "Delete API key ci-deploy").
    #[prop_or_default]
    pub aria_label: Option<AttrValue>,
    /// A tooltip, for icon-only buttons.
    #[prop_or_default]
    pub title: Option<AttrValue>,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub node_ref: NodeRef,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub children: Html,
}

/// A button.
#[component]
pub fn Button(props: &ButtonProps) -> Html {
    let variant = match props.variant {
        ButtonVariant::Primary => None,
        ButtonVariant::Outline => Some("ba-button-outline"),
        ButtonVariant::Ghost => Some("ba-button-ghost"),
        ButtonVariant::Destructive => Some("ba-button-destructive"),
    };
    let size = (props.size == ButtonSize::Small).then_some("ba-button-small");
    let onclick = {
        let blocked = props.pending || props.unavailable;
        let onclick = props.onclick.clone();
        Callback::from(move |e: MouseEvent| {
            if blocked {
                // Also stops a pending submit button from submitting its form again.
                e.prevent_default();
                return;
            }
            onclick.emit(e);
        })
    };
    html! {
        <button
            ref={props.node_ref.clone()}
            id={props.id.clone()}
            type={props.r#type.clone()}
            class={classes!("ba-button", variant, size, props.class.clone())}
            disabled={props.disabled}
            aria-disabled={(props.pending || props.unavailable).then_some("true")}
            aria-busy={props.pending.then_some("true")}
            aria-label={props.aria_label.clone()}
            title={props.title.clone()}
            {onclick}
        >
            if props.pending { { icons::spinner() } }
            { props.children.clone() }
        </button>
    }
}
