//! Options of the API-key plugin, with the original's defaults.

use super::api::KeyScope;
use super::localization::ApiKeyLocalizationOverrides;

/// The expiration choices offered when creating a key.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyExpiration {
    /// Choices in days (the server accepts 1 to 365).
    pub days: Vec<u32>,
    /// The preselected choice; `None` preselects "Never" (when allowed).
    pub default_days: Option<u32>,
    /// Whether "Never" is offered.
    pub allow_never: bool,
}

impl Default for KeyExpiration {
    fn default() -> Self {
        Self {
            days: vec![30, 90],
            default_days: Some(30),
            allow_never: true,
        }
    }
}

/// The server's bounds for `expiresIn`, in days.
pub const MAX_DAYS: u32 = 365;

/// One entry of the expiration menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExpirationChoice {
    /// Expires this many days from now (1 to [`MAX_DAYS`]).
    Days(u32),
    /// Never expires.
    Never,
}

impl ExpirationChoice {
    /// The `<select>` value.
    pub fn token(self) -> String {
        match self {
            Self::Days(d) => d.to_string(),
            Self::Never => "never".into(),
        }
    }

    /// Seconds for `expiresIn`; `None` never expires.
    pub fn seconds(self) -> Option<u64> {
        match self {
            Self::Days(d) => Some(u64::from(d) * 86_400),
            Self::Never => None,
        }
    }
}

/// The edit dialog's expiry choice: keep what the key has, remove it, or a new one from now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditExpiry {
    /// Leaves the key's expiry as it is (not sent).
    Keep,
    /// Replaces it: a new expiry counted from now, or none with [`ExpirationChoice::Never`].
    Set(ExpirationChoice),
}

impl EditExpiry {
    /// The `<select>` value.
    pub fn token(self) -> String {
        match self {
            Self::Keep => "keep".into(),
            Self::Set(c) => c.token(),
        }
    }

    /// The inverse of [`EditExpiry::token`], among `choices`.
    pub fn parse(token: &str, choices: &[ExpirationChoice]) -> Option<Self> {
        if token == "keep" {
            return Some(Self::Keep);
        }
        choices
            .iter()
            .copied()
            .find(|c| c.token() == token)
            .map(Self::Set)
    }

    /// `expiresIn` for the update: `None` leaves it, `Some(None)` removes it.
    pub fn update(self) -> Option<Option<u64>> {
        match self {
            Self::Keep => None,
            Self::Set(c) => Some(c.seconds()),
        }
    }
}

impl KeyExpiration {
    /// The menu: valid day counts in ascending order without duplicates, then "Never".
    pub fn choices(&self) -> Vec<ExpirationChoice> {
        // A sorted insert: a general sort would add about 2 KB to the app for a two-item list.
        let mut days: Vec<u32> = Vec::with_capacity(self.days.len());
        for d in self
            .days
            .iter()
            .copied()
            .filter(|d| (1..=MAX_DAYS).contains(d))
        {
            if let Err(i) = days.binary_search(&d) {
                days.insert(i, d);
            }
        }
        let mut out: Vec<ExpirationChoice> = days.into_iter().map(ExpirationChoice::Days).collect();
        if self.allow_never || out.is_empty() {
            out.push(ExpirationChoice::Never);
        }
        out
    }

    /// The preselected choice (always one of [`KeyExpiration::choices`]).
    pub fn default_choice(&self) -> ExpirationChoice {
        let choices = self.choices();
        let wanted = match self.default_days {
            Some(d) => ExpirationChoice::Days(d),
            None => ExpirationChoice::Never,
        };
        if choices.contains(&wanted) {
            wanted
        } else {
            choices[0]
        }
    }

    /// Parses a `<select>` value back into one of the choices.
    pub fn parse(&self, token: &str) -> Option<ExpirationChoice> {
        self.choices().into_iter().find(|c| c.token() == token)
    }
}

/// One of the server's `apiKey()` configurations, named for the create dialog and the rows.
#[derive(Clone, Debug, PartialEq, Default, serde::Deserialize)]
pub struct KeyConfiguration {
    /// The server's `configId`.
    pub id: String,
    /// What the create dialog's menu and a key's row call it.
    pub label: String,
    /// Shown under the menu while this configuration is chosen.
    #[serde(default)]
    pub description: Option<String>,
    /// For organization keys (`references: "organization"`); else for personal keys.
    #[serde(default)]
    pub organization: bool,
}

/// Options of `api_key_plugin`.
#[derive(Clone, Debug, PartialEq)]
pub struct ApiKeyOptions {
    /// Adds `OrganizationApiKeys` to the organization settings (needs the server's
    /// `{ configId: "organization", references: "organization" }` configuration).
    pub organization: bool,
    /// Expiration choices; `None` hides the field (keys never expire).
    pub key_expiration: Option<KeyExpiration>,
    /// Keys per page (1 to 1000).
    pub page_size: u32,
    /// A prefix for new keys, sent on create (letters, digits, `_` and `-`).
    pub prefix: Option<String>,
    /// The server's configurations, personal and organization ones, in menu order: the first
    /// of a scope is its default. Empty means the server's `default` configuration for
    /// personal keys and `organization` for organization keys. With more than one for a
    /// scope, the create dialog offers them.
    pub configurations: Vec<KeyConfiguration>,
    /// Offer a metadata field (JSON) when creating and editing keys. Needs the server's
    /// `enableMetadata: true`; off by default, since Better Auth refuses metadata otherwise.
    pub metadata: bool,
    /// Per-string overrides.
    pub localization: ApiKeyLocalizationOverrides,
}

impl Default for ApiKeyOptions {
    fn default() -> Self {
        Self {
            organization: false,
            key_expiration: Some(KeyExpiration::default()),
            page_size: 10,
            prefix: None,
            configurations: Vec::new(),
            metadata: false,
            localization: ApiKeyLocalizationOverrides::default(),
        }
    }
}

impl ApiKeyOptions {
    /// The configurations offered for `scope` (personal or organization), in menu order.
    pub fn configurations_for(&self, scope: &KeyScope) -> Vec<&KeyConfiguration> {
        let organization = scope.organization_id().is_some();
        self.configurations
            .iter()
            .filter(|c| c.organization == organization && !c.id.is_empty())
            .collect()
    }

    /// The configuration new keys of `scope` get unless another is chosen.
    pub fn default_configuration(&self, scope: &KeyScope) -> String {
        self.configurations_for(scope)
            .first()
            .map_or_else(|| scope.config_id().to_owned(), |c| c.id.clone())
    }

    /// What a key's row says about its configuration: nothing while the scope has only its
    /// default one; the label when named, else the server's id.
    pub fn configuration_label(&self, scope: &KeyScope, config_id: Option<&str>) -> Option<String> {
        self.configuration_labels(scope)(config_id)
    }

    /// [`ApiKeyOptions::configuration_label`] for a whole list: the scope's configurations are
    /// looked up once, not once per row.
    pub fn configuration_labels<'a>(
        &'a self,
        scope: &KeyScope,
    ) -> impl Fn(Option<&str>) -> Option<String> + 'a {
        let offered = self.configurations_for(scope);
        let default = offered
            .first()
            .map_or_else(|| scope.config_id(), |c| c.id.as_str());
        move |config_id| {
            let id = config_id.unwrap_or("default");
            if offered.len() <= 1 && id == default {
                return None;
            }
            Some(
                offered
                    .iter()
                    .find(|c| c.id == id)
                    .map_or_else(|| id.to_owned(), |c| c.label.clone()),
            )
        }
    }

    /// The page size within its bounds.
    pub fn page_size(&self) -> u32 {
        self.page_size.clamp(1, 1000)
    }

    /// The prefix if the server would accept it (`^[a-zA-Z0-9_-]{1,32}$`), else none.
    pub fn prefix(&self) -> Option<String> {
        self.prefix.clone().filter(|p| {
            (1..=32).contains(&p.len())
                && p.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(id: &str, organization: bool) -> KeyConfiguration {
        KeyConfiguration {
            id: id.into(),
            label: id.to_uppercase(),
            organization,
            ..Default::default()
        }
    }

    #[test]
    fn configurations_per_scope() {
        let org = KeyScope::Organization("o1".into());
        let none = ApiKeyOptions::default();
        assert!(none.configurations_for(&KeyScope::User).is_empty());
        assert_eq!(none.default_configuration(&KeyScope::User), "default");
        assert_eq!(none.default_configuration(&org), "organization");
        assert_eq!(
            none.configuration_label(&KeyScope::User, Some("default")),
            None
        );
        // A key of a configuration the options do not name still says which one it is.
        assert_eq!(
            none.configuration_label(&KeyScope::User, Some("ci"))
                .as_deref(),
            Some("ci")
        );

        let o = ApiKeyOptions {
            configurations: vec![
                config("default", false),
                config("organization", true),
                config("ci", false),
                config("", false),
            ],
            ..Default::default()
        };
        let user: Vec<_> = o
            .configurations_for(&KeyScope::User)
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(user, ["default", "ci"]);
        let orgs: Vec<_> = o
            .configurations_for(&org)
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(orgs, ["organization"]);
        assert_eq!(o.default_configuration(&KeyScope::User), "default");
        assert_eq!(
            o.configuration_label(&KeyScope::User, Some("ci"))
                .as_deref(),
            Some("CI")
        );
        assert_eq!(
            o.configuration_label(&KeyScope::User, None).as_deref(),
            Some("DEFAULT")
        );
        assert_eq!(o.configuration_label(&org, Some("organization")), None);
    }

    #[test]
    fn default_menu() {
        let e = KeyExpiration::default();
        assert_eq!(
            e.choices(),
            [
                ExpirationChoice::Days(30),
                ExpirationChoice::Days(90),
                ExpirationChoice::Never
            ]
        );
        assert_eq!(e.default_choice(), ExpirationChoice::Days(30));
        assert_eq!(ExpirationChoice::Days(30).seconds(), Some(2_592_000));
        assert_eq!(ExpirationChoice::Never.seconds(), None);
        assert_eq!(e.parse("90"), Some(ExpirationChoice::Days(90)));
        assert_eq!(e.parse("never"), Some(ExpirationChoice::Never));
        assert_eq!(e.parse("7"), None);
    }

    #[test]
    fn edit_choices() {
        let choices = [ExpirationChoice::Days(30), ExpirationChoice::Never];
        for e in [
            EditExpiry::Keep,
            EditExpiry::Set(ExpirationChoice::Days(30)),
            EditExpiry::Set(ExpirationChoice::Never),
        ] {
            assert_eq!(EditExpiry::parse(&e.token(), &choices), Some(e));
        }
        assert_eq!(EditExpiry::parse("90", &choices), None);
        assert_eq!(EditExpiry::Keep.update(), None);
        assert_eq!(
            EditExpiry::Set(ExpirationChoice::Never).update(),
            Some(None)
        );
        assert_eq!(
            EditExpiry::Set(ExpirationChoice::Days(1)).update(),
            Some(Some(86_400))
        );
    }

    #[test]
    fn odd_options_are_tamed() {
        let e = KeyExpiration {
            days: vec![400, 0, 7, 7, 1],
            default_days: Some(400),
            allow_never: false,
        };
        assert_eq!(
            e.choices(),
            [ExpirationChoice::Days(1), ExpirationChoice::Days(7)]
        );
        assert_eq!(e.default_choice(), ExpirationChoice::Days(1));
        let none = KeyExpiration {
            days: vec![],
            default_days: None,
            allow_never: false,
        };
        assert_eq!(none.choices(), [ExpirationChoice::Never]);
    }

    #[test]
    fn page_size_and_prefix() {
        let mut o = ApiKeyOptions {
            page_size: 0,
            ..Default::default()
        };
        assert_eq!(o.page_size(), 1);
        o.page_size = 5000;
        assert_eq!(o.page_size(), 1000);
        o.prefix = Some("ba_".into());
        assert_eq!(o.prefix().as_deref(), Some("ba_"));
        o.prefix = Some("no spaces".into());
        assert_eq!(o.prefix(), None);
    }
}
