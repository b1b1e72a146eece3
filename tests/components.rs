//! Component tests in headless Chromium: mount the explorer into a fresh element, act as a
//! reader would (click, type), wait for the next render and check what the reader sees.
#![cfg(target_arch = "wasm32")]

use std::ops::Deref;
use std::rc::Rc;

use briefing_explorer::app::{App, AppProps};
use briefing_explorer::bundle::{Explorer, DATA_ID};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// The default briefing, as the build would publish it: encoded into the page form and read
/// back as the page reads it.
fn explorer() -> Rc<Explorer> {
    let parsed = briefing::parse::parse("briefing.md", include_bytes!("../data/briefing.md"));
    Explorer::from_page_data(&briefing::codec::encode(&parsed.briefing), &catalogs()).unwrap()
}

/// Every catalog, in the form the page carries them.
fn catalogs() -> String {
    let all: Vec<_> = briefing::lang::catalogs().into_iter().cloned().collect();
    briefing::i18n::encode(&all)
}

/// An explorer mounted for one test; it is taken down when the test ends, so no earlier
/// explorer still listens to the page (the tests share one) while the next one runs.
struct Mounted {
    root: Element,
    app: Option<yew::AppHandle<App>>,
}

impl Deref for Mounted {
    type Target = Element;
    fn deref(&self) -> &Element {
        &self.root
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.root.remove();
    }
}

/// A fresh explorer in its own element, starting from a URL with no state in it (the tests
/// share one page, and the explorer reads its state from the URL).
async fn mount() -> Mounted {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
        .unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let app = yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            explorer: explorer(),
            noscript_claims: Default::default(),
        },
    )
    .render();
    next_render().await;
    Mounted {
        root,
        app: Some(app),
    }
}

/// Waits until every render and effect the last action caused has run. A fixed pause is not
/// enough: on a slow machine the explorer's first effect (reading the URL) ran after a test had
/// already typed, and undid the search.
async fn next_render() {
    yew::scheduler::flush().await;
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into().unwrap())
        .collect()
}

fn one(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into()
        .unwrap()
}

fn claim_ids(root: &Element) -> Vec<String> {
    all(root, "article[data-claim-id]")
        .iter()
        .map(|a| a.get_attribute("data-claim-id").unwrap())
        .collect()
}

async fn click(root: &Element, selector: &str) {
    one(root, selector).click();
    next_render().await;
}

async fn type_search(root: &Element, text: &str) {
    let input: HtmlInputElement = one(root, "input[type=search]").dyn_into().unwrap();
    input.set_value(text);
    input
        .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    next_render().await;
}

fn expected_ids(keep: impl Fn(&briefing::model::Claim) -> bool) -> Vec<String> {
    explorer()
        .briefing
        .claims
        .iter()
        .filter(|c| keep(c))
        .map(|c| c.id.clone())
        .collect()
}

#[wasm_bindgen_test]
async fn every_claim_shows_with_its_numbered_sources() {
    let root = mount().await;
    let b = explorer();
    assert_eq!(claim_ids(&root), expected_ids(|_| true));
    for (article, claim) in all(&root, "article[data-claim-id]")
        .iter()
        .zip(&b.briefing.claims)
    {
        let links = all(article, "ol.sources a");
        assert_eq!(links.len(), claim.sources.len());
        for (link, &source) in links.iter().zip(&claim.sources) {
            assert_eq!(
                link.get_attribute("href").unwrap(),
                b.briefing.sources[source].url
            );
            assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
            assert_eq!(
                link.get_attribute("rel").as_deref(),
                Some("noopener noreferrer")
            );
        }
    }
}

#[wasm_bindgen_test]
async fn topic_buttons_filter_and_combine() {
    let root = mount().await;
    click(&root, "[data-topic=\"energy-oil\"]").await;
    let b = explorer();
    let energy = b.briefing.topic_index("energy-oil").unwrap();
    let military = b.briefing.topic_index("military").unwrap();
    assert_eq!(
        claim_ids(&root),
        expected_ids(|c| c.topics.contains(&energy))
    );
    assert_eq!(
        one(&root, "[data-topic=\"energy-oil\"]")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    click(&root, "[data-topic=\"military\"]").await;
    assert_eq!(
        claim_ids(&root),
        expected_ids(|c| c.topics.contains(&energy) || c.topics.contains(&military))
    );
    click(&root, ".topic-filters .clear").await;
    assert_eq!(claim_ids(&root).len(), b.briefing.claims.len());
    assert_eq!(
        one(&root, "[data-topic=\"energy-oil\"]")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("false")
    );
}

#[wasm_bindgen_test]
async fn the_status_toggle_shows_why_a_claim_is_unconfirmed() {
    let root = mount().await;
    click(&root, "[data-status=\"unconfirmed\"]").await;
    let ids = claim_ids(&root);
    assert_eq!(
        ids,
        expected_ids(|c| c.status == briefing::model::Status::Unconfirmed)
    );
    for article in all(&root, "article[data-claim-id]") {
        assert_eq!(
            one(&article, ".badge").text_content().unwrap(),
            "Unconfirmed"
        );
        let reason = one(&article, "details.reason p").text_content().unwrap();
        assert!(reason.starts_with("Unconfirmed: "), "{reason}");
    }
    let counts = one(&root, "[data-status=\"unconfirmed\"] .count")
        .text_content()
        .unwrap();
    assert!(counts.contains(&ids.len().to_string()));
}

#[wasm_bindgen_test]
async fn search_ignores_case_and_accents_and_marks_matches() {
    let root = mount().await;
    type_search(&root, "MADURO").await;
    let ids = claim_ids(&root);
    assert!(!ids.is_empty() && ids.len() < explorer().briefing.claims.len());
    for article in all(&root, "article[data-claim-id]") {
        let marks = all(&article, "mark");
        assert!(
            marks.iter().any(|m| m.text_content().unwrap() == "Maduro"),
            "every match is marked"
        );
    }
    assert!(one(&root, "p.result-count")
        .text_content()
        .unwrap()
        .starts_with(&format!("Showing {} of", ids.len())));
}

#[wasm_bindgen_test]
async fn nothing_matching_shows_a_way_back() {
    let root = mount().await;
    type_search(&root, "no claim says this").await;
    assert!(claim_ids(&root).is_empty());
    assert!(one(&root, ".empty-state")
        .text_content()
        .unwrap()
        .contains("no claim says this"));
    click(&root, ".empty-state .clear").await;
    assert_eq!(claim_ids(&root).len(), explorer().briefing.claims.len());
    assert_eq!(
        one(&root, "input[type=search]")
            .dyn_into::<HtmlInputElement>()
            .unwrap()
            .value(),
        ""
    );
}

#[wasm_bindgen_test]
async fn choosing_an_outlet_shows_the_claims_it_backs() {
    let root = mount().await;
    click(&root, "[data-view=\"outlets\"]").await;
    assert!(claim_ids(&root).is_empty());
    let b = explorer();
    assert_eq!(
        all(&root, ".outlet-list li").len(),
        b.briefing.outlets.len()
    );
    click(&root, "[data-outlet=\"firstpost.com\"] button").await;
    let firstpost = b.briefing.outlet_index("firstpost.com").unwrap();
    assert_eq!(
        claim_ids(&root),
        expected_ids(|c| c
            .sources
            .iter()
            .any(|&s| b.briefing.sources[s].outlet == firstpost))
    );
    assert!(one(&root, ".active-outlet")
        .text_content()
        .unwrap()
        .contains("Firstpost"));
}

#[wasm_bindgen_test]
async fn the_explorer_reads_the_briefing_its_page_carries() {
    let data = document().create_element("script").unwrap();
    data.set_attribute("type", "application/x-briefing")
        .unwrap();
    data.set_id(DATA_ID);
    let parsed = briefing::parse::parse("briefing.md", include_bytes!("../data/briefing.md"));
    data.set_text_content(Some(&briefing::codec::encode(&parsed.briefing)));
    document().body().unwrap().append_child(&data).unwrap();
    let text = briefing_explorer::browser::element_text(DATA_ID).unwrap();
    data.remove();
    let from_page = Explorer::from_page_data(&text, &catalogs()).unwrap();
    assert_eq!(from_page.briefing, parsed.briefing);
    assert_eq!(from_page.version, explorer().version);
}
