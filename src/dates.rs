//! Dates as pages write them, in ISO 8601: the metadata stage reads the published and modified
//! dates with it, and pruning recognises date lines by it.

use crate::rules::fold;
use crate::rules::months::{
    AM_MARKERS, BUDDHIST_ERA_OFFSET, CJK_DATE_UNITS, DATE_CONNECTOR, DAY_FIRST_WORDS, DAY_SUFFIXES,
    MONTHS, MONTH_PREFIXES, MONTH_WORD_BEFORE_NUMBER, PM_MARKERS,
};

// ---------------------------------------------------------------------------------------------
// Date normalisation

/// The month a word names, in any language of [`MONTHS`]; a preposition glued to it (Hebrew
/// "בספטמבר", "in September") is read through ([`MONTH_PREFIXES`]).
pub(crate) fn month_number(word: &str) -> Option<u32> {
    let w = fold(word.trim_end_matches('.'));
    // Hundreds of names across the languages: sorted once, looked up by halves.
    static SORTED: std::sync::OnceLock<Vec<(&'static str, u32)>> = std::sync::OnceLock::new();
    let sorted = SORTED.get_or_init(|| {
        let mut v = MONTHS.to_vec();
        v.sort_unstable();
        v
    });
    let find = |w: &str| {
        sorted
            .binary_search_by(|&(name, _)| name.cmp(w))
            .ok()
            .map(|i| sorted[i].1)
    };
    find(&w).or_else(|| {
        MONTH_PREFIXES.iter().find_map(|p| {
            w.strip_prefix(p)
                .filter(|rest| !rest.is_empty())
                .and_then(find)
        })
    })
}

pub(crate) fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

pub(crate) fn valid_date(y: i64, m: u32, d: u32) -> bool {
    (1900..=2100).contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)
}

#[derive(Clone, Copy)]
pub(crate) struct Time {
    pub(crate) hour: u32,
    pub(crate) minute: u32,
    pub(crate) second: u32,
}

pub(crate) fn format_date(
    y: i64,
    m: u32,
    d: u32,
    time: Option<Time>,
    offset: Option<String>,
) -> String {
    let mut s = format!("{y:04}-{m:02}-{d:02}");
    if let Some(t) = time {
        s.push_str(&format!("T{:02}:{:02}:{:02}", t.hour, t.minute, t.second));
        if let Some(o) = offset {
            s.push_str(&o);
        }
    }
    s
}

/// Reads up to `max` ASCII digits at the start of `s`; returns the number and digits read.
pub(crate) fn leading_number(s: &str, max: usize) -> Option<(u32, usize)> {
    let digits: String = s
        .chars()
        .take_while(char::is_ascii_digit)
        .take(max)
        .collect();
    if digits.is_empty() {
        return None;
    }
    digits.parse().ok().map(|n| (n, digits.len()))
}

/// Parses "HH:MM[:SS[.fff]]" at the start of `s`; returns the time and bytes read.
pub(crate) fn parse_clock(s: &str) -> Option<(Time, usize)> {
    let (hour, hl) = leading_number(s, 2)?;
    let rest = s.get(hl..)?;
    let rest = rest.strip_prefix(':').or_else(|| rest.strip_prefix('h'))?;
    let (minute, ml) = leading_number(rest, 2)?;
    if ml != 2 {
        return None;
    }
    let mut used = hl + 1 + ml;
    let mut second = 0;
    if let Some(r) = s.get(used..).and_then(|r| r.strip_prefix(':')) {
        if let Some((sec, sl)) = leading_number(r, 2) {
            second = sec;
            used += 1 + sl;
            // Fractions of a second carry no date information.
            if let Some(frac) = s.get(used..).and_then(|r| r.strip_prefix('.')) {
                let n = frac.chars().take_while(char::is_ascii_digit).count();
                if n > 0 {
                    used += 1 + n;
                }
            }
        }
    }
    (hour < 24 && minute < 60 && second < 61).then_some((
        Time {
            hour,
            minute,
            second: second.min(59),
        },
        used,
    ))
}

/// A UTC offset at the start of `s` ("Z", "+01:00", "+0100", "-05"), normalised to "Z"/"±HH:MM".
pub(crate) fn parse_offset(s: &str) -> Option<String> {
    let s = s.trim_start();
    if s.starts_with(['Z', 'z'])
        && !s
            .get(1..)
            .is_some_and(|r| r.starts_with(char::is_alphabetic))
    {
        return Some("Z".into());
    }
    let upper = s.get(..3).map(str::to_ascii_uppercase);
    if matches!(upper.as_deref(), Some("GMT" | "UTC")) {
        let rest = s.get(3..).unwrap_or("");
        if rest.starts_with(['+', '-']) {
            return parse_offset(rest);
        }
        return Some("Z".into());
    }
    let sign = s.chars().next().filter(|c| *c == '+' || *c == '-')?;
    let rest = s.get(1..)?;
    let (hh, hl) = leading_number(rest, 2)?;
    if hl != 2 {
        return None;
    }
    let after = rest.get(2..).unwrap_or("");
    let after = after.strip_prefix(':').unwrap_or(after);
    let mm = match leading_number(after, 2) {
        Some((m, 2)) => m,
        _ => 0,
    };
    if hh > 14 || mm > 59 {
        return None;
    }
    if hh == 0 && mm == 0 {
        return Some(if sign == '+' {
            "Z".into()
        } else {
            "-00:00".into()
        });
    }
    Some(format!("{sign}{hh:02}:{mm:02}"))
}

/// ISO-like "YYYY-MM-DD[(T| )HH:MM[:SS[.f]][offset]]", also with "/" or "." between the parts.
pub(crate) fn parse_iso(s: &str) -> Option<String> {
    let (y, yl) = leading_number(s, 4)?;
    if yl != 4 {
        return None;
    }
    let sep = s.get(4..5)?;
    if !matches!(sep, "-" | "/" | ".") {
        return None;
    }
    let rest = s.get(5..)?;
    let (m, ml) = leading_number(rest, 2)?;
    let rest = rest.get(ml..)?.strip_prefix(sep)?;
    let (d, dl) = leading_number(rest, 2)?;
    if !valid_date(y as i64, m, d) {
        return None;
    }
    let rest = rest.get(dl..).unwrap_or("");
    let time_part = rest
        .strip_prefix('T')
        .or_else(|| rest.strip_prefix('t'))
        .or_else(|| rest.strip_prefix(' '));
    if let Some(tp) = time_part {
        if let Some((time, used)) = parse_clock(tp) {
            let offset = tp.get(used..).and_then(parse_offset);
            return Some(format_date(y as i64, m, d, Some(time), offset));
        }
    }
    Some(format_date(y as i64, m, d, None, None))
}

/// Days since 1970-01-01 → (year, month, day), Howard Hinnant's civil-from-days algorithm.
pub(crate) fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// A Unix timestamp in seconds (10 digits) or milliseconds (13 digits) between 1990 and 2100, as
/// some CMSes put in `date`/`timestamp` metas. Anything else is not "obviously" a timestamp.
pub(crate) fn parse_timestamp(s: &str) -> Option<String> {
    let s = s.trim();
    if !s.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let secs: i64 = match s.len() {
        10 => s.parse().ok()?,
        13 => s.parse::<i64>().ok()? / 1000,
        _ => return None,
    };
    if !(631_152_000..4_102_444_800).contains(&secs) {
        return None;
    }
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    let rem = secs.rem_euclid(86_400) as u32;
    let time = Time {
        hour: rem / 3600,
        minute: rem % 3600 / 60,
        second: rem % 60,
    };
    Some(format_date(y, m, d, Some(time), Some("Z".into())))
}

pub(crate) fn normalize_date_or_timestamp(s: &str) -> Option<String> {
    parse_timestamp(s).or_else(|| normalize_date(s))
}

/// Free-text or ISO date → ISO 8601. Returns `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` with the
/// offset ("Z", "+01:00") when the text has a time (and a zone). The calendar date is kept as
/// written: no conversion between zones.
///
/// Understands ISO forms, RFC 2822 ("Tue, 11 Sep 2018 15:00:00 GMT"), "September 11, 2018",
/// "Tuesday 11 Sep 2018, 3:00 PM", day-first numeric dates ("11.09.2018", "11-09-2018"), unambiguous
/// slash dates ("21/12/2018", "12/21/2018"), and month names in English, German, French, Spanish,
/// Italian, Dutch and Portuguese ("11. September 2018", "11 septembre 2018", "11 de septiembre de
/// 2018"). Ambiguous slash dates ("09/11/2018") give `None` rather than a guess.
pub fn normalize_date(text: &str) -> Option<String> {
    let s = text.trim();
    if s.is_empty() || s.len() > 200 {
        return None;
    }
    if let Some(iso) = parse_iso(s) {
        return Some(iso);
    }
    // Every script's digits as ASCII, full-width forms as ASCII, bidi marks gone, month names
    // as the tables write them.
    let mut folded = fold(s);
    // Vietnamese "ngày 11/9/2025" ("day 11/9/2025") says the day comes first: read it like a
    // dotted date, which is day-first.
    if DAY_FIRST_WORDS
        .iter()
        .any(|w| crate::rules::has_word_prefix(&folded, w))
    {
        folded = folded.replace('/', ".");
    }
    let s = folded.as_str();
    if let Some(iso) = parse_iso(s) {
        return Some(iso);
    }
    if let Some(date) = parse_cjk_date(s) {
        return Some(date);
    }
    // Tokens: runs of letters/digits, keeping ':' inside clocks and '.', '/', '-' inside numeric
    // dates, so "11.09.2018" stays one token and "15:00:00" another.
    let tokens: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '،' | '、'))
        .map(|t| t.trim_matches(|c: char| c == '|' || c == '·' || c == '•'))
        .filter(|t| !t.is_empty())
        .collect();
    if let Some(date) = spaced_year_first(&tokens) {
        return Some(date);
    }
    let mut parts = DateParts::default();
    for i in 0..tokens.len() {
        if parts.consumed == Some(i) {
            continue;
        }
        if let Some(iso) = parts.read_token(&tokens, i) {
            return Some(iso);
        }
    }
    parts.day_before_month(&tokens);
    parts.finish()
}

/// Chinese and Japanese "2018年9月11日", Korean "2018년 9월 11일": the year, month and day each
/// followed by its unit character ([`CJK_DATE_UNITS`]), spaces allowed between.
fn parse_cjk_date(s: &str) -> Option<String> {
    let (units_y, units_m, units_d) = CJK_DATE_UNITS
        .iter()
        .copied()
        .find(|(y, _, _)| s.contains(*y))?;
    let (before_year, rest) = s.split_once(units_y)?;
    let year: String = before_year
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let (month, rest) = rest.split_once(units_m)?;
    let (day, _) = rest.split_once(units_d)?;
    let (y, m, d): (i64, u32, u32) = (
        year.parse().ok().filter(|_| year.len() == 4)?,
        month.trim().parse().ok()?,
        day.trim().parse().ok()?,
    );
    valid_date(y, m, d).then(|| format_date(y, m, d, None, None))
}

/// What [`normalize_date`] has read so far, token by token.
#[derive(Default)]
struct DateParts {
    year: Option<i64>,
    month: Option<u32>,
    day: Option<u32>,
    time: Option<Time>,
    offset: Option<String>,
    /// The token index of the month name, when the month was written as a word.
    month_index: Option<usize>,
    /// A token already read as part of another ("9" of Vietnamese "tháng 9").
    consumed: Option<usize>,
}

impl DateParts {
    /// Reads `tokens[i]` into the first part it can fill. Returns a finished ISO date when the
    /// token is a whole ISO date on its own.
    fn read_token(&mut self, tokens: &[&str], i: usize) -> Option<String> {
        let tok = tokens[i];
        // A whole numeric date in one token.
        if self.year.is_none() {
            if let Some(iso) = parse_iso(tok) {
                return Some(iso);
            }
            if let Some((y, m, d)) = parse_numeric_date(tok) {
                (self.year, self.month, self.day) = (Some(y), Some(m), Some(d));
                return None;
            }
        }
        if self.time.is_none() {
            if let Some((t, used)) = parse_clock(tok) {
                let rest = tok.get(used..).unwrap_or("");
                self.time = Some(with_meridiem(t, rest, tokens.get(i + 1).copied()));
                if let Some(o) = parse_offset(rest) {
                    self.offset = Some(o);
                }
                return None;
            }
        }
        if self.time.is_some() && self.offset.is_none() {
            if let Some(o) = parse_offset(tok) {
                self.offset = Some(o);
                return None;
            }
        }
        if self.month.is_none() {
            // Two-word names first (Levantine Arabic "تشرين الأول", October).
            let pair = tokens.get(i + 1).map(|next| format!("{tok} {next}"));
            if let Some(m) = pair.as_deref().and_then(month_number) {
                self.month = Some(m);
                self.month_index = Some(i);
                self.consumed = Some(i + 1);
                return None;
            }
            if let Some(m) = month_number(tok) {
                self.month = Some(m);
                self.month_index = Some(i);
                return None;
            }
            // Vietnamese "tháng 9" (month nine).
            let numbered = MONTH_WORD_BEFORE_NUMBER
                .contains(&tok)
                .then(|| tokens.get(i + 1).and_then(|n| n.parse::<u32>().ok()))
                .flatten()
                .filter(|m| (1..=12).contains(m));
            if let Some(m) = numbered {
                self.month = Some(m);
                self.month_index = Some(i);
                self.consumed = Some(i + 1);
                return None;
            }
        }
        self.read_number(tokens, i);
        None
    }

    /// Numbers: "11", "11.", "11th", "1er", "2018". A four-digit number is the year; a day is
    /// taken here only right after the month name ("Sep 11", or with "de" between them);
    /// [`Self::day_before_month`] looks the other way once all tokens are read.
    fn read_number(&mut self, tokens: &[&str], i: usize) {
        let tok = tokens[i];
        let digits: String = tok.chars().take_while(char::is_ascii_digit).collect();
        if digits.is_empty() {
            return;
        }
        let suffix = tok.get(digits.len()..).unwrap_or("").to_lowercase();
        let ordinal_ok = DAY_SUFFIXES.contains(&suffix.as_str());
        let Some(n) = digits.parse::<u32>().ok().filter(|_| ordinal_ok) else {
            return;
        };
        if digits.len() == 4 && self.year.is_none() {
            self.year = Some(i64::from(n));
        } else if digits.len() <= 2 && (1..=31).contains(&n) && self.day.is_none() {
            if let Some(mi) = self.month_index {
                if i == mi + 1
                    || (i == mi + 2
                        && tokens
                            .get(mi + 1)
                            .is_some_and(|t| t.eq_ignore_ascii_case(DATE_CONNECTOR)))
                {
                    self.day = Some(n);
                }
            }
        }
    }

    /// Day before the month name: "11 September", "11. September", "11 de septiembre".
    fn day_before_month(&mut self, tokens: &[&str]) {
        let Some(mi) = self.month_index.filter(|_| self.day.is_none()) else {
            return;
        };
        for back in 1..=2 {
            let Some(t) = mi.checked_sub(back).and_then(|j| tokens.get(j)) else {
                break;
            };
            if back == 2
                && !tokens
                    .get(mi - 1)
                    .is_some_and(|w| w.eq_ignore_ascii_case(DATE_CONNECTOR))
            {
                break;
            }
            let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
            if let Ok(n) = digits.parse::<u32>() {
                if digits.len() <= 2 {
                    self.day = Some(n);
                }
                break;
            }
        }
    }

    fn finish(self) -> Option<String> {
        let (y, m, d) = (self.year?, self.month?, self.day?);
        let y = buddhist_to_gregorian(y);
        if !valid_date(y, m, d) {
            return None;
        }
        let offset = self.offset.filter(|_| self.time.is_some());
        Some(format_date(y, m, d, self.time, offset))
    }
}

/// Thai pages count years in the Buddhist era (2568 is 2025); no Gregorian page date is that far
/// out, so a year in the era's modern range is taken for one.
fn buddhist_to_gregorian(y: i64) -> i64 {
    if (1900 + BUDDHIST_ERA_OFFSET..=2100 + BUDDHIST_ERA_OFFSET).contains(&y) {
        y - BUDDHIST_ERA_OFFSET
    } else {
        y
    }
}

/// Korean "2025. 9. 11." (and "2025. 09. 11 14:30"): year, month and day each followed by a point,
/// with spaces between, as three tokens at the start of the text.
fn spaced_year_first(tokens: &[&str]) -> Option<String> {
    let [y, m, d, ..] = tokens else { return None };
    let number = |t: &str, len: std::ops::RangeInclusive<usize>| {
        let digits = t.strip_suffix('.').unwrap_or(t);
        (len.contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()))
            .then(|| digits.parse::<u32>().ok())
            .flatten()
    };
    if !(y.ends_with('.') && m.ends_with('.')) {
        return None;
    }
    let (y, m, d) = (number(y, 4..=4)?, number(m, 1..=2)?, number(d, 1..=2)?);
    let time = tokens.get(3).and_then(|t| parse_clock(t)).map(|(t, _)| t);
    valid_date(i64::from(y), m, d).then(|| format_date(i64::from(y), m, d, time, None))
}

/// A 12-hour clock made 24-hour: "3:00 PM", "3:00pm", "3:00 p.m.". `rest` is what follows the
/// clock inside its token, `next` the token after it.
fn with_meridiem(mut t: Time, rest: &str, next: Option<&str>) -> Time {
    let rest = rest.to_lowercase();
    let next = next.map(str::to_lowercase).unwrap_or_default();
    // A marker as the next token, or starting the clock's own token (its last dot optional).
    let marked = |markers: &[&str]| {
        markers
            .iter()
            .any(|m| next == *m || rest.starts_with(m.trim_end_matches('.')))
    };
    let (pm, am) = (marked(PM_MARKERS), marked(AM_MARKERS));
    if pm && t.hour < 12 {
        t.hour += 12;
    } else if !pm && am && t.hour == 12 {
        t.hour = 0;
    }
    t
}

/// "11.09.2018", "11-09-2018", "21/12/2018", "12/21/2018" (and two-digit-year variants are
/// refused: "11.09.18" could be any century-less guess). Dots and dashes are day-first (the
/// European convention); slashes are read whichever way is unambiguous.
pub(crate) fn parse_numeric_date(tok: &str) -> Option<(i64, u32, u32)> {
    let tok = tok.trim_end_matches(['.', ',']);
    let sep = tok.chars().find(|c| matches!(c, '.' | '/' | '-'))?;
    let parts: Vec<&str> = tok.split(sep).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    // Year first: Korean "2025.09.11.", Japanese and Chinese "2025/9/11".
    if parts[0].len() == 4 && parts[1].len() <= 2 && parts[2].len() <= 2 {
        let y: i64 = parts[0].parse().ok()?;
        let m: u32 = parts[1].parse().ok()?;
        let d: u32 = parts[2].parse().ok()?;
        return valid_date(y, m, d).then_some((y, m, d));
    }
    if parts[2].len() != 4 || parts[0].len() > 2 || parts[1].len() > 2 {
        return None;
    }
    let a: u32 = parts[0].parse().ok()?;
    let b: u32 = parts[1].parse().ok()?;
    let y: i64 = parts[2].parse().ok()?;
    let (m, d) = if sep == '/' {
        if a > 12 && b <= 12 {
            (b, a)
        } else if (b > 12 && a <= 12) || a == b {
            (a, b)
        } else {
            return None;
        }
    } else {
        (b, a)
    };
    valid_date(y, m, d).then_some((y, m, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn east_asian_dates() {
        assert_eq!(
            normalize_date("2018年9月11日").as_deref(),
            Some("2018-09-11")
        );
        assert_eq!(
            normalize_date("发布时间：2018年09月11日 15:00").as_deref(),
            Some("2018-09-11")
        );
        assert_eq!(
            normalize_date("2018년 9월 11일").as_deref(),
            Some("2018-09-11")
        );
        assert_eq!(normalize_date("2018年13月11日"), None);
        assert_eq!(normalize_date("18年9月11日"), None);
    }

    fn date(s: &str) -> Option<String> {
        normalize_date(s)
    }

    // --- dates ---------------------------------------------------------------------------------

    #[test]
    fn iso_dates_keep_their_offset_and_calendar_day() {
        assert_eq!(
            date("2018-09-11T15:00:00+01:00").as_deref(),
            Some("2018-09-11T15:00:00+01:00")
        );
        assert_eq!(
            date("2021-11-01T10:52:50+0100").as_deref(),
            Some("2021-11-01T10:52:50+01:00")
        );
        assert_eq!(
            date("2019-01-03T07:00:02.000Z").as_deref(),
            Some("2019-01-03T07:00:02Z")
        );
        assert_eq!(
            date("2017-11-03 03:01:00.000000").as_deref(),
            Some("2017-11-03T03:01:00")
        );
        assert_eq!(date("2020-09-21").as_deref(), Some("2020-09-21"));
        assert_eq!(date("2020/09/21").as_deref(), Some("2020-09-21"));
    }

    #[test]
    fn english_free_text_dates() {
        assert_eq!(
            date("Tue, 11 Sep 2018 15:00:00 GMT").as_deref(),
            Some("2018-09-11T15:00:00Z")
        );
        assert_eq!(
            date("Tuesday 11 Sep 2018, 3:00 PM").as_deref(),
            Some("2018-09-11T15:00:00")
        );
        assert_eq!(date("September 11, 2018").as_deref(), Some("2018-09-11"));
        assert_eq!(date("Sept. 11, 2018").as_deref(), Some("2018-09-11"));
        assert_eq!(
            date("Sept. 1st, 2018 at 12:30 am").as_deref(),
            Some("2018-09-01T00:30:00")
        );
        assert_eq!(
            date("Published March 25, 2015").as_deref(),
            Some("2015-03-25")
        );
    }

    #[test]
    fn european_numeric_and_month_name_dates() {
        assert_eq!(date("11.09.2018").as_deref(), Some("2018-09-11"));
        assert_eq!(date("11. September 2018").as_deref(), Some("2018-09-11")); // German
        assert_eq!(
            date("3. März 2019, 14:05 Uhr").as_deref(),
            Some("2019-03-03T14:05:00")
        );
        assert_eq!(date("11 septembre 2018").as_deref(), Some("2018-09-11")); // French
        assert_eq!(
            date("le 1er août 2017 à 15h30").as_deref(),
            Some("2017-08-01T15:30:00")
        );
        assert_eq!(
            date("11 de septiembre de 2018").as_deref(),
            Some("2018-09-11")
        ); // Spanish
        assert_eq!(date("11 settembre 2018").as_deref(), Some("2018-09-11")); // Italian
        assert_eq!(date("3 maart 2019").as_deref(), Some("2019-03-03")); // Dutch
        assert_eq!(date("3 de março de 2019").as_deref(), Some("2019-03-03")); // Portuguese
        assert_eq!(date("21/12/2018").as_deref(), Some("2018-12-21"));
        assert_eq!(date("12/21/2018").as_deref(), Some("2018-12-21"));
    }

    #[test]
    fn dates_in_every_script_we_read() {
        let cases = [
            ("11 сентября 2025 г.", "2025-09-11"),
            ("Опубликовано: 3 марта 2024, 14:05", "2024-03-03T14:05:00"),
            ("11 вересня 2025", "2025-09-11"),
            ("11 Σεπτεμβρίου 2025", "2025-09-11"),
            ("11 ΣΕΠΤΕΜΒΡΙΟΥ 2025", "2025-09-11"),
            ("11 Eylül 2025", "2025-09-11"),
            ("2 Şubat 2025 Pazar", "2025-02-02"),
            ("11 Mayıs 2025", "2025-05-11"),
            ("ngày 11 tháng 9 năm 2025", "2025-09-11"),
            ("11 tháng 9, 2025", "2025-09-11"),
            ("ngày 11/9/2025", "2025-09-11"),
            ("Thứ năm, ngày 4/9/2025 14:30", "2025-09-04T14:30:00"),
            ("Kamis, 11 September 2025", "2025-09-11"),
            ("11 Agustus 2025", "2025-08-11"),
            ("١١ سبتمبر ٢٠٢٥", "2025-09-11"),
            ("\u{200f}١١ أيلول ٢٠٢٥", "2025-09-11"),
            ("11 تشرين الأول 2025", "2025-10-11"),
            ("۱۱ سپتامبر ۲۰۲۵", "2025-09-11"),
            ("11 בספטמבר 2025", "2025-09-11"),
            ("11 सितंबर 2025", "2025-09-11"),
            ("११ फ़रवरी २०२५", "2025-02-11"),
            ("11 กันยายน 2568", "2025-09-11"),
            ("11 ก.ย. 2568", "2025-09-11"),
            ("2025年9月11日", "2025-09-11"),
            ("２０２５年９月１１日", "2025-09-11"),
            ("2025.09.11.", "2025-09-11"),
            ("2025. 9. 11.", "2025-09-11"),
            ("2025. 09. 11. 14:30", "2025-09-11T14:30:00"),
            ("2025/9/11", "2025-09-11"),
        ];
        for (text, want) in cases {
            assert_eq!(date(text).as_deref(), Some(want), "{text}");
        }
        // A Hebrew word that only starts with the preposition is no month.
        assert_eq!(month_number("ב"), None);
        assert_eq!(date("tháng 13, 2025"), None);
    }

    #[test]
    fn doubtful_or_junk_dates_give_none() {
        assert_eq!(date("09/11/2018"), None, "day/month order is ambiguous");
        assert_eq!(date("30 February 2019"), None);
        assert_eq!(date("2019-13-01"), None);
        assert_eq!(date("3 days ago"), None);
        assert_eq!(date("September"), None);
        assert_eq!(date(""), None);
        assert_eq!(date("ééé 12:7 ::: 9999999 -- ½"), None);
        assert_eq!(date(&"9".repeat(10_000)), None);
    }
}
