//! Helpers for component tests in headless Chromium: mount a component into a fresh element,
//! find elements the way a user does (role, accessible name, label, text), act (click, type,
//! press keys), and wait for the result with a bounded timeout.
#![allow(dead_code)]

use std::time::Duration;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::Router;

use better_auth_ui::auth::{AuthProvider, Plugins};
use better_auth_ui::client::{Client, MemoryClient};
use better_auth_ui::plugins::api_key::memory::ApiKeyBackend;
use better_auth_ui::plugins::api_key::{api_key_plugin, ApiKeyOptions};

pub mod clipboard;

/// An in-memory server with the API-key routes and nobody signed in.
pub fn server() -> MemoryClient {
    MemoryClient::new().with(ApiKeyBackend::default())
}

/// An in-memory server with the API-key routes and one user signed in.
pub fn server_signed_in(name: &str, email: &str) -> MemoryClient {
    MemoryClient::signed_in(name, email).with(ApiKeyBackend::default())
}

/// How long `wait_for` waits before failing.
pub const TIMEOUT: Duration = Duration::from_secs(4);

/// A mounted component; unmounts and removes its element when dropped.
pub struct Mounted {
    root: Element,
    id: u64,
}

impl Mounted {
    /// The element the component was mounted into.
    pub fn root(&self) -> &Element {
        &self.root
    }
}

/// Unmounts one app.
type Destroy = Box<dyn FnOnce()>;

thread_local! {
    // A failed test panics before its `Mounted` is dropped; the next mount destroys what it
    // left behind, so one failure cannot cascade into the following tests.
    static LIVE: std::cell::RefCell<Vec<(u64, Destroy)>> = Default::default();
    static NEXT_ID: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

fn destroy_leftovers() {
    let leftovers: Vec<_> = LIVE.with(|l| l.borrow_mut().drain(..).collect());
    for (_, destroy) in leftovers {
        destroy();
    }
    for el in all("[data-test-root]") {
        el.remove();
    }
    if let Some(body) = document().body() {
        let _ = body.style().remove_property("overflow");
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        let destroy = LIVE.with(|l| {
            let mut l = l.borrow_mut();
            l.iter()
                .position(|(id, _)| *id == self.id)
                .map(|i| l.remove(i).1)
        });
        if let Some(destroy) = destroy {
            destroy();
        }
        self.root.remove();
    }
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts `C` with `props` into a new element at the end of `<body>` (never `#output`, which the
/// test runner reads) and lets it render.
pub async fn mount<C>(props: C::Properties) -> Mounted
where
    C: BaseComponent,
{
    destroy_leftovers();
    let root = document().create_element("div").unwrap();
    root.set_attribute("data-test-root", "").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
    let id = NEXT_ID.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    LIVE.with(|l| {
        l.borrow_mut()
            .push((id, Box::new(move || handle.destroy())))
    });
    yew::scheduler::flush().await;
    Mounted { root, id }
}

/// Props of [`Harness`].
#[derive(Properties, PartialEq)]
pub struct HarnessProps {
    pub client: MemoryClient,
    #[prop_or_default]
    pub plugins: Option<Plugins>,
    #[prop_or(AttrValue::Static("en-US"))]
    pub locale: AttrValue,
    /// Where the in-memory router starts.
    #[prop_or(AttrValue::Static("/settings/security"))]
    pub path: AttrValue,
    #[prop_or_default]
    pub children: Html,
}

/// `AuthProvider` around the children, with an in-memory server, the API-key plugin by default,
/// and an in-memory router.
#[function_component]
pub fn Harness(props: &HarnessProps) -> Html {
    let client = use_memo((), {
        let c = props.client.clone();
        move |()| Client::new(c)
    });
    let plugins = use_memo((), {
        let p = props.plugins.clone();
        move |()| {
            p.unwrap_or_else(|| {
                Plugins::from(vec![api_key_plugin(ApiKeyOptions {
                    organization: true,
                    ..Default::default()
                })])
            })
        }
    });
    let history = use_memo((), {
        let path = props.path.to_string();
        move |()| {
            let h = AnyHistory::from(MemoryHistory::new());
            h.push(path);
            h
        }
    });
    html! {
        <Router history={(*history).clone()}>
            <AuthProvider client={(*client).clone()} plugins={(*plugins).clone()} locale={props.locale.clone()}>
                { props.children.clone() }
            </AuthProvider>
        </Router>
    }
}

/// Mounts `children` inside a [`Harness`].
pub async fn mount_with(client: &MemoryClient, children: Html) -> Mounted {
    mount::<Harness>(HarnessProps {
        client: client.clone(),
        plugins: None,
        locale: "en-US".into(),
        path: "/settings/security".into(),
        children,
    })
    .await
}

/// Mounts `children` inside a [`Harness`] with these plugins.
pub async fn mount_with_plugins(
    client: &MemoryClient,
    plugins: Plugins,
    children: Html,
) -> Mounted {
    mount::<Harness>(HarnessProps {
        client: client.clone(),
        plugins: Some(plugins),
        locale: "en-US".into(),
        path: "/settings/security".into(),
        children,
    })
    .await
}

/// Mounts `children` inside a [`Harness`] in a locale.
pub async fn mount_in(client: &MemoryClient, locale: &str, children: Html) -> Mounted {
    mount::<Harness>(HarnessProps {
        client: client.clone(),
        plugins: None,
        locale: AttrValue::from(locale.to_owned()),
        path: "/settings/security".into(),
        children,
    })
    .await
}

/// Whether `text` is anywhere in the page: its markup, or the value of any field (a text
/// area's value is a property, never in the markup).
pub fn in_page(text: &str) -> bool {
    page_html().contains(text)
        || all("input, textarea").iter().any(|e| {
            e.dyn_ref::<HtmlInputElement>()
                .map(|i| i.value())
                .or_else(|| {
                    e.dyn_ref::<web_sys::HtmlTextAreaElement>()
                        .map(|t| t.value())
                })
                .is_some_and(|v| v.contains(text))
        })
}

/// The page's HTML.
pub fn page_html() -> String {
    document().document_element().unwrap().outer_html()
}

/// Mounts the whole app's pages at `path`, with an in-memory router and server.
pub async fn mount_app(client: &MemoryClient, path: &str) -> Mounted {
    mount_app_in(client, path, "en-US").await
}

/// [`mount_app`] in a given locale.
pub async fn mount_app_in(client: &MemoryClient, path: &str, locale: &str) -> Mounted {
    use better_auth_ui::app::switch;
    use better_auth_ui::routing::Route;
    use yew_router::Switch;
    mount::<Harness>(HarnessProps {
        client: client.clone(),
        plugins: None,
        locale: AttrValue::from(locale.to_owned()),
        path: AttrValue::from(path.to_owned()),
        // As the bundled app renders it: one library root around the pages.
        children: html! { <better_auth_ui::ui::Root><Switch<Route> render={switch} /></better_auth_ui::ui::Root> },
    })
    .await
}

// ---------------------------------------------------------------------------------------------
// Queries. They search the whole document: dialogs render at the end of <body>.

fn normalize(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every element matching a CSS selector, in document order.
pub fn all(selector: &str) -> Vec<Element> {
    let list = document().query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

/// The text of an element, whitespace collapsed, with a space between child elements. Built
/// from the DOM rather than `innerText`, which is empty for rows the browser skips rendering
/// (`content-visibility: auto` off screen) although they are present and accessible.
pub fn text(el: &Element) -> String {
    fn collect(node: &web_sys::Node, out: &mut String) {
        let children = node.child_nodes();
        for i in 0..children.length() {
            let Some(child) = children.item(i) else {
                continue;
            };
            match child.node_type() {
                web_sys::Node::TEXT_NODE => out.push_str(&child.text_content().unwrap_or_default()),
                web_sys::Node::ELEMENT_NODE => {
                    let tag = child.node_name();
                    if tag == "STYLE" || tag == "SCRIPT" {
                        continue;
                    }
                    out.push(' ');
                    collect(&child, out);
                    out.push(' ');
                }
                _ => {}
            }
        }
    }
    let mut out = String::new();
    collect(el, &mut out);
    normalize(&out)
}

/// The whole page's visible text.
pub fn page_text() -> String {
    text(&document().body().unwrap().into())
}

fn implicit_role(el: &Element) -> Option<String> {
    let tag = el.tag_name().to_ascii_lowercase();
    let ty = el
        .get_attribute("type")
        .unwrap_or_default()
        .to_ascii_lowercase();
    Some(
        match tag.as_str() {
            "button" => "button",
            "a" if el.has_attribute("href") => "link",
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => "heading",
            "input" => match ty.as_str() {
                "checkbox" => "checkbox",
                "radio" => "radio",
                "button" | "submit" | "reset" => "button",
                _ => "textbox",
            },
            "textarea" => "textbox",
            "select" => "combobox",
            "nav" => "navigation",
            "ul" | "ol" => "list",
            "li" => "listitem",
            "main" => "main",
            "section" if el.has_attribute("aria-labelledby") || el.has_attribute("aria-label") => {
                "region"
            }
            "option" => "option",
            "dialog" => "dialog",
            _ => return None,
        }
        .to_owned(),
    )
}

/// The element's role: explicit `role`, else the implicit one of its tag.
pub fn role(el: &Element) -> Option<String> {
    el.get_attribute("role").or_else(|| implicit_role(el))
}

/// A simplified accessible name: aria-labelledby, aria-label, `<label>`, then content.
pub fn accessible_name(el: &Element) -> String {
    if let Some(ids) = el.get_attribute("aria-labelledby") {
        let parts: Vec<String> = ids
            .split_whitespace()
            .filter_map(|id| document().get_element_by_id(id))
            .map(|e| text(&e))
            .collect();
        if !parts.is_empty() {
            return normalize(&parts.join(" "));
        }
    }
    if let Some(label) = el.get_attribute("aria-label") {
        return normalize(&label);
    }
    if let Some(id) = el.get_attribute("id") {
        if let Some(label) = all(&format!("label[for=\"{id}\"]")).first() {
            return text(label);
        }
    }
    if let Some(label) = el.closest("label").ok().flatten() {
        return text(&label);
    }
    let content = text(el);
    if content.is_empty() {
        el.get_attribute("title").unwrap_or_default()
    } else {
        content
    }
}

fn is_hidden(el: &Element) -> bool {
    // aria-hidden subtrees and the visually-hidden pattern still count as present for roles
    // like status; only aria-hidden removes an element from the accessibility tree.
    el.closest("[aria-hidden=\"true\"]")
        .ok()
        .flatten()
        .is_some()
}

/// All elements with `role` and exactly this accessible name.
pub fn all_by_role(role_name: &str, name: &str) -> Vec<Element> {
    all("*")
        .into_iter()
        .filter(|e| role(e).as_deref() == Some(role_name) && !is_hidden(e))
        .filter(|e| accessible_name(e) == name)
        .collect()
}

/// The one element with `role` and accessible name `name`, if any.
pub fn find_by_role(role_name: &str, name: &str) -> Option<Element> {
    let mut found = all_by_role(role_name, name);
    assert!(
        found.len() <= 1,
        "{} elements with role {role_name:?} named {name:?}",
        found.len()
    );
    found.pop()
}

/// Like [`find_by_role`] but panics with the page text when missing.
pub fn by_role(role_name: &str, name: &str) -> Element {
    find_by_role(role_name, name).unwrap_or_else(|| {
        panic!(
            "no {role_name:?} named {name:?}; roles present: {:?}",
            all("*")
                .iter()
                .filter(|e| role(e).as_deref() == Some(role_name))
                .map(accessible_name)
                .collect::<Vec<_>>()
        )
    })
}

/// The one element with `role` and `name` inside `container`.
pub fn within(container: &Element, role_name: &str, name: &str) -> Element {
    let found: Vec<Element> = all_by_role(role_name, name)
        .into_iter()
        .filter(|e| container.contains(Some(e)))
        .collect();
    assert_eq!(found.len(), 1, "{role_name} {name:?} inside the container");
    found.into_iter().next().unwrap()
}

/// All elements with a role (any name).
pub fn all_with_role(role_name: &str) -> Vec<Element> {
    all("*")
        .into_iter()
        .filter(|e| role(e).as_deref() == Some(role_name) && !is_hidden(e))
        .collect()
}

/// The form control labelled `label`.
pub fn by_label(label: &str) -> HtmlInputElement {
    let el = all("input, select, textarea")
        .into_iter()
        .find(|e| accessible_name(e) == label)
        .unwrap_or_else(|| panic!("no control labelled {label:?}"));
    el.unchecked_into()
}

/// The select labelled `label`.
pub fn select_by_label(label: &str) -> HtmlSelectElement {
    let el = all("select")
        .into_iter()
        .find(|e| accessible_name(e) == label)
        .unwrap_or_else(|| panic!("no select labelled {label:?}"));
    el.unchecked_into()
}

/// Whether some element's own text is exactly `s`.
pub fn has_text(s: &str) -> bool {
    all("body *").iter().any(|e| {
        e.children().length() == 0 && text(e) == s || e.children().length() > 0 && own_text(e) == s
    })
}

fn own_text(el: &Element) -> String {
    let nodes = el.child_nodes();
    let mut s = String::new();
    for i in 0..nodes.length() {
        if let Some(n) = nodes.item(i) {
            if n.node_type() == web_sys::Node::TEXT_NODE {
                s.push_str(&n.text_content().unwrap_or_default());
            }
        }
    }
    normalize(&s)
}

/// The focused element.
pub fn focused() -> Option<Element> {
    document().active_element()
}

/// Whether a control is disabled for the user (natively or by aria-disabled).
pub fn is_disabled(el: &Element) -> bool {
    el.has_attribute("disabled") || el.get_attribute("aria-disabled").as_deref() == Some("true")
}

// ---------------------------------------------------------------------------------------------
// Actions.

/// Clicks an element, then lets Yew render.
pub async fn click(el: &Element) {
    el.dyn_ref::<HtmlElement>()
        .expect("clickable element")
        .click();
    settle().await;
}

/// Types into an input: sets the value and fires `input`, like a user would.
pub async fn type_into(input: &HtmlInputElement, value: &str) {
    input.focus().unwrap();
    input.set_value(value);
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
    settle().await;
}

/// Chooses an option of a select by value, firing `change`.
pub async fn choose(select: &HtmlSelectElement, value: &str) {
    select.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("change", &init).unwrap();
    select.dispatch_event(&event).unwrap();
    settle().await;
}

/// Toggles a checkbox like a click would.
pub async fn toggle(checkbox: &HtmlInputElement) {
    checkbox.click();
    settle().await;
}

/// Presses a key on the focused element (or the body), bubbling like a real keydown.
pub async fn press(key: &str) {
    press_with(key, false).await;
}

/// Presses a key with Shift held.
pub async fn press_shift(key: &str) {
    press_with(key, true).await;
}

async fn press_with(key: &str, shift: bool) {
    let target: web_sys::EventTarget = focused()
        .map(Into::into)
        .unwrap_or_else(|| document().body().unwrap().into());
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_shift_key(shift);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    let not_prevented = target.dispatch_event(&event).unwrap();
    // Browsers move focus on an unprevented Tab; synthetic events don't, so do it here.
    if key == "Tab" && not_prevented {
        move_focus(shift);
    }
    settle().await;
}

fn move_focus(back: bool) {
    let items: Vec<HtmlElement> = all("a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex=\"-1\"])")
        .into_iter()
        .filter_map(|e| e.dyn_into::<HtmlElement>().ok())
        .collect();
    if items.is_empty() {
        return;
    }
    let current = focused();
    let pos = items
        .iter()
        .position(|e| Some::<&Element>(e.as_ref()) == current.as_ref());
    let next = match (pos, back) {
        (Some(0), true) | (None, true) => items.len() - 1,
        (Some(i), true) => i - 1,
        (Some(i), false) => (i + 1) % items.len(),
        (None, false) => 0,
    };
    items[next].focus().unwrap();
}

/// Submits the form containing `input`, as Enter in a text field does.
pub async fn submit(input: &HtmlInputElement) {
    let form = input.form().expect("input inside a form");
    form.request_submit().unwrap();
    settle().await;
}

/// Lets pending futures and renders run.
pub async fn settle() {
    yew::scheduler::flush().await;
    sleep(Duration::from_millis(0)).await;
    yew::scheduler::flush().await;
}

/// Sleeps without blocking the browser.
pub async fn sleep(d: Duration) {
    gloo_timers::future::sleep(d).await;
}

/// Waits until `cond` holds, or panics with `what` after [`TIMEOUT`].
pub async fn wait_for(what: &str, mut cond: impl FnMut() -> bool) {
    let start = js_sys::Date::now();
    loop {
        yew::scheduler::flush().await;
        if cond() {
            return;
        }
        if js_sys::Date::now() - start > TIMEOUT.as_millis() as f64 {
            panic!("timed out waiting for: {what}\npage text: {}", page_text());
        }
        sleep(Duration::from_millis(10)).await;
    }
}

/// Waits for an element with `role` and `name`, and returns it.
pub async fn wait_for_role(role_name: &str, name: &str) -> Element {
    wait_for(&format!("{role_name} {name:?}"), || {
        find_by_role(role_name, name).is_some()
    })
    .await;
    by_role(role_name, name)
}

/// Waits for `s` to appear as some element's text.
pub async fn wait_for_text(s: &str) {
    wait_for(&format!("text {s:?}"), || has_text(s)).await;
}
