//! The editorial rules: which topics a claim belongs to (`topics`) and whether it is confirmed
//! (`status`), each with words a reader can check. The word lists are data, one folder per
//! language (`lang`); both read them through the same small pattern language (`pattern`).
//! Works on claim text, labels and headings; knows nothing of markdown or views.

pub mod pattern;
pub mod status;
pub mod topics;

pub use status::{StatusRules, Verdict};
pub use topics::{ClaimWords, ProposedTopic, TopicRules, MAX_TOPICS};
