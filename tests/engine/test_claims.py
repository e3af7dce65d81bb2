"""The right-or-wrong check: claims a correct answer makes or never makes, found clause by clause.

The answers below are written in their own words, not the cues' wording: a correct answer must
contradict nothing, and a wrong one (often the two definitions swapped) must be caught.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from engine.claims import Claim, ClaimCheck, check_claims
from engine.questions import InterviewType, Question
from engine.roles import default_roles

# (role, question id, a correct answer, a wrong answer)
ANSWERS = [
    (
        "data_analyst",
        "da-t1",
        "With an inner join you only get rows whose key shows up in both tables. A left join "
        "returns everything from the left-hand table; when the right side has nothing to match, "
        "those columns come back as NULL. So customers with no orders survive a left join but "
        "vanish from an inner join.",
        "An inner join gives you every row of the left table and puts NULL in the columns that "
        "have no match, whereas a left join returns only the records that exist in both tables.",
    ),
    (
        "data_analyst",
        "da-t3",
        "I'd aggregate revenue per region and product in a CTE, then apply RANK() over a window "
        "partitioned by region and ordered by revenue descending, and keep rank <= 3. RANK keeps "
        "ties, ROW_NUMBER would break them arbitrarily.",
        "Just sort the products by revenue descending and put LIMIT 3 on the query, which gives "
        "you the top three in every region.",
    ),
    (
        "data_analyst",
        "da-t5",
        "Correlation just says two metrics tend to rise and fall together; causation says "
        "changing one actually changes the other. Stores with more staff sell more, but busy "
        "stores hire more staff, so sales may be driving the hiring. To show cause you need an "
        "experiment with a control group.",
        "Correlation is when one metric causes the other to move, and causation is just when two "
        "numbers move in the same direction.",
    ),
    (
        "finance_analyst",
        "fa-t1",
        "The income statement covers a period and shows revenue less costs down to net income. "
        "The balance sheet is a snapshot of assets, liabilities and equity on one date. The cash "
        "flow statement starts from net income, adjusts for non-cash items like depreciation and "
        "working capital, and shows operating, investing and financing cash. Net income also adds "
        "to retained earnings in equity.",
        "The balance sheet shows your revenue and expenses over the year, while the income "
        "statement is a snapshot of what the company owns and owes at a point in time. Net "
        "income is basically the cash the company made.",
    ),
    (
        "finance_analyst",
        "fa-t2",
        "The budget is the plan we commit to before the year starts and it stays put once "
        "approved. The forecast is our current best view of where we'll land, and we refresh it "
        "every month or quarter as actuals arrive, then compare both.",
        "A forecast is set once at the start of the year and is fixed, whereas the budget gets "
        "revised every month to reflect what will actually happen.",
    ),
    (
        "finance_analyst",
        "fa-t5",
        "You project unlevered free cash flows for five to ten years, estimate a terminal value "
        "with a perpetuity growth rate or an exit multiple, and discount everything back at the "
        "WACC. The terminal value is often well over half the value, so I'd run sensitivities on "
        "growth and the discount rate. A higher discount rate reduces the valuation.",
        "In a DCF you take net income, which is the same as free cash flow, and discount it. The "
        "terminal value is a minor detail you can mostly ignore, and a higher discount rate "
        "increases the value of the company.",
    ),
    (
        "finance_analyst",
        "fa-t6",
        "NPV discounts each year's cash flow at our cost of capital and subtracts the $2 million; "
        "if it comes out positive the line creates value. IRR is the rate that makes NPV exactly "
        "zero, so we'd want it above our hurdle rate. Payback is simple but it ignores the time "
        "value of money and anything after the payback year, so it's only a secondary check.",
        "I'd mainly look at payback because it already accounts for the time value of money. "
        "NPV ignores discounting, so it's less useful, and we should go ahead if the IRR is "
        "below our discount rate.",
    ),
    (
        "finance_analyst",
        "fa-s3",
        "Under accrual accounting, revenue belongs in the period the service was actually "
        "delivered, not when the customer paid. I'd pull the contract and delivery evidence, "
        "raise it with the controller before close, and book a correcting entry with "
        "documentation.",
        "Revenue should be recognised when the cash actually arrives, so if the payment came in "
        "this month it stays in this month. I'd just leave it as is and not bother the "
        "controller.",
    ),
    (
        "teacher",
        "te-t2",
        "Formative checks happen while the unit is still running, like cold calling or a hinge "
        "question, and I use them to decide whether to reteach. Summative assessment sits at the "
        "close of a unit, such as the end-of-term exam, and judges what students have mastered.",
        "Formative assessment is the big graded exam at the end of the unit, while summative is "
        "the ongoing low-stakes checking you do during lessons.",
    ),
    (
        "teacher",
        "te-t5",
        "With backward design I first pin down the standards and what students should "
        "understand, then write the summative task that would prove it, and only after that plan "
        "the lessons and activities that lead there.",
        "Backward design means I begin by picking fun activities and lessons, and then at the "
        "very end I write a test on whatever we covered.",
    ),
    (
        "teacher",
        "te-t6",
        "An accommodation changes the route, not the destination: the student gets extended time "
        "or a reader but works toward the same grade-level standard. A modification lowers or "
        "alters the standard itself, for example fewer and simpler learning targets. The IEP is "
        "a legal document, so I follow it and track progress with the special education teacher.",
        "Accommodations mean the student learns different, easier content, while modifications "
        "are things like extra time or a quiet room with the same work as everyone else.",
    ),
    (
        "teacher",
        "te-s3",
        "I'd thank them for telling me, listen without judging, and make sure they're safe right "
        "now. I'd be honest that I can't keep it secret because I have to pass it on to the "
        "counselor and follow the anti-bullying policy, and I'd document it and check back in.",
        "I'd promise the student I won't tell anyone so they keep trusting me, and handle it "
        "quietly myself.",
    ),
    (
        "nurse",
        "rn-t1",
        "The rights are right patient, drug, dose, route and time, plus documentation. Before "
        "giving anything I check two identifiers, the patient's full name and date of birth "
        "against the wristband and the MAR, never just the room number, and I scan the barcode.",
        "To identify the patient I use their room number and bed, then I check the drug and dose.",
    ),
    (
        "nurse",
        "rn-t3",
        "Hand hygiene before and after every patient contact is the big one, and I use soap and "
        "water rather than gel for C. diff because alcohol doesn't kill the spores. I wear "
        "gloves and gowns as the isolation sign requires, but gloves never replace washing my "
        "hands. I keep central lines and catheters aseptic and remove them when not needed.",
        "Alcohol gel kills everything including C. diff, and if I'm wearing gloves I don't need "
        "to wash my hands.",
    ),
    (
        "nurse",
        "rn-t4",
        "I'd keep it simple: take it at the same time each day, and if you forget one, don't "
        "take two to catch up, call us. Watch for bleeding like pink urine, black stools or "
        "bruises from nowhere, and check with the pharmacist before taking ibuprofen or aspirin "
        "because they raise the bleeding risk. Then I'd ask them to explain back to me how "
        "they'll take it.",
        "If they miss a dose, they can simply double the next dose to stay on track, and "
        "ibuprofen is fine for any aches.",
    ),
    (
        "nurse",
        "rn-s2",
        "The patient with a glucose of 55 comes first since hypoglycemia can quickly become an "
        "emergency; I'd treat per protocol and recheck. I'd ask the aide to answer the call "
        "light, then give the pain medication, and the discharge can wait a few minutes.",
        "The patient in pain goes first, because pain is the top priority, then the discharge, "
        "and I'd recheck the blood sugar of 55 later since it's only a bit low.",
    ),
    (
        "frontend_engineer",
        "fe-t1",
        "var is scoped to the nearest function and gets hoisted as undefined. let and const are "
        "scoped to the block they're declared in and sit in the temporal dead zone until the "
        "declaration runs. You can reassign a let, but a const binding is fixed, although if it "
        "holds an object you can still change its properties.",
        "var is block-scoped like the others, let works at function level, and const freezes the "
        "object so nothing inside it can change.",
    ),
    (
        "frontend_engineer",
        "fe-t2",
        "The browser parses the HTML into the DOM and the CSS into the CSSOM, merges them into a "
        "render tree of visible nodes, works out each box's size and position in layout, then "
        "paints pixels and composites the layers. Render-blocking CSS and synchronous scripts "
        "hold the whole thing up.",
        "First the browser paints the pixels, and then it runs layout to figure out where "
        "everything goes; the render tree also includes the hidden elements.",
    ),
    (
        "frontend_engineer",
        "fe-t4",
        "JavaScript has one call stack, so it runs one thing at a time. When the stack is empty, "
        "the event loop first works through every queued microtask, which is where resolved "
        "promise callbacks go, and only then picks the next macrotask such as a timer callback. "
        "setTimeout with 0 just means as soon as possible after at least 0 ms, so it waits "
        "behind all the microtasks.",
        "setTimeout with zero delay fires immediately, before the promise callbacks, because "
        "promises are macrotasks that wait in the timer queue.",
    ),
    (
        "frontend_engineer",
        "fe-d2",
        "I'd debounce the input so we only query once the user has stopped typing for about 250 "
        "ms, abort the previous fetch with an AbortController so an out-of-date response can't "
        "overwrite a newer one, cache results per query, and use the combobox ARIA pattern.",
        "Debouncing means sending a request every 300 ms while they type, so the results keep "
        "updating as they go.",
    ),
    (
        "frontend_engineer",
        "fe-s3",
        "LCP is the time until the biggest thing above the fold, usually the hero image or "
        "headline, is painted. I'd compare field data before and after the release, check "
        "whether the hero image lost its preload, roll back if it's serious, and add a "
        "performance budget in CI.",
        "LCP measures how much the layout jumps around while the page loads, so I'd look for "
        "elements shifting.",
    ),
    (
        "backend_engineer",
        "be-t1",
        "An index is a separate sorted structure, usually a B-tree, that lets the database jump "
        "to matching rows instead of scanning the whole table. The cost is that every INSERT, "
        "UPDATE and DELETE also has to maintain the index, and it takes disk space, so on a "
        "write-heavy table or a low-selectivity column it can hurt.",
        "An index always makes the database faster, for reads and for writes, so there's really "
        "no reason not to index every column.",
    ),
    (
        "backend_engineer",
        "be-t2",
        "Idempotent means calling it twice leaves the system in the same state as calling it "
        "once, which matters because clients retry after timeouts. GET, PUT and DELETE are "
        "idempotent by design, but POST creates something new each time, so for payments I'd "
        "have the client send an idempotency key that the server stores with the result and "
        "replays on a retry.",
        "POST is idempotent, so the client can just retry it as often as it likes; idempotent "
        "basically means the call has no side effects.",
    ),
    (
        "backend_engineer",
        "be-t4",
        "The simplest fix is an atomic conditional update: UPDATE stock SET qty = qty - 1 WHERE "
        "id = ? AND qty > 0, then check the affected rows. Alternatively, pessimistic locking "
        "with SELECT ... FOR UPDATE makes the second buyer wait, or optimistic locking compares "
        "a version column and retries if it changed.",
        "I'd use optimistic locking, which locks the row as soon as the first user reads it so "
        "the other one is blocked.",
    ),
    (
        "backend_engineer",
        "be-d1",
        "I'd take an auto-increment ID, base62-encode it into a 7-character code, and store "
        "code to URL in a key-value store with a cache in front since reads dominate. For "
        "redirects I'd use a 302 so each click still reaches us for analytics; a 301 gets cached "
        "by browsers and we'd lose those clicks.",
        "A 301 is the temporary redirect, so the browser asks us again every time, and a hash of "
        "the long URL is guaranteed to be unique, so we never need to check for collisions.",
    ),
    (
        "backend_engineer",
        "be-d2",
        "I'd use a token bucket per API key: it refills at a steady rate and lets clients burst "
        "up to the bucket size. Because we run many gateway instances, the counters live in "
        "Redis with an atomic script rather than in each server's memory, and over the limit we "
        "return 429 with Retry-After.",
        "A token bucket smooths everything perfectly, so it can't let a burst through, and "
        "keeping the counters in memory on each server works across all servers.",
    ),
    (
        "backend_engineer",
        "be-d3",
        "Producers put a message on a queue per channel, and a pool of workers sends each one "
        "through the email or push provider. Queues redeliver on failure, so every send carries "
        "a dedup key and workers skip keys they've already processed. Failures retry with "
        "exponential backoff and jitter up to a limit, then land in a dead-letter queue.",
        "The queue guarantees exactly-once delivery, so we don't need any dedup, and if a send "
        "fails the worker just retries it forever until it works.",
    ),
    (
        "backend_engineer",
        "be-d4",
        "Clients hold a WebSocket to a gateway, which gives us a long-lived two-way channel so "
        "the server can push new messages instantly. Messages in each conversation are stamped "
        "with a server-side sequence number so the order is consistent, never based on the "
        "phone's clock, and offline users get a push notification and sync on reconnect.",
        "WebSockets are basically one-way request/response like HTTP, so the app polls every few "
        "seconds, and I'd sort messages by the timestamp from the sender's phone.",
    ),
    (
        "product_manager",
        "pm-t2",
        "I'd score each request with RICE, reach times impact times confidence divided by "
        "effort, so a high-effort item needs a lot of reach to make the cut. Then I'd "
        "sanity-check the top of the list against this quarter's strategy and share it openly.",
        "With RICE the R is revenue and the C is cost, and the more effort something takes the "
        "higher it scores, because it's a bigger bet.",
    ),
    (
        "product_manager",
        "pm-t5",
        "I build the parts that make us different from competitors, because that's where we "
        "need control and speed of iteration. Things like payments or auth are commodities, so "
        "I'd buy them or partner, which gets us to market faster; the trade-off is vendor "
        "lock-in and cost at scale.",
        "I'd buy the thing that sets us apart, since vendors do it better, and build the "
        "commodity stuff like auth ourselves so we own it.",
    ),
    (
        "retail_associate",
        "ra-t2",
        "Upselling is nudging someone toward a pricier or upgraded version of what they already "
        "want, like the waterproof jacket instead of the basic one. Cross-selling is suggesting "
        "something that complements the purchase, like socks or a care spray with new boots.",
        "Upselling means adding extra items that go with the purchase, like a belt with "
        "trousers, and cross-selling is getting them to buy the premium version of the same "
        "thing.",
    ),
    (
        "retail_associate",
        "ra-t4",
        "Shrinkage is the gap between the stock the system says we have and what's actually on "
        "the shelf, from shoplifting, employee theft, damage and admin mistakes. On the floor I "
        "greet everyone, keep an eye on fitting rooms, count the till carefully and record "
        "damaged stock properly.",
        "Shrinkage is just shoplifting, so the only thing to do is watch customers closely.",
    ),
    (
        "retail_associate",
        "ra-s4",
        "I'd stay safe and never lay a hand on them or block the door. I'd walk over with "
        "normal service, something like 'can I ring that up for you?', which often makes them "
        "put it back, and then pass a description to the manager or security.",
        "I'd follow the customer to the exit, grab their bag and search it until security arrives.",
    ),
    (
        "sales_associate",
        "sa-t4",
        "Take the quota and divide by the average deal size to get the number of wins needed, "
        "then divide that by the win rate to get the opportunities. A $300k quota with $25k "
        "deals is 12 wins; at a 25% win rate that's 48 opportunities, so I'd want roughly 3x "
        "coverage, and then I back into weekly calls from the cycle length.",
        "You take the deals you need and multiply them by the win rate, so 12 deals at 25% "
        "means 3 opportunities, and pipeline equal to your quota is plenty.",
    ),
    (
        "customer_support",
        "cs-t1",
        "CSAT is the quick 'how satisfied were you?' survey after a ticket, so it tells you "
        "about that one interaction. NPS asks how likely they are to recommend us on a 0-10 "
        "scale, which is more about overall loyalty. First contact resolution is the share of "
        "issues fixed without the customer having to get back in touch, and average handle time "
        "is how long each conversation takes, which you shouldn't push down at the expense of "
        "quality.",
        "NPS is the survey after each ticket asking if they were satisfied with that "
        "interaction, and CSAT is how likely they are to recommend us to friends. First contact "
        "resolution is how quickly we send the first reply.",
    ),
    (
        "customer_support",
        "cs-t4",
        "I'd skim the whole queue first and sort by impact: outages, security issues or "
        "anything blocking many customers go to the top, then tickets about to breach their "
        "SLA, then the rest oldest first. Quick wins I can close in a minute I batch in between.",
        "I'd just work through the tickets oldest first regardless of what they're about, "
        "because every customer deserves to be treated equally.",
    ),
    (
        "business_manager",
        "bm-t2",
        "I review the P&L monthly against budget: revenue, cost of goods and gross margin, then "
        "operating costs down to net margin. Gross margin only takes off direct costs, while net "
        "margin is after everything including overheads, so I look at both.",
        "Gross margin is what's left after all your costs including rent and salaries, and net "
        "margin is revenue minus just the cost of goods.",
    ),
    (
        "business_manager",
        "bm-t4",
        "I'd lay out the options including doing nothing, estimate costs and benefits over three "
        "to five years, and calculate NPV, ROI as net benefit over cost, and the payback period. "
        "Money we've already spent is sunk and shouldn't sway the decision. Then I'd add the "
        "main risks and a sensitivity range.",
        "ROI is basically the total revenue the project brings in, and the money we've already "
        "sunk into it has to be included so we don't waste it.",
    ),
    (
        "architect",
        "ar-t1",
        "It usually runs pre-design and programming, then schematic design where we test "
        "massing and options, design development where systems and materials get resolved, "
        "construction documents with the detailed drawings and specs for permit and bidding, "
        "then bidding or negotiation, and finally construction administration with site visits, "
        "RFIs and submittals.",
        "We start with construction documents so the contractor can bid, then do schematic "
        "design once the price is known, and design development comes last.",
    ),
    (
        "architect",
        "ar-t4",
        "I'd orient the building so the long sides face north and south, put horizontal "
        "overhangs over the equator-facing glass to block the high summer sun, and keep west "
        "glazing small or use vertical fins because the late sun comes in low. Exposed concrete "
        "as thermal mass soaks up daytime heat and gives it back at night, with insulation on "
        "the outside, and cross ventilation flushes out the heat.",
        "Thermal mass basically acts as insulation, and I'd maximize glazing on the west side "
        "for the views since overhangs handle the low afternoon sun there.",
    ),
    (
        "architect",
        "ar-t5",
        "Zoning tells me what can go on the lot: permitted use, height, setbacks, FAR and "
        "parking. The building code is about how it's built safely: occupancy classification, "
        "egress, fire separation and accessibility. I'd do both studies at concept stage and "
        "meet the planning department early.",
        "Zoning covers the fire ratings and exit widths, while the building code sets the "
        "setbacks and how tall you can build.",
    ),
    (
        "data_analyst",
        "da-t2",
        "First I look at why values are missing: if a tracking bug dropped them for one app "
        "version it's not random, and filling them would hide that. Depending on the cause I "
        "drop, impute the median with a flag, or keep them as their own category. Outliers I "
        "check against the source; a genuine huge order stays in, a typo gets fixed.",
        "Outliers are always bad data, so I just delete them, and any row with missing values "
        "gets dropped automatically.",
    ),
    (
        "nurse",
        "rn-s1",
        "I'd sit down and ask what's worrying them, maybe side effects or cost, and explain "
        "what the medication does. If they still say no, that's their right, so I'd respect "
        "the refusal, let the provider know and document it with the reason.",
        "I'd crush the tablet and hide the medication in their food so they take it anyway.",
    ),
    (
        "nurse",
        "rn-s4",
        "Patient safety comes first, so I'd report my concern to the charge nurse right away "
        "and make sure the colleague isn't caring for patients, following our impaired-staff "
        "policy, and I'd write down what I observed.",
        "I'd cover for my colleague this once and keep it quiet, since reporting could ruin "
        "their career.",
    ),
    (
        "nurse",
        "rn-s5",
        "I'd acknowledge how worried he is, but explain that I can't share his mother's "
        "diagnosis without her consent. I'd offer to ask her whether she'd like to talk with him "
        "or involve the doctor, and let the provider know about the conversation.",
        "He's her son, so he has a right to know; I'd tell him anyway and let her know later.",
    ),
    (
        "frontend_engineer",
        "fe-t3",
        "Start with semantic elements: real buttons, links, labels and headings, so keyboard and "
        "screen reader support come for free. I'd add ARIA only where there's no native "
        "element, like a custom combobox, keep visible focus, write alt text, check contrast, "
        "and test with a screen reader and axe.",
        "I'd make divs clickable and add ARIA everywhere, since ARIA replaces semantic HTML, and "
        "the placeholder works fine as the label.",
    ),
    (
        "product_manager",
        "pm-t3",
        "The goal is more conversations, so I'd track the share of weekly users who send a "
        "message, reply rate and 30-day retention. Spam reports and blocks are guardrail "
        "metrics: they must not get worse while messaging grows.",
        "I'd pick spam reports as the guardrail metric, which is the main metric we try to "
        "maximise.",
    ),
    (
        "retail_associate",
        "ra-t1",
        "I'd check the receipt and that it's within the return window, look the item over, then "
        "offer an exchange or refund it to the card or cash they originally paid with, and get "
        "a manager's approval for anything outside policy.",
        "I'd give the refund in cash regardless of how they paid, so it's quick.",
    ),
    (
        "retail_associate",
        "ra-s3",
        "I'd stay calm and say I understand it's frustrating, explain the policy, then see what "
        "I can do: look up the card payment, or offer store credit or an exchange with my "
        "manager's approval.",
        "I'd just refund it in full anyway to calm them down, even though it breaks the policy.",
    ),
    (
        "sales_associate",
        "sa-t2",
        "I use BANT loosely: is there budget, who has authority to sign, how painful is the need "
        "and what's the timeline. I ask 'who else needs to approve this?' to find the real "
        "decision maker, and I disqualify leads with no clear need.",
        "Authority just means whoever you're talking to, since they're the contact on the account.",
    ),
    (
        "sales_associate",
        "sa-s5",
        "I'd check with my manager first and wouldn't give 30% for nothing; I'd offer a smaller "
        "discount in exchange for a two-year term and a case study.",
        "I'd give them the 30% discount straight away, because closing this quarter is what "
        "matters.",
    ),
    (
        "customer_support",
        "cs-s1",
        "I'd be honest that I'm not sure, tell them I'll find out, check the knowledge base or "
        "ask a senior colleague, and get back to them within the time I promised.",
        "I'd give my best guess of the answer so they're not kept waiting, and correct it later "
        "if needed.",
    ),
    (
        "customer_support",
        "cs-s2",
        "I'd let them finish, acknowledge the frustration, and explain calmly why a full refund "
        "isn't possible under the policy, then offer what I can, like a credit or an exchange, "
        "or bring in my supervisor.",
        "To end the call I'd just give them the refund anyway, even though it's outside policy.",
    ),
    (
        "business_manager",
        "bm-t1",
        "I set a few quarterly OKRs, an ambitious objective with measurable key results, and "
        "track our KPIs, the ongoing health numbers like cost per order, on a weekly dashboard "
        "with check-ins.",
        "KPI stands for objectives and key results, and an OKR is the key performance "
        "indicator we report each month.",
    ),
    (
        "business_manager",
        "bm-t5",
        "I'd map the process as it really runs by walking through it with the people who do it, "
        "measure where work waits, find the bottleneck and its root cause, then pilot a fix and "
        "compare before and after.",
        "I'd automate the process right away with new software, then see whether it helped.",
    ),
    (
        "business_manager",
        "bm-s6",
        "I'd raise my concerns privately with leadership, with data, before it's rolled out. "
        "Once the decision is final I'd commit to it, explain the reasoning to my team and "
        "support it.",
        "I'd tell my team I disagree and undermine the decision by rolling it out slowly.",
    ),
    (
        "architect",
        "ar-t3",
        "Code compliance is the floor, not the goal. I'd design step-free routes for everyone, "
        "keep ramps gentle with landings, think about wayfinding and seating, and walk the "
        "design with wheelchair users and people with low vision.",
        "If the design meets the building code, that's enough, and ramps can be as steep as "
        "1:8 to save space.",
    ),
    (
        "architect",
        "ar-s1",
        "I'd review both drawings with the relevant consultant, figure out which is right, and "
        "answer the RFI in writing quickly with a clarification sketch, then issue a revision "
        "so the set is coordinated.",
        "I'd tell the contractor to decide which drawing to follow, since they're on site.",
    ),
    (
        "architect",
        "ar-d2",
        "I'd step the house down the slope, with living spaces opening to the garden and "
        "bedrooms above, and put a swale and drain on the uphill side so surface water is "
        "diverted away from the house.",
        "Surface water can just run down the slope toward the house; the foundations will cope "
        "with it.",
    ),
]


def _question(role_id: str, question_id: str) -> Question:
    return default_roles()[role_id].question(question_id)


def _texts(claims: tuple[Claim, ...]) -> list[str]:
    return [claim.text for claim in claims]


@pytest.mark.parametrize(("role_id", "question_id", "correct", "wrong"), ANSWERS)
def test_a_correct_answer_contradicts_nothing(
    role_id: str, question_id: str, correct: str, wrong: str
) -> None:
    check = check_claims(correct, _question(role_id, question_id))
    assert _texts(check.contradicted) == []


@pytest.mark.parametrize(("role_id", "question_id", "correct", "wrong"), ANSWERS)
def test_a_wrong_answer_is_caught(role_id: str, question_id: str, correct: str, wrong: str) -> None:
    check = check_claims(wrong, _question(role_id, question_id))
    assert check.contradicted


def test_enough_questions_are_tried_both_ways() -> None:
    assert len({question_id for _, question_id, _, _ in ANSWERS}) >= 25


# --- how the check reads an answer ---


def _join() -> Question:
    return _question("data_analyst", "da-t1")


def test_a_sentence_splits_into_one_clause_per_subject() -> None:
    check = check_claims(
        "An INNER JOIN keeps only matching rows, while a LEFT JOIN keeps all rows from the left "
        "table",
        _join(),
    )
    assert [claim.about for claim in check.affirmed] == ["inner join", "left join"]
    assert check.contradicted == ()


def test_the_subject_may_change_after_and() -> None:
    check = check_claims(
        "A LEFT JOIN returns only the matching rows and an INNER JOIN keeps all rows from the "
        "left table.",
        _join(),
    )
    assert [claim.about for claim in check.contradicted] == ["left join", "inner join"]


def test_a_negated_cue_makes_no_claim() -> None:
    assert check_claims("A LEFT JOIN does not drop unmatched rows.", _join()) == ClaimCheck()
    assert not check_claims("A LEFT JOIN never keeps only matching rows.", _join()).contradicted
    assert check_claims("A LEFT JOIN keeps only matching rows.", _join()).contradicted


def test_a_negated_subject_is_not_named() -> None:
    """ "if it's not deferred" speaks of a script without defer; "nobody is stuck" of no one."""
    render = _question("frontend_engineer", "fe-t2")
    blocking = "JavaScript can block parsing if it's not deferred."
    assert not check_claims(blocking, render).contradicted
    assert check_claims("A deferred script blocks parsing.", render).contradicted
    groups = _question("teacher", "te-t3")
    assert not check_claims(
        "Groups change with each unit, so nobody is stuck in a low group all year.", groups
    ).contradicted


def test_an_aside_about_another_subject_is_read_on_its_own() -> None:
    check = check_claims(
        "A LEFT JOIN, unlike an inner join which only returns matches, keeps all rows from the "
        "left table.",
        _join(),
    )
    assert [claim.about for claim in check.affirmed] == ["inner join", "left join"]
    assert check.contradicted == ()


def test_a_clause_naming_two_subjects_decides_nothing() -> None:
    check = check_claims("An inner join and a left join differ in the rows they drop.", _join())
    assert check == ClaimCheck()
    # ... unless they share one statement at its start
    shared = check_claims(
        "let and const are block scoped.", _question("frontend_engineer", "fe-t1")
    )
    assert [claim.about for claim in shared.affirmed] == ["let", "const"]


def test_a_pronoun_carries_the_subject_on() -> None:
    check = check_claims(
        "A LEFT JOIN starts from the left table. It keeps all rows from the left table.", _join()
    )
    assert [claim.about for claim in check.affirmed] == ["left join"]


def test_a_clause_saying_both_for_one_subject_decides_nothing() -> None:
    check = check_claims(
        "A LEFT JOIN keeps all rows from the left table and drops unmatched rows.", _join()
    )
    assert check == ClaimCheck()


def test_initials_do_not_end_a_sentence() -> None:
    check = check_claims("Alcohol gel kills C. diff spores easily.", _question("nurse", "rn-t3"))
    assert _texts(check.contradicted) == ["Alcohol hand gel works against C. difficile spores."]


def test_a_question_without_checkable_claims_checks_nothing() -> None:
    question = Question(
        id="q", type=InterviewType.TECHNICAL, difficulty=1, text="Why?", must_say=["quorum"]
    )
    assert check_claims("A quorum of replicas must agree.", question) == ClaimCheck()


# --- the claim value ---


def test_plain_strings_in_old_stored_json_still_load() -> None:
    stored = (
        '{"id": "old", "type": "technical", "difficulty": 2, "text": "Why a quorum?", '
        '"must_say": ["quorum"], "must_not_say": ["any replica may accept a write"]}'
    )
    question = Question.model_validate_json(stored)
    assert question.must_say == [Claim(text="quorum")]
    assert not question.must_say[0].checkable
    # stored again the same way, so old and new rows look alike
    assert question.model_dump(mode="json")["must_not_say"] == ["any replica may accept a write"]


def test_a_checkable_claim_round_trips_through_json() -> None:
    question = _join()
    again = Question.model_validate_json(question.model_dump_json())
    assert again.must_say == question.must_say
    assert again.must_say[0].checkable and again.must_say[0].cues


def test_a_claim_has_both_about_and_cues_or_neither() -> None:
    with pytest.raises(ValidationError, match="both about and cues"):
        Claim(text="A LEFT JOIN keeps all rows.", about="left join")
    with pytest.raises(ValidationError, match="both about and cues"):
        Claim(text="A LEFT JOIN keeps all rows.", cues=("all rows",))
    with pytest.raises(ValidationError, match="no word"):
        Claim(text="x", about="the", cues=("all rows",))


def test_every_bank_claim_is_checkable_and_many_questions_have_them() -> None:
    questions = [q for role in default_roles().values() for q in role.questions]
    with_claims = [q for q in questions if q.must_say or q.must_not_say]
    assert len(with_claims) >= 40
    assert all(claim.checkable for q in with_claims for claim in q.must_say + q.must_not_say)
    # a question whose claims name one subject only never says it of another
    for question in with_claims:
        for claim in question.must_say + question.must_not_say:
            assert claim.text.strip().endswith((".", ")")), (question.id, claim.text)


def test_the_bank_examples_hints_and_questions_contradict_nothing() -> None:
    # Answers often restate the question or say what the hint says; neither is a wrong claim.
    for role in default_roles().values():
        for question in role.questions:
            for text in (question.text, question.hint, question.idea or "", question.example or ""):
                assert check_claims(text, question).contradicted == (), (question.id, text)


# Correct answers that name a misconception to warn against it.
WARNINGS = [
    ("data_analyst", "da-t5", "A common mistake is thinking a correlation proves one thing causes "
     "the other."),
    ("frontend_engineer", "fe-t1", "A common misconception is that const makes an object "
     "immutable; it only stops reassignment."),
    ("frontend_engineer", "fe-t4", "Many people expect setTimeout with 0 to run immediately, but "
     "it waits for the microtasks."),
    ("backend_engineer", "be-t1", "It's a myth that an index always helps; every index slows down "
     "writes."),
    ("nurse", "rn-t1", "I'd never rely on the room number to identify a patient."),
    ("retail_associate", "ra-s4", "I wouldn't chase or grab them; I'd let security handle it."),
    ("nurse", "rn-s5", "The son wants me to tell him his mother's diagnosis, but I can't share it "
     "without her consent."),
]  # fmt: skip


@pytest.mark.parametrize(("role_id", "question_id", "answer"), WARNINGS)
def test_warning_against_a_misconception_is_not_making_it(
    role_id: str, question_id: str, answer: str
) -> None:
    assert check_claims(answer, _question(role_id, question_id)).contradicted == ()


# Ten pairs written after the cues were frozen (commit ff22ee1) and checked once, never tuned on:
# the unseen figure. Eight questions had no answers above; da-t1 and fe-t1 are asked in new words.
UNSEEN = [
    (
        "nurse",
        "rn-t5",
        "Tachycardia with a falling pressure and new restlessness after surgery worries me for "
        "hemorrhage and early hypovolemic shock. I'd check the dressing and drains, get a full "
        "set of vitals and oxygen saturation, call the rapid response team and the surgeon "
        "straight away, and make sure IV access is ready for fluids.",
        "A heart rate of 118 is pretty normal after an operation and the restlessness is probably "
        "just anxiety, so I'd give something for anxiety and recheck the vitals at the next "
        "routine round.",
    ),
    (
        "sales_associate",
        "sa-s2",
        "I'd ask 'too expensive compared to what?' to understand whether it's budget or value, "
        "then show what their current manual process costs them, and if budget really is the "
        "issue I'd offer a smaller starting package rather than cutting the price.",
        "I'd immediately offer them a discount to keep the deal alive before they walk away.",
    ),
    (
        "business_manager",
        "bm-s2",
        "I'd meet each of them one-on-one to hear their side, then bring them together to agree "
        "how they'll work, keep it about behaviour and the shared goal, and check in over the "
        "following weeks.",
        "Conflicts like that usually sort themselves out, so I'd stay out of it and let the two "
        "of them work it out.",
    ),
    (
        "architect",
        "ar-s3",
        "I'd photograph it, check it against the specification and the approved submittals, and "
        "ask for the product's fire test data. I'd tell the client and the contractor in writing "
        "that it isn't what was specified, and it either goes through a formal substitution "
        "review or gets replaced.",
        "If it looks similar and saves the client money, I'd just accept the cheaper cladding "
        "and move on without making a fuss.",
    ),
    (
        "customer_support",
        "cs-s3",
        "I'd apologise, tell them I'm going to own this and they won't be passed on again, read "
        "the full ticket history so they don't have to repeat themselves, and either fix it "
        "myself or stay on the line while I bring in the right person, then follow up.",
        "I'd apologise and transfer them again to the department that should really handle it.",
    ),
    (
        "finance_analyst",
        "fa-t4",
        "I keep all inputs on one assumptions tab, colour-coded blue, separate from the "
        "calculation sheets, with every formula pointing back to those cells and no hard-coded "
        "numbers. Outputs sit on their own summary page, and I add check cells that flag if the "
        "balance sheet doesn't balance.",
        "To keep it quick I type the numbers directly into the formulas where they're used, so "
        "there's no need for a separate inputs sheet.",
    ),
    (
        "teacher",
        "te-t3",
        "Everyone works toward the same objective, but I scaffold it: a guided small group with "
        "sentence frames for the students below grade level, the core task for most, and an "
        "extension that goes deeper for the advanced readers. I regroup based on exit-ticket "
        "data.",
        "For the advanced kids I just give them more worksheets of the same kind to keep them "
        "busy, and for the weaker readers I lower expectations so they can finish.",
    ),
    (
        "backend_engineer",
        "be-s3",
        "Payments errors spiking right after a deploy, so I'd roll back the deploy immediately "
        "without waiting, post an update in the incident channel, and ping the author. Once the "
        "error rate is back to normal we dig into the root cause and write a blameless "
        "postmortem.",
        "I'd wait for my colleague to wake up and look at their deploy, because they know the "
        "change best and rolling back without them could make things worse.",
    ),
    (
        "data_analyst",
        "da-t1",
        "An inner join returns a row only when the key is found in both tables, so unmatched "
        "records on either side disappear. A left join keeps every record of the first table, "
        "and where nothing matches on the right the right-hand fields are NULL, handy when you "
        "want all customers, including ones who never ordered.",
        "A left join only returns rows that have a match in the other table, and an inner join "
        "returns all the rows from the left table, filling in NULLs.",
    ),
    (
        "frontend_engineer",
        "fe-t1",
        "var declarations are function-scoped and hoisted, so they leak out of if blocks. let "
        "and const only exist inside the block where they're declared. let can be reassigned "
        "later; const can't, but a const array can still be pushed to because only the binding "
        "is constant.",
        "var is scoped to the block like let, and const means the value is completely "
        "immutable, so you can't even add items to a const array.",
    ),
]


def unseen_verdicts() -> list[tuple[str, str, bool]]:
    """(question id, "correct" or "wrong", whether the check judged that answer right)."""
    verdicts = []
    for role_id, question_id, correct, wrong in UNSEEN:
        question = _question(role_id, question_id)
        verdicts.append((question_id, "correct", not check_claims(correct, question).contradicted))
        verdicts.append((question_id, "wrong", bool(check_claims(wrong, question).contradicted)))
    return verdicts


def test_the_unseen_pairs_keep_their_measured_figure() -> None:
    # Measured once, at 6a5a972 and with no cue changed after: 17 of 20 verdicts right. All ten
    # correct answers contradict nothing; seven of ten wrong ones are caught. Missed: bm-s2 ("sort
    # themselves out" is not a cue), te-t3 (the answer never names differentiation, the subject),
    # be-s3 ("and" split the cue "wait for my colleague" from the deploy it is about).
    verdicts = unseen_verdicts()
    assert all(right for _, kind, right in verdicts if kind == "correct")
    assert sum(right for _, _, right in verdicts) >= 17


# Thirty-six pairs written for the second round (branch claims2) BEFORE any cue, alias or claim
# was changed, three per role, in words of their own; never tuned on. The figure is measured once
# after the changes.
UNSEEN_2 = [
    (
        "architect",
        "ar-t4",
        "First orientation: put the long facades north and south, keep west glazing small, and "
        "shade the south windows with overhangs so summer sun is blocked and low winter sun gets "
        "in. Then thermal mass, good insulation and airtightness, and cross ventilation through "
        "openings on opposite sides.",
        "I'd put big glass walls on the west side to get the most light, and rely on air "
        "conditioning and mechanical systems to deal with the heat; orientation doesn't really "
        "matter if the HVAC is good.",
    ),
    (
        "architect",
        "ar-s3",
        "I'd photograph it and check the spec and any approved submittals, then raise it in "
        "writing with the contractor and the client. It's not acceptable unless an equal was "
        "formally approved, so I'd ask for the fire rating and warranty data and, if it doesn't "
        "comply, have it replaced.",
        "If it looks about the same I'd let it go, it's the contractor's call and raising it would "
        "only delay the job. I'd just mention it casually to the client later.",
    ),
    (
        "architect",
        "ar-t2",
        "I weigh performance, durability and maintenance against the budget and the client's "
        "brief, check the fire and code requirements, look at embodied carbon and local supply, "
        "and ask the contractor about buildability and lead times before I specify anything.",
        "I pick whatever looks best in the renders; cost, maintenance and fire ratings are the "
        "contractor's problem, not the architect's.",
    ),
    (
        "backend_engineer",
        "be-t2",
        "An idempotent endpoint gives the same end state whether you call it once or five times. "
        "It matters because clients and proxies retry on timeouts, so a retried payment mustn't "
        "charge twice; PUT and DELETE should be idempotent, and for POST we use an idempotency "
        "key.",
        "Idempotent means the endpoint returns a response really fast and never hits the "
        "database. POST requests are idempotent by default, so retries are always safe.",
    ),
    (
        "backend_engineer",
        "be-t4",
        "Do the decrement atomically in the database: UPDATE stock SET qty = qty - 1 WHERE id = ? "
        "AND qty > 0, and check the affected row count, or lock the row with SELECT ... FOR "
        "UPDATE inside a transaction. Then only one of the two buyers can win.",
        "The app reads the stock, sees one left, and then both requests write zero. To be safe "
        "I'd check the count in the application code before saving, that's enough without any "
        "locking or transaction.",
    ),
    (
        "backend_engineer",
        "be-d2",
        "I'd use a token bucket per API key kept in Redis: tokens refill at a fixed rate, each "
        "request takes one, and when the bucket is empty we return 429 with a Retry-After header. "
        "The counter lives in a shared store so all the servers see the same count.",
        "Each server can just keep its own counter in memory, that's accurate enough, and when "
        "the client goes over I'd return a 500 error.",
    ),
    (
        "business_manager",
        "bm-t2",
        "I build the budget bottom up with the team, then track actuals against it every month. "
        "Any big variance I dig into the driver, volume, price or cost, and I keep a rolling "
        "forecast so I can move spend between lines before the quarter ends.",
        "Once the budget is set I don't look at it again until year end, and if we underspend I "
        "make sure to spend everything in December so we don't lose it.",
    ),
    (
        "business_manager",
        "bm-t4",
        "I'd state the problem and the options including doing nothing, estimate the full costs "
        "and the benefits over several years, work out NPV and payback, list the risks and key "
        "assumptions with a sensitivity case, and say how we'd measure success after approval.",
        "I'd lead with the upside and keep the risks out of it so the board doesn't get nervous; "
        "the costs can be worked out later once it's approved.",
    ),
    (
        "business_manager",
        "bm-s6",
        "I'd raise my concerns privately with my manager first and make sure I understand the "
        "reasoning. Once it's decided I'd roll it out as our decision, explain the why to the "
        "team, not badmouth leadership, and pass their feedback back up.",
        "I'd tell my team I think leadership got it wrong and that I'm only doing this because "
        "I've been told to, then quietly keep doing things the old way.",
    ),
    (
        "customer_support",
        "cs-t1",
        "CSAT is the satisfaction score right after an interaction. NPS asks how likely they are "
        "to recommend us, so it's about overall loyalty. FCR is the share of issues solved on the "
        "first contact, and AHT is the average handling time per ticket, which you balance "
        "against quality.",
        "NPS measures how fast we answer tickets and FCR is the number of customers who complain "
        "to a manager. AHT should always be as low as possible, whatever happens to quality.",
    ),
    (
        "customer_support",
        "cs-s2",
        "I'd let them vent, acknowledge how frustrating it is, and stay calm. Then I'd explain "
        "what the policy allows and what I can offer, like a credit or an exchange, and if it "
        "warrants it escalate to a supervisor who can approve exceptions. If the abuse continues "
        "I'd warn them before ending the call.",
        "I'd just give them the refund so they stop shouting, it's quicker than arguing. Or I "
        "hang up right away, nobody should have to listen to that.",
    ),
    (
        "customer_support",
        "cs-t5",
        "I'd segment the repeat contacts by issue type, channel, agent and date to see where it "
        "dropped, check if a release or policy change lined up with it, read a sample of the "
        "reopened tickets, and check whether the measurement itself changed.",
        "A fall in first contact resolution just means agents got lazy, so I'd push everyone to "
        "close tickets faster without looking into the data.",
    ),
    (
        "data_analyst",
        "da-t4",
        "Decide the metric and sample size before starting, check the split was random and even, "
        "then test significance and look at the confidence interval. Traps: stopping as soon as "
        "p dips below 0.05, a novelty effect, and testing lots of metrics without correction.",
        "Look at the dashboard every day and stop the test the moment it shows a significant "
        "winner; if the p-value is under 0.05 that proves the new version is better forever.",
    ),
    (
        "data_analyst",
        "da-t2",
        "First understand why data is missing, whether it's random or tied to something. Then "
        "decide: drop, impute with median, or flag. For outliers I check whether they're errors "
        "or real extreme values before deciding whether to cap, keep or remove them.",
        "I always fill blanks with zero and delete anything more than two standard deviations "
        "away, outliers are always errors.",
    ),
    (
        "data_analyst",
        "da-s4",
        "I'd explain that without a control group I can't prove the campaign caused it. What I "
        "can do is compare to the same period last year, to regions that didn't see the "
        "campaign, or use a difference-in-differences, and I'd present it as evidence, not proof.",
        "Sales went up after the campaign launched, so that shows the campaign caused the "
        "increase, and I'd confirm it for them.",
    ),
    (
        "finance_analyst",
        "fa-t1",
        "The P&L shows revenue, expenses and profit over a period. The balance sheet lists assets, "
        "liabilities and equity at a date, and they must balance. The cash flow statement begins "
        "with net income, adds back non-cash items like depreciation, adjusts for working "
        "capital, and ends with the change in cash that lands on the balance sheet.",
        "The P&L is a snapshot of assets and liabilities at a single date, and the balance sheet "
        "shows revenue and costs over the year. Profit and cash are the same thing.",
    ),
    (
        "finance_analyst",
        "fa-t6",
        "I'd forecast the incremental cash flows, discount them at our WACC and take off the $2M; "
        "a positive NPV means it adds value. I'd also check the IRR against the hurdle rate and "
        "the payback, and stress test volume and price.",
        "I'd just compare total undiscounted profit to the $2 million; if it's higher we do it. "
        "A negative NPV is fine as long as payback is under five years.",
    ),
    (
        "finance_analyst",
        "fa-t3",
        "I'd split the 8% gap into volume, price and mix, by product and region, compare it to "
        "the forecast as well as the budget, and talk to sales to find the drivers before saying "
        "whether it's timing or permanent.",
        "Revenue missed by 8% so I'd report that number and cut costs by 8% across the board, "
        "there's no need to break it down.",
    ),
    (
        "frontend_engineer",
        "fe-t4",
        "JS runs on one thread. When the call stack is empty the event loop first drains the "
        "microtask queue, where promise callbacks go, and only then takes the next macrotask such "
        "as a setTimeout callback. So a resolved promise's then runs before a zero-delay timeout.",
        "setTimeout with 0 runs immediately on a separate thread, and promises wait until every "
        "timer has fired, because timers always have priority over promises.",
    ),
    (
        "frontend_engineer",
        "fe-t2",
        "The browser parses HTML into the DOM and CSS into the CSSOM, combines them into a render "
        "tree, runs layout to compute sizes and positions, then paints and composites the layers "
        "onto the screen.",
        "The browser paints the pixels first and then works out the layout, and CSS is applied "
        "after the page is already displayed, so CSS never blocks rendering.",
    ),
    (
        "frontend_engineer",
        "fe-s3",
        "I'd compare the release diff with a Lighthouse and WebPageTest trace to find the LCP "
        "element: often a hero image that lost preload or got lazy loaded, or a new render "
        "blocking script. Fix that, or roll back if conversion is hurting, and add a performance "
        "budget in CI.",
        "LCP is just a lab number, I'd ignore it and wait to see if conversion recovers by itself.",
    ),
    (
        "nurse",
        "rn-t4",
        "I'd teach the name, dose and timing, to take it exactly as prescribed, and the bleeding "
        "signs to watch for: black stools, blood in urine, nosebleeds that won't stop. Avoid "
        "NSAIDs like ibuprofen, tell every dentist and doctor, keep up lab checks if it's "
        "warfarin, and use teach-back to confirm they understood.",
        "I'd tell them to double the next dose if they miss one, and that aspirin or ibuprofen "
        "for pain is fine alongside it. Some bruising and blood in the stool are just normal.",
    ),
    (
        "nurse",
        "rn-s1",
        "I'd ask why, since it could be side effects, fear or confusion, and explain what the "
        "medicine does and the risk of skipping it. Adults with capacity have the right to "
        "refuse, so I'd respect it, document the refusal and the teaching, and inform the "
        "prescriber.",
        "I'd crush it into their food so they take it without knowing, it's for their own good, "
        "and there's no need to write anything down.",
    ),
    (
        "nurse",
        "rn-s4",
        "Patient safety comes first, so I'd make sure they aren't caring for patients and report "
        "it straight away to the charge nurse or supervisor, following policy. I wouldn't try to "
        "diagnose or confront them publicly.",
        "I'd cover for them this once and keep it between us, reporting a colleague would ruin "
        "their career.",
    ),
    (
        "product_manager",
        "pm-t3",
        "Adoption, meaning the share of active users who send a message in their first week, "
        "then engagement like messages per user and reply rate, retention of those users, and "
        "guardrails such as blocks, spam reports and app performance.",
        "Total number of messages sent is the only metric that matters; if it goes up the "
        "feature succeeded, no need for guardrails.",
    ),
    (
        "product_manager",
        "pm-t2",
        "I'd score them with RICE: reach times impact times confidence, divided by effort, and "
        "sanity check against the quarter's goals and dependencies. Then I share the ranking with "
        "stakeholders so they see why three made it.",
        "I'd build whatever the loudest customer or the CEO wants first. In RICE, the more effort "
        "something takes, the higher it scores.",
    ),
    (
        "product_manager",
        "pm-s3",
        "I'd read the tickets to see what's driving them, size the support cost against the "
        "revenue from the 3%, and check whether the tickets come from the variant. I'd fix the "
        "confusion before rolling out to everyone instead of shipping just on conversion.",
        "Conversion is up 3% so I'd ship it to everyone right away, support tickets aren't a "
        "product metric.",
    ),
    (
        "retail_associate",
        "ra-t4",
        "Shrinkage is stock that's lost without being sold: theft by customers or staff, damage, "
        "and admin or counting errors. On the floor I greet people, keep displays tidy so gaps "
        "show, watch fitting rooms, and record damaged goods correctly.",
        "Shrinkage is when we shrink prices during a sale to clear stock, and floor staff can "
        "reduce it by not offering discounts.",
    ),
    (
        "retail_associate",
        "ra-s4",
        "I'd stay safe and not accuse them. I might offer customer service, like 'can I help you "
        "find anything else?', and then tell the manager or security with a description and "
        "follow the store policy, without following them out.",
        "I'd run after them, block the door and search their bag myself.",
    ),
    (
        "retail_associate",
        "ra-s3",
        "I'd stay calm, explain the policy kindly, and check whether their card or loyalty account "
        "shows the purchase. If not I'd offer what I can, like store credit or an exchange if "
        "the policy allows, and call a manager if they want an exception.",
        "I'd just refund them in cash to calm them down, policies don't matter if the customer "
        "is angry.",
    ),
    (
        "sales_associate",
        "sa-t2",
        "I use BANT: is there budget, am I talking to the authority who decides, is there a real "
        "need, and what's the timeline. So I ask what happens if they do nothing, who else is "
        "involved in signing, and when they need it live.",
        "If they answer my email they're qualified. I'd send them the contract straight away "
        "without asking about budget or who decides.",
    ),
    (
        "sales_associate",
        "sa-t4",
        "Work backwards: quota divided by average deal size gives the number of deals, divided by "
        "my win rate gives opportunities, and then by meeting-to-opportunity conversion gives "
        "meetings and calls. Usually about three times quota in pipeline coverage.",
        "I'd keep pipeline exactly equal to my quota, since every deal in the pipeline will close, "
        "and just make as many calls as I can.",
    ),
    (
        "sales_associate",
        "sa-s5",
        "I wouldn't give 30% just to hit my number. I'd ask what's driving the request, protect "
        "the price and trade any concession for something, a longer term or upfront payment, "
        "and check with my manager what discount we can approve.",
        "I'd give them the 30% off immediately, hitting quota is what matters and my manager "
        "doesn't need to know.",
    ),
    (
        "teacher",
        "te-t2",
        "Formative assessment is checking for understanding during learning, exit tickets or "
        "mini whiteboards, so I can adjust. Summative comes at the end and measures what was "
        "learned, like a final essay or unit test.",
        "Summative is the quick check you do every lesson, like thumbs up, and formative is the "
        "end-of-year exam that gives the final grade.",
    ),
    (
        "teacher",
        "te-s3",
        "I'd listen calmly, thank them for telling me, and reassure them it's not their fault. I "
        "can't promise to keep it secret, so I'd explain I need to tell the people who can help, "
        "then report it under the school's policy and follow up with them.",
        "I'd promise not to tell anyone and advise them to just ignore the bullies, it usually "
        "stops on its own.",
    ),
    (
        "teacher",
        "te-t6",
        "I read the IEP closely, put its accommodations into every lesson, like extended time or "
        "chunked instructions, work with the special education teacher, and track progress "
        "toward the goals so I can report on them.",
        "The IEP is mostly the special ed teacher's job, so in my class they do the same work "
        "under the same conditions as everyone else.",
    ),
]


def unseen_2_verdicts() -> list[tuple[str, str, bool]]:
    """(question id, "correct" or "wrong", whether the check judged that answer right)."""
    verdicts = []
    for role_id, question_id, correct, wrong in UNSEEN_2:
        question = _question(role_id, question_id)
        verdicts.append((question_id, "correct", not check_claims(correct, question).contradicted))
        verdicts.append((question_id, "wrong", bool(check_claims(wrong, question).contradicted)))
    return verdicts


def test_the_second_unseen_pairs_keep_their_measured_figure() -> None:
    # Before the changes: 36 of 36 correct answers clean, 9 of 36 wrong ones caught. Measured once
    # after them (aliases, bare-subject carry, claims for 30 more questions): 36 of 36 clean, 26 of
    # 36 caught. Missed: ar-t4, ar-s3, cs-t1, cs-t5, fa-t3, rn-s1, rn-s4, pm-t2, ra-s4, sa-s5.
    verdicts = unseen_2_verdicts()
    assert len({question_id for question_id, _, _ in verdicts}) == 36
    assert all(right for _, kind, right in verdicts if kind == "correct")
    assert sum(right for _, kind, right in verdicts if kind == "wrong") >= 26


# --- a subject's other names ---


def test_an_abbreviation_names_the_subject() -> None:
    question = _question("customer_support", "cs-t1")
    check = check_claims("FCR tells you how fast the first reply comes.", question)
    assert [claim.about for claim in check.contradicted] == ["first contact resolution"]
    # a bare name before a comma: what follows is about it
    check = check_claims("Net promoter score, we ask it after each ticket.", question)
    assert [claim.about for claim in check.contradicted] == ["nps"]


def test_about_as_a_list_is_the_name_and_its_aliases() -> None:
    claim = Claim.model_validate(
        {"text": "The P&L covers a period.", "about": ["income statement", "P&L"], "cues": ["x"]}
    )
    assert claim.about == "income statement"
    assert claim.aliases == ("P&L",)
    assert claim.names == ("income statement", "P&L")
    assert Claim.model_validate_json(claim.model_dump_json()) == claim
    # a claim without aliases is stored as before they existed
    assert "aliases" not in Claim(text="t.", about="quorum", cues=("all",)).model_dump()
    with pytest.raises(ValidationError, match="aliases"):
        Claim(text="t.", about="quorum", aliases=("it",), cues=("all",))


# Third round (branch claims3): claims, cues and aliases added for the dev and dev2 `wrong` pairs
# missed, written in general terms. These pairs are in other words than those items; each
# correct answer must contradict nothing, and the wrong ones are caught but for fa-t3 (its
# "favourable" stands in a clause of its own, apart from the revenue it is said of).
THIRD = [
    (
        "architect",
        "ar-t2",
        "Embodied carbon is what it takes to extract, manufacture, ship and install the "
        "materials; operational carbon is the energy the building burns for heating, cooling and "
        "lighting once it's in use. As the grid decarbonises, embodied carbon becomes the bigger "
        "share.",
        "Embodied carbon is the energy for heating and lighting over the building's life, and "
        "operational carbon is what comes from manufacturing and transporting the materials.",
    ),
    (
        "architect",
        "ar-d3",
        "In the northern hemisphere I'd put the reading rooms on the north side for soft, even "
        "light without glare, and shade the south-facing glazing against direct sun.",
        "I'd give the reading room south-facing windows because south light is diffuse and glare "
        "free, and the north facade gets the harsh direct sunlight.",
    ),
    (
        "business_manager",
        "bm-t1",
        "KPIs are the ongoing health metrics we keep green; OKRs are quarterly stretch goals, an "
        "objective with three measurable key results, graded at the end of the quarter.",
        "OKRs are just our health measures that we keep an eye on, and KPIs are the ambitious "
        "quarterly goals we grade from 0 to 1.",
    ),
    (
        "customer_support",
        "cs-t1",
        "First contact resolution is the share of issues solved in one contact without the "
        "customer coming back; average handle time is how long each contact takes including hold "
        "and wrap-up.",
        "FCR tells you the talk time plus hold per contact, and handle time is the percent of "
        "issues resolved on the first contact.",
    ),
    (
        "customer_support",
        "cs-t5",
        "First contact resolution falling means more customers need a second contact. I'd split "
        "it by category, channel and agent, check releases and policy changes, and read the "
        "reopened tickets.",
        "FCR is our first response time, so a drop means replies are slower; I'd look at how "
        "quickly agents pick up tickets.",
    ),
    (
        "data_analyst",
        "da-t3",
        "ROW_NUMBER gives each row a unique number even when revenue ties, while RANK gives tied "
        "products the same rank and skips the next one, so you can get more than three.",
        "Use RANK if you want exactly three rows, because it breaks ties arbitrarily, whereas "
        "ROW_NUMBER gives tied rows the same number.",
    ),
    (
        "finance_analyst",
        "fa-t1",
        "The income statement is on an accrual basis: revenue when earned, costs when incurred. "
        "The cash flow statement shows when cash actually moves, starting from net income.",
        "The income statement works on a cash basis, recording revenue when customers pay, while "
        "the cash flow statement is on an accrual basis.",
    ),
    (
        "finance_analyst",
        "fa-t3",
        "Revenue below budget is an unfavourable variance, and so is spending above budget. I'd "
        "split the gap into volume, price and mix.",
        "Since revenue came in below budget, that's a favourable variance, and I'd split it into "
        "price and volume.",
    ),
    (
        "frontend_engineer",
        "fe-t1",
        "const stops you reassigning the variable, but the array it points to can still be pushed"
        " to; only Object.freeze makes the object immutable.",
        "With const the object is an immutable value, so you can't change its properties or push "
        "to the array.",
    ),
    (
        "frontend_engineer",
        "fe-t3",
        "Use native HTML elements first; add ARIA only where no native element fits, because "
        "wrong ARIA can make things worse.",
        "The safest thing is to put ARIA roles on every element, because screen readers read ARIA"
        " rather than HTML.",
    ),
    (
        "product_manager",
        "pm-t4",
        "The MVP would be just reminders and a caregiver alert, the smallest thing that tests "
        "whether families act on missed doses.",
        "The MVP should be the complete product with all features polished, since older users "
        "won't forgive anything less.",
    ),
    (
        "retail_associate",
        "ra-t1",
        "I refund to the original payment method, so card goes back to the same card and cash "
        "gets cash.",
        "For a refund I always give cash, however they paid.",
    ),
    (
        "sales_associate",
        "sa-t1",
        "Prospecting, then qualification and discovery, then a proposal built on the confirmed "
        "need, objection handling, closing and follow-up.",
        "After prospecting I send the proposal before discovery so they have something to react "
        "to, then qualify.",
    ),
    (
        "teacher",
        "te-t5",
        "I start with the standards and the summative assessment, then plan the lessons and "
        "activities that get students there.",
        "I plan the lessons first and write the objectives afterwards to match them; the final "
        "assessment is written last.",
    ),
    (
        "nurse",
        "rn-t4",
        "For pain they should use acetaminophen and avoid ibuprofen, naproxen and aspirin, "
        "because those add to the bleeding risk.",
        "They can keep taking aspirin for pain as usual, but should avoid acetaminophen because "
        "it increases bleeding.",
    ),
    (
        "backend_engineer",
        "be-t1",
        "An index speeds up reads but every insert and update has to maintain it, so it slows "
        "writes and costs storage.",
        "An index makes inserts faster, and the price is slower reads, so it hurts on read-heavy "
        "tables.",
    ),
    (
        "product_manager",
        "pm-t3",
        "The north star is conversations that end in a deal; guardrails like spam reports and "
        "tickets must not get worse.",
        "Our guardrail is deals from conversations, the thing we're trying to move, and the north"
        " star metrics are the ones that must not get worse.",
    ),
]


@pytest.mark.parametrize(("role_id", "question_id", "correct", "wrong"), THIRD)
def test_third_round_correct_answers_contradict_nothing(
    role_id: str, question_id: str, correct: str, wrong: str
) -> None:
    assert check_claims(correct, _question(role_id, question_id)).contradicted == ()


def test_third_round_wrong_answers_are_caught() -> None:
    missed = [
        question_id
        for role_id, question_id, _, wrong in THIRD
        if not check_claims(wrong, _question(role_id, question_id)).contradicted
    ]
    assert missed == ["fa-t3"]
