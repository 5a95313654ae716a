# The chart and the library panel of the lesson view.
keys-panels = c: chart over the selected probability; v: library calls
keys-word-chart = chart
chart-title = Along θ, the model's probability of the selected outcome
chart-now = { $q } now (θ = { $theta })
chart-x-axis = θ = { $q }({ $outcome })
tui-conventions-title = What the libraries return for P and Q (nats; `kltutor conventions` says why)
tui-conventions-more = calls { $first }–{ $last } of { $count }
tui-conventions-array = { $count } values
