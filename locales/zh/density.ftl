# compute 处理概率密度：正态分布 N(μ, σ²)（μ 为均值，σ 为标准差）以及正态分布的混合（加权和）。
density-title = { $p } 及其模型：概率密度
density-given-heading = 这些概率密度
density-entropy-heading = 真实分布的微分熵
density-model-heading = { $p } 对 { $q }
density-bins-heading = 从区间到密度：把 { $p } 和 { $q } 切成宽度为 Δ 的区间
density-bins-count = 区间数
density-fit-heading = 用一个正态分布从两个方向拟合 { $p }
density-fit-forward = 正向，最小化 D(P‖Q)：N({ $mean }, { $sd }²)，用矩匹配得到（就是 P 自己的均值和标准差）。它铺开覆盖所有的峰。
density-fit-reverse = 反向，最小化 D(Q‖P)：N({ $mean }, { $sd }²)，用数值方法求得（Nelder–Mead，{ $iterations } 次迭代）。它锁定在其中一个峰上。
density-fit-reverse-bound = 反向，最小化 D(Q‖P)：N({ $mean }, { $sd }²)，这是到达 { $iterations } 次迭代上限时最好的点（搜索尚未收敛）。
density-fit-forward-name = 正向拟合
density-fit-reverse-name = 反向拟合
density-quadrature-converged = （自适应数值积分，误差 ≤ { $error }）
density-quadrature-bound = （自适应数值积分在区间数上限处停止；估计误差 { $error }）
density-teaching = 概率密度带来的新东西：微分熵 h 可以是负数（标准差小于约 0.242 的正态分布，h < 0 奈特），因为密度本身不是概率。KL 仍然 ≥ 0，而且两个分布一起平移或缩放时它不变：它比较的是形状，而不是单位。
density-fit-teaching = 这正是变分推断和 VAE 背后的图景：它们通过最小化 D(Q‖P)（反向）来拟合 Q，所以得到的近似往往停在一个峰上，并且低估分布的宽度。最大似然最小化的是 D(P‖Q)（正向），会覆盖所有的峰。
density-parameter-mean = 均值
density-parameter-sd = 标准差
density-parameter-weight = 权重
density-place-component = 第 { $component } 个分量的{ $parameter }
density-error-syntax = { $name }：`{ $found }` 不是概率密度；请写正态分布 N(μ, σ²)（μ 为均值，σ 为标准差），如 N(0, 0.2²)；或写成加权和 W1 N(μ1, σ1²) + W2 N(μ2, σ2²) + …
density-error-number = { $name }：{ $place } `{ $text }` { $problem }
density-error-not-finite = { $name }：{ $place } `{ $text }` 太大，不是有限数
density-error-sd = { $name }：{ $place }是 { $text }；标准差必须 > 0
density-error-negative-weight = { $name }：{ $place }是 { $text }；混合权重必须 ≥ 0
density-error-weights-sum = { $name }：混合权重之和是 { $sum }，不是 1；请改正，或加上 --normalize
density-error-too-many = { $name }：混合分布有 { $count } 个成分；kltutor 最多接受 { $most } 个
density-error-zero-weights = { $name }：混合权重加起来是 0，无法归一化
density-error-mixed-kinds = { $name } 是 `{ $found }`，一列概率，而另一个分布是概率密度；请用密度和密度比较
density-closed-form = （闭式解）
density-quadrature-unresolvable = （无法给出数值：这些密度太窄，在它们所在的位置，浮点数分辨不出来）
# 密度的写法："N" 即教科书的 N(μ, σ²)，如 N(0, 0.2²)、0.5 N(−2, 0.6²) + 0.5 N(2, 0.6²)；
# "normal" 即 normal(0, 0.2)。两种写法在任何语言下都能读入。
density-notation = N
