//! JSON text the client passes through without reading it (an API key's metadata): checked and
//! normalized by the browser's `JSON.parse`/`JSON.stringify` (serde_json natively), decoded
//! from an answer by json.rs's deserializer, and spliced into a request body as it is.

/// A JSON value kept as compact JSON text (an API key's metadata): shown, edited and sent as
/// it is, never interpreted, so no JSON number or tree code is needed for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonText(String);

/// The newtype name by which the browser deserializer recognizes a [`JsonText`].
pub(super) const JSON_TEXT: &str = "\0JsonText";

/// Why typed text is not the JSON object it should be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonTextError {
    /// Not JSON at all.
    Invalid,
    /// JSON, but not an object (`[1]`, `"text"`, `42`, `null`).
    NotObject,
}

impl JsonText {
    /// The compact JSON text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Typed text that must be a JSON object, normalized to compact JSON.
    #[cfg(target_arch = "wasm32")]
    pub fn parse_object(text: &str) -> Result<Self, JsonTextError> {
        let value = js_sys::JSON::parse(text).map_err(|_| JsonTextError::Invalid)?;
        if !value.is_object() || js_sys::Array::is_array(&value) {
            return Err(JsonTextError::NotObject);
        }
        js_sys::JSON::stringify(&value)
            .ok()
            .and_then(|s| s.as_string())
            .map(Self)
            .ok_or(JsonTextError::Invalid)
    }

    /// Typed text that must be a JSON object, normalized to compact JSON.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn parse_object(text: &str) -> Result<Self, JsonTextError> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|_| JsonTextError::Invalid)?;
        if !value.is_object() {
            return Err(JsonTextError::NotObject);
        }
        Ok(Self(value.to_string()))
    }

    /// Indented for reading (two spaces), as `JSON.stringify(value, null, 2)` writes it.
    #[cfg(target_arch = "wasm32")]
    pub fn pretty(&self) -> String {
        js_sys::JSON::parse(&self.0)
            .ok()
            .and_then(|v| {
                js_sys::JSON::stringify_with_replacer_and_space(
                    &v,
                    &wasm_bindgen::JsValue::NULL,
                    &wasm_bindgen::JsValue::from(2),
                )
                .ok()
            })
            .and_then(|s| s.as_string())
            .unwrap_or_else(|| self.0.clone())
    }

    /// Indented for reading (two spaces), as `JSON.stringify(value, null, 2)` writes it.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn pretty(&self) -> String {
        serde_json::from_str::<serde_json::Value>(&self.0)
            .ok()
            .and_then(|v| serde_json::to_string_pretty(&v).ok())
            .unwrap_or_else(|| self.0.clone())
    }
}

impl<'de> serde::Deserialize<'de> for JsonText {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Text;
        impl<'de> serde::de::Visitor<'de> for Text {
            type Value = JsonText;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_str<E>(self, s: &str) -> Result<JsonText, E> {
                Ok(JsonText(s.to_owned()))
            }
            // Natively serde_json hands over the value itself.
            #[cfg(not(target_arch = "wasm32"))]
            fn visit_newtype_struct<D: serde::Deserializer<'de>>(
                self,
                d: D,
            ) -> Result<JsonText, D::Error> {
                let value = <serde_json::Value as serde::Deserialize>::deserialize(d)?;
                Ok(JsonText(value.to_string()))
            }
        }
        d.deserialize_newtype_struct(JSON_TEXT, Text)
    }
}

/// `body` (a JSON object's text, as [`super::json::encode`] writes it) with one more member whose value is
/// JSON text: `None` writes `null`. Bodies with metadata use it, since their JSON is not a
/// serde type here.
pub fn with_member(body: String, name: &str, value: Option<&JsonText>) -> String {
    let Some(open) = body.strip_suffix('}') else {
        return body;
    };
    let comma = if open.trim_end().ends_with('{') {
        ""
    } else {
        ","
    };
    let value = value.map_or("null", JsonText::as_str);
    format!("{open}{comma}\"{name}\":{value}}}")
}
