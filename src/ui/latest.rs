//! Telling the answer to the newest request from stale ones: a list page asked for before
//! the current one, a membership check for the organization the user has switched away from.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

/// Hands out tickets; only the newest one is current.
#[derive(Clone, Default)]
pub struct Latest(Rc<Cell<u64>>);

/// One request's ticket.
pub struct Ticket {
    latest: Rc<Cell<u64>>,
    n: u64,
}

impl Latest {
    /// A ticket for a new request; every earlier one becomes stale.
    pub fn start(&self) -> Ticket {
        let n = self.0.get() + 1;
        self.0.set(n);
        Ticket {
            latest: self.0.clone(),
            n,
        }
    }
}

impl Ticket {
    /// Whether no newer request has started since.
    pub fn is_current(&self) -> bool {
        self.latest.get() == self.n
    }
}

/// A [`Latest`] for the component's life.
#[hook]
pub fn use_latest() -> Latest {
    (*use_memo((), |()| Latest::default())).clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_newest_ticket_is_current() {
        let latest = Latest::default();
        let a = latest.start();
        assert!(a.is_current());
        let b = latest.start();
        assert!(!a.is_current());
        assert!(b.is_current());
    }
}
