# `kltutor progress` and the progress file.
progress-no-folder = no state folder: set HOME or XDG_STATE_HOME
progress-warning = warning: { $warning }
progress-none = No progress yet. It will be kept in { $path }
progress-started = started
progress-completed = completed
progress-line = page { $page }/{ $pages } · { $right } of { $questions } right first time
progress-kept-in = Kept in { $path }
progress-reset-needs-terminal = refusing to reset without a terminal to ask; pass --yes
progress-reset-ask = Forget all progress in { $path }? [y/N]
progress-unchanged = Nothing was changed.
progress-cleared = Progress cleared.
progress-cannot-remove = cannot remove { $path }: { $error }
progress-unreadable = cannot read progress from { $path }: { $error }
progress-corrupt-moved = progress file was unreadable ({ $error }); kept it as { $path } and started afresh
progress-corrupt-stuck = progress file is unreadable ({ $error }) and could not be moved aside: { $reason }
progress-skills = Skills: { $count } reviewed, { $due } due now
progress-skill-due = due now
progress-skill-learning = learning
progress-skill-mastered = mastered
progress-skill-line = due { $due } · { $reviews ->
    [one] { $reviews } review
   *[other] { $reviews } reviews
} · { $rate }% right first time · stability { $stability } days
progress-skill-question = question { $number }
