# kltutor codes：把 KL 散度看作用错编码多付出的比特。
codes-title = 码长：把 D(P‖Q) 看作多付出的比特
codes-words-heading = 码字：为 Q 设计的最优编码给 x 的码字长约 −log₂ q(x) 比特（ε 表示空码字，— 表示没有码字）
codes-bars-heading = 把码字画成长条，每个方块代表半个比特：P 的编码对比 Q 的编码
codes-lengths-heading = 符号真正来自 P 时，每个符号平均需要的比特数
codes-column-outcome = 结果
codes-column-huffman-p = P 哈夫曼码
codes-column-huffman-q = Q 哈夫曼码
codes-column-shannon-p = P 香农码
codes-column-shannon-q = Q 香农码
codes-column-ideal = 理想长度 −log₂
codes-column-shannon = 香农码 ⌈−log₂⌉
codes-column-huffman = 哈夫曼码
codes-row-p-code = P 的编码
codes-row-q-code = Q 的编码
codes-row-extra = 多付出的比特
codes-summary = 用为 Q 设计的编码来编码来自 P 的符号，在理想码长下每个符号要多付出 D(P‖Q) = { $kl } 比特：平均长度是 H(P,Q) = { $cross }，而不是 H(P)。香农码的整数码长比理想长度多出不到一个比特，所以编码 P 的符号时每个符号要花 H(P,Q) 到 H(P,Q) + 1 比特；哈夫曼码对 Q 自己的符号最短，编码 P 的符号时却没有这样的界。
codes-summary-infinite = Q 给 P 会产生的某个结果分配了概率 0，所以 Q 的编码里根本没有它的码字：多付出的比特和 D(P‖Q) 一样，是无穷大。
codes-labels-count = --labels 给出了 { $labels } 个结果的名字，但分布有 { $outcomes } 个结果
