//! "Embed this": the snippets a newsroom pastes into an article, with a starting topic, status
//! and height reflected in them, and buttons that copy each one. Its state (open or not, the
//! options) lives in the explorer's store.

use briefing::model::Briefing;
use briefing::query::StatusFilter;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::store::{Change, Copied, EmbedStart, Page};

/// Escapes text for a double-quoted HTML attribute.
fn attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            c => out.push(c),
        }
    }
    out
}

/// The embed snippets for a start state: the script form and the plain iframe form.
pub fn snippets(base_url: &str, title: &str, start: &EmbedStart) -> [String; 2] {
    let mut src = base_url.to_string() + "?embed";
    if !start.topic.is_empty() {
        src += "&topic=";
        src += &briefing::text::percent_encode(&start.topic);
    }
    if start.status != StatusFilter::All {
        src += "&status=";
        src += start.status.as_str();
    }
    let dir = base_url.rsplit_once('/').map_or(base_url, |(dir, _)| dir);
    let title = attribute(title);
    let height = start.height.to_string();
    [
        format!(
            "<div data-briefing-explorer data-src=\"{src}\" data-height=\"{height}\" data-title=\"{title}\"></div>\n<script src=\"{dir}/embed.js\" async></script>"
        ),
        format!(
            "<iframe src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"{height}\" style=\"border:0;width:100%\" loading=\"lazy\" sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox\"></iframe>"
        ),
    ]
}

/// The snippets' ids and labels, in the order `snippets` returns them.
const SNIPPETS: [(&str, &str); 2] = [
    (
        "script",
        "With our script (sizes itself, keeps the reader\u{2019}s view in the article\u{2019}s address)",
    ),
    ("iframe", "Plain iframe (no script on your page)"),
];

/// The panel's button, and the panel itself while open. `on_copy` copies a text and records
/// what it was.
pub fn embed_panel(
    b: &Briefing,
    page: &Page,
    on_change: &Callback<Change>,
    on_copy: &Callback<(String, Copied)>,
) -> Html {
    let body = match (&page.base_url, &page.embed_panel) {
        (Some(base), Some(start)) => {
            // One handler for every field: fields are told apart by name.
            let onchange = {
                let on_change = on_change.clone();
                move |e: Event| {
                    let Some(field) = e.target() else { return };
                    let read = |key: &str| {
                        js_sys::Reflect::get(&field, &JsValue::from_str(key))
                            .ok()
                            .and_then(|v| v.as_string())
                    };
                    if let (Some(name), Some(value)) = (read("name"), read("value")) {
                        on_change.emit(Change::EmbedOption(name, value));
                    }
                }
            };
            let texts = snippets(base, &b.title, start);
            html! {
                <div class="embed-panel" id="embed-panel">
                    <form class="embed-options" {onchange}>
                        <label>{"Starting topic"}
                            <select name="topic">
                                <option value="" selected={start.topic.is_empty()}>{"All topics"}</option>
                                { for b.topics.iter().map(|t| html! { <option value={t.id.clone()} selected={start.topic == t.id}>{t.name.clone()}</option> }) }
                            </select>
                        </label>
                        <label>{"Starting status"}
                            <select name="status">
                                { for StatusFilter::ALL.into_iter().map(|s| html! { <option value={s.as_str()} selected={start.status == s}>{s.as_str()}</option> }) }
                            </select>
                        </label>
                        <label>{"Height (px) without script"}
                            <input name="height" type="number" min="240" max="4000" step="10" value={start.height.to_string()} />
                        </label>
                    </form>
                    { for SNIPPETS.iter().zip(texts).enumerate().map(|(i, (&(which, label), text))| {
                        let result = match page.copied {
                            Some((Copied::Snippet(w), true)) if w == i => "Copied",
                            Some((Copied::Snippet(w), false)) if w == i => "Copy failed: select the text",
                            _ => "Copy",
                        };
                        let id = format!("embed-{which}");
                        let onclick = on_copy.reform({
                            let text = text.clone();
                            move |_: MouseEvent| (text.clone(), Copied::Snippet(i))
                        });
                        html! {
                            <>
                                <label for={id.clone()}>{label}</label>
                                <textarea {id} readonly=true rows="3" value={text} />
                                <button type="button" {onclick}>{result}<span class="visually-hidden">{" the "}{which}{" snippet"}</span></button>
                            </>
                        }
                    }) }
                </div>
            }
        }
        _ => Html::default(),
    };
    let open = page.embed_panel.is_some();
    html! {
        <div class="embed">
            <button type="button" class="embed-toggle" aria-expanded={if open { "true" } else { "false" }} aria-controls="embed-panel" onclick={on_change.reform(|_: MouseEvent| Change::ToggleEmbedPanel)} disabled={page.base_url.is_none()}>
                {"Embed this"}
            </button>
            {body}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_carry_the_chosen_start_and_escape_the_title() {
        let options = EmbedStart::default()
            .with("topic", "drugs-crime")
            .with("status", "unconfirmed")
            .with("height", "900");
        let [script, iframe] = snippets(
            "https://news.example/briefing/index.html",
            "Talks \"now\" & <then>",
            &options,
        );
        assert!(script.contains(r#"data-src="https://news.example/briefing/index.html?embed&topic=drugs-crime&status=unconfirmed""#));
        assert!(script.contains(r#"<script src="https://news.example/briefing/embed.js" async>"#));
        assert!(script.contains(r#"data-title="Talks &quot;now&quot; &amp; &lt;then>""#));
        assert!(
            iframe.contains(r#"height="900""#)
                && iframe.contains(r#"sandbox="allow-scripts allow-same-origin allow-popups"#)
        );
    }
}
