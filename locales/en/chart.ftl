# Curves over a parameter, in handouts.
chart-heading = Along a family of models
chart-caption-sweep = { $q }_θ: θ the probability of { $outcome }, the other outcomes rescaled to make room: how each measure changes as the model moves.
chart-caption-coin = { $q }_θ = (θ, 1 − θ), θ the probability of { $outcome }: how each measure changes as the model moves.
chart-caption-path = { $q }_θ = (1 − θ)·{ $q } + θ·{ $p }: the path from the model (θ = 0) to the truth (θ = 1).
chart-legend-current = ┆ the model { $q } (θ = { $theta }); ^ beyond the top of the axis ({ $top })
chart-axes = x: { $x } · y: { $y }
