//! Placeholder shapes while content loads. Functions, not components: they hold no state.

use yew::prelude::*;

/// A pulsing block of a CSS size (e.g. `"8rem"`, `"100%"`); decorative (the container
/// announces loading).
pub fn block(width: &'static str, height: &'static str) -> Html {
    let style = format!("width:{width};height:{height}");
    html! { <div class="ba-skeleton" aria-hidden="true" {style}></div> }
}

/// A placeholder for one line of text, `width` wide: put it inside the element whose text it
/// stands for, and it takes exactly that text's line box (no shift when the text arrives).
pub fn line(width: &'static str) -> Html {
    html! { <span class="ba-skeleton ba-line" aria-hidden="true" style={format!("width:{width}")}></span> }
}
