# 讲义（`kltutor explain`）以及与 `compute` 共用的文字：标题、句子。

## 标题
report-step-by-step = 逐步讲解
report-step = 第 { $number } 步
report-all-numbers = 全部数值
report-questions = 练习题
report-answers = 答案
report-against = { $p } 与 { $q } 的比较
report-ranking = 排序
report-joint = 按表格推导：X（行）与 Y（列）的互信息
report-densities = 概率密度本身：{ $p } 与每个模型的比较

## 问题与答案
report-question = 问题：{ $question }
report-question-in-unit = { $prompt }（单位：{ $unit }）
report-answer = { $answer }。
report-answer-explained = { $answer }。{ $explanation }
report-outcome-term = “{ $outcome }”这一项：{ $terms }

## 关于数值的句子
report-ranking-closer = { $a } 比 { $b } 更接近 { $p }：{ $a_value } < { $b_value } { $unit }
report-ranking-equal = { $a } 和 { $b } 与 { $p } 一样接近：{ $value } { $unit }
report-ranking-infinite = { $a } 和 { $b } 与 { $p } 的距离都是无穷大：它们都给 { $p } 可能出现的某个结果分配了概率 0
report-ranking-order = { $sentence }；由近到远：{ $order }
report-infinite = { $symbol } 为无穷大：{ $p } 中可能出现的结果“{ $outcome }”，{ $q } 却给了概率 0，所以按 { $q } 设计的编码没有给它留码字。
report-outcome-count = { $count } 个结果
report-question-values = { $question }（其中 { $values }）
report-zero-convention = 按约定 0·log 0 = 0：概率为 0 的结果贡献 0。
report-infinite-information = { $symbol } 为无穷大：{ $p } 给结果“{ $outcome }”的概率是 0，不可能发生的结果一旦发生，意外程度就是无穷大。
