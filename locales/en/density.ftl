# compute with densities: normal(mean, sd) and mixtures of normals.
density-title = { $p } and its models: densities
density-given-heading = The densities
density-entropy-heading = Differential entropy of the truth
density-model-heading = { $p } against { $q }
density-bins-heading = From bins to densities: { $p } and { $q } cut into bins of width Δ
density-bins-count = bins
density-fit-heading = Fitting one normal to { $p }, both ways
density-fit-forward = Forward, minimising D(P‖Q): N({ $mean }, { $sd }), by moment matching (P's own mean and sd). It spreads over every mode.
density-fit-reverse = Reverse, minimising D(Q‖P): N({ $mean }, { $sd }), found numerically (Nelder–Mead, { $iterations } iterations). It locks onto one mode.
density-fit-reverse-bound = Reverse, minimising D(Q‖P): N({ $mean }, { $sd }), the best point after the bound of { $iterations } iterations (the search had not settled).
density-fit-forward-name = forward fit
density-fit-reverse-name = reverse fit
density-quadrature-converged = (adaptive quadrature, error ≤ { $error })
density-quadrature-bound = (adaptive quadrature stopped at its bound on intervals; estimated error { $error })
density-teaching = What is new with densities: the differential entropy h can be negative (a normal narrower than sd ≈ 0.242 has h < 0 nats), because a density is not a probability. KL stays ≥ 0 and does not change when both distributions are shifted or rescaled together: it compares shapes, not units.
density-fit-teaching = This is the picture behind variational inference and VAEs: they fit Q by minimising D(Q‖P), the reverse direction, which is why their approximations tend to sit on one mode and underestimate spread. Maximum likelihood minimises D(P‖Q), the forward direction, and covers every mode.
density-parameter-mean = mean
density-parameter-sd = sd
density-parameter-weight = weight
density-place-component = component { $component }'s { $parameter }
density-error-syntax = { $name }: `{ $found }` is not a density; write normal(MEAN, SD) or mix(W1 normal(M1, S1), W2 normal(M2, S2), …)
density-error-number = { $name }: the { $place } `{ $text }` { $problem }
density-error-not-finite = { $name }: the { $place } `{ $text }` is too large to be finite
density-error-sd = { $name }: the { $place } is { $text }; a standard deviation must be > 0
density-error-negative-weight = { $name }: the { $place } is { $text }; mixture weights must be ≥ 0
density-error-weights-sum = { $name }: the mixture weights sum to { $sum }, not 1; fix them or pass --normalize
density-error-too-many = { $name }: the mixture has { $count } components; kltutor takes at most { $most }
density-error-zero-weights = { $name }: the mixture weights add up to 0, so they cannot be normalized
density-error-mixed-kinds = { $name } is `{ $found }`, a list of probabilities, while another distribution is a density; compare densities with densities
density-closed-form = (closed form)
density-quadrature-unresolvable = (no value: the densities are narrower than a float can resolve where they lie)
# How densities are written for the reader: "normal" for normal(0, 0.2) and mix(…), "N" for the
# textbook's N(0, 0.2²) and 0.5 N(−2, 0.6²) + 0.5 N(2, 0.6²). Both are read in every language.
density-notation = normal
