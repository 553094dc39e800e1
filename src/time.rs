//! Timestamps as the server sends them (ISO-8601 UTC strings), parsed in Rust so the logic that
//! depends on them (expired or not, sorting) is testable without a browser.

use serde::{Deserialize, Deserializer};

/// Milliseconds since the Unix epoch, UTC.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub i64);

impl Timestamp {
    /// Milliseconds since the Unix epoch.
    pub fn millis(self) -> i64 {
        self.0
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM]` (a missing zone means UTC).
    pub fn parse_iso(s: &str) -> Option<Self> {
        let s = s.trim();
        let b = s.as_bytes();
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year: i64 = s.get(0..4)?.parse().ok()?;
        let month: u32 = s.get(5..7)?.parse().ok()?;
        let day: u32 = s.get(8..10)?.parse().ok()?;
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        let mut millis_of_day: i64 = 0;
        let mut rest = &s[10..];
        if let Some(t) = rest.strip_prefix(['T', 't', ' ']) {
            let tb = t.as_bytes();
            if tb.len() < 8 || tb[2] != b':' || tb[5] != b':' {
                return None;
            }
            let h: i64 = t.get(0..2)?.parse().ok()?;
            let m: i64 = t.get(3..5)?.parse().ok()?;
            let sec: i64 = t.get(6..8)?.parse().ok()?;
            if h > 23 || m > 59 || sec > 60 {
                return None;
            }
            millis_of_day = ((h * 60 + m) * 60 + sec) * 1000;
            rest = &t[8..];
            if let Some(frac) = rest.strip_prefix('.') {
                let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
                if digits == 0 {
                    return None;
                }
                // Only milliseconds matter; pad or cut the fraction to three digits.
                let ms: String = frac[..digits]
                    .chars()
                    .chain("000".chars())
                    .take(3)
                    .collect();
                millis_of_day += ms.parse::<i64>().ok()?;
                rest = &frac[digits..];
            }
        }
        let offset_minutes: i64 = match rest {
            "" | "Z" | "z" => 0,
            zone => {
                let sign = match zone.as_bytes()[0] {
                    b'+' => 1,
                    b'-' => -1,
                    _ => return None,
                };
                let zone = &zone[1..];
                let (h, m) = match zone.len() {
                    5 if zone.as_bytes()[2] == b':' => (zone.get(0..2)?, zone.get(3..5)?),
                    4 => (zone.get(0..2)?, zone.get(2..4)?),
                    2 => (zone, "00"),
                    _ => return None,
                };
                sign * (h.parse::<i64>().ok()? * 60 + m.parse::<i64>().ok()?)
            }
        };
        let days = days_from_civil(year, month, day);
        Some(Self(
            days * 86_400_000 + millis_of_day - offset_minutes * 60_000,
        ))
    }
}

impl Timestamp {
    /// The ISO-8601 form the server sends, e.g. `2026-11-29T01:37:11.123Z`.
    pub fn to_iso(self) -> String {
        let days = self.0.div_euclid(86_400_000);
        let ms = self.0.rem_euclid(86_400_000);
        let (y, m, d) = civil_from_days(days);
        format!(
            "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
            ms / 3_600_000,
            ms / 60_000 % 60,
            ms / 1000 % 60,
            ms % 1000
        )
    }
}

/// The inverse of [`days_from_civil`] (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // A visitor rather than an untagged enum, which would buffer through serde's generic
        // `Content` and cost several KB of code.
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Timestamp;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an ISO-8601 date or milliseconds")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Timestamp, E> {
                parse(s).ok_or_else(|| E::custom("invalid date"))
            }
            fn visit_i64<E: serde::de::Error>(self, ms: i64) -> Result<Timestamp, E> {
                Ok(Timestamp(ms))
            }
            fn visit_u64<E: serde::de::Error>(self, ms: u64) -> Result<Timestamp, E> {
                i64::try_from(ms)
                    .map(Timestamp)
                    .map_err(|_| E::custom("date out of range"))
            }
            fn visit_f64<E: serde::de::Error>(self, ms: f64) -> Result<Timestamp, E> {
                if ms.is_finite() {
                    Ok(Timestamp(ms as i64))
                } else {
                    Err(E::custom("invalid date number"))
                }
            }
        }
        d.deserialize_any(Visitor)
    }
}

/// An ISO-8601 date from the server. In the browser its own parser does it (the app then
/// carries no date parser of its own); natively [`Timestamp::parse_iso`].
fn parse(s: &str) -> Option<Timestamp> {
    #[cfg(target_arch = "wasm32")]
    {
        let ms = js_sys::Date::parse(s.trim());
        ms.is_finite().then_some(Timestamp(ms as i64))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Timestamp::parse_iso(s)
    }
}

/// The current time. In the browser it is `Date.now()`; natively the system clock.
pub fn now() -> Timestamp {
    #[cfg(target_arch = "wasm32")]
    {
        Timestamp(js_sys::Date::now() as i64)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let d = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        Timestamp(d.as_millis() as i64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_server_dates() {
        assert_eq!(
            Timestamp::parse_iso("1970-01-01T00:00:00.000Z"),
            Some(Timestamp(0))
        );
        assert_eq!(
            Timestamp::parse_iso("2026-11-29T01:37:11.123Z"),
            Some(Timestamp(1_795_916_231_123))
        );
        assert_eq!(
            Timestamp::parse_iso("2024-02-29T12:00:00Z"),
            Some(Timestamp(1_709_208_000_000))
        );
    }

    #[test]
    fn handles_offsets_fractions_and_date_only() {
        let utc = Timestamp::parse_iso("2025-06-01T10:00:00Z").unwrap();
        assert_eq!(Timestamp::parse_iso("2025-06-01T12:00:00+02:00"), Some(utc));
        assert_eq!(Timestamp::parse_iso("2025-06-01T05:30:00-0430"), Some(utc));
        assert_eq!(Timestamp::parse_iso("2025-06-01 10:00:00"), Some(utc));
        assert_eq!(
            Timestamp::parse_iso("2025-06-01T10:00:00.5Z"),
            Some(Timestamp(utc.0 + 500))
        );
        assert_eq!(
            Timestamp::parse_iso("2025-06-01T10:00:00.123456Z"),
            Some(Timestamp(utc.0 + 123))
        );
        assert_eq!(
            Timestamp::parse_iso("2025-06-01"),
            Some(Timestamp(utc.0 - 10 * 3_600_000))
        );
    }

    #[test]
    fn formats_what_it_parses() {
        for iso in [
            "1970-01-01T00:00:00.000Z",
            "2026-11-29T01:37:11.123Z",
            "2024-02-29T23:59:59.999Z",
            "1969-12-31T23:59:59.000Z",
            "2100-03-01T12:00:00.000Z",
        ] {
            assert_eq!(Timestamp::parse_iso(iso).unwrap().to_iso(), iso);
        }
    }

    #[test]
    fn rejects_garbage() {
        for bad in [
            "",
            "null",
            "2025-13-01T00:00:00Z",
            "2025-02-30T00:00:00Z",
            "2025-06-01T25:00:00Z",
            "2025-06-01T10:00:00.Z",
            "2025-06-01T10:00:00Q",
            "yesterday",
        ] {
            assert_eq!(Timestamp::parse_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn deserializes_strings_and_numbers() {
        let t: Timestamp = serde_json::from_str("\"1970-01-02T00:00:00.000Z\"").unwrap();
        assert_eq!(t, Timestamp(86_400_000));
        let t: Timestamp = serde_json::from_str("1234").unwrap();
        assert_eq!(t, Timestamp(1234));
        let t: Timestamp = serde_json::from_str("1234.9").unwrap();
        assert_eq!(t, Timestamp(1234));
        assert!(serde_json::from_str::<Timestamp>("null").is_err());
        assert!(serde_json::from_str::<Timestamp>("\"soon\"").is_err());
    }
}
