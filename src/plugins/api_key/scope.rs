//! Who owns the keys a call is about, and the orders the server can list them in.

/// Who owns the keys a call is about.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub enum KeyScope {
    /// The signed-in user's own keys (`configId: "default"`).
    #[default]
    User,
    /// An organization's keys (`configId: "organization"`).
    Organization(String),
}

impl KeyScope {
    /// The server-side API-key configuration this scope uses when none is chosen.
    pub fn config_id(&self) -> &'static str {
        match self {
            Self::User => "default",
            Self::Organization(_) => "organization",
        }
    }

    /// The organization id, for organization scope.
    pub fn organization_id(&self) -> Option<&str> {
        match self {
            Self::User => None,
            Self::Organization(id) => Some(id),
        }
    }
}

/// List order, done by the server.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum KeySort {
    /// Most recently created first (`createdAt desc`); the default.
    #[default]
    Newest,
    /// First created first (`createdAt asc`).
    Oldest,
    /// By name, A to Z (`name asc`).
    NameAsc,
    /// By name, Z to A (`name desc`).
    NameDesc,
}

impl KeySort {
    /// Every order, in the order the sort menu lists them.
    pub const ALL: [KeySort; 4] = [Self::Newest, Self::Oldest, Self::NameAsc, Self::NameDesc];

    /// `(sortBy, sortDirection)` as the server expects them.
    pub fn params(self) -> (&'static str, &'static str) {
        match self {
            Self::Newest => ("createdAt", "desc"),
            Self::Oldest => ("createdAt", "asc"),
            Self::NameAsc => ("name", "asc"),
            Self::NameDesc => ("name", "desc"),
        }
    }

    /// A stable token for `<select>` values and the URL (`?sort=name-asc`).
    pub fn token(self) -> &'static str {
        match self {
            Self::Newest => "newest",
            Self::Oldest => "oldest",
            Self::NameAsc => "name-asc",
            Self::NameDesc => "name-desc",
        }
    }

    /// The inverse of [`KeySort::token`].
    pub fn from_token(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.token() == s)
    }
}
