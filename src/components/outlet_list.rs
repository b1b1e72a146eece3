//! Every outlet the briefing cites, with the claims it backs under the reader's other filters;
//! choosing an outlet shows just those claims.

use std::rc::Rc;

use yew::prelude::*;

use super::count_of;
use crate::bundle::Explorer;

#[derive(Properties, PartialEq)]
pub struct OutletListProps {
    pub explorer: Rc<Explorer>,
    /// Per outlet: claims it backs under the other filters.
    pub counts: Rc<Vec<usize>>,
    pub on_choose: Callback<usize>,
}

#[component]
pub fn OutletList(props: &OutletListProps) -> Html {
    let b = &props.explorer.briefing;
    let mut order: Vec<usize> = (0..b.outlets.len()).collect();
    order.sort_by_key(|&o| std::cmp::Reverse(props.counts[o]));
    html! {
        <ul class="outlet-list">
            { for order.into_iter().map(|o| {
                let outlet = &b.outlets[o];
                let on_choose = props.on_choose.clone();
                let count = props.counts[o];
                let sources = b.sources.iter().filter(|s| s.outlet == o).count();
                html! {
                    <li key={outlet.id.clone()} data-outlet={outlet.id.clone()}>
                        <h2 class="outlet-name">{outlet.name.clone()}</h2>
                        <span class="domain">{outlet.id.clone()}</span>
                        <p>{format!("{} cited, backing {}", count_of(sources, "article", "articles"), count_of(count, "claim", "claims"))}</p>
                        <button type="button" disabled={count == 0} onclick={move |_| on_choose.emit(o)}>
                            {format!("Show {}", count_of(count, "claim", "claims"))}
                            <span class="visually-hidden">{format!(" backed by {}", outlet.name)}</span>
                        </button>
                    </li>
                }
            }) }
        </ul>
    }
}
