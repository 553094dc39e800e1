//! A few inline SVG icons (no icon font to download). All are decorative: `aria-hidden`.

use yew::prelude::*;

fn icon(paths: Html) -> Html {
    html! {
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor"
            stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
            { paths }
        </svg>
    }
}

/// A key.
pub fn key() -> Html {
    icon(html! {<>
        <circle cx="7.5" cy="15.5" r="5.5" />
        <path d="m21 2-9.6 9.6" />
        <path d="m15.5 7.5 3 3L22 7l-3-3" />
    </>})
}

/// Two sheets: copy.
pub fn copy() -> Html {
    icon(html! {<>
        <rect x="9" y="9" width="13" height="13" rx="2" />
        <path d="M5 15H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v1" />
    </>})
}

/// A check mark.
pub fn check() -> Html {
    icon(html! { <path d="M20 6 9 17l-5-5" /> })
}

/// A warning triangle.
pub fn alert() -> Html {
    icon(html! {<>
        <path d="m21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3" />
        <path d="M12 9v4" />
        <path d="M12 17h.01" />
    </>})
}

/// A plus sign.
pub fn plus() -> Html {
    icon(html! {<>
        <path d="M5 12h14" />
        <path d="M12 5v14" />
    </>})
}

/// A spinning ring for pending buttons.
pub fn spinner() -> Html {
    html! {
        <svg class="ba-spinner" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none"
            stroke="currentColor" stroke-width="2" stroke-linecap="round" aria-hidden="true" focusable="false">
            <path d="M21 12a9 9 0 1 1-6.22-8.56" />
        </svg>
    }
}
