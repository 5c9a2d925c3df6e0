//! The quiz questions as the user reads them: prompt, why it matters, the
//! Learn topic that explains it, and every answer with what it changes.

use crate::domain::model::criteria::Criterion;
use crate::domain::model::quiz::{QuestionId, QUESTION_COUNT};
use crate::domain::model::scores::KnockOut;

use Criterion as C;

/// The answer id every question offers for "Not sure"; it changes nothing.
pub const NOT_SURE: &str = "not_sure";

/// One possible answer to a question, with everything it changes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Choice {
    /// Stable id, saved in the quiz state.
    pub id: &'static str,
    /// The text on the radio button.
    pub label: &'static str,
    /// The answer restated after "You said …", used in reasons.
    pub said: &'static str,
    /// Weight changes: each criterion's default weight moves by this much
    /// (the sum over all answers is clamped to 0..=`MAX_WEIGHT`).
    pub nudges: &'static [(Criterion, i8)],
    /// A hard requirement this answer adds.
    pub knockout: Option<KnockOut>,
    /// Full-time people for the cost model.
    pub team_size_fte: Option<f64>,
    /// Planning horizon for the cost model, in years (1..=10).
    pub horizon_years: Option<u8>,
}

/// A `Choice` that only nudges weights.
const fn nudge(
    id: &'static str,
    label: &'static str,
    said: &'static str,
    nudges: &'static [(Criterion, i8)],
) -> Choice {
    Choice {
        id,
        label,
        said,
        nudges,
        knockout: None,
        team_size_fte: None,
        horizon_years: None,
    }
}

/// The "Not sure" answer every question ends with.
const NOT_SURE_CHOICE: Choice = nudge(NOT_SURE, "Not sure", "you are not sure", &[]);

/// A horizon answer: weight nudges plus the years for the cost model.
const fn horizon(
    id: &'static str,
    label: &'static str,
    said: &'static str,
    nudges: &'static [(Criterion, i8)],
    years: u8,
) -> Choice {
    Choice {
        id,
        label,
        said,
        nudges,
        knockout: None,
        team_size_fte: None,
        horizon_years: Some(years),
    }
}

/// A team-size answer: weight nudges plus the head count for the cost model.
const fn team(
    id: &'static str,
    label: &'static str,
    said: &'static str,
    nudges: &'static [(Criterion, i8)],
    fte: f64,
) -> Choice {
    Choice {
        id,
        label,
        said,
        nudges,
        knockout: None,
        team_size_fte: Some(fte),
        horizon_years: None,
    }
}

/// The team sizes a team-size answer covers, as (above, up to): "21 to
/// 100 people" is (20, 100], so every size belongs to exactly one answer
/// (a fractional 20.5 to "21 to 100"). `None` for any other answer.
pub fn team_size_band(answer: &str) -> Option<(f64, f64)> {
    match answer {
        "up_to_5" => Some((0.0, 5.0)),
        "6_to_20" => Some((5.0, 20.0)),
        "21_to_100" => Some((20.0, 100.0)),
        "101_to_300" => Some((100.0, 300.0)),
        "over_300" => Some((300.0, f64::INFINITY)),
        _ => None,
    }
}

/// One quiz question: everything the quiz shows and does for it.
#[derive(Debug)]
pub struct Question {
    /// Its id, saved with the answers.
    pub id: QuestionId,
    /// The question as the user reads it.
    pub prompt: &'static str,
    /// One line on why the question matters.
    pub why: &'static str,
    /// The id of the Learn guide topic that explains it (see `learn::TOPICS`).
    pub learn_topic: &'static str,
    /// The answers offered, in display order, ending with "Not sure".
    pub choices: &'static [Choice],
}

/// Every question, one record each, in the order the quiz asks them (the
/// order of `QuestionId::ALL`; a test checks it).
pub static QUESTIONS: [Question; QUESTION_COUNT] = [
    Question {
        id: QuestionId::Function,
        prompt: "Which function are you thinking of moving?",
        why: "Different kinds of work lean on different strengths, so this nudges a few priorities before the rest of the quiz.",
        learn_topic: "examples",
        choices: &[
            nudge(
                "customer_support",
                "Customer support",
                "the work is customer support",
                &[(C::Coverage247, 5), (C::Language, 2), (C::Scalability, 2)],
            ),
            nudge(
                "it_helpdesk",
                "IT support or helpdesk",
                "the work is IT support",
                &[(C::Coverage247, 5), (C::Expertise, 2)],
            ),
            nudge(
                "software_development",
                "Software development",
                "the work is software development",
                &[(C::Expertise, 5), (C::Scalability, 2)],
            ),
            nudge(
                "finance_accounting",
                "Finance or accounting",
                "the work is finance or accounting",
                &[(C::RegulatoryFit, 5), (C::QualityControl, 2)],
            ),
            nudge(
                "marketing",
                "Marketing or social media",
                "the work is marketing",
                &[
                    (C::CulturalAlignment, 5),
                    (C::Language, 2),
                    (C::Flexibility, 2),
                    (C::Expertise, 2),
                ],
            ),
            nudge(
                "other",
                "Something else",
                "the work is another kind of function",
                &[],
            ),
            NOT_SURE_CHOICE,
        ],
    },
    Question {
        id: QuestionId::CoreCompetency,
        prompt: "Is this function part of what makes you competitive?",
        why: "Work that sets you apart usually deserves close control; supporting work is a natural candidate to hand over.",
        learn_topic: "key-questions",
        choices: &[
            nudge(
                "core",
                "Yes, it is central to what we offer",
                "this function is central to what sets you apart",
                &[
                    (C::DirectControl, 7),
                    (C::QualityControl, 5),
                    (C::CoreFocus, -5),
                    (C::LowDependency, 2),
                ],
            ),
            nudge(
                "partly",
                "Partly: it supports something central",
                "this function partly supports your core business",
                &[(C::QualityControl, 2), (C::DirectControl, 2)],
            ),
            nudge(
                "supporting",
                "No, it is supporting work",
                "this function is supporting work rather than what sets you apart",
                &[
                    (C::CoreFocus, 7),
                    (C::DirectControl, -5),
                    (C::LowDependency, -5),
                ],
            ),
            NOT_SURE_CHOICE,
        ],
    },
    Question {
        id: QuestionId::BudgetPressure,
        prompt: "How hard is the pressure to cut the cost of this function?",
        why: "Wage gaps between countries are the biggest lever on cost, so this decides how much price should count.",
        learn_topic: "why-offshore",
        choices: &[
            nudge(
                "severe",
                "Severe: costs must come down a lot",
                "the pressure to cut costs is severe",
                &[
                    (C::LabourCost, 15),
                    (C::LongRunSavings, 10),
                    (C::QualityControl, -3),
                    (C::DirectControl, -3),
                    (C::Communication, -3),
                    (C::LowDependency, -3),
                    (C::CulturalAlignment, -5),
                    (C::TimeZoneAlignment, -2),
                    (C::Language, -2),
                ],
            ),
            nudge(
                "moderate",
                "Moderate: savings would be welcome",
                "savings would be welcome but are not urgent",
                &[(C::LabourCost, 1)],
            ),
            nudge(
                "low",
                "Low: quality and fit matter more than price",
                "price matters less to you than quality and fit",
                &[(C::LabourCost, -7), (C::LongRunSavings, -5)],
            ),
            NOT_SURE_CHOICE,
        ],
    },
    Question {
        id: QuestionId::Coverage,
        prompt: "Does this work need to run outside normal office hours?",
        why: "A team in a far-off time zone can cover your night during its own day, a strong reason to look abroad.",
        learn_topic: "why-offshore",
        choices: &[
            nudge(
                "office_hours",
                "No, office hours are enough",
                "office hours are enough",
                &[(C::Coverage247, -7)],
            ),
            nudge(
                "extended",
                "Longer days or weekends, but not the whole night",
                "you need longer days or weekends but not the whole night",
                &[(C::Coverage247, 5)],
            ),
            nudge(
                "round_the_clock",
                "Around the clock; night shifts would be acceptable",
                "you need round-the-clock service and night shifts are acceptable",
                &[(C::Coverage247, 12), (C::TimeZoneAlignment, -5)],
            ),
            Choice {
                id: "no_night_shifts",
                label: "Around the clock, without anyone working nights",
                said: "you need round-the-clock service without anyone working nights",
                nudges: &[(C::Coverage247, 17), (C::TimeZoneAlignment, -7)],
                knockout: Some(KnockOut::CoverageWithoutNightShifts),
                team_size_fte: None,
                horizon_years: None,
            },
            NOT_SURE_CHOICE,
        ],
    },
    Question {
        id: QuestionId::DirectControl,
        prompt: "How closely do you need to work with the people doing it?",
        why: "An outside team is steered through a contract rather than managed day to day, and distance makes visits harder.",
        learn_topic: "challenges-outsourcing",
        choices: &[
            nudge(
                "hands_on",
                "We must direct the people ourselves, day to day",
                "you need to direct the people yourselves every day",
                &[(C::DirectControl, 10), (C::QualityControl, 2)],
            ),
            nudge(
                "face_to_face",
                "We want to meet in person regularly",
                "you want to meet the team in person regularly",
                &[
                    (C::Communication, 5),
                    (C::TimeZoneAlignment, 5),
                    (C::DirectControl, 2),
                ],
            ),
            nudge(
                "results",
                "Agreed results are enough; remote work is fine",
                "agreed results are enough and remote work is fine",
                &[
                    (C::DirectControl, -7),
                    (C::QualityControl, -2),
                    (C::Communication, -2),
                ],
            ),
            NOT_SURE_CHOICE,
        ],
    },
    Question {
        id: QuestionId::Regulation,
        prompt: "How strict are the rules on this work and its data?",
        why: "Foreign labour law and data-transfer rules add work abroad, and some rules forbid moving the data at all.",
        learn_topic: "challenges-offshoring",
        choices: &[
            nudge(
                "light",
                "Light: no special rules apply",
                "no special rules apply to this work",
                &[(C::RegulatoryFit, -5), (C::LowGeopoliticalRisk, -2)],
            ),
            nudge(
                "moderate",
                "Moderate: the usual personal-data rules",
                "the usual personal-data rules apply",
                &[(C::RegulatoryFit, 2)],
            ),
            nudge(
                "strict",
                "Strict: a regulated sector with sensitive data",
                "the work sits in a heavily regulated sector with sensitive data",
                &[(C::RegulatoryFit, 7), (C::LowGeopoliticalRisk, 5)],
            ),
            Choice {
                id: "data_in_eu",
                label: "Personal data must stay in the EU/EEA or a country with an EU adequacy decision",
                said: "personal data may only go to the EU/EEA or a country with an EU adequacy decision",
                nudges: &[(C::RegulatoryFit, 7)],
                knockout: Some(KnockOut::DataInEuOrAdequate),
                team_size_fte: None,
                horizon_years: None,
            },
            Choice {
                id: "data_in_country",
                label: "The data must stay in our country",
                said: "the data must not leave your country",
                nudges: &[(C::RegulatoryFit, 10)],
                knockout: Some(KnockOut::DataMustStayInCountry),
                team_size_fte: None,
                horizon_years: None,
            },
            NOT_SURE_CHOICE,
        ],
    },
    Question {
        id: QuestionId::Expertise,
        prompt: "Does the work need skills that are hard to find?",
        why: "Specialist firms and some countries' talent pools offer skills that are slow to hire on your own.",
        learn_topic: "why-outsource",
        choices: &[
            nudge(
                "niche",
                "Yes, rare specialist skills",
                "the work needs rare specialist skills",
                &[(C::Expertise, 10)],
            ),
            nudge(
                "some",
                "Some specialist knowledge",
                "the work needs some specialist knowledge",
                &[(C::Expertise, 2)],
            ),
            nudge(
                "routine",
                "No, it is routine work",
                "the work is routine",
                &[(C::Expertise, -5)],
            ),
            NOT_SURE_CHOICE,
        ],
    },
    Question {
        id: QuestionId::Growth,
        prompt: "How fast will this function need to grow?",
        why: "Growing a team yourself means hiring and training every person; a provider can add people from its own pool.",
        learn_topic: "why-outsource",
        choices: &[
            nudge(
                "fast",
                "Fast: it may double within a year or two",
                "the function will grow fast",
                &[(C::Scalability, 10)],
            ),
            nudge(
                "steady",
                "Steadily",
                "the function will grow steadily",
                &[(C::Scalability, 2)],
            ),
            nudge(
                "flat",
                "Little or no growth",
                "the function will hardly grow",
                &[(C::Scalability, -5)],
            ),
            NOT_SURE_CHOICE,
        ],
    },
    Question {
        id: QuestionId::Seasonality,
        prompt: "Does the workload come in seasons, peaks or one-off projects?",
        why: "Contracted capacity can rise and fall with demand, while permanent staff are hard to add and to release.",
        learn_topic: "why-outsource",
        choices: &[
            nudge(
                "strong",
                "Yes, big peaks or one-off projects",
                "the workload comes in big peaks or one-off projects",
                &[(C::Flexibility, 10)],
            ),
            nudge(
                "some",
                "Some ups and downs",
                "the workload has some ups and downs",
                &[(C::Flexibility, 2)],
            ),
            nudge(
                "steady",
                "No, it is steady all year",
                "the workload is steady all year",
                &[(C::Flexibility, -5)],
            ),
            NOT_SURE_CHOICE,
        ],
    },
    Question {
        id: QuestionId::Horizon,
        prompt: "How many years ahead are you planning for this decision?",
        why: "Moving work abroad costs time and money at first and pays back later, so the horizon tips the balance.",
        learn_topic: "key-questions",
        choices: &[
            horizon(
                "one_year",
                "About a year",
                "you are planning about a year ahead",
                &[(C::TransitionEase, 7), (C::LongRunSavings, -7)],
                1,
            ),
            horizon(
                "three_years",
                "Two to three years",
                "you are planning two to three years ahead",
                &[(C::TransitionEase, 2), (C::LongRunSavings, -2)],
                3,
            ),
            horizon(
                "five_years",
                "Around five years",
                "you are planning around five years ahead",
                &[(C::LongRunSavings, 2)],
                5,
            ),
            horizon(
                "ten_years",
                "Ten years or more",
                "you are planning ten years or more ahead",
                &[(C::LongRunSavings, 7), (C::TransitionEase, -5)],
                10,
            ),
            NOT_SURE_CHOICE,
        ],
    },
    Question {
        id: QuestionId::Friction,
        prompt: "How much cultural, language and time-zone difference can you live with?",
        why: "Distant teams bring other habits, languages and hours; some businesses absorb that easily, others struggle.",
        learn_topic: "challenges-offshoring",
        choices: &[
            nudge(
                "low",
                "Very little: it must feel like working next door",
                "you can accept very little cultural, language or time-zone difference",
                &[
                    (C::CulturalAlignment, 7),
                    (C::Language, 7),
                    (C::TimeZoneAlignment, 7),
                    (C::Communication, 2),
                ],
            ),
            nudge(
                "some",
                "Some, as long as working hours largely overlap",
                "some difference is fine as long as working hours overlap",
                &[(C::TimeZoneAlignment, 2), (C::Language, -2)],
            ),
            nudge(
                "high",
                "A lot: we can bridge the differences",
                "you can bridge large cultural, language and time-zone differences",
                &[
                    (C::CulturalAlignment, -7),
                    (C::Language, -7),
                    (C::TimeZoneAlignment, -7),
                    (C::Communication, -3),
                ],
            ),
            NOT_SURE_CHOICE,
        ],
    },
    Question {
        id: QuestionId::ForeignMarket,
        prompt: "Would a foothold in another country help your business?",
        why: "A base of your own abroad can also win customers there; a vendor abroad gives you much less of that.",
        learn_topic: "why-offshore",
        choices: &[
            nudge(
                "own_base",
                "Yes, we would like a presence of our own abroad",
                "you would like a presence of your own abroad",
                &[(C::MarketPresence, 12)],
            ),
            nudge(
                "bonus",
                "It would be a bonus, not a goal",
                "a foothold abroad would be a bonus but is not a goal",
                &[(C::MarketPresence, 2)],
            ),
            nudge(
                "home_only",
                "No, our market is at home",
                "your market is at home",
                &[(C::MarketPresence, -5)],
            ),
            Choice {
                id: "no_entity",
                label: "No, and we could not set up a company abroad",
                said: "you could not set up or run a company abroad",
                nudges: &[(C::MarketPresence, -5)],
                knockout: Some(KnockOut::NoForeignEntity),
                team_size_fte: None,
                horizon_years: None,
            },
            NOT_SURE_CHOICE,
        ],
    },
    Question {
        id: QuestionId::VendorManagement,
        prompt: "Who would choose and manage an outside provider?",
        why: "Outsourcing only works if someone writes the contract, watches the service levels and keeps talking to the provider.",
        learn_topic: "making-it-work",
        choices: &[
            nudge(
                "experienced",
                "We already manage outside suppliers well",
                "you already manage outside suppliers well",
                &[
                    (C::LowDependency, -5),
                    (C::Communication, -2),
                    (C::TransitionEase, -2),
                ],
            ),
            nudge(
                "some_effort",
                "We could, with some effort",
                "you could manage a provider with some effort",
                &[(C::TransitionEase, 2)],
            ),
            nudge(
                "stretched",
                "It would stretch us thin",
                "managing a provider would stretch you thin",
                &[(C::TransitionEase, 7), (C::Communication, 5)],
            ),
            Choice {
                id: "none",
                label: "Nobody could take that on",
                said: "nobody could take on managing a provider",
                nudges: &[(C::TransitionEase, 7), (C::Communication, 5)],
                knockout: Some(KnockOut::NoVendorManagementCapacity),
                team_size_fte: None,
                horizon_years: None,
            },
            NOT_SURE_CHOICE,
        ],
    },
    Question {
        id: QuestionId::TeamSize,
        prompt: "How many full-time people does this function need?",
        why: "Set-up effort is spread over the whole team, so large teams gain more from lower wages; the size also feeds the cost model.",
        learn_topic: "captive-and-hybrid",
        choices: &[
            team(
                "up_to_5",
                "1 to 5 people",
                "the function needs 1 to 5 people",
                &[(C::TransitionEase, 5), (C::LongRunSavings, -2)],
                3.0,
            ),
            team(
                "6_to_20",
                "6 to 20 people",
                "the function needs 6 to 20 people",
                &[(C::TransitionEase, 2)],
                12.0,
            ),
            team(
                "21_to_100",
                "21 to 100 people",
                "the function needs 21 to 100 people",
                &[(C::LongRunSavings, 2)],
                50.0,
            ),
            team(
                "101_to_300",
                "101 to 300 people",
                "the function needs 101 to 300 people",
                &[
                    (C::LongRunSavings, 3),
                    (C::LabourCost, 1),
                    (C::Scalability, 2),
                ],
                180.0,
            ),
            team(
                "over_300",
                "More than 300 people",
                "the function needs more than 300 people",
                &[
                    (C::LongRunSavings, 7),
                    (C::LabourCost, 5),
                    (C::Scalability, 5),
                    (C::TransitionEase, -2),
                ],
                500.0,
            ),
            NOT_SURE_CHOICE,
        ],
    },
];

impl QuestionId {
    /// The question's record.
    pub fn question(self) -> &'static Question {
        &QUESTIONS[self.index()]
    }
    /// The question as the user reads it.
    pub fn prompt(self) -> &'static str {
        self.question().prompt
    }
    /// One line on why the question matters.
    pub fn why(self) -> &'static str {
        self.question().why
    }
    /// The id of the Learn guide topic that explains the question (see `learn::TOPICS`).
    pub fn learn_topic(self) -> &'static str {
        self.question().learn_topic
    }
    /// The answers offered, in display order, ending with "Not sure".
    pub fn choices(self) -> &'static [Choice] {
        self.question().choices
    }
    /// The answer with this id, if the question offers it.
    pub fn choice(self, answer: &str) -> Option<&'static Choice> {
        self.choices().iter().find(|c| c.id == answer)
    }
    /// Whether the question offers an answer with this id.
    pub fn accepts(self, answer: &str) -> bool {
        self.choice(answer).is_some()
    }
}

#[cfg(test)]
mod tests;
