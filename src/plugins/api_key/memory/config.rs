//! The API-key configurations of the in-memory server, like the entries of the plugin's
//! `apiKey([...])` options, and how a `configId` is resolved against them.

/// One API-key configuration: `{configId, references, defaultPrefix, enableMetadata}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemoryConfig {
    /// `configId`. Exactly one configuration of a backend must be `"default"`.
    pub id: String,
    /// `references: "organization"` (keys owned by an organization) instead of `"user"`.
    pub organization: bool,
    /// `defaultPrefix`: used when a create names no prefix.
    pub default_prefix: Option<String>,
    /// `enableMetadata` (the plugin's default is off).
    pub metadata: bool,
}

impl MemoryConfig {
    /// A configuration of personal keys, metadata off.
    pub fn user(id: &str) -> Self {
        Self {
            id: id.into(),
            organization: false,
            default_prefix: None,
            metadata: false,
        }
    }

    /// A configuration of organization-owned keys, metadata off.
    pub fn organization(id: &str) -> Self {
        Self {
            organization: true,
            ..Self::user(id)
        }
    }

    /// With `defaultPrefix`.
    pub fn with_prefix(mut self, prefix: &str) -> Self {
        self.default_prefix = Some(prefix.into());
        self
    }

    /// With `enableMetadata: true`.
    pub fn with_metadata(mut self) -> Self {
        self.metadata = true;
        self
    }

    /// The reference server's `BA_API_KEY_CONFIGS=reference`: `default` (user), `ci` (user,
    /// `defaultPrefix: "ci_"`), `organization` (organization), all with metadata.
    pub fn reference() -> Vec<Self> {
        vec![
            Self::user("default").with_metadata(),
            Self::user("ci").with_prefix("ci_").with_metadata(),
            Self::organization("organization").with_metadata(),
        ]
    }

    /// The reference server's `BA_API_KEY_CONFIGS=user-only`: one `default` user configuration,
    /// metadata off.
    pub fn user_only() -> Vec<Self> {
        vec![Self::user("default")]
    }
}

/// Better Auth's `isDefaultConfigId`: a key stored without a configId belongs to `default`.
pub(crate) fn is_default(id: &str) -> bool {
    id.is_empty() || id == "default"
}

/// Better Auth's `configIdMatches`.
pub(crate) fn matches(key_config: &str, expected: &str) -> bool {
    (is_default(key_config) && is_default(expected)) || key_config == expected
}

/// A backend's configurations, checked as the plugin checks its options at start.
#[derive(Clone, Debug)]
pub(crate) struct Configs(Vec<MemoryConfig>);

impl Configs {
    pub(crate) fn new(configs: Vec<MemoryConfig>) -> Self {
        for (i, c) in configs.iter().enumerate() {
            assert!(
                !configs[..i].iter().any(|o| o.id == c.id),
                "configId must be unique for each API key configuration (\"{}\" twice)",
                c.id
            );
        }
        assert!(
            configs.iter().any(|c| c.id == "default"),
            "the API-key configurations need one with configId \"default\""
        );
        Self(configs)
    }

    pub(crate) fn all(&self) -> &[MemoryConfig] {
        &self.0
    }

    pub(crate) fn default_config(&self) -> &MemoryConfig {
        self.0
            .iter()
            .find(|c| c.id == "default")
            .expect("checked in Configs::new")
    }

    /// Better Auth's `resolveConfiguration`: the configuration `id` names, or `default` for a
    /// missing, empty or unknown one.
    pub(crate) fn resolve(&self, id: Option<&str>) -> &MemoryConfig {
        id.filter(|id| !id.is_empty())
            .and_then(|id| self.0.iter().find(|c| c.id == id))
            .unwrap_or_else(|| self.default_config())
    }

    /// Whether a key stored under `key_config` is organization-owned (an unknown configuration
    /// counts as a user one, as in the plugin's list filter).
    pub(crate) fn owned_by_organization(&self, key_config: &str) -> bool {
        self.0
            .iter()
            .find(|c| {
                if is_default(key_config) {
                    is_default(&c.id)
                } else {
                    c.id == key_config
                }
            })
            .is_some_and(|c| c.organization)
    }

    /// The configuration a seeded key of `organization` scope gets when it names none.
    pub(crate) fn for_scope(&self, organization: bool) -> &str {
        let default = self.default_config();
        if default.organization == organization {
            return &default.id;
        }
        self.0
            .iter()
            .find(|c| c.organization == organization)
            .map_or(
                if organization {
                    "organization"
                } else {
                    "default"
                },
                |c| c.id.as_str(),
            )
    }
}
