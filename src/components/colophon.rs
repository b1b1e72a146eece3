//! The foot of the explorer: which version of the briefing is on screen (its date), a quiet
//! offline note, the notice that a newer version is ready, and the embed panel.

use briefing::model::Date;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ColophonProps {
    pub date: Option<Date>,
    pub version: AttrValue,
    pub online: bool,
    pub update_ready: bool,
    pub on_reload: Callback<()>,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Colophon(props: &ColophonProps) -> Html {
    let on_reload = props.on_reload.reform(|_: MouseEvent| ());
    let edition = match props.date {
        Some(date) => format!(
            "Briefing of {} \u{00B7} version {}",
            date.long(),
            props.version
        ),
        None => format!("Briefing version {}", props.version),
    };
    html! {
        <footer class="colophon">
            <p class="edition">
                if !props.online {
                    <span class="offline">{"Offline \u{2014} showing the saved copy. "}</span>
                }
                {edition}
            </p>
            if props.update_ready {
                <p class="update" role="status">
                    {"A newer version of this briefing is available. "}
                    <button type="button" onclick={on_reload}>{"Reload"}</button>
                </p>
            }
            {props.children.clone()}
        </footer>
    }
}
