//! Strings of the account shell and the pieces every plugin shares (buttons, errors).

use crate::client::ClientError;
use crate::i18n::fill;
use crate::i18n::localization;

localization! {
    /// Strings of the app shell, shared buttons and error messages.
    pub struct AuthLocalization / AuthLocalizationOverrides as "auth" {
        // Shared buttons and states (the original's `settings.*` keys).
        cancel: "Cancel",
        delete: "Delete",
        optional: "Optional",
        copy_to_clipboard: "Copy to clipboard",
        copied_to_clipboard: "Copied to clipboard",
        save_changes: "Save changes",
        close: "Close",
        loading: "Loading",
        retry: "Retry",
        dismiss: "Dismiss",
        notifications: "Notifications",
        // Sign in and sign up.
        sign_in: "Sign in",
        sign_in_description: "Enter your email and password to access your account.",
        sign_up: "Sign up",
        sign_up_description: "Create an account to manage your settings and API keys.",
        create_account: "Create account",
        name: "Name",
        name_placeholder: "Your name",
        email: "Email",
        email_placeholder: "you@example.com",
        password: "Password",
        password_hint: "At least {min} characters.",
        remember_me: "Keep me signed in",
        no_account: "Don't have an account?",
        have_account: "Already have an account?",
        sign_out: "Sign out",
        session_expired: "Your session has expired. Please sign in again.",
        signed_out: "You have been signed out.",
        name_required: "Enter your name.",
        email_required: "Enter your email address.",
        email_invalid: "Enter a valid email address.",
        password_required: "Enter your password.",
        password_too_short: "Password must be at least {min} characters.",
        password_too_long: "Password must be at most {max} characters.",
        // Settings pages and header.
        app_name: "Account",
        document_title: "{page} · Account settings",
        main_navigation: "Main",
        skip_to_content: "Skip to content",
        account_menu: "Account",
        security: "Security",
        security_description: "Manage how you and your programs access your account.",
        organization_settings: "Organization",
        organization_settings_description: "Settings of the active organization.",
        no_settings: "There is nothing to configure here yet.",
        no_active_organization: "No organization selected",
        no_active_organization_description: "Create an organization or choose one from the organization menu.",
        organization: "Organization",
        personal_account: "Personal account",
        switch_organization: "Active organization",
        create_organization: "Create organization",
        create_organization_description: "Organizations share API keys and settings between their members.",
        slug: "Slug",
        slug_hint: "Lowercase letters, numbers and hyphens; used in URLs.",
        slug_invalid: "Use only lowercase letters, numbers and hyphens.",
        organization_created: "Organization {name} created",
        organization_switched: "Switched to {name}",
        personal_switched: "Switched to your personal account",
        not_found: "Page not found",
        not_found_description: "There is no page at this address.",
        go_to_settings: "Go to settings",
        new_organization: "New organization",
        organization_settings_of: "Settings of {name}.",
        // Error messages.
        error_network: "Could not reach the server. Check your connection and try again.",
        error_rate_limited_in: "Too many requests. Try again in {seconds} seconds.",
        error_rate_limited: "Too many requests. Please try again later.",
        error_forbidden: "You don't have permission to do this.",
        error_not_found: "The server answered “not found” (HTTP 404).",
        error_server: "The server ran into a problem (HTTP {status}). Please try again.",
        error_request: "The request failed (HTTP {status}).",
        error_decode: "The server sent an answer this app cannot read.",
        error_old_server: "The server runs a Better Auth version older than {version}, which this page needs. Ask its administrator to update Better Auth.",
        error_invalid_credentials: "Invalid email or password",
        error_user_exists: "User already exists. Use another email.",
        error_organization_exists: "An organization with this slug already exists.",
        error_origin: "The server refused this page's origin. Check the server's trusted origins.",
        // The panic screen.
        panic_title: "Something went wrong",
        panic_text: "The app ran into an unexpected error. Reload the page to continue.",
        reload: "Reload",
    }
}

impl AuthLocalization {
    /// A message for a failed call: a translation for codes we know, else the server's own
    /// message, else one chosen by status. Never empty, never markup.
    pub fn error_message(&self, error: &ClientError) -> String {
        match error {
            ClientError::Network(_) => self.error_network.to_string(),
            ClientError::Decode(_) => self.error_decode.to_string(),
            ClientError::OldServer { needs } => fill(&self.error_old_server, &[("version", needs)]),
            ClientError::Unauthorized => self.session_expired.to_string(),
            ClientError::RateLimited {
                retry_after: Some(s),
            } => fill(&self.error_rate_limited_in, &[("seconds", &s.to_string())]),
            ClientError::RateLimited { retry_after: None } => self.error_rate_limited.to_string(),
            ClientError::Api {
                status,
                code,
                message,
            } => {
                let known = match code.as_deref() {
                    Some("INVALID_EMAIL_OR_PASSWORD") => Some(&self.error_invalid_credentials),
                    Some("USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL" | "USER_ALREADY_EXISTS") => {
                        Some(&self.error_user_exists)
                    }
                    Some("ORGANIZATION_ALREADY_EXISTS") => Some(&self.error_organization_exists),
                    Some("MISSING_OR_NULL_ORIGIN" | "INVALID_ORIGIN") => Some(&self.error_origin),
                    _ => None,
                };
                if let Some(text) = known {
                    return text.to_string();
                }
                if let Some(m) = message {
                    return m.clone();
                }
                let status_text = status.to_string();
                let template = match status {
                    403 => return self.error_forbidden.to_string(),
                    404 => return self.error_not_found.to_string(),
                    500.. => &self.error_server,
                    _ => &self.error_request,
                };
                fill(template, &[("status", &status_text)])
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    fn api(status: u16, code: Option<&str>, message: Option<&str>) -> ClientError {
        ClientError::Api {
            status,
            code: code.map(Into::into),
            message: message.map(Into::into),
        }
    }

    #[test]
    fn messages_for_every_kind_of_error() {
        let l = AuthLocalization::english();
        assert_eq!(
            l.error_message(&ClientError::Network("x".into())),
            "Could not reach the server. Check your connection and try again."
        );
        assert_eq!(
            l.error_message(&ClientError::RateLimited {
                retry_after: Some(7)
            }),
            "Too many requests. Try again in 7 seconds."
        );
        assert_eq!(
            l.error_message(&api(
                401,
                Some("INVALID_EMAIL_OR_PASSWORD"),
                Some("Invalid email or password")
            )),
            "Invalid email or password"
        );
        // Unknown codes show the server's words.
        assert_eq!(
            l.error_message(&api(
                400,
                Some("INVALID_NAME_LENGTH"),
                Some("The name length is wrong")
            )),
            "The name length is wrong"
        );
        assert_eq!(
            l.error_message(&api(500, None, None)),
            "The server ran into a problem (HTTP 500). Please try again."
        );
        assert_eq!(
            l.error_message(&api(404, None, None)),
            "The server answered “not found” (HTTP 404)."
        );
        assert_eq!(
            l.error_message(&api(418, None, None)),
            "The request failed (HTTP 418)."
        );
    }

    #[test]
    fn german_translates_known_codes() {
        let l = AuthLocalization::for_locale(&Locale::new("de-DE"));
        assert_eq!(l.sign_in, "Anmelden");
        assert_eq!(
            l.error_message(&api(
                401,
                Some("INVALID_EMAIL_OR_PASSWORD"),
                Some("Invalid email or password")
            )),
            "Ungültige E-Mail-Adresse oder ungültiges Passwort"
        );
        assert_eq!(
            AuthLocalization::for_locale(&Locale::new("fr")).sign_in,
            "Sign in"
        );
    }
}
