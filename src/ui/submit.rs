//! One way to submit a form or confirm a dialog: check the fields (focus goes to the first one
//! to fix), allow one request at a time however fast the clicks and Enter presses come, show
//! it pending, and keep the typed error for the view to render.

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use yew::prelude::*;

use super::focus;

#[derive(Clone, PartialEq)]
struct Status<E> {
    attempted: bool,
    pending: bool,
    error: Option<E>,
}

/// The handle [`use_submit`] returns.
pub struct Submit<E: 'static> {
    status: UseStateHandle<Status<E>>,
    /// Synchronous, because component state only updates on the next render: a second click
    /// in the same frame must already see the first one.
    in_flight: Rc<Cell<bool>>,
}

impl<E> Clone for Submit<E> {
    fn clone(&self) -> Self {
        Self {
            status: self.status.clone(),
            in_flight: self.in_flight.clone(),
        }
    }
}

impl<E: Clone + 'static> Submit<E> {
    /// A request is under way.
    pub fn pending(&self) -> bool {
        self.status.pending
    }

    /// The user tried to submit at least once (field messages show from then on).
    pub fn attempted(&self) -> bool {
        self.status.attempted
    }

    /// The last attempt's error, to render.
    pub fn error(&self) -> Option<&E> {
        self.status.error.as_ref()
    }

    /// Runs `work` unless a field is invalid (`invalid` holds the invalid fields in form order;
    /// focus goes to the first) or a run is under way. `work` returns the error to show, or
    /// `Ok` when it has handled the outcome itself (closed the dialog, navigated).
    pub fn run(&self, invalid: &[&NodeRef], work: impl Future<Output = Result<(), E>> + 'static) {
        self.start(invalid, Box::pin(work));
    }

    // Boxed, so this sequence exists once per error type rather than once per form.
    fn start(&self, invalid: &[&NodeRef], work: Pin<Box<dyn Future<Output = Result<(), E>>>>) {
        if let Some(first) = invalid.first() {
            focus(first);
            self.status.set(Status {
                attempted: true,
                pending: false,
                error: self.status.error.clone(),
            });
            return;
        }
        if self.in_flight.replace(true) {
            return;
        }
        self.status.set(Status {
            attempted: true,
            pending: true,
            error: None,
        });
        let (status, in_flight) = (self.status.clone(), self.in_flight.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let result = work.await;
            in_flight.set(false);
            status.set(Status {
                attempted: true,
                pending: false,
                error: result.err(),
            });
        });
    }
}

/// A [`Submit`] for one form, with errors of type `E`.
#[hook]
pub fn use_submit<E: Clone + PartialEq + 'static>() -> Submit<E> {
    let status = use_state(|| Status {
        attempted: false,
        pending: false,
        error: None,
    });
    // `use_memo` keeps one flag for the component's life.
    let in_flight = use_memo((), |()| Cell::new(false));
    Submit { status, in_flight }
}
