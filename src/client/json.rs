//! JSON in and out of the client, in one place. In the browser the browser's own `JSON.parse`
//! and `JSON.stringify` do the text work: answers are read from the parsed JS value by the small
//! serde deserializer below, bodies written by serde-wasm-bindgen. That keeps serde_json's
//! parser and float code out of the app (about 10 KB brotli), and an error type that drops
//! serde's messages keeps their float formatting out as well. Natively (unit tests) serde_json
//! does the same job.

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::error::ClientError;
pub use super::json_text::{with_member, JsonText, JsonTextError};

/// Decodes a successful body, mapping failures to [`ClientError::Decode`].
#[cfg(target_arch = "wasm32")]
pub fn decode<T: DeserializeOwned>(body: &str) -> Result<T, ClientError> {
    let value = js_sys::JSON::parse(body).map_err(|_| ClientError::Decode("not JSON".into()))?;
    T::deserialize(js::Value(value))
        .map_err(|_| ClientError::Decode("an answer of another shape".into()))
}

/// Decodes a successful body, mapping failures to [`ClientError::Decode`].
#[cfg(not(target_arch = "wasm32"))]
pub fn decode<T: DeserializeOwned>(body: &str) -> Result<T, ClientError> {
    serde_json::from_str(body).map_err(|e| ClientError::Decode(e.to_string()))
}

/// A request body. The bodies are plain structs of strings, numbers and booleans, for which
/// encoding cannot fail. A present `None` is sent as `null` (it removes an expiry), an absent
/// field (`skip_serializing_if`) is left out.
#[cfg(target_arch = "wasm32")]
pub fn encode(body: &impl Serialize) -> String {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    body.serialize(&serializer)
        .ok()
        .and_then(|v| js_sys::JSON::stringify(&v).ok())
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| String::from("{}"))
}

/// A request body (see the browser version).
#[cfg(not(target_arch = "wasm32"))]
pub fn encode(body: &impl Serialize) -> String {
    serde_json::to_string(body).unwrap_or_else(|_| String::from("{}"))
}

/// Reading a parsed JSON value (a JS value) through serde.
#[cfg(target_arch = "wasm32")]
mod js {
    use js_sys::{Array, Object, Reflect};
    use serde::de::{self, DeserializeSeed, Visitor};
    use wasm_bindgen::{JsCast, JsValue};

    /// The one error: the answer has another shape. Serde's messages are dropped unread.
    #[derive(Debug)]
    pub struct Mismatch;

    impl std::fmt::Display for Mismatch {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("an answer of another shape")
        }
    }

    impl std::error::Error for Mismatch {}

    impl de::Error for Mismatch {
        fn custom<T: std::fmt::Display>(_: T) -> Self {
            Mismatch
        }
    }

    /// A value `JSON.parse` made.
    pub struct Value(pub JsValue);

    /// JSON numbers up to this are integers exactly (2^53).
    const EXACT: f64 = 9_007_199_254_740_992.0;

    impl<'de> de::Deserializer<'de> for Value {
        type Error = Mismatch;

        fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Mismatch> {
            let js = self.0;
            if js.is_null() || js.is_undefined() {
                v.visit_unit()
            } else if let Some(b) = js.as_bool() {
                v.visit_bool(b)
            } else if let Some(n) = js.as_f64() {
                if n.fract() == 0.0 && (0.0..EXACT).contains(&n) {
                    v.visit_u64(n as u64)
                } else if n.fract() == 0.0 && (-EXACT..0.0).contains(&n) {
                    v.visit_i64(n as i64)
                } else {
                    v.visit_f64(n)
                }
            } else if let Some(s) = js.as_string() {
                v.visit_string(s)
            } else if Array::is_array(&js) {
                let items: Array = js.unchecked_into();
                v.visit_seq(Items { items, next: 0 })
            } else if js.is_object() {
                let keys = Object::keys(js.unchecked_ref::<Object>());
                v.visit_map(Entries {
                    object: js,
                    keys,
                    next: 0,
                })
            } else {
                Err(Mismatch)
            }
        }

        fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Mismatch> {
            if self.0.is_null() || self.0.is_undefined() {
                v.visit_none()
            } else {
                v.visit_some(self)
            }
        }

        fn deserialize_newtype_struct<V: Visitor<'de>>(
            self,
            name: &'static str,
            v: V,
        ) -> Result<V::Value, Mismatch> {
            // A `JsonText` wants the value's JSON text, which the browser writes.
            if name == crate::client::json_text::JSON_TEXT {
                let text = js_sys::JSON::stringify(&self.0)
                    .ok()
                    .and_then(|s| s.as_string())
                    .ok_or(Mismatch)?;
                return v.visit_string(text);
            }
            v.visit_newtype_struct(self)
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
            unit unit_struct seq tuple tuple_struct map struct enum identifier ignored_any
        }
    }

    struct Items {
        items: Array,
        next: u32,
    }

    impl<'de> de::SeqAccess<'de> for Items {
        type Error = Mismatch;

        fn next_element_seed<T: DeserializeSeed<'de>>(
            &mut self,
            seed: T,
        ) -> Result<Option<T::Value>, Mismatch> {
            if self.next >= self.items.length() {
                return Ok(None);
            }
            let item = self.items.get(self.next);
            self.next += 1;
            seed.deserialize(Value(item)).map(Some)
        }
    }

    struct Entries {
        object: JsValue,
        keys: Array,
        next: u32,
    }

    impl<'de> de::MapAccess<'de> for Entries {
        type Error = Mismatch;

        fn next_key_seed<K: DeserializeSeed<'de>>(
            &mut self,
            seed: K,
        ) -> Result<Option<K::Value>, Mismatch> {
            if self.next >= self.keys.length() {
                return Ok(None);
            }
            seed.deserialize(Value(self.keys.get(self.next))).map(Some)
        }

        fn next_value_seed<V: DeserializeSeed<'de>>(
            &mut self,
            seed: V,
        ) -> Result<V::Value, Mismatch> {
            let key = self.keys.get(self.next);
            self.next += 1;
            let value = Reflect::get(&self.object, &key).map_err(|_| Mismatch)?;
            seed.deserialize(Value(value))
        }
    }
}
