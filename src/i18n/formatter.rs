//! Dates, numbers and durations in the configured locale, through the browser's `Intl`.

use std::rc::Rc;

use super::Locale;
use crate::time::Timestamp;

/// A quarter hour and its date's text.
type DateText = (i64, Rc<str>);

/// Formats dates and numbers for one locale. The `Intl` formatters are costly to build (the
/// browser loads locale data, 5 to 15 ms each), so each is built on first use and shared by
/// every clone.
#[derive(Clone)]
pub struct Formatter {
    locale: Locale,
    /// Formatted dates by quarter hour: a date's text cannot change within 15 minutes in any
    /// time zone, and a page of keys made together shares one entry instead of crossing into
    /// JavaScript once per row.
    /// A few recent entries, looked up in order: a page's keys share a handful of dates.
    dates: Rc<std::cell::RefCell<Vec<DateText>>>,
    #[cfg(target_arch = "wasm32")]
    date_format: Rc<std::cell::OnceCell<js_sys::Intl::DateTimeFormat>>,
    #[cfg(target_arch = "wasm32")]
    number_format: Rc<std::cell::OnceCell<js_sys::Intl::NumberFormat>>,
}

impl PartialEq for Formatter {
    fn eq(&self, other: &Self) -> bool {
        self.locale == other.locale
    }
}

impl std::fmt::Debug for Formatter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Formatter({})", self.locale.tag())
    }
}

impl Formatter {
    /// Formatters for `locale`.
    pub fn new(locale: &Locale) -> Self {
        Self {
            locale: locale.clone(),
            dates: Rc::default(),
            #[cfg(target_arch = "wasm32")]
            date_format: Rc::default(),
            #[cfg(target_arch = "wasm32")]
            number_format: Rc::default(),
        }
    }

    // `Locale::new` only admits well-formed tags, so Intl cannot throw; a tag the runtime does
    // not support falls back to its default locale by itself.
    #[cfg(target_arch = "wasm32")]
    fn locales(&self) -> js_sys::Array {
        js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(self.locale.tag()))
    }

    #[cfg(target_arch = "wasm32")]
    fn date_format(&self) -> &js_sys::Intl::DateTimeFormat {
        self.date_format.get_or_init(|| {
            if let Some(early) = self.early_date_format() {
                return early;
            }
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
            js_sys::Intl::DateTimeFormat::new(&self.locales(), &options)
        })
    }

    /// The formatter the bundled app's page built while the app downloaded (building one costs
    /// the browser tens of milliseconds), if it is for this locale.
    #[cfg(target_arch = "wasm32")]
    fn early_date_format(&self) -> Option<js_sys::Intl::DateTimeFormat> {
        use wasm_bindgen::JsCast;
        let window: wasm_bindgen::JsValue = web_sys::window()?.into();
        let early = js_sys::Reflect::get(&window, &"__baPreload".into())
            .and_then(|p| js_sys::Reflect::get(&p, &"dates".into()))
            .ok()
            .filter(|d| d.is_object())?;
        let tag = js_sys::Reflect::get(&early, &"tag".into())
            .ok()?
            .as_string()?;
        if Locale::new(&tag) != self.locale {
            return None;
        }
        js_sys::Reflect::get(&early, &"format".into())
            .ok()?
            .dyn_into()
            .ok()
    }

    #[cfg(target_arch = "wasm32")]
    fn number_format(&self) -> &js_sys::Intl::NumberFormat {
        self.number_format.get_or_init(|| {
            js_sys::Intl::NumberFormat::new(&self.locales(), &js_sys::Object::new())
        })
    }

    /// Builds the date formatter now (the one every key row needs), e.g. while waiting for the
    /// network.
    pub fn warm_up(&self) {
        #[cfg(target_arch = "wasm32")]
        let _ = self.date_format();
    }

    /// The locale these formatters use.
    pub fn locale(&self) -> &Locale {
        &self.locale
    }

    /// A medium-length date, e.g. "Jan 5, 2026" or "05.01.2026".
    pub fn date(&self, t: Timestamp) -> String {
        const QUARTER_HOUR: i64 = 15 * 60 * 1000;
        let bucket = t.millis().div_euclid(QUARTER_HOUR);
        if let Some((_, hit)) = self.dates.borrow().iter().find(|(b, _)| *b == bucket) {
            return hit.to_string();
        }
        let text = self.format_date(t);
        let mut dates = self.dates.borrow_mut();
        if dates.len() >= 64 {
            dates.remove(0);
        }
        dates.push((bucket, text.as_str().into()));
        text
    }

    fn format_date(&self, t: Timestamp) -> String {
        #[cfg(target_arch = "wasm32")]
        {
            let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(t.millis() as f64));
            self.date_format()
                .format()
                .call1(&wasm_bindgen::JsValue::UNDEFINED, &d)
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default()
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            // Natively (unit tests) there is no Intl: days since the epoch are enough to compare.
            format!("day {}", t.millis().div_euclid(86_400_000))
        }
    }

    /// A whole number with the locale's grouping, e.g. "1,000" or "1.000".
    pub fn number(&self, n: u64) -> String {
        #[cfg(target_arch = "wasm32")]
        {
            self.number_format()
                .format()
                .call1(
                    &wasm_bindgen::JsValue::UNDEFINED,
                    &wasm_bindgen::JsValue::from_f64(n as f64),
                )
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_else(|| n.to_string())
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            n.to_string()
        }
    }

    /// A span of time in the largest unit that states it exactly, in the locale's words:
    /// 86 400 000 ms is "1 day" ("1 Tag"), 5 400 000 ms "90 minutes".
    pub fn duration(&self, millis: u64) -> String {
        const UNITS: [(&str, u64); 5] = [
            ("day", 86_400_000),
            ("hour", 3_600_000),
            ("minute", 60_000),
            ("second", 1_000),
            ("millisecond", 1),
        ];
        let (unit, size) = UNITS
            .into_iter()
            .find(|(_, size)| millis % size == 0 && millis >= *size)
            .unwrap_or(("millisecond", 1));
        let n = millis / size;
        #[cfg(target_arch = "wasm32")]
        {
            let options = js_sys::Object::new();
            for (k, v) in [("style", "unit"), ("unit", unit), ("unitDisplay", "long")] {
                let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
            }
            js_sys::Intl::NumberFormat::new(&self.locales(), &options)
                .format()
                .call1(
                    &wasm_bindgen::JsValue::UNDEFINED,
                    &wasm_bindgen::JsValue::from_f64(n as f64),
                )
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_else(|| format!("{n} {unit}"))
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            format!("{n} {unit}{}", if n == 1 { "" } else { "s" })
        }
    }
}
