//! Many briefings into one site: every `*.md` of a folder (with its editor file) at
//! `DEST/<stem>/`, all sharing one copy of the explorer's assets, with an index, feeds, a
//! sitemap and one service worker.
//!
//! Only what changed is done again: each briefing's inputs (its files, the assets and this
//! program) are hashed, and a briefing whose hash is in the site's state (`.site/state.json`)
//! is not read again; every file is written only when its bytes change, beside the old one and
//! then renamed over it, so readers never get half a file. A briefing with errors is reported
//! and skipped, and what was published of it stays as it was.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use briefing::load::{edits_path, load};
use briefing::model::{Briefing, Date, Status};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::page::{self, Place};
use super::{feeds, index, render_page, search, versions, write_if_changed, SERVICE_WORKER};

/// Where the site keeps what it knows of each published briefing.
const STATE: &str = ".site/state.json";
/// Changes when the state's form does; an older state is read as empty (everything redone).
const STATE_FORMAT: u32 = 1;
/// Names a briefing's stem cannot take: the site's own folders.
const RESERVED: &[&str] = &["page", "topic", "search", "icons", "v"];

/// What `publish` needs.
pub struct Options {
    pub src: PathBuf,
    pub dest: PathBuf,
    /// A template build of the explorer (`scripts/site` makes it): its shared files and the
    /// empty page every briefing's page is made from.
    pub assets: PathBuf,
    /// The site's public address (`https://example.org/briefings/`), for the feeds and the
    /// sitemap; without it they carry addresses relative to themselves.
    pub base_url: Option<String>,
    /// This publication's time, RFC 3339.
    pub now: String,
}

/// What one briefing published: enough for the index, the feeds and the sitemap without
/// reading it again.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Entry {
    pub stem: String,
    /// A hash of the briefing's files, the assets and this program: equal means unchanged.
    pub source: String,
    pub version: String,
    pub title: String,
    pub lede: String,
    pub lang: String,
    /// `YYYY-MM-DD`: the briefing's date, when it has one.
    pub date: Option<String>,
    /// RFC 3339: when the briefing was first published, and when this version was.
    pub published: String,
    pub updated: String,
    pub claims: usize,
    pub unconfirmed: usize,
    pub outlets: usize,
    /// `(id, name)`, in the briefing's order.
    pub topics: Vec<(String, String)>,
    /// Its folded words (title, lede, claims, labels), for the site's search.
    pub words: Vec<String>,
}

impl Entry {
    /// The date it is listed under: its own, else the day this version was published.
    pub fn day(&self) -> &str {
        self.date
            .as_deref()
            .unwrap_or_else(|| self.updated.get(..10).unwrap_or(&self.updated))
    }
}

#[derive(Serialize, Deserialize, Default)]
struct State {
    format: u32,
    entries: BTreeMap<String, Entry>,
    /// The index's files (pages, search lists, its script and style) as last written: those
    /// not written again are removed, so no page or list outlives what it describes.
    #[serde(default)]
    generated: BTreeSet<String>,
}

/// How a publication went.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Stems whose pages were written this time.
    pub published: Vec<String>,
    pub unchanged: usize,
    /// `FILE:LINE:COL: error|warning: message` lines, and problems with whole files.
    pub problems: Vec<String>,
    /// Whether any briefing was skipped for its errors: the exit code is then 1.
    pub failed: bool,
    /// Files written (created or changed).
    pub written: usize,
    /// Stems taken off the site this time (`withdrawn = true` in their editor file).
    pub withdrawn: Vec<String>,
}

/// A briefing file to publish.
struct Source {
    stem: String,
    path: PathBuf,
}

/// What became of one briefing.
struct Published {
    stem: String,
    /// The new entry when its pages were written; `None` when unchanged or failed.
    entry: Option<Entry>,
    files: usize,
    problems: Vec<String>,
    failed: bool,
}

/// Publishes every briefing of `options.src` into `options.dest`. An `Err` is a problem with
/// the whole run (no source folder, no assets), found before anything is written.
pub fn publish(options: &Options) -> Result<Outcome, String> {
    let mut outcome = Outcome::default();
    let sources = discover(&options.src, &mut outcome)?;
    let assets = Assets::read(&options.assets)?;
    let dest = &options.dest;
    std::fs::create_dir_all(dest).map_err(|e| format!("{}: {e}", dest.display()))?;
    for (name, bytes) in &assets.files {
        outcome.written += usize::from(write_if_changed(&dest.join(name), bytes)?);
    }
    let mut state = read_state(dest);
    let build = build_id(&assets)?;
    // Withdrawn by the editor file (beside a briefing, or left alone after it was removed).
    let withdrawn = |stem: &str| {
        let edits = options.src.join(format!("{stem}.edits.toml"));
        std::fs::read_to_string(edits).is_ok_and(|text| briefing::edits::withdrawn(&text))
    };
    let (gone, sources): (Vec<Source>, Vec<Source>) =
        sources.into_iter().partition(|s| withdrawn(&s.stem));
    let mut withdrawn_now: Vec<Entry> = Vec::new();
    let listed: Vec<String> = state.entries.keys().cloned().collect();
    for stem in listed {
        let still_here = sources.iter().any(|s| s.stem == stem);
        if !still_here && (gone.iter().any(|s| s.stem == stem) || withdrawn(&stem)) {
            if let Some(entry) = state.entries.remove(&stem) {
                withdrawn_now.push(entry);
            }
        }
    }

    let results: Vec<Published> = sources
        .par_iter()
        .map(|source| publish_one(source, options, &assets, &build, &state))
        .collect();
    for result in results {
        outcome.problems.extend(result.problems);
        outcome.written += result.files;
        outcome.failed |= result.failed;
        match result.entry {
            Some(entry) => {
                outcome.published.push(result.stem);
                state.entries.insert(entry.stem.clone(), entry);
            }
            None if !result.failed => outcome.unchanged += 1,
            None => {}
        }
    }

    // Briefings no longer in the source folder stay published, and listed.
    let mut entries: Vec<&Entry> = state.entries.values().collect();
    entries.sort_by(|a, b| (b.day(), &b.updated, &a.title).cmp(&(a.day(), &a.updated, &b.title)));
    let site = index::Site::new(&entries, &assets, options.base_url.as_deref());
    for entry in &withdrawn_now {
        let dir = dest.join(&entry.stem);
        let _ = std::fs::remove_file(dir.join("manifest.webmanifest"));
        let notice = index::withdrawn_page(&site, entry);
        outcome.written += usize::from(write_if_changed(
            &dir.join("index.html"),
            notice.as_bytes(),
        )?);
        outcome.withdrawn.push(entry.stem.clone());
    }
    let mut files: Vec<(String, Vec<u8>)> = index::pages(&site);
    files.extend(search::files(&site));
    files.extend(feeds::files(&site, &options.now));
    outcome.written += files
        .par_iter()
        .map(|(name, bytes)| write_if_changed(&dest.join(name), bytes).map(usize::from))
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .sum::<usize>();
    let generated: BTreeSet<String> = files.iter().map(|(name, _)| name.clone()).collect();
    for stale in state.generated.difference(&generated) {
        remove_with_empty_folders(dest, stale);
    }
    state.generated = generated;

    // The worker keeps the assets and the index; pages join its cache as readers open them.
    let own = [&site.script.0, &site.style.0, "index.html"];
    let mut precached: Vec<(String, Vec<u8>)> = assets.files.clone();
    precached.extend(
        files
            .iter()
            .filter(|(name, _)| own.contains(&name.as_str()))
            .cloned(),
    );
    let mut worker = page::service_worker(SERVICE_WORKER, &page::precache(&precached));
    // A new version of any briefing changes the worker (pages are not precached, so nothing
    // else would), and so reaches readers with an older version open: the worker takes over and
    // their page offers the new one.
    let mut published = Sha256::new();
    for entry in state.entries.values() {
        published.update(format!("{} {}\n", entry.stem, entry.version));
    }
    worker.push_str(&format!(
        "// Versions published: {:x}\n",
        published.finalize()
    ));
    outcome.written += usize::from(write_if_changed(&dest.join("sw.js"), worker.as_bytes())?);
    let hashed: Vec<String> = precached.iter().map(|(name, _)| name.clone()).collect();
    let headers = page::headers(&assets.policy, &hashed, &["/feed.xml", "/feed.json"]);
    outcome.written += usize::from(write_if_changed(
        &dest.join("_headers"),
        headers.as_bytes(),
    )?);
    write_state(dest, &mut state)?;
    outcome.published.sort();
    Ok(outcome)
}

/// The briefing files of `src`, each with a stem that can be a folder of the site. Files whose
/// stem cannot (not URL-safe, reserved, or the same as another's but for case) are reported
/// and left out.
fn discover(src: &Path, outcome: &mut Outcome) -> Result<Vec<Source>, String> {
    let entries = std::fs::read_dir(src).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => format!("{}: no such folder of briefings", src.display()),
        _ => format!(
            "{}: cannot read the folder of briefings: {e}",
            src.display()
        ),
    })?;
    let mut sources = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", src.display()))?.path();
        if path.extension().is_none_or(|e| e != "md") || !path.is_file() {
            continue;
        }
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        sources.push(Source { stem, path });
    }
    if sources.is_empty() {
        return Err(format!(
            "{}: no briefing to publish (no *.md file)",
            src.display()
        ));
    }
    sources.sort_by(|a, b| a.stem.cmp(&b.stem));
    let mut by_folder: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, source) in sources.iter().enumerate() {
        by_folder
            .entry(source.stem.to_lowercase())
            .or_default()
            .push(i);
    }
    let mut bad = vec![false; sources.len()];
    for (i, source) in sources.iter().enumerate() {
        let problem = if !is_url_safe(&source.stem) {
            Some(format!(
                "the file name `{}` cannot be a web address: use only letters, digits, `-` and `_`",
                source.stem
            ))
        } else if RESERVED.contains(&source.stem.to_lowercase().as_str()) {
            Some(format!(
                "`{}` is a folder of the site itself: rename the briefing",
                source.stem
            ))
        } else {
            let same = &by_folder[&source.stem.to_lowercase()];
            (same.len() > 1).then(|| {
                let names: Vec<String> = same
                    .iter()
                    .map(|&j| format!("`{}.md`", sources[j].stem))
                    .collect();
                format!(
                    "{} would be published at the same address ({}/): rename all but one",
                    names.join(" and "),
                    source.stem.to_lowercase()
                )
            })
        };
        if let Some(message) = problem {
            outcome
                .problems
                .push(format!("{}:1:1: error: {message}", source.path.display()));
            bad[i] = true;
            outcome.failed = true;
        }
    }
    let mut kept = Vec::new();
    for (source, bad) in sources.into_iter().zip(bad) {
        if !bad {
            kept.push(source);
        }
    }
    Ok(kept)
}

/// Letters, digits, `-` and `_`: a folder name that needs no escaping in any URL.
fn is_url_safe(stem: &str) -> bool {
    !stem.is_empty()
        && stem
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn publish_one(
    source: &Source,
    options: &Options,
    assets: &Assets,
    build: &str,
    state: &State,
) -> Published {
    let mut published = Published {
        stem: source.stem.clone(),
        entry: None,
        files: 0,
        problems: Vec::new(),
        failed: false,
    };
    let fail = |mut published: Published, message: String| {
        published
            .problems
            .push(format!("{}:1:1: error: {message}", source.path.display()));
        published.failed = true;
        published
    };
    let hash = match source_hash(source, build) {
        Ok(hash) => hash,
        Err(message) => return fail(published, message),
    };
    let old = state.entries.get(&source.stem);
    let dir = options.dest.join(&source.stem);
    if old.is_some_and(|e| e.source == hash) && dir.join("index.html").is_file() {
        return published;
    }
    let mut loaded = load(&source.path);
    published
        .problems
        .extend(loaded.diagnostics.iter().map(|d| d.to_string()));
    if loaded.has_errors() {
        published.failed = true;
        return published;
    }
    let today = Date::parse_iso(options.now.get(..10).unwrap_or_default());
    match versions::carry_over(&dir, &mut loaded.briefing, today, assets) {
        Ok(carried) => {
            published.files += carried.files;
            published.problems.extend(carried.problems);
            published.failed |= carried.failed;
        }
        Err(problem) => {
            published.problems.push(problem);
            published.failed = true;
            return published;
        }
    }
    let place = Place {
        assets: "../",
        service_worker: Some("../sw.js"),
    };
    let page = match render_page(&assets.template, &loaded.briefing, place, &assets.names) {
        Ok(page) => page,
        Err(message) => return fail(published, message),
    };
    for (name, bytes) in [
        ("index.html", page.html.as_bytes()),
        ("manifest.webmanifest", page.manifest.as_bytes()),
    ] {
        match write_if_changed(&dir.join(name), bytes) {
            Ok(wrote) => published.files += usize::from(wrote),
            Err(message) => return fail(published, message),
        }
    }
    let b = &loaded.briefing;
    let same_version = old.is_some_and(|e| e.version == page.version);
    published.entry = Some(Entry {
        stem: source.stem.clone(),
        source: hash,
        version: page.version,
        title: b.title.clone(),
        lede: lede(b),
        lang: b.lang.clone(),
        date: b.date.map(|d| d.to_string()),
        published: old.map_or_else(|| options.now.clone(), |e| e.published.clone()),
        updated: match old {
            Some(e) if same_version => e.updated.clone(),
            _ => options.now.clone(),
        },
        claims: b.claims.len(),
        unconfirmed: b
            .claims
            .iter()
            .filter(|c| c.status == Status::Unconfirmed)
            .count(),
        outlets: b.outlets.len(),
        topics: b
            .topics
            .iter()
            .map(|t| (t.id.clone(), t.name.clone()))
            .collect(),
        words: search::words_of(b),
    });
    published
}

/// The lede as the index shows it: one paragraph, at most about 300 characters.
fn lede(b: &Briefing) -> String {
    let text = b.summary.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= 300 {
        return text;
    }
    let cut: String = text.chars().take(300).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.']))
}

/// What the briefing's page depends on: its file, its editor file, the assets and this program.
fn source_hash(source: &Source, build: &str) -> Result<String, String> {
    let mut hasher = Sha256::new();
    hasher.update(build.as_bytes());
    let read = |path: &Path| std::fs::read(path).map_err(|e| format!("cannot read it: {e}"));
    hasher.update(read(&source.path)?);
    let edits = edits_path(&source.path);
    if edits.is_file() {
        hasher.update(b"\0edits\0");
        hasher.update(read(&edits)?);
    }
    Ok(format!("{:x}", hasher.finalize()))
}

/// The assets and this program together: when either changes, every page is made again.
fn build_id(assets: &Assets) -> Result<String, String> {
    // The program by its size and time: reading all of it would cost more than the rest.
    let exe = std::env::current_exe().map_err(|e| format!("cannot find this program: {e}"))?;
    let meta = std::fs::metadata(&exe).map_err(|e| format!("{}: {e}", exe.display()))?;
    let mut hasher = Sha256::new();
    hasher.update(format!("{:?} {}", meta.modified().ok(), meta.len()));
    hasher.update(assets.template.as_bytes());
    for (name, bytes) in &assets.files {
        hasher.update(name.as_bytes());
        hasher.update(bytes);
    }
    Ok(format!("{:x}", hasher.finalize()))
}

/// The explorer's shared files, from a template build.
pub struct Assets {
    /// The empty page, minified.
    pub template: String,
    /// Every other file, by `/`-separated path, in path order.
    pub files: Vec<(String, Vec<u8>)>,
    /// The names of the top-level files, as the template refers to them.
    pub names: Vec<String>,
    /// The policy every page of the site is under: the inline code of a briefing's page and
    /// of the index, by hash.
    pub policy: String,
    /// The template's inline boot script and style, which the index reuses as they are.
    pub boot: String,
    pub style: String,
}

impl Assets {
    fn read(dir: &Path) -> Result<Assets, String> {
        let template_path = dir.join("index.html");
        let template = std::fs::read_to_string(&template_path).map_err(|e| {
            format!(
                "{}: {e} (scripts/site builds the assets there)",
                template_path.display()
            )
        })?;
        if !template.contains("<div id=app></div>") && !template.contains(r#"<div id="app"></div>"#)
        {
            return Err(format!(
                "{}: not a template (its explorer is already filled in); build it with BRIEFING_EXPLORER_TEMPLATE=1",
                template_path.display()
            ));
        }
        let mut files = Vec::new();
        collect(dir, dir, &mut files)?;
        files.retain(|(name, _)| {
            !name.starts_with('.')
                && !matches!(
                    name.as_str(),
                    "index.html" | "sw.js" | "_headers" | "manifest.webmanifest"
                )
        });
        files.sort();
        let names = files
            .iter()
            .filter(|(name, _)| !name.contains('/'))
            .map(|(name, _)| name.clone())
            .collect();
        let (boot, style) = page::boot_and_style(&template)
            .map(|(boot, style)| (boot.to_string(), style.to_string()))
            .ok_or_else(|| {
                format!(
                    "{}: no inline boot script and style",
                    template_path.display()
                )
            })?;
        let mut assets = Assets {
            policy: String::new(),
            template,
            files,
            names,
            boot,
            style,
        };
        // A briefing's page is one folder down, an earlier version's three: their loaders differ.
        let pages: String = ["../", "../../../"]
            .iter()
            .map(|p| page::relocate(&assets.template, p, &assets.names))
            .collect();
        assets.policy = page::content_security_policy(&pages);
        Ok(assets)
    }
}

/// Every file under `dir`, as a `/`-separated path relative to `root` with its contents.
pub fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, Vec<u8>)>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            collect(root, &path, files)?;
        } else {
            let relative = path.strip_prefix(root).map_err(|e| e.to_string())?;
            let name = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            files.push((
                name,
                std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?,
            ));
        }
    }
    Ok(())
}

/// The site's state, or an empty one when there is none or it cannot be read (then every
/// briefing is published again, which is always safe).
fn read_state(dest: &Path) -> State {
    std::fs::read(dest.join(STATE))
        .ok()
        .and_then(|bytes| serde_json::from_slice::<State>(&bytes).ok())
        .filter(|s| s.format == STATE_FORMAT)
        .unwrap_or_default()
}

fn write_state(dest: &Path, state: &mut State) -> Result<(), String> {
    state.format = STATE_FORMAT;
    let json = serde_json::to_vec(&state).map_err(|e| e.to_string())?;
    write_if_changed(&dest.join(STATE), &json).map(|_| ())
}

/// Removes a file the site no longer has, and the folders it leaves empty (up to `dest`).
fn remove_with_empty_folders(dest: &Path, name: &str) {
    let path = dest.join(name);
    if std::fs::remove_file(&path).is_err() {
        return;
    }
    let mut dir = path.parent();
    while let Some(d) = dir.filter(|d| *d != dest) {
        if std::fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
}
