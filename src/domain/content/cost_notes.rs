//! Where each cost input's default comes from: a cited source, or an honest
//! "planning assumption".

use crate::domain::model::inputs::Field;

impl Field {
    /// Where the default comes from: a cited source, or an honest "planning
    /// assumption" when SOURCES.md has nothing to lean on.
    pub fn default_note(self) -> &'static str {
        match self {
            Field::Fte => "Planning default; enter the size of your team.",
            Field::Salary => {
                "Default: the home location's median developer pay (Stack Overflow Developer Survey 2024, USD). \
                 Enter your own gross salary, in the scenario's currency."
            }
            Field::EmployerOnCost => {
                "Default: the home location's statutory employer contributions \
                 (national social-security sources 2020–2025)."
            }
            Field::OtherOverhead => {
                "Planning assumption for facilities, IT and benefits; no cited source."
            }
            Field::VendorMargin => {
                "Planning assumption; no cited source: the vendor's profit on its costs. \
                 Vendor quotes replace it."
            }
            Field::VendorEfficiency => {
                "Planning assumption; no cited source: a specialist vendor's scale, tooling and reuse \
                 let it do the same work with fewer people (vendors only, not a captive centre). \
                 At 20 % a domestic vendor lands near in-house cost although it adds a margin, \
                 and a third-party offshore vendor comes out a little cheaper than a captive centre \
                 in the same place, as Everest (2007) found (typically 5–15 % cheaper)."
            }
            Field::DeliveryOverhead => {
                "Planning assumption; no cited source. Vendor rates are a multiple of local pay: on top \
                 of pay and employer on-cost a service firm carries benefits, facilities, IT, bench, \
                 management, training, sales and onsite coordination. Price per vendor FTE = local pay \
                 × (1 + on-cost) × (1 + this) × (1 + margin); the Assumptions panel shows the result, \
                 so check it against quotes. It is higher where pay is low: equipment, software, \
                 travel and client-side staff cost much the same everywhere, and a vendor's team is \
                 more senior than the survey median. Domestic is about your own other overhead. \
                 For a captive centre it is the centre's own overhead (facilities, local management, \
                 HR, legal, compliance, no vendor scale), set so that a third-party vendor in the same \
                 place is about 8 % cheaper at steady state (Everest 2007: 5–15 % cheaper)."
            }
            Field::ProductivityGap => {
                "Lasting extra effort for the same output because of distance: communication, time \
                 zones, culture, rework. Leans on CIO Magazine (2003): cultural and productivity costs \
                 3–27 %. Per-option values are planning assumptions within that range; a captive \
                 centre's own staff share your processes, so it is set below an offshore vendor's."
            }
            Field::Governance => {
                "The retained organisation that manages the moved work (contract and vendor management, \
                 oversight), as % of what that work costs in-house, not of the vendor's price. Planning \
                 assumption leaning on CIO Magazine (2003): vendor selection alone is 0.2–2 % of contract \
                 value a year. It grows with distance; a captive centre needs the most, as you also run \
                 its entity, people and compliance."
            }
            Field::HybridCoordination => {
                "Planning assumption: the extra cost of splitting one function between two teams, \
                 as % of the moved share's in-house cost, at the low end of CIO Magazine's (2003) \
                 3–27 % cultural and productivity costs."
            }
            Field::Transition => {
                "Planning assumption, % of one year's in-house cost: parallel running while knowledge \
                 is transferred (three months of the in-house team is 25 %), severance and retention, \
                 vendor selection and contracts. CIO Magazine (2003) puts vendor selection at 0.2–2 % \
                 of contract value a year and layoffs and retention at 3–5 %; a captive centre adds \
                 entity set-up, local recruiting and fit-out."
            }
            Field::ProductivityDip => {
                "Meta Group, quoted by CIO Magazine (2003): about 20 % lower efficiency in the first two \
                 years of offshore work: the offshore and captive default. Nearshore and domestic are \
                 set lower (planning assumption: less distance to bridge). The extra effort is \
                 dip / (1 − dip), 25 % more for a 20 % dip, on top of the lasting productivity gap."
            }
            Field::DipSecondYear => {
                "Assumption: half of the dip is left in year 2 as the team ramps up \
                 (Meta Group's figure covers two years; set 100 % to apply it fully)."
            }
            Field::Attrition => {
                "Planning assumption; no cited source. Applies to your own staff (in-house and a \
                 captive centre); a vendor's turnover is part of its delivery overhead. Turnover was \
                 the main factor delaying break-even in Šmite & van Solingen (IEEE Software)."
            }
            Field::ReplacementCost => {
                "Planning assumption (recruiting, onboarding, lost output); no cited source."
            }
            Field::WageInflation => {
                "Planning assumption; no cited source. Lower-cost locations are set to rise faster, \
                 which narrows the gap over time."
            }
            Field::HybridShare => "Your choice: how much of the work leaves the in-house team.",
            Field::Horizon => {
                "Default 5 years: offshore work took about 5 years to break even \
                 (Šmite & van Solingen, IEEE Software)."
            }
            Field::Budget => {
                "Defaults to in-house's steady-state yearly cost (the last year of the horizon), \
                 so in-house itself just fits. Type your real budget."
            }
        }
    }
}
