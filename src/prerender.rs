//! The page as the build writes it (native, at build time): the explorer's first render, which
//! the browser's first render must equal, plus every claim beyond the first page for readers
//! without JavaScript, who have no "Show more" button to press.

use std::rc::Rc;

use briefing::state::AppState;
use yew::{component, AttrValue, Callback, Html, LocalServerRenderer, Properties};

use crate::app::{App, AppProps};
use crate::bundle::Explorer;
use crate::components::{claim_list, ClaimList};

/// The markup of the explorer's root element, in its default state.
pub async fn page(explorer: Rc<Explorer>) -> String {
    let noscript_claims = noscript_claims(&explorer).await;
    LocalServerRenderer::<App>::with_props(AppProps {
        explorer,
        noscript_claims,
    })
    .render()
    .await
}

/// The default view's claims beyond its first page, inside `<noscript>`: with scripting on,
/// browsers keep it as inert text and the paged list is all a reader sees.
async fn noscript_claims(explorer: &Rc<Explorer>) -> AttrValue {
    let state = AppState::default();
    let matching = explorer.index.results(&state.filter).claims;
    let rest = matching.get(state.limit..).unwrap_or_default();
    if rest.is_empty() {
        return AttrValue::default();
    }
    let list = LocalServerRenderer::<AllClaims>::with_props(AllClaimsProps {
        explorer: explorer.clone(),
        claims: Rc::new(rest.to_vec()),
    })
    .hydratable(false)
    .render()
    .await;
    format!("<noscript>{list}</noscript>").into()
}

#[derive(Properties, PartialEq)]
struct AllClaimsProps {
    explorer: Rc<Explorer>,
    claims: Rc<Vec<usize>>,
}

/// Claims as the list shows them, every one, with nothing to press.
#[component]
fn AllClaims(props: &AllClaimsProps) -> Html {
    claim_list(&ClaimList {
        explorer: props.explorer.clone(),
        lang: props.explorer.lang(None),
        claims: props.claims.clone(),
        shown: props.claims.len(),
        terms: Rc::default(),
        selected: None,
        show_framing: false,
        copied: None,
        on_copy_link: Callback::noop(),
        on_show_more: Callback::noop(),
        noscript: AttrValue::default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(claims: usize) -> (Rc<Explorer>, String) {
        let text = briefing::synth::synth(claims, 7, false);
        let parsed = briefing::parse::parse("synth.md", text.as_bytes());
        assert!(!parsed.has_errors(), "{:?}", parsed.diagnostics);
        let catalogs = briefing::lang::catalogs().into_iter().cloned().collect();
        let explorer = Explorer::new(parsed.briefing, "test", catalogs);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let html = tokio::task::LocalSet::new().block_on(&runtime, page(explorer.clone()));
        (explorer, html)
    }

    /// Where the `<noscript>` part starts, if there is one.
    fn noscript_at(html: &str) -> Option<usize> {
        html.find("<noscript>")
    }

    #[test]
    fn every_claim_and_source_is_in_the_page_beyond_the_first_page_too() {
        let (explorer, html) = render(60);
        let limit = AppState::default().limit;
        let noscript = noscript_at(&html).expect("claims beyond the first page");
        for (i, claim) in explorer.briefing.claims.iter().enumerate() {
            let at = html
                .find(&format!("data-claim-id=\"{}\"", claim.id))
                .unwrap_or_else(|| panic!("claim {i} is missing"));
            // The first page is the live list; the rest is for readers without JavaScript.
            assert_eq!(at > noscript, i >= limit, "claim {i}");
            for &source in &claim.sources {
                let url = &explorer.briefing.sources[source].url;
                assert!(html.contains(&format!("href=\"{url}\"")), "{url}");
            }
        }
        assert_eq!(html.matches("<noscript>").count(), 1);
    }

    #[test]
    fn a_briefing_that_fits_one_page_has_no_noscript_part() {
        let (explorer, html) = render(AppState::default().limit);
        assert_eq!(noscript_at(&html), None);
        for claim in &explorer.briefing.claims {
            assert!(html.contains(&format!("data-claim-id=\"{}\"", claim.id)));
        }
    }
}
