//! The page's words in the reader's language: message catalogs, one per language (written as
//! `lang/<code>/messages.toml`, read at build time and carried in the page in `textform`),
//! their plural rules as CLDR writes them, long dates, and the status reasons and corroboration
//! lines readers see. Plain data and a small formatter rather than ICU or Fluent: the explorer
//! only fills placeholders and picks plural forms of whole numbers, and each kilobyte of
//! WebAssembly counts.

use crate::model::{Date, StatusKind};
use crate::textform::{DecodeError, Reader, Writer};

macro_rules! messages {
    ($($(#[$doc:meta])* $name:ident = $key:literal,)*) => {
        /// Every message the explorer shows, by name; catalogs carry them in this order.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Msg { $($(#[$doc])* $name,)* }

        /// The keys of the messages in the catalog files, in the order of `Msg`.
        pub const KEYS: &[&str] = &[$($key,)*];
    };
}

messages! {
    AppName = "app_name",
    SkipToClaims = "skip_to_claims",
    NewTab = "new_tab",
    Kicker = "kicker",
    FramingNote = "framing_note",
    TallyLabel = "tally_label",
    /// Plural, `{n}`.
    ClaimsCount = "claims_count",
    SourcesCount = "sources_count",
    OutletsCount = "outlets_count",
    UnconfirmedCount = "unconfirmed_count",
    OpenFull = "open_full",
    OpensNewTab = "opens_new_tab",
    Languages = "languages",
    FilterLabel = "filter_label",
    SearchLabel = "search_label",
    StatusLegend = "status_legend",
    StatusAll = "status_all",
    StatusConfirmed = "status_confirmed",
    StatusUnconfirmed = "status_unconfirmed",
    /// Plural: what follows a count for screen readers (", 3 claims").
    CountSuffix = "count_suffix",
    TopicsLegend = "topics_legend",
    ClearFilters = "clear_filters",
    ShowLegend = "show_legend",
    ViewClaims = "view_claims",
    ViewOutlets = "view_outlets",
    /// Plural, `{n}`.
    ShowingAll = "showing_all",
    /// Plural on the total `{n}`, with `{shown}`.
    ShowingSome = "showing_some",
    /// `{outlet}`.
    BackedBy = "backed_by",
    ShowAllOutlets = "show_all_outlets",
    NoMatchTitle = "no_match_title",
    NoMatchFilters = "no_match_filters",
    /// `{search}`.
    NoMatchSearch = "no_match_search",
    BadgeUnconfirmed = "badge_unconfirmed",
    BadgeConfirmed = "badge_confirmed",
    WhyUnconfirmed = "why_unconfirmed",
    WhyConfirmed = "why_confirmed",
    EditorsNote = "editors_note",
    ClaimTopics = "claim_topics",
    /// Plural, `{n}`.
    SourcesFor = "sources_for",
    CopyLink = "copy_link",
    LinkCopied = "link_copied",
    LinkCopyFailed = "link_copy_failed",
    /// Plural, `{n}`.
    ShowMore = "show_more",
    /// Plural, `{n}`.
    ArticlesCount = "articles_count",
    /// `{articles}`, `{claims}`.
    OutletSummary = "outlet_summary",
    /// Plural, `{n}`.
    ShowClaims = "show_claims",
    /// `{outlet}`.
    BackedByHidden = "backed_by_hidden",
    /// `{date}`, `{version}`.
    EditionDated = "edition_dated",
    /// `{version}`.
    Edition = "edition",
    Offline = "offline",
    UpdateReady = "update_ready",
    Reload = "reload",
    EmbedThis = "embed_this",
    StartingTopic = "starting_topic",
    AllTopics = "all_topics",
    StartingStatus = "starting_status",
    HeightLabel = "height_label",
    SnippetScript = "snippet_script",
    SnippetIframe = "snippet_iframe",
    SnippetScriptName = "snippet_script_name",
    SnippetIframeName = "snippet_iframe_name",
    Copy = "copy",
    Copied = "copied",
    CopyFailed = "copy_failed",
    /// `{snippet}`.
    CopySnippetHidden = "copy_snippet_hidden",
    Crash = "crash",
    ManifestDescription = "manifest_description",
    ManifestShortName = "manifest_short_name",
    /// `{kinds}`, `{words}`.
    ReasonUnconfirmed = "reason_unconfirmed",
    ReasonConfirmed = "reason_confirmed",
    /// Plural, `{n}`, `{names}`.
    Corroboration = "corroboration",
    And = "and",
    QuoteOpen = "quote_open",
    QuoteClose = "quote_close",
    KindHedge = "kind_hedge",
    KindSpeculation = "kind_speculation",
    KindBelief = "kind_belief",
    KindForecast = "kind_forecast",
    KindCondition = "kind_condition",
    KindEstimate = "kind_estimate",
    KindUnnamed = "kind_unnamed",
    KindClaim = "kind_claim",
    KindUnverified = "kind_unverified",
    KindDisputed = "kind_disputed",
    /// `{day}`, `{month}`, `{year}`.
    DateLong = "date_long",
}

/// The plural categories of CLDR.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Category {
    pub const ALL: [Category; 6] = [
        Category::Zero,
        Category::One,
        Category::Two,
        Category::Few,
        Category::Many,
        Category::Other,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Zero => "zero",
            Category::One => "one",
            Category::Two => "two",
            Category::Few => "few",
            Category::Many => "many",
            Category::Other => "other",
        }
    }
    pub fn parse(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// One comparison of a CLDR plural rule: `i % 10 = 2..4,7`, `v != 0`.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Relation {
    /// `n` and `i`: the number; the operands of fractions (`v`, `f`, `t`...) are 0 for the
    /// whole numbers the explorer counts.
    of_number: bool,
    modulo: Option<u64>,
    equal: bool,
    ranges: Vec<(u64, u64)>,
}

impl Relation {
    fn holds(&self, n: u64) -> bool {
        let value = if self.of_number { n } else { 0 };
        let value = self.modulo.map_or(value, |m| value % m);
        self.ranges.iter().any(|&(a, b)| a <= value && value <= b) == self.equal
    }
}

/// A language's plural rules: for each category but `other`, `or` of `and` of relations.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PluralRules {
    rules: Vec<(Category, Vec<Vec<Relation>>)>,
}

impl PluralRules {
    /// Reads rules as CLDR writes them, `(category, condition)` pairs, e.g. `("one", "i = 1
    /// and v = 0")`; samples after `@` are ignored.
    pub fn parse(rules: &[(String, String)]) -> Result<PluralRules, String> {
        let mut out = PluralRules::default();
        for (category, condition) in rules {
            let category = Category::parse(category)
                .ok_or(format!("`{category}` is not a plural category"))?;
            let condition = condition.split('@').next().unwrap_or_default();
            let mut any = Vec::new();
            for alternative in condition.split(" or ") {
                let mut all = Vec::new();
                for relation in alternative.split(" and ") {
                    all.push(parse_relation(relation).ok_or(format!(
                        "cannot read `{relation}` in the plural rule for {}",
                        category.as_str()
                    ))?);
                }
                any.push(all);
            }
            out.rules.push((category, any));
        }
        Ok(out)
    }

    pub fn category(&self, n: usize) -> Category {
        let n = n as u64;
        self.rules
            .iter()
            .find(|(_, any)| any.iter().any(|all| all.iter().all(|r| r.holds(n))))
            .map_or(Category::Other, |(c, _)| *c)
    }
}

fn parse_relation(text: &str) -> Option<Relation> {
    let (left, equal, right) = match text.split_once("!=") {
        Some((l, r)) => (l, false, r),
        None => {
            let (l, r) = text.split_once('=')?;
            (l, true, r)
        }
    };
    let (operand, modulo) = match left.split_once('%') {
        Some((o, m)) => (o.trim(), Some(m.trim().parse().ok().filter(|&m| m > 0)?)),
        None => (left.trim(), None),
    };
    let of_number = match operand {
        "n" | "i" => true,
        "v" | "w" | "f" | "t" | "e" | "c" => false,
        _ => return None,
    };
    let mut ranges = Vec::new();
    for part in right.split(',') {
        let part = part.trim();
        let (a, b) = part.split_once("..").unwrap_or((part, part));
        ranges.push((a.trim().parse().ok()?, b.trim().parse().ok()?));
    }
    Some(Relation {
        of_number,
        modulo,
        equal,
        ranges,
    })
}

/// A message: one text, or one per plural category (`other` always among them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    Text(String),
    Plural(Vec<(Category, String)>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Ltr,
    Rtl,
}

impl Dir {
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

/// One language's messages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Catalog {
    /// BCP 47, e.g. `es`.
    pub code: String,
    /// The language's name in itself ("Español"), for the switch.
    pub name: String,
    pub dir: Dir,
    pub plural: PluralRules,
    /// The names of the months, January first.
    pub months: Vec<String>,
    /// In the order of `Msg`.
    pub messages: Vec<Message>,
}

impl Catalog {
    /// A message's text (a plural message's `other` form).
    pub fn t(&self, m: Msg) -> &str {
        match &self.messages[m as usize] {
            Message::Text(text) => text,
            Message::Plural(forms) => form(forms, Category::Other),
        }
    }

    /// A plural message for `n`, with `{n}` filled in.
    pub fn n(&self, m: Msg, n: usize) -> String {
        let text = match &self.messages[m as usize] {
            Message::Text(text) => text.as_str(),
            Message::Plural(forms) => form(forms, self.plural.category(n)),
        };
        text.replace("{n}", &n.to_string())
    }

    /// A message with its placeholders filled in.
    pub fn fill(&self, m: Msg, args: &[(&str, &str)]) -> String {
        fill(self.t(m), args)
    }

    /// A plural message for `n` with its other placeholders filled in too.
    pub fn fill_n(&self, m: Msg, n: usize, args: &[(&str, &str)]) -> String {
        fill(&self.n(m, n), args)
    }

    /// A message cut around one placeholder, for markup between the two parts.
    pub fn around(&self, m: Msg, name: &str) -> (&str, &str) {
        let text = self.t(m);
        let placeholder = format!("{{{name}}}");
        text.split_once(placeholder.as_str()).unwrap_or((text, ""))
    }

    /// "2 January 2026", "2 de enero de 2026".
    pub fn date(&self, date: Date) -> String {
        let month = self
            .months
            .get(usize::from(date.month) - 1)
            .map_or("", String::as_str);
        self.fill(
            Msg::DateLong,
            &[
                ("day", &date.day.to_string()),
                ("month", month),
                ("year", &date.year.to_string()),
            ],
        )
    }

    /// "a", "a and b", "a, b and c".
    pub fn list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{} {} {last}", rest.join(", "), self.t(Msg::And)),
        }
    }

    /// What readers call a kind of wording: "a forecast".
    pub fn kind(&self, kind: StatusKind) -> &str {
        self.t(match kind {
            StatusKind::Hedge => Msg::KindHedge,
            StatusKind::Speculation => Msg::KindSpeculation,
            StatusKind::Belief => Msg::KindBelief,
            StatusKind::Forecast => Msg::KindForecast,
            StatusKind::Condition => Msg::KindCondition,
            StatusKind::Estimate => Msg::KindEstimate,
            StatusKind::Unnamed => Msg::KindUnnamed,
            StatusKind::Claim => Msg::KindClaim,
            StatusKind::Unverified => Msg::KindUnverified,
            StatusKind::Disputed => Msg::KindDisputed,
        })
    }

    /// The reason for a status the rules decided: the kinds of wording found and the words,
    /// quoted ("Unconfirmed: a forecast (“expect”)."); nothing found means confirmed.
    pub fn reason(&self, kinds: &[StatusKind], words: &[String]) -> String {
        if words.is_empty() {
            return self.t(Msg::ReasonConfirmed).to_string();
        }
        let kinds: Vec<String> = kinds.iter().map(|&k| self.kind(k).to_string()).collect();
        let (open, close) = (self.t(Msg::QuoteOpen), self.t(Msg::QuoteClose));
        let words: Vec<String> = words.iter().map(|w| format!("{open}{w}{close}")).collect();
        self.fill(
            Msg::ReasonUnconfirmed,
            &[("kinds", &self.list(&kinds)), ("words", &words.join(", "))],
        )
    }

    /// How many independent outlets back a claim, and which: "2 outlets: Reuters, AP News".
    pub fn corroboration(&self, names: &[&str]) -> String {
        self.fill_n(
            Msg::Corroboration,
            names.len(),
            &[("names", &names.join(", "))],
        )
    }
}

fn form(forms: &[(Category, String)], category: Category) -> &str {
    forms
        .iter()
        .find(|(c, _)| *c == category)
        .or_else(|| forms.iter().find(|(c, _)| *c == Category::Other))
        .map_or("", |(_, text)| text.as_str())
}

/// Fills `{name}` placeholders; anything else stays as written.
pub fn fill(text: &str, args: &[(&str, &str)]) -> String {
    let mut out = text.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

const MAGIC: &str = "CAT1";

/// The catalogs in the form a page carries them.
pub fn encode(catalogs: &[Catalog]) -> String {
    let mut w = Writer::default();
    w.str(MAGIC);
    w.num(catalogs.len());
    for c in catalogs {
        w.str(&c.code);
        w.str(&c.name);
        w.flag(c.dir == Dir::Rtl);
        w.num(c.plural.rules.len());
        for (category, any) in &c.plural.rules {
            w.num(*category as usize);
            w.num(any.len());
            for all in any {
                w.num(all.len());
                for r in all {
                    w.flag(r.of_number);
                    w.num(r.modulo.map_or(0, |m| m as usize));
                    w.flag(r.equal);
                    w.num(r.ranges.len());
                    for &(a, b) in &r.ranges {
                        w.num(a as usize);
                        w.num(b as usize);
                    }
                }
            }
        }
        w.num(c.months.len());
        for m in &c.months {
            w.str(m);
        }
        w.num(c.messages.len());
        for m in &c.messages {
            match m {
                Message::Text(text) => {
                    w.num(0);
                    w.str(text);
                }
                Message::Plural(forms) => {
                    w.num(forms.len());
                    for (category, text) in forms {
                        w.num(*category as usize);
                        w.str(text);
                    }
                }
            }
        }
    }
    w.0
}

/// The catalogs a page carries; every one must have every message.
pub fn decode(text: &str) -> Result<Vec<Catalog>, DecodeError> {
    let mut r = Reader::new(text);
    if r.string()? != MAGIC {
        return Err(DecodeError);
    }
    let category = |r: &mut Reader<'_>| Ok::<_, DecodeError>(Category::ALL[r.index(6)?]);
    let mut catalogs = Vec::new();
    for _ in 0..r.num()? {
        let code = r.string()?;
        let name = r.string()?;
        let dir = if r.flag()? { Dir::Rtl } else { Dir::Ltr };
        let mut plural = PluralRules::default();
        for _ in 0..r.num()? {
            let c = category(&mut r)?;
            let mut any = Vec::new();
            for _ in 0..r.num()? {
                let mut all = Vec::new();
                for _ in 0..r.num()? {
                    let of_number = r.flag()?;
                    let modulo = Some(r.num()? as u64).filter(|&m| m > 0);
                    let equal = r.flag()?;
                    let ranges = (0..r.num()?)
                        .map(|_| Ok((r.num()? as u64, r.num()? as u64)))
                        .collect::<Result<_, DecodeError>>()?;
                    all.push(Relation {
                        of_number,
                        modulo,
                        equal,
                        ranges,
                    });
                }
                any.push(all);
            }
            plural.rules.push((c, any));
        }
        let months = (0..r.num()?)
            .map(|_| r.string())
            .collect::<Result<Vec<_>, _>>()?;
        if months.len() != 12 {
            return Err(DecodeError);
        }
        let count = r.num()?;
        if count != KEYS.len() {
            return Err(DecodeError);
        }
        let mut messages = Vec::with_capacity(count);
        for _ in 0..count {
            messages.push(match r.num()? {
                0 => Message::Text(r.string()?),
                forms => Message::Plural(
                    (0..forms)
                        .map(|_| Ok((category(&mut r)?, r.string()?)))
                        .collect::<Result<_, DecodeError>>()?,
                ),
            });
        }
        catalogs.push(Catalog {
            code,
            name,
            dir,
            plural,
            months,
            messages,
        });
    }
    r.finish()?;
    Ok(catalogs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(pairs: &[(&str, &str)]) -> PluralRules {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(c, r)| (c.to_string(), r.to_string()))
            .collect();
        PluralRules::parse(&pairs).unwrap()
    }

    #[test]
    fn plural_rules_pick_cldr_categories_for_whole_numbers() {
        let english = rules(&[("one", "i = 1 and v = 0 @integer 1")]);
        assert_eq!(english.category(1), Category::One);
        assert_eq!(english.category(0), Category::Other);
        assert_eq!(english.category(21), Category::Other);
        let russian = rules(&[
            ("one", "v = 0 and i % 10 = 1 and i % 100 != 11"),
            ("few", "v = 0 and i % 10 = 2..4 and i % 100 != 12..14"),
            (
                "many",
                "v = 0 and i % 10 = 0 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 11..14",
            ),
        ]);
        for (n, c) in [
            (1, "one"),
            (21, "one"),
            (11, "many"),
            (3, "few"),
            (12, "many"),
            (25, "many"),
            (0, "many"),
            (102, "few"),
        ] {
            assert_eq!(russian.category(n).as_str(), c, "{n}");
        }
        let arabic = rules(&[
            ("zero", "n = 0"),
            ("one", "n = 1"),
            ("two", "n = 2"),
            ("few", "n % 100 = 3..10"),
            ("many", "n % 100 = 11..99"),
        ]);
        for (n, c) in [
            (0, "zero"),
            (2, "two"),
            (5, "few"),
            (111, "many"),
            (100, "other"),
        ] {
            assert_eq!(arabic.category(n).as_str(), c, "{n}");
        }
        let bad = [("one".to_string(), "x = 1".to_string())];
        assert!(PluralRules::parse(&bad).is_err());
    }

    #[test]
    fn placeholders_fill_and_split() {
        assert_eq!(
            fill("{a} and {b}, {a}", &[("a", "x"), ("b", "y")]),
            "x and y, x"
        );
        assert_eq!(fill("{unknown}", &[]), "{unknown}");
    }
}
