//! Options of the API-key plugin, with the original's defaults.

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
    Days(u32),
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
    Keep,
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
            localization: ApiKeyLocalizationOverrides::default(),
        }
    }
}

impl ApiKeyOptions {
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
