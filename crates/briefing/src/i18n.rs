//! The page's words in the reader's language: message catalogs, one per language (written as
//! `lang/<code>/messages.toml`, read at build time and carried in the page in `textform`),
//! their plural rules as CLDR writes them, long dates, and the status reasons and corroboration
//! lines readers see. Plain data and a small formatter rather than ICU or Fluent: the explorer
//! only fills placeholders and picks plural forms of whole numbers, and each kilobyte of
//! WebAssembly counts.

use crate::model::{ChangeCounts, Date, StatusKind};
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
    EmbedStartNote = "embed_start_note",
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
    // Versions and changes.
    /// `{date}`, `{changes}`.
    UpdatedOn = "updated_on",
    /// `{changes}`.
    Updated = "updated",
    /// Plural, `{n}`.
    ChangeAdded = "change_added",
    ChangeRewritten = "change_rewritten",
    ChangeStatus = "change_status",
    ChangeSources = "change_sources",
    ChangeRemoved = "change_removed",
    RemovedClaims = "removed_claims",
    /// Plural, `{n}`: the toggle that shows only what changed.
    ShowChanges = "show_changes",
    /// `{date}`, `{changes}`.
    SinceVisit = "since_visit",
    TagAdded = "tag_added",
    TagRewritten = "tag_rewritten",
    TagStatus = "tag_status",
    TagSources = "tag_sources",
    /// `{status}`, `{reason}`.
    PreviousStatus = "previous_status",
    /// `{date}`.
    CorrectionDated = "correction_dated",
    Correction = "correction",
    EarlierVersions = "earlier_versions",
    /// `{version}`, `{date}`.
    VersionOf = "version_of",
    /// `{version}`, `{date}`.
    EarlierVersionNotice = "earlier_version_notice",
    CurrentVersion = "current_version",
    // The site's index of briefings (written by the build only).
    SiteTitle = "site_title",
    /// Plural, `{n}`.
    SiteCount = "site_count",
    /// `{topic}`.
    SiteTopicTitle = "site_topic_title",
    SiteSearchLabel = "site_search_label",
    SiteSearchHint = "site_search_hint",
    SiteTopics = "site_topics",
    SiteAllTopics = "site_all_topics",
    SitePages = "site_pages",
    /// `{page}`, `{pages}`.
    SitePageOf = "site_page_of",
    SiteNewer = "site_newer",
    SiteOlder = "site_older",
    SiteFeeds = "site_feeds",
    SiteAtom = "site_atom",
    SiteJsonFeed = "site_json_feed",
    /// Plural, `{n}`, `{search}`.
    SiteResults = "site_results",
    /// `{search}`.
    SiteNoResults = "site_no_results",
    SiteSearchUnavailable = "site_search_unavailable",
    SiteWithdrawn = "site_withdrawn",
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

/// How many whole numbers the plural table lists; beyond it, a number takes the category of
/// `SMALL + n % 100`, which is exact for CLDR's cardinal rules of whole numbers: they look at
/// the number itself only below 100, and otherwise at its last one or two digits.
const SMALL: usize = 200;

/// A language's plural rules, computed by the build for the whole numbers the explorer counts:
/// the category of every number below `SMALL`. The page looks categories up; it never reads a
/// rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PluralRules {
    table: Vec<Category>,
}

impl Default for PluralRules {
    fn default() -> Self {
        PluralRules {
            table: vec![Category::Other; SMALL],
        }
    }
}

impl PluralRules {
    /// The table for a rule that gives each whole number its category.
    pub fn from_fn(category: impl Fn(u64) -> Category) -> PluralRules {
        PluralRules {
            table: (0..SMALL as u64).map(category).collect(),
        }
    }

    pub fn category(&self, n: usize) -> Category {
        let at = if n < SMALL { n } else { 100 + n % 100 };
        self.table.get(at).copied().unwrap_or(Category::Other)
    }
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
    /// Every message's text for each plural category, in the order of `Msg` and then of
    /// `Category`; a form left empty is the `other` one (which a text alone fills).
    pub forms: Vec<String>,
}

/// Forms per message: one per plural category.
pub const FORMS: usize = 6;

impl Catalog {
    /// A message's text for a plural category (its `other` form where it has none for it), for
    /// code that picks the category itself, such as a script with `Intl.PluralRules`.
    pub fn form(&self, m: Msg, category: Category) -> &str {
        let at = m as usize * FORMS;
        match self
            .forms
            .get(at + category as usize)
            .map_or("", String::as_str)
        {
            "" => self
                .forms
                .get(at + Category::Other as usize)
                .map_or("", String::as_str),
            text => text,
        }
    }

    /// A message's text (a plural message's `other` form).
    pub fn t(&self, m: Msg) -> &str {
        self.form(m, Category::Other)
    }

    /// A plural message for `n`, with `{n}` filled in.
    pub fn n(&self, m: Msg, n: usize) -> String {
        self.form(m, self.plural.category(n))
            .replace("{n}", &n.to_string())
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

    /// "1 new claim, 1 reworded and 1 removed": the kinds of change that happened.
    pub fn changes(&self, c: &ChangeCounts) -> String {
        let mut parts = Vec::new();
        for (m, n) in [
            (Msg::ChangeAdded, c.added),
            (Msg::ChangeRewritten, c.rewritten),
            (Msg::ChangeStatus, c.status),
            (Msg::ChangeSources, c.sources),
            (Msg::ChangeRemoved, c.removed),
        ] {
            if n > 0 {
                parts.push(self.n(m, n));
            }
        }
        self.list(&parts)
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

/// Fills `{name}` placeholders; anything else stays as written.
pub fn fill(text: &str, args: &[(&str, &str)]) -> String {
    let mut out = text.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

const MAGIC: &str = "CAT1";

/// Messages only the build writes (into the page's head, the manifest, the boot script's
/// notices): a page's catalogs carry them empty.
const BUILD_ONLY: [Msg; 24] = [
    Msg::AppName,
    Msg::Crash,
    Msg::UpdateReady,
    Msg::Reload,
    Msg::ManifestDescription,
    Msg::ManifestShortName,
    Msg::SiteTitle,
    Msg::SiteCount,
    Msg::SiteTopicTitle,
    Msg::SiteSearchLabel,
    Msg::SiteSearchHint,
    Msg::SiteTopics,
    Msg::SiteAllTopics,
    Msg::SitePages,
    Msg::SitePageOf,
    Msg::SiteNewer,
    Msg::SiteOlder,
    Msg::SiteFeeds,
    Msg::SiteAtom,
    Msg::SiteJsonFeed,
    Msg::SiteResults,
    Msg::SiteNoResults,
    Msg::SiteSearchUnavailable,
    Msg::SiteWithdrawn,
];

/// The catalogs in the form a page carries them.
pub fn encode(catalogs: &[Catalog]) -> String {
    let mut w = Writer::default();
    w.str(MAGIC);
    w.num(catalogs.len());
    for c in catalogs {
        w.str(&c.code);
        w.str(&c.name);
        w.flag(c.dir == Dir::Rtl);
        let table: String = c
            .plural
            .table
            .iter()
            .map(|&category| char::from(b'0' + category as u8))
            .collect();
        w.str(&table);
        w.num(c.months.len());
        for m in &c.months {
            w.str(m);
        }
        w.num(c.forms.len());
        for (i, form) in c.forms.iter().enumerate() {
            let build_only = BUILD_ONLY.iter().any(|&m| m as usize == i / FORMS);
            w.str(if build_only { "" } else { form });
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
    let mut catalogs = Vec::new();
    for _ in 0..r.num()? {
        let code = r.string()?;
        let name = r.string()?;
        let dir = if r.flag()? { Dir::Rtl } else { Dir::Ltr };
        let table = r.string()?;
        if table.len() != SMALL {
            return Err(DecodeError);
        }
        let plural = PluralRules {
            table: table
                .bytes()
                .map(|b| {
                    Category::ALL
                        .get(usize::from(b.wrapping_sub(b'0')))
                        .copied()
                })
                .collect::<Option<_>>()
                .ok_or(DecodeError)?,
        };
        let months = r.strings()?;
        let forms = r.strings()?;
        if months.len() != 12 || forms.len() != KEYS.len() * FORMS {
            return Err(DecodeError);
        }
        catalogs.push(Catalog {
            code,
            name,
            dir,
            plural,
            months,
            forms,
        });
    }
    r.finish()?;
    Ok(catalogs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_fill_and_split() {
        assert_eq!(
            fill("{a} and {b}, {a}", &[("a", "x"), ("b", "y")]),
            "x and y, x"
        );
        assert_eq!(fill("{unknown}", &[]), "{unknown}");
    }
}
