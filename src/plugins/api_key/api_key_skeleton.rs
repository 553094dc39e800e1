//! Placeholder rows while the list loads, built from the row's own elements and classes so the
//! rows that replace them take the same space. index.html's painted shell copies this markup.

use yew::prelude::*;

use super::use_ctx;
use crate::ui::skeleton::line;
use crate::ui::Skeleton;

/// Three pulsing rows, announced once as "Loading API keys".
#[component]
pub fn ApiKeySkeleton() -> Html {
    let ctx = use_ctx();
    html! {
        <div>
            <p class="ba-sr-only" role="status">{ ctx.l.loading_api_keys.clone() }</p>
            <ul class="ba-list" aria-hidden="true">
                { for (0..3).map(|i| html! {
                    <li key={i} class="ba-row">
                        <div class="ba-row-main">
                            <div class="ba-row-title"><h3 class="ba-row-name">{ line("9rem") }</h3></div>
                            <span class="ba-mono">{ line("13rem") }</span>
                            <p class="ba-row-meta">{ line("16rem") }</p>
                        </div>
                        <div class="ba-row-actions">
                            <Skeleton width="3.5rem" height="2rem" />
                            <Skeleton width="4.5rem" height="2rem" />
                        </div>
                    </li>
                }) }
            </ul>
        </div>
    }
}
