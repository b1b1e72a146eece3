//! Starts the explorer in the browser: reads the briefing and the catalogs the page carries,
//! then takes over the prerendered page (hydration), or renders into an empty root
//! (development). A panic traps; the page's boot script shows readers a message (see
//! static/boot.js).

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use briefing_explorer::app::{App, AppProps};
        use briefing_explorer::browser;
        use briefing_explorer::bundle::{Explorer, CATALOGS_ID, DATA_ID};

        let (Some(root), Some(data), Some(catalogs)) = (
            browser::element("app"),
            browser::element_text(DATA_ID),
            browser::element_text(CATALOGS_ID),
        ) else {
            panic!("the page has no explorer root, briefing or catalogs");
        };
        let explorer = Explorer::from_page_data(&data, &catalogs)
            .expect("the build wrote a readable briefing and catalogs");
        let props = AppProps {
            explorer,
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

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
