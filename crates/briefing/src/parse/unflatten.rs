//! Recovers the line breaks a flattened briefing lost, so a markdown parser sees its headings,
//! numbered groups and bullets again. Keeps a map from every byte of the result back to the
//! original, so messages point into the file the author wrote. One pass, linear in the input.
//!
//! A break goes before a structural marker that sits mid-line where prose would not put it:
//! a `###` heading marker; a bullet (`- `) or number (`2. `) after a citation, a sentence end or
//! a bold label, or followed by a bold label. In a heading that runs on into prose, the heading
//! ends before a long bold thesis, where a capitalised article or preposition after an ordinary
//! word shows a sentence-case heading giving way to its text, or where its Title Case gives way
//! to a sentence.

/// Text with line breaks restored, and the way back to the original's byte offsets.
pub struct Unflattened {
    pub text: String,
    /// Copied runs: (start in `text`, start in the original, length).
    runs: Vec<(usize, usize, usize)>,
}

impl Unflattened {
    /// The original byte offset of a byte of `text`; inserted breaks map to the end of the run
    /// before them, which is where the author's line went on.
    pub fn original_offset(&self, at: usize) -> usize {
        let i = self.runs.partition_point(|r| r.0 <= at);
        match i.checked_sub(1).map(|i| self.runs[i]) {
            Some((text_start, original_start, len)) => original_start + (at - text_start).min(len),
            None => 0,
        }
    }
}

pub fn unflatten(src: &str) -> Unflattened {
    let mut out = Unflattened {
        text: String::with_capacity(src.len() + src.len() / 16),
        runs: Vec::new(),
    };
    let mut line_start = 0;
    let mut in_fence = false;
    for line in src.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_fence = !in_fence;
        }
        let breaks = if in_fence {
            Vec::new()
        } else {
            line_breaks(line)
        };
        let mut from = 0;
        for at in breaks {
            copy(
                &mut out,
                src,
                line_start + from,
                line_start + line[..at].trim_end().len(),
            );
            out.text.push_str("\n\n");
            from = at;
        }
        copy(&mut out, src, line_start + from, line_start + line.len());
        line_start += line.len();
    }
    out
}

fn copy(out: &mut Unflattened, src: &str, from: usize, to: usize) {
    if to > from {
        out.runs.push((out.text.len(), from, to - from));
        out.text.push_str(&src[from..to]);
    }
}

/// Byte offsets in `line` where a lost line break belongs, in order.
fn line_breaks(line: &str) -> Vec<usize> {
    let bytes = line.as_bytes();
    let content_start = line.len() - line.trim_start().len();
    let mut markers: Vec<usize> = Vec::new();
    let mut i = content_start + 1;
    while i < bytes.len() {
        if bytes[i - 1].is_ascii_whitespace() && is_marker(line, content_start, i) {
            markers.push(i);
        }
        i += 1;
    }
    // In a run-on heading, a list marker whose item goes on to cite a source starts that item,
    // even without the punctuation that marks items elsewhere ("## Part - A claim [https://..]").
    let mut starts = vec![content_start];
    starts.extend(markers.iter().copied());
    let mut ends = markers.clone();
    ends.push(line.trim_end().len().max(content_start));
    for (&start, &end) in starts.iter().zip(&ends) {
        if heading_text_start(&line[start..end]).is_some() {
            markers.extend(cited_item_in_heading(line, start, end));
        }
    }
    markers.sort_unstable();
    // A heading that runs on into prose on the same line is split where the prose begins.
    let mut breaks = Vec::with_capacity(markers.len());
    let flattened = !markers.is_empty();
    let segment_starts = std::iter::once(content_start).chain(markers.iter().copied());
    let segment_ends = markers
        .iter()
        .copied()
        .chain(std::iter::once(line.trim_end().len().max(content_start)));
    for (start, end) in segment_starts.zip(segment_ends) {
        if start != content_start {
            breaks.push(start);
        }
        if let Some(text_start) = heading_text_start(&line[start..end]) {
            let heading = &line[start + text_start..end];
            if flattened || heading.contains("[http") || heading.split_whitespace().count() > 20 {
                breaks.extend(heading_end(heading).map(|at| start + text_start + at));
            }
        }
    }
    breaks
}

/// The first list marker in a heading segment whose item cites a source before the segment ends.
fn cited_item_in_heading(line: &str, start: usize, end: usize) -> Option<usize> {
    let bytes = line.as_bytes();
    let first_citation = line[start..end].find("[http").map(|at| start + at)?;
    let text_start = start + heading_text_start(&line[start..end])?;
    (text_start + 1..first_citation)
        .find(|&i| bytes[i - 1] == b' ' && list_item_text(&line[i..]).is_some())
}

/// The text after a list marker (`- `, `* `, `+ `, `12. `) at the start of `rest`.
fn list_item_text(rest: &str) -> Option<&str> {
    if rest.starts_with("- ") || rest.starts_with("* ") || rest.starts_with("+ ") {
        return Some(&rest[2..]);
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    ((1..=3).contains(&digits) && rest[digits..].starts_with(". ")).then(|| &rest[digits + 2..])
}

/// After the `#` run and space of a heading segment, or `None` if it is not a heading.
fn heading_text_start(segment: &str) -> Option<usize> {
    let hashes = segment.bytes().take_while(|&b| b == b'#').count();
    ((1..=6).contains(&hashes) && segment.as_bytes().get(hashes) == Some(&b' '))
        .then_some(hashes + 1)
}

fn is_marker(line: &str, content_start: usize, i: usize) -> bool {
    let rest = &line[i..];
    let before = line[content_start..i].trim_end();
    if heading_text_start(rest).is_some() {
        return true;
    }
    let after_structure =
        before.ends_with([']', '.', ':', '!', '?', ')', '"', '\u{201D}']) || before.ends_with("**");
    list_item_text(rest).is_some_and(|text| after_structure || text.trim_start().starts_with("**"))
}

/// Where a run-on heading's own text ends, as an offset into `heading`.
fn heading_end(heading: &str) -> Option<usize> {
    if let Some(at) = bold_thesis_start(heading) {
        return Some(at);
    }
    let words: Vec<(usize, &str)> = heading
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - heading.as_ptr() as usize, w))
        .collect();
    let start = sentence_case_end(&words).or_else(|| title_case_end(&words))?;
    Some(words[start].0)
}

/// In a sentence-case heading run on into its text ("Milei acelera el ajuste mientras la
/// inflación cede El gobierno profundizó"), the text starts at a frequent word (an article, a
/// preposition, in any language) written with a capital after an ordinary word with no
/// punctuation between: mid-heading, sentence case would have left it lower-case. After another
/// frequent word it is a name ("incendios en Los Ángeles"); in Title Case every word has one.
/// Returns the index of the word the text starts at; `words` are the heading's, with offsets.
fn sentence_case_end(words: &[(usize, &str)]) -> Option<usize> {
    let frequent: Vec<bool> = words
        .iter()
        .map(|(_, w)| crate::lang::is_stopword(&crate::text::fold(bare(w))))
        .collect();
    (2..words.len()).find(|&j| {
        let before = words[j - 1].1;
        is_capitalised(words[j].1)
            && frequent[j]
            && !frequent[j - 1]
            && first_letter(before).is_some_and(char::is_lowercase)
            && before.ends_with(|c: char| c.is_alphanumeric())
    })
}

/// A bold run of four or more words after some heading text is a thesis, not part of the heading.
fn bold_thesis_start(heading: &str) -> Option<usize> {
    let mut search = 0;
    while let Some(found) = heading[search..].find(" **") {
        let open = search + found + 1;
        let inner_start = open + 2;
        if let Some(len) = heading[inner_start..].find("**") {
            if heading[..open].trim().is_empty() {
                return None;
            }
            if heading[inner_start..inner_start + len]
                .split_whitespace()
                .count()
                >= 4
            {
                return Some(open);
            }
            search = inner_start + len + 2;
        } else {
            return None;
        }
    }
    None
}

/// Lower-case words that Title Case leaves alone.
const SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with", "by",
    "from", "as", "vs", "via", "amid", "over", "into", "onto", "per", "than", "up", "off", "out",
    "about", "after", "before", "under", "upon", "against", "between", "is", "are", "&", "-",
];

/// In "Title Case Words Then a sentence that goes on", the sentence starts at the last
/// capitalised word before the first ordinary lower-case word (its index in `words`). `None` if
/// the text never leaves Title Case, or leaves it at once (a sentence-case heading:
/// `sentence_case_end` finds where those end, when a capital gives it away).
fn title_case_end(words: &[(usize, &str)]) -> Option<usize> {
    let first_prose = words.iter().position(|(_, w)| is_prose_word(w))?;
    (1..first_prose).rev().find(|&j| is_capitalised(words[j].1))
}

fn first_letter(word: &str) -> Option<char> {
    word.chars().find(|c| c.is_alphanumeric())
}

fn is_capitalised(word: &str) -> bool {
    first_letter(word).is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

/// The word without the punctuation around it.
fn bare(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

fn is_prose_word(word: &str) -> bool {
    first_letter(word).is_some_and(char::is_lowercase) && !SMALL_WORDS.contains(&bare(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lost_line_breaks_come_back() {
        for (flat, expected) in [
            (
                "### A Big Title Amid Tensions In a surprising turn, talks began. ### Next Part 1. **Group** - Claim one [https://a.com/x]. - **Label**: Claim two [https://b.com/y].",
                "### A Big Title Amid Tensions\n\nIn a surprising turn, talks began.\n\n### Next Part\n\n1. **Group**\n\n- Claim one [https://a.com/x].\n\n- **Label**: Claim two [https://b.com/y].",
            ),
            (
                "### Conclusion: A Path Forward **This is the bold thesis of it** that could lead on. 1. **Point**: text [https://a.com].",
                "### Conclusion: A Path Forward\n\n**This is the bold thesis of it** that could lead on.\n\n1. **Point**: text [https://a.com].",
            ),
            (
                "### Argentina: Milei acelera el ajuste mientras la inflación cede El gobierno profundizó el recorte. ### Parte 1. **Grupo** - Una afirmación [https://a.com/x].",
                "### Argentina: Milei acelera el ajuste mientras la inflación cede\n\nEl gobierno profundizó el recorte.\n\n### Parte\n\n1. **Grupo**\n\n- Una afirmación [https://a.com/x].",
            ),
            (
                "### Incendios en Los Ángeles obligan a evacuar a miles de personas Las llamas avanzan. - Una afirmación [https://a.com/x].",
                "### Incendios en Los Ángeles obligan a evacuar a miles de personas\n\nLas llamas avanzan.\n\n- Una afirmación [https://a.com/x].",
            ),
            (
                "### Sudan's war enters its third year The fighting has spread. - A claim [https://a.com/x].",
                "### Sudan's war enters its third year\n\nThe fighting has spread.\n\n- A claim [https://a.com/x].",
            ),
            (
                "### Supporting Evidence and Data - **Military Actions**: strikes [https://a.com]. 2. **Next**: more [https://b.com].",
                "### Supporting Evidence and Data\n\n- **Military Actions**: strikes [https://a.com].\n\n2. **Next**: more [https://b.com].",
            ),
        ] {
            assert_eq!(unflatten(flat).text, expected);
        }
    }

    #[test]
    fn ordinary_markdown_is_left_alone() {
        for text in [
            "# Title\n\nIn a surprising turn, prices - already high - rose.\n\n## Part\n\n- **Label**: a claim [https://a.com].\n- another claim [https://b.com]\n",
            "### How oil prices shape the talks\n\nText.\n",
            "1. **Group**\n   - nested claim [https://a.com]\n",
            "Costs rose by 3. Then they fell.\n",
            "```\n### not a heading - [x]. - y\n```\n",
        ] {
            assert_eq!(unflatten(text).text, text);
        }
    }

    #[test]
    fn offsets_map_back_to_the_original() {
        let flat = "### T In a way. - Claim [https://a.com].";
        let out = unflatten(flat);
        for needle in ["In a way", "- Claim", "[https://a.com]"] {
            let at = out.text.find(needle).unwrap();
            assert_eq!(
                out.original_offset(at),
                flat.find(needle).unwrap(),
                "{needle}"
            );
        }
    }
}
