//! The look: one stylesheet (assets/ba.css) with design tokens as CSS custom properties, scoped
//! to the `.ba-root` elements around every piece the library renders (see [`super::Root`]), and
//! the theme that picks light or dark.
//!
//! Classes are plain, `ba-`-prefixed names rather than per-component generated ones: rows render
//! by the thousand and must not pay for style hashing, and host apps can restyle them.

use yew::prelude::*;

/// Light or dark.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Whatever the host page's `color-scheme` says (light unless the host opts into dark).
    #[default]
    Inherit,
    /// The operating system's choice (`prefers-color-scheme`).
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// The `data-theme` value on each `.ba-root`.
    pub fn attribute(self) -> Option<&'static str> {
        match self {
            Self::Inherit => None,
            Self::System => Some("system"),
            Self::Light => Some("light"),
            Self::Dark => Some("dark"),
        }
    }
}

/// Injects the stylesheet once (feature `styles`; without it the page must carry
/// assets/ba.css itself, as the bundled app's index.html does).
#[component]
pub fn GlobalStyles() -> Html {
    #[cfg(feature = "styles")]
    {
        let css = include!(concat!(env!("OUT_DIR"), "/ba_css.rs"));
        html! { <stylist::yew::Global css={css} /> }
    }
    #[cfg(not(feature = "styles"))]
    Html::default()
}
