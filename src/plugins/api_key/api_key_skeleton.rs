//! Placeholder rows while the list loads.

use yew::prelude::*;

use super::use_ctx;
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
                            <Skeleton width="9rem" height="1rem" />
                            <Skeleton width="13rem" height="0.875rem" />
                            <Skeleton width="16rem" height="0.75rem" />
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
