//! Typed shapes of what the Better Auth server sends and accepts. They accept what the server
//! really sends: ISO dates, `null` for absent values, fields added by later versions (ignored).

use serde::{Deserialize, Deserializer};

use super::error::ClientError;
use super::json::decode;
use crate::time::Timestamp;

/// A signed-in user.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct User {
    /// Better Auth's user ID.
    pub id: String,
    /// The display name; empty when the server has none (`null` or absent).
    #[serde(default, deserialize_with = "null_as_default")]
    pub name: String,
    /// The email address the user signs in with.
    pub email: String,
    /// Whether the address has been verified; `false` when the server does not say.
    #[serde(default)]
    pub email_verified: bool,
    /// The URL of the user's avatar, if any.
    #[serde(default)]
    pub image: Option<String>,
    /// When the account was created, if the server says.
    #[serde(default)]
    pub created_at: Option<Timestamp>,
}

/// The session record (the cookie holds its token; JS cannot read it).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Session {
    /// Better Auth's session ID (not the token).
    pub id: String,
    /// The [`User::id`] of the signed-in user.
    pub user_id: String,
    /// When the session ends unless renewed, if the server says.
    #[serde(default)]
    pub expires_at: Option<Timestamp>,
    /// The active organization belongs to the session: a fresh sign-in has none.
    #[serde(default)]
    pub active_organization_id: Option<String>,
}

/// `GET /get-session` when signed in.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct SessionData {
    /// The session record.
    pub session: Session,
    /// The user it belongs to.
    pub user: User,
}

/// The `{token, user}` answer of sign-in and sign-up.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct AuthResponse {
    /// The user just signed in (or signed up); the token is not read, the cookie carries it.
    pub user: User,
}

/// An organization the user belongs to.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Organization {
    /// Better Auth's organization ID (what `setActive` and API-key calls take).
    pub id: String,
    /// The display name.
    pub name: String,
    /// The unique URL name, e.g. `acme-corp`.
    pub slug: String,
    /// The URL of the organization's logo, if any.
    #[serde(default)]
    pub logo: Option<String>,
    /// When the organization was created, if the server says.
    #[serde(default)]
    pub created_at: Option<Timestamp>,
    // `metadata` (a JSON *string* from organization/list, an object from organization/create, or
    // null) is not used by this product and is skipped whatever its shape.
}

/// A member row of an organization.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Member {
    /// The membership's ID (not the user's).
    pub id: String,
    /// The [`Organization::id`] it belongs to; empty when the server leaves it out.
    #[serde(default)]
    pub organization_id: String,
    /// The member's [`User::id`].
    pub user_id: String,
    /// One role or several, comma-joined (`"admin,owner"`).
    pub role: String,
}

impl Member {
    /// Whether the member holds `role`, also as part of a comma-joined list.
    pub fn has_role(&self, role: &str) -> bool {
        has_role(&self.role, role)
    }
}

/// Whether a comma-joined role list contains `role`.
pub fn has_role(roles: &str, role: &str) -> bool {
    roles.split(',').any(|r| r.trim() == role)
}

/// `GET /organization/get-full-organization`: the organization with its members.
#[derive(Clone, Debug, PartialEq)]
pub struct FullOrganization {
    /// The organization itself.
    pub organization: Organization,
    /// Its members with their roles; empty when the server sends none.
    pub members: Vec<Member>,
}

impl FullOrganization {
    /// Decodes the answer (`null` when there is nothing to show). Two plain passes over the
    /// body instead of `#[serde(flatten)]`, which costs several KB of generic buffering code.
    pub fn decode(body: &str) -> Result<Option<Self>, ClientError> {
        #[derive(Deserialize)]
        struct Members {
            #[serde(default)]
            members: Vec<Member>,
        }
        let Some(organization) = decode::<Option<Organization>>(body)? else {
            return Ok(None);
        };
        let Members { members } = decode(body)?;
        Ok(Some(Self {
            organization,
            members,
        }))
    }
}

fn null_as_default<'de, D: Deserializer<'de>, T: Default + Deserialize<'de>>(
    d: D,
) -> Result<T, D::Error> {
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_null_means_signed_out() {
        assert_eq!(decode::<Option<SessionData>>("null"), Ok(None));
        let s: Option<SessionData> = decode(
            r#"{"session":{"id":"s","userId":"u","expiresAt":"2026-12-06T00:00:00.000Z","activeOrganizationId":null,"token":"t"},
               "user":{"id":"u","name":"Ada","email":"ada@example.test","emailVerified":false,"image":null,
                       "createdAt":"2026-11-29T00:00:00.000Z","updatedAt":"2026-11-29T00:00:00.000Z"}}"#,
        )
        .unwrap();
        let s = s.unwrap();
        assert_eq!(s.user.name, "Ada");
        assert_eq!(s.session.active_organization_id, None);
    }

    #[test]
    fn organization_metadata_string_object_or_null_is_accepted() {
        let base = r#""id":"o","name":"Acme","slug":"acme","logo":null,"createdAt":"2026-11-29T00:00:00.000Z""#;
        for metadata in [
            r#""{\"plan\":\"pro\"}""#,
            r#"{"plan":"pro","seats":2.5}"#,
            "null",
            "\"not json\"",
        ] {
            let o: Organization = decode(&format!(r#"{{{base},"metadata":{metadata}}}"#)).unwrap();
            assert_eq!(o.slug, "acme");
        }
        let o: Organization = decode(&format!(r#"{{{base}}}"#)).unwrap();
        assert_eq!(o.name, "Acme");
    }

    #[test]
    fn full_organization_and_roles() {
        let f = FullOrganization::decode(
            r#"{"id":"o","name":"Acme","slug":"acme","metadata":null,"members":[
                {"id":"m1","organizationId":"o","userId":"u1","role":"admin,owner","createdAt":"2026-11-29T00:00:00.000Z",
                 "user":{"id":"u1","name":"A","email":"a@x","image":null}},
                {"id":"m2","organizationId":"o","userId":"u2","role":"member"}],"invitations":[]}"#,
        )
        .unwrap()
        .unwrap();
        assert_eq!(f.organization.slug, "acme");
        assert!(f.members[0].has_role("owner"));
        assert!(f.members[0].has_role("admin"));
        assert!(!f.members[1].has_role("owner"));
        assert!(!has_role("co-owner", "owner"));
        assert!(has_role("member, owner", "owner"));
        assert_eq!(FullOrganization::decode("null"), Ok(None));
        assert!(FullOrganization::decode(r#"{"id":"o"}"#).is_err());
    }
}
