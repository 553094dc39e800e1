//! Input checks done before anything is sent, so users get an immediate, specific message.

/// Length in UTF-16 code units, the unit Better Auth (JavaScript) counts in.
pub fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// Passwords Better Auth accepts by default: 8 to 128 characters.
pub const PASSWORD_MIN: usize = 8;
/// See [`PASSWORD_MIN`].
pub const PASSWORD_MAX: usize = 128;

/// Why an input was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invalid {
    /// Empty (or only spaces) where a value is needed.
    Required,
    /// Not of the expected form, e.g. an email address without `@` or a slug with capitals.
    Malformed,
    /// Below the minimum length, e.g. a password under [`PASSWORD_MIN`] characters.
    TooShort,
    /// Above the maximum length, e.g. a password over [`PASSWORD_MAX`] characters.
    TooLong,
}

/// A plausible email address: something@domain.tld, no spaces. The server has the final word.
pub fn email(s: &str) -> Result<(), Invalid> {
    let s = s.trim();
    if s.is_empty() {
        return Err(Invalid::Required);
    }
    let Some((local, domain)) = s.rsplit_once('@') else {
        return Err(Invalid::Malformed);
    };
    let ok = !local.is_empty()
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain.contains('.')
        && !s.chars().any(char::is_whitespace)
        && utf16_len(s) <= 254;
    if ok {
        Ok(())
    } else {
        Err(Invalid::Malformed)
    }
}

/// A new password within the server's bounds.
pub fn new_password(s: &str) -> Result<(), Invalid> {
    match utf16_len(s) {
        0 => Err(Invalid::Required),
        n if n < PASSWORD_MIN => Err(Invalid::TooShort),
        n if n > PASSWORD_MAX => Err(Invalid::TooLong),
        _ => Ok(()),
    }
}

/// An organization slug: lowercase letters, digits and single hyphens.
pub fn slug(s: &str) -> Result<(), Invalid> {
    let s = s.trim();
    if s.is_empty() {
        return Err(Invalid::Required);
    }
    let ok = s
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && s.len() <= 64;
    if ok {
        Ok(())
    } else {
        Err(Invalid::Malformed)
    }
}

/// A slug suggested from a name: "Acme Corp." → "acme-corp".
pub fn slugify(name: &str) -> String {
    let mut out = String::new();
    // ASCII lowercasing (plus the German umlauts): only ASCII survives into a slug anyway, and
    // full Unicode lowercasing would add a 12 KB table to the app.
    let lower = name.trim().chars().map(|c| match c {
        'Ä' => 'ä',
        'Ö' => 'ö',
        'Ü' => 'ü',
        c => c.to_ascii_lowercase(),
    });
    for c in lower {
        let c = match c {
            'ä' => Some("ae"),
            'ö' => Some("oe"),
            'ü' => Some("ue"),
            'ß' => Some("ss"),
            _ => None,
        }
        .map(str::to_owned)
        .unwrap_or_else(|| c.to_string());
        for c in c.chars() {
            if c.is_ascii_alphanumeric() {
                out.push(c);
            } else if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        }
    }
    let out = out.trim_end_matches('-');
    out.chars()
        .take(48)
        .collect::<String>()
        .trim_end_matches('-')
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        assert_eq!(email("ada@example.test"), Ok(()));
        assert_eq!(email("  ada@example.test "), Ok(()));
        assert_eq!(email(""), Err(Invalid::Required));
        for bad in [
            "ada",
            "ada@",
            "@example.com",
            "ada@example",
            "a da@example.com",
            "ada@.com",
        ] {
            assert_eq!(email(bad), Err(Invalid::Malformed), "{bad}");
        }
    }

    #[test]
    fn passwords_count_utf16_units() {
        assert_eq!(new_password(""), Err(Invalid::Required));
        assert_eq!(new_password("1234567"), Err(Invalid::TooShort));
        assert_eq!(new_password("12345678"), Ok(()));
        assert_eq!(new_password(&"x".repeat(128)), Ok(()));
        assert_eq!(new_password(&"x".repeat(129)), Err(Invalid::TooLong));
        // Four emoji are eight UTF-16 units: long enough for the server.
        assert_eq!(new_password("🔑🔑🔑🔑"), Ok(()));
    }

    #[test]
    fn slugs() {
        assert_eq!(slugify("Acme Corp."), "acme-corp");
        assert_eq!(slugify("  Über  Größe "), "ueber-groesse");
        assert_eq!(slugify("!!!"), "");
        assert_eq!(slug("acme-corp"), Ok(()));
        assert_eq!(slug(""), Err(Invalid::Required));
        for bad in ["Acme", "acme corp", "-acme", "acme-", "a_b"] {
            assert_eq!(slug(bad), Err(Invalid::Malformed), "{bad}");
        }
    }
}
