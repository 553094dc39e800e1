//! The API-key plugin's strings. Keys follow the React original's `apiKey` namespace in
//! snake_case, so a user moving from it finds the same names; additions follow its style.

use crate::client::ClientError;
use crate::i18n::fill;
use crate::i18n::localization;

localization! {
    /// Strings of the API-key plugin.
    pub struct ApiKeyLocalization / ApiKeyLocalizationOverrides as "api-key" {
        // The original's keys.
        api_key: "API key",
        api_keys: "API keys",
        api_keys_description: "Create an API key for programmatic access to your account.",
        create_api_key: "Create API key",
        no_api_keys: "No API keys",
        name: "Name",
        expiration: "Expiration",
        day: "day",
        days: "days",
        never: "Never",
        created: "Created",
        expires: "Expires",
        never_expires: "Never expires",
        new_api_key: "New API key",
        new_api_key_warning: "This is the only time you'll see this API key. Copy and store it somewhere safe.",
        delete_api_key: "Delete API key",
        delete_api_key_warning: "This action cannot be undone. Any service using this API key will stop working immediately.",
        dismiss_new_key: "I've saved my key",
        edit_api_key: "Edit API key",
        enabled: "Enabled",
        disabled: "Disabled",
        last_request: "Last used",
        sort_by: "Sort by",
        newest: "Newest",
        oldest: "Oldest",
        name_ascending: "Name A–Z",
        name_descending: "Name Z–A",
        previous_page: "Previous page",
        next_page: "Next page",
        // Additions of this product.
        no_api_keys_description: "Keys you create are listed here. Each key is shown in full only once, right after it is created.",
        edit: "Edit",
        expired: "Expired",
        created_on: "Created {date}",
        expires_on: "Expires {date}",
        expired_on: "Expired {date}",
        last_used_on: "Last used {date}",
        edit_named: "Edit API key {name}",
        delete_named: "Delete API key {name}",
        named_with_preview: "{name} ({preview})",
        key_preview: "Key preview",
        page_summary: "{start}–{end} of {total}",
        pagination: "API key pages",
        loading_api_keys: "Loading API keys",
        load_failed: "Couldn't load API keys.",
        organization_api_keys_description: "Create an API key for programmatic access to this organization.",
        owner_only: "Only organization owners can manage API keys.",
        name_too_long: "Name must be at most {max} characters.",
        name_required: "Enter a name, or cancel to keep the current one.",
        keep_expiration: "Keep current ({current})",
        copy_fallback: "Your browser did not allow copying. The key is selected: press Ctrl+C (⌘C on a Mac) to copy it.",
        close_without_copying: "Close without copying?",
        close_without_copying_warning: "You haven't copied this API key. Once this dialog is closed, it can't be shown again.",
        keep_open: "Keep it open",
        close_anyway: "Close without copying",
        api_key_created: "API key created",
        api_key_deleted: "API key deleted",
        api_key_updated: "API key updated",
        api_key_gone: "This API key was already deleted, perhaps in another tab or by another client.",
        no_changes: "Nothing changed.",
        error_name_length: "The name must be between 1 and 32 characters.",
        error_expiration: "Choose an expiration between 1 and 365 days.",
        // Where the server put a new key.
        misplaced_organization: "The server is not set up for organization API keys: it made a personal key instead.",
        misplaced_configuration: "The server does not know the configuration “{configuration}” and used another one instead.",
        misplaced_removed: "That key was deleted again right away, and no key was created. Ask the server's administrator to add the configuration to apiKey().",
        misplaced_not_removed: "Deleting that key failed: delete the API key {name} yourself.",
        // Configurations and metadata.
        configuration: "Configuration",
        metadata: "Metadata",
        metadata_hint: "Optional. A JSON object, for your programs to read.",
        metadata_invalid: "This is not valid JSON. Check quotes, commas and braces.",
        metadata_not_object: "Metadata must be a JSON object, in braces: {\"team\": \"ops\"}.",
        error_metadata_disabled: "The server does not accept metadata for API keys.",
        // The details view.
        api_key_details: "API key details",
        prefix: "Prefix",
        none: "None",
        updated: "Updated",
        status: "Status",
        requests: "Requests",
        never_used: "Never used",
        set_by_server: "Set by the server",
        set_by_server_description: "Only the server can change these.",
        remaining: "Remaining requests",
        unlimited: "Unlimited",
        refill: "Refill",
        refill_value: "{amount} every {interval}",
        last_refill: "Last refill",
        rate_limit: "Rate limit",
        rate_limit_value: "{max} requests in {window}",
        off: "Off",
        permissions: "Permissions",
    }
}

impl ApiKeyLocalization {
    /// "1 day", "30 days".
    pub fn days_label(&self, days: u32, number: &str) -> String {
        let unit = if days == 1 { &self.day } else { &self.days };
        format!("{number} {unit}")
    }

    /// A plugin-specific message for codes this plugin knows; `None` defers to the shell's.
    pub fn error_message(&self, error: &ClientError) -> Option<String> {
        Some(match error.code()? {
            "INVALID_NAME_LENGTH" => self.error_name_length.to_string(),
            "EXPIRES_IN_IS_TOO_SMALL" | "EXPIRES_IN_IS_TOO_LARGE" => {
                self.error_expiration.to_string()
            }
            "INSUFFICIENT_API_KEY_PERMISSIONS" | "USER_NOT_MEMBER_OF_ORGANIZATION" => {
                self.owner_only.to_string()
            }
            "KEY_NOT_FOUND" => self.api_key_gone.to_string(),
            "METADATA_DISABLED" => self.error_metadata_disabled.to_string(),
            "INVALID_METADATA_TYPE" => self.metadata_not_object.to_string(),
            _ => return None,
        })
    }

    /// `template` with `{name}` set to the key's name.
    pub fn named(&self, template: &str, name: &str) -> String {
        fill(template, &[("name", name)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    #[test]
    fn days_and_names() {
        let l = ApiKeyLocalization::english();
        assert_eq!(l.days_label(1, "1"), "1 day");
        assert_eq!(l.days_label(30, "30"), "30 days");
        assert_eq!(
            l.named(&l.delete_named, "ci-deploy"),
            "Delete API key ci-deploy"
        );
        let de = ApiKeyLocalization::for_locale(&Locale::new("de"));
        assert_eq!(de.days_label(90, "90"), "90 Tage");
    }

    #[test]
    fn plugin_error_codes() {
        let l = ApiKeyLocalization::english();
        let e = ClientError::Api {
            status: 403,
            code: Some("INSUFFICIENT_API_KEY_PERMISSIONS".into()),
            message: None,
        };
        assert_eq!(
            l.error_message(&e).as_deref(),
            Some("Only organization owners can manage API keys.")
        );
        assert_eq!(l.error_message(&ClientError::Network("x".into())), None);
    }
}
