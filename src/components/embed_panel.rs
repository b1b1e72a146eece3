//! "Embed this": the snippets a newsroom pastes into an article, with a starting topic, status
//! and height reflected in them, and buttons that copy each one.

use std::rc::Rc;

use briefing::query::StatusFilter;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::bundle::Explorer;

#[derive(Properties, PartialEq)]
pub struct EmbedPanelProps {
    pub explorer: Rc<Explorer>,
    /// The explorer's address without a query; known only once the page runs in a browser.
    pub base_url: Option<AttrValue>,
    pub on_copy: Callback<(String, Callback<bool>)>,
}

/// The embed snippets for a start state: the script form and the plain iframe form.
pub fn snippets(
    base_url: &str,
    title: &str,
    topic: &str,
    status: StatusFilter,
    height: u32,
) -> (String, String) {
    let mut query = String::from("embed");
    if !topic.is_empty() {
        query.push_str(&format!(
            "&topic={}",
            briefing::state::percent_encode(topic)
        ));
    }
    if status != StatusFilter::All {
        query.push_str(&format!("&status={}", status.as_str()));
    }
    let src = format!("{base_url}?{query}");
    let dir = base_url.rsplit_once('/').map_or(base_url, |(dir, _)| dir);
    let title = title
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;");
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
    let topic = use_state(String::new);
    let status = use_state(|| StatusFilter::All);
    let height = use_state(|| 640u32);
    let copied = use_state(|| None::<(&'static str, bool)>);
    let toggle = {
        let open = open.clone();
        move |_: MouseEvent| open.set(!*open)
    };
    let b = &props.explorer.briefing;
    let panel = match (&props.base_url, *open) {
        (Some(base), true) => {
            let (script, iframe) = snippets(base, &b.title, &topic, *status, *height);
            let on_topic = {
                let topic = topic.clone();
                move |e: Event| topic.set(e.target_unchecked_into::<HtmlSelectElement>().value())
            };
            let on_status = {
                let status = status.clone();
                move |e: Event| {
                    status.set(
                        StatusFilter::parse(
                            &e.target_unchecked_into::<HtmlSelectElement>().value(),
                        )
                        .unwrap_or_default(),
                    )
                }
            };
            let on_height = {
                let height = height.clone();
                move |e: Event| {
                    let value = e
                        .target_unchecked_into::<HtmlInputElement>()
                        .value()
                        .parse()
                        .unwrap_or(640u32);
                    height.set(value.clamp(240, 4000));
                }
            };
            let copy_button = |which: &'static str, text: String| {
                let on_copy = props.on_copy.clone();
                let copied = copied.clone();
                let label = match *copied {
                    Some((w, true)) if w == which => "Copied",
                    Some((w, false)) if w == which => "Copy failed: select the text",
                    _ => "Copy",
                };
                html! {
                    <button type="button" onclick={move |_| {
                        let copied = copied.clone();
                        on_copy.emit((text.clone(), Callback::from(move |ok| copied.set(Some((which, ok))))));
                    }}>{label}<span class="visually-hidden">{format!(" the {which} snippet")}</span></button>
                }
            };
            html! {
                <div class="embed-panel" id="embed-panel">
                    <div class="embed-options">
                        <label>{"Starting topic"}
                            <select onchange={on_topic}>
                                <option value="" selected={topic.is_empty()}>{"All topics"}</option>
                                { for b.topics.iter().map(|t| html! { <option value={t.id.clone()} selected={*topic == t.id}>{t.name.clone()}</option> }) }
                            </select>
                        </label>
                        <label>{"Starting status"}
                            <select onchange={on_status}>
                                { for StatusFilter::ALL.into_iter().map(|s| html! { <option value={s.as_str()} selected={*status == s}>{s.as_str()}</option> }) }
                            </select>
                        </label>
                        <label>{"Height (px) without script"}
                            <input type="number" min="240" max="4000" step="10" value={height.to_string()} onchange={on_height} />
                        </label>
                    </div>
                    <label for="embed-script">{"With our script (sizes itself, keeps the reader\u{2019}s view in the article\u{2019}s address)"}</label>
                    <textarea id="embed-script" readonly=true rows="3" value={script.clone()} />
                    {copy_button("script", script)}
                    <label for="embed-iframe">{"Plain iframe (no script on your page)"}</label>
                    <textarea id="embed-iframe" readonly=true rows="3" value={iframe.clone()} />
                    {copy_button("iframe", iframe)}
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
