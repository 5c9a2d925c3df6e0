//! Native tests of `content::learn`.

use super::*;
use crate::domain::model::quiz::QuestionId;
use crate::domain::model::small::SmallSet;

/// The introduction (definitions and the core difference) opens the
/// guide, so every reader meets it; no single question or criterion is
/// about it.
const OPENING: [&str; 3] = [
    "what-is-outsourcing",
    "what-is-offshoring",
    "core-difference",
];

fn words(t: &Topic) -> usize {
    let count = |s: &str| s.split_whitespace().count();
    count(t.title)
        + t.blocks
            .iter()
            .map(|b| match b {
                Para(p) => count(p),
                Points(ps) => ps.iter().map(|(l, x)| count(l) + count(x)).sum(),
            })
            .sum::<usize>()
}

#[test]
fn ids_are_unique_and_fit_in_an_address() {
    let ids: SmallSet<&str> = TOPICS.iter().map(|t| t.id).collect();
    assert_eq!(ids.len(), TOPICS.len());
    for t in &TOPICS {
        assert!(!t.id.is_empty());
        assert!(
            t.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
            "{}",
            t.id
        );
        assert_eq!(topic(t.id), Some(t));
    }
    assert_eq!(topic("nonsense"), None);
}

#[test]
fn the_guide_covers_the_brief() {
    for id in [
        "what-is-outsourcing",
        "what-is-offshoring",
        "core-difference",
        "captive-and-hybrid",
        "why-outsource",
        "why-offshore",
        "challenges-outsourcing",
        "challenges-offshoring",
        "key-questions",
        "examples",
    ] {
        assert!(topic(id).is_some(), "{id} is missing");
    }
}

#[test]
fn every_link_from_the_quiz_and_the_matrix_lands_on_a_topic() {
    for q in QuestionId::ALL {
        assert!(topic(q.learn_topic()).is_some(), "{q:?}");
    }
    for c in Criterion::ALL {
        assert!(topic(topic_for_criterion(c)).is_some(), "{c:?}");
    }
}

#[test]
fn every_topic_after_the_introduction_is_linked_from_the_quiz_or_the_matrix() {
    let linked: SmallSet<&str> = QuestionId::ALL
        .into_iter()
        .map(QuestionId::learn_topic)
        .chain(Criterion::ALL.into_iter().map(topic_for_criterion))
        .collect();
    for t in &TOPICS {
        assert!(
            linked.contains(&t.id) || OPENING.contains(&t.id) || t.id == GLOSSARY,
            "nothing links to {}",
            t.id
        );
    }
    // The introduction is the first thing a reader meets.
    let first: Vec<&str> = TOPICS.iter().take(OPENING.len()).map(|t| t.id).collect();
    assert_eq!(first, OPENING);
}

#[test]
fn topics_are_short_and_the_guide_stays_modest() {
    // The guide, without the glossary (reference, with its own limit below).
    let total: usize = TOPICS.iter().filter(|t| t.id != GLOSSARY).map(words).sum();
    assert!((1_000..=1_800).contains(&total), "{total} words");
    let glossary = topic(GLOSSARY).expect("a glossary");
    assert!(
        words(glossary) <= 200,
        "the glossary has {} words",
        words(glossary)
    );
    if let [Points(terms)] = glossary.blocks {
        for (term, meaning) in terms.iter() {
            assert!(meaning.split_whitespace().count() <= 32, "{term} is long");
        }
    } else {
        panic!("the glossary is one list of terms");
    }
    for t in &TOPICS {
        assert!(!t.blocks.is_empty(), "{} is empty", t.id);
        assert!(words(t) <= 260, "{} is long: {} words", t.id, words(t));
    }
}

#[test]
fn text_is_plain_sentences() {
    for t in &TOPICS {
        assert!(!t.title.ends_with('.'));
        for b in t.blocks {
            let texts: Vec<&str> = match b {
                Para(p) => vec![p],
                Points(ps) => {
                    assert!(!ps.is_empty());
                    for (lead, _) in ps.iter() {
                        assert!(lead.ends_with(':') || lead.ends_with('?'), "{lead}");
                    }
                    ps.iter().map(|(_, x)| *x).collect()
                }
            };
            for x in texts {
                assert!(x.ends_with('.') || x.ends_with(':'), "{}: {x}", t.id);
                // Rendered as text, never as markup.
                assert!(!x.contains('<') && !x.contains('*'), "{}: {x}", t.id);
            }
        }
    }
}

#[test]
fn the_glossary_defines_the_jargon_of_the_figures() {
    let glossary = topic(GLOSSARY).expect("a glossary");
    let [Points(terms)] = glossary.blocks else {
        panic!("the glossary is one list of terms");
    };
    for word in [
        "FTE:",
        "Employer on-cost:",
        "Vendor margin:",
        "Vendor overhead:",
        "Once settled:",
        "CSR:",
    ] {
        assert!(
            terms.iter().any(|(t, _)| *t == word),
            "{word} is not defined"
        );
    }
    let on_cost = terms
        .iter()
        .find(|(t, _)| *t == "Employer on-cost:")
        .map(|(_, m)| *m)
        .unwrap_or_default();
    assert!(on_cost.contains("payroll tax only"), "{on_cost}");
}
