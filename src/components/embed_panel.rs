//! "Embed this": the snippets a newsroom pastes into an article, with a starting topic, status
//! and height reflected in them, and buttons that copy each one.

use std::rc::Rc;

use briefing::query::StatusFilter;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::bundle::Explorer;

#[derive(Properties, PartialEq)]
pub struct EmbedPanelProps {
    pub explorer: Rc<Explorer>,
    /// The explorer's address without a query; known only once the page runs in a browser.
    pub base_url: Option<AttrValue>,
    pub on_copy: Callback<(String, Callback<bool>)>,
}

/// What the snippets start the embed with.
#[derive(Clone, PartialEq)]
pub struct EmbedOptions {
    pub topic: String,
    pub status: StatusFilter,
    pub height: u32,
}

impl Default for EmbedOptions {
    fn default() -> Self {
        EmbedOptions {
            topic: String::new(),
            status: StatusFilter::All,
            height: 640,
        }
    }
}

impl EmbedOptions {
    /// Takes one form field's new value; anything unexpected leaves the options as they were.
    fn with(&self, field: &str, value: &str) -> EmbedOptions {
        let mut next = self.clone();
        match field {
            "topic" => next.topic = value.to_string(),
            "status" => next.status = StatusFilter::parse(value).unwrap_or_default(),
            "height" => {
                next.height = value
                    .parse()
                    .map_or(self.height, |h: u32| h.clamp(240, 4000))
            }
            _ => {}
        }
        next
    }
}

/// The embed snippets for a start state: the script form and the plain iframe form.
pub fn snippets(base_url: &str, title: &str, options: &EmbedOptions) -> (String, String) {
    let mut src = format!("{base_url}?embed");
    if !options.topic.is_empty() {
        src += &format!("&topic={}", briefing::state::percent_encode(&options.topic));
    }
    if options.status != StatusFilter::All {
        src += &format!("&status={}", options.status.as_str());
    }
    let dir = base_url.rsplit_once('/').map_or(base_url, |(dir, _)| dir);
    let title = title
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;");
    let height = options.height;
    let script = format!(
        "<div data-briefing-explorer data-src=\"{src}\" data-height=\"{height}\" data-title=\"{title}\"></div>\n<script src=\"{dir}/embed.js\" async></script>"
    );
    let iframe = format!(
        "<iframe src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"{height}\" style=\"border:0;width:100%\" loading=\"lazy\" sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox\"></iframe>"
    );
    (script, iframe)
}

#[component]
pub fn EmbedPanel(props: &EmbedPanelProps) -> Html {
    let open = use_state(|| false);
    let options = use_state(EmbedOptions::default);
    let copied = use_state(|| None::<(&'static str, bool)>);
    let toggle = {
        let open = open.clone();
        move |_: MouseEvent| open.set(!*open)
    };
    let b = &props.explorer.briefing;
    let panel = match (&props.base_url, *open) {
        (Some(base), true) => {
            let (script, iframe) = snippets(base, &b.title, &options);
            // One handler for every field: fields are told apart by name.
            let onchange = {
                let options = options.clone();
                move |e: Event| {
                    let Some(field) = e.target() else { return };
                    let read = |key: &str| {
                        js_sys::Reflect::get(&field, &JsValue::from_str(key))
                            .ok()
                            .and_then(|v| v.as_string())
                    };
                    if let (Some(name), Some(value)) = (read("name"), read("value")) {
                        options.set(options.with(&name, &value));
                    }
                }
            };
            let snippet = |which: &'static str, label: &'static str, text: String| {
                let on_copy = props.on_copy.clone();
                let copied = copied.clone();
                let result = match *copied {
                    Some((w, true)) if w == which => "Copied",
                    Some((w, false)) if w == which => "Copy failed: select the text",
                    _ => "Copy",
                };
                let id = format!("embed-{which}");
                html! {
                    <>
                        <label for={id.clone()}>{label}</label>
                        <textarea id={id} readonly=true rows="3" value={text.clone()} />
                        <button type="button" onclick={move |_| {
                            let copied = copied.clone();
                            on_copy.emit((text.clone(), Callback::from(move |ok| copied.set(Some((which, ok))))));
                        }}>{result}<span class="visually-hidden">{format!(" the {which} snippet")}</span></button>
                    </>
                }
            };
            html! {
                <div class="embed-panel" id="embed-panel">
                    <form class="embed-options" {onchange}>
                        <label>{"Starting topic"}
                            <select name="topic">
                                <option value="" selected={options.topic.is_empty()}>{"All topics"}</option>
                                { for b.topics.iter().map(|t| html! { <option value={t.id.clone()} selected={options.topic == t.id}>{t.name.clone()}</option> }) }
                            </select>
                        </label>
                        <label>{"Starting status"}
                            <select name="status">
                                { for StatusFilter::ALL.into_iter().map(|s| html! { <option value={s.as_str()} selected={options.status == s}>{s.as_str()}</option> }) }
                            </select>
                        </label>
                        <label>{"Height (px) without script"}
                            <input name="height" type="number" min="240" max="4000" step="10" value={options.height.to_string()} />
                        </label>
                    </form>
                    {snippet("script", "With our script (sizes itself, keeps the reader\u{2019}s view in the article\u{2019}s address)", script)}
                    {snippet("iframe", "Plain iframe (no script on your page)", iframe)}
                </div>
            }
        }
        _ => Html::default(),
    };
    html! {
        <div class="embed">
            <button type="button" class="embed-toggle" aria-expanded={if *open { "true" } else { "false" }} aria-controls="embed-panel" onclick={toggle} disabled={props.base_url.is_none()}>
                {"Embed this"}
            </button>
            {panel}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_carry_the_chosen_start_and_escape_the_title() {
        let options = EmbedOptions::default()
            .with("topic", "drugs-crime")
            .with("status", "unconfirmed")
            .with("height", "900");
        let (script, iframe) = snippets(
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

    #[test]
    fn odd_form_values_keep_the_options_sane() {
        let options = EmbedOptions::default();
        assert_eq!(options.with("height", "10").height, 240);
        assert_eq!(options.with("height", "lots").height, 640);
        assert_eq!(options.with("status", "bogus").status, StatusFilter::All);
        assert!(options.with("action", "x") == options);
    }
}
