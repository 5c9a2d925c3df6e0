//! The Learn guide as data: short topics on outsourcing and offshoring, and
//! which topic explains each matrix criterion.
//!
//! Pure core: no web imports. The view renders `TOPICS` in one loop, so the
//! guide changes here without touching any markup. Topic ids appear in
//! addresses (`?view=learn&topic=<id>`) and are stable.

use super::criteria::Criterion;

/// One piece of a topic's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Block {
    /// A paragraph.
    Para(&'static str),
    /// A bulleted list; each point is a short lead-in (ending in `:` or `?`)
    /// and its explanation.
    Points(&'static [(&'static str, &'static str)]),
}

/// One section of the guide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Topic {
    /// Stable id, used in links and as the heading's element id.
    pub id: &'static str,
    pub title: &'static str,
    pub blocks: &'static [Block],
}

use Block::{Para, Points};

/// The guide, in reading order.
pub static TOPICS: [Topic; 12] = [
    Topic {
        id: "what-is-outsourcing",
        title: "What outsourcing means",
        blocks: &[
            Para("Outsourcing is handing a defined piece of work to another company under a contract. The provider usually does the same work for many clients, so it brings trained people, tools and methods you would otherwise have to build yourself."),
            Para("The provider can be in the next street or on another continent. A firm that hires an accounting practice in its own city is outsourcing just as much as one that signs with a vendor abroad: the word is about who does the work, not where."),
            Para("Price is often what starts the conversation, but it is rarely the whole case. Many firms outsource so that their own people can spend their time on the product, the customers and whatever else sets the business apart."),
        ],
    },
    Topic {
        id: "what-is-offshoring",
        title: "What offshoring means",
        blocks: &[
            Para("Offshoring is moving work to another country. The usual draw is lower wages and running costs, but firms also go abroad for rules that suit them or for skills that are plentiful there."),
            Para("There are two ways to do it: contract a vendor in the other country (offshore outsourcing), or open a subsidiary or branch there and employ the staff yourself (a captive centre)."),
            Para("Cost is not the only motive. A software company may open a development office where experienced engineers are easy to hire; a manufacturer may place a research centre in the region that leads its field."),
        ],
    },
    Topic {
        id: "core-difference",
        title: "The core difference",
        blocks: &[
            Para("Outsourcing answers the question of who does the work; offshoring answers where it is done. The two overlap, but they are not the same thing."),
            Points(&[
                ("Place:", "Outsourcing can stay inside your own country. Offshoring always crosses a border."),
                ("Motive:", "Both can save money, but offshoring leans hardest on cost, because wage gaps between countries can be wide. Outsourcing is just as often about buying specialist skills, such as legal, accounting or marketing work, from the best partner wherever it is."),
                ("Friction:", "Work sent abroad meets differences in language, culture and working hours. Outsourcing at home avoids most of them; outsourcing abroad meets them in full."),
            ]),
            Para("In one line: offshoring means another country, outsourcing means another company, at home or abroad. Offshore outsourcing is both at once."),
        ],
    },
    Topic {
        id: "captive-and-hybrid",
        title: "Nearshore, captive centres and hybrids",
        blocks: &[
            Para("Between doing everything yourself and handing it to a distant vendor there are several middle paths. Shoreline compares six options:"),
            Points(&[
                ("In-house:", "your own staff in your own country: the most control, usually the highest cost."),
                ("Domestic outsourcing:", "a vendor in your own country: outside expertise without the friction of distance."),
                ("Nearshore outsourcing:", "a vendor in a nearby country with similar working hours: smaller savings than far offshore, but easier calls, visits and overlap."),
                ("Offshore outsourcing:", "a vendor in a distant, lower-cost country: the largest savings and the most friction to manage."),
                ("Captive offshore centre:", "your own company abroad: you keep control of the people and the methods, but you carry the legal entity, hiring, premises and local rules yourself. It usually pays only for a large team."),
                ("Hybrid:", "the core stays in-house and a share goes to a vendor: it limits dependency and lets you test a provider before you commit more work."),
            ]),
            Para("The effort of getting started differs widely. A domestic vendor can often begin within weeks; a captive centre takes longest to set up. Every move abroad also brings a period of lower output while the new team learns the work."),
        ],
    },
    Topic {
        id: "why-outsource",
        title: "Why companies outsource",
        blocks: &[
            Para("Saving money is one reason among several."),
            Points(&[
                ("Specialist skills:", "A provider that does one kind of work all day, such as telesales, payroll or IT support, knows it better than a team you would have to build from nothing."),
                ("Room to grow:", "When demand rises fast, a provider can add trained people sooner than you could recruit and train them."),
                ("Flexibility:", "Seasonal peaks and one-off projects can be covered for as long as they last, without permanent hires you would not need afterwards."),
                ("Focus:", "Often the biggest gain: your own people stop spending time on supporting tasks and put it into the product, the customers and the work that keeps you competitive."),
            ]),
        ],
    },
    Topic {
        id: "why-offshore",
        title: "Why companies offshore",
        blocks: &[
            Para("Moving work abroad brings gains of its own."),
            Points(&[
                ("Lower cost:", "Wages and running costs in some countries are a fraction of those at home. For large operations such as contact centres, the savings keep adding up year after year once the move has been paid for."),
                ("Skilled people:", "Some places have deep pools of a particular skill, such as engineers in parts of Eastern Europe or English-speaking service staff in the Philippines."),
                ("Round-the-clock service:", "A team in another time zone works while your home team sleeps, so service can run day and night without anyone working nights."),
                ("New markets:", "An office abroad gives you a local presence and a name in that market, and can lead to customers there."),
            ]),
        ],
    },
    Topic {
        id: "challenges-outsourcing",
        title: "The challenges of outsourcing",
        blocks: &[
            Points(&[
                ("Quality:", "You rely on the provider's processes and standards. If they slip, your customers see it under your brand."),
                ("Control:", "You steer an outside team through a contract and its managers, not day to day. Some firms welcome that distance; others find it hard to live with."),
                ("Communication:", "Even at home, the provider sits outside your company. Goals, deadlines and feedback get lost unless someone owns the relationship."),
                ("Dependency:", "Leaning on a single provider leaves you exposed if it fails, is bought or changes course. Exit terms, a second supplier or keeping part of the work in-house reduce that risk."),
            ]),
        ],
    },
    Topic {
        id: "challenges-offshoring",
        title: "The challenges of offshoring",
        blocks: &[
            Para("Working across borders adds problems on top of those of outsourcing."),
            Points(&[
                ("Culture:", "Expectations about customer service, hierarchy and everyday business manners differ. Left unaddressed, small misunderstandings turn into friction."),
                ("Time zones:", "When the offshore team's working day is your night, meetings fall at awkward hours and urgent problems wait longer."),
                ("Language:", "Even a fluent shared language leaves room for error: idioms, humour and local references do not always carry over."),
                ("Law and compliance:", "Another country's labour law, tax rules and standards apply. Expect to need local advice, and check data-protection rules before personal data leaves the country."),
            ]),
        ],
    },
    Topic {
        id: "key-questions",
        title: "Questions to ask before you decide",
        blocks: &[
            Points(&[
                ("Is this work central to us?", "A function you are not known for is a good candidate to hand over. If cost matters most, a lower-cost country that is strong in that kind of work may suit it."),
                ("What can we spend, and over how long?", "A provider at home usually costs more than one abroad but brings fewer problems of culture and time zone. Offshoring repays its early complications over a longer horizon."),
                ("Do we need service around the clock?", "Teams in several time zones make 24/7 service natural. If you work office hours for local customers, that advantage may not be worth the extra friction."),
                ("How close must we be?", "If you want to visit the people doing the work or meet them at short notice, a nearby partner is far easier than one abroad."),
                ("What do the rules allow?", "Healthcare, finance and public-sector work often come with strict regulation. Offshoring can add steps, or be ruled out altogether."),
            ]),
        ],
    },
    Topic {
        id: "examples",
        title: "Two examples",
        blocks: &[
            Points(&[
                ("Outsourcing at home:", "A young software company hands its social media to a marketing agency a short drive away. They meet once a month, and the agency's feel for the local audience is part of what the company pays for."),
                ("Offshoring:", "A large telecoms operator opens a customer support centre in the Philippines. Its staff serve English-speaking customers in North America and Australia, the time difference gives round-the-clock cover, and the labour costs much less than a similar centre at home would."),
            ]),
            Para("The first buys skill from another company without leaving home; the second moves work abroad mainly for cost and coverage."),
        ],
    },
    Topic {
        id: "making-it-work",
        title: "Making it work",
        blocks: &[
            Para("Either route stands or falls with the partner and with how you run the relationship. Look for a provider that understands your goals and behaves like part of your team rather than a mere supplier."),
            Para("Agree expectations, measures and deadlines at the start, and name someone on your side who owns the relationship. Meet regularly, whatever the distance, so that small problems come up while they are still small."),
        ],
    },
    Topic {
        id: "outlook",
        title: "What is changing",
        blocks: &[
            Para("Automation, AI and better tools for working together make it easier every year to run work across continents, and skilled people can be found almost anywhere."),
            Para("At the same time, the choice of country carries risks that are easy to underrate. Political events and changes in trade policy can alter the case for a location quickly, and customers increasingly ask how and where a service is delivered. Anyone moving work abroad should weigh local labour conditions and their own social-responsibility commitments alongside the cost."),
        ],
    },
];

/// The topic with this id, if the guide has one.
pub fn topic(id: &str) -> Option<&'static Topic> {
    TOPICS.iter().find(|t| t.id == id)
}

/// The id of the topic that explains a matrix criterion.
pub fn topic_for_criterion(criterion: Criterion) -> &'static str {
    use Criterion::*;
    match criterion {
        LabourCost | LongRunSavings | Coverage247 | MarketPresence => "why-offshore",
        TransitionEase => "captive-and-hybrid",
        Expertise | Scalability | Flexibility | CoreFocus => "why-outsource",
        QualityControl | DirectControl | Communication | LowDependency => "challenges-outsourcing",
        CulturalAlignment | TimeZoneAlignment | Language | RegulatoryFit => "challenges-offshoring",
        LowGeopoliticalRisk => "outlook",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::quiz::QuestionId;
    use crate::domain::small::SmallSet;

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
                linked.contains(&t.id) || OPENING.contains(&t.id),
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
        let total: usize = TOPICS.iter().map(words).sum();
        assert!((1_000..=1_800).contains(&total), "{total} words");
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
}
