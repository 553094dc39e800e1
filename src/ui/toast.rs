//! Status messages: a polite live region that is always in the page (so additions are
//! announced), with toasts that dismiss themselves.

use std::rc::Rc;

use yew::prelude::*;

use super::icons;

/// How a toast looks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ToastKind {
    /// Something worked (a check mark).
    #[default]
    Success,
    /// Something failed (an alert icon and a red border).
    Error,
}

#[derive(Clone, Debug, PartialEq)]
struct Toast {
    id: u64,
    kind: ToastKind,
    message: AttrValue,
}

#[derive(Default, PartialEq)]
struct Toasts {
    next: u64,
    items: Vec<Toast>,
}

enum ToastAction {
    Show(ToastKind, AttrValue),
    Dismiss(u64),
}

impl Reducible for Toasts {
    type Action = ToastAction;
    fn reduce(self: Rc<Self>, action: ToastAction) -> Rc<Self> {
        let mut items = self.items.clone();
        let mut next = self.next;
        match action {
            ToastAction::Show(kind, message) => {
                next += 1;
                items.push(Toast {
                    id: next,
                    kind,
                    message,
                });
                // A burst of messages must not cover the page.
                if items.len() > 3 {
                    items.remove(0);
                }
            }
            ToastAction::Dismiss(id) => items.retain(|t| t.id != id),
        }
        Rc::new(Self { next, items })
    }
}

/// Shows toasts; get one with [`use_toaster`].
#[derive(Clone, PartialEq)]
pub struct Toaster {
    show: Callback<(ToastKind, AttrValue)>,
}

impl Toaster {
    /// Announces a success.
    pub fn success(&self, message: impl Into<AttrValue>) {
        self.show.emit((ToastKind::Success, message.into()));
    }

    /// Announces a failure that does not belong to a form or dialog.
    pub fn error(&self, message: impl Into<AttrValue>) {
        self.show.emit((ToastKind::Error, message.into()));
    }
}

/// The toaster of the surrounding [`ToastProvider`] (a no-op outside one).
#[hook]
pub fn use_toaster() -> Toaster {
    use_context::<Toaster>().unwrap_or_else(|| Toaster {
        show: Callback::noop(),
    })
}

/// Props of [`ToastProvider`].
#[derive(Properties, PartialEq)]
pub struct ToastProviderProps {
    /// Accessible name of the region.
    pub label: AttrValue,
    /// The app, which can show toasts from anywhere inside.
    #[prop_or_default]
    pub children: Html,
}

const TOAST_MS: u32 = 5_000;

/// Provides a [`Toaster`] and renders the live region.
#[component]
pub fn ToastProvider(props: &ToastProviderProps) -> Html {
    let toasts = use_reducer(Toasts::default);
    let toaster = {
        let dispatcher = toasts.dispatcher();
        use_memo((), move |()| Toaster {
            show: Callback::from(move |(kind, message)| {
                dispatcher.dispatch(ToastAction::Show(kind, message));
            }),
        })
    };
    let newest = toasts.items.last().map(|t| t.id);
    {
        let dispatcher = toasts.dispatcher();
        use_effect_with(newest, move |newest| {
            let timer = newest.map(|id| {
                gloo_timers::callback::Timeout::new(TOAST_MS, move || {
                    dispatcher.dispatch(ToastAction::Dismiss(id));
                })
            });
            move || drop(timer)
        });
    }
    let dismiss_label = AttrValue::Static("×");
    html! {
        <ContextProvider<Toaster> context={(*toaster).clone()}>
            { props.children.clone() }
            <super::Root>
            <div class="ba-toasts" role="status" aria-live="polite" aria-label={props.label.clone()}>
                { for toasts.items.iter().map(|t| {
                    let id = t.id;
                    let dispatcher = toasts.dispatcher();
                    let onclick = Callback::from(move |_| dispatcher.dispatch(ToastAction::Dismiss(id)));
                    html! {
                        <div key={t.id} class={classes!("ba-toast", (t.kind == ToastKind::Error).then_some("ba-toast-error"))}>
                            if t.kind == ToastKind::Success { { icons::check() } } else { { icons::alert() } }
                            <span class="ba-toast-message">{ t.message.clone() }</span>
                            <button type="button" class="ba-button ba-button-ghost ba-button-small ba-toast-close" aria-hidden="true"
                                tabindex="-1" {onclick}>{ dismiss_label.clone() }</button>
                        </div>
                    }
                }) }
            </div>
            </super::Root>
        </ContextProvider<Toaster>>
    }
}
