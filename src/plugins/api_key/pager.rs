//! "11–20 of 37" with Previous and Next, when the keys fill more than one page.

use yew::prelude::*;

use super::use_ctx;
use crate::i18n::fill;
use crate::ui::{Button, ButtonSize, ButtonVariant};

/// Props of [`Pager`].
#[derive(Properties, PartialEq)]
pub struct PagerProps {
    /// The page shown (zero-based).
    pub page: u64,
    pub page_size: u32,
    /// Keys in all pages.
    pub total: u64,
    /// Keys on this page.
    pub shown: u64,
    /// Go to a page (zero-based).
    pub on_page: Callback<u64>,
}

/// The pager; nothing when one page holds every key.
#[component]
pub fn Pager(props: &PagerProps) -> Html {
    let ctx = use_ctx();
    let size = u64::from(props.page_size.max(1));
    if props.total <= size {
        return Html::default();
    }
    let (l, f) = (&ctx.l, ctx.auth.formatter());
    let start = props.page * size + 1;
    let end = (props.page * size + props.shown).max(start);
    let summary = fill(
        &l.page_summary,
        &[
            ("start", &f.number(start)),
            ("end", &f.number(end)),
            ("total", &f.number(props.total)),
        ],
    );
    let last = (props.total - 1) / size;
    let page = props.page;
    let go = |target: u64| props.on_page.reform(move |_: MouseEvent| target);
    html! {
        <nav class="ba-pager" aria-label={l.pagination.clone()}>
            <p class="ba-muted ba-pager-summary" aria-live="polite">{ summary }</p>
            <Button variant={ButtonVariant::Outline} size={ButtonSize::Small} unavailable={page == 0}
                onclick={go(page.saturating_sub(1))}>{ l.previous_page.clone() }</Button>
            <Button variant={ButtonVariant::Outline} size={ButtonSize::Small} unavailable={page >= last}
                onclick={go(page + 1)}>{ l.next_page.clone() }</Button>
        </nav>
    }
}
