//! Starts the explorer in the browser: takes over the prerendered page (hydration), or renders
//! into an empty page when there is none (development, component tests). A panic traps; the
//! page's boot script shows readers a message (see static/boot.js).

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use briefing_explorer::app::{App, AppProps};
        use briefing_explorer::bundle::Explorer;

        let document = web_sys::window()
            .and_then(|w| w.document())
            .expect("the explorer runs in a page");
        let root = document
            .get_element_by_id("app")
            .expect("index.html has <div id=\"app\">");
        let props = AppProps {
            explorer: Explorer::bundled(),
            noscript_claims: Default::default(),
        };
        let renderer = yew::Renderer::<App>::with_root_and_props(root.clone(), props);
        #[cfg(feature = "hydration")]
        if root.has_child_nodes() {
            renderer.hydrate();
            return;
        }
        renderer.render();
    }
}
