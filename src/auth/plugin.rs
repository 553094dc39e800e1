//! The plugin mechanism: a plugin contributes cards to the settings pages and pages of its own;
//! the app renders whatever the registered plugins give it and knows nothing about any of them.

use std::any::Any;
use std::rc::Rc;

use yew::{AttrValue, Html};

use crate::i18n::Locale;

/// A settings plugin, e.g. API keys. Implement this; register it with [`plugin`].
pub trait AuthPlugin: 'static {
    /// The plugin's own strings.
    type Localization: Clone + PartialEq + 'static;

    /// A unique, stable id such as `"api-key"`.
    const ID: &'static str;

    /// The plugin's strings for `locale`, with the app's overrides applied.
    fn localization(&self, locale: &Locale) -> Self::Localization;

    /// Cards for the security settings page.
    fn security_cards(&self) -> Html {
        Html::default()
    }

    /// Cards for the settings page of the organization `organization_id`.
    fn organization_cards(&self, organization_id: AttrValue) -> Html {
        let _ = organization_id;
        Html::default()
    }

    /// Pages of the plugin's own, at paths the app does not use itself.
    fn pages(&self, locale: &Locale) -> Vec<PluginPage> {
        let _ = locale;
        Vec::new()
    }
}

/// A page a plugin adds to the app.
#[derive(Clone, Debug)]
pub struct PluginPage {
    /// Where it lives, e.g. `/settings/passkeys`.
    pub path: &'static str,
    /// The header's link to it; `None` for a page reached only by links of the plugin's own.
    pub nav_label: Option<AttrValue>,
    /// Renders the page (a component, which reads the plugin with `use_auth_plugin`).
    pub render: fn() -> Html,
}

/// A registered plugin with its type erased, as the pages see it.
pub trait AnyPlugin {
    /// [`AuthPlugin::ID`].
    fn id(&self) -> &'static str;
    /// [`AuthPlugin::security_cards`].
    fn security_cards(&self) -> Html;
    /// [`AuthPlugin::organization_cards`].
    fn organization_cards(&self, organization_id: AttrValue) -> Html;
    /// [`AuthPlugin::pages`].
    fn pages(&self, locale: &Locale) -> Vec<PluginPage>;
    /// For `use_auth_plugin::<P>()`.
    fn into_any(self: Rc<Self>) -> Rc<dyn Any>;
}

impl<P: AuthPlugin> AnyPlugin for P {
    fn id(&self) -> &'static str {
        P::ID
    }

    fn security_cards(&self) -> Html {
        AuthPlugin::security_cards(self)
    }

    fn organization_cards(&self, organization_id: AttrValue) -> Html {
        AuthPlugin::organization_cards(self, organization_id)
    }

    fn pages(&self, locale: &Locale) -> Vec<PluginPage> {
        AuthPlugin::pages(self, locale)
    }

    fn into_any(self: Rc<Self>) -> Rc<dyn Any> {
        self
    }
}

/// Wraps a plugin for registration on `AuthProvider`.
pub fn plugin<P: AuthPlugin>(p: P) -> Rc<dyn AnyPlugin> {
    Rc::new(p)
}

/// The registered plugins, in order. Equal when it is the same list.
#[derive(Clone, Default)]
pub struct Plugins(Rc<[Rc<dyn AnyPlugin>]>);

impl Plugins {
    /// The plugins in registration order.
    pub fn iter(&self) -> impl Iterator<Item = &Rc<dyn AnyPlugin>> {
        self.0.iter()
    }

    /// True when no plugin is registered.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every plugin page, in registration order.
    pub fn pages(&self, locale: &Locale) -> Vec<PluginPage> {
        self.0.iter().flat_map(|p| p.pages(locale)).collect()
    }

    /// The registered plugin of type `P`, if any.
    pub fn get<P: AuthPlugin>(&self) -> Option<Rc<P>> {
        self.0
            .iter()
            .find(|p| p.id() == P::ID)
            .and_then(|p| p.clone().into_any().downcast::<P>().ok())
    }
}

impl PartialEq for Plugins {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl From<Vec<Rc<dyn AnyPlugin>>> for Plugins {
    fn from(v: Vec<Rc<dyn AnyPlugin>>) -> Self {
        Self(v.into())
    }
}

impl FromIterator<Rc<dyn AnyPlugin>> for Plugins {
    fn from_iter<I: IntoIterator<Item = Rc<dyn AnyPlugin>>>(iter: I) -> Self {
        Self(iter.into_iter().collect())
    }
}

impl std::fmt::Debug for Plugins {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.0.iter().map(|p| p.id()))
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct A;
    struct B;
    impl AuthPlugin for A {
        type Localization = ();
        const ID: &'static str = "a";
        fn localization(&self, _: &Locale) {}
    }
    impl AuthPlugin for B {
        type Localization = ();
        const ID: &'static str = "b";
        fn localization(&self, _: &Locale) {}
    }

    #[test]
    fn finds_plugins_by_type() {
        let plugins = Plugins::from(vec![plugin(A), plugin(B)]);
        assert!(plugins.get::<B>().is_some());
        assert!(plugins.get::<A>().is_some());
        assert!(Plugins::from(vec![plugin(A)]).get::<B>().is_none());
        let ids: Vec<_> = plugins.iter().map(|p| p.id()).collect();
        assert_eq!(ids, ["a", "b"]);
        assert!(plugins == plugins.clone());
        assert!(plugins != Plugins::from(vec![plugin(A), plugin(B)]));
    }
}
