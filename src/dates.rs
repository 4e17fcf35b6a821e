//! Calendar arithmetic for legal periods.
//!
//! Periods in PRC law run by the calendar: "two years from completion" ends on the same
//! day two years later (the anniversary). A start on 29 February plus whole years ends on
//! 28 February in a year without a 29 February; a start on the 31st plus months ends on
//! the last day of a shorter month. Everything here is total: it returns `None` instead
//! of panicking when a date would leave chrono's range.

use chrono::{Datelike, Months, NaiveDate};

/// `start` plus `months` calendar months, clamped to the end of a shorter month.
pub fn add_months(start: NaiveDate, months: u32) -> Option<NaiveDate> {
    start.checked_add_months(Months::new(months))
}

/// `start` plus `years` calendar years (29 February → 28 February in common years).
pub fn add_years(start: NaiveDate, years: u32) -> Option<NaiveDate> {
    add_months(start, years.checked_mul(12)?)
}

/// Age in whole years on `on` of a person born on `birth` (a birthday on 29 February is
/// reached on 1 March in common years, as PRC practice counts full years by the calendar:
/// the person is not yet a year older on 28 February).
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> Option<u32> {
    if on < birth {
        return None;
    }
    let mut years = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    u32::try_from(years).ok()
}

/// Age in whole years at an offence committed on `on`, as criminal law counts it: a
/// birthday year is complete only from the day after the birthday (最高人民法院关于审理
/// 未成年人刑事案件具体应用法律若干问题的解释, 法释〔2006〕1号, Art. 2: “周岁”……从周岁生日的
/// 第二天起算). Someone who offends on their 18th birthday is still under 18.
pub fn criminal_age(birth: NaiveDate, on: NaiveDate) -> Option<u32> {
    age_on(birth, on.pred_opt()?).or(if on == birth { Some(0) } else { None })
}

/// Whole calendar months from `from` to `to` (0 when `to` is not later).
pub fn months_between(from: NaiveDate, to: NaiveDate) -> u32 {
    if to <= from {
        return 0;
    }
    let mut months = (to.year() - from.year()) * 12 + to.month() as i32 - from.month() as i32;
    if to.day() < from.day() && add_months(from, months as u32).is_none_or(|d| d > to) {
        months -= 1;
    }
    u32::try_from(months.max(0)).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn anniversaries_and_leap_days() {
        assert_eq!(add_years(d("2025-01-10"), 2), Some(d("2027-01-10")));
        assert_eq!(add_years(d("2024-02-29"), 1), Some(d("2025-02-28")));
        assert_eq!(add_years(d("2024-02-29"), 4), Some(d("2028-02-29")));
        assert_eq!(add_months(d("2024-01-31"), 1), Some(d("2024-02-29")));
        assert_eq!(add_months(d("2023-01-31"), 1), Some(d("2023-02-28")));
        assert_eq!(add_months(d("2024-06-01"), 2), Some(d("2024-08-01")));
        assert_eq!(add_months(d("2024-10-31"), 4), Some(d("2025-02-28")));
    }

    #[test]
    fn ages() {
        assert_eq!(age_on(d("2008-03-01"), d("2024-02-29")), Some(15));
        assert_eq!(age_on(d("2008-03-01"), d("2024-03-01")), Some(16));
        assert_eq!(age_on(d("2008-02-29"), d("2026-02-28")), Some(17));
        assert_eq!(age_on(d("2008-02-29"), d("2026-03-01")), Some(18));
        assert_eq!(age_on(d("2008-02-29"), d("2008-02-28")), None);
    }

    #[test]
    fn criminal_ages_start_the_day_after_the_birthday() {
        assert_eq!(criminal_age(d("2006-09-10"), d("2024-09-10")), Some(17));
        assert_eq!(criminal_age(d("2006-09-10"), d("2024-09-11")), Some(18));
        // Born on 29 February: the birthday counts as 1 March in common years (see age_on).
        assert_eq!(criminal_age(d("2008-02-29"), d("2026-03-01")), Some(17));
        assert_eq!(criminal_age(d("2008-02-29"), d("2026-03-02")), Some(18));
        assert_eq!(criminal_age(d("2008-02-29"), d("2026-02-28")), Some(17));
        assert_eq!(criminal_age(d("2008-02-29"), d("2008-02-29")), Some(0));
        assert_eq!(criminal_age(d("2008-02-29"), d("2008-02-28")), None);
    }

    #[test]
    fn month_counts() {
        assert_eq!(months_between(d("2026-11-22"), d("2027-01-10")), 1);
        assert_eq!(months_between(d("2026-11-22"), d("2027-01-22")), 2);
        assert_eq!(months_between(d("2027-01-10"), d("2026-11-22")), 0);
        assert_eq!(months_between(d("2024-01-31"), d("2024-02-29")), 1);
    }
}
