# `kltutor check`：课程文件中发现的问题。
check-unknown-lang = kltutor 没有语言 `{ $tag }` 的界面文字
check-unknown-lang-label = kltutor 不支持这种语言
check-unknown-lang-help = 可用的语言有 { $tags }；不写 `lang` 则使用读者自己的语言
check-format-newer = 这一课用的是第 { $format } 版课程格式，而这个 kltutor 只能读到第 { $newest } 版
check-format-newer-label = 需要更新的 kltutor
check-format-newer-help = 请安装更新版本的 kltutor 来打开它；`kltutor --version` 会显示 kltutor 能读的课程格式
check-format-invalid = `format` 必须是从 1 起的整数，而不是 `{ $value }`
check-format-invalid-label = 不是课程格式的版本号
check-format-invalid-help = 写 `format = { $newest }` 表示这一版的格式，或者不写 `format`
check-problems = { $file }：发现 { $count } 个问题
check-help = 建议：{ $help }
check-here = 在这里
check-unreadable = 无法读取文件：{ $error }
check-unreadable-label = 无法读取
check-too-large = 文件大小为 { $size } MiB；课程文件最大 1 MiB
check-too-large-label = 文件太大
check-too-large-help = 是不是选错了文件？请把过大的数据缩减为较小的样本
check-not-utf8 = 文件不是有效的 UTF-8 编码
check-not-utf8-label = 这个字节不是 UTF-8
check-not-utf8-help = 请把文件另存为 UTF-8 编码（大多数编辑器的“以某种编码保存”中都有此选项）
check-syntax = TOML 语法错误：{ $message }
check-syntax-help = 请参阅课程格式说明，或运行 `kltutor new` 生成一个示例文件
check-incomplete = 课程不完整

## 键：未知、缺少、类型不对
check-place-lesson = 这一课
check-unknown = 未知的{ $what }
check-what-key = 键 `{ $key }`（位于 { $place }）
check-what-quantity = 量 `{ $name }`
check-what-mistake = 错误类型 `{ $name }`
check-not-a-key = kltutor 不认识这个键
check-not-a-quantity = 不是可计算的量
check-what-hide = 问题的 `hide` 列表中的 `{ $word }`
check-not-hideable = 不是问题可以隐藏的内容
check-hideable-are = 问题可以隐藏的有 { $list }
check-not-a-mistake = 不是已知的错误类型
check-keys-are = 这里可以使用的键有 { $list }
check-quantities-are = 可计算的量有 { $list }
check-mistakes-are = kltutor 能识别的错误类型有 { $list }
check-did-you-mean = 你是不是想写 `{ $word }`？
check-missing = { $place }缺少 `{ $key }`
check-missing-label = 这里必须有 `{ $key }`
check-wrong-type = `{ $key }` 应该是{ $expected }，而不是{ $found }
check-wrong-type-label = 应为{ $expected }
check-type-string = 字符串
check-type-strings = 字符串数组
check-type-integer = 整数
check-type-float = 浮点数
check-type-number = 数字
check-type-numbers = 数字数组
check-type-probability = 数字或像 "1/8" 这样的字符串
check-type-boolean = 布尔值
check-type-true-false = true 或 false
check-type-date = 日期
check-type-array = 数组
check-type-table = 表
check-type-tables = 表数组
check-array-of-tables = `{ $key }` 必须是表数组
check-array-of-tables-label = 这里要写成双方括号的 [[{ $key }]]
check-array-of-tables-help = 每个 [[{ $key }]] 开始一个新的 { $key }；一课可以有多个
check-empty = `{ $key }` 是空的
check-empty-label = 请在这里写点内容
check-not-finite = `{ $key }` 不是有限的数
check-not-finite-label = 应为数字，例如 0.2075
check-control = 这段文字的第 { $position } 个字符是控制字符 { $code }
check-control-label = 控制字符
check-control-help = 请删除它：课程中不能包含转义序列或其他控制字符

## 应当添加什么
check-add-title = 添加一行，例如：title = "哪个模型更接近？"
check-add-truth = 添加一个 [truth] 表，写明 `name` 和 `probs`
check-add-model = 至少添加一个 [[model]] 表，写明 `name` 和 `probs`
check-add-outcomes = 列出所有结果，例如 outcomes = ["正面", "反面"]
check-add-name = 添加 name = "A"
check-add-probs = 添加 probs = ["1/2", "1/2"]，每个结果一个值
check-add-quantity = 写明要计算的量：{ $quantities } 之一
check-add-text = 添加 text = "这一步讲解的内容"
check-add-prompt = 添加 prompt = "要问的问题"
check-add-answer = 添加 answer = "…"，必须是选项之一
check-add-kind = 写明错误类型：kind = "reversed"
check-add-feedback = 添加 feedback = "学生应当知道的内容"

## 结果、分布与名称
check-not-a-unit = 不是单位
check-names-empty = `{ $key }` 是空的
check-names-empty-label = 这里至少要有一个名称
check-outcome-twice = 结果 `{ $outcome }` 出现了两次
check-outcome-twice-label = 这里是第二次
check-outcome-twice-help = 每个结果的名称都要不同
check-not-a-probability = 不是概率
check-probability-help = 可以写分数如 "1/8"、小数如 0.125，或 1.25e-1
check-probs-count = `probs` 有 { $values } 个值，但共有 { $count } 个结果（{ $outcomes }）
check-probs-count-label = 每个结果一个值
check-probs-count-help = 按 `outcomes` 的顺序，为每个结果恰好给出一个概率
check-invalid-probability = 概率无效
check-sum-help = 让这些值之和恰好为 1，或添加 `normalize = true` 自动归一化
check-probability-range-help = 概率在 0 与 1 之间，且总和为 1
check-name-twice = 名称 `{ $name }` 用了两次
check-name-twice-label = 这已经是另一个分布的名称
check-name-twice-help = 真实分布和每个模型都要用不同的名称
check-no-model = 没有名为 `{ $name }` 的模型
check-no-model-label = 不是这一课的模型
check-model-is-truth = `{ $name }` 是真实分布；请写出一个模型的名称：{ $models }
check-models-are = 模型有 { $models }
check-no-outcome = 没有名为 `{ $name }` 的结果
check-no-outcome-label = 不是这一课的结果
check-outcomes-are = 结果有 { $outcomes }

## 步骤与问题
check-information-outcome = `information` 需要指定一个结果
check-information-outcome-label = 哪个结果的信息量？
check-information-outcome-help = 添加 outcome = "{ $outcome }"
check-which-model = `{ $quantity }` 比较真实分布和某个模型，但是哪一个模型？
check-which-model-label = 没有指定模型
check-which-model-help = 添加 model = "{ $model }"（模型有 { $models }）
check-hide-needs-question = `hide = true` 需要一道题来作答
check-hide-needs-question-label = 要隐藏到回答什么为止？
check-hide-needs-question-help = 在这一步下面添加 [step.question]，或删除 `hide`
check-question-kind = { $place }既没有 `choices` 也没有 `quantity`
check-question-kind-label = 这是哪一种题？
check-question-kind-help = 选择题要有 `choices` 和 `answer`；计算题要写明 kltutor 计算的 `quantity`
check-two-choices = 选择题至少要有两个选项
check-two-choices-label = 选项太少
check-answer-not-choice = 答案 `{ $answer }` 不在选项之中
check-answer-not-choice-label = 不是任何一个选项
check-choices-are = 选项有 { $choices }
check-negative-tolerance = `tolerance` 不能是负数
check-negative-tolerance-label = 负数
check-infinite-answer = { $symbol } 为无穷大，不能作为计算题的答案
check-infinite-answer-label = 无穷大
check-infinite-answer-help = 可以改为就它出一道选择题
check-answer-disagrees = 写明的答案 { $stated } 与 kltutor 算出的 { $symbol } = { $value } { $unit } 不符
check-answer-disagrees-label = 相差 { $difference }，超过了容差 { $tolerance }
check-answer-disagrees-help = 写成 answer = { $value }，或删除 `answer`，让 kltutor 来计算
check-mistake-not-applicable = 错误类型 `{ $mistake }` 不适用于这个量
check-mistake-not-applicable-label = 在这里无法识别
check-mistake-not-applicable-help = `reversed` 适用于 kl 和 kl_reverse；`cross_entropy` 适用于 kl 和 cross_entropy
check-same-unit = 这道题的单位本来就是{ $unit }
check-same-unit-label = 与题目的单位相同

## 数字与数值（也用于教学界面的输入行）
number-empty = 是空的
number-nan = 是 NaN，不是数字
number-infinite = 是无穷大
number-zero-denominator = 的分母为零
number-exponent-too-large = 的指数超出了 ±4000，任何概率都用不到这么大的指数
number-unparsable = 不是数字（可以写分数如 1/8、小数如 0.125，或 1.25e-1）
value-not-a-number = 第 { $position } 个值“{ $text }”{ $error }
value-none = 这个分布没有任何值
value-negative = 第 { $position } 个值是负数（{ $value }）；概率不能小于 0
value-above-one = 第 { $position } 个值大于 1（{ $value }）；概率不能大于 1
value-sum-not-one = 这些值之和为 { $sum }（≈ { $approx }），不等于 1
value-zero-total = 权重之和为 0，无法归一化
length-mismatch = 有 { $found } 个值，而 P 有 { $expected } 个；两者必须覆盖相同的结果
unit-unknown = 未知的单位 `{ $unit }`：请使用 bits（比特）、nats（奈特）或 hartleys（哈特莱）
edit-all-others-locked = 其他结果都已锁定，没有结果可以抵消这一改动
edit-out-of-range = 这个值必须在 0 与 { $max } 之间（即锁定的结果剩下的部分）
edit-locked = 这个结果已锁定；要修改请先解锁
check-error = 错误

# [joint]: a joint distribution of two variables as a grid.
check-add-rows = 列出第一个变量的取值，每行一个，例如 rows = ["下雨", "晴天"]
check-add-columns = 列出第二个变量的取值，每列一个，例如 columns = ["带伞", "没带伞"]
check-add-joint-probs = 添加概率表格，每行一个数组：probs = [[0.3, 0.1], [0.1, 0.5]]
check-type-grid = 由行组成的数组，每行是一个数字数组
check-type-grid-row = 一行：一个数字数组
check-joint-names-help = 联合分布与边缘分布之积需要不同的名称
check-joint-too-small = 表格只有 { $rows } 行、{ $columns } 列
check-joint-too-small-label = 另一个变量至少要有两个取值
check-joint-too-small-help = 互信息是两个变量共有的信息：至少给出 2 行 2 列
check-joint-row-count = `probs` 有 { $found } 行，而 `rows` 列出了 { $rows } 个取值（{ $names }）
check-joint-row-count-label = `rows` 中每个取值对应一行
check-joint-row-count-help = 按 `rows` 的顺序，为每个取值写一个数组
check-joint-ragged = `{ $row }` 这一行有 { $found } 个值，但表格有 { $columns } 列（{ $names }）
check-joint-ragged-label = 每列一个值
check-joint-ragged-help = 每一行都要按 `columns` 的顺序，为每列给出一个概率
check-joint-negative = 第 `{ $row }` 行、第 `{ $column }` 列的格子是负数（{ $value }）
check-joint-sum = 所有格子之和为 { $sum }（≈ { $approx }），不是 1
check-joint-cell-twice-help = 每个格子的名称是“行，列”；请选择能让每个格子名称都不同的行名和列名
check-joint-instead = 本课的 `{ $key }` 由 [joint] 给出
check-joint-instead-label = 有 [joint] 时不使用
check-joint-instead-help = 删去 `{ $key }`：结果就是表格的各个格子，真实分布是联合分布，模型是边缘分布之积

# [bins] and densities.
check-add-bins = 把密度切成区间：[bins] 中写 from = -4、to = 4、width = 0.5
check-bins-help = [bins] 需要 from < to，并且 width 能把 to − from 分成 2 到 400 个区间
check-bins-width = 区间宽度是 { $width }；它必须 > 0
check-bins-order = `to`（{ $to }）必须大于 `from`（{ $from }）
check-bins-whole = 宽度 { $width } 不能把长度为 { $range } 的范围分成整数个区间
check-bins-count = { $count } 个区间；一课最多 { $most } 个
check-bins-instead = 本课的 `outcomes` 由 [bins] 给出
check-bins-instead-help = 删去 `outcomes`：有 [bins] 时，结果就是各个区间，以区间中点命名
check-not-a-density = 不是一个密度
check-density-help = 写成正态分布 N(μ, σ²)（μ 为均值，σ 为标准差），如 N(0, 0.2²)；或写成加权和 W1 N(μ1, σ1²) + W2 N(μ2, σ2²) + …，权重之和为 1
check-density-and-probs = 这个分布同时有 `density` 和 `probs`
check-density-and-probs-help = 只保留一个：`density` 表示切成本课 [bins] 区间的曲线，`probs` 表示离散分布
check-density-needs-bins = `density` 需要 [bins] 才能切成区间
check-probs-with-bins = 在密度课程里出现了离散分布
check-probs-with-bins-help = 有 [bins] 时每个分布都是密度：请用 density = "N(0, 1²)" 代替 `probs`

# [chart]: the family the chart runs along.
check-coin-outcomes = 硬币族需要两个结果；本课有 { $count } 个
check-coin-outcomes-help = 请用 family = "sweep"（一个结果的概率变化，其余按比例调整）或 "path"（从模型走到真实分布）
check-what-family = 曲线族 `{ $family }`
check-range-order = 范围 [{ $lo }, { $hi }] 是空的：第一个值必须更小
check-range-outside = 范围 [{ $lo }, { $hi }] 超出了 [0, 1]
check-range-shape = `range` 必须是两个数
check-range-help = θ 是一个概率（在路径上则是走过的比例）：写成 range = [0.05, 0.95]，且 0 ≤ 第一个 < 第二个 ≤ 1
check-not-a-family = 不是曲线族
check-families-are = 可用的曲线族有 { $list }
check-own-not-here = 在网格课或密度课里不能用 { $what }
check-own-not-here-help = 这类课的分布来自它的网格或密度；网格课可以用 `vary = true` 换一组新数字
check-type-vary = `true`，或者像 { "{" } denominators = 16 { "}" } 这样的表
check-vary-denominators = `denominators` 必须是整数，且不小于结果的个数（{ $count }）
check-vary-denominators-help = 写一个 { $count } 到 { $most } 之间的整数：抽出的数值里最大的分母
check-what-distribution = 分布 `{ $name }`
check-vary-unsatisfiable = 抽了 { $draws } 次，`vary` 仍找不到让这道题有意义的数字
check-vary-unsatisfiable-help = 换数字的题需要与真实分布不同的模型，选择题还不能有并列：放宽 `denominators`，少保留几个分布，或者把这道题的数字直接写出来
check-unknown-interpolation = `{ "{" }{ $name }{ "}" }` 不是这道题里任何一个分布的名字
check-interpolation-help = 写成 `{ "{" }名字{ "}" }`，名字取自 { $names }；要写花括号本身，用 `{ "{{" }` 和 `{ "}}" }`
check-pick-needs-compare = `pick` 说的是比较结果取哪一端，可这里没有要比较的量
check-compare-help = 加上 compare = "kl"（或 entropy、cross_entropy、kl_reverse、js），以及 pick = "smallest" 或 "largest"
check-vary-stated-answer = 带 `vary` 的题每次作答的数字都不同，不能写死答案
check-vary-stated-answer-help = 删除 `answer`：kltutor 会按抽出的数字算出答案
check-vary-needs-compare = 带 `vary` 的选择题需要 `compare`，才能按抽出的数字算出答案
check-what-pick = pick `{ $word }`
check-choice-not-distribution = 选项 `{ $choice }` 不是这道题可以比较的分布
check-choice-not-distribution-help = 用了 `compare` 时，每个选项都要是 { $names } 之一的名字
check-choice-disagrees = 写明的答案 `{ $stated }` 不是比较得出的那个：`{ $right }`
check-choice-disagrees-label = 与这些数值不符
check-choice-disagrees-help = 写成 answer = "{ $right }"，或删除 `answer`，让 kltutor 来算

## 警告：前面的页面已经给出答案的题目（见 docs/lesson-format.md）
check-warning = 警告
check-warnings = { $file }：{ $count } 个警告
check-warnings-total = 共 { $count } 个警告（加上 --deny-warnings 时警告也算不通过）
check-warnings-denied = 共 { $count } 个警告，且 --deny-warnings 要求警告也算不通过
leak-message = { $question }的答案（{ $answer }）在{ $page }就已出现（{ $what }）
leak-question-step = 第 { $number } 步的问题
leak-question = 第 { $number } 题
leak-page-step = 第 { $number } 步
leak-page-question = 第 { $number } 题
leak-place = { $page }（{ $what }）
leak-separator = ；
leak-label = 提问之前就给出了答案
leak-label-also = 提问之前就给出了答案；还出现在：{ $places }
leak-label-also-more = 提问之前就给出了答案；还出现在：{ $places }，另有 { $count } 处
leak-help = 给这道题换上它自己的数值，把给出答案的内容移到题目之后（先预测，再揭晓），或用 `hide` 把它隐藏
leak-what-text = 正文
leak-what-prompt = { $on ->
    [step] 它的问题
   *[question] 题目本身
}
leak-what-hint = { $on ->
    [step] 它的问题的提示
   *[question] 提示
}
leak-what-explanation = { $on ->
    [step] 它的问题的解析
   *[question] 解析
}
leak-what-mistake = { $on ->
    [step] 它的问题对错误答案的反馈
   *[question] 对错误答案的反馈
}
leak-what-feedback = { $on ->
    [step] 它的问题作答后的反馈
   *[question] 作答后的反馈
}
leak-what-derivation = 推导过程
leak-what-models = 模型表
leak-what-ranking = 排序行
leak-what-status = 状态行
leak-what-notes = 工作区下方的说明
leak-what-block = “{ $title }”面板
leak-what-panel = `{ $key }` 面板
check-full-width = `{ $text }` 里有全角字符 { $character }（{ $code }）：课件文件里的数字和符号要用半角（ASCII）
check-full-width-label = 全角
check-full-width-help = 写成 "{ $fixed }"
check-counts-help = 这些像是次数或权重：在这张表里加上 `normalize = true`，让它们除以总和；或者直接写概率
check-percent-unquoted = 百分数要加引号：`{ $text }` 不是 TOML 数字
check-percent-unquoted-help = 写成 "{ $number }%"，带引号
check-syntax-quote = 文字要放在引号里
check-syntax-quote-help = 写成 "文字"（名字、"1/8" 或 "40%" 这样的数值、一句话）
check-syntax-comma = 这个列表的两个值之间少了逗号
check-syntax-comma-help = 用半角逗号分隔各个值：["1/2", "1/4", "1/4"]
check-syntax-boolean = true 和 false 要小写，而且不加引号
check-syntax-boolean-help = 写成 true 或 false
check-syntax-unclosed = 这里开始的引号或括号没有闭合
check-syntax-unclosed-help = 在同一行里把它闭合（跨行的文字用 """ 包起来）
check-syntax-duplicate = 同一张表里这个键出现了两次
check-syntax-duplicate-help = 只保留一个；新的 [[step]]、[[model]] 或 [[question]] 会开始一张新表
check-question-hide-bool = 问题的 `hide` 列出答题前要隐藏的内容；true 或 false 是写在步骤上的
check-question-hide-bool-help = 写成 hide = ["kl"]（可选 information、entropy、cross_entropy、kl、kl_reverse、js、ranking），或者把 hide = true 写在包含这道题的步骤上
check-choice-by-name = 选择题的答案要写选项本身，加引号，而不是它的序号
check-choice-by-name-help = 写成 answer = "{ $choice }"
check-answer-is-other = 这是 { $other }
check-densities-graded = 注意：这里数值题的答案是密度本身的值（两个正态之间用解析式，有混合分布时用数值积分），不是各区间上的值
edit-out-of-range-free = 这个值必须在 0 与 1 之间
# 诊断信息的开头：严重程度（错误、警告）和全角冒号，后面紧接着说明。
check-header = { $severity }：
