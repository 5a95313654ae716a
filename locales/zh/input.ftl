# Bounds on what a lesson file may ask of kltutor.
check-too-many-choices = 一道题最多只能有 { $most } 个选项
check-too-many-choices-label = 有 { $count } 个选项
check-too-many-choices-help = 教学界面用数字键 1 到 9 作答：请拆成几道题，或删去一些选项
check-choice-twice = 选项 `{ $choice }` 出现了两次
check-choice-twice-label = 前面已有这个选项
check-too-many-digits = `{ $text }` 的分子或分母超过 { $most } 位
check-too-many-digits-label = 太长，无法精确计算
check-too-many-digits-help = 请把它四舍五入，或写成更短的分数：课程用不到这么高的精度
check-not-a-file = 不是普通文件（而是文件夹、管道或设备）
check-not-a-file-help = 请给出课程文件（.toml）
check-and-more = ……还有 { $count } 个问题
