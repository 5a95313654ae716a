# `kltutor check`: problems found in a lesson file.
check-unknown-lang = kltutor has no catalog for the language `{ $tag }`
check-unknown-lang-label = not a language kltutor speaks
check-unknown-lang-help = the languages are { $tags }; leave `lang` out to use the reader's own
