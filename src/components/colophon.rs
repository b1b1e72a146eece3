//! The foot of the explorer: which version of the briefing is on screen (its date), a quiet
//! offline note, the notice that a newer version is ready, and the embed panel.

use briefing::model::Date;
use yew::prelude::*;

pub struct Colophon<'a> {
    pub date: Option<Date>,
    pub version: &'a str,
    pub online: bool,
    pub update_ready: bool,
    pub on_reload: &'a Callback<()>,
}

pub fn colophon(c: Colophon<'_>, embed_panel: Html) -> Html {
    let on_reload = c.on_reload.reform(|_: MouseEvent| ());
    let edition = match c.date {
        Some(date) => format!("Briefing of {} \u{00B7} version {}", date.long(), c.version),
        None => format!("Briefing version {}", c.version),
    };
    html! {
        <footer class="colophon">
            <p class="edition">
                if !c.online {
                    <span class="offline">{"Offline \u{2014} showing the saved copy. "}</span>
                }
                {edition}
            </p>
            if c.update_ready {
                <p class="update" role="status">
                    {"A newer version of this briefing is available. "}
                    <button type="button" onclick={on_reload}>{"Reload"}</button>
                </p>
            }
            {embed_panel}
        </footer>
    }
}
