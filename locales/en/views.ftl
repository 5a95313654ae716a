# The chart and the library panel of the lesson view.
keys-panels = c chart, v libraries, w code words, i joint, d densities
keys-word-chart = chart
chart-title = Along θ, the model's probability of the selected outcome (c again: the path to the truth)
chart-now = { $q } now (θ = { $theta })
chart-x-axis = θ = { $q }({ $outcome })
tui-conventions-title = What the libraries return for P and Q (nats; `kltutor conventions` says why)
tui-conventions-more = calls { $first }–{ $last } of { $count }
tui-conventions-array = { $count } values
tui-codes-title = Code words built for { $p } and for { $q } (Huffman; one block per half bit)
tui-codes-code-of = { $name }'s code
tui-codes-lengths = Bits per symbol when the symbols come from { $p }: { $p }'s code { $own }, { $q }'s code { $other }.
tui-codes-extra = { $q }'s code costs { $extra } bits a symbol more. The ideal lengths log₂(1/q) cost exactly D({ $p }‖{ $q }) = { $kl } bits a symbol more than log₂(1/p); codes in whole bits come near that only on average over long blocks of symbols. `kltutor codes` shows Shannon's code too.
chart-title-path = Along the path { $q }θ = (1 − θ)·{ $q } + θ·{ $p }, from the model to the truth (c again: back)
