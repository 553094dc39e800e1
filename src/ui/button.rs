//! Buttons, with a pending state that keeps focus where it is.

use yew::prelude::*;

use super::icons;

/// Visual weight of a button.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ButtonVariant {
    /// Filled with the primary color: the one main action of a form or card. The default.
    #[default]
    Primary,
    /// Bordered on a transparent background: secondary actions (Cancel, Edit).
    Outline,
    /// No border or background until hovered: low-key actions beside other content.
    Ghost,
    /// Filled with the destructive color: actions that delete or cannot be undone.
    Destructive,
}

/// Size of a button.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ButtonSize {
    /// The standard height, for forms and dialogs. The default.
    #[default]
    Default,
    /// Compact (`ba-button-small`, 2rem high), for rows and card headers.
    Small,
}

/// Props of [`Button`].
#[derive(Properties, PartialEq)]
pub struct ButtonProps {
    /// Visual weight. Default: [`ButtonVariant::Primary`].
    #[prop_or_default]
    pub variant: ButtonVariant,
    /// Size. Default: [`ButtonSize::Default`].
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
    /// Clicked; not called while `pending` or `unavailable`. Default: nothing.
    #[prop_or_default]
    pub onclick: Callback<MouseEvent>,
    /// Accessible name when the visible text is not enough (e.g. "Delete API key ci-deploy").
    #[prop_or_default]
    pub aria_label: Option<AttrValue>,
    /// A tooltip, for icon-only buttons.
    #[prop_or_default]
    pub title: Option<AttrValue>,
    /// The element's `id`, e.g. for a label's `for` or `aria-controls`.
    #[prop_or_default]
    pub id: Option<AttrValue>,
    /// Bound to the `<button>` element, e.g. to focus it.
    #[prop_or_default]
    pub node_ref: NodeRef,
    /// Extra classes, next to `ba-button` and the variant's and size's.
    #[prop_or_default]
    pub class: Classes,
    /// The visible content: text, an icon, or both (after the spinner while pending).
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
