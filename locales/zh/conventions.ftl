# kltutor conventions：各个库的调用对 P 和 Q 返回什么，以及为什么。
conventions-title = 各个库对 P 和 Q 返回的值（与库一致，以奈特为单位；旁边附比特）
conventions-reference = { $symbol } = { $nats } 奈特（{ $bits } 比特）
conventions-value = → { $nats } 奈特（{ $bits } 比特）
conventions-matches = = { $symbol }
conventions-differs = ≠ { $symbol } = { $value }
conventions-column-code = 调用
conventions-column-nats = 奈特
conventions-column-bits = 比特
conventions-column-why = 原因
conventions-note-scipy-entropy = 以奈特为单位的 H(P)（传入 base=2 得到比特）。它先除以总和，所以计数可以直接用，但笔误也会被悄悄归一化，不给任何警告。
conventions-note-scipy-entropy-pq = 两个参数先被悄悄归一化，再算 D(P‖Q)，单位是奈特。应当用的就是这个调用：真实分布在前，模型在后。
conventions-note-scipy-swapped = 参数的顺序是（真实分布，模型）；顺序颠倒，算出的是另一个方向的散度 D(Q‖P)。
conventions-note-scipy-rows = 二维输入沿 axis=0（即按列）计算：每一列只有一个数，被单独归一化，所以每个结果都是 0（某个值为 0 的地方是 nan）。请传入一维数组；若每行是一个分布，请用 axis=1。
conventions-note-scipy-rel-entr = 逐项 p·ln(p/q)，由你自己求和：就是 D(P‖Q)，但不做归一化，所以输入必须已经加起来等于 1。
conventions-note-scipy-kl-div = 逐项 p·ln(p/q) − p + q：每一项都 ≥ 0；它们的和等于 D(P‖Q)，仅仅是因为两个输入的和都是 1。
conventions-note-torch-batchmean = input = log Q，target = P：Σ p·(ln p − ln q)，再除以批大小（这里只有一个样本）。应当用的就是这个调用。
conventions-note-torch-sum = 对整个批次求和：只有一个样本时与 'batchmean' 相同。
conventions-note-torch-mean = 默认的归约方式除以元素个数（批大小 × 类别数 = { $n }），而不是批大小，所以这里得到的是 D(P‖Q)/{ $n }。请用 reduction="batchmean"。
conventions-note-torch-log-target = 两个参数都是对数概率：Σ exp(ln p)·(ln p − ln q)。只要有一个结果的 p = 0，就会出现 0·(−∞) = nan。
conventions-note-torch-probabilities = 经典错误：该写 q.log() 的地方写了 q。它算的是 Σ p·ln p − Σ p·q = −H(P) − Σ p·q，通常是负数。请传入 q.log()。
conventions-note-torch-cross-entropy = 以概率作为目标：−Σ p·log_softmax(ln q) = H(P,Q)，因为 softmax(ln q) = q。对只有一个样本的批次取平均。
conventions-note-torch-probabilities-logits = 把概率 q 当作 logits 传入，它会再经过一次 softmax，所以损失衡量的是 softmax(q) 而不是 q。请传入 logits 或 q.log()。
conventions-note-torch-label-smoothing = 目标被与均匀分布混合：0.9·P + 0.1/{ $n }，所以损失是 0.9·H(P,Q) + 0.1·H(U,Q)，而不是 H(P,Q)。
conventions-note-torch-bce = 这 { $n } 个元素各自被当作一个是/否问题：对 −[p·ln q + (1 − p)·ln(1 − q)] 取平均。两个结果时它正好是 H(P,Q)。每个对数都被截断在 −100，所以 Q 中的一个 0 只付出 100·p 的代价，而不是 ∞。
conventions-note-keras-kl = 先把两个参数都截断到 [10⁻⁷, 1]，再算 Σ p·ln(p/q)：在 D(P‖Q) 为 ∞ 的地方，它返回一个很大的有限数，而且 p = 0 的结果也会被算进一点点。
conventions-note-keras-cce = 先把 q 重新缩放到和为 1，截断到 [10⁻⁷, 1 − 10⁻⁷]，再算 −Σ p·ln q：就是 H(P,Q)，但在本应为 ∞ 的地方也是有限的。
conventions-note-optax-kl = 与 PyTorch 一样，模型在前，并且是对数概率：Σ p·(ln p − ln q)；p = 0 的项记为 0，除非那里 q 也是 0（那时得到 nan）。
conventions-note-optax-cross-entropy = logits 与概率标签：−Σ p·log_softmax(ln q) = H(P,Q)。如果把概率当作 logits 传入，就会像 PyTorch 那样经过两次 softmax。
conventions-note-sklearn-log-loss = 它本是为观测到的标签设计的：把每个结果当作一个标签、以 p 为权重，得到的就是 H(P,Q)。它把 q 截断到 [ε, 1 − ε]（ε ≈ 2.2·10⁻¹⁶），所以一个 0 只付出约 36 奈特而不是 ∞；y_pred 中和不为 1 的行不会被重新缩放，只会给出警告。
conventions-matches-uniform = = { $symbol }，只因 P 是均匀分布
conventions-matches-smoothing = = { $symbol }，只因这里 H(U,Q) = H(P,Q)
conventions-note-torch-probabilities-mean = 经典错误最常见的写法：该写 q.log() 的地方写了 q，又用了默认的归约方式 'mean'，除以 { $n } 个元素。它算的是 (Σ p·ln p − Σ p·q)/{ $n }：是负数，既不是 D(P‖Q)，也不是它的固定比例。请传入 q.log() 并用 reduction="batchmean"。
# 表格最后一列：调用的结论（= D(P‖Q)、≠ …）与原因，用全角冒号隔开。
conventions-why = { $verdict }：{ $note }
