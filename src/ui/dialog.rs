//! Modal dialogs on the native `<dialog>` element: `showModal()` puts it in the top layer (above
//! everything, whatever the host page's stacking) and makes the page behind inert. On top of
//! that: labelled by the title, focus moved in and kept in (Tab wraps), Escape and backdrop
//! clicks reported to the owner (who decides whether they close it), focus returned to the
//! trigger, and the page behind not scrolling.
//!
//! Rendered in place rather than portalled into `<body>`: every Yew portal registers event
//! listeners on its host that are never removed, so a long session would pile them up.

use std::cell::Cell;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlDialogElement, HtmlElement, KeyboardEvent};
use yew::prelude::*;

use super::ids::use_id;

/// Props of [`Dialog`].
#[derive(Properties, PartialEq)]
pub struct DialogProps {
    /// The heading (`<h2>`), which also labels the dialog (`aria-labelledby`).
    pub title: AttrValue,
    /// A line under the title, which also describes the dialog (`aria-describedby`).
    /// Default: none.
    #[prop_or_default]
    pub description: Option<AttrValue>,
    /// `role="alertdialog"`, for confirmations of destructive actions.
    #[prop_or_default]
    pub alert: bool,
    /// Escape was pressed or the backdrop clicked. The owner decides whether that closes it.
    pub on_dismiss: Callback<()>,
    /// What receives focus on open; the first focusable element otherwise.
    #[prop_or_default]
    pub initial_focus: Option<NodeRef>,
    /// Where focus goes on close when the trigger is gone (e.g. a deleted row's button).
    #[prop_or_default]
    pub fallback_focus: Option<NodeRef>,
    /// Extra classes for the dialog's panel, next to `ba-dialog`.
    #[prop_or_default]
    pub class: Classes,
    /// The dialog's content (form, buttons), under the title.
    #[prop_or_default]
    pub children: Html,
}

thread_local! {
    // Nested or back-to-back dialogs must not unlock scrolling early.
    static OPEN_DIALOGS: Cell<u32> = const { Cell::new(0) };
    static SAVED_OVERFLOW: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

const FOCUSABLE: &str = "a[href], button:not([disabled]), input:not([disabled]), \
    select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex=\"-1\"])";

fn focusables(panel: &Element) -> Vec<HtmlElement> {
    let Ok(list) = panel.query_selector_all(FOCUSABLE) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .collect()
}

fn active_element() -> Option<HtmlElement> {
    gloo_utils::document()
        .active_element()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
}

/// Whether focus is on something a dialog can return to: a connected element that is neither
/// the page body nor inside a dialog.
fn is_trigger(el: &HtmlElement) -> bool {
    let body = gloo_utils::document().body();
    el.is_connected() && body.as_ref() != Some(el) && el.closest("dialog").ok().flatten().is_none()
}

/// Keeps the page behind from scrolling while a dialog is open. An inline style on `<body>`,
/// put back as it was when the last dialog closes, rather than a stylesheet rule on the host's
/// `body`.
fn set_scroll_lock(lock: bool) {
    let Some(body) = gloo_utils::document().body() else {
        return;
    };
    let style = body.style();
    let open = OPEN_DIALOGS.with(|c| {
        let before = c.get();
        let n = if lock {
            before + 1
        } else {
            before.saturating_sub(1)
        };
        c.set(n);
        if before == 0 && n == 1 {
            SAVED_OVERFLOW.with(|s| *s.borrow_mut() = style.get_property_value("overflow").ok());
        }
        n
    });
    if open > 0 {
        let _ = style.set_property("overflow", "hidden");
    } else {
        let saved = SAVED_OVERFLOW
            .with(|s| s.borrow_mut().take())
            .unwrap_or_default();
        let _ = style.set_property("overflow", &saved);
        // Leave no empty `style=""` behind on the host's body.
        if style.css_text().is_empty() {
            let _ = body.remove_attribute("style");
        }
    }
}

/// A modal dialog.
#[component]
pub fn Dialog(props: &DialogProps) -> Html {
    let title_id = use_id("dialog-title");
    let description_id = use_id("dialog-description");
    let dialog = use_node_ref();

    {
        let dialog = dialog.clone();
        let initial = props.initial_focus.clone();
        let fallback = props.fallback_focus.clone();
        use_effect_with((), move |()| {
            // The trigger, unless focus is nowhere (body) or in a dialog that is being replaced
            // (e.g. "Create" giving way to "New API key"): then the fallback is used on close.
            let trigger = active_element().filter(is_trigger);
            set_scroll_lock(true);
            if let Some(el) = dialog.cast::<HtmlDialogElement>() {
                if !el.open() {
                    let _ = el.show_modal();
                }
                let target = initial
                    .and_then(|r| r.cast::<HtmlElement>())
                    .or_else(|| focusables(&el).into_iter().next());
                if let Some(target) = target {
                    let _ = target.focus();
                }
            }
            move || {
                set_scroll_lock(false);
                // After the render that closed the dialog has finished: only then do we know
                // whether the trigger survived (a deleted row's button does not) and whether
                // another dialog has taken focus meanwhile.
                wasm_bindgen_futures::spawn_local(async move {
                    let body = gloo_utils::document().body();
                    if active_element()
                        .is_some_and(|a| a.is_connected() && body.as_ref() != Some(&a))
                    {
                        return;
                    }
                    let back = trigger
                        .filter(|t| t.is_connected())
                        .or_else(|| fallback.and_then(|r| r.cast::<HtmlElement>()));
                    if let Some(el) = back {
                        let _ = el.focus();
                    }
                });
            }
        });
    }

    let onkeydown = {
        let on_dismiss = props.on_dismiss.clone();
        let dialog = dialog.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Escape" => {
                // Cancelled here, the browser's own close request never happens: the owner
                // decides (the new-key dialog asks before losing a key).
                e.prevent_default();
                on_dismiss.emit(());
            }
            "Tab" => {
                if let Some(el) = dialog.cast::<Element>() {
                    trap_tab(&el, &e);
                }
            }
            _ => {}
        })
    };
    // Other close requests (e.g. a platform's back gesture) are the owner's decision too.
    let oncancel = Callback::from(|e: Event| e.prevent_default());
    let onclick = {
        let on_dismiss = props.on_dismiss.clone();
        let dialog = dialog.clone();
        Callback::from(move |e: MouseEvent| {
            // The dialog element is the backdrop around the panel: a click whose target is the
            // element itself landed outside the panel. (Yew delegates events, so compare the
            // target, not `currentTarget`.)
            let on_backdrop = match (e.target(), dialog.get()) {
                (Some(target), Some(el)) => {
                    let el: &web_sys::EventTarget = el.unchecked_ref();
                    &target == el
                }
                _ => false,
            };
            if on_backdrop {
                on_dismiss.emit(());
            }
        })
    };

    html! {
        <super::Root>
        <dialog
            ref={dialog}
            class="ba-overlay"
            role={props.alert.then_some("alertdialog")}
            aria-modal="true"
            aria-labelledby={title_id.clone()}
            aria-describedby={props.description.as_ref().map(|_| description_id.clone())}
            {onkeydown}
            {oncancel}
            {onclick}
        >
            <div class={classes!("ba-dialog", props.class.clone())}>
                <div>
                    <h2 class="ba-dialog-title" id={title_id}>{ props.title.clone() }</h2>
                    if let Some(d) = &props.description {
                        <p class="ba-dialog-description" id={description_id}>{ d.clone() }</p>
                    }
                </div>
                { props.children.clone() }
            </div>
        </dialog>
        </super::Root>
    }
}

/// Keeps Tab and Shift+Tab cycling inside the dialog.
fn trap_tab(panel: &Element, e: &KeyboardEvent) {
    let items = focusables(panel);
    let (Some(first), Some(last)) = (items.first(), items.last()) else {
        e.prevent_default();
        return;
    };
    let active = active_element();
    let inside = active
        .as_ref()
        .is_some_and(|a| panel.contains(Some(a.unchecked_ref())));
    let at = |el: &HtmlElement| active.as_ref() == Some(el);
    if !inside {
        e.prevent_default();
        let _ = if e.shift_key() {
            last.focus()
        } else {
            first.focus()
        };
    } else if e.shift_key() && (at(first) || active.as_deref() == Some(panel.unchecked_ref())) {
        e.prevent_default();
        let _ = last.focus();
    } else if !e.shift_key() && at(last) {
        e.prevent_default();
        let _ = first.focus();
    }
}
