//! The session as the app knows it, and every way it changes, as a reducer.

use std::rc::Rc;

use yew::Reducible;

use crate::client::{ClientError, SessionData, User};

/// Why nobody is signed in; the sign-in page explains an expiry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignedOutReason {
    /// Nobody was signed in when the app started.
    NotSignedIn,
    /// The user signed out here.
    SignedOut,
    /// The server stopped accepting the session (expired, or signed out elsewhere).
    Expired,
}

/// The session state.
#[derive(Clone, Debug, PartialEq)]
pub enum SessionState {
    /// The first `get-session` has not answered yet.
    Loading,
    /// Signed in.
    SignedIn(Rc<SessionData>),
    /// Not signed in.
    SignedOut(SignedOutReason),
    /// The session could not be checked (server down): neither signed in nor out.
    Failed(ClientError),
}

impl SessionState {
    /// The signed-in user.
    pub fn user(&self) -> Option<&User> {
        match self {
            Self::SignedIn(s) => Some(&s.user),
            _ => None,
        }
    }

    /// The session data when signed in.
    pub fn data(&self) -> Option<&Rc<SessionData>> {
        match self {
            Self::SignedIn(s) => Some(s),
            _ => None,
        }
    }

    /// The session's active organization.
    pub fn active_organization_id(&self) -> Option<&str> {
        self.data()?.session.active_organization_id.as_deref()
    }

    /// True while the first check is under way.
    pub fn is_loading(&self) -> bool {
        matches!(self, Self::Loading)
    }
}

/// Everything that changes the session.
#[derive(Clone, Debug, PartialEq)]
pub enum SessionAction {
    /// `get-session` answered (after start, sign-in or sign-up).
    Loaded(Option<SessionData>),
    /// `get-session` failed.
    Failed(ClientError),
    /// The user signed out.
    SignedOut,
    /// Some call answered 401.
    Unauthorized,
    /// The active organization changed.
    ActiveOrganization(Option<String>),
    /// A new check starts (retry after a failure).
    Reload,
}

impl Reducible for SessionState {
    type Action = SessionAction;

    fn reduce(self: Rc<Self>, action: SessionAction) -> Rc<Self> {
        let next = match (action, &*self) {
            (SessionAction::Loaded(Some(data)), _) => Self::SignedIn(Rc::new(data)),
            // A null session after an expiry stays an expiry, so the explanation survives.
            (SessionAction::Loaded(None), Self::SignedOut(reason)) => Self::SignedOut(*reason),
            (SessionAction::Loaded(None), _) => Self::SignedOut(SignedOutReason::NotSignedIn),
            (SessionAction::Failed(e), Self::Loading | Self::Failed(_)) => Self::Failed(e),
            // A failed re-check does not sign anybody out.
            (SessionAction::Failed(_), _) => return self,
            (SessionAction::SignedOut, _) => Self::SignedOut(SignedOutReason::SignedOut),
            (SessionAction::Unauthorized, Self::SignedIn(_)) => {
                Self::SignedOut(SignedOutReason::Expired)
            }
            // While the first check runs, a 401 from a parallel call only means "not signed in",
            // which `get-session` will tell; after a failed check it is the answer.
            (SessionAction::Unauthorized, Self::Failed(_)) => {
                Self::SignedOut(SignedOutReason::NotSignedIn)
            }
            (SessionAction::Unauthorized, _) => return self,
            (SessionAction::ActiveOrganization(id), Self::SignedIn(data)) => {
                let mut data = (**data).clone();
                data.session.active_organization_id = id;
                Self::SignedIn(Rc::new(data))
            }
            (SessionAction::ActiveOrganization(_), _) => return self,
            (SessionAction::Reload, Self::Failed(_)) => Self::Loading,
            (SessionAction::Reload, _) => return self,
        };
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::Session;

    fn data() -> SessionData {
        SessionData {
            session: Session {
                id: "s".into(),
                user_id: "u".into(),
                expires_at: None,
                active_organization_id: None,
            },
            user: User {
                id: "u".into(),
                name: "Ada".into(),
                email: "ada@example.test".into(),
                email_verified: false,
                image: None,
                created_at: None,
            },
        }
    }

    fn run(start: SessionState, actions: Vec<SessionAction>) -> SessionState {
        let mut s = Rc::new(start);
        for a in actions {
            s = s.reduce(a);
        }
        (*s).clone()
    }

    #[test]
    fn start_up() {
        use SessionAction::*;
        assert!(matches!(
            run(SessionState::Loading, vec![Loaded(Some(data()))]),
            SessionState::SignedIn(_)
        ));
        assert_eq!(
            run(SessionState::Loading, vec![Loaded(None)]),
            SessionState::SignedOut(SignedOutReason::NotSignedIn)
        );
        // The parallel list call may answer 401 before get-session: not an "expiry".
        assert_eq!(
            run(SessionState::Loading, vec![Unauthorized, Loaded(None)]),
            SessionState::SignedOut(SignedOutReason::NotSignedIn)
        );
    }

    #[test]
    fn expiry_and_sign_out() {
        use SessionAction::*;
        let signed_in = run(SessionState::Loading, vec![Loaded(Some(data()))]);
        assert_eq!(
            run(signed_in.clone(), vec![Unauthorized]),
            SessionState::SignedOut(SignedOutReason::Expired)
        );
        assert_eq!(
            run(signed_in.clone(), vec![Unauthorized, Loaded(None)]),
            SessionState::SignedOut(SignedOutReason::Expired)
        );
        assert_eq!(
            run(signed_in, vec![SignedOut]),
            SessionState::SignedOut(SignedOutReason::SignedOut)
        );
    }

    #[test]
    fn failures_and_retry() {
        use SessionAction::*;
        let failed = run(
            SessionState::Loading,
            vec![Failed(ClientError::Network("x".into()))],
        );
        assert!(matches!(failed, SessionState::Failed(_)));
        assert_eq!(run(failed.clone(), vec![Reload]), SessionState::Loading);
        assert_eq!(
            run(failed, vec![Unauthorized]),
            SessionState::SignedOut(SignedOutReason::NotSignedIn)
        );
        let signed_in = run(SessionState::Loading, vec![Loaded(Some(data()))]);
        assert_eq!(
            run(
                signed_in.clone(),
                vec![Failed(ClientError::Network("x".into()))]
            ),
            signed_in
        );
    }

    #[test]
    fn active_organization() {
        use SessionAction::*;
        let s = run(
            SessionState::Loading,
            vec![Loaded(Some(data())), ActiveOrganization(Some("o1".into()))],
        );
        assert_eq!(s.active_organization_id(), Some("o1"));
        let s = run(s, vec![ActiveOrganization(None)]);
        assert_eq!(s.active_organization_id(), None);
    }
}
