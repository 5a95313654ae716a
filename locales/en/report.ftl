# Handouts (`kltutor explain`) and the prose shared with `compute`: headings, sentences.

## Headings
report-step-by-step = Step by step
report-step = Step { $number }
report-all-numbers = All the numbers
report-questions = Questions
report-answers = Answers
report-against = { $p } against { $q }
report-ranking = Ranking
report-joint = The grid worked out: mutual information of X (rows) and Y (columns)
report-densities = The densities themselves: { $p } against each model

## Questions and answers
report-question = Question: { $question }
report-question-in-unit = { $prompt } (in { $unit })
report-answer = { $answer }.
report-answer-explained = { $answer }. { $explanation }
report-outcome-term = The { $outcome } term: { $terms }

## Sentences about the numbers
report-ranking-closer = { $a } is closer to { $p } than { $b }: { $a_value } < { $b_value } { $unit }
report-ranking-equal = { $a } and { $b } are equally close to { $p }: { $value } { $unit }
report-ranking-infinite = { $a } and { $b } are both infinitely far from { $p }: each gives probability 0 to an outcome { $p } allows
report-ranking-order = { $sentence }; closest first: { $order }
report-infinite = { $symbol } is infinite: { $q } gives `{ $outcome }` probability 0 where { $p } does not, so a code built for { $q } has no codeword for it.
report-outcome-count = { $count ->
    [one] { $count } outcome
   *[other] { $count } outcomes
}
report-question-values = { $question } (with { $values })
report-zero-convention = 0·log 0 = 0 by convention: an outcome of probability 0 adds 0.
report-infinite-information = { $symbol } is infinite: { $p } gives `{ $outcome }` probability 0, and an outcome that cannot happen would be infinitely surprising.
