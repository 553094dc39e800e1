//! "New API key": the secret, shown once, with copy. Escape or a click outside never silently
//! loses a key that was not copied.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::model::Secret;
use super::use_ctx;
use crate::ui::clipboard::{copy_text, CopyOutcome};
use crate::ui::ids::use_id;
use crate::ui::{alert, icons, AlertKind, Button, ButtonVariant, Dialog};

/// How long the button says "Copied to clipboard".
const COPIED_MS: u32 = 2_000;

/// Props of [`NewApiKeyDialog`].
#[derive(Properties, PartialEq)]
pub struct NewApiKeyDialogProps {
    /// The key's name, or "API key".
    pub name: AttrValue,
    /// The new key in plaintext, shown (and copyable) only here.
    pub secret: Secret,
    /// Closes the dialog; the owner drops the secret.
    pub on_close: Callback<()>,
    /// Where focus goes when the dialog closes and the button that opened it is gone.
    /// Default: none (focus is left where the browser puts it).
    #[prop_or_default]
    pub fallback_focus: Option<NodeRef>,
}

/// Shows a freshly created key once.
#[component]
pub fn NewApiKeyDialog(props: &NewApiKeyDialogProps) -> Html {
    let ctx = use_ctx();
    let l = ctx.l.clone();
    let shell = ctx.auth.localization().clone();
    let copied = use_state_eq(|| false);
    let flash = use_state_eq(|| false);
    let manual = use_state_eq(|| false);
    let confirming = use_state_eq(|| false);
    let input_ref = use_node_ref();
    let confirm_id = use_id("confirm");
    let keep_ref = use_node_ref();
    let copy_ref = use_node_ref();
    // The "Copied" label resets after a while; a new copy restarts the timer.
    let timer = use_mut_ref(|| Option::<gloo_timers::callback::Timeout>::None);

    let copy = {
        let (copied, flash, manual, timer) =
            (copied.clone(), flash.clone(), manual.clone(), timer.clone());
        let input_ref = input_ref.clone();
        let secret = props.secret.clone();
        Callback::from(move |_: MouseEvent| {
            let (copied, flash, manual, timer) =
                (copied.clone(), flash.clone(), manual.clone(), timer.clone());
            let field = input_ref.cast::<HtmlTextAreaElement>();
            let secret = secret.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match copy_text(secret.expose(), field).await {
                    CopyOutcome::Copied => {
                        copied.set(true);
                        manual.set(false);
                        flash.set(true);
                        let flash = flash.clone();
                        *timer.borrow_mut() =
                            Some(gloo_timers::callback::Timeout::new(COPIED_MS, move || {
                                flash.set(false)
                            }));
                    }
                    CopyOutcome::Manual => manual.set(true),
                }
            });
        })
    };
    // A copy by keyboard shortcut or context menu counts as copied too.
    let oncopy = {
        let copied = copied.clone();
        Callback::from(move |_: Event| copied.set(true))
    };
    let on_dismiss = {
        let (copied, confirming, on_close) =
            (copied.clone(), confirming.clone(), props.on_close.clone());
        Callback::from(move |()| {
            if *copied {
                on_close.emit(());
            } else {
                // Escape again while asking means "no, keep it open".
                confirming.set(!*confirming);
            }
        })
    };
    let done = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    let keep_open = {
        let (confirming, copy_ref) = (confirming.clone(), copy_ref.clone());
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            if let Some(el) = copy_ref.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        })
    };
    {
        // Asking moves focus to the safe answer.
        let keep_ref = keep_ref.clone();
        use_effect_with(*confirming, move |confirming| {
            if *confirming {
                if let Some(el) = keep_ref.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }

    let copy_label = if *flash {
        shell.copied_to_clipboard.clone()
    } else {
        shell.copy_to_clipboard.clone()
    };
    let field_id = use_id("new-key");

    html! {
        <Dialog title={l.new_api_key.clone()} description={l.new_api_key_warning.clone()}
            on_dismiss={on_dismiss} initial_focus={copy_ref.clone()}
            fallback_focus={props.fallback_focus.clone()}>
            // A text area, so the whole key is visible, wrapped, never cut off.
            <div class="ba-field" {oncopy}>
                <label class="ba-label" for={field_id.clone()} dir="auto">{ props.name.clone() }</label>
                <textarea id={field_id} ref={input_ref} class="ba-input ba-input-mono ba-secret" readonly=true
                    rows="3" spellcheck="false" autocomplete="off"
                    value={AttrValue::from(props.secret.expose().to_owned())} />
            </div>
            <div class="ba-copy-row">
                <Button variant={ButtonVariant::Outline} node_ref={copy_ref.clone()} onclick={copy}>
                    if *flash { { icons::check() } } else { { icons::copy() } }
                    { copy_label }
                </Button>
            </div>
            // Announces the copy to screen readers; the button's label changes for sighted users.
            <p class="ba-sr-only" role="status" aria-live="polite">
                if *flash { { shell.copied_to_clipboard.clone() } }
            </p>
            if *manual {
                { alert(AlertKind::Warning, AttrValue::from(l.copy_fallback.clone()), Html::default()) }
            }
            if *confirming {
                <div class="ba-confirm" role="group" aria-labelledby={confirm_id.clone()}>
                    <p class="ba-label ba-confirm-title" id={confirm_id}>{ l.close_without_copying.clone() }</p>
                    { alert(AlertKind::Warning, AttrValue::from(l.close_without_copying_warning.clone()), Html::default()) }
                    <div class="ba-dialog-footer">
                        <Button variant={ButtonVariant::Destructive} onclick={done.clone()}>
                            { l.close_anyway.clone() }
                        </Button>
                        <Button variant={ButtonVariant::Outline} node_ref={keep_ref} onclick={keep_open}>
                            { l.keep_open.clone() }
                        </Button>
                    </div>
                </div>
            }
            <div class="ba-dialog-footer">
                <Button onclick={done}>{ l.dismiss_new_key.clone() }</Button>
            </div>
        </Dialog>
    }
}
