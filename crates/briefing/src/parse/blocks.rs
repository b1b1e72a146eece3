//! Reads markdown with pulldown-cmark into a flat list of blocks (headings, paragraphs, list
//! items) with their plain text, bold runs and links, each traceable to a byte of the input.
//! It decides nothing about claims; `parse` gives the blocks their meaning.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    Heading(u8),
    Paragraph,
    /// A list item at a nesting depth (0 for a top-level list).
    Item {
        ordered: bool,
        depth: usize,
    },
}

#[derive(Debug)]
pub struct Block {
    pub kind: BlockKind,
    /// Byte offset of the block in the markdown.
    pub start: usize,
    pub inline: Inline,
}

/// A block's text with markup removed; hostile HTML stays as literal text.
#[derive(Debug, Default)]
pub struct Inline {
    pub text: String,
    /// Byte ranges of `text` in bold.
    pub strong: Vec<(usize, usize)>,
    /// Link destinations (`[text](url)`, `<url>`): offset of the link in `text`, offset in the
    /// markdown, destination.
    pub links: Vec<(usize, usize, String)>,
    /// Pieces of `text` as (start in text, start in markdown, same length in both).
    pieces: Vec<(usize, usize, bool)>,
}

impl Inline {
    fn push(&mut self, s: &str, source: std::ops::Range<usize>) {
        self.pieces
            .push((self.text.len(), source.start, s.len() == source.len()));
        self.text.push_str(s);
    }

    /// The markdown offset of a byte of `text`: exact inside plain text, else the start of the
    /// piece (an entity, an escape) it came from.
    pub fn source_offset(&self, at: usize) -> usize {
        let i = self.pieces.partition_point(|p| p.0 <= at);
        match i.checked_sub(1).map(|i| self.pieces[i]) {
            Some((text_start, source_start, exact)) => {
                source_start + if exact { at - text_start } else { 0 }
            }
            None => 0,
        }
    }
}

pub fn read_blocks(markdown: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut current: Option<Block> = None;
    let mut lists: Vec<bool> = Vec::new();
    let mut strong_starts: Vec<usize> = Vec::new();
    let options = Options::empty();
    for (event, range) in Parser::new_ext(markdown, options).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                flush(&mut blocks, &mut current);
                current = Some(Block {
                    kind: BlockKind::Heading(heading_level(level)),
                    start: range.start,
                    inline: Inline::default(),
                });
            }
            Event::Start(Tag::Paragraph | Tag::HtmlBlock) => {
                // A loose list item wraps its text in a paragraph: keep it in the item.
                let in_empty_item = current.as_ref().is_some_and(|b| {
                    matches!(b.kind, BlockKind::Item { .. }) && b.inline.text.trim().is_empty()
                });
                if !in_empty_item {
                    flush(&mut blocks, &mut current);
                    current = Some(Block {
                        kind: BlockKind::Paragraph,
                        start: range.start,
                        inline: Inline::default(),
                    });
                }
            }
            Event::Start(Tag::List(first)) => {
                flush(&mut blocks, &mut current);
                lists.push(first.is_some());
            }
            Event::End(TagEnd::List(_)) => {
                flush(&mut blocks, &mut current);
                lists.pop();
            }
            Event::Start(Tag::Item) => {
                flush(&mut blocks, &mut current);
                let kind = BlockKind::Item {
                    ordered: lists.last().copied().unwrap_or(false),
                    depth: lists.len().saturating_sub(1),
                };
                current = Some(Block {
                    kind,
                    start: range.start,
                    inline: Inline::default(),
                });
            }
            Event::End(
                TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::HtmlBlock | TagEnd::Item,
            ) => {
                let in_item = current
                    .as_ref()
                    .is_some_and(|b| matches!(b.kind, BlockKind::Item { .. }));
                if !in_item || matches!(event, Event::End(TagEnd::Item)) {
                    flush(&mut blocks, &mut current);
                }
            }
            Event::Start(Tag::Strong) => strong_starts.push(text_len(&current)),
            Event::End(TagEnd::Strong) => {
                if let (Some(start), Some(block)) = (strong_starts.pop(), current.as_mut()) {
                    block.inline.strong.push((start, block.inline.text.len()));
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                if let Some(block) = current.as_mut() {
                    block.inline.links.push((
                        block.inline.text.len(),
                        range.start,
                        dest_url.to_string(),
                    ));
                }
            }
            Event::Text(s)
            | Event::Code(s)
            | Event::InlineHtml(s)
            | Event::Html(s)
            | Event::InlineMath(s)
            | Event::DisplayMath(s) => {
                let block = current.get_or_insert_with(|| Block {
                    kind: BlockKind::Paragraph,
                    start: range.start,
                    inline: Inline::default(),
                });
                block.inline.push(&s, range);
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(block) = current.as_mut() {
                    block.inline.push(" ", range.start..range.start + 1);
                }
            }
            _ => {}
        }
    }
    flush(&mut blocks, &mut current);
    blocks
}

fn text_len(current: &Option<Block>) -> usize {
    current.as_ref().map_or(0, |b| b.inline.text.len())
}

fn flush(blocks: &mut Vec<Block>, current: &mut Option<Block>) {
    if let Some(block) = current.take() {
        if !block.inline.text.trim().is_empty() {
            blocks.push(block);
        }
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds_and_text(markdown: &str) -> Vec<(BlockKind, String)> {
        read_blocks(markdown)
            .into_iter()
            .map(|b| (b.kind, b.inline.text))
            .collect()
    }

    #[test]
    fn blocks_keep_their_kind_and_plain_text() {
        let markdown = "# Title\n\nLede *here*.\n\n## Part\n\n1. **Group**\n   - claim [https://a.com]\n   - other\n\n<script>alert(1)</script>\n";
        let item = |ordered, depth| BlockKind::Item { ordered, depth };
        assert_eq!(
            kinds_and_text(markdown),
            [
                (BlockKind::Heading(1), "Title".to_string()),
                (BlockKind::Paragraph, "Lede here.".to_string()),
                (BlockKind::Heading(2), "Part".to_string()),
                (item(true, 0), "Group".to_string()),
                (item(false, 1), "claim [https://a.com]".to_string()),
                (item(false, 1), "other".to_string()),
                (
                    BlockKind::Paragraph,
                    "<script>alert(1)</script>\n".to_string()
                ),
            ]
        );
    }

    #[test]
    fn bold_runs_links_and_offsets_are_kept() {
        let markdown = "- **Label**: see [the report](javascript:x) &amp; [https://a.com]";
        let blocks = read_blocks(markdown);
        let inline = &blocks[0].inline;
        assert_eq!(inline.text, "Label: see the report & [https://a.com]");
        assert_eq!(inline.strong, [(0, 5)]);
        assert_eq!(
            inline.links,
            [(
                11,
                markdown.find("[the").unwrap(),
                "javascript:x".to_string()
            )]
        );
        let at = inline.text.find("https").unwrap();
        assert_eq!(inline.source_offset(at), markdown.find("https").unwrap());
    }
}
