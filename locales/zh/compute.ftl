# `kltutor compute`：报告中的标题和说明，以及对错误输入的提示。

## 标题（Markdown）
compute-heading = { $p } 与各个模型的比较
compute-heading-alone = { $p }：熵以及每个结果的信息量

## 说明
compute-rounding-note = { $name }：各值之和为 { $sum }，这是舍入造成的；已按精确的和归一化
compute-terms-left-out = 共有 { $count } 个结果，因此每个推导只列出公式和总和，不逐项列出。

## 错误的数值：“第 7 行：`0.3.1` 不是数”
compute-bad-line = 第 { $line } 行：`{ $value }` { $reason }
compute-bad-value = 第 { $position } 个值 `{ $value }` { $reason }
compute-bad-value-labelled = 第 { $position } 个值 `{ $value }`（结果“{ $outcome }”）{ $reason }
compute-more-errors = 另有 { $count } 处错误
compute-reason-empty = 是空的
compute-reason-nan = 是 NaN，不是数
compute-reason-infinite = 是无穷大
compute-reason-zero-denominator = 的分母为 0
compute-reason-exponent = 的指数超出了 ±4000，任何概率都用不到这么大的指数
compute-reason-not-a-number = 不是数（请写成分数如 1/8、小数如 0.125 或 1.25e-1）
compute-reason-negative = 是负数；概率必须 ≥ 0
compute-reason-above-one = 大于 1；概率必须 ≤ 1（如果是权重或计数，请加 --normalize）

## 不构成分布的数值列表
compute-in-list = { $name }：{ $message }
compute-sum-not-one = { $name }：各值之和为 { $sum }，不是 1，而且差距超出了末位数字舍入所能解释的范围；请修正这些值，或加 --normalize
compute-zero-total = { $name }：权重之和为 0，无法归一化
compute-empty = { $name }：这个分布没有任何值
compute-lengths = { $name } 有 { $found } 个值，而 { $p } 有 { $expected } 个；两者必须对应相同的结果

## 输入过大，不可能是一个分布
compute-place-line = 第 { $line } 行
compute-place-value = 第 { $position } 个值
compute-too-many = 值的个数超过了 { $max }：如果列表确实这么长，请把 --max-outcomes 设得更大
compute-too-much-input = 输入超过了 { $bytes } 字节，超出了允许的值个数所需；如果列表确实这么长，请把 --max-outcomes 设得更大
compute-value-too-long = { $place }：有一个值超过了 { $max } 个字符

## 文件与列
compute-unreadable = 无法从 `{ $path }` 读取数值：{ $error }
compute-stdin-unreadable = 无法从标准输入读取数值：{ $error }
compute-stdin-twice = 只能有一个列表从标准输入（`-`）读取
compute-no-such-column = 没有名为 `{ $column }` 的列；现有的列是：{ $columns }
compute-short-row = 第 { $line } 行没有第 { $column } 列

## 命令行
compute-labels-count = --labels 给出了 { $labels } 个结果名称，但分布有 { $count } 个结果
compute-names-count = --names 给出了 { $names } 个名称，但共有 { $count } 个分布
