//! Any text as a claim, in every language the rules know: judging never panics, takes time in
//! proportion to the text (libFuzzer's -timeout catches anything slower), every deciding word
//! is a piece of the text as written, and the reason quotes them.
#![no_main]

use briefing::lang::languages;
use briefing::model::Status;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for language in languages() {
        let verdict = language.status.judge(None, text);
        assert_eq!(verdict.status == Status::Unconfirmed, !verdict.words.is_empty());
        assert_eq!(verdict.words.is_empty(), verdict.kinds.is_empty());
        let reason = briefing::lang::catalog_or_english(language.code)
            .reason(&verdict.kinds, &verdict.words);
        for word in &verdict.words {
            assert!(text.contains(word.as_str()), "{word:?} is not in the text");
            assert!(reason.contains(word.as_str()));
        }
        let middle = (0..=text.len() / 2)
            .rev()
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(0);
        let (label, rest) = text.split_at(middle);
        let _ = language.status.judge(Some(label), rest);
    }
});
