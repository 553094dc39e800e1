//! Unique element ids, for `aria-labelledby`, `aria-describedby` and `<label for>`.

use std::cell::Cell;

use yew::prelude::*;

thread_local! {
    static NEXT: Cell<u64> = const { Cell::new(0) };
}

/// A fresh id such as `ba-field-12`.
pub fn next_id(kind: &str) -> AttrValue {
    let n = NEXT.with(|c| {
        let n = c.get() + 1;
        c.set(n);
        n
    });
    AttrValue::from(format!("ba-{kind}-{n}"))
}

/// An id that stays the same for the component's life.
#[hook]
pub fn use_id(kind: &'static str) -> AttrValue {
    (*use_memo((), move |()| next_id(kind))).clone()
}
