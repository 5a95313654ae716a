# The command line's help (`kltutor --help`), built from these messages at run time.
cli-about = A terminal tutor for entropy, cross-entropy and Kullback–Leibler divergence
cli-lesson = A lesson to open: a built-in lesson's id or number, or a lesson file
cli-lesson-dirs = Also list the lessons in this folder (repeatable)
cli-seed = Draw the numbers of questions that vary from this seed, the same at every run (default: each lesson's own, so a class meets the same numbers)
cli-lang = The language of the interface: en or zh (default: a lesson's own language, else the locale's)
cli-compute = Work out entropy, cross-entropy, KL and JS divergence of P against one or more models
cli-compute-p = The true distribution P: values, @FILE[:COLUMN], or - for stdin
cli-compute-q = A model Q of P, in the same form; repeat for several models, which are then ranked. Without one, H(P) and each outcome's information are shown
cli-compute-joint = A joint distribution of X (rows) and Y (columns): rows of values separated by `;` (or @FILE / - with one row per line). Prints the marginals, H(X), H(Y), H(X,Y), the conditional entropies and the mutual information I(X;Y) = D(P(x,y) ‖ P(x)P(y))
cli-labels = Names of the outcomes, comma-separated
cli-compute-names = Names of P and then each model, comma-separated (default: P, Q or Q1, Q2, ...)
cli-compute-unit = The unit of information: the base of the logarithm
cli-normalize = Rescale weights or counts to sum to 1 (1,3 becomes 1/4,3/4)
cli-precision = Decimal places shown in text and Markdown
cli-format = Output format
cli-compute-max-outcomes = Refuse a list of more values than this (a guard against endless input)
cli-compute-after = Values are fractions (1/8), decimals (0.125), scientific notation (1.25e-1) or percentages (12.5%), separated by commas, spaces or newlines. They are held exactly, so 0.1,0.2,0.7 sums to exactly 1; values whose sum differs from 1 only by the rounding of their last digits (at most 1e-9) are divided by their exact sum, with a note.
    
    Densities: normal(MEAN, SD) or N(MEAN, SD²), and mixtures mix(0.5 normal(-2, 0.6), 0.5 normal(2, 0.6)) or 0.5 N(-2, 0.6²) + 0.5 N(2, 0.6²).
    
    Files: @FILE reads a file, - reads stdin; # starts a comment. @FILE:COLUMN (or -:COLUMN) reads one column of a CSV file, by its header or its number from 1.
    
    Examples:
      kltutor compute -p 1/2,1/2 -q 1/4,3/4 -q 1/8,7/8 --labels heads,tails
      kltutor compute -p 1/2,1/4,1/4
      kltutor compute -p @counts.csv:observed -q @counts.csv:expected --normalize
    
    Exit status: 0 success, 1 invalid distribution, 2 usage error.
cli-conventions = Show what scipy, PyTorch, Keras, optax and scikit-learn return for P and Q, call by call
cli-conventions-after = Each value is worked out from the library's documented definition, in float64 and in nats as the libraries give them (bits beside); no Python runs.
    
    Example:
      kltutor conventions --p 1/2,1/2 --q 1/4,3/4
    
    Exit status: 0 success, 1 invalid distribution, 2 usage error.
cli-pair-p = The true distribution P (the target, where the symbols come from): values as in `compute`
cli-pair-q = The model Q (the prediction, whose code is used), over the same outcomes
cli-codes = Show KL as extra bits: Huffman and Shannon code words for P and for Q, and their lengths
cli-codes-after = Example:
      kltutor codes --p 1/2,1/4,1/8,1/8 --q 1/8,1/8,1/4,1/2
    
    Exit status: 0 success, 1 invalid distribution, 2 usage error.
cli-lessons = List the built-in course and your own lessons
cli-check = Check lesson files and report every problem, with its line and column
cli-check-files = Lesson files (or built-in lesson ids)
cli-check-watch = Check again after every save, showing the fresh result, until interrupted
cli-check-deny-warnings = Fail (exit status 1) on warnings too, such as a question an earlier page answers
cli-find-lesson-dirs = Also find lesson ids in this folder (repeatable)
cli-explain = Print a lesson worked out in full, every derivation included: a handout for a class
cli-explain-lesson = A built-in lesson's id or number, or a lesson file
cli-new = Write a commented starter lesson to FILE (never overwrites)
cli-new-file = Where to write the starter lesson
cli-schema = Print the JSON Schema of the lesson format, for editors
cli-practice = Practise: endless fresh exercises with small fractions, scored by the first try
cli-practice-topic = One kind of exercise: information, entropy, cross-entropy, kl, kl-reverse, closer, js or units (default: every kind, at random)
cli-practice-seed = Start from this seed, for the same exercises every time
cli-review = Review the skills due: what you missed comes back sooner, with fresh numbers
cli-progress = Show what you have done: lessons, questions answered, each skill's next review
cli-progress-reset = Forget all progress (asks first)
cli-progress-yes = With --reset: do not ask
cli-completions = Print a completion script for a shell, to be sourced or saved where the shell looks
cli-completions-shell = The shell
cli-completions-after = Examples:
      source <(kltutor completions bash)                       # this bash session
      kltutor completions bash > ~/.local/share/bash-completion/completions/kltutor
      kltutor completions zsh > ~/.zfunc/_kltutor              # with fpath+=~/.zfunc
      kltutor completions fish > ~/.config/fish/completions/kltutor.fish
cli-man = Print the manual page (roff), or write a page for every command into a folder
cli-man-out = Write kltutor.1 and a page for each subcommand (kltutor-compute.1, ...) into DIR
cli-man-after = Example:
      kltutor man > ~/.local/share/man/man1/kltutor.1
cli-help = Print help
cli-version = Print version
cli-help-command = Print this message or the help of the given subcommand(s)
cli-heading-usage = Usage:{ " " }
cli-heading-arguments = Arguments:
cli-heading-options = Options:
cli-heading-commands = Commands:
# After an argument's help: its default and the values it takes.
cli-default = { " " }[default: { $value }]
cli-possible = { " " }[possible values: { $values }]
