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

/// A placeholder for one line of text, `width` wide: put it inside the element whose text it
/// stands for, and it takes exactly that text's line box (no shift when the text arrives).
pub fn line(width: &'static str) -> Html {
    html! { <span class="ba-skeleton ba-line" aria-hidden="true" style={format!("width:{width}")}></span> }
}
