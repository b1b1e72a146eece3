//! The public data formats: the JSON form (documented by `schema/briefing.schema.json`), CSV for
//! spreadsheets, and schema.org ClaimReview JSON-LD for search engines and fact-check tools.

use serde_json::{json, Value};

use crate::model::{Briefing, Claim, Status};

/// Version of the JSON form; bumped only for changes that remove or rename fields.
pub const FORMAT: &str = "briefing-explorer/1";

pub fn to_json(b: &Briefing) -> Value {
    let counts = b.topic_counts();
    json!({
        "format": FORMAT,
        "lang": b.lang,
        "title": b.title,
        "summary": b.summary,
        "date": b.date.map(|d| d.to_string()),
        "sections": b.sections.iter().map(|s| json!({ "title": s.title, "framing": s.framing })).collect::<Vec<_>>(),
        "claims": b.claims.iter().map(|c| claim_json(b, c)).collect::<Vec<_>>(),
        "topics": b.topics.iter().zip(counts).map(|(t, count)| json!({
            "id": t.id, "name": t.name, "count": count, "origin": t.origin.as_str(),
        })).collect::<Vec<_>>(),
        "outlets": b.outlets.iter().enumerate().map(|(o, outlet)| json!({
            "id": outlet.id,
            "name": outlet.name,
            "claims": b.claims_backed_by(o).into_iter().map(|c| b.claims[c].id.as_str()).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "updated": b.history.updated.map(|d| d.to_string()),
        "versions": b.history.versions.iter().map(|v| json!({
            "id": v.id, "date": v.date.map(|d| d.to_string()),
        })).collect::<Vec<_>>(),
        "removed": b.history.removed,
    })
}

/// When a claim was last modified: the day this version was published if the claim changed in
/// it, else the briefing's date.
fn date_modified(b: &Briefing, c: &Claim) -> Option<String> {
    let changed = !c.change.kinds.is_empty();
    let corrected = c.correction.as_ref().and_then(|k| k.date);
    let day = if changed { b.history.updated } else { None };
    day.or(corrected)
        .or(b.history.updated)
        .or(b.date)
        .map(|d| d.to_string())
}

/// The names of the outlets that back a claim independently.
fn backing<'b>(b: &'b Briefing, c: &Claim) -> Vec<&'b str> {
    b.independent_outlets(c)
        .into_iter()
        .map(|o| b.outlets[o].name.as_str())
        .collect()
}

fn claim_json(b: &Briefing, c: &Claim) -> Value {
    let backing = backing(b, c);
    json!({
        "id": c.id,
        "section": b.sections[c.section].title,
        "group": c.group,
        "label": c.label,
        "text": c.text,
        "topics": c.topics.iter().map(|&t| b.topics[t].id.as_str()).collect::<Vec<_>>(),
        "status": c.status.as_str(),
        "status_reason": c.status_reason,
        "status_origin": c.status_origin.as_str(),
        "outlet_count": backing.len(),
        "corroboration": crate::lang::catalog_or_english(&b.lang).corroboration(&backing),
        "status_kinds": c.status_kinds.iter().map(|k| k.as_str()).collect::<Vec<_>>(),
        "topics_origin": c.topics_origin.as_str(),
        "line": c.line,
        "change": c.change.kinds.iter().map(|k| k.as_str()).collect::<Vec<_>>(),
        "previous_status": c.change.previous_status.as_ref().map(|(s, _)| s.as_str()),
        "previous_status_reason": c.change.previous_status.as_ref().map(|(_, r)| r),
        "earlier_ids": c.change.earlier_ids,
        "correction": c.correction.as_ref().map(|k| json!({
            "text": k.text, "date": k.date.map(|d| d.to_string()),
        })),
        "date_modified": date_modified(b, c),
        "sources": b.claim_sources(c).map(|s| json!({
            "url": s.url,
            "outlet": b.outlets[s.outlet].name,
            "outlet_id": b.outlets[s.outlet].id,
            "domain": s.domain,
            "date": s.date.map(|d| d.to_string()),
        })).collect::<Vec<_>>(),
    })
}

/// One row per claim. Cells that a spreadsheet would run as a formula are prefixed with `'`.
pub fn to_csv(b: &Briefing) -> String {
    let mut out = String::from(
        "id,section,group,label,text,topics,status,status_reason,outlets,source_urls,outlet_count\r\n",
    );
    for c in &b.claims {
        let topics: Vec<&str> = c
            .topics
            .iter()
            .map(|&t| b.topics[t].name.as_str())
            .collect();
        let outlets: Vec<&str> = b
            .claim_outlets(c)
            .into_iter()
            .map(|o| b.outlets[o].name.as_str())
            .collect();
        let urls: Vec<&str> = b.claim_sources(c).map(|s| s.url.as_str()).collect();
        let outlet_count = backing(b, c).len().to_string();
        let row = [
            c.id.as_str(),
            &b.sections[c.section].title,
            c.group.as_deref().unwrap_or(""),
            c.label.as_deref().unwrap_or(""),
            &c.text,
            &topics.join("; "),
            c.status.as_str(),
            &c.status_reason,
            &outlets.join("; "),
            &urls.join(" "),
            &outlet_count,
        ];
        out.push_str(
            &row.iter()
                .map(|cell| csv_cell(cell))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push_str("\r\n");
    }
    out
}

fn csv_cell(cell: &str) -> String {
    let cell = if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    };
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell
    }
}

/// schema.org ClaimReview for every claim: what was claimed, where it appeared, and the
/// briefing's verdict with its reason.
pub fn to_claimreview(b: &Briefing) -> Value {
    let reviews: Vec<Value> = b
        .claims
        .iter()
        .map(|c| {
            let appearances: Vec<Value> = b
                .claim_sources(c)
                .map(|s| {
                    let mut work = json!({
                        "@type": "CreativeWork",
                        "url": s.url,
                        "publisher": { "@type": "Organization", "name": b.outlets[s.outlet].name },
                    });
                    if let Some(date) = s.date {
                        work["datePublished"] = json!(date.to_string());
                    }
                    work
                })
                .collect();
            let verdict = match c.status {
                Status::Confirmed => "Confirmed as reported",
                Status::Unconfirmed => "Unconfirmed",
            };
            let mut review = json!({
                "@type": "ClaimReview",
                "identifier": c.id,
                "claimReviewed": c.text,
                "itemReviewed": { "@type": "Claim", "appearance": appearances },
                "reviewRating": {
                    "@type": "Rating",
                    "alternateName": verdict,
                    "ratingExplanation": c.status_reason,
                },
                "isPartOf": { "@type": "CreativeWork", "name": b.title },
                "inLanguage": b.lang,
            });
            if let Some(day) = date_modified(b, c) {
                review["dateModified"] = json!(day);
            }
            if let Some(k) = &c.correction {
                let mut correction = json!({ "@type": "CorrectionComment", "text": k.text });
                if let Some(date) = k.date {
                    correction["datePublished"] = json!(date.to_string());
                }
                review["correction"] = correction;
            }
            review
        })
        .collect();
    json!({ "@context": "https://schema.org", "inLanguage": b.lang, "@graph": reviews })
}
