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
        "um", "uh", "erm", "you know", "i mean", "basically", "literally", "like", "honestly",
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
        "dropped",
    ),
    reasoning_cues=(
        "because", "so that", "which means", "therefore", "trade-off", "tradeoff", "trade off",
        "the reason", "instead of", "rather than", "on the other hand", "depends on", "however",
        "first", "second", "then", "finally", "for example", "for instance", "such as", "if",
    ),
    example_cues=("for example", "for instance", "such as", "e g"),
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
    tangent_cues=(
        "anyway", "by the way", "funny story", "long story", "side note", "speaking of",
        "off topic", "but i digress", "where was i", "oh and", "as i said", "like i said",
        "fun fact", "my wife", "my husband", "my dog", "my cat", "my mom", "my kids", "weekend",
        "vacation", "back in college", "back in school", "random", "haha", "lol", "oh wow",
        "don't get me started", "where do i start", "fun one", "true story",
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
