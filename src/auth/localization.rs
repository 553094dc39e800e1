//! Strings of the account shell and the pieces every plugin shares (buttons, errors).

use crate::client::ClientError;
use crate::i18n::fill;
use crate::localization;

localization! {
    /// Strings of the app shell, shared buttons and error messages.
    pub struct AuthLocalization / AuthLocalizationOverrides {
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
        // Error messages.
        error_network: "Could not reach the server. Check your connection and try again.",
        error_rate_limited_in: "Too many requests. Try again in {seconds} seconds.",
        error_rate_limited: "Too many requests. Please try again later.",
        error_forbidden: "You don't have permission to do this.",
        error_not_found: "The server answered “not found” (HTTP 404).",
        error_server: "The server ran into a problem (HTTP {status}). Please try again.",
        error_request: "The request failed (HTTP {status}).",
        error_decode: "The server sent an answer this app cannot read.",
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
    /// German.
    pub fn german() -> Self {
        let s = yew::AttrValue::Static;
        Self {
            cancel: s("Abbrechen"),
            delete: s("Löschen"),
            optional: s("Optional"),
            copy_to_clipboard: s("In die Zwischenablage kopieren"),
            copied_to_clipboard: s("In die Zwischenablage kopiert"),
            save_changes: s("Änderungen speichern"),
            close: s("Schließen"),
            loading: s("Wird geladen"),
            retry: s("Erneut versuchen"),
            dismiss: s("Ausblenden"),
            notifications: s("Benachrichtigungen"),
            sign_in: s("Anmelden"),
            sign_in_description: s("Gib deine E-Mail-Adresse und dein Passwort ein, um auf dein Konto zuzugreifen."),
            sign_up: s("Registrieren"),
            sign_up_description: s("Erstelle ein Konto, um deine Einstellungen und API-Schlüssel zu verwalten."),
            create_account: s("Konto erstellen"),
            name: s("Name"),
            name_placeholder: s("Dein Name"),
            email: s("E-Mail"),
            email_placeholder: s("du@beispiel.de"),
            password: s("Passwort"),
            password_hint: s("Mindestens {min} Zeichen."),
            remember_me: s("Angemeldet bleiben"),
            no_account: s("Noch kein Konto?"),
            have_account: s("Schon ein Konto?"),
            sign_out: s("Abmelden"),
            session_expired: s("Deine Sitzung ist abgelaufen. Bitte melde dich erneut an."),
            signed_out: s("Du wurdest abgemeldet."),
            name_required: s("Gib deinen Namen ein."),
            email_required: s("Gib deine E-Mail-Adresse ein."),
            email_invalid: s("Gib eine gültige E-Mail-Adresse ein."),
            password_required: s("Gib dein Passwort ein."),
            password_too_short: s("Das Passwort muss mindestens {min} Zeichen lang sein."),
            password_too_long: s("Das Passwort darf höchstens {max} Zeichen lang sein."),
            app_name: s("Konto"),
            main_navigation: s("Hauptnavigation"),
            skip_to_content: s("Zum Inhalt springen"),
            account_menu: s("Konto"),
            security: s("Sicherheit"),
            security_description: s("Verwalte, wie du und deine Programme auf dein Konto zugreifen."),
            organization_settings: s("Organisation"),
            organization_settings_description: s("Einstellungen der aktiven Organisation."),
            no_settings: s("Hier gibt es noch nichts einzustellen."),
            no_active_organization: s("Keine Organisation ausgewählt"),
            no_active_organization_description: s("Erstelle eine Organisation oder wähle eine im Organisationsmenü aus."),
            organization: s("Organisation"),
            personal_account: s("Persönliches Konto"),
            switch_organization: s("Aktive Organisation"),
            create_organization: s("Organisation erstellen"),
            create_organization_description: s("Organisationen teilen API-Schlüssel und Einstellungen zwischen ihren Mitgliedern."),
            slug: s("Kürzel"),
            slug_hint: s("Kleinbuchstaben, Ziffern und Bindestriche; wird in URLs verwendet."),
            slug_invalid: s("Verwende nur Kleinbuchstaben, Ziffern und Bindestriche."),
            organization_created: s("Organisation {name} erstellt"),
            organization_switched: s("Zu {name} gewechselt"),
            personal_switched: s("Zu deinem persönlichen Konto gewechselt"),
            not_found: s("Seite nicht gefunden"),
            not_found_description: s("Unter dieser Adresse gibt es keine Seite."),
            go_to_settings: s("Zu den Einstellungen"),
            error_network: s("Der Server ist nicht erreichbar. Prüfe deine Verbindung und versuche es erneut."),
            error_rate_limited_in: s("Zu viele Anfragen. Versuche es in {seconds} Sekunden erneut."),
            error_rate_limited: s("Zu viele Anfragen. Bitte versuche es später erneut."),
            error_forbidden: s("Dazu fehlt dir die Berechtigung."),
            error_not_found: s("Der Server hat „nicht gefunden“ geantwortet (HTTP 404)."),
            error_server: s("Beim Server ist ein Fehler aufgetreten (HTTP {status}). Bitte versuche es erneut."),
            error_request: s("Die Anfrage ist fehlgeschlagen (HTTP {status})."),
            error_decode: s("Der Server hat eine unlesbare Antwort gesendet."),
            error_invalid_credentials: s("Ungültige E-Mail-Adresse oder ungültiges Passwort"),
            error_user_exists: s("Es gibt bereits ein Konto mit dieser E-Mail-Adresse."),
            error_organization_exists: s("Eine Organisation mit diesem Kürzel gibt es bereits."),
            error_origin: s("Der Server hat die Herkunft dieser Seite abgelehnt. Prüfe die vertrauenswürdigen Ursprünge des Servers."),
            panic_title: s("Etwas ist schiefgelaufen"),
            panic_text: s("Die Anwendung hat einen unerwarteten Fehler festgestellt. Lade die Seite neu, um fortzufahren."),
            reload: s("Neu laden"),
        }
    }

    /// A message for a failed call: a translation for codes we know, else the server's own
    /// message, else one chosen by status. Never empty, never markup.
    pub fn error_message(&self, error: &ClientError) -> String {
        match error {
            ClientError::Network(_) => self.error_network.to_string(),
            ClientError::Decode(_) => self.error_decode.to_string(),
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
