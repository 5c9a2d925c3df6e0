//! Native tests of `formats::route`.

use super::*;

#[test]
fn reads_the_view_from_the_query() {
    assert_eq!(view_from_query("?view=matrix"), Some(View::Matrix));
    assert_eq!(view_from_query("view=report&x=1"), Some(View::Report));
    assert_eq!(
        view_from_query("?embed=1&view=timezones"),
        Some(View::TimeZones)
    );
    assert_eq!(view_from_query(""), None);
    assert_eq!(view_from_query("?view=nonsense"), None);
    assert_eq!(view_from_query("?view"), None);
}

#[test]
fn writing_a_view_keeps_other_parameters() {
    assert_eq!(query_for(View::Budget, ""), "?view=budget");
    assert_eq!(query_for(View::Budget, "?view=quiz"), "?view=budget");
    assert_eq!(
        query_for(View::Learn, "?embed=1&view=quiz"),
        "?embed=1&view=learn"
    );
    assert_eq!(query_for(View::Quiz, "?flag"), "?flag&view=quiz");
}

#[test]
fn every_view_round_trips() {
    for v in View::ALL {
        assert_eq!(view_from_query(&query_for(v, "?embed=1")), Some(v));
    }
}

#[test]
fn reads_a_known_learn_topic_from_the_query() {
    assert_eq!(
        topic_from_query("?view=learn&topic=examples"),
        Some("examples")
    );
    assert_eq!(
        topic_from_query("topic=why-offshore&view=learn"),
        Some("why-offshore")
    );
    assert_eq!(topic_from_query("?view=learn"), None);
    assert_eq!(topic_from_query("?view=learn&topic="), None);
    assert_eq!(topic_from_query("?view=learn&topic=nonsense"), None);
    assert_eq!(topic_from_query("?view=learn&topic=<script>"), None);
}

#[test]
fn a_topic_link_opens_learn_and_keeps_other_parameters() {
    assert_eq!(
        query_for_topic("examples", ""),
        "?view=learn&topic=examples"
    );
    assert_eq!(
        query_for_topic("examples", "?embed=1&view=quiz"),
        "?embed=1&view=learn&topic=examples"
    );
    // A new topic replaces the old one.
    assert_eq!(
        query_for_topic("outlook", "?view=learn&topic=examples"),
        "?view=learn&topic=outlook"
    );
    for t in &learn::TOPICS {
        let q = query_for_topic(t.id, "?embed=1");
        assert_eq!(view_from_query(&q), Some(View::Learn));
        assert_eq!(topic_from_query(&q), Some(t.id));
        assert!(embed_from_query(&q));
    }
}

#[test]
fn the_topic_stays_with_learn_and_goes_with_any_other_view() {
    let at_topic = "?embed=1&view=learn&topic=examples";
    assert_eq!(query_for(View::Learn, at_topic), at_topic);
    assert_eq!(query_for(View::Matrix, at_topic), "?embed=1&view=matrix");
    assert_eq!(topic_from_query(&query_for(View::Quiz, at_topic)), None);
}

#[test]
fn embed_mode_is_opt_in() {
    assert!(embed_from_query("?embed=1"));
    assert!(embed_from_query("?view=quiz&embed=true"));
    assert!(!embed_from_query("?embed=0"));
    assert!(!embed_from_query(""));
}
