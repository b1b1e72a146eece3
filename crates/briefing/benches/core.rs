//! Native benchmarks of the core at 100, 1,000 and 10,000 claims: parsing both input forms,
//! decoding the page's briefing and building the search index (the explorer's start-up), and filtering.
//! Run with `cargo bench -p briefing` (scripts/bench runs it with the browser benchmarks).

use briefing::codec::{decode, encode};
use briefing::parse::parse;
use briefing::query::{ClaimIndex, Filter, StatusFilter, TopicSet};
use briefing::synth::synth;
use divan::counter::BytesCount;
use divan::Bencher;

const SIZES: [usize; 3] = [100, 1_000, 10_000];

fn main() {
    divan::main();
}

#[divan::bench(args = SIZES)]
fn parse_multiline(bencher: Bencher, claims: usize) {
    let text = synth(claims, 1, false);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| parse("b.md", text.as_bytes()));
}

#[divan::bench(args = SIZES)]
fn parse_flattened(bencher: Bencher, claims: usize) {
    let text = synth(claims, 1, true);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| parse("b.md", text.as_bytes()));
}

#[divan::bench(args = SIZES)]
fn start_up_decode_and_index(bencher: Bencher, claims: usize) {
    let text = encode(&parse("b.md", synth(claims, 1, false).as_bytes()).briefing);
    bencher.bench(|| {
        let decoded = decode(&text).expect("the page's briefing decodes");
        ClaimIndex::new(&decoded.briefing)
    });
}

/// The rules alone (topics, status and reasons of every claim) on a briefing of about 1 MB
/// (5,000 claims): the build judges every briefing it publishes.
#[divan::bench]
fn judge_a_megabyte_briefing(bencher: Bencher) {
    let text = synth(5_000, 1, false);
    let parsed = parse("b.md", text.as_bytes()).briefing;
    bencher
        .counter(BytesCount::of_str(&text))
        .with_inputs(|| parsed.clone())
        .bench_values(|mut b| briefing::parse::apply_rules(&mut b));
}

/// One claim of 10,000 words, every one of them a cue or a word that cancels one.
#[divan::bench]
fn judge_a_claim_of_ten_thousand_cue_words(bencher: Bencher) {
    let text = briefing::synth::cue_claim(10_000);
    let rules = &briefing::lang::english().status;
    bencher.bench(|| rules.judge(None, &text));
}

fn index(claims: usize) -> ClaimIndex {
    ClaimIndex::new(&parse("b.md", synth(claims, 1, false).as_bytes()).briefing)
}

#[divan::bench(args = SIZES)]
fn filter_by_topic_and_status(bencher: Bencher, claims: usize) {
    let index = index(claims);
    let filter = Filter {
        topics: TopicSet::of(&[0, 2]),
        status: StatusFilter::Unconfirmed,
        ..Filter::default()
    };
    bencher.bench(|| index.results(&filter));
}

#[divan::bench(args = SIZES)]
fn filter_by_search(bencher: Bencher, claims: usize) {
    let index = index(claims);
    let filter = Filter {
        search: "border minist".into(),
        ..Filter::default()
    };
    bencher.bench(|| index.results(&filter));
}
