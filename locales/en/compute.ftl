# `kltutor compute`: headings and notes of its report, and what it says about bad input.

## Headings (Markdown)
compute-heading = { $p } against its models
compute-heading-alone = { $p }: entropy and the information of each outcome

## Notes
compute-rounding-note = { $name }: the values sum to { $sum }, from rounding; normalised
compute-terms-left-out = With { $count } outcomes, each derivation shows its formula and total, not its terms.

## Bad values: "line 7: `0.3.1` is not a number …"
compute-bad-line = line { $line }: `{ $value }` { $reason }
compute-bad-value = value { $position } `{ $value }` { $reason }
compute-bad-value-labelled = value { $position } `{ $value }` (outcome `{ $outcome }`) { $reason }
compute-more-errors = and { $count } more
compute-reason-empty = is empty
compute-reason-nan = is NaN, not a number
compute-reason-infinite = is infinite
compute-reason-zero-denominator = has a zero denominator
compute-reason-exponent = has an exponent beyond ±4000, which no probability needs
compute-reason-not-a-number = is not a number (write a fraction like 1/8, a decimal like 0.125, or 1.25e-1)
compute-reason-negative = is negative; probabilities are ≥ 0
compute-reason-above-one = is above 1; probabilities are ≤ 1 (pass --normalize for weights or counts)

## Lists that are not distributions
compute-in-list = { $name }: { $message }
compute-sum-not-one = { $name }: the values sum to { $sum }, not 1, by more than the rounding of their digits explains; fix them or pass --normalize
compute-zero-total = { $name }: the weights add up to 0, so they cannot be normalized
compute-empty = { $name }: the distribution has no values
compute-lengths = { $name } has { $found } values but { $p } has { $expected }; both must cover the same outcomes

## Input too large to be a distribution
compute-place-line = line { $line }
compute-place-value = value { $position }
compute-too-many = more than { $max } values: pass a larger --max-outcomes if the list really is that long
compute-too-much-input = more than { $bytes } bytes of input for the values allowed; pass a larger --max-outcomes if the list really is that long
compute-value-too-long = { $place }: a value of more than { $max } characters

## Files and columns
compute-unreadable = cannot read values from `{ $path }`: { $error }
compute-stdin-unreadable = cannot read values from stdin: { $error }
compute-stdin-twice = only one list can be read from stdin (`-`)
compute-no-such-column = no column `{ $column }`; the columns are: { $columns }
compute-short-row = line { $line } has no column { $column }

## The command line
compute-labels-count = --labels names { $labels } outcomes but the distributions have { $count }
compute-names-count = --names gives { $names } names for { $count } distributions
