//! Runtime configuration read from the served page, so one build can be deployed behind any
//! Better Auth server without rebuilding:
//!
//! ```html
//! <meta name="better-auth-url" content="/api/auth">
//! <meta name="better-auth-locale" content="de-DE">
//! ```
//!
//! Plugins read their own tags from the same [`PageMeta`].

/// The `<meta name="better-auth-…">` tags of the served page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PageMeta(Vec<(String, String)>);

impl PageMeta {
    /// From `(name, content)` pairs.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        Self(
            pairs
                .into_iter()
                .map(|(n, c)| (n.to_owned(), c.trim().to_owned()))
                .collect(),
        )
    }

    /// The `better-auth-*` tags of the current document.
    pub fn from_document() -> Self {
        let mut pairs = Vec::new();
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
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
        }
        Self::from_pairs(pairs.iter().map(|(n, c)| (n.as_str(), c.as_str())))
    }

    /// A tag's content, trimmed; `None` when absent or blank.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, c)| c.as_str())
            .filter(|c| !c.is_empty())
    }

    /// A switch: `false`, `0`, `no` or `off` turn it off, any other value on; `default` when
    /// the tag is absent or blank.
    pub fn flag(&self, name: &str, default: bool) -> bool {
        match self.get(name) {
            None => default,
            Some(c) => !matches!(
                c.to_ascii_lowercase().as_str(),
                "false" | "0" | "no" | "off"
            ),
        }
    }
}

/// The app's own settings.
#[derive(Clone, Debug, PartialEq)]
pub struct AppConfig {
    /// Base URL of the Better Auth API (`/api/auth` by default).
    pub auth_url: String,
    /// A fixed locale; the browser's language when `None`.
    pub locale: Option<String>,
    /// Every tag, for the plugins' own settings.
    pub meta: PageMeta,
}

impl AppConfig {
    /// The settings in `meta`; defaults for what it lacks or holds unsafely.
    pub fn from_meta(meta: PageMeta) -> Self {
        let auth_url = meta
            .get("better-auth-url")
            .filter(|u| is_safe_url(u))
            .map(|u| u.trim_end_matches('/').to_owned())
            .unwrap_or_else(|| "/api/auth".into());
        let locale = meta.get("better-auth-locale").map(str::to_owned);
        Self {
            auth_url,
            locale,
            meta,
        }
    }

    /// The settings of the current document.
    pub fn from_document() -> Self {
        Self::from_meta(PageMeta::from_document())
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
        let c = AppConfig::from_meta(PageMeta::default());
        assert_eq!(c.auth_url, "/api/auth");
        assert_eq!(c.locale, None);
    }

    #[test]
    fn reads_meta_tags() {
        let c = AppConfig::from_meta(PageMeta::from_pairs([
            ("better-auth-url", " https://auth.example.com/api/auth/ "),
            ("better-auth-locale", "de-DE"),
            ("viewport", "width=device-width"),
        ]));
        assert_eq!(c.auth_url, "https://auth.example.com/api/auth");
        assert_eq!(c.locale.as_deref(), Some("de-DE"));
    }

    #[test]
    fn ignores_unsafe_or_empty_values() {
        for bad in ["", "javascript:alert(1)", "//evil.example/api", "api/auth"] {
            let c = AppConfig::from_meta(PageMeta::from_pairs([
                ("better-auth-url", bad),
                ("better-auth-locale", " "),
            ]));
            assert_eq!(c.auth_url, "/api/auth", "{bad}");
            assert_eq!(c.locale, None);
        }
    }

    #[test]
    fn flags() {
        let m = PageMeta::from_pairs([("a", "false"), ("b", " OFF "), ("c", "true"), ("d", "")]);
        assert!(!m.flag("a", true));
        assert!(!m.flag("b", true));
        assert!(m.flag("c", false));
        // A blank tag is an unset one (the shipped page has them for the settings it leaves
        // to the default).
        assert!(!m.flag("d", false));
        assert!(m.flag("d", true));
        assert!(m.flag("missing", true));
        assert!(!m.flag("missing", false));
    }
}
