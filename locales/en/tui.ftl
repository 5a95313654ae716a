# The terminal tutor: titles, status lines, feedback. Titles are padded by the code.

## The lesson browser
tui-browser-header = lessons
tui-browser-count = { $count ->
    [one] { $count } lesson
   *[other] { $count } lessons
}
tui-browser-title = Lessons
tui-browser-other-language = Lessons in other languages
tui-browser-invalid = (invalid)
tui-browser-completed = completed, { $right } of { $questions } right first time
tui-browser-progress = page { $page }/{ $pages }, { $right } of { $questions } right first time
tui-broken-title = This lesson has problems (any key closes)
tui-too-small = Enlarge the terminal to { $size }
tui-too-small-now = (it is { $size } now)

## The lesson view
tui-page-step = Step { $number }/{ $count }
tui-page-question = Question { $number }/{ $count }
tui-page-lesson = Lesson
tui-page-answered = { $answered }/{ $count } answered, { $right } right first time
tui-no-steps = This lesson has no steps: explore the numbers freely.
tui-question = Question: { $prompt }
tui-press-a = Press a to answer, in { $unit }.
tui-hint = Hint: { $hint }
tui-no-hint = This question has no hint.
tui-distributions = Distributions
tui-step-by-step = Step by step
tui-models-title = Models, closest first
tui-models-title-plain = Models
tui-models-model = model
tui-information-title = Information of each outcome
tui-terms-title = Terms of { $symbol }
tui-hidden-result = answer the question to reveal it
tui-lines-shown = { $first }–{ $last } of { $count }
tui-hidden-terms = hidden until you answer the question
tui-problems-title = The file has problems: the last good version stays until they are fixed
tui-input-value = { $distribution } of { $outcome } =
tui-input-answer = your answer:
tui-answered-right = You answered this right in an earlier session.

## The help overlay
tui-help-title = Keys
tui-help-close = any other key closes this help; ↑↓ scroll it
tui-copy-hint = The mouse is left to the terminal: select text to copy it.

## Status lines
tui-step-size = ↑↓ now change by { $step }
tui-locked = { $outcome } is locked: edits elsewhere leave it alone
tui-unlocked = { $outcome } is unlocked
tui-reset = reset to the lesson's values
tui-reloaded = reloaded { $path }
tui-saved = saved to { $path }
tui-saved-copy = built-in lessons are read-only; saved a copy to { $path }
tui-saved-but-invalid = { $saved }; it no longer passes check: update it to the new values
tui-answers-stale = { $count ->
    [one] the stated answer on line { $lines } does not match these values: update it (kltutor check names it)
   *[other] the stated answers on lines { $lines } do not match these values: update them (kltutor check lists them)
}
tui-then = { $first }; { $then }
tui-not-saved = not saved: { $error }
tui-no-lesson-folder = no lesson folder: set HOME or XDG_DATA_HOME
tui-progress-not-saved = could not save progress to { $path }: { $error }

## Grading an answer
grade-right = Right: { $answer }.
grade-too-high = Not quite: that is too high. Try again, ask for the hint (H) or give up (g).
grade-too-low = Not quite: that is too low. Try again, ask for the hint (H) or give up (g).
grade-choice-wrong = Not that one. Pick again, ask for the hint (H) or give up (g).
grade-mistake = Not quite. { $feedback }
grade-wrong-unit = The question asks for { $unit }, not { $written }: write the value in { $unit }.
grade-revealed = The answer: { $answer }.
grade-explained = { $verdict } { $explanation }
grade-not-numeric = this question is multiple choice
number-invalid = `{ $text }` { $error }

## Saving edited values into a lesson file
save-unparsable = the file no longer parses: { $error }
save-no-density = no `density` in the table
save-no-table = no { $table } table
save-no-probs = a `probs` list is missing
save-models-changed = the file's models changed since it was loaded
save-outcomes-changed = the file's outcomes changed since it was loaded

## The summary after a lesson's last page
tui-summary-header = summary
tui-summary-title = Lesson finished
tui-summary-score = { $right } of { $questions } right first time.
tui-summary-no-questions = This lesson asks no questions.
tui-summary-missed = Not right first time:
tui-summary-revealed = (given up)
tui-summary-later = (right after { $attempts } tries)
tui-summary-unanswered = (not answered yet: r asks it)
tui-summary-next = Next: { $title }
tui-summary-last = That was the last lesson.
tui-more-below = ↓ { $count } more

tui-changed-on-disk = the file changed on disk; your edits are kept: R reloads it (dropping them), s saves them into it
tui-saved-fractions = some values have no exact decimal form and were written as fractions
tui-undone = undone
tui-redone = redone
tui-nothing-to-undo = nothing to undo
tui-nothing-to-redo = nothing to redo
tui-unsaved = unsaved edits
tui-confirm-leave = Save your edits to { $file }?
save-cannot-read = cannot read the file: { $error }
save-cannot-write = the file was left as it was: { $error }
save-read-only = the file is read-only
tui-more-above = ↑ { $count } more
tui-browser-your-copy = your copy of the built-in lesson, saved in { $path }

# The joint panel of a grid lesson.
tui-joint-title = The joint distribution · I(X;Y) = D(P(x,y) ‖ P(x)P(y)) · PgDn/PgUp scroll
tui-no-grid = This lesson has no joint distribution to show: the lesson mutual-info has one (press i there)
tui-product-follows = { $model } is the product of the marginals of { $truth } and follows it: edit { $truth } instead (Tab)

# The density panel of a lesson with [bins].
tui-measures-hidden = The measures stay hidden until the questions they would answer, on this page or ahead, are answered.
tui-density-keys = ←→ mean  ↑↓ sd  = type
tui-density-working = Between the densities · PgDn/PgUp scroll
tui-density-type-it = Only a single normal moves with the arrows: press = and type a new density, e.g. normal(0, 1)
tui-sd-positive = A standard deviation must stay > 0: take a smaller step with [
tui-density-now = { $name } = { $density }
tui-bins-follow = The bins follow the densities: press d and move a density with ←→ (mean) and ↑↓ (sd), or type one with =
tui-no-densities = This lesson has no densities to draw: the lesson normal-distributions has them (press d there)
tui-input-density = New density for { $distribution }, e.g. normal(0, 1):
tui-panel-waits = This panel would answer a question, on this page or ahead: answer it first (or g to give up), then open it
tui-density-step-size = ←→ and ↑↓ now move the mean and sd by { $step }
grade-auto-reversed = That is { $symbol }: the divergence the other way round.
grade-auto-unit = That is { $symbol } in { $unit }: mind the base of the logarithm.
grade-auto-cross-for-kl = That is the cross-entropy { $symbol }: the divergence takes the entropy off it.
grade-auto-kl-for-cross = That is { $symbol } alone: the cross-entropy adds the entropy to it.
grade-auto-sign = Mind the sign: { $symbol } is never negative (log 1/p = −log p).
tui-values-fixed = The values stay as they are until the question is answered or given up (g): they are what it is graded on.
tui-edits-set-aside = This question is about the lesson's values as written; your edits come back on the steps.
tui-numbers-fixed = This question's numbers are written in the lesson: they stay the same.
tui-answer-first = Answer this one first, or give up (g); then N asks again with fresh numbers.
tui-fresh-numbers = Fresh numbers: the same question, asked again.
tui-choose-with-digits = Pick an answer with its number, 1 to 9.
tui-at-bound = { $outcome } is already as far as it can go: nothing changed.
grade-auto-bins = That is { $symbol } of the bins: the question asks for the densities' own, which the bins only approach.
tui-input-empty = type a value first: a fraction like 1/8, a decimal like 0.125, or a percentage like 12.5%
tui-confirm-leave-builtin = “{ $title }” is built in and read-only: save your edits as a copy in { $path }?
# Under an infinite cross-entropy: the entropy, and the divergence that is infinite.
tui-decomposition-infinite = { $h } = { $value } { $unit }, { $d } = ∞
# Lines of text scrolled out of a panel, above and below.
tui-more-lines-above = ↑ { $count } more
tui-more-lines-below = ↓ { $count } more
grade-auto-entropy-for-cross = That is { $symbol }, the cost of P's own code: the cross-entropy adds what the wrong code costs on top.
