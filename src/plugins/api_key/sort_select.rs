//! "Sort by": newest, oldest, name A–Z, name Z–A, done by the server.

use std::rc::Rc;

use yew::prelude::*;

use super::{use_ctx, KeySort};
use crate::ui::{SelectField, SelectOption};

/// Props of [`SortSelect`].
#[derive(Properties, PartialEq)]
pub struct SortSelectProps {
    pub sort: KeySort,
    pub on_sort: Callback<KeySort>,
}

/// The sort menu.
#[component]
pub fn SortSelect(props: &SortSelectProps) -> Html {
    let ctx = use_ctx();
    let l = &ctx.l;
    let options: Rc<[SelectOption]> = KeySort::ALL
        .iter()
        .map(|s| {
            let label = match s {
                KeySort::Newest => &l.newest,
                KeySort::Oldest => &l.oldest,
                KeySort::NameAsc => &l.name_ascending,
                KeySort::NameDesc => &l.name_descending,
            };
            SelectOption::new(s.token(), label.clone())
        })
        .collect();
    let on_change = {
        let on_sort = props.on_sort.clone();
        Callback::from(move |token: String| {
            if let Some(sort) = KeySort::from_token(&token) {
                on_sort.emit(sort);
            }
        })
    };
    html! {
        <SelectField inline=true label={l.sort_by.clone()} value={props.sort.token()} {options} {on_change} />
    }
}
