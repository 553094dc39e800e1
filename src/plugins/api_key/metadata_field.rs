//! The metadata field of the create and edit dialogs (option `metadata`): JSON typed by hand,
//! checked in the browser before it is sent, kept as typed when it is wrong.

use yew::prelude::*;

use super::use_ctx;
use crate::client::json::{JsonText, JsonTextError};
use crate::ui::TextField;

/// What the field holds: nothing (blank), or a JSON object.
pub fn parse_metadata(text: &str) -> Result<Option<JsonText>, JsonTextError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    JsonText::parse_object(text).map(Some)
}

/// Props of [`MetadataField`].
#[derive(Properties, PartialEq)]
pub struct MetadataFieldProps {
    pub value: AttrValue,
    pub on_input: Callback<String>,
    /// Why the value cannot be sent, once the user tried to.
    pub error: Option<JsonTextError>,
    pub pending: bool,
    pub node_ref: NodeRef,
}

/// A labelled, monospace JSON text area with a hint and its error.
#[component]
pub fn MetadataField(props: &MetadataFieldProps) -> Html {
    let ctx = use_ctx();
    let l = &ctx.l;
    let error = props.error.map(|e| match e {
        JsonTextError::Invalid => l.metadata_invalid.clone(),
        JsonTextError::NotObject => l.metadata_not_object.clone(),
    });
    html! {
        <TextField label={l.metadata.clone()} value={props.value.clone()} on_input={props.on_input.clone()}
            rows={Some(4)} monospace=true placeholder={AttrValue::Static("{\"team\": \"ops\"}")}
            hint={l.metadata_hint.clone()} {error} pending={props.pending}
            node_ref={props.node_ref.clone()} />
    }
}
