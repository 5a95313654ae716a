# Bounds on what a lesson file may ask of kltutor.
check-too-many-choices = a question offers at most { $most } choices
check-too-many-choices-label = { $count } choices
check-too-many-choices-help = the tutor answers with the keys 1 to 9: split the question, or drop choices
check-choice-twice = the choice `{ $choice }` is offered twice
check-choice-twice-label = already a choice
check-too-many-digits = `{ $text }` has more than { $most } digits in its numerator or denominator
check-too-many-digits-label = too long to work with exactly
check-too-many-digits-help = round it, or write it as a shorter fraction: no lesson needs more precision
check-not-a-file = not a regular file (a folder, a pipe or a device)
check-not-a-file-help = name a lesson file (.toml)
check-and-more = … and { $count } more problems
