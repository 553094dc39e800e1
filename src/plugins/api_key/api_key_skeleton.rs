//! Placeholder rows while the list loads, built from the row's own elements and classes so the
//! rows that replace them take the same space. index.html's painted shell copies this markup.
//! A function: it holds no state.

use yew::prelude::*;

use crate::ui::skeleton::{block, line};

/// Three pulsing rows, announced once as `label` ("Loading API keys").
pub fn skeleton(label: AttrValue) -> Html {
    html! {
        <div>
            <p class="ba-sr-only" role="status">{ label }</p>
            <ul class="ba-list" aria-hidden="true">
                { for (0..3).map(|i| html! {
                    <li key={i} class="ba-row">
                        <div class="ba-row-main">
                            <div class="ba-row-title"><h3 class="ba-row-name">{ line("9rem") }</h3></div>
                            <span class="ba-mono">{ line("13rem") }</span>
                            <p class="ba-row-meta">{ line("16rem") }</p>
                        </div>
                        <div class="ba-row-actions">
                            { block("3.5rem", "2rem") }
                            { block("4.5rem", "2rem") }
                        </div>
                    </li>
                }) }
            </ul>
        </div>
    }
}
