//! The matrix's default scores and the one-sentence rationale behind each.

use crate::domain::model::criteria::Criterion;
use crate::domain::model::options::SourcingOption;

/// Column index of an option in the score and rationale rows
/// (the order of `SourcingOption::ALL`).
pub fn option_index(option: SourcingOption) -> usize {
    match option {
        SourcingOption::InHouse => 0,
        SourcingOption::Domestic => 1,
        SourcingOption::Nearshore => 2,
        SourcingOption::Offshore => 3,
        SourcingOption::Captive => 4,
        SourcingOption::Hybrid => 5,
    }
}

/// One row of default scores, columns in `SourcingOption::ALL` order:
/// in-house, domestic, nearshore, offshore, captive, hybrid.
fn score_row(criterion: Criterion) -> [u8; 6] {
    use Criterion::*;
    match criterion {
        LabourCost => [1, 2, 3, 5, 4, 3],
        TransitionEase => [5, 4, 3, 2, 1, 3],
        LongRunSavings => [1, 2, 3, 4, 5, 3],
        Expertise => [2, 4, 4, 4, 3, 3],
        Scalability => [2, 3, 4, 5, 3, 3],
        Flexibility => [1, 5, 4, 4, 2, 3],
        CoreFocus => [1, 5, 4, 3, 2, 3],
        Coverage247 => [1, 2, 2, 5, 4, 3],
        MarketPresence => [1, 1, 2, 2, 5, 2],
        QualityControl => [5, 3, 3, 2, 4, 4],
        DirectControl => [5, 2, 2, 1, 4, 4],
        Communication => [5, 4, 3, 2, 3, 4],
        LowDependency => [5, 2, 2, 2, 4, 3],
        CulturalAlignment => [5, 5, 4, 2, 3, 4],
        TimeZoneAlignment => [5, 5, 4, 1, 2, 4],
        Language => [5, 5, 3, 2, 3, 4],
        RegulatoryFit => [5, 4, 3, 2, 1, 3],
        LowGeopoliticalRisk => [5, 5, 4, 2, 2, 3],
    }
}

/// The default score (1..=5, higher is better) of an option on a criterion.
pub fn default_score(option: SourcingOption, criterion: Criterion) -> u8 {
    score_row(criterion)[option_index(option)]
}

/// One row of rationales, columns in `SourcingOption::ALL` order.
fn rationale_row(criterion: Criterion) -> [&'static str; 6] {
    use Criterion::*;
    match criterion {
        LabourCost => [
            "Every role is paid at home-market wages plus benefits, office space and equipment, so this is the most expensive way to staff the work.",
            "A home-country vendor pays similar wages and adds its own margin, though pooled staff and tools can trim a little off your overhead.",
            "Wages in a neighbouring country are usually somewhat lower than at home, giving a moderate saving once the vendor's margin is paid.",
            "Large wage gaps between countries make a distant low-cost vendor the cheapest way to buy the same hours of work, even after its margin.",
            "Your own staff in a low-cost country earn local wages with no vendor margin on top, but you also carry the premises, management and local overhead.",
            "Only the share you move out gets cheaper, so the saving lands between keeping everything at home and moving all of it.",
        ],
        TransitionEase => [
            "Nothing changes hands: no vendor to choose, no contract to negotiate and no knowledge to transfer, so there is no set-up effort at all.",
            "You must select a vendor, agree a contract and hand over know-how, but with no border to cross the move is comparatively quick.",
            "Vetting a partner in another country, drafting cross-border contracts and transferring knowledge take noticeably more work than staying at home.",
            "Checking out a distant vendor, travelling for due diligence and training a team many hours away make the switch long and demanding.",
            "Opening your own centre means founding a legal entity, finding premises, then hiring and training locally, which is the heaviest set-up of all.",
            "Only part of the work moves, yet you still need a partner or base abroad and a clean split of processes between the two teams.",
        ],
        LongRunSavings => [
            "With no change to who does the work or where, home wage inflation keeps running and there is no structural saving to harvest later.",
            "Economies of scale at a specialist can shave costs over time, but home-market wages and a permanent margin cap what you keep.",
            "The lower wage level of a neighbouring country keeps paying back year after year, though the gap is narrower than with distant locations.",
            "Once the start-up years are behind you, the wage differential delivers lasting savings, reduced only by the vendor margin and oversight costs.",
            "After the set-up cost is recovered you keep the whole wage differential yourself, since no vendor takes a margin on every hour.",
            "The portion moved out keeps saving money every year, while the part kept at home stays at domestic cost.",
        ],
        Expertise => [
            "You can only use the skills you manage to recruit and keep yourself, which is slow and hard for niche specialisms.",
            "A specialist firm at home brings people who do this work every day, plus tools and methods you would not build yourself.",
            "Vendors in neighbouring countries often run deep specialist teams, and they reach talent pools beyond your own labour market.",
            "Some distant countries have large, well-known pools of people skilled in particular fields, and vendors there give you ready access to them.",
            "You can tap a foreign talent pool, but you must hire and develop the specialists yourself rather than borrow a vendor's bench.",
            "The moved share gains outside know-how while the core keeps relying on whoever you employ at home.",
        ],
        Scalability => [
            "Growth means recruiting, onboarding and managing every new person yourself, which limits how fast the team can expand.",
            "A vendor can add trained people from its own pool, although capacity and wages in the home market still set some limits.",
            "A nearby vendor can ramp up from a labour market larger than yours without you running the hiring.",
            "Big offshore providers keep deep benches in large labour markets, so adding dozens of seats is routine for them.",
            "Local hiring abroad is cheaper and the market is larger, but every new seat in your own centre is still your recruitment job.",
            "The outside share can grow quickly through a partner, while the in-house core grows only as fast as you can hire.",
        ],
        Flexibility => [
            "Permanent staff are hard to add for a peak and harder to release afterwards, so seasonal swings mean overtime or idle time.",
            "Contracting a local firm for a campaign or a busy season is simple, and the short distance makes brief engagements practical.",
            "Project-based and seasonal contracts are common with nearby vendors, though short engagements still need cross-border paperwork.",
            "Large offshore vendors keep deep benches and sell capacity in flexible blocks, so a team can grow or shrink within weeks, though very short bursts still meet minimum volumes.",
            "A captive centre is a long-term commitment with permanent employees, so it absorbs peaks only a little better than your home team.",
            "The outsourced slice can flex with demand, giving some headroom while the in-house core stays fixed.",
        ],
        CoreFocus => [
            "Your own people keep doing all of this work, so none of their time is freed for product, innovation or customers.",
            "A nearby specialist takes the whole function off your plate with light oversight, freeing your team for what makes you competitive.",
            "The vendor takes over the day-to-day work, although cross-border coordination asks for a bit more management attention.",
            "Handing the work to a distant provider frees your staff, but governing a vendor far away still draws on management time.",
            "Your managers must now run a foreign subsidiary, so attention shifts abroad rather than back to the core business.",
            "Part of the workload leaves your team, but coordinating the split keeps some of their attention on it.",
        ],
        Coverage247 => [
            "A single team in one time zone can only cover the night by working night shifts, which is costly and wears people out.",
            "Some home-country vendors staff around the clock, but everyone shares your time zone, so nights still mean night shifts.",
            "A neighbouring country shares most of your hours, so round-the-clock service again depends on people working through the night.",
            "A provider on the far side of the world works its normal day while you sleep, enabling follow-the-sun service without night work.",
            "Your own team in a distant time zone can cover your night during their daytime, once you have built up enough staff there.",
            "The share placed abroad can cover part of your night, but the core team still keeps home-country hours.",
        ],
        MarketPresence => [
            "Keeping the work at home builds no local network, brand or customer contacts in any new country.",
            "A vendor in your own country does nothing to give you a foothold abroad.",
            "Working with a partner next door teaches you a little about that market, but the presence there is the vendor's, not yours.",
            "You gain contacts and insight in the vendor's country, yet customers there see the provider's name rather than your brand.",
            "A subsidiary of your own is a real foothold abroad: a local entity, a visible brand and a base for winning customers in the region.",
            "Moving a share out gives only a small outpost abroad, usually through a partner, so your brand presence there stays modest.",
        ],
        QualityControl => [
            "You set the standards, train the people and check the output directly, so quality problems are visible and fixable at once.",
            "You depend on the vendor's processes and standards, though service levels and regular visits keep quality fairly easy to check.",
            "Quality rests on the partner's own processes, with contractual metrics and occasional site visits as your main levers.",
            "You rely on a distant vendor's methods and can rarely inspect the work in person, so slips can reach your customers before you notice.",
            "The people are your employees following your procedures, so you can enforce standards, albeit from a distance.",
            "The core work stays under your own quality checks, and only the moved share relies on an outside party's standards.",
        ],
        DirectControl => [
            "You manage the team yourself and can walk over to talk to anyone, which gives you complete day-to-day oversight.",
            "You steer through a contract and an account manager rather than directing the people, although a face-to-face meeting is a short trip away.",
            "Direction goes through the vendor's management, and meeting in person takes a journey even if it is not a long one.",
            "You cannot manage an external team far away the way you manage your own staff, and dropping in is rarely practical.",
            "You employ and direct the staff abroad yourself, with distance as the main limit on hands-on management.",
            "The core team remains yours to manage directly, so only the share that moves out is steered at arm's length.",
        ],
        Communication => [
            "Colleagues inside one organisation share context, tools and channels, so goals and feedback get through with little loss.",
            "An outside partner sits beyond your company walls, so deadlines and feedback can get tangled, but meetings are easy to arrange.",
            "Overlapping hours help, yet working across both a company boundary and a border leaves room for misunderstandings.",
            "Distance, a company boundary and few shared hours make clear and timely exchanges hard to sustain without deliberate effort.",
            "Staff abroad are insiders who use your systems, though distance and fewer shared hours still slow conversations down.",
            "Most exchanges stay inside your home team, with extra coordination needed only at the hand-off to the moved share.",
        ],
        LowDependency => [
            "No outside company sits between you and the work, so no partner's failure, merger or change of strategy can disrupt you.",
            "Leaning on one outside firm leaves you exposed if it is sold, folds or changes direction, though switching within your country is easier.",
            "A single foreign vendor carries the function, so its troubles become yours, and replacing it across a border takes time.",
            "As with any foreign vendor, its troubles become yours and replacing it takes time; what the greater distance adds is scored under control, communication and time zones, not counted twice here.",
            "The centre is yours, so there is no vendor to lose, though the operation is tied to the stability of one foreign location.",
            "Keeping the core at home limits the damage if the outside partner falters, while part of the work still depends on it.",
        ],
        CulturalAlignment => [
            "The team already shares your company culture, your customers' habits and your business etiquette.",
            "A vendor in your own country shares your national business culture and your customers' expectations of service.",
            "Neighbouring countries often have similar business habits, though small differences in etiquette and service style remain.",
            "Differing expectations about service, hierarchy and etiquette can cause friction with a distant vendor unless handled with care.",
            "Your own centre can absorb your company culture through hiring and training, but local norms still shape daily work.",
            "The core keeps your culture intact, and cultural gaps only matter where work passes to the moved share.",
        ],
        TimeZoneAlignment => [
            "Everyone works your hours, so questions and urgent issues are handled in real time.",
            "The vendor keeps the same clock as you, which makes live collaboration and quick escalations straightforward.",
            "A nearby country has the same or similar working hours, with at most a small offset to plan around.",
            "When your partner's working day falls in your night, meetings land at awkward times and urgent issues wait for the next overlap.",
            "A distant captive shares few hours with headquarters, although you can set its shift patterns to add some overlap.",
            "The core team keeps your hours, and only hand-offs to the share abroad have to bridge a time gap.",
        ],
        Language => [
            "Your staff speak your language and your customers' idioms natively.",
            "A home-country vendor speaks your language, including the local slang and references your customers use.",
            "A neighbouring country may have a different first language, so nuance can slip even when staff are fluent in yours.",
            "Even with fluent staff, idioms, humour and cultural references often get lost between distant countries.",
            "You can make fluency a hiring requirement and train for it, but native nuance is still hard to match abroad.",
            "Language gaps are confined to the moved share, while the core team talks with customers in their own language.",
        ],
        RegulatoryFit => [
            "Only the labour, tax and data rules you already comply with apply, with no new jurisdiction to learn.",
            "You stay under home-country law, but contracts and data sharing with a third party add some compliance checks.",
            "Sending work to another country brings foreign labour law and cross-border data rules into play, often within a similar legal framework.",
            "Unfamiliar labour, tax and data-transfer rules apply, and heavily regulated sectors may find this option restricted or closed.",
            "Running your own entity abroad makes you directly liable for its labour law, tax filings and permits, which usually needs local legal help.",
            "The core stays within known rules, while the moved share still brings a foreign jurisdiction and its data rules into scope.",
        ],
        LowGeopoliticalRisk => [
            "Work done by your own staff at home is largely shielded from trade-policy shifts and questions about foreign labour practices.",
            "A domestic partner operates under familiar rules and labour standards, so trade disputes and ethical scrutiny barely touch it.",
            "A stable neighbouring country carries modest political and labour-practice risk, though policy changes there can still reach you.",
            "Trade-policy changes, instability and public concern about labour conditions in the vendor's country can hit both operations and reputation.",
            "Owning staff and premises abroad puts your name directly on local working conditions and exposes your assets to political shifts.",
            "Only part of the work is exposed to another country's politics and to scrutiny of its labour practices.",
        ],
    }
}

/// Why an option gets its default score on a criterion, in one sentence.
pub fn rationale(option: SourcingOption, criterion: Criterion) -> &'static str {
    rationale_row(criterion)[option_index(option)]
}

#[cfg(test)]
mod tests;
