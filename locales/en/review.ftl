# Spaced review: skills asked again when due, with fresh numbers.
review-title = Review
review-summary = The questions and topics due again: what you missed comes back sooner, with fresh numbers.
review-origin = due skills
review-entry = Review · { $count } due
review-question = { $title }, question { $number }
review-topic = Practice · { $topic }
review-nothing-due = Nothing is due for review. The next skill is due on { $date }.
review-no-skills = Nothing to review yet: answer some questions first, in a lesson or in practice.
review-mastered = { $count } mastered
review-header = Review · { $at } of { $count } · { $name }
review-next = n: the next skill due
review-summary-header = what changed
review-summary-title = Reviewed
review-summary-none = Nothing was reviewed this time.
review-summary-score = { $right } of { $reviewed } right at the first try.
review-recall-good = right first time
review-recall-hard = right after a wrong try
review-recall-again = missed
review-stronger = stronger
review-weaker = needs work
review-summary-line = { $name }: { $how }, { $change } ({ $before } → { $after } days), due { $due }
review-summary-left = { $count ->
    [one] { $count } skill is still due.
   *[other] { $count } skills are still due.
}
