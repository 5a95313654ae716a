# kltutor conventions: what each library call returns for P and Q, and why.
conventions-title = What the libraries return for P and Q (nats, as they give them; bits beside)
conventions-reference = { $symbol } = { $nats } nats ({ $bits } bits)
conventions-value = → { $nats } nats ({ $bits } bits)
conventions-matches = = { $symbol }
conventions-differs = ≠ { $symbol } = { $value }
conventions-column-code = call
conventions-column-nats = nats
conventions-column-bits = bits
conventions-column-why = why
conventions-note-scipy-entropy = H(P) in nats (pass base=2 for bits). It divides by the sum first, so counts work, and so does a typo, rescaled without a warning.
conventions-note-scipy-entropy-pq = D(P‖Q) in nats, after normalising both arguments silently. The call to use: truth first, model second.
conventions-note-scipy-swapped = The arguments are (truth, model): swapped, this is D(Q‖P), the other divergence.
conventions-note-scipy-rows = A 2-D input is read along axis=0, down the columns: each one-row column is normalised on its own, so every outcome gives 0 (or nan where a value is 0). Pass 1-D arrays, or axis=1 for one distribution per row.
conventions-note-scipy-rel-entr = The terms p·ln(p/q), summed by you: D(P‖Q), with no normalisation, so the inputs must already sum to 1.
conventions-note-scipy-kl-div = The terms p·ln(p/q) − p + q: each is ≥ 0, and their sum is D(P‖Q) only because both inputs sum to 1.
conventions-note-torch-batchmean = input = log Q, target = P: Σ p·(ln p − ln q), divided by the batch size (one example here). The call to use.
conventions-note-torch-sum = The sum over the whole batch: the same as 'batchmean' for a single example.
conventions-note-torch-mean = The default reduction divides by the number of elements (batch × classes = { $n }), not by the batch size, so it is D(P‖Q)/{ $n } here. Use reduction="batchmean".
conventions-note-torch-log-target = Both arguments as log-probabilities: Σ exp(ln p)·(ln p − ln q). An outcome with p = 0 gives 0·(−∞) = nan.
conventions-note-torch-probabilities = The classic mistake: q where q.log() belongs. It computes Σ p·ln p − Σ p·q = −H(P) − Σ p·q, which is usually negative. Pass q.log().
conventions-note-torch-cross-entropy = Probabilities as targets: −Σ p·log_softmax(ln q) = H(P,Q), because softmax(ln q) = q. Averaged over a batch of one.
conventions-note-torch-probabilities-logits = The probabilities q passed as logits are put through softmax again, so the loss is measured against softmax(q), not q. Pass logits, or q.log().
conventions-note-torch-label-smoothing = The targets are mixed with the uniform distribution, 0.9·P + 0.1/{ $n }, so the loss is 0.9·H(P,Q) + 0.1·H(U,Q), not H(P,Q).
conventions-note-torch-bce = Each of the { $n } entries is its own yes/no: the mean of −[p·ln q + (1 − p)·ln(1 − q)]. For two outcomes that is H(P,Q). Every log is clamped at −100, so a zero in Q costs 100·p, not ∞.
conventions-note-keras-kl = Clips both arguments to [10⁻⁷, 1] before Σ p·ln(p/q): where D(P‖Q) is ∞ it returns a large finite number, and outcomes with p = 0 still count a little.
conventions-note-keras-cce = Rescales q to sum to 1, clips it to [10⁻⁷, 1 − 10⁻⁷], then −Σ p·ln q: H(P,Q), finite even where it should be ∞.
conventions-note-optax-kl = Model first, as log-probabilities, like PyTorch: Σ p·(ln p − ln q), with p = 0 counted as 0 unless q is 0 there too (then nan).
conventions-note-optax-cross-entropy = Logits and probability labels: −Σ p·log_softmax(ln q) = H(P,Q). Probabilities passed as logits would be softmaxed twice, as in PyTorch.
conventions-note-sklearn-log-loss = Made for observed labels: each outcome as a label weighted by p gives H(P,Q). It clips q to [ε, 1 − ε] (ε ≈ 2.2·10⁻¹⁶), so a zero costs about 36 nats instead of ∞; rows of y_pred that do not sum to 1 are not rescaled, only warned about.
conventions-matches-uniform = = { $symbol } only because P is uniform
conventions-matches-smoothing = = { $symbol } only because H(U,Q) = H(P,Q) here
conventions-note-torch-probabilities-mean = The classic mistake as it is usually written: q where q.log() belongs, and the default reduction 'mean', which divides by the { $n } elements. It computes (Σ p·ln p − Σ p·q)/{ $n }: negative, and neither D(P‖Q) nor a fixed fraction of it. Pass q.log() and reduction="batchmean".
# A call's verdict (= D(P‖Q), ≠ …) and why, in the Markdown table's last column.
conventions-why = { $verdict }: { $note }
