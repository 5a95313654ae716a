# `kltutor check`：课程文件中发现的问题。
check-unknown-lang = kltutor 没有语言 `{ $tag }` 的界面文字
check-unknown-lang-label = kltutor 不支持这种语言
check-unknown-lang-help = 可用的语言有 { $tags }；不写 `lang` 则使用读者自己的语言
