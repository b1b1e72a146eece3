//! "Embed this": the button, and the panel the page's boot script fills on first use with
//! `static/embed-panel.js`, a newsroom's tool that readers never download. The panel's words
//! are written here, as data attributes, in the page's language.

use briefing::i18n::{Catalog, Msg};
use yew::prelude::*;

/// `ready`: the page has hydrated, so the panel can read the view it starts the embed in.
pub fn embed_panel(t: &Catalog, ready: bool) -> Html {
    html! {
        <div class="embed"
            data-note={t.t(Msg::EmbedStartNote).to_string()}
            data-height={t.t(Msg::HeightLabel).to_string()}
            data-script-label={t.t(Msg::SnippetScript).to_string()}
            data-iframe-label={t.t(Msg::SnippetIframe).to_string()}
            data-script-name={t.t(Msg::SnippetScriptName).to_string()}
            data-iframe-name={t.t(Msg::SnippetIframeName).to_string()}
            data-copy={t.t(Msg::Copy).to_string()}
            data-copied={t.t(Msg::Copied).to_string()}
            data-copy-failed={t.t(Msg::CopyFailed).to_string()}
            data-copy-hidden={t.t(Msg::CopySnippetHidden).to_string()}>
            <button type="button" class="embed-toggle" aria-expanded="false" aria-controls="embed-panel" disabled={!ready}>
                {t.t(Msg::EmbedThis)}
            </button>
            <div class="embed-panel" id="embed-panel" hidden=true></div>
        </div>
    }
}
