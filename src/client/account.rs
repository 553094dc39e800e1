//! Better Auth's session and account endpoints: the session check, sign-in, sign-up, sign-out.

use serde::Serialize;

use super::json::decode;
use super::models::{AuthResponse, SessionData, User};
use super::request::{ignore_answer, ApiRequest, Request};
use super::ClientResult;

/// `POST /sign-in/email` parameters.
#[derive(Clone, PartialEq, Default)]
pub struct SignInEmail {
    /// The account's email address; surrounding spaces are trimmed before it is sent.
    pub email: String,
    /// The password, sent as typed (spaces included). Kept out of `Debug` output.
    pub password: String,
    /// Sent as `rememberMe`: `true` keeps the session across browser restarts; with `false`
    /// Better Auth sets a session cookie that ends with the browser session.
    pub remember_me: bool,
}

/// `POST /sign-up/email` parameters.
#[derive(Clone, PartialEq, Default)]
pub struct SignUpEmail {
    /// The user's display name; trimmed before it is sent.
    pub name: String,
    /// The new account's email address; trimmed before it is sent.
    pub email: String,
    /// The new password, sent as typed; Better Auth's default accepts 8 to 128 characters
    /// ([`crate::validate::new_password`]). Kept out of `Debug` output.
    pub password: String,
}

// Passwords must not end up in logs through a stray `{:?}`.
impl std::fmt::Debug for SignInEmail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignInEmail")
            .field("email", &self.email)
            .finish_non_exhaustive()
    }
}

impl std::fmt::Debug for SignUpEmail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignUpEmail")
            .field("name", &self.name)
            .field("email", &self.email)
            .finish_non_exhaustive()
    }
}

// Request bodies as typed structs, not `serde_json::Value` (whose float support alone costs
// several KB in the app).

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SignInBody<'a> {
    email: &'a str,
    password: &'a str,
    remember_me: bool,
}

#[derive(Serialize)]
struct SignUpBody<'a> {
    name: &'a str,
    email: &'a str,
    password: &'a str,
}

#[derive(Serialize)]
struct EmptyBody {}

fn user_of(body: &str) -> ClientResult<User> {
    decode::<AuthResponse>(body).map(|a| a.user)
}

/// `GET /get-session`: the session, `None` when signed out (the server answers `null`).
pub fn get_session() -> Request<Option<SessionData>> {
    Request::get("/get-session")
}

/// `POST /sign-in/email`. A 401 here is an answer ("Invalid email or password").
pub fn sign_in_email(r: &SignInEmail) -> Request<User> {
    let body = SignInBody {
        email: r.email.trim(),
        password: &r.password,
        remember_me: r.remember_me,
    };
    Request::new(ApiRequest::post("/sign-in/email", &body), user_of).without_session()
}

/// `POST /sign-up/email`: creates the account and signs it in.
pub fn sign_up_email(r: &SignUpEmail) -> Request<User> {
    let body = SignUpBody {
        name: r.name.trim(),
        email: r.email.trim(),
        password: &r.password,
    };
    Request::new(ApiRequest::post("/sign-up/email", &body), user_of).without_session()
}

/// `POST /sign-out`.
pub fn sign_out() -> Request<()> {
    Request::new(ApiRequest::post("/sign-out", &EmptyBody {}), ignore_answer).without_session()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::Method;
    use serde_json::json;

    #[test]
    fn session_and_account_calls() {
        let r = get_session();
        assert_eq!(
            (
                r.api().method,
                r.api().path.as_str(),
                r.api().body.as_deref()
            ),
            (Method::Get, "/get-session", None)
        );
        assert!(r.api().needs_session);
        let r = sign_in_email(&SignInEmail {
            email: " ada@example.test ".into(),
            password: " pw with spaces ".into(),
            remember_me: true,
        });
        assert_eq!(r.api().method, Method::Post);
        assert_eq!(r.api().path, "/sign-in/email");
        assert!(!r.api().needs_session);
        assert_eq!(
            r.json_body(),
            Some(
                json!({"email": "ada@example.test", "password": " pw with spaces ", "rememberMe": true})
            )
        );
        let r = sign_up_email(&SignUpEmail {
            name: "Ada ".into(),
            email: "ada@example.test".into(),
            password: "12345678".into(),
        });
        assert_eq!(r.api().path, "/sign-up/email");
        assert_eq!(
            r.json_body(),
            Some(json!({"name": "Ada", "email": "ada@example.test", "password": "12345678"}))
        );
        let r = sign_out();
        assert_eq!(
            (r.api().method, r.api().path.as_str()),
            (Method::Post, "/sign-out")
        );
        assert_eq!(r.json_body(), Some(json!({})));
    }

    #[test]
    fn sign_in_reads_the_user_out_of_the_answer() {
        let (_, decode) = sign_in_email(&SignInEmail::default()).into_parts();
        let user = decode(
            r#"{"redirect":false,"token":"t","user":{"id":"u1","name":"Ada","email":"a@x","emailVerified":false,"image":null,"createdAt":"2026-11-29T00:00:00.000Z","updatedAt":"2026-11-29T00:00:00.000Z"}}"#,
        )
        .unwrap();
        assert_eq!((user.id.as_str(), user.name.as_str()), ("u1", "Ada"));
        assert!(decode(r#"{"token":"t"}"#).is_err());
    }

    #[test]
    fn passwords_stay_out_of_debug_output() {
        let s = format!(
            "{:?} {:?}",
            SignInEmail {
                email: "a@b".into(),
                password: "hunter22".into(),
                remember_me: false
            },
            SignUpEmail {
                name: "n".into(),
                email: "a@b".into(),
                password: "hunter22".into()
            }
        );
        assert!(!s.contains("hunter22"), "{s}");
    }
}
