# `kltutor check`: problems found in a lesson file.
check-unknown-lang = kltutor has no catalog for the language `{ $tag }`
check-unknown-lang-label = not a language kltutor speaks
check-unknown-lang-help = the languages are { $tags }; leave `lang` out to use the reader's own
check-format-newer = this lesson is written in lesson format { $format }, and this kltutor reads formats up to { $newest }
check-format-newer-label = needs a newer kltutor
check-format-newer-help = install a newer kltutor to open it; `kltutor --version` shows the lesson format a kltutor reads
check-format-invalid = `format` must be a whole number from 1 up, not `{ $value }`
check-format-invalid-label = not a lesson format
check-format-invalid-help = write `format = { $newest }` for this version's format, or leave `format` out
check-problems = { $file }: { $count ->
    [one] { $count } problem found
   *[other] { $count } problems found
}
check-help = help: { $help }
check-here = here
check-unreadable = cannot read the file: { $error }
check-unreadable-label = unreadable
check-too-large = the file is { $size } MiB; a lesson may be at most 1 MiB
check-too-large-label = file too large
check-too-large-help = is this the right file? split very large data into a smaller sample
check-not-utf8 = the file is not valid UTF-8
check-not-utf8-label = this byte is not UTF-8
check-not-utf8-help = save the file as UTF-8 (most editors offer it under 'Save with encoding')
check-syntax = TOML syntax: { $message }
check-syntax-help = see the lesson format reference, or run `kltutor new` for a starter file
check-incomplete = the lesson is incomplete

## Keys: unknown, missing, of the wrong type
check-place-lesson = the lesson
check-unknown = unknown { $what }
check-what-key = key `{ $key }` in { $place }
check-what-quantity = quantity `{ $name }`
check-what-mistake = mistake `{ $name }`
check-not-a-key = not a key kltutor knows
check-not-a-quantity = not a quantity
check-what-hide = `{ $word }` in a question's `hide` list
check-not-hideable = not something a question can hide
check-hideable-are = a question can hide { $list }
check-not-a-mistake = not a known mistake
check-keys-are = the keys allowed here are { $list }
check-quantities-are = the quantities are { $list }
check-mistakes-are = the mistakes kltutor recognises are { $list }
check-did-you-mean = did you mean `{ $word }`?
check-missing = { $place } has no `{ $key }`
check-missing-label = `{ $key }` is required here
check-wrong-type = `{ $key }` must be { $expected }, not { $found }
check-wrong-type-label = expected { $expected }
check-type-string = a string
check-type-strings = an array of strings
check-type-integer = an integer
check-type-float = a float
check-type-number = a number
check-type-numbers = an array of numbers
check-type-probability = a number or a string such as "1/8"
check-type-boolean = a boolean
check-type-true-false = true or false
check-type-date = a date
check-type-array = an array
check-type-table = a table
check-type-tables = an array of tables
check-array-of-tables = `{ $key }` must be an array of tables
check-array-of-tables-label = write [[{ $key }]] here, with double brackets
check-array-of-tables-help = each [[{ $key }]] starts one more { $key }; a lesson may have several
check-empty = `{ $key }` is empty
check-empty-label = write something here
check-not-finite = `{ $key }` is not a finite number
check-not-finite-label = expected a number such as 0.2075
check-control = this text contains the control character { $code } at character { $position }
check-control-label = control character
check-control-help = remove it: lessons may not contain escape sequences or other control characters

## What to add
check-add-title = add a line such as: title = "Which model is closer?"
check-add-truth = add a [truth] table with `name` and `probs`
check-add-model = add at least one [[model]] table with `name` and `probs`
check-add-outcomes = name the outcomes, e.g. outcomes = ["heads", "tails"]
check-add-name = add name = "A"
check-add-probs = add probs = ["1/2", "1/2"], one value per outcome
check-add-quantity = name what is computed: one of { $quantities }
check-add-text = add text = "what this step explains"
check-add-prompt = add prompt = "the question to ask"
check-add-answer = add answer = "…", one of the choices
check-add-kind = name the mistake: kind = "reversed"
check-add-feedback = add feedback = "what the student should know"

## Outcomes, distributions and names
check-not-a-unit = not a unit
check-names-empty = `{ $key }` is empty
check-names-empty-label = name at least one here
check-outcome-twice = the outcome `{ $outcome }` is named twice
check-outcome-twice-label = a second time here
check-outcome-twice-help = give every outcome a different name
check-not-a-probability = not a probability
check-probability-help = write a fraction like "1/8", a decimal like 0.125, or 1.25e-1
check-probs-count = `probs` has { $values } values but there are { $count } outcomes ({ $outcomes })
check-probs-count-label = one value per outcome
check-probs-count-help = give exactly one probability for each name in `outcomes`, in the same order
check-invalid-probability = invalid probability
check-sum-help = make the values sum to exactly 1, or add `normalize = true` to rescale them
check-probability-range-help = probabilities lie between 0 and 1 and sum to 1
check-name-twice = the name `{ $name }` is used twice
check-name-twice-label = already the name of another distribution
check-name-twice-help = give the truth and every model a different name
check-no-model = there is no model named `{ $name }`
check-no-model-label = not a model of this lesson
check-model-is-truth = `{ $name }` is the truth; name one of the models: { $models }
check-models-are = the models are { $models }
check-no-outcome = there is no outcome named `{ $name }`
check-no-outcome-label = not an outcome of this lesson
check-outcomes-are = the outcomes are { $outcomes }

## Steps and questions
check-information-outcome = `information` needs an outcome
check-information-outcome-label = information of which outcome?
check-information-outcome-help = add outcome = "{ $outcome }"
check-which-model = `{ $quantity }` compares the truth with a model, but which one?
check-which-model-label = no model named
check-which-model-help = add model = "{ $model }" (the models are { $models })
check-hide-needs-question = `hide = true` needs a question to answer
check-hide-needs-question-label = hidden until what is answered?
check-hide-needs-question-help = add a [step.question] under this step, or remove `hide`
check-question-kind = { $place } has neither `choices` nor `quantity`
check-question-kind-label = what kind of question is this?
check-question-kind-help = a multiple-choice question has `choices` and `answer`; a numeric one names the `quantity` kltutor computes
check-two-choices = a multiple-choice question needs at least two choices
check-two-choices-label = too few choices
check-answer-not-choice = the answer `{ $answer }` is not among the choices
check-answer-not-choice-label = not one of the choices
check-choices-are = the choices are { $choices }
check-negative-tolerance = `tolerance` must not be negative
check-negative-tolerance-label = negative
check-infinite-answer = { $symbol } is infinite, so it cannot be a numeric answer
check-infinite-answer-label = infinite
check-infinite-answer-help = ask a multiple-choice question about it instead
check-answer-disagrees = the stated answer { $stated } disagrees with { $symbol } = { $value } { $unit }, which kltutor computes
check-answer-disagrees-label = differs by { $difference }, more than the tolerance { $tolerance }
check-answer-disagrees-help = write answer = { $value }, or remove `answer` and let kltutor compute it
check-mistake-not-applicable = the mistake `{ $mistake }` does not apply to this quantity
check-mistake-not-applicable-label = cannot be recognised here
check-mistake-not-applicable-help = `reversed` applies to kl and kl_reverse; `cross_entropy` to kl and cross_entropy
check-same-unit = the question is already in { $unit }
check-same-unit-label = same unit as the question

## Numbers and values (also in the tutor's input line)
number-empty = is empty
number-nan = is NaN, not a number
number-infinite = is infinite
number-zero-denominator = has a zero denominator
number-exponent-too-large = has an exponent beyond ±4000, which no probability needs
number-unparsable = is not a number (write a fraction like 1/8, a decimal like 0.125, or 1.25e-1)
value-not-a-number = value { $position } `{ $text }` { $error }
value-none = the distribution has no values
value-negative = value { $position } is negative ({ $value }); probabilities are ≥ 0
value-above-one = value { $position } is above 1 ({ $value }); probabilities are ≤ 1
value-sum-not-one = the values sum to { $sum } (≈ { $approx }), not 1
value-zero-total = the weights add up to 0, so they cannot be normalized
length-mismatch = has { $found } values but P has { $expected }; both must cover the same outcomes
unit-unknown = unknown unit `{ $unit }`: use bits, nats or hartleys
edit-all-others-locked = every other outcome is locked, so nothing can balance the change
edit-out-of-range = the value must lie between 0 and { $max } (what the locked outcomes leave)
edit-locked = this outcome is locked; unlock it to edit it
check-error = error

# [joint]: a joint distribution of two variables as a grid.
check-add-rows = name the values of the first variable, one per row, e.g. rows = ["rain", "dry"]
check-add-columns = name the values of the second variable, one per column, e.g. columns = ["umbrella", "none"]
check-add-joint-probs = add the grid, one array per row: probs = [[0.3, 0.1], [0.1, 0.5]]
check-type-grid = an array of rows, each an array of numbers
check-type-grid-row = one row: an array of numbers
check-joint-names-help = the joint distribution and the product of its marginals need different names
check-joint-too-small = the grid has { $rows } { $rows ->
        [one] row
       *[other] rows
    } and { $columns } { $columns ->
        [one] column
       *[other] columns
    }
check-joint-too-small-label = a second variable needs at least two values
check-joint-too-small-help = mutual information is shared between two variables: give at least 2 rows and 2 columns
check-joint-row-count = `probs` has { $found } rows but `rows` names { $rows } ({ $names })
check-joint-row-count-label = one row of values per name in `rows`
check-joint-row-count-help = write one array of values for each name in `rows`, in the same order
check-joint-ragged = the row `{ $row }` has { $found } values but there are { $columns } columns ({ $names })
check-joint-ragged-label = one value per column
check-joint-ragged-help = every row needs one probability for each name in `columns`, in the same order
check-joint-negative = the cell at row `{ $row }`, column `{ $column }` is negative ({ $value })
check-joint-sum = the cells sum to { $sum } (≈ { $approx }), not 1
check-joint-cell-twice-help = the cells are named "row, column"; choose row and column names that give every cell a different name
check-joint-instead = `{ $key }` is given by [joint] in this lesson
check-joint-instead-label = not used with [joint]
check-joint-instead-help = remove `{ $key }`: the outcomes are the cells of the grid, the truth is the joint distribution and the model the product of its marginals

# [bins] and densities.
check-add-bins = cut the densities into bins: [bins] with from = -4, to = 4, width = 0.5
check-bins-help = [bins] needs from < to and a width that divides to − from into 2 to 400 bins
check-bins-width = the bin width is { $width }; it must be > 0
check-bins-order = `to` ({ $to }) must be greater than `from` ({ $from })
check-bins-whole = a width of { $width } does not divide the range of { $range } into whole bins
check-bins-count = { $count } bins; a lesson has at most { $most }
check-bins-instead = `outcomes` is given by [bins] in this lesson
check-bins-instead-help = remove `outcomes`: with [bins] the outcomes are the bins, named by their centres
check-not-a-density = not a density
check-density-help = write normal(MEAN, SD) or mix(W1 normal(M1, S1), W2 normal(M2, S2), …) with weights summing to 1
check-density-and-probs = this distribution has both `density` and `probs`
check-density-and-probs-help = keep one: `density` for a curve cut into the lesson's [bins], `probs` for a discrete distribution
check-density-needs-bins = a `density` needs [bins] to be cut into
check-probs-with-bins = a discrete distribution in a lesson of densities
check-probs-with-bins-help = with [bins] every distribution is a density: write density = "normal(0, 1)" instead of `probs`

# [chart]: the family the chart runs along.
check-coin-outcomes = the coin family needs two outcomes; this lesson has { $count }
check-coin-outcomes-help = use family = "sweep" (one outcome's probability, the others rebalanced) or "path" (from the model to the truth)
check-what-family = chart family `{ $family }`
check-range-order = the range [{ $lo }, { $hi }] is empty: its first value must be the smaller
check-range-outside = the range [{ $lo }, { $hi }] reaches outside [0, 1]
check-range-shape = `range` must be two numbers
check-range-help = θ is a probability (or, on the path, a fraction of the way): write range = [0.05, 0.95] with 0 ≤ first < second ≤ 1
check-not-a-family = not a chart family
check-families-are = the families are { $list }
check-own-not-here = { $what } is not available in a lesson of a grid or of densities
check-own-not-here-help = such a lesson's distributions come from its grid or its densities; in a grid lesson use `vary = true` for fresh numbers
check-type-vary = `true` or a table such as { "{" } denominators = 16 { "}" }
check-vary-denominators = `denominators` must be a whole number, at least the number of outcomes ({ $count })
check-vary-denominators-help = write a whole number from { $count } to { $most }: the largest denominator of the drawn values
check-what-distribution = distribution `{ $name }`
check-vary-unsatisfiable = `vary` finds no numbers that keep this question meaningful, even after { $draws } draws
check-vary-unsatisfiable-help = a varied question needs models unlike the truth and, for a choice, no tie: allow larger `denominators`, keep fewer distributions, or write the question's numbers out
check-unknown-interpolation = `{ "{" }{ $name }{ "}" }` names no distribution of this question
check-interpolation-help = write `{ "{" }NAME{ "}" }` with one of { $names }, or `{ "{{" }` and `{ "}}" }` for braces
check-pick-needs-compare = `pick` says which end of a comparison is the answer, but nothing is compared
check-compare-help = add compare = "kl" (or entropy, cross_entropy, kl_reverse, js), and pick = "smallest" or "largest"
check-vary-stated-answer = a question with `vary` has new numbers at every try, so no answer can be written out
check-vary-stated-answer-help = remove `answer`: kltutor works it out for the numbers drawn
check-vary-needs-compare = a choice question with `vary` needs `compare`, to work out its answer for the numbers drawn
check-what-pick = pick `{ $word }`
check-choice-not-distribution = the choice `{ $choice }` names no distribution the question can compare
check-choice-not-distribution-help = with `compare`, each choice is the name of one of { $names }
check-choice-disagrees = the stated answer `{ $stated }` is not the one the comparison picks: `{ $right }`
check-choice-disagrees-label = not what these values give
check-choice-disagrees-help = write answer = "{ $right }", or remove `answer` and let kltutor work it out

## Warnings: questions an earlier page answers (see docs/lesson-format.md)
check-warning = warning
check-warnings = { $file }: { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
check-warnings-total = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
} (they fail the check with --deny-warnings)
check-warnings-denied = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}, and --deny-warnings makes warnings fail the check
leak-message = the answer to { $question }, { $answer }, is shown on { $page } ({ $what })
leak-question-step = the question of step { $number }
leak-question = question { $number }
leak-page-step = step { $number }
leak-page-question = question { $number }
leak-place = { $page } ({ $what })
leak-separator = {"; "}
leak-label = answered before it is asked
leak-label-also = answered before it is asked; also on { $places }
leak-label-also-more = answered before it is asked; also on { $places } and { $count ->
    [one] { $count } more place
   *[other] { $count } more places
}
leak-help = give the question numbers of its own, move what shows the answer after the question (predict, then reveal), or keep it hidden with `hide`
leak-what-text = its text
leak-what-prompt = { $on ->
    [step] its question
   *[question] its prompt
}
leak-what-hint = { $on ->
    [step] its question's hint
   *[question] its hint
}
leak-what-explanation = { $on ->
    [step] its question's explanation
   *[question] its explanation
}
leak-what-mistake = { $on ->
    [step] its question's feedback on a mistake
   *[question] its feedback on a mistake
}
leak-what-feedback = { $on ->
    [step] its question's feedback once answered
   *[question] its feedback once answered
}
leak-what-derivation = its derivation
leak-what-models = the models table
leak-what-ranking = the ranking line
leak-what-status = the status line
leak-what-notes = the notes under the working
leak-what-block = the “{ $title }” panel
leak-what-panel = the `{ $key }` panel
check-full-width = `{ $text }` is written with the full-width character { $character } ({ $code }): a lesson file needs ASCII digits and signs
check-full-width-label = full-width
check-full-width-help = write "{ $fixed }"
check-counts-help = these look like counts or weights: add `normalize = true` to this table to divide them by their sum, or write probabilities
check-percent-unquoted = a percentage must be quoted: `{ $text }` is not a TOML number
check-percent-unquoted-help = write "{ $number }%", in quotes
check-syntax-quote = text must be in quotes
check-syntax-quote-help = write it as "text" (a name, a value like "1/8" or "40%", a sentence)
check-syntax-comma = a comma is missing between two values of this list
check-syntax-comma-help = separate the values with commas: ["1/2", "1/4", "1/4"]
check-syntax-boolean = true and false are written in lower case, without quotes
check-syntax-boolean-help = write true or false
check-syntax-unclosed = a quote, bracket or brace opened here is never closed
check-syntax-unclosed-help = close it on the same line (or with """ for a text over several lines)
check-syntax-duplicate = this key is given twice in the same table
check-syntax-duplicate-help = keep one of them; a new [[step]], [[model]] or [[question]] starts a new table
check-question-hide-bool = a question's `hide` lists what it keeps off the screen; true or false is for a step
check-question-hide-bool-help = write hide = ["kl"] (any of information, entropy, cross_entropy, kl, kl_reverse, js, ranking), or put hide = true on the step that holds the question
check-choice-by-name = a choice question's answer is the choice itself, in quotes, not its number
check-choice-by-name-help = write answer = "{ $choice }"
check-answer-is-other = that is { $other }
check-densities-graded = note: numeric answers here are the densities' own values (closed form between normals, quadrature with a mixture), not the bins'
edit-out-of-range-free = the value must lie between 0 and 1
# A diagnostic's header: its severity (check-error, check-warning), then the message.
check-header = { $severity }:{ " " }
