//! Synthetic briefings in the house style, for benchmarks and scale tests: any number of claims,
//! with sections, numbered groups, labels, hedges and shared sources, the same for the same seed.

const SUBJECTS: &[&str] = &[
    "The government",
    "Officials in the capital",
    "The opposition coalition",
    "The central bank",
    "Naval commanders",
    "Regional envoys",
    "The energy ministry",
    "Border authorities",
    "Prosecutors",
    "Health officials",
    "A coalition of refiners",
    "The foreign minister",
];
const ACTIONS: &[&str] = &[
    "announced new sanctions on oil exports",
    "opened talks on a ceasefire with neighbouring states",
    "deployed troops along the northern border",
    "seized a shipment of cocaine bound for Europe",
    "raised interest rates to curb inflation",
    "signed an agreement on migration and asylum",
    "launched an inquiry into election fraud",
    "restored power to the main refinery",
    "detained activists after protests in the capital",
    "reported a surge in hospital admissions",
    "proposed a treaty on cyber security",
    "cut gas prices for households",
];
const HEDGES: &[&str] = &[
    "reportedly",
    "allegedly",
    "according to unnamed sources,",
    "may have",
    "could soon have",
];
const LABELS: &[&str] = &[
    "Energy",
    "Security",
    "Diplomacy",
    "Economy",
    "Migration",
    "Courts",
    "Health",
    "Elections",
];
const DOMAINS: &[&str] = &[
    "apnews.com",
    "www.reuters.com",
    "www.scmp.com",
    "www.euronews.com",
    "www.straitstimes.com",
    "www.firstpost.com",
    "www.military.com",
    "www.example-gazette.com",
    "news.daily-ledger.net",
];

/// A small linear congruential generator: reproducible across platforms and Rust versions.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, bound: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % bound as u64) as usize
    }
}

/// A briefing with `claims` claims. `flattened` joins it onto one line as the house pipeline does.
pub fn synth(claims: usize, seed: u64, flattened: bool) -> String {
    let mut rng = Lcg(seed ^ 0x9e37_79b9_7f4a_7c15);
    let mut lines: Vec<String> = vec![
        format!("### Synthetic Briefing of {claims} Claims"),
        String::new(),
        "A generated briefing used to measure the explorer at scale; every claim cites at least one source.".to_string(),
    ];
    for c in 0..claims {
        if c % 40 == 0 {
            lines.push(String::new());
            lines.push(format!("### Part {} of the Briefing", c / 40 + 1));
            lines.push(String::new());
        }
        if c % 10 == 0 {
            lines.push(format!(
                "{}. **Group {} Developments**",
                (c % 40) / 10 + 1,
                c / 10 + 1
            ));
        }
        let subject = SUBJECTS[rng.next(SUBJECTS.len())];
        let action = ACTIONS[rng.next(ACTIONS.len())];
        let hedge = if rng.next(10) < 3 {
            format!("{} ", HEDGES[rng.next(HEDGES.len())])
        } else {
            String::new()
        };
        let label = if rng.next(3) == 0 {
            format!("**{}**: ", LABELS[rng.next(LABELS.len())])
        } else {
            String::new()
        };
        let sources: Vec<String> = (0..1 + rng.next(3))
            .map(|_| {
                let domain = DOMAINS[rng.next(DOMAINS.len())];
                format!(
                    "[https://{domain}/2026/{:02}/{:02}/story-{}]",
                    1 + rng.next(12),
                    1 + rng.next(28),
                    rng.next(claims.max(1) * 2)
                )
            })
            .collect();
        lines.push(format!(
            "   - {label}{subject} {hedge}{action} in update {c} {}.",
            sources.join(" ")
        ));
    }
    if flattened {
        lines
            .iter()
            .filter(|l| !l.is_empty())
            .map(|l| l.trim())
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        lines.join("\n") + "\n"
    }
}

/// One claim of `words` words, every one of them a cue or a word that cancels one: the worst
/// case for the status rules' scope (tests and benchmarks).
pub fn cue_claim(words: usize) -> String {
    let cues = [
        "may",
        "not",
        "if",
        "alleged",
        "said",
        "would",
        "\"sources",
        "familiar\"",
        "with",
    ];
    let text: Vec<&str> = (0..words).map(|i| cues[i * 7 % cues.len()]).collect();
    text.join(" ")
}
