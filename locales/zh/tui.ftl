# 中文标点规则（本目录所有 .ftl 文件和 lessons/*-zh.toml 都遵守；tests/punctuation.rs 检查）：
# 中文句子里的逗号、冒号、分号、问号、叹号和括号一律用全角：，：；？！（）。半角的只出现在
# 数学式和代码里：H(P,Q)、N(0, 0.2²)、q(猫)、F.kl_div(q.log(), p)、`kltutor check`。
# 汉字与数字、拉丁字母、公式之间留一个空格（“共 26 课”“0.5 比特”“分布 P”），全角标点前后
# 不加空格。诊断的开头写“错误：”“警告：”，用全角冒号。
# 术语：二元熵函数、批大小、相对熵（又叫信息散度、互熵、鉴别信息）、对数损失。
# 终端教学界面：标题、状态行、反馈。标题两侧的空格由代码添加。

## 课程列表
tui-browser-header = 课程
tui-browser-count = 共 { $count } 课
tui-browser-title = 课程
tui-browser-other-language = 其他语言的课程
tui-browser-invalid = （文件有误）
tui-browser-completed = 已完成，{ $questions } 题中首次答对 { $right } 题
tui-browser-progress = 第 { $page }/{ $pages } 页，{ $questions } 题中首次答对 { $right } 题
tui-broken-title = 这一课有问题（按任意键关闭）
tui-too-small = 请把终端窗口放大到 { $size }
tui-too-small-now = （现在是 { $size }）

## 课程页面
tui-page-step = 第 { $number }/{ $count } 步
tui-page-question = 第 { $number }/{ $count } 题
tui-page-lesson = 课程
tui-page-answered = 已答 { $answered }/{ $count } 题，首次答对 { $right } 题
tui-no-steps = 这一课没有讲解步骤：请自由地调整数值、观察结果。
tui-question = 问题：{ $prompt }
tui-press-a = 按 a 作答，单位是{ $unit }。
tui-hint = 提示：{ $hint }
tui-no-hint = 这道题没有提示。
tui-distributions = 概率分布
tui-step-by-step = 逐步推导
tui-models-title = 各模型（由近到远）
tui-models-title-plain = 各模型
tui-models-model = 模型
tui-information-title = 每个结果的信息量
tui-terms-title = { $symbol } 的各项
tui-hidden-result = 答题之后才显示
tui-lines-shown = 第 { $first }–{ $last } 行，共 { $count } 行
tui-hidden-terms = 答题之后才显示
tui-problems-title = 文件有错误：改正之前仍显示上一个正确的版本
tui-input-value = { $distribution } 中 { $outcome } 的概率 =
tui-input-answer = 你的答案：
tui-answered-right = 上次学习时你已答对这道题。

## 帮助窗口
tui-help-title = 按键
tui-help-close = 按 ↑↓ 滚动，按其他任意键关闭帮助
tui-copy-hint = 鼠标由终端处理：选中文字即可复制。

## 状态行
tui-step-size = ↑↓ 每次改变 { $step }
tui-locked = { $outcome } 已锁定：调整其他结果时它保持不变
tui-unlocked = { $outcome } 已解锁
tui-reset = 已恢复为课程中的数值
tui-reloaded = 已重新读取 { $path }
tui-saved = 已保存到 { $path }
tui-saved-copy = 内置课程是只读的；已将副本保存到 { $path }
tui-saved-but-invalid = { $saved }；但文件已无法通过检查：请按新的数值修改文件
tui-answers-stale = 第 { $lines } 行写明的答案与这些数值不符：请更新（kltutor check 会逐条列出）
tui-then = { $first }；{ $then }
tui-not-saved = 未能保存：{ $error }
tui-no-lesson-folder = 找不到课程文件夹：请设置 HOME 或 XDG_DATA_HOME
tui-progress-not-saved = 无法把学习进度保存到 { $path }：{ $error }

## 批改答案
grade-right = 正确：{ $answer }。
grade-too-high = 不太对：偏大了。再试一次，或按 H 看提示，按 g 看答案。
grade-too-low = 不太对：偏小了。再试一次，或按 H 看提示，按 g 看答案。
grade-choice-wrong = 不是这个。再选一次，或按 H 看提示，按 g 看答案。
grade-mistake = 不太对。{ $feedback }
grade-wrong-unit = 这道题要求的单位是{ $unit }，不是{ $written }：请换算成{ $unit }再写。
grade-revealed = 答案：{ $answer }。
grade-explained = { $verdict }{ $explanation }
grade-not-numeric = 这是一道选择题
number-invalid = “{ $text }”{ $error }

## 把修改后的数值写回课程文件
save-unparsable = 文件已无法解析：{ $error }
save-no-density = 表中找不到 `density`
save-no-table = 找不到 { $table } 表
save-no-probs = 缺少 `probs` 列表
save-models-changed = 读入之后，文件中的模型已被改动
save-outcomes-changed = 读入之后，文件中的结果已被改动

## 一课结束后的小结
tui-summary-header = 小结
tui-summary-title = 本课结束
tui-summary-score = { $questions } 题中首次答对 { $right } 题。
tui-summary-no-questions = 这一课没有问题。
tui-summary-missed = 第一次没有答对的题：
tui-summary-revealed = （已放弃）
tui-summary-later = （试了 { $attempts } 次才答对）
tui-summary-unanswered = （还没有答：按 r 作答）
tui-summary-next = 下一课：{ $title }
tui-summary-last = 这已经是最后一课了。
tui-more-below = ↓ 还有 { $count } 项

tui-changed-on-disk = 文件在磁盘上被改动了；你的修改仍然保留：按 R 重新读取（放弃修改），按 s 把修改存进去
tui-saved-fractions = 有些数值没有精确的小数形式，已写成分数
tui-undone = 已撤销
tui-redone = 已重做
tui-nothing-to-undo = 没有可以撤销的修改
tui-nothing-to-redo = 没有可以重做的修改
tui-unsaved = 有未保存的修改
tui-confirm-leave = 要把修改保存到 { $file } 吗？
save-cannot-read = 无法读取文件：{ $error }
save-cannot-write = 文件保持原样：{ $error }
save-read-only = 文件是只读的
tui-more-above = ↑ 还有 { $count } 项
tui-browser-your-copy = 你保存的内置课程副本：{ $path }

# The joint panel of a grid lesson.
tui-joint-title = 联合分布 · I(X;Y) = D(P(x,y) ‖ P(x)P(y)) · PgDn/PgUp 滚动
tui-no-grid = 本课没有可显示的联合分布：课程 mutual-info-zh（互信息）里有，在那里按 i
tui-product-follows = { $model } 是 { $truth } 的边缘分布之积，随 { $truth } 一起变化：请改为编辑 { $truth }（Tab 键）

# The density panel of a lesson with [bins].
tui-measures-hidden = 这些量会回答本页或后面的问题，答完之前先不显示。
tui-density-keys = ←→ 均值  ↑↓ 标准差  = 输入
tui-density-working = 两个密度之间 · PgDn/PgUp 滚动
tui-density-type-it = 只有单个正态分布能用方向键移动：按 = 输入新的密度，例如 N(0, 1²)
tui-sd-positive = 标准差必须保持 > 0：按 [ 减小步长
tui-density-now = { $name } = { $density }
tui-bins-follow = 各区间随密度而定：按 d，用 ←→（均值）和 ↑↓（标准差）移动密度，或按 = 直接输入
tui-no-densities = 本课没有可画的密度：课程 normal-distributions-zh（正态分布）里有，在那里按 d
tui-input-density = { $distribution } 的新密度，例如 N(0, 1²)：
tui-panel-waits = 这个面板会给出本页或后面某道题的答案：请先作答（或按 g 放弃），再打开它
tui-density-step-size = ←→ 和 ↑↓ 现在让均值和标准差每次变化 { $step }
grade-auto-reversed = 这是 { $symbol }：方向反了的散度。
grade-auto-unit = 这是以{ $unit }为单位的 { $symbol }：注意对数的底。
grade-auto-cross-for-kl = 这是交叉熵 { $symbol }：散度还要减去熵。
grade-auto-kl-for-cross = 这只是 { $symbol }：交叉熵还要加上熵。
grade-auto-sign = 注意符号：{ $symbol } 不会是负数（log 1/p = −log p）。
tui-values-fixed = 答完这道题或放弃（g）之前，数值不能改：题目就按这些数值判分。
tui-edits-set-aside = 这道题问的是课里原本写的数值；你改过的数值回到讲解页时还在。
tui-numbers-fixed = 这道题的数字是课里写定的，不会变。
tui-answer-first = 先答这一题，或者放弃（g）；之后按 N 换一组新数字再问一次。
tui-fresh-numbers = 换了一组新数字：同一道题，再问一次。
tui-choose-with-digits = 请按选项前的数字 1 到 9 作答。
tui-at-bound = { $outcome } 已经到头了，没有变化。
grade-auto-bins = 这是各区间上的 { $symbol }：题目问的是密度本身的值，区间只是在逼近它。
tui-input-empty = 请先输入一个值：分数如 1/8，小数如 0.125，或百分数如 12.5%
tui-confirm-leave-builtin = “{ $title }”是内置课程，不能修改：要把修改另存为副本 { $path } 吗？
# 交叉熵为无穷大时：熵的值，以及为无穷大的散度。
tui-decomposition-infinite = { $h } = { $value } { $unit }，{ $d } = ∞
# 面板里滚动出视野的文字行数（上方、下方）。
tui-more-lines-above = ↑ 还有 { $count } 行
tui-more-lines-below = ↓ 还有 { $count } 行
grade-auto-entropy-for-cross = 这是 { $symbol }，也就是按 P 本身设计的编码的代价：交叉熵还要加上用错编码多付的那部分。
