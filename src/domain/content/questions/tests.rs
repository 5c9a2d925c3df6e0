use super::*;

#[test]
fn one_record_per_question_in_quiz_order() {
    assert_eq!(QUESTIONS.len(), QuestionId::ALL.len());
    for (i, (record, id)) in QUESTIONS.iter().zip(QuestionId::ALL).enumerate() {
        assert_eq!(record.id, id, "record {i} is out of order");
        assert!(std::ptr::eq(id.question(), record), "{id:?}");
        assert_eq!(id.prompt(), record.prompt);
        assert_eq!(id.why(), record.why);
        assert_eq!(id.learn_topic(), record.learn_topic);
        assert_eq!(id.choices().len(), record.choices.len());
    }
}

#[test]
fn answer_ids_are_unique_within_a_question() {
    for q in &QUESTIONS {
        for (i, c) in q.choices.iter().enumerate() {
            assert!(
                q.choices[..i].iter().all(|d| d.id != c.id),
                "{:?} offers {} twice",
                q.id,
                c.id
            );
            assert_eq!(q.id.choice(c.id).map(|x| x.label), Some(c.label));
        }
        assert!(!q.id.accepts("no_such_answer"));
    }
}
