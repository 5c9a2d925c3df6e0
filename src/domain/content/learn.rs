//! The Learn guide as data: short topics on outsourcing and offshoring, and
//! which topic explains each matrix criterion.
//!
//! Pure core: no web imports. The view renders `TOPICS` in one loop, so the
//! guide changes here without touching any markup. Topic ids appear in
//! addresses (`?view=learn&topic=<id>`) and are stable.

use crate::domain::model::criteria::Criterion;

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
pub static TOPICS: [Topic; 14] = [
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
            Para("Skills draw firms abroad as well as wages. A software company may open a development office where experienced engineers are easy to hire; a manufacturer may place its research centre in the region that leads its field."),
        ],
    },
    Topic {
        id: "core-difference",
        title: "The core difference",
        blocks: &[
            Para("Outsourcing answers the question of who does the work; offshoring answers where it is done. The two overlap, but they are not the same thing."),
            Points(&[
                ("Place:", "Outsourcing can stay inside your own country. Offshoring always crosses a border."),
                ("Motive:", "Offshoring is mostly a cost play, since pay levels differ so much between countries. Outsourcing is as often a way to buy know-how you lack, say in law, accounting or marketing, and the best firm for that may be local or far away."),
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
                ("Flexibility:", "Seasonal peaks and one-off projects can be bought for exactly as long as they last, and the cost ends when the work does."),
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
                ("Lower cost:", "The same work can cost far less where wages and rents are lower. The gap matters most for big teams such as contact centres, where it is earned again every year once the move has been paid for."),
                ("Skilled people:", "Certain regions have built a name in one field, for instance engineering in parts of Eastern Europe or English-language customer service in the Philippines, so hiring for it there is quicker."),
                ("Round-the-clock service:", "A team in another time zone works while your home team sleeps, so service can run day and night without anyone working nights."),
                ("New markets:", "People on the ground in another country make your brand known there and can open the door to customers in that region."),
            ]),
        ],
    },
    Topic {
        id: "challenges-outsourcing",
        title: "The challenges of outsourcing",
        blocks: &[
            Points(&[
                ("Quality:", "The work is done to the provider's methods, not yours, and any lapse reaches your customers with your name on it."),
                ("Control:", "You steer an outside team through a contract and its managers, not day to day. Some firms welcome that distance; others find it hard to live with."),
                ("Communication:", "A provider down the road is still another organisation with its own priorities. Unless someone on your side owns the relationship, targets and feedback drift out of step."),
                ("Dependency:", "If your only provider goes under, is taken over or drops the service, your operation stops with it. Exit terms, a second supplier or keeping part of the work in-house limit the damage."),
            ]),
        ],
    },
    Topic {
        id: "challenges-offshoring",
        title: "The challenges of offshoring",
        blocks: &[
            Para("Working across borders adds problems on top of those of outsourcing."),
            Points(&[
                ("Culture:", "How to treat a customer, how openly to disagree with a manager, how formal an email should be: habits like these vary by country, and nobody notices them until they cause trouble."),
                ("Time zones:", "With little overlap in the working day, someone always joins calls early or late, and a problem found in your afternoon may wait until the other side wakes up."),
                ("Language:", "Good English on both sides does not guarantee the same understanding; tone, shorthand and local expressions are where meaning slips."),
                ("Law and compliance:", "Employment law, tax and industry standards abroad are rarely the ones your team knows. Budget for local legal help, and check data-protection rules before any personal data leaves the country."),
            ]),
        ],
    },
    Topic {
        id: "realistic-costs",
        title: "What the savings really look like",
        blocks: &[
            Para("Wage gaps between countries are large, but the published evidence on what firms actually save is much more modest. These are the ranges Shoreline's cost model is checked against:"),
            Points(&[
                ("Savings:", "most case studies find offshore outsourcing saves 15 to 30 % once everything is counted, even where quoted rates promised far more (academic chapter, Taylor & Francis)."),
                ("Time to pay off:", "in one study offshore work took about three years to match in-house cost per hour and about five to earn back what the move cost, staff turnover being the main drag (Šmite & van Solingen, IEEE Software)."),
                ("Ramp-up:", "expect roughly 20 % lower efficiency during the first two years (Meta Group, quoted by CIO Magazine, 2003)."),
                ("Hidden costs:", "cultural and productivity losses of 3 to 27 %, vendor selection at 0.2 to 2 % of contract value a year, layoffs and retention at 3 to 5 % (CIO Magazine, 2003)."),
                ("Near or far:", "nearshore vendors publish that a team at your hours keeps fewer people at your site (8 to 20 %, against 30 to 40 % far away), so higher pay can cost about the same per hour (Nearshore Americas; Softtek, 2005). Check such estimates against quotes."),
                ("Own centre or vendor:", "at moderate size a third-party vendor tends to be 5 to 15 % cheaper than a captive centre in the same place (Everest, 2007); at large scale captives have saved 40 to 70 % (Everest and NASSCOM, 2012)."),
            ]),
        ],
    },
    Topic {
        id: "key-questions",
        title: "Questions to ask before you decide",
        blocks: &[
            Points(&[
                ("Is this work central to us?", "Work that does not set you apart can usually be handed over without harm. Where price is what counts, look at countries that are both cheaper and good at that particular work."),
                ("What can we spend, and over how long?", "Home-country rates are usually higher, but the work runs with less friction. Offshoring repays its early complications only over a longer horizon."),
                ("Do we need service around the clock?", "Teams in several time zones make 24/7 service natural. If your customers are local and only call during the working day, round-the-clock cover buys little and still costs you the friction of distance."),
                ("How close must we be?", "Regular visits, workshops in the same room and quick face-to-face decisions are simple with a partner nearby and hard across an ocean."),
                ("What do the rules allow?", "In regulated sectors such as healthcare, finance or government services, moving work abroad can mean extra approvals and controls, and some data may not leave the country at all."),
            ]),
        ],
    },
    Topic {
        id: "examples",
        title: "Two examples",
        blocks: &[
            Points(&[
                ("Outsourcing at home:", "A young software company gives its social media work to a marketing agency in the same city. The two sides sit down together every month, and the agency's feel for the local audience is part of what the company pays for."),
                ("Offshoring:", "A big telecoms company needs phone and chat support for customers in North America and Australia. It sets up a support centre in the Philippines, where English is widely spoken. Thanks to the time difference the centre covers the hours when staff at home are off, and its wage bill is far below that of the same centre at home."),
            ]),
            Para("The first buys skill from another company without leaving home; the second moves work abroad mainly for cost and coverage."),
        ],
    },
    Topic {
        id: "making-it-work",
        title: "Making it work",
        blocks: &[
            Para("Either route stands or falls with the partner and with how you run the relationship. Pick a provider for how well it grasps what you are trying to achieve, not only for its rates; the good ones work as if they were your own staff."),
            Para("Write down at the start what good service looks like, how it will be measured and by when, and name someone on your side who owns the relationship. A short review on a fixed rhythm, near or far, catches drift early, when it is still cheap to fix."),
        ],
    },
    Topic {
        id: "outlook",
        title: "What is changing",
        blocks: &[
            Para("Remote collaboration tools, automation and AI keep lowering the cost of distance: a team spread over three continents is now ordinary, and good people can be hired almost anywhere."),
            Para("The choice of country carries risks that are easy to underrate. A location that looks safe today can become harder to use after an election, a conflict or a new tariff. Customers and staff also watch working conditions at suppliers more closely, so check a move abroad against your own commitments on labour standards and social responsibility, not only against the budget."),
        ],
    },
    Topic {
        id: GLOSSARY,
        title: "Words used in the figures",
        blocks: &[
            Points(&[
                ("FTE:", "full-time equivalent, one person's full working time; two half-time staff make one FTE."),
                ("Employer on-cost:", "what an employer must pay by law on top of gross pay, such as social security; in the United States payroll tax only, with health insurance and other benefits on top."),
                ("Benefits and pay-linked overhead:", "benefits and other costs that grow with pay, such as health insurance and pensions."),
                ("Vendor margin:", "the vendor's profit on its own costs."),
                ("Vendor overhead:", "what a vendor spends beyond the people on your work: staff between projects, delivery and account managers, sales and training."),
                ("Governance overhead:", "the time your own managers spend on contracts with a provider and on overseeing its work."),
                ("Transition cost:", "the one-time cost of a move: handover, running old and new side by side, severance and contracts."),
                ("Once settled:", "the last year of the plan, when the transition is paid and the new team works at full speed (the steady state)."),
                ("Break-even:", "the month when what a move has saved since it began pays back what it cost."),
                ("CSR:", "corporate social responsibility, a firm answering for working conditions, the environment and ethics, its providers' included."),
            ]),
        ],
    },
];

/// The id of the glossary topic: the words of the cost model and the
/// matrix, each defined in a line. The Budget screen links to it; it is
/// reference, so the guide's word limit does not count it (it has its own).
pub const GLOSSARY: &str = "words";

/// The glossary's terms and their definitions, each term as written in the
/// guide ("Employer on-cost:").
pub fn glossary() -> &'static [(&'static str, &'static str)] {
    match topic(GLOSSARY).map(|t| t.blocks) {
        Some([Block::Points(points), ..]) => points,
        _ => &[],
    }
}

/// The topic with this id, if the guide has one.
pub fn topic(id: &str) -> Option<&'static Topic> {
    TOPICS.iter().find(|t| t.id == id)
}

/// The id of the topic that explains a matrix criterion.
pub fn topic_for_criterion(criterion: Criterion) -> &'static str {
    use Criterion::*;
    match criterion {
        LabourCost | Coverage247 | MarketPresence => "why-offshore",
        LongRunSavings => "realistic-costs",
        TransitionEase => "captive-and-hybrid",
        Expertise | Scalability | Flexibility | CoreFocus => "why-outsource",
        QualityControl | DirectControl | Communication | LowDependency => "challenges-outsourcing",
        CulturalAlignment | TimeZoneAlignment | Language | RegulatoryFit => "challenges-offshoring",
        LowGeopoliticalRisk => "outlook",
    }
}

#[cfg(test)]
mod tests;
