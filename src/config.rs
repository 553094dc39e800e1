//! Runtime configuration read from the served page, so one build can be deployed behind any
//! Better Auth server without rebuilding:
//!
//! ```html
//! <meta name="better-auth-url" content="/api/auth">
//! <meta name="better-auth-locale" content="de-DE">
//! <meta name="better-auth-organization-api-keys" content="true">
//! ```

/// The app's settings.
#[derive(Clone, Debug, PartialEq)]
pub struct AppConfig {
    /// Base URL of the Better Auth API (`/api/auth` by default).
    pub auth_url: String,
    /// A fixed locale; the browser's language when `None`.
    pub locale: Option<String>,
    /// Whether organization settings show the organization API keys card.
    pub organization_api_keys: bool,
}

impl Default for AppConfig {
    fn default() -> Self {
        Self {
            auth_url: "/api/auth".into(),
            locale: None,
            organization_api_keys: true,
        }
    }
}

impl AppConfig {
    /// Builds the configuration from `(name, content)` pairs of `<meta>` tags.
    pub fn from_meta<'a>(metas: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut config = Self::default();
        for (name, content) in metas {
            let content = content.trim();
            match name {
                "better-auth-url" if is_safe_url(content) => {
                    config.auth_url = content.trim_end_matches('/').to_owned();
                }
                "better-auth-locale" if !content.is_empty() => {
                    config.locale = Some(content.to_owned());
                }
                "better-auth-organization-api-keys" => {
                    config.organization_api_keys = !matches!(content, "false" | "0" | "no" | "off");
                }
                _ => {}
            }
        }
        config
    }

    /// Reads the `<meta>` tags of the current document.
    pub fn from_document() -> Self {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return Self::default();
        };
        let mut pairs = Vec::new();
        if let Ok(list) = doc.query_selector_all("meta[name^='better-auth']") {
            for i in 0..list.length() {
                if let Some(el) = list
                    .item(i)
                    .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
                {
                    pairs.push((
                        el.get_attribute("name").unwrap_or_default(),
                        el.get_attribute("content").unwrap_or_default(),
                    ));
                }
            }
        }
        Self::from_meta(pairs.iter().map(|(n, c)| (n.as_str(), c.as_str())))
    }
}

/// A path (`/api/auth`) or an http(s) URL; anything else (e.g. `javascript:`) is ignored.
fn is_safe_url(s: &str) -> bool {
    (s.starts_with('/') && !s.starts_with("//"))
        || s.starts_with("https://")
        || s.starts_with("http://")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults() {
        let c = AppConfig::from_meta([]);
        assert_eq!(c.auth_url, "/api/auth");
        assert_eq!(c.locale, None);
        assert!(c.organization_api_keys);
    }

    #[test]
    fn reads_meta_tags() {
        let c = AppConfig::from_meta([
            ("better-auth-url", " https://auth.example.com/api/auth/ "),
            ("better-auth-locale", "de-DE"),
            ("better-auth-organization-api-keys", "false"),
            ("viewport", "width=device-width"),
        ]);
        assert_eq!(c.auth_url, "https://auth.example.com/api/auth");
        assert_eq!(c.locale.as_deref(), Some("de-DE"));
        assert!(!c.organization_api_keys);
    }

    #[test]
    fn ignores_unsafe_or_empty_values() {
        for bad in ["", "javascript:alert(1)", "//evil.example/api", "api/auth"] {
            let c = AppConfig::from_meta([("better-auth-url", bad), ("better-auth-locale", " ")]);
            assert_eq!(c.auth_url, "/api/auth", "{bad}");
            assert_eq!(c.locale, None);
        }
    }
}
