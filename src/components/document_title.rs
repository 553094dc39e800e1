//! The browser tab's title, in the page's language: "Security · Account settings".

use yew::prelude::*;

use crate::auth::use_auth;
use crate::i18n::fill;

/// Sets the document's title for a page called `page` while it is shown.
#[hook]
pub fn use_document_title(page: &AttrValue) {
    let auth = use_auth();
    let title = fill(&auth.localization().document_title, &[("page", page)]);
    use_effect_with(title, |title| {
        gloo_utils::document().set_title(title);
    });
}
