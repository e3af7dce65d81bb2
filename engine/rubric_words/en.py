"""The English rubric vocabulary."""

from __future__ import annotations

from engine.rubric_words.model import RubricWords

# fmt: off
ENGLISH = RubricWords(
    hedges=(
        "i guess", "i think maybe", "maybe", "probably", "not sure", "i don't know", "idk",
        "kind of", "sort of", "or something", "whatever", "i suppose", "hopefully", "perhaps",
        "i'd say", "something like that", "stuff like that", "things like that", "etc",
    ),
    fillers=(
        "um", "uh", "erm", "you know", "i mean", "basically", "literally", "honestly",
    ),
    cliches=(
        "hard worker", "hard working", "team player", "perfectionist", "passionate",
        "think outside the box", "go getter", "go-getter", "110", "synergy", "people person",
        "work hard", "give it my all", "always do my best", "do my best", "best of my ability",
        "whatever it takes", "get things done", "detail oriented", "self starter",
    ),
    situation_cues=(
        "when i", "at my last", "in my last", "in my previous", "at my previous", "we had",
        "there was", "last year", "one time", "once", "the situation", "a project",
        "at the time", "while i was", "in my role", "at my", "during",
    ),
    task_cues=(
        "my goal", "i was responsible", "responsible for", "needed to", "had to", "my job was",
        "the goal", "the task", "my task", "i was asked", "we needed", "the challenge",
        "objective",
    ),
    result_cues=(
        "as a result", "resulted", "result", "which reduced", "reduced", "increased",
        "decreased", "improved", "saved", "outcome", "in the end", "we ended", "ended up",
        "lowered", "cut", "grew", "raised", "learned", "i learned", "the impact", "went from",
        "dropped", "fell", "rose", "calmed down", "settled", "resolved", "fixed", "solved",
        "thanked", "agreed", "signed", "passed", "since then", "afterwards", "by the end",
        "from then on", "now", "went ahead", "worked", "succeeded", "recovered", "came back",
        "turned around", "kept", "stayed", "renewed", "retained", "halved", "doubled",
    ),
    reasoning_cues=(
        "because", "so that", "which means", "therefore", "trade-off", "tradeoff", "trade off",
        "the reason", "instead of", "rather than", "on the other hand", "depends on", "however",
        "first", "second", "then", "finally", "for example", "for instance", "such as", "if",
    ),
    example_cues=("for example", "for instance", "such as", "e g"),
    step_cues=(
        "first", "firstly", "first of all", "to start", "to begin", "second", "secondly",
        "third", "then", "next", "after that", "afterwards", "once", "finally", "lastly",
        "in parallel", "meanwhile", "at the same time", "before", "step", "the next day",
        "by the end", "follow up", "followed up",
    ),
    condition_cues=(
        "if", "unless", "otherwise", "depending on", "depends on", "in case", "whether",
        "when", "as long as", "provided", "if not", "if so",
    ),
    reason_cues=(
        "because", "so", "so that", "since", "which means", "that way", "the reason", "therefore",
        "in order to", "to make sure", "to avoid", "so the", "so they", "so we", "so i",
        "this way", "the goal", "the point is", "that's why", "thats why",
    ),
    trade_off_cues=(
        "trade-off", "tradeoff", "trade off", "the downside", "downside", "the cost",
        "the risk", "instead of", "rather than", "on the other hand", "however", "but",
        "pros and cons", "at the expense", "versus", "vs", "compared to", "the catch",
    ),
    plan_patterns=(
        r"\b(?:i|we)'d\b", r"\b(?:i|we) would\b", r"\b(?:i|we)'ll\b", r"\b(?:i|we) will\b",
        r"\b(?:i|we) (?:can|could|should|need to|want to|plan to|start by|begin by)\b",
        r"\bmy (?:first|next) (?:step|move|priority)\b",
    ),
    number_words=frozenset(
        """
        two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
        sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
        ninety hundred hundreds thousand thousands million millions billion dozen dozens
        half twice double doubled triple tripled quadrupled halved percent
        """.split()
    ),
    question_frame_words=frozenset(
        """
        tell time describe walk give example explain handle handled happened happen did do
        would could what how why when which who situation specific particular approach
        think talk share experience describe recent last ever had have been make made go
        something someone thing way kind really especially deal dealt manage managed
        """.split()
    ),
    situation_families=(
        ("conflict", "disagreement", "disagreed", "disagree", "argument", "argued", "clash",
         "clashed", "tension", "friction", "dispute", "pushback", "pushed back", "eye to eye",
         "butted heads", "fell out", "falling out", "didn't agree", "did not agree", "objected",
         "concerns", "concern", "debate", "debated", "different opinion", "different view",
         "different views", "differing", "convince", "convinced", "persuade", "persuaded",
         "pushed for", "preferred", "i thought", "wanted to use", "insisted", "opposed"),
        ("mistake", "error", "wrong", "messed up", "my fault", "oversight", "blunder",
         "mix-up", "mixup", "slip", "screwed up", "got it wrong", "incorrect", "inaccurate",
         "discrepancy", "didn't add up", "looked off", "a bit off", "typo", "double counted",
         "double-counted", "duplicated", "duplicates", "bug", "miscalculated", "mismatch",
),
        ("fail", "failed", "failure", "didn't go well", "didn't work", "went wrong", "flopped",
         "fell flat", "didn't go as planned", "went badly", "disaster", "backfired",
         "didn't land", "not go well", "go badly", "didn't go as", "not as we hoped",
         "not as planned", "rolled back", "roll back", "rollback", "pulled it", "problems",
         "complaints", "bombed"),
        ("underperforming", "underperformer", "underperformance", "struggling",
         "falling behind", "slipping", "not hitting", "hitting their", "missing targets",
         "missed targets", "low output", "lowest", "worst", "bottom", "poor", "poorly", "weak",
         "behind", "declining", "losing money"),
        ("upset", "angry", "frustrated", "difficult", "unhappy", "annoyed", "furious", "irate",
         "complained", "complaint", "shouting", "yelling", "rude", "abusive", "livid",
         "all caps", "vent", "vented", "fed up", "yelled", "swore", "threatened",
         "raised her voice", "raised his voice", "second time", "third time", "furious"),
        ("anxious", "scared", "worried", "nervous", "afraid", "fear", "frightened", "panicking",
         "distressed", "terrified"),
        ("deadline", "pressure", "tight timeline", "time crunch", "rushed", "urgent",
         "last minute", "crunch", "tight", "due", "on time", "in time", "overnight",
         "late night", "long hours"),
        ("rejected", "rejection", "turned down", "said no", "didn't like", "declined",
         "pushed back", "hated", "not convinced"),
        ("lost", "lose", "losing", "went with", "competitor", "chose another",
         "didn't win", "fell through", "walked away", "went elsewhere", "signed with",
         "didn't sign", "didn't close", "passed on", "said no", "no deal", "picked another"),
        ("change", "changed", "transition", "reorganisation", "reorganization", "restructure",
         "restructuring", "new system", "migration", "rollout", "merger"),
        ("learn", "learned", "learnt", "picked up", "ramp up", "ramped up", "unfamiliar",
         "new technology", "new tool", "new language", "self-taught", "taught myself"),
        ("feedback", "criticism", "criticised", "criticized", "critique", "negative comments",
         "review comments", "told me", "called out"),
        ("prioritise", "prioritize", "priorities", "competing", "juggling", "juggle",
         "too many", "several things", "at once", "trade-off"),
        ("beyond", "extra mile", "above and beyond", "outside my role", "not my job",
         "went further"),
        ("decision", "decided", "uncertain", "uncertainty", "incomplete", "ambiguity",
         "unknowns", "judgment call", "judgement call", "without all"),
        ("deteriorating", "worsening", "declining", "crashing", "unstable", "getting worse",
         "went downhill", "early warning", "vitals", "sepsis"),
        ("target", "quota", "goal", "numbers", "objective"),
        ("incident", "outage", "downtime", "went down", "production issue", "paged",
         "on call", "on-call"),
        ("budget", "over budget", "overspend", "overran", "cost overrun", "costs", "spend"),
        ("skeptical", "sceptical", "doubtful", "hesitant", "reluctant", "not convinced",
         "resistant"),
        ("rejection", "rejected", "hung up", "turned down", "declined"),
        ("proud", "best", "favourite", "favorite", "highlight", "achievement",
         "went really well", "went well", "success"),
    ),
    trouble_words=(
        "problem", "problems", "issue", "issues", "fell", "dropped", "drop", "missing",
        "wrong", "failed", "failing", "couldn't", "could not", "didn't", "did not", "wasn't",
        "was not", "weren't", "lost", "late", "angry", "upset", "complaint", "complained",
        "difference", "twice", "again", "delay", "delayed", "broke", "broken", "bad", "worse",
        "unhappy", "instead", "shortfall", "short", "behind", "gap", "not enough", "only",
        "dried up", "frustrated", "annoyed", "refused", "declined", "rejected", "concern",
        "worried", "risk", "mistake", "error", "blocked", "stuck", "struggled", "struggling",
        "below", "under", "no longer", "stopped", "left",
    ),
    troubled_situations=frozenset(
        """
        mistake fail underperforming lost deteriorating incident budget
        """.split()
    ),
    intensifiers=frozenset(
        """
        really quite very actually just exactly entirely totally completely so pretty
        """.split()
    ),
    participant_families=(
        ("student", "pupil", "kid", "child", "learner", "boy", "girl"),
        ("parent", "guardian", "mother", "father", "mum", "mom", "dad", "family"),
        ("employee", "direct report", "team member", "staff", "someone on my team",
         "person on my team"),
        ("teammate", "colleague", "coworker", "co-worker", "peer", "team member"),
        ("customer", "client", "buyer", "shopper", "guest", "user", "account", "caller",
         "came in", "came into", "walked in", "shop", "store", "man", "woman", "lady", "gentleman"),
        ("patient", "resident", "family member"),
    ),
    opposite_situations=(
        (("lost", "lose", "losing", "loss", "went with a competitor", "went with another",
          "fell through", "didn't win", "competitor", "went elsewhere"),
         ("won", "closed", "signed", "landed", "secured", "proudest", "proud")),
        (("rejected", "rejection", "turned down", "didn't like", "declined"),
         ("won", "accepted", "approved", "loved", "praised", "shortlisted")),
        (("missed", "miss", "fell short", "below target", "short of"),
         ("exceeded", "beat", "surpassed", "above target", "over target", "overachieved")),
        (("fail", "failed", "failure", "went wrong", "didn't go well", "mistake", "error",
          "didn't work", "didn't go as planned", "flopped", "fell flat", "went badly"),
         ("succeeded", "success", "went well", "proud", "proudest", "went smoothly", "favourite",
          "favorite", "highlight", "loved it", "best")),
        (("criticism", "criticised", "criticized", "negative feedback", "complained",
          "complaint"), ("praised", "praise", "compliment", "complimented")),
        (("underperforming", "underperformer", "struggling", "falling behind"),
         ("top performer", "best performer", "excelled", "high performer")),
    ),
    action_subjects=("i", "we"),
    action_adverbs=("then", "also", "personally", "first"),
    past_tense_patterns=(
        r"[a-z]{2,}ed", "built", "wrote", "led", "made", "ran", "took", "set", "spoke", "met",
        "gave", "found", "got", "told", "chose", "drove", "brought", "sent", "began", "broke",
        "caught", "cut", "did", "drew", "fed", "fought", "held", "kept", "knew", "laid", "left",
        "lent", "lost", "paid", "put", "rang", "rewrote", "rose", "sat", "saw", "sold", "shut",
        "split", "spent", "stood", "taught", "thought", "threw", "understood", "won", "went",
    ),
    # Each alternative is one way of talking to the interviewer instead of answering.
    steering_patterns=(
        # override or replace the instructions
        r"ignore (all |any |the |your |my )?(previous|prior|above|earlier|preceding)",
        r"disregard (all |any |the |your )?(previous|prior|above|instructions|rules)",
        r"forget (all |your |the )?(previous |prior )?(instructions|rules|prompt)",
        r"\byou are (now|no longer) (?!able\b|ready\b|free to\b|going\b|responsible\b|in charge\b)"
        r"|\bnew (instructions|rules)\s*:",
        r"\bact as (if you were |an? |the )?(ai|llm|language model|grader|scorer|evaluator)\b",
        r"\boverride (your|the|all|any|previous|prior|my) (instructions|rules|prompt|guidelines|"
        r"scor\w*|grad\w*)",
        # fake speakers, turn markers and transcript boundaries: "System:" opening the text or a
        # sentence, or in brackets (not "I redesigned the system: first ...")
        r"(^|[.!?;]\s*|[\[<(]\s*)(system|developer|assistant)\s*(prompt|message)?\s*[:>\]]",
        r"\b(system|developer) (prompt|message)\s*[:>\]]",
        r"\[(system|inst|admin)\]|<\|?(system|im_start)\|?>|</?\s*candidate\s*>",
        r"end of (the )?(candidate'?s? )?(answer|response|input|transcript)",
        # asking for the prompt
        r"(reveal|show|print|repeat|tell me|output|leak|quote|recite|display|paste|dump)\b.{0,40}"
        r"\b((system )?prompt|instructions|everything above|all above|were told)",
        r"\bwhat (were|are|was) (you|your)\b.{0,20}\b(told|instructions|rules|prompt)",
        # asking for a score, or faking the scorer's output
        r"(give|assign|award|score|rate|grade|mark) (me|this|my answer|this answer|my response|"
        r"this response)\b.{0,30}\b(5|five|10|ten|full|perfect|max|top|100|highest)\b",
        r"\b(assign|award|give|output)s?\b.{0,25}\b(maximum|max|highest|top|full|perfect) "
        r"(score|scores|marks?|points|rating|grade)",
        r"(this|my) (answer|response) (scores|deserves|gets|earns)\b.{0,20}\b(top|full|perfect|"
        r"maximum|max|highest|5|five)",
        r"\b(give|assign|award|grant)\b.{0,25}\b(5\s*/\s*5|10\s*/\s*10)\b",
        # the scorer's output faked: JSON, or "Score: 5" standing alone ("Knowledge: 5 years" is
        # an answer)
        r"[\"'{]\s*(overall|scores?|communication|knowledge|structure)\s*[\"']?\s*:\s*\d",
        r"\b(overall|scores?|communication|knowledge|structure)\s*[:=]\s*\d+(\s*/\s*\d+)?"
        r"(\s*(out of \d+|points?|stars?))?\s*($|[.,;!}\]])",
    ),
    confusion_cues=(
        "what do you mean", "what does that mean", "not sure what you", "don't understand",
        "do not understand", "dont understand", "can you explain", "could you explain",
        "can you clarify", "could you clarify", "please clarify", "rephrase",
        "repeat the question", "what is meant", "what are you asking", "not sure i understand",
        "i'm lost", "im lost", "no idea", "i have no idea", "i'm confused", "im confused",
        "i am confused", "a bit confused", "confused by the question", "what exactly",
        "not sure how to answer", "don't know what", "dont know what", "not familiar",
        "never heard", "which one do you", "do you mean", "you mean",
        "can you give me an example", "could you give an example",
    ),
    clarify_cues=(
        "what do you mean", "what does that mean", "what is meant", "do you mean", "you mean",
        "can you rephrase", "could you rephrase", "rephrase", "reword", "put it another way",
        "can you explain the question", "could you explain the question", "explain the question",
        "can you clarify", "could you clarify", "please clarify", "clarify the question",
        "not sure what you're asking", "not sure what you are asking", "what are you asking",
        "what exactly", "don't understand the question", "do not understand the question",
        "dont understand the question", "don't get the question", "dont get the question",
        "can you give me an example", "could you give me an example", "give an example",
        "are you asking", "you're asking", "youre asking", "you are asking", "you want to know",
        "you want to hear", "you'd like to know", "is that right", "is that what you mean",
        "in what sense", "which one do you mean", "like what", "such as what",
        "what kind of answer", "looking for", "do you want", "should i", "shall i",
        "didn't understand", "did not understand", "don't follow", "dont follow",
        "not sure i follow", "lost me", "what do you want", "meaning what", "not clear",
        "unclear", "confused", "confusing", "simpler", "in other words", "simpler words",
        "is it ok if", "is it okay if", "can i use", "does it have to be", "do i have to",
        "do you want me to", "would you like me to",
    ),
    repeat_cues=(
        "the question again", "repeat the question", "repeat that", "say that again",
        "say it again", "come again", "didn't catch", "did not catch", "didnt catch",
        "missed the question", "didn't hear", "did not hear", "what was the question",
        "what's the question", "whats the question", "what was it again", "one more time",
        "pardon", "sorry what", "repeat", "again", "huh", "what", "say again",
        "once more", "the question", "read it again", "didn't get that", "didn't get it",
        "did not get that", "lost you", "you lost me there", "sorry say again",
    ),
    thinking_cues=(
        "let me think", "let me see", "let me consider", "let me collect my thoughts",
        "give me a moment", "give me a minute", "give me a second", "give me a sec",
        "one moment", "one second", "one sec", "just a moment", "just a second", "just a sec",
        "good question", "thinking", "hmm", "hm", "hmmm", "umm", "um", "uh", "let's see",
        "lets see", "that's a tough one", "thats a tough one", "tough one", "need a moment",
        "need a minute", "need a second", "bear with me", "hold on", "hang on", "wait",
        "gather my thoughts", "collect my thoughts", "great question", "interesting question",
        "good one", "tough question", "hard question", "thinking about it", "moment",
        "minute", "come back to this", "come back to it", "errr", "err", "ermm", "erm",
        "think about it", "think it over", "think this through", "think for a second",
    ),
    nervous_cues=(
        "nervous", "anxious", "my mind went blank", "mind went blank", "mind is blank",
        "i blanked", "blanking", "drawing a blank", "went blank", "blank",
        "lost my train of thought", "train of thought", "my head is empty", "shaking",
        "freaking out", "panicking", "stressed",
        "can i have a second", "can i have a moment", "can i have a minute", "a bit shaky",
        "sorry i'm", "take a breath", "deep breath",
    ),
    already_said_cues=(
        "i already told you", "already told you", "i already said", "already said",
        "i already answered", "already answered", "already covered", "already mentioned",
        "as i said", "like i said", "i said that", "i told you", "i just said",
        "i just told you", "i just answered", "see above", "as mentioned", "i mentioned that",
        "i answered that", "already explained", "i explained that", "already",
        "said earlier", "mentioned earlier", "told you earlier", "answered above",
        "said above", "as i mentioned", "covered that", "said that before", "same as before",
        "same answer", "like before",
    ),
    courtesy_words=frozenset(
        """
        sorry please thanks thank okay ok yes yeah sure actually really quite bit little
        again question questions moment second sec minute just well right hmm hm um uh
        mean asking ask want know hear repeat rephrase clarify explain example that's
        answer answering through before start starting apologies apologize apologise
        interview interviews gosh oh wow completely totally just sure okay right well lol
        haha ugh huh wait hold moment minute earlier before above said told
        """.split()
    ),
    tangent_cues=(
        "anyway", "by the way", "funny story", "long story", "side note", "speaking of",
        "off topic", "but i digress", "where was i", "oh and", "as i said", "like i said",
        "fun fact", "my wife", "my husband", "my dog", "my cat", "my mom", "my kids", "weekend",
        "vacation", "back in college", "back in school", "random", "haha", "lol", "oh wow",
        "don't get me started", "where do i start", "fun one", "true story", "my brother",
        "my sister", "my friend", "my friends", "my partner", "my boyfriend", "my girlfriend",
        "brother-in-law", "sister-in-law", "my own money", "the match", "the game",
        "last night", "holiday", "holidays", "netflix", "football", "my family",
    ),
    work_words=frozenset(
        """
        i we my our team project customer client user manager work job role company
        colleague problem issue result goal plan process data time deadline task approach
        decided handled worked built improved learned because situation example
        """.split()
    ),
    stopwords=frozenset(
        """
        a an the and or but if then than so to of in on at by for with about from into over
        under as is are was were be been being it its this that these those there here i me
        my we our you your he she they them their his her what which who whom how why when
        where do does did done have has had can could would should will shall may might must
        not no yes just very really also too some any all each more most other such only own
        same up down out off again once am im i'm i've i'd i'll let's it's that's don't
        didn't doesn't isn't wasn't aren't weren't won't can't couldn't wouldn't shouldn't
        one two get got make made go went going like well kind sort lot lots thing things
        stuff
        """.split()
    ),
    number_unit_patterns=(
        "%", "percent", "x", "k", "m", "ms", "s", "h", "hrs?", "days?", "weeks?", "months?",
        "years?", "minutes?", "hours?", "users?", "people", "customers?", "patients?",
        "students?",
    ),
    stemmer_language="english",
    spoken_filler_patterns=(
        ("um", "u+m+"),
        ("uh", "u+h+"),
        ("erm", "e+r+m+"),
        ("hmm", "h+m+"),
        ("basically", "basically"),
        ("actually", "actually"),
    ),
    determiners=frozenset(
        """
        a an the this that these those what which any some every each no one other same
        """.split()
    ),
    you_know_question_openers=frozenset(["do", "did", "don't", "didn't", "would", "if"]),
    negations=frozenset(
        """
        not no never without cannot non nor neither none nothing rather instead than unless
        regardless avoid avoids avoiding ignore ignores ignoring prevent prevents preventing
        stop stops stopping fail fails failing useless ineffective rarely seldom hardly dont
        doesnt isnt arent wasnt werent cant wont didnt shouldnt wouldnt couldnt mustnt havent
        hasnt
        """.split()
    ),
    negation_suffixes=("n't",),
    misconception_markers=frozenset(
        """
        mistake mistakes mistaken mistakenly myth myths misconception misconceptions wrongly
        incorrectly backwards misunderstanding misunderstand confuse confuses confused
        tempting expect expects
        """.split()
    ),
    clause_breaks=(";", ":", ",", " - ", " – ", " — "),
    explaining_breaks=(":", " - ", " – ", " — "),
    clause_openers=(
        "while", "whilst", "whereas", "but", "although", "though", "however", "because", "since",
        "so",
    ),
    abbreviations=frozenset(["e.g", "i.e", "vs", "cf", "approx", "mr", "mrs", "ms", "dr", "st"]),
    aside_openers=(
        "unlike", "as opposed to", "compared to", "compared with", "in contrast to",
        "contrary to",
    ),
    subject_joiners=frozenset(["and"]),
    prepositions=frozenset("from of on in into onto to at by for than".split()),
    subject_coordinators=frozenset(["and", "or", "both", "either"]),
    carry_pronouns=frozenset(
        "it it's its they they're their them this that these those which he he's she she's".split()
    ),
    personal_pronouns=frozenset(
        """
        i you we he she they it i'd i'm i'll i've you'd you're you'll you've we'd we're we'll
        we've he's she's they'd they'll they've there there's here
        """.split()
    ),
    clause_connectives=frozenset(
        """
        and but so while whilst whereas because since as then though although however yet
        also
        """.split()
    ),
    cue_skip_words=frozenset(
        """
        a an the my your his her its our their it them actually really basically also usually
        typically generally normally certainly definitely literally
        """.split()
    ),
)
# fmt: on
