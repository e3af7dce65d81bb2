"""The shape of one language's rubric vocabulary: every language module fills the same fields."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RubricWords:
    """The words and cues the offline rubric, persona check and speech stats look for.

    Phrases are lower-case words separated by single spaces, matched as whole words. Fields
    named ``*_patterns`` hold regular-expression fragments, which the logic compiles.
    """

    hedges: tuple[str, ...]
    fillers: tuple[str, ...]
    cliches: tuple[str, ...]
    situation_cues: tuple[str, ...]
    task_cues: tuple[str, ...]
    result_cues: tuple[str, ...]
    reasoning_cues: tuple[str, ...]
    example_cues: tuple[str, ...]
    # A plan or a line of reasoning: ordered steps, conditions, reasons, trade-offs.
    step_cues: tuple[str, ...]
    condition_cues: tuple[str, ...]
    reason_cues: tuple[str, ...]
    trade_off_cues: tuple[str, ...]
    # "I'd / I would / I will": the candidate saying what they would do.
    plan_patterns: tuple[str, ...]
    # Quantities written as words ("two workshops", "fifteen percent", "twice as fast").
    number_words: frozenset[str]
    # Words every question uses ("tell me about a time…"): they say nothing about its topic.
    question_frame_words: frozenset[str]
    # Words naming the same situation ("conflict", "disagreement", "clashed"): an answer that
    # uses any of a family speaks to a question that uses another.
    situation_families: tuple[tuple[str, ...], ...]
    # Words of something going wrong: a story about a problem uses some of them.
    trouble_words: tuple[str, ...]
    # Which situation families are about something going wrong (their first word).
    troubled_situations: frozenset[str]
    # Words that may sit inside a phrase without changing it ("didn't *really* go well").
    intensifiers: frozenset[str]
    # The same for the people in a situation ("customer", "client", "caller").
    participant_families: tuple[tuple[str, ...], ...]
    # Opposite situations a question may ask for: (words of one side, words of the other).
    opposite_situations: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
    # "I/we" + an optional adverb + a past-tense verb: the candidate saying what they did.
    action_subjects: tuple[str, ...]
    action_adverbs: tuple[str, ...]
    past_tense_patterns: tuple[str, ...]
    steering_patterns: tuple[str, ...]
    confusion_cues: tuple[str, ...]
    # Replies that are turns of the conversation, not answers (see engine/non_answers.py).
    clarify_cues: tuple[str, ...]
    repeat_cues: tuple[str, ...]
    thinking_cues: tuple[str, ...]
    nervous_cues: tuple[str, ...]
    already_said_cues: tuple[str, ...]
    # Words a question back to the interviewer opens with ("is it…", "should I…").
    question_openers: frozenset[str]
    # Words of small talk around a non-answer ("sorry", "please"): they add nothing to it.
    courtesy_words: frozenset[str]
    tangent_cues: tuple[str, ...]
    work_words: frozenset[str]
    stopwords: frozenset[str]
    number_unit_patterns: tuple[str, ...]
    stemmer_language: str
    # (name, pattern) for one-token fillers in speech, first match wins.
    spoken_filler_patterns: tuple[tuple[str, str], ...]
    # "what kind of database" is not a hedge: these words before "kind of" / "sort of".
    determiners: frozenset[str]
    # "do you know X" is a question: these words before "you know".
    you_know_question_openers: frozenset[str]
    # The claim check (engine/clauses.py): how an answer splits into clauses, what negates.
    # Words that, within a few words before a cue, deny it ("does not drop").
    negations: frozenset[str]
    negation_suffixes: tuple[str, ...]  # "doesn't", "isn't"
    # Words that, anywhere before a cue in its clause, report a belief rather than make it
    # ("a common misconception is that ...").
    misconception_markers: frozenset[str]
    clause_breaks: tuple[str, ...]  # punctuation that ends a clause
    explaining_breaks: tuple[str, ...]  # ":" and dashes: what follows explains what came before
    clause_openers: tuple[str, ...]  # words that open a new clause ("while", "whereas", "but")
    # Abbreviations whose "." does not end a sentence ("e.g.", and single letters: "C. diff").
    abbreviations: frozenset[str]
    # Phrases opening an aside about another subject ("unlike an INNER JOIN"), cut out of their
    # sentence so the rest reads as one clause again.
    aside_openers: tuple[str, ...]
    # Words that split a clause only when a subject follows ("X does Y and Z does W").
    subject_joiners: frozenset[str]
    # Words that may stand between subjects sharing one statement ("let and const are ...").
    subject_coordinators: frozenset[str]
    # Another subject after one of these is not what the clause is about ("net income from the
    # income statement ...").
    prepositions: frozenset[str]
    # A clause opening with one of these (after connectives) is about the clause before it.
    carry_pronouns: frozenset[str]
    # A clause after a comma opening with none of these, nor a connective or determiner, goes on
    # about the subject before it ("I'd follow the customer, grab their bag ...").
    personal_pronouns: frozenset[str]
    clause_connectives: frozenset[str]
    # Words ignored when matching a cue: articles, possessives, object pronouns and filler
    # adverbs ("keeps all the rows", "actually keeps all rows" match "keeps all rows").
    cue_skip_words: frozenset[str]
    # Non-answers (engine/non_answers.py), where a language has them. Informal spellings and
    # phrasal verbs read as the plain words they stand for before cues are looked for ("gimme a
    # sec": "give me a sec"; "hang on to the plan": "keep the plan", no "hang on" in it).
    plain_words: tuple[tuple[str, str], ...] = ()
    # Verbs about the conversation itself ("as I mentioned", "I covered that", "I walked you
    # through it"): saying them tells nothing the candidate did at work.
    conversation_verbs: frozenset[str] = frozenset()
    # Words that open a question by inverting it, with or without "?" ("is the budget fixed").
    inverted_openers: frozenset[str] = frozenset()
    # Corporate buzzwords: a sentence with several of them claims without showing, and counts
    # for nothing (engine/answer_parts.py).
    buzzwords: frozenset[str] = frozenset()
    # Words that answer a question just asked ("Is the budget fixed? Yes, and…"): it was asked
    # for effect, not asked back.
    self_answers: frozenset[str] = frozenset()
    # Other people an answer tells about, besides the participant families ("they", "he"):
    # "they don't know what the pill is for" is not the candidate lost for words.
    third_persons: frozenset[str] = frozenset()
    # A word that denies the subject right after it ("if it's not deferred", "non-blocking"):
    # the clause speaks of its opposite. Not "no" or "without", which claims use ("no receipt").
    subject_negations: frozenset[str] = frozenset()
    # Pairs of opposites an answer can put one for the other, each side its words as written
    # (("north", "northern"), ("south", "southern")): engine/mix_ups.py checks them against the
    # question's reference.
    opposites: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    # What links two alternatives ("X or Y", "X rather than Y", "unlike X, Y"): terms named so in
    # a question's reference are ones an answer can mix up (engine/mix_ups.py).
    alternative_links: tuple[str, ...] = ()
    # The links of alternatives set against each other ("X rather than Y", "X, not Y"): terms
    # linked so anywhere in a question's reference are ones an answer can mix up.
    contrast_links: tuple[str, ...] = ()
    # Phrases that answer the stock questions of any interview rather than the one asked
    # (strengths and weaknesses, five years from now, why this job, salary expectations).
    stock_answer_cues: tuple[str, ...] = ()
    # ... and phrases that do when they open the answer: the canned story of the project or the
    # deal the candidate is proudest of ("The project I'm proudest of is…").
    stock_openers: tuple[str, ...] = ()
    # How a question asks for questions ("What questions do you ask?"): the candidate's own
    # question marks then answer it (regular expressions, matched case-insensitively).
    question_request_patterns: tuple[str, ...] = ()
