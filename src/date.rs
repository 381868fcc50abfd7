//! `Date`: a calendar date (proleptic Gregorian, no time, no zone), the unit of every version id,
//! effective date and "last updated" stamp.
//!
//! Hand-written rather than pulling in chrono or time: redline needs only parsing `YYYY-MM-DD`
//! strictly, ordering, and turning `SOURCE_DATE_EPOCH` seconds into a date; formatting for
//! readers is ICU4X's job (`i18n`).

use std::fmt;

/// A valid calendar date. Ordering is chronological.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// Builds a date, or `None` when it does not exist (February 30th, month 13, year 0).
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD`, as written in file names and front matter.
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            return Err(DateError::NotADate);
        }
        // The shape check above guarantees ASCII digits, so these parses cannot fail.
        let number = |range: std::ops::Range<usize>| text[range].parse::<u16>().unwrap_or(0);
        let (year, month, day) = (number(0..4), number(5..7), number(8..10));
        let month = u8::try_from(month).unwrap_or(0);
        let day = u8::try_from(day).unwrap_or(0);
        Date::new(year, month, day).ok_or(DateError::DoesNotExist)
    }

    /// The UTC date of a Unix timestamp (seconds), as `SOURCE_DATE_EPOCH` gives it.
    pub fn from_unix_seconds(seconds: i64) -> Option<Date> {
        let days = seconds.div_euclid(86_400);
        let (year, month, day) = civil_from_days(days);
        Date::new(u16::try_from(year).ok()?, month, day)
    }

    /// Days from `earlier` to `self` (negative when `earlier` is later).
    pub fn days_since(self, earlier: Date) -> i64 {
        self.days_from_epoch() - earlier.days_from_epoch()
    }

    /// The date `days` days later (earlier when negative); `None` past year 9999 or before 1.
    pub fn plus_days(self, days: i64) -> Option<Date> {
        // Beyond ±10,000 years no date exists; the bound keeps the arithmetic from overflowing.
        if days.unsigned_abs() > 3_700_000 {
            return None;
        }
        let (year, month, day) = civil_from_days(self.days_from_epoch() + days);
        Date::new(u16::try_from(year).ok()?, month, day)
    }

    /// Howard Hinnant's `days_from_civil`: days since 1970-01-01.
    fn days_from_epoch(self) -> i64 {
        let (month, day) = (i64::from(self.month), i64::from(self.day));
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let yoe = year.rem_euclid(400);
        let doy = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).map_err(|e| serde::de::Error::custom(e.explain(&text)))
    }
}

/// Why a text is not a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// Not of the shape `YYYY-MM-DD`.
    NotADate,
    /// The right shape, but no such day (2026-02-30).
    DoesNotExist,
}

impl DateError {
    /// A sentence for the legal team: what is wrong with `text`.
    pub fn explain(self, text: &str) -> String {
        match self {
            DateError::NotADate => format!("`{text}` is not a date (expected YYYY-MM-DD)"),
            DateError::DoesNotExist => format!("`{text}` is not a day of the calendar"),
        }
    }
}

fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Howard Hinnant's `civil_from_days`: days since 1970-01-01 to (year, month, day).
fn civil_from_days(days: i64) -> (i64, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    // day is in 1..=31 and month in 1..=12 by construction.
    (year, month as u8, day as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_real_days() {
        assert_eq!(
            Date::parse("2026-02-01").map(|d| d.to_string()),
            Ok("2026-02-01".into())
        );
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day()), Ok(29));
        assert_eq!(Date::parse("2026-02-29"), Err(DateError::DoesNotExist));
        assert_eq!(Date::parse("2026-13-01"), Err(DateError::DoesNotExist));
        assert_eq!(Date::parse("0000-01-01"), Err(DateError::DoesNotExist));
        for bad in [
            "2026-2-01",
            "20260201",
            "2026-02-01x",
            "२०२६-02-01",
            "",
            "abcd-ef-gh",
        ] {
            assert_eq!(Date::parse(bad), Err(DateError::NotADate), "{bad}");
        }
    }

    #[test]
    fn days_between_dates() {
        let d = |s: &str| Date::parse(s).unwrap();
        assert_eq!(d("2026-02-01").days_since(d("2025-02-01")), 365);
        assert_eq!(d("2025-03-01").days_since(d("2024-02-28")), 367);
        assert_eq!(d("1970-01-01").days_since(d("1970-01-02")), -1);
        assert_eq!(d("2026-02-01").days_from_epoch(), 1_769_904_000 / 86_400);
        assert_eq!(d("2026-02-15").plus_days(30), Some(d("2026-03-17")));
        assert_eq!(d("2024-03-01").plus_days(-1), Some(d("2024-02-29")));
        assert_eq!(d("9999-12-31").plus_days(1), None);
    }

    #[test]
    fn unix_seconds_become_utc_dates() {
        assert_eq!(
            Date::from_unix_seconds(0).map(|d| d.to_string()),
            Some("1970-01-01".into())
        );
        let feb_first_2026 = 1_769_904_000 + 86_399;
        assert_eq!(
            Date::from_unix_seconds(feb_first_2026).map(|d| d.to_string()),
            Some("2026-02-01".into())
        );
        assert_eq!(
            Date::from_unix_seconds(951_782_400).map(|d| d.to_string()),
            Some("2000-02-29".into())
        );
    }
}
