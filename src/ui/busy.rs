//! One request at a time per form, however fast the clicks come: a synchronous flag, because
//! component state only updates on the next render.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

/// A per-component "request in flight" flag.
#[derive(Clone, Default)]
pub struct SingleFlight(Rc<Cell<bool>>);

/// Held while a request runs; dropping it allows the next one.
pub struct FlightGuard(Rc<Cell<bool>>);

impl SingleFlight {
    /// Starts a flight unless one is under way.
    pub fn try_start(&self) -> Option<FlightGuard> {
        if self.0.replace(true) {
            None
        } else {
            Some(FlightGuard(self.0.clone()))
        }
    }
}

impl Drop for FlightGuard {
    fn drop(&mut self) {
        self.0.set(false);
    }
}

/// A [`SingleFlight`] that lives as long as the component.
#[hook]
pub fn use_single_flight() -> SingleFlight {
    (*use_memo((), |()| SingleFlight::default())).clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_flight_at_a_time() {
        let f = SingleFlight::default();
        let g = f.try_start();
        assert!(g.is_some());
        assert!(f.try_start().is_none());
        drop(g);
        assert!(f.try_start().is_some());
    }
}
