//! Better Auth's organization endpoints, as far as the settings pages use them.

use serde::Serialize;

use super::models::{FullOrganization, Organization};
use super::request::{with_query, ApiRequest, Request};

/// `POST /organization/create` parameters.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct CreateOrganization {
    /// The organization's display name; trimmed before it is sent.
    pub name: String,
    /// Its unique URL name: lowercase letters, digits and single hyphens
    /// ([`crate::validate::slug`]); trimmed before it is sent.
    pub slug: String,
}

#[derive(Serialize)]
struct OrganizationBody<'a> {
    name: &'a str,
    slug: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SetActiveBody<'a> {
    /// `None` is sent as `null`: it unsets the active organization.
    organization_id: Option<&'a str>,
}

/// `GET /organization/list`: the organizations the user belongs to.
pub fn list_organizations() -> Request<Vec<Organization>> {
    Request::get("/organization/list")
}

/// `POST /organization/create`: owned by the user, and made the session's active one.
pub fn create_organization(r: &CreateOrganization) -> Request<Organization> {
    let body = OrganizationBody {
        name: r.name.trim(),
        slug: r.slug.trim(),
    };
    Request::post("/organization/create", &body)
}

/// `POST /organization/set-active`; `None` goes back to the personal account.
pub fn set_active_organization(organization_id: Option<&str>) -> Request<Option<Organization>> {
    Request::post(
        "/organization/set-active",
        &SetActiveBody { organization_id },
    )
}

/// `GET /organization/get-full-organization?organizationId=`: the organization with its members
/// (`None` when the server has none to show).
pub fn get_full_organization(organization_id: &str) -> Request<Option<FullOrganization>> {
    let path = with_query(
        "/organization/get-full-organization",
        &[("organizationId", organization_id.to_owned())],
    );
    Request::new(ApiRequest::get(path), FullOrganization::decode)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::Method;
    use serde_json::json;

    #[test]
    fn organization_calls() {
        let r = list_organizations();
        assert_eq!(
            (r.api().method, r.api().path.as_str()),
            (Method::Get, "/organization/list")
        );
        let r = create_organization(&CreateOrganization {
            name: " Acme".into(),
            slug: "acme ".into(),
        });
        assert_eq!(r.json_body(), Some(json!({"name": "Acme", "slug": "acme"})));
        assert_eq!(
            set_active_organization(Some("o1")).json_body(),
            Some(json!({"organizationId": "o1"}))
        );
        assert_eq!(
            set_active_organization(None).json_body(),
            Some(json!({"organizationId": null}))
        );
        let r = get_full_organization("o 1&x");
        assert_eq!(
            r.api().path,
            "/organization/get-full-organization?organizationId=o%201%26x"
        );
        let (_, decode) = r.into_parts();
        assert_eq!(decode("null"), Ok(None));
    }
}
