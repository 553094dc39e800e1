//! Localization plumbing: string tables with English defaults and per-field overrides, the
//! locale, `{placeholder}` filling, and date/number formatting through the browser's `Intl`
//! in the *configured* locale (the React original used the browser's, whatever the app said).

use std::rc::Rc;

mod formatter;

pub use formatter::Formatter;

/// Declares a localization table: a struct of strings with English defaults, and a matching
/// `…Overrides` struct whose `Some` fields replace the defaults one by one. Translations live in
/// `assets/locales/<language>.json`, one section per table (named after `as "…"`), each string
/// keyed by its English text (gettext's way: no second set of names in the app). Internal: a
/// plugin of your own brings its strings in whatever form it likes (see `AuthPlugin`).
macro_rules! localization {
    (
        $(#[$meta:meta])*
        pub struct $name:ident / $overrides:ident as $table:literal {
            $( $(#[$fmeta:meta])* $field:ident : $english:expr ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub struct $name {
            $(
                $(#[$fmeta])*
                #[doc = concat!("English: “", $english, "”")]
                pub $field: ::yew::AttrValue,
            )*
        }

        #[doc = concat!("Per-field overrides of [`", stringify!($name), "`]; `None` keeps the locale's string. ")]
        #[doc = "A `{name}` in a text is a placeholder the component fills in; keep it in yours."]
        #[derive(Clone, Debug, PartialEq, Default)]
        pub struct $overrides {
            $(
                #[doc = concat!("Replaces “", $english, "”")]
                pub $field: Option<::yew::AttrValue>,
            )*
        }

        impl $name {
            /// The English strings, which key the translation files.
            #[cfg(test)]
            #[allow(dead_code)]
            pub fn english_texts() -> &'static [&'static str] {
                &[ $( $english ),* ]
            }

            /// The English strings.
            pub fn english() -> Self {
                Self { $( $field: ::yew::AttrValue::Static($english), )* }
            }

            /// Replaces every string that `overrides` sets.
            pub fn apply(&mut self, overrides: &$overrides) {
                $crate::i18n::override_all(
                    &mut [ $( &mut self.$field ),* ],
                    &[ $( &overrides.$field ),* ],
                );
            }

            /// The strings for a locale: English, translated where a translation of the
            /// locale's language is loaded (see [`add_translation`](crate::i18n::add_translation)).
            pub fn for_locale(locale: &$crate::i18n::Locale) -> Self {
                let mut table = Self::english();
                $crate::i18n::translate(locale, $table, &mut [ $( &mut table.$field ),* ]);
                table
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::english()
            }
        }
    };
}
pub(crate) use localization;

#[cfg(target_arch = "wasm32")]
type Parsed = wasm_bindgen::JsValue;
#[cfg(not(target_arch = "wasm32"))]
type Parsed = serde_json::Value;

thread_local! {
    // Translations by language: `{ "<table>": { "<field>": "<text>" } }`.
    static TRANSLATIONS: std::cell::RefCell<Vec<(String, Parsed)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Loads the translation of `language` (e.g. `de`) from its JSON (`assets/locales/de.json`):
/// tables built afterwards use it. False when the text is not a JSON object.
pub fn add_translation(language: &str, json: &str) -> bool {
    #[cfg(target_arch = "wasm32")]
    let parsed = js_sys::JSON::parse(json).ok().filter(|v| v.is_object());
    #[cfg(not(target_arch = "wasm32"))]
    let parsed = serde_json::from_str::<serde_json::Value>(json)
        .ok()
        .filter(|v| v.is_object());
    let Some(parsed) = parsed else {
        return false;
    };
    TRANSLATIONS.with(|t| {
        let mut t = t.borrow_mut();
        t.retain(|(l, _)| l != language);
        t.push((language.to_ascii_lowercase(), parsed));
    });
    true
}

/// Whether a translation of `language` is loaded (or built in).
pub fn has_translation(language: &str) -> bool {
    builtin(language);
    TRANSLATIONS.with(|t| t.borrow().iter().any(|(l, _)| l == language))
}

/// The translations compiled in (features `locale-…`), loaded on first use.
fn builtin(language: &str) {
    #[cfg(feature = "locale-de")]
    if language == "de" && !TRANSLATIONS.with(|t| t.borrow().iter().any(|(l, _)| l == "de")) {
        add_translation("de", include_str!("../../assets/locales/de.json"));
    }
    let _ = language;
}

fn text_at(parsed: &Parsed, table: &str, english: &str) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let section = js_sys::Reflect::get(parsed, &table.into()).ok()?;
        js_sys::Reflect::get(&section, &english.into())
            .ok()?
            .as_string()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        parsed.get(table)?.get(english)?.as_str().map(str::to_owned)
    }
}

/// Replaces each string whose override is set. Not generic, so this loop exists once however
/// many tables there are.
pub(crate) fn override_all(slots: &mut [&mut yew::AttrValue], values: &[&Option<yew::AttrValue>]) {
    for (slot, value) in slots.iter_mut().zip(values) {
        if let Some(v) = value {
            **slot = v.clone();
        }
    }
}

/// Replaces each English string of `table` that the translation of `locale`'s language has.
/// Not generic, so this loop exists once however many tables there are.
pub(crate) fn translate(locale: &Locale, table: &str, fields: &mut [&mut yew::AttrValue]) {
    let language = locale.language();
    if language == "en" {
        return;
    }
    builtin(&language);
    TRANSLATIONS.with(|t| {
        let t = t.borrow();
        let Some((_, parsed)) = t.iter().find(|(l, _)| *l == language) else {
            return;
        };
        for slot in fields.iter_mut() {
            if let Some(text) = text_at(parsed, table, slot) {
                **slot = yew::AttrValue::from(text);
            }
        }
    });
}

/// A BCP 47 language tag such as `en-US` or `de-DE`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Locale(Rc<str>);

impl Locale {
    /// A locale from a language tag; a blank or malformed tag means English.
    pub fn new(tag: &str) -> Self {
        let tag = tag.trim().replace('_', "-");
        Self(if is_well_formed(&tag) {
            tag.into()
        } else {
            "en".into()
        })
    }

    /// The full tag.
    pub fn tag(&self) -> &str {
        &self.0
    }

    /// The primary language subtag, lowercase (`de` for `de-AT`).
    pub fn language(&self) -> String {
        self.0
            .split(['-', '_'])
            .next()
            .unwrap_or("en")
            .to_ascii_lowercase()
    }

    /// The browser's preferred language, or English outside a browser.
    pub fn from_browser() -> Self {
        #[cfg(target_arch = "wasm32")]
        {
            if let Some(lang) = web_sys::window().and_then(|w| w.navigator().language()) {
                return Self::new(&lang);
            }
        }
        Self::new("en")
    }
}

impl Default for Locale {
    fn default() -> Self {
        Self::new("en")
    }
}

/// A conservative BCP 47 check: a 2–8 letter language, then 2–8 character alphanumeric subtags.
fn is_well_formed(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let lang_ok = parts
        .next()
        .is_some_and(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
    lang_ok
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Replaces `{name}` placeholders in a localized template.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    // One pass: the values are never searched again, so a value holding `{name}` stays as it is.
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            values
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (close, *v))
        });
        match value {
            Some((close, v)) => {
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    localization! {
        /// A test table.
        pub struct Demo / DemoOverrides as "demo" {
            hello: "Hello",
            bye: "Bye",
        }
    }

    #[test]
    fn durations_in_the_largest_exact_unit() {
        let f = Formatter::new(&Locale::new("en"));
        assert_eq!(f.duration(86_400_000), "1 day");
        assert_eq!(f.duration(3 * 86_400_000), "3 days");
        assert_eq!(f.duration(3_600_000), "1 hour");
        assert_eq!(f.duration(5_400_000), "90 minutes");
        assert_eq!(f.duration(1_500), "1500 milliseconds");
        assert_eq!(f.duration(0), "0 milliseconds");
    }

    #[test]
    fn overrides_replace_only_what_they_set() {
        let mut d = Demo::english();
        d.apply(&DemoOverrides {
            bye: Some("Ciao".into()),
            ..Default::default()
        });
        assert_eq!(d.hello, "Hello");
        assert_eq!(d.bye, "Ciao");
    }

    #[test]
    fn translations_fill_what_they_have() {
        assert!(add_translation(
            "xx",
            r#"{"demo": {"Hello": "Hallo"}, "other": {"Bye": "nope"}}"#
        ));
        let d = Demo::for_locale(&Locale::new("xx-CH"));
        assert_eq!((d.hello.as_str(), d.bye.as_str()), ("Hallo", "Bye"));
        assert_eq!(Demo::for_locale(&Locale::new("fr")).hello, "Hello");
        assert!(!add_translation("yy", "[1, 2]"));
        assert!(!add_translation("yy", "not json"));
        assert!(!has_translation("yy"));
    }

    #[test]
    fn german_ships_for_every_string() {
        // Every English string has its German one: a new string without a translation fails.
        let file: serde_json::Value =
            serde_json::from_str(include_str!("../../assets/locales/de.json")).unwrap();
        let de = crate::auth::AuthLocalization::for_locale(&Locale::new("de"));
        assert_eq!(de.sign_in, "Anmelden");
        for (table, names) in [
            ("auth", crate::auth::AuthLocalization::english_texts()),
            (
                "api-key",
                crate::plugins::api_key::ApiKeyLocalization::english_texts(),
            ),
        ] {
            let section = file[table].as_object().unwrap();
            let missing: Vec<_> = names
                .iter()
                .filter(|n| !section.contains_key(**n))
                .collect();
            let extra: Vec<_> = section
                .keys()
                .filter(|k| !names.contains(&k.as_str()))
                .collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "de.json {table}: missing {missing:?}, unknown {extra:?}"
            );
        }
    }

    #[test]
    fn fill_replaces_placeholders() {
        assert_eq!(
            fill(
                "{start}–{end} of {total}",
                &[("start", "1"), ("end", "10"), ("total", "37")]
            ),
            "1–10 of 37"
        );
        assert_eq!(
            fill("Delete {name}", &[("name", "{name}")]),
            "Delete {name}"
        );
        assert_eq!(
            fill("{a}{b} {a} {c} {", &[("a", "1"), ("b", "2")]),
            "12 1 {c} {"
        );
    }

    #[test]
    fn locale_language() {
        assert_eq!(Locale::new("de-AT").language(), "de");
        assert_eq!(Locale::new("DE").language(), "de");
        assert_eq!(Locale::new("").tag(), "en");
        assert_eq!(Locale::new("pt_BR").tag(), "pt-BR");
        assert_eq!(Locale::new("de-DE-1996").tag(), "de-DE-1996");
        for bad in ["x", "12-DE", "de--DE", "de-DE-\"><", "en-x-a"] {
            assert_eq!(Locale::new(bad).tag(), "en", "{bad}");
        }
    }
}
