# `kltutor lessons`、`check`、`explain`、`new` 以及启动教学界面时输出的文字。
lessons-builtin = 内置
lessons-invalid = （文件有误：{ $count } 个问题；请运行 `{ $check }`）
lessons-other-language = 其他语言的课程：
lessons-own-folder = 你自己的课程请放在 { $path }
lessons-no-such-lesson = 没有名为 `{ $name }` 的课程：请给出课程文件，或内置课程的名称（见 `kltutor lessons`）
lessons-no-such-lesson-near = 没有名为 `{ $name }` 的课程：你是想找 `{ $near }` 吗？（`kltutor lessons` 会列出全部课程）
lessons-not-valid = { $lesson } 不是有效的课程
check-ok = 通过：{ $lesson } — { $title }（{ $steps } 步，{ $questions } 道题）
check-failed = { $count } 个课程文件中有 { $failed } 个有误
new-wrote = 已写入 { $path }
    修改之后，运行 `kltutor check { $path }` 检查，再用 `kltutor { $path }` 打开
new-exists = { $path } 已经存在；kltutor new 从不覆盖已有文件
new-cannot-create = 无法创建 { $path }：{ $error }
new-cannot-write = 无法写入 { $path }：{ $error }
tutor-needs-terminal = 教学界面需要在终端中运行；在脚本中请使用 `kltutor compute`、`explain` 或 `check`
command-error = 错误：{ $message }
command-cannot-write = 无法写出结果：{ $error }
man-wrote = 已写入 { $path }
man-cannot-write = 无法把手册页写入 { $dir }：{ $error }

check-all-ok = 已检查全部 { $count } 个文件：没有问题
check-watching = 正在监视 { $count } 个文件的改动；按 Ctrl-C 停止
check-watch-failed = 无法监视这些文件：{ $error }
explain-stale = 注意：{ $file } 第 { $lines } 行写明的答案与数值不符；讲义里印的是 kltutor 算出的值
# 内置课程的副本的第一行（注释）：读者在列表里看到的编号。
lesson-copy-header = 内置课程第 { $number } 课（{ $id }）的副本。
