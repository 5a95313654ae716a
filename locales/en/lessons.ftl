# `kltutor lessons`, `check`, `explain`, `new` and the tutor's start: what the commands print.
lessons-builtin = built-in
lessons-invalid = (invalid: { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}; run `{ $check }`)
lessons-other-language = Lessons in other languages:
lessons-own-folder = Your own lessons go in { $path }
lessons-no-such-lesson = no lesson `{ $name }`: name a lesson file, or a built-in lesson (see `kltutor lessons`)
lessons-no-such-lesson-near = no lesson `{ $name }`: did you mean `{ $near }`? (`kltutor lessons` lists them all)
lessons-not-valid = { $lesson } is not a valid lesson
check-ok = ok: { $lesson } — { $title } ({ $steps ->
    [one] { $steps } step
   *[other] { $steps } steps
}, { $questions ->
    [one] { $questions } question
   *[other] { $questions } questions
})
check-failed = { $failed } of { $count } lesson files invalid
new-wrote = wrote { $path }
    edit it, then run `kltutor check { $path }` and open it with `kltutor { $path }`
new-exists = { $path } already exists; kltutor new never overwrites a file
new-cannot-create = cannot create { $path }: { $error }
new-cannot-write = cannot write { $path }: { $error }
tutor-needs-terminal = the tutor needs a terminal; for scripts use `kltutor compute`, `explain` or `check`
command-error = error: { $message }
command-cannot-write = cannot write the output: { $error }
man-wrote = wrote { $path }
man-cannot-write = cannot write the manual pages into { $dir }: { $error }

check-all-ok = { $count ->
        [one] checked: no problems
       *[other] all { $count } checked: no problems
    }
check-watching = watching { $count ->
        [one] { $count } file
       *[other] { $count } files
    } for changes; Ctrl-C stops
check-watch-failed = cannot watch the files: { $error }
explain-stale = { $count ->
    [one] note: the stated answer on line { $lines } of { $file } does not match the values; the handout shows kltutor's
   *[other] note: the stated answers on lines { $lines } of { $file } do not match the values; the handout shows kltutor's
}
# The first line of a built-in lesson's saved copy, a comment: the number the reader saw.
lesson-copy-header = Your copy of lesson { $number } of the built-in course ({ $id }).
