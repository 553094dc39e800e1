//! Placeholder shapes while content loads.

use yew::prelude::*;

/// Props of [`Skeleton`].
#[derive(Properties, PartialEq)]
pub struct SkeletonProps {
    /// CSS width, e.g. `"8rem"` or `"60%"`.
    #[prop_or(AttrValue::Static("100%"))]
    pub width: AttrValue,
    #[prop_or(AttrValue::Static("1rem"))]
    pub height: AttrValue,
}

/// A pulsing block; decorative (the container announces loading).
#[component]
pub fn Skeleton(props: &SkeletonProps) -> Html {
    let style = format!("width:{};height:{}", props.width, props.height);
    html! { <div class="ba-skeleton" aria-hidden="true" {style}></div> }
}
