# compute --joint：两个变量、它们的联合分布，以及它们共有的信息。
joint-title = X 与 Y 的互信息
joint-grid-heading = 联合分布 P(x,y)：行是 X 的取值，列是 Y 的取值，边上是边缘分布
joint-product-heading = 边缘分布之积 P(x)·P(y)：如果 X 与 Y 相互独立，它们的联合分布就是这样
joint-mutual-information-heading = 互信息：联合分布离“独立”有多远，I(X;Y) = D(P(x,y)‖P(x)P(y))
joint-entropies-heading = 熵：每个变量的熵、两者合起来的熵，以及知道一个变量之后另一个变量的熵
joint-identities-heading = 恒等式
joint-picture-heading = 这些熵如何重叠：I(X;Y) 就是 H(X) 与 H(Y) 共有的部分
joint-information-gain = 在决策树里，这个量叫作信息增益：按 X 划分时，能对标签 Y 获得最多信息的划分，就是 I(X;Y) = H(Y) − H(Y|X) 最大的那个。
joint-error-empty = --joint：表格里没有数值；请按行书写，行与行之间用 `;` 分隔，例如 '1/2 0; 0 1/2'
joint-error-number = --joint：第 { $row } 行第 { $column } 列：`{ $text }` { $problem }
joint-error-ragged = --joint：第 { $row } 行有 { $found } 个数，而第 1 行有 { $expected } 个（从第 { $column } 列开始对不上）；每一行在每一列都要有一个数
joint-error-negative = --joint：第 { $row } 行第 { $column } 列是负数（{ $value }）；概率必须 ≥ 0
joint-error-too-small = --joint：表格只有 { $rows } 行、{ $columns } 列；互信息需要两个变量，所以至少要 2 行 2 列
joint-error-sum = --joint：所有格子之和是 { $sum }（≈ { $approx }），不是 1；请改正这些数值，或加上 --normalize
joint-error-zero-total = --joint：每个格子都是 0，无法归一化
joint-grid-large = { $rows } 行 × { $columns } 列：格子太多，不逐一列出；推导只给出总和。
# 联合分布的一格在推导中的名称：行名和列名，用全角逗号隔开（“雨，带伞”）。
joint-cell-name = { $x }，{ $y }
